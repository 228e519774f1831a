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
    """(start, end) character offsets of each sentence in `text`, whitespace trimmed, with
    the opening marks the sentencizer leaves behind given to the sentence they open."""
    if sentences.has_rules(lang):
        spans = sentences.sentence_spans(text, lang)
    else:
        spans = spacy_sentence_spans(text, lang)
    return opening_marks_forward(text, spans)


def opening_marks_forward(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with a quotation mark or bracket that opens the next sentence moved into it.

    spaCy's sentencizer ends a sentence at the first token after a full stop that is not
    punctuation, so every mark in between stays behind: "… bedst muligt. “Tjek på
    inhalation” foregår …" gives the sentences "… muligt. “" and "Tjek på inhalation” …",
    and every check that reads a sentence sees an unpaired mark on each side. A run of
    marks at a sentence's end that stands apart from the word before it (a space between)
    and touches the next sentence (no space after) opens that sentence: "“", "»", "(",
    "„" alike, whatever way the language turns its quotation marks. A closing mark touches
    the word before it ("nu.«") and stays.
    """
    result = list(spans)
    for k in range(len(result) - 1):
        start, end = result[k]
        following_start, following_end = result[k + 1]
        if following_start != end:
            continue  # whitespace between: the marks, if any, are not glued to what follows
        mark = end
        while mark > start and sentences.is_punct(text[mark - 1]):
            mark -= 1
        if mark in (end, start) or not text[mark - 1].isspace():
            continue
        result[k] = (start, mark)
        result[k + 1] = (mark, following_end)
    return sentences.trimmed(text, result)


def spacy_sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The same with spaCy itself (the oracle of pipeline.ingest.sentences' tests)."""
    doc = _nlp(lang)(text)
    return sentences.trimmed(text, [(sent.start_char, sent.end_char) for sent in doc.sents])
