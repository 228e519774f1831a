"""Sentence boundaries exactly as spaCy's blank pipeline + sentencizer draws them, without spaCy.

Importing spaCy and building its pipeline costs about 0.8 s of CPU, most of a one-article check.
The sentencizer's answer depends only on the tokenizer's data (affix and URL regular
expressions, special cases such as "f.eks." or "1.") and a short rule, so this module applies the
same data with the same algorithm in plain Python. The data files are generated from the
installed spaCy by scripts/build_sentence_rules.py; tests/ingest/test_sentences.py compares the
two segmenters on every text we have, spaCy being the oracle.

The tokenizer: text is cut into runs of whitespace and non-whitespace (a single space after a
word belongs to that word). A chunk that is a special case becomes its pieces; otherwise prefixes
and suffixes are peeled off until none is left or the rest is a special case, and the core is
kept whole when it is a URL or split at infixes. Finally special cases that contain affix
characters are matched on the token sequence and merged (longest match first).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.core.compiled_patterns import compiled

_DATA = Path(__file__).resolve().parent / "data"

Token = tuple[int, str]  # (character offset, text)
_CHUNKS_MAX = 200_000


@dataclass(frozen=True)
class _Rules:
    prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    infix: re.Pattern[str]
    url: re.Pattern[str]
    specials: dict[str, list[str]]
    # affix-split token texts of a special case -> the special case (merged after tokenizing)
    # first token -> (affix-split token texts of a special case, the special case): these are
    # matched on the token sequence and merged after tokenizing
    merges: dict[str, list[tuple[tuple[str, ...], str]]]
    punct_chars: frozenset[str]
    # tokens of each chunk seen (offsets relative to the chunk): a text repeats its words
    chunks: dict[str, tuple[Token, ...]] = field(default_factory=dict)


def has_rules(lang: str) -> bool:
    """Whether this module can segment `lang` (else the caller uses spaCy itself)."""
    return (_DATA / f"sentence_rules_{lang}.json").is_file()


@lru_cache(maxsize=8)
def _rules(lang: str) -> _Rules:
    return rules_from(json.loads((_DATA / f"sentence_rules_{lang}.json").read_text("utf-8")))


def rules_from(raw: dict[str, Any]) -> _Rules:
    """The rules of one language from its data file's content."""
    merges: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for tokens, key in raw.get("merges", []):
        merges.setdefault(tokens[0], []).append((tuple(tokens), key))
    return _Rules(
        # spaCy's affix and URL expressions take 0.05 s to compile: their code is stored
        prefix=compiled(*raw["patterns"]["prefix"]),
        suffix=compiled(*raw["patterns"]["suffix"]),
        infix=compiled(*raw["patterns"]["infix"]),
        url=compiled(*raw["patterns"]["url"]),
        specials=raw["specials"],
        merges=merges,
        punct_chars=frozenset(raw["punct_chars"]),
    )


def merge_patterns(rules: _Rules, faster_heuristics: bool) -> list[tuple[list[str], str]]:
    """The special cases spaCy re-matches on the token sequence, each with the tokens affix rules
    alone give it (computed when the data file is built: it takes 0.1 s)."""
    return [
        ([text for _, text in _tokenize(rules, key, specials=False)], key)
        for key in rules.specials
        if not faster_heuristics or _affixed(rules, key) or " " in key
    ]


def _affixed(rules: _Rules, text: str) -> bool:
    return bool(
        _match_len(rules.prefix, text) or rules.infix.search(text) or _match_len(rules.suffix, text)
    )


def _match_len(pattern: re.Pattern[str], text: str) -> int:
    m = pattern.search(text)
    return 0 if m is None else m.end() - m.start()


def _pieces(start: int, key: str, pieces: list[str]) -> list[Token]:
    """A special case's tokens with their offsets (pieces may be separated by spaces in `key`)."""
    out: list[Token] = []
    at = 0
    for piece in pieces:
        at = key.index(piece, at)
        out.append((start + at, piece))
        at += len(piece)
    return out


def _chunk(rules: _Rules, start: int, chunk: str, specials: bool) -> list[Token]:
    """Tokens of a run of non-whitespace (or of whitespace) characters."""
    if specials and chunk in rules.specials:
        return _pieces(start, chunk, rules.specials[chunk])
    prefixes: list[str] = []
    suffixes: list[str] = []
    s = chunk
    last_size = 0
    while s and len(s) != last_size:
        if specials and s in rules.specials:
            break
        last_size = len(s)
        pre = _match_len(rules.prefix, s)
        if pre and specials and s[pre:] in rules.specials:
            prefixes.append(s[:pre])
            s = s[pre:]
            break
        suf = _match_len(rules.suffix, s[pre:])
        if suf and specials and s[:-suf] and s[:-suf] in rules.specials:
            suffixes.append(s[-suf:])
            s = s[:-suf]
            break
        if pre and suf and pre + suf <= len(s):
            prefixes.append(s[:pre])
            suffixes.append(s[-suf:])
            s = s[pre:-suf]
        elif pre:
            prefixes.append(s[:pre])
            s = s[pre:]
        elif suf:
            suffixes.append(s[-suf:])
            s = s[:-suf]
    out: list[Token] = []
    at = start
    for p in prefixes:
        out.append((at, p))
        at += len(p)
    if s:
        if specials and s in rules.specials:
            out.extend(_pieces(at, s, rules.specials[s]))
        elif rules.url.match(s):
            out.append((at, s))
        else:
            out.extend(_infix_split(rules, at, s))
    at += len(s)
    for suffix in reversed(suffixes):
        out.append((at, suffix))
        at += len(suffix)
    return out


def _infix_split(rules: _Rules, at: int, s: str) -> list[Token]:
    out: list[Token] = []
    begin = 0
    for m in rules.infix.finditer(s):
        a, b = m.start(), m.end()
        if a == 0:  # an infix at the very start is not split off
            continue
        if a != begin:
            out.append((at + begin, s[begin:a]))
        if a != b:
            out.append((at + a, s[a:b]))
        begin = b
    if s[begin:]:
        out.append((at + begin, s[begin:]))
    return out


def _tokenize(rules: _Rules, text: str, specials: bool = True) -> list[Token]:
    tokens: list[Token] = []
    for m in re.finditer(r"\s+|\S+", text):
        start, chunk = m.start(), m.group()
        if chunk[0] == " " and start > 0:  # the space after a word is that word's
            start, chunk = start + 1, chunk[1:]
            if not chunk:
                continue
        if not specials:
            tokens.extend(_chunk(rules, start, chunk, specials))
            continue
        relative = rules.chunks.get(chunk)
        if relative is None:
            if len(rules.chunks) >= _CHUNKS_MAX:
                rules.chunks.clear()
            relative = rules.chunks[chunk] = tuple(_chunk(rules, 0, chunk, specials))
        tokens.extend((start + at, text) for at, text in relative)
    return _merge_specials(rules, text, tokens) if specials and rules.merges else tokens


def _merge_specials(rules: _Rules, text: str, tokens: list[Token]) -> list[Token]:
    """Special cases found across tokens become their own pieces, longest match first."""
    texts = [t for _, t in tokens]
    found: list[tuple[int, int, str]] = []  # (start token, end token, special case)
    for i, first in enumerate(texts):
        for pattern, key in rules.merges.get(first, ()):
            if tuple(texts[i : i + len(pattern)]) == pattern:
                found.append((i, i + len(pattern), key))
    if not found:
        return tokens
    found.sort(key=lambda f: (f[1] - f[0], -f[0]), reverse=True)
    seen: set[int] = set()
    kept: dict[int, tuple[int, str]] = {}
    for a, b, key in found:
        if a not in seen and b - 1 not in seen:
            kept[a] = (b, key)
        seen.update(range(a, b))
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        if i not in kept:
            out.append(tokens[i])
            i += 1
            continue
        b, key = kept[i]
        start = tokens[i][0]
        last_start, last_text = tokens[b - 1]
        span = text[start : last_start + len(last_text)]
        if span in rules.specials:  # spaCy looks the span's text up, as it stands
            out.extend(_pieces(start, span, rules.specials[span]))
        else:  # spaCy finds the span but keeps its tokens when its text is no special case
            out.extend(tokens[i:b])
        i = b
    return out


def is_punct(text: str) -> bool:
    return all(unicodedata.category(c).startswith("P") for c in text)


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence in `text`, whitespace trimmed."""
    rules = _rules(lang)
    tokens = _tokenize(rules, text)
    starts = [0] if tokens else []
    seen_period = False
    for i, (_, tok) in enumerate(tokens):
        in_punct_chars = tok in rules.punct_chars
        if seen_period and not in_punct_chars and not is_punct(tok):
            starts.append(i)
            seen_period = False
        elif in_punct_chars:
            seen_period = True
    raw: list[tuple[int, int]] = []
    for n, first in enumerate(starts):
        last = (starts[n + 1] if n + 1 < len(starts) else len(tokens)) - 1
        raw.append((tokens[first][0], tokens[last][0] + len(tokens[last][1])))
    return trimmed(text, raw)


def trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without their leading and trailing whitespace; spans left empty dropped (as
    spaCy's sentences are trimmed here and in pipeline.ingest.segmenter)."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            result.append((start, end))
    return result
