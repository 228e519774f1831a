"""The files of every stem key's expansion answer as the index that expands keys itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate_glossary import write_glossary
from pipeline.core.sorted_file import SortedFile
from pipeline.glossary import compiled, load_glossary
from pipeline.glossary.form_files import lead_lines, piece_lines
from pipeline.glossary.form_index import SPAN, WORD, FormIndex
from pipeline.glossary.model import Glossary
from pipeline.glossary.shared_index import form_index

ROOT = Path(__file__).parent.parent.parent
SEED = (ROOT / "sources" / "muskeltraekninger-da.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    """The project glossary's rows and generated compounds, acronyms and multi-word terms."""
    return load_glossary(write_glossary(tmp_path_factory.mktemp("g") / "big.csv", 1500))


def _filed(index: FormIndex, folder: Path) -> FormIndex:
    """An index of the same table that answers from the files written from `index` alone."""
    (folder / "leads").write_bytes(lead_lines(index, SPAN))
    (folder / "pieces").write_bytes(piece_lines(index, SPAN))
    files = (SortedFile(folder / "leads"), SortedFile(folder / "pieces"))
    return FormIndex(index._table, index.lang, files=files)


def _words(glossary: Glossary, lang: str, plain: FormIndex) -> list[str]:
    """Tokens a text may hold: the seed's, every form of every term (each token, each
    piece) and those forms cut short or run on, as a misspelling would."""
    words = [m.group().casefold() for m in WORD.finditer(SEED)]
    for row in glossary.table.rows_in(lang):
        for candidate in plain._forms_of(row):
            for token in candidate.words:
                words += [token, token[:-1], token + "s", token + "erne", *token.split("-")]
    return list(dict.fromkeys(w for w in words if w))


@pytest.mark.parametrize("lang", ["da", "en", "sv"])
def test_the_files_answer_as_the_index(glossary: Glossary, lang: str, tmp_path: Path) -> None:
    plain = FormIndex(glossary.table, lang)
    filed = _filed(FormIndex(glossary.table, lang), tmp_path)
    words = _words(glossary, lang, FormIndex(glossary.table, lang))
    assert len(words) > 1000
    for word, following in zip(words, [*words[1:], ""], strict=True):
        assert filed.candidates(word, following) == plain.candidates(word, following), word
        assert filed.candidates(word) == plain.candidates(word), word
        for forbidden in (True, False):
            assert filed.has_word(word, forbidden) == plain.has_word(word, forbidden), word
    pairs = {
        c.words[:2]
        for row in glossary.table.rows_in(lang)
        for c in plain._forms_of(row)
        if len(c.words) > 1
    }
    assert pairs
    for first, second in pairs:  # a multi-word term's forms, as a text has them
        assert filed.candidates(first, second) == plain.candidates(first, second)
        assert any(c.words[1] == second for c in plain.candidates(first, second))


def test_an_empty_file_knows_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").write_bytes(b"")
    assert SortedFile(tmp_path / "empty").get("ord") is None


def test_a_compiled_glossary_is_read_through_its_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "MIN_ROWS", 1)
    monkeypatch.setattr(compiled, "MIN_BYTES", 0)
    path = tmp_path / "glossary.csv"
    path.write_bytes((ROOT / "glossary.csv").read_bytes())
    first = form_index(load_glossary(path), "da")  # compiles, and writes the files
    later = form_index(load_glossary(path), "da")  # as a later process finds them
    assert first._files is not None and later._files is not None
    assert not later._built  # answered from the files: its own keys never built
    plain = FormIndex(load_glossary(path).table, "da")
    for match in WORD.finditer(SEED):
        word = match.group().casefold()
        assert later.candidates(word) == plain.candidates(word)
        assert later.has_word(word, False) == plain.has_word(word, False)
    folder = tmp_path / "cache" / "content-pipeline" / "glossary"
    assert len(list(folder.glob("*.index-6461.leads"))) == 1
    assert len(list(folder.glob("*.index-6461.pieces"))) == 1
