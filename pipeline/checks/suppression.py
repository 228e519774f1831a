"""Inline suppression: comments in a file that turn checks off where an editor decided.

Articles (Markdown, HTML, and plain text, where the comment stands on its own line):

    <!-- content-pipeline: disable=TERM001,MT001 -->   off from this line on …
    <!-- content-pipeline: enable=TERM001 -->          … until here (else to the end of the file)
    <!-- content-pipeline: disable-next-line=TERM003 --> off on the next non-blank line only

Without `=CODES` a comment covers every check. In PO files a translator comment (`# …`) or an
extracted comment (`#. …`) on an entry turns codes off for that entry:

    # content-pipeline: disable=NUM001

Codes are full check codes (TERM001, not TERM). A code that names no check, or a comment that
is not one of these forms, is reported in `Suppressions.problems` and otherwise ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.models import Finding

# `codes` None: every check.
Codes = frozenset[str] | None

_ARTICLE = re.compile(
    r"\s*<!--\s*content-pipeline\s*:\s*(?P<action>[\w-]+)\s*(?:=(?P<codes>[^>]*?))?\s*-->\s*",
    re.IGNORECASE,
)
_ARTICLE_MENTION = re.compile(r"<!--\s*content-pipeline\b", re.IGNORECASE)
_PO = re.compile(
    r"\s*content-pipeline\s*:\s*(?P<action>[\w-]+)\s*(?:=(?P<codes>.*?))?\s*", re.IGNORECASE
)
_ACTIONS = ("disable", "enable", "disable-next-line")


@dataclass(frozen=True)
class _Region:
    line: int
    action: str  # "disable" | "enable"
    codes: Codes


@dataclass
class Suppressions:
    """Where which codes are off in one file; `filter` drops the findings they cover."""

    regions: list[_Region] = field(default_factory=list)
    lines: dict[int, Codes] = field(default_factory=dict)  # line → codes off on that line only
    comment_lines: frozenset[int] = frozenset()
    problems: list[str] = field(default_factory=list)  # "path:line: message", one per problem

    def suppresses(self, finding: Finding) -> bool:
        if finding.line in self.comment_lines:
            return True  # plain text keeps the comment as text; it is never a finding
        if finding.line in self.lines and _covers(self.lines[finding.line], finding.code):
            return True
        return self._region_off(finding.line, finding.code)

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        return [f for f in findings if not self.suppresses(f)]

    def _region_off(self, line: int, code: str) -> bool:
        # Replayed in file order: `every_off` after a bare disable, with `exceptions` enabled
        # again by code; otherwise `off` holds the codes disabled by name.
        every_off = False
        off: set[str] = set()
        exceptions: set[str] = set()
        for region in self.regions:
            if region.line > line:
                break
            disable = region.action == "disable"
            if region.codes is None:
                every_off, off, exceptions = disable, set(), set()
            elif every_off:
                exceptions = exceptions - region.codes if disable else exceptions | region.codes
            else:
                off = off | region.codes if disable else off - region.codes
        return (every_off and code not in exceptions) or code in off

    def _add(self, line: int, codes: Codes) -> None:
        current = self.lines.get(line, frozenset())
        self.lines[line] = None if codes is None or current is None else current | codes


def _covers(codes: Codes, code: str) -> bool:
    return codes is None or code in codes


def _known_codes() -> frozenset[str]:
    from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS

    return frozenset([*CHECKS, *BILINGUAL_CHECKS])


def _parse_codes(text: str | None, where: str, problems: list[str]) -> Codes:
    if text is None:
        return None
    known = _known_codes()
    codes = [c.strip().upper() for c in text.split(",") if c.strip()]
    if not codes:
        problems.append(f"{where}: no check codes after '=' in a content-pipeline comment")
    unknown = [c for c in codes if c not in known]
    if unknown:
        problems.append(
            f"{where}: unknown check code(s) {', '.join(unknown)} in a content-pipeline "
            "comment (write full codes such as TERM001)"
        )
    return frozenset(c for c in codes if c in known)


def article_suppressions(text: str, path: str) -> Suppressions:
    """The suppression comments of an article's source text (newlines normalised to LF)."""
    found = Suppressions()
    if "content-pipeline" not in text:
        return found
    lines = text.split("\n")
    comments: set[int] = set()
    next_line: list[tuple[int, Codes]] = []
    for number, line in enumerate(lines, start=1):
        match = _ARTICLE.fullmatch(line)
        if match is None:
            if _ARTICLE_MENTION.search(line):
                found.problems.append(
                    f"{path}:{number}: a content-pipeline comment must stand on its own line as "
                    "<!-- content-pipeline: disable=CODES -->, enable=… or disable-next-line=…"
                )
            continue
        comments.add(number)
        action = match["action"].lower()
        if action not in _ACTIONS:
            found.problems.append(
                f"{path}:{number}: unknown content-pipeline action '{match['action']}' "
                f"(expected {', '.join(_ACTIONS)})"
            )
            continue
        codes = _parse_codes(match["codes"], f"{path}:{number}", found.problems)
        if action == "disable-next-line":
            next_line.append((number, codes))
        else:
            found.regions.append(_Region(number, action, codes))
    found.comment_lines = frozenset(comments)
    for number, codes in next_line:
        # the next line with text: comments may be stacked and separated by blank lines
        target = next(
            (
                n
                for n in range(number + 1, len(lines) + 1)
                if lines[n - 1].strip() and n not in comments
            ),
            None,
        )
        if target is not None:
            found._add(target, codes)
    return found


def po_suppressions(path: Path) -> Suppressions:
    """`content-pipeline: disable=…` in the translator or extracted comments of PO entries.

    Findings on a PO entry carry the entry's line (see pipeline.ingest.bilingual.read_po), so
    the codes are turned off on that line.
    """
    found = Suppressions()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc
    if b"content-pipeline" not in data:
        return found
    # translate-toolkit's PO parser (0.03 s to import) only for a catalog with such comments
    from translate.storage import poparser, pypo

    # Latin-1 decodes every byte and the comments are ASCII, so one pass reads any catalog
    # (translate-toolkit's own charset switch fails on ISO-8859-1 catalogs).
    lines, _newline = pypo.splitlines(data)
    store = pypo.pofile(noheader=True)
    try:
        poparser.parse_units(poparser.PoParseState(lines, store.create_unit, "iso-8859-1"), store)
    except poparser.PoParseError as exc:
        raise InputError("malformed PO", str(path), exc.parse_state.lineno) from exc
    for entry in store.units:
        line = entry.line_number or 1
        notes = [entry.getnotes("translator"), entry.getnotes("developer")]
        for note in "\n".join(notes).splitlines():
            match = _PO.fullmatch(note)
            where = f"{path}:{line}"
            if match is None:
                if note.strip().lower().startswith("content-pipeline"):
                    found.problems.append(
                        f"{where}: unrecognised content-pipeline comment {note.strip()!r} "
                        "(expected 'content-pipeline: disable=CODES')"
                    )
                continue
            if match["action"].lower() != "disable":
                found.problems.append(
                    f"{where}: a PO comment can only disable checks for its entry "
                    f"('content-pipeline: disable=CODES'), not {match['action']!r}"
                )
                continue
            found._add(line, _parse_codes(match["codes"], where, found.problems))
    return found
