"""The PO format passes the format contract, and its header rules the plural forms."""

from __future__ import annotations

from pathlib import Path

from pipeline.formats.po import PoFormat
from tests.formats.contract import BilingualContract

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: da\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
)


def _entry(source: str, target: str, comment: str = "") -> str:
    return f'{comment}msgid "{source}"\nmsgstr "{target}"\n'


class TestPoFormat(BilingualContract):
    FormatClass = PoFormat
    suffix = ".po"
    FIX_ENCODINGS = ("utf-8", "utf-8-sig")

    def text(self, pairs: list[tuple[str, str]]) -> str:
        return "\n".join([HEADER, *(_entry(s, t) for s, t in pairs)])

    def suppressed_text(self, pairs: list[tuple[str, str]], index: int, code: str) -> str:
        assert PoFormat.suppression_comment is not None  # the one the HTML report copies
        comment = PoFormat.suppression_comment.format(code=code) + "\n"
        entries = [_entry(s, t, comment if i == index else "") for i, (s, t) in enumerate(pairs)]
        return "\n".join([HEADER, *entries])

    def test_the_header_declares_the_plural_rule(self, tmp_path: Path) -> None:
        path = tmp_path / "da.po"
        path.write_text(self.text([("File", "Fil")]), encoding="utf-8")
        assert PoFormat().plural_rule(path) == (2, "(n != 1)")
        path.write_text('msgid "File"\nmsgstr "Fil"\n', encoding="utf-8")
        assert PoFormat().plural_rule(tmp_path / "da.po") is None
