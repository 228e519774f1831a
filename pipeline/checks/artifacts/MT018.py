from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity

# "Dr." or "Doktor" as a title before a capitalised name, not the degree "dr.med." or
# "dr.phil.", which Danish writes in lower case after the name or before it
_TITLE = re.compile(
    r"(?<![\w.])(?P<title>Dr\.|Dr(?=\s)|Doktor|Dott\.)\s+(?!med\b|phil\b|odont\b|scient\b|techn\b)"
    r"(?=[A-ZÆØÅ][\w'’-])"
)


class EnglishHonorific(Check):
    """A foreign title before a name, English "Dr. Smith" ("Dr. Rachel Scherr").

    English and Italian put the title Dr. (dottore) before a name, and machine translation
    keeps it or writes "Doktor". Danish does not address or quote a physician as "Doktor
    Hansen": it names the profession ("overlæge Rachel Scherr", "børnelæge Lenes-Voit",
    "fysioterapeut De Martino"), or the name alone. Flags "Dr.", "Dr" or "Doktor" before a
    capitalised name. No suggestion: the profession is in the source, not in the text.

    It deliberately does not flag the Danish degrees written in lower case ("dr.med. Peter
    Hansen", "Peter Hansen, dr.phil."), "Dr. med." spelled with a capital at a line's start,
    "doktor" as a common noun ("gå til doktoren"), or a title inside a word ("Dr.dk").
    Danish documents only.

    Anti-pattern: "Dr. Rachel Scherr og hendes forskergruppe har skrevet faktaarkene."
    Best practice: "Ernæringsforsker Rachel Scherr og hendes forskergruppe har skrevet faktaarkene."
    """

    code = "MT018"
    name = "artifacts.english-honorific"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            for match in _TITLE.finditer(segment.text):
                title = match.group("title")
                yield self.finding(
                    ctx,
                    segment,
                    match.start("title"),
                    match.end("title"),
                    f"'{title}' before a name is an English title; Danish names the "
                    "profession ('overlæge', 'læge') or gives the name alone",
                )
