"""Our PO reader reads every catalog as translate-toolkit does (the oracle, run beside it)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.core.errors import InputError
from pipeline.core.models import TranslationUnit
from pipeline.formats.po import parse_po, po_units, read_po
from pipeline.ingest import po_reader
from tests.ingest.po_oracle import differences

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: da\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)

# Each case is a catalog our reader must read itself, exactly as translate-toolkit does.
EDGE_CASES = {
    "multiline": HEADER + 'msgid ""\n"Open the "\n"file"\nmsgstr ""\n"Åbn "\n"filen"\n',
    "escapes": HEADER
    + 'msgid "Tab\\there \\"quoted\\" back\\\\slash\\nline \\a"\nmsgstr "Tab\\t\\"x\\"\\n\\r"\n',
    "plural": HEADER + 'msgid "%d file"\nmsgid_plural "%d files"\n'
    'msgstr[0] "%d fil"\nmsgstr[1] ""\n"%d filer"\n',
    "plural out of order": HEADER + 'msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\nmsgstr[0] "c"\n',
    "context": HEADER + 'msgctxt "menu"\nmsgid "Open"\nmsgstr "Åbn"\n\n'
    'msgctxt ""\nmsgid "Close"\nmsgstr "Luk"\n',
    "fuzzy and flags": HEADER + '#, fuzzy, python-format\n#= c-format\nmsgid "%s old"\n'
    'msgstr "%s gammel"\n\n#,\nmsgid "x"\nmsgstr "y"\n',
    "comments": HEADER + "# translator\n#\n#  two spaces\n#. extracted\n#.\n#.no space\n"
    '#: src/a.py:1 src/b.py:2\n#:\nmsgid "a"\nmsgstr "b"\n',
    "previous": HEADER + '#, fuzzy\n#| msgctxt "old"\n#| msgid "Old "\n#| "text"\n'
    '#| msgid_plural "Olds"\nmsgid "New"\nmsgid_plural "News"\nmsgstr[0] "Ny"\n'
    'msgstr[1] "Nye"\n',
    "obsolete": HEADER + 'msgid "kept"\nmsgstr "beholdt"\n\n# gone\n#, fuzzy\n#~ msgid "old"\n'
    '#~ msgstr "gammel"\n\n#~| msgid "older"\n#~ msgctxt "c"\n#~ msgid "one"\n'
    '#~ msgid_plural "many"\n#~ msgstr[0] "en"\n#~ msgstr[1] ""\n#~ "mange"\n',
    "untranslated and header-like": HEADER + 'msgid "a"\nmsgstr ""\n\nmsgid ""\nmsgstr "x"\n',
    "blank lines with spaces": HEADER + '   \n\t\nmsgid "a"\n  \nmsgstr "b"\n  "c"\n',
    "no trailing newline": HEADER + 'msgid "a"\nmsgstr "b"',
    "crlf": (HEADER + '#.\n# note\nmsgid "a"\nmsgstr ""\n"b"\n').replace("\n", "\r\n"),
    "cr only": (HEADER + 'msgid "a"\nmsgstr "b"\n').replace("\n", "\r"),
    "lf file with a stray cr": HEADER + '# note\r\nmsgid "a\\r"\nmsgstr "b"\r\n',
    "no header": 'msgid "a"\nmsgstr "b"\n',
    "a long header": 'msgid ""\nmsgstr ""\n'
    + '"X-Long: %s\\n"\n' % ("x" * 70) * 400
    + '"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "a"\nmsgstr "\xe6"\n',
}


def _bytes(text: str) -> bytes:
    return text.encode("latin-1" if "ISO-8859-1" in text else "utf-8")


@pytest.mark.parametrize("name", EDGE_CASES)
def test_an_edge_case_reads_as_translate_toolkit_reads_it(name: str, tmp_path: Path) -> None:
    data = _bytes(EDGE_CASES[name])
    po_reader.read_po_bytes(data)  # our reader reads it itself (no UnsupportedError)
    assert differences(data, tmp_path / "x.po") == []


def test_a_latin_1_catalog_is_decoded_by_its_header(tmp_path: Path) -> None:
    text = HEADER.replace("UTF-8", "ISO-8859-1") + 'msgid "Back"\nmsgstr "Tilbage til søen"\n'
    data = text.encode("latin-1")
    catalog = po_reader.read_po_bytes(data)
    assert catalog.charset == "ISO-8859-1"
    assert catalog.entries[1].msgstr == ["Tilbage til søen"]
    assert differences(data, tmp_path / "x.po") == []


def test_a_byte_order_mark_is_skipped(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + _bytes(HEADER + 'msgid "a"\nmsgstr "b"\n')
    assert po_reader.read_po_bytes(data).entries[1].line == 7
    assert differences(data, tmp_path / "x.po") == []


def test_entries_start_on_their_first_comment_line() -> None:
    data = _bytes(HEADER + '\n\n# note\n#: a.py:3\nmsgid "a"\nmsgstr "b"\n')
    assert [entry.line for entry in po_reader.read_po_bytes(data).entries] == [1, 9]


@pytest.mark.parametrize(
    "text",
    [
        HEADER + 'msgid ""\n"_: KDE context\\n"\n"Open"\nmsgstr "Åbn"\n',
        HEADER + '  # an indented comment\nmsgid "a"\nmsgstr "b"\n',
        HEADER + 'msgid "a"\nmsgstr "b"\n\n# a comment at the end\n',
        HEADER.replace("UTF-8", "GB2312") + 'msgid "a"\nmsgstr "b"\n',
    ],
)
def test_what_it_does_not_handle_is_read_by_translate_toolkit(text: str, tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(po_reader.UnsupportedError):
        po_reader.read_po_bytes(path.read_bytes())
    assert read_po(path) == po_units(parse_po(path.read_bytes(), path), path)


def _outcome(read: Callable[[], list[TranslationUnit]]) -> object:
    try:
        return read()
    except InputError as exc:
        return (exc.message, exc.line)


@pytest.mark.parametrize(
    "text",
    [
        HEADER + 'msgid "a"\nmsgstr "b\n',  # end of line within a string
        HEADER + 'msgid "a"\n',  # no msgstr
        HEADER + 'msgid "a"\nmsgstr "b"\ngarbage\n',
        HEADER + 'msgid "a"\nmsgstr "\xff"\n',  # not UTF-8 although the header says so
        HEADER.replace("UTF-8", "NO-SUCH-CHARSET") + 'msgid "a"\nmsgstr "b"\n',
    ],
)
def test_a_broken_catalog_gets_translate_toolkits_answer(text: str, tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(text.encode("latin-1"))
    expected = _outcome(lambda: po_units(parse_po(path.read_bytes(), path), path))
    assert _outcome(lambda: read_po(path)) == expected


def _machine_catalogs(tmp_path: Path, every: int) -> list[Path]:
    """PO files made by msgunfmt from every `every`th compiled catalog on this machine."""
    msgunfmt = shutil.which("msgunfmt")
    compiled = sorted(Path("/usr/share/locale").glob("*/LC_MESSAGES/*.mo"))
    if msgunfmt is None or not compiled:
        pytest.skip("no msgunfmt or no compiled catalogs here (Debian's gettext)")
    made = []
    for n, mo in enumerate(compiled[::every]):
        po = tmp_path / f"{n}-{mo.parts[-3]}-{mo.stem}.po"
        done = subprocess.run([msgunfmt, str(mo), "-o", str(po)], capture_output=True, check=False)
        if done.returncode == 0 and po.is_file() and po.stat().st_size:  # empty: no file
            made.append(po)
    return made


def test_the_machines_catalogs_read_as_translate_toolkit_reads_them(tmp_path: Path) -> None:
    catalogs = _machine_catalogs(tmp_path, every=25)
    handled = 0
    for po in catalogs:
        data = po.read_bytes()
        assert differences(data, po) == [], po.name
        try:
            po_reader.read_po_bytes(data)
        except po_reader.UnsupportedError:
            continue
        handled += 1
    assert handled >= 0.95 * len(catalogs)
