from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit

_LEADING = re.compile(r"^\s*")
_TRAILING = re.compile(r"\s*$")
# No-break and narrow no-break spaces stand for a space; a French "\u202f:" is typography.
_SPACE_LIKE = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u3000": " "})
# Full-width punctuation carries its own spacing: "Name: " → ja "名前：" needs no space.
_FULL_WIDTH_END = "：；，。！？、）」』】"


def describe(whitespace: str) -> str:
    """'2 line breaks and a space', 'nothing' …: what a run of whitespace is, for a message."""
    if not whitespace:
        return "no whitespace"
    parts = []
    for char, one, many in (("\n", "a line break", "line breaks"), ("\t", "a tab", "tabs")):
        n = whitespace.count(char)
        if n:
            parts.append(one if n == 1 else f"{n} {many}")
    spaces = sum(1 for c in whitespace if c not in "\n\t")
    if spaces:
        parts.append("a space" if spaces == 1 else f"{spaces} spaces")
    return " and ".join(parts)


def _shape(whitespace: str) -> str:
    """What must match: the line breaks alone when there are any (indentation after them is
    layout, as in a template's `{% blocktranslate %}`), else the spaces and tabs."""
    whitespace = whitespace.replace("\r\n", "\n")
    if "\n" in whitespace:
        return "\n" * whitespace.count("\n")
    return whitespace.translate(_SPACE_LIKE)


class EdgeWhitespace(TranslatedUnitCheck):
    """The target starts or ends with other whitespace than the source.

    A leading or trailing space, tab or line break lost, added or changed.

    Programs join messages with the whitespace at their edges ("Name: " + value) and print
    line breaks as they are, so the edges must match: spaces, tabs and line breaks are
    compared as written, by count. The suggestion is the whole target with the source's
    whitespace at the edges that differ, a safe fix (`check --fix` on a PO or XLIFF file).

    It deliberately does not compare whitespace inside the text (ESC001 counts line breaks
    and tabs there), nor the indentation beside an edge's line breaks (a template's
    `{% blocktranslate %}` text starts with a line break and four spaces: only the line
    breaks count). No-break, narrow no-break and thin spaces count as spaces (French " :"
    typography), a Chinese or Japanese target needs no trailing space after full-width
    punctuation ("Name: " → "名前："), and spaces on both sides in other numbers are a
    column the translator re-aligned to the translated words.

    Spaces the target adds at an edge where the source has none are information: invisible
    where the message is printed, but fixed all the same.

    Anti-pattern: "Name: " → "Navn:"
    Best practice: "Name: " → "Navn: "
    """

    code = "WS001"
    name = "bilingual.edge-whitespace"
    severity = Severity.WARNING
    fixable = True

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        source = unit.source
        if not (source[:1].isspace() or source[-1:].isspace()) and not (
            target[:1].isspace() or target[-1:].isspace()
        ):
            return
        core = target.strip()
        differences, matches = [], []
        only_added_spaces = True  # spaces the source lacks are invisible; lost ones join text
        edges: list[str] = []  # what the fixed target starts and ends with
        for edge, pattern in (("starts", _LEADING), ("ends", _TRAILING)):
            wanted, found = _match(pattern, source), _match(pattern, target)
            if (
                _shape(wanted) == _shape(found)
                or _full_width_end(edge, wanted, found, core)
                or _realigned(wanted, found)
            ):
                edges.append(found)  # an equivalent edge ("\n" for "\n    ") is left as written
                continue
            edges.append(wanted)
            only_added_spaces = only_added_spaces and not wanted and not found.strip(" ")
            differences.append(
                f"the target {edge} with {describe(found)}, the source with {describe(wanted)}"
            )
            matches.append(found or (core[:1] if edge == "starts" else core[-1:]))
        if differences:
            # unit.target, not `target`: a fix must keep the engine marks MT004 reports
            yield self.finding(
                unit,
                "; ".join(differences),
                match=matches[0],
                suggestion=edges[0] + unit.target.strip() + edges[1],
                severity=Severity.INFO if only_added_spaces else None,
            )


def _realigned(wanted: str, found: str) -> bool:
    """Spaces on both sides, in other numbers: a column the translator re-aligned to the
    length of the translated words ("          w/o user IDs" → "      w/o bruger-id'er")."""
    return bool(wanted) and bool(found) and not set(wanted + found) & set("\n\t")


def _full_width_end(edge: str, wanted: str, found: str, core: str) -> bool:
    """A space the source ends with, left out after full-width punctuation."""
    return (
        edge == "ends"
        and not found
        and core.endswith(tuple(_FULL_WIDTH_END))
        and not set(wanted) & set("\n\t")
    )


def _match(pattern: re.Pattern[str], text: str) -> str:
    found = pattern.search(text)
    return found.group() if found else ""
