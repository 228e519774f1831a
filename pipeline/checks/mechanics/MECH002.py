from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Segment, Severity

# Spaces and tabs between two visible characters of a segment. Non-breaking spaces are not in
# the class: "100 000" with a no-break space is correct Danish typography.
_GAP = re.compile(r"(?<=\S)[ \t]+(?=\S)")
# Punctuation that takes no space before it, when it ends a word: not an ellipsis
# ("Han tøvede ..." is correct Danish), not a leading dot (".dk", ".5").
_CLOSING = re.compile(r"(?:[,;:!?]|\.(?![.\w]))+(?=[\s\"'»«”’)\]]|$)")
_PAIRS = {"(": ")", "[": "]"}
_OPENING = frozenset(_PAIRS)
# A degree sign split from its scale: "38 ° C" (Danish writes "38 °C").
_DEGREE = re.compile(r"°[ \t]+[CF](?![^\W\d_])")
# A range dash with a space before it and none after: "0,5% -0,7%", "3 –5 dage" (Danish writes
# "0,5-0,7 %", "3-5 dage"). A minus sign is not written after a number and a space.
_RANGE = re.compile(r"(?<=\d)%?[ \t]+[-–](?=\d)")
# …unless the numbers are a list separated by spaces ("0 2 4 2 0 -2 -4"), with minus signs.
_NUMBER_LIST = re.compile(r"\d[ \t]+[-–]?\d+(?:[.,]\d+)?%?$")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
# A line's leading list bullet or tick box ("- ", "• ", "☐   "): the space after it indents the
# item's text, it does not stand between words or before punctuation ("- !!! Obs").
_MARKER = re.compile(r"[ \t]*[-–•*·▪■□☐☑☒✓✔]+")
# A fill-in blank of a form ("d. ______ kl. ______"): a line holding one is laid out with
# runs of spaces (tick box, label, blank), which are alignment, not typing slips.
_BLANK = re.compile(r"_{3,}")
_HARD_BREAK = re.compile(r" {2,}")


class StrayWhitespace(Check):
    """Whitespace is doubled, misplaced or left at a line end.

    Flags, inside a sentence, heading or title: two or more spaces between words, a tab, a
    space before , . ; : ! or ?, a space after an opening or before a closing bracket
    ("( børneeksem , astmaeksem )"), and a space between the degree sign and its scale
    ("38 ° C", which machine translation and scrapers leave), and a space before a range dash
    between numbers with none after it ("0,5% -0,7%"); and in Markdown, where line
    ends can change the rendering (two spaces make a hard break), spaces or tabs at the end
    of a line of text, as information. The fix is the normalised whitespace: one space, the
    punctuation or bracket without the space, or nothing at the line end.

    Line ends of plain-text articles are left alone: no reader sees them, the emitted content
    carries none, and text copied from a web page or a word processor has them on most lines
    (on 18 native Danish health pages they were 45 of 116 findings, all false alarms to an
    editor).

    It deliberately does not flag non-breaking spaces ("100 000", "10 %"), the space before an
    ellipsis ("Han tøvede ..."), a space before a leading dot (".dk"), two spaces between
    sentences (a typing convention no reader sees), the indentation of a wrapped line, an
    empty pair of brackets ("[ ]", a Markdown task box), two trailing spaces in Markdown,
    which make a hard line break, or a line of nothing but whitespace, which is a blank line
    to every reader, the indentation after a line's leading bullet or tick box ("☐   Du vil
    blive ringet op"), or runs of spaces on a form's line with fill-in blanks ("(renografi)
    d. ______ kl. ______"), which align the form.

    Anti-pattern: "Det er normalt  et meget godartet symptom ."
    Best practice: "Det er normalt et meget godartet symptom."
    """

    code = "MECH002"
    name = "mechanics.stray-whitespace"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for segment in ctx.document.content_segments():
            yield from self._gaps(ctx, segment)
        yield from self._trailing(ctx)

    def _gaps(self, ctx: CheckContext, segment: Segment) -> Iterator[Finding]:
        text = segment.text
        for gap in _GAP.finditer(text):
            if gap.group() == " " and text[gap.start() - 1].isalnum() and text[gap.end()].isalnum():
                continue  # one space between a letter or digit and another: nothing below fires
            line_start = text.rfind("\n", 0, gap.start()) + 1
            line_end = text.find("\n", gap.end())
            if _MARKER.fullmatch(text, line_start, gap.start()):
                continue  # the indentation after a line's leading bullet or tick box
            form = _BLANK.search(text, line_start, line_end if line_end >= 0 else len(text))
            punctuation = _CLOSING.match(text, gap.end())
            bracket = _inside_brackets(text, gap.start(), gap.end())
            lopsided = _RANGE.match(text, gap.start() - (text[gap.start() - 1] == "%"))
            if lopsided is not None and not _NUMBER_LIST.search(text, 0, gap.start()):
                dash = lopsided.group()[-1]
                yield self.finding(
                    ctx,
                    segment,
                    gap.start(),
                    gap.end() + 1,
                    f"space before the range dash '{dash}' but not after it; "
                    f"write the range without spaces",
                    suggestion=dash,
                )
            elif _DEGREE.match(text, gap.start() - 1):
                yield self.finding(
                    ctx,
                    segment,
                    gap.start() - 1,
                    gap.end() + 1,
                    f"space inside the unit '{text[gap.start() - 1 : gap.end() + 1]}'; "
                    f"write '°{text[gap.end()]}'",
                    suggestion=f"°{text[gap.end()]}",
                )
            elif bracket is not None:
                start, end, kept = bracket
                yield self.finding(
                    ctx,
                    segment,
                    start,
                    end,
                    f"space inside brackets next to '{kept}'; remove it",
                    suggestion=kept,
                )
            elif punctuation is not None:
                yield self.finding(
                    ctx,
                    segment,
                    gap.start(),
                    punctuation.end(),
                    f"space before '{punctuation.group()}'; remove it",
                    suggestion=punctuation.group(),
                )
            elif "\t" in gap.group():
                yield self.finding(
                    ctx,
                    segment,
                    gap.start(),
                    gap.end(),
                    "tab inside the text; use a space",
                    suggestion=" ",
                )
            elif len(gap.group()) > 1 and form is None:
                yield self.finding(
                    ctx,
                    segment,
                    gap.start(),
                    gap.end(),
                    f"{len(gap.group())} spaces between words; use one",
                    suggestion=" ",
                )

    def _trailing(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.format != "markdown":
            return
        source = ctx.document.source_text
        for found in _TRAILING.finditer(source):
            start, end = found.span()
            if _hard_break(source, start, end):
                continue
            if start == 0 or source[start - 1] == "\n":
                continue  # a blank line
            line, column = ctx.index.position(start)
            end_line, end_column = ctx.index.position(end)
            yield Finding(
                code=self.code,
                name=self.name,
                severity=Severity.INFO,
                message="whitespace at the end of the line; remove it",
                path=ctx.document.path,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                match=found.group(),
                suggestion="",
                fixable=True,
            )


def _inside_brackets(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The span and the bracket to keep when the gap `start`..`end` follows an opening or
    precedes a closing bracket ("( børneeksem", "astmaeksem )"); None for an empty pair
    ("[ ]", a Markdown task box)."""
    before, after = text[start - 1], text[end]
    if before in _OPENING and after != _PAIRS[before]:
        return start - 1, end, before
    if after in _PAIRS.values() and not (before in _PAIRS and _PAIRS[before] == after):
        return start, end + 1, after
    return None


def _hard_break(source: str, start: int, end: int) -> bool:
    """Two or more spaces ending a text line that another text line follows (Markdown)."""
    next_end = source.find("\n", end + 1)
    next_line = source[end + 1 : next_end if next_end >= 0 else len(source)]
    has_text = start > 0 and source[start - 1] != "\n"
    return has_text and bool(_HARD_BREAK.fullmatch(source[start:end])) and bool(next_line.strip())
