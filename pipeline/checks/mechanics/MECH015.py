from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked, stop_ends_sentence
from pipeline.checks.speller import Speller
from pipeline.core.models import Document, Finding, Segment, Severity

# Two full stops that are not an ellipsis ("søvnforstyrrelser.."), after a word or a bracket.
_DOUBLE_STOP = re.compile(r"(?<=[^\W\d_]|\))\.\.(?!\.)(?=[\s\"'»”’)]|$)")
# A full stop before an exclamation or question mark after a word ("tilføjes.!"): the word must
# be long and dotless (not an abbreviation). A comma, colon or semicolon after a full stop is an
# abbreviation's ("f.eks.,", "fejlnr.:", "Redig.:").
_STOP_AND_MARK = re.compile(r"(?<![\w.])(?P<word>[^\W\d_]{5,})\.(?P<mark>[!?])(?=\s|$)")
# A full stop and a comma after a word ("arterierne.,", "salt., Dette"): the stop of a
# sentence end and the comma of the clause a translation joined it to. An abbreviation's stop
# before a comma ("f.eks.,", "ca.,") is told apart by the dictionary (see `_sentence_stop`).
_STOP_AND_COMMA = re.compile(r"(?<![\w.])(?P<word>[^\W\d_]{3,})\.,")
# A mark of its own before a full stop or comma: "virker!." "hvorfor?,".
_MARK_AND_STOP = re.compile(r"(?<=[^\W\d_])[!?][.,](?=\s|$)")
# A list enumerator or an emoticon closes a bracket nobody opened: "1)", "a)", ":)".
_ENUMERATOR = re.compile(r"(?:^|\s)(?:\w{1,3}|[:;]-?)\)")


class StrayPunctuation(Check):
    """Punctuation is doubled or left open ("søvnforstyrrelser..", "spædbørn))", "siden (").

    Flags two full stops that are not an ellipsis, a full stop followed by another mark after
    a word ("tilføjes.!"), a full stop and a comma after a whole word of the dictionary
    ("arterierne.,", "salt., Dette": a sentence end and a clause joined), an exclamation or
    question mark followed by a full stop or comma, a doubled closing bracket that closes more
    brackets than its line opens ("spædbørn))"), and an opening bracket left open at the end
    of a line ("… for over 3.000 år siden (" where the source's reference numbers were
    dropped). These are the marks a machine translation or a scraper leaves when it joins or
    drops pieces of a sentence. The suggestion removes the extra mark; the fix is not
    automatic for a bracket left open, as the reference may belong there.

    It deliberately does not flag an ellipsis ("..." or "…"), an abbreviation's full stop
    before a comma, colon or semicolon ("f.eks.,", "bl.a.:", "fejlnr.:", "ca.,", "mht.,": a
    known abbreviation, a clinical Latin shortening such as "ant./post.," or a word the Danish
    dictionary does not have as a word of its own or as a compound of eight letters or more:
    "øjeninfektion.," is a sentence end), "?!" and "!!", a list enumerator or an
    emoticon ("1)", "a)", ":)", ";-("), a bracket closed on the next line, and dots inside
    URLs, paths and numbers ("../", "1..5").

    Anti-pattern: "Kontakt en læge, før du bruger dem.."
    Best practice: "Kontakt en læge, før du bruger dem."
    """

    code = "MECH015"
    name = "mechanics.stray-punctuation"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for segment in ctx.document.content_segments():
            text = masked(segment.text)
            for match in _DOUBLE_STOP.finditer(text):
                yield self._extra(ctx, segment, match.start(), match.end(), "two full stops", ".")
            for match in _STOP_AND_MARK.finditer(text):
                start = match.start("word")
                mark = match.group("mark")
                yield self._extra(
                    ctx,
                    segment,
                    start,
                    match.end(),
                    "a full stop before '" + mark + "'",
                    match.group("word") + mark,
                )
            speller = ctx.speller(ctx.document.language)
            for match in _STOP_AND_COMMA.finditer(text):
                if _sentence_stop(text, match, speller):
                    yield self._extra(
                        ctx,
                        segment,
                        match.start("word"),
                        match.end(),
                        "a full stop and a comma",
                        match.group("word") + ".",
                    )
            for match in _MARK_AND_STOP.finditer(text):
                yield self._extra(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    "two sentence marks",
                    match.group()[0],
                )
            yield from self._brackets(ctx, segment, text)

    def _brackets(self, ctx: CheckContext, segment: Segment, text: str) -> Iterator[Finding]:
        document = ctx.document
        for match in re.finditer(r"\)\)", text):
            line = _source_line(document, segment.source_offset(match.start()))
            if _unmatched_closing(line) > 0:
                yield self._extra(
                    ctx, segment, match.start(), match.end(), "a doubled closing bracket", ")"
                )
        for match in re.finditer(r"(?<![:;-])\((?=[ \t]*(?:\n|$))", text):
            offset = segment.source_offset(match.start())
            rest = document.source_text[offset + 1 :]
            if rest.strip(" \t") and not rest.lstrip(" \t").startswith("\n"):
                continue  # the segment ends here, the line goes on
            following = rest.lstrip(" \t\n").split("\n", 1)[0]
            if _unmatched_closing(following) > 0:
                continue  # closed on the next line
            yield self.finding(
                ctx,
                segment,
                match.start(),
                match.end(),
                "an opening bracket is left open at the end of the line (a reference or"
                " a word lost in translation); complete it or remove it",
                suggestion="",
                fixable=False,
            )

    def _extra(
        self,
        ctx: CheckContext,
        segment: Segment,
        start: int,
        end: int,
        what: str,
        suggestion: str,
    ) -> Finding:
        return self.finding(
            ctx,
            segment,
            start,
            end,
            f"{what}: '{segment.text[start:end]}'; write '{suggestion}'",
            suggestion=suggestion,
        )


def _sentence_stop(text: str, match: re.Match[str], speller: Speller | None) -> bool:
    """True when the full stop before the comma ends a sentence (see `stop_ends_sentence`).
    Without a dictionary for the language nothing is judged."""
    if speller is None:
        return False
    return stop_ends_sentence(text[: match.end("word") + 1], match.group("word"), speller)


def _source_line(document: Document, offset: int) -> str:
    source = document.source_text
    start = source.rfind("\n", 0, offset) + 1
    end = source.find("\n", offset)
    return source[start : end if end >= 0 else len(source)]


def _unmatched_closing(line: str) -> int:
    """How many closing brackets of `line` close no bracket opened before them on it."""
    line = _ENUMERATOR.sub(" ", line)
    depth = unmatched = 0
    for char in line:
        if char == "(":
            depth += 1
        elif char == ")":
            if depth:
                depth -= 1
            else:
                unmatched += 1
    return unmatched
