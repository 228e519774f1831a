"""Stored regex code (pipeline.core.compiled_patterns) gives the pattern `re.compile` gives:
a Pattern compares equal to another only with the same pattern, flags and engine code."""

from __future__ import annotations

import json
import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.core.compiled_patterns import MIN_NEW, cache_folder, compiled

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


# keep_module_patterns, in fresh interpreters as the console script's processes are: the
# probe compiles MODULE_PATTERNS (and `extra` more), says which `re` already had in its
# cache and whether each compiled pattern equals the engine's own compilation.
MODULE_PATTERNS = [
    *PATTERNS,
    (r"\b(?:ikke|aldrig)\s+(\w+)", re.IGNORECASE),
    (r"[A-ZÆØÅ]{2,}(?:-[A-ZÆØÅ]+)*", 0),
    (r"(?P<num>\d+)\s*(?:mg|ml|g)\b", re.IGNORECASE | re.MULTILINE),
    (r"^\s*#+\s", re.MULTILINE),
    (r"\s+([,.;:])", 0),
    (r"(?<=\w)-(?=\w)", 0),
]
PATTERN_PROBE = """
import json, re, sys
from pipeline.core import compiled_patterns
from pipeline.core.compiled_patterns import keep_module_patterns
patterns = [tuple(p) for p in json.loads(sys.argv[1])]
compiled_patterns.MAX_KEPT = int(sys.argv[2])
keep_module_patterns()
before = [(str, p, f) in re._cache for p, f in patterns]
text = "Læs også: ord-ord 1,000.5 hvad'en IKKE gået 5 mg og SUNDHED-DK ; ja\\n# overskrift"
same = []
for p, f in patterns:
    found, own = re.compile(p, f), re._compiler.compile(p, f)
    same.append(
        found == own and found.groupindex == own.groupindex and found.groups == own.groups
        and [m.span() for m in found.finditer(text)] == [m.span() for m in own.finditer(text)]
    )
print(json.dumps({"before": before, "same": same}))
"""


def pattern_probe(home: Path, extra: int = 0, max_kept: int = 400) -> dict[str, list[bool]]:
    patterns = MODULE_PATTERNS + [(rf"extra{n}\d", 0) for n in range(extra)]
    done = subprocess.run(
        [sys.executable, "-c", PATTERN_PROBE, json.dumps(patterns), str(max_kept)],
        env={"XDG_CACHE_HOME": str(home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    answer: dict[str, list[bool]] = json.loads(done.stdout)
    assert all(answer["same"])
    return answer


def kept_module_patterns(home: Path) -> list[Path]:
    return sorted((home / "content-pipeline" / "patterns").glob("module-patterns-*"))


def test_a_later_process_finds_the_patterns_an_earlier_one_compiled(tmp_path: Path) -> None:
    assert not any(pattern_probe(tmp_path)["before"])
    (path,) = kept_module_patterns(tmp_path)
    written = path.read_bytes()
    assert all(pattern_probe(tmp_path)["before"])
    assert path.read_bytes() == written  # nothing new: not written again


def test_a_process_that_compiled_only_a_few_new_patterns_leaves_the_file(
    tmp_path: Path,
) -> None:
    pattern_probe(tmp_path)
    (path,) = kept_module_patterns(tmp_path)
    written = path.read_bytes()
    pattern_probe(tmp_path, extra=MIN_NEW - 1)
    assert path.read_bytes() == written
    pattern_probe(tmp_path, extra=MIN_NEW)
    assert len(marshal.loads(path.read_bytes())) > len(marshal.loads(written))
    assert all(pattern_probe(tmp_path, extra=MIN_NEW)["before"])


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", marshal.dumps([("x", 0, (1, 2))])])
def test_a_damaged_file_of_module_patterns_is_ignored(tmp_path: Path, damage: bytes) -> None:
    pattern_probe(tmp_path)
    (path,) = kept_module_patterns(tmp_path)
    path.write_bytes(damage)
    assert not any(pattern_probe(tmp_path)["before"])
    assert all(pattern_probe(tmp_path)["before"])


def test_kept_code_the_engine_refuses_is_compiled_as_usual(tmp_path: Path) -> None:
    pattern_probe(tmp_path)
    (path,) = kept_module_patterns(tmp_path)
    kept = marshal.loads(path.read_bytes())
    spoilt = MODULE_PATTERNS.index((r"(?<=\w)-(?=\w)", 0))
    pattern, flags, (state_flags, code, *rest) = next(
        entry for entry in kept if entry[:2] == MODULE_PATTERNS[spoilt]
    )
    kept = [e for e in kept if e[:2] != (pattern, flags)]
    kept.append((pattern, flags, (state_flags, [999_999, *code], *rest)))
    path.write_bytes(marshal.dumps(kept))
    before = pattern_probe(tmp_path)["before"]
    assert before == [i != spoilt for i in range(len(MODULE_PATTERNS))]


def test_a_full_file_keeps_the_new_patterns_and_drops_the_earliest(tmp_path: Path) -> None:
    pattern_probe(tmp_path)
    (path,) = kept_module_patterns(tmp_path)
    earlier = [entry[:2] for entry in marshal.loads(path.read_bytes())]
    pattern_probe(tmp_path, extra=MIN_NEW, max_kept=len(earlier))
    now = [entry[:2] for entry in marshal.loads(path.read_bytes())]
    extras = [(rf"extra{n}\d", 0) for n in range(MIN_NEW)]
    assert len(now) == len(earlier)
    assert set(extras) <= set(now)
    fresh = [key for key in now if key not in earlier]  # the extras, and any the interpreter varies
    assert now == [*fresh, *earlier[: len(earlier) - len(fresh)]]
