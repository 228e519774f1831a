"""The curated glossary.csv: the article's mistranslations and the terms editors expect."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.glossary import Glossary, TermEntry, TermStatus, load_glossary
from pipeline.glossary.model import Register

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("da", "nb", "nn", "sv", "en", "de")


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary.csv")


def entry(glossary: Glossary, lang: str, term: str) -> TermEntry:
    matches = [e for e in glossary.entries_in(lang) if e.term == term]
    assert len(matches) == 1, f"{term!r} ({lang}) should be listed exactly once"
    return matches[0]


def suggestion(glossary: Glossary, lang: str, term: str) -> str | None:
    suggested = glossary.suggestion_for(entry(glossary, lang, term))
    return suggested.term if suggested else None


def test_the_file_is_utf8_without_bom_and_has_the_exact_header() -> None:
    content = (ROOT / "glossary.csv").read_bytes()

    assert (
        content.decode("utf-8").split("\n", 1)[0]
        == "concept_id,lang,term,status,note,source,register"
    )


def test_muskelatrofi_is_never_replaced_by_muskelsvind(glossary: Glossary) -> None:
    # muskelsvind also names the hereditary neuromuscular diseases in Danish
    assert glossary.preferred("muscle-atrophy", "da").term == "muskelatrofi"  # type: ignore[union-attr]
    assert suggestion(glossary, "da", "muskelatrofi") is None
    assert entry(glossary, "da", "muskelsvind").register is Register.LAY


def test_aandenoed_is_its_own_concept_not_a_lay_variant(glossary: Glossary) -> None:
    assert entry(glossary, "da", "åndenød").status is TermStatus.PREFERRED
    assert entry(glossary, "da", "åndenød").concept_id == "dyspnoea"


def test_every_discouraged_or_admitted_clinical_term_says_its_register(glossary: Glossary) -> None:
    clinical = [e for e in glossary.entries if e.note.startswith("Clinical term")]
    assert clinical and all(e.register is Register.PROFESSIONAL for e in clinical)


def test_muskelsvindning_is_forbidden_and_suggests_muskeltraekning(glossary: Glossary) -> None:
    assert entry(glossary, "da", "muskelsvindning").status is TermStatus.FORBIDDEN
    assert suggestion(glossary, "da", "muskelsvindning") == "muskeltrækning"


def test_draening_is_forbidden_and_suggests_savlen(glossary: Glossary) -> None:
    assert entry(glossary, "da", "dræning").status is TermStatus.FORBIDDEN
    assert suggestion(glossary, "da", "dræning") == "savlen"


def test_apertium_dan_nno_drenasje_is_forbidden_and_suggests_the_preferred_nynorsk_term(
    glossary: Glossary,
) -> None:
    # `echo "... dræning og stemmeskift." | apertium dan-nno` gives "... drenasje og stemmeskift."
    drenasje = entry(glossary, "nn", "drenasje")
    preferred = glossary.preferred("drooling", "nn")

    assert drenasje.concept_id == "drooling"
    assert drenasje.status is TermStatus.FORBIDDEN
    assert drenasje.source == "apertium dan-nno"
    assert preferred is not None
    assert glossary.suggestion_for(drenasje) == preferred
    assert preferred.term == "sikling"


@pytest.mark.parametrize(
    ("term", "status", "preferred"),
    [
        ("sikl", TermStatus.DEPRECATED, "savlen"),
        ("mental retardering", TermStatus.FORBIDDEN, "udviklingshæmning"),
        ("spilde bort", TermStatus.FORBIDDEN, "gå til grunde"),
        ("stemmeskift", TermStatus.FORBIDDEN, "stemmeforandring"),
        ("kur", TermStatus.DEPRECATED, "helbredelse"),
        ("kvælning", TermStatus.DEPRECATED, "fejlsynkning"),
        ("strækning", TermStatus.DEPRECATED, "udstrækning"),
        ("hængende øjenlid", TermStatus.DEPRECATED, "hængende øjenlåg"),
        ("fibromyalgi-patient", TermStatus.DEPRECATED, "fibromyalgipatient"),
        ("National Institute of Health", TermStatus.FORBIDDEN, "National Institutes of Health"),
        ("Fibromyalgi-Symptoms.org", TermStatus.FORBIDDEN, "Fibromyalgia-Symptoms.org"),
    ],
)
def test_the_articles_mistranslations_suggest_the_preferred_term(
    glossary: Glossary, term: str, status: TermStatus, preferred: str
) -> None:
    assert entry(glossary, "da", term).status is status
    assert suggestion(glossary, "da", term) == preferred


@pytest.mark.parametrize(
    "term",
    ["Lou Gehrigs sygdom", "ALS", "åndedrætsbesvær", "taleproblem", "handicap"],
)
def test_correct_alternatives_in_the_article_are_admitted(glossary: Glossary, term: str) -> None:
    assert entry(glossary, "da", term).status is TermStatus.ADMITTED


@pytest.mark.parametrize(
    "term",
    ["ømt punkt", "hængende øjenlåg", "muskelsundhed", "amyotrofisk lateral sklerose", "træning"],
)
def test_correct_terms_of_the_article_are_preferred(glossary: Glossary, term: str) -> None:
    assert entry(glossary, "da", term).status is TermStatus.PREFERRED


def test_every_rejected_term_has_a_note_explaining_why(glossary: Glossary) -> None:
    rejected = [
        e.term
        for e in glossary.entries
        if e.status in (TermStatus.FORBIDDEN, TermStatus.DEPRECATED) and not e.note
    ]

    assert rejected == []


def test_every_concept_has_one_preferred_term_in_each_language(glossary: Glossary) -> None:
    missing = [
        (concept.id, lang)
        for concept in glossary.concepts.values()
        for lang in LANGUAGES
        if len([e for e in concept.terms_in(lang) if e.status is TermStatus.PREFERRED]) != 1
    ]

    assert missing == []


def test_every_concept_lists_only_the_six_languages(glossary: Glossary) -> None:
    assert glossary.languages == set(LANGUAGES)


@pytest.mark.parametrize(
    ("concept_id", "lang", "term"),
    [
        ("fasciculation", "nb", "muskelrykning"),
        ("fasciculation", "sv", "muskelryckning"),
        ("fasciculation", "de", "Muskelzucken"),
        ("drooling", "sv", "dregling"),
        ("als", "de", "amyotrophe Lateralsklerose"),
        ("ptosis", "en", "drooping eyelid"),
        ("intellectual-disability", "sv", "intellektuell funktionsnedsättning"),
        ("symptom", "sv", "symtom"),
    ],
)
def test_translation_gives_the_preferred_term(
    glossary: Glossary, concept_id: str, lang: str, term: str
) -> None:
    translation = glossary.translation(concept_id, lang)

    assert translation is not None
    assert translation.term == term


@pytest.mark.parametrize(
    "concept_id", ["nih", "medlineplus", "mayoclinic-com", "umm-medical-center"]
)
def test_names_are_not_translated(glossary: Glossary, concept_id: str) -> None:
    preferred = [glossary.preferred(concept_id, lang) for lang in LANGUAGES]

    assert len({e.term for e in preferred if e}) == 1
    assert {e.note for e in preferred if e} == {"do-not-translate"}
