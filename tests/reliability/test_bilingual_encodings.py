"""Translation files are decoded by the article decoder's rules: UTF-16 without a byte-order
mark is UTF-16 (not "binary"), damaged UTF-16 is one error at its line, and `--fix` refuses
what it could not write back byte for byte. A UTF-8 article with a byte-order mark and stray
bytes is UTF-8 with errors, each bad byte an ENC001 error at its line:column."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli

PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: da\\n"\n\n'
    'msgid "Page 12 of 30"\nmsgstr "Side 12 af 31"\n\n'
    'msgid " Name"\nmsgstr "Navn"\n'
)
XLIFF = (
    '<?xml version="1.0"?>\n'
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
    '  <file original="a.txt" source-language="en" target-language="da" datatype="plaintext">\n'
    "    <body>\n"
    '      <trans-unit id="1">\n        <source>Page 12 of 30</source>\n'
    "        <target>Side 12 af 31</target>\n      </trans-unit>\n"
    '      <trans-unit id="2">\n        <source> Name</source>\n'
    "        <target>Navn</target>\n      </trans-unit>\n"
    "    </body>\n  </file>\n</xliff>\n"
)
TMX = (
    '<?xml version="1.0"?>\n<tmx version="1.4">\n'
    '  <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="none" '
    'adminlang="en" srclang="en" datatype="plaintext"/>\n  <body>\n'
    '    <tu tuid="1">\n      <tuv xml:lang="en"><seg>Page 12 of 30</seg></tuv>\n'
    '      <tuv xml:lang="da"><seg>Side 12 af 31</seg></tuv>\n    </tu>\n'
    "  </body>\n</tmx>\n"
)
FILES = {"da.po": PO, "da.xlf": XLIFF, "da.tmx": TMX}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(*args: str) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(cli, ["check", *args, "--format", "json", "--no-cache"])
    findings = json.loads(result.stdout)["findings"] if result.stdout else []
    return result.exit_code, findings, result.stderr


def _where(findings: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return sorted((f["code"], f["line"], f["column"], f["match"]) for f in findings)


@pytest.mark.parametrize("name", list(FILES))
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_translation_files_are_checked_like_their_utf8_copy(
    workdir: Path, name: str, codec: str
) -> None:
    (workdir / "utf8").mkdir()
    (workdir / "utf16").mkdir()
    (workdir / "utf8" / name).write_text(FILES[name], encoding="utf-8")
    (workdir / "utf16" / name).write_bytes(FILES[name].encode(codec))

    _code, expected, _err = _check(f"utf8/{name}")
    code, findings, stderr = _check(f"utf16/{name}")

    assert "error:" not in stderr and code == 1
    assert any(f["code"] == "NUM001" for f in findings)
    assert _where(findings) == _where(expected)


@pytest.mark.parametrize("name", list(FILES))
def test_damaged_utf16_is_one_error_at_its_line_and_the_rest_is_checked(
    workdir: Path, name: str
) -> None:
    data = FILES[name].encode("utf-16")
    (workdir / f"bad-{name}").write_bytes(data[:-1])  # an odd number of bytes
    (workdir / name).write_text(FILES[name], encoding="utf-8")

    code, findings, stderr = _check(f"bad-{name}", name)

    (line,) = [ln for ln in stderr.splitlines() if ln.startswith("error:")]
    assert line.startswith(f"error: bad-{name}:") and "invalid UTF-16" in line
    assert code == 2 and {f["path"] for f in findings} == {name}


@pytest.mark.parametrize("name", ["da.po", "da.xlf"])
def test_fix_refuses_a_utf16_file_without_byte_order_mark(workdir: Path, name: str) -> None:
    data = FILES[name].encode("utf-16-le")
    (workdir / name).write_bytes(data)

    result = CliRunner().invoke(cli, ["check", name, "--fix", "--no-cache"])

    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert line.startswith(f"error: {name}: not fixed") and result.exit_code == 2
    assert (workdir / name).read_bytes() == data


def test_fix_still_fixes_a_utf16_xliff_with_its_byte_order_mark(workdir: Path) -> None:
    doubled = XLIFF.replace("Side 12 af 31", "Side side 12 af 30")
    (workdir / "da.xlf").write_bytes(doubled.encode("utf-16"))

    result = CliRunner().invoke(cli, ["check", "da.xlf", "--fix", "--no-cache"])

    fixed = (workdir / "da.xlf").read_bytes()
    assert result.exit_code == 0 and fixed.startswith(codecs.BOM_UTF16_LE)
    assert fixed.decode("utf-16") == XLIFF.replace("Side 12 af 31", "Side 12 af 30")


# UTF-8 Danish after a byte-order mark, with a Windows-1252 "ø" (0xF8) and a lone 0x80
DAMAGED_WITH_BOM = codecs.BOM_UTF8 + (
    "Muskeltrækninger\n\nPatienten har muskelsvindninger i læggen.\n".encode()
    + b"Det er h\xf8jst ufarligt, og tr\x80kningerne g\xc3\xa5r over.\n"
)


def test_a_byte_order_mark_does_not_hide_stray_bytes(workdir: Path) -> None:
    (workdir / "a.txt").write_bytes(DAMAGED_WITH_BOM)

    _code, findings, _stderr = _check("a.txt")

    stray = [(f["line"], f["column"], f["severity"]) for f in findings if f["code"] == "ENC001"]
    assert stray == [(4, 9, "error"), (4, 29, "error")]


def test_fix_refuses_a_file_with_a_byte_order_mark_and_stray_bytes(workdir: Path) -> None:
    (workdir / "a.txt").write_bytes(DAMAGED_WITH_BOM)

    result = CliRunner().invoke(cli, ["check", "a.txt", "--fix", "--no-cache"])

    assert result.exit_code == 2 and "not fixed" in result.stderr
    assert (workdir / "a.txt").read_bytes() == DAMAGED_WITH_BOM
