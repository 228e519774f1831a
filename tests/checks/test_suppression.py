"""Inline suppression comments: regions, the next line, plain text, PO entries, problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import check_document, check_units
from pipeline.checks.suppression import article_suppressions, po_suppressions
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text
from pipeline.ingest.bilingual import read_units

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,,
drooling,da,savlen,preferred,,
drooling,da,sikl,deprecated,,
"""


@pytest.fixture
def glossary(tmp_path: Path) -> Glossary:
    csv = tmp_path / "glossary.csv"
    csv.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(csv)


def findings(glossary: Glossary, text: str, suffix: str = ".md") -> list[tuple[int, str]]:
    document = ingest_text(text, "a" + suffix, suffix, "da")
    return [(f.line, f.code) for f in check_document(document, glossary, select=["TERM"])]


def test_disable_and_enable_bound_a_region(glossary: Glossary) -> None:
    text = (
        "# Muskeltrækninger\n\n"
        "<!-- content-pipeline: disable=TERM001 -->\n"
        "Der var muskelsvindninger og sikl.\n\n"
        "<!-- content-pipeline: enable=TERM001 -->\n\n"
        "Der var muskelsvindninger igen.\n"
    )
    assert findings(glossary, text) == [(4, "TERM002"), (8, "TERM001")]


def test_disable_without_enable_runs_to_the_end_of_the_file(glossary: Glossary) -> None:
    text = (
        "# Muskeltrækninger\n\n"
        "Der var muskelsvindninger.\n\n"
        "<!-- content-pipeline: disable=TERM001 -->\n\n"
        "Der var muskelsvindninger.\n\n"
        "Der var muskelsvindninger.\n"
    )
    assert findings(glossary, text) == [(3, "TERM001")]


def test_disable_without_codes_turns_every_check_off(glossary: Glossary) -> None:
    text = (
        "# Muskeltrækninger\n\n"
        "<!-- content-pipeline: disable -->\n\n"
        "Der var muskelsvindninger og sikl.\n"
    )
    assert findings(glossary, text) == []


def test_enable_by_code_after_a_bare_disable_turns_only_that_code_on(glossary: Glossary) -> None:
    text = (
        "# Muskeltrækninger\n\n"
        "<!-- content-pipeline: disable -->\n"
        "<!-- content-pipeline: enable=TERM002 -->\n\n"
        "Der var muskelsvindninger og sikl.\n"
    )
    assert findings(glossary, text) == [(6, "TERM002")]


def test_disable_next_line_covers_the_next_line_with_text_only(glossary: Glossary) -> None:
    text = (
        "# Muskeltrækninger\n\n"
        "<!-- content-pipeline: disable-next-line=TERM001 -->\n\n"
        "Der var muskelsvindninger.\n\n"
        "Der var muskelsvindninger.\n"
    )
    assert findings(glossary, text) == [(7, "TERM001")]


def test_the_comment_works_on_its_own_line_in_plain_text(glossary: Glossary) -> None:
    text = (
        "Muskeltrækninger\n\n"
        "<!-- content-pipeline: disable-next-line=TERM001 -->\n"
        "Der var muskelsvindninger.\n\n"
        "Der var muskelsvindninger.\n"
    )
    assert findings(glossary, text, ".txt") == [(6, "TERM001")]


def test_an_unknown_code_is_a_problem_and_the_known_ones_still_apply() -> None:
    text = "Titel\n\n<!-- content-pipeline: disable=TERM001,TERM999 -->\nTekst.\n"
    suppressions = article_suppressions(text, "a.md")
    assert suppressions.problems == [
        "a.md:3: unknown check code(s) TERM999 in a content-pipeline comment "
        "(write full codes such as TERM001)"
    ]
    assert [(r.line, r.action, r.codes) for r in suppressions.regions] == [
        (3, "disable", frozenset({"TERM001"}))
    ]


def test_a_prefix_is_not_a_code() -> None:
    suppressions = article_suppressions("<!-- content-pipeline: disable=TERM -->\n", "a.md")
    assert suppressions.problems == [
        "a.md:1: unknown check code(s) TERM in a content-pipeline comment "
        "(write full codes such as TERM001)"
    ]


def test_an_unknown_action_is_a_problem() -> None:
    text = "Titel\n\n<!-- content-pipeline: disable-line=TERM001 -->\n"
    assert article_suppressions(text, "a.md").problems == [
        "a.md:3: unknown content-pipeline action 'disable-line' "
        "(expected disable, enable, disable-next-line)"
    ]


def test_a_comment_inside_a_line_is_a_problem() -> None:
    text = "Tekst <!-- content-pipeline: disable=TERM001 --> mere tekst.\n"
    assert article_suppressions(text, "a.md").problems == [
        "a.md:1: a content-pipeline comment must stand on its own line as "
        "<!-- content-pipeline: disable=CODES -->, enable=… or disable-next-line=…"
    ]


PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: da\\n"

# content-pipeline: disable=NUM001
msgid "ALS affects 1 to 3 people in 100,000."
msgstr "ALS rammer 1 til 4 personer ud af 100.000."

msgid "ALS affects 2 to 3 people."
msgstr "ALS rammer 2 til 5 personer."
"""


def test_a_po_translator_comment_turns_codes_off_for_its_entry(
    glossary: Glossary, tmp_path: Path
) -> None:
    po = tmp_path / "a.po"
    po.write_text(PO, encoding="utf-8")
    units = read_units(po)
    found = check_units(units, glossary, select=["NUM001"], suppressions=po_suppressions(po))
    assert [(f.line, f.code, f.segment_id) for f in found] == [
        (10, "NUM001", "ALS affects 2 to 3 people."),
        (10, "NUM001", "ALS affects 2 to 3 people."),
    ]


def test_without_suppressions_check_units_reports_every_entry(
    glossary: Glossary, tmp_path: Path
) -> None:
    po = tmp_path / "a.po"
    po.write_text(PO, encoding="utf-8")
    found = check_units(read_units(po), glossary, select=["NUM001"])
    assert [f.line for f in found] == [6, 6, 10, 10]


def test_a_po_comment_can_only_disable(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text(PO.replace("disable=NUM001", "enable=NUM001"), encoding="utf-8")
    assert po_suppressions(po).problems == [
        f"{po}:6: a PO comment can only disable checks for its entry "
        "('content-pipeline: disable=CODES'), not 'enable'"
    ]
