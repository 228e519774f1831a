"""An XLIFF 1.2 or 2.x file that takes new targets into its text and keeps the rest byte for byte.

translate-toolkit re-indents XLIFF it did not write itself, and lxml loses character
references, CRLF and attribute quoting, so a fixed <target>'s content is replaced in the
file's text, with the character references it had (`&#160;`, `&apos;`); a character the
file's encoding cannot hold is written as a character reference. The edited file must parse
to the tree of the original with only those targets changed.

Never changed: a target holding inline markup (<g>, <ph>, <pc> …) or a comment.
"""

from __future__ import annotations

import codecs
import html
import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.core.errors import InputError
from pipeline.core.models import TranslationUnit
from pipeline.formats.codec import decode_source, encode_source

# XML the target scan must not look into, masked first.
_OPAQUE = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.S
)
_TARGET_START = re.compile(r"<(?:[\w.-]+:)?target(?=[\s/>])(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_TARGET_END = re.compile(r"</(?:[\w.-]+:)?target\s*>")
_REFERENCE = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|apos|quot);")
_XML_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")


@dataclass(frozen=True)
class XliffCatalog:
    """An XLIFF file as read: its bytes, its text, its units and which targets are text only."""

    path: Path
    raw: bytes
    text: str
    units: list[TranslationUnit]
    encoding: str
    source_lang: str | None
    plain: frozenset[int]  # the units whose <target> holds text only

    @classmethod
    def read(
        cls,
        path: Path,
        raw: bytes,
        source_lang: str | None,
        units: list[TranslationUnit] | None = None,
    ) -> XliffCatalog:
        from pipeline.formats.xliff import read_xliff

        units = read_xliff(path, source_lang) if units is None else units
        encoding = _xml_encoding(raw)
        nodes = _target_nodes(raw, units)[1]
        plain = frozenset(
            i
            for i, node in enumerate(nodes)
            if node is not None and len(node) == 0 and (node.text or "") == units[i].target
        )
        return cls(path, raw, decode_source(raw, encoding), units, encoding, source_lang, plain)

    def data(self) -> bytes:
        return self.raw

    def takes(self, index: int, target: str) -> bool:
        """Whether unit `index` has a <target> of text only, which a new text can replace."""
        return index in self.plain

    def edit(self, targets: dict[int, str]) -> XliffCatalog:
        """The file with the units' new targets (by unit index), read again."""
        from translate.misc.xml_helpers import parse_xml

        store, nodes = _target_nodes(self.raw, self.units)
        position = {id(el): k for k, el in enumerate(_targets_of(store.document.getroot()))}
        # the tree as the file has it, with the new targets: what the edited file must parse to
        wanted = parse_xml(self.raw, strip_cdata=False)
        elements = _targets_of(wanted)
        masked = _OPAQUE.sub(lambda m: " " * len(m.group()), self.text)
        tags = list(_TARGET_START.finditer(masked))
        if not len(tags) == len(elements) == len(position):
            raise InputError(
                "cannot fix: the <target> elements could not be told apart", str(self.path)
            )
        newline = "\r\n" if "\r\n" in self.text else "\n"
        edits = []
        for i, target in targets.items():
            k = position[id(nodes[i])]
            close = _TARGET_END.search(masked, tags[k].end())
            if close is None:
                raise InputError("cannot fix: a <target> has no end tag", str(self.path))
            written = self.text[tags[k].end() : close.start()]
            edits.append((tags[k].end(), close.start(), self._escaped(target, written, newline)))
            elements[k].text = target
        text = self.text
        for start, end, content in sorted(edits, reverse=True):
            text = text[:start] + content + text[end:]
        raw = encode_source(text, self.encoding, self.raw)
        if _canonical(parse_xml(raw, strip_cdata=False)) != _canonical(wanted):
            raise InputError(
                "cannot fix: the file would change beyond the fixed translations (left unchanged)",
                str(self.path),
            )
        return XliffCatalog.read(
            self.path, raw, self.source_lang, _units_of(self.path, raw, self.source_lang)
        )

    def _escaped(self, text: str, written: str, newline: str) -> str:
        """`text` as XML character data in this file's encoding and newlines.

        A character the target `written` (its content as the file has it) wrote as a
        reference (`&#160;`, `&apos;`) is written the same way again.
        """
        kept: dict[str, str] = {}
        for match in _REFERENCE.finditer(written):
            kept.setdefault(html.unescape(match.group()), match.group())
        references = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "\n": newline} | kept
        out = "".join(references.get(char, char) for char in text)
        return out.encode(self.encoding, "xmlcharrefreplace").decode(self.encoding)


def _targets_of(root: Any) -> list[Any]:
    """Every <target> element (of any namespace prefix) under `root`, in document order."""
    return [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and el.tag.rpartition("}")[2] == "target"
    ]


def _canonical(root: Any) -> bytes:
    """The document of `root` in canonical XML: equal for equal content however written."""
    out = io.BytesIO()
    root.getroottree().write_c14n(out)
    return out.getvalue()


def _xml_encoding(raw: bytes) -> str:
    """The codec of an XML file: its byte-order mark, else its declaration, else UTF-8."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    declared = _XML_ENCODING.match(raw)
    return declared[1].decode("ascii").lower() if declared else "utf-8"


def _target_nodes(raw: bytes, units: list[TranslationUnit]) -> tuple[Any, list[Any]]:
    """translate-toolkit's store of an XLIFF file and each unit's <target> element (or None).

    The units are the reader's (pipeline.formats.xliff), in the store's order: its
    translatable units (XLIFF 2: segments); when they do not pair up, none has a target.
    """
    from translate.misc.xml_helpers import parse_xml
    from translate.storage.xliff import Xliff1File
    from translate.storage.xliff2 import Xliff2File

    root = parse_xml(raw, strip_cdata=False)
    version, namespace = root.get("version", ""), root.nsmap.get(None, "")
    is_2 = version.startswith("2.") or (not version and ":2." in namespace)
    store_class: Any = Xliff2File if is_2 else Xliff1File
    store = store_class.parsestring(raw)
    chosen = [unit for unit in store.units if unit.istranslatable()]
    if len(chosen) != len(units) or any(
        (c.source or "") != u.source for c, u in zip(chosen, units, strict=True)
    ):
        return store, [None] * len(units)
    return store, [c.getlanguageNode(lang=None, index=1) for c in chosen]


def _units_of(path: Path, raw: bytes, source_lang: str | None) -> list[TranslationUnit]:
    """The reader's units of `raw` as the content of `path` (the reader reads files)."""
    from pipeline.formats.xliff import read_xliff

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(raw)
        units = read_xliff(copy, source_lang)
    return [unit.model_copy(update={"path": str(path)}) for unit in units]
