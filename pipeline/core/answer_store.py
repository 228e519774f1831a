"""A table of derived answers on disk (SQLite), shared by every process of the user: looked
up one by one, added in batches. Hunspell's spelling answers (pipeline/checks/spelling_cache.py)
and Apertium's analyses (pipeline/ingest/analysis_cache.py) are kept in such tables.

Answers are written in batches of `BATCH` and at exit; a worker process of a pool that ends
without exit handlers loses its last partial batch, which only costs computing them again.
A database that cannot be opened, read or written (a read-only home, a full disk, a damaged
file) only costs time: nothing is kept, every answer is computed, and a damaged file is
removed so that the next process starts a new one. Past `MAX_BYTES` a database starts again.

A process that asks many answers reads the whole table once instead (`_load_all`): a query
costs 5-14 µs in Python and SQLite, while reading every row costs about 10 ns a byte of the
file (the 146 catalogs ask the language store 40,000 times; it holds 44,000 answers, 5.9 MB:
one query per key was a tenth of a one-CPU check). Every `LOOK_EVERY` look-ups it compares the
file's size with the look-ups made so far, and reads it all once it is no more than
`BYTES_PER_GET` bytes a look-up, that is once the look-ups made already cost about as much as
reading it (as many more are likely to follow); a one-article check asks far too few. After
that an answer the table did not hold is computed again, even if another process has just
written it: a little time, never a different answer. What is held is bounded by
`MAX_LOADED_BYTES`: a run that adds more goes back to a query per key for good.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sqlite3
import threading
from pathlib import Path

# Answers written per transaction: a first check of 146 catalogs writes some 60,000, and 240
# transactions of 256 cost 10 % more CPU than 20 of 4,096 (3 interleaved runs on a new cache).
BATCH = 4096
_MANY = 500  # keys per query of get_many (SQLite allows 32,766 parameters)
MAX_BYTES = 64 * 1_048_576
LOOK_EVERY = 1024  # look-ups between two looks at the file's size
BYTES_PER_GET = 1000  # read the whole table once it is at most this many bytes a look-up so far
MAX_LOADED_BYTES = 32 * 1_048_576  # a larger table is never held in memory


class AnswerStore:
    """The answers kept in one SQLite file, by key."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[str, bytes]] = []
        self._lock = threading.Lock()  # one connection, used by any thread in turn
        self._pid = os.getpid()
        self._gets = 0  # look-ups in the database so far
        self._loaded: dict[str, bytes] | None = None  # the whole table, once read (_load_all)
        self._held = 0  # bytes of the keys and answers in `_loaded`
        self._loadable = True  # False once `_loaded` outgrew MAX_LOADED_BYTES

    def get(self, key: str) -> bytes | None:
        """The answer kept for `key`, or None."""
        with self._lock:
            if self._loaded is None:
                self._gets += 1
                if self._gets % LOOK_EVERY or not self._load_all():
                    return self._get(key)
            assert self._loaded is not None
            return self._loaded.get(key)

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        """The answers kept for those of `keys` that have one, in a query per 500 keys
        instead of one per key (nothing when the store cannot be read)."""
        with self._lock:
            found: dict[str, bytes] = {}
            if self._loaded is not None:
                return {key: self._loaded[key] for key in keys if key in self._loaded}
            db = self._connection()
            if db is None:
                return found
            try:
                for start in range(0, len(keys), _MANY):
                    chunk = keys[start : start + _MANY]
                    marks = ",".join("?" * len(chunk))
                    query = f"SELECT key, answer FROM answers WHERE key IN ({marks})"
                    found.update((key, bytes(answer)) for key, answer in db.execute(query, chunk))
            except UnicodeEncodeError:  # a lone surrogate from undecodable input: never kept
                return {}
            except sqlite3.Error as exc:
                self._give_up(exc)
                return {}
            return found

    def put(self, key: str, answer: bytes) -> None:
        with self._lock:
            if self.path is None:
                return
            if not self._pending:
                _UNWRITTEN.add(self)
            self._pending.append((key, answer))
            if self._loaded is not None:
                self._loaded[key] = answer
                self._held += len(key) + len(answer)
                if self._held > MAX_LOADED_BYTES:  # a long run: back to a query per key
                    self._loaded, self._loadable = None, False
            if len(self._pending) >= BATCH:
                self._flush()

    def flush(self) -> None:
        """Write the answers not yet written, in one transaction."""
        with self._lock:
            self._flush()

    def _get(self, key: str) -> bytes | None:
        db = self._connection()
        if db is None:
            return None
        try:
            row = db.execute("SELECT answer FROM answers WHERE key = ?", (key,)).fetchone()
        except UnicodeEncodeError:  # a lone surrogate from undecodable input: never kept
            return None
        except sqlite3.Error as exc:
            self._give_up(exc)
            return None
        return None if row is None else bytes(row[0])

    def _load_all(self) -> bool:
        """Read every answer of the table into memory when it is small enough for the
        look-ups made so far (see the module's docstring); whether it was read."""
        path = self.path
        if path is None or not self._loadable:
            return False
        try:
            size = sum(
                file.stat().st_size
                for file in (path, path.with_name(path.name + "-wal"))
                if file.exists()
            )
        except OSError:
            return False
        if size > min(self._gets * BYTES_PER_GET, MAX_LOADED_BYTES):
            return False
        db = self._connection()
        if db is None:
            return False
        try:
            rows = db.execute("SELECT key, answer FROM answers").fetchall()
        except sqlite3.Error as exc:
            self._give_up(exc)
            return False
        loaded = {key: bytes(answer) for key, answer in rows}
        loaded.update(self._pending)  # not written yet, but answered
        self._loaded, self._held = loaded, size
        return True

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        db = self._connection() if pending else None
        if db is None:
            return
        try:
            with db:
                # one transaction: the connection is in autocommit mode, where `with db` alone
                # leaves every insert a transaction of its own (5x the CPU, 40x the WAL)
                db.execute("BEGIN IMMEDIATE")
                for row in pending:
                    with contextlib.suppress(UnicodeEncodeError):  # a key SQLite cannot hold
                        db.execute("INSERT OR IGNORE INTO answers VALUES (?, ?)", row)
        except sqlite3.Error as exc:
            self._give_up(exc)

    def _connection(self) -> sqlite3.Connection | None:
        if self._pid != os.getpid():
            # a forked worker: SQLite's connection must not cross a fork (the parent keeps
            # it and writes its own pending answers), so this process opens its own
            if self._db is not None:
                _INHERITED.append(self._db)  # never closed here, never used
            self._db, self._pending, self._pid = None, [], os.getpid()
        if self._db is not None or self.path is None:
            return self._db
        try:
            if self.path.exists() and self.path.stat().st_size > MAX_BYTES:
                self.path.unlink()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(
                self.path, timeout=10, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")  # readers and one writer at a time, as -j
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS answers"
                " (key TEXT PRIMARY KEY NOT NULL, answer BLOB NOT NULL) WITHOUT ROWID"
            )
        except (OSError, sqlite3.Error) as exc:
            self._give_up(exc)
            return None
        self._db = db
        return db

    def _give_up(self, exc: Exception) -> None:
        """No more reading or writing in this process; a damaged file is removed."""
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


_UNWRITTEN: set[AnswerStore] = set()  # stores with answers not yet written
_INHERITED: list[sqlite3.Connection] = []  # connections a forked process found open


@atexit.register
def flush_all() -> None:
    """Write every store's pending answers (at exit; tests call it as a process's end)."""
    while _UNWRITTEN:
        _UNWRITTEN.pop().flush()
