"""A finding to render, as the reporter tests need it: override any field by keyword."""

from __future__ import annotations

from typing import Any

from pipeline.core.models import Finding, Severity


def finding(**fields: Any) -> Finding:
    base: dict[str, Any] = {
        "code": "TERM001",
        "name": "terminology.forbidden-term",
        "severity": Severity.ERROR,
        "message": "forbidden term 'dræning' for concept 'drooling': use 'savlen'",
        "path": "bad.txt",
        "line": 3,
        "column": 36,
        "end_line": 3,
        "end_column": 43,
        "match": "dræning",
        "suggestion": "savlen",
        "fixable": True,
    }
    return Finding(**(base | fields))
