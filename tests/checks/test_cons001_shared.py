"""CONS001 works out group keys only for units whose source (target) another unit has too
(`_shared`): it finds what keying every unit finds, in the same order."""

from __future__ import annotations

import random

import pytest

from pipeline.checks.bilingual import CONS001
from pipeline.checks.bilingual.base import BilingualContext
from pipeline.core.models import TranslationUnit
from pipeline.glossary.model import Glossary

SOURCES = ["Save", "save", "Save as…", "Delete the file", "Delete the files", "%d item", "Open"]
TARGETS = ["Gem", "Gem som…", "Slet filen nu", "Slet  filen nu", "_Slet filen nu", "Åbn", "gem"]


def units(rng: random.Random) -> list[TranslationUnit]:
    made = []
    for i in range(rng.randint(0, 40)):
        context = rng.choice(["", "menu", "button"])
        form = rng.choice(["", "[0]", "[1]"])
        made.append(
            TranslationUnit(
                id=f"{context}::{i}{form}" if context else f"{i}{form}",
                source=rng.choice(SOURCES) + rng.choice(["", "", f" {i}"]),
                target=rng.choice(TARGETS) + rng.choice(["", "", f" {i}"]),
                source_lang="en",
                target_lang="da",
                path=rng.choice(["a/da.po", "b/da.po"]),
                line=i + 1,
            )
        )
    return made


@pytest.mark.parametrize("scope", ["catalog", "folder", "file-set"])
def test_cons001_finds_what_keying_every_unit_finds(
    scope: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(9)
    found = 0
    for _ in range(200):
        file_units = units(rng)
        check = CONS001.InconsistentTranslation()
        shared = list(check.run(BilingualContext(file_units, Glossary([]), scope)))
        with monkeypatch.context() as patched:
            patched.setattr(CONS001, "_shared", lambda pairs, _part: pairs)
            every = list(check.run(BilingualContext(file_units, Glossary([]), scope)))
        assert shared == every
        found += len(every)
    assert found > 100
