"""The Check base class: a code, a name, a severity and a method that returns findings."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable

from pipeline.checks.context import CheckContext
from pipeline.checks.rule import Rule
from pipeline.core.models import Finding, Segment, Severity


class Check(Rule):
    """One rule. The first line of the class docstring is its description; the rest its docs.

    Checks return findings and never raise for one (as in proselint).
    """

    @abstractmethod
    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        """Yield the findings of this check on `ctx.document`."""

    def findings(self, ctx: CheckContext) -> list[Finding]:
        """`run`'s findings, computed once per document: a check that steps aside for another
        (MT011 for GRAM001, GRAM017 for MT012) reads that check's findings from here, and
        the run over every check (check_document) gets the same list without a second pass."""
        return ctx.memo(("findings", self.code), lambda: list(self.run(ctx)))

    def finding(
        self,
        ctx: CheckContext,
        segment: Segment,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: str | None = None,
        suggestions: list[str] | None = None,
        severity: Severity | None = None,
        fixable: bool | None = None,
    ) -> Finding:
        """A finding for `segment.text[start:end]`, positioned in the source file."""
        source_start = segment.source_offset(start)
        source_end = segment.source_offset(end - 1) + 1 if end > start else source_start
        line, column = ctx.index.position(source_start)
        end_line, end_column = ctx.index.position(source_end)
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            path=ctx.document.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            match=segment.text[start:end],
            suggestion=suggestion,
            suggestions=suggestions or ([suggestion] if suggestion else []),
            segment_id=segment.id,
            fixable=self.fixable if fixable is None else fixable,
        )

    def segment_finding(
        self, ctx: CheckContext, segment: Segment, message: str, **kwargs: object
    ) -> Finding:
        """A finding that covers a whole segment."""
        return self.finding(ctx, segment, 0, len(segment.text), message, **kwargs)  # type: ignore[arg-type]
