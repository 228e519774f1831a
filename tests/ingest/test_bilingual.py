"""Readers of bilingual files: XLIFF 2.x and 1.2, TMX and PO, with the line of every unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.errors import InputError
from pipeline.core.models import TranslationUnit, UnitState
from pipeline.ingest.bilingual import read_units

XLIFF_2_0 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="da-DK" trgLang="sv">
  <file id="f1">
    <unit id="u1">
      <notes><note category="location">indledning</note></notes>
      <segment id="a" state="reviewed">
        <source>Et hjerte.</source><target>Ett hjärta.</target>
      </segment>
      <segment id="b"><source>To lunger.</source><target>Två lungor.</target></segment>
    </unit>
    <unit id="u2">
      <segment state="initial"><source>Nyren.</source><target>Njuren.</target></segment>
    </unit>
    <unit id="u3" translate="no">
      <segment><source>ISBN 978-87</source></segment>
    </unit>
  </file>
</xliff>
"""

XLIFF_1_2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="hjerte.md" source-language="da" target-language="nb" datatype="plaintext">
    <body>
      <trans-unit id="t1" approved="yes">
        <source>Hjertet slår.</source>
        <target state="final">Hjertet slår.</target>
      </trans-unit>
      <trans-unit id="t2">
        <source>Lungen</source>
        <target state="needs-review-translation">Lunga</target>
        <note from="translator">Sjekk bøyningen.</note>
      </trans-unit>
      <trans-unit id="t3">
        <source>Nyren</source>
        <target state="translated">Nyra</target>
      </trans-unit>
      <trans-unit id="t4">
        <source>Leveren</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

LATIN1_PO = """# Norwegian translation of the heart article.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=ISO-8859-1\\n"
"Language: nb\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#. heading
#: hjerte.md:1
msgid "Hjertet og kredsløbet"
msgstr "Hjertet og kretsløpet"

#, fuzzy
msgctxt "menu"
msgid "Åbn"
msgstr "Åpne"

msgid "en lunge"
msgid_plural "%d lunger"
msgstr[0] "én lunge"
msgstr[1] "%d lunger"

msgid "Leveren renser blodet."
msgstr ""

#~ msgid "Gammel sætning."
#~ msgstr "Gammel setning."
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="da-DK" creationtool="CAT" creationtoolversion="9" segtype="sentence"
          o-tmf="cat" adminlang="en" datatype="plaintext"/>
  <body>
    <tu tuid="hjerte">
      <note>Fra redaktionen.</note>
      <tuv xml:lang="da-DK"><seg>Hjertet slår.</seg></tuv>
      <tuv xml:lang="nb-NO"><seg>Hjertet slår.</seg></tuv>
    </tu>
    <tu>
      <prop type="x-engine">apertium</prop>
      <prop type="x-engine-version">3.8.3</prop>
      <prop type="x-unknown-words">["karrene"]</prop>
      <tuv xml:lang="nb-NO"><seg>Karene.</seg></tuv>
      <tuv xml:lang="da-DK"><seg>Karrene.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_xliff_2_segments_are_units_with_state_notes_languages_and_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "artikel.xlf", XLIFF_2_0)

    units = read_units(path)

    assert [(u.id, u.source, u.target, u.state, u.line) for u in units] == [
        ("u1::a", "Et hjerte.", "Ett hjärta.", UnitState.APPROVED, 6),
        ("u1::b", "To lunger.", "Två lungor.", UnitState.TRANSLATED, 9),
        ("u2", "Nyren.", "Njuren.", UnitState.FUZZY, 12),
    ]
    assert {(u.source_lang, u.target_lang, u.path) for u in units} == {("da-DK", "sv", str(path))}
    assert [u.note for u in units] == ["indledning", "indledning", None]


def test_xliff_1_2_is_detected_and_read_with_its_file_languages(tmp_path: Path) -> None:
    path = write(tmp_path, "artikel.xliff", XLIFF_1_2)

    units = read_units(path)

    assert [(u.id, u.source, u.target, u.state, u.line, u.note) for u in units] == [
        ("t1", "Hjertet slår.", "Hjertet slår.", UnitState.APPROVED, 5, None),
        ("t2", "Lungen", "Lunga", UnitState.FUZZY, 9, "Sjekk bøyningen."),
        ("t3", "Nyren", "Nyra", UnitState.TRANSLATED, 14, None),
        ("t4", "Leveren", "", UnitState.UNTRANSLATED, 18, None),
    ]
    assert {(u.source_lang, u.target_lang) for u in units} == {("da", "nb")}


def test_po_in_iso_8859_1_with_plurals_context_fuzzy_and_untranslated(tmp_path: Path) -> None:
    path = write(tmp_path, "hjerte.po", LATIN1_PO, encoding="latin-1")

    units = read_units(path, source_lang="da")

    assert [(u.id, u.source, u.target, u.state, u.line) for u in units] == [
        ("Hjertet og kredsløbet", "Hjertet og kredsløbet", "Hjertet og kretsløpet",
         UnitState.TRANSLATED, 8),
        ("menu::Åbn", "Åbn", "Åpne", UnitState.FUZZY, 13),
        ("en lunge[0]", "en lunge", "én lunge", UnitState.TRANSLATED, 18),
        ("en lunge[1]", "%d lunger", "%d lunger", UnitState.TRANSLATED, 18),
        ("Leveren renser blodet.", "Leveren renser blodet.", "", UnitState.UNTRANSLATED, 23),
    ]  # fmt: skip
    assert [u.note for u in units] == ["heading", "msgctxt: menu", None, None, None]
    assert {(u.source_lang, u.target_lang, u.path) for u in units} == {("da", "nb", str(path))}


def test_po_without_language_header_takes_the_arguments(tmp_path: Path) -> None:
    path = write(tmp_path, "bare.po", 'msgid "Hjertet"\nmsgstr "Hjärtat"\n')

    (unit,) = read_units(path, source_lang="da", target_lang="sv")

    assert (unit.source_lang, unit.target_lang, unit.target, unit.line) == (
        "da",
        "sv",
        "Hjärtat",
        1,
    )


def test_po_source_language_comes_from_the_x_source_language_header(tmp_path: Path) -> None:
    header = 'msgid ""\nmsgstr ""\n"Language: nb\\n"\n"X-Source-Language: da\\n"\n\n'
    path = write(tmp_path, "da-nb.po", header + 'msgid "Hjertet"\nmsgstr "Hjertet"\n')

    (unit,) = read_units(path, source_lang="sv")  # the header wins over a default

    assert (unit.source_lang, unit.target_lang) == ("da", "nb")


def test_po_msgids_are_english_and_the_target_undetermined_without_header_or_arguments(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "bare.pot", 'msgid "Heart"\nmsgstr ""\n')

    (unit,) = read_units(path)

    assert (unit.source_lang, unit.target_lang, unit.state) == (
        "en",  # gettext's convention
        "und",
        UnitState.UNTRANSLATED,
    )


def test_tmx_units_carry_languages_props_notes_and_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "team.tmx", TMX)

    units = read_units(path, target_lang="nb")

    assert [(u.id, u.source, u.target, u.state, u.line) for u in units] == [
        ("hjerte", "Hjertet slår.", "Hjertet slår.", UnitState.APPROVED, 6),
        ("2", "Karrene.", "Karene.", UnitState.TRANSLATED, 11),
    ]
    assert [(u.source_lang, u.target_lang) for u in units] == [("da-DK", "nb-NO")] * 2
    assert [(u.engine, u.engine_version, u.unknown_words) for u in units] == [
        (None, None, []),
        ("apertium", "3.8.3", ["karrene"]),
    ]
    assert [u.note for u in units] == ["Fra redaktionen.", None]


@pytest.mark.parametrize(
    ("name", "text", "line", "message"),
    [
        (
            "broken.xlf",
            XLIFF_1_2.replace("<source>Nyren</source>", "<source>Nyren</sorce>"),
            15,
            "malformed XML (Opening and ending tag mismatch: source line 15 and sorce, "
            "line 15, column 30)",
        ),
        (
            "broken.po",
            LATIN1_PO.replace('msgstr[1] "%d lunger"', "msgstr[1] %d lunger"),
            21,
            "malformed PO (Syntax error)",
        ),
        (
            "broken.tmx",
            TMX.replace("<seg>Karene.</seg>", "<seg>Karene.</tuv>"),
            15,
            "malformed XML (Opening and ending tag mismatch: seg line 15 and tuv, "
            "line 15, column 47)",
        ),
    ],
)
def test_malformed_files_name_file_and_line(
    tmp_path: Path, name: str, text: str, line: int, message: str
) -> None:
    path = write(tmp_path, name, text, encoding="latin-1" if name.endswith(".po") else "utf-8")

    with pytest.raises(InputError) as error:
        read_units(path)

    assert str(error.value) == f"{path}:{line}: {message}"


def test_a_po_whose_bytes_are_not_its_declared_charset_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "wrong.po", LATIN1_PO.replace("ISO-8859-1", "UTF-8"), "latin-1")

    with pytest.raises(InputError) as error:
        read_units(path)

    assert str(error.value) == f"{path}:10: not valid UTF-8 (the header's charset)"


@pytest.mark.parametrize("name", ["empty.xlf", "empty.po", "empty.tmx"])
def test_an_empty_file_is_an_input_error(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, " \n")

    with pytest.raises(InputError) as error:
        read_units(path)

    assert str(error.value) == f"{path}: file is empty"


def test_a_binary_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "image.po"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    with pytest.raises(InputError) as error:
        read_units(path)

    assert str(error.value) == f"{path}:3: binary file (NUL byte)"


def test_an_xml_file_that_is_not_xliff_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.xlf", '<?xml version="1.0"?>\n<html><body/></html>\n')

    with pytest.raises(InputError) as error:
        read_units(path)

    assert str(error.value) == f"{path}:2: not an XLIFF file (root element html)"


def test_an_unknown_extension_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path, "artikel.docx", "x")

    with pytest.raises(InputError) as error:
        read_units(path)

    assert str(error.value) == (
        f"{path}: not a bilingual file (known: .po, .pot, .tmx, .xlf, .xliff, content.<lang>.json)"
    )


def test_xml_that_is_not_tmx_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path, "memory.tmx", '<?xml version="1.0"?>\n<html><body/></html>\n')

    with pytest.raises(InputError) as error:
        read_units(path)

    assert str(error.value) == f"{path}: not a valid TMX file (unexpected structure)"


def _translated_content(tmp_path: Path, targets: dict[str, str]) -> Path:
    """A content.nb.json as `run --to nb` writes it, for a two-sentence Danish article."""
    from pipeline.emit.content import build_translation_content, write_content
    from pipeline.glossary.model import Glossary
    from pipeline.ingest import read_document

    article = tmp_path / "sikl.txt"
    article.write_text("Sikl\n\nSikl er et symptom. Det rammer 100.000 voksne.\n", encoding="utf-8")
    document = read_document(article, language="da")
    units = [
        TranslationUnit(
            id=s.id,
            source=s.text,
            target=targets[s.id],
            source_lang="da",
            target_lang="nb",
            path=document.path,
            engine="apertium",
            unknown_words=["rammer"] if "rammer" in targets[s.id] else [],
        )
        for s in document.content_segments()
    ]
    content = build_translation_content(document, units, [], Glossary([]), "apertium", "3.8")
    return write_content(content, tmp_path / "out")


def test_our_content_file_yields_its_translated_segments_at_their_lines(tmp_path: Path) -> None:
    targets = {
        "title": "Sikl",
        "s0.p1.s1": "Sikl er et symptom.",
        "s0.p1.s2": "Det *rammer 100 000.",
    }
    path = _translated_content(tmp_path, targets)
    assert path.name == "content.nb.json"

    units = read_units(path)

    assert [(u.id, u.target, u.source_lang, u.target_lang) for u in units] == [
        ("title", "Sikl", "da", "nb"),
        ("s0.p1.s1", "Sikl er et symptom.", "da", "nb"),
        ("s0.p1.s2", "Det *rammer 100 000.", "da", "nb"),
    ]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(lines[u.line - 1].strip() == f'"id": "{u.id}",' for u in units)
    assert units[2].unknown_words == ["rammer"] and units[2].engine == "apertium"


def test_a_source_content_file_has_no_units(tmp_path: Path) -> None:
    from pipeline.emit.content import build_content, write_content
    from pipeline.glossary.model import Glossary
    from pipeline.ingest import read_document

    article = tmp_path / "sikl.txt"
    article.write_text("Sikl\n\nSikl er et symptom.\n", encoding="utf-8")
    document = read_document(article, language="da")
    path = write_content(build_content(document, [], Glossary([])), tmp_path / "out")
    assert path.name == "content.da.json" and read_units(path) == []


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('{"metadata": {},\n', "not a content file of this tool (Invalid JSON", 2),
        ('{"schema_version": "1.1"}\n', "not a content file of this tool (metadata: Field", None),
    ],
)
def test_a_json_that_is_not_our_content_names_file_and_line(
    tmp_path: Path, text: str, message: str, line: int | None
) -> None:
    path = write(tmp_path, "content.da.json", text)
    with pytest.raises(InputError) as error:
        read_units(path)
    assert message in str(error.value) and error.value.line == line


def test_only_content_files_are_bilingual_json() -> None:
    from pipeline.ingest import is_bilingual

    assert is_bilingual(Path("out/sikl/content.nb.json"))
    assert is_bilingual(Path("content.sr@latin.json"))
    assert not is_bilingual(Path("package.json")) and not is_bilingual(Path("content.json"))
