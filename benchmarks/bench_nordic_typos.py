"""Recall of SPELL001's dictionary on typing slips in Norwegian and Swedish clinical words.

    .venv/bin/python benchmarks/bench_nordic_typos.py [--pages DIR] [--words FILE] [--show]

Precision rules (compounds, Latin formation) can excuse misspellings, so every such rule must be
weighed against the slips it lets through. From the native pages of bench_nordic.py, each
lower-case word of six letters or more that the speller accepts gets two slips (a letter
dropped, doubled, swapped with its neighbour or replaced; fixed random seed), leaving out those
that happen to be dictionary words. Printed per language: how many slips `Speller.accepts`
rejects. `--words FILE` writes the slips (JSON) or, when FILE exists, reads them, so that two
versions of the code can be compared on the same slips.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.checks.speller import Speller  # noqa: E402

LANGUAGES = ("nb", "nn", "sv")
DEFAULT_PAGES = Path("/work/corpus/nordic")
WORD = re.compile(r"[^\W\d_]{6,}")
SEED = 7
REPLACEMENTS = "aeiklnrst"


def slips(words: list[str], speller: Speller, rng: random.Random) -> list[str]:
    """Two typing slips of each accepted word that are no dictionary word themselves."""
    return [
        slip for word in words if speller.accepts(word) for slip in slips_of(word, rng, speller)
    ]


def slips_of(word: str, rng: random.Random, speller: Speller, count: int = 2) -> list[str]:
    """`count` typing slips of `word` (a letter dropped, two swapped, one doubled or one
    replaced, drawn from `rng`) that are no dictionary word themselves."""
    result = []
    for _ in range(count):
        i = rng.randrange(1, len(word) - 1)
        kind = rng.choice(["drop", "swap", "double", "replace"])
        slip = {
            "drop": word[:i] + word[i + 1 :],
            "swap": word[:i] + word[i + 1] + word[i] + word[i + 2 :],
            "double": word[:i] + word[i] + word[i:],
            "replace": word[:i] + rng.choice(REPLACEMENTS) + word[i + 1 :],
        }[kind]
        if slip != word and not speller.known(slip):
            result.append(slip)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--words", type=Path, help="slips to read, or to write if absent")
    parser.add_argument("--show", action="store_true", help="list the slips accepted")
    args = parser.parse_args(argv)
    if args.words is not None and args.words.is_file():
        made = json.loads(args.words.read_text(encoding="utf-8"))
    else:
        if not args.pages.is_dir():
            print(f"bench_nordic_typos: no pages at {args.pages}; skipped")
            return 0
        rng = random.Random(SEED)
        made = {}
        for lang in LANGUAGES:
            speller = Speller.for_language(lang)
            if speller is None:
                continue
            texts = (p.read_text(encoding="utf-8") for p in sorted(args.pages.glob(f"{lang}*.txt")))
            words = sorted({w for text in texts for w in WORD.findall(text) if w.islower()})
            rng.shuffle(words)
            made[lang] = slips(words, speller, rng)
        if args.words is not None:
            args.words.write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
    for lang, typos in made.items():
        speller = Speller.for_language(lang)
        if speller is None or not typos:
            continue
        accepted = [t for t in typos if speller.accepts(t)]
        rejected = len(typos) - len(accepted)
        print(
            f"{lang}: {rejected}/{len(typos)} slips rejected ({100 * rejected / len(typos):.1f}%)"
        )
        if args.show:
            print("  accepted:", " ".join(accepted))
    return 0


if __name__ == "__main__":
    sys.exit(main())
