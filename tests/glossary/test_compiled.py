"""A compiled glossary answers exactly as the file it was compiled from, and only for it."""

from __future__ import annotations

import os
import pickle
from array import array
from pathlib import Path

import pytest

from pipeline.core import content_identity
from pipeline.core.packed_strings import PackedStrings
from pipeline.glossary import compiled, load_glossary
from pipeline.glossary.entry import TermStatus
from pipeline.glossary.form_index import WORD
from pipeline.glossary.matcher import TermMatcher
from pipeline.glossary.table import TermTable

ROOT = Path(__file__).parent.parent.parent
SEED = (ROOT / "sources" / "muskeltraekninger-da.txt").read_text(encoding="utf-8")


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A cache folder of the test's own, and every glossary compiled (the project glossary
    stands in for a large one)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "MIN_ROWS", 1)
    monkeypatch.setattr(compiled, "MIN_BYTES", 0)
    return tmp_path / "cache" / "content-pipeline" / "glossary"


@pytest.fixture
def glossary_file(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.csv"
    path.write_bytes((ROOT / "glossary.csv").read_bytes())
    return path


def _no_csv_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: TermTable, rows: object) -> None:
        raise AssertionError("the CSV was parsed again")

    monkeypatch.setattr(TermTable, "extend", refuse)


def _answers(
    path: Path,
) -> tuple[str, list[object], list[object], list[bool], list[bool], list[bool]]:
    """Everything the checks ask of a glossary about the seed article, in a fresh matcher."""
    glossary = load_glossary(path)
    matches: list[object] = [
        (m.entry, m.start, m.end, m.category) for m in TermMatcher(glossary, "da").find(SEED)
    ]
    words = [w.group() for w in WORD.finditer(SEED)]
    known = [glossary.knows_word(w, "da") for w in words]
    term_words = [glossary.is_term_word(w, "da") for w in words]
    english = [glossary.knows_word(w, "en") for w in words]
    entries: list[object] = list(glossary.entries)
    return glossary.version, entries, matches, known, term_words, english


def test_a_compiled_glossary_answers_as_its_file(
    cache: Path, glossary_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _answers(glossary_file)  # parses the CSV, then compiles
    assert len(list(cache.glob("*.table.pickle"))) == 1
    assert len(list(cache.glob("*.index-*.leads"))) == 2  # da and en
    assert not list(cache.glob("*.index-*.pickle"))  # the files hold every answer
    _no_csv_parsing(monkeypatch)
    assert _answers(glossary_file) == fresh
    assert any(fresh[2]) and any(fresh[3])  # the seed has terms and term words


def test_a_changed_glossary_is_compiled_again(
    cache: Path, glossary_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = load_glossary(glossary_file)
    with glossary_file.open("a", encoding="utf-8") as csv:
        csv.write("headache,da,hovedpine,preferred,,\n")
    after = load_glossary(glossary_file)
    assert after.version != before.version
    assert len(after) == len(before) + 1
    assert any(m.entry.term == "hovedpine" for m in TermMatcher(after, "da").find("Hovedpinen"))
    assert len(list(cache.glob("*.table.pickle"))) == 2


def test_the_key_follows_the_code_version_and_format(
    monkeypatch: pytest.MonkeyPatch, glossary_file: Path
) -> None:
    content = glossary_file.read_bytes()
    key = compiled.compiled_key(content, glossary_file)
    assert compiled.compiled_key(content + b"\n", glossary_file) != key
    assert compiled.compiled_key(content, glossary_file.with_suffix(".tbx")) != key
    monkeypatch.setattr(compiled, "_tool_version", lambda: "999.0")
    compiled._code.cache_clear()
    try:
        assert compiled.compiled_key(content, glossary_file) != key
    finally:
        monkeypatch.undo()
        compiled._code.cache_clear()
    assert compiled.compiled_key(content, glossary_file) == key


def test_a_damaged_compiled_glossary_is_read_from_the_file_instead(
    cache: Path, glossary_file: Path
) -> None:
    fresh = _answers(glossary_file)
    for pickled in cache.glob("*.pickle"):
        pickled.write_bytes(b"not a pickle")
    assert _answers(glossary_file) == fresh
    assert all(pickle.loads(p.read_bytes()) is not None for p in cache.glob("*.pickle"))


def test_an_unwritable_cache_only_costs_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, glossary_file: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(compiled, "MIN_ROWS", 1)
    monkeypatch.setattr(compiled, "MIN_BYTES", 0)
    assert _answers(glossary_file)[0] == load_glossary(glossary_file).version


def test_small_glossaries_are_not_compiled(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, glossary_file: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert len(load_glossary(glossary_file)) < compiled.MIN_ROWS
    _answers(glossary_file)
    assert not (tmp_path / "cache").exists()


def test_only_the_newest_compiled_glossaries_are_kept(
    cache: Path, glossary_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled, "KEEP", 2)
    for n in range(4):
        with glossary_file.open("a", encoding="utf-8") as csv:
            csv.write(f"extra{n},da,ekstraord{n},preferred,,\n")
        load_glossary(glossary_file)
    assert len(list(cache.glob("*.table.pickle"))) == 2


def test_the_concept_index_kept_with_a_table_answers_as_one_built_again(
    cache: Path, glossary_file: Path
) -> None:
    load_glossary(glossary_file)  # compiles: the table is kept with its concept index
    kept = load_glossary(glossary_file).table
    assert len(kept._concept_order) == len(kept)
    built = pickle.loads(pickle.dumps(kept))
    built._concept_start = array("i")  # as a table that was never indexed
    numbers = range(len(kept.concept_ids))
    assert [list(kept.concept_rows(n)) for n in numbers] == [
        [row for row, each in enumerate(built.concept) if each == n] for n in numbers
    ]
    assert [list(built.concept_rows(n)) for n in numbers] == [
        list(kept.concept_rows(n)) for n in numbers
    ]


def test_rows_added_after_the_concept_index_are_in_it() -> None:
    table = TermTable()
    table.append("c1", "da", "hovedpine", TermStatus.PREFERRED)
    table.append("c2", "da", "feber", TermStatus.PREFERRED)
    assert list(table.concept_rows(0)) == [0]
    table.append("c1", "en", "headache", TermStatus.PREFERRED)
    assert list(table.concept_rows(0)) == [0, 2]
    table.append("c3", "da", "hoste", TermStatus.PREFERRED)
    assert list(table.concept_rows(2)) == [3]


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by the test count as settled (they were changed a moment ago)."""
    monkeypatch.setattr(content_identity, "SETTLED", float("-inf"))


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the glossary file was read again")

    monkeypatch.setattr("pipeline.glossary.csv_loader.read_records", refuse)


def test_a_recorded_glossary_is_not_read_again(
    cache: Path, glossary_file: Path, settled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _answers(glossary_file)
    assert compiled.recorded(glossary_file) is not None
    _no_reading(monkeypatch)
    assert _answers(glossary_file) == fresh  # the version too, without the file's bytes


def test_a_glossary_changed_since_its_record_is_read_again(
    cache: Path, glossary_file: Path, settled: None
) -> None:
    before = load_glossary(glossary_file)
    assert compiled.recorded(glossary_file) == (before.compiled, before.version)
    with glossary_file.open("a", encoding="utf-8") as csv:
        csv.write("headache,da,hovedpine,preferred,,\n")
    changed = compiled.recorded(glossary_file)
    assert changed is not None and changed[0] != before.compiled
    after = load_glossary(glossary_file)
    assert after.version != before.version and len(after) == len(before) + 1
    assert changed == (after.compiled, after.version)


def test_a_glossary_changed_a_moment_ago_is_hashed_again(
    cache: Path, glossary_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written a moment ago may be written again within the clock's tick with the same
    size and times: its hash is not recorded, so each process reads its bytes."""
    hashed: list[Path] = []
    real = content_identity._hash_file

    def counting(path: str | os.PathLike[str]) -> str:
        hashed.append(Path(path))
        return real(path)

    monkeypatch.setattr(content_identity, "_hash_file", counting)
    first = load_glossary(glossary_file)  # written by the fixture just now
    assert compiled.recorded(glossary_file) == (first.compiled, first.version)
    assert compiled.recorded(glossary_file) is not None
    assert hashed.count(glossary_file) == 3  # every time: nothing recorded


def test_a_key_stands_only_for_the_code_that_made_it(
    cache: Path, glossary_file: Path, settled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    glossary = load_glossary(glossary_file)
    assert compiled.recorded(glossary_file) == (glossary.compiled, glossary.version)
    monkeypatch.setattr(compiled, "_tool_version", lambda: "999.0")
    compiled._code.cache_clear()
    try:
        other = compiled.recorded(glossary_file)
        assert other is not None and other[0] != glossary.compiled
        assert other[1] == glossary.version  # the same bytes
    finally:
        monkeypatch.undo()
        compiled._code.cache_clear()


def test_the_key_is_the_same_for_the_same_bytes_at_new_times(
    cache: Path, glossary_file: Path, settled: None, tmp_path: Path
) -> None:
    """A CI runner restores the cache onto a new checkout: the same glossary with new times
    and inodes finds the compiled form, as the same package code does (content hashes)."""
    glossary = load_glossary(glossary_file)
    copy = tmp_path / "elsewhere" / "glossary.csv"
    copy.parent.mkdir()
    copy.write_bytes(glossary_file.read_bytes())
    os.utime(copy, (1_000_000_000, 1_000_000_000))
    assert compiled.recorded(copy) == (glossary.compiled, glossary.version)
    assert load_glossary(copy).compiled == glossary.compiled


def test_a_small_file_is_read_without_looking_for_a_compiled_form(
    cache: Path, glossary_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled, "MIN_BYTES", glossary_file.stat().st_size + 1)
    assert compiled.recorded(glossary_file) is None
    assert load_glossary(glossary_file).compiled is None
    assert not cache.exists()


def test_a_pickled_table_reads_its_terms_as_before() -> None:
    table = TermTable()
    for number, word in enumerate(["hovedpine", "Æble-ø", "ALS", "日本語", "søvn"]):
        table.append(f"c{number}", "da", word, TermStatus.PREFERRED)
    again = pickle.loads(pickle.dumps(table))
    assert isinstance(again.terms, PackedStrings)
    assert [again.entry(row) for row in range(len(table))] == [
        table.entry(row) for row in range(len(table))
    ]
    again.append("c9", "da", "feber", TermStatus.PREFERRED)  # still takes rows
    assert again.entry(len(table)).term == "feber" and again.entry(0) == table.entry(0)
