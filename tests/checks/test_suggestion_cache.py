"""Hunspell's suggestions kept on disk (pipeline/checks/suggestion_cache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import speller as speller_module
from pipeline.checks import suggestion_cache
from pipeline.checks.speller import dictionary_path
from pipeline.checks.suggestion_cache import SuggestionFile, dictionary_key, kept_suggestions

DANISH = dictionary_path("da")
needs_danish = pytest.mark.skipif(DANISH is None, reason="hunspell-da is not installed")
SLIPS = ["muskeltrækinger", "behandlnig", "sygdomen", "hovedpinne"]


def _hunspell_suggestions(word: str) -> tuple[str, ...]:
    assert DANISH is not None
    handle, encoding = speller_module._load(DANISH)
    return tuple(s.decode(encoding) if isinstance(s, bytes) else s for s in handle.suggest(word))


@needs_danish
def test_a_later_process_reads_hunspells_own_answers(tmp_path: Path) -> None:
    assert DANISH is not None
    path = tmp_path / "da.tsv"
    first = SuggestionFile(path)
    for word in SLIPS:
        first.put(word, _hunspell_suggestions(word))
    later = SuggestionFile(path)  # as a new process finds the file
    for word in SLIPS:
        assert later.get(word) == _hunspell_suggestions(word)
    assert later.get("hjerte") is None


def _asked_twice(
    tmp_path: Path, word: str, answer: tuple[str, ...]
) -> tuple[list[str], tuple[str, ...], tuple[str, ...]]:
    """Ask a tiny dictionary's suggestions for `word` in two processes (the file cache is
    read afresh); hunspell's answer is `answer`. The calls made, and the two answers."""
    calls: list[str] = []

    def compute() -> tuple[str, ...]:
        calls.append("hunspell")
        return answer

    dic = tmp_path / "xx_XX.dic"
    dic.write_text("1\nord\n", encoding="utf-8")
    dic.with_suffix(".aff").write_text("SET UTF-8\n", encoding="utf-8")
    suggestion_cache.suggestion_file.cache_clear()
    try:
        first = kept_suggestions(dic, word, compute)
        suggestion_cache.suggestion_file.cache_clear()  # a new process
        second = kept_suggestions(dic, word, compute)
    finally:
        suggestion_cache.suggestion_file.cache_clear()
    return calls, first, second


def test_an_answer_is_computed_once_and_then_read(tmp_path: Path) -> None:
    answer = ("muskeltrækninger", "muskeltrækning")
    assert _asked_twice(tmp_path, "muskeltrækinger", answer) == (["hunspell"], answer, answer)


def test_no_suggestions_is_an_answer_too(tmp_path: Path) -> None:
    SuggestionFile(tmp_path / "kept.tsv").put("xqzv", ())
    assert SuggestionFile(tmp_path / "kept.tsv").get("xqzv") == ()


def test_a_damaged_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "kept.tsv"
    kept = SuggestionFile(path)
    kept.put("sygdomen", ("sygdommen",))
    with path.open("ab") as handle:
        handle.write(b"behandlnig\tbehandling\t00000000\n")  # wrong checksum
        handle.write(b"hovedpinne\thoved")  # a write cut short
    kept.put("feberr", ("feber",))
    later = SuggestionFile(path)
    assert later.get("sygdomen") == ("sygdommen",)
    assert later.get("behandlnig") is None
    assert later.get("hovedpinne") is None
    assert later.get("feberr") is None  # it was glued to the cut line: never misread


def test_a_field_with_a_tab_is_not_kept(tmp_path: Path) -> None:
    kept = SuggestionFile(tmp_path / "kept.tsv")
    kept.put("a\tb", ("c",))
    assert kept.get("a\tb") == ("c",)  # this process still remembers it
    assert SuggestionFile(tmp_path / "kept.tsv").get("a\tb") is None


def test_an_unwritable_folder_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    kept = SuggestionFile(blocker / "sub" / "kept.tsv")
    kept.put("sygdomen", ("sygdommen",))
    assert kept.get("sygdomen") == ("sygdommen",)


def test_other_dictionary_bytes_make_another_file(tmp_path: Path) -> None:
    dic = tmp_path / "xx_XX.dic"
    dic.write_text("1\nord\n", encoding="utf-8")
    dic.with_suffix(".aff").write_text("SET UTF-8\n", encoding="utf-8")
    before = dictionary_key(dic)
    assert dictionary_key(dic) == before
    dic.with_suffix(".aff").write_text("SET UTF-8\nTRY abc\n", encoding="utf-8")
    assert dictionary_key(dic) != before


@needs_danish
def test_the_spellers_suggestions_are_hunspells() -> None:
    speller = speller_module.Speller("da")
    for word in SLIPS:
        assert speller.suggest(word) == _hunspell_suggestions(word)


def test_an_empty_answer_that_may_have_been_cut_short_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(suggestion_cache, "COMPLETE_WITHIN", 0.0)  # every answer too slow
    calls, _, _ = _asked_twice(tmp_path, "ikke-komedogene", ())
    assert calls == ["hunspell", "hunspell"]


def test_a_slow_answer_that_found_a_suggestion_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept, so that the finding stops changing with the machine's load from run to run."""
    monkeypatch.setattr(suggestion_cache, "COMPLETE_WITHIN", 0.0)  # every answer too slow
    answer = ("tetracyklin-misfarvninger",)
    calls = _asked_twice(tmp_path, "tetrackylin-misfarvninger", answer)
    assert calls == (["hunspell"], answer, answer)
