"""Where CONS001 compares a unit's translations: the scope key of its path (scope_key)."""

from __future__ import annotations

import pytest

from pipeline.checks.bilingual.CONS001 import scope_key
from pipeline.core.models import TranslationUnit


@pytest.mark.parametrize(
    ("path", "project"),
    [
        ("apps/fi/LC_MESSAGES/x.po", "apps"),
        ("apps/fi_FI/x.po", "apps"),
        ("apps/fil/x.po", "apps/fil"),  # Filipino is not Finnish: no language folder here
    ],
)
def test_a_language_folder_of_the_target_language_ends_the_project(path: str, project: str) -> None:
    unit = TranslationUnit(
        source="Save", target="Tallenna", source_lang="en", target_lang="fi", path=path, id="u1"
    )
    assert scope_key(unit, "project") == project
