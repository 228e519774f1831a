"""The README's machine-translation paragraph gives exactly the findings the README shows."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.checks import check_document
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text

README = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")
_INTRO = "On a paragraph written the way such pages read (`feber-da.txt`):"
_FINDING = re.compile(r"^feber-da\.txt:(\d+):(\d+): (\w+) (\w+): (.*)$", re.MULTILINE)


def _blocks() -> tuple[str, str]:
    after = README.split(_INTRO, 1)[1]
    source, output = re.findall(r"```\n(.*?)```", after, re.DOTALL)[:2]
    return source, output


def test_readme_paragraph_findings_are_the_real_output(project_glossary: Glossary) -> None:
    source, output = _blocks()
    document = ingest_text(
        source, path="feber-da.txt", suffix=".txt", language="da", encoding="utf-8"
    )
    findings = check_document(document, project_glossary, select=["MECH", "LOC", "SPELL003"])
    shown = [
        (int(line), int(col), code, sev, msg)
        for line, col, code, sev, msg in _FINDING.findall(output)
    ]
    actual = [(f.line, f.column, f.code, f.severity.value, f.message) for f in findings]
    assert actual == shown
    assert len(shown) == 14
