from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import ABBREVIATIONS, masked, span_finding
from pipeline.checks.speller import Speller
from pipeline.core.models import Document, Finding, Segment, Severity

# A word of two or more lower-case letters (or a closing bracket or quote), a sentence end,
# then a capitalised word with no space between: "hjernen.Patienten", "(se nedenfor).Det".
# Two lower-case letters before the stop keep out initials ("H.C.Andersen"), "bl.a." and
# camel-case names; the lower-case letter after the capital keeps out "Dr.ALS"-like codes.
_GLUED = re.compile(
    r"(?P<before>[\w’']*(?:[a-zæøåäöüé]{2}|[)\]\"»”]))(?P<stop>[.!?]+)(?P<after>[A-ZÆØÅ][a-zæøå]\w*)"
)

# Two lower-case words joined by a full stop ("slagtilfælde.nyere"), standing alone: not a part
# of a longer dotted name, a path, an address or a URL. The dot-word pattern is the shape of a
# domain too ("sundhed.dk", "netdoktor.info"), so the words are judged by the dictionary.
_GLUED_LOWER = re.compile(
    r"(?<![\w.@/:-])(?P<before>[a-zæøå]{3,})\.(?P<after>[a-zæøå]{4,})(?![\w@/-]|\.\w)"
)
# Top-level domains and file extensions of four letters or more that a Danish dictionary may
# also know as words ("fil.html", "netdoktor.info").
_DOMAINS_AND_EXTENSIONS = frozenset(
    {"info", "online", "shop", "site", "care", "clinic", "health", "help", "life", "name",
     "mobi", "travel", "today", "world", "guide", "expert", "center", "dental", "html",
     "aspx", "docx", "xlsx", "pptx", "jpeg", "json", "yaml", "tiff", "webp", "mpeg"}
)  # fmt: skip


class MissingSpaceAfterSentence(Check):
    """A sentence ends with no space before the next one ("i hjernen.Patienten").

    Flags a full stop, question or exclamation mark between a lower-case word (or a closing
    bracket or quote) and a capitalised word with no space between them, inside one paragraph,
    heading or title: the space a machine translation or a scraper dropped. The fix adds one
    space.

    It deliberately does not flag URLs, e-mail addresses and domains (sundhed.dk,
    MayoClinic.com), numbers (1.000, 2.5), abbreviations (f.eks., bl.a., ca.), initials
    (H.C. Andersen, "H.C.Andersen"), file names and extensions (rapport.pdf).

    Two lower-case words joined by a full stop ("risiko for slagtilfælde.nyere studier") are
    also a sentence end without its space, but the shape is a domain's too ("sundhed.dk",
    "netdoktor.info", "fil.html"): they are flagged only when both are Danish words, the
    second of four letters or more and no top-level domain or file extension, and the pair
    stands alone
    (not in a URL, an address, a path or a longer dotted name). The suggestion adds the
    space and the capital; the fix is not automatic, as the dot may be a slip for a comma.

    Anti-pattern: "Sygdommen sidder i hjernen.Patienten mærker det først i hænderne."
    Best practice: "Sygdommen sidder i hjernen. Patienten mærker det først i hænderne."
    """

    code = "MECH003"
    name = "mechanics.missing-space-after-sentence"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        source = ctx.document.source_text
        for segments in _blocks(ctx.document):
            start, end = segments[0].span.start, segments[-1].span.end
            text = masked(source[start:end])
            for match in _GLUED.finditer(text):
                before = match.group("before")
                if (before.split("’")[-1] + ".").lower() in ABBREVIATIONS:
                    continue
                stop, after = match.group("stop"), match.group("after")
                yield self._glued(
                    ctx,
                    segments,
                    start + match.start(),
                    start + match.end(),
                    f"no space after '{stop}' between '{before}' and '{after}'; add one",
                    f"{before}{stop} {after}",
                    fixable=True,
                )
            yield from self._lower_glued(ctx, segments, source[start:end], start)

    def _lower_glued(
        self, ctx: CheckContext, segments: list[Segment], text: str, start: int
    ) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None or "." not in text:
            return
        for match in _GLUED_LOWER.finditer(text):
            before, after = match.group("before"), match.group("after")
            if _sentence_words(before, after, speller):
                yield self._glued(
                    ctx,
                    segments,
                    start + match.start(),
                    start + match.end(),
                    f"no space after '.' between '{before}' and '{after}'; a sentence ends"
                    " there: add the space and the capital",
                    f"{before}. {after[:1].upper()}{after[1:]}",
                    fixable=False,
                )

    def _glued(
        self,
        ctx: CheckContext,
        segments: list[Segment],
        offset: int,
        end: int,
        message: str,
        suggestion: str,
        fixable: bool,
    ) -> Finding:
        """The finding for source offsets `offset`..`end`, in the segment they start in."""
        segment = next((s for s in segments if s.span.start <= offset < s.span.end), segments[0])
        return span_finding(
            self.code,
            self.name,
            ctx,
            segment,
            offset,
            end,
            severity=self.severity,
            message=message,
            suggestion=suggestion,
            fixable=fixable,
        )


def _sentence_words(before: str, after: str, speller: Speller) -> bool:
    """True when both are Danish words (compounds and inflections too: "slagtilfælde",
    "nyere"), neither an abbreviation, a domain nor a file extension."""
    if (before + ".") in ABBREVIATIONS or after in _DOMAINS_AND_EXTENSIONS:
        return False
    return speller.known(before) and speller.known(after)


def _blocks(document: Document) -> Iterator[list[Segment]]:
    """The title, each heading and each paragraph's sentences: the runs of text in which a
    sentence can follow another."""
    if document.title is not None:
        yield [document.title]
    for section in document.sections:
        if section.heading is not None:
            yield [section.heading]
        for paragraph in section.paragraphs:
            if paragraph.sentences:
                yield paragraph.sentences
