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
