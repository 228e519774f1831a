"""Precision of `content-pipeline check` on clean Norwegian (Bokmål, Nynorsk) and Swedish pages.

    .venv/bin/python benchmarks/bench_nordic.py [--pages DIR] [--verdicts FILE] [--show]
        [--select CODES] [--held-out IDS]

The pages are native health texts written by Norwegian and Swedish professionals (`nb01.txt`,
`nn02.txt`, `sv03.txt`: the file name's first two letters are the language). Each language's
pages are checked in one `check --format json --no-cache --lang <code>` run. Printed per
language: words, findings and findings per 1,000 words, per code; and, with the verdicts file
(benchmarks/nordic/verdicts.yml: our own reading of each finding, `real: true` for an error an
editor would fix, `real: false` for a false alarm), the false alarms per 1,000 words and any
finding not judged yet (read it, then add its verdict). A verdict names the page, the code and the
matched text; one verdict covers every finding with that page, code and text.

The pages are third-party text and not in git (benchmarks/nordic/INDEX.md says where they come
from); without them the benchmark says so and exits 0, as in CI.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / ".venv" / "bin" / "content-pipeline"
LANGUAGES = ("nb", "nn", "sv")
DEFAULT_PAGES = Path("/work/corpus/nordic")
DEFAULT_VERDICTS = ROOT / "benchmarks" / "nordic" / "verdicts.yml"
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_mt_corpus import count_words  # noqa: E402  (one word count for both benchmarks)


@dataclass(frozen=True)
class Hit:
    page: str
    code: str
    line: int
    match: str
    message: str


Verdicts = dict[tuple[str, str, str], bool]


def load_verdicts(path: Path) -> Verdicts:
    """(page, code, match) → True for a real error, False for a false alarm."""
    if not path.is_file():
        return {}
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {(e["page"], e["code"], str(e["match"])): bool(e["real"]) for e in entries}


def run_check(lang: str, files: Sequence[Path], select: str | None) -> list[Hit]:
    command = [str(CLI), "check", "--format", "json", "--no-cache", "--lang", lang]
    if select:
        command += ["--select", select]
    done = subprocess.run(
        command + [str(f) for f in files], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if done.returncode not in (0, 1):
        sys.exit(f"bench_nordic: check exited {done.returncode}:\n{done.stderr}")
    report = json.loads(done.stdout)
    return [
        Hit(Path(f["path"]).stem, f["code"], f["line"], f["match"], f["message"])
        for f in report["findings"]
    ]


def per_thousand(count: int, words: int) -> str:
    return f"{1000 * count / words:.1f}" if words else "-"


def judge_and_summarise(
    label: str, pages: int, words: int, hits: list[Hit], verdicts: Verdicts
) -> dict[bool | None, list[Hit]]:
    """The findings grouped by verdict (True real, False false, None not judged), after
    printing the one-line summary both native benchmarks give per language."""
    judged: dict[bool | None, list[Hit]] = defaultdict(list)
    for hit in hits:
        judged[verdicts.get((hit.page, hit.code, hit.match))].append(hit)
    false = judged[False]
    print(
        f"{label}: {pages} pages, {words:,} words; {len(hits)} findings "
        f"({per_thousand(len(hits), words)}/1,000), {len(judged[True])} true, "
        f"{len(false)} false ({per_thousand(len(false), words)}/1,000), "
        f"{len(judged[None])} not judged"
    )
    return judged


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--verdicts", type=Path, default=DEFAULT_VERDICTS)
    parser.add_argument("--select", help="only these checks (codes or prefixes, as check)")
    parser.add_argument(
        "--held-out",
        help="comma-separated page ids (nb09,sv07) read only after the rules were written: "
        "their false alarms per 1,000 words are also printed apart from the others'",
    )
    parser.add_argument("--show", action="store_true", help="list every finding with its verdict")
    args = parser.parse_args(argv)
    pages = {
        lang: sorted(args.pages.glob(f"{lang}[0-9]*.txt")) if args.pages.is_dir() else []
        for lang in LANGUAGES
    }
    if not any(pages.values()):
        print(f"bench_nordic: no pages at {args.pages} (see benchmarks/nordic/INDEX.md); skipped")
        return 0
    verdicts = load_verdicts(args.verdicts)
    held_out = set(args.held_out.split(",")) if args.held_out else set()
    for lang in LANGUAGES:
        if not pages[lang]:
            continue
        page_words = {p.stem: count_words(p.read_text(encoding="utf-8")) for p in pages[lang]}
        words = sum(page_words.values())
        hits = run_check(lang, pages[lang], args.select)
        judged = judge_and_summarise(lang, len(pages[lang]), words, hits, verdicts)
        false = judged[False]
        if held_out:
            for label, group in (("written from", False), ("held out", True)):
                ids = {page for page in page_words if (page in held_out) is group}
                group_words = sum(page_words[page] for page in ids)
                group_false = sum(hit.page in ids for hit in false)
                print(
                    f"  pages {label}: {len(ids)}, {group_words:,} words, {group_false} false "
                    f"({per_thousand(group_false, group_words)}/1,000)"
                )
        print_codes_and_findings(hits, false, verdicts, hits if args.show else judged[None])
    return 0


def print_codes_and_findings(
    hits: list[Hit],
    false: list[Hit],
    verdicts: Verdicts,
    listed: list[Hit],
) -> None:
    """Findings and false alarms per code, then each finding of `listed` with its verdict."""
    codes = Counter(h.code for h in hits)
    false_codes = Counter(h.code for h in false)
    for code, count in sorted(codes.items()):
        print(f"  {code}: {count} findings, {false_codes[code]} false")
    for hit in listed:
        verdict = {True: "true ", False: "FALSE", None: "  ?  "}[
            verdicts.get((hit.page, hit.code, hit.match))
        ]
        print(f"  {verdict} {hit.page}:{hit.line} {hit.code} {hit.match!r}: {hit.message}")


if __name__ == "__main__":
    sys.exit(main())
