"""The benchmark's generated glossary: the size asked for, a valid glossary, new terms."""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks.generate_glossary import PROJECT_GLOSSARY, write_glossary
from pipeline.glossary import load_glossary
from pipeline.glossary.validation import validate_glossary


def test_it_has_the_rows_asked_for_the_project_glossary_first_and_no_problem(
    tmp_path: Path,
) -> None:
    path = write_glossary(tmp_path / "big.csv", 3000)
    glossary = load_glossary(path)
    project = load_glossary(PROJECT_GLOSSARY)

    assert len(glossary) == 3000
    assert list(glossary.entries[: len(project)]) == list(project.entries)
    assert validate_glossary(path) == []


def test_its_terms_are_made_not_copied(tmp_path: Path) -> None:
    path = write_glossary(tmp_path / "big.csv", 5000)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    generated = [row for row in rows if row["concept_id"].startswith("gen-")]
    danish = {row["term"] for row in generated if row["lang"] == "da"}

    assert len(generated) == 5000 - len(load_glossary(PROJECT_GLOSSARY))
    assert len({(r["concept_id"], r["lang"], r["term"]) for r in generated}) == len(generated)
    assert len(danish) > 1000 and not danish & {
        e.term for e in load_glossary(PROJECT_GLOSSARY).entries
    }
