"""Hunspell's answers to `spell` and `stem`, kept on disk across processes and runs.

Loading a dictionary is most of hunspell's cost for one article: the Danish and the English
dictionary together take about 0.06 s of CPU, a fifth of a cold `check` of a 455-word article,
and every article needs both (`LANG003` asks the English one about every word). An answer
depends only on the dictionary's files, the hunspell library and the word, so, like the
suggestions (pipeline/checks/suggestion_cache.py), it is derived data: each is kept in one
SQLite database per dictionary under `~/.cache/content-pipeline/spelling/`
(`$XDG_CACHE_HOME`), and a process whose words were all asked before never loads the
dictionary. It changes no finding, so `check --no-cache` (which skips the findings cache)
uses it too.

The database is named by a SHA-256 of the .aff and .dic files' identity (path, size, inode,
modification and change times: a package upgrade or an edit gives a new name; hashing the
3.5 MB Danish file in every process would cost a tenth of what is saved) and of the hunspell
library's files. New answers are written in batches of `BATCH` and at exit; a worker process
of a pool that ends without exit handlers loses its last partial batch, which only costs a
dictionary load later. A database that cannot be opened, read or written (a read-only home,
a full disk, a damaged file) only costs time: the dictionary answers, as without this.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Final, TypeVar

from pipeline.checks.suggestion_cache import library_files

FORMAT = 1  # bump when the table or what is kept changes
BATCH = 256  # answers written per transaction
MAX_BYTES = 64 * 1_048_576  # past this a database starts again
SPELL: Final = 0  # the kinds of answer kept: spell(word) -> bool
STEMS: Final = 1  # stem(word) -> tuple of stems

T = TypeVar("T", bool, tuple[str, ...])


def cache_folder() -> Path:
    """Where the spelling databases are kept."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "content-pipeline" / "spelling"


def dictionary_identity(dic: Path) -> str:
    """The name of `dic`'s database: a hash of the identity of the dictionary's .aff and .dic
    files and of the hunspell library's files. Raises OSError when a file cannot be read."""
    digest = hashlib.sha256(f"spelling {FORMAT}\n".encode())
    for part in (*library_files(), dic.with_suffix(".aff"), dic):
        try:
            info = part.stat()
            digest.update(
                f"{part.resolve()}:{info.st_size}:{info.st_ino}:{info.st_mtime_ns}:"
                f"{info.st_ctime_ns}\n".encode()
            )
        except OSError:
            if part in (dic, dic.with_suffix(".aff")):
                raise
            digest.update(f"{part}:missing\n".encode())
    return digest.hexdigest()


class SpellingFile:
    """The answers kept for one dictionary: looked up one by one, added in batches."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[int, str, bytes]] = []

    def get(self, kind: int, word: str) -> bool | tuple[str, ...] | None:
        """The kept answer of `kind` for `word`, or None when there is none."""
        db = self._connection()
        if db is None:
            return None
        try:
            row = db.execute(
                "SELECT answer FROM answers WHERE kind = ? AND word = ?", (kind, word)
            ).fetchone()
        except UnicodeEncodeError:  # a lone surrogate from undecodable input: not kept
            return None
        except sqlite3.Error as exc:
            self._give_up(exc)
            return None
        if row is None:
            return None
        try:
            answer = marshal.loads(row[0])
        except (EOFError, ValueError, TypeError):
            return None
        if isinstance(answer, bool) if kind == SPELL else _is_stems(answer):
            return answer  # type: ignore[no-any-return]
        return None

    def put(self, kind: int, word: str, answer: bool | tuple[str, ...]) -> None:
        if self.path is None:
            return
        if not self._pending:
            _OPEN.add(self)
        self._pending.append((kind, word, marshal.dumps(answer)))
        if len(self._pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the answers not yet written, in one transaction."""
        pending, self._pending = self._pending, []
        db = self._connection() if pending else None
        if db is None:
            return
        try:
            with db:
                db.executemany("INSERT OR IGNORE INTO answers VALUES (?, ?, ?)", pending)
        except UnicodeEncodeError:
            self._write_each(db, pending)
        except sqlite3.Error as exc:
            self._give_up(exc)

    def _write_each(self, db: sqlite3.Connection, pending: list[tuple[int, str, bytes]]) -> None:
        # a word SQLite cannot store as UTF-8 (a lone surrogate) is left out, the rest kept
        try:
            with db:
                for row in pending:
                    try:
                        db.execute("INSERT OR IGNORE INTO answers VALUES (?, ?, ?)", row)
                    except UnicodeEncodeError:
                        continue
        except sqlite3.Error as exc:
            self._give_up(exc)

    def _connection(self) -> sqlite3.Connection | None:
        if self._db is not None or self.path is None:
            return self._db
        try:
            if self.path.exists() and self.path.stat().st_size > MAX_BYTES:
                self.path.unlink()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")  # readers and one writer at a time, as -j
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS answers (kind INTEGER NOT NULL, word TEXT NOT NULL,"
                " answer BLOB NOT NULL, PRIMARY KEY (kind, word)) WITHOUT ROWID"
            )
        except (OSError, sqlite3.Error) as exc:
            self._give_up(exc)
            return None
        self._db = db
        return db

    def _give_up(self, exc: Exception) -> None:
        """No more reading or writing in this process; a damaged file is removed, so that
        the next process starts a new one."""
        path, self.path, self._pending = self.path, None, []
        if self._db is not None:
            self._db.close()
            self._db = None
        damaged = isinstance(exc, sqlite3.DatabaseError) and not isinstance(
            exc, sqlite3.OperationalError
        )
        if damaged and path is not None:
            with contextlib.suppress(OSError):
                path.unlink()


def _is_stems(answer: object) -> bool:
    return isinstance(answer, tuple) and all(isinstance(s, str) for s in answer)


_OPEN: set[SpellingFile] = set()  # files with answers not yet written


@atexit.register
def _flush_all() -> None:
    while _OPEN:
        _OPEN.pop().flush()


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
