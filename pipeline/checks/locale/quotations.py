"""Quotation marks in a block of text, which way each one points, and the pairs they make.

A mark opens when it stands before a word and after a space, a bracket or a dash ("sagde
“nej”"), and closes when it stands after a word and before a space or punctuation. Guillemets
may have a space inside (French "« cardiaque »"). A mark with a word or a space on both
sides ("12” skærm", "Forside » Sygdomme") points nowhere and pairs with nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.checks.locale.typography import CURLY, GUILLEMETS

STRAIGHT = '"'
MARKS = CURLY + GUILLEMETS + STRAIGHT
_SPACES = " \t\n\u00a0\u202f\u2009"
_INNER_SPACES = " \u00a0\u202f\u2009"  # French spacing inside guillemets; never a newline
_BEFORE_OPENING = "([{/–—-'‘’" + MARKS
_AFTER_CLOSING = ".,;:!?)]}…–—-/'‘’*" + MARKS
# HTML tags kept in a Markdown paragraph's text: their attributes' quotes are markup.
_TAG = re.compile(r"<[^<>\n]*>")


@dataclass(frozen=True)
class Mark:
    """A quotation mark at text[start:end]: `end` is past the space of French spacing."""

    char: str
    start: int
    end: int
    opening: bool

    @property
    def family(self) -> str:
        if self.char in CURLY:
            return CURLY
        return GUILLEMETS if self.char in GUILLEMETS else STRAIGHT

    @property
    def inner(self) -> int:
        """Where the quoted text starts (after an opening mark) or ends (before a closing)."""
        return self.end if self.opening else self.start


@dataclass(frozen=True)
class Quotation:
    opening: Mark
    closing: Mark


def without_tags(text: str) -> str:
    """`text` with HTML tags blanked out, same length."""
    return _TAG.sub(lambda m: " " * len(m.group()), text) if "<" in text else text


def find_marks(text: str) -> list[Mark]:
    """The double quotation marks of `text` that point one way, in order."""
    found: list[Mark] = []
    for i, char in enumerate(text):
        if char in MARKS:
            mark = _mark(text, i, char)
            if mark is not None:
                found.append(mark)
    return found


def _mark(text: str, i: int, char: str) -> Mark | None:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _SPACES + _BEFORE_OPENING and after not in _SPACES
    closes = before not in _SPACES and after in _SPACES + _AFTER_CLOSING
    if opens != closes:
        return Mark(char, i, i + 1, opens)
    if opens or char not in GUILLEMETS:
        return None
    # French spacing, the only one with a space inside: "« cardiaque »". « opens, » closes.
    if char == "«" and after in _INNER_SPACES and i + 2 < len(text) and text[i + 2] not in _SPACES:
        return Mark(char, i, i + 2, True)
    if char == "»" and before in _INNER_SPACES and i >= 2 and text[i - 2] not in _SPACES:
        return Mark(char, i - 1, i + 1, False)
    return None


def pair_marks(marks: list[Mark]) -> tuple[list[Quotation], list[Mark]]:
    """The quotations `marks` make (a closing mark closes the last one opened) and the marks
    left without a partner."""
    pairs: list[Quotation] = []
    unpaired: list[Mark] = []
    stack: list[Mark] = []
    for mark in marks:
        if mark.opening:
            stack.append(mark)
        elif stack:
            pairs.append(Quotation(stack.pop(), mark))
        else:
            unpaired.append(mark)
    unpaired.extend(stack)
    unpaired.sort(key=lambda m: m.start)
    return pairs, unpaired
