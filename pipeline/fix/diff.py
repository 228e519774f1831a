"""Unified diffs of what `check --fix` would change (`check --diff`), as `ruff --diff` shows."""

from __future__ import annotations

import difflib

from pipeline.fix.apply import normalise_newlines

_NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    """Lines with their newline; only LF ends a line (str.splitlines also splits at \\f …)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def unified_diff(before: str, after: str, path: str, context: int = 3) -> str:
    """The diff from `before` to `after` with `path` in both headers ("" when they are equal).

    Shown with LF newlines (a CRLF file is written back with CRLF); a last line without a
    newline is marked as `diff` and git mark it, so `patch -p0` applies the output.
    """
    if before == after:
        return ""
    out: list[str] = []
    for line in difflib.unified_diff(
        _lines(normalise_newlines(before)),
        _lines(normalise_newlines(after)),
        fromfile=path,
        tofile=path,
        n=context,
    ):
        out.append(line if line.endswith("\n") else f"{line}\n{_NO_NEWLINE}")
    return "".join(out)
