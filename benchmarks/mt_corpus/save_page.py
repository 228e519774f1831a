"""Save a stored page's excerpts as an evaluation page, and check it against its annotation.

    .venv/bin/python benchmarks/mt_corpus/save_page.py EXCERPTS.json OUT_DIR/ID.txt \
        [--annotation benchmarks/mt_corpus/heldout2/annotations/ID.yml]

The evaluation pages are third-party texts kept outside git, so every new machine restores them
from the search tool's stored copies (`pages` corpus), address by address. EXCERPTS.json is the
JSON list of the excerpt strings of one address, in page order, as the search answered them.
This writes them in the corpus format every INDEX.md describes (one line per paragraph, heading
or list item; blank lines dropped; `•`/`·` bullets written `- `; the store's " date YYYY-MM "
prefix of news pages dropped; everything else as given, `* ` bullets and trailing spaces
included, since annotations quote them), then prints the word count as the benchmarks count
words and, with --annotation, every annotated text the page lacks (exit 1 if any, or if the
word count differs from the annotation's).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_mt_corpus import AnnotationError, count_words, locate

_BULLET = re.compile(r"\s*[•·]\s*")
_DATE_PREFIX = re.compile(r"^ date \d{4}-\d{2} ")


def page_text(excerpts: list[str]) -> str:
    """The excerpts of one address as one evaluation page."""
    lines = []
    for excerpt in excerpts:
        for line in _DATE_PREFIX.sub("", excerpt).split("\n"):
            if not line.strip():
                continue
            bullet = _BULLET.match(line)
            lines.append("- " + line[bullet.end() :] if bullet else line)
    return "\n".join(lines) + "\n"


def missing(text: str, annotation: dict[str, object]) -> list[str]:
    """The annotated texts (with their occurrence) that `text` does not hold."""
    errors = annotation.get("errors") or []
    assert isinstance(errors, list)
    lacking = []
    for error in errors:
        try:
            locate(text, error["text"], error.get("occurrence"))
        except AnnotationError as exc:
            lacking.append(str(exc))
    return lacking


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("excerpts", type=Path, help="JSON list of one address's excerpts")
    parser.add_argument("out", type=Path, help="the page file to write (OUT_DIR/ID.txt)")
    parser.add_argument("--annotation", type=Path, help="the page's annotation (YAML)")
    args = parser.parse_args()
    text = page_text(json.loads(args.excerpts.read_text(encoding="utf-8")))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    words = count_words(text)
    if args.annotation is None:
        print(f"{args.out}: {words} words")
        return 0
    annotation = yaml.safe_load(args.annotation.read_text(encoding="utf-8"))
    lacking = missing(text, annotation)
    print(f"{args.out}: {words} words (annotation {annotation['words']}); {len(lacking)} missing")
    for line in lacking:
        print(f"  {line}")
    return 1 if lacking or words != annotation["words"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
