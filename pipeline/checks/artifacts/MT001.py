from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.artifacts.page_metadata import is_own_credit, metadata_lines
from pipeline.checks.artifacts.teasers import tag_line, teaser_lines
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity

ARTICLE_FORMATS = frozenset({"text", "markdown"})


class Boilerplate(Check):
    """A leftover boilerplate line (table-of-contents label, byline, share button) remains.

    Flags each line the reader set aside as boilerplate: a line on its own such as
    "Indholdsfortegnelse:" without its list, or "Anonim", the byline "Anonymous" translated
    literally. The fix deletes the line.

    In an article (plain text, Markdown) it also warns about paragraphs the reader keeps as
    content because they read as sentences: the one-line teaser of a link to another page
    ("Læs om, hvordan man behandler feber hos børn.", "Lær mere om … fra nefrolog …, M.D.")
    a line of lower-case category tags after the last sentence ("diabetes"), and a line that
    describes the page (pipeline/checks/artifacts/page_metadata.py): a date line ("Udgivet d.
    23. september 2021"), a byline in another language ("Written by Jane Doe, MD"),
    navigation or tags between bars ("Fakta | Smerter"), a picture's description scraped as the
    page's first line above the title ("En kvinde med kort brunt hår mod en grøn baggrund"), a
    byline signed with an American doctor's letters, translated or not ("Medicinsk forfatter:
    Jane Stone, MD", "Medical Editor: John Smith, MD, FACP"). These are not fixed
    automatically: an editor decides whether the line goes (a health page must show its
    review date).

    A credit in the article's own language that names its author or source is part of the
    article and never reported, whether the reader set it aside or not: a signed article's
    byline ("Tekst: Marianne Nørup, fysioterapeut", "Af: Flemming Skovby, speciallæge") and a
    picture's credit ("Foto: Shutterstock", "(Modelfoto: Colourbox)"). A label that lost its
    name ("Af:", ", Medicinsk redaktør") or a credit in another language ("(Symbolbild/…)",
    "Photo: Getty Images") is residue and reported.

    It deliberately does not flag the same words inside a sentence ("Se indholdsfortegnelsen
    nedenfor."): the reader only sets aside whole short lines that match its narrow patterns
    (pipeline/ingest/boilerplate.py), because hiding real content would be worse; nor link
    labels of a catalog ("Læs mere om Crowdin" is a button there), nor a date or a name inside
    a sentence or a heading with words of its own ("Nye regler fra 1. januar 2024").

    The reader's list also holds a language menu ("DA / EN", "- English Version EN"), a shop's
    buttons ("Vil du gerne springe direkte til vores anbefalede produkter?", "Læg i kurv"), a
    row of share buttons ("Share to Facebook Share to Twitter") and an image's file name left
    as a line ("Trimester 1_Desktop", "diabetes bok.png").

    Anti-pattern: a line "Anonim" between the title and the first paragraph.
    Best practice: the title, then the first paragraph.
    """

    code = "MT001"
    name = "artifacts.boilerplate"
    severity = Severity.ERROR
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        language = ctx.document.language
        for segment in ctx.document.noncontent:
            if segment.label == "boilerplate" and not _credits(segment.text, language):
                yield self.segment_finding(
                    ctx,
                    segment,
                    f"leftover boilerplate line '{segment.text}' is not article content; delete it",
                    suggestion="",
                )
        if ctx.document.format not in ARTICLE_FORMATS:
            return
        furniture = [(s, "the teaser of a link") for s in teaser_lines(ctx.document)]
        tags = tag_line(ctx.document)
        if tags is not None:
            furniture.append((tags, "a line of category tags"))
        for segment, what in furniture:
            yield self.segment_finding(
                ctx,
                segment,
                f"'{segment.text}' is {what} from the source page, not article content; delete it",
                severity=Severity.WARNING,
                fixable=False,
            )
        for segment, start, end, what in metadata_lines(ctx.document):
            yield self.finding(
                ctx,
                segment,
                start,
                end,
                f"'{segment.text[start:end]}' is {what} of the source page, not article content;"
                " keep it only if the translated article should show it",
                severity=Severity.WARNING,
                fixable=False,
            )


def _credits(text: str, language: str) -> bool:
    """Every line of a block the reader set aside is a credit of the article in its own
    language ("Tekst: Marianne Nørup, fysioterapeut", "Foto: Shutterstock"): the article's,
    not the page's."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(is_own_credit(line, language) for line in lines)
