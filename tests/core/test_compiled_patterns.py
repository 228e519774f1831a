"""Stored regex code (pipeline.core.compiled_patterns) gives the pattern `re.compile` gives:
a Pattern compares equal to another only with the same pattern, flags and engine code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.core.compiled_patterns import cache_folder, compiled

DATA = Path(__file__).resolve().parents[2] / "pipeline" / "ingest" / "data"

PATTERNS = [
    (r"(?P<word>\w+)-(?P=word)", 0),
    (r"^(?:indholdsfortegnelse|del artiklen|læs også)\s*[:.!]?$", re.IGNORECASE),
    (r"(\d+)(?:,(\d{3}))*(?:\.(\d+))?", 0),
    (r"[^\W\d_]+(?:'[a-zæøå]+)?", re.MULTILINE | re.DOTALL),
]


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def stored() -> list[Path]:
    folder = cache_folder()
    return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_first_and_stored_compilations_equal_re_compile(pattern: str, flags: int) -> None:
    first = compiled(pattern, flags)
    assert len(stored()) == 1
    again = compiled(pattern, flags)
    expected = re.compile(pattern, flags)
    assert first == expected
    assert again == expected
    assert again.groupindex == expected.groupindex
    assert again.groups == expected.groups
    text = "Læs også: ord-ord 1,000.5 hvad'en"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_the_sentence_segmenters_expressions_round_trip() -> None:
    raw = json.loads((DATA / "sentence_rules_da.json").read_text("utf-8"))
    for args in raw["patterns"].values():
        compiled(*args)
        assert compiled(*args) == re.compile(*args)


def test_another_pattern_or_flag_is_another_file() -> None:
    compiled("abc")
    compiled("abd")
    compiled("abc", re.IGNORECASE)
    assert len(stored()) == 3


def test_a_damaged_file_is_compiled_again_and_rewritten() -> None:
    compiled(r"(a|b)+c")
    (path,) = stored()
    for damage in (b"", b"\x00garbage", path.read_bytes()[:-7]):
        path.write_bytes(damage)
        assert compiled(r"(a|b)+c") == re.compile(r"(a|b)+c")
        assert path.read_bytes() != damage


def test_code_the_engine_refuses_is_not_used() -> None:
    import marshal

    compiled(r"x(y)z")
    (path,) = stored()
    flags, code, groups, groupindex, indexgroup = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((flags, [999_999, *code], groups, groupindex, indexgroup)))
    assert compiled(r"x(y)z") == re.compile(r"x(y)z")


def test_an_invalid_pattern_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        compiled(r"(unclosed")
    assert stored() == []


def test_an_unwritable_cache_folder_still_compiles(own_cache: Path) -> None:
    (own_cache / "content-pipeline").write_text("a file where the folder should be")
    assert compiled(r"\bord\b") == re.compile(r"\bord\b")


def test_no_temporary_file_is_left_behind() -> None:
    for pattern, flags in PATTERNS:
        compiled(pattern, flags)
    assert all(p.suffix == ".marshal" for p in stored())
