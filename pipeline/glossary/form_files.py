"""A compiled glossary's word answers, worked out for every stem key once and read by mmap.

A `FormIndex` expands a stem key the first time a text's word reaches it: it generates the
forms of every term filed there. With a large glossary most keys hold many terms (100,000
generated compounds share their first words), so a check of a few articles spent more time
generating forms than matching them, in every process. A compiled glossary
(pipeline/glossary/compiled.py) therefore keeps, per language, two files that hold the
result of expanding every key, sorted by their UTF-8 bytes and searched through mmap, so a
process reads only the pages its words fall on:

- leads: each first token of a term's forms with the terms (rows) that begin with it and
  the stem key their second word's forms begin with (what `FormIndex.candidates` asks);
- pieces: each word of a term's forms (split at spaces and hyphens), and whether a term
  that is not forbidden has it (what `FormIndex.has_word` asks).

A token or piece is listed only where the index would find it: under a stem key that is one
of its own prefixes at most `SPAN` letters shorter, so the answers are the index's own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

_ROW = "\x1e"  # between a lead's row and its second word's key
_LEAD = "\x1f"  # between leads
ALLOWED, FORBIDDEN_ONLY = b"a", b"f"


class _Expanding(Protocol):
    """What a FormIndex offers to be written out."""

    def lead_keys(self) -> Iterable[str]: ...

    def leads_under(self, key: str) -> dict[str, list[tuple[int, str | None]]]: ...

    def word_keys(self) -> Iterable[str]: ...

    def pieces_under(self, key: str) -> tuple[frozenset[str], frozenset[str]]: ...


def reachable(word: str, key: str, span: int) -> bool:
    """Whether the index looks `word` up under `key` (pipeline.glossary.form_index._keys)."""
    return len(key) <= len(word) and len(word) - len(key) <= span and word.startswith(key)


def lead_lines(index: _Expanding, span: int) -> bytes:
    """The leads file: `token<TAB>row[RS second]US…` per first token, sorted."""
    leads: dict[str, dict[int, str | None]] = {}
    for key in index.lead_keys():
        for token, rows in index.leads_under(key).items():
            if not reachable(token, key, span):
                continue
            kept = leads.setdefault(token, {})
            for row, second in rows:
                kept.setdefault(row, second)  # a row's leads are the same under every key
    lines = {
        token: _LEAD.join(
            str(row) if second is None else f"{row}{_ROW}{second}" for row, second in rows.items()
        )
        for token, rows in leads.items()
    }
    return _sorted_lines({t: v.encode("utf-8") for t, v in lines.items()})


def piece_lines(index: _Expanding, span: int) -> bytes:
    """The pieces file: `piece<TAB>a` (in a term that is not forbidden) or `<TAB>f`, sorted."""
    pieces: dict[str, bytes] = {}
    for key in index.word_keys():
        every, allowed = index.pieces_under(key)
        for piece in every:
            if reachable(piece, key, span) and pieces.get(piece) != ALLOWED:
                pieces[piece] = ALLOWED if piece in allowed else FORBIDDEN_ONLY
    return _sorted_lines(pieces)


def _sorted_lines(values: dict[str, bytes]) -> bytes:
    rows = sorted((key.encode("utf-8"), value) for key, value in values.items())
    return b"".join(key + b"\t" + value + b"\n" for key, value in rows)


def parse_leads(value: bytes | None) -> list[tuple[int, str | None]]:
    """The (row, second word's key) pairs of one leads line (None: no line), in order."""
    leads: list[tuple[int, str | None]] = []
    if value is None:
        return leads
    for lead in value.decode("utf-8").split(_LEAD):
        row, separator, second = lead.partition(_ROW)
        leads.append((int(row), second if separator else None))
    return leads
