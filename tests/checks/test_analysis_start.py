"""The Apertium chains are started before the checks run exactly when a selected check will
analyse the document (pipeline.checks.registry.ANALYSIS_CHECKS): never for nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from pipeline.checks import check_document
from pipeline.checks.context import CheckContext
from pipeline.checks.registry import CHECKS, analyses, check_class, select_codes
from pipeline.core.models import Document
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text, morphology
from pipeline.ingest.apertium_stream import Shorten

ARTICLE = """Hjerte anfald

Om vinteren influenza er mere udbredt. Et hjerte anfald kræver en blod prøve.

En barn med feber får ofte alvorlige infektion i ørerne, og de skal have ro.
"""

pytestmark = pytest.mark.skipif(not morphology.available("da"), reason="no Apertium Danish")


def _document() -> Document:
    return ingest_text(ARTICLE, path="article.txt", suffix=".txt", language="da", encoding="utf-8")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The commands of the analysis chains asked while the test runs."""
    commands: list[str] = []
    ask: Callable[[str, str, Shorten | None], str] = morphology._ask

    def recording(command: str, payload: str, shorten: Shorten | None = None) -> str:
        commands.append(command)
        return ask(command, payload, shorten)

    monkeypatch.setattr(morphology, "_ask", recording)
    yield commands


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    languages: list[str] = []

    def start(lang: str, text: str | None = None) -> None:
        languages.append(lang)

    monkeypatch.setattr(morphology, "start", start)
    return languages


@pytest.mark.parametrize("code", [c for c in CHECKS if analyses([c])])
def test_each_check_named_as_analysing_asks_the_analyser(code: str, asked: list[str]) -> None:
    list(check_class(code)().run(CheckContext(_document(), Glossary([]))))
    assert asked, f"{code} is in ANALYSIS_CHECKS but never asked the analyser"


def test_the_chains_start_when_a_grammar_check_is_selected(started: list[str]) -> None:
    check_document(_document(), Glossary([]), select=["GRAM003"])
    assert started == ["da"]


def test_no_chain_starts_for_checks_that_do_not_analyse(started: list[str]) -> None:
    check_document(_document(), Glossary([]), select=["MECH", "LOC"])
    check_document(_document(), Glossary([]), ignore=["GRAM", "TERM"])
    assert started == []
    assert not analyses(select_codes(["MECH", "LOC"]))


def test_starting_ahead_changes_no_finding() -> None:
    document = _document()
    ahead = check_document(document, Glossary([]), select=["GRAM"])
    for pipeline in list(morphology._PIPELINES.values()):
        pipeline.close()  # the next run starts its chains when it first asks
    morphology._PIPELINES.clear()
    assert check_document(document, Glossary([]), select=["GRAM"], ignore=[]) == ahead
    assert ahead  # the article has grammar errors: the comparison is not of two empty lists
