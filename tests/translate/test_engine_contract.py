"""The contract every TranslationEngine keeps, run against each engine (as translate-toolkit's
storage tests run one base suite per StoreClass). Subclasses provide the `engine` fixture."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest

from pipeline.translate import TranslationEngine, TranslationError, get_engine
from tests.translate.libre_server import running


class EngineContract:
    source: str
    target: str
    unsupported: tuple[str, str]
    texts: ClassVar[list[str]]

    def test_is_a_translation_engine(self, engine: TranslationEngine) -> None:
        assert isinstance(engine, TranslationEngine)

    def test_batch_length_is_preserved(self, engine: TranslationEngine) -> None:
        assert len(engine.translate_batch(self.texts, self.source, self.target)) == len(self.texts)

    def test_order_is_preserved(self, engine: TranslationEngine) -> None:
        one_by_one = [engine.translate_batch([t], self.source, self.target)[0] for t in self.texts]

        reversed_batch = engine.translate_batch(self.texts[::-1], self.source, self.target)

        assert reversed_batch == one_by_one[::-1]

    def test_translations_differ_from_the_source(self, engine: TranslationEngine) -> None:
        translated = engine.translate_batch(self.texts, self.source, self.target)

        assert all(out != text for out, text in zip(translated, self.texts, strict=True))

    def test_empty_batch_gives_empty_list(self, engine: TranslationEngine) -> None:
        assert engine.translate_batch([], self.source, self.target) == []

    def test_blank_texts_come_back_unchanged(self, engine: TranslationEngine) -> None:
        assert engine.translate_batch(["", " \n"], self.source, self.target) == ["", " \n"]

    def test_an_unsupported_pair_is_a_clear_error(self, engine: TranslationEngine) -> None:
        source, target = self.unsupported

        with pytest.raises(TranslationError, match=rf"^{engine.name}: .*'?{source}"):
            engine.translate_batch(self.texts, source, target)

    def test_supports_and_pairs_agree(self, engine: TranslationEngine) -> None:
        assert engine.supports(self.source, self.target)
        assert not engine.supports(*self.unsupported)
        assert (self.source, self.target) in engine.pairs()
        assert self.unsupported not in engine.pairs()

    def test_version_is_not_empty(self, engine: TranslationEngine) -> None:
        assert engine.version().strip()


class TestApertiumDanishToBokmal(EngineContract):
    source, target, unsupported = "da", "nb", ("en", "de")
    texts: ClassVar[list[str]] = [
        "Muskeltrækninger er et symptom.",
        "Hvad er årsagerne?",
        "Sygdommen begynder normalt med muskelsvaghed.",
    ]

    @pytest.fixture
    def engine(self) -> TranslationEngine:
        return get_engine("apertium")


class TestApertiumDanishToSwedish(TestApertiumDanishToBokmal):
    source, target = "da", "sv"


class TestLibreEnglishToGerman(EngineContract):
    source, target, unsupported = "en", "de", ("da", "nb")
    texts: ClassVar[list[str]] = ["Hello world", "The muscle cramps are a symptom.", "good day"]

    @pytest.fixture
    def engine(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[TranslationEngine]:
        monkeypatch.delenv("LIBRE_API_KEY", raising=False)
        with running() as fake:
            yield get_engine("libre", endpoint=fake.url, base_delay=0.01, timeout=2.0)


def test_an_unknown_engine_name_lists_the_known_ones() -> None:
    with pytest.raises(
        TranslationError, match=r"unknown translation engine 'systran'; known .*apertium"
    ):
        get_engine("systran")


def test_a_bad_option_value_is_a_clear_error() -> None:
    with pytest.raises(TranslationError) as error:
        get_engine("google", attempts=0)

    assert str(error.value) == "google: bad engine options: attempts must be at least 1"
