"""The console script ends its process without interpreter teardown (pipeline.cli.main.exit_now):
the exit status, the whole output and the exit handlers must be what a normal exit gives."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli.main import cli, exit_now
from tests.cli.conftest import PROJECT_GLOSSARY, SEED, Project


def run_script(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_the_script_prints_the_whole_report_and_exits_with_the_findings_status(
    project: Project,
) -> None:
    folder = project({"article.txt": SEED, "glossary.csv": PROJECT_GLOSSARY})
    args = ["check", "article.txt", "--no-cache", "--format", "json", "--select", "TERM,MT"]
    script = run_script(folder, *args)
    in_process = CliRunner().invoke(cli, args)
    assert in_process.exit_code == 1  # the seed article has forbidden terms
    assert (script.returncode, script.stdout) == (in_process.exit_code, in_process.stdout)


def test_usage_errors_and_messages_keep_their_status(project: Project) -> None:
    folder = project({})
    missing = run_script(folder, "check", "missing.txt")
    assert missing.returncode == 2
    assert "missing.txt" in missing.stderr
    unknown = run_script(folder, "no-such-command")
    assert unknown.returncode == 2
    assert "No such command" in unknown.stderr
    assert run_script(folder, "--version").returncode == 0


def test_exit_handlers_run_before_the_process_ends(project: Project) -> None:
    folder = project({})
    code = (
        "import atexit, sys\n"
        "from pipeline.cli.main import cli\n"
        "atexit.register(lambda: open('handler-ran', 'w').close())\n"
        "sys.argv = ['content-pipeline', '--version']\n"
        "cli()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, check=False)
    assert done.returncode == 0
    assert (folder / "handler-ran").exists()


def test_a_running_thread_keeps_the_normal_exit() -> None:
    release = threading.Event()
    worker = threading.Thread(target=release.wait)  # not a daemon: the exit must wait for it
    worker.start()
    try:
        exit_now(0)  # returns (this test goes on): the caller exits normally
        assert worker.is_alive()
    finally:
        release.set()
        worker.join()
