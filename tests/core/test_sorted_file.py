"""A sorted file answers every key as the dictionary it was written from."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.core import sorted_file
from pipeline.core.sorted_file import SortedFile


def _written(path: Path, values: dict[str, bytes], final_newline: bool = True) -> SortedFile:
    rows = sorted((key.encode("utf-8"), value) for key, value in values.items())
    data = b"\n".join(key + b"\t" + value for key, value in rows)
    path.write_bytes(data + (b"\n" if final_newline and rows else b""))
    return SortedFile(path)


def _words(rng: random.Random, count: int) -> list[str]:
    letters = "abcdeæøåéü-' "
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(count)]


@pytest.mark.parametrize("scan", [sorted_file.SCAN, 64, 0])
@pytest.mark.parametrize("final_newline", [True, False])
def test_every_key_is_answered_as_by_its_dictionary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan: int, final_newline: bool
) -> None:
    monkeypatch.setattr(sorted_file, "SCAN", scan)
    rng = random.Random(7)
    values = {
        word: str(rng.randint(0, 9999)).encode() * rng.randint(0, 3) for word in _words(rng, 20_000)
    }
    index = _written(tmp_path / "words", values, final_newline)
    asked = [*values, *_words(rng, 5_000), "", "\uffff", "a\tb", *(w[:-1] for w in values)]
    for _ in range(2):  # the second time through the kept middles
        assert [index.get(word) for word in asked] == [values.get(word) for word in asked]


def test_small_and_empty_files(tmp_path: Path) -> None:
    assert _written(tmp_path / "empty", {}).get("ord") is None
    one = _written(tmp_path / "one", {"ord": b"1"}, final_newline=False)
    assert one.get("ord") == b"1" and one.get("or") is None and one.get("orde") is None
    empty_value = _written(tmp_path / "blank", {"a": b"", "b": b"x"})
    assert empty_value.get("a") == b"" and empty_value.get("b") == b"x"
