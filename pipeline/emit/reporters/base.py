"""What every reporter receives: the findings of one run and the files it covered."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.core.models import Finding, Severity


@dataclass
class Report:
    findings: list[Finding]
    files: list[str]
    failures: list[str] = field(default_factory=list)  # one-line input errors

    def counts(self) -> dict[Severity, int]:
        counter = Counter(f.severity for f in self.findings)
        return {severity: counter.get(severity, 0) for severity in Severity}

    def by_code(self) -> dict[str, int]:
        return dict(sorted(Counter(f.code for f in self.findings).items()))

    @property
    def fixable(self) -> int:
        return sum(1 for f in self.findings if f.fixable)


class Reporter(Protocol):
    def render(self, report: Report, color: bool = False) -> str: ...
