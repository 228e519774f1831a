"""Which checks run on which file, and at what severity: configuration, then command line."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS, OPT_IN, select_codes
from pipeline.core.config import Config
from pipeline.core.models import Finding


def enabled_codes(config: Config, select: Iterable[str], ignore: Iterable[str]) -> list[str]:
    """The checks to run: the configuration's choice, then the command line's, as in ruff.

    A layer's select replaces what came before, extend-select adds and ignore removes; so
    `--select TERM003` runs TERM003 even when the configuration ignores it. Raises
    ValueError for an unknown code.
    """
    every = {**CHECKS, **BILINGUAL_CHECKS}
    enabled = set(every) - OPT_IN
    layers = [
        (config.select, config.extend_select, config.ignore),
        (tuple(select), (), tuple(ignore)),
    ]
    for chosen, extend, ignored in layers:
        if chosen:
            enabled = set(select_codes(chosen, (), every))
        enabled |= set(select_codes(extend, (), every)) if extend else set()
        enabled -= set(select_codes(ignored, (), every)) if ignored else set()
    return [code for code in every if code in enabled]


def selection_for(
    codes: list[str], path_ignores: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`select`/`ignore` arguments that run exactly `codes` minus a path's ignores."""
    if not codes:  # nothing enabled: ignore every check
        return (), (*CHECKS, *BILINGUAL_CHECKS)
    return tuple(codes), path_ignores


def with_severity(config: Config, finding: Finding) -> Finding:
    """The finding at the severity the configuration gives its code."""
    severity = config.severity_for(finding.code, finding.severity)
    if severity is finding.severity:
        return finding
    return finding.model_copy(update={"severity": severity})
