"""TBX glossaries: read (TBX 2008 and v3), validated, used by check, and exported."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.core.errors import GlossaryError
from pipeline.formats import glossary_formats
from pipeline.glossary import load_glossary
from pipeline.glossary.model import TermStatus
from pipeline.glossary.validation import validate_glossary

FORMATS = glossary_formats()  # TBX is the format registry's; the loaders take it

ROOT = Path(__file__).resolve().parents[2]

TBX_BASIC = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
 <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
 <text><body>
  <termEntry id="drooling">
   <langSet xml:lang="da">
    <tig><term>savlen</term>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>savl</term>
     <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
    <tig><term>sikl</term>
     <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
     <note>Colloquial, said of babies.</note></tig>
    <tig><term>savling</term>
     <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
   </langSet>
   <langSet xml:lang="en"><tig><term>drooling</term></tig></langSet>
  </termEntry>
 </body></text>
</martif>
"""

TBX_V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="drooling">
   <langSec xml:lang="da">
    <termSec><term>savlen</term>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    <termSec><term>dræning</term>
     <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
     <termNote type="usageNote">forbidden</termNote></termSec>
   </langSec>
  </conceptEntry>
 </body></text>
</tbx>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tbx_statuses_map_to_ours(tmp_path: Path) -> None:
    glossary = load_glossary(_write(tmp_path, "terms.tbx", TBX_BASIC), FORMATS)

    assert [(e.lang, e.term, e.status) for e in glossary.entries] == [
        ("da", "savlen", TermStatus.PREFERRED),
        ("da", "savl", TermStatus.ADMITTED),
        ("da", "sikl", TermStatus.DEPRECATED),
        ("da", "savling", TermStatus.DEPRECATED),
        ("en", "drooling", TermStatus.PREFERRED),  # a language's only term, no status
    ]
    assert glossary.entries[2].note == "Colloquial, said of babies."
    assert glossary.entries[0].line == 7  # the line of its <term>


def test_tbx_v3_and_the_forbidden_usage_note(tmp_path: Path) -> None:
    glossary = load_glossary(_write(tmp_path, "terms.tbx", TBX_V3), FORMATS)

    assert [(e.concept_id, e.term, e.status) for e in glossary.entries] == [
        ("drooling", "savlen", TermStatus.PREFERRED),
        ("drooling", "dræning", TermStatus.FORBIDDEN),
    ]


def test_glossary_check_reports_an_unknown_tbx_status_on_its_line(tmp_path: Path) -> None:
    text = TBX_BASIC.replace("admittedTerm-admn-sts", "okayTerm")
    problems = validate_glossary(_write(tmp_path, "terms.tbx", text), FORMATS)

    assert [(p.line, p.code) for p in problems] == [(9, "G005")]


def test_a_file_that_is_not_tbx_is_unusable(tmp_path: Path) -> None:
    path = _write(tmp_path, "terms.tbx", "<?xml version='1.0'?><glossary/>")

    problems = validate_glossary(path, FORMATS)

    assert [(p.code, p.message) for p in problems] == [
        ("G001", "not a TBX file (root element <glossary>)")
    ]


def test_unsupported_glossary_type_lists_the_supported_suffixes(tmp_path: Path) -> None:
    path = _write(tmp_path, "terms.xlsx", "x")

    try:
        load_glossary(path, FORMATS)
    except GlossaryError as error:
        assert error.message == "unsupported glossary type '.xlsx' (supported: .csv, .tbx)"
    else:
        raise AssertionError("no error")


def test_export_then_load_gives_the_project_glossary_back(tmp_path: Path) -> None:
    out = tmp_path / "glossary.tbx"
    result = CliRunner().invoke(
        cli, ["glossary", "export", "--glossary", str(ROOT / "glossary.csv"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output

    def rows(path: Path) -> list[tuple[str, ...]]:
        return sorted(
            (e.concept_id, e.lang, e.term, e.status.value, e.note, e.source)
            for e in load_glossary(path, FORMATS).entries
        )

    assert rows(out) == rows(ROOT / "glossary.csv")


def test_check_uses_a_tbx_glossary(tmp_path: Path) -> None:
    article = _write(tmp_path, "artikel.txt", "Savlen\n\nBarnet har dræning om natten.\n")
    terms = _write(tmp_path, "terms.tbx", TBX_V3)

    result = CliRunner().invoke(
        cli,
        [
            "check",
            str(article),
            "--glossary",
            str(terms),
            "--select",
            "TERM001",
            "--no-cache",
            "--lang",
            "da",
        ],
    )

    assert "TERM001" in result.output and "'dræning'" in result.output, result.output


def test_the_loaders_read_tbx_only_through_the_formats_they_are_given(tmp_path: Path) -> None:
    path = _write(tmp_path, "terms.tbx", TBX_V3)

    with pytest.raises(
        GlossaryError, match=r"unsupported glossary type '\.tbx' \(supported: \.csv\)"
    ):
        load_glossary(path)
    assert [p.code for p in validate_glossary(path)] == ["G001"]
    assert len(load_glossary(path, FORMATS)) == 2


def test_an_unknown_suffix_names_every_registered_glossary_format(tmp_path: Path) -> None:
    path = _write(tmp_path, "terms.xlsx", "concept_id,lang,term,status\n")

    with pytest.raises(GlossaryError, match=r"\(supported: \.csv, \.tbx\)"):
        load_glossary(path, FORMATS)
