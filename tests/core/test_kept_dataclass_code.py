"""Kept dataclass code (pipeline.core.kept_dataclass_code): a class built from the code an
earlier process kept has the methods `dataclasses` compiles itself. Each process is a fresh
interpreter, as the console script's are."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Builds the same classes twice, with the kept code then with dataclasses' own exec, and
# reports whether every method's code and behaviour agree.
PROBE = """
import dataclasses, json, sys, types
from dataclasses import dataclass, field
from pipeline.core import kept_dataclass_code as kept

if sys.argv[1] == "keep":
    kept.keep_dataclass_code()

def build():
    @dataclass(frozen=True, order=True)
    class Span:
        start: int
        end: int = 0
        label: str | None = None

    @dataclass(slots=True, kw_only=True)
    class Bag:
        words: list[str] = field(default_factory=list)
        count: int = field(default=1, repr=False)

    return Span, Bag

Span, Bag = build()
compiled_here = dict(kept._new)
vars(dataclasses).pop("exec", None)
PlainSpan, PlainBag = build()
methods = ["__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"]
pairs = [
    (getattr(a, m).__code__, getattr(b, m).__code__)
    for a, b in [(Span, PlainSpan), (Bag, PlainBag)]
    for m in methods
    if isinstance(vars(a).get(m), types.FunctionType)
]
same_code = len(pairs) >= 8 and all(
    x == y and x.co_filename == y.co_filename and x.co_flags == y.co_flags for x, y in pairs
)
try:
    Span(1).start = 2
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
print(json.dumps({
    "same_code": same_code,
    "compiled_here": len(compiled_here),
    "behaves": [repr(Span(1, 2)), Span(1) < Span(2), hash(Span(3)) == hash(Span(3)),
                repr(Bag(words=["a"])), Bag() == Bag(count=1), frozen],
    "signature": str(__import__("inspect").signature(Span)),
}))
"""


def probe(home: Path, mode: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        env={"XDG_CACHE_HOME": str(home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    answer: dict[str, object] = json.loads(done.stdout)
    return answer


def kept_files(home: Path) -> list[Path]:
    folder = home / "content-pipeline" / "dataclass-code"
    return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def plain(tmp_path: Path) -> dict[str, object]:
    return probe(tmp_path / "plain", "plain")


def test_without_keeping_nothing_is_compiled_through_it_or_written(
    tmp_path: Path, plain: dict[str, object]
) -> None:
    assert plain["compiled_here"] == 0
    assert kept_files(tmp_path / "plain") == []


def test_the_first_process_compiles_and_keeps_what_dataclasses_compiles(
    tmp_path: Path, plain: dict[str, object]
) -> None:
    first = probe(tmp_path, "keep")
    assert first["same_code"] is True
    assert isinstance(first["compiled_here"], int)
    assert first["compiled_here"] > 0
    assert len(kept_files(tmp_path)) == 1
    assert first["behaves"] == plain["behaves"]
    assert first["signature"] == plain["signature"]


def test_a_later_process_builds_the_same_classes_from_the_kept_code(
    tmp_path: Path, plain: dict[str, object]
) -> None:
    probe(tmp_path, "keep")
    (path,) = kept_files(tmp_path)
    written = path.read_bytes()
    later = probe(tmp_path, "keep")
    assert later["compiled_here"] == 0  # every source found among the kept
    assert later["same_code"] is True
    assert later["behaves"] == plain["behaves"]
    assert path.read_bytes() == written  # nothing new, nothing rewritten


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe9\x00\x00\x00"])
def test_a_damaged_file_is_ignored_and_written_again(
    tmp_path: Path, plain: dict[str, object], damage: bytes
) -> None:
    probe(tmp_path, "keep")
    (path,) = kept_files(tmp_path)
    path.write_bytes(damage)
    again = probe(tmp_path, "keep")
    assert again["same_code"] is True
    assert again["behaves"] == plain["behaves"]
    assert path.read_bytes() != damage


def test_a_full_file_keeps_what_the_process_used_and_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.core import kept_dataclass_code as kept

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    code = {name: compile(f"{name} = 1", "<string>", "exec") for name in "abcde"}
    monkeypatch.setattr(kept, "MAX_KEPT", 3)
    monkeypatch.setattr(kept, "_kept", {"a = 1": code["a"], "b = 1": code["b"], "c = 1": code["c"]})
    monkeypatch.setattr(kept, "_used", {"c = 1"})
    monkeypatch.setattr(kept, "_new", {"d = 1": code["d"], "e = 1": code["e"]})
    kept._write_new()
    assert kept._read(kept.kept_path()) == {
        "c = 1": code["c"],
        "d = 1": code["d"],
        "e = 1": code["e"],
    }
