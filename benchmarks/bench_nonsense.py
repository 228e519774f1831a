"""How many nonsense translations the checks find, and whether fixes and translations keep meaning.

Needs the shared corpus of Danish health pages (third-party text, not in git; default
/work/corpus/pages). With it, the script

1. translates the corpus pages and the seed article into nb, nn and sv with Apertium
   (`content-pipeline translate --back-check`, no memory), or reads an earlier output folder
   (`--translations`);
2. runs the default translation checks on every segment and compares them with our own
   annotation of nonsense segments (benchmarks/translation_nonsense.yml: the page/language
   pairs we read in full, and the segments we judged nonsense): how many nonsense segments
   have at least one finding, and how many findings fall on segments we judged fine;
3. counts translations that name a term as a synonym of itself (TERM008) on every page and
   language, and applies `check --fix --unsafe-fixes` to every page (in memory) to count
   fixes that change a word's part of speech or inflection (by Apertium's analysis of the
   replaced and the replacing word) or leave a term defined as itself (TERM007).

Without the corpus it says so and exits 0.

    .venv/bin/python benchmarks/bench_nonsense.py [--pages DIR] [--translations DIR]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
LANGS = ("nb", "nn", "sv")


def translate(pages: list[Path], out: Path) -> None:
    """Apertium translations of `pages` into `out`, as a user runs them."""
    inputs = out / "in"
    inputs.mkdir(parents=True)
    for page in pages:
        shutil.copy(page, inputs / page.name)
    command = [sys.executable, "-m", "pipeline", "translate", str(inputs), "--from", "da"]
    command += ["--to", ",".join(LANGS), "--back-check", "--no-memory", "--out", str(out)]
    command += ["--glossary", str(ROOT / "glossary.csv")]
    subprocess.run(command, check=False, capture_output=True, cwd=ROOT)


def units_of(translations: Path) -> dict[tuple[str, str], list[Any]]:
    from pipeline.ingest.bilingual import read_units

    found = {}
    for path in sorted(translations.glob("*/content.*.json")):
        lang = path.name.split(".")[1]
        if lang in LANGS:
            found[(path.parent.name, lang)] = read_units(path, "da")
    return found


def located(
    entries: list[dict[str, str]], units: dict[tuple[str, str], list[Any]]
) -> set[tuple[str, str, str]]:
    """The (page, lang, segment id) of each annotated nonsense segment. Segment ids are
    positional, and a page restored from another stored copy numbers its segments anew: an
    annotation is found by its id when that segment holds its source quote, else by the
    quote in another segment of the page; one whose quote is in no segment is reported."""
    found = set()
    for entry in entries:
        key = (entry["page"], entry["lang"])
        candidates = units.get(key, [])
        by_id = {unit.id: unit for unit in candidates}
        unit = by_id.get(entry["segment"])
        if unit is None or entry["source"] not in unit.source:
            unit = next((u for u in candidates if entry["source"] in u.source), None)
        if unit is None:
            print(f"annotation not found: {entry['page']} {entry['segment']} {entry['source']!r}")
            continue
        if unit.id != entry["segment"]:
            print(f"annotation moved: {entry['page']} {entry['segment']} is now {unit.id}")
        found.add((*key, unit.id))
    return found


def nonsense_figures(
    annotations: dict[str, Any], units: dict[tuple[str, str], list[Any]], glossary: Any
) -> None:
    from pipeline.checks import check_units

    nonsense = located(annotations["nonsense"], units)
    found: Counter[str] = Counter()
    hit = 0
    fine_segments = fine_flagged = 0
    fine_findings: Counter[str] = Counter()
    for pair in annotations["reviewed"]:
        key = (pair["page"], pair["lang"])
        if key not in units:
            print(f"missing translation: {key}")
            continue
        by_segment: dict[str, list[str]] = {}
        for finding in check_units(units[key], glossary):
            by_segment.setdefault(finding.segment_id or "", []).append(finding.code)
        for unit in units[key]:
            codes = by_segment.get(unit.id, [])
            if (*key, unit.id) in nonsense:
                hit += bool(codes)
                found.update(set(codes))
            else:
                fine_segments += 1
                fine_flagged += bool(codes)
                fine_findings.update(codes)
    total = len(nonsense)
    missing = len(annotations["nonsense"]) - total
    print(
        f"nonsense segments found: {hit} of {total} ({100 * hit / max(total, 1):.0f} %)"
        + (f"; {missing} annotated segments not in these page copies" if missing else "")
    )
    print("  by check (segments): " + ", ".join(f"{c} {n}" for c, n in found.most_common()))
    print(
        f"segments judged fine: {fine_segments}; with a finding: {fine_flagged}; "
        f"findings: {sum(fine_findings.values())} ("
        + ", ".join(f"{c} {n}" for c, n in fine_findings.most_common())
        + ")"
    )


def self_definitions_in_translations(
    units: dict[tuple[str, str], list[Any]], glossary: Any
) -> None:
    from pipeline.checks import check_units

    count = segments = 0
    for pair_units in units.values():
        segments += len(pair_units)
        count += len(check_units(pair_units, glossary, select=["TERM008"]))
    print(f"translations naming a term as its own synonym (TERM008): {count} in {segments}")


def fix_figures(pages: list[Path], glossary: Any) -> None:
    """Apply --fix --unsafe-fixes to each page in memory; judge every term replacement."""
    from pipeline.checks import check_document
    from pipeline.core.models import Finding
    from pipeline.fix.apply import fix_text
    from pipeline.fix.meaning import MeaningGuard
    from pipeline.ingest import ingest_text
    from pipeline.ingest.morphology import lexical_readings

    edits: list[tuple[str, str]] = []
    self_defined = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")

        def check(lf_text: str, name: str = page.name) -> list[Finding]:
            return check_document(ingest_text(lf_text, name, ".txt", "da"), glossary)

        result = fix_text(text, check, unsafe=True, guard=MeaningGuard(glossary, "da"))
        edits += [
            (f.match, f.suggestion)
            for f in result.fixed
            if f.code.startswith("TERM") and f.suggestion and " " not in f.match.strip()
        ]
        after = ingest_text(result.text, page.name, ".txt", "da")
        self_defined += len(check_document(after, glossary, select=["TERM007"]))
    words = {w for pair in edits for w in pair}
    readings = lexical_readings(sorted(words), "da")

    def shapes(word: str) -> set[tuple[str, ...]]:
        return {
            (r.pos, *(t for t in r.tags if t in ("sg", "pl", "def", "ind", "gen")))
            for r in readings.get(word, ())
        }

    known = [(a, b) for a, b in edits if shapes(a) and shapes(b)]
    changed = [(a, b) for a, b in known if not shapes(a) & shapes(b)]
    print(
        f"single-word term fixes (--unsafe-fixes) on {len(pages)} pages: {len(edits)}; "
        f"both words known to the analyser: {len(known)}; part of speech or inflection "
        f"changed: {len(changed)} {changed[:5]}"
    )
    print(f"terms named as their own synonym after the fixes (TERM007): {self_defined}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=Path("/work/corpus/pages"))
    parser.add_argument(
        "--annotations", type=Path, default=ROOT / "benchmarks" / "translation_nonsense.yml"
    )
    parser.add_argument("--translations", type=Path, help="reuse an earlier translate output")
    args = parser.parse_args()
    if not args.pages.is_dir() or not any(args.pages.glob("*.txt")):
        print(f"no corpus at {args.pages}: nothing to measure")
        return 0
    sys.path.insert(0, str(ROOT))
    from pipeline.glossary import load_glossary

    glossary = load_glossary(ROOT / "glossary.csv")
    annotations = yaml.safe_load(args.annotations.read_text(encoding="utf-8"))
    pages = [*sorted(args.pages.glob("*.txt")), SEED]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        translations = args.translations
        if translations is None:
            translations = Path(tmp) / "out"
            translate(pages, translations)
        units = units_of(translations)
        print(f"{len(pages)} pages, {len(units)} translations (page × language) in {translations}")
        nonsense_figures(annotations, units, glossary)
        self_definitions_in_translations(units, glossary)
    fix_figures(pages, glossary)
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    print(f"wall {time.perf_counter() - started:.1f} s, CPU {cpu:.1f} s (user+sys, with children)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
