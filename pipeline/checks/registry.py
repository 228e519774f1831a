"""Every check by code, imported lazily: adding a check is one module and one line here."""

from __future__ import annotations

import fnmatch
import importlib
from collections.abc import Iterable

from pipeline.checks.base import Check

CHECKS: dict[str, str] = {
    "ENC001": "pipeline.checks.encoding.ENC001:LegacyEncoding",
    "TERM001": "pipeline.checks.terminology.TERM001:ForbiddenTerm",
    "TERM002": "pipeline.checks.terminology.TERM002:DeprecatedTerm",
    "TERM003": "pipeline.checks.terminology.TERM003:AdmittedTerm",
    "TERM004": "pipeline.checks.terminology.TERM004:InconsistentTerms",
    "LANG001": "pipeline.checks.language.LANG001:WrongLanguage",
    "SPELL001": "pipeline.checks.spelling.SPELL001:UnknownWord",
    "MT001": "pipeline.checks.artifacts.MT001:Boilerplate",
    "MT002": "pipeline.checks.artifacts.MT002:RepeatedTitle",
    "MT003": "pipeline.checks.artifacts.MT003:EmptyHeading",
    "MECH001": "pipeline.checks.mechanics.MECH001:DoubledWord",
    "MECH002": "pipeline.checks.mechanics.MECH002:StrayWhitespace",
}


def check_class(code: str) -> type[Check]:
    module_name, attribute = CHECKS[code].split(":")
    cls = getattr(importlib.import_module(module_name), attribute)
    if not (isinstance(cls, type) and issubclass(cls, Check)):
        raise TypeError(f"{CHECKS[code]} is not a Check")
    return cls


def _matches(code: str, patterns: Iterable[str]) -> bool:
    # "TERM" selects every TERM check, as ruff's prefixes do; globs work too.
    return any(code.startswith(p.upper()) or fnmatch.fnmatch(code, p.upper()) for p in patterns)


def select_codes(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[str]:
    """Check codes enabled by `--select`/`--ignore` (both accept codes or prefixes)."""
    select, ignore = list(select), list(ignore)
    unknown = [p for p in [*select, *ignore] if not any(_matches(c, [p]) for c in CHECKS)]
    if unknown:
        raise ValueError(f"unknown check code(s): {', '.join(unknown)}")
    codes = [c for c in CHECKS if not select or _matches(c, select)]
    return [c for c in codes if not _matches(c, ignore)]


def load_checks(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Check]:
    return [check_class(code)() for code in select_codes(select, ignore)]
