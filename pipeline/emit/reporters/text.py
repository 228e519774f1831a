"""Human-readable findings, one per line, as compilers and ruff print them."""

from __future__ import annotations

import click

from pipeline.core.models import Finding, Severity
from pipeline.emit.reporters.base import Report, shown_suggestion

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
SCORES_SHOWN = 20  # file score lines; JSON and SARIF carry every file's


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class TextReporter:
    def render(self, report: Report, color: bool = False) -> str:
        lines = [self._line(f, color) for f in report.findings]
        counts = report.counts()
        summary = (
            f"{_plural(len(report.findings), 'finding')} "
            f"({_plural(counts[Severity.ERROR], 'error')}, "
            f"{_plural(counts[Severity.WARNING], 'warning')}, "
            f"{counts[Severity.INFO]} info) in {_plural(len(report.files), 'file')}"
        )
        if report.fixable:
            summary += f"; {report.fixable} fixable"
        if report.baselined:
            summary += f"; {report.baselined} baselined"
        if report.failures:
            summary += f"; {_plural(len(report.failures), 'file')} could not be read"
        if lines:
            lines.append("")
        scored = _score_lines(report) if report.show_scores else []
        if scored:
            lines += [*scored, ""]
        lines.append(click.style(summary, bold=True) if color else summary)
        return "\n".join(lines) + "\n"

    def _line(self, finding: Finding, color: bool) -> str:
        where = f"{finding.path}:{finding.line}:{finding.column}:"
        code = finding.code
        severity = finding.severity.value
        if color:
            where = click.style(where, bold=True)
            code = click.style(code, fg=_COLORS[finding.severity], bold=True)
            severity = click.style(severity, fg=_COLORS[finding.severity])
        text = f"{where} {code} {severity}: {finding.message}"
        if finding.suggestion is not None and finding.suggestion not in finding.message:
            text += f"\n    suggestion: {shown_suggestion(finding.suggestion)}"
        elif len(finding.suggestions) > 1:
            text += (
                f"\n    suggestions: {', '.join(map(shown_suggestion, finding.suggestions[:5]))}"
            )
        return text


def _score_lines(report: Report) -> list[str]:
    """The quality score of each file below 100 (worst first, at most SCORES_SHOWN), then of
    each language when the files are in more than one or there is more than one file."""
    below = [s for s in report.scores if s.penalty]
    lines = [s.line() for s in below[:SCORES_SHOWN]]
    if len(below) > SCORES_SHOWN:
        lines.append(f"… {len(below) - SCORES_SHOWN} more files below 100 (--format json)")
    if len(report.scores) > 1:
        lines += [s.line() for s in report.language_scores]
    return lines
