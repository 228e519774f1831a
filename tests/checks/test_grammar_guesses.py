"""Words the Danish analyser does not know get the readings their form shows."""

from __future__ import annotations

from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.guesses import GUESS, guesses, with_guesses, word_readings
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text
from pipeline.ingest.morphology import lexical_readings

ARTICLE = """Søvn

Hvilke folkemiddel hjælper? Curcumin har antiinflammatoriske og antiinflammatorisk virkning.
Et folkemidddel er ikke et ord, og urtemedicin kender analysen.
"""


def _context() -> CheckContext:
    document = ingest_text(ARTICLE, path="a.md", suffix=".md", language="da", encoding="utf-8")
    return CheckContext(document, Glossary([]))


def test_a_compound_the_analyser_lacks_takes_the_readings_of_its_known_head() -> None:
    head = [r for r in lexical_readings(["middel"])["middel"] if r.pos == "n"]

    readings = guesses(_context())["folkemiddel"]

    assert [r.tags for r in readings] == [(*r.tags, GUESS) for r in head]
    assert [r.lemma for r in readings] == [h.lemma for h in head]


def test_learned_adjective_endings_give_strong_singular_or_weak_readings() -> None:
    found = guesses(_context())

    strong, weak = found["antiinflammatorisk"], found["antiinflammatoriske"]

    assert strong and all(r.pos == "adj" and r.has("sg", "ind", GUESS) for r in strong)
    assert weak and all(r.pos == "adj" and (r.has("pl") or r.has("def")) for r in weak)
    assert not any(r.has("sg", "ind") for r in weak)


def test_a_word_hunspell_does_not_know_gets_no_guess() -> None:
    ctx = _context()
    tokens = [t for a in analysed_segments(ctx) for t in a.tokens]

    assert any(t.surface == "folkemidddel" and not t.known for t in tokens)
    assert "folkemidddel" not in guesses(ctx)


def test_known_words_keep_the_analysers_readings() -> None:
    ctx = _context()
    tokens = [t for a in analysed_segments(ctx) for t in a.tokens]
    known = next(t for t in tokens if t.surface == "urtemedicin")

    assert known.known
    assert word_readings(ctx, known) == known.readings


def test_with_guesses_gives_unknown_words_their_guess_and_leaves_the_rest() -> None:
    ctx = _context()
    for analysed in analysed_segments(ctx):
        replaced = with_guesses(ctx, analysed.tokens)
        for before, after in zip(analysed.tokens, replaced, strict=True):
            assert after.surface == before.surface
            if before.known:
                assert after == before
            else:
                assert after.readings == word_readings(ctx, before)
