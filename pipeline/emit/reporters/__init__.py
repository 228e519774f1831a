"""Reporters render one Report of findings; `--format` choices come from this registry."""

from __future__ import annotations

import importlib

from pipeline.emit.reporters.base import Report, Reporter

REPORTERS: dict[str, str] = {
    "text": "pipeline.emit.reporters.text:TextReporter",
    "json": "pipeline.emit.reporters.json:JsonReporter",
    "sarif": "pipeline.emit.reporters.sarif:SarifReporter",
    "junit": "pipeline.emit.reporters.junit:JUnitReporter",
    "github": "pipeline.emit.reporters.github:GitHubReporter",
}


def get_reporter(name: str) -> Reporter:
    module_name, attribute = REPORTERS[name].split(":")
    reporter: Reporter = getattr(importlib.import_module(module_name), attribute)()
    return reporter


__all__ = ["REPORTERS", "Report", "Reporter", "get_reporter"]
