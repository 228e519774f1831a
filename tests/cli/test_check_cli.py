"""`content-pipeline check`: output formats, exit codes, input errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import COMMANDS, cli
from tests.cli.conftest import Project

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
drooling,da,savlen,preferred,,
drooling,da,dræning,forbidden,,article
drooling,da,sikl,admitted,colloquial,
"""
BAD = "Muskeltrækninger\n\nPatienten har muskelsvindninger og dræning.\n"
GOOD = "Muskeltrækninger\n\nPatienten har muskeltrækninger og savlen.\n"


@pytest.fixture
def workdir(project: Project) -> Path:
    return project({"glossary.csv": GLOSSARY, "bad.txt": BAD, "good.txt": GOOD})


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_findings_are_printed_with_position_code_and_suggestion(workdir: Path) -> None:
    code, out, _ = invoke("check", "bad.txt", "--select", "TERM")
    assert code == 1
    assert out.splitlines() == [
        "bad.txt:3:15: TERM001 error: forbidden term 'muskelsvindninger' for concept "
        "'fasciculation': use 'muskeltrækninger' (mistranslation)",
        "bad.txt:3:36: TERM001 error: forbidden term 'dræning' for concept 'drooling': "
        "use 'savlen'",
        "",
        "bad.txt: score 0.0 (da, 6 words, 50 penalty points; terminology 2)",
        "",
        "2 findings (2 errors, 0 warnings, 0 info) in 1 file; 2 fixable",
    ]


def test_clean_file_exits_zero(workdir: Path) -> None:
    code, out, _ = invoke("check", "good.txt", "--select", "TERM")
    assert code == 0
    assert out.strip() == "0 findings (0 errors, 0 warnings, 0 info) in 1 file"


def test_fail_on_threshold(workdir: Path) -> None:
    (workdir / "info.txt").write_text("Titel\n\nDer var sikl.\n", encoding="utf-8")
    assert invoke("check", "info.txt", "--select", "TERM")[0] == 0
    assert invoke("check", "info.txt", "--select", "TERM", "--fail-on", "warning")[0] == 0
    assert invoke("check", "info.txt", "--select", "TERM", "--fail-on", "info")[0] == 1


def test_json_format(workdir: Path) -> None:
    code, out, _ = invoke("check", "bad.txt", "good.txt", "--select", "TERM", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["files"] == ["bad.txt", "good.txt"]
    assert data["summary"]["by_code"] == {"TERM001": 2}
    first = data["findings"][0]
    assert (first["line"], first["column"], first["match"], first["suggestion"]) == (
        3,
        15,
        "muskelsvindninger",
        "muskeltrækninger",
    )


def test_output_file_is_written(workdir: Path) -> None:
    code, out, _ = invoke(
        "check", "bad.txt", "--select", "TERM", "--format", "json", "-o", "report.json"
    )
    assert code == 1 and out == ""
    assert json.loads((workdir / "report.json").read_text())["summary"]["error"] == 2


def test_folder_is_searched_for_articles(workdir: Path) -> None:
    code, out, _ = invoke("check", ".", "--select", "TERM")
    assert code == 1
    assert out.strip().endswith("in 2 files; 2 fixable")


def test_unreadable_input_exits_two_and_other_files_are_still_checked(workdir: Path) -> None:
    (workdir / "binary.txt").write_bytes(b"\x00\x01\x02")
    code, out, err = invoke("check", "binary.txt", "bad.txt", "--select", "TERM")
    assert code == 2
    assert "error: binary.txt:1: binary file (NUL byte), not a text article" in err
    assert "bad.txt:3:15: TERM001" in out


def test_an_unsupported_file_names_every_type_check_reads(workdir: Path) -> None:
    (workdir / "terms.tbx").write_text("<martif/>", encoding="utf-8")

    code, out, err = invoke("check", "terms.tbx", "bad.txt", "--select", "TERM")

    assert code == 2
    (line,) = [line for line in err.splitlines() if "terms.tbx" in line]
    assert line.startswith("error: terms.tbx")
    for suffix in (".md", ".txt", ".po", ".pot", ".xlf", ".xliff", ".tmx", "content.<lang>.json"):
        assert suffix in line
    assert "bad.txt:3:15: TERM001" in out


def test_missing_path_is_an_input_error(workdir: Path) -> None:
    code, _, err = invoke("check", "nope.txt")
    assert code == 2
    assert "error: nope.txt: no such file or folder" in err


def test_unknown_check_code_is_a_usage_error(workdir: Path) -> None:
    code, _, err = invoke("check", "bad.txt", "--select", "NOPE999")
    assert code == 2
    assert "unknown check code(s): NOPE999" in err


def test_malformed_glossary_names_file_and_line(workdir: Path) -> None:
    (workdir / "broken.csv").write_text(
        "concept_id,lang,term,status\nx,da,ord,obsolete\n", encoding="utf-8"
    )
    code, _, err = invoke("check", "bad.txt", "--glossary", "broken.csv")
    assert code == 2
    assert err.strip() == (
        "error: broken.csv:2: unknown status 'obsolete' "
        "(expected preferred | admitted | deprecated | forbidden)"
    )


def test_every_command_has_help() -> None:
    for name in COMMANDS:
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


def test_python_dash_m_pipeline_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "content-pipeline, version 0.1.0"


def test_a_folder_of_translated_content_files_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ingest.test_bilingual import _translated_content

    targets = {
        "title": "Sikl",
        "s0.p1.s1": "Sikl er et symptom.",
        "s0.p1.s2": "Det *rammer 10 000.",
    }
    path = _translated_content(tmp_path, targets)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out" / "package.json").write_text("{}", encoding="utf-8")  # not ours: skipped
    result = CliRunner().invoke(cli, ["check", "out", "--select", "NUM001,MT004", "--no-cache"])
    lines = [line for line in result.output.splitlines() if ": " in line and "error" in line]
    relative = path.relative_to(tmp_path)
    assert {line.split(" ")[1] for line in lines} == {"NUM001", "MT004"}, result.output
    assert all(line.startswith(f"{relative}:") for line in lines)
    assert "in 1 file" in result.output and result.exit_code == 1


def test_target_spelling_runs_only_when_selected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "da.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: da\\n"\n\n'
        'msgid "Delete the selected items"\nmsgstr "Slet de valgte elemneter"\n',
        encoding="utf-8",
    )
    default = CliRunner().invoke(cli, ["check", "da.po"])
    chosen = CliRunner().invoke(cli, ["check", "da.po", "--select", "SPELL"])
    assert "SPELL002" not in default.output
    assert "SPELL002 warning: unknown word 'elemneter'" in chosen.output


@pytest.mark.parametrize("command", ["check", "run"])
def test_a_language_without_checks_is_a_usage_error_naming_the_supported_ones(
    workdir: Path, command: str
) -> None:
    from pipeline.checks.speller import article_languages

    args = [command, "good.txt", "--lang", "fi"] + (["--out", "out"] if command == "run" else [])
    code, _, stderr = invoke(*args)
    assert code == 2
    lines = stderr.strip().splitlines()
    assert len(lines) == 1
    assert "'fi'" in lines[0] and ", ".join(article_languages()) in lines[0]
    assert not (workdir / "out").exists()


def test_german_articles_are_refused(workdir: Path) -> None:
    code, _, stderr = invoke("check", "good.txt", "--lang", "de")
    assert code == 2 and "'de'" in stderr


REGISTERED = """concept_id,lang,term,status,note,source,register
fasciculation,da,muskeltrækning,preferred,,,lay
fasciculation,da,fascikulation,admitted,Clinical term.,,professional
"""


def test_audience_option_and_configuration_decide_the_register(workdir: Path) -> None:
    (workdir / "glossary.csv").write_text(REGISTERED, encoding="utf-8")
    (workdir / "a.txt").write_text(
        "Muskeltrækninger\n\nVed undersøgelsen sås fascikulationer i benene.\n", encoding="utf-8"
    )
    base = ("check", "a.txt", "--select", "TERM003", "--no-cache")
    assert "1 finding" in invoke(*base, "--audience", "public")[1]
    assert "0 findings" in invoke(*base, "--audience", "professional")[1]
    (workdir / "content-pipeline.toml").write_text('audience = "professional"\n', encoding="utf-8")
    assert "0 findings" in invoke(*base)[1]
    assert "1 finding" in invoke(*base, "--audience", "public")[1]
    (workdir / "content-pipeline.toml").write_text('audience = "experts"\n', encoding="utf-8")
    code, _, stderr = invoke(*base)
    assert code == 2 and "audience" in stderr


def test_run_applies_the_audience_to_the_emitted_findings(workdir: Path) -> None:
    (workdir / "glossary.csv").write_text(REGISTERED, encoding="utf-8")
    (workdir / "a.txt").write_text(
        "Muskeltrækninger\n\nVed undersøgelsen sås fascikulationer i benene.\n", encoding="utf-8"
    )

    def codes(audience: str) -> list[str]:
        out = workdir / audience
        args = ("run", "a.txt", "--out", str(out), "--lang", "da", "--select", "TERM003")
        assert invoke(*args, "--audience", audience)[0] == 0
        content = json.loads((out / "a" / "content.da.json").read_text(encoding="utf-8"))
        return [f["code"] for f in content["findings"]]

    assert codes("public") == ["TERM003"]
    assert codes("professional") == []
