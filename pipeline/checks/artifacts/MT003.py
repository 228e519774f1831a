from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Section, Severity

_ATX = re.compile(r"[ ]{0,3}(#{1,6})[ \t]")


class EmptyHeading(Check):
    """A heading has no text under it.

    Flags a heading followed directly by another heading or by the end of the article: the
    section it announces was lost (often a list or a table the scraper dropped).

    It deliberately does not flag a Markdown heading followed by a deeper subheading
    ("## Årsager" then "### ALS"): that section's text is in its subsections.

    Anti-pattern: "Symptomer" followed directly by the heading "Behandling".
    Best practice: "Symptomer", the paragraph about the symptoms, then "Behandling".
    """

    code = "MT003"
    name = "artifacts.empty-heading"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        sections = ctx.document.sections
        for i, section in enumerate(sections):
            heading = section.heading
            if heading is None or section.paragraphs:
                continue
            following = sections[i + 1] if i + 1 < len(sections) else None
            if following is not None and _level(ctx, following) > _level(ctx, section) > 0:
                continue
            yield self.segment_finding(
                ctx, heading, f"heading '{heading.text}' has no text under it"
            )


def _level(ctx: CheckContext, section: Section) -> int:
    """The Markdown ATX level of a section's heading (# = 1); 0 when it has none."""
    if section.heading is None:
        return 0
    start = ctx.index.line_start(section.heading.span.line)
    found = _ATX.match(ctx.document.source_text, start)
    return len(found.group(1)) if found else 0
