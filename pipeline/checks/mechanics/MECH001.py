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


# A cell of a flattened table: a short line (a few words) without a sentence's punctuation.
_CELL = re.compile(r"[^\W\d_][\w()/%-]*(?:[ \t]+[\w()/%-]+){0,3}")


def _table_cells(source: str, start: int, end: int) -> bool:
    """The two copies are whole lines of the source, and the lines above and below them are
    other short cells: a column of a flattened table (substance and trade name
    "Propylthiouracil" twice, "Ja" / "Ja"), not a typing slip. A lone word repeated among
    blank lines or copies of itself ("A" / "A" / "A", a font-size widget) stays a doubling."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    line_end = len(source) if line_end < 0 else line_end
    if source[line_start:start].strip() or source[end:line_end].strip():
        return False
    word = source[start:end].split()[0].casefold()
    above = source[: max(line_start - 1, 0)].rsplit("\n", 1)[-1].strip()
    below = source[line_end + 1 :].split("\n", 1)[0].strip()
    return all(
        _CELL.fullmatch(line) is not None and line.casefold() != word for line in (above, below)
    )


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
    sygdomme"). Nor two copies that are each a whole line between other short lines: the
    cells of a table flattened to one cell per line ("Thiamazol" / "Propylthiouracil" /
    "Propylthiouracil" / "Præparatvalg": a substance and its trade name).

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
                source_start = segment.source_offset(match.start())
                source_end = segment.source_offset(match.end() - 1) + 1
                if _table_cells(ctx.document.source_text, source_start, source_end):
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
