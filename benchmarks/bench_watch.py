"""Benchmark of an editor's save-and-check loop: `check --watch` beside a new `check` per save.

    .venv/bin/python benchmarks/bench_watch.py [--saves 10]

The seed article is copied to a temporary folder and `content-pipeline check FILE --watch
--no-cache` started on it. Each save writes the article with one more word (a different
symptom each time, so that every save asks the dictionaries and analysers something new),
and the time from the write to the next "watching for changes" line (the report printed) is
the wall time a user waits; the CPU time is the watching process's, read from /proc. Beside
it, a new `check FILE --no-cache` process of the same edited article, as a save hook or a
shell loop would run it, with its CPU time (the process and those it waited for: wait4,
bench_pofilter.run). Medians of `--saves`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_check import CLI, SEED, print_machine
from bench_pofilter import run

WORDS = ["hovedpine", "feber", "kvalme", "svimmelhed", "træthed", "smerter", "hoste", "udslæt"]
WORDS += ["angst", "søvnløshed", "kløe", "hævelse", "stivhed", "prikken", "kramper", "uro"]


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of process `pid` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=10)
    args = parser.parse_args()
    if not Path("/proc/self/stat").exists():
        sys.exit("bench: needs Linux's /proc for the watching process's CPU time")
    print_machine()
    seed = SEED.read_text(encoding="utf-8")
    title = seed.splitlines()[0]
    with tempfile.TemporaryDirectory(prefix="bench-watch-") as tmp:
        article = Path(tmp) / "artikel.txt"
        article.write_text(seed, encoding="utf-8")
        command = [str(CLI), "check", str(article), "--no-cache"]
        watcher = subprocess.Popen(
            [*command, "--watch"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        assert watcher.stderr is not None

        def report_printed() -> None:
            for line in watcher.stderr:  # type: ignore[union-attr]
                if line.startswith("watching for changes"):
                    return
            sys.exit("bench: check --watch ended")

        report_printed()
        waits, cpus, fresh = [], [], []
        for number in range(args.saves):
            word = WORDS[number % len(WORDS)]
            text = seed.replace(title, f"{title} og {word}", 1)
            time.sleep(0.5)  # a pause between saves, as an editor's
            before, start = process_cpu(watcher.pid), time.perf_counter()
            article.write_text(text, encoding="utf-8")
            report_printed()
            waits.append(time.perf_counter() - start)
            cpus.append(process_cpu(watcher.pid) - before)
            # bench_pofilter.run waits for its own process only (bench_check.run_once waits
            # for every child, the watching process too)
            once = run(command)
            if once.returncode not in (0, 1):
                sys.exit(f"bench: {' '.join(command)} failed:\n{once.stderr}")
            fresh.append(once)
        watcher.terminate()
        watcher.wait()
    print(f"input:   {SEED.name} ({len(seed.split())} words), {args.saves} saves of one word more")
    print(f"\n{'':44} {'wall':>8} {'CPU':>8}   (medians)")
    print(
        f"{'check --watch: a save, to its report':44} {statistics.median(waits):6.3f} s "
        f"{statistics.median(cpus):6.3f} s"
    )
    print(
        f"{'a new check --no-cache process per save':44} "
        f"{statistics.median(t.wall for t in fresh):6.3f} s "
        f"{statistics.median(t.cpu for t in fresh):6.3f} s"
    )
    print("(the watching process's CPU is counted in clock ticks of /proc: 0.01 s)")


if __name__ == "__main__":
    main()
