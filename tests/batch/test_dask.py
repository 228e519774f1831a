"""`run --executor dask`: the same files as the local executor, workers that die, reruns that
skip, one rate limit over all workers. One LocalCluster (2 worker processes) serves the module;
one more is started by `--workers 2` the way a user starts it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.batch.executors import Executor
from pipeline.batch.runner import BatchOptions, RunReport, run_batch
from pipeline.batch.task import RunSettings
from pipeline.cli.main import cli
from pipeline.core.config import Config
from pipeline.glossary.model import Glossary
from pipeline.workflow import TranslationSetup
from tests.batch.conftest import outputs, write_articles
from tests.batch.engines import CRASH_ONCE, POISON
from tests.translate.libre_server import FakeLibreTranslate

pytest.importorskip("distributed")

ARTICLES = 6


class Recorder:
    """The run's events as a caller sees them."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.advanced_names: list[str] = []

    def started(self, articles: int, executor: Executor) -> None:
        self.executor = executor.name

    def advanced(self, name: str, count: int) -> None:
        self.advanced_names += [name] * count

    def segments(self, language: str, count: int) -> None:
        pass

    def error(self, message: str) -> None:
        self.errors.append(message)


def settings(
    engine: str = "crash-test", language: str = "da", target: str = "nb", **engine_options: Any
) -> RunSettings:
    return RunSettings(
        glossary=Glossary([]),
        language=language,
        config=Config(),
        codes=["MECH001", "MT001"],
        translation=TranslationSetup([target], engine, engine_options),
    )


def batch(
    folder: Path, out: Path, setup: RunSettings, **options: Any
) -> tuple[RunReport, Recorder]:
    events = Recorder()
    return run_batch([folder], setup, out, events, BatchOptions(**options)), events


def cli_run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["run", *args])


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One folder run by the local executor and by `--executor dask --workers 2`."""
    root = tmp_path_factory.mktemp("runs")
    folder = write_articles(root / "articles", ARTICLES)
    local = cli_run(str(folder), "--to", "nb", "--out", str(root / "local"))
    dask = cli_run(
        str(folder), "--to", "nb", "--out", str(root / "dask"), "--executor", "dask",
        "--workers", "2", "--batch-size", "2",
    )  # fmt: skip
    return {"root": root, "folder": folder, "local": local, "dask": dask}


def test_dask_writes_the_same_files_as_the_local_executor(runs: dict[str, Any]) -> None:
    assert runs["local"].exit_code == 0, runs["local"].output
    assert runs["dask"].exit_code == 0, runs["dask"].output
    local, dask = outputs(runs["root"] / "local"), outputs(runs["root"] / "dask")
    assert len(local) == ARTICLES * 3  # content.da.json, content.nb.json, the XLIFF
    assert dask == local


def test_a_local_cluster_started_by_the_command_shows_its_dashboard(runs: dict[str, Any]) -> None:
    assert re.search(r"Dask dashboard: http://\S+:\d+/status", runs["dask"].stderr)


def test_a_rerun_sends_no_unchanged_article_to_a_worker(runs: dict[str, Any], cluster: str) -> None:
    from distributed import Client, get_task_stream

    out = runs["root"] / "dask"
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    with Client(cluster, set_as_default=False) as client, get_task_stream(client) as stream:
        again = cli_run(
            str(runs["folder"]), "--to", "nb", "--out", str(out), "--scheduler", cluster
        )
    assert again.exit_code == 0, again.output
    assert f"{ARTICLES} unchanged articles skipped" in again.stdout
    assert stream.data == []  # not one task reached the cluster
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.json")} == stamps


def test_a_worker_killed_mid_task_is_replaced_and_nothing_is_written_twice(
    cluster: str, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "articles", 4, {2: CRASH_ONCE})
    (tmp_path / "state").mkdir()
    report, events = batch(
        folder, tmp_path / "dask", settings(state=str(tmp_path / "state")),
        executor="dask", scheduler=cluster, batch_size=1,
    )  # fmt: skip
    assert (tmp_path / "state" / "crashed").exists()  # a worker process really died on it
    assert events.errors == [] and report.failures == 0
    assert sorted(events.advanced_names) == [f"artikel-{n:02d}.txt" for n in range(4)]
    local, _ = batch(folder, tmp_path / "local", settings())
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
    assert [r.source for r in report.results] == [r.source for r in local.results]


def test_a_poisoned_article_is_reported_by_path_and_the_batch_finishes(
    cluster: str, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "articles", 3, {1: POISON})
    report, events = batch(
        folder, tmp_path / "out", settings(), executor="dask", scheduler=cluster, batch_size=1
    )
    poisoned = folder / "artikel-01.txt"
    assert report.poisoned == [poisoned]
    assert report.failures == 1
    assert events.errors == [
        f"{poisoned}: its worker died each time it was tried; given up (a poisoned input?)"
    ]
    assert [r.source.name for r in report.results] == ["artikel-00.txt", "artikel-02.txt"]
    assert (tmp_path / "out" / "artikel-02" / "content.nb.json").is_file()
    assert not (tmp_path / "out" / "artikel-01").exists()


def test_one_rate_limit_holds_over_all_workers(
    cluster: str, tmp_path: Path, libre: FakeLibreTranslate
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):  # 4 segments each: 12 requests
        text = f"Day {n}\n\nThis is sentence {n}. The muscle is long {n}. Hello world {n}.\n"
        (folder / f"day-{n}.txt").write_text(text, encoding="utf-8")
    report, events = batch(
        folder, tmp_path / "out", settings("libre", "en", "de", endpoint=libre.url),
        executor="dask", scheduler=cluster, batch_size=1, rate_limit=2,
    )  # fmt: skip
    assert events.errors == [] and len(report.results) == 3
    arrivals = sorted(libre.arrivals)
    assert len(arrivals) == 12
    # at most 2 requests start in any second, whichever worker sends them (half a second of
    # slack for delivery on a loaded machine); unlimited, the 2 workers send them in a burst
    assert all(sum(1 for t in arrivals if start <= t < start + 0.5) <= 2 for start in arrivals)
    assert arrivals[-1] - arrivals[0] >= (12 - 2) / 2 - 0.5


def test_check_on_a_cluster_reports_what_check_reports_here(cluster: str, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 4)
    (folder / "artikel-01.txt").write_text("Hos Hos lægen\n\nDet er er godt.\n", encoding="utf-8")
    from distributed import Client, get_task_stream

    here = CliRunner().invoke(cli, ["check", str(folder), "--format", "json", "--no-cache"])
    with Client(cluster, set_as_default=False) as client, get_task_stream(client) as stream:
        there = CliRunner().invoke(
            cli,
            ["check", str(folder), "--format", "json", "--no-cache", "--scheduler", cluster],
        )
    assert here.exit_code == there.exit_code == 1, there.output
    assert len(stream.data) == 4  # one task per file, on the cluster
    assert there.stdout == here.stdout
    assert "MECH001" in here.stdout
