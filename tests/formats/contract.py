"""The contract every file format passes: a test module subclasses one of these classes and
sets `FormatClass` (as translate-toolkit's storage tests set StoreClass), plus how to write a
file of that format. Adding a format means its module, its registry line and such a subclass.

Each contract builds its own files from Danish texts written for the purpose and checks our
behaviour: registration, round-trip, the encodings the format accepts, line numbers,
inline suppressions and, for formats with a fix writer, that a fix changes only the bytes
of the fixed span.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import ClassVar

import pytest

from pipeline.checking.suppressions import inline_suppressions
from pipeline.core.models import Finding, Severity
from pipeline.formats import FORMATS, format_for, formats, get_format
from pipeline.formats.base import ArticleFormat, BilingualFormat, FileFormat

# (source, target) pairs: real Danish translations of short English UI and health texts
PAIRS = [
    ("Muscle twitches", "Muskeltrækninger"),
    ("Drink plenty of water.", "Drik rigeligt med vand."),
    ("Call 112 in an emergency.", "Ring 112 i en nødsituation."),
    ("The results are ready.", "Resultaterne er klar."),
]

ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),  # with its byte-order mark
    "utf-16-le": lambda text: text.encode("utf-16-le"),  # without one
    "utf-16-be": lambda text: text.encode("utf-16-be"),
}


def finding(code: str, path: Path, line: int) -> Finding:
    """A finding of `code` on `line`, as a check reports one (for the suppression contract)."""
    return Finding(
        code=code,
        name="contract",
        severity=Severity.WARNING,
        message="contract",
        path=str(path),
        line=line,
        column=1,
        end_line=line,
        end_column=2,
        match="2",
    )


class FormatContract:
    FormatClass: ClassVar[type[FileFormat]]
    suffix: ClassVar[str]  # the suffix (or name) the test files get

    def file_name(self) -> str:
        return f"contract{self.suffix}"

    def test_the_format_is_registered_under_its_name(self) -> None:
        fmt = get_format(self.FormatClass.name)
        assert type(fmt) is self.FormatClass
        assert FORMATS[fmt.name].endswith(f":{self.FormatClass.__name__}")

    def test_its_files_are_found_by_their_name(self, tmp_path: Path) -> None:
        found = format_for(tmp_path / self.file_name())
        assert type(found) is self.FormatClass
        for suffix in self.FormatClass.suffixes:
            assert suffix == suffix.lower() and suffix.startswith(".")
            assert type(format_for(Path(f"DIR/FILE{suffix.upper()}"))) is self.FormatClass

    def test_no_other_format_claims_its_files(self, tmp_path: Path) -> None:
        path = tmp_path / self.file_name()
        claiming = [f.name for f in formats() if f.matches(path)]
        assert claiming == [self.FormatClass.name]

    def test_it_declares_a_suppression_comment_exactly_when_it_reads_them(self) -> None:
        fmt = get_format(self.FormatClass.name)
        assert (fmt.suppression_comment is None) == (fmt.suppression_reader is None)
        if fmt.suppression_comment is not None:
            assert fmt.suppression_comment.format(code="NUM001").count("NUM001") == 1


class BilingualContract(FormatContract):
    """A bilingual format: override `text` (a file holding PAIRS) and, when the format has
    them, `suppressed_text` and `FIX_ENCODINGS`."""

    ENCODINGS: ClassVar[tuple[str, ...]] = tuple(ENCODINGS)
    FIX_ENCODINGS: ClassVar[tuple[str, ...]] = ()  # () for a check-only format

    def text(self, pairs: list[tuple[str, str]]) -> str:
        raise NotImplementedError

    def suppressed_text(self, pairs: list[tuple[str, str]], index: int, code: str) -> str | None:
        """The file with checks `code` turned off for unit `index`; None: no such syntax."""
        return None

    def write(self, folder: Path, pairs: list[tuple[str, str]], encoding: str = "utf-8") -> Path:
        path = folder / self.file_name()
        path.write_bytes(ENCODINGS[encoding](self.text(pairs)))
        return path

    @property
    def fmt(self) -> BilingualFormat:
        fmt = get_format(self.FormatClass.name)
        assert isinstance(fmt, BilingualFormat)
        return fmt

    def test_units_round_trip_in_file_order(self, tmp_path: Path) -> None:
        path = self.write(tmp_path, PAIRS)
        units = self.fmt.read_units(path, "en", "da")
        assert [(u.source, u.target) for u in units] == PAIRS
        assert all(u.path == str(path) for u in units)

    @pytest.mark.parametrize("encoding", list(ENCODINGS))
    def test_every_accepted_encoding_reads_the_same_units(
        self, tmp_path: Path, encoding: str
    ) -> None:
        if encoding not in self.ENCODINGS:
            pytest.skip(f"{self.FormatClass.name} files are not written in {encoding}")
        reference = tmp_path / "reference"
        reference.mkdir()
        expected = [
            (u.source, u.target, u.line) for u in self.fmt.read_units(self.write(reference, PAIRS))
        ]
        units = self.fmt.read_units(self.write(tmp_path, PAIRS, encoding))
        assert [(u.source, u.target, u.line) for u in units] == expected

    def test_each_unit_is_on_the_line_of_its_entry(self, tmp_path: Path) -> None:
        path = self.write(tmp_path, PAIRS)
        lines = path.read_text(encoding="utf-8").splitlines()
        units = self.fmt.read_units(path)
        starts = [u.line for u in units]
        assert starts == sorted(set(starts)), "one line per unit, in file order"
        for unit, end in zip(units, [*starts[1:], len(lines) + 1], strict=True):
            entry = "\n".join(lines[unit.line - 1 : end - 1])
            assert unit.source in entry or _escaped(unit.source) in entry

    def test_inline_suppressions_turn_codes_off_for_their_unit_only(self, tmp_path: Path) -> None:
        text = self.suppressed_text(PAIRS, 2, "NUM001")
        path = tmp_path / self.file_name()
        if text is None:
            path.write_text(self.text(PAIRS), encoding="utf-8")
            assert inline_suppressions(self.fmt, path) is None
            return
        path.write_text(text, encoding="utf-8")
        suppressions = inline_suppressions(self.fmt, path)
        assert suppressions is not None and suppressions.problems == []
        units = self.fmt.read_units(path)
        assert suppressions.suppresses(finding("NUM001", path, units[2].line))
        assert not suppressions.suppresses(finding("PH001", path, units[2].line))
        assert not any(suppressions.suppresses(finding("NUM001", path, u.line)) for u in units[:2])

    def test_a_check_only_format_has_no_fix_writer(self, tmp_path: Path) -> None:
        if self.FIX_ENCODINGS:
            assert self.fmt.fixable
            return
        assert not self.fmt.fixable
        with pytest.raises(NotImplementedError):
            self.fmt.catalog(self.write(tmp_path, PAIRS), b"", None)

    @pytest.mark.parametrize("encoding", list(ENCODINGS))
    def test_a_fix_changes_only_the_bytes_of_the_fixed_target(
        self, tmp_path: Path, encoding: str
    ) -> None:
        if encoding not in self.FIX_ENCODINGS:
            pytest.skip(f"{self.FormatClass.name} files in {encoding} are not fixed")
        path = self.write(tmp_path, PAIRS, encoding)
        raw = path.read_bytes()
        catalog = self.fmt.catalog(path, raw, None)
        new_target = "Drik rigeligt med vand hver dag."
        fixed = catalog.edit({1: new_target})
        data = fixed.data()
        assert [(u.source, u.target) for u in fixed.units] == [
            (s, new_target if i == 1 else t) for i, (s, t) in enumerate(PAIRS)
        ]
        old_target = ENCODINGS[encoding.replace("-sig", "")](PAIRS[1][1])
        if encoding == "utf-16":
            old_target = old_target[2:]  # no second byte-order mark inside the file
        start = raw.index(old_target)
        prefix = _common_prefix(raw, data)
        suffix = _common_prefix(raw[::-1], data[::-1])
        assert prefix >= start and len(raw) - suffix <= start + len(old_target)


class ArticleContract(FormatContract):
    """An article format: override `article` (the file's text for a title and paragraphs)."""

    ENCODINGS: ClassVar[tuple[str, ...]] = (*ENCODINGS, "cp1252")
    TITLE = "Muskeltrækninger i benene"
    PARAGRAPHS: ClassVar[list[str]] = [
        "Muskeltrækninger er små, ufrivillige sammentrækninger. De er som regel ufarlige.",
        "Hos Hos mange skyldes de stress, koffein eller for lidt søvn.",
        "Kontakt din læge, hvis trækningerne varer mere end to uger.",
    ]

    def article(self, title: str, paragraphs: list[str]) -> str:
        raise NotImplementedError

    @property
    def fmt(self) -> ArticleFormat:
        fmt = get_format(self.FormatClass.name)
        assert isinstance(fmt, ArticleFormat)
        return fmt

    def write(self, folder: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
        path = folder / self.file_name()
        text = text.replace("\n", newline)
        path.write_bytes(
            text.encode("cp1252") if encoding == "cp1252" else ENCODINGS[encoding](text)
        )
        return path

    def test_blocks_point_at_their_text(self) -> None:
        text = self.article(self.TITLE, self.PARAGRAPHS)
        blocks = self.fmt.blocks(text)
        assert [b.text for b in blocks if self.TITLE in b.text] and len(blocks) >= 4
        for block in blocks:
            if block.offsets is None:
                assert text[block.start : block.end] == block.text
            else:
                assert all(text[o] == c for o, c in zip(block.offsets, block.text, strict=True))

    @pytest.mark.parametrize("encoding", [*ENCODINGS, "cp1252"])
    def test_every_accepted_encoding_reads_the_same_document(
        self, tmp_path: Path, encoding: str
    ) -> None:
        from pipeline.ingest import read_document

        text = self.article(self.TITLE, self.PARAGRAPHS)
        reference = tmp_path / "reference"
        reference.mkdir()
        expected = read_document(self.write(reference, text), language="da")
        document = read_document(self.write(tmp_path, text, encoding), language="da")
        assert document.encoding == ("utf-8" if encoding == "utf-8" else encoding)
        assert [(s.text, s.span) for s in document.content_segments()] == [
            (s.text, s.span) for s in expected.content_segments()
        ]

    def test_each_sentence_is_at_its_line_and_column(self, tmp_path: Path) -> None:
        from pipeline.ingest import read_document

        path = self.write(tmp_path, self.article(self.TITLE, self.PARAGRAPHS), newline="\r\n")
        lines = path.read_text(encoding="utf-8").splitlines()
        segments = list(read_document(path, language="da").content_segments())
        assert len(segments) >= 5
        for segment in segments:
            span = segment.span
            assert lines[span.line - 1][span.column - 1 :].startswith(segment.text.split()[0])

    def test_inline_suppressions_turn_codes_off_where_they_say(self, tmp_path: Path) -> None:
        from pipeline.checks import check_document
        from pipeline.glossary.model import Glossary
        from pipeline.ingest import read_document

        assert self.fmt.suppression_comment is not None
        comment = self.fmt.suppression_comment.format(code="MECH001")  # what the report copies
        plain = self.write(tmp_path, self.article(self.TITLE, self.PARAGRAPHS))
        document = read_document(plain, language="da")
        found = check_document(document, Glossary([]), ["MECH001"], suppressions=None)
        assert [(f.code, f.match) for f in found] == [("MECH001", "Hos Hos")]

        paragraphs = [self.PARAGRAPHS[0], f"{comment}\n\n{self.PARAGRAPHS[1]}", self.PARAGRAPHS[2]]
        commented = self.write(tmp_path, self.article(self.TITLE, paragraphs))
        document = read_document(commented, language="da")
        suppressions = inline_suppressions(self.fmt, document.source_text, str(commented))
        assert suppressions is not None and suppressions.problems == []
        assert check_document(document, Glossary([]), ["MECH001"], suppressions=suppressions) == []

    @pytest.mark.parametrize(
        ("encoding", "newline"),
        [
            ("utf-8", "\n"),
            ("utf-8", "\r\n"),
            ("utf-8-sig", "\n"),
            ("utf-16", "\r\n"),
            ("cp1252", "\n"),
        ],
    )
    def test_a_fix_changes_only_the_bytes_of_the_fixed_span(
        self, tmp_path: Path, encoding: str, newline: str
    ) -> None:
        from pipeline.checks import check_document
        from pipeline.fix import fix_file
        from pipeline.glossary.model import Glossary
        from pipeline.ingest import ingest_text, read_document

        path = self.write(tmp_path, self.article(self.TITLE, self.PARAGRAPHS), encoding, newline)
        raw = path.read_bytes()
        document = read_document(path, language="da")

        def check(text: str) -> list[Finding]:
            again = ingest_text(text, str(path), self.suffix, "da", document.encoding)
            return check_document(again, Glossary([]), ["MECH001"])

        result = fix_file(path, document.encoding, check)
        data = path.read_bytes()
        assert [f.code for f in result.fixed] == ["MECH001"] and result.remaining == []
        doubled = (
            "Hos Hos" if encoding != "utf-16" else "Hos Hos".encode("utf-16-le").decode("latin-1")
        )
        start = raw.index(doubled.encode("latin-1"))
        prefix = _common_prefix(raw, data)
        suffix = _common_prefix(raw[::-1], data[::-1])
        assert prefix >= start and len(raw) - suffix <= start + len(doubled)
        assert len(raw) - len(data) == len(
            " Hos".encode("utf-16-le" if encoding == "utf-16" else "ascii")
        )


def _common_prefix(a: bytes, b: bytes) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class GlossaryContract(FormatContract):
    """A glossary format: override `text` (a file with the concept TERMS) and ENCODINGS."""

    ENCODINGS: ClassVar[tuple[str, ...]] = ("utf-8",)
    TERMS: ClassVar[list[tuple[str, str, str, str]]] = [  # concept, language, term, status
        ("fasciculation", "da", "muskeltrækning", "preferred"),
        ("fasciculation", "da", "muskelsvindning", "forbidden"),
        ("drooling", "da", "savlen", "preferred"),
        ("drooling", "da", "dræning", "forbidden"),
    ]

    def text(self) -> str:
        raise NotImplementedError

    @pytest.mark.parametrize("encoding", list(ENCODINGS))
    def test_rows_round_trip_at_the_line_of_each_term(self, tmp_path: Path, encoding: str) -> None:
        from pipeline.formats.base import GlossaryFormat

        if encoding not in self.ENCODINGS:
            pytest.skip(f"{self.FormatClass.name} files are not written in {encoding}")
        fmt = get_format(self.FormatClass.name)
        assert isinstance(fmt, GlossaryFormat)
        path = tmp_path / self.file_name()
        path.write_bytes(ENCODINGS[encoding](self.text()))
        _raw, rows, _columns = fmt.read_rows(path)
        got = [(r["concept_id"], r["lang"], r["term"], r["status"]) for _line, r in rows]
        assert got == self.TERMS
        lines = self.text().splitlines()
        assert all(
            term in lines[line - 1]
            for (line, row), (_c, _l, term, _s) in zip(rows, self.TERMS, strict=True)
        )
