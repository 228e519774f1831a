"""benchmarks/bench_memory.py: the growing input it checks, and the growth it prints."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))  # the benchmarks import each other by name
import bench_memory  # noqa: E402


def test_catalogs_are_copied_in_rounds_until_the_size_is_reached(tmp_path: Path) -> None:
    source = tmp_path / "source" / "da" / "LC_MESSAGES"
    source.mkdir(parents=True)
    (source / "a.po").write_bytes(b"x" * 300)
    (source / "b.po").write_bytes(b"y" * 200)
    (source / "notes.txt").write_bytes(b"z" * 1000)  # not a catalog
    files, size = bench_memory.copy_catalogs(tmp_path / "source", tmp_path / "out", 1200)
    assert (files, size) == (5, 1300)  # a, b, a, b, a: the round stops once 1,200 is passed
    copies = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.po")
    )
    assert copies == [
        "round-000/da/LC_MESSAGES/a.po", "round-000/da/LC_MESSAGES/b.po",
        "round-001/da/LC_MESSAGES/a.po", "round-001/da/LC_MESSAGES/b.po",
        "round-002/da/LC_MESSAGES/a.po",
    ]  # fmt: skip


def test_growth_is_the_peak_memory_each_more_megabyte_of_input_costs() -> None:
    assert bench_memory.growth((4.0, 124.0), (40.0, 252.0)) == (
        "  growth: 3.56 MB of peak RSS per MB of input"
    )
