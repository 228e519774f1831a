"""Language tags: one reading of a tag for the whole package (pipeline.core.language)."""

from __future__ import annotations

import pytest

from pipeline.core.language import (
    base_language,
    identified_language,
    normalise_language,
    same_identified_language,
    same_language,
)


@pytest.mark.parametrize(
    ("code", "stored"), [("nb_NO", "nb-no"), ("NB-no", "nb-no"), (" da ", "da"), ("sv", "sv")]
)
def test_a_tag_is_stored_lower_case_with_hyphens(code: str, stored: str) -> None:
    assert normalise_language(code) == stored


@pytest.mark.parametrize(
    ("code", "base"),
    [
        ("nb-NO", "nb"),
        ("sv_SE", "sv"),
        ("DA", "da"),
        ("sr@latin", "sr"),
        ("da_DK.UTF-8", "da"),
        (" pt-BR", "pt"),
        ("nn", "nn"),
    ],
)
def test_the_base_language_is_the_primary_subtag(code: str, base: str) -> None:
    assert base_language(code) == base


@pytest.mark.parametrize(
    ("code", "wanted", "same"),
    [
        ("da-DK", "da", True),
        ("da", "da-DK", True),
        ("da_DK", "DA-dk", True),
        ("da-DK", "da-GL", False),
        ("nb", "nn", False),
        ("sv", None, True),
    ],
)
def test_a_bare_tag_matches_every_region_but_two_regions_differ(
    code: str, wanted: str | None, same: bool
) -> None:
    assert same_language(code, wanted) is same


@pytest.mark.parametrize(
    ("code", "language"),
    [("es_AR", "es"), ("sr@latin", "sr"), ("pt-BR", "pt"), ("nb_NO", "no"), ("nn", "no")],
)
def test_identification_knows_one_norwegian(code: str, language: str) -> None:
    assert identified_language(code) == language


def test_identification_cannot_tell_bokmaal_from_nynorsk_but_tells_danish() -> None:
    assert same_identified_language("nb", "nn-NO")
    assert same_identified_language("da-DK", "da")
    assert not same_identified_language("da", "nb")
    assert not same_identified_language("sv", "no")
