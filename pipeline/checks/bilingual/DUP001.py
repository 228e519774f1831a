from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.tokens import replaced_target

# Words separated by spaces only (not a line break: a list); compared when all letters
# (with combining marks, so Devanagari "विशेषता" is one word, not fragments).
_WORD = re.compile(r"[^ \u00a0\n\t]+")
_GAP = re.compile(r"[ \u00a0]+")
# A quick test first. Possessive: giving back a character of either run can only leave a
# non-space before the gap or a space where the repeat must begin, so the matches are those
# of the backtracking pattern, found without trying every shorter run (0.19 -> 0.08 s).
_MAYBE_DOUBLED = re.compile(r"(\S++)[ \u00a0]++\1", re.IGNORECASE)
_SOURCE_WORD = re.compile(r"[^\W\d_]+")
REPEAT_WINDOW = 3  # "many-to-many", "step by step": the source repeats a word itself
# Doublings the grammar allows: da "Er det det, du mener?", "den, der der bor", de "die,
# die die …", nl "dat dat", en "had had", "that that". Reported as information only.
GRAMMATICAL_DOUBLINGS: dict[str, frozenset[str]] = {
    "da": frozenset({"at", "det", "der", "den"}),
    "nb": frozenset({"at", "det", "der", "den", "som"}),
    "nn": frozenset({"at", "det", "der", "den", "som"}),
    "sv": frozenset({"att", "det", "som", "den"}),
    "de": frozenset({"die", "der", "das", "dem", "den", "sie"}),
    "nl": frozenset({"dat", "die"}),
    "en": frozenset({"had", "that", "is"}),
    "fr": frozenset({"nous", "vous"}),
    "tr": frozenset({"tek"}),  # "tek tek": one by one
    "ga": frozenset({"do"}),
    "gl": frozenset({"se"}),  # "Se se marca": if it is checked
    "pt": frozenset({"se"}),
    "vi": frozenset({"tỷ"}),  # "tỷ tỷ": 10^18, in Django's number names
}
# Languages whose grammatical doublings are all listed above, so another doubling is a slip
# that --fix removes. Elsewhere it may be grammar the list lacks (tr "ayrı ayrı", ml "യു യു"
# spelling out UUID): the fix is offered to --unsafe-fixes only.
CERTAIN_FIX_LANGUAGES = frozenset({"da", "nb", "nn", "sv", "de", "nl", "en", "fr", "ga"})


class DoubledTargetWord(TranslatedUnitCheck):
    """A word is written twice in a row in the target and not in the source ("Gem gem").

    Flags the same word (ignoring case; letters and combining marks, so every script
    counts) twice with only spaces between, when the source repeats no word itself. The
    suggestion is the whole target with the first of the two kept: a safe fix (`check --fix`
    on a PO or XLIFF file) in the Scandinavian languages, German, Dutch, English, French and
    Irish, whose grammatical doublings the check knows; elsewhere only `--unsafe-fixes`
    applies it. Doublings the target language's grammar allows (da "Er det det, du mener?",
    de "die die", en "had had", tr "tek tek", gl "Se se marca") are reported as
    information, without a suggestion.

    It deliberately does not flag a target whose source repeats a word within three words
    ("Bora Bora", "many-to-many" → dsb "wjele wjele", "very very"), numbers ("10 10"),
    words across a line break, punctuation or placeholder ("nej, nej", "%s %s"), or
    reduplication written with a hyphen ("kuk-kuk").

    Anti-pattern: "Delete the selected items" → "Slet de de valgte elementer"
    Best practice: "Delete the selected items" → "Slet de valgte elementer"
    """

    code = "DUP001"
    name = "bilingual.doubled-word"
    severity = Severity.WARNING
    fixable = True

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        if not _MAYBE_DOUBLED.search(target) or _repeats_a_word(unit.source):
            return
        lang = base_language(unit.target_lang)
        allowed = GRAMMATICAL_DOUBLINGS.get(lang, frozenset())
        for start, middle, end in _doubled(target):
            word = target[start:middle].strip()
            doubled = target[start:end]
            grammatical = word.casefold() in allowed
            fixed = None if grammatical else replaced_target(unit, target, start, end, word)
            yield self.finding(
                unit,
                f"doubled word '{doubled}'"
                + ("; the grammar allows it — check" if grammatical else f"; keep one '{word}'"),
                match=doubled,
                suggestion=fixed,
                severity=Severity.INFO if grammatical else None,
                fixable=fixed is not None and lang in CERTAIN_FIX_LANGUAGES,
            )


def _is_word(token: str) -> bool:
    return bool(token) and all(unicodedata.category(c)[0] in "LM" for c in token)


def _without_end_punctuation(token: str) -> str:
    """ "det," → "det": punctuation may follow the second word, not the first."""
    end = len(token)
    while end and unicodedata.category(token[end - 1])[0] in "PS":
        end -= 1
    return token[:end]


def _doubled(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, start of the repeat, end) of each word written twice in a row."""
    previous: re.Match[str] | None = None
    folded = ""  # the previous word case-folded
    for match in _WORD.finditer(text):
        token = match.group()
        # str.casefold folds character by character, so a word folded is the start of its
        # token folded: a token that does not start so is not the previous word again, and
        # its end punctuation is not looked at
        if previous is not None and token.casefold().startswith(folded):
            word = _without_end_punctuation(token)
            if (
                word.casefold() == folded
                and _GAP.fullmatch(text, previous.end(), match.start())
                and _is_word(word)
            ):
                yield previous.start(), match.start(), match.start() + len(word)
                previous = None  # "a a a" is one finding
                continue
        previous, folded = match, token.casefold()


def _repeats_a_word(source: str) -> bool:
    """True when the source has a word twice within a few words ("many-to-many")."""
    words = [w.casefold() for w in _SOURCE_WORD.findall(source)]
    return any(w in words[i + 1 : i + 1 + REPEAT_WINDOW] for i, w in enumerate(words))
