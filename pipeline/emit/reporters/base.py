"""What every reporter receives: the findings of one run and the files it covered."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pipeline.core.models import Finding, Severity
    from pipeline.emit.score import Score


@dataclass
class Report:
    findings: list[Finding]
    files: list[str]
    failures: list[str] = field(default_factory=list)  # one-line input errors
    scores: list[Score] = field(default_factory=list)  # per file, worst first
    language_scores: list[Score] = field(default_factory=list)  # per language, worst first
    baselined: int = 0  # findings left out because the baseline accepts them
    show_scores: bool = False  # the text summary lists the scores (check does, --no-scores not)

    def counts(self) -> dict[Severity, int]:
        # imported here: `check --help` builds its --format choices from this package, and
        # the models would bring pydantic into every help text
        from pipeline.core.models import Severity

        counter = Counter(f.severity for f in self.findings)
        return {severity: counter.get(severity, 0) for severity in Severity}

    def by_code(self) -> dict[str, int]:
        return dict(sorted(Counter(f.code for f in self.findings).items()))

    @property
    def fixable(self) -> int:
        return sum(1 for f in self.findings if f.fixable)


class Reporter(Protocol):
    def render(self, report: Report, color: bool = False) -> str: ...


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown_suggestion(suggestion: str) -> str:
    """A suggestion on one line, unambiguously: quoted and escaped where raw it would not be.

    A whole corrected target (WS001, WS002, DUP001, TERM006) may hold a line break, a tab or a
    space at its edges, which raw would break the line or be invisible; a word stays as is.
    """
    if not suggestion:
        return "(delete)"
    if (
        suggestion.isprintable()
        and suggestion == suggestion.strip()
        and not suggestion.startswith('"')
        and suggestion != "(delete)"
    ):
        return suggestion
    # Python's escapes (\xa0, \u202f) for the invisible rest, as repr() writes them
    escaped = (
        _ESCAPES.get(char, char if char.isprintable() else repr(char)[1:-1]) for char in suggestion
    )
    return f'"{"".join(escaped)}"'
