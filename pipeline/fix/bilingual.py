"""Autofix for translators' files: `check --fix` / `--diff` on PO/POT and XLIFF 1.2 and 2.x.

Fixed are the findings whose suggestion is the unit's whole corrected target (TARGET_FIXES:
WS001 whitespace at the edges, DUP001 a doubled word, TERM006 a forbidden or deprecated
term): the safe ones with --fix, the others (a term whose inflection is uncertain) only with
--unsafe-fixes. The other translation checks suggest a part of the target (a number, a name)
with no certain place to put it, so they are reported, never applied.

Never changed: fuzzy, untranslated and approved (XLIFF final, signed-off) units; PO headers
and obsolete entries; an XLIFF target holding inline markup (<g>, <ph>, <pc> …) or a comment;
a PO translation the catalog's charset cannot encode (an ISO-8859-1 catalog stays
ISO-8859-1; in XLIFF such a character is written as a character reference).

Only the fixed targets change; the rest of the file stays byte for byte, newlines (CRLF),
encoding and byte-order mark included. translate-toolkit re-serialises all 1,294 Django and
Sphinx catalogs of the benchmark corpus byte-identically, but not hand-edited ones (no final
newline, two blank lines, an indented comment, a `#=` flag, a BOM), and it re-indents XLIFF
it did not write itself, while lxml loses character references, CRLF and attribute quoting.
So translate-toolkit serialises a fixed PO entry and only its changed msgstr lines go back
into the file's text, and a fixed XLIFF target's content is replaced in the file's text.
The result is parsed again and must differ from the original in those targets only, or
nothing is written. A fixed msgstr is wrapped as translate-toolkit (like gettext) wraps
when the entry was wrapped that way (95.8 % of the corpus' 95,571 translations), so the
next msgmerge or makemessages does not rewrap it again; otherwise (gettext's format-aware
breaks, Babel's, --no-wrap) its unchanged lines stay and only the changed part is wrapped.
An XLIFF target is rewritten with the character references it had (`&#160;`, `&apos;`).

TMX is check-only: a memory of approved translations, not a deliverable, and a <tu> yields
one unit per target language, with no single element to write a fix back to.
"""

from __future__ import annotations

import codecs
import html
import io
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pipeline.core.errors import InputError
from pipeline.core.models import Finding, TranslationUnit, UnitState
from pipeline.fix import FileFix, decode_source, encode_source
from pipeline.fix.apply import MAX_PASSES, applicable

Recheck = Callable[[list[TranslationUnit]], list[Finding]]

# The checks whose suggestion is the unit's whole corrected target.
TARGET_FIXES = frozenset({"WS001", "DUP001", "TERM006"})
PO_SUFFIXES = frozenset({".po", ".pot"})
XLIFF_SUFFIXES = frozenset({".xlf", ".xliff"})
FIXABLE_SUFFIXES = PO_SUFFIXES | XLIFF_SUFFIXES


def applies(finding: Finding, unsafe: bool = False) -> bool:
    """Whether `--fix` (with `--unsafe-fixes` when `unsafe`) rewrites a target for `finding`."""
    return (
        finding.code in TARGET_FIXES
        and finding.segment_id is not None
        and applicable(finding, unsafe)
    )


class _Catalog(Protocol):
    """A PO or XLIFF file as read: its text, its units, and how to change their targets."""

    @property
    def text(self) -> str: ...  # decoded, with the file's own newlines

    @property
    def units(self) -> list[TranslationUnit]: ...

    def data(self) -> bytes: ...

    def takes(self, index: int, target: str) -> bool:
        """Whether unit `index` may get `target` as its new target."""
        ...

    def edit(self, targets: dict[int, str]) -> _Catalog:
        """The file with the units' new targets (by unit index), read again."""
        ...


def fix_bilingual_file(
    path: Path,
    findings: list[Finding],
    recheck: Recheck,
    *,
    unsafe: bool = False,
    write: bool = True,
    source_lang: str | None = None,
    max_passes: int = MAX_PASSES,
) -> FileFix:
    """Fix one PO/POT or XLIFF file in place (atomically) unless `write` is False.

    `findings` are the file's findings as checked; after each pass `recheck` runs the same
    checks on the fixed file's units, which it gets at the lines they had in the file as
    read, so suppressions keyed by line stay right. Passes repeat until no applicable
    finding is left; the remaining findings point at the lines of the fixed file.
    `source_lang` is the fallback the file was read with (`check --lang`).
    """
    suffix = path.suffix.lower()
    if suffix not in FIXABLE_SUFFIXES:
        raise ValueError(f"{path}: only PO/POT and XLIFF files are fixed")
    try:
        original = path.read_bytes()
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc
    first: _Catalog
    if suffix in PO_SUFFIXES:
        first = _PoCatalog.read(path, original, source_lang)
    else:
        first = _XliffCatalog.read(path, original, source_lang)
    lines = [unit.line for unit in first.units]
    catalog, fixed, remaining = first, [], findings
    seen = {first.text}
    for _ in range(max_passes):
        targets, applied = _plan(catalog, lines, remaining, unsafe)
        if not targets:
            break
        candidate = catalog.edit(targets)
        if candidate.text in seen:  # fixes that undo each other
            break
        seen.add(candidate.text)
        catalog = candidate
        fixed.extend(applied)
        remaining = recheck(
            [
                unit.model_copy(update={"line": line})
                for unit, line in zip(catalog.units, lines, strict=True)
            ]
        )
    if catalog is first:
        return FileFix(path, first.text, first.text, [], findings)
    moved = {(u.id, line): u.line for u, line in zip(catalog.units, lines, strict=True)}
    remaining = [_moved(finding, moved) for finding in remaining]
    if write:
        from pipeline.core.fs import atomic_write_bytes

        atomic_write_bytes(path, catalog.data())
        os.chmod(path, mode)  # a fix keeps the file's permissions
    return FileFix(path, first.text, catalog.text, fixed, remaining)


def _plan(
    catalog: _Catalog, lines: list[int], findings: list[Finding], unsafe: bool
) -> tuple[dict[int, str], list[Finding]]:
    """The new target per unit index and the findings it fixes.

    One suggestion per unit and pass (findings suggesting the same target share it); the
    others are found again by the recheck and wait for the next pass.
    """
    index = {
        (unit.id, line): i for i, (unit, line) in enumerate(zip(catalog.units, lines, strict=True))
    }
    targets: dict[int, str] = {}
    applied: list[Finding] = []
    for finding in findings:
        i = index.get((finding.segment_id or "", finding.line))
        target = finding.suggestion
        if (
            i is None
            or target is None
            or not applies(finding, unsafe)
            or target == catalog.units[i].target
            or not catalog.takes(i, target)
        ):
            continue
        if targets.setdefault(i, target) == target:
            applied.append(finding)
    return targets, applied


def _moved(finding: Finding, moved: dict[tuple[str, int], int]) -> Finding:
    """`finding` at its unit's line in the fixed file."""
    line = moved.get((finding.segment_id or "", finding.line))
    if line is None or line == finding.line:
        return finding
    return finding.model_copy(
        update={"line": line, "end_line": line + finding.end_line - finding.line}
    )


def _verify(before: _Catalog, after: _Catalog, targets: dict[int, str], path: Path) -> None:
    """Raise unless `after` has the units of `before` with only `targets` changed."""
    expected = [
        unit.model_copy(update={"target": targets[i]}) if i in targets else unit
        for i, unit in enumerate(before.units)
    ]
    if [u.model_dump(exclude={"line"}) for u in after.units] != [
        u.model_dump(exclude={"line"}) for u in expected
    ]:
        raise InputError(
            "cannot fix: the file would change beyond the fixed translations (left unchanged)",
            str(path),
        )


def _translated(unit: TranslationUnit, target: str) -> bool:
    """Only real, unapproved translations change, and never into an empty one."""
    return unit.state is UnitState.TRANSLATED and bool(unit.target.strip() and target.strip())


@dataclass(frozen=True)
class _PoCatalog:
    path: Path
    raw: bytes
    text: str
    units: list[TranslationUnit]
    encoding: str  # the header's charset ("utf-8-sig" with a byte-order mark)
    source_lang: str | None

    @classmethod
    def read(cls, path: Path, raw: bytes, source_lang: str | None) -> _PoCatalog:
        from pipeline.ingest.bilingual import parse_po, po_units

        store = parse_po(raw, path)
        encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else str(store.encoding)
        units = po_units(store, path, source_lang)
        return cls(path, raw, decode_source(raw, encoding), units, encoding, source_lang)

    def data(self) -> bytes:
        return self.raw

    def takes(self, index: int, target: str) -> bool:
        if not _translated(self.units[index], target):
            return False
        try:
            target.encode(self.encoding)
        except UnicodeEncodeError:
            return False
        return True

    def edit(self, targets: dict[int, str]) -> _PoCatalog:
        from translate.storage import pypo

        from pipeline.ingest.bilingual import parse_po

        store = parse_po(self.raw, self.path)
        newline = pypo.splitlines(self.raw)[1]
        store.newline = newline  # translate-toolkit writes msgid/msgstr lines with it
        forms = [
            (entry, n)
            for entry in store.units
            if not (entry.isheader() or entry.isobsolete())
            for n in range(len(entry.target.strings) if entry.hasplural() else 1)
        ]
        changed: dict[int, tuple[Any, dict[int, str]]] = {}
        for i, target in targets.items():
            entry, n = forms[i]
            changed.setdefault(entry.line_number, (entry, {}))[1][n] = target
        starts = sorted(entry.line_number for entry in store.units)
        lines = self.text.split(newline)
        for line, (entry, new) in sorted(changed.items(), reverse=True):
            start = line - 1
            after = [s for s in starts if s > line]
            end = after[0] - 1 if after else len(lines)
            while end > start + 1 and not lines[end - 1].strip():
                end -= 1  # the blank lines after an entry are not part of it
            written = str(entry).split(newline)[:-1]
            _set_targets(entry, new)
            lines[start:end] = _splice(lines[start:end], written, str(entry).split(newline)[:-1])
        raw = encode_source(newline.join(lines), self.encoding, self.raw)
        fixed = _PoCatalog.read(self.path, raw, self.source_lang)
        _verify(self, fixed, targets, self.path)
        return fixed


def _set_targets(entry: Any, new: dict[int, str]) -> None:
    """Give a translate-toolkit PO entry new msgstr forms, keeping the lines of the others."""
    if not entry.hasplural():
        lines = entry.msgstr
        entry.target = new[0]  # the setter clears translate-toolkit's cached target
        entry.msgstr = _requote(lines, new[0], entry.wrapper)
        return
    old = dict(entry.msgstr)
    forms = [str(form) for form in entry.target.strings]
    for n, target in new.items():
        forms[n] = target
    entry.target = forms
    entry.msgstr = {
        key: _requote(old[key], new[n], entry.wrapper) if n in new else old[key]
        for n, key in enumerate(old)
    }


def _requote(lines: list[str], text: str, wrapper: Any) -> list[str]:
    """The quoted PO lines of `text`, replacing `lines` with as few changed lines as may be."""
    from translate.storage import pypo

    standard: list[str] = pypo.quoteforpo(text, wrapper)
    if pypo.quoteforpo(pypo.unquotefrompo(lines), wrapper) == lines:
        return standard  # the entry is wrapped as translate-toolkit wraps
    old = [line[1:-1] for line in lines]
    new = pypo.escapeforpo(text)
    head, start = 0, 0
    while head < len(old) and new.startswith(old[head], start):
        start += len(old[head])
        head += 1
    tail, end = 0, len(new)
    while tail < len(old) - head and new.endswith(old[-1 - tail], start, end):
        end -= len(old[-1 - tail])
        tail += 1
    middle = new[start:end]
    if any(len(line) > wrapper.width for line in old):
        pieces = [middle] if middle else []  # the file is not wrapped (msgcat --no-wrap)
    else:
        pieces = wrapper.wrap(middle)
    quoted = lines[:head] + [f'"{piece}"' for piece in pieces] + lines[len(lines) - tail :]
    if len(standard) == 1 and quoted[:1] == ['""'] and len(quoted) <= 2:
        return standard  # it fits on the msgstr line now
    return quoted or ['""']


def _splice(original: list[str], written: list[str], rewritten: list[str]) -> list[str]:
    """The entry's `original` lines with the lines translate-toolkit changed replaced.

    `written` and `rewritten` are the entry as translate-toolkit writes it before and after
    the change; where its unchanged lines differ from the file's (an indented comment, a
    `#=` flag), only the changed block is put in, else the whole entry as rewritten.
    """
    lo = 0
    while lo < min(len(written), len(rewritten)) and written[lo] == rewritten[lo]:
        lo += 1
    hi = 0
    while hi < min(len(written), len(rewritten)) - lo and written[-1 - hi] == rewritten[-1 - hi]:
        hi += 1
    if lo == len(written) - hi and lo > 0:
        lo -= 1  # lines only inserted: anchor them on the line before
    block, replacement = written[lo : len(written) - hi], rewritten[lo : len(rewritten) - hi]
    found = [
        k for k in range(len(original) - len(block) + 1) if original[k : k + len(block)] == block
    ]
    if block and len(found) == 1:
        k = found[0]
        return original[:k] + replacement + original[k + len(block) :]
    return rewritten


# XML the target scan must not look into, masked first.
_OPAQUE = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.S
)
_TARGET_START = re.compile(r"<(?:[\w.-]+:)?target(?=[\s/>])(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_TARGET_END = re.compile(r"</(?:[\w.-]+:)?target\s*>")
_REFERENCE = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|apos|quot);")
_XML_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")


@dataclass(frozen=True)
class _XliffCatalog:
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
    ) -> _XliffCatalog:
        from pipeline.ingest.bilingual import read_units

        units = read_units(path, source_lang) if units is None else units
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
        return index in self.plain and _translated(self.units[index], target)

    def edit(self, targets: dict[int, str]) -> _XliffCatalog:
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
        fixed = _XliffCatalog.read(
            self.path, raw, self.source_lang, _units_of(self.path, raw, self.source_lang)
        )
        _verify(self, fixed, targets, self.path)
        return fixed

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

    The units are the reader's (pipeline.ingest.bilingual), in the store's order: its
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
    from pipeline.ingest.bilingual import read_units

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(raw)
        units = read_units(copy, source_lang)
    return [unit.model_copy(update={"path": str(path)}) for unit in units]
