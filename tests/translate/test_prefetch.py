"""Articles of a group are translated together: one Apertium call for all of them."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

import pytest

from pipeline.core.models import Document
from pipeline.glossary import load_glossary
from pipeline.ingest import ingest_text
from pipeline.translate.apertium import ApertiumEngine
from pipeline.translate.engine import ENGINES
from pipeline.translate.errors import TranslationError
from pipeline.translate.limit import TokenBucket
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


class WaitingEngine:
    """Answers only once the caller's own work has begun: a translation that needs the
    caller to go on meanwhile (it waits at most `patience` seconds, then fails)."""

    name = "waiting-test"
    waits_on_processes = True  # as Apertium: the caller may work while a call waits
    released = threading.Event()
    patience = 30.0
    threads: ClassVar[list[bool]] = []  # for each call: whether it ran on the main thread

    def __init__(self, name: str) -> None:
        self.name = name

    def version(self) -> str:
        return "waiting-test 1"

    def pairs(self) -> list[tuple[str, str]]:
        return []

    def supports(self, source: str, target: str) -> bool:
        return source != target

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
        WaitingEngine.threads.append(threading.current_thread() is threading.main_thread())
        if not WaitingEngine.released.wait(timeout=WaitingEngine.patience):
            raise TranslationError("waiting-test: the caller did not go on meanwhile")
        return [f"[{target}] {text}" for text in texts]


@pytest.fixture(autouse=True)
def waiting_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine is known by name for this module's tests only."""
    monkeypatch.setitem(ENGINES, "waiting-test", f"{__name__}:WaitingEngine")


def _articles() -> list[Document]:
    return [
        ingest_text("Muskeltrækninger\n\nDet er et symptom.\n", path="a.txt", language="da"),
        ingest_text("Savlen\n\nDet er et andet symptom.\n", path="b.txt", language="da"),
    ]


def test_the_callers_work_runs_while_the_engine_translates() -> None:
    WaitingEngine.released.clear()
    WaitingEngine.threads.clear()
    glossary = load_glossary(ROOT / "glossary.csv")
    documents = _articles()
    setup = TranslationSetup(targets=["nb", "sv"], engine_name="waiting-test")
    setup.prefetch(documents, glossary, meanwhile=WaitingEngine.released.set)
    assert WaitingEngine.threads == [False, False]  # one call per language, on the thread
    for target in ("nb", "sv"):
        units = setup.translator(glossary, "da", target).translate_document(documents[1])
        assert all(u.target.startswith(f"[{target}] ") for u in units)  # the engine's answer
        assert not any(u.cache_hit for u in units)


def test_the_translations_are_those_of_a_prefetch_without_overlap() -> None:
    WaitingEngine.released.set()
    glossary = load_glossary(ROOT / "glossary.csv")
    results = []
    for meanwhile in (None, lambda: None):
        setup = TranslationSetup(targets=["sv"], engine_name="waiting-test")
        documents = _articles()
        setup.prefetch(documents, glossary, meanwhile=meanwhile)
        translator = setup.translator(glossary, "da", "sv")
        results.append(
            [u.model_dump() for d in documents for u in translator.translate_document(d)]
        )
    assert results[0] == results[1]


def test_with_a_rate_limit_the_engine_is_called_from_the_caller_before_its_work() -> None:
    WaitingEngine.released.set()
    WaitingEngine.threads.clear()
    order: list[str] = []
    glossary = load_glossary(ROOT / "glossary.csv")
    setup = TranslationSetup(targets=["sv"], engine_name="waiting-test", limit=TokenBucket(1000))
    setup.prefetch(
        _articles(), glossary, meanwhile=lambda: order.append(f"{WaitingEngine.threads}")
    )
    assert WaitingEngine.threads == [True]
    assert order == ["[True]"]  # the caller's work came after the engine's call


def test_an_engine_failure_is_raised_to_the_caller_after_its_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    WaitingEngine.released.clear()
    monkeypatch.setattr(WaitingEngine, "patience", 0.2)
    done: list[str] = []
    glossary = load_glossary(ROOT / "glossary.csv")
    setup = TranslationSetup(targets=["sv"], engine_name="waiting-test")
    with pytest.raises(TranslationError, match="did not go on meanwhile"):
        # the caller's work does not release the engine, which gives up
        setup.prefetch(_articles(), glossary, meanwhile=lambda: done.append("checked"))
    assert done == ["checked"]


def test_an_engine_that_does_not_wait_on_processes_is_called_from_the_caller_before_its_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Online engines keep their own request threads and Ctrl-C handling in the caller's
    thread: their calls are not moved to another, and come first as they always did."""
    monkeypatch.setattr(WaitingEngine, "waits_on_processes", False)
    WaitingEngine.released.set()
    WaitingEngine.threads.clear()
    order: list[str] = []
    glossary = load_glossary(ROOT / "glossary.csv")
    setup = TranslationSetup(targets=["sv"], engine_name="waiting-test")
    setup.prefetch(
        _articles(), glossary, meanwhile=lambda: order.append(f"{WaitingEngine.threads}")
    )
    assert order == ["[True]"]


def test_apertium_waits_on_its_processes() -> None:
    assert ApertiumEngine.waits_on_processes
