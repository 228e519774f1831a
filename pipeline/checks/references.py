"""Bibliographic references: where an article cites the literature it rests on.

A reference keeps what it cites as published: authors' surnames ("Marson A, Jacoby A"), an
English article title, a journal's name or abbreviation ("Epilepsia", "Epilepsy Curr."). None of
that is Danish to spell or a language slip, so the spelling and language checks leave a
line that cites literature alone (a line, not a paragraph: scraped pages join a guideline's
reference list to the prose lines around it). A line cites literature when it has the
signature of a citation: Vancouver's year;volume(issue):pages ("2005;365(9476):2007-13"),
"et al.", a DOI or a PubMed id.
"""

from __future__ import annotations

import re

from pipeline.checks.context import CheckContext
from pipeline.core.models import Segment

CITATION = re.compile(
    r"\b(?:1[89]|20)\d\d\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*[A-Za-z]?\d+"
    r"|\bet al\.|\bdoi:?\s*10\.\d{4,}/|\bPMID:?\s*\d{5,}",
    re.IGNORECASE,
)


def in_reference(ctx: CheckContext, segment: Segment) -> bool:
    """Whether `segment` stands on a source line that cites literature."""
    return segment.id in ctx.memo(("references", "segments"), lambda: _reference_segments(ctx))


def _reference_segments(ctx: CheckContext) -> frozenset[str]:
    source = ctx.document.source_text
    if not CITATION.search(source):
        return frozenset()
    found = set()
    for segment in ctx.document.content_segments():
        start = source.rfind("\n", 0, segment.span.start) + 1
        end = source.find("\n", segment.span.end)
        if CITATION.search(source, start, len(source) if end < 0 else end):
            found.add(segment.id)
    return frozenset(found)
