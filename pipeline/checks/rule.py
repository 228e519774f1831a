"""What every check declares, article or translation: a code, a name, a severity, its docs."""

from __future__ import annotations

import inspect
from abc import ABC
from typing import ClassVar

from pipeline.core.models import Severity


class Rule(ABC):
    """The first line of a rule's class docstring is its description; the whole its docs."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    fixable: ClassVar[bool] = False
    # "file": the rule judges one file at a time; "file-set": it compares units across all the
    # files of a run (consistency), so `check` runs it once over every file's units
    scope: ClassVar[str] = "file"

    @classmethod
    def description(cls) -> str:
        return (inspect.getdoc(cls) or "").splitlines()[0]

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""
