"""`check --watch`: a real process, real file events; each save is checked again and
reported, what the check would not read is left alone, Ctrl-C ends it with status 0."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.check_watch import Watched
from pipeline.cli.main import cli
from tests.cli.conftest import PROJECT_GLOSSARY, SEED, Project

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
drooling,da,savlen,preferred,,
drooling,da,dræning,forbidden,,article
"""
GOOD = "Muskeltrækninger\n\nPatienten har muskeltrækninger og savlen.\n"
BAD = "Muskeltrækninger\n\nPatienten har muskelsvindninger og savlen.\n"
PATIENT = "patient,da,patient,forbidden,,\n"  # "Patienten" in GOOD, once the glossary has it
WAIT = 60.0  # seconds before a test gives up on a line (a loaded CI machine)
QUIET = 2.0  # seconds in which no check may start after a change it must ignore


class Watcher:
    """`content-pipeline check --watch` in a process of its own, its output read by lines."""

    def __init__(self, folder: Path, *args: str, select: str | None = "TERM") -> None:
        command = [sys.executable, "-m", "pipeline", "check", *args, "--watch", "--no-cache"]
        self.process = subprocess.Popen(
            [*command, *(["--select", select] if select else []), "-j", "1"],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # one pipe: the report, then the note after it
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: Iterator[str]) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))

    def until_watching(self, timeout: float = WAIT) -> list[str]:
        """Every line up to the next "watching for changes" (report lines and notes)."""
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                raise AssertionError(f"no new check within {timeout} s; saw {seen}") from None
            if line.startswith("watching for changes"):
                return seen
            seen.append(line)

    def nothing_within(self, seconds: float) -> None:
        try:
            line = self.lines.get(timeout=seconds)
        except queue.Empty:
            return
        raise AssertionError(f"unexpected output: {line}")

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=WAIT)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def watcher(project: Project) -> Iterator[tuple[Path, list[Watcher]]]:
    folder = project({"glossary.csv": GLOSSARY, "articles/a.txt": GOOD})
    started: list[Watcher] = []
    yield folder, started
    for each in started:
        each.kill()


def _save(path: Path, text: str) -> None:
    """As an editor that writes a new file and renames it over the old one."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_each_save_is_checked_again_until_ctrl_c(
    watcher: tuple[Path, list[Watcher]],
) -> None:
    folder, started = watcher
    started.append(run := Watcher(folder, "articles"))
    first = run.until_watching()
    assert any("0 findings" in line or "No findings" in line for line in first), first
    _save(folder / "articles" / "a.txt", BAD)
    second = run.until_watching()
    assert any("changed: checking" in line and "a.txt" in line for line in second), second
    assert any("TERM001" in line and "muskelsvindninger" in line for line in second), second
    (folder / "articles" / "b.txt").write_text(BAD.replace("svindninger", "svindning"), "utf-8")
    third = run.until_watching()
    assert any("b.txt" in line and "TERM001" in line for line in third), third
    assert run.stop() == 0


def test_files_the_check_does_not_read_start_no_check_but_the_glossary_does(
    watcher: tuple[Path, list[Watcher]],
) -> None:
    folder, started = watcher
    started.append(run := Watcher(folder, "articles", "-o", "report.txt"))
    run.until_watching()
    assert "0 findings" in (folder / "report.txt").read_text(encoding="utf-8")
    (folder / "articles" / ".notes.txt").write_text(BAD, encoding="utf-8")  # hidden
    (folder / "articles" / "picture.png").write_bytes(b"\x89PNG")  # no article
    run.nothing_within(QUIET)
    _save(folder / "glossary.csv", GLOSSARY + "patient,da,borger,preferred,,\n" + PATIENT)
    lines = run.until_watching()
    assert any("the glossary or configuration changed" in line for line in lines), lines
    assert "TERM001" in (folder / "report.txt").read_text(encoding="utf-8")
    assert run.stop() == 0


def test_a_glossary_made_unusable_is_reported_and_the_watch_goes_on(
    watcher: tuple[Path, list[Watcher]],
) -> None:
    folder, started = watcher
    started.append(run := Watcher(folder, "articles"))
    run.until_watching()
    _save(folder / "glossary.csv", "concept_id,lang\n")
    lines = run.until_watching()
    assert any(line.startswith("error: ") and "glossary.csv" in line for line in lines), lines
    _save(folder / "glossary.csv", GLOSSARY)
    _save(folder / "articles" / "a.txt", BAD)
    lines = run.until_watching()
    assert any("TERM001" in line for line in lines), lines
    assert run.stop() == 0


def test_a_named_file_is_watched_in_its_folder(watcher: tuple[Path, list[Watcher]]) -> None:
    folder, started = watcher
    started.append(run := Watcher(folder, "articles/a.txt"))
    run.until_watching()
    (folder / "articles" / "other.txt").write_text(BAD, encoding="utf-8")  # not named
    run.nothing_within(QUIET)
    _save(folder / "articles" / "a.txt", BAD)
    assert any("TERM001" in line for line in run.until_watching())
    assert run.stop() == 0


@pytest.mark.parametrize("flag", ["--fix", "--diff", "--write-baseline=b.json"])
def test_watch_does_not_write_fixes_or_baselines(project: Project, flag: str) -> None:
    project({"a.txt": GOOD})
    result = CliRunner().invoke(cli, ["check", "a.txt", "--watch", flag])
    assert result.exit_code == 2
    assert "--watch checks and reports" in result.stderr


def test_watch_needs_paths_that_exist(project: Project) -> None:
    project({"a.txt": GOOD})
    result = CliRunner().invoke(cli, ["check", "a.txt", "missing", "--watch"])
    assert result.exit_code == 2
    assert "--watch: no such file or folder: missing" in result.stderr


def test_what_calls_for_a_check(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    (articles / "sub").mkdir(parents=True)
    named = tmp_path / "one.md"
    named.write_text(GOOD, encoding="utf-8")
    watched = Watched([articles, named], tmp_path / "articles" / "out.txt")
    assert watched.roots() == (sorted([articles, tmp_path]), True)
    calls = {
        articles / "a.txt": True,
        articles / "sub" / "b.md": True,
        articles / "c.po": True,  # a translation file
        articles / "out.txt": False,  # the report
        articles / ".content-pipeline-cache" / "x.txt": False,  # hidden
        articles / "picture.png": False,
        named: True,
        tmp_path / "two.md": False,  # beside the named file, not named
    }
    assert {path: watched(None, str(path)) for path in calls} == calls
    assert Watched([named], None).roots() == ([tmp_path], False)


def test_a_report_after_saves_is_a_new_process_report(
    watcher: tuple[Path, list[Watcher]],
) -> None:
    """The process that stays (its analysers have seen the texts before) reports each save as
    a new `check` process reports the file: every check, on the seed article and edits."""
    folder, started = watcher
    seed = SEED.read_text(encoding="utf-8")
    article = folder / "articles" / "a.txt"
    _save(article, seed)
    arguments = ["articles/a.txt", "--format", "json", "--glossary", str(PROJECT_GLOSSARY)]
    started.append(run := Watcher(folder, *arguments, "-o", "report.json", select=None))
    run.until_watching()
    paragraphs = seed.split("\n\n")
    edits = [
        "\n\n".join(paragraphs[:2] + paragraphs[3:]),  # a paragraph gone
        seed.replace("muskeltrækninger", "muskelsvindninger", 2),
        seed,  # as it was
    ]
    for text in edits:
        _save(article, text)
        run.until_watching()
        fresh = CliRunner().invoke(cli, ["check", *arguments, "--no-cache", "-j", "1"])
        assert fresh.exit_code in (0, 1), fresh.stderr
        watched = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        assert watched == json.loads(fresh.stdout)
    assert run.stop() == 0
