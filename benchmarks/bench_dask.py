"""Benchmark of the batch executors: `run --to nb` on N article variants, local versus Dask.

    .venv/bin/python benchmarks/bench_dask.py [--articles 1000] [--workers 2] [--to nb]

The corpus is `--articles` variants of the seed article (sources/): in each, every number is
shifted by the variant's own amount, one sentence in three is dropped or moved within its
paragraph (a seeded shuffle), and the title carries the variant's number, so articles differ
in length, findings and sentences, and few sentences repeat across articles.

Both runs go through the library's batch engine (pipeline.batch.run_batch), each into a fresh
output folder and translation memory: (a) the local executor, in this process; (b) Dask on a
LocalCluster of `--workers` processes (one thread each) started here, the way
`run --executor dask --workers N` starts it; its start-up is timed apart. Reported: wall time,
CPU time (user + system of every process of the run, Apertium's subprocesses included), the
speed-up, articles per CPU-second, and the peak RSS of the local process and of each worker.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"


def variant(text: str, number: int) -> str:
    """The seed with its numbers shifted and its sentences dropped or moved (seeded)."""
    chosen = random.Random(number)
    lines = text.split("\n")
    lines[0] = f"{lines[0].rstrip('?')} ({number})?"
    body = []
    for line in lines[1:]:
        if len(line) > 80:  # a paragraph: shuffle a third of its sentences, drop some
            sentences = re.split(r"(?<=[.!?])\s+", line)
            kept = [s for s in sentences if len(sentences) < 3 or chosen.random() > 0.15]
            if len(kept) > 2:
                i, j = chosen.randrange(len(kept)), chosen.randrange(len(kept))
                kept[i], kept[j] = kept[j], kept[i]
            line = " ".join(kept)
        body.append(re.sub(r"\d+", lambda m: str(int(m[0]) + number % 97), line))
    return "\n".join([lines[0], *body])


def build(folder: Path, articles: int) -> int:
    seed = SEED.read_text(encoding="utf-8")
    words = 0
    for number in range(1, articles + 1):
        text = variant(seed, number)
        (folder / f"artikel-{number:04d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def worker_usage() -> tuple[float, int]:
    """A worker's CPU seconds (its Apertium children included) and peak RSS in KiB."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return cpu, own.ru_maxrss


class Quiet:
    """RunEvents that only count errors."""

    errors = 0

    def started(self, articles: int, executor: Any) -> None:
        pass

    def advanced(self, name: str, count: int) -> None:
        pass

    def segments(self, language: str, count: int) -> None:
        pass

    def error(self, message: str) -> None:
        self.errors += 1
        print(f"  error: {message}", file=sys.stderr)


def settings(targets: list[str], out: Path) -> Any:
    from pipeline.batch.task import RunSettings
    from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS
    from pipeline.checks.selection import enabled_codes
    from pipeline.core.config import load_config
    from pipeline.glossary.csv_loader import load_glossary
    from pipeline.workflow import TranslationSetup

    config = load_config(ROOT)
    config.check_codes([*CHECKS, *BILINGUAL_CHECKS])
    return RunSettings(
        glossary=load_glossary(ROOT / "glossary.csv"),
        language="da",
        config=config,
        codes=enabled_codes(config, (), ()),
        translation=TranslationSetup(targets, memory_path=out / ".cache" / "tm.sqlite"),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--to", default="nb")
    args = parser.parse_args()

    from pipeline.batch.runner import BatchOptions, run_batch

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}")  # fmt: skip
    work = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        words = build(corpus, args.articles)
        print(f"input: {args.articles} variants of {SEED.name}, {words:,} words; --to {args.to}")
        targets = args.to.split(",")

        out = work / "local"
        cpu, wall = cpu_seconds(), time.perf_counter()
        events = Quiet()
        report = run_batch([corpus], settings(targets, out), out, events, BatchOptions())
        local_wall, local_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
        local_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"local: {len(report.results)} articles, {events.errors} errors, "
              f"{local_wall:.1f} s wall, {local_cpu:.1f} s CPU, peak RSS "
              f"{local_rss / 1024:.0f} MiB, {len(report.results) / local_cpu:.2f} articles per "
              "CPU-second")  # fmt: skip

        import dask
        from distributed import Client, LocalCluster

        started = time.perf_counter()
        with (
            dask.config.set({"distributed.scheduler.allowed-failures": 2}),
            LocalCluster(
                n_workers=args.workers, threads_per_worker=1, processes=True,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):  # fmt: skip
            client.wait_for_workers(args.workers)
            startup = time.perf_counter() - started
            before = client.run(worker_usage)
            out = work / "dask"
            cpu, wall = cpu_seconds(), time.perf_counter()
            events = Quiet()
            options = BatchOptions(executor="dask", scheduler=cluster.scheduler_address)
            report = run_batch([corpus], settings(targets, out), out, events, options)
            dask_wall, client_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
            after = client.run(worker_usage)
        worker_cpu = sum(after[w][0] - before[w][0] for w in after)
        peaks = ", ".join(f"{after[w][1] / 1024:.0f}" for w in sorted(after))
        total = client_cpu + worker_cpu
        print(f"dask --workers {args.workers}: {len(report.results)} articles, {events.errors} "
              f"errors, {dask_wall:.1f} s wall (+{startup:.1f} s cluster start-up), {total:.1f} s "
              f"CPU (client {client_cpu:.1f}, workers {worker_cpu:.1f}), peak RSS per worker "
              f"{peaks} MiB, {len(report.results) / total:.2f} articles per "
              "CPU-second")  # fmt: skip
        print(f"speed-up: {local_wall / dask_wall:.2f}× wall; CPU {total / local_cpu:.2f}× local's")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
