"""TERM005's shortcut (only the terms whose first word's stem key begins a word of the text)
finds exactly what trying every term's pattern finds, for the project glossary, generated
compounds and terms of odd shapes, on texts made of the terms' loose forms."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.generate_glossary import concepts
from pipeline.checks.terminology.TERM005 import (
    COMBINED_TERMS,
    _candidates,
    _combined_regex,
    _patterns,
    _term_regex,
    find_terms,
)
from pipeline.glossary import load_glossary
from pipeline.glossary.inflection import loose_word_forms
from pipeline.glossary.model import Glossary, TermEntry, TermStatus

ROOT = Path(__file__).resolve().parents[2]
ODD = ["ALS", "ALS-patient", "Lou Gehrigs sygdom", "muscle twitching", "øm", "a", "ſåret",
       "İnflammation", "ıllness", "x'", "bryst- og rygsmerte", "Straße",
       "hängendes Augenlid"]  # fmt: skip


def every_pattern(glossary: Glossary, lang: str, text: str) -> list[tuple[str, int, int]]:
    """The reference: every term's pattern tried on the text."""
    patterns = _patterns(glossary, lang)
    return [
        (entry.term, m.start(), m.end())
        for entry in patterns.entries
        for m in _term_regex(entry.term, lang).finditer(text)
    ]


def shortcut(glossary: Glossary, lang: str, text: str) -> list[tuple[str, int, int]]:
    patterns = _patterns(glossary, lang)
    return [
        (patterns.entries[i].term, m.start(), m.end())
        for i in _candidates(patterns, text)
        for m in _term_regex(patterns.entries[i].term, lang).finditer(text)
    ]


def texts(glossary: Glossary, lang: str, count: int) -> list[str]:
    rng = random.Random(7)
    entries = glossary.entries_in(lang)
    made = []
    for _ in range(count):
        words = []
        for entry in rng.sample(entries, min(4, len(entries))):
            parts = loose_word_forms(entry.term, lang)
            words.append(" ".join(rng.choice(sorted(p)) for p in parts))
        words += ["og", "(", "ſe", "ıt", "—", "KRONISK"]
        rng.shuffle(words)
        made.append(" ".join(w.upper() if rng.random() < 0.1 else w for w in words))
    return made


def generated() -> Glossary:
    rows = []
    for concept_rows in concepts(seed=5):
        rows += concept_rows
        if len(rows) >= 800:
            break
    return Glossary(TermEntry(c, lang, t, TermStatus(s)) for c, lang, t, s, *_ in rows)


def odd(lang: str) -> Glossary:
    return Glossary(TermEntry(f"odd-{i}", lang, t, TermStatus.PREFERRED) for i, t in enumerate(ODD))


@pytest.mark.parametrize("lang", ["nb", "sv", "en", "de", "nn"])
def test_the_shortcut_finds_what_every_pattern_finds(lang: str) -> None:
    for glossary in (load_glossary(ROOT / "glossary.csv"), generated(), odd(lang)):
        if not glossary.entries_in(lang):
            continue
        for text in texts(glossary, lang, 60):
            assert shortcut(glossary, lang, text) == every_pattern(glossary, lang, text), text


def test_a_text_without_any_term_word_tries_no_pattern() -> None:
    glossary = generated()
    patterns = _patterns(glossary, "sv")
    assert list(_candidates(patterns, "Det här är en vanlig mening utan termer.")) == []
    assert find_terms(glossary, "sv", "Det här är en vanlig mening utan termer.") == []


@pytest.mark.parametrize("lang", ["nb", "sv", "en", "de", "nn"])
def test_the_combined_pattern_matches_where_a_term_pattern_matches(lang: str) -> None:
    for glossary in (load_glossary(ROOT / "glossary.csv"), odd(lang)):
        combined = _combined_regex(glossary, lang)
        assert combined is not None
        samples = texts(glossary, lang, 60)
        samples += ["Det här är en vanlig mening utan termer.", "", "—", "ſe ıt KRONISK"]
        samples += [t[: len(t) // 2] for t in samples] + [t.lower() for t in samples]
        for text in samples:
            found = combined.search(text) is not None
            assert found is bool(every_pattern(glossary, lang, text)), text


def test_a_glossary_over_the_combined_size_keeps_its_patterns_apart() -> None:
    glossary = Glossary(
        TermEntry(f"c{i}", "sv", f"ordet{i}", TermStatus.PREFERRED)
        for i in range(COMBINED_TERMS + 1)
    )
    assert _combined_regex(glossary, "sv") is None
    assert [hit.text for hit in find_terms(glossary, "sv", "ordet7 och ORDET12")] == [
        "ordet7",
        "ORDET12",
    ]
    assert _combined_regex(Glossary([]), "sv") is None


@pytest.mark.parametrize("lang", ["nb", "sv", "en", "de", "nn"])
def test_the_beginnings_turn_away_only_texts_the_combined_pattern_finds_nothing_in(
    lang: str,
) -> None:
    from pipeline.checks.terminology.TERM005 import _beginnings, _may_hold_terms
    from pipeline.glossary.matcher import matcher_for

    turned_away = 0
    project = load_glossary(ROOT / "glossary.csv")
    assert _beginnings(project, lang) is not None
    # odd terms: "İnflammation" does not fold letter for letter, so no beginnings are required
    assert _beginnings(odd(lang), lang) is None
    odd_ascii = Glossary(e for e in odd(lang).entries if e.term.isascii())
    for glossary in (project, odd(lang), odd_ascii):
        combined = _combined_regex(glossary, lang)
        assert combined is not None
        samples = texts(glossary, lang, 60)
        samples += [t.encode("ascii", "ignore").decode() for t in samples]  # ASCII: the gate
        samples += [t[1:] for t in samples] + [t.upper() for t in samples]
        samples += ["Save the file", "MUSCLE", "ſe ıt KRONISK", "", "Show ALS and als"]
        for text in samples:
            before = matcher_for(glossary, lang).may_find(text) or bool(combined.search(text))
            assert _may_hold_terms(glossary, lang, text) is before, text
            turned_away += text.isascii() and not before
    assert turned_away > 5  # the gate is reached


@pytest.mark.parametrize("lang", ["da", "nb", "sv", "en", "de", "nn"])
def test_the_combined_pattern_from_the_kept_code_is_the_one_re_compiles(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The combined pattern's code is kept per machine (pipeline.core.compiled_patterns): the
    pattern a later process reads from the kept code is the one `re.compile` makes of it."""
    import re

    from pipeline.core.compiled_patterns import cache_folder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    glossary = load_glossary(ROOT / "glossary.csv")
    _combined_regex.cache_clear()
    first = _combined_regex(glossary, lang)
    assert first is not None
    assert len(list(cache_folder().iterdir())) == 1
    _combined_regex.cache_clear()
    kept = _combined_regex(glossary, lang)
    _combined_regex.cache_clear()
    assert kept is not None and kept is not first
    expected = re.compile(first.pattern)
    assert first == expected and kept == expected  # same pattern, flags and engine code
    samples = texts(glossary, lang, 40)
    for text in [*samples, "Det här är en vanlig mening utan termer.", ""]:
        assert [m.span() for m in kept.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ]
