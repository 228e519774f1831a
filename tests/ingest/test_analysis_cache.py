"""Apertium's answers kept on disk across processes (pipeline/ingest/analysis_cache.py and
the keeping in pipeline/ingest/apertium_stream.py), compared with the chains' own answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.core.answer_store import AnswerStore, flush_all
from pipeline.ingest import analysis_cache, morphology
from pipeline.ingest.apertium_stream import FlushedPipeline

pytestmark = pytest.mark.skipif(not morphology.available("da"), reason="no Apertium Danish")

TEXTS = [
    "Muskeltrækninger er almindelige.\n",
    "Et hjerte anfald kræver en blod prøve.\n",
    "En barn med feber får ofte alvorlige infektion i ørerne.\n",
]


@pytest.fixture
def chains() -> Iterator[list[FlushedPipeline]]:
    """Every chain a test makes, closed at its end."""
    made: list[FlushedPipeline] = []
    yield made
    for chain in made:
        chain.close()


def _chain(made: list[FlushedPipeline], kept: AnswerStore | None) -> FlushedPipeline:
    analyser, _ = morphology.analysis_stages("da")
    chain = FlushedPipeline(analyser, kept)
    made.append(chain)
    return chain


def _answers(chain: FlushedPipeline, texts: list[str]) -> list[str]:
    return [chain.ask(text) for text in texts]


def test_a_later_process_asking_the_same_starts_no_chain(
    tmp_path: Path, chains: list[FlushedPipeline]
) -> None:
    path = tmp_path / "answers.sqlite3"
    first = _answers(_chain(chains, AnswerStore(path)), TEXTS)
    flush_all()  # the first process ends
    later = _chain(chains, AnswerStore(path))
    assert _answers(later, TEXTS) == first
    assert later._process is None
    assert first == _answers(_chain(chains, None), TEXTS)  # the chain's own answers


def test_past_the_kept_answers_the_chain_answers_as_if_asked_everything(
    tmp_path: Path, chains: list[FlushedPipeline]
) -> None:
    path = tmp_path / "answers.sqlite3"
    _answers(_chain(chains, AnswerStore(path)), TEXTS[:2])
    flush_all()
    later = _chain(chains, AnswerStore(path))
    answers = _answers(later, TEXTS)
    assert later._process is not None  # the third text was new: the chain started
    assert answers == _answers(_chain(chains, None), TEXTS)


def test_the_same_text_after_another_history_is_not_answered_from_disk(
    tmp_path: Path, chains: list[FlushedPipeline]
) -> None:
    path = tmp_path / "answers.sqlite3"
    _answers(_chain(chains, AnswerStore(path)), TEXTS)
    flush_all()
    later = _chain(chains, AnswerStore(path))
    assert _answers(later, TEXTS[1:]) == _answers(_chain(chains, None), TEXTS[1:])
    assert later._process is not None


def test_only_the_first_texts_of_a_process_are_kept(
    tmp_path: Path, chains: list[FlushedPipeline], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analysis_cache, "KEEP_ASKS", 1)
    path = tmp_path / "answers.sqlite3"
    _answers(_chain(chains, AnswerStore(path)), TEXTS)
    flush_all()
    later = _chain(chains, AnswerStore(path))
    later.ask(TEXTS[0])
    assert later._process is None
    later.ask(TEXTS[1])
    assert later._process is not None


def test_a_chain_that_started_again_keeps_nothing(
    tmp_path: Path, chains: list[FlushedPipeline]
) -> None:
    path = tmp_path / "answers.sqlite3"
    chain = _chain(chains, AnswerStore(path))
    chain.ask(TEXTS[0])
    chain.close()  # as when the chain died: the next one has lost the first text's state
    chain.ask(TEXTS[1])
    flush_all()
    later = _chain(chains, AnswerStore(path))
    _answers(later, TEXTS[:2])
    assert later._process is not None  # the second answer was not kept after the first


def test_a_document_is_seen_before_once_an_earlier_process_analysed_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    commands = ("lt-proc -z x.bin",)
    assert not analysis_cache.seen_before(commands, TEXTS[0])
    flush_all()
    assert analysis_cache.seen_before(commands, TEXTS[0])
    assert not analysis_cache.seen_before(commands, TEXTS[1])
    assert not analysis_cache.seen_before(("lt-proc -z y.bin",), TEXTS[0])


# A chain whose answer shows the text asked before it (sed's hold space), as the tagger's
# state may: what a chain that starts late must have been sent first becomes visible.
REMEMBERING = "sed -u 'x;G'"


def test_a_chain_that_starts_late_is_first_sent_what_the_disk_answered(
    tmp_path: Path, chains: list[FlushedPipeline]
) -> None:
    path = tmp_path / "answers.sqlite3"
    first = FlushedPipeline(REMEMBERING, AnswerStore(path))
    chains.append(first)
    assert _answers(first, ["a", "b"]) == ["\0a", "a\0b"]
    flush_all()
    later = FlushedPipeline(REMEMBERING, AnswerStore(path))
    chains.append(later)
    assert _answers(later, ["a", "b", "c"]) == ["\0a", "a\0b", "b\0c"]
    assert later._process is not None


def _whole(made: list[FlushedPipeline], head: str, words: list[str]) -> str:
    return _chain(made, None).ask(head + "".join(morphology.escape(w) + "\n" for w in words))


def test_word_lines_kept_by_an_earlier_process_give_the_chain_s_own_answer(
    tmp_path: Path, chains: list[FlushedPipeline], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    analyser, _ = morphology.analysis_stages("da")
    head = morphology.escape("Et hjerte anfald kræver en blod prøve.\nEn [ny] linje $ og ^.") + "\n"
    words = [f"{a}{link}{b}" for a in PARTS for b in PARTS for link in ("", "s")]
    first = [*words[:100], "blod\\prøve", "xqzv", *words[100:150]]
    later = [*first[:80], "nyord", *first[80:]]  # an edit: one word more in the middle
    for asked in (first, later):  # the second asks what the first kept, and more
        lines = [morphology.escape(w) for w in asked]
        send, finish = analysis_cache.shortened(analyser, head, lines)
        assert finish(_chain(chains, None).ask(send)) == _whole(chains, head, asked)
        flush_all()  # a process ends
    sent = send[len(head) :].splitlines()
    assert "nyord" in sent
    assert len(sent) < len(later) / 2  # most came from the disk


PARTS = ["hjerte", "anfald", "blod", "prøve", "muskel", "træk", "feber", "barn", "øre", "ro"]


def test_a_shortened_ask_is_kept_as_the_whole_text_s_answer(
    tmp_path: Path, chains: list[FlushedPipeline], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    analyser, _ = morphology.analysis_stages("da")
    head, words = TEXTS[1], ["hjerteanfald", "blodprøve"]
    lines = [morphology.escape(w) for w in words]
    text = head + "".join(line + "\n" for line in lines)
    shorten = lambda: analysis_cache.shortened(analyser, head, lines)  # noqa: E731
    assert _chain(chains, analysis_cache.store()).ask(text, shorten) == _whole(chains, head, words)
    flush_all()
    later = _chain(chains, analysis_cache.store())
    assert later.ask(text, shorten) == _whole(chains, head, words)
    assert later._process is None  # answered from disk: no chain started
