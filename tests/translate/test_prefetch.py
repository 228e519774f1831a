"""Articles of a group are translated together: one Apertium call for all of them."""

from __future__ import annotations

from pathlib import Path

from pipeline.glossary import load_glossary
from pipeline.ingest import ingest_text
from pipeline.workflow import TranslationSetup, process_article

ROOT = Path(__file__).parent.parent.parent


def test_two_articles_one_engine_call_and_units_still_engine_translations(tmp_path: Path) -> None:
    glossary = load_glossary(ROOT / "glossary.csv")
    first = ingest_text("Muskeltrækninger\n\nDet er et symptom.\n", path="a.txt", language="da")
    second = ingest_text("Savlen\n\nDet er et andet symptom.\n", path="b.txt", language="da")
    setup = TranslationSetup(targets=["sv"], memory_path=tmp_path / "tm.sqlite")
    setup.prefetch([first, second], glossary)
    translator = setup.translator(glossary, "da", "sv")
    assert translator.stats.engine_calls == 1
    outcome = process_article(second, glossary, tmp_path / "out", translation=setup)
    setup.close()
    assert translator.stats.engine_calls == 1
    (target,) = outcome.targets
    assert target.from_memory == 0
    assert target.content.read_text(encoding="utf-8").count('"cache_hit": false') == 2
