"""`check`'s quality scores: JSON, SARIF, the text summary and the --fail-under gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from tests.cli.conftest import Project

GLOSSARY = """concept_id,lang,term,status,note,source
drooling,da,savlen,preferred,,
drooling,da,dræning,forbidden,drainage,article
drooling,en,drooling,preferred,,
drooling,nb,sikling,preferred,,
drooling,nb,drenasje,forbidden,drainage,
"""
# 18 words, one forbidden medical term (critical, 25 points): 100 - 25 * 100 / 18 < 0
BAD = (
    "Savlen hos voksne\n\n"
    "Ved sygdommen ses ofte dræning, fordi musklerne i munden og svælget bliver svage med tiden.\n"
)
# 18 words, no finding
GOOD = (
    "Savlen hos voksne\n\n"
    "Ved sygdommen ses ofte savlen, fordi musklerne i munden og svælget bliver svage med tiden.\n"
)
PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: nb\\n"\n'
    '"X-Source-Language: en\\n"\n\n'
    'msgid "Drooling is a common symptom of the disease."\n'
    'msgstr "Drenasje er et vanlig symptom på sykdommen."\n'
)
SELECT = ("--select", "TERM001,TERM006", "--no-cache", "--jobs", "1")


@pytest.fixture
def workdir(project: Project) -> Path:
    return project({"glossary.csv": GLOSSARY, "bad.txt": BAD, "good.txt": GOOD, "nb.po": PO})


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.stdout


def test_json_gives_each_files_score_words_penalty_and_categories(workdir: Path) -> None:
    _, out = invoke("good.txt", "bad.txt", "nb.po", *SELECT, "--format", "json")
    scores = json.loads(out)["scores"]
    assert [(s["path"], s["language"], s["score"], s["penalty"]) for s in scores["files"]] == [
        ("bad.txt", "da", 0.0, 25),
        ("nb.po", "nb", 0.0, 25),
        ("good.txt", "da", 100.0, 0),
    ]
    assert scores["files"][0]["words"] == 18
    assert scores["files"][0]["categories"] == {"terminology": 1}
    assert scores["files"][0]["severities"] == {"critical": 1}
    assert scores["files"][1]["words"] == 7  # the translated target's words
    assert [(s["language"], s["files"], s["words"]) for s in scores["languages"]] == [
        ("nb", 1, 7),
        ("da", 2, 36),
    ]


def test_the_text_summary_lists_scores_worst_first(workdir: Path) -> None:
    _, out = invoke("good.txt", "bad.txt", *SELECT)
    assert out.splitlines()[-4:] == [
        "bad.txt: score 0.0 (da, 18 words, 25 penalty points; terminology 1)",
        "language da: score 30.6 (da, 36 words, 25 penalty points; terminology 1)",
        "",
        "1 finding (1 error, 0 warnings, 0 info) in 2 files; 1 fixable",
    ]
    _, out = invoke("good.txt", "bad.txt", *SELECT, "--no-scores")
    assert "score" not in out


def test_fail_under_exits_1_when_a_file_scores_below_it(workdir: Path) -> None:
    code, _ = invoke("good.txt", *SELECT, "--fail-under", "90")
    assert code == 0
    (workdir / "good.txt").write_text(GOOD.replace("savlen,", "savlen og dræning,"))
    code, _ = invoke("good.txt", *SELECT, "--fail-on", "warning", "--fail-under", "0")
    assert code == 1  # the error fails it, not the score
    code, _ = invoke("good.txt", *SELECT, "--ignore", "TERM001", "--fail-under", "99")
    assert code == 0


def test_fail_under_fails_a_low_score_even_below_fail_on(workdir: Path) -> None:
    (workdir / "content-pipeline.toml").write_text('[severity]\nTERM001 = "warning"\n')
    code, out = invoke("bad.txt", *SELECT)
    assert code == 0  # a warning does not fail by default
    code, out = invoke("bad.txt", *SELECT, "--fail-under", "95")
    assert code == 1  # 100 - 1 * 100 / 18 = 94.4
    assert "bad.txt: score 94.4 (da, 18 words, 1 penalty points; terminology 1)" in out


def test_the_configuration_sets_fail_under_and_the_score_table(workdir: Path) -> None:
    (workdir / "content-pipeline.toml").write_text(
        "fail-under = 50\n[score]\ncritical = []\nper-words = 1000\n"
    )
    code, out = invoke("bad.txt", *SELECT)
    # a major error now: 100 - 5 * 1000 / 18 < 50
    assert code == 1
    assert "bad.txt: score 0.0 (da, 18 words, 5 penalty points; terminology 1)" in out
    (workdir / "content-pipeline.toml").write_text("[score]\nweight = {minor = 2}\n")
    result = CliRunner().invoke(cli, ["check", "bad.txt", *SELECT])
    assert result.exit_code == 2
    assert "unknown score setting(s): weight" in result.stderr


def test_sarif_carries_the_scores_in_the_runs_properties(workdir: Path) -> None:
    _, out = invoke("bad.txt", *SELECT, "--format", "sarif")
    properties = json.loads(out)["runs"][0]["properties"]
    assert [(s["path"], s["score"]) for s in properties["scores"]] == [("bad.txt", 0.0)]
    assert properties["languageScores"][0]["language"] == "da"


def test_a_file_from_the_findings_cache_gets_the_same_score_and_baseline(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONTENT_PIPELINE_CACHE_DIR", str(workdir / "cache"))
    args = ("bad.txt", "--select", "TERM001", "--jobs", "1", "--format", "json")
    _, first = invoke(*args)
    assert list((workdir / "cache").glob("*.json"))
    _, again = invoke(*args)
    assert json.loads(again)["scores"] == json.loads(first)["scores"]
    assert json.loads(again)["scores"]["files"][0]["penalty"] == 25
    invoke(*args, "--write-baseline", "baseline.json")  # from the cache
    baseline = json.loads((workdir / "baseline.json").read_text(encoding="utf-8"))
    assert [entry["context"] for entry in baseline["findings"]] == [BAD.splitlines()[-1]]


def test_the_readme_shows_the_seed_articles_real_score_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    readme = (root / "README.md").read_text(encoding="utf-8")
    code, out = invoke("sources/muskeltraekninger-da.txt", "--no-cache")
    line = next(x for x in out.splitlines() if x.startswith("sources/muskeltraekninger-da.txt: "))
    assert code == 1
    assert f"\n{line}\n" in readme
