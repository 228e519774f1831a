"""Applies findings' suggestions to a source text, pass after pass, as `ruff --fix` does.

Checks see the text with LF newlines (the readers normalise them); the file may have CRLF or
CR. Edits are planned on the LF text and applied to the text as the file has it, mapping
each offset back, so the newlines and every character outside an edit stay as they were.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from pipeline.core.models import Finding
from pipeline.core.positions import LineIndex

MAX_PASSES = 10

# Suggestions that are a guess to show, never an edit to apply, even with --unsafe-fixes
# (ruff's "display-only" fixes): hunspell's first suggestion for an unknown word.
DISPLAY_ONLY = frozenset({"SPELL001"})

# What may stand beside a deleted line's text and go with it: indentation and Markdown block
# markers (`# Title`, `> quote`, `- item`, `1. item`), closing `#`s of a heading.
_LINE_PREFIX = re.compile(r"[ \t]*(?:(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]*)*")
_LINE_SUFFIX = re.compile(r"[ \t#]*")

Checker = Callable[[str], list[Finding]]


class Guard(Protocol):
    """Judges an edit on the text it changes (pipeline.fix.meaning.MeaningGuard)."""

    def allows(self, text: str, start: int, end: int, replacement: str) -> bool: ...


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] (LF text offsets) by `replacement`, fixing `findings`."""

    start: int
    end: int
    replacement: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class FixResult:
    text: str  # with the original newlines
    fixed: list[Finding]  # whose edits were applied, over all passes
    remaining: list[Finding]  # the findings of the fixed text
    passes: int


def applicable(finding: Finding, unsafe: bool = False) -> bool:
    """Whether `--fix` (or `--fix --unsafe-fixes`) applies this finding's suggestion."""
    if finding.suggestion is None or finding.code in DISPLAY_ONLY:
        return False
    return finding.fixable or unsafe


def edit_for(finding: Finding, text: str, index: LineIndex | None = None) -> Edit | None:
    """The edit of one finding on the LF text, or None when its source is not its match.

    A Markdown match can differ from its source range (`**muskel**svindninger`); replacing
    the range would lose the markup, so such a finding is left for the editor.
    """
    if finding.suggestion is None:
        return None
    index = index or LineIndex(text)
    if finding.end_line > index.line_count or finding.line > index.line_count:
        return None
    start = index.line_start(finding.line) + finding.column - 1
    end = index.line_start(finding.end_line) + finding.end_column - 1
    if not 0 <= start <= end <= len(text) or text[start:end] != finding.match:
        return None
    if finding.suggestion == "":
        lines = _whole_lines(text, start, end)
        if lines is not None:
            start, end = lines
    return Edit(start, end, finding.suggestion, (finding,))


def _whole_lines(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The range that deletes the line(s) of text[start:end] and one adjacent blank line.

    None when the lines hold more than the match (then only the match is deleted). Of the
    blank lines around, one goes, so no double blank line, nor one at the start or end of the
    file, is left behind.
    """
    first = text.rfind("\n", 0, start) + 1
    newline = text.find("\n", end)
    last = len(text) if newline < 0 else newline + 1  # after the line's newline
    line_end = len(text) if newline < 0 else newline
    if (
        not text[start:end].strip()
        or not _LINE_PREFIX.fullmatch(text, first, start)
        or not _LINE_SUFFIX.fullmatch(text, end, line_end)
    ):
        return None
    at_start, at_end = first == 0, last >= len(text)
    before = text.rfind("\n", 0, first - 1) + 1 if not at_start else 0
    after_newline = text.find("\n", last)
    after = len(text) if after_newline < 0 else after_newline + 1
    blank_before = not at_start and not text[before:first].strip()
    blank_after = not at_end and not text[last:after].strip()
    if blank_after and (blank_before or at_start):
        return first, after
    if blank_before and at_end:
        return before, last
    return first, last


def plan(
    text: str, findings: Iterable[Finding], unsafe: bool = False, guard: Guard | None = None
) -> list[Edit]:
    """Non-overlapping edits in text order; the others wait for the next pass.

    Findings with the same edit (TERM003 and TERM004 on one word) share it. An edit the
    `guard` refuses (one that would change the meaning) is left for the editor.
    """
    index = LineIndex(text)
    merged: dict[tuple[int, int, str], Edit] = {}
    for finding in findings:
        if not applicable(finding, unsafe):
            continue
        edit = edit_for(finding, text, index)
        if edit is None or text[edit.start : edit.end] == edit.replacement:
            continue
        if guard is not None and not guard.allows(text, edit.start, edit.end, edit.replacement):
            continue
        key = (edit.start, edit.end, edit.replacement)
        if key in merged:
            edit = Edit(*key, merged[key].findings + edit.findings)
        merged[key] = edit
    chosen: list[Edit] = []
    for edit in sorted(merged.values(), key=lambda e: (e.start, e.end, e.findings[0].code)):
        if chosen and (edit.start < chosen[-1].end or edit.start == chosen[-1].start):
            continue
        chosen.append(edit)
    return chosen


def normalise_newlines(text: str) -> str:
    """The text as the readers give it to checks: CRLF and CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def apply_edits(raw: str, edits: list[Edit]) -> str:
    """Apply edits planned on `normalise_newlines(raw)` to `raw`, keeping its newlines."""
    # LF-text offsets of the newlines that are CRLF in `raw`: each one before an offset
    # shifts it by one character.
    crlf = [m.start() - i for i, m in enumerate(re.finditer("\r\n", raw))]
    newline = "\r\n" if len(crlf) * 2 > raw.count("\n") else "\n"

    def raw_offset(offset: int) -> int:
        return offset + bisect_left(crlf, offset)

    parts: list[str] = []
    cursor = 0
    for edit in edits:
        start, end = raw_offset(edit.start), raw_offset(edit.end)
        parts.append(raw[cursor:start])
        parts.append(edit.replacement.replace("\n", newline))
        cursor = end
    parts.append(raw[cursor:])
    return "".join(parts)


def fix_text(
    raw: str,
    check: Checker,
    unsafe: bool = False,
    max_passes: int = MAX_PASSES,
    guard: Guard | None = None,
) -> FixResult:
    """Check, apply the fixes that do not overlap, check again, until nothing is left to fix.

    `check` receives the LF text and returns its findings. A pass that would empty the text
    or bring back an earlier text ends the loop, so fixes that undo each other cannot cycle.
    """
    fixed: list[Finding] = []
    seen = {raw}
    findings = check(normalise_newlines(raw))
    for done in range(max_passes):
        edits = plan(normalise_newlines(raw), findings, unsafe, guard)
        if not edits:
            return FixResult(raw, fixed, findings, done)
        candidate = apply_edits(raw, edits)
        if candidate in seen or not candidate.strip():
            return FixResult(raw, fixed, findings, done)
        seen.add(candidate)
        raw = candidate
        fixed.extend(finding for edit in edits for finding in edit.findings)
        findings = check(normalise_newlines(raw))
    return FixResult(raw, fixed, findings, max_passes)
