"""Machine-readable findings: a stable JSON object for CI and scripts."""

from __future__ import annotations

import json

from pipeline import __version__
from pipeline.emit.reporters.base import Report


class JsonReporter:
    def render(self, report: Report, color: bool = False) -> str:
        counts = report.counts()
        data = {
            "tool": "content-pipeline",
            "version": __version__,
            "files": report.files,
            "failures": report.failures,
            "summary": {
                "findings": len(report.findings),
                **{severity.value: n for severity, n in counts.items()},
                "fixable": report.fixable,
                "by_code": report.by_code(),
                "baselined": report.baselined,
            },
            "scores": {
                "files": [s.as_json() for s in report.scores],
                "languages": [s.as_json() for s in report.language_scores],
            },
            "findings": [f.model_dump(mode="json") for f in report.findings],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
