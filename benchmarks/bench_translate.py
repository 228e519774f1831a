"""Benchmark of translation: raw Apertium versus the whole `translate` stage, first run and reruns.

    .venv/bin/python benchmarks/bench_translate.py [--articles 40] [--to nb]

The corpus is `--articles` variants of the seed article: each article has its own number in
the title and in every sentence ("… (kilde 17.3)"), so no sentence repeats across articles and
the first run really translates every segment (the memory cannot help within the run).

(a) raw Apertium: the corpus's text in ONE `apertium dan-<target>` process per language, the
    floor for any wrapper; (b) `content-pipeline translate corpus/ --to <target>` with an empty
    memory: ingest, source checks, glossary protection, Apertium, bilingual checks, content JSON
    and XLIFF per article; (c) the same command again over the unchanged corpus: every article
    skipped by its content hash; (d) again without the record of unchanged articles
    (<out>/.cache/articles.json deleted): every article processed, every segment from the
    memory; (e) the first run again into a new folder with every check ignored (`--ignore` of
    every code's letters): the cost of the checks, which (b) runs on the source and each
    target, beside that of the translation. Wall time, CPU time and peak RSS (the largest
    process) of each; words are counted in the source articles.

CPU time is user + system of the whole process tree: `translate` with Apertium's processes and
the long-lived analysis chains its checks keep (pipeline.ingest.apertium_stream), whose stages
`translate` does not wait for (they end when their input closes): this script adopts them as a
Linux child subreaper and counts them too. The `translate` process with only the processes it
waited for is printed beside it ("own CPU").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_check import CLI, SEED, Timing, adopt_orphans, print_machine, run_once

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


def code_prefixes() -> list[str]:
    """The letters of every check's code (`content-pipeline rules`), for `--ignore`: what
    `translate` costs without its checks, beside raw Apertium and with them."""
    listing = subprocess.run(
        [str(CLI), "rules", "--format", "json"], capture_output=True, text=True, check=True
    )
    return sorted({re.sub(r"\d+$", "", rule["code"]) for rule in json.loads(listing.stdout)})


def raw_apertium(folder: Path, mode: str) -> Timing:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    with tempfile.TemporaryFile() as source:
        source.write(text.encode("utf-8"))
        source.seek(0)
        start = time.perf_counter()
        process = subprocess.Popen(["apertium", mode], stdin=source, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: apertium {mode} failed")
    cpu = usage.ru_utime + usage.ru_stime
    return Timing(wall, cpu, cpu, usage.ru_maxrss / 1024, "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--to", default="nb", choices=sorted(MODES))
    args = parser.parse_args()
    if shutil.which("apertium") is None:
        sys.exit("bench: apertium is not installed (run make setup)")
    if not adopt_orphans():
        print("bench: cannot adopt orphaned processes here; CPU leaves out the analysis chains")
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
        (out / ".cache" / "articles.json").unlink()
        memory = run_once(command)
        bare_out = Path(tmp) / "bare"
        bare = run_once([*command[:-1], str(bare_out), "--ignore", ",".join(code_prefixes())])
        rows = [
            ("(a) raw apertium, one process", raw),
            ("(b) translate, empty memory", first),
            ("(c) translate, unchanged rerun", rerun),
            ("(d) translate, rerun from memory", memory),
            ("(e) translate, no check", bare),
        ]
        print(f"{'':34} {'wall':>9} {'CPU':>9} {'own CPU':>9} {'words/s':>10} {'peak RSS':>9}")
        for label, timing in rows:
            print(
                f"{label:34} {timing.wall:7.2f} s {timing.tree_cpu:7.2f} s {timing.cpu:7.2f} s "
                f"{words / timing.wall:10,.0f} {timing.max_rss_mib:5.0f} MiB"
            )
        print(
            f"\n(b)/(a): {first.wall / raw.wall:.2f}× the wall time of raw Apertium "
            f"({first.tree_cpu / raw.tree_cpu:.2f}× its CPU time); "
            f"(c)/(b): {rerun.tree_cpu / first.tree_cpu:.1%} of the first run's CPU "
            f"({rerun.wall / first.wall:.1%} of its wall time); "
            f"(d)/(a): {memory.wall / raw.wall:.2f}× wall, "
            f"{memory.tree_cpu / raw.tree_cpu:.2f}× CPU; "
            f"(e)/(a): {bare.wall / raw.wall:.2f}× wall, {bare.tree_cpu / raw.tree_cpu:.2f}× CPU "
            "(translation, glossary protection, content files and XLIFF without the checks)"
        )
        print(f"    {rerun.last_line}")


if __name__ == "__main__":
    main()
