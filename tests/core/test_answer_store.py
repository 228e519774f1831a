"""The SQLite table of derived answers (pipeline/core/answer_store.py); its uses by spelling
and analysis are tested in tests/checks/test_spelling_cache.py and tests/ingest/."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

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
