"""`content-pipeline check --fix / --diff / --unsafe-fixes` on translators' PO and XLIFF files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Project
from tests.cli.test_check_fix_cli import invoke, located

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
fasciculation,en,muscle twitch,preferred,,
drooling,da,savlen,preferred,,
drooling,da,dræning,forbidden,drainage,article
"""
SELECT = ("--select", "WS001,DUP001,TERM006")
HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n"Language: da\\n"\n'
)
CATALOG = HEADER.format(charset="UTF-8") + (
    "\n"
    "#: admin.py:12\n"
    'msgid "Delete the selected items"\n'
    'msgstr "Slet de de valgte elementer"\n'
    "\n"
    'msgid "Name: "\n'
    'msgstr "Navn:"\n'
    "\n"
    'msgid "Muscle twitches are common."\n'
    'msgstr "Muskelsvindninger er almindelige."\n'
    "\n"
    'msgid "Drooling is a symptom."\n'
    'msgstr "Dræningen er et symptom."\n'
)
FIXED = (
    CATALOG.replace("de de valgte", "de valgte")
    .replace('msgstr "Navn:"', 'msgstr "Navn: "')
    .replace("Muskelsvindninger er", "Muskeltrækninger er")
)


@pytest.fixture
def workdir(project: Project) -> Path:
    return project({"glossary.csv": GLOSSARY, "da.po": CATALOG})


def test_fix_rewrites_only_the_fixed_translations(workdir: Path) -> None:
    code, out, _ = invoke("check", "da.po", "--fix", *SELECT)
    assert (workdir / "da.po").read_text(encoding="utf-8") == FIXED
    assert located(out) == ["16:1 TERM006"]
    assert out.splitlines()[-2:] == [
        "1 finding (1 error, 0 warnings, 0 info) in 1 file",
        "Fixed 3 findings (1 remaining)",
    ]
    assert code == 1


def test_a_rerun_after_fix_finds_none_of_the_fixed_findings(workdir: Path) -> None:
    invoke("check", "da.po", "--fix", *SELECT)
    code, out, _ = invoke("check", "da.po", "--format", "json", *SELECT)
    assert json.loads(out)["summary"]["by_code"] == {"TERM006": 1}
    assert code == 1


def test_unsafe_fixes_never_apply_an_unsure_inflection(workdir: Path) -> None:
    code, out, _ = invoke("check", "da.po", "--fix", "--unsafe-fixes", *SELECT)
    # "Savlen er …" for "Dræningen er …": no confirmed definite form of "savlen"
    assert (workdir / "da.po").read_text(encoding="utf-8") == FIXED
    assert out.splitlines()[-1] == "Fixed 3 findings (1 remaining)"
    assert code == 1


def test_diff_prints_the_changes_and_writes_nothing(workdir: Path) -> None:
    code, out, err = invoke("check", "da.po", "--diff", *SELECT)
    assert out == (
        "--- da.po\n"
        "+++ da.po\n"
        "@@ -5,13 +5,13 @@\n"
        " \n"
        " #: admin.py:12\n"
        ' msgid "Delete the selected items"\n'
        '-msgstr "Slet de de valgte elementer"\n'
        '+msgstr "Slet de valgte elementer"\n'
        " \n"
        ' msgid "Name: "\n'
        '-msgstr "Navn:"\n'
        '+msgstr "Navn: "\n'
        " \n"
        ' msgid "Muscle twitches are common."\n'
        '-msgstr "Muskelsvindninger er almindelige."\n'
        '+msgstr "Muskeltrækninger er almindelige."\n'
        " \n"
        ' msgid "Drooling is a symptom."\n'
        ' msgstr "Dræningen er et symptom."\n'
    )
    assert err == "Would fix 3 findings (1 remaining)\n"
    assert (workdir / "da.po").read_text(encoding="utf-8") == CATALOG
    assert code == 1


def test_an_iso_8859_1_catalog_stays_iso_8859_1(workdir: Path) -> None:
    text = HEADER.format(charset="ISO-8859-1") + (
        '\n# Jørgen Ærø\nmsgid "Muscle twitches in the eyes."\n'
        'msgstr "Muskelsvindninger i øjnene."\n'
    )
    (workdir / "latin1.po").write_bytes(text.encode("iso-8859-1"))
    code, out, _ = invoke("check", "latin1.po", "--fix", *SELECT)
    fixed = text.replace("Muskelsvindninger", "Muskeltrækninger")
    assert (workdir / "latin1.po").read_bytes() == fixed.encode("iso-8859-1")
    assert out.splitlines()[-1] == "Fixed 1 finding (0 remaining)"
    assert code == 0


def test_an_xliff_file_is_fixed_in_its_targets_only(workdir: Path) -> None:
    xliff = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="app" source-language="en" target-language="da" datatype="plaintext">\n'
        "<body>\n"
        '<trans-unit id="delete"><source>Delete the selected items</source>\n'
        '<target state="translated">Slet de de valgte&#160;elementer</target></trans-unit>\n'
        "</body>\n"
        "</file>\n"
        "</xliff>\n"
    )
    (workdir / "app.da.xlf").write_text(xliff, encoding="utf-8")
    code, out, _ = invoke("check", "app.da.xlf", "--fix", *SELECT)
    assert (workdir / "app.da.xlf").read_text(encoding="utf-8") == xliff.replace("de de", "de")
    assert out.splitlines()[-1] == "Fixed 1 finding (0 remaining)"
    assert code == 0


def test_a_suggestion_for_part_of_a_target_is_not_offered_as_a_fix(workdir: Path) -> None:
    # TERM005 names the glossary term a translation lacks, not where it goes
    (workdir / "en.po").write_text(
        HEADER.format(charset="UTF-8").replace("Language: da", "Language: en")
        + '\nmsgid "Muskeltrækninger er almindelige."\nmsgstr "Spasms are common."\n',
        encoding="utf-8",
    )
    code, out, _ = invoke("check", "en.po", "--fix", "--lang", "da", "--select", "TERM005")
    assert located(out) == ["6:1 TERM005"]
    assert out.splitlines()[-1] == "Fixed 0 findings (1 remaining)"
    assert code == 1


def test_doubled_spaces_and_an_edge_space_in_one_target_are_both_fixed(workdir: Path) -> None:
    """WS002 and WS001 each suggest the whole target; the second is applied in a later pass."""
    (workdir / "admin.po").write_text(
        HEADER.format(charset="UTF-8")
        + '\n#, python-format\nmsgid "No %(verbose_name)s found"\n'
        + 'msgstr "Ingen %(verbose_name)s  fundet "\n',
        encoding="utf-8",
    )
    code, out, _ = invoke("check", "admin.po", "--fix", "--select", "WS001,WS002")
    assert 'msgstr "Ingen %(verbose_name)s fundet"\n' in (workdir / "admin.po").read_text(
        encoding="utf-8"
    )
    assert out.splitlines()[-1] == "Fixed 2 findings (0 remaining)"
    assert code == 0
    assert invoke("check", "admin.po", "--select", "WS")[0] == 0
