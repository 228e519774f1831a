"""Apertium's stream format read: lexical units `^surface/reading/…$` and their readings.

What the analysers answer (pipeline.ingest.morphology runs them) is text in this format; this
module escapes text for it and takes its units and readings apart, memoised, as every check
of a batch reads the same few thousand units again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# Apertium's stream format reserves these characters; they are escaped with a backslash.
_ESCAPES = str.maketrans({c: "\\" + c for c in "\\^$[]{}<>@*/#+~"})
_ESCAPED = re.compile(r"\\(.)")
# A lexical unit `^…$`; escaped characters and text between units are skipped, so that an
# escaped `\^` in a blank never opens a unit. A unit's text is taken in runs of plain
# characters, possessively (a unit ends at its first unescaped `$` whichever way it is
# split): per character, the expression cost four times as much. The second group is the
# closing `$`, so that `findall` tells a unit (even an empty one) from the text between.
_STREAM = re.compile(r"\\.|\^((?:[^$\\]++|\\.)*+)(\$)|[^\\^]+|\^")
_UNESCAPED_SLASH = re.compile(r"(?<!\\)/")
_TAG = re.compile(r"<([^<>]+)>")


@dataclass(frozen=True)
class Reading:
    """One analysis: the lemma and its tags in Apertium's order (part of speech first).

    A compound analysis (`lt-proc -e`) has several parts joined by `+`; `parts` holds each
    part's reading and the reading itself describes the last (head) part.
    """

    lemma: str
    tags: tuple[str, ...]
    parts: tuple[Reading, ...] = ()
    # The part of speech, the first tag ("" for none): set once, as the grammar checks ask
    # it of every reading of every token several times (a property was 2 % of a check).
    pos: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pos", self.tags[0] if self.tags else "")

    @property
    def compound(self) -> bool:
        return len(self.parts) > 1

    def has(self, tag: str, *more: str) -> bool:
        """Whether the reading has every tag asked (one tag, most questions, without a
        generator: the grammar checks ask some 4,000 times per article)."""
        tags = self.tags
        if tag not in tags:
            return False
        return not more or all(other in tags for other in more)


def escape(text: str) -> str:
    """`text` as Apertium's stream format wants it (reserved characters escaped)."""
    return text.translate(_ESCAPES)


def _unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text


def parse_reading(analysis: str) -> Reading | None:
    """One analysis string (`vinter<n><ut><sg><def>`, `hjerte<n>…+anfald<n>…`); None when the
    word is unknown (`*word`, `#word`, `@word`)."""
    if not analysis or analysis[0] in "*#@":
        return None
    if "\\" in analysis:
        pieces = _UNESCAPED_PLUS.split(analysis)
    else:  # most analyses: no escape, so every + joins parts
        pieces = analysis.split("+") if "+" in analysis else [analysis]
    parts = []
    for part in pieces:
        lemma, bracket, rest = part.partition("<")
        parts.append(Reading(_unescape(lemma), _tags(bracket + rest)))
    head = parts[-1]
    if len(parts) == 1:
        return head
    return Reading(head.lemma, head.tags, tuple(parts))


def _tags(tail: str) -> tuple[str, ...]:
    """The tags `<…>` of an analysis from its first `<` on: split at `><` when the tail is
    nothing but tags (the analyser's answer), else as the expression finds them."""
    if tail[:1] == "<" and tail[-1:] == ">":
        tags = tail[1:-1].split("><")
        if all(tag and "<" not in tag and ">" not in tag for tag in tags):
            return tuple(tags)
    return tuple(_TAG.findall(tail))


_UNESCAPED_PLUS = re.compile(r"(?<!\\)\+")


def parse_stream(stream: str) -> list[tuple[str, tuple[Reading, ...]]]:
    """Each lexical unit of an Apertium stream: its surface form and its readings."""
    return [_unit(unit) for unit, closed in _STREAM.findall(stream) if closed]


def line_units(line: str) -> list[tuple[str, tuple[Reading, ...]]]:
    """`parse_stream(line)` for one line of the analyser's answer; a line that is one plain
    unit (`^word/reading…$`, the answer for most words asked on their own line) is taken
    apart without the expression."""
    if line[:1] == "^" and line[-1:] == "$" and not _SPECIAL_INSIDE.search(line, 1, len(line) - 1):
        return [_unit(line[1:-1])]
    return parse_stream(line)


_SPECIAL_INSIDE = re.compile(r"[\\^$]")


# Readings the installed analysers lack, by lower-case surface form. apertium-dan-nor knows
# "ville" only as the infinitive, while kunne, skulle, burde and måtte have their past tense
# too: without it "fordi livet ville være nemmere" reads as a clause with no finite verb.
_MISSING_READINGS: dict[str, tuple[Reading, ...]] = {
    "ville": (Reading("ville", ("vaux", "past", "actv")),),
}


@lru_cache(maxsize=200_000)
def _unit(unit: str) -> tuple[str, tuple[Reading, ...]]:
    """A lexical unit's surface form and readings (memoised: a batch of articles repeats the
    same few thousand units, and parsing them was a third of an article's check)."""
    surface, *analyses = _UNESCAPED_SLASH.split(unit) if "\\" in unit else unit.split("/")
    readings = tuple(r for r in (parse_reading(a) for a in analyses) if r is not None)
    surface = _unescape(surface)
    missing = _MISSING_READINGS.get(surface.casefold())
    if missing and readings:
        readings += tuple(r for r in missing if r not in readings)
    return surface, readings
