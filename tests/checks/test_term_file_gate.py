"""TERM005, TERM006 and TERM008 ask `find_terms` only of the texts of a file that the file's
one search keeps (`texts_with_terms`): it keeps every text `find_terms` finds a term in, and
each check finds what it found asking every unit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.checks.bilingual.base import BilingualContext
from pipeline.checks.terminology.TERM005 import MissingGlossaryTerm, find_terms, texts_with_terms
from pipeline.checks.terminology.TERM006 import ForbiddenTargetTerm
from pipeline.checks.terminology.TERM008 import SelfDefinedTargetTerm
from pipeline.core.models import TranslationUnit
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from tests.checks.test_term005_candidates import generated, odd, texts
from tests.translation_units import po_units

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["da", "en", "nb", "sv", "de", "nn"]
# Words of catalog strings, none a term ("Save", "fil", "Öffnen", "vindauge")
PLAIN = ["Save", "the", "file", "as", "Gem", "filen", "som", "Vis", "mappen", "Open", "folder"]
PLAIN += ["Åbn", "vinduet", "Lukk", "Stäng", "fönstret", "Öffnen", "Datei", "vindauge", "%s"]
PLAIN += ["{name}", "\n", "—", "2.5", "ß", "İ"]


def samples(glossary: Glossary, lang: str) -> list[str]:
    """Texts of terms' forms, and the same cut, joined, cased and spelled otherwise."""
    rng = random.Random(11)
    made = texts(glossary, lang, 40) if glossary.entries_in(lang) else []
    made += [t.encode("ascii", "ignore").decode() for t in made]
    made += [t[rng.randint(0, 6) :] for t in made] + [t.upper() for t in made]
    made += [t.replace(" ", "\n", 1) for t in made] + [t.replace(" ", "-") for t in made[:20]]
    made += ["Gem filen", "", "İ ß ſ \u212a", "Vis ALS og als", "Save the file", "ømt og øm"]
    made += [" ".join(rng.choices(PLAIN, k=rng.randint(1, 8))) for _ in range(60)]
    rng.shuffle(made)
    return made


def glossaries() -> list[Glossary]:
    return [load_glossary(ROOT / "glossary.csv"), generated()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_file_search_keeps_every_text_find_terms_finds_a_term_in(lang: str) -> None:
    turned_away = 0
    for glossary in [*glossaries(), odd(lang)]:
        made = samples(glossary, lang)
        kept = texts_with_terms(glossary, lang, made)
        for index, text in enumerate(made):
            if find_terms(glossary, lang, text):
                assert kept is None or index in kept, text
            elif kept is not None and index not in kept:
                turned_away += 1
    assert turned_away > 10  # the gate is reached


def test_a_language_the_glossary_lacks_keeps_no_text() -> None:
    assert texts_with_terms(load_glossary(ROOT / "glossary.csv"), "fr", ["nerve", "ALS"]) == set()


def units(glossary: Glossary, source_lang: str, target_lang: str) -> list[TranslationUnit]:
    sources = samples(glossary, source_lang)
    targets = samples(glossary, target_lang)
    pairs = zip(sources, targets, strict=False)
    return po_units([(s, t) for s, t in pairs if s.strip() and t.strip()], source_lang, target_lang)


@pytest.mark.parametrize(("source_lang", "target_lang"), [("en", "da"), ("da", "nb"), ("en", "sv")])
def test_each_check_finds_what_asking_every_unit_finds(source_lang: str, target_lang: str) -> None:
    for glossary in glossaries():
        file_units = units(glossary, source_lang, target_lang)
        for check in (MissingGlossaryTerm(), ForbiddenTargetTerm(), SelfDefinedTargetTerm()):
            ctx = BilingualContext(file_units, glossary)
            every = [
                finding
                for unit, target in ctx.translated()
                for finding in check.check_target(unit, target, ctx)
            ]
            assert list(check.run(BilingualContext(file_units, glossary))) == every
