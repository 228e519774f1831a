"""Titles of publications a text cites: the title is quoted as published, in its own language.

Danish health pages cite articles, studies and books by their title, which stays in the
language it was published in ('publiceret i artiklen ”The treatment of manic psychosis …”',
'henviser vi til artiklen: Quality Assurance of Allergen-Specific Immunotherapy: http://…').
Such a title is not English left untranslated. A run counts as a cited title when it follows a
noun for a publication (artiklen, studiet, bogen, rapporten, …, optionally "med titlen") and is
either in quotation marks, or comes after a colon and is in title case or followed by a link.
A sentence after "artiklen:" that is neither quoted, nor in title case, nor linked is prose.
The language of a sentence is told without its cited titles (`without_titles`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_PUBLICATION = (
    r"(?:artik(?:el|len|ler|lerne)|studie(?:t|r|rne)?|undersøgelse(?:n|r|rne)?|bog(?:en)?"
    r"|bøger(?:ne)?|rapport(?:en|er|erne)?|publikation(?:en|er|erne)?|afhandling(?:en)?"
    r"|pjece(?:n)?|vejledning(?:en)?|retningslinje(?:n|r|rne)?|tidsskrift(?:et)?|kapit(?:el|let)"
    r"|tit(?:el|len)|overskrift(?:en)?|foredrag(?:et)?|hæfte(?:t)?|paper(?:et)?)"
)
_NAMED = r"(?:\s+(?:med\s+(?:titlen|navnet|overskriften)|kaldet|om))?"
# 'artiklen ”The treatment …”', 'studiet "…"', 'bogen «…»' (a closing mark may open it too)
_QUOTED = re.compile(
    rf"(?i:\b{_PUBLICATION}{_NAMED})\s*:?\s*[\"“”„«»‘’]\s*([^\"“”„«»\n]{{2,300}}?)\s*[\"“”»‘’]"
)
# 'artiklen: Quality Assurance of …: http://…', up to a link, a sentence's end or the line's
_AFTER_COLON = re.compile(
    rf"(?i:\b{_PUBLICATION}{_NAMED})\s*:\s*([A-ZÆØÅ][^\n]{{2,300}}?)"
    r"(?=\s*[:–-]?\s*(?:https?://|www\.)|[.!?](?:\s|$)|\s*$)"
)
_LINK = re.compile(r"\s*[:–-]?\s*(?:https?://|www\.)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MIN_CONTENT = 4  # shorter words are function words a title keeps in lower case ("of", "and")


@lru_cache(maxsize=4096)
def title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each title of a publication `text` cites. Kept per text: SPELL001,
    LANG003 and the language of each segment (`without_titles`) all ask of the same text."""
    spans = [(found.start(1), found.end(1)) for found in _QUOTED.finditer(text)]
    for found in _AFTER_COLON.finditer(text):
        title = found.group(1)
        if _LINK.match(text, found.end(1)) or _title_case(title):
            spans.append((found.start(1), found.end(1)))
    return tuple(spans)


def without_titles(text: str) -> str:
    """`text` with each cited title blanked out (offsets kept), for telling its language."""
    for start, end in title_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _title_case(title: str) -> bool:
    """Two or more content words, each capitalised ("Quality Assurance of Immunotherapy")."""
    content = [w for w in _WORD.findall(title) if len(w) >= MIN_CONTENT]
    return len(content) >= 2 and all(w[0].isupper() for w in content)
