"""`check --jobs N` spreads files over processes and reports exactly what one process does."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.checking.files import CheckRun
from pipeline.cli.main import GC_THRESHOLD, cli
from pipeline.glossary.model import Glossary

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: da\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)
ENTRIES = [
    ('msgid "Delete %(name)s"\nmsgstr "Slet %(navn)s"\n'),  # PH001
    ('msgid "Save "\nmsgstr "Gem"\n'),  # WS001
    ('msgid "Page 2 of 10"\nmsgstr "Side 2 af 11"\n'),  # NUM001
    ('msgid "Delete the selected items"\nmsgstr ""\n'),  # UNTR001 (information)
]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for n in range(8):
        body = "\n".join(ENTRIES[: 1 + n % len(ENTRIES)])
        (tmp_path / f"app{n}.po").write_text(HEADER + body, encoding="utf-8")
    (tmp_path / "broken.po").write_text(HEADER + 'msgid "x"\nmsgstr\n', encoding="utf-8")
    (tmp_path / "again.po").write_text(  # CONS001 across files: judged after the workers
        HEADER + 'msgid "Delete the selected items"\nmsgstr "Fjern de markerede"\n',
        encoding="utf-8",
    )
    (tmp_path / "also.po").write_text(
        HEADER + 'msgid "Delete the selected items"\nmsgstr "Slet de valgte"\n',
        encoding="utf-8",
    )
    # CONS001 across the files of the folder (by default it compares within one catalog)
    (tmp_path / "content-pipeline.toml").write_text('consistency-scope = "folder"\n')
    return tmp_path


def _check(jobs: str) -> tuple[int, dict[str, object], str]:
    result = CliRunner().invoke(cli, ["check", ".", "--format", "json", "--jobs", jobs])
    return result.exit_code, json.loads(result.stdout), result.stderr


def test_two_processes_report_what_one_process_reports(folder: Path) -> None:
    one = _check("1")
    two = _check("2")
    assert one == two
    code, report, stderr = two
    assert code == 2  # broken.po could not be read; the others were still checked
    assert "broken.po:" in stderr
    found = {(Path(str(f["path"])).name, f["code"]) for f in report["findings"]}  # type: ignore[index, attr-defined]
    assert {("app0.po", "PH001"), ("app1.po", "WS001"), ("app2.po", "NUM001")} <= found
    assert ("app3.po", "UNTR001") in found
    assert {code for _, code in found if code == "CONS001"} == {"CONS001"}


def test_results_come_back_in_file_order(folder: Path) -> None:
    files = sorted(folder.glob("app*.po"))
    run = CheckRun(Glossary([]), None, None, False, False, True, keep_units=False)
    tasks = [(file, ((), ())) for file in files]
    results = list(run.check_all(tasks, jobs=2))
    assert [r.path for r in results] == files
    assert all(r.failure is None and r.findings for r in results)


def test_the_default_uses_every_cpu_and_agrees(folder: Path) -> None:
    assert _check("0") == _check("1")


def test_a_command_runs_with_the_raised_collector_threshold(folder: Path) -> None:
    """The CLI raises the cyclic collector's threshold before a command (see GC_THRESHOLD);
    the pool's workers are forked from that process and run with it too."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        assert _check("2")[0] == 2
        assert gc.get_threshold() == GC_THRESHOLD
    finally:
        gc.set_threshold(*before)
