"""Short lines of a web page that look like headings but are not: dates, bylines, credits,
link prompts and table-of-contents entries.

A plain-text reader takes every short line between blank lines for a heading, and a page
written by professionals has many such lines above and between its sections: "Sidst fagligt
opdateret: 20.01.2014", "Speciallæge, dr.med. Peter Hansen", "(Information udarbejdet af
Sundhedsministeriet …)", "Læs mere i Den Store Danske", "Les meir på helsenorge.no",
"/iStock. Gjengitt med tillatelse" (a photo credit), "Indledning3". None of them announces a
section, so none can be an empty heading (MT003); nor can a bulleted list item ("* Feber").
The patterns are Danish, Norwegian and Swedish page furniture, not any one site's.
"""

from __future__ import annotations

import re

_MONTH = r"(?:jan|feb|mar|apr|maj|mai|jun|jul|aug|sep|okt|nov|dec)[a-zæøå]*\.?"
_DATE = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})\b"  # 20.01.2014
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2014-01-20
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b"  # 1/16/2025
    rf"|\b\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}\b"  # 18. april 2023, 04 jun 2020
    rf"|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b",  # marts 16, 2020
    re.IGNORECASE,
)
_DATELINE_START = re.compile(
    r"(?:sidst\s+)?(?:fagligt\s+)?(?:opdateret|revideret|publiceret|udgivet|oprettet|dato"
    r"|oppdatert|publisert|uppdaterad|publicerad|senast\s+ändrad|created|updated|published)\b",
    re.IGNORECASE,
)
_BYLINE_START = re.compile(
    r"(?:af|skrevet\s+af|tekst|forfatter|forfattere|redaktør|av|skrevet\s+av|text)\b[ :]",
    re.IGNORECASE,
)
# Academic and clinical titles that sign an article: "Speciallæge, dr.med. Peter Hansen".
_CREDENTIALS = re.compile(
    r"\b(?:dr\.\s?med\.|ph\.\s?d\.|cand\.\s?\w+\.|speciallæge|overlæge|professor|"
    r"praktiserende\s+læge|sygeplejerske|jordemoder|fysioterapeut|spesialist|legen|läkare)",
    re.IGNORECASE,
)
_LINK_PROMPT = re.compile(
    r"(?:læs\s+(?:mere|også|om)|se\s+(?:også|mere|video|animation)|klik|gå\s+til|"
    r"les\s+mer|les\s+meir|sjå\s+(?:også|meir)|läs\s+mer|se\s+även|"
    r"her\s+kan\s+du\s+(?:lese|finne|følgje|følge)|här\s+kan\s+du\s+(?:läsa|hitta))\b"
    r"|\bher\s*[.!:]?$|\bhär\s*[.!:]?$",
    re.IGNORECASE,
)
# A photo credit under an image: "/iStock. Gjengitt med tillatelse" (Store norske leksikon),
# "Foto: Colourbox", "© Scanpix"; the line above it is the image's caption.
_PHOTO_CREDIT = re.compile(
    r"(?:/\s*\S|(?:foto|fotograf|bilde|bild|billede|illustrasjon|illustration)\s*:|©)"
    r"|.*\b(?:gjengitt\s+med\s+tillatelse|gengivet\s+med\s+tilladelse|"
    r"återgiven\s+med\s+tillstånd|istock|shutterstock|colourbox|scanpix|getty\s+images)\b",
    re.IGNORECASE,
)
# "Indledning3", "Behandling ...... 7", "Behandling 7": a table of contents' page numbers.
_PAGE_NUMBER = re.compile(r"(?:[^\W\d_]\d{1,3}|\.{2,}\s*\d{1,3}|…\s*\d{1,3})$")


def is_dateline(text: str) -> bool:
    return bool(_DATELINE_START.match(text)) or bool(_DATE.search(text))


def is_byline(text: str) -> bool:
    return bool(_BYLINE_START.match(text)) or bool(_CREDENTIALS.search(text))


def is_credit(text: str) -> bool:
    """A line wholly in brackets: a source or permission note, not a heading."""
    stripped = text.strip()
    return stripped.startswith("(") and stripped.endswith(")")


def is_link_prompt(text: str) -> bool:
    return bool(_LINK_PROMPT.search(text.strip()))


def is_photo_credit(text: str) -> bool:
    return bool(_PHOTO_CREDIT.match(text.strip()))


def is_contents_entry(text: str) -> bool:
    return bool(_PAGE_NUMBER.search(text.strip()))


# A bulleted line: a list item, which a list of one-word items between blank lines makes look
# like a run of headings ("* Angst", "• Feber").
_BULLET = re.compile(r"\s*[*•·‣◦▪–-]\s*\S")


def is_list_item(text: str) -> bool:
    return bool(_BULLET.match(text))


def is_page_furniture(text: str) -> bool:
    """A short line that is page metadata, navigation or a list item, never a section's
    heading."""
    return (
        is_list_item(text)
        or is_dateline(text)
        or is_byline(text)
        or is_credit(text)
        or is_link_prompt(text)
        or is_photo_credit(text)
        or is_contents_entry(text)
    )
