"""Sentence segmentation as spaCy's blank language pipeline plus the rule-based sentencizer does it.

Danish has no installable trained spaCy pipeline here, and a parser would cost seconds of
start-up; the sentencizer with spaCy's Danish tokenizer exceptions ("f.eks.", "100.000")
splits health articles correctly. For the languages we ship tokenizer data for (da, nb, nn, sv,
en) `pipeline.ingest.sentences` gives the same spans without importing spaCy (0.8 s of CPU);
other languages go through spaCy itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pipeline.ingest import sentences


@lru_cache(maxsize=8)
def _nlp(lang: str) -> Any:
    import spacy

    try:
        nlp = spacy.blank(lang)
    except Exception:  # spaCy raises ImportError/ValueError subclasses for unknown codes
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence in `text`, whitespace trimmed."""
    if sentences.has_rules(lang):
        return sentences.sentence_spans(text, lang)
    return spacy_sentence_spans(text, lang)


def spacy_sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The same with spaCy itself (the oracle of pipeline.ingest.sentences' tests)."""
    doc = _nlp(lang)(text)
    return sentences.trimmed(text, [(sent.start_char, sent.end_char) for sent in doc.sents])
