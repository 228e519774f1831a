"""What a large glossary costs: loading it, and `check` with it beside the project glossary.

    .venv/bin/python benchmarks/bench_glossary.py [--terms 100000] [--million] [--pages N]

(a) load: a fresh process loads the glossary, builds the Danish term index and finds the
terms of the seed article (pipeline.glossary); CPU time (user + system) and peak RSS, for the
project glossary (383 terms), a generated one of `--terms` rows and, with --million, one of
1,000,000 rows (benchmarks/generate_glossary.py: Danish compounds with their variants, and
Norwegian, Swedish and English terms). (b) `check --no-cache` of the seed article and the
first `--pages` pages of the shared corpus (/work/corpus/pages, when present) with the
project glossary and with the generated one: CPU, peak RSS and the ratio, which issue #14
bounds at 1.10; the findings of the project glossary's terms are the same in both runs
(the generated glossary begins with the project glossary's rows). (c) `glossary check` of
each generated glossary: the validation of every row and the checks across rows.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate_glossary import write_glossary  # noqa: E402
from pipeline.core.content_identity import SETTLED  # noqa: E402

SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
PAGES = Path("/work/corpus/pages")
CLI = ROOT / ".venv" / "bin" / "content-pipeline"
PYTHON = ROOT / ".venv" / "bin" / "python"
LOAD = """
import sys
from pathlib import Path
from pipeline.glossary import load_glossary
from pipeline.glossary.matcher import matcher_for
glossary = load_glossary(Path(sys.argv[1]))
text = Path(sys.argv[2]).read_text(encoding="utf-8")
found = list(matcher_for(glossary, "da").find(text))
known = sum(glossary.knows_word(word, "da") for word in text.split())
print(len(glossary), len(found), known)
"""


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    rss_mib: float
    output: str


def run(command: list[str]) -> Run:
    """One fresh process; its own CPU time and peak RSS from wait4."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        stderr = process.stderr.read().decode() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
        if code not in (0, 1):
            sys.exit(f"bench: {' '.join(command)} exited {code}:\n{stderr}")
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def best_of(command: list[str], repeats: int) -> Run:
    """The run with the least CPU time: the machine is shared, and others only add."""
    return min((run(command) for _ in range(repeats)), key=lambda r: r.cpu)


def describe(label: str, result: Run) -> str:
    return (
        f"    {label:<34} CPU {result.cpu:6.2f} s, wall {result.wall:6.2f} s, "
        f"peak RSS {result.rss_mib:5.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--million", action="store_true", help="also a 1,000,000-row glossary")
    parser.add_argument("--pages", type=int, default=5, help="corpus pages checked with the seed")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not CLI.exists():
        sys.exit(f"bench: {CLI} not found; run `make setup` first")
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load {load:.1f} at start; best of {args.repeats} runs")
    project = ROOT / "glossary.csv"
    with tempfile.TemporaryDirectory(prefix="bench-glossary-") as tmp:
        sizes = [args.terms] + ([1_000_000] if args.million else [])
        generated = {n: write_glossary(Path(tmp) / f"glossary-{n}.csv", n) for n in sizes}
        # a user's glossary was not written a moment ago: a file changed in the last
        # SETTLED seconds is read and hashed in every process (pipeline.core.content_identity)
        time.sleep(SETTLED)
        print("(a) load the glossary, index its Danish terms, find them in the seed article")
        base = best_of([str(PYTHON), "-c", LOAD, str(project), str(SEED)], args.repeats)
        print(describe(f"project glossary ({base.output.split()[0]} terms)", base))
        for n, path in generated.items():
            size = path.stat().st_size / 1_048_576
            result = best_of([str(PYTHON), "-c", LOAD, str(path), str(SEED)], args.repeats)
            print(describe(f"generated, {n:,} terms ({size:.0f} MiB)", result))
        pages = sorted(PAGES.glob("*.txt"))[: args.pages] if PAGES.is_dir() else []
        inputs = [str(SEED.relative_to(ROOT)), *map(str, pages)]
        print(f"(b) check --no-cache of the seed article and {len(pages)} corpus page(s)")
        check = [str(CLI), "check", *inputs, "--no-cache", "-j", "1", "--glossary"]
        small = best_of([*check, str(project)], args.repeats)
        large = best_of([*check, str(generated[args.terms])], args.repeats)
        print(describe("project glossary", small))
        print(describe(f"generated, {args.terms:,} terms", large))
        print(f"    ratio (CPU): {large.cpu / small.cpu:.2f} (issue #14: at most 1.10)")
        print("(c) glossary check (every row's fields, then the checks across rows)")
        for n, path in generated.items():
            result = best_of([str(CLI), "glossary", "check", str(path)], args.repeats)
            print(describe(f"generated, {n:,} terms", result))


if __name__ == "__main__":
    main()
