"""LOC009's table of quotation marks and how its fixes reach the language's own pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import check_document
from pipeline.checks.locale.quotations import find_marks, pair_marks
from pipeline.checks.locale.typography import CURLY, GUILLEMETS, TYPOGRAPHY
from pipeline.core.models import Finding
from pipeline.fix.apply import fix_text
from pipeline.glossary import load_glossary
from pipeline.ingest import ingest_text


@pytest.mark.parametrize("language", sorted(TYPOGRAPHY))
def test_every_suggested_pair_is_one_the_language_writes(language: str) -> None:
    typography = TYPOGRAPHY[language]
    for family in (CURLY, GUILLEMETS):
        suggested = typography.suggested_pair(family)
        assert suggested is None or suggested in typography.pairs


def _fixed(text: str, language: str, tmp_path: Path) -> tuple[str, int]:
    csv = tmp_path / "glossary.csv"
    csv.write_text("concept_id,lang,term,status\n", encoding="utf-8")
    glossary = load_glossary(csv)

    def check(source: str) -> list[Finding]:
        document = ingest_text(source, "a.txt", ".txt", language)
        return check_document(document, glossary, select=["LOC009"])

    result = fix_text(text, check)
    assert result.remaining == []
    return result.text, len(result.fixed)


@pytest.mark.parametrize(
    ("before", "after", "fixes"),
    [
        ("«Tag medicinen med vand», siger lægen.", "»Tag medicinen med vand«, siger lægen.", 2),
        ("Hun kalder det „en god vane“ at gå.", "Hun kalder det ”en god vane” at gå.", 2),
        ("Det kaldes « hjertesmerter » af mange.", "Det kaldes »hjertesmerter« af mange.", 2),
        ("Det “gode” kolesterol—HDL—hjælper.", "Det ”gode” kolesterol – HDL – hjælper.", 3),
    ],
)
def test_fixes_end_in_the_danish_pair_and_dash(
    before: str, after: str, fixes: int, tmp_path: Path
) -> None:
    text, fixed = _fixed(f"Titel\n\n{before}\n", "da", tmp_path)
    assert text == f"Titel\n\n{after}\n"
    assert fixed == fixes


def test_a_norwegian_fix_turns_guillemets_outward(tmp_path: Path) -> None:
    text, _ = _fixed("Tittel\n\nDet kalles »stråling« av legene.\n", "nb", tmp_path)
    assert text == "Tittel\n\nDet kalles «stråling» av legene.\n"


@pytest.mark.parametrize(
    "text",
    ["Forside » Sygdomme » Høfeber", "en 12” skærm", "Læs mere »", "« Tilbage", "ord”ord"],
)
def test_a_mark_that_points_nowhere_pairs_with_nothing(text: str) -> None:
    pairs, _ = pair_marks(find_marks(text))
    assert pairs == []


def test_a_closing_mark_closes_the_last_quotation_opened() -> None:
    text = "»Han sagde ”nej” til mig«"
    pairs, unpaired = pair_marks(find_marks(text))
    assert [(text[q.opening.start], text[q.closing.start]) for q in pairs] == [
        ("”", "”"),
        ("»", "«"),
    ]
    assert unpaired == []
