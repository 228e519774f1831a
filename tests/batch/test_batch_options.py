"""Where `run` sends its tasks: the command line, DASK_SCHEDULER_ADDRESS, then [batch]."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.cli.run import batch_settings
from pipeline.core.config import Config, load_config
from pipeline.core.errors import PipelineError


def options(**given: Any) -> dict[str, Any]:
    return {"executor": None, "workers": None, "scheduler": None, "batch_size": None,
            "rate_limit": None, **given}  # fmt: skip


def test_the_default_is_the_local_executor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://127.0.0.1:8786")
    chosen = batch_settings(options(), Config(), "out")
    assert (chosen.executor, chosen.scheduler) == ("local", None)


def test_a_scheduler_address_implies_dask() -> None:
    chosen = batch_settings(options(scheduler="tcp://h:8786"), Config(), "out")
    assert (chosen.executor, chosen.scheduler) == ("dask", "tcp://h:8786")


def test_dask_finds_its_cluster_in_the_environment_before_the_configuration(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = Config(batch={"executor": "dask", "scheduler": "tcp://configured:8786"})
    assert batch_settings(options(), config, "out").scheduler == "tcp://configured:8786"
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://environment:8786")
    assert batch_settings(options(), config, "out").scheduler == "tcp://environment:8786"


def test_workers_start_a_local_cluster_even_with_a_configured_scheduler() -> None:
    config = Config(batch={"scheduler": "tcp://configured:8786"})
    chosen = batch_settings(options(executor="dask", workers=2), config, "out")
    assert (chosen.scheduler, chosen.workers) == (None, 2)


def test_the_batch_table_is_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / "content-pipeline.toml").write_text(
        '[batch]\nexecutor = "processes"\nworkers = 4\nrate-limit = 2.5\n', encoding="utf-8"
    )
    chosen = batch_settings(options(), load_config(tmp_path), "out")
    assert (chosen.executor, chosen.workers, chosen.rate_limit) == ("processes", 4, 2.5)
    (tmp_path / "content-pipeline.toml").write_text("[batch]\nworkers = 0\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"batch\.workers must be a whole number of 1 or more"):
        load_config(tmp_path)


def test_the_command_line_rate_limit_wins_over_the_configuration() -> None:
    config = Config(batch={"rate-limit": 10})
    assert batch_settings(options(), config, "out").rate_limit == 10
    assert batch_settings(options(rate_limit=2.5), config, "out").rate_limit == 2.5
