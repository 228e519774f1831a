from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity
from pipeline.core.yaml_cache import yaml_data

DATA = "english_plurals.yml"
_WORD = re.compile(r"\w+(?:-\w+)*")
# a compound with -niveau in the plural: blodsukkerniveauer, LDL-kolesterolniveauerne
_LEVELS = re.compile(r"(?P<first>\w+?(?:-\w+)*?)-?(?P<noun>niveauer(?:ne)?)", re.IGNORECASE)
_BARE_LEVELS = re.compile(r"niveauer(?:ne)?", re.IGNORECASE)
# Levels compared across groups, a real plural: "Ferritinniveauer ved jernmangel alene, …, og
# ved inflammationsanæmi", "niveauerne hos mænd og hos kvinder" (the preposition repeated).
_COMPARED = re.compile(r"\s+(ved|hos|blandt)\b[^.!?]*\b(?:og|samt|eller)\s+\1\b", re.IGNORECASE)


@dataclass(frozen=True)
class Plurals:
    substances: tuple[str, ...]
    mass: dict[str, tuple[str, str]]  # plural form → (singular, reason)
    fixed: frozenset[str] = frozenset()  # fixed expressions that end in such a form: "i søvne"


@cache
def load_plurals() -> Plurals:
    """The data file's substances and mass nouns, read once per process."""
    text = resources.files("pipeline.checks").joinpath("data", DATA).read_text(encoding="utf-8")
    data = yaml_data(text)
    mass = {
        plural: (entry["singular"], entry["reason"])
        for entry in data["mass_nouns"]
        for plural in entry["plurals"]
    }
    fixed = frozenset(
        phrase.casefold() for entry in data["mass_nouns"] for phrase in entry.get("fixed", ())
    )
    return Plurals(tuple(data["levels"]["substances"]), mass, fixed)


def _singular_level(noun: str) -> str:
    """niveauer → niveau, niveauerne → niveauet (keeping an initial capital)."""
    singular = "niveauet" if noun.casefold().endswith("erne") else "niveau"
    return singular.capitalize() if noun[:1].isupper() else singular


class EnglishPlural(Check):
    """A Danish noun in the plural where Danish uses the singular ("kolesterolniveauer").

    English counts what Danish treats as one quantity or as a mass: "cholesterol levels",
    "levels of cortisol", "energy levels" come out as "kolesterolniveauer", "niveauerne af
    kortisol", "energiniveauerne", where Danish speaks of one level (kolesterolniveauet,
    niveauet af kortisol, or kolesteroltallet); "nutrients/exercises/staffs" as
    "ernæringer", "motioner", "personaler", nouns that have no plural in this sense. The
    data (pipeline/checks/data/english_plurals.yml) is a class of words, not phrases: the
    substances whose level is meant, at the start of any -niveau compound or after
    "niveauer af", and the mass nouns. The suggestion is the singular; the fix is not
    automatic, as an adjective before it often changes too ("høje" → "højt").

    It deliberately does not flag levels of anything but a substance ("forskellige niveauer
    af smerte", "sikkerhedsniveauer", "mappeniveauer": real plurals), levels compared across
    groups named with a repeated preposition ("ferritinniveauer ved jernmangel og ved
    inflammation"), nor established
    plurals (informationer, rådgivninger, smerter), nor compounds of the mass nouns
    ("emotioner" is not "motioner"), nor a form in a fixed expression that keeps an old case
    ending ("tale i søvne": the dative, not a plural of søvn), nor forms hunspell does not
    know at all (SPELL001 reports those). Danish documents only.

    Anti-pattern: "Motion kan sænke dine kolesterolniveauer."
    Best practice: "Motion kan sænke dit kolesterolniveau (kolesteroltal)."
    """

    code = "MT009"
    name = "artifacts.english-plural"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller("da")
        if ctx.document.language != "da" or speller is None:
            return
        plurals = load_plurals()
        for segment in ctx.document.content_segments():
            text = segment.text
            words = list(_WORD.finditer(text))
            for n, word in enumerate(words):
                lower = word.group().casefold()
                before = words[n - 1].group().casefold() + " " if n else ""
                if before + lower in plurals.fixed:
                    continue  # "tale i søvne": an old dative, not a plural
                if lower in plurals.mass and speller.known(lower):
                    singular, reason = plurals.mass[lower]
                    yield self.finding(
                        ctx,
                        segment,
                        word.start(),
                        word.end(),
                        f"'{word.group()}': Danish uses '{singular}' in the singular ({reason})",
                        suggestion=singular,
                    )
                    continue
                level = _level(word.group(), words[n + 1 : n + 3], plurals.substances)
                if level is None:
                    continue
                end = word.end() if level[1] == 0 else words[n + level[1]].end()
                if _COMPARED.match(text, end):
                    continue  # the levels of several groups: a real plural
                suggestion = level[0] + text[word.end() : end]
                yield self.finding(
                    ctx,
                    segment,
                    word.start(),
                    end,
                    f"'{text[word.start() : end]}': the level of a substance is one level in "
                    f"Danish; use the singular '{suggestion}' (English 'levels' is plural)",
                    suggestion=suggestion,
                )


def _level(
    word: str, following: list[re.Match[str]], substances: tuple[str, ...]
) -> tuple[str, int] | None:
    """The singular to suggest and how many following words the finding covers (0: the
    compound alone; 2: "niveauerne af kortisol"), or None when `word` is no such plural."""
    if _BARE_LEVELS.fullmatch(word):
        if len(following) == 2 and following[0].group().casefold() == "af":
            substance = following[1].group().casefold()
            if substance.endswith(substances):
                return _singular_level(word), 2
        return None
    match = _LEVELS.fullmatch(word)
    if match is None:
        return None
    first = match.group("first").casefold().replace("-", "")
    if not (first.endswith(substances) or first.removesuffix("s").endswith(substances)):
        return None
    noun = match.group("noun")
    return word[: match.start("noun")] + _singular_level(noun).casefold(), 0
