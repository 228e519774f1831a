"""Lines of a scraped page that describe the page instead of belonging to the article: a date
line ("Udgivet d. 23. september 2021", "31. mar. 2025", "Published: 04 jun 2020"), a byline
in another language than the article's ("Written by Jane Doe" in a Danish article) or signed
with an American doctor's letters ("Medicinsk forfatter: Jane Stone, MD"), a line of
navigation or tags between bars ("Forside | Sygdomme | Hjerte", "myter | kroniske smerter")
and a picture's alternative text scraped as the first line ("En kvinde med kort brunt hår
mod en grøn baggrund").

A health page must show its review date, so these lines are not set aside like "Del
artiklen" (pipeline/ingest/boilerplate.py): MT001 warns and an editor decides whether the
line belongs in the translated article. Only whole lines count, and only lines that are
nothing but the date, the name or the bar-separated items: a heading that names a date ("Nye
regler fra 1. januar 2024") has words of its own and stays content.

A credit in the article's own language that names its author or source is part of the
article, as a signed article's byline ("Tekst: Marianne Nørup, fysioterapeut", "Af: Flemming
Skovby, speciallæge") and a picture's credit ("Foto: Shutterstock", "(Modelfoto:
Colourbox)") are: `is_own_credit` tells MT001 to leave it, whether the reader set it aside
or kept it. A credit label that lost its name ("Af:", ", Medicinsk redaktør") or one in
another language ("(Symbolbild/natur.wiki)", "Photo: Getty Images") stays residue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipeline.checks.artifacts.page_lines import is_dateline
from pipeline.core.models import Document, Segment

# What a date line may hold besides the date itself: its label, a time, a view count.
_DATE_WORDS = re.compile(
    r"(?:sidst\s+|senest\s+|last\s+)?(?:fagligt\s+)?(?:opdateret|revideret|publiceret|udgivet|"
    r"oprettet|offentliggjort|dato|udg|oppdatert|publisert|uppdaterad|publicerad|published|"
    r"updated|posted|reviewed|date|den|d|på|on|kl|at|visninger|views|læsetid|min)\b\.?"
    r"|\d{1,2}[:.]\d{2}\b|\d+|[|·•,:–-]",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zæøå]*\.?", re.IGNORECASE
)
# A byline: a label and a name of capitalised words, perhaps a title after a comma.
_BYLINE = re.compile(
    r"(?i:af|skrevet\s+af|tekst\s+og\s+foto|tekst|forfatter|by|written\s+by|av|skrevet\s+av)"
    r"\s*:?\s+(?:dr\.\s+)?[A-ZÆØÅ][a-zæøåéü.'-]+(?:\s+(?:[A-ZÆØÅ][a-zæøåéü.'-]+|af|von|van|de|og|&))"
    r"{1,4}(?:\s*,\s*[\w. -]{1,40})?",
)
_LOWER_START = re.compile(r"(?:af|skrevet|tekst|forfatter|by|written|av)\b", re.IGNORECASE)
_MAX_BYLINE_WORDS = 10
# Items between bars with spaces around them: each a few words, no sentence inside, none of
# the brackets, colons and equals signs of a command's usage line ("KOMMANDO := { on | off }").
_BAR = re.compile(r"\s\|\s")
_BAR_ITEM = re.compile(r"[^\W\d_][^|.!?;:{}\[\]<>=%]{0,40}")
_MAX_ITEM_WORDS = 4
# An image's alternative text: "Billede af …", "Foto: …" is a credit, not this; or a scene
# "… mod en grøn og lyserød baggrund", "… på hvid baggrund". No end punctuation.
_PICTURE = re.compile(
    r"(?i:billede|foto|fotografi|illustration|tegning|nærbillede|bilde|bild|illustrasjon)"
    r" (?:af|av|på|viser|med) [^.!?:]{3,120}"
    r"|[A-ZÆØÅ][^.!?:]{3,120}\b(?:på|mod|foran|over|against|on) (?:en |et |ein |ett |a )?"
    r"(?:[^\W\d_]+ ){0,4}(?:baggrund|bakgrunn|bakgrund|background)"
)
# A byline signed with the post-nominal letters of English-speaking medicine ("Medical Editor:
# William C. Shiel Jr., MD, FACP", "Medicinsk forfatter: Melissa Conrad Stopler, MD"): Danish
# signs "læge" or "dr.med.", so such a line is the source page's byline, translated or not.
_DEGREE = (
    r"(?:M\.?D|D\.?O|FACP|FACR|FAAP|FAAD|FACC|FACOG|FACS|MPH|RN|RDN?|PharmD|MBBS|FRCPC?|DNP"
    r"|APRN|CNM|PA-C|LAc)\.?"
)
_DEGREE_BYLINE = re.compile(
    r"(?:[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*)?"  # a label: "Medical Editor:"
    r"[A-ZÆØÅ][\w'-]*\.?(?: (?:[A-ZÆØÅ][\w'-]*\.?|\([^()]{1,30}\)|van|von|de)){1,5}"  # the name
    rf"(?:\s*,\s*{_DEGREE})+"
)


# The labels of a credit line in each language: a byline's and a picture credit's. A name or
# source must follow ("Foto: Shutterstock"); a credit in brackets is one too ("(Foto: Scanpix)").
_CREDIT_LABELS = {
    "da": "af|skrevet af|tekst og foto|tekst|forfatter|forfattere|redaktør|fotos?|fotograf|"
    "billeder?|billedkilde|illustrationer|illustration|tegning|grafik|modelfoto|arkivfoto|"
    "genrebillede|symbolfoto|symbolbillede|kilde",
    "nb": "av|skrevet av|tekst og foto|tekst|forfatter|foto|fotograf|bilde|bildekilde|"
    "illustrasjon|kilde",
    "nn": "av|skrive av|skrevet av|tekst og foto|tekst|forfattar|foto|fotograf|bilete|bilde|"
    "illustrasjon|kjelde",
    "sv": "av|skriven av|text och foto|text|författare|foto|fotograf|bild|bildkälla|"
    "illustration|källa",
}
# Prepositions may sign without a colon ("Af Marianne Lie Becker"); nouns need one.
_PREPOSITION_LABELS = frozenset({"af", "skrevet af", "av", "skrevet av", "skrive av", "skriven av"})
# What a credit names: a capitalised name or a web address, no sentence (at most 80
# characters; a full stop only inside an abbreviation or address).
_CREDIT_NAME = r"(?:[A-ZÆØÅÄÖ0-9][^\n]{0,79}|[\w.-]+\.[a-z]{2,4}(?:/\S*)?)"
_MAX_CREDIT_WORDS = 12


@cache
def _credit_pattern(language: str) -> re.Pattern[str] | None:
    labels = _CREDIT_LABELS.get(language)
    if labels is None:
        return None
    return re.compile(
        rf"\(?(?P<label>(?i:{labels}))\b(?P<colon>\s*:)?\s*(?P<name>{_CREDIT_NAME})",
    )


def is_own_credit(line: str, language: str) -> bool:
    """A byline or picture credit in `language` that names its author or source ("Tekst:
    Marianne Nørup, fysioterapeut", "Foto: Shutterstock", "Af Flemming Skovby"): part of the
    article, not the page's leftovers. Nothing that reads as a sentence ("Af og til kan
    smerterne vare længe.") and no credit in another language ("Photo: Getty Images")."""
    pattern = _credit_pattern(language)
    stripped = line.strip()
    if pattern is None or len(stripped.split()) > _MAX_CREDIT_WORDS:
        return False
    if stripped.startswith("("):
        if not stripped.endswith(")"):
            return False
        stripped = stripped[1:-1].strip()
    if stripped.endswith(("?", "!")) or re.search(r"[^\W\d_]{3,}\.(?:\s|$)", stripped):
        return False  # a sentence's full stop, not an abbreviation's ("dr.", "cand.")
    match = pattern.fullmatch(stripped)
    if match is None:
        return False
    label = " ".join(match["label"].casefold().split())
    return bool(match["colon"]) or (
        label in _PREPOSITION_LABELS and bool(_BYLINE.fullmatch(stripped))
    )


def metadata_lines(document: Document) -> Iterator[tuple[Segment, int, int, str]]:
    """Each whole line of a content segment that is a date line, a byline in another language
    than the document's or a bar-separated line of navigation or tags: (segment, start, end,
    what)."""
    picture = picture_description(document)
    if picture is not None:
        yield *picture, "a picture's description (its alternative text)"
    for segment in document.content_segments():
        offset = 0
        for line in segment.text.split("\n"):
            stripped = line.strip()
            start = offset + len(line) - len(line.lstrip())
            offset += len(line) + 1
            if not stripped or not _whole_line(document, segment, start, len(stripped)):
                continue
            what = _kind(stripped)
            if what == "a byline" and is_own_credit(stripped, document.language):
                continue  # the article's own signature
            if what is not None:
                yield segment, start, start + len(stripped), what


def picture_description(document: Document) -> tuple[Segment, int, int] | None:
    """The article's first line when it describes a picture instead of naming the article:
    the image's alternative text, scraped above the title ("En kvinde med kort brunt hår mod
    en grøn baggrund", "Illustration af en mor, der drypper øjne"): (segment, start, end).
    Only the first line (after any boilerplate): further down a picture's line may be its
    caption, which the article keeps."""
    segment = next(document.content_segments(), None)
    if segment is None:
        return None
    line = segment.text.split("\n", 1)[0]
    stripped = line.strip()
    start = len(line) - len(line.lstrip())
    if not _PICTURE.fullmatch(stripped) or not _whole_line(document, segment, start, len(stripped)):
        return None
    return segment, start, start + len(stripped)


def _kind(line: str) -> str | None:
    if is_date_line(line):
        return "a date line"
    if is_byline(line) or is_degree_byline(line):
        return "a byline"
    if is_bar_line(line):
        return "a line of navigation or tags"
    return None


def is_date_line(line: str) -> bool:
    """Nothing but a date, with its label, time or view count ("Udgivet d. 23. september
    2021", "Opdateret 04 jun 2020 17:00")."""
    if not is_dateline(line) or not re.search(r"\d", line):
        return False
    rest = _DATE_WORDS.sub(" ", _MONTH_NAME.sub(" ", line))
    return not rest.strip(" .")


def is_byline(line: str) -> bool:
    """A label and a name ("Af: Flemming Skovby, speciallæge"), nothing that reads as a
    sentence ("Af og til kan ..." starts with a lower-case word after "Af")."""
    if len(line.split()) > _MAX_BYLINE_WORDS or line.endswith(("?", "!")):
        return False
    return bool(_LOWER_START.match(line)) and bool(_BYLINE.fullmatch(line.rstrip(".")))


def is_degree_byline(line: str) -> bool:
    """A name signed with an English-speaking doctor's letters, perhaps after a label
    ("Medical Editor: William C. Shiel Jr., MD, FACP"); never a sentence that quotes one
    ("…," siger Anjali Kohli, MD, internist …)."""
    return len(line.split()) <= _MAX_CREDIT_WORDS and bool(_DEGREE_BYLINE.fullmatch(line))


def is_bar_line(line: str) -> bool:
    """Two or more short items between spaced bars, not a table row (no bar at either end, no
    digits) nor a command's usage line."""
    if line.startswith("|") or line.endswith("|") or re.search(r"\d", line):
        return False
    items = [item.strip() for item in _BAR.split(line)]
    if any("|" in item for item in items):
        return False
    return len(items) >= 2 and all(
        _BAR_ITEM.fullmatch(item) and len(item.split()) <= _MAX_ITEM_WORDS for item in items
    )


def _whole_line(document: Document, segment: Segment, start: int, length: int) -> bool:
    """The text starts a line of the source and ends one (a sentence inside a paragraph is
    not a line of its own)."""
    source = document.source_text
    begin = segment.source_offset(start)
    end = segment.source_offset(start + length - 1) + 1
    before_ok = begin == 0 or source[begin - 1] == "\n" or source[:begin].endswith(("# ", "#"))
    after_ok = end >= len(source) or source[end] in "\r\n"
    return before_ok and after_ok
