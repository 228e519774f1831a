"""A provider that fails part-way through an article loses none of the answers it gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.errors import PipelineError
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text
from pipeline.workflow import TranslationSetup, process_article
from tests.translate.libre_server import FakeLibreTranslate

SENTENCES = [f"Sentence number {n} is long." for n in range(1, 7)]
ARTICLE = "Muscle cramps\n\n" + " ".join(SENTENCES) + "\n"


def setup(fake: FakeLibreTranslate, tmp_path: Path) -> TranslationSetup:
    options = {"endpoint": fake.url, "base_delay": 0.01, "max_delay": 0.05, "timeout": 2.0}
    return TranslationSetup(
        targets=["de"],
        engine_name="libre",
        # one request at a time, so which answers came before the outage is known
        engine_options={**options, "attempts": 2, "max_workers": 1},
        memory_path=tmp_path / "tm.sqlite",
    )


def test_answers_given_before_an_outage_are_kept_and_not_asked_again(
    libre: FakeLibreTranslate, tmp_path: Path
) -> None:
    article = ingest_text(ARTICLE, path="cramps.txt", language="en")
    libre.script = ["ok"] * 4 + ["500"] * 50  # four answers, then the provider goes down
    translation = setup(libre, tmp_path)
    with pytest.raises(PipelineError, match="libre"):
        process_article(article, Glossary([]), tmp_path / "out", translation=translation)
    translation.close()
    answered = [r["q"] for r in libre.requests[:4]]

    libre.script = []
    before = len(libre.requests)
    rerun = setup(libre, tmp_path)
    process_article(article, Glossary([]), tmp_path / "out", translation=rerun)
    rerun.close()

    asked_again = [r["q"] for r in libre.requests[before:]]
    assert len(answered) == 4
    assert not set(answered) & set(asked_again)  # kept in the memory, not asked again
    assert len(asked_again) == len(SENTENCES) + 1 - 4  # title + sentences, less the four


def test_a_provider_that_refuses_is_named_by_its_answer_not_by_a_client_crash(
    libre: FakeLibreTranslate, tmp_path: Path
) -> None:
    article = ingest_text(ARTICLE, path="cramps.txt", language="en")
    libre.script = ["403"] * 20  # deep-translator's own 403 message fails with a TypeError
    translation = setup(libre, tmp_path)
    with pytest.raises(PipelineError) as raised:
        process_article(article, Glossary([]), tmp_path / "out", translation=translation)
    translation.close()
    message = str(raised.value)
    assert "HTTP 403" in message and "API key" in message
    assert "TypeError" not in message and "NoneType" not in message
