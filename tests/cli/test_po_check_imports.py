"""Checking a PO catalog reads it with our own reader: translate-toolkit's PO parser is
imported only for a catalog whose comments turn checks off (`po_suppressions`), which it
still reads."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import PROJECT_GLOSSARY, Project
from tests.cli.test_lazy_imports import imported, modules_after

CATALOG = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: da\\n"

#: main.c:10
msgid "Copy 2 files"
msgstr "Kopiér 3 filer"
"""
SUPPRESSED = CATALOG.replace("#: main.c:10", "# content-pipeline: disable=NUM001\n#: main.c:10")


def test_a_catalog_without_suppressions_is_checked_without_translate_toolkits_parser(
    project: Project,
) -> None:
    folder: Path = project({"da.po": CATALOG, "glossary.csv": PROJECT_GLOSSARY})
    code, modules = modules_after(folder, "check", "da.po", "--no-cache", "--format", "json")
    assert code == 1  # NUM001: 2 → 3
    assert imported(modules, "translate.storage") == []


def test_a_catalog_with_a_suppression_is_read_for_it(project: Project) -> None:
    folder: Path = project({"da.po": SUPPRESSED, "glossary.csv": PROJECT_GLOSSARY})
    code, modules = modules_after(folder, "check", "da.po", "--no-cache", "--format", "json")
    assert code == 0  # the comment turned NUM001 off for its entry
    assert "translate.storage.pypo" in modules
