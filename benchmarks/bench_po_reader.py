"""Benchmark of our PO reader beside translate-toolkit's, and their differential test, on a folder.

    .venv/bin/python benchmarks/bench_po_reader.py FOLDER [--rounds 3]

Reads every .po/.pot file under FOLDER into units both ways in one process (translate-toolkit's
store + bilingual.po_units, and po_reader + po_reader.units), alternating the two over
`--rounds` rounds, and prints each one's best CPU and wall time, the ratio, the files our reader
hands to translate-toolkit, the peak RSS, and the files where the two read differently (every
field of every entry, and the units; must be 0). Without FOLDER it uses the catalogs of the
Django and Sphinx wheels that benchmarks/bench_pofilter.py downloads.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_check import cpu_model  # noqa: E402

from pipeline.formats.po import parse_po, po_units  # noqa: E402
from pipeline.ingest import catalog_units, po_reader  # noqa: E402
from tests.ingest.po_oracle import differences  # noqa: E402


def translate_toolkit(path: Path, data: bytes) -> int:
    return len(po_units(parse_po(data, path), path))


def ours(path: Path, data: bytes) -> int:
    try:
        catalog = po_reader.read_po_bytes(data)
    except po_reader.UnsupportedError:
        return translate_toolkit(path, data)
    return len(catalog_units.units(catalog, path))


def timed(
    read: Callable[[Path, bytes], int], files: list[tuple[Path, bytes]]
) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, units) of reading every file once."""
    cpu, wall = time.process_time(), time.perf_counter()
    count = sum(read(path, data) for path, data in files)
    return time.process_time() - cpu, time.perf_counter() - wall, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = args.folder
    if folder is None:
        from bench_pofilter import DEFAULT_CACHE, download, extract

        cache = DEFAULT_CACHE / "content-pipeline-bench"
        folder = cache / "corpus"
        extract(download(cache), folder)
    paths = sorted(p for p in folder.rglob("*") if p.suffix in {".po", ".pot"} and p.is_file())
    files = [(path, path.read_bytes()) for path in paths]
    size = sum(len(data) for _, data in files)
    print(f"machine: {cpu_model()}, Python {sys.version.split()[0]}")
    print(f"input: {folder}: {len(files):,} catalogs, {size / 1_048_576:.1f} MiB")
    handed = 0
    for _, data in files:
        try:
            po_reader.read_po_bytes(data)
        except po_reader.UnsupportedError:
            handed += 1
    best: dict[str, tuple[float, float, int]] = {}
    for _ in range(args.rounds):
        for name, read in (("translate-toolkit", translate_toolkit), ("po_reader", ours)):
            result = timed(read, files)
            if name not in best or result[0] < best[name][0]:
                best[name] = result
    tt, mine = best["translate-toolkit"], best["po_reader"]
    print(f"translate-toolkit: {tt[0]:.2f} s CPU, {tt[1]:.2f} s wall, {tt[2]:,} units")
    print(f"po_reader:         {mine[0]:.2f} s CPU, {mine[1]:.2f} s wall, {mine[2]:,} units")
    print(f"ratio: {tt[0] / mine[0]:.1f}x CPU, {tt[1] / mine[1]:.1f}x wall (best of {args.rounds})")
    print(f"catalogs handed to translate-toolkit: {handed}")
    differing = [path for path, data in files if differences(data, path)]
    print(f"catalogs read differently: {len(differing)}", *differing[:10], sep="\n  ")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
