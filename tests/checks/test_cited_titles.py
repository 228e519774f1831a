"""Titles of cited publications: quoted, or after a colon in title case or before a link."""

from __future__ import annotations

from pipeline.checks.language.titles import title_spans, without_titles


def titles(text: str) -> list[str]:
    return [text[start:end] for start, end in title_spans(text)]


def test_a_quoted_title_after_a_publication_noun() -> None:
    text = "Det stod i artiklen ”Sleep and memory in older adults”, som udkom i 2001."
    assert titles(text) == ["Sleep and memory in older adults"]
    assert titles("Bogen med titlen «Living Well» udkom i 2019.") == ["Living Well"]


def test_a_title_after_a_colon_in_title_case_or_before_a_link() -> None:
    assert titles("Se rapporten: Sleep Medicine in Practice.") == ["Sleep Medicine in Practice"]
    linked = "Læs artiklen: Sleep and memory: https://example.org/a.pdf"
    assert titles(linked) == ["Sleep and memory"]


def test_prose_after_a_colon_or_quotes_without_a_publication_is_no_title() -> None:
    assert titles("Konklusionen i studiet: patients should rest more.") == []
    assert titles("I studiet: Patienterne fik det bedre.") == []
    assert titles('Han kaldte det "heavy lifting" i går.') == []


def test_without_titles_keeps_the_offsets() -> None:
    text = "Se rapporten: Sleep Medicine in Practice."
    blanked = without_titles(text)
    assert len(blanked) == len(text) and blanked.startswith("Se rapporten: ")
    assert "Sleep" not in blanked
