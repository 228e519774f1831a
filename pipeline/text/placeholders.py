"""Placeholders in a message: printf (`%s`, `%1$s`, `%.250s`, `%lu`), Python (`%(name)s`,
`{name}`, `{0}`, `{name!r:>10}`), strftime (`%e. %b`) and ICU MessageFormat (`{n, number}`,
`{count, plural, one {…} other {…}}`).

A message does not say which syntax it uses (a PO entry's `#, c-format` flag is not read), so
all are recognised at once, with guards against text that only looks like one: URLs are
masked first ("%2F" is percent-encoding), printf's space flag is not accepted ("50 % af" is
not `% a`), and a brace counts only around a name, a number, nothing, or an ICU argument
(`{"key": 1}` is JSON). `%%` is a literal percent sign, not a placeholder.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from pipeline.text.tokens import TEXT_CACHE, mask_tokens

_PRINTF = re.compile(
    r"%(?:"
    r"(?P<literal>%)"
    r"|\((?P<name>[^()\s]+)\)(?P<pyspec>[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?[diouxXeEfFgGcrsa])"
    r"|(?:(?P<pos>[1-9]\d*)\$)?"
    r"(?P<spec>[-+#0']*(?:\d+|\*(?:[1-9]\d*\$)?)?(?:\.(?:\d+|\*(?:[1-9]\d*\$)?))?"
    r"(?:hh|ll|I64|I32|[hlLqjzZtI])?[diouxXeEfFgGaAcspnCS@])"
    r")"
)
# Directives only strftime has: a message with one of them is a date format, whose
# directives are named and may be reordered ("%b %e" → "%e. %b").
# ("%Id", "%I64d" are printf with glibc's I flag or Microsoft's size; "~%" is Lisp's newline.)
_STRFTIME_ONLY = re.compile(
    r"(?<!~)%[-_0^#]?(?:[bBhHjmMSUWyYZzkPDTRFCV]|I(?![\ddiouxX])|l(?![diouxXn]))"
)
_STRFTIME = re.compile(r"%[-_0^#]?[A-Za-z+]")
# The same field written another way: the hour on the 12- or 24-hour clock ("%I:%M %p" →
# da "%H:%M"), the day with or without its leading zero ("%e" → "%d"), any padding flag.
_CLOCK = {"I": "%H", "l": "%H", "k": "%H", "H": "%H", "e": "%d", "d": "%d"}
_NAME = re.compile(r"\s*(?:[^\W\d]\w*|\d+)?(?:\.\w+|\[\w+\])*\s*")
_ICU_TYPE = re.compile(r"\s*(\w+)\s*")
_BRANCHING = frozenset({"plural", "select", "selectordinal"})


@dataclass(frozen=True)
class Placeholder:
    """One placeholder as written (`text`) and what must be the same in a translation (`key`).

    `position` is the argument it takes for printf ("%2$s" → 2; "%s" → its place among the
    message's unnumbered ones), else None.
    """

    kind: str  # "printf", "python", "strftime", "brace" or "icu"
    text: str
    key: str
    position: int | None = None
    branches: dict[str, list[Placeholder]] = field(default_factory=dict, compare=False)


def _without_urls(text: str) -> str:
    # percent-encoding only occurs in URLs: mask them, when there may be one
    return mask_tokens(text) if "://" in text or "www." in text else text


def has_literal_percent(text: str) -> bool:
    """True when `text` has a `%` that is neither a placeholder nor part of `%%`."""
    return "%" in text and "%" in _PRINTF.sub("", _without_urls(text))


def extract_placeholders(text: str) -> list[Placeholder]:
    """The placeholders of `text` in text order; an ICU plural or select is one placeholder
    whose `branches` hold the placeholders of each branch."""
    return list(text_placeholders(text))


@functools.lru_cache(maxsize=TEXT_CACHE)
def text_placeholders(text: str) -> tuple[Placeholder, ...]:
    """`extract_placeholders` as a tuple, found once per text for all the checks that ask
    (the `branches` are shared too: read them only)."""
    if "%" not in text and "{" not in text:
        return ()
    found: list[tuple[int, Placeholder]] = []
    if "%" in text:
        found.extend(_percent_placeholders(_without_urls(text)))
    if "{" in text:
        found.extend(_brace_placeholders(text, 0, len(text), in_icu=False)[0])
    return tuple(p for _, p in sorted(found, key=lambda item: item[0]))


def _percent_placeholders(text: str) -> list[tuple[int, Placeholder]]:
    # a literal percent sign ("%%-Direktiven") is no directive's percent: masked first
    masked = text.replace("%%", "  ").replace("~%", "  ")
    if _STRFTIME_ONLY.search(masked):
        return [
            (m.start(), Placeholder("strftime", m.group(), _CLOCK.get(m.group()[-1], m.group())))
            for m in _STRFTIME.finditer(masked)
            if m.group()[-1] != "p"  # AM/PM: a language on the 24-hour clock has none
        ]
    found, unnumbered = [], 0
    for m in _PRINTF.finditer(text):
        if m["literal"] or (m.start() and text[m.start() - 1] == "~"):
            continue  # "~%" is a line break in Lisp and Nyquist format strings
        if m["name"] is not None:
            found.append((m.start(), Placeholder("python", m.group(), m.group())))
            continue
        if m["pos"]:
            position = int(m["pos"])
        else:
            unnumbered += 1
            position = unnumbered
        # glibc's I flag asks for the locale's digits: a translation may add it ("%Id")
        glibc_flag = m["spec"].startswith("I") and m["spec"][1:2].isalpha()
        spec = m["spec"][1:] if glibc_flag else m["spec"]
        spec = spec.replace("'", "")  # the thousands-grouping flag ("%'d") is the locale's
        found.append((m.start(), Placeholder("printf", m.group(), "%" + spec, position)))
    return found


def _closing(text: str, start: int, end: int) -> int:
    """The offset of the `}` closing the `{` before `start`, or -1."""
    depth = 1
    for i in range(start, end):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _brace_placeholders(
    text: str, start: int, end: int, *, in_icu: bool
) -> tuple[list[tuple[int, Placeholder]], int]:
    """Placeholders in text[start:end] and the offset where scanning stopped."""
    found: list[tuple[int, Placeholder]] = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "}" and in_icu:
            return found, i
        if ch != "{":
            i += 1
            continue
        if not in_icu and text.startswith("{{", i):  # Python's escaped brace
            i += 2
            continue
        close = _closing(text, i + 1, end)
        if close < 0:
            break
        placeholder = _brace_argument(text, i, close)
        if placeholder is not None:
            found.append((i, placeholder))
        # a brace that is no placeholder is text; inside an ICU branch its "}" is too
        i = close + 1 if placeholder is not None or in_icu else i + 1
    return found, i


def _brace_argument(text: str, open_: int, close: int) -> Placeholder | None:
    """The placeholder `text[open_:close + 1]` is, or None when it is not one."""
    name_match = _NAME.match(text, open_ + 1, close)
    assert name_match is not None  # the pattern matches the empty string
    name, after = name_match.group().strip(), name_match.end()
    whole = text[open_ : close + 1]
    if after == close:
        return Placeholder("brace", whole, "{" + name + "}")
    marker = text[after]
    if marker in "!:" and "{" not in text[after:close]:
        return Placeholder("brace", whole, "{" + name + text[after:close].strip() + "}")
    if marker != "," or not name:
        return None
    type_match = _ICU_TYPE.match(text, after + 1, close)
    if type_match is None:
        return None
    kind, rest = type_match[1], type_match.end()
    if kind not in _BRANCHING:
        style = re.sub(r"\s+", "", text[after:close])
        return Placeholder("icu", whole, "{" + name + style + "}")
    branches = _icu_branches(text, rest, close)
    if branches is None:
        return None
    return Placeholder("icu", whole, "{" + name + ", " + kind + "}", branches=branches)


_SELECTOR = re.compile(r"\s*,?\s*(?:offset:\s*\d+\s*)?(=?[\w-]+)\s*\{")


def _icu_branches(text: str, start: int, end: int) -> dict[str, list[Placeholder]] | None:
    """`selector {message}` pairs of a plural or select between `start` and `end`."""
    branches: dict[str, list[Placeholder]] = {}
    i = start
    while i < end:
        selector = _SELECTOR.match(text, i, end)
        if selector is None:
            return branches if branches and not text[i:end].strip() else None
        body_start = selector.end()
        inner, stop = _brace_placeholders(text, body_start, end, in_icu=True)
        if stop >= end or text[stop] != "}":
            return None
        branches[selector[1]] = [p for _, p in inner]
        i = stop + 1
    return branches or None
