from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.bilingual.tokens import TEXT_CACHE
from pipeline.core.models import Finding, Severity, TranslationUnit

# Final punctuation, possibly before and after closing quotes and brackets: `…?«`, `».`.
_MARKS = ".!?:;…。！？؟：\u037e"
_END = re.compile(rf"([{_MARKS}]*)[\s\"'»«”’“)\]]*([{_MARKS}]*)\s*$")
_TAIL = 32
_KINDS = (  # checked in this order: "?!" asks, ". . ." trails off
    ("question mark", "?？؟\u037e"),  # U+037E: Greek question mark
    ("exclamation mark", "!！"),
    ("ellipsis", "…"),
    ("colon", ":："),
    ("semicolon", ";"),
    ("full stop", ".。"),
)


# a number or placeholder followed by the ordinal dot at the very end: "{}.", "%d.", "21."
_ABBREVIATION_DOT = re.compile(
    r"(?<!\w)(?:a\.m|p\.m|etc|e\.g|i\.e|vs|approx|incl|no|nr|ca|bzw|usw|osv|mv|m\.m)\.$",
    re.IGNORECASE,
)
_ORDINAL_DOT = re.compile(r"(?:\d|\{\w*\}|%(?:\(\w+\))?[-+ 0#]*\d*[diu])\.$")


def final_marks(text: str) -> str:
    """The punctuation ending `text`, around closing quotes and brackets: "?" in "…?«"."""
    # _END is tried at every position; the ending is in the tail, unless the whole tail is
    # part of it (any end of an ending is one too), when it may begin further back
    tail = max(0, len(text) - _TAIL)
    found = _END.search(text, tail)
    if tail and found is not None and found.start() == tail:
        found = _END.search(text)
    return (found.group(1) + found.group(2)) if found else ""


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

    Equivalent marks count as the same: "..." and "…", "?" and "؟" or "？", "." and "。";
    a mark inside or outside closing quotes and brackets (»Nej.« / »Nej«.) is the same
    ending; "?!" is a question.

    It deliberately does not compare punctuation inside a segment, nor an ending that is only
    a closing quote or bracket, and Spanish opening ¿ ¡ are not required.

    Anti-pattern: da "Er dette en nødsituation?" → nb "Er dette en nødsituasjon."
    Best practice: da "Er dette en nødsituation?" → nb "Er dette en nødsituasjon?"
    """

    code = "PUNC001"
    name = "bilingual.end-punctuation"
    severity = Severity.WARNING

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        source_end, target_end = ending(unit.source), ending(target)
        if source_end == target_end:
            return
        if source_end is None and _ORDINAL_DOT.search(target):
            return  # da/de/nb/nn "{}." and "%d." write an ordinal ("{}th"), not a full stop
        if target_end is None and _ABBREVIATION_DOT.search(unit.source):
            return  # "6 a.m." → "Klokken 6": the dot belonged to the abbreviation
        if target_end is None:
            message = f"the source's final {source_end} is missing in the target"
        elif source_end is None:
            message = f"the target ends with a {target_end}; the source has no final punctuation"
        else:
            message = f"the source ends with a {source_end}, the target with a {target_end}"
        yield self.finding(unit, message, match=final_marks(target) or target.strip())
