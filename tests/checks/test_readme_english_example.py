"""The README's machine-translated example paragraph gives exactly the findings it shows."""

from __future__ import annotations

from pipeline.checks import check_document
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text

PARAGRAPH = """Ondt i ryggen efter løft

Del på Facebook

Mange oplever en Flare-up of symptoms, når de har løftet noget tungt. Undgå heavy lifting i \
et par dage, og tal med din sundhedsudbyder, hvis smerterne ikke går over. På en daglig basis \
kan let motion hjælpe, men søg lægelig opmærksomhed, hvis du får føleforstyrrelser i benene.

Tilmeld dig nyhedsbrevet
"""


def test_readme_example_findings(project_glossary: Glossary) -> None:
    document = ingest_text(PARAGRAPH, path="mt-eksempel.txt", suffix=".txt", language="da")
    codes = ["LANG003", "MT005", "MT001", "SPELL001"]
    findings = check_document(document, project_glossary, select=codes)
    assert [(f.code, f.line, f.column, f.match) for f in findings] == [
        ("MT001", 3, 1, "Del på Facebook"),
        ("LANG003", 5, 18, "Flare-up of symptoms"),
        ("LANG003", 5, 77, "heavy lifting"),
        ("MT005", 5, 121, "sundhedsudbyder"),
        ("MT005", 5, 168, "På en daglig basis"),
        ("MT005", 5, 218, "lægelig opmærksomhed"),
        ("MT001", 7, 1, "Tilmeld dig nyhedsbrevet"),
    ]
