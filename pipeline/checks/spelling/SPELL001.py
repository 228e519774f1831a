from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.language.english import english_spans
from pipeline.checks.speller import Speller
from pipeline.core.models import Finding, Severity

# Spans that are not words to spell: e-mail addresses, URLs, domains (MayoClinic.com).
NOT_WORDS = re.compile(
    r"\S+@\S+\.\w+|(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+[a-zA-Z]{2,}\b(?:/\S*)?"
)
# Letters and digits with inner hyphens or apostrophes: "fibromyalgi-patienter", "Gehrig's".
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Text before a sentence-initial word: nothing, or a sentence end, then opening quotes or brackets.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s)[\s\"'«»„“(\[]*$")
SUGGESTIONS = 5


class UnknownWord(Check):
    """A word is not in the dictionary of the document language.

    Flags words hunspell (Debian's da_DK, nb_NO, nn_NO, sv_SE dictionaries) does not know,
    with up to five of its suggestions, best first. The fix is never automatic: the first
    suggestion of a spell checker is often a different word.

    It deliberately skips numbers and words with digits, URLs, domains (MayoClinic.com) and
    e-mail addresses, all-caps acronyms (ALS), glossary words, hyphenated compounds whose
    parts are each known ("fibromyalgi-patienter"), discouraged glossary terms (TERM001 and
    TERM002 report them with the glossary's suggestion, not hunspell's), and capitalised
    words that do not start a sentence, or have capitals inside (MedlinePlus): those are
    most likely proper names ("Lou Gehrigs sygdom"), which no dictionary lists, so a
    misspelt name goes unreported.
    A document in a language without an installed dictionary gets no findings.

    Anti-pattern: "Sygdommen begynder normalt med muskeltrækinger."
    Best practice: "Sygdommen begynder normalt med muskeltrækninger."
    """

    code = "SPELL001"
    name = "spelling.unknown-word"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None:
            return
        lang = ctx.document.language
        for segment in ctx.document.content_segments():
            text = NOT_WORDS.sub(lambda m: " " * len(m.group()), segment.text)
            english = english_spans(ctx, segment)  # LANG003 reports these words
            for match in WORD.finditer(text):
                word = match.group()
                if skipped_word(word, text, match.start()) or known_word(word, speller):
                    continue
                if any(s.start <= match.start() < s.end for s in english):
                    continue
                if ctx.glossary.is_term_word(word, lang):
                    continue  # a discouraged glossary term: TERM001/TERM002 suggest the right one
                suggestions = list(speller.suggest(word)[:SUGGESTIONS])
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"unknown word '{word}'"
                    + (f"; did you mean '{suggestions[0]}'?" if suggestions else ""),
                    suggestion=suggestions[0] if suggestions else None,
                    suggestions=suggestions,
                )


def skipped_word(word: str, text: str, start: int) -> bool:
    """Numbers, acronyms and (likely) proper names, which a dictionary cannot judge."""
    if any(ch.isdigit() or ch == "_" for ch in word):
        return True
    if _acronym(word) or any(ch.isupper() for ch in word[1:]):
        return True  # ALS, NSAID; MedlinePlus, Lou-Gehrig
    return word[0].isupper() and not _SENTENCE_START.search(text, 0, start)


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def known_word(word: str, speller: Speller) -> bool:
    if speller.known(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(
        part and (speller.known(part) or _acronym(part)) for part in parts
    )
