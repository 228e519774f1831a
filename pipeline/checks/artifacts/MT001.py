from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity


class Boilerplate(Check):
    """A leftover boilerplate line (table-of-contents label, byline, share button) remains.

    Flags each line the reader set aside as boilerplate: a line on its own such as
    "Indholdsfortegnelse:" without its list, or "Anonim", the byline "Anonymous" translated
    literally. The fix deletes the line.

    It deliberately does not flag the same words inside a sentence ("Se indholdsfortegnelsen
    nedenfor."): the reader only sets aside whole short lines that match its narrow patterns
    (pipeline/ingest/boilerplate.py), because hiding real content would be worse.

    Anti-pattern: a line "Anonim" between the title and the first paragraph.
    Best practice: the title, then the first paragraph.
    """

    code = "MT001"
    name = "artifacts.boilerplate"
    severity = Severity.ERROR
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for segment in ctx.document.noncontent:
            if segment.label == "boilerplate":
                yield self.segment_finding(
                    ctx,
                    segment,
                    f"leftover boilerplate line '{segment.text}' is not article content; delete it",
                    suggestion="",
                )
