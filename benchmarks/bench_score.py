"""Calibration of the quality score: does it order texts as an editor would?

    .venv/bin/python benchmarks/bench_score.py [--pages DIR] [--annotations DIR]

One `check --format json --no-cache --lang da` run over the seed article, a copy of it after
`check --fix`, and the corpus pages (machine-translated `kind: mt` and native `kind: native`,
see benchmarks/bench_mt_corpus.py). Printed per group: files, words, the median and pooled
score, and the editors' reference score: the same formula applied to the errors annotated on
each page (untranslated, wrong-term, garbled and boilerplate major, 5 points; the other kinds
minor, 1), over the same word count. Then how often a native page scores above a
machine-translated one (pairs, ties half) for the tool and for the reference, and the rank
correlation (Spearman) of tool and reference over the pages. Without the pages it says so and
exits 0.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / ".venv" / "bin" / "content-pipeline"
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
CORPUS = ROOT / "benchmarks" / "mt_corpus"
MAJOR_KINDS = frozenset({"untranslated", "wrong-term", "garbled", "boilerplate"})


@dataclass(frozen=True)
class Scored:
    group: str  # seed, seed fixed, native, mt
    name: str
    words: int
    penalty: float
    score: float
    reference: float | None  # from the annotations; None for the seed


def reference_score(kinds: Sequence[str], words: int) -> float:
    """The editors' score of a page from the kinds of its annotated errors."""
    penalty = sum(5 if kind in MAJOR_KINDS else 1 for kind in kinds)
    return max(0.0, 100.0 - penalty * 100.0 / max(words, 1))


def pairs_above(higher: Sequence[float], lower: Sequence[float]) -> float:
    """The share of (h, l) pairs with h > l, ties counting half (the ROC area)."""
    if not higher or not lower:
        return float("nan")
    wins = sum((h > low) + 0.5 * (h == low) for h in higher for low in lower)
    return wins / (len(higher) * len(lower))


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2
        i = j + 1
    return ranks


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    """Rank correlation, ties at their mean rank."""
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = statistics.fmean(ra), statistics.fmean(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    var = (sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb)) ** 0.5
    return cov / var if var else float("nan")


def check_json(paths: Sequence[Path]) -> dict[str, dict[str, float]]:
    """Each file's score entry from one `check --format json` run, by path."""
    command = [str(CLI), "check", *map(str, paths), "--format", "json", "--no-cache"]
    result = subprocess.run([*command, "--lang", "da"], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"check failed ({result.returncode}): {result.stderr.strip()}")
    files: list[dict[str, float]] = json.loads(result.stdout)["scores"]["files"]
    return {str(entry["path"]): entry for entry in files}


def fixed_copy(folder: Path) -> Path:
    copy = folder / SEED.name
    shutil.copy(SEED, copy)
    subprocess.run([str(CLI), "check", str(copy), "--fix", "--no-cache", "--lang", "da"],
                   capture_output=True, check=False)  # fmt: skip
    return copy


def measure(pages: Path, annotations: Path, folder: Path) -> list[Scored]:
    fixed = fixed_copy(folder)
    kinds: dict[str, tuple[str, list[str]]] = {}
    for file in sorted(annotations.glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        errors = [str(error["kind"]) for error in data.get("errors") or []]
        kinds[str(data["id"])] = (str(data["kind"]), errors)
    page_files = [pages / f"{name}.txt" for name in kinds if (pages / f"{name}.txt").is_file()]
    scores = check_json([SEED, fixed, *page_files])
    rows = [
        Scored(group, Path(path).name, int(s["words"]), s["penalty"], s["score"], None)
        for group, path in (("seed", SEED), ("seed fixed", fixed))
        for s in [scores[str(path)]]
    ]
    for page in page_files:
        s = scores[str(page)]
        kind, errors = kinds[page.stem]
        reference = reference_score(errors, int(s["words"]))
        rows.append(Scored(kind, page.stem, int(s["words"]), s["penalty"], s["score"], reference))
    return rows


def report(rows: Sequence[Scored]) -> str:
    lines = ["| text | files | words | score (median) | pooled | reference (median) |"]
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for group in ("seed", "seed fixed", "native", "mt"):
        chosen = [row for row in rows if row.group == group]
        if not chosen:
            continue
        words = sum(row.words for row in chosen)
        pooled = max(0.0, 100.0 - sum(row.penalty for row in chosen) * 100.0 / max(words, 1))
        references = [row.reference for row in chosen if row.reference is not None]
        shown = f"{statistics.median(references):.1f}" if references else "–"
        lines.append(
            f"| {group} | {len(chosen)} | {words:,} | "
            f"{statistics.median(row.score for row in chosen):.1f} | {pooled:.1f} | {shown} |"
        )
    native = [row for row in rows if row.group == "native"]
    mt = [row for row in rows if row.group == "mt"]
    pages = [row for row in rows if row.reference is not None]
    tool_pairs = pairs_above([r.score for r in native], [r.score for r in mt])
    reference_pairs = pairs_above(
        [r.reference or 0.0 for r in native], [r.reference or 0.0 for r in mt]
    )
    correlation = spearman([r.score for r in pages], [r.reference or 0.0 for r in pages])
    lines += [
        "",
        f"native above machine-translated: {tool_pairs:.0%} of pairs "
        f"(reference {reference_pairs:.0%}); Spearman tool~reference {correlation:.2f}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=CORPUS / "pages")
    parser.add_argument("--annotations", type=Path, default=CORPUS / "annotations")
    args = parser.parse_args(argv)
    if not args.pages.is_dir() or not any(args.pages.glob("*.txt")):
        print(f"no pages in {args.pages}; see benchmarks/mt_corpus/INDEX.md")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        print(report(measure(args.pages, args.annotations, Path(folder))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
