"""Findings as GitHub Actions workflow commands: each becomes an annotation on the diff.

One line per finding, `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message`
(warning → `::warning`, info → `::notice`). Escaping follows the runner's parser
(actions/runner ActionCommand.cs): the message escapes %, CR and LF; property values also
escape ":" and ",", which separate the command's parts.
"""

from __future__ import annotations

from pipeline.core.models import Finding, Severity
from pipeline.emit.reporters.base import Report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (the part after the second `::`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (`file=`, `title=` …)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """The workflow command of one finding."""
    position = [("line", finding.line), ("col", finding.column)]
    position += [("endLine", finding.end_line), ("endColumn", finding.end_column)]
    if finding.end_line != finding.line:
        # The runner drops col and endColumn when line and endLine differ.
        position = [(key, n) for key, n in position if key in ("line", "endLine")]
    properties = [("file", finding.path), *((key, str(n)) for key, n in position)]
    properties.append(("title", f"{finding.code} {finding.name}"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(finding.message)}"


class GitHubReporter:
    def render(self, report: Report, color: bool = False) -> str:
        lines = [annotation(f) for f in report.findings]
        lines += [
            f"::error title={escape_property('input error')}::{escape_data(failure)}"
            for failure in report.failures
        ]
        return "".join(f"{line}\n" for line in lines)
