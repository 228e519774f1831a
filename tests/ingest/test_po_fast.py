"""po_reader's fast path (po_fast.plain_entries) reads every catalog as its line parser does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.ingest import po_fast, po_reader
from tests.ingest.test_po_reader import _machine_catalogs

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
)
# Lines of every kind po_reader knows, and the odd ones the fast path must leave to it.
COMMENTS = [
    "# translator",
    "#",
    "#  two spaces",
    "#. extracted",
    "#.",
    "#: src/a.py:1 src/b.py:2",
    "#, fuzzy, python-format",
    "#,",
    "#= c-format",
    "#, #, x",
]
ODD_COMMENTS = ['#| msgid "old"', '#| msgctxt "c"\n#| msgid "old"', "  # indented", "#~ x"]
STRINGS = ["", "Open", "Åbn filen", 'say \\"hi\\"', "tab\\tnew\\nline", "back\\\\slash\\q", "_:kde"]
BLANKS = ["", " ", "\t", "\r"]


def _string(rng: random.Random, odd: bool) -> str:
    """A quoted string on one or more lines (with `odd`, perhaps a line the fast path does
    not read: indented, a trailing space, a carriage return, a blank line before it)."""
    lines = [f'"{rng.choice(STRINGS)}"' for _ in range(rng.choice((1, 1, 1, 2, 3)))]
    if odd and rng.random() < 0.3:
        at = rng.randrange(len(lines))
        lines[at] = rng.choice(("  ", "", "\n")) + lines[at] + rng.choice((" ", "\r", ""))
    return "\n".join(lines)


def _entry(rng: random.Random, odd: bool) -> str:
    parts = [rng.choice(COMMENTS) for _ in range(rng.choice((0, 0, 1, 2, 3)))]
    if odd and rng.random() < 0.2:
        parts.append(rng.choice(ODD_COMMENTS))
    if rng.random() < 0.2:
        parts.append("msgctxt " + _string(rng, odd))
    parts.append("msgid " + _string(rng, odd))
    if rng.random() < 0.2:
        parts.append("msgid_plural " + _string(rng, odd))
        for index in rng.choice(([0, 1], [1, 0], [0, 0, 1], [0, 1, 2])):
            parts.append(f"msgstr[{index}] " + _string(rng, odd))
    else:
        parts.append("msgstr " + _string(rng, odd))
    if odd and rng.random() < 0.1:
        parts.insert(rng.randrange(1, len(parts) + 1), rng.choice(BLANKS))
    if odd and rng.random() < 0.05:
        parts = [f"#~ {part}" for part in parts]
    return "\n".join(parts)


def _catalog(rng: random.Random, odd: bool) -> str:
    entries = [HEADER] + [_entry(rng, odd) for _ in range(rng.randrange(1, 12))]
    separators = [rng.choice(BLANKS) if odd and rng.random() < 0.2 else "" for _ in entries]
    pairs = zip(entries, separators, strict=True)
    text = "".join(entry + "\n" + sep + "\n" for entry, sep in pairs)
    if odd and rng.random() < 0.2:
        text = text.rstrip("\n")
    return text


def _read(data: bytes) -> po_reader.PoFile | None:
    try:
        return po_reader.read_po_bytes(data)
    except po_reader.UnsupportedError:
        return None


def _line_parser_only(monkeypatch: pytest.MonkeyPatch, data: bytes) -> po_reader.PoFile | None:
    with monkeypatch.context() as patch:
        patch.setattr(po_fast, "plain_entries", lambda text: ([], 0, 1))
        return _read(data)


@pytest.mark.parametrize("odd", [False, True])
def test_generated_catalogs_read_as_the_line_parser_reads_them(
    odd: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(14 + odd)
    for _ in range(3000):
        data = _catalog(rng, odd).encode("utf-8")
        assert _read(data) == _line_parser_only(monkeypatch, data), data.decode()


def test_plain_catalogs_are_read_by_the_fast_path_to_their_end() -> None:
    rng = random.Random(9)
    for _ in range(500):
        text = _catalog(rng, odd=False)
        if "_:" in text or 'msgid ""\nmsgid_plural' in text:
            continue  # refused by po_reader whichever reads them
        entries, at, line = po_fast.plain_entries(text)
        assert at == len(text), text
        assert line == text.count("\n") + 1
        assert len(entries) == text.count("\nmsgid ") + 1


def test_the_entry_before_an_odd_line_is_read_again_by_the_line_parser() -> None:
    # the indented line after an empty line goes on in the last msgstr, as po_reader reads it
    text = HEADER + '\nmsgid "a"\nmsgstr "b"\n\n  "c"\n'
    entries, at, line = po_fast.plain_entries(text)
    assert len(entries) == 1  # the header only
    assert text[at:].lstrip("\n").startswith('msgid "a"')
    read = po_reader.read_po_bytes(text.encode())
    assert read.entries[1].msgstr == ["bc"]
    assert read.entries[1].line == line + 1


def test_real_catalogs_read_as_the_line_parser_reads_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # the machine's compiled catalogs (msgunfmt), and the evaluation folder where there is one
    catalogs = _machine_catalogs(tmp_path, every=50) + sorted(Path("/work/catalogs").rglob("*.po"))
    for po in catalogs:
        data = po.read_bytes()
        assert _read(data) == _line_parser_only(monkeypatch, data), po
