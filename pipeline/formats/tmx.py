"""TMX memories (.tmx), read with translate-toolkit: one unit per <tu> and target language.
Checked, never fixed: a memory of approved translations is no deliverable, and a <tu> yields
one unit per target language, with no single element to write a fix back to."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from pipeline.core.models import TranslationUnit, UnitState
from pipeline.formats.base import UNDETERMINED, BilingualFormat
from pipeline.formats.reading import parse_xml, read_bytes
from pipeline.core.language import normalise_language, same_language

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class TmxFormat(BilingualFormat):
    name: ClassVar[str] = "tmx"
    suffixes: ClassVar[frozenset[str]] = frozenset({".tmx"})

    def read_units(
        self, path: Path, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[TranslationUnit]:
        return read_tmx(path, source_lang, target_lang)


def read_tmx(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """One unit per <tu> and target language (only `target_lang` when given).

    The source is the <tuv> in `source_lang`, else in the <tu>'s or header's srclang; codes
    match by primary subtag ("da" finds "da-DK"). Units keep the file's codes. A <tu> with an
    x-engine prop (written by `export_tmx`) is engine output (TRANSLATED); others are APPROVED.
    """
    from translate.storage.tmx import tmxfile

    store = parse_xml(tmxfile.parsestring, read_bytes(path), path, "TMX")
    header = store.document.getroot().find("header")
    header_lang = header.get("srclang") if header is not None else None
    units: list[TranslationUnit] = []
    for index, tu in enumerate(store.units, start=1):
        nodes = [(node.get(_XML_LANG, ""), node) for node in tu.getlanguageNodes()]
        wanted: str = source_lang or tu.xmlelement.get("srclang") or header_lang or "*all*"
        source = _pick(nodes, nodes[0][0] if wanted == "*all*" else wanted) if nodes else None
        if source is None:
            continue
        targets = [(c, n) for c, n in nodes if n is not source[1] and same_language(c, target_lang)]
        props = {prop.get("type"): prop.text or "" for prop in tu.xmlelement.iterfind("prop")}
        engine, tuid = props.get("x-engine") or None, tu.xmlelement.get("tuid") or str(index)
        for code, node in targets or [(target_lang or UNDETERMINED, None)]:
            text = (tu.getNodeText(node) or "") if node is not None else ""
            done = UnitState.TRANSLATED if engine else UnitState.APPROVED
            units.append(
                TranslationUnit(
                    id=f"{tuid}:{code}" if len(targets) > 1 else tuid,
                    source=tu.getNodeText(source[1]) or "",
                    target=text,
                    source_lang=source[0],
                    target_lang=code,
                    path=str(path),
                    line=tu.xmlelement.sourceline or 1,
                    state=done if text else UnitState.UNTRANSLATED,
                    engine=engine,
                    engine_version=props.get("x-engine-version") or None,
                    unknown_words=_json_list(props.get("x-unknown-words", "[]")),
                    note=tu.getnotes() or None,
                )
            )
    return units


def _pick(nodes: list[tuple[str, Any]], wanted: str) -> tuple[str, Any] | None:
    """The (code, <tuv>) in language `wanted`: the exact code first, then the same language."""
    exact = [item for item in nodes if normalise_language(item[0]) == normalise_language(wanted)]
    return next(iter(exact or [item for item in nodes if same_language(item[0], wanted)]), None)


def _json_list(text: str) -> list[str]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []
