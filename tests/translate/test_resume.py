"""A provider outage mid-batch loses nothing: finished articles stay, the rerun resumes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.core.errors import PipelineError
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text
from pipeline.workflow import TranslationSetup, process_article
from tests.translate.libre_server import FakeLibreTranslate

FAST = {"base_delay": 0.01, "max_delay": 0.05, "timeout": 2.0, "attempts": 2}
FIRST = "Muscle cramps\n\nThis is a long text. The symptom is good.\n"
SECOND = "Hello world\n\nThis sentence is long. A good day.\n"


def setup(fake: FakeLibreTranslate, tmp_path: Path) -> TranslationSetup:
    return TranslationSetup(
        targets=["de"],
        engine_name="libre",
        engine_options={"endpoint": fake.url, **FAST},
        memory_path=tmp_path / "tm.sqlite",
    )


def cache_hits(path: Path) -> list[bool]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [s["cache_hit"] for s in data["translation"]["segments"]]


def test_outage_keeps_finished_articles_and_the_rerun_resumes(
    libre: FakeLibreTranslate, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    glossary = Glossary([])
    first = ingest_text(FIRST, path="first.txt", language="en")
    second = ingest_text(SECOND, path="second.txt", language="en")

    translation = setup(libre, tmp_path)
    done = process_article(first, glossary, out, translation=translation)
    libre.script = ["500"] * 50  # the provider goes down
    with pytest.raises(PipelineError, match="libre"):
        process_article(second, glossary, out, translation=translation)
    translation.close()
    assert done.targets[0].content.exists()
    assert not (out / "second" / "content.de.json").exists()

    libre.script = []  # back up
    requests_before = len(libre.requests)
    rerun = setup(libre, tmp_path)
    again = process_article(first, glossary, out, translation=rerun)
    assert len(libre.requests) == requests_before  # every segment from the memory
    assert cache_hits(again.targets[0].content) == [True, True, True]
    resumed = process_article(second, glossary, out, translation=rerun)
    rerun.close()
    data = json.loads(resumed.targets[0].content.read_text(encoding="utf-8"))
    assert [s["target"] for s in data["translation"]["segments"]] == [
        "Hallo Welt",
        "Dies Satz ist lang.",
        "Ein gut Tag.",
    ]
