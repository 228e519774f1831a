"""XLIFF inline codes are read beside the text, and INL001 reports them on real files."""

from __future__ import annotations

from pathlib import Path

from pipeline.checks import check_units
from pipeline.glossary.model import Glossary
from pipeline.ingest.bilingual import read_units

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="da" datatype="plaintext" original="x">
  <body>
   <trans-unit id="1">
    <source>Click <g id="1">Save</g><x id="2"/> <bpt id="3">&lt;b&gt;</bpt>now<ept id="3">
    &lt;/b&gt;</ept> <ph id="4">{0}</ph><bx id="5"/>!<ex id="5"/></source>
    <target>Klik <g id="1">Gem</g> nu {0}!</target>
   </trans-unit>
   <trans-unit id="2">
    <source>Plain <g id="1">text</g></source>
    <target>Almindelig <g id="1">tekst</g></target>
   </trans-unit>
   <trans-unit id="3">
    <source>Plain text</source>
    <target>Almindelig tekst</target>
   </trans-unit>
  </body>
 </file>
</xliff>
"""

XLIFF_2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="da">
 <file id="f1">
  <unit id="u1">
   <segment>
    <source>Click <pc id="1">Save</pc><ph id="2"/> <sc id="3"/>now<ec startRef="3"/></source>
    <target>Klik <pc id="1">Gem</pc><ph id="2"/> <ec startRef="3"/>nu<sc id="3"/></target>
   </segment>
  </unit>
 </file>
</xliff>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_xliff_12_codes_are_read_in_order(tmp_path: Path) -> None:
    first, second, third = read_units(_write(tmp_path, "a.xlf", XLIFF_12))

    assert first.inline_codes == (
        (
            "<g id='1'>",
            "</g id='1'>",
            "<x id='2'/>",
            "<bpt id='3'/>",
            "<ept id='3'/>",
            "<ph id='4'/>",
            "<bx id='5'/>",
            "<ex id='5'/>",
        ),
        ("<g id='1'>", "</g id='1'>"),
    )
    assert second.inline_codes == (("<g id='1'>", "</g id='1'>"),) * 2
    assert third.inline_codes is None  # plain text on both sides


def test_xliff_12_target_that_drops_codes_is_an_error(tmp_path: Path) -> None:
    units = read_units(_write(tmp_path, "a.xlf", XLIFF_12))

    findings = check_units(units, Glossary([]), select=["INL001"])

    assert [(f.segment_id, f.match) for f in findings] == [
        ("1", '<x id="2"/>'),
        ("1", '<bpt id="3"/>'),
        ("1", '<ept id="3"/>'),
        ("1", '<ph id="4"/>'),
        ("1", '<bx id="5"/>'),
        ("1", '<ex id="5"/>'),
    ]


def test_xliff_2_span_closed_before_it_opens(tmp_path: Path) -> None:
    units = read_units(_write(tmp_path, "a.xlf", XLIFF_2))

    findings = check_units(units, Glossary([]), select=["INL001"])

    assert [f.message for f in findings] == [
        'inline code <ec id="3"/> comes before its opening <sc id="3"/> in the target'
    ]


def test_po_units_have_no_inline_codes(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "da.po", 'msgid ""\nmsgstr "Language: da\\n"\n\nmsgid "a"\nmsgstr "b"\n'
    )

    assert [u.inline_codes for u in read_units(path)] == [None]
