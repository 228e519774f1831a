"""How a source segment and a language code become translation-memory keys.

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


def normalise_language(code: str) -> str:
    """A language code as stored: "nb_NO" and "NB-no" both become "nb-no"."""
    return code.strip().replace("_", "-").lower()


def same_language(code: str, wanted: str | None) -> bool:
    """Whether `code` ("da-DK") is the language `wanted` ("da"; None: any); da-DK ≠ da-GL."""
    if wanted is None:
        return True
    have, want = normalise_language(code), normalise_language(wanted)
    if have == want:
        return True
    # A bare code matches any of its regions; two different regions do not match each other.
    bare = "-" not in have or "-" not in want
    return bare and have.split("-", 1)[0] == want.split("-", 1)[0]
