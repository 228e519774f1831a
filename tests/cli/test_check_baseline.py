"""`check --baseline / --write-baseline`: accepted findings stay accepted through real edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from tests.cli.conftest import Project

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
fasciculation,en,muscle twitch,preferred,,
drooling,da,savlen,preferred,,
drooling,da,dræning,forbidden,drainage,article
drooling,en,drooling,preferred,,
"""
ARTICLE = (
    "Muskeltrækninger hos voksne\n"
    "\n"
    "Mange voksne oplever muskelsvindninger i benene. Det går oftest over af sig selv.\n"
    "\n"
    "Ved ALS ses også dræning og synkebesvær.\n"
)
SELECT = ("--select", "TERM001", "--no-cache", "--jobs", "1")


@pytest.fixture
def workdir(project: Project) -> Path:
    return project({"glossary.csv": GLOSSARY, "artikel.txt": ARTICLE})


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.stdout


def matches(out: str) -> list[str]:
    """The matched term of each reported TERM001 finding, in order."""
    return [line.split("'")[1] for line in out.splitlines() if " TERM001 " in line]


def entries(path: Path) -> list[dict[str, object]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    findings: list[dict[str, object]] = data["findings"]
    return findings


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_write_baseline_records_each_finding_by_its_sentence_not_its_line(workdir: Path) -> None:
    code, out = invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    assert code == 0
    assert out.splitlines()[-1] == (
        "0 findings (0 errors, 0 warnings, 0 info) in 1 file; 2 baselined"
    )
    assert entries(workdir / "baseline.json") == [
        {
            "path": "artikel.txt",
            "code": "TERM001",
            "context": "Mange voksne oplever muskelsvindninger i benene.",
            "match": "muskelsvindninger",
            "count": 1,
        },
        {
            "path": "artikel.txt",
            "code": "TERM001",
            "context": "Ved ALS ses også dræning og synkebesvær.",
            "match": "dræning",
            "count": 1,
        },
    ]


def test_lines_inserted_above_leave_the_findings_baselined(workdir: Path) -> None:
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    edit(
        workdir / "artikel.txt",
        "Mange voksne",
        "Trækninger er sjældent farlige.\n\nMange voksne",
    )
    code, out = invoke("artikel.txt", *SELECT, "--baseline", "baseline.json")
    assert (code, matches(out)) == (0, [])
    assert out.endswith("in 1 file; 2 baselined\n")


def test_another_word_changed_in_the_same_sentence_keeps_its_finding_baselined(
    workdir: Path,
) -> None:
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    edit(workdir / "artikel.txt", "ses også dræning", "ses ofte dræning")
    code, out = invoke("artikel.txt", *SELECT, "--baseline", "baseline.json")
    assert (code, matches(out)) == (0, [])


def test_a_changed_flagged_word_is_a_new_finding(workdir: Path) -> None:
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    edit(workdir / "artikel.txt", "også dræning", "også dræningen")
    code, out = invoke("artikel.txt", *SELECT, "--baseline", "baseline.json")
    assert (code, matches(out)) == (1, ["dræningen"])
    assert out.endswith("in 1 file; 1 baselined\n")


def test_a_second_occurrence_is_new_and_two_in_one_sentence_are_two_entries(
    workdir: Path,
) -> None:
    edit(workdir / "artikel.txt", "dræning og", "dræning, dræning og")
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    assert [e["count"] for e in entries(workdir / "baseline.json")] == [1, 2]
    edit(workdir / "artikel.txt", "dræning, dræning og", "dræning, dræning, dræning og")
    code, out = invoke("artikel.txt", *SELECT, "--baseline", "baseline.json")
    assert (code, matches(out)) == (1, ["dræning"])


def test_a_fixed_finding_is_dropped_on_the_next_write(workdir: Path) -> None:
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    edit(workdir / "artikel.txt", "dræning", "savlen")
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    assert [e["match"] for e in entries(workdir / "baseline.json")] == ["muskelsvindninger"]


def test_rewriting_keeps_entries_of_files_and_checks_this_run_did_not_cover(
    workdir: Path,
) -> None:
    (workdir / "anden.txt").write_text(ARTICLE, encoding="utf-8")
    invoke("artikel.txt", "anden.txt", *SELECT, "--write-baseline", "baseline.json")
    edit(workdir / "artikel.txt", "dræning", "savlen")
    invoke("artikel.txt", "--select", "TERM002", "--no-cache", "--write-baseline", "baseline.json")
    assert len(entries(workdir / "baseline.json")) == 4  # TERM001 was not run
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    kept = [(e["path"], e["match"]) for e in entries(workdir / "baseline.json")]
    assert kept == [
        ("anden.txt", "muskelsvindninger"),
        ("anden.txt", "dræning"),
        ("artikel.txt", "muskelsvindninger"),
    ]


def test_the_file_is_sorted_and_rewriting_it_unchanged_gives_the_same_bytes(
    workdir: Path,
) -> None:
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    first = (workdir / "baseline.json").read_bytes()
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    assert (workdir / "baseline.json").read_bytes() == first
    keys = [
        (str(e["path"]), str(e["code"]), str(e["context"]), str(e["match"]))
        for e in entries(workdir / "baseline.json")
    ]
    assert keys == sorted(keys)


def test_paths_are_relative_to_the_baseline_so_any_working_directory_works(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "ci").mkdir()
    invoke("artikel.txt", *SELECT, "--write-baseline", "ci/baseline.json")
    assert {e["path"] for e in entries(workdir / "ci" / "baseline.json")} == {"../artikel.txt"}
    monkeypatch.chdir(workdir / "ci")
    (workdir / "ci" / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    code, out = invoke("../artikel.txt", *SELECT, "--baseline", "baseline.json")
    assert (code, matches(out)) == (0, [])


def test_the_configuration_names_the_baseline(workdir: Path) -> None:
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    (workdir / "content-pipeline.toml").write_text('baseline = "baseline.json"\n')
    code, out = invoke("artikel.txt", *SELECT)
    assert (code, matches(out)) == (0, [])


def test_every_reporter_leaves_baselined_findings_out(workdir: Path) -> None:
    invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    edit(workdir / "artikel.txt", "også dræning", "også dræningen")
    _, out = invoke("artikel.txt", *SELECT, "--baseline", "baseline.json", "--format", "json")
    data = json.loads(out)
    assert [f["match"] for f in data["findings"]] == ["dræningen"]
    assert data["summary"]["baselined"] == 1
    _, out = invoke("artikel.txt", *SELECT, "--baseline", "baseline.json", "--format", "sarif")
    run = json.loads(out)["runs"][0]
    assert [r["properties"]["match"] for r in run["results"]] == ["dræningen"]
    assert run["properties"]["baselined"] == 1
    _, out = invoke("artikel.txt", *SELECT, "--baseline", "baseline.json", "--format", "github")
    assert out.count("::error ") == 1
    _, out = invoke("artikel.txt", *SELECT, "--baseline", "baseline.json", "--format", "junit")
    assert out.count("<testcase ") == 1


def test_a_catalog_entry_keeps_its_baselined_finding_when_entries_are_added_above(
    workdir: Path,
) -> None:
    header = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: da\\n"\n'
    )
    entry = '\nmsgid "Drooling is a symptom."\nmsgstr "Dræning er et symptom."\n'
    (workdir / "da.po").write_text(header + entry, encoding="utf-8")
    select = ("--select", "TERM006", "--no-cache", "--jobs", "1")
    invoke("da.po", *select, "--write-baseline", "baseline.json")
    assert [e["context"] for e in entries(workdir / "baseline.json")] == ["Drooling is a symptom."]
    above = '\nmsgid "Muscle twitches are common."\nmsgstr "Muskeltrækninger er almindelige."\n'
    (workdir / "da.po").write_text(header + above + entry, encoding="utf-8")
    code, out = invoke("da.po", *select, "--baseline", "baseline.json")
    assert code == 0
    assert out.endswith("in 1 file; 1 baselined\n")


def test_a_damaged_baseline_is_an_input_error_naming_it(workdir: Path) -> None:
    (workdir / "baseline.json").write_text('{"findings": [{"path": 1}]}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "artikel.txt", "--baseline", "baseline.json"])
    assert result.exit_code == 2
    assert "baseline.json: not a content-pipeline baseline" in result.stderr


def test_a_missing_baseline_is_an_input_error_unless_it_is_being_written(workdir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "artikel.txt", "--baseline", "baseline.jsn"])
    assert result.exit_code == 2
    assert "baseline.jsn: no baseline here; write one with --write-baseline" in result.stderr
    code, _ = invoke("artikel.txt", *SELECT, "--write-baseline", "baseline.json")
    assert code == 0
