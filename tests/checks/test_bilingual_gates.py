"""Quick tests in front of bilingual checks leave their findings as they were: WS003's test
for a separator after a letter in the source, its glued-word pattern's look-behind, and
NUM001's test for a digit on either side, each against the code before it (the oracle) on
random units of letters, separators, spaces, digits, addresses, placeholders and markup."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from pipeline.checks.bilingual import WS003
from pipeline.checks.bilingual.NUM001 import NumberMismatch
from pipeline.checks.bilingual.WS003 import _GLUED, GluedWords
from pipeline.core.models import Finding, TranslationUnit

PIECES = ["fil", "Mappe", "æble", "CD", "n", "en", ",", ";", ":", " ", " ", "\u00a0", "\n",
          "1", "10:30", "%s", "%(name)s", "{0}", "<b>", "</b>", "&amp;", "http://a.dk/x,y",
          "a@b.dk", "www.x.org:8080", "é", "ß", "_", "-", "tre", "3.", "1,5"]  # fmt: skip
_OLD_GLUED = {p: re.compile(rf"[^\W\d_]+{re.escape(p)}[^\W\d_]+") for p in ",;:"}


def texts(seed: int, count: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))


def unit(source: str, target: str, target_lang: str = "da") -> TranslationUnit:
    return TranslationUnit(
        id=source, source=source, target=target, source_lang="en", target_lang=target_lang,
        path="da.po",
    )  # fmt: skip


def old_ws003(unit: TranslationUnit, target: str) -> list[tuple[str, str]]:
    """WS003 before its quick tests: every unit with a separator masked and searched."""
    if not any(p in target for p in ",;:"):
        return []
    source, masked = WS003._masked(unit.source), WS003._masked(target)
    for separator, glued in _OLD_GLUED.items():
        if separator not in masked or not WS003._SPACED[separator].search(source):
            continue
        inflected = WS003._INFLECTED_ABBREVIATION
        if unit.target_lang in WS003.COLON_INFLECTING:
            inflected = WS003._INFLECTED_WORD
        joined = [m.group() for m in glued.finditer(masked) if not inflected.fullmatch(m.group())]
        if len(joined) > len(glued.findall(source)):
            return [(joined[0], separator)]
    return []


def found(findings: Iterator[Finding]) -> list[tuple[str, str]]:
    return [(f.match, f.message) for f in findings]


def test_the_glued_patterns_find_what_they_found_without_the_look_behind() -> None:
    for text in texts(3, 20_000):
        for separator, pattern in _GLUED.items():
            old = [m.span() for m in _OLD_GLUED[separator].finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == old, text


def test_ws003_finds_what_it_found_before_its_quick_test() -> None:
    check = GluedWords()
    reported = 0
    for source, target in zip(texts(5, 30_000), texts(6, 30_000), strict=True):
        for lang in ("da", "sv"):
            each = unit(source, target, lang)
            new = found(check.check_target(each, target, None))  # type: ignore[arg-type]
            assert [match for match, _ in new] == [m for m, _ in old_ws003(each, target)]
            reported += len(new)
    assert reported > 100  # the units reach findings


def test_num001_reports_nothing_without_a_digit_and_still_with_one() -> None:
    check = NumberMismatch()
    assert found(check.check_target(unit("Two files", "Tre filer"), "Tre filer", None)) == []  # type: ignore[arg-type]
    with_digit = unit("Copy 2 files", "Kopiér 3 filer")
    assert len(found(check.check_target(with_digit, "Kopiér 3 filer", None))) == 2  # type: ignore[arg-type]
    assert found(check.check_target(unit("COM3", "port"), "COM1", None)) != []  # type: ignore[arg-type]


def test_dup001s_quick_test_matches_where_the_backtracking_pattern_does() -> None:
    from pipeline.checks.bilingual.DUP001 import _MAYBE_DOUBLED

    old = re.compile(r"(\S+)[ \u00a0]+\1", re.IGNORECASE)
    pieces = ["de", "De", "DE", "der", "x", "ß", "SS", "ss", "ſ", "s", "K", "k", "\u212a", "İ",
              "i", " ", "  ", "\u00a0", "\t", "\n", ",", ".", "%s", "é", "É"]  # fmt: skip
    rng = random.Random(11)
    matched = 0
    for _ in range(50_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        before = old.search(text)
        now = _MAYBE_DOUBLED.search(text)
        assert (now and now.span()) == (before and before.span()), text
        matched += before is not None
    assert matched > 1000


def test_dnt001_skips_a_file_only_when_no_source_holds_a_name() -> None:
    from pathlib import Path

    from pipeline.checks.bilingual.base import BilingualContext
    from pipeline.checks.bilingual.DNT001 import _names_may_occur, name_matches
    from pipeline.glossary import load_glossary

    glossary = load_glossary(Path(__file__).resolve().parents[2] / "glossary.csv")
    words = ["MedlinePlus", "MEDLINEPLUS's", "Medlinepluss", "National", "Institutes", "of",
             "Health", "Mayo", "Clinic", "mayoclinic", "University", "Oslo", "international",
             "Save", "file", "ſave", "İstanbul", "the", "fibromyalgia-symptoms", "("]  # fmt: skip
    rng = random.Random(21)
    skipped = kept = 0
    for _ in range(3_000):
        sources = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(2)]
        ctx = BilingualContext([unit(s, s.upper()) for s in sources], glossary)
        named = any(list(name_matches(glossary, "en", s)) for s in sources)
        may = _names_may_occur(ctx)
        assert may or not named, sources
        skipped += not may
        kept += named
    assert skipped > 100 and kept > 100  # both ways are reached


def test_punc001s_quick_test_passes_only_texts_without_an_ending() -> None:
    from pipeline.checks.bilingual.PUNC001 import _unmarked, ending

    ends = [".", "?", "…", "»", ")", " ", "!", ":", "。", "\u037e", "'"]
    passed = 0
    for text in texts(17, 3000):
        for tail in ("", *ends):
            if _unmarked(text + tail):
                assert ending(text + tail) is None, text + tail
                passed += 1
    assert passed > 1000
