"""`content-pipeline translate` and `run --to` end to end, with real Apertium."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.ingest import read_document
from pipeline.ingest.bilingual import read_units
from pipeline.translate.apertium import ApertiumEngine, unknown_words
from pipeline.validate.schema import validate_content
from tests.cli.conftest import SEED


def translate(*args: str) -> Any:
    return CliRunner().invoke(cli, ["translate", "sources", *args])


def content(seed_project: Path, lang: str) -> dict[str, Any]:
    path = seed_project / "output" / "muskeltraekninger-da" / f"content.{lang}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def segment(data: dict[str, Any], segment_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(
        s for s in data["translation"]["segments"] if s["id"] == segment_id
    )
    return found


def test_translate_writes_source_targets_and_xliff(seed_project: Path) -> None:
    result = translate("--to", "nb,sv")
    assert result.exit_code == 0, result.output
    folder = seed_project / "output" / "muskeltraekninger-da"
    assert sorted(p.name for p in folder.iterdir()) == [
        "content.da.json",
        "content.nb.json",
        "content.sv.json",
        "muskeltraekninger-da.da-nb.xlf",
        "muskeltraekninger-da.da-sv.xlf",
    ]
    for lang in ("da", "nb", "sv"):
        assert validate_content(content(seed_project, lang)) == []


def test_glossary_terms_are_enforced_and_no_engine_mark_is_published(seed_project: Path) -> None:
    assert translate("--to", "nb,sv").exit_code == 0
    nb, sv = content(seed_project, "nb"), content(seed_project, "sv")
    source = read_document(seed_project / "sources" / SEED.name)
    source_ids = [seg.id for seg in source.content_segments()]
    # the glossary's preferred Bokmål terms, inflected as in the source
    assert "muskelrykninger" in segment(nb, "s1.p1.s5")["target"]
    assert "muskelsvakhet" in segment(nb, "s1.p1.s5")["target"]
    assert "sikling" in segment(nb, "s1.p1.s7")["target"]  # dræning (drooling), not drainage
    assert "MayoClinic.com" in segment(sv, "s1.p1.s3")["target"]  # Apertium alone: Mayoclinic
    for data in (nb, sv):
        segments = data["translation"]["segments"]
        assert [s["id"] for s in segments] == source_ids  # every source segment has a target
        assert all(s["target"].strip() for s in segments)
        assert all(s["engine"] == "apertium" and not s["cache_hit"] for s in segments)
        assert not any(mark in s["target"] for s in segments for mark in ("*", "#", "@"))


def test_unknown_words_reported_are_those_apertium_marked(seed_project: Path) -> None:
    assert translate("--to", "nb", "--no-memory").exit_code == 0
    segments = content(seed_project, "nb")["translation"]["segments"]
    engine = ApertiumEngine()

    raw = engine.translate_batch([seg["source"] for seg in segments], "da", "nb")
    for seg, answer in zip(segments, raw, strict=True):
        # glossary terms and names are protected before the call, so Apertium may mark fewer
        # words than in a bare call, never others
        assert set(seg["unknown_words"]) <= set(unknown_words(answer))
        assert all(word in seg["source"] for word in seg["unknown_words"])
        assert ("MT004" in {f["code"] for f in seg["findings"]}) == bool(seg["unknown_words"])
    assert any(seg["unknown_words"] for seg in segments)


def test_xliff_holds_every_segment_and_is_read_back(seed_project: Path) -> None:
    assert translate("--to", "nb").exit_code == 0
    xliff = seed_project / "output" / "muskeltraekninger-da" / "muskeltraekninger-da.da-nb.xlf"
    units = read_units(xliff)
    nb = content(seed_project, "nb")
    assert [u.id for u in units] == [s["id"] for s in nb["translation"]["segments"]]
    assert [u.target for u in units] == [s["target"] for s in nb["translation"]["segments"]]
    assert {(u.source_lang, u.target_lang) for u in units} == {("da", "nb")}


def test_second_run_asks_no_engine_and_a_changed_sentence_only_itself(seed_project: Path) -> None:
    assert translate("--to", "sv").exit_code == 0
    # without the record of unchanged articles (test_translate_rerun.py), the article is
    # processed again and the memory answers every segment
    (seed_project / "output" / ".cache" / "articles.json").unlink()
    assert translate("--to", "sv").exit_code == 0
    assert all(s["cache_hit"] for s in content(seed_project, "sv")["translation"]["segments"])
    article = seed_project / "sources" / SEED.name
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Fibromyalgi er et syndrom", "Fibromyalgi er en lidelse"))
    assert translate("--to", "sv").exit_code == 0
    misses = [
        s["id"]
        for s in content(seed_project, "sv")["translation"]["segments"]
        if not s["cache_hit"]
    ]
    assert misses == ["s3.p1.s1"]


def test_run_with_to_translates_too(seed_project: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "sources", "--out", "out", "--to", "nn"])
    assert result.exit_code == 0, result.output
    assert (seed_project / "out" / "muskeltraekninger-da" / "content.nn.json").exists()


def test_no_memory_writes_no_cache(seed_project: Path) -> None:
    assert translate("--to", "nb", "--no-memory").exit_code == 0
    assert not (seed_project / "output" / ".cache").exists()


def test_unsupported_pair_names_engine_and_pair(seed_project: Path) -> None:
    result = translate("--to", "de")
    assert result.exit_code == 2
    assert "apertium: no da→de pair (dan-deu) is installed or known" in result.output
    assert (seed_project / "output" / "muskeltraekninger-da" / "content.da.json").exists()


def test_unknown_engine_is_a_usage_error(seed_project: Path) -> None:
    result = translate("--to", "nb", "--engine", "babelfish")
    assert result.exit_code == 2
    assert "Invalid value for '--engine'" in result.output


def test_back_check_translates_every_target_back_offline(seed_project: Path) -> None:
    assert translate("--to", "sv", "--back-check").exit_code == 0
    segments = content(seed_project, "sv")["translation"]["segments"]
    back = segment(content(seed_project, "sv"), "s1.p1.s5")
    # Apertium's swe-dan passes "muskelryckningar" through; it is the glossary's sv term, so
    # the concept is kept (BACK001 used to report it lost)
    assert back["back_translation"] == (
        "Sygdommen begynder normalt med muskelryckningar og muskelsvaghed og skrider frem til "
        "det punktet, der personen ikke er i stand til at bevæge sine arme eller ben."
    )
    assert [f["code"] for f in back["findings"]] == []
    assert all(s["back_translation"] for s in segments)


def test_without_back_check_there_is_no_back_translation(seed_project: Path) -> None:
    assert translate("--to", "sv").exit_code == 0
    segments = content(seed_project, "sv")["translation"]["segments"]
    assert not any(s["back_translation"] for s in segments)
