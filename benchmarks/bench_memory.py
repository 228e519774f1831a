"""Peak memory of `content-pipeline check` as its input grows (issue #14: a 200 MB input must not
need more than a small multiple of its size).

    .venv/bin/python benchmarks/bench_memory.py [--catalog-mb 200] [--article-mb 10]
                                                [--cache DIR] [--folder DIR]

Builds two inputs in a temporary folder and checks each twice, at a tenth of its size and at its
full size, in fresh processes (`check --no-cache --format json --jobs 1`, the findings written
to a temporary file): (a) catalogs: copies of real PO catalogs (the Django and Sphinx wheels'
catalogs that `bench_pofilter.py` downloads, or --folder DIR) in numbered sub-folders until the
size is reached; (b) articles: numbered copies of the seed article (`bench_check.py`'s corpus).
No single file is large: one file is refused above 20 MiB (`pipeline/ingest/decoding.py`), so
a large input is a folder. Prints the input's size, the peak RSS of the `check` process, their
ratio and the growth of the peak per MB of input between the two sizes; the CPU time is shown
so that the runs can be compared with the other benchmarks.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench_check import CLI, build_corpus, print_machine, run_once
from bench_pofilter import DEFAULT_CACHE, download, extract

MB = 1_000_000


def copy_catalogs(source: Path, folder: Path, size: int) -> tuple[int, int]:
    """Copies of every .po file under `source` in round-NNN sub-folders until `size` bytes;
    (files, bytes)."""
    catalogs = sorted(source.rglob("*.po"))
    if not catalogs:
        sys.exit(f"bench_memory: no .po files under {source}")
    files = written = 0
    round_ = 0
    while written < size:
        for catalog in catalogs:
            target = folder / f"round-{round_:03d}" / catalog.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(catalog, target)
            files += 1
            written += catalog.stat().st_size
            if written >= size:
                break
        round_ += 1
    return files, written


def measure(label: str, folder: Path, files: int, size: int) -> tuple[float, float]:
    """One cold check of `folder`; prints a row and returns (input MB, peak RSS MB)."""
    timing = run_once([str(CLI), "check", str(folder), "--no-cache", "--format", "json", "-j1"])
    rss_mb = timing.max_rss_mib * 1024 * 1024 / MB
    print(
        f"  {label:<9} {files:>6} files {size / MB:>8.1f} MB   peak RSS {rss_mb:>7.0f} MB "
        f"({rss_mb / (size / MB):>5.1f}x the input)   CPU {timing.cpu:>7.1f} s   "
        f"wall {timing.wall:>7.1f} s"
    )
    return size / MB, rss_mb


def growth(small: tuple[float, float], large: tuple[float, float]) -> str:
    """MB of peak RSS per MB of input between two sizes: what each more MB costs."""
    slope = (large[1] - small[1]) / (large[0] - small[0])
    return f"  growth: {slope:.2f} MB of peak RSS per MB of input"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--catalog-mb", type=float, default=200.0)
    parser.add_argument("--article-mb", type=float, default=10.0)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE / "content-pipeline-bench")
    parser.add_argument("--folder", type=Path, help="PO catalogs to copy (default: Django, Sphinx)")
    args = parser.parse_args()
    print_machine()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        root = Path(tmp)
        source = args.folder
        if source is None:
            source = root / "catalogs"
            extract(download(args.cache), source)
        print(f"(a) catalogs copied from {source}")
        rows = []
        for share in (0.1, 1.0):
            folder = root / f"catalogs-{share}"
            files, size = copy_catalogs(source, folder, int(args.catalog_mb * MB * share))
            rows.append(measure(f"{share:.0%}", folder, files, size))
            shutil.rmtree(folder)
        print(growth(*rows))
        print("(b) articles: numbered copies of the seed article")
        rows = []
        for share in (0.1, 1.0):
            folder = root / f"articles-{share}"
            folder.mkdir()
            # about 7.0 bytes per word in the seed article
            files, _, size = build_corpus(folder, int(args.article_mb * MB * share / 7.0))
            rows.append(measure(f"{share:.0%}", folder, files, size))
            shutil.rmtree(folder)
        print(growth(*rows))


if __name__ == "__main__":
    main()
