"""The stem-keyed term index finds exactly what a table of every inflected form finds.

The reference below is the straightforward design the index replaces: every form of every
term generated up front, filed by its first token. Both are run on the same texts (made of
the terms' own forms, in several cases, next to each other and inside sentences) for the
project glossary, thousands of generated Danish compounds, and terms with odd shapes.
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pytest

from benchmarks.generate_glossary import concepts
from pipeline.glossary import load_glossary
from pipeline.glossary.form_index import SPAN, WORD, stem_key
from pipeline.glossary.inflection import term_forms
from pipeline.glossary.matcher import matcher_for
from pipeline.glossary.model import Glossary, TermEntry, TermStatus
from pipeline.glossary.shared_index import form_index

ROOT = Path(__file__).resolve().parents[2]
GOOD = (TermStatus.PREFERRED, TermStatus.ADMITTED)

Found = list[tuple[int, int, str, str, str]]


Index = dict[str, list[tuple[tuple[str, ...], TermEntry, str]]]


def reference_index(glossary: Glossary, lang: str) -> Index:
    """Every form of every term, filed by its first token."""
    index: Index = defaultdict(list)
    for entry in glossary.entries_in(lang):
        for form in term_forms(entry.term, lang):
            words = tuple(w.casefold() for w in WORD.findall(form.text))
            if words:
                index[words[0]].append((words, entry, form.category))
    for candidates in index.values():
        candidates.sort(key=lambda c: len(c[0]), reverse=True)
    return index


def reference_find(index: Index, text: str) -> Found:
    """The longest form at each token wins, then the first term, then its first form."""
    tokens = [(m.start(), m.end(), m.group().casefold()) for m in WORD.finditer(text)]
    found: Found = []
    i = 0
    while i < len(tokens):
        for words, entry, category in index.get(tokens[i][2], []):
            n = len(words)
            if [t[2] for t in tokens[i : i + n]] != list(words):
                continue
            if entry.status not in GOOD and any(
                w == words and e.concept_id != entry.concept_id and e.status in GOOD
                for w, e, _ in index[words[0]]
            ):
                continue
            found.append(
                (tokens[i][0], tokens[i + n - 1][1], entry.term, entry.concept_id, category)
            )
            i += n
            break
        else:
            i += 1
    return found


def reference_words(glossary: Glossary, lang: str, forbidden: bool) -> set[str]:
    return {
        piece.casefold()
        for e in glossary.entries_in(lang)
        if forbidden or e.status is not TermStatus.FORBIDDEN
        for form in term_forms(e.term, lang)
        for piece in form.text.replace("-", " ").split()
    }


def texts_of(glossary: Glossary, lang: str, seed: int) -> list[str]:
    """Sentences made of the terms' forms: alone, capitalised, side by side, among words."""
    rng = random.Random(seed)
    forms = [f.text for e in glossary.entries_in(lang) for f in term_forms(e.term, lang)]
    rng.shuffle(forms)
    filler = ["og", "med", "kronisk", "en", "af", "i", "ved", "symptomer", "ALS", "—", "(", ")"]
    texts = []
    for start in range(0, min(len(forms), 3000), 12):
        words = forms[start : start + 12] + rng.sample(filler, 4)
        rng.shuffle(words)
        words = [w.capitalize() if rng.random() < 0.2 else w for w in words]
        texts.append(" ".join(words) + ".")
    return texts


def generated(count: int) -> Glossary:
    rows = []
    for concept_rows in concepts(seed=3):
        rows += concept_rows
        if len(rows) >= count:
            break
    return Glossary(
        TermEntry(c, lang, term, TermStatus(status)) for c, lang, term, status, *_ in rows
    )


ODD_TERMS = [
    "bryst- og ryglidelse",
    "covid-19",
    "B12-vitamin",
    "& co",
    "ALS",
    "ALS-patient",
    "Lou Gehrigs sygdom",
    "øm",
    "a",
    "muskel",
    "hjärna",
    "difficulty",
    "x'",
    "hængende øjenlåg",
    "akut muskel-smerte",
    "%",
    "1a",
    "ab-e",
    "straße",
    "Straßenbahn",
]


def odd_glossary(lang: str) -> Glossary:
    return Glossary(
        TermEntry(f"odd-{i}", lang, term, TermStatus.DEPRECATED if i % 3 else TermStatus.PREFERRED)
        for i, term in enumerate(ODD_TERMS)
    )


def found_by_index(glossary: Glossary, lang: str, text: str) -> Found:
    return [
        (m.start, m.end, m.entry.term, m.entry.concept_id, m.category)
        for m in matcher_for(glossary, lang).find(text)
    ]


@pytest.mark.parametrize("lang", ["da", "nb", "sv", "en", "de"])
def test_the_project_glossary_is_found_as_by_a_table_of_every_form(lang: str) -> None:
    glossary = load_glossary(ROOT / "glossary.csv")
    texts = texts_of(glossary, lang, seed=1)
    texts.append((ROOT / "sources" / "muskeltraekninger-da.txt").read_text(encoding="utf-8"))
    index = reference_index(glossary, lang)
    for text in texts:
        assert found_by_index(glossary, lang, text) == reference_find(index, text)


@pytest.mark.parametrize("lang", ["da", "nb", "sv", "en"])
def test_generated_compounds_are_found_as_by_a_table_of_every_form(lang: str) -> None:
    glossary = generated(1200)
    index = reference_index(glossary, lang)
    for text in texts_of(glossary, lang, seed=2):
        assert found_by_index(glossary, lang, text) == reference_find(index, text)


@pytest.mark.parametrize("lang", ["da", "sv", "en", "de"])
def test_terms_of_odd_shapes_are_found_as_by_a_table_of_every_form(lang: str) -> None:
    glossary = odd_glossary(lang)
    index = reference_index(glossary, lang)
    for text in texts_of(glossary, lang, seed=3):
        assert found_by_index(glossary, lang, text) == reference_find(index, text)


@pytest.mark.parametrize(
    ("glossary", "lang"),
    [
        (load_glossary(ROOT / "glossary.csv"), "da"),
        (load_glossary(ROOT / "glossary.csv"), "nn"),
        (generated(1500), "da"),
        (odd_glossary("da"), "da"),
        (odd_glossary("sv"), "sv"),
    ],
)
def test_the_words_of_terms_are_known_as_by_a_set_of_every_form(
    glossary: Glossary, lang: str
) -> None:
    every = reference_words(glossary, lang, forbidden=True)
    allowed = reference_words(glossary, lang, forbidden=False)
    probes = every | {w + "x" for w in every} | {w[:-1] for w in every} | {"og", "e", "-", "a b"}
    for word in sorted(probes):
        assert glossary.is_term_word(word, lang) == (word.casefold() in every), word
        assert glossary.knows_word(word, lang) == (word.casefold() in allowed), word


def test_every_form_begins_with_its_words_stem_key_within_the_span() -> None:
    """The property the index rests on: a form of a word keeps the word's stem key and adds
    at most SPAN letters to it."""
    terms = [e.term for e in load_glossary(ROOT / "glossary.csv").entries]
    terms += [e.term for e in generated(400).entries] + ODD_TERMS
    for term in terms:
        first = WORD.search(term)
        if first is None or WORD.search(term.split()[0]) is None:
            continue  # filed under the empty key as well
        key = stem_key(first.group().casefold())
        for lang in ("da", "nb", "nn", "sv", "en", "de"):
            for form in term_forms(term, lang):
                token = WORD.findall(form.text)[0].casefold()
                assert token.startswith(key) and len(token) - len(key) <= SPAN, (term, form)


@pytest.mark.parametrize(
    ("glossary", "lang"),
    [
        (generated(600), "da"),
        (odd_glossary("da"), "da"),
        (load_glossary(ROOT / "glossary.csv"), "nb"),
    ],
)
def test_the_forms_beginning_with_a_token_are_those_of_every_form(
    glossary: Glossary, lang: str
) -> None:
    """Only the forms that begin with the text's token are made for a match; they are the
    same, in the same order and with the same place, as when every form is made."""
    index = form_index(glossary, lang)
    for row in glossary.table.rows_in(lang):
        every = index._forms_of(row)
        for token in {c.words[0] for c in every}:
            assert index._forms_beginning(row, token) == [c for c in every if c.words[0] == token]
