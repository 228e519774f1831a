from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.language.identify import segment_language, words
from pipeline.checks.locale.quotations import (
    STRAIGHT,
    Mark,
    Quotation,
    find_marks,
    pair_marks,
    without_tags,
)
from pipeline.checks.locale.typography import (
    CURLY,
    EM_DASH,
    MARK_ORIGIN,
    PAIR_ORIGIN,
    TYPOGRAPHY,
    Typography,
)
from pipeline.checks.mechanics.words import masked
from pipeline.core.language import base_language, same_identified_language
from pipeline.core.models import Document, Finding, Segment, SegmentKind, Severity

# A quotation of this many words or more may be a title in another language, quoted as it
# is written ("“Heart failure: a review”"); a shorter one is a word of the sentence.
TITLE_WORDS = 2
# Code between backticks, in Markdown or pasted into plain text.
_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_NO_SPACE_BEFORE = " \t\n([{/"
_CHARACTERS = '“”„«»"—'  # a block without one of these has nothing to judge
_WORD_AFTER = re.compile(r"[\w“„«»\"(\[]")


@dataclass(frozen=True)
class _Block:
    """A title, a heading or a paragraph's sentences, joined as the source separates them, so
    that a quotation can run over several sentences."""

    segments: tuple[Segment, ...]
    starts: tuple[int, ...]
    text: str

    def locate(self, offset: int) -> tuple[Segment, int]:
        """The segment of block offset `offset` and the offset inside it."""
        k = bisect_right(self.starts, offset) - 1
        return self.segments[k], offset - self.starts[k]


class ForeignTypography(Check):
    """The text uses another language's quotation marks or dash (“…”, «…», „…“, —).

    Machine translation keeps its source's typography: English “…” and the em dash "—"
    (spaced or closed), Italian, French and Norwegian guillemets pointing outward («…»),
    German „…“. Danish writes ”…” or »…« and the tankestreg, an en dash with a space on
    each side ("–"). On the corpora (133 native Danish pages, 36,600 words; 83 machine-
    translated ones, 22,400 words) the em dash appears 8 times on 3 machine-translated pages
    and never on a native one; „ and «…» only in machine translation; an English “ 9 times on
    5 machine-translated pages and 8 times on 4 native ones, a slip a Danish editor corrects
    there too. The conventions are a table per language (pipeline/checks/locale/typography.py):
    Danish; Norwegian, which writes «…» (only its guillemets are judged); and Swedish, which
    writes ”…” and »…».

    One finding per wrong pair, on its first wrong mark; when both marks are wrong (« and »)
    the fix turns the opening one and the next pass the closing one. An unpaired “ or „ is
    flagged alone. A straight mark paired with the language's own curly one ('et
    "varmeblitz”': a pair half converted; never on a native page of the corpora) is turned
    into the curly mark. An em dash between two numbers becomes the range's en dash
    ("1914—1918" → "1914–1918"), elsewhere a spaced tankestreg ("ting—der" → "ting – der").
    The fixes are automatic, except where the source holds an HTML entity (&mdash;).

    It deliberately does not flag straight quotes in pairs of their own ("…", the keyboard's: 22
    on 8 native pages), single quotes and apostrophes (’, ‘), the en dash in a range ("10–20
    mg"), a mark inside code, a URL or an HTML tag, a quotation of two words or more in another
    language (a title quoted as written, with its dashes), a sentence in another language
    (LANG001's), a mark with words or spaces on both sides ("12” skærm", "Forside » Sygdomme"),
    an em dash opening a line or a table cell (a bullet, an empty cell: "| — |"), and runs of em
    dashes.

    Anti-pattern: "LDL er det “dårlige” kolesterol — for meget af det kan tilstoppe årerne."
    Best practice: "LDL er det ”dårlige” kolesterol – for meget af det kan tilstoppe årerne."
    """

    code = "LOC009"
    name = "locale.foreign-typography"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        typography = TYPOGRAPHY.get(base_language(ctx.document.language))
        if typography is None:
            return
        code = _code_spans(ctx.document.source_text)
        for block in _blocks(ctx.document):
            marks = [m for m in find_marks(block.text) if not _in_code(block, m.start, code)]
            pairs, unpaired = pair_marks(marks)
            foreign = [q for q in pairs if self._foreign(ctx, block, q)]
            for quotation in pairs:
                if quotation not in foreign:
                    yield from self._pair(ctx, block, typography, quotation)
            for mark in unpaired:
                yield from self._single(ctx, block, typography, mark)
            for match in re.finditer(EM_DASH, block.text):
                if not _in_code(block, match.start(), code) and not any(
                    q.opening.start < match.start() < q.closing.start for q in foreign
                ):
                    yield from self._dash(ctx, block, typography, match.start())

    def _pair(
        self, ctx: CheckContext, block: _Block, typography: Typography, quotation: Quotation
    ) -> Iterator[Finding]:
        opening, closing = quotation.opening, quotation.closing
        pair = opening.char + closing.char
        if STRAIGHT in pair or opening.family != closing.family:
            # Straight or mixed: only a mark the language never writes is judged, and a
            # straight mark that pairs with the language's own curly one ('"varmeblitz”').
            for mark in (opening, closing):
                yield from self._single(ctx, block, typography, mark)
            yield from self._half_straight(ctx, block, typography, quotation)
            return
        suggested = typography.suggested_pair(opening.family)
        if pair in typography.pairs or suggested is None:
            return
        wrong = [m for m, want in zip((opening, closing), suggested, strict=True) if m.char != want]
        if not wrong:
            return
        mark = wrong[0]
        origin = PAIR_ORIGIN.get(pair, "foreign")
        yield self._finding(
            ctx,
            block,
            mark,
            suggested[0] if mark.opening else suggested[1],
            f"{origin} quotation marks {opening.char}…{closing.char}; "
            f"{typography.name} writes {suggested[0]}…{suggested[1]}",
        )

    def _half_straight(
        self, ctx: CheckContext, block: _Block, typography: Typography, quotation: Quotation
    ) -> Iterator[Finding]:
        """A straight mark paired with a curly mark the language writes: the pair is half
        converted, and the straight half takes the curly mark's form."""
        opening, closing = quotation.opening, quotation.closing
        straight, other = (opening, closing) if opening.char == STRAIGHT else (closing, opening)
        if straight.char != STRAIGHT or other.family != CURLY or typography.curly is None:
            return
        if other.char not in typography.native_marks(CURLY):
            return
        wanted = typography.curly[0] if straight.opening else typography.curly[1]
        yield self._finding(
            ctx,
            block,
            straight,
            wanted,
            f"a straight quotation mark {STRAIGHT} paired with {other.char}; "
            f"{typography.name} writes {typography.curly[0]}…{typography.curly[1]}",
        )

    def _single(
        self, ctx: CheckContext, block: _Block, typography: Typography, mark: Mark
    ) -> Iterator[Finding]:
        if mark.family != CURLY or typography.curly is None:
            return
        if mark.char in typography.native_marks(CURLY):
            return
        suggested = typography.curly
        yield self._finding(
            ctx,
            block,
            mark,
            suggested[0] if mark.opening else suggested[1],
            f"{MARK_ORIGIN.get(mark.char, 'foreign')} quotation mark {mark.char}; "
            f"{typography.name} writes {suggested[0]}…{suggested[1]}",
        )

    def _finding(
        self, ctx: CheckContext, block: _Block, mark: Mark, replacement: str, message: str
    ) -> Finding:
        segment, start = block.locate(mark.start)
        end = start + mark.end - mark.start
        return self.finding(
            ctx,
            segment,
            start,
            end,
            message,
            suggestion=replacement,
            fixable=_verbatim(ctx.document, segment, start, end),
        )

    def _dash(
        self, ctx: CheckContext, block: _Block, typography: Typography, at: int
    ) -> Iterator[Finding]:
        text = block.text
        if text[at - 1 : at] == EM_DASH or text[at + 1 : at + 2] == EM_DASH:
            return  # a run of dashes: a rule or a blank, not a dash between clauses
        # The line, or the table cell ("| — |"), that the dash stands in.
        cell_start = max(text.rfind(separator, 0, at) for separator in "\n|\t") + 1
        if not text[cell_start:at].strip():
            return  # a bullet, or a dash alone in its line or cell (an empty table cell)
        segment, start = block.locate(at)
        if not same_identified_language(segment_language(ctx, segment.text), ctx.document.language):
            return
        before, after = text[at - 1], text[at + 1 : at + 2]
        dash = typography.dash
        if before.isdigit() and after.isdigit():
            replacement, message = dash, f"an em dash in a range; {typography.name} writes {dash}"
        else:
            replacement = (
                ("" if before in _NO_SPACE_BEFORE else " ")
                + dash
                + (" " if after and _WORD_AFTER.match(after) else "")
            )
            message = (
                f"English em dash {EM_DASH}; {typography.name} writes the dash between "
                f"clauses as '{dash}' with a space on each side"
            )
        yield self.finding(
            ctx,
            segment,
            start,
            start + 1,
            message,
            suggestion=replacement,
            fixable=_verbatim(ctx.document, segment, start, start + 1),
        )

    def _foreign(self, ctx: CheckContext, block: _Block, quotation: Quotation) -> bool:
        """A quotation of several words in another language: a title quoted as written."""
        quoted = block.text[quotation.opening.inner : quotation.closing.inner]
        if len(words(quoted)) < TITLE_WORDS:
            return False
        if not _needs_judging(quotation, quoted):
            return False
        language = segment_language(ctx, " ".join(quoted.split()))
        return not same_identified_language(language, ctx.document.language)


def _needs_judging(quotation: Quotation, quoted: str) -> bool:
    """Whether the quotation's language matters: a mark or a dash of it may be flagged."""
    return EM_DASH in quoted or quotation.opening.char in "“„«»" or quotation.closing.char in "“»"


def _blocks(document: Document) -> Iterator[_Block]:
    groups: list[list[Segment]] = []
    if document.title is not None:
        groups.append([document.title])
    for section in document.sections:
        if section.heading is not None:
            groups.append([section.heading])
        for paragraph in section.paragraphs:
            groups.append([s for s in paragraph.sentences if s.kind is not SegmentKind.NONCONTENT])
    source = document.source_text
    for group in groups:
        if not any(ch in s.text for s in group for ch in _CHARACTERS):
            continue
        texts = [without_tags(masked(s.text)) for s in group]
        parts: list[str] = []
        starts: list[int] = []
        offset = 0
        for k, text in enumerate(texts):
            if k:
                # What stands between two sentences in the source, so that a mark at a
                # sentence's edge keeps its neighbours when a quotation runs over several.
                gap = source[group[k - 1].span.end : group[k].span.start]
                joint = "" if not gap else ("\n" if "\n" in gap else " ")
                parts.append(joint)
                offset += len(joint)
            starts.append(offset)
            parts.append(text)
            offset += len(text)
        yield _Block(tuple(group), tuple(starts), "".join(parts))


def _code_spans(source: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CODE.finditer(source)] if "`" in source else []


def _in_code(block: _Block, offset: int, code: list[tuple[int, int]]) -> bool:
    if not code:
        return False
    segment, start = block.locate(offset)
    at = segment.source_offset(start)
    return any(first <= at < last for first, last in code)


def _verbatim(document: Document, segment: Segment, start: int, end: int) -> bool:
    """Whether the source holds the matched text itself (not an HTML entity), so the fix,
    which replaces the source, is certain to change what was flagged."""
    first = segment.source_offset(start)
    return document.source_text[first : first + end - start] == segment.text[start:end]
