"""TranslationMemory: what is a hit, what survives a crash, and what a broken file does."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.core.errors import PipelineError
from pipeline.translate.cache import EngineKey, MemoryStats, TranslationMemory
from pipeline.translate.normalise import normalise_segment

KEY = EngineKey("apertium", "apertium 3.8.3; apertium-dan-nor 1.5.0", "da", "nb", "glossary-1")
SOURCE = "Hjertet slår hurtigt."
TARGET = "Hjertet  slår fort."  # stored exactly, double space included


@pytest.fixture
def memory(tmp_path: Path) -> Iterator[TranslationMemory]:
    tm = TranslationMemory(tmp_path / "cache" / "tm.sqlite")
    yield tm
    tm.close()


def test_a_stored_translation_is_a_hit_with_its_exact_target_and_unknown_words(
    memory: TranslationMemory,
) -> None:
    memory.put(KEY, SOURCE, TARGET, ["hurtigt"])

    found = memory.get(KEY, SOURCE)

    assert found is not None
    assert (found.source, found.target, found.unknown_words) == (SOURCE, TARGET, ("hurtigt",))
    assert len(found.created) == len("2025-01-01T12:00:00Z") and found.created.endswith("Z")


def test_a_source_never_stored_is_a_miss(memory: TranslationMemory) -> None:
    memory.put(KEY, SOURCE, TARGET)

    assert memory.get(KEY, "Lungerne er syge.") is None


@pytest.mark.parametrize(
    "change",
    [
        {"engine": "google"},
        {"engine_version": "apertium 3.8.3; apertium-dan-nor 1.5.1"},
        {"source_lang": "sv"},
        {"target_lang": "nn"},
        {"glossary_hash": "glossary-2"},
    ],
    ids=lambda change: next(iter(change)),
)
def test_a_change_in_any_key_component_is_a_miss(
    memory: TranslationMemory, change: dict[str, str]
) -> None:
    memory.put(KEY, SOURCE, TARGET)

    assert memory.get(dataclasses.replace(KEY, **change), SOURCE) is None
    assert memory.get(KEY, SOURCE) is not None


def test_a_whitespace_only_change_is_a_hit(memory: TranslationMemory) -> None:
    memory.put(KEY, SOURCE, TARGET)

    found = memory.get(KEY, "  Hjertet  slår\n\thurtigt. ")

    assert found is not None and found.target == TARGET


def test_a_decomposed_character_is_the_same_sentence(memory: TranslationMemory) -> None:
    memory.put(KEY, "Hjertet slår.", "Hjertet slår.")

    assert memory.get(KEY, "Hjertet sla\u030ar.") is not None


def test_a_case_change_is_a_miss(memory: TranslationMemory) -> None:
    memory.put(KEY, SOURCE, TARGET)

    assert memory.get(KEY, "hjertet slår hurtigt.") is None


def test_a_no_break_space_is_not_an_ordinary_space(memory: TranslationMemory) -> None:
    memory.put(KEY, "Tag 10 mg.", "Ta 10 mg.")

    assert memory.get(KEY, "Tag 10\u00a0mg.") is None


def test_language_codes_are_compared_case_insensitively(memory: TranslationMemory) -> None:
    memory.put(KEY, SOURCE, TARGET)

    assert memory.get(dataclasses.replace(KEY, source_lang="DA", target_lang="NB"), SOURCE)


def test_get_many_answers_a_batch_with_one_query_in_input_order(
    memory: TranslationMemory,
) -> None:
    memory.put_many(KEY, [("Et.", "Ett.", []), ("Tre.", "Tre.", ["Tre"])])
    statements: list[str] = []
    memory._db.set_trace_callback(statements.append)

    found = memory.get_many(KEY, ["Tre.", "To.", "Et."])

    assert [(f.source, f.target, f.unknown_words) if f else None for f in found] == [
        ("Tre.", "Tre.", ("Tre",)),
        None,
        ("Et.", "Ett.", ()),
    ]
    assert len(statements) == 1 and statements[0].startswith("SELECT")


def test_put_many_stores_a_batch_in_one_transaction(memory: TranslationMemory) -> None:
    statements: list[str] = []
    memory._db.set_trace_callback(statements.append)

    memory.put_many(KEY, [(f"Sætning {n}.", f"Setning {n}.", []) for n in range(50)])

    assert statements.count("BEGIN IMMEDIATE") == 1
    assert statements.count("COMMIT") == 1
    assert all(memory.get_many(KEY, [f"Sætning {n}." for n in range(50)]))


def test_translations_persist_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    first = TranslationMemory(path)
    first.put(KEY, SOURCE, TARGET)
    first.close()

    second = TranslationMemory(path)
    found = second.get(KEY, SOURCE)
    second.close()

    assert found is not None and found.target == TARGET


CRASHING_RUN = """
import os, signal, sys
from pathlib import Path
from pipeline.translate.cache import EngineKey, TranslationMemory
key = EngineKey("apertium", "v1", "da", "nb")
memory = TranslationMemory(Path(sys.argv[1]))
for n in range(10):
    memory.put(key, f"Sætning {n}.", f"Setning {n}.")
    if n == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # no close(), no cleanup: a crash
"""


def test_a_batch_killed_midway_keeps_every_translation_put_before_the_kill(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tm.sqlite"
    run = subprocess.run([sys.executable, "-c", CRASHING_RUN, str(path)], check=False)
    assert run.returncode == -9

    memory = TranslationMemory(path)
    found = memory.get_many(
        EngineKey("apertium", "v1", "da", "nb"), [f"Sætning {n}." for n in range(10)]
    )
    memory.close()

    assert [item.target if item else None for item in found] == [
        "Setning 0.",
        "Setning 1.",
        "Setning 2.",
        *[None] * 7,
    ]


def test_an_interrupted_put_many_stores_nothing_of_that_batch(memory: TranslationMemory) -> None:
    memory.put(KEY, "Et.", "Ett.")

    def items() -> Iterator[tuple[str, str, list[str]]]:
        yield "To.", "To.", []
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        memory.put_many(KEY, items())

    assert [item is not None for item in memory.get_many(KEY, ["Et.", "To."])] == [True, False]


def test_a_file_that_is_not_sqlite_is_an_error_naming_it_and_is_left_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tm.sqlite"
    content = b"these are not the bytes of an SQLite database\n" * 20
    path.write_bytes(content)

    with pytest.raises(PipelineError) as error:
        TranslationMemory(path)

    assert str(error.value) == f"{path}: not a translation memory (file is not a database)"
    assert path.read_bytes() == content


def test_an_sqlite_file_of_another_program_is_not_a_translation_memory(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE invoices (id INTEGER)")
    other.close()

    with pytest.raises(PipelineError) as error:
        TranslationMemory(path)

    assert str(error.value) == f"{path}: not a translation memory (other tables)"


def test_a_memory_of_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    TranslationMemory(path).close()
    with sqlite3.connect(path) as newer:
        newer.execute("PRAGMA user_version = 7")
    newer.close()

    with pytest.raises(PipelineError) as error:
        TranslationMemory(path)

    assert str(error.value) == f"{path}: not a translation memory (schema 7, newer than 1)"


def test_a_new_memory_uses_wal_and_records_its_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    TranslationMemory(path).close()

    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA user_version").fetchone() == (1,)
    db.close()


def test_an_approved_translation_is_found_for_any_engine_and_spacing(
    memory: TranslationMemory,
) -> None:
    memory.approve("da", "nb", "Hjertet slår.", "Hjertet slår.", "editor:kari")

    found = memory.lookup_approved("da", "nb", " Hjertet   slår. ")

    assert found is not None
    assert (found.source_lang, found.target_lang, found.target, found.origin) == (
        "da",
        "nb",
        "Hjertet slår.",
        "editor:kari",
    )
    assert memory.lookup_approved("da", "sv", "Hjertet slår.") is None
    assert memory.get(KEY, "Hjertet slår.") is None  # approvals are not engine translations


def test_approving_again_replaces_the_earlier_approval(memory: TranslationMemory) -> None:
    memory.approve("da", "nb", "Nyren.", "Nyra.", "first")
    memory.approve("da", "nb", "Nyren.", "Nyren.", "second")

    found = memory.lookup_approved("da", "nb", "Nyren.")

    assert found is not None and (found.target, found.origin) == ("Nyren.", "second")


def test_lookup_approved_many_answers_in_input_order(memory: TranslationMemory) -> None:
    stored = memory.approve_many("da", "nb", [("Et.", "Ett."), ("To.", "To.")], "tmx:team.tmx")

    found = memory.lookup_approved_many("da", "nb", ["To.", "Tre.", "Et."])

    assert stored == 2
    assert [item.target if item else None for item in found] == ["To.", None, "Ett."]


def test_threads_can_share_one_memory(memory: TranslationMemory) -> None:
    def work(worker: int) -> None:
        for n in range(25):
            memory.put(KEY, f"Tråd {worker} sætning {n}.", f"Tråd {worker} setning {n}.")
            assert memory.get(KEY, f"Tråd {worker} sætning {n}.") is not None

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert memory.stats().translations == 200


def test_stats_count_both_tables_per_engine_and_language_pair(memory: TranslationMemory) -> None:
    memory.put_many(KEY, [("Et.", "Ett.", []), ("To.", "To.", [])])
    memory.put(dataclasses.replace(KEY, engine="google", engine_version="api"), "Et.", "Ett.")
    memory.approve("da", "sv", "Et.", "Ett.", "editor")

    assert memory.stats() == MemoryStats(
        path=memory.path,
        translations=3,
        approved=1,
        engines={"apertium apertium 3.8.3; apertium-dan-nor 1.5.0": 2, "google api": 1},
        pairs=["da→nb", "da→sv"],
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("  Hjertet \n slår.\t", "Hjertet slår."),
        ("Hjertet sla\u030ar.", "Hjertet slår."),
        ("Tag 10\u00a0mg.", "Tag 10\u00a0mg."),
        ("Stort Hjerte", "Stort Hjerte"),
    ],
)
def test_normalise_segment(text: str, key: str) -> None:
    assert normalise_segment(text) == key
