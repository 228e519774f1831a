"""TMX passes the format contract: read in every encoding, checked, never fixed."""

from __future__ import annotations

from html import escape

from pipeline.formats.tmx import TmxFormat
from tests.formats.contract import BilingualContract


class TestTmxFormat(BilingualContract):
    FormatClass = TmxFormat
    suffix = ".tmx"

    def text(self, pairs: list[tuple[str, str]]) -> str:
        units = "".join(
            f'    <tu tuid="{i}">\n'
            f'      <tuv xml:lang="en"><seg>{escape(s)}</seg></tuv>\n'
            f'      <tuv xml:lang="da"><seg>{escape(t)}</seg></tuv>\n'
            "    </tu>\n"
            for i, (s, t) in enumerate(pairs, start=1)
        )
        return (
            '<?xml version="1.0"?>\n<tmx version="1.4">\n'
            '  <header creationtool="contract" creationtoolversion="1" segtype="sentence" '
            'o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>\n'
            f"  <body>\n{units}  </body>\n</tmx>\n"
        )
