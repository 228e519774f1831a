"""How a source segment becomes a translation-memory key (its language: pipeline.core.language).

Two segments that differ only in Unicode composition or in spacing are the same sentence to a
translator, so they share a key. Case is kept: a changed capital is a changed sentence.
"""

from __future__ import annotations

import re
import unicodedata

# Whitespace runs collapse to one space, except no-break spaces (U+00A0, U+2007, U+202F): they are
# deliberate typography ("10 mg") and a translation stored for one must not serve the other.
_SPACE_RUN = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def normalise_segment(text: str) -> str:
    """The memory key of a source segment: NFC, whitespace collapsed to one space, stripped."""
    return _SPACE_RUN.sub(" ", unicodedata.normalize("NFC", text)).strip()
