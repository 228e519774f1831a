"""Each glossary's shared term index per language: built on first use, or, for a compiled
glossary (pipeline.glossary.compiled), the files of every stem key's expansion
(pipeline.glossary.form_files), so that every check of a process asks one index."""

from __future__ import annotations

from weakref import WeakKeyDictionary, ref

from pipeline.core.sorted_file import SortedFile
from pipeline.glossary.form_index import SPAN, FormIndex
from pipeline.glossary.model import Glossary

_INDEXES: WeakKeyDictionary[Glossary, dict[str, FormIndex]] = WeakKeyDictionary()
# The glossary asked last and its indexes: a run asks about one glossary, for every word a
# check judges, and each look-up in the weak dictionary makes a weak reference.
_LAST: list[tuple[ref[Glossary], dict[str, FormIndex]]] = []


def form_index(glossary: Glossary, lang: str) -> FormIndex:
    """The shared index of `glossary`'s terms in `lang` (built on first use, or read from
    the glossary's compiled form: pipeline.glossary.compiled)."""
    if _LAST and _LAST[0][0]() is glossary:
        by_lang = _LAST[0][1]
    else:
        by_lang = _INDEXES.setdefault(glossary, {})
        _LAST[:] = [(ref(glossary), by_lang)]
    index = by_lang.get(lang)
    if index is None:
        index = by_lang[lang] = _compiled_index(glossary, lang) or FormIndex(glossary.table, lang)
    return index


def _compiled_index(glossary: Glossary, lang: str) -> FormIndex | None:
    """The index of a compiled glossary, answered from the files of every key's expansion
    (pipeline.glossary.form_files); on its first use built whole and written out for the
    processes that come later."""
    if glossary.compiled is None:
        return None
    from pipeline.glossary import compiled, form_files

    part = f"index-{lang.encode().hex()}"  # a language tag is no file name
    files = _files(glossary.compiled, part)
    if files is not None:  # every answer is in the files: the index's keys are not built
        return FormIndex(glossary.table, lang, files=files)
    index = FormIndex(glossary.table, lang)
    for name, lines in (("leads", form_files.lead_lines), ("pieces", form_files.piece_lines)):
        compiled.store_file(glossary.compiled, f"{part}.{name}", lines(index, SPAN))
    files = _files(glossary.compiled, part)
    if files is not None:
        index.use_files(*files)
    return index


def _files(key: str, part: str) -> tuple[SortedFile, SortedFile] | None:
    """The leads and pieces files of a compiled index, None unless both can be read."""
    from pipeline.glossary import compiled

    leads, pieces = (compiled.mapped(key, f"{part}.{name}") for name in ("leads", "pieces"))
    return None if leads is None or pieces is None else (leads, pieces)
