"""The SQLite table of derived answers (pipeline/core/answer_store.py); its uses by spelling
and analysis are tested in tests/checks/test_spelling_cache.py and tests/ingest/."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pytest

from pipeline.core import answer_store
from pipeline.core.answer_store import AnswerStore, flush_all


def _put_in_child(store: AnswerStore, key: str) -> None:
    store.put(key, b"from the child")
    store.flush()


def test_a_forked_worker_opens_its_own_connection(tmp_path: Path) -> None:
    path = tmp_path / "answers.sqlite3"
    store = AnswerStore(path)
    store.put("parent", b"from the parent")
    store.flush()
    assert store.get("parent") == b"from the parent"  # the parent's connection is open
    child = multiprocessing.get_context("fork").Process(target=_put_in_child, args=(store, "c"))
    child.start()
    child.join()
    assert child.exitcode == 0
    assert store.get("c") == b"from the child"
    assert AnswerStore(path).get("parent") == b"from the parent"


def test_threads_share_one_store(tmp_path: Path) -> None:
    store = AnswerStore(tmp_path / "answers.sqlite3")
    store.put("first", b"1")
    store.flush()

    def work(n: int) -> None:
        for i in range(50):
            store.put(f"{n}-{i}", str(i).encode())
            assert store.get("first") == b"1"

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    flush_all()
    later = AnswerStore(tmp_path / "answers.sqlite3")
    assert all(later.get(f"{n}-{i}") == str(i).encode() for n in range(4) for i in range(50))


def test_a_batch_is_written_in_one_transaction(tmp_path: Path) -> None:
    store = AnswerStore(tmp_path / "answers.sqlite3")
    assert store.get("first") is None  # opens the connection
    db = store._db
    assert db is not None
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    for i in range(100):
        store.put(f"key {i}", str(i).encode())
    store.flush()
    db.set_trace_callback(None)
    inserts = [s for s in statements if s.startswith("INSERT")]
    assert len(inserts) == 100
    assert [s for s in statements if not s.startswith("INSERT")] == ["BEGIN IMMEDIATE", "COMMIT"]
    assert AnswerStore(tmp_path / "answers.sqlite3").get("key 99") == b"99"


def test_a_key_sqlite_cannot_hold_leaves_the_rest_of_its_batch(tmp_path: Path) -> None:
    store = AnswerStore(tmp_path / "answers.sqlite3")
    store.put("before", b"1")
    store.put("lone \udc80 surrogate", b"2")
    store.put("after", b"3")
    store.flush()
    again = AnswerStore(tmp_path / "answers.sqlite3")
    assert (again.get("before"), again.get("after")) == (b"1", b"3")


def test_many_keys_are_answered_as_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "answers.sqlite3"
    writer = AnswerStore(path)
    for n in range(0, 1200, 3):
        writer.put(f"k{n}", f"svar {n}".encode())
    flush_all()
    keys = [f"k{n}" for n in range(1200)]  # more than one query's worth, two thirds never kept
    reader = AnswerStore(path)
    many = reader.get_many(keys)
    assert many == {key: answer for key in keys if (answer := reader.get(key)) is not None}
    assert len(many) == 400
    assert AnswerStore(None).get_many(keys) == {}


def _filled(path: Path, count: int) -> None:
    writer = AnswerStore(path)
    for n in range(count):
        writer.put(f"k{n}", f"svar {n}".encode())
    flush_all()


def test_many_look_ups_read_the_table_once_with_the_same_answers(tmp_path: Path) -> None:
    """After LOOK_EVERY look-ups of a table small enough for them, the table is read once:
    every answer after that is the database's, no query is made, an answer put later is
    answered, and a key the table lacks is still None."""
    path = tmp_path / "answers.sqlite3"
    _filled(path, 3000)
    store = AnswerStore(path)
    expected = {f"k{n}": f"svar {n}".encode() for n in range(3000)}
    for n in range(answer_store.LOOK_EVERY - 1):
        assert store.get(f"k{n}") == expected[f"k{n}"]
    assert store._loaded is None
    assert store.get("k5") == b"svar 5"  # the LOOK_EVERY-th look-up reads the table
    assert store._loaded == expected
    assert store._db is not None
    queries: list[str] = []
    store._db.set_trace_callback(queries.append)
    assert [store.get(f"k{n}") for n in range(3000)] == list(expected.values())
    assert store.get("never kept") is None
    assert store.get_many(["k1", "never kept", "k2999"]) == {"k1": b"svar 1", "k2999": b"svar 2999"}
    store.put("later", b"ny")
    assert store.get("later") == b"ny"
    assert queries == []
    flush_all()
    assert AnswerStore(path).get("later") == b"ny"  # still written for other processes


def test_a_table_large_for_the_look_ups_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table is read only once it is at most BYTES_PER_GET bytes a look-up made so far:
    a large table and few look-ups keep one query per key."""
    path = tmp_path / "answers.sqlite3"
    _filled(path, 3000)
    size = path.stat().st_size + path.with_name(path.name + "-wal").stat().st_size
    monkeypatch.setattr(answer_store, "LOOK_EVERY", 10)
    monkeypatch.setattr(answer_store, "BYTES_PER_GET", size // 25)  # read at 30 look-ups
    store = AnswerStore(path)
    for n in range(29):
        assert store.get(f"k{n}") == f"svar {n}".encode()
    assert store._loaded is None  # at 10 and 20 look-ups the table was too large
    assert store.get("k29") == b"svar 29"
    assert store._loaded is not None and len(store._loaded) == 3000
    monkeypatch.setattr(answer_store, "MAX_LOADED_BYTES", size - 1)
    capped = AnswerStore(path)
    assert [capped.get(f"k{n}") for n in range(100)] == [f"svar {n}".encode() for n in range(100)]
    assert capped._loaded is None  # never held in memory, however many look-ups


def test_answers_held_past_the_bound_go_back_to_queries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long run whose new answers outgrow MAX_LOADED_BYTES drops what it holds and asks the
    database again, key by key, for good; every answer stays the same."""
    path = tmp_path / "answers.sqlite3"
    _filled(path, 100)
    monkeypatch.setattr(answer_store, "LOOK_EVERY", 10)
    monkeypatch.setattr(answer_store, "BYTES_PER_GET", 1_000_000)
    store = AnswerStore(path)
    for n in range(10):
        store.get(f"k{n}")
    assert store._loaded is not None
    size = store._held
    monkeypatch.setattr(answer_store, "MAX_LOADED_BYTES", size + 100)
    for n in range(100, 120):
        store.put(f"k{n}", f"svar {n}".encode())
    assert store._loaded is None
    store.flush()
    assert [store.get(f"k{n}") for n in range(120)] == [f"svar {n}".encode() for n in range(120)]
    assert store._loaded is None  # 120 more look-ups, never read again
