from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity


class RepeatedTitle(Check):
    """The article title is repeated as a line of the text.

    Flags a line that repeats the title (ignoring case and spacing), typically at the end of
    a scraped or machine-translated page. The fix deletes the repeat and keeps the title.

    It deliberately does not flag the title's words inside a sentence, nor a heading that
    only resembles the title.

    Anti-pattern: "Hvad er årsagerne til muskeltrækninger i benene?" as the last line again.
    Best practice: the title once, at the top.
    """

    code = "MT002"
    name = "artifacts.repeated-title"
    severity = Severity.ERROR
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for segment in ctx.document.noncontent:
            if segment.label == "repeated-title":
                yield self.segment_finding(
                    ctx,
                    segment,
                    f"the title '{segment.text}' is repeated at line {segment.span.line}; "
                    "delete the repeat",
                    suggestion="",
                )
