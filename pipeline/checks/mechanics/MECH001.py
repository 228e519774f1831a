from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Segment, Severity

_DOUBLED = re.compile(r"\b(\w+)\s+(\1)\b", re.IGNORECASE)
# A numbered list item whose text repeats its number: "1. 1 Find ud af …", the list's number
# and the step number of the source page, which scraping flattened into the text.
_DOUBLED_NUMBER = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+(\1)[ \t]+(?=[^\W\d_])")
# Doublings the grammar allows: "Han sagde, at at ryge …", "Det det handler om, er …",
# "den, der der bor". Still reported, but the editor decides instead of the autofix.
GRAMMATICAL_DOUBLINGS = {
    "da": frozenset({"at", "det", "der"}),
    "nb": frozenset({"at", "det", "der"}),
    "nn": frozenset({"at", "det", "der"}),
    "sv": frozenset({"att", "det", "som"}),
}


def _heading_over_body(match: re.Match[str]) -> bool:
    """A capitalised copy starting a new line that goes on with more text ("Behandling" /
    "Behandling sker med …"); a line of the lone word again ("A" / "A") is still a doubling."""
    gap = match.string[match.end(1) : match.start(2)]
    rest = match.string[match.end(2) :].split("\n", 1)[0]
    return "\n" in gap and match.group(2)[:1].isupper() and bool(rest.strip())


class DoubledWord(Check):
    """A word is repeated ("det det").

    Flags the same word twice in a row within one sentence, heading or title, ignoring case
    ("Det det"). The finding covers both words and the fix keeps the first one. The fix is not
    automatic for the few words whose doubling Danish grammar allows ("at at ryge", "det det
    handler om"), which are rare in articles but possible.

    A numbered list item that repeats its number ("1. 1 Find ud af …": the list's number and
    the source page's step number) is flagged too; the fix removes the repeat.

    It deliberately does not flag numbers inside a sentence ("10 10"), a number that differs
    from the item's ("1. 2 tabletter"), a repeat across sentence boundaries
    ("… det. Det …"), words separated by punctuation ("nej, nej"), or a heading whose
    body starts with the heading's word on the next line ("Behandling" then "Behandling
    sker med …"), which a plain-text reader may join into one segment: a line break before
    a capitalised copy is a new line of the page, not a typing slip. A lower-case copy
    after a line break is still a doubled word in wrapped prose ("en gruppe" / "gruppe
    sygdomme").

    Anti-pattern: "Det er er normalt et meget godartet symptom."
    Best practice: "Det er normalt et meget godartet symptom."
    """

    code = "MECH001"
    name = "mechanics.doubled-word"
    severity = Severity.ERROR
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        allowed = GRAMMATICAL_DOUBLINGS.get(ctx.document.language, frozenset())
        for segment in ctx.document.content_segments():
            for match in _DOUBLED.finditer(segment.text):
                word = match.group(1)
                if any(ch.isdigit() for ch in word) or _heading_over_body(match):
                    continue
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"doubled word '{match.group()}'; keep one '{word}'",
                    suggestion=word,
                    fixable=word.casefold() not in allowed,
                )
            number = _doubled_item_number(ctx.document.source_text, segment)
            if number is not None:
                yield self.finding(
                    ctx,
                    segment,
                    0,
                    number.end() - number.start(2),
                    f"list item {number.group(1)} repeats its number: "
                    f"'{number.group().strip()}'; delete the second '{number.group(2)}'",
                    suggestion="",
                )


def _doubled_item_number(source: str, segment: Segment) -> re.Match[str] | None:
    """The list marker and repeated number when `segment` starts right after "1. 1 "."""
    start = segment.source_offset(0)
    line_start = source.rfind("\n", 0, start) + 1
    match = _DOUBLED_NUMBER.match(source, line_start)
    return match if match is not None and match.start(2) == start else None
