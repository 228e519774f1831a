"""Hunspell's answers to `spell` and `stem`, kept on disk across processes and runs.

Loading a dictionary is most of hunspell's cost for one article: the Danish and the English
dictionary together take about 0.06 s of CPU, a fifth of a cold `check` of a 455-word
article, and every article needs both (`LANG003` asks the English one about every word). An
answer depends only on the dictionary's files, the hunspell library and the word, so, like
the suggestions (pipeline/checks/suggestion_cache.py), it is derived data: each is kept in
one SQLite database per dictionary under `~/.cache/content-pipeline/spelling/`
(`$XDG_CACHE_HOME`), and a process whose words were all asked before never loads the
dictionary. It changes no finding, so `check --no-cache` (which skips the findings cache)
uses it too.

The database is named by a SHA-256 of the .aff and .dic files' identity and of the hunspell
library's files (pipeline/checks/dictionary_files.py); it is written and read as
pipeline/core/answer_store.py says (in batches; one that cannot be used only costs time: the
dictionary answers, as without this).
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Final, TypeVar

from pipeline.checks import dictionary_files
from pipeline.core.answer_store import AnswerStore
from pipeline.core.user_cache import cache_home

FORMAT = 2  # bump when what is kept changes
SPELL: Final = 0  # the kinds of answer kept: spell(word) -> bool
STEMS: Final = 1  # stem(word) -> tuple of stems

T = TypeVar("T", bool, tuple[str, ...])


def cache_folder() -> Path:
    """Where the spelling databases are kept."""
    return cache_home() / "spelling"


def dictionary_identity(dic: Path) -> str:
    """The name of `dic`'s database (pipeline.checks.dictionary_files). Raises OSError when
    a dictionary file cannot be read."""
    return dictionary_files.dictionary_identity(dic, f"spelling {FORMAT}")


class SpellingFile:
    """The answers kept for one dictionary, by kind (SPELL, STEMS) and word."""

    def __init__(self, path: Path | None) -> None:
        self._store = AnswerStore(path)
        # Answers read ahead (`prefetch`), None where none is kept, each used once; and
        # every key this process asked or read ahead, which is never read ahead again.
        self._ahead: dict[str, bytes | None] = {}
        self._asked: set[str] = set()

    def prefetch(self, kind: int, words: Iterable[str]) -> None:
        """Read the kept answers of `kind` for `words` in a few queries, ahead of their `get`:
        a query per word cost 11 µs, one for 500 words 1.5 µs a word (the words of a
        document: SPELL001 and LANG003 ask about every one)."""
        if len(self._asked) > MAX_ASKED:  # a long batch: forget, at worst a query per word
            self._asked.clear()
            self._ahead.clear()
        keys = []
        for word in words:
            key = f"{kind}:{word}"
            if key not in self._asked and _storable(key):
                self._asked.add(key)
                keys.append(key)
        if not keys:
            return
        found = self._store.get_many(keys)
        for key in keys:
            self._ahead[key] = found.get(key)

    def get(self, kind: int, word: str) -> bool | tuple[str, ...] | None:
        """The kept answer of `kind` for `word`, or None when there is none."""
        key = f"{kind}:{word}"
        if key in self._ahead:
            data = self._ahead.pop(key)
        else:
            self._asked.add(key)
            data = self._store.get(key)
        if data is None:
            return None
        try:
            answer = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return None
        if isinstance(answer, bool) if kind == SPELL else _is_stems(answer):
            return answer  # type: ignore[no-any-return]
        return None

    def put(self, kind: int, word: str, answer: bool | tuple[str, ...]) -> None:
        self._store.put(f"{kind}:{word}", marshal.dumps(answer))

    def flush(self) -> None:
        """Write the answers not yet written."""
        self._store.flush()


MAX_ASKED = 200_000


def _storable(key: str) -> bool:
    """Whether SQLite can hold `key` (a lone surrogate from undecodable input cannot: a query
    with one fails whole, and no answer is read ahead for it)."""
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_stems(answer: object) -> bool:
    return isinstance(answer, tuple) and all(isinstance(s, str) for s in answer)


@cache
def spelling_file(dic: Path) -> SpellingFile:
    """The shared answers of dictionary `dic` (its .aff beside it)."""
    try:
        key = dictionary_identity(dic)
    except OSError:
        return SpellingFile(None)
    return SpellingFile(cache_folder() / f"{key}.sqlite3")


def kept_answer(dic: Path, kind: int, word: str, compute: Callable[[], T]) -> T:
    """`compute()`, hunspell's answer of `kind` for `word` with dictionary `dic`, from the
    database when an earlier process asked the same; kept for later processes."""
    kept = spelling_file(dic)
    answer = kept.get(kind, word)
    if answer is None:
        fresh = compute()
        kept.put(kind, word, fresh)
        return fresh
    return answer  # type: ignore[return-value]
