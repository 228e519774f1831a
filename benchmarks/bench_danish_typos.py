"""Recall of SPELL001's Danish dictionary on typing slips injected into native clinical text.

    .venv/bin/python benchmarks/bench_danish_typos.py [--pages DIR ...] [--show]

Every rule that accepts a word hunspell-da lacks (compounds, Greco-Latin formation, drug names,
derivations; pipeline/checks/word_formation.py and danish_words.py) can also accept a
misspelling, so each must be weighed against the slips it lets through. From the native Danish
pages (bench_mt_corpus.py's native pages, the excerpts of /work/corpus/extra-native and the
unseen pages of bench_native_da.py), each distinct lower-case word of six letters or more gets
two typing slips (a letter dropped, doubled, swapped with its neighbour or replaced; fixed
random seed), leaving out slips that are dictionary words themselves. The slips depend only on
the pages and on hunspell, never on the rules measured, so two versions of the code are compared
on the same slips. Printed: how many slips `Speller.accepts` rejects, for everyday words
(hunspell knows the word) and for clinical words (hunspell does not: the words the acceptance
rules exist for, where a rule is most likely to swallow a slip).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.checks.speller import Speller  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_nordic_typos import slips_of  # noqa: E402

DEFAULT_PAGES = (
    Path("/work/corpus/pages"),
    Path("/work/corpus/extra-native"),
    Path("/work/corpus/native2"),
)
WORD = re.compile(r"[^\W\d_]{6,}")
SEED = 11
SLIPS_PER_WORD = 2


def native_texts(folders: Sequence[Path]) -> list[str]:
    """The native pages: bench_mt_corpus's `na*` pages, and every page of the other folders."""
    texts = []
    for folder in folders:
        if not folder.is_dir():
            continue
        pattern = "na*.txt" if folder.name == "pages" else "*.txt"
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob(pattern))]
    return texts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, nargs="*", default=list(DEFAULT_PAGES))
    parser.add_argument("--show", action="store_true", help="list the slips accepted")
    args = parser.parse_args(argv)
    speller = Speller.for_language("da")
    texts = native_texts(args.pages)
    if speller is None or not texts:
        print("bench_danish_typos: no Danish dictionary or no pages; skipped")
        return 0
    words = sorted({w for text in texts for w in WORD.findall(text) if w.islower()})
    rng = random.Random(SEED)
    groups: dict[str, list[str]] = {"everyday": [], "clinical": []}
    for word in words:
        group = "everyday" if speller.known(word) else "clinical"
        groups[group] += slips_of(word, rng, speller, SLIPS_PER_WORD)
    total = rejected_all = 0
    for group, slips in groups.items():
        accepted = [s for s in slips if speller.accepts(s)]
        rejected = len(slips) - len(accepted)
        total += len(slips)
        rejected_all += rejected
        share = 100 * rejected / len(slips)
        print(f"{group}: {rejected}/{len(slips)} slips rejected ({share:.1f}%)")
        if args.show:
            print("  accepted:", " ".join(accepted))
    print(f"all: {rejected_all}/{total} slips rejected ({100 * rejected_all / total:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
