"""The quality gate's settings: baseline, fail-under and the [score] table."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.config import Config, load_config
from pipeline.core.errors import PipelineError


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_no_file_means_no_baseline_and_no_gate() -> None:
    config = Config()
    assert (config.baseline, config.fail_under, dict(config.score)) == (None, None, {})


def test_the_baseline_is_relative_to_the_configuration(project: Path) -> None:
    (project / "docs").mkdir()
    (project / "content-pipeline.toml").write_text(
        'baseline = "ci/baseline.json"\nfail-under = 80\n[score]\nper-words = 1000\n'
    )
    config = load_config(project / "docs")
    assert config.baseline == project / "ci" / "baseline.json"
    assert config.fail_under == 80.0
    assert dict(config.score) == {"per-words": 1000}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('fail-under = "80"\n', "fail-under must be a score from 0 to 100, not a string"),
        ("fail-under = true\n", "fail-under must be a score from 0 to 100, not a boolean"),
        ("fail-under = 101\n", "fail-under must be a score from 0 to 100, not 101"),
        ("baseline = 1\n", "baseline must be a string, not a number"),
        ('score = "strict"\n', "score must be a table, not a string"),
    ],
)
def test_a_wrong_type_names_the_setting(project: Path, text: str, message: str) -> None:
    (project / "content-pipeline.toml").write_text(text)
    with pytest.raises(PipelineError) as caught:
        load_config()
    assert str(caught.value) == f"content-pipeline.toml: {message}"
