"""TBX glossaries pass the glossary format contract."""

from __future__ import annotations

from pipeline.formats.tbx import TbxFormat
from tests.formats.contract import GlossaryContract

STATUS = {"preferred": "preferredTerm-admn-sts", "forbidden": "deprecatedTerm-admn-sts"}


class TestTbxFormat(GlossaryContract):
    FormatClass = TbxFormat
    suffix = ".tbx"
    ENCODINGS = ("utf-8", "utf-8-sig", "utf-16")

    def text(self) -> str:
        entries = []
        for concept in dict.fromkeys(c for c, _l, _t, _s in self.TERMS):
            terms = "".join(
                "        <tig>\n"
                f"          <term>{term}</term>\n"
                f'          <termNote type="administrativeStatus">{STATUS[status]}</termNote>\n'
                + (
                    '          <termNote type="usageNote">forbidden</termNote>\n'
                    if status == "forbidden"
                    else ""
                )
                + "        </tig>\n"
                for c, _lang, term, status in self.TERMS
                if c == concept
            )
            entries.append(
                f'    <termEntry id="{concept}">\n      <langSet xml:lang="da">\n'
                f"{terms}      </langSet>\n    </termEntry>\n"
            )
        return (
            '<?xml version="1.0"?>\n<martif type="TBX-Basic" xml:lang="en">\n'
            "  <text><body>\n" + "".join(entries) + "  </body></text>\n</martif>\n"
        )
