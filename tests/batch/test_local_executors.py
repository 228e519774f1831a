"""The batch engine without Dask: no Dask import, outputs through fsspec URLs, the process
pool, the rate limit of one process, and a run killed half-way that resumes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from itertools import pairwise
from pathlib import Path

import fsspec
import pytest
from click.testing import CliRunner, Result

from pipeline.cli.main import cli
from pipeline.translate.limit import TokenBucket
from tests.batch.conftest import outputs, without_time, write_articles
from tests.batch.engines import CRASH_ONCE
from tests.translate.libre_server import FakeLibreTranslate

ROOT = Path(__file__).parent.parent.parent


def cli_run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["run", *args])


def test_the_default_run_never_imports_dask(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 2)
    out = str(tmp_path / "out")
    script = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        from pipeline.cli.main import cli
        result = CliRunner().invoke(cli, ["run", {str(folder)!r}, "--out", {out!r}])
        assert result.exit_code == 0, result.output
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed")))
    """)  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "out" / "artikel-01" / "content.da.json").is_file()


def test_an_fsspec_memory_url_gets_the_files_a_folder_gets(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 2)
    assert cli_run(str(folder), "--out", str(tmp_path / "folder")).exit_code == 0
    url = f"memory://batch-{os.getpid()}-{tmp_path.name}"
    result = cli_run(str(folder), "--out", url)
    assert result.exit_code == 0, result.output
    assert f"{url}/artikel-00/content.da.json" in result.stdout
    memory = fsspec.filesystem("memory")
    root = url.removeprefix("memory://")
    found = {
        name.removeprefix(f"/{root}/"): without_time(name, memory.cat_file(name))
        for name in memory.find(root)
    }
    assert found == outputs(tmp_path / "folder")


def test_a_file_url_writes_into_that_folder(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 1)
    result = cli_run(str(folder), "--out", (tmp_path / "out").as_uri())
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "artikel-00" / "content.da.json").is_file()


def test_a_remote_out_asks_where_the_translation_memory_goes(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 1)
    result = cli_run(str(folder), "--out", "memory://elsewhere", "--to", "nb")
    assert result.exit_code == 2
    assert "--out memory://elsewhere is not local: give --memory FILE or --no-memory" in (
        result.output
    )


def test_the_process_pool_writes_the_same_files_as_the_local_executor(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 3)
    local = cli_run(str(folder), "--out", str(tmp_path / "local"))
    pool = cli_run(
        str(folder), "--out", str(tmp_path / "pool"), "--executor", "processes", "--workers", "2"
    )
    assert local.exit_code == 0 and pool.exit_code == 0, pool.output
    assert outputs(tmp_path / "pool") == outputs(tmp_path / "local")


def test_scheduler_is_for_dask_only(tmp_path: Path) -> None:
    result = cli_run("x", "--out", str(tmp_path), "--executor", "processes", "--scheduler", "a")
    assert result.exit_code == 2
    assert "--scheduler is a Dask cluster's; not for --executor processes" in result.output


def test_a_token_bucket_spaces_calls_by_its_rate() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))
        now[0] += seconds

    bucket = TokenBucket(4, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        bucket.acquire()
    assert slept == [0.25, 0.25]
    now[0] += 10  # idle time is not saved up into a burst
    bucket.acquire()
    bucket.acquire()
    assert slept == [0.25, 0.25, 0.25]


def test_a_killed_run_resumes_where_it_stopped(tmp_path: Path) -> None:
    """The local executor runs in the command's own process: the crash-test engine kills the
    whole run at the third article. The rerun skips the two written before the crash."""
    folder = write_articles(tmp_path / "articles", 4, {2: CRASH_ONCE})
    (tmp_path / "state").mkdir()
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import tests.batch.engines
        from pipeline.batch.runner import BatchOptions, run_batch
        from pipeline.batch.task import RunSettings
        from pipeline.core.config import Config
        from pipeline.glossary.model import Glossary
        from pipeline.workflow import TranslationSetup

        class Shown:
            def started(self, articles, executor): pass
            def advanced(self, name, count): print("written", name, count, flush=True)
            def segments(self, language, count): pass
            def error(self, message): print("error", message, flush=True)

        out = Path({str(tmp_path / "out")!r})
        setup = TranslationSetup(["nb"], "crash-test", {{"state": {str(tmp_path / "state")!r}}},
                                 memory_path=out / ".cache" / "tm.sqlite")
        settings = RunSettings(Glossary([]), "da", Config(), ["MECH001"], setup)
        options = BatchOptions(batch_size=1, checkpoint_seconds=0)
        report = run_batch([Path({str(folder)!r})], settings, out, Shown(), options, tool="t")
        print("kept", report.kept, "failures", report.failures)
    """)  # fmt: skip

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
        )

    killed = run()
    assert killed.returncode == 70, killed.stderr  # the engine's os._exit: no clean-up ran
    assert killed.stdout.split("\n")[:2] == ["written artikel-00.txt 1", "written artikel-01.txt 1"]
    resumed = run()
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.splitlines() == [
        "written  2",  # the two kept, advanced together
        "written artikel-02.txt 1",
        "written artikel-03.txt 1",
        "kept 2 failures 0",
    ]


@pytest.mark.parametrize("option", ["--workers", "--batch-size"])
def test_counts_are_whole_numbers_of_one_or_more(option: str, tmp_path: Path) -> None:
    result = cli_run("x", "--out", str(tmp_path), option, "0")
    assert result.exit_code == 2


def test_the_local_executor_paces_provider_requests(
    tmp_path: Path, libre: FakeLibreTranslate
) -> None:
    from pipeline.batch.runner import BatchOptions, run_batch
    from pipeline.batch.task import RunSettings
    from pipeline.core.config import Config
    from pipeline.glossary.model import Glossary
    from pipeline.workflow import TranslationSetup

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "day.txt").write_text(
        "Day\n\nThis is one. The muscle is long. Hello world. A good day.\n", encoding="utf-8"
    )
    setup = TranslationSetup(["de"], "libre", {"endpoint": libre.url})
    settings = RunSettings(Glossary([]), "en", Config(), ["MECH001"], setup)

    class Quiet:
        def started(self, articles: int, executor: object) -> None: ...
        def advanced(self, name: str, count: int) -> None: ...
        def segments(self, language: str, count: int) -> None: ...
        def error(self, message: str) -> None:
            raise AssertionError(message)

    report = run_batch([folder], settings, tmp_path / "out", Quiet(), BatchOptions(rate_limit=5))
    assert len(report.results) == 1
    arrivals = sorted(libre.arrivals)
    assert len(arrivals) == 5  # the title and four sentences, one request each
    gaps = [later - earlier for earlier, later in pairwise(arrivals)]
    assert min(gaps) >= 0.2 - 0.05  # 5 a second, whatever the provider's own speed
