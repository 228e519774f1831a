"""The README documents every command and every check, and shows only real commands."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS, check_class
from pipeline.cli.main import COMMANDS

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_setup_commands() -> None:
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in first_block.strip().splitlines()] == [
        "make demo",
        "make test",
    ]


def test_every_check_is_in_the_readme_table_with_its_severity() -> None:
    for code in CHECKS:
        severity = check_class(code).severity.value
        assert f"| `{code}` | {severity} |" in README, code


def test_the_readme_table_has_no_row_but_the_registrys_article_checks() -> None:
    rows = re.findall(r"^\| `([A-Z]+[0-9]+)` \| (?:error|warning|info) \|", README, re.MULTILINE)
    assert sorted(rows) == sorted(CHECKS)


def test_every_command_is_documented() -> None:
    for name in COMMANDS:
        assert f"content-pipeline {name}" in README, name


def test_readme_shows_only_existing_commands() -> None:
    shown = set(re.findall(r"^\$? ?content-pipeline ([a-z]+)", README, flags=re.MULTILINE))
    assert shown <= set(COMMANDS)


def test_every_translation_check_is_named_in_the_readme() -> None:
    for code in BILINGUAL_CHECKS:
        assert f"`{code}`" in README, code
