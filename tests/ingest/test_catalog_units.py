"""The units catalog_units makes with model_construct (no type test) are the units the
constructor makes of the same values: every field, its type, and the fields' order."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pipeline.core.models import TranslationUnit, UnitState
from pipeline.formats.po import read_po

CATALOG = """\
msgid ""
msgstr ""
"Language: da\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

# A translator's note
#. An extracted comment
#: src/app.py:10
msgid "Open the file"
msgstr "Åbn filen"

#, fuzzy
msgctxt "menu"
msgid "Save"
msgstr "Gem"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d fil"
msgstr[1] "%d filer"

msgid "Untranslated"
msgstr ""
"""


def test_units_are_those_the_constructor_makes(tmp_path: Path) -> None:
    path = tmp_path / "da.po"
    path.write_text(CATALOG, encoding="utf-8")
    units = read_po(path)
    assert [u.state for u in units] == [
        UnitState.TRANSLATED,
        UnitState.FUZZY,
        UnitState.TRANSLATED,
        UnitState.TRANSLATED,
        UnitState.UNTRANSLATED,
    ]
    names = [f.name for f in dataclasses.fields(TranslationUnit)]
    for unit in units:
        built = TranslationUnit(**{name: getattr(unit, name) for name in names})
        assert unit == built
        assert list(unit.__dict__) == list(built.__dict__) == names
        for name in names:
            assert type(getattr(unit, name)) is type(getattr(built, name)), name
    assert units[0].unknown_words is not units[1].unknown_words  # a list of its own each
