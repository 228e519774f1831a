"""Precision figures of `content-pipeline check` on the evaluation folder of real catalogs.

    .venv/bin/python benchmarks/catalogs/evaluate.py [FOLDER] [--samples N] [--seed S]
        [--out FILE] [--bin DIR]

FOLDER (default /work/catalogs) is built by fetch_catalogs.sh. Runs every default check
once (`check --format json --no-cache`), then prints the translated units, the units flagged
(a unit is one PO entry form, counted by file and line; the per-file "not translated yet"
information is left out), the findings per code and severity, and writes N findings per code
drawn at random (seeded, so a rerun draws the same) with their source and target to FILE
(default samples.txt beside FOLDER) for reading one by one.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("/work/catalogs"))
    parser.add_argument("--samples", type=int, default=25)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--bin", type=Path, default=Path(sys.executable).parent)
    parser.add_argument("--select", default="")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from pipeline.core.models import UnitState
    from pipeline.ingest.bilingual import read_units

    files = sorted(args.folder.rglob("*.po"))
    units = {}
    for path in files:
        for unit in read_units(path):
            if unit.state is UnitState.TRANSLATED:
                units[(str(path), unit.line, unit.id)] = unit
    by_line = defaultdict(list)
    for (path, line, _id), unit in units.items():
        by_line[(path, line)].append(unit)
    command = [str(args.bin / "content-pipeline"), "check", str(args.folder), "--format", "json"]
    command += ["--no-cache"] + (["--select", args.select] if args.select else [])
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(done.stderr[-2000:])
    findings = json.loads(done.stdout)["findings"]
    judged = [f for f in findings if not (f["code"] == "UNTR001" and f["severity"] == "info")]
    flagged = {(f["path"], f["line"], f["segment_id"]) for f in judged}
    codes = Counter(f["code"] for f in judged)
    severities = Counter(f["severity"] for f in judged)
    danish = [k for k in units if "/da/" in k[0]]
    flagged_da = {k for k in flagged if "/da/" in k[0]}
    print(f"catalogs {len(files)}; translated units {len(units)} (Danish {len(danish)})")
    print(f"check: {wall:.1f} s wall")
    share = 100 * len(flagged) / max(len(units), 1)
    print(
        f"units flagged {len(flagged)} = {share:.2f} %; Danish {len(flagged_da)} = "
        f"{100 * len(flagged_da) / max(len(danish), 1):.2f} %"
    )
    serious = {(f["path"], f["line"], f["segment_id"]) for f in judged if f["severity"] != "info"}
    print(
        f"units with a warning or error {len(serious)} = "
        f"{100 * len(serious) / max(len(units), 1):.2f} %"
    )
    print(f"findings {len(judged)}: {dict(severities)}")
    for code, n in codes.most_common():
        by_sev = Counter(f["severity"] for f in judged if f["code"] == code)
        print(f"  {code:9} {n:6d}  {dict(by_sev)}")
    out = args.out or args.folder.parent / "samples.txt"
    rng = random.Random(args.seed)
    with out.open("w", encoding="utf-8") as handle:
        for code, _n in codes.most_common():
            mine = [f for f in judged if f["code"] == code]
            for f in rng.sample(mine, min(args.samples, len(mine))):
                unit = next(
                    (u for u in by_line.get((f["path"], f["line"]), []) if u.id == f["segment_id"]),
                    None,
                )
                handle.write(f"== {code} {f['severity']} {f['path']}:{f['line']}\n")
                handle.write(f"   {f['message']}\n")
                if unit is not None:
                    handle.write(f"   S: {unit.source!r}\n   T: {unit.target!r}\n")
    print(f"samples: {out}")


if __name__ == "__main__":
    main()
