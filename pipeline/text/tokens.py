"""What the bilingual checks read from a unit: the target without engine marks, and the
URLs, e-mail addresses and domain names a translation must keep as they are.

Apertium marks words it could not handle: `*word` (unknown to the analyser), `@word` (missing
from the bilingual dictionary), `#word` (not inflectable). A mark starts a word; so an e-mail's
"@" (after a letter), "#1" (a number), Markdown emphasis ("*vigtigt*") and a hashtag or handle
that the source has too are not marks.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.core.models import TranslationUnit, UnitState

# Units in these states are not translations yet: only UNTR001 looks at them.
NOT_TRANSLATED = frozenset({UnitState.UNTRANSLATED, UnitState.FUZZY})

_MARK = re.compile(r"(?<![\w*@#])([*@#])([^\W\d_]\w*(?:[-'’]\w+)*)(?![\w*])")

_TRAILING = ".,;:!?'\"»«”’)]}"
_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"'»«”“]+", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[a-z]{2,}(?![\w-])")
# Top-level domains written in lower case: "MayoClinic.com", "sundhed.dk". A closed list keeps
# abbreviations ("f.eks", "bl.a") and a missing space after a full stop ("benet.De") out.
_TLDS = (
    "com|org|net|edu|gov|int|info|biz|io|eu|health|dk|no|se|fi|is|fo|gl|ax|de|at|ch|nl|be|"
    "fr|uk|us|ca|au|nz|ie|es|it|pt|pl|cz|ee|lv|lt|ru|jp|cn|in|nu"
)
_DOMAIN = re.compile(rf"(?<![\w@/.-])(?:[^\W_](?:[\w-]*[^\W_])?\.)+(?:{_TLDS})(?![\w-]|\.\w)")
# Texts recur: every catalog of a project has the same msgids, and each check asks again.
TEXT_CACHE = 1 << 13
# An abbreviation is at most this long: "Tue", "okt.", "vha."
MAX_ABBREVIATION = 4
_ABBREVIATED = re.compile(rf"\w{{1,{MAX_ABBREVIATION}}}\.?")


def abbreviated(text: str) -> bool:
    """Whether `text` is one abbreviated word ("Tue", "Sep.", "W"): catalogs' day and month
    names, whose translations are abbreviations too ("tir", "dl.", "1月")."""
    return _ABBREVIATED.fullmatch(text.strip()) is not None


@dataclass(frozen=True)
class Token:
    """A URL, e-mail address or domain name at `start`–`end` of a text."""

    kind: str  # "url", "e-mail" or "domain"
    text: str
    start: int
    end: int


# Each kind with what its pattern cannot match without, searched first: most texts have no
# address, and these fail fast where the patterns themselves try every word.
_KINDS = (
    ("url", _URL, re.compile(r"://|www\.", re.IGNORECASE)),
    ("e-mail", _EMAIL, re.compile("@")),
    ("domain", _DOMAIN, re.compile(rf"\.(?:{_TLDS})(?![\w-])")),
)
# What any kind needs, as one pattern: a text it finds nothing in has no token.
ADDRESS_HINT = re.compile(
    "|".join(
        f"(?i:{needed.pattern})" if needed.flags & re.IGNORECASE else f"(?:{needed.pattern})"
        for _kind, _pattern, needed in _KINDS
    )
)


def extract_tokens(text: str) -> list[Token]:
    """URLs, then e-mail addresses, then bare domain names, in text order, not overlapping."""
    return list(text_tokens(text))


@functools.lru_cache(maxsize=TEXT_CACHE)
def text_tokens(text: str) -> tuple[Token, ...]:
    """`extract_tokens` as a tuple, found once per text for all the checks that ask."""
    found: list[Token] = []
    for kind, pattern, needed in _KINDS:
        if needed.search(text) is None:
            continue
        for match in pattern.finditer(text):
            value = match.group()
            if kind == "url":
                value = _strip_trailing(value)
            start, end = match.start(), match.start() + len(value)
            if not any(t.start < end and start < t.end for t in found):
                found.append(Token(kind, value, start, end))
    return tuple(sorted(found, key=lambda t: t.start))


def _strip_trailing(url: str) -> str:
    # sentence punctuation after a URL is not part of it; a ")" is when the URL opened one
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


@functools.lru_cache(maxsize=TEXT_CACHE)
def mask_tokens(text: str) -> str:
    """`text` with every URL, e-mail address and domain blanked out (same length)."""
    for token in text_tokens(text):
        text = text[: token.start] + " " * (token.end - token.start) + text[token.end :]
    return text


@dataclass(frozen=True)
class Mark:
    mark: str  # "*", "@" or "#"
    word: str
    start: int

    @property
    def text(self) -> str:
        return self.mark + self.word


def engine_marks(target: str, source: str = "") -> list[Mark]:
    """Apertium's marks in `target`; a marked-looking word the source has too is not one."""
    if "*" not in target and "@" not in target and "#" not in target:
        return []  # the common case, asked by every check of every unit
    tokens = text_tokens(target)
    return [
        Mark(m[1], m[2], m.start())
        for m in _MARK.finditer(target)
        if m.group() not in source and not any(t.start <= m.start() < t.end for t in tokens)
    ]


def without_marks(target: str, source: str = "") -> str:
    """`target` with Apertium's marks removed ("*upåagtet" → "upåagtet")."""
    if "*" not in target and "@" not in target and "#" not in target:
        return target  # no mark: the common case
    for mark in reversed(engine_marks(target, source)):
        target = target[: mark.start] + target[mark.start + 1 :]
    return target


def checked_target(unit: TranslationUnit) -> str | None:
    """The target the checks compare with the source: engine marks removed (MT004 reports
    them, so a mark is one finding, not one per check). None when there is nothing to check:
    the unit is untranslated or fuzzy, or its target is empty (UNTR001 reports those)."""
    if unit.state in NOT_TRANSLATED or not unit.target.strip():
        return None
    return without_marks(unit.target, unit.source)


def replaced_target(
    unit: TranslationUnit, target: str, start: int, end: int, text: str
) -> str | None:
    """The unit's whole target with target[start:end] replaced by `text`.

    `target` is the unit's target without engine marks; the fix goes into the target itself,
    marks and all, so when they differ the place must be unambiguous (else None).
    """
    if target == unit.target:
        return target[:start] + text + target[end:]
    found = target[start:end]
    return unit.target.replace(found, text) if unit.target.count(found) == 1 else None


_CREDITS = re.compile(r"\s*translators?[-_ ]?credits.*", re.IGNORECASE | re.DOTALL)


def credits(source: str) -> bool:
    """Whether a source is gettext's "translator-credits" entry, whose target lists the
    translators (names, years, addresses) as they like."""
    return _CREDITS.fullmatch(source) is not None
