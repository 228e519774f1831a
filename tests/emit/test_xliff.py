"""The XLIFF 2.1 writer, read back with translate-toolkit and our reader, checked with lxml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from translate.storage.xliff2 import Xliff2File

from pipeline.core.models import TranslationUnit, UnitState
from pipeline.emit.xliff import write_xliff
from pipeline.ingest.bilingual import read_units

NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


def unit(id: str, source: str, target: str, state: UnitState, **extra: object) -> TranslationUnit:
    return TranslationUnit(
        id=id,
        source=source,
        target=target,
        source_lang="da",
        target_lang="nb",
        path="sources/hjerte.md",
        state=state,
        **extra,  # type: ignore[arg-type]
    )


UNITS = [
    unit(
        "s1.h",
        "Hjertet  og karrene",
        "Hjertet og  karene",
        UnitState.TRANSLATED,
        engine="apertium",
        engine_version="apertium 3.8.3; apertium-dan-nor 1.5.0",
        unknown_words=["karrene", "kar"],
    ),
    unit("s1.p1.s1", "Hjertet slår.", "Hjertet slår.", UnitState.APPROVED, note="Godkjent."),
    unit("s1.p1.s2", "Det er normalt.", "Det er vanlig.", UnitState.FUZZY),
    unit("s1.p1.s3", "Kontakt lægen.", "", UnitState.UNTRANSLATED),
]


@pytest.fixture
def written(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "hjerte.nb.xlf"
    write_xliff(UNITS, path, "da", "nb", original="sources/hjerte.md")
    return path


def test_root_is_xliff_2_1_in_the_2_0_namespace_with_languages(written: Path) -> None:
    root = etree.parse(str(written)).getroot()

    assert root.tag == "{urn:oasis:names:tc:xliff:document:2.0}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.1", "da", "nb")
    files = root.findall("x:file", NS)
    assert [(f.get("id"), f.get("original")) for f in files] == [("f1", "sources/hjerte.md")]


def test_one_unit_per_translation_unit_with_mapped_segment_states(written: Path) -> None:
    root = etree.parse(str(written)).getroot()

    units = root.findall("x:file/x:unit", NS)
    assert [u.get("id") for u in units] == ["s1.h", "s1.p1.s1", "s1.p1.s2", "s1.p1.s3"]
    assert [u.find("x:segment", NS).get("state") for u in units] == [
        "translated",
        "final",
        "initial",
        "initial",
    ]
    assert units[3].find("x:segment/x:target", NS) is None


def test_segments_hold_only_source_and_target_as_the_schema_requires(written: Path) -> None:
    root = etree.parse(str(written)).getroot()

    for segment in root.iterfind(".//x:segment", NS):
        assert [etree.QName(child).localname for child in segment] in (
            ["source", "target"],
            ["source"],
        )
        assert set(segment.attrib) == {"state"}
    for unit_element in root.iterfind(".//x:unit", NS):
        assert unit_element.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_notes_in_the_unit_carry_engine_version_and_unknown_words(written: Path) -> None:
    root = etree.parse(str(written)).getroot()

    first, second, third, _ = root.findall("x:file/x:unit", NS)
    assert [(n.get("category"), n.text) for n in first.findall("x:notes/x:note", NS)] == [
        ("engine", "apertium"),
        ("engine-version", "apertium 3.8.3; apertium-dan-nor 1.5.0"),
        ("unknown-words", "karrene, kar"),
    ]
    assert [etree.QName(child).localname for child in first] == ["notes", "segment"]
    assert [(n.get("category"), n.text) for n in second.findall("x:notes/x:note", NS)] == [
        (None, "Godkjent.")
    ]
    assert third.find("x:notes", NS) is None


def test_translate_toolkit_reads_back_ids_sources_targets_and_states(written: Path) -> None:
    store = Xliff2File.parsestring(written.read_bytes())

    assert [(u.getid(), u.source, u.target) for u in store.units] == [
        ("s1.h", "Hjertet  og karrene", "Hjertet og  karene"),
        ("s1.p1.s1", "Hjertet slår.", "Hjertet slår."),
        ("s1.p1.s2", "Det er normalt.", "Det er vanlig."),
        ("s1.p1.s3", "Kontakt lægen.", None),
    ]
    assert [(u.isapproved(), u.isfuzzy(), u.istranslated()) for u in store.units] == [
        (False, False, True),
        (True, False, True),
        (False, True, False),
        (False, False, False),
    ]


def test_our_reader_round_trips_every_field_with_segment_line_numbers(written: Path) -> None:
    lines = written.read_text(encoding="utf-8").splitlines()
    segment_lines = [n for n, line in enumerate(lines, start=1) if "<segment" in line]

    units = read_units(written)

    assert [u.line for u in units] == segment_lines == [10, 19, 25, 31]
    assert [u.model_copy(update={"path": "sources/hjerte.md", "line": 1}) for u in units] == UNITS
    assert {u.path for u in units} == {str(written)}


def test_the_file_is_written_atomically(written: Path) -> None:
    assert sorted(p.name for p in written.parent.iterdir()) == ["hjerte.nb.xlf"]


def test_duplicate_unit_ids_are_refused(tmp_path: Path) -> None:
    twice = [UNITS[1], UNITS[1]]

    with pytest.raises(ValueError, match=re.escape("duplicate unit id 's1.p1.s1'")):
        write_xliff(twice, tmp_path / "x.xlf", "da", "nb", original="x.md")

    assert not (tmp_path / "x.xlf").exists()
