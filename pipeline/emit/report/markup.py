"""The HTML building blocks that the report's page and its sections
(coverage, history, scores, highlight) share: escaping, safe identifiers, language labels, tables.

They live apart from the page so that the section modules, which the page imports, can use them
without importing the page back.
"""

from __future__ import annotations

import html
import re

LANGUAGE_NAMES = {
    "da": "Danish", "nb": "Norwegian Bokmål", "nn": "Norwegian Nynorsk", "no": "Norwegian",
    "sv": "Swedish", "en": "English", "de": "German",
}  # fmt: skip


def esc(text: str) -> str:
    """`text` safe as element content and as a double-quoted attribute value."""
    return html.escape(text, quote=True)


def ident(text: str) -> str:
    """`text` made safe as a class name or data value (language and check codes)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


def language_label(lang: str) -> str:
    """A language code with its English name when known, escaped: `nb · Norwegian Bokmål`."""
    name = LANGUAGE_NAMES.get(lang)
    return f"{esc(lang)} · {name}" if name else esc(lang)


def table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    """A table whose first column heads its rows; cells are HTML already."""
    ths = "".join(f'<th scope="col">{h}</th>' for h in head)
    trs = "".join(
        f'<tr><th scope="row">{row[0]}</th>{"".join(f"<td>{c}</td>" for c in row[1:])}</tr>'
        for row in rows
    )
    return (
        f'<table><caption class="vh">{caption}</caption><thead><tr>{ths}</tr></thead>'
        f"<tbody>{trs}</tbody></table>"
    )
