"""TMX 1.4 export and import of the translation memory, read back with translate-toolkit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from translate.storage.tmx import tmxfile

from pipeline.core.errors import InputError, PipelineError
from pipeline.translate.cache import EngineKey, TranslationMemory, export_tmx, import_tmx

KEY = EngineKey("apertium", "apertium 3.8.3; apertium-dan-nor 1.5.0", "da", "nb", "g1")

TEAM_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="da-DK" creationtool="CAT" creationtoolversion="9" segtype="sentence"
          o-tmf="cat" adminlang="en-US" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="da-DK"><seg>Hjertet slår hurtigt.</seg></tuv>
      <tuv xml:lang="nb-NO"><seg>Hjertet slår fort.</seg></tuv>
      <tuv xml:lang="sv-SE"><seg>Hjärtat slår snabbt.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="nb-NO"><seg>Lungene er friske.</seg></tuv>
      <tuv xml:lang="da-DK"><seg>Lungerne er raske.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="da-DK"><seg>Kun dansk.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


@pytest.fixture
def memory(tmp_path: Path) -> Iterator[TranslationMemory]:
    tm = TranslationMemory(tmp_path / "tm.sqlite")
    tm.approve("da", "nb", "Nyren renser blodet.", "Nyra renser blodet.", "editor:kari")
    tm.put(KEY, "Leveren er stor.", "Leveren er stor.", ["stor"])
    yield tm
    tm.close()


def test_export_writes_tmx_1_4_with_one_tu_per_translation(
    memory: TranslationMemory, tmp_path: Path
) -> None:
    path = tmp_path / "out" / "memory.tmx"

    written = export_tmx(memory, path)

    store = tmxfile.parsestring(path.read_bytes())
    assert written == 2
    assert store.document.getroot().get("version") == "1.4"
    assert store.document.getroot().find("header").get("srclang") == "da"
    assert [(unit.source, unit.gettarget("nb")) for unit in store.units] == [
        ("Nyren renser blodet.", "Nyra renser blodet."),
        ("Leveren er stor.", "Leveren er stor."),
    ]
    assert sorted(path.parent.iterdir()) == [path]  # the temporary file was renamed, not left


def test_export_marks_engine_output_with_props_and_approvals_with_their_origin(
    memory: TranslationMemory, tmp_path: Path
) -> None:
    path = tmp_path / "memory.tmx"
    export_tmx(memory, path)

    approved, engine = tmxfile.parsestring(path.read_bytes()).units

    def props(unit: Any) -> dict[str, str]:
        return {prop.get("type"): prop.text for prop in unit.xmlelement.iterfind("prop")}

    assert props(approved) == {"x-origin": "editor:kari"}
    assert props(engine) == {
        "x-engine": "apertium",
        "x-engine-version": "apertium 3.8.3; apertium-dan-nor 1.5.0",
        "x-glossary-hash": "g1",
        "x-unknown-words": '["stor"]',
    }
    # TMX 1.4 order inside <tu>: prop before tuv
    assert [child.tag for child in engine.xmlelement] == ["prop"] * 4 + ["tuv", "tuv"]
    assert len(engine.xmlelement.get("creationdate")) == len("20250101T120000Z")


def test_export_approved_only_leaves_engine_output_out(
    memory: TranslationMemory, tmp_path: Path
) -> None:
    path = tmp_path / "memory.tmx"

    written = export_tmx(memory, path, approved_only=True)

    assert written == 1
    assert [u.source for u in tmxfile.parsestring(path.read_bytes()).units] == [
        "Nyren renser blodet."
    ]


def test_export_of_another_language_pair_is_empty(
    memory: TranslationMemory, tmp_path: Path
) -> None:
    path = tmp_path / "memory.tmx"

    assert export_tmx(memory, path, source_lang="da", target_lang="sv") == 0
    assert tmxfile.parsestring(path.read_bytes()).units == []


def test_round_trip_restores_approvals_but_does_not_approve_engine_output(
    memory: TranslationMemory, tmp_path: Path
) -> None:
    path = tmp_path / "memory.tmx"
    export_tmx(memory, path)
    fresh = TranslationMemory(tmp_path / "fresh.sqlite")

    imported = import_tmx(fresh, path, "da", "nb")

    approved = fresh.lookup_approved("da", "nb", "Nyren renser blodet.")
    assert imported == 1
    assert approved is not None
    assert (approved.target, approved.origin) == ("Nyra renser blodet.", "tmx:memory.tmx")
    assert fresh.lookup_approved("da", "nb", "Leveren er stor.") is None
    fresh.close()


def test_import_matches_regional_codes_by_their_language(tmp_path: Path) -> None:
    path = tmp_path / "team.tmx"
    path.write_text(TEAM_TMX, encoding="utf-8")
    memory = TranslationMemory(tmp_path / "tm.sqlite")

    imported = import_tmx(memory, path, "da", "nb")

    found = memory.lookup_approved_many(
        "da", "nb", ["Hjertet slår hurtigt.", "Lungerne er raske.", "Kun dansk."]
    )
    assert imported == 2
    assert [item.target if item else None for item in found] == [
        "Hjertet slår fort.",
        "Lungene er friske.",
        None,
    ]
    assert memory.stats().pairs == ["da→nb"]
    memory.close()


BROKEN_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="da" creationtool="CAT" creationtoolversion="9" segtype="sentence"
          o-tmf="cat" adminlang="en" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="da"><seg>Hjertet.</seg></tuv>
      <tuv xml:lang="nb"><seg>Hjertet.</tuv>
    </tu>
  </body>
</tmx>
"""


def test_import_of_malformed_tmx_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text(BROKEN_TMX, encoding="utf-8")
    memory = TranslationMemory(tmp_path / "tm.sqlite")

    with pytest.raises(PipelineError) as error:
        import_tmx(memory, path, "da", "nb")

    assert isinstance(error.value, InputError)
    assert str(error.value) == (
        f"{path}:8: malformed XML (Opening and ending tag mismatch: seg line 8 and tuv, "
        "line 8, column 45)"
    )
    assert memory.stats().approved == 0
    memory.close()
