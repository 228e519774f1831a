"""Who an article is written for: the public or health professionals.

The glossary prefers lay terms ("muskeltrækning") over clinical ones ("fascikulation") for
texts for the public; in a text for professionals the clinical term is right (see
`Register`). `--audience` (or `audience` in the configuration) says which; when neither does,
the article's own text decides, by a rule an editor can check by hand:

- a text that addresses its reader ("du", "dig", "din" …: 0.5 % of its words or more) is for
  the public, however clinical its words;
- otherwise it is professional when it is dense in clinical terms: 2 % or more of its words
  are clinical (words of the SKS list, drug names with an INN stem, or Greco-Latin
  formations such as "leukocytter", "perikarditis", "trombocytopeni"), or 1 % or more are
  acronyms (INR, APTT, NYHA), or it cites references ("[3, 7]") three times or more;
- else it is for the public.
"""

from __future__ import annotations

import re

from pipeline.checks.context import CheckContext
from pipeline.checks.word_formation import drug_name, in_word_list
from pipeline.core.models import Document
from pipeline.glossary.model import Audience

ADDRESSES_READER = 0.005
CLINICAL_DENSITY = 0.02
ACRONYM_DENSITY = 0.01
REFERENCES = 3

_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"\b[A-ZÆØÅ]{2,6}\b")
_REFERENCE = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]")
# The second person in Danish, Norwegian and Swedish.
_YOU = frozenset({"du", "dig", "din", "dit", "dine", "deg", "ditt", "dina"})
# Combining forms and endings that mark a clinical word ("leukocytter", "nefropati"); long
# enough that everyday words do not carry them by chance ("periode" has "peri", not these).
_CLINICAL = re.compile(
    r"(?:kardi|trombo|leuko|lymfo|neutro|erytro|granulo|hepat|nefr|neurolog|encefal|gastro"
    r"|entero|osteo|artro|dermat|onko|hæmat|hæmo|myel|angio|karcino|metasta|patogen|cyto"
    r"|hypert|hypot|endokard|perikard|myokard|koagul|fibrin|plasmin)"
    r"|(?:itis|oser?|æmi|opati|ektomi|skopi|algi|plegi|trofi|genese|cytter|cytose)$"
)


def audience_of(ctx: CheckContext) -> Audience:
    """The audience given for the run, else the one detected for this document."""
    if ctx.audience is not None:
        return ctx.audience
    return ctx.memo("audience", lambda: detect_audience(ctx.document))


def detect_audience(document: Document) -> Audience:
    """The rule of the module docstring, on the document's content segments."""
    text = "\n".join(segment.text for segment in document.content_segments())
    words = [word.lower() for word in _WORD.findall(text)]
    if not words:
        return Audience.PUBLIC
    if sum(word in _YOU for word in words) / len(words) >= ADDRESSES_READER:
        return Audience.PUBLIC
    clinical = sum(1 for word in words if _clinical(word)) / len(words)
    acronyms = len(_ACRONYM.findall(text)) / len(words)
    if clinical >= CLINICAL_DENSITY or acronyms >= ACRONYM_DENSITY:
        return Audience.PROFESSIONAL
    if len(_REFERENCE.findall(text)) >= REFERENCES:
        return Audience.PROFESSIONAL
    return Audience.PUBLIC


def _clinical(word: str) -> bool:
    if len(word) < 6:
        return False
    return in_word_list(word) or drug_name(word) or bool(_CLINICAL.search(word))
