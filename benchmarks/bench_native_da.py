"""Precision of `content-pipeline check` on clean native Danish health pages nobody tuned on.

    .venv/bin/python benchmarks/bench_native_da.py [--pages DIR] [--verdicts FILE] [--show]
        [--select CODES]

The pages (`/work/corpus/native2/<id>.txt`, addresses in benchmarks/mt_corpus/native2/INDEX.md,
not in git) are Danish health texts by Danish professionals, collected after the development
corpus of bench_mt_corpus.py so that the checks' precision is measured on text they were not
written for. All pages are checked in one `check --format json --no-cache --lang da` run.
Printed: words, findings, true and false findings per 1,000 words per code, from our reading of
every finding (benchmarks/mt_corpus/native2/verdicts.yml, same format as bench_nordic.py's:
`real: true` for an error a Danish editor would fix, `false` for a false alarm), how many of the
false alarms are of severity info (a hint, such as a Latin spelling's Danish form), and any
finding not judged yet (read it, then add its verdict). Without the pages it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = Path("/work/corpus/native2")
DEFAULT_VERDICTS = ROOT / "benchmarks" / "mt_corpus" / "native2" / "verdicts.yml"
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_mt_corpus import count_words  # noqa: E402
from bench_nordic import (  # noqa: E402
    CLI,
    Hit,
    judge_and_summarise,
    load_verdicts,
    per_thousand,
    print_codes_and_findings,
)


def run_check(files: Sequence[Path], select: str | None) -> tuple[list[Hit], set[Hit]]:
    """The findings of one `check --lang da` run, and those of severity info among them."""
    command = [str(CLI), "check", "--format", "json", "--no-cache", "--lang", "da"]
    command += ["--select", select] if select else []
    done = subprocess.run(
        command + [str(f) for f in files], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if done.returncode not in (0, 1):
        sys.exit(f"bench_native_da: check exited {done.returncode}:\n{done.stderr}")
    hits, info = [], set()
    for f in json.loads(done.stdout)["findings"]:
        hit = Hit(Path(f["path"]).stem, f["code"], f["line"], f["match"], f["message"])
        hits.append(hit)
        if f["severity"] == "info":
            info.add(hit)
    return hits, info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--verdicts", type=Path, default=DEFAULT_VERDICTS)
    parser.add_argument("--select", help="only these checks (codes or prefixes, as check)")
    parser.add_argument("--show", action="store_true", help="list every finding with its verdict")
    args = parser.parse_args(argv)
    pages = sorted(args.pages.glob("*.txt")) if args.pages.is_dir() else []
    if not pages:
        print(f"bench_native_da: no pages at {args.pages} (see INDEX.md); skipped")
        return 0
    verdicts = load_verdicts(args.verdicts)
    words = sum(count_words(p.read_text(encoding="utf-8")) for p in pages)
    hits, info = run_check(pages, args.select)
    judged = judge_and_summarise("da", len(pages), words, hits, verdicts)
    false = judged[False]
    warned = [h for h in false if h not in info]
    print(
        f"  false alarms of severity warning or error: {len(warned)} "
        f"({per_thousand(len(warned), words)}/1,000); of severity info: {len(false) - len(warned)}"
    )
    print_codes_and_findings(hits, false, verdicts, hits if args.show else judged[None])
    return 0


if __name__ == "__main__":
    sys.exit(main())
