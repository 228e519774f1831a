"""The last word before a fix is written: it must not change what the text means.

The checks already withhold a replacement for a term the sentence names as a synonym and for a
word whose part of speech or inflection is unsure (pipeline.checks.terminology), but a fix is
applied to a text the checks saw a pass earlier, and suggestions come from several checks.
So every planned edit is judged once more on the text it changes, with the same synonym
detector (pipeline.glossary.synonyms): an edit is refused when

- it replaces an admitted or deprecated term that its sentence names as a synonym of another
  term of the concept ("… kaldes også Lou Gehrigs sygdom"), or
- the edited sentence defines a term as itself where the original did not
  ("Amyotrofisk lateral sklerose kaldes også amyotrofisk lateral sklerose").

Refused findings stay in the report for the editor.
"""

from __future__ import annotations

from pipeline.checks.terminology.TERM005 import find_terms
from pipeline.glossary.model import Glossary, TermStatus
from pipeline.glossary.synonyms import named_as_synonyms, self_definitions


class MeaningGuard:
    """Judges edits of texts in one language against one glossary."""

    def __init__(self, glossary: Glossary, lang: str) -> None:
        self.glossary = glossary
        self.lang = lang

    def allows(self, text: str, start: int, end: int, replacement: str) -> bool:
        """Whether replacing text[start:end] by `replacement` keeps the meaning."""
        first = max(text.rfind("\n", 0, start) + 1, 0)
        newline = text.find("\n", end)
        last = len(text) if newline < 0 else newline
        before = text[first:last]
        after = before[: start - first] + replacement + before[end - first :]
        mentions = find_terms(self.glossary, self.lang, before)
        for i in named_as_synonyms(before, mentions, self.lang):
            mention = mentions[i]
            overlaps = mention.start < end - first and start - first < mention.end
            if overlaps and mention.entry.status is not TermStatus.PREFERRED:
                return False
        return self.self_defined(after) <= self.self_defined(before)

    def allows_target(self, before: str, after: str) -> bool:
        """Whether a whole new target (a PO/XLIFF fix) keeps the meaning of the old one."""
        if before == after:
            return True
        prefix = 0
        while prefix < min(len(before), len(after)) and before[prefix] == after[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < min(len(before), len(after)) - prefix
            and before[-1 - suffix] == after[-1 - suffix]
        ):
            suffix += 1
        return self.allows(
            before, prefix, len(before) - suffix, after[prefix : len(after) - suffix]
        )

    def self_defined(self, text: str) -> int:
        """How many times `text` defines a term as itself."""
        return len(self_definitions(text, find_terms(self.glossary, self.lang, text), self.lang))
