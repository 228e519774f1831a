"""Finds glossary terms in text, in every inflected form, on whole words only."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from pipeline.glossary.inflection import SG, inflect, match_case, term_forms
from pipeline.glossary.model import Glossary, TermEntry, TermStatus

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)


@dataclass(frozen=True)
class TermMatch:
    entry: TermEntry
    start: int
    end: int
    text: str
    category: str  # inflection category of the matched form (see inflection.py)


class TermMatcher:
    """All terms of one language of a glossary, indexed by their inflected forms."""

    def __init__(self, glossary: Glossary, lang: str) -> None:
        self.glossary = glossary
        self.lang = lang
        # first word (casefolded) → [(all words, entry, category)], longest first
        index: dict[str, list[tuple[tuple[str, ...], TermEntry, str]]] = defaultdict(list)
        for entry in glossary.entries_in(lang):
            for form in term_forms(entry.term, lang):
                words = tuple(w.casefold() for w in _WORD.findall(form.text))
                if words:
                    index[words[0]].append((words, entry, form.category))
        for candidates in index.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)
        self._index = dict(index)

    def find(self, text: str) -> Iterator[TermMatch]:
        tokens = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
        i = 0
        while i < len(tokens):
            candidates = self._index.get(tokens[i][2])
            matched = False
            if candidates:
                for words, entry, category in candidates:
                    n = len(words)
                    window = tokens[i : i + n]
                    if len(window) == n and all(
                        t[2] == w for t, w in zip(window, words, strict=True)
                    ):
                        if self._ambiguous(words, entry):
                            continue
                        start, end = tokens[i][0], tokens[i + n - 1][1]
                        yield TermMatch(entry, start, end, text[start:end], category)
                        i += n
                        matched = True
                        break
            if not matched:
                i += 1

    def _ambiguous(self, words: tuple[str, ...], entry: TermEntry) -> bool:
        """A discouraged form that is also a good term of another concept is not flagged."""
        if entry.status in (TermStatus.PREFERRED, TermStatus.ADMITTED):
            return False
        for other_words, other, _ in self._index.get(words[0], []):
            if (
                other_words == words
                and other.concept_id != entry.concept_id
                and other.status in (TermStatus.PREFERRED, TermStatus.ADMITTED)
            ):
                return True
        return False

    def replacement(self, match: TermMatch) -> tuple[str, bool] | None:
        """The preferred term in the matched form, and whether that form is certain (safe fix).

        None when the concept has no preferred term in this language.
        """
        preferred = self.glossary.suggestion_for(match.entry)
        if preferred is None:
            return None
        term, target = match.entry.term, preferred.term
        inflected = inflect(target, match.category, self.lang)
        if inflected is not None and (
            match.category == SG or inflect(term, match.category, self.lang)
        ):
            return match_case(match.text, term, inflected), True
        suffix = _suffix_after(match.text, term)
        if suffix is not None and " " not in target and _same_head(term, target):
            # fibromyalgi-patienter → fibromyalgipatienter: one head noun, one paradigm
            return match_case(match.text, term, target + suffix), True
        return match_case(match.text, term, target), False


def _suffix_after(text: str, term: str) -> str | None:
    """The inflectional ending added to `term` in `text` (None for contracted forms)."""
    folded, base = " ".join(text.split()).casefold(), term.casefold()
    return text[len(term) :] if folded.startswith(base) and len(text) >= len(term) else None


def _same_head(a: str, b: str, min_length: int = 4) -> bool:
    """True when two terms end in the same word or compound head (…patient, …ning)."""
    a, b = a.casefold(), b.casefold()
    common = 0
    while common < min(len(a), len(b)) and a[-1 - common] == b[-1 - common]:
        common += 1
    return common >= min_length


# Building a matcher generates every inflected form of every term (~15 ms for the project
# glossary), so one is kept per glossary and language for as long as the glossary lives.
_MATCHERS: WeakKeyDictionary[Glossary, dict[str, TermMatcher]] = WeakKeyDictionary()


def matcher_for(glossary: Glossary, lang: str) -> TermMatcher:
    """The shared matcher of `glossary`'s terms in `lang`."""
    by_lang = _MATCHERS.setdefault(glossary, {})
    if lang not in by_lang:
        by_lang[lang] = TermMatcher(glossary, lang)
    return by_lang[lang]
