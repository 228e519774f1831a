"""TermMatcher.may_find, the set test that lets a text skip matching, is False only where
`find` finds nothing: on texts of the terms' forms, those texts cut into pieces, and words
that begin no term, for the project glossary, generated compounds and terms of odd shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.glossary import load_glossary
from pipeline.glossary.matcher import TermMatcher
from tests.checks.test_term005_candidates import generated, odd, texts

ROOT = Path(__file__).resolve().parents[2]


def pieces(text: str) -> list[str]:
    """The text, each word alone, each pair of neighbouring words and each word cut short."""
    words = text.split()
    made = [text, *words, *(" ".join(words[i : i + 2]) for i in range(len(words)))]
    return made + [word[: len(word) // 2] for word in words]


@pytest.mark.parametrize("lang", ["da", "nb", "sv", "en", "de"])
def test_may_find_is_false_only_where_find_finds_nothing(lang: str) -> None:
    for glossary in (load_glossary(ROOT / "glossary.csv"), generated(), odd(lang)):
        if not glossary.entries_in(lang):
            continue
        matcher = TermMatcher(glossary, lang)
        said_no = 0
        for text in texts(glossary, lang, 30):
            for piece in pieces(text):
                found = list(matcher.find(piece))
                if not matcher.may_find(piece):
                    said_no += 1
                    assert found == [], piece
                    assert not matcher.may_find(piece)  # and so again, from its memory
        assert said_no > 0  # the test reaches texts the gate turns away


def test_a_text_of_other_words_is_turned_away_and_a_term_is_not() -> None:
    matcher = TermMatcher(load_glossary(ROOT / "glossary.csv"), "da")
    assert not matcher.may_find("Kan ikke åbne filen: adgang nægtet")
    assert matcher.may_find("Muskeltrækninger er et symptom.")
    assert list(matcher.find("Muskeltrækninger er et symptom."))


def test_matchers_of_different_glossaries_share_a_texts_words_not_their_answers() -> None:
    # the words of a text are worked out once (folded_words) for every matcher that asks
    from pipeline.glossary.form_index import WORD
    from pipeline.glossary.matcher import folded_words

    text = "Kontakt MedlinePlus om MUSKELTRÆKNINGER i Ærø-området"
    assert folded_words(text) == {w.casefold() for w in WORD.findall(text)}
    terms = TermMatcher(load_glossary(ROOT / "glossary.csv"), "da")
    other = TermMatcher(generated(), "da")
    assert terms.may_find(text)
    for matcher in (terms, other):
        for piece in pieces(text):
            assert matcher.may_find(piece) or list(matcher.find(piece)) == []


def test_find_walks_no_token_of_a_text_without_a_lead_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # a glossary of few terms keeps its lead words whole: a text holding none of them is
    # answered by one set test, with no token looked up
    matcher = TermMatcher(load_glossary(ROOT / "glossary.csv"), "da")
    assert matcher.lead_words() is not None
    found = list(matcher.find("Muskeltrækninger er et symptom."))
    assert [m.text for m in found] == ["Muskeltrækninger", "symptom"]

    def looked_up(*_: object) -> object:
        raise AssertionError("a token was looked up")

    monkeypatch.setattr(matcher._index, "candidates", looked_up)
    assert list(matcher.find("Kan ikke åbne filen: adgang nægtet")) == []
    with pytest.raises(AssertionError):
        list(matcher.find("Muskeltrækninger er et symptom."))
