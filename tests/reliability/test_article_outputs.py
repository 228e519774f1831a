"""An article's output files appear together or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.core.errors import PipelineError
from pipeline.core.fs import atomic_write_all
from pipeline.core.slug import MAX_SLUG, slugify
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text
from pipeline.workflow import TranslationSetup, process_article
from tests.translate.libre_server import FakeLibreTranslate

FIRST = "Muscle cramps\n\nThis is a long text. The symptom is good.\n"
EDITED = "Muscle cramps\n\nThis is a long text. The symptom is very good.\n"


def setup(fake: FakeLibreTranslate, tmp_path: Path) -> TranslationSetup:
    options = {"endpoint": fake.url, "base_delay": 0.01, "max_delay": 0.05, "attempts": 2}
    return TranslationSetup(
        targets=["de"], engine_name="libre", engine_options=options, memory_path=None
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_failed_translation_writes_none_of_the_articles_files(
    libre: FakeLibreTranslate, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = setup(libre, tmp_path)
    process_article(
        ingest_text(FIRST, "cramps.txt", language="en"), Glossary([]), out, translation=first
    )
    first.close()
    before = snapshot(out)
    assert sorted(before) == ["content.de.json", "content.en.json", "cramps.en-de.xlf"]

    libre.script = ["500"] * 20  # the provider is down for the rerun of the edited article
    again = setup(libre, tmp_path)
    with pytest.raises(PipelineError, match="libre"):
        process_article(
            ingest_text(EDITED, "cramps.txt", language="en"), Glossary([]), out, translation=again
        )
    again.close()

    assert snapshot(out) == before  # the previous run's files, consistent with each other
    metadata = json.loads(before["content.en.json"])["metadata"]
    # the kept files name the source they came from, so a reader sees they are stale
    assert metadata["source_sha256"] != ingest_text(EDITED, "cramps.txt", language="en").sha256


def test_a_file_name_too_long_fails_before_anything_is_written(tmp_path: Path) -> None:
    files = [(tmp_path / "a.json", b"{}"), (tmp_path / ("x" * 256), b"<xliff/>")]

    with pytest.raises(OSError, match="file name too long"):
        atomic_write_all(files)

    assert list(tmp_path.iterdir()) == []


def test_a_long_article_name_gets_a_folder_whose_files_fit() -> None:
    slug = slugify("meget-lang-titel-" * 30)

    assert len(slug) <= MAX_SLUG
    assert len(f"{slug}.da-nb.xlf") <= 255
    assert slug != slugify("meget-lang-titel-" * 31)  # kept apart by the hash
