"""The Apertium analysis wrapper, checked against the installed analyser itself."""

from __future__ import annotations

import subprocess

import pytest

from pipeline.ingest.apertium_units import parse_reading
from pipeline.ingest.morphology import (
    AnalyserUnavailableError,
    analyse,
    analyse_with_words,
    analysis_stages,
    escape,
    lexical_readings,
    parse_stream,
    unstressed,
)

TEXT = "Om vinteren er influenza mere udbredt.\nHan har [ofte] feber > 38 °C på 2/3 af dagene $ ^."


def test_every_token_span_slices_its_surface_out_of_the_text() -> None:
    tokens = analyse(TEXT)

    assert tokens
    for token in tokens:
        assert TEXT[token.start : token.end] == token.surface
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


def test_reserved_stream_characters_in_the_text_do_not_break_the_analysis() -> None:
    surfaces = [t.surface for t in analyse(TEXT)]

    assert "[" in surfaces
    assert "feber" in surfaces
    assert surfaces[-1] == "."


def test_readings_are_those_the_installed_analyser_gives() -> None:
    analyser, _ = analysis_stages("da")
    stream = subprocess.run(
        ["bash", "-c", analyser], input=escape(TEXT), capture_output=True, text=True, check=True
    ).stdout

    expected = [(s, tuple(r.lemma for r in rs)) for s, rs in parse_stream(stream)]
    assert [(t.surface, tuple(r.lemma for r in t.readings)) for t in analyse(TEXT)] == expected


def test_the_chosen_reading_is_one_of_the_readings_for_known_words() -> None:
    for token in analyse(TEXT):
        if token.known and token.chosen is not None:
            lemmas = {r.lemma.casefold() for r in token.readings}
            assert token.chosen.lemma.casefold() in lemmas
            assert token.chosen.tags in {r.tags for r in token.readings}


def test_an_unknown_word_has_no_readings() -> None:
    (token,) = [t for t in analyse("Det er xqzzvb nu.") if t.surface == "xqzzvb"]

    assert not token.known
    assert token.chosen is None


def test_lexical_readings_give_every_reading_of_each_word() -> None:
    readings = lexical_readings(["vinteren", "xqzzvb", "vinteren"])

    assert set(readings) == {"vinteren", "xqzzvb"}
    assert readings["xqzzvb"] == ()
    assert any(r.pos == "n" and r.has("def") for r in readings["vinteren"])


def test_parse_reading_of_a_compound_keeps_its_parts() -> None:
    reading = parse_reading("hjerte<n><nt><sg><ind>+anfald<n><nt><sg><ind>")

    assert reading is not None
    assert reading.compound
    assert [p.lemma for p in reading.parts] == ["hjerte", "anfald"]
    assert reading.lemma == "anfald"
    assert parse_reading("*xqzzvb") is None


def test_a_language_without_an_analyser_is_an_error_naming_it() -> None:
    with pytest.raises(AnalyserUnavailableError, match="'de'"):
        analysis_stages("de")


@pytest.mark.parametrize("lang", ["nb", "nn", "sv"])
def test_the_neighbouring_languages_are_analysed_too(lang: str) -> None:
    tokens = analyse("Barnet har feber.", lang)

    assert [t.surface for t in tokens] == ["Barnet", "har", "feber", "."]
    assert tokens[0].known


def test_analysing_text_and_words_in_one_chain_equals_the_two_calls() -> None:
    words = ["hjerteanfald", "xqzzvb", "blod prøve", "lungebetændelse", "a\\b"]

    tokens, readings = analyse_with_words(TEXT, words)

    assert tokens == analyse(TEXT)
    assert readings == lexical_readings(words)


def test_words_looked_up_before_come_back_with_their_readings_beside_new_ones() -> None:
    """A batch's articles share words: a word analysed before is not sent again, and is
    answered as if it were."""
    first = analyse_with_words(TEXT, ["hjerteanfald", "xqzzvb"])[1]
    words = ["xqzzvb", "lungebetændelse", "hjerteanfald", "blodprøve"]

    tokens, again = analyse_with_words("Han har feber.", words)

    assert again == lexical_readings(words)
    assert {word: again[word] for word in first} == first
    assert [t.surface for t in tokens] == ["Han", "har", "feber", "."]


@pytest.mark.parametrize("target", ["nb", "nn", "sv"])
def test_the_long_lived_chain_answers_as_a_new_pipeline_does(target: str) -> None:
    """SENSE001's generation asks the process's null-flushed chain; it must answer each call
    exactly as a fresh run of the same stages, also when asked again."""
    from pipeline.checks.bilingual import senses
    from pipeline.ingest import morphology

    command = senses._generation("da", target)
    if command is None:
        pytest.skip(f"no da-{target} mode installed")
    tokens = morphology.analyse("Musklerne trækker sig sammen, og lægen siger, at det går over.")
    readings = [reading for token in tokens for reading in token.readings]
    payload = "".join(f"^{senses._unit(r)}$^.<sent>$\n" for r in readings)
    fresh = morphology.run_stages(command, payload)
    assert fresh.count("\n") >= len(readings)
    assert morphology.ask(command, payload) == fresh
    assert morphology.ask(command, payload) == fresh


def test_lines_given_to_the_grammars_before_come_back_as_the_grammars_give_the_whole_text() -> None:
    """Lines that end a window go through the constraint grammars once per process; a text
    made of such lines, new lines, blank lines and an unfinished last window comes back as
    the grammar stages give it whole."""
    from pipeline.ingest import morphology
    from pipeline.ingest.grammar_windows import grammar_output
    from pipeline.ingest.morphology import run_stages

    analyser, disambiguation = analysis_stages("da")
    grammars = disambiguation.rsplit(" | ", 1)[0]
    texts = [
        "Han gik hjem. Hun blev hjemme.\nDen røde bil kører hurtigt.\n",
        "Symptomer\n\nDen røde bil kører hurtigt.\nHan gik hjem. Hun blev hjemme.\nHvad nu?\n",
        "Den røde bil kører hurtigt.\nOg så kom der en lille hund",
    ]
    for text in texts:
        lexical = run_stages(analyser, escape(text))

        assert grammar_output(grammars, lexical, morphology._ask) == run_stages(grammars, lexical)


def test_the_stressed_article_is_analysed_as_the_article_and_keeps_its_spelling() -> None:
    text = "Én type træning, ét glas vand og en café én gang."
    tokens = analyse(text)
    plain = {t.surface: t.readings for t in analyse(unstressed(text))}

    for token in tokens:
        assert text[token.start : token.end] == token.surface
    by_surface = {t.surface: t for t in tokens}
    assert by_surface["Én"].readings == plain["En"]
    assert by_surface["ét"].readings == plain["et"]
    assert any(r.pos == "det" for r in by_surface["Én"].readings)
    assert unstressed("café Éndelig én") == "café Éndelig en"


def test_a_word_looked_up_before_is_not_sent_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.ingest import morphology

    first = lexical_readings(["vinteren", "feber", "xqzzvb"])
    asked: list[str] = []
    original = morphology._ask

    def counted(command: str, payload: str, shorten: object = None) -> str:
        asked.append(payload)
        return original(command, payload)

    monkeypatch.setattr(morphology, "_ask", counted)
    again = lexical_readings(["feber", "hostede", "vinteren", "xqzzvb"])
    monkeypatch.setattr(morphology, "_WORDS", {})
    afresh = lexical_readings(["feber", "hostede", "vinteren", "xqzzvb"])

    assert asked[0] == "hostede\n"
    assert again == afresh and list(again) == ["feber", "hostede", "vinteren", "xqzzvb"]
    assert again["feber"] == first["feber"] and again["xqzzvb"] == () and again["hostede"]
