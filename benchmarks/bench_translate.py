"""Benchmark of translation: raw Apertium versus the whole `translate` stage, first run and rerun.

    .venv/bin/python benchmarks/bench_translate.py [--articles 100] [--to nb]

The corpus is `--articles` variants of the seed article: each article has its own number in
the title and in every sentence ("… (kilde 17.3)"), so no sentence repeats across articles and
the first run really translates every segment (the memory cannot help within the run).

(a) raw Apertium: the corpus's text in ONE `apertium dan-<target>` process per language, the
    floor for any wrapper; (b) `content-pipeline translate corpus/ --to <target>` with an empty
    memory: ingest, source checks, glossary protection, Apertium, bilingual checks, content JSON
    and XLIFF per article; (c) the same command again: every segment from the memory.
Words are counted in the source articles (whitespace-separated).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_check import CLI, SEED, print_machine, run_once

MODES = {"nb": "dan-nob", "nn": "dan-nno", "sv": "dan-swe"}


def variant(text: str, number: int) -> str:
    """The seed article with `number` in its title and a source tag in every sentence."""
    lines = text.split("\n")
    lines[0] = lines[0].replace("?", f" (artikel {number})?")
    counter = 0

    def tag(match: re.Match[str]) -> str:
        nonlocal counter
        counter += 1
        return f" (kilde {number}.{counter}){match.group(1)}"

    body = [re.sub(r"([.?!])(?=\s|$)", tag, line) if len(line) > 80 else line for line in lines[1:]]
    last = len(body) - 1
    if body[last].strip() == text.split("\n")[0].strip():
        body[last] = lines[0]  # the repeated title stays a repeat of this article's title
    return "\n".join([lines[0], *body])


def build(folder: Path, articles: int) -> int:
    seed = SEED.read_text(encoding="utf-8")
    words = 0
    for number in range(1, articles + 1):
        text = variant(seed, number)
        (folder / f"artikel-{number:03d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def raw_apertium(folder: Path, mode: str) -> float:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    start = time.perf_counter()
    subprocess.run(["apertium", mode], input=text, capture_output=True, text=True, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--to", default="nb", choices=sorted(MODES))
    args = parser.parse_args()
    if shutil.which("apertium") is None:
        sys.exit("bench: apertium is not installed (run make setup)")
    print_machine()
    with tempfile.TemporaryDirectory(prefix="cp-bench-translate-") as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        words = build(corpus, args.articles)
        print(
            f"input:   {args.articles} variants of {SEED.name}, {words:,} words, "
            f"da→{args.to} (Apertium mode {MODES[args.to]})\n"
        )
        raw = raw_apertium(corpus, MODES[args.to])
        command = [str(CLI), "translate", str(corpus), "--to", args.to, "--out", str(out)]
        first = run_once(command)
        rerun = run_once(command)
        rows = [
            ("(a) raw apertium, one process", raw),
            ("(b) translate, empty memory", first.wall),
            ("(c) translate, rerun (memory)", rerun.wall),
        ]
        for label, seconds in rows:
            print(f"{label:34} {seconds:7.2f} s  {words / seconds:10,.0f} words/s")
        print(
            f"\nratio (b)/(a): {first.wall / raw:.1f}× the time of raw Apertium; "
            f"(c)/(a): {rerun.wall / raw:.1f}×"
        )
        print(f"max RSS: (b) {first.max_rss_mib:.0f} MiB, (c) {rerun.max_rss_mib:.0f} MiB")


if __name__ == "__main__":
    main()
