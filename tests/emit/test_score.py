"""Quality scores per file and per language."""

from __future__ import annotations

from pipeline.checks.quality import QualityModel
from pipeline.core.models import Severity
from pipeline.emit.score import file_score, language_scores, worst_first
from tests.emit.factories import finding

MODEL = QualityModel()


def test_score_is_100_minus_penalty_per_100_words() -> None:
    findings = [
        finding(code="MT001", severity=Severity.ERROR),  # major 5
        finding(code="SPELL001", severity=Severity.WARNING),  # minor 1
        finding(code="TERM003", severity=Severity.INFO),  # neutral 0
    ]
    score = file_score("a.txt", "da", 200, findings, MODEL)
    assert score.penalty == 6
    assert score.score == 97.0
    assert score.categories == {"design/markup": 1, "fluency/spelling": 1}
    assert score.levels == {"major": 1, "minor": 1, "neutral": 1}


def test_a_critical_error_weighs_five_majors() -> None:
    score = file_score("a.txt", "da", 500, [finding(code="TERM001")], MODEL)
    assert (score.penalty, score.score) == (25, 95.0)


def test_the_score_never_falls_below_zero() -> None:
    findings = [finding(code="TERM001")] * 10
    assert file_score("a.txt", "da", 100, findings, MODEL).score == 0.0


def test_a_file_without_words_counts_as_one_word() -> None:
    assert file_score("a.po", "nb", 0, [], MODEL).score == 100.0
    warning = finding(code="WS002", severity=Severity.WARNING)
    assert file_score("a.po", "nb", 0, [warning], MODEL).score == 0.0


def test_per_words_changes_the_unit_of_the_penalty() -> None:
    model = QualityModel(per_words=1000)
    score = file_score("a.txt", "da", 1000, [finding(code="MT001")], model)
    assert score.score == 95.0


def test_a_language_sums_penalties_and_words_over_its_files_worst_first() -> None:
    da_a = file_score("a.txt", "da", 100, [finding(code="MT001")], MODEL)
    da_b = file_score("b.txt", "da", 400, [], MODEL)
    nb = file_score("c.po", "nb", 100, [finding(code="TERM006")], MODEL)
    languages = language_scores([da_a, da_b, nb])
    assert [(s.language, s.files, s.words, s.penalty) for s in languages] == [
        ("nb", 1, 100, 25),
        ("da", 2, 500, 5),
    ]
    assert languages[1].score == 99.0
    assert [s.path for s in worst_first([da_b, nb, da_a])] == ["c.po", "a.txt", "b.txt"]


def test_the_json_form_rounds_the_score_and_sorts_the_counts() -> None:
    findings = [finding(code="SPELL001", severity=Severity.WARNING)] * 2
    data = file_score("a.txt", "da", 300, findings, MODEL).as_json()
    assert data == {
        "path": "a.txt",
        "language": "da",
        "score": 99.3,
        "penalty": 2,
        "words": 300,
        "categories": {"fluency/spelling": 2},
        "severities": {"minor": 2},
    }
