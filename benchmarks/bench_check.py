"""Benchmark of `content-pipeline check` as a user runs it: a fresh process per run, wall time.

    .venv/bin/python benchmarks/bench_check.py [--repeats 7] [--words 1000000]

(a) the seed article with --no-cache (cold) beside `check --help` and a bare interpreter,
`--repeats` runs each, medians, and the seed as a text no process has checked (without the
spelling and analysis answers kept per text: it loads the dictionaries and starts Apertium);
then the same article from the findings cache (warm);
(b) start-up: the first run of `check --help` and of the seed article, and the floor of a
cold check (importing the CLI, the models and the checks; the Danish and English hunspell
dictionaries; the sentence segmenter; the Apertium analysis chain); (c) a ~1,000,000-word
corpus, --no-cache, words per second. CPU time (user + system) and peak RSS beside each.

Two CPU figures: the `check` process with the processes it waits for (what /usr/bin/time
reports), and its whole process tree, which adds the Apertium analysis chain whose stages
`check` does not wait for (they end when their input closes): this script adopts them as a
Linux child subreaper and counts them too.

The package's modules are compiled first (`compileall`), as `pip install` leaves them: a
shell with PYTHONDONTWRITEBYTECODE, as on the project's machine, would otherwise compile
every module again in every process (about 0.25 s of CPU for a check).

The corpus is shaped like a real batch of web articles: the seed article (a ~450-word health
article) written as many separate files, each numbered in its title ("… (artikel 17)"), 100
files to a folder. Exit status 1 of `check` (findings at or above --fail-on) counts as success.
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
CLI = ROOT / ".venv" / "bin" / "content-pipeline"
FILES_PER_FOLDER = 100
# What is kept per text under ~/.cache/content-pipeline: hunspell's spell and stem answers
# and Apertium's analyses (a text checked before loads no dictionary and starts no chain).
TEXT_KEPT = frozenset({"spelling", "analysis"})
# (c) again with fewer checks: reading and segmenting alone (ENC001 only looks at the file's
# encoding, which ingest found), then the glossary's terms (the TERM checks) on top of it.
PARTS = (
    ("ingest: read, decode, segment (--select ENC001)", "ENC001"),
    ("glossary terms (--select TERM)", "TERM"),
)


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child and the processes it waited for
    tree_cpu: float  # the same plus the orphans it left (the Apertium chain's stages)
    max_rss_mib: float
    last_line: str  # the last line `check` printed (its summary)


def adopt_orphans() -> bool:
    """Become the child subreaper (Linux), so that processes our children leave behind are
    reparented to this script and their CPU time can be counted; False where that fails."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(36, 1, 0, 0, 0) == 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def run_once(command: list[str], env: dict[str, str] | None = None) -> Timing:
    """Run `command` once; its own rusage comes from wait4, not the sum of all children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, cwd=ROOT, env=env)
        stderr = process.stderr.read().decode() if process.stderr else ""
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.stderr:
            process.stderr.close()
        if process.returncode not in (0, 1):
            sys.exit(f"bench: {' '.join(command)} exited {process.returncode}:\n{stderr}")
        out.seek(0)
        lines = out.read().decode("utf-8", "replace").strip().splitlines()
    while True:  # the adopted orphans, once they have ended (their input is closed)
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return Timing(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        tree_cpu=(after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
        max_rss_mib=usage.ru_maxrss / 1024,  # KiB on Linux
        last_line=lines[-1] if lines else "",
    )


def median_of(command: list[str], repeats: int) -> tuple[float, list[Timing]]:
    timings = [run_once(command) for _ in range(repeats)]
    return statistics.median(t.wall for t in timings), timings


def user_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def never_checked(command: list[str], repeats: int) -> list[Timing]:
    """`command` as for a text no process has checked: each run gets a cache folder of its
    own with everything the machine keeps (the wordfreq index, compiled patterns, glossaries
    and YAML data, hunspell's suggestions) but the answers kept per text (`TEXT_KEPT`)."""
    timings = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="bench-xdg-") as home:
            ours = user_cache() / "content-pipeline"
            mine = Path(home) / "content-pipeline"
            mine.mkdir()
            for kept in ours.iterdir() if ours.is_dir() else []:
                if kept.name not in TEXT_KEPT:
                    (mine / kept.name).symlink_to(kept)
            timings.append(run_once(command, env={**os.environ, "XDG_CACHE_HOME": home}))
    return timings


def spread(timings: list[Timing]) -> str:
    walls = [t.wall for t in timings]
    runs = "run" if len(walls) == 1 else "runs"
    return f"min {min(walls):.3f} s, max {max(walls):.3f} s, {len(walls)} {runs}"


def cpu_and_rss(timings: list[Timing]) -> str:
    cpu = statistics.median(t.cpu for t in timings)
    return f"CPU {cpu:.3f} s median, peak RSS {max(t.max_rss_mib for t in timings):.0f} MiB"


def side_by_side(rows: list[tuple[str, list[Timing]]]) -> None:
    """One line per command: median wall, CPU, CPU of the whole tree, peak RSS."""
    print(f"    {'':34} {'wall':>8} {'CPU':>8} {'tree CPU':>9} {'peak RSS':>9}")
    for name, runs in rows:
        wall = statistics.median(t.wall for t in runs)
        cpu = statistics.median(t.cpu for t in runs)
        tree = statistics.median(t.tree_cpu for t in runs)
        rss = max(t.max_rss_mib for t in runs)
        print(f"    {name:34} {wall:7.3f}s {cpu:7.3f}s {tree:8.3f}s {rss:6.0f} MiB")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def print_machine() -> None:
    version = subprocess.run(
        [str(CLI), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    print(f"machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu_model()}")
    print(f"         {platform.system()} {platform.release()}, Python {platform.python_version()}")
    print(f"tool:    {version} ({CLI})")
    # Other work on the machine skews every figure; the load average makes that visible.
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    print(f"load:    {' '.join(load) or 'unknown'} (1, 5, 15 min) at start")


def words_in(text: str) -> int:
    """Whitespace-separated words of the raw file (boilerplate lines included)."""
    return len(text.split())


def build_corpus(folder: Path, target_words: int) -> tuple[int, int, int]:
    """Write numbered copies of the seed article until `target_words`; (files, words, bytes)."""
    seed = SEED.read_text(encoding="utf-8")
    title = seed.splitlines()[0]
    per_file = words_in(seed) + 2  # the title number adds two words
    count = math.ceil(target_words / per_file)
    words = size = 0
    for number in range(1, count + 1):
        # The repeated title at the end of the seed is numbered too, as a CMS export would be.
        text = seed.replace(title, f"{title} (artikel {number})")
        batch = folder / f"batch-{(number - 1) // FILES_PER_FOLDER + 1:03d}"
        batch.mkdir(exist_ok=True)
        path = batch / f"muskeltraekninger-{number:05d}-da.txt"
        path.write_text(text, encoding="utf-8")
        words += words_in(text)
        size += len(text.encode("utf-8"))
    return count, words, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=7, help="runs of (a) and (b)")
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size for (c)")
    parser.add_argument("--corpus-repeats", type=int, default=1, help="runs of (c)")
    args = parser.parse_args()
    if not CLI.exists():
        sys.exit(f"bench: {CLI} not found; run `make setup` first")

    # as `pip install` leaves the package: byte-compiled (quiet=1 prints only errors)
    compileall.compile_dir(ROOT / "pipeline", quiet=1)
    adopted = adopt_orphans()
    print_machine()
    seed_text = SEED.read_text(encoding="utf-8")
    seed_words = words_in(seed_text)
    seed_rel = SEED.relative_to(ROOT)
    print(f"input:   {seed_rel} ({SEED.stat().st_size:,} bytes, {seed_words} words)")
    print()

    check_seed = [str(CLI), "check", str(seed_rel), "--no-cache"]
    check_help = [str(CLI), "check", "--help"]
    bare_python = [sys.executable, "-c", "pass"]
    python = str(ROOT / ".venv" / "bin" / "python")
    # the parts of a cold check that no article changes, each in a process of its own; the
    # imports with the compilations kept per machine, as the console script starts them
    imports = [
        python,
        "-c",
        "from pipeline.core.compiled_patterns import keep_module_patterns\n"
        "from pipeline.core.kept_dataclass_code import keep_dataclass_code\n"
        "keep_module_patterns(); keep_dataclass_code()\n"
        "import pipeline.cli.check, pipeline.checks.registry as r; r.load_checks()",
    ]
    hunspell = [  # the dictionaries themselves, which a text checked before does not load
        python,
        "-c",
        "from pipeline.checks.speller import _load, dictionary_path\n"
        "for lang in ('da', 'en'): _load(dictionary_path(lang))[0].spell('og')",
    ]
    segmenter = [
        python,
        "-c",
        "from pipeline.ingest.segmenter import sentence_spans; sentence_spans('Ja. Nej.', 'da')",
    ]
    apertium = [  # the chains started and asked, nothing answered from the kept analyses
        python,
        "-c",
        "from pipeline.ingest import analysis_cache, morphology\n"
        "analysis_cache.store = lambda: None\n"
        "morphology.analyse('Ja.', 'da')",
    ]

    # (b) first: these are the first runs of the commands in this benchmark. The OS file cache
    # is not dropped (that needs root and disturbs the machine), so "cold" means a new process
    # with nothing warmed by this script, not a cold disk.
    cold_help = run_once(check_help)
    cold_seed = run_once(check_seed)

    seed_median, seed_runs = median_of(check_seed, args.repeats)
    new_runs = never_checked(check_seed, args.repeats)
    help_median, help_runs = median_of(check_help, args.repeats)
    _, bare_runs = median_of(bare_python, args.repeats)
    print(f"(a) cold: check {seed_rel} --no-cache beside check --help, medians of {args.repeats}")
    side_by_side(
        [
            ("check <seed> --no-cache", seed_runs),
            ("  the same, as a text never checked", new_runs),
            ("check --help", help_runs),
            ("python -c pass", bare_runs),
        ]
    )
    if not adopted:
        print("    (tree CPU: this system cannot adopt orphans; the Apertium chain is missing)")
    print(f"    {seed_runs[0].last_line}")
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
        warm_command = [str(CLI), "check", str(seed_rel), "--cache-dir", cache]
        run_once(warm_command)  # fills the findings cache
        warm_median, warm_runs = median_of(warm_command, args.repeats)
    print(f"    warm, from the findings cache: median {warm_median:.3f} s ({spread(warm_runs)})")
    print(f"    {cpu_and_rss(warm_runs)}")
    print()

    # each part ends as the CLI does, without tearing the interpreter down (freeing the
    # dictionaries alone costs as much as loading them)
    floor = [
        (name, [*command[:-1], command[-1] + "\nimport os; os._exit(0)"])
        for name, command in [
            ("CLI, models and checks imported", imports),
            ("hunspell da_DK + en_US loaded", hunspell),
            ("sentence segmenter ready (da)", segmenter),
            ("Apertium chain, one analysis", apertium),
        ]
    ]
    floor_runs = [(name, median_of(command, args.repeats)[1]) for name, command in floor]
    print("(b) start-up: first run in this benchmark / warm median")
    print(f"    check --help:   {cold_help.wall:.3f} s / {help_median:.3f} s ({spread(help_runs)})")
    print(f"    check seed:     {cold_seed.wall:.3f} s / {seed_median:.3f} s ({spread(seed_runs)})")
    print("    the floor of a cold check, each part in a process of its own (with the bare")
    print("    interpreter and the imports it needs; the parts overlap):")
    side_by_side(floor_runs)
    print()

    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        corpus = Path(tmp)
        files, words, size = build_corpus(corpus, args.words)
        folders = math.ceil(files / FILES_PER_FOLDER)
        print(
            f"(c) corpus: {files:,} article files ({words:,} words, {size / 1_048_576:.1f} MiB) "
            f"in {folders} folder(s) of up to {FILES_PER_FOLDER}: the seed article, numbered in "
            "its title"
        )
        check_corpus = [str(CLI), "check", str(corpus), "--no-cache"]
        corpus_median, corpus_runs = median_of(check_corpus, args.corpus_repeats)
        print(f"    check <corpus>: median {corpus_median:.1f} s ({spread(corpus_runs)})")
        print(f"    {words / corpus_median:,.0f} words/s, {files / corpus_median:.1f} files/s")
        # Without the fixed cost of one process and its first article (run (a)):
        marginal = (words - seed_words) / max(corpus_median - seed_median, 1e-9)
        print(f"    {marginal:,.0f} words/s beyond the first article")
        print(
            f"    CPU {corpus_runs[-1].cpu:.1f} s (one process), "
            f"max RSS {max(t.max_rss_mib for t in corpus_runs):.0f} MiB"
        )
        # What the throughput is made of: the same folder with fewer checks, so that a user
        # sees the cost of reading articles and of the glossary's terms beside every check's.
        print("    the same by what runs (words/s, wall; CPU of the process and its workers):")
        for label, codes in PARTS:
            part_median, part_runs = median_of([*check_corpus, "--select", codes], 1)
            print(
                f"      {label:<50} {words / part_median:>9,.0f} words/s  "
                f"{part_median:6.1f} s  CPU {part_runs[-1].cpu:6.1f} s"
            )
        print(
            f"      {'every check (the default)':<50} {words / corpus_median:>9,.0f} words/s  "
            f"{corpus_median:6.1f} s  CPU {corpus_runs[-1].cpu:6.1f} s"
        )
        warm_corpus = [str(CLI), "check", str(corpus), "--cache-dir", str(corpus / ".cache")]
        run_once(warm_corpus)  # fills the findings cache
        warm_median, warm_runs = median_of(warm_corpus, args.corpus_repeats)
        print(
            f"    from the findings cache: median {warm_median:.1f} s, "
            f"{words / warm_median:,.0f} words/s, CPU {warm_runs[-1].cpu:.1f} s, "
            f"max RSS {max(t.max_rss_mib for t in warm_runs):.0f} MiB"
        )
        print(f"    {corpus_runs[-1].last_line}")


if __name__ == "__main__":
    main()
