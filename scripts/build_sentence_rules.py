"""Build pipeline/ingest/data/sentence_rules_<lang>.json from the installed spaCy.

`pipeline/ingest/sentences.py` splits sentences exactly as spaCy's blank pipeline with the
rule-based sentencizer does, without importing spaCy (0.8 s of CPU per process). It needs the
data spaCy's tokenizer works from for each language: the prefix, suffix, infix and URL regular
expressions, the special cases (abbreviations such as "f.eks." and their pieces) and the
sentencizer's sentence-final characters. This script dumps them; spaCy is MIT-licensed
(© ExplosionAI GmbH), and the files name the version they come from.

Usage (after upgrading spaCy; tests/ingest/test_sentences.py compares both segmenters on every
text we have and fails while the files are stale):
    .venv/bin/python scripts/build_sentence_rules.py
"""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.attrs import ORTH

from pipeline.ingest.sentences import merge_patterns, rules_from

LANGUAGES = ("da", "nb", "nn", "sv", "en")
OUT = Path(__file__).resolve().parent.parent / "pipeline" / "ingest" / "data"


def rules(lang: str) -> dict[str, object]:
    nlp = spacy.blank(lang)
    sentencizer = nlp.add_pipe("sentencizer")
    tok = nlp.tokenizer
    if tok.token_match is not None:
        raise SystemExit(f"{lang}: a token_match is not supported by sentences.py")
    patterns = {
        "prefix": tok.prefix_search.__self__,
        "suffix": tok.suffix_search.__self__,
        "infix": tok.infix_finditer.__self__,
        "url": tok.url_match.__self__,
    }
    raw: dict[str, object] = {
        "source": f"spaCy {spacy.__version__} (MIT licence, (c) ExplosionAI GmbH), "
        f"spacy.blank({lang!r}) + sentencizer; built by scripts/build_sentence_rules.py",
        "faster_heuristics": tok.faster_heuristics,
        "patterns": {k: [p.pattern, int(p.flags)] for k, p in patterns.items()},
        "specials": {k: [piece[ORTH] for piece in v] for k, v in sorted(tok.rules.items())},
        "punct_chars": sorted(sentencizer.punct_chars),
    }
    raw["merges"] = merge_patterns(rules_from(raw), tok.faster_heuristics)
    return raw


def main() -> None:
    for lang in LANGUAGES:
        path = OUT / f"sentence_rules_{lang}.json"
        path.write_text(json.dumps(rules(lang), ensure_ascii=False, indent=0) + "\n", "utf-8")
        print(path)


if __name__ == "__main__":
    main()
