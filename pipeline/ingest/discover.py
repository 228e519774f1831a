"""Expands the PATH arguments of a command (files and folders) into article files."""

from __future__ import annotations

import errno
import stat
from collections.abc import Iterable
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.formats import format_for


def discover(paths: Iterable[Path], bilingual: bool = False) -> list[Path]:
    """Files named directly, plus supported files found under folders (sorted, no hidden).

    With `bilingual`, folders also yield XLIFF, TMX and PO files. The first path that cannot
    be used raises InputError; `discover_all` reports every one and keeps the others.
    """
    found, problems = discover_all(paths, bilingual)
    if problems:
        raise problems[0]
    return found


def discover_all(
    paths: Iterable[Path], bilingual: bool = False
) -> tuple[list[Path], list[InputError]]:
    """The files of every usable path, and an error for each path that is not usable."""
    found: list[Path] = []
    problems: list[InputError] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and found_in(path, p, bilingual)
            )
        elif path.is_file():
            found.append(path)
        else:
            problems.append(InputError(_unusable(path), str(path)))
    return list(dict.fromkeys(found)), problems


def found_in(folder: Path, path: Path, bilingual: bool = False) -> bool:
    """Whether `path`, below `folder`, is a file that a folder named on the command line
    yields: a supported one (`_wanted`) with no hidden part below the folder (so never the
    findings cache's `.content-pipeline-cache`). `check --watch` asks it of changed files."""
    return _wanted(path, bilingual) and not any(
        part.startswith(".") for part in path.relative_to(folder).parts
    )


def _wanted(path: Path, bilingual: bool) -> bool:
    """An article, or with `bilingual` a translation file (a glossary is neither)."""
    found = format_for(path)
    return found is not None and (
        found.kind == "article" or (bilingual and found.kind == "bilingual")
    )


def _unusable(path: Path) -> str:
    """Why a path that is neither a file nor a folder cannot be read, in a user's words."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return "broken symbolic link (its target does not exist)"
        if exc.errno == errno.ENOENT:
            return "no such file or folder"
        return f"cannot read: {exc.strerror}"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a named pipe), not read"
    return "not a regular file (a device or socket), not read"
