"""The analyser's answers line by line: the same as its answer to the whole text."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.ingest import analyser_lines
from pipeline.ingest.morphology import analysis_stages, escape, unstressed

SEED = Path(__file__).parents[2] / "sources" / "muskeltraekninger-da.txt"
# a multiword (være i stand til, for eksempel) cut by a line break, reserved characters
EXTRA = "Han er i\nstand til det, for\neksempel [ofte] > 38 °C $ ^.\n\nbl.a.\n"


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    analyser_lines.forget()
    yield
    analyser_lines.forget()


def _whole(command: str, text: str) -> str:
    """The analyser's answer to `text` in one new process, as Apertium gives it."""
    return subprocess.run(
        ["bash", "-c", command], input=text, capture_output=True, text=True, check=True
    ).stdout


def _asking(command: str, sent: list[str]) -> analyser_lines.Ask:
    """Ask the analyser in a new process each time, recording the lines sent."""

    def ask(head: list[str], words: list[str]) -> str:
        sent.extend([*head, *words])
        return _whole(command, "".join(f"{line}\n" for line in [*head, *words]))

    return ask


@pytest.mark.parametrize("lang", ["da", "nb", "sv"])
def test_the_answer_from_kept_lines_is_the_analysers_answer_to_the_whole_text(lang: str) -> None:
    analyser, _ = analysis_stages(lang)
    text = escape(unstressed(SEED.read_text(encoding="utf-8"))) + "\n" + escape(EXTRA)
    lines = text.split("\n")[:-1]
    sent: list[str] = []
    first = lines[::2]  # half the lines asked first, in another order with words after them
    analyser_lines.answer(analyser, first[::-1], ["muskel", "trækning"], _asking(analyser, sent))

    answer = analyser_lines.answer(analyser, lines, [], _asking(analyser, sent))

    assert answer == _whole(analyser, text)


def test_lines_answered_before_are_not_sent_again() -> None:
    analyser, _ = analysis_stages("da")
    sent: list[str] = []
    analyser_lines.answer(analyser, ["Han er syg.", "Hun er rask."], [], _asking(analyser, sent))
    sent.clear()

    answer = analyser_lines.answer(
        analyser,
        ["Hun er rask.", "Han er syg.", "Vi er her."],
        ["syg", "Vi er her."],
        _asking(analyser, sent),
    )

    assert sent == ["Vi er her.", "syg"]
    assert answer == _whole(analyser, "Hun er rask.\nHan er syg.\nVi er her.\nsyg\nVi er her.\n")


def test_an_answer_that_is_not_line_for_line_is_asked_whole_and_not_kept() -> None:
    calls: list[tuple[list[str], list[str]]] = []

    def ask(head: list[str], words: list[str]) -> str:
        calls.append((head, words))
        return "whole\n" if len(head) == 3 else "one line for two\n"

    answer = analyser_lines.answer("analyser", ["a", "a", "b\nc"], [], ask)

    assert answer == "whole\n"
    assert calls == [(["a", "b\nc"], []), (["a", "a", "b\nc"], [])]
    calls.clear()
    analyser_lines.answer("analyser", ["a"], [], ask)
    assert calls == [(["a"], [])]  # nothing of the failed answer was kept
