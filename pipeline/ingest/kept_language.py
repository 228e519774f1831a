"""The language model's guesses for an article or a segment, kept on disk across processes.

Identifying an article's language loads fastText's lid.176 model: about 0.035 s of CPU, an
eighth of checking a 455-word article whose words were all checked before (the checks ask
the dictionaries first and the model only about text they cannot tell). The guesses depend
only on the model file and the text, so, like the spelling answers, they are derived data:
kept in one SQLite database under `~/.cache/content-pipeline/language/` (`$XDG_CACHE_HOME`)
by a SHA-256 of the model file's bytes (pipeline/core/content_identity.py) and the text,
and used by `check --no-cache` too (pipeline/core/answer_store.py).
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable
from functools import cache
from typing import Any

from pipeline.core.answer_store import AnswerStore
from pipeline.core.content_identity import content_digest
from pipeline.core.user_cache import cache_home
from pipeline.ingest.language_model import model_path

FORMAT = 1  # bump when what is kept changes
Guesses = tuple[tuple[str, float], ...]


@cache
def _store() -> AnswerStore:
    return AnswerStore(cache_home() / "language" / "answers.sqlite3")


@cache
def _model_digest() -> Any:
    """The hash every key begins with (format and model file), None without a model file;
    copied for each text (tens of thousands of a catalog folder's segments)."""
    try:
        identity = content_digest(model_path().resolve())
    except OSError:
        return None
    return hashlib.sha256(f"language {FORMAT}\n{identity}\n".encode())


def kept_guesses(text: str, compute: Callable[[], Guesses]) -> Guesses:
    """`compute()`, the model's guesses for `text`, from the database when an earlier process
    asked the same; kept for later processes."""
    base = _model_digest()
    if base is None:
        return compute()
    digest = base.copy()
    digest.update(text.encode("utf-8", "surrogatepass"))
    key = digest.hexdigest()
    data = _store().get(key)
    if data is not None:
        try:
            answer = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            answer = None
        if _is_guesses(answer):
            return answer  # type: ignore[no-any-return]
    guesses = compute()
    _store().put(key, marshal.dumps(guesses))
    return guesses


def _is_guesses(answer: object) -> bool:
    return isinstance(answer, tuple) and all(
        isinstance(g, tuple) and len(g) == 2 and isinstance(g[0], str) and isinstance(g[1], float)
        for g in answer
    )
