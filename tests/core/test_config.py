"""Configuration: defaults without a file, every setting, and one-line errors naming the file."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from pipeline.core.config import Config, load_config, path_matches
from pipeline.core.errors import PipelineError
from pipeline.core.models import Severity

KNOWN = ["TERM001", "TERM002", "TERM003", "MT001", "MT002", "SPELL001", "NUM001"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(project: Path, text: str, name: str = "content-pipeline.toml") -> Path:
    path = project / name
    path.write_text(text, encoding="utf-8")
    return path


def error(project: Path, text: str) -> str:
    write(project, text)
    with pytest.raises(PipelineError) as caught:
        load_config().check_codes(KNOWN)
    return str(caught.value)


def test_defaults_without_a_file(project: Path) -> None:
    config = load_config()
    assert config == Config()
    assert (config.glossary, config.fail_on, config.select, config.severity) == (
        Path("glossary.csv"),
        Severity.ERROR,
        (),
        {},
    )


def test_every_setting_is_read(project: Path) -> None:
    write(
        project,
        """
glossary = "terms/glossary.csv"
language = "da"
fail-on = "warning"
select = ["TERM", "mt001"]
extend-select = ["SPELL001"]
ignore = ["TERM003"]

[severity]
TERM002 = "error"

[per-path-ignores]
"drafts/**" = ["SPELL001"]
""",
    )
    config = load_config()
    assert config.glossary == project / "terms" / "glossary.csv"
    assert config.language == "da"
    assert config.fail_on is Severity.WARNING
    assert (config.select, config.extend_select, config.ignore) == (
        ("TERM", "MT001"),
        ("SPELL001",),
        ("TERM003",),
    )
    assert config.severity == {"TERM002": Severity.ERROR}
    assert config.per_path_ignores == {"drafts/**": ("SPELL001",)}
    assert config.source == project / "content-pipeline.toml"


def test_pyproject_table_is_read_from_a_subfolder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project, '[tool.content-pipeline]\nselect = ["MT"]\n', "pyproject.toml")
    (project / "articles").mkdir()
    monkeypatch.chdir(project / "articles")
    assert load_config().select == ("MT",)


def test_a_pyproject_without_the_table_is_skipped(project: Path) -> None:
    write(project, "[tool.ruff]\nline-length = 100\n", "pyproject.toml")
    assert load_config() == Config()


def test_severity_override_longest_match_wins() -> None:
    config = Config(severity={"TERM": Severity.INFO, "TERM001": Severity.WARNING})
    assert config.severity_for("TERM001", Severity.ERROR) is Severity.WARNING
    assert config.severity_for("TERM002", Severity.WARNING) is Severity.INFO
    assert config.severity_for("MT001", Severity.ERROR) is Severity.ERROR


def test_per_path_ignores_are_relative_to_the_config_folder(project: Path) -> None:
    write(project, '[per-path-ignores]\n"drafts/*.md" = ["SPELL001"]\n"*.txt" = ["MT002"]\n')
    config = load_config()
    assert config.ignores_for(project / "drafts" / "a.md") == ("SPELL001",)
    assert config.ignores_for(project / "drafts" / "deep" / "a.md") == ()
    assert config.ignores_for(project / "articles" / "a.txt") == ("MT002",)
    assert config.ignores_for(project.parent / "elsewhere.txt") == ()


@pytest.mark.parametrize(
    ("glob", "path", "expected"),
    [
        ("drafts/*.md", "drafts/a.md", True),
        ("drafts/*.md", "drafts/x/a.md", False),
        ("drafts/**", "drafts/x/a.md", True),
        ("**/a.md", "a.md", True),
        ("**/a.md", "x/y/a.md", True),
        ("drafts", "drafts/x/a.md", True),
        ("drafts", "x/drafts/a.md", True),
        ("x/drafts", "drafts/a.md", False),
        ("*.md", "x/y/a.md", True),
        ("a?.md", "ab.md", True),
    ],
)
def test_glob_matching(glob: str, path: str, expected: bool) -> None:
    assert path_matches(glob, PurePosixPath(path)) is expected


def test_unknown_setting(project: Path) -> None:
    assert error(project, 'selct = ["TERM"]\n') == (
        "content-pipeline.toml: unknown setting(s) in the file: selct (known: glossary, "
        "language, audience, fail-on, select, extend-select, ignore, severity, per-path-ignores, "
        "translate, consistency-scope, baseline, fail-under, score, batch)"
    )


def test_unknown_setting_in_pyproject_names_the_table(project: Path) -> None:
    write(project, "[tool.content-pipeline]\nfoo = 1\n", "pyproject.toml")
    with pytest.raises(
        PipelineError,
        match=r"^pyproject.toml: unknown setting\(s\) in "
        r"\[tool.content-pipeline\]: foo",
    ):
        load_config()


def test_invalid_toml(project: Path) -> None:
    assert error(project, "select = [\n").startswith("content-pipeline.toml: invalid TOML: ")


def test_select_must_be_a_list(project: Path) -> None:
    assert error(project, 'select = "TERM"\n') == (
        'content-pipeline.toml: select must be a list of check codes, e.g. ["TERM", "MT001"]'
    )


def test_unknown_code_in_extend_select(project: Path) -> None:
    assert error(project, 'extend-select = ["NOPE1"]\n') == (
        "content-pipeline.toml: unknown check code(s) in extend-select: NOPE1"
    )


def test_fail_on_must_be_a_severity(project: Path) -> None:
    assert error(project, 'fail-on = "fatal"\n') == (
        "content-pipeline.toml: fail-on must be error, warning or info, not 'fatal'"
    )


def test_severity_value_must_be_a_severity(project: Path) -> None:
    assert error(project, '[severity]\nTERM002 = "high"\n') == (
        "content-pipeline.toml: severity.TERM002 must be error, warning or info, not 'high'"
    )


def test_severity_must_be_a_table(project: Path) -> None:
    assert error(project, 'severity = "error"\n') == (
        "content-pipeline.toml: severity must be a table, not a string"
    )


def test_unknown_code_in_severity(project: Path) -> None:
    assert error(project, '[severity]\nXX001 = "info"\n') == (
        "content-pipeline.toml: unknown check code(s) in severity: XX001"
    )


def test_per_path_ignores_values_must_be_code_lists(project: Path) -> None:
    assert error(project, '[per-path-ignores]\n"drafts/*" = "SPELL001"\n') == (
        "content-pipeline.toml: per-path-ignores 'drafts/*' must be a list of check codes, "
        'e.g. ["TERM", "MT001"]'
    )


def test_unknown_code_in_per_path_ignores(project: Path) -> None:
    assert error(project, '[per-path-ignores]\n"drafts/*" = ["SPEL001"]\n') == (
        "content-pipeline.toml: unknown check code(s) in per-path-ignores 'drafts/*': SPEL001"
    )


def test_glossary_must_be_a_string(project: Path) -> None:
    assert error(project, "glossary = 3\n") == (
        "content-pipeline.toml: glossary must be a string, not a number"
    )
