"""The pure-Python sentence segmenter against spaCy, its oracle, on every text we have.

Texts: the seed article, every text fixture and every string of the YAML check cases (whole, by
paragraph and by line), hand-written edge cases, and — when present on this machine — the
evaluation corpora outside git (Danish pages, extra native Danish, Norwegian and Swedish). Both
the tokens (offset and text) and the sentence spans must be identical for every language we ship
data for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.ingest import sentences
from pipeline.ingest.segmenter import _nlp, sentence_spans, spacy_sentence_spans
from tests.yaml_strings import fixture_strings

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("da", "nb", "nn", "sv", "en")
CORPUS = Path(os.environ.get("CONTENT_PIPELINE_CORPUS", "/work/corpus"))

EDGE_CASES = [
    "Tag f.eks. 2 tabletter. Kontakt lægen ca. kl. 8.",
    "Se https://www.sundhed.dk/borger/?id=3. Ring derefter.",
    "Han sagde: »Nej!« Hun svarede (stille): »Jo.«",
    "Den 5. november 2020 kl. 14.30 blev 1.000 mennesker testet... Nogle fik 37,5°C.",
    "Dr. Hansen og prof. dr.med. Jensen :) skrev det. SLUT.Næste afsnit",
    "Hvad nu?! Intet... Eller?? Tja.",
    "  Indrykket tekst.\n\nNy linje.\tTabulator.  To mellemrum.",
    "i.   Første punkt. ii. Andet punkt.",
    "E-mail: info@example.dk. Tlf. 70 20 70 20.",
    "(f.eks. dette) og [bl.a. dette]. “Citat.” ’Enkelt.’",
    "Vitamin B12. Mg/dL-værdier. 5 mg/dl. Ca.",
    "Ja.)Nej. A.B. C. D.E.F. o.s.v. osv. mv. m.v.",
]


def _pieces(text: str) -> Iterator[str]:
    yield text
    yield from re.split(r"\n\s*\n", text)
    yield from text.splitlines()


def _repo_texts() -> list[str]:
    texts = list(EDGE_CASES)
    fixtures = ROOT / "tests" / "fixtures"
    files = sorted((ROOT / "sources").glob("*.txt"))
    files += sorted(fixtures.rglob("*.txt")) + sorted(fixtures.rglob("*.md"))
    for path in files:
        texts.extend(_pieces(path.read_text("utf-8", errors="replace")))
    texts.extend(fixture_strings(fixtures))
    return sorted(set(texts))


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for folder in ("pages", "extra-native", "nordic"):
        for path in sorted((CORPUS / folder).rglob("*.txt")):
            text = path.read_text("utf-8", errors="replace")
            texts.extend([text, *re.split(r"\n\s*\n", text)])  # what the builder passes
    return sorted(set(texts))


def _assert_same(texts: list[str], lang: str) -> None:
    rules = sentences._rules(lang)
    tokenizer = _nlp(lang).tokenizer
    for text in texts:
        oracle_tokens = [(t.idx, t.text) for t in tokenizer(text)]
        assert sentences._tokenize(rules, text) == oracle_tokens, text
        assert sentences.sentence_spans(text, lang) == spacy_sentence_spans(text, lang), text


@pytest.mark.parametrize("lang", LANGS)
def test_same_as_spacy_on_repository_texts(lang: str) -> None:
    texts = _repo_texts()
    assert len(texts) > 1000
    _assert_same(texts, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_same_as_spacy_on_evaluation_corpora(lang: str) -> None:
    texts = _corpus_texts()
    if not texts:
        pytest.skip(f"no evaluation corpus under {CORPUS}")
    _assert_same(texts, lang)


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Tag f.eks. 2 tabletter. Kontakt lægen ca. kl. 8."
    spans = sentence_spans(text, "da")
    assert [text[a:b] for a, b in spans] == ["Tag f.eks. 2 tabletter.", "Kontakt lægen ca. kl. 8."]


def test_languages_without_data_use_spacy() -> None:
    assert not sentences.has_rules("de")
    text = "Das ist gut. Wirklich."
    assert sentence_spans(text, "de") == spacy_sentence_spans(text, "de")
    assert all(sentences.has_rules(lang) for lang in LANGS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brug inhalatoren bedst muligt. “Tjek på inhalation” foregår på apoteket.",
            ["Brug inhalatoren bedst muligt.", "“Tjek på inhalation” foregår på apoteket."],
        ),
        ("Hun svarede. »Nej.« Så gik hun.", ["Hun svarede.", "»Nej.«", "Så gik hun."]),
        ("Han sagde nej. (Se også side 2.) Slut.", ["Han sagde nej.", "(Se også side 2.) Slut."]),
        ("Hun sagde: »Kom nu.« Han kom.", ["Hun sagde: »Kom nu.«", "Han kom."]),
        ("Det hjalp. « Han smilede.", ["Det hjalp. «", "Han smilede."]),
    ],
)
def test_an_opening_mark_belongs_to_the_sentence_it_opens(text: str, expected: list[str]) -> None:
    """spaCy's sentencizer leaves "“", "»" or "(" at the end of the sentence before; the
    segmenter gives a mark glued to the next word to that sentence, and leaves a closing
    mark glued to the word before it, or a mark standing alone, where it is."""
    assert [text[a:b] for a, b in sentence_spans(text, "da")] == expected


def test_opening_marks_move_on_the_spacy_path_too() -> None:
    text = "Das ist gut. „Wirklich“, sagte er."
    assert [text[a:b] for a, b in sentence_spans(text, "de")] == [
        "Das ist gut.",
        "„Wirklich“, sagte er.",
    ]
