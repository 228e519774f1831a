from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.artifacts.page_lines import (
    is_contents_entry,
    is_page_furniture,
    is_photo_credit,
)
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Section, Severity

_ATX = re.compile(r"[ ]{0,3}(#{1,6})[ \t]")
_NUMBER = re.compile(r"(\d+(?:\.\d+)*)\.?\s")


class EmptyHeading(Check):
    """A heading has no text under it.

    Flags a heading followed directly by another heading or by the end of the article: the
    section it announces was lost (often a list or a table the scraper dropped).

    It deliberately does not flag a Markdown heading followed by a deeper subheading
    ("## Årsager" then "### ALS"): that section's text is in its subsections. In plain text,
    where levels are not written, a heading directly over another heading with text
    ("Bakgrund" then "Epidemiologi" and its text; "Symptomer" then "Primære symptomer") is
    taken as a section over its subsection and not flagged: the text cannot tell it from a
    lost section, and real pages nest headings far more often than they lose a section's
    text (on our corpora every such finding was a subheading). Nor does it flag a heading
    over a table of contents, or a heading whose text follows a date or byline line. Page
    furniture that a plain-text reader takes for headings is never an empty heading either:
    dates ("Sidst fagligt opdateret: 20.01.2014"), bylines ("Speciallæge, dr.med. Peter
    Hansen"), credits in brackets, link prompts ("Læs mere i Den Store Danske", "Se animation
    af atrieflimmer her"), table-of-contents entries ("Indledning3", "Behandling ..... 7") and
    bulleted list items; see page_lines.py. Nor is an image's caption, the line over a photo
    credit ("Insulin og insulinreseptor" over "/iStock. Gjengitt med tillatelse"). What it
    reports in plain text: a heading with nothing after it but headings without text, or the
    end of the article.

    Anti-pattern: "Symptomer" followed directly by the heading "Behandling".
    Best practice: "Symptomer", the paragraph about the symptoms, then "Behandling".
    """

    code = "MT003"
    name = "artifacts.empty-heading"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        sections = ctx.document.sections
        furniture = _furniture(sections)
        first = _page_title(sections, furniture)
        for i, section in enumerate(sections):
            heading = section.heading
            if heading is None or section.paragraphs or id(section) in furniture:
                continue
            following = sections[i + 1] if i + 1 < len(sections) else None
            if following is not None and _level(ctx, following) > _level(ctx, section) > 0:
                continue
            if ctx.document.format != "markdown" and _over_subsections(
                section, sections[i + 1 :], section is first, furniture
            ):
                continue
            yield self.segment_finding(
                ctx, heading, f"heading '{heading.text}' has no text under it"
            )


def _furniture(sections: list[Section]) -> set[int]:
    """The sections (by id) whose heading is page furniture (page_lines.py), or the caption of
    an image: a line directly over a photo credit ("Insulin og insulinreseptor" over
    "/iStock. Gjengitt med tillatelse")."""
    found = set()
    for i, section in enumerate(sections):
        following = sections[i + 1] if i + 1 < len(sections) else None
        if is_page_furniture(_text(section)) or (
            following is not None and not section.paragraphs and is_photo_credit(_text(following))
        ):
            found.add(id(section))
    return found


def _page_title(sections: list[Section], furniture: set[int]) -> Section | None:
    """The first heading, when nothing but page furniture comes before it and at least two
    sections with text follow it: the page's own title under a site name ("Lægehåndbogen",
    then "Leukocytter (totale)", then "Definition" …), not a section that lost its text."""
    for i, section in enumerate(sections):
        if section.heading is None or id(section) in furniture:
            if section.paragraphs:
                return None
            continue
        with_text = [s for s in sections[i + 1 :] if s.heading is not None and s.paragraphs]
        return section if len(with_text) >= 2 else None
    return None


def _text(section: Section) -> str:
    return section.heading.text if section.heading is not None else ""


def _over_subsections(
    section: Section, after: list[Section], first: bool, furniture: set[int]
) -> bool:
    """Whether a plain-text heading stands over the headings after it rather than over a
    lost section: see the class docstring for the cases."""
    for following in after:
        if id(following) not in furniture or is_contents_entry(_text(following)):
            break
        if following.paragraphs:
            return True  # the text comes after a date or byline line: "Publisert: 19.01.2016"
    rest = [s for s in after if not (id(s) in furniture and not is_contents_entry(_text(s)))]
    if not rest or rest[0].heading is None:
        return False
    if is_contents_entry(_text(rest[0])):
        return True
    # Headings with text follow: in plain text, where levels are not written, this heading
    # is taken to stand over them (a section over its subsections) — precision first.
    return any(s.paragraphs for s in rest)


def _level(ctx: CheckContext, section: Section) -> int:
    """The Markdown ATX level of a section's heading (# = 1); 0 when it has none."""
    if section.heading is None:
        return 0
    start = ctx.index.line_start(section.heading.span.line)
    found = _ATX.match(ctx.document.source_text, start)
    return len(found.group(1)) if found else 0
