from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import ABBREVIATIONS, masked, span_finding
from pipeline.core.models import Document, Finding, Segment, Severity

# A word of two or more lower-case letters (or a closing bracket or quote), a sentence end,
# then a capitalised word with no space between: "hjernen.Patienten", "(se nedenfor).Det".
# Two lower-case letters before the stop keep out initials ("H.C.Andersen"), "bl.a." and
# camel-case names; the lower-case letter after the capital keeps out "Dr.ALS"-like codes.
_GLUED = re.compile(
    r"(?P<before>[\w’']*(?:[a-zæøåäöüé]{2}|[)\]\"»”]))(?P<stop>[.!?]+)(?P<after>[A-ZÆØÅ][a-zæøå]\w*)"
)


class MissingSpaceAfterSentence(Check):
    """A sentence ends with no space before the next one ("i hjernen.Patienten").

    Flags a full stop, question or exclamation mark between a lower-case word (or a closing
    bracket or quote) and a capitalised word with no space between them, inside one paragraph,
    heading or title: the space a machine translation or a scraper dropped. The fix adds one
    space.

    It deliberately does not flag URLs, e-mail addresses and domains (sundhed.dk,
    MayoClinic.com), numbers (1.000, 2.5), abbreviations (f.eks., bl.a., ca.), initials
    (H.C. Andersen, "H.C.Andersen"), file names and extensions (rapport.pdf), nor a dot
    before a lower-case word, which is a domain or a typo of another kind.

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
                stop = match.group("stop")
                offset = start + match.start()
                segment = next(
                    (s for s in segments if s.span.start <= offset < s.span.end), segments[0]
                )
                yield span_finding(
                    self.code,
                    self.name,
                    ctx,
                    segment,
                    offset,
                    start + match.end(),
                    severity=self.severity,
                    message=f"no space after '{stop}' between '{before}' and"
                    f" '{match.group('after')}'; add one",
                    suggestion=f"{before}{stop} {match.group('after')}",
                    fixable=True,
                )


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
