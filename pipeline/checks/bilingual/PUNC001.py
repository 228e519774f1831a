from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.tokens import TEXT_CACHE, abbreviated

_KINDS = (  # checked in this order: "?!" asks, ". . ." trails off
    ("question mark", "?？؟\u037e፧"),  # U+037E: Greek question mark; Ethiopic ፧
    ("exclamation mark", "!！"),
    ("ellipsis", "…"),
    ("colon", ":："),
    ("semicolon", ";؛"),  # Arabic ؛
    # the full stops of other scripts: CJK 。．｡, Devanagari and Bengali । ॥ (hi, ne, bn),
    # Armenian ։, Urdu ۔, Ethiopic ።, Khmer ។, Myanmar ။, Tibetan །
    ("full stop", ".。．｡।॥։۔።។။།"),
)
# Final punctuation, possibly before and after closing quotes and brackets: `…?«`, `».`.
_MARKS = "".join(chars for _, chars in _KINDS)
_END = re.compile(rf"([{_MARKS}]*)[\s\"'»«”’“)\]]*([{_MARKS}]*)\s*$")
# What _END can match besides white space (its `\s` is str.isspace's): a text ending in
# anything else has the empty ending, found without trying _END.
_ENDING_CHARS = frozenset(_MARKS + "\"'»«”’“)]")
# How some languages write a mark, as the mark it stands for: Greek's question mark is ";"
# (U+037E becomes U+003B in NFC), Amharic and Tigrinya type "::" for "።", Armenian's
# mijaket "․" (typed as U+2024) is its colon.
_WRITTEN_AS: dict[str, tuple[tuple[str, str], ...]] = {
    "el": ((";", "?"),),
    "am": (("::", "።"),),
    "ti": (("::", "።"),),
    "hy": (("\u2024", ":"),),
}
_ARMENIAN_QUESTION = "\u055e"  # ՞ sits on the word asked about, not at the end
# Thai and Lao end a sentence with a space, not a mark: no full stop is missing.
NO_FULL_STOP = frozenset({"th", "lo"})
# Chinese, Japanese and Korean end a sentence with a full stop where an English UI string
# has none ("That page contains no results" → "このページには結果が含まれていません。").
ADDS_FULL_STOP = frozenset({"ja", "zh", "ko"})


# a number or placeholder followed by the ordinal dot at the very end: "{}.", "%d.", "21."
_ABBREVIATION_DOT = re.compile(
    r"(?<!\w)(?:a\.m|p\.m|etc|e\.g|i\.e|vs|approx|incl|no|nr|ca|bzw|usw|osv|mv|m\.m)\.$",
    re.IGNORECASE,
)
_ORDINAL_DOT = re.compile(r"(?:\d|\{\w*\}|%(?:\(\w+\))?[-+ 0#]*\d*[diu])\.$")


def final_marks(text: str) -> str:
    """The punctuation ending `text`, around closing quotes and brackets: "?" in "…?«"."""
    if _unmarked(text):
        return ""  # most texts end in a letter: no position but the end can match _END
    # _END matches only characters it can end a text with, up to the end: no match begins
    # before the run of them ending the text, so it is searched from there (not tried at
    # every position of the text)
    start = len(text) - 1
    while start and (text[start - 1] in _ENDING_CHARS or text[start - 1].isspace()):
        start -= 1
    found = _END.search(text, start)
    return (found.group(1) + found.group(2)) if found else ""


def _unmarked(text: str) -> bool:
    """Whether `final_marks(text)` is "" by its last character, so that `ending` is None: the
    test `final_marks` begins with, without two cached calls per unit."""
    return not text or (text[-1] not in _ENDING_CHARS and not text[-1].isspace())


@functools.lru_cache(maxsize=TEXT_CACHE)
def ending(text: str) -> str | None:
    """What kind of punctuation ends `text`: "full stop", "question mark" … or None."""
    marks = final_marks(text)
    if not marks:
        return None
    if marks.count(".") >= 2 and not set(marks) & set("?？؟\u037e!！"):
        return "ellipsis"  # "..." is "…"
    for kind, chars in _KINDS:
        if any(c in chars for c in marks):
            return kind
    return None


class EndPunctuation(TranslatedUnitCheck):
    """The target ends with other sentence-final punctuation than the source.

    A full stop, question mark, exclamation mark, colon, semicolon or ellipsis lost, added
    or changed.

    Equivalent marks count as the same: "..." and "…", "?" and "؟" or "？", and a full stop
    is one in any script ("。", Devanagari "।", Armenian "։", Urdu "۔" …); a mark inside or
    outside closing quotes and brackets (»Nej.« / »Nej«.) is the same ending; "?!" is a
    question. A difference of a full stop alone, lost or added, is information: a matter of
    style that rarely changes what a message says; a lost question mark, exclamation mark,
    colon, semicolon or ellipsis, or one changed into another, is a warning.

    It deliberately does not compare punctuation inside a segment, nor an ending that is only
    a closing quote or bracket, and Spanish opening ¿ ¡ are not required. Nor does it flag a
    mark written in the target language's own way (Greek ";" for "?", Amharic "::" for
    "።", Armenian "․" for ":" and a question's "՞" on a word), a Thai or Lao target without
    a full stop (those scripts end sentences with a space), a Chinese, Japanese or Korean
    target that ends a sentence with a full stop its source lacks, a full stop that belongs
    to an abbreviation (an abbreviated source: "Mon" → ca "dl.", "Jan." → ja "1月"; "6 a.m."
    → "Klokken 6") or an ordinal ("{}th" → da "{}.").

    Anti-pattern: da "Er dette en nødsituation?" → nb "Er dette en nødsituasjon."
    Best practice: da "Er dette en nødsituation?" → nb "Er dette en nødsituasjon?"
    """

    code = "PUNC001"
    name = "bilingual.end-punctuation"
    severity = Severity.WARNING

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        lang = base_language(unit.target_lang)
        marked = _as_marks(target, lang)
        if _unmarked(unit.source) and _unmarked(marked):
            return  # most units: both end in a letter, so neither has an ending
        source_end, target_end = ending(unit.source), ending(marked)
        if source_end == target_end:
            return
        if lang == "hy" and source_end == "question mark" and _ARMENIAN_QUESTION in target:
            return
        if source_end is None and _ORDINAL_DOT.search(target):
            return  # da/de/nb/nn "{}." and "%d." write an ordinal ("{}th"), not a full stop
        if target_end is None and _ABBREVIATION_DOT.search(unit.source):
            return  # "6 a.m." → "Klokken 6": the dot belonged to the abbreviation
        full_stop_only = {source_end, target_end} <= {"full stop", None}
        if full_stop_only and _conventional(unit, lang, source_end):
            return
        if target_end is None:
            message = f"the source's final {source_end} is missing in the target"
        elif source_end is None:
            message = f"the target ends with {_a(target_end)}; the source has no final punctuation"
        else:
            message = f"the source ends with {_a(source_end)}, the target with {_a(target_end)}"
        severity = Severity.INFO if full_stop_only else None
        yield self.finding(
            unit, message, match=final_marks(target) or target.strip(), severity=severity
        )


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _as_marks(text: str, lang: str) -> str:
    """`text` with the language's own ways of writing a mark replaced by the mark."""
    for written, mark in _WRITTEN_AS.get(lang, ()):
        text = text.replace(written, mark)
    return text


def _conventional(unit: TranslationUnit, lang: str, source_end: str | None) -> bool:
    """Whether a full stop lost or added is the target language's convention or an
    abbreviation's, not a difference of the sentence's."""
    if source_end is not None:  # lost
        return lang in NO_FULL_STOP or abbreviated(unit.source)
    return lang in ADDS_FULL_STOP or abbreviated(unit.source)
