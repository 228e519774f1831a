"""Fixing translators' files: PO/POT and XLIFF targets rewritten, everything else as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import check_units
from pipeline.checks.suppression import po_suppressions
from pipeline.core.models import Finding, Severity, TranslationUnit, UnitState
from pipeline.emit.xliff import write_xliff
from pipeline.fix import FileFix, fix_bilingual_file
from pipeline.fix.bilingual import applies
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.ingest.bilingual import read_units
from tests.checks.test_po_catalogs import HEADER as PO_HEADER

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
drooling,da,savlen,preferred,,
drooling,da,dræning,forbidden,drainage,article
gbs,da,Guillain–Barrés syndrom,preferred,,
gbs,da,Guillain-Barrés syndrom,deprecated,an en dash joins the two names,
"""
CODES = ["WS001", "DUP001", "TERM006", "NUM001"]
# the catalog header of the PO check tests, for Danish with two plural forms
HEADER = (
    PO_HEADER.replace("{lang}", "da").replace("{nplurals}", "2").replace("{plural}", "(n != 1)")
)
CATALOG = (
    HEADER.format(charset="UTF-8")
    + """
#: admin/actions.py:12
msgid "Delete the selected items"
msgstr "Slet de de valgte elementer"

#: forms.py:40
msgid "Name: "
msgstr "Navn:"

#, fuzzy
msgid "Save the file"
msgstr "Gem gem filen"

msgctxt "symptom"
msgid "Muscle twitches are common."
msgstr "Muskelsvindninger er almindelige."

msgid "%d twitch"
msgid_plural "%d twitches"
msgstr[0] "%d muskelsvindning"
msgstr[1] "%d muskelsvindninger"

msgid "Drooling is a symptom."
msgstr "Dræningen er et symptom."

msgid "About 100,000 people."
msgstr "Omkring 100,000 mennesker."

msgid "Untranslated"
msgstr ""

#~ msgid "Old message"
#~ msgstr "Gammel gammel besked"
"""
)
FIXED = (
    CATALOG.replace('"Slet de de valgte elementer"', '"Slet de valgte elementer"')
    .replace('msgstr "Navn:"', 'msgstr "Navn: "')
    .replace('"Muskelsvindninger er almindelige."', '"Muskeltrækninger er almindelige."')
    .replace('"%d muskelsvindning"', '"%d muskeltrækning"')
    .replace('"%d muskelsvindninger"', '"%d muskeltrækninger"')
)


@pytest.fixture
def glossary(tmp_path: Path) -> Glossary:
    path = tmp_path / "glossary.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(path)


def fix(path: Path, glossary: Glossary, *, unsafe: bool = False, write: bool = True) -> FileFix:
    findings = check_units(read_units(path), glossary, select=CODES)
    return fix_bilingual_file(
        path,
        findings,
        lambda units: check_units(units, glossary, select=CODES),
        unsafe=unsafe,
        write=write,
    )


def located(findings: list[Finding]) -> list[tuple[str, str | None, int]]:
    return [(f.code, f.segment_id, f.line) for f in findings]


def test_a_catalog_changes_only_in_the_fixed_entries(tmp_path: Path, glossary: Glossary) -> None:
    po = tmp_path / "da.po"
    po.write_text(CATALOG, encoding="utf-8")
    result = fix(po, glossary)
    assert po.read_text(encoding="utf-8") == FIXED
    assert (result.before, result.after) == (CATALOG, FIXED)
    assert located(result.fixed) == [
        ("DUP001", "Delete the selected items", 11),
        ("WS001", "Name: ", 15),
        ("TERM006", "symptom::Muscle twitches are common.", 23),
        ("TERM006", "%d twitch[0]", 27),
        ("TERM006", "%d twitch[1]", 27),
    ]


def test_unsafe_and_partial_suggestions_remain(tmp_path: Path, glossary: Glossary) -> None:
    po = tmp_path / "da.po"
    po.write_text(CATALOG, encoding="utf-8")
    result = fix(po, glossary)
    # "savlen" has no certain definite form; NUM001 suggests a part of the target only
    assert located(result.remaining) == [
        ("TERM006", "Drooling is a symptom.", 32),
        ("NUM001", "About 100,000 people.", 35),
    ]


def test_a_rerun_finds_none_of_the_fixed_findings(tmp_path: Path, glossary: Glossary) -> None:
    po = tmp_path / "da.po"
    po.write_text(CATALOG, encoding="utf-8")
    result = fix(po, glossary)
    again = check_units(read_units(po), glossary, select=CODES)
    assert again == result.remaining
    assert not {(f.code, f.segment_id) for f in again} & {
        (f.code, f.segment_id) for f in result.fixed
    }


def test_unsafe_fixes_never_apply_an_unsure_inflection(tmp_path: Path, glossary: Glossary) -> None:
    po = tmp_path / "da.po"
    po.write_text(CATALOG, encoding="utf-8")
    result = fix(po, glossary, unsafe=True)
    # "Savlen er et symptom." would put an unconfirmed form of "savlen" for "Dræningen"
    assert po.read_text(encoding="utf-8") == FIXED
    assert located(result.remaining) == [
        ("TERM006", "Drooling is a symptom.", 32),
        ("NUM001", "About 100,000 people.", 35),
    ]


def test_without_write_the_file_stays_and_the_diff_shows_the_fix(
    tmp_path: Path, glossary: Glossary
) -> None:
    po = tmp_path / "da.po"
    text = HEADER.format(charset="UTF-8") + (
        '\n#: forms.py:40\nmsgid "Name: "\nmsgstr "Navn:"\n\nmsgid "Untranslated"\nmsgstr ""\n'
    )
    po.write_text(text, encoding="utf-8")
    result = fix(po, glossary, write=False)
    assert po.read_text(encoding="utf-8") == text
    assert result.diff() == (
        f"--- {po}\n+++ {po}\n"
        "@@ -10,7 +10,7 @@\n"
        " \n"
        " #: forms.py:40\n"
        ' msgid "Name: "\n'
        '-msgstr "Navn:"\n'
        '+msgstr "Navn: "\n'
        " \n"
        ' msgid "Untranslated"\n'
        ' msgstr ""\n'
    )
    assert [f.code for f in result.fixed] == ["WS001"]


def test_an_iso_8859_1_catalog_stays_iso_8859_1(tmp_path: Path, glossary: Glossary) -> None:
    po = tmp_path / "da.po"
    text = HEADER.format(charset="ISO-8859-1") + (
        '\nmsgid "Muscle twitches in the eyes."\nmsgstr "Muskelsvindninger i øjnene på én gang."\n'
    )
    po.write_bytes(text.encode("iso-8859-1"))
    fix(po, glossary)
    fixed = text.replace("Muskelsvindninger", "Muskeltrækninger")
    assert po.read_bytes() == fixed.encode("iso-8859-1")


def test_a_fix_the_charset_cannot_encode_is_left(tmp_path: Path, glossary: Glossary) -> None:
    po = tmp_path / "da.po"
    # the preferred term's en dash has no ISO-8859-1 byte; the catalog stays ISO-8859-1
    text = HEADER.format(charset="ISO-8859-1") + (
        '\nmsgid "Guillain-Barre syndrome is rare."\n'
        'msgstr "Guillain-Barrés syndrom er sjældent."\n'
        '\nmsgid "Name: "\nmsgstr "Navn:"\n'
    )
    po.write_bytes(text.encode("iso-8859-1"))
    result = fix(po, glossary)
    assert po.read_bytes() == text.replace('"Navn:"', '"Navn: "').encode("iso-8859-1")
    assert [(f.code, f.suggestion, f.fixable) for f in result.remaining] == [
        ("TERM006", "Guillain–Barrés syndrom er sjældent.", True)
    ]


def test_crlf_newlines_stay(tmp_path: Path, glossary: Glossary) -> None:
    po = tmp_path / "da.po"
    po.write_bytes(CATALOG.replace("\n", "\r\n").encode("utf-8"))
    fix(po, glossary)
    assert po.read_bytes() == FIXED.replace("\n", "\r\n").encode("utf-8")


def test_two_findings_in_one_entry_are_fixed_in_two_passes(
    tmp_path: Path, glossary: Glossary
) -> None:
    po = tmp_path / "da.po"
    entry = 'msgid "Delete the selected items"\nmsgstr "Slet de de valgte valgte elementer"\n'
    po.write_text(HEADER.format(charset="UTF-8") + "\n" + entry, encoding="utf-8")
    result = fix(po, glossary)
    assert po.read_text(encoding="utf-8").endswith('msgstr "Slet de valgte elementer"\n')
    assert [f.match for f in result.fixed] == ["de de", "valgte valgte"]
    assert result.remaining == []


def test_an_entry_wrapped_otherwise_keeps_its_unchanged_lines(
    tmp_path: Path, glossary: Glossary
) -> None:
    # gettext keeps a format directive on one line; translate-toolkit would break
    # "%(limit_value)d" apart, so only the changed line is wrapped anew
    entry = """#, python-format
msgid ""
"Ensure this value has at least %(limit_value)d character (it has "
"%(show_value)d)."
msgstr ""
"Sørg for at værdien har mindst %(limit_value)d tegn (den har "
"%(show_value)d). Ret ret den."
"""
    po = tmp_path / "da.po"
    po.write_text(HEADER.format(charset="UTF-8") + "\n" + entry, encoding="utf-8")
    fix(po, glossary)
    assert po.read_text(encoding="utf-8") == HEADER.format(charset="UTF-8") + "\n" + (
        entry.replace("Ret ret den.", "Ret den.")
    )


def test_an_unwrapped_catalog_stays_unwrapped(tmp_path: Path, glossary: Glossary) -> None:
    entry = (
        'msgid "A message that msgcat --no-wrap left on one line, however long it is, because '
        'a catalog of that kind is never wrapped."\n'
        'msgstr "En besked som msgcat --no-wrap lod stå på én linje, hvor lang den end er, fordi '
        'et katalog af af den slags aldrig ombrydes."\n'
    )
    po = tmp_path / "da.po"
    po.write_text(HEADER.format(charset="UTF-8") + "\n" + entry, encoding="utf-8")
    fix(po, glossary)
    fixed = HEADER.format(charset="UTF-8") + "\n" + entry.replace("af af", "af")
    assert po.read_text(encoding="utf-8") == fixed


def test_hand_edited_lines_outside_the_fixed_entry_stay(tmp_path: Path, glossary: Glossary) -> None:
    # translate-toolkit would write none of these back as they are
    text = (
        "\ufeff"
        + HEADER.format(charset="UTF-8")
        + '\n  # an indented comment\n#= a-flag\nmsgid  "Save"\nmsgstr  "Gem"\n\n\n'
        + 'msgid "Name: "\nmsgstr "Navn:"'
    )
    po = tmp_path / "da.po"
    po.write_text(text, encoding="utf-8")
    fix(po, glossary)
    assert po.read_text(encoding="utf-8") == text.replace('"Navn:"', '"Navn: "')


def test_recheck_gets_the_lines_as_read_and_remaining_findings_the_new_ones(
    tmp_path: Path, glossary: Glossary
) -> None:
    # the first fix adds two lines, and a suppression keyed by the second entry's line
    # must still find it there
    text = HEADER.format(charset="UTF-8") + (
        '\nmsgid "\\nUsage: manage.py check\\n"\nmsgstr "Brug: manage.py check"\n'
        '\nmsgid "Drooling is a symptom."\nmsgstr "Dræningen er et symptom."\n'
    )
    po = tmp_path / "da.po"
    po.write_text(text, encoding="utf-8")
    lines_given: list[list[int]] = []

    def recheck(units: list[TranslationUnit]) -> list[Finding]:
        lines_given.append([unit.line for unit in units])
        return check_units(units, glossary, select=CODES)

    result = fix_bilingual_file(po, recheck(read_units(po)), recheck, unsafe=False, write=True)
    assert po.read_text(encoding="utf-8") == text.replace(
        'msgstr "Brug: manage.py check"', 'msgstr ""\n"\\n"\n"Brug: manage.py check\\n"'
    )
    assert lines_given == [[11, 14], [11, 14]]
    assert located(result.remaining) == [("TERM006", "Drooling is a symptom.", 16)]
    assert located(check_units(read_units(po), glossary, select=CODES)) == located(result.remaining)


def test_a_suppressed_finding_stays_suppressed_after_an_earlier_entry_grows(
    tmp_path: Path, glossary: Glossary
) -> None:
    text = HEADER.format(charset="UTF-8") + (
        '\nmsgid "\\nUsage: manage.py check\\n"\nmsgstr "Brug: manage.py check"\n'
        '\n# content-pipeline: disable=DUP001\nmsgid "Sorry"\nmsgstr "Undskyld undskyld"\n'
    )
    po = tmp_path / "da.po"
    po.write_text(text, encoding="utf-8")
    suppressions = po_suppressions(po)  # read once, from the file as it was

    def recheck(units: list[TranslationUnit]) -> list[Finding]:
        return check_units(units, glossary, select=CODES, suppressions=suppressions)

    result = fix_bilingual_file(po, recheck(read_units(po)), recheck, unsafe=True, write=True)
    assert '"Undskyld undskyld"' in po.read_text(encoding="utf-8")
    assert [f.code for f in result.fixed] == ["WS001"]
    assert result.remaining == []


def test_fuzzy_untranslated_and_obsolete_entries_are_never_changed(
    tmp_path: Path, glossary: Glossary
) -> None:
    po = tmp_path / "da.po"
    po.write_text(CATALOG, encoding="utf-8")
    fix(po, glossary, unsafe=True)
    text = po.read_text(encoding="utf-8")
    assert '#, fuzzy\nmsgid "Save the file"\nmsgstr "Gem gem filen"\n' in text
    assert 'msgid "Untranslated"\nmsgstr ""\n' in text
    assert '#~ msgstr "Gammel gammel besked"\n' in text


def test_only_whole_target_suggestions_apply() -> None:
    base = Finding(
        code="WS001",
        name="bilingual.edge-whitespace",
        severity=Severity.WARNING,
        message="the target ends with no whitespace, the source with a space",
        path="da.po",
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        match=":",
        suggestion="Navn: ",
        segment_id="Name: ",
        fixable=True,
    )
    assert applies(base)
    assert not applies(base.model_copy(update={"code": "NUM001"}))  # a part of the target
    assert not applies(base.model_copy(update={"fixable": False}))
    assert applies(base.model_copy(update={"fixable": False}), unsafe=True)


def test_tmx_is_not_fixed(tmp_path: Path, glossary: Glossary) -> None:
    tmx = tmp_path / "memory.tmx"
    tmx.write_text("<tmx/>", encoding="utf-8")
    with pytest.raises(ValueError, match="only PO/POT and XLIFF"):
        fix_bilingual_file(tmx, [], lambda units: [], unsafe=False, write=False)


XLIFF_1 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="app.html" source-language="en" target-language="da" datatype="html">
<body>
<trans-unit id="delete" xml:space="preserve">
<source>Delete the <g id="1">selected</g> items</source>
<target state="translated">Slet de de <g id="1">valgte</g> elementer</target></trans-unit>
<!-- reviewed: <target>Gem</target> -->
<trans-unit id="fish" xml:space='preserve'><source>Fish &amp; chips&#160;now</source>
<target state="translated">Fisk &amp; pommes&#160;nu nu</target></trans-unit>
<trans-unit id="final"><source>Muscle twitches.</source>
<target state="final">Muskelsvindninger.</target></trans-unit>
<trans-unit id="legs"><source>Twitches in the 'legs'.</source>
<target>Muskelsvindninger i &apos;benene&apos;.</target></trans-unit>
<trans-unit id="new"><source>Muscle twitches.</source>
<target state="new">Muskelsvindninger.</target></trans-unit>
</body>
</file>
</xliff>
"""


def test_an_xliff_1_2_file_changes_only_in_the_fixed_targets(
    tmp_path: Path, glossary: Glossary
) -> None:
    xlf = tmp_path / "app.da.xlf"
    xlf.write_bytes(XLIFF_1.replace("\n", "\r\n").encode("utf-8"))
    result = fix(xlf, glossary)
    fixed = XLIFF_1.replace("&#160;nu nu</target>", "&#160;nu</target>").replace(
        "<target>Muskelsvindninger i &apos;benene&apos;.",
        "<target>Muskeltrækninger i &apos;benene&apos;.",
    )
    assert xlf.read_bytes() == fixed.replace("\n", "\r\n").encode("utf-8")
    assert located(result.fixed) == [("DUP001", "fish", 9), ("TERM006", "legs", 13)]
    # inline markup and an approved (final) target are left to the translator
    assert located(result.remaining) == [("DUP001", "delete", 5), ("TERM006", "final", 11)]
    assert located(check_units(read_units(xlf), glossary, select=CODES)) == located(
        result.remaining
    )


def test_an_xliff_2_file_from_translate_is_fixed(tmp_path: Path, glossary: Glossary) -> None:
    xlf = tmp_path / "article.da-da.xlf"
    units = [
        TranslationUnit(
            id=f"s1.p1.s{n}",
            source=source,
            target=target,
            source_lang="en",
            target_lang="da",
            path="article.txt",
            state=UnitState.TRANSLATED,
            engine="apertium",
        )
        for n, (source, target) in enumerate(
            [
                ("Muscle twitches are common.", "Muskelsvindninger er almindelige."),
                ("They come and go.", "De kommer og og går."),
            ],
            start=1,
        )
    ]
    write_xliff(units, xlf, "en", "da", "article.txt")
    written = xlf.read_text(encoding="utf-8")
    result = fix(xlf, glossary)
    assert xlf.read_text(encoding="utf-8") == written.replace(
        "<target>Muskelsvindninger er", "<target>Muskeltrækninger er"
    ).replace("og og går", "og går")
    assert [f.code for f in result.fixed] == ["TERM006", "DUP001"]
    assert result.remaining == []
