"""`content-pipeline check` on small real-format PO catalogs: the placeholder, markup,
whitespace, bracket, consistency, plural, doubled-word and acronym checks end to end.

The Danish catalog is full of what pofilter reports as errors and is correct Danish:
»…« and „…" quotes, lower-case language and month names, a reordered date format.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli

CODES = "PH001,ESC001,WS001,BRK001,CONS001,PLUR001,DUP001,ACR001"
HEADER = """\
# Danish translation of an example application.
# Jørgen Ærø <jorgen@example.com>, 2025.
msgid ""
msgstr ""
"Project-Id-Version: example 1.0\\n"
"Content-Type: text/plain; charset={charset}\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Language: {lang}\\n"
"Plural-Forms: nplurals={nplurals}; plural={plural};\\n"
"""

# Correct Danish that pofilter flags: quotes, capitalisation, a date format, a plural.
DANISH_CLEAN = """
msgid "Danish"
msgstr "dansk"

msgid "January"
msgstr "januar"

msgctxt "abbrev. month"
msgid "Jan."
msgstr "jan."

#, python-format
msgid "Click “%(button)s” to save the file."
msgstr "Klik på »%(button)s« for at gemme filen."

#, python-brace-format
msgid "The {name} “{obj}” was added successfully."
msgstr "{name} „{obj}\\" blev tilføjet."

#, c-format
msgid "%b %e"
msgstr "%e. %b"

#, python-format
msgid "%(count)d file"
msgid_plural "%(count)d files"
msgstr[0] "%(count)d fil"
msgstr[1] "%(count)d filer"

msgid "Upload a CSV file (max. 2 MB)."
msgstr "Upload en CSV-fil (maks. 2 MB)."
"""

# Each entry has one mistake; the fuzzy one is not checked.
DANISH_ERRORS = """
#, python-format
msgid "Delete %(count)d selected %(verbose_name)s?"
msgstr "Slet valgte %(verbose_name)s?"

msgid "<b>Note:</b> the session has expired."
msgstr "<b>Bemærk:<b> sessionen er udløbet."

msgid "Name: "
msgstr "Navn:"

msgid "Sessions (active)"
msgstr "Sessioner (aktive"

msgid "Delete the selected items"
msgstr "Slet de de valgte elementer"

msgid "Support for the Kodak DC120 camera."
msgstr "Understøttelse af Kodak-kameraet."

#, fuzzy, python-format
msgid "%(name)s was changed."
msgstr "%(navn)s blev ændret."
"""


def _catalog(body: str, *, lang: str = "da", charset: str = "UTF-8", nplurals: int = 2) -> str:
    plural = "(n != 1)" if nplurals == 2 else "0"
    head = HEADER.format(charset=charset, lang=lang, nplurals=nplurals, plural=plural)
    return head + body


def _check(*paths: Path) -> tuple[int, list[dict[str, Any]]]:
    args = ["check", *map(str, paths), "--select", CODES, "--format", "json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert report["failures"] == []
    return result.exit_code, report["findings"]


def _brief(findings: list[dict[str, Any]]) -> list[tuple[str, int, str]]:
    return [(f["code"], f["line"], f["message"]) for f in findings]


@pytest.fixture(autouse=True)
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossary.csv").write_text(
        "concept_id,lang,term,status,note,source\n", encoding="utf-8"
    )
    return tmp_path


def _line_of(text: str, needle: str) -> int:
    """The 1-based line of the comment or msgctxt/msgid that starts the entry of `needle`."""
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if needle in line)
    while index > 0 and lines[index - 1].strip():
        index -= 1
    return index + 1


def test_correct_danish_has_none_of_pofilters_false_alarms(workdir: Path) -> None:
    (workdir / "da.po").write_text(_catalog(DANISH_CLEAN), encoding="utf-8")
    code, findings = _check(workdir / "da.po")
    assert (code, findings) == (0, [])


def test_each_mistake_is_one_exact_finding(workdir: Path) -> None:
    text = _catalog(DANISH_ERRORS)
    (workdir / "da.po").write_text(text, encoding="utf-8")
    code, findings = _check(workdir / "da.po")
    assert code == 1
    assert _brief(findings) == [
        (
            "PH001",
            _line_of(text, "Delete %(count)d"),
            "placeholder '%(count)d' of the source is missing in the target",
        ),
        ("ESC001", _line_of(text, "<b>Note"), "tag '</b>' of the source is missing in the target"),
        ("ESC001", _line_of(text, "<b>Note"), "the target has tag '<b>' 2×, the source 1×"),
        (
            "WS001",
            _line_of(text, '"Name: "'),
            "the target ends with no whitespace, the source with a space",
        ),
        ("BRK001", _line_of(text, "Sessions"), "the target has 1 opening parenthesis not closed"),
        ("DUP001", _line_of(text, "Delete the selected"), "doubled word 'de de'; keep one 'de'"),
        (
            "ACR001",
            _line_of(text, "Kodak DC120"),
            "acronym 'DC120' of the source is missing in the target",
        ),
    ]
    assert all(f["path"] == str(workdir / "da.po") for f in findings)


def test_iso_8859_1_catalog_is_read_and_checked(workdir: Path) -> None:
    # pofilter stops at the first "æ" of such a catalog
    body = """
msgid "Danish"
msgstr "dansk"

#, python-format
msgid "Click \\"%(button)s\\" to save the file."
msgstr "Klik på »%(button)s« for at gemme filen."

#, c-format
msgid "%b %e"
msgstr "%e. %b"

msgid "Sessions (active)"
msgstr "Sessioner (åbne"
"""
    text = _catalog(body, charset="ISO-8859-1")
    (workdir / "latin1.po").write_bytes(text.encode("iso-8859-1"))
    _code, findings = _check(workdir / "latin1.po")
    assert _brief(findings) == [
        ("BRK001", _line_of(text, "Sessions"), "the target has 1 opening parenthesis not closed")
    ]
    assert findings[0]["match"] == "("


def test_plural_form_count_follows_the_header(workdir: Path) -> None:
    polish = """
#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d plik"
msgstr[1] "%d pliki"
"""
    text = _catalog(polish, lang="pl", nplurals=3)
    (workdir / "pl.po").write_text(text, encoding="utf-8")
    _code, findings = _check(workdir / "pl.po")
    assert _brief(findings) == [
        (
            "PLUR001",
            _line_of(text, 'msgid "%d file"'),
            "2 plural forms; the header's Plural-Forms says nplurals=3",
        )
    ]


def test_a_header_with_more_forms_than_gettexts_table_rules(workdir: Path) -> None:
    # Transifex writes CLDR's four Polish forms; translate-toolkit's table says three
    polish = """
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d plik"
msgstr[1] "%d pliki"
msgstr[2] "%d plików"
msgstr[3] "%d pliku"
"""
    (workdir / "pl.po").write_text(_catalog(polish, lang="pl", nplurals=4), encoding="utf-8")
    assert _check(workdir / "pl.po") == (0, [])


def test_a_single_form_language_needs_one_form(workdir: Path) -> None:
    japanese = """
#, python-format
msgid "a minute ago"
msgid_plural "%(count)s minutes ago"
msgstr[0] "%(count)s 分前"
"""
    (workdir / "ja.po").write_text(_catalog(japanese, lang="ja", nplurals=1), encoding="utf-8")
    assert _check(workdir / "ja.po") == (0, [])


def test_same_source_translated_two_ways_in_one_catalog_with_contexts(workdir: Path) -> None:
    body = """
msgctxt "menu"
msgid "Save"
msgstr "Gem"

msgctxt "button"
msgid "Save"
msgstr "Gem ændringer"

msgid "Ensure this value has at least %(limit_value)d characters."
msgstr "Sørg for, at værdien har mindst %(limit_value)d tegn."

msgid "Ensure this value has at most %(limit_value)d characters."
msgstr "Sørg for, at værdien har mindst %(limit_value)d tegn."
"""
    text = _catalog(body)
    (workdir / "da.po").write_text(text, encoding="utf-8")
    _code, findings = _check(workdir / "da.po")
    assert _brief(findings) == [
        (
            "CONS001",
            _line_of(text, "at most"),
            "the same target translates 'Ensure this value has at least %(limit_value)d "
            f"characters.' (da.po:{_line_of(text, 'at least')}) and 'Ensure this value has "
            "at most %(limit_value)d characters.'",
        )
    ]
    assert findings[0]["severity"] == "info"
