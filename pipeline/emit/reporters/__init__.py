"""Reporters render one Report of findings; `--format` choices come from this registry."""

from __future__ import annotations

from pipeline.core.lazy import load
from pipeline.emit.reporters.base import Report, Reporter

REPORTERS: dict[str, str] = {
    "text": "pipeline.emit.reporters.text:TextReporter",
    "json": "pipeline.emit.reporters.json:JsonReporter",
    "sarif": "pipeline.emit.reporters.sarif:SarifReporter",
    "junit": "pipeline.emit.reporters.junit:JUnitReporter",
    "github": "pipeline.emit.reporters.github:GitHubReporter",
}


def get_reporter(name: str) -> Reporter:
    reporter: Reporter = load(REPORTERS[name])()
    return reporter


__all__ = ["REPORTERS", "Report", "Reporter", "get_reporter"]
