"""The quality model: every check's MQM category and each finding's penalty points."""

from __future__ import annotations

import pytest

from pipeline.checks.quality import CATEGORIES, CATEGORY_BY_PREFIX, QualityModel
from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS
from pipeline.core.models import Severity
from tests.emit.factories import finding


@pytest.mark.parametrize("code", [*CHECKS, *BILINGUAL_CHECKS])
def test_every_registered_check_has_an_mqm_category(code: str) -> None:
    assert QualityModel().category(code) in CATEGORIES


def test_every_category_in_the_table_is_a_known_one() -> None:
    assert set(CATEGORY_BY_PREFIX.values()) <= set(CATEGORIES)


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("GRAM007", "fluency/grammar"),
        ("LOC012", "locale-convention"),
        ("SPELL009", "fluency/spelling"),
        ("TERM042", "terminology"),
        ("LANG003", "accuracy/untranslated"),
        ("MECH020", "fluency/punctuation"),
    ],
)
def test_a_new_code_gets_its_familys_category(code: str, category: str) -> None:
    assert QualityModel().category(code) == category


def test_a_code_override_beats_its_family() -> None:
    model = QualityModel()
    assert model.category("MT001") == "design/markup"  # boilerplate left on the page
    assert model.category("MT004") == "accuracy/untranslated"  # Apertium's *word
    assert model.category("MECH001") == "fluency/grammar"  # a doubled word


def test_an_unknown_family_has_no_category() -> None:
    assert QualityModel().category("XYZ001") is None


def test_severity_maps_to_mqm_severity_and_points() -> None:
    model = QualityModel()
    error = finding(code="MT001", severity=Severity.ERROR)
    warning = finding(code="SPELL001", severity=Severity.WARNING)
    info = finding(code="TERM003", severity=Severity.INFO)
    assert [model.level(f) for f in (error, warning, info)] == ["major", "minor", "neutral"]
    assert [model.penalty(f) for f in (error, warning, info)] == [5, 1, 0]


def test_a_forbidden_medical_term_is_critical_unless_the_team_lowered_it() -> None:
    model = QualityModel()
    assert model.level(finding(code="TERM001", severity=Severity.ERROR)) == "critical"
    assert model.penalty(finding(code="NUM001", severity=Severity.ERROR)) == 25
    assert model.level(finding(code="LOC001", severity=Severity.ERROR)) == "critical"  # "ring 911"
    assert model.level(finding(code="TERM002", severity=Severity.ERROR)) == "major"
    assert model.level(finding(code="TERM001", severity=Severity.WARNING)) == "minor"


def test_the_score_table_configures_weights_levels_critical_categories_and_words() -> None:
    model = QualityModel.from_table(
        {
            "weights": {"minor": 2, "critical": 10},
            "levels": {"info": "minor"},
            "critical": ["MT"],
            "categories": {"MECH002": "style"},
            "per-words": 1000,
        }
    )
    assert model.penalty(finding(code="TERM003", severity=Severity.INFO)) == 2
    assert model.penalty(finding(code="MT002", severity=Severity.ERROR)) == 10
    assert model.level(finding(code="TERM001", severity=Severity.ERROR)) == "major"
    assert model.category("MECH002") == "style"
    assert model.category("MECH003") == "fluency/punctuation"
    assert model.per_words == 1000


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"weight": {}}, "unknown score setting(s): weight"),
        ({"weights": {"blocker": 100}}, "'blocker' is not one of"),
        ({"weights": {"minor": -1}}, "score.weights.minor must be a number"),
        ({"levels": {"warning": "severe"}}, "score.levels maps"),
        ({"critical": "TERM001"}, "score.critical must be a list"),
        ({"categories": {"MECH002": "typography"}}, "'typography' is not one of"),
        ({"per-words": 0}, "score.per-words must be a whole number"),
    ],
)
def test_a_wrong_score_table_is_refused_naming_the_setting(
    table: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        QualityModel.from_table(table)
    assert message in str(raised.value)
