"""Hunspell's spell and stem answers kept on disk (pipeline/checks/spelling_cache.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.checks import speller as speller_module
from pipeline.checks import spelling_cache
from pipeline.checks.speller import dictionary_path
from pipeline.checks.spelling_cache import (
    SPELL,
    STEMS,
    SpellingFile,
    dictionary_identity,
    kept_answer,
)
from pipeline.core import answer_store

DANISH = dictionary_path("da")
needs_danish = pytest.mark.skipif(DANISH is None, reason="hunspell-da is not installed")
WORDS = ["muskeltrækninger", "muskeltrækinger", "hjertet", "behandlnig", "og", "gik"]

# A fresh interpreter asks the Danish dictionary about WORDS, then says what it answered and
# how many dictionaries it loaded.
PROBE = """
import json, sys
from pipeline.checks import speller
words = sys.argv[1:]
danish = speller.Speller.for_language("da")
answers = {w: [danish.known(w), danish.stems(w)] for w in words}
loaded = speller._load.cache_info().currsize
print(json.dumps({"answers": answers, "loaded": loaded}))
"""


def _hunspell(word: str) -> tuple[bool, list[str]]:
    assert DANISH is not None
    handle, encoding = speller_module._load(DANISH)
    stems = [s.decode(encoding) if isinstance(s, bytes) else s for s in handle.stem(word)]
    return bool(handle.spell(word)), stems


def _probe(cache: Path, words: list[str]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *words],
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
        capture_output=True,
        text=True,
        check=True,
    )
    answer: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return answer


@needs_danish
def test_a_later_process_answers_without_loading_the_dictionary(tmp_path: Path) -> None:
    first = _probe(tmp_path, WORDS)
    later = _probe(tmp_path, WORDS)
    expected = {w: [*_hunspell(w)] for w in WORDS}
    assert first == {"answers": expected, "loaded": 1}
    assert later == {"answers": expected, "loaded": 0}


@needs_danish
def test_a_word_not_yet_kept_loads_the_dictionary(tmp_path: Path) -> None:
    _probe(tmp_path, WORDS)
    later = _probe(tmp_path, [*WORDS, "rygsøjlen"])
    assert later["loaded"] == 1
    assert later["answers"] == {w: [*_hunspell(w)] for w in [*WORDS, "rygsøjlen"]}


@needs_danish
def test_the_kept_answers_are_hunspells_own(tmp_path: Path) -> None:
    path = tmp_path / "da.sqlite3"
    first = SpellingFile(path)
    for word in WORDS:
        spelt, stems = _hunspell(word)
        first.put(SPELL, word, spelt)
        first.put(STEMS, word, tuple(stems))
    first.flush()
    later = SpellingFile(path)  # as a new process finds the file
    for word in WORDS:
        spelt, stems = _hunspell(word)
        assert later.get(SPELL, word) is spelt
        assert later.get(STEMS, word) == tuple(stems)
    assert later.get(SPELL, "rygsøjlen") is None
    assert later.get(STEMS, "og") is not None and later.get(STEMS, "rygsøjlen") is None


def _dictionary(tmp_path: Path) -> Path:
    dic = tmp_path / "xx_XX.dic"
    dic.write_text("1\nord\n", encoding="utf-8")
    dic.with_suffix(".aff").write_text("SET UTF-8\n", encoding="utf-8")
    return dic


def test_an_answer_is_computed_once_and_then_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    calls: list[str] = []

    def compute() -> tuple[str, ...]:
        calls.append("hunspell")
        return ("muskeltrækning",)

    dic = _dictionary(tmp_path)
    spelling_cache.spelling_file.cache_clear()
    try:
        first = kept_answer(dic, STEMS, "muskeltrækninger", compute)
        answer_store.flush_all()  # the process ends
        spelling_cache.spelling_file.cache_clear()  # a new process
        second = kept_answer(dic, STEMS, "muskeltrækninger", compute)
    finally:
        spelling_cache.spelling_file.cache_clear()
    assert first == second == ("muskeltrækning",)
    assert calls == ["hunspell"]


def test_no_stems_and_an_unknown_word_are_answers_too(tmp_path: Path) -> None:
    kept = SpellingFile(tmp_path / "kept.sqlite3")
    kept.put(SPELL, "xqzv", False)
    kept.put(STEMS, "xqzv", ())
    kept.flush()
    later = SpellingFile(tmp_path / "kept.sqlite3")
    assert later.get(SPELL, "xqzv") is False
    assert later.get(STEMS, "xqzv") == ()


def test_answers_are_written_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer_store, "BATCH", 2)
    path = tmp_path / "kept.sqlite3"
    kept = SpellingFile(path)
    kept.put(SPELL, "og", True)
    assert SpellingFile(path).get(SPELL, "og") is None  # not yet written
    kept.put(SPELL, "ogg", False)  # the second of the batch writes both
    assert SpellingFile(path).get(SPELL, "og") is True
    assert SpellingFile(path).get(SPELL, "ogg") is False


def test_a_word_sqlite_cannot_store_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "kept.sqlite3"
    kept = SpellingFile(path)
    kept.put(SPELL, "bad\udcff", False)
    kept.put(SPELL, "god", True)
    kept.flush()
    later = SpellingFile(path)
    assert later.get(SPELL, "bad\udcff") is None
    assert later.get(SPELL, "god") is True


def test_a_damaged_file_costs_only_time_and_is_started_again(tmp_path: Path) -> None:
    path = tmp_path / "kept.sqlite3"
    path.write_bytes(b"not a database, " * 512)
    kept = SpellingFile(path)
    assert kept.get(SPELL, "og") is None
    assert not path.exists()  # removed: the next process starts a new one
    kept.put(SPELL, "og", True)
    kept.flush()  # written nowhere in this process
    fresh = SpellingFile(path)
    fresh.put(SPELL, "og", True)
    fresh.flush()
    assert SpellingFile(path).get(SPELL, "og") is True


def test_an_unwritable_cache_folder_still_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    dic = _dictionary(tmp_path)
    spelling_cache.spelling_file.cache_clear()
    try:
        answers = [kept_answer(dic, SPELL, "ord", lambda: True) for _ in range(2)]
        answer_store.flush_all()
    finally:
        spelling_cache.spelling_file.cache_clear()
    assert answers == [True, True]


def test_a_changed_dictionary_file_gets_a_new_database(tmp_path: Path) -> None:
    dic = _dictionary(tmp_path)
    before = dictionary_identity(dic)
    assert dictionary_identity(dic) == before
    dic.write_text("2\nord\nord2\n", encoding="utf-8")
    assert dictionary_identity(dic) != before


def test_answers_read_ahead_are_the_kept_ones_in_one_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kept.sqlite3"
    first = SpellingFile(path)
    first.put(SPELL, "og", True)
    first.put(SPELL, "xqzv", False)
    first.put(STEMS, "hjertet", ("hjerte",))
    first.flush()
    later = SpellingFile(path)
    later.prefetch(SPELL, ["og", "xqzv", "rygsøjlen", "og", "\udcff"])
    later.prefetch(STEMS, ["hjertet"])
    one_by_one: list[str] = []
    original = answer_store.AnswerStore.get

    def counted(store: answer_store.AnswerStore, key: str) -> bytes | None:
        one_by_one.append(key)
        return original(store, key)

    monkeypatch.setattr(answer_store.AnswerStore, "get", counted)

    assert later.get(SPELL, "og") is True
    assert later.get(SPELL, "xqzv") is False
    assert later.get(SPELL, "rygsøjlen") is None  # read ahead: none kept
    assert later.get(STEMS, "hjertet") == ("hjerte",)
    assert one_by_one == []
    assert later.get(SPELL, "\udcff") is None  # never read ahead: asked on its own
    assert later.get(SPELL, "og") is True  # each answer read ahead serves once
    assert one_by_one == ["0:\udcff", "0:og"]
