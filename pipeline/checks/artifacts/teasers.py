"""Paragraphs of a scraped page that read as sentences but are page furniture: the teaser of a
link to another page ("Læs om, hvordan man behandler feber hos børn.", "Lær mere om
hypertension fra nefrolog Leslie Thomas, M.D.") and the category tags printed after the
article ("diabetes", "hovedpine, migræne").

The reader cannot set them aside the way it sets aside "Læs også" or "Del artiklen"
(pipeline/ingest/boilerplate.py): each looks like a sentence, and a sentence is content unless
shown otherwise. So MT001 reports them, as warnings, and leaves them in the text for the other
checks. Only whole paragraphs of one line count, never the same words inside prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.core.models import Document, Paragraph, Segment

# A link's teaser: "Læs (mere|også|videre) om …", "Lær (mere) om …", "Se mere om …"; the
# article's own instructions read otherwise ("Læs indlægssedlen", "Se figur 2", "Se om du
# kan få tilskud").
_TEASER = re.compile(
    r"(?:læs|lær)\s+(?:mere\s+|også\s+|videre\s+)?om\b|se\s+(?:mere|også)\s+om\b", re.IGNORECASE
)
MAX_TEASER_WORDS = 20
# Category tags after the article: a few lower-case words, commas between, no full stop.
_TAGS = re.compile(r"[^\W\d_A-ZÆØÅ][^\W\d_]*(?:[ ,]+[^\W\d_A-ZÆØÅ][^\W\d_-]*){0,3}")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
# A pointer into the article itself ("Læs mere om bivirkningerne nedenfor."): content, not a
# link to another page.
_IN_PAGE = re.compile(r"\b(?:nedenfor|nedenunder|herunder|nedenstående|forneden)\b", re.IGNORECASE)


def teaser_lines(document: Document) -> Iterator[Segment]:
    """Paragraphs of one line that are a link's teaser."""
    for paragraph in _paragraphs(document):
        if len(paragraph.sentences) != 1 or paragraph.list_item or "\n" in paragraph.text:
            continue
        text = paragraph.text.strip()
        if (
            _TEASER.match(text)
            and len(text.split()) <= MAX_TEASER_WORDS
            and not _IN_PAGE.search(text)
        ):
            yield paragraph.sentences[0]


def tag_line(document: Document) -> Segment | None:
    """The article's last sentence when it is a line of its own of lower-case tags after a
    sentence of prose."""
    paragraphs = list(_paragraphs(document))
    if not paragraphs or paragraphs[-1].list_item:
        return None
    sentences = [s for p in paragraphs for s in p.sentences]
    if len(sentences) < 2:
        return None
    last, before = sentences[-1], sentences[-2]
    start = last.source_offset(0)
    own_line = start > 0 and document.source_text[start - 1] == "\n"
    if not own_line or not _TAGS.fullmatch(last.text.strip()):
        return None
    return last if _SENTENCE_END.search(before.text) else None


def _paragraphs(document: Document) -> Iterator[Paragraph]:
    for section in document.sections:
        yield from section.paragraphs
