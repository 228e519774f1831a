"""Invisible characters: Unicode's default-ignorable code points and bidirectional controls.

A zero-width space, soft hyphen or word joiner inside "muskel\u200bsvindninger" shows nothing
on screen, yet splits the word for every check that reads the text, so a forbidden term would
pass unseen; a right-to-left override can make a dose read backwards. Segments are therefore
built from the text with these characters removed (their offsets still point into the source,
so every finding keeps its true line:column), and ENC002 reports each one.

Variation selectors and a zero-width joiner between symbols (emoji sequences) are part of how
a symbol is drawn, not hidden text, and are left alone.
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional formatting characters (Unicode's Bidi_Control property).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Default_Ignorable_Code_Point, less variation selectors (U+FE00–FE0F, E0100–E01EF) and the
# joiners, which are judged by their neighbours below.
_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e00ff]"
)
_JOINERS = frozenset("\u200c\u200d")


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or "\ufe00" <= ch <= "\ufe0f"


def invisible_offsets(text: str) -> list[int]:
    """Offsets of the invisible characters of `text` that hide text from a reader."""
    found = []
    for match in _IGNORABLE.finditer(text):
        i = match.start()
        if text[i] in _JOINERS:
            before, after = text[i - 1 : i], text[i + 1 : i + 2]
            if (before and _is_symbol(before)) or (after and _is_symbol(after)):
                continue
        found.append(i)
    return found


def without_invisible(text: str, offsets: list[int] | None, start: int) -> tuple[str, list[int]]:
    """`text` without its invisible characters, and the source offset of each character kept
    (`offsets` when the text already had a mapping, else `start + i`)."""
    hidden = set(invisible_offsets(text))
    kept = [i for i in range(len(text)) if i not in hidden]
    source = offsets if offsets is not None else range(start, start + len(text))
    return "".join(text[i] for i in kept), [source[i] for i in kept]


def describe(ch: str) -> str:
    """A character's Unicode name for a message: "ZERO WIDTH SPACE (U+200B)"."""
    return f"{unicodedata.name(ch, 'UNNAMED CHARACTER')} (U+{ord(ch):04X})"
