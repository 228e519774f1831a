"""Splitting a text that is too long for a provider into pieces that fit, losslessly.

`"".join(split_text(text, limit)) == text` always holds, so translating each piece and joining the
translations keeps the text's whitespace between pieces.
"""

from __future__ import annotations

import re
from itertools import pairwise

# after sentence-final punctuation (and closing quotes or brackets) plus whitespace, or a newline
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+|\n\s*")
_WHITESPACE = re.compile(r"\s+")


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of `text`, each at most `limit` characters, cut at sentence ends where possible.

    A sentence longer than `limit` is cut at whitespace, and a single word longer than `limit`
    is cut at `limit`. The pieces keep their whitespace, so joining them gives `text` back.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    for sentence in _pack(_cut_after(_SENTENCE_END, text), limit):
        if len(sentence) <= limit:
            pieces.append(sentence)
            continue
        words = _cut_after(_WHITESPACE, sentence)
        pieces.extend(
            _pack([w[i : i + limit] for w in words for i in range(0, len(w), limit)], limit)
        )
    return pieces


def _cut_after(pattern: re.Pattern[str], text: str) -> list[str]:
    """`text` cut after each match of `pattern` (the match stays with the piece before it)."""
    cuts = [m.end() for m in pattern.finditer(text) if 0 < m.end() < len(text)]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in pairwise(bounds) if a < b]


def _pack(pieces: list[str], limit: int) -> list[str]:
    """Consecutive pieces merged greedily while the merged piece stays within `limit`.

    A piece already longer than `limit` is left alone (and is not merged with its neighbours).
    """
    packed: list[str] = []
    for piece in pieces:
        if packed and len(packed[-1]) + len(piece) <= limit:
            packed[-1] += piece
        else:
            packed.append(piece)
    return packed
