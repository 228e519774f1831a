"""UNTR001's kept names, asked word by word and collected only when a word can be one, are
the names the whole catalog keeps: the set the check used to collect from every unit of a
file with a copy (written out here) is the oracle."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.checks.bilingual.base import BilingualContext
from pipeline.checks.bilingual.UNTR001 import _CAPITALISED, _kept_name
from pipeline.core.models import UnitState
from pipeline.glossary.model import Glossary
from tests.translation_units import po_unit

WORDS = ["Gramps", "Django", "Gram", "Synaptic", "Menu", "Files", "Fil", "gramps", "GRAMPS"]
FILLER = ["Gem", "filen", "the", "file", "og", "Åbn", "Grampsy", "Gramps_x", "3Gramps", "é"]


def _oracle(ctx: BilingualContext) -> frozenset[str]:
    kept: set[str] = set()
    copies = ctx.copies()
    for unit, target in ctx.translated():
        if id(unit) in copies:
            continue
        source_words = set(_CAPITALISED.findall(unit.source))
        kept.update(w for w in _CAPITALISED.findall(target) if w in source_words)
    return frozenset(kept)


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS + FILLER) for _ in range(rng.randint(1, 5)))


@pytest.mark.parametrize("seed", range(20))
def test_kept_name_is_membership_of_the_catalogs_kept_names(seed: int) -> None:
    rng = random.Random(seed)
    units = []
    for number in range(rng.randint(1, 30)):
        source = _text(rng)
        target = source if rng.random() < 0.3 else _text(rng)  # copies too
        state = rng.choice([UnitState.TRANSLATED, UnitState.TRANSLATED, UnitState.FUZZY])
        units.append(po_unit(source, target, state, id=str(number)))
    ctx = BilingualContext(units, Glossary([]))
    kept = _oracle(ctx)
    for word in {*WORDS, *FILLER}:
        assert _kept_name(word, ctx) == (word in kept), (word, kept)


def test_the_capitalised_pattern_finds_what_the_boundary_first_one_finds() -> None:
    boundary_first = re.compile(r"\b[A-Z][a-z]{3,}\b")
    pieces = ["Gramps", "abc", "A", "Ab", "Django", " ", "_", "1", "é", "É", "Xtra", "-", "\n"]
    rng = random.Random(11)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
        assert _CAPITALISED.findall(text) == boundary_first.findall(text), text
        assert bool(_CAPITALISED.fullmatch(text)) == bool(boundary_first.fullmatch(text)), text
        found += bool(boundary_first.findall(text))
    assert found > 1000
