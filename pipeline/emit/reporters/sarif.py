"""Findings as SARIF 2.1.0, the log format GitHub code scanning and SARIF viewers read.

One run; `tool.driver.rules` lists every check (article and translation checks), so a viewer
can show a rule's documentation even for codes with no result. The output is deterministic:
no timestamps, no machine-specific paths beyond the ones the findings carry.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pipeline import __version__
from pipeline.checks.quality import UNCATEGORISED, QualityModel
from pipeline.core.models import Finding, Severity
from pipeline.emit.reporters.base import Report

if TYPE_CHECKING:
    from pipeline.checks.base import Check
    from pipeline.checks.bilingual.base import BilingualCheck

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

Json = dict[str, Any]


def rule_descriptors() -> list[Json]:
    """One reportingDescriptor per check: article checks first, then translation checks."""
    from pipeline.checks.registry import (
        BILINGUAL_CHECKS,
        CHECKS,
        bilingual_check_class,
        check_class,
    )

    classes: list[tuple[str, type[Check] | type[BilingualCheck]]]
    classes = [("article", check_class(code)) for code in CHECKS]
    classes += [("translation", bilingual_check_class(code)) for code in BILINGUAL_CHECKS]
    return [
        {
            "id": cls.code,
            "name": cls.name,
            "shortDescription": {"text": cls.description()},
            "fullDescription": {"text": cls.documentation()},
            "help": {"text": cls.documentation()},
            "defaultConfiguration": {"level": LEVELS[cls.severity]},
            "properties": {
                "tags": [cls.name.split(".")[0], kind],
                "fixable": cls.fixable,
                "mqmCategory": QualityModel().category(cls.code) or UNCATEGORISED,
            },
        }
        for kind, cls in classes
    ]


def artifact_location(path: str) -> Json:
    """A relative path becomes a POSIX URI reference under %SRCROOT%; an absolute one a file URI."""
    pure = PurePosixPath(path)
    if pure.is_absolute():
        return {"uri": pure.as_uri()}
    return {"uri": quote(pure.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def region(finding: Finding) -> Json:
    # Columns count Unicode code points (see run.columnKind); SARIF's endColumn, like ours,
    # is the column just past the region.
    return {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }


def _fix(finding: Finding, location: Json) -> Json:
    suggestion = finding.suggestion or ""
    description = (
        f"Replace '{finding.match}' with '{suggestion}'"
        if suggestion
        else f"Delete '{finding.match}'"
    )
    return {
        "description": {"text": description},
        "artifactChanges": [
            {
                "artifactLocation": location,
                "replacements": [
                    {"deletedRegion": region(finding), "insertedContent": {"text": suggestion}}
                ],
            }
        ],
    }


def _result(finding: Finding, rule_index: dict[str, int]) -> Json:
    location = artifact_location(finding.path)
    result: Json = {"ruleId": finding.code}
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    result |= {
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": location, "region": region(finding)}}
        ],
    }
    # A translation finding points at its unit with an empty region; a replacement there
    # would insert the suggestion instead of replacing the match, so it gets no fix.
    located = (finding.end_line, finding.end_column) != (finding.line, finding.column)
    if finding.fixable and finding.suggestion is not None and located:
        result["fixes"] = [_fix(finding, location)]
    # The matched text goes in the property bag, not region.snippet: a snippet must be the
    # source text itself, and a match in Markdown or across a line break is normalised text.
    properties: Json = {"match": finding.match}
    if finding.suggestions:
        properties["suggestions"] = finding.suggestions
    result["properties"] = properties
    return result


class SarifReporter:
    def render(self, report: Report, color: bool = False) -> str:
        rules = rule_descriptors()
        rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
        invocation: Json = {"executionSuccessful": not report.failures}
        if report.failures:
            invocation["toolExecutionNotifications"] = [
                {"level": "error", "message": {"text": failure}} for failure in report.failures
            ]
        run: Json = {
            "tool": {
                "driver": {
                    "name": "content-pipeline",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": rules,
                }
            },
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, rule_index) for f in report.findings],
            "properties": {
                "baselined": report.baselined,
                "scores": [s.as_json() for s in report.scores],
                "languageScores": [s.as_json() for s in report.language_scores],
            },
        }
        log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
