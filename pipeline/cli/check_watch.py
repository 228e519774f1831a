"""`check --watch`: check again whenever a checked file, the glossary or the configuration
changes, in one process that keeps what it loaded.

A cold `check` of one article spends most of its time before the first finding: the
interpreter and our modules, both hunspell dictionaries, the analysers' start (README,
"Benchmarks"). An editor who saves and checks again pays that at every save; a process that
stays keeps the dictionaries, the language model, the Apertium chains and every answer in
memory, and checks an edited article again in a fraction of the time. File events come from
watchfiles (Rust's notify: inotify, FSEvents, ReadDirectoryChangesW), as uvicorn's reloader
uses it. The glossary and the configuration file often live in the project's root, which a
recursive watch would have to cover whole (.git, node_modules), so they are compared by their
status at each wake-up instead, at least every `TICK_MS`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import click

from pipeline.cli.options import shown_path
from pipeline.core.errors import PipelineError
from pipeline.ingest.discover import found_in

TICK_MS = 200  # the longest wait before the glossary's and configuration's status is read
# Changes this soon after the first are checked together: a save can be several writes (a
# temporary file renamed over the article, then its times set).
DEBOUNCE_MS = 150

# One check and its report: the exit status it would have, and the settings files it read.
Check = Callable[[bool], tuple[int, list[Path]]]
Stamp = tuple[int, int, int] | None


class Watched:
    """Which changed files call for a new check: a file named on the command line, or one
    the check would read under a folder named on it (an article or translation file, none
    hidden, so not the findings cache's folder), never the report `--output` writes."""

    def __init__(self, paths: Iterable[Path], output: Path | None) -> None:
        paths = [Path(os.path.abspath(p)) for p in paths]
        self.files = {p for p in paths if not p.is_dir()}
        self.folders = [p for p in paths if p.is_dir()]
        self.output = Path(os.path.abspath(output)) if output is not None else None

    def roots(self) -> tuple[list[Path], bool]:
        """What to watch, and whether below its folders: every folder named (recursively),
        and the folder of each file named (only its own entries when no folder is named)."""
        return sorted({*self.folders, *(f.parent for f in self.files)}), bool(self.folders)

    def __call__(self, change: object, name: str) -> bool:
        """watchfiles' filter: whether a change of `name` calls for a new check."""
        path = Path(name)
        if path == self.output:
            return False
        if path in self.files:
            return True
        for folder in self.folders:
            if path.is_relative_to(folder):
                return found_in(folder, path, bilingual=True)  # as check_paths finds files
        return False


def watch_paths(paths: tuple[Path, ...], output: Path | None, check: Check) -> None:
    """Run `check` on `paths`, then again after each change `Watched` lets through or of the
    settings files the last run read, until Ctrl-C. A run that fails (a glossary or
    configuration made unusable) is reported in one line and the watch goes on."""
    from watchfiles import watch

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.UsageError(f"--watch: no such file or folder: {', '.join(missing)}")
    watched = Watched(paths, output)
    roots, recursive = watched.roots()
    events = watch(
        *roots,
        watch_filter=watched,
        debounce=DEBOUNCE_MS,
        rust_timeout=TICK_MS,
        yield_on_timeout=True,
        recursive=recursive,
    )
    try:
        # the watcher starts at the first step (within TICK_MS), before the first check: a
        # save made while it runs is checked next, none between the two is lost
        next(events)
        settings = _run(check, first=True) or []
        stamps = _stamps(settings)
        _waiting()
        for changes in events:
            names = sorted({name for _, name in changes})
            now = _stamps(settings)
            if not names and now == stamps:
                continue  # a wake-up with nothing new
            shown = ", ".join(str(shown_path(Path(name))) for name in names)
            shown = shown or "the glossary or configuration"
            click.echo(f"\n[{time.strftime('%H:%M:%S')}] {shown} changed: checking", err=True)
            settings = _run(check, first=False) or settings
            stamps = _stamps(settings)
            _waiting()
    except KeyboardInterrupt:
        click.echo("", err=True)  # the end of the "watching" line; exit status 0


def _run(check: Check, *, first: bool) -> list[Path] | None:
    """One check; the settings files to compare at the next wake-up, None when it failed
    before reading them all (a glossary or configuration made unusable: the caller keeps
    comparing the ones it had, so that mending it starts the next check)."""
    try:
        _, settings = check(first)
    except click.UsageError as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        return None
    except PipelineError as exc:
        click.echo(f"error: {exc}", err=True)
        return None
    return settings


def _stamps(files: list[Path]) -> list[Stamp]:
    """What tells that a file changed: its size, modification time and inode (None when it
    is gone)."""
    stamps: list[Stamp] = []
    for file in files:
        try:
            status = file.stat()
        except OSError:
            stamps.append(None)
        else:
            stamps.append((status.st_size, status.st_mtime_ns, status.st_ino))
    return stamps


def _waiting() -> None:
    # the report first, whole: standard output into a pipe (`| tee`) is written in blocks
    sys.stdout.flush()
    click.echo("watching for changes (Ctrl-C to stop)", err=True)
