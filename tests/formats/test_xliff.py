"""XLIFF 1.2 and 2.x pass the format contract (one format class reads both)."""

from __future__ import annotations

from html import escape

from pipeline.formats.xliff import XliffFormat
from tests.formats.contract import BilingualContract


class TestXliff12Format(BilingualContract):
    FormatClass = XliffFormat
    suffix = ".xlf"
    FIX_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16")

    def text(self, pairs: list[tuple[str, str]]) -> str:
        units = "".join(
            f'      <trans-unit id="u{i}">\n'
            f"        <source>{escape(s)}</source>\n"
            f"        <target>{escape(t)}</target>\n"
            "      </trans-unit>\n"
            for i, (s, t) in enumerate(pairs)
        )
        return (
            '<?xml version="1.0"?>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            '  <file original="a.txt" source-language="en" target-language="da" '
            'datatype="plaintext">\n    <body>\n'
            f"{units}    </body>\n  </file>\n</xliff>\n"
        )


class TestXliff2Format(BilingualContract):
    FormatClass = XliffFormat
    suffix = ".xliff"
    FIX_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16")

    def text(self, pairs: list[tuple[str, str]]) -> str:
        units = "".join(
            f'    <unit id="u{i}">\n      <segment state="translated">\n'
            f"        <source>{escape(s)}</source>\n"
            f"        <target>{escape(t)}</target>\n"
            "      </segment>\n    </unit>\n"
            for i, (s, t) in enumerate(pairs)
        )
        return (
            '<?xml version="1.0"?>\n'
            '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            'srcLang="en" trgLang="da">\n  <file id="f1">\n'
            f"{units}  </file>\n</xliff>\n"
        )
