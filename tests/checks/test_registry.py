"""Every registered check can be loaded and describes itself in one sentence."""

from __future__ import annotations

import pytest

from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS, bilingual_check_class, check_class
from pipeline.checks.rule import Rule


def every_rule() -> list[type[Rule]]:
    return [check_class(c) for c in CHECKS] + [bilingual_check_class(c) for c in BILINGUAL_CHECKS]


@pytest.mark.parametrize("rule", every_rule(), ids=lambda r: r.code)
def test_description_is_one_complete_sentence(rule: type[Rule]) -> None:
    description = rule.description()
    assert description.endswith("."), f"{rule.code}: {description!r}"
    assert len(description) <= 100, f"{rule.code}: {description!r}"


def test_codes_and_names_are_unique() -> None:
    rules = every_rule()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)


@pytest.mark.parametrize("rule", every_rule(), ids=lambda r: r.code)
def test_module_is_named_by_its_code(rule: type[Rule]) -> None:
    assert rule.__module__.rsplit(".", 1)[-1] == rule.code


def test_a_selection_takes_codes_prefixes_and_globs_in_any_case() -> None:
    from pipeline.checks.registry import select_codes

    assert select_codes(["MT01", "loc00[12]", "enc*"]) == [
        "ENC001",
        "ENC002",
        "MT010",
        "MT011",
        "MT012",
        "MT013",
        "MT014",
        "MT015",
        "MT016",
        "MT017",
        "MT018",
        "MT019",
        "LOC001",
        "LOC002",
    ]
    assert select_codes(["SPELL"]) == ["SPELL001", "SPELL003", "SPELL005"]  # article checks only
    assert select_codes(["SPELL"], registry=BILINGUAL_CHECKS) == ["SPELL002", "SPELL004"]


def test_without_a_selection_every_check_but_the_opt_in_ones_runs_less_the_ignored() -> None:
    from pipeline.checks.registry import OPT_IN, select_codes

    every = {**CHECKS, **BILINGUAL_CHECKS}
    assert select_codes(registry=every) == [c for c in every if c not in OPT_IN]
    assert select_codes(ignore=["GRAM", "m*"]) == [
        c for c in CHECKS if not c.startswith(("GRAM", "M"))
    ]
    assert select_codes(list(every), ["SPELL00"], every) == [
        c for c in every if not c.startswith("SPELL00")
    ]


def test_a_pattern_that_matches_no_check_is_an_error() -> None:
    from pipeline.checks.registry import select_codes

    with pytest.raises(ValueError, match=r"unknown check code\(s\): TERM9, x\*$"):
        select_codes(["TERM9", "MT001"], ["x*"])
    assert select_codes(["NUM001"]) == []  # a translation check: known, but not an article's
