"""FormIndex.begins_any answers from the whole set of lead tokens (a language with few stem
keys) exactly as token by token: on the words of texts made of the terms' forms, those texts
cut into pieces, and words that begin no term, for the project glossary, generated compounds
and terms of odd shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.glossary import form_index, load_glossary
from pipeline.glossary.form_index import WORD, FormIndex
from tests.checks.test_term005_candidates import generated, odd, texts
from tests.glossary.test_matcher_gate import pieces

ROOT = Path(__file__).resolve().parents[2]


def token_by_token(index: FormIndex, monkeypatch: pytest.MonkeyPatch) -> FormIndex:
    """`index` made to answer token by token (as a language of many stem keys is)."""
    with monkeypatch.context() as patched:
        patched.setattr(form_index, "WHOLE_KEYS", 0)
        index.begins_any(frozenset())  # the choice is made at the first question, and kept
    return index


@pytest.mark.parametrize("lang", ["da", "nb", "sv", "en", "de"])
def test_the_whole_set_answers_as_each_token_does(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for glossary in (load_glossary(ROOT / "glossary.csv"), generated(), odd(lang)):
        if not glossary.entries_in(lang):
            continue
        whole = FormIndex(glossary.table, lang)
        each = token_by_token(FormIndex(glossary.table, lang), monkeypatch)
        assert whole.lead_tokens() is not None
        assert each.lead_tokens() is None
        said = set()
        for text in texts(glossary, lang, 30):
            for piece in [*pieces(text), "kan ikke åbne filen", "ſe ıt —"]:
                tokens = frozenset(word.casefold() for word in WORD.findall(piece))
                answer = whole.begins_any(tokens)
                assert answer is each.begins_any(tokens), piece
                said.add(answer)
                for token in tokens:
                    assert whole.begins_any({token}) is each.begins_any({token}), token
        assert said == {True, False}  # both answers are reached


def test_a_language_of_many_stem_keys_is_answered_token_by_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(form_index, "WHOLE_KEYS", 3)
    index = FormIndex(load_glossary(ROOT / "glossary.csv").table, "da")
    assert index.lead_tokens() is None
    assert index.begins_any({"muskeltrækninger"})
    assert not index.begins_any({"filen"})
