from __future__ import annotations

from pipeline.checks.terminology.status_term import StatusTermCheck
from pipeline.core.models import Severity
from pipeline.glossary.model import TermStatus


class DeprecatedTerm(StatusTermCheck):
    """A term the glossary deprecates (outdated, stigmatising or a calque) is used.

    Anti-pattern: "… og mental retardering."
    Best practice: "… og udviklingshæmning."
    """

    code = "TERM002"
    name = "terminology.deprecated-term"
    severity = Severity.WARNING
    fixable = True
    status = TermStatus.DEPRECATED
    adjective = "deprecated"
