"""A check with a trigger (`TranslatedUnitCheck.source_trigger`, `target_trigger`) asks only
the units the file's one search finds it in, and finds what asking every unit finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.registry import load_bilingual_checks
from pipeline.core.models import TranslationUnit
from pipeline.glossary import load_glossary
from pipeline.text.joined_search import JoinedTexts
from pipeline.text.tokens import ADDRESS_HINT, text_tokens
from tests.checks.cases import yaml_cases
from tests.translation_units import po_units

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "checks" / "bilingual"
PIECES = ["https://www.Example.org/a?b=1.", "WWW.sundhed.dk", "mail@host.no", "MayoClinic.com",
          "f.eks.", "benet.De", "x.dk-y", "(", ")", "ftp://", "\n", "\t", " ", "Åbn", "URL", "@",
          ".com", "a.io.", "://",
          # what the other checks' triggers look for: digits, brackets and quotation marks,
          # two spaces, separators between letters, capitals, paths, a word twice
          "10", "3,5", "«", "»", '"', "[", "}", "  ", "\u00a0", "fil,mappe", "a;b", "Navn:x",
          "ABC", "PDF", "/usr/bin", "C:\\x", "\\n", "readme.txt", "fil.po", "Gem gem",
          "de de"]  # fmt: skip


def pool() -> list[str]:
    """The sources and targets of every bilingual YAML case, and random addresses' parts."""
    texts = [
        unit[side]
        for param in yaml_cases(FIXTURES)
        for unit in param.values[1]["units"]
        for side in ("source", "target")
    ]
    rng = random.Random(2)
    texts += ["".join(rng.choices(PIECES, k=rng.randint(0, 6))) for _ in range(400)]
    return texts


def triggered_checks() -> list[TranslatedUnitCheck]:
    return [
        check
        for check in load_bilingual_checks((), ())
        if isinstance(check, TranslatedUnitCheck)
        and (check.source_trigger is not None or check.target_trigger is not None)
    ]


def test_some_check_has_a_trigger() -> None:
    assert sorted(check.code for check in triggered_checks()) == [
        "ACR001", "URL001", "WS002", "WS003"
    ]  # fmt: skip


def test_each_trigger_finds_in_the_joined_texts_what_it_finds_in_each() -> None:
    texts = pool()
    for check in triggered_checks():
        for pattern in (check.source_trigger, check.target_trigger):
            if pattern is not None:
                expected = {i for i, text in enumerate(texts) if pattern.search(text)}
                assert JoinedTexts(texts).matching(pattern) == expected, check.code


def test_a_text_with_an_address_has_the_hint() -> None:
    for text in pool():
        if text_tokens(text):
            assert ADDRESS_HINT.search(text) is not None, text
    assert ADDRESS_HINT.search("Gem filen. Luk vinduet") is None


def units(source_lang: str, target_lang: str) -> list[TranslationUnit]:
    texts = pool()
    rng = random.Random(4)
    targets = texts[:]
    rng.shuffle(targets)
    pairs = list(zip(texts, targets, strict=True)) + [(t, t) for t in texts[::3]]
    cases = [
        (unit["source"], unit["target"])
        for param in yaml_cases(FIXTURES)
        for unit in param.values[1]["units"]
    ]  # each check's own cases, source and target together
    return po_units(pairs + cases, source_lang, target_lang)


@pytest.mark.parametrize(("source_lang", "target_lang"), [("da", "nb"), ("en", "da")])
def test_a_triggered_check_finds_what_asking_every_unit_finds(
    source_lang: str, target_lang: str
) -> None:
    glossary = load_glossary(ROOT / "glossary.csv")
    file_units = units(source_lang, target_lang)
    for check in triggered_checks():
        ctx = BilingualContext(file_units, glossary)
        every = [
            finding
            for unit, target in ctx.translated()
            for finding in check.check_target(unit, target, ctx)
        ]
        assert len(every) > 3  # the units hold findings to keep
        assert list(check.run(BilingualContext(file_units, glossary))) == every


def test_a_pattern_over_a_newline_may_add_the_text_it_begins_in() -> None:
    assert JoinedTexts(["a", "b"]).matching(re.compile(r"a\sb")) == {0}
