from __future__ import annotations

from pipeline.checks.terminology.status_term import StatusTermCheck
from pipeline.core.models import Severity
from pipeline.glossary.model import TermStatus


class DeprecatedTerm(StatusTermCheck):
    """A term the glossary deprecates (outdated, stigmatising or a calque) is used.

    Anti-pattern: "Ved ALS ses også sikl og synkebesvær." (the project glossary deprecates the
    colloquial "sikl" for "savlen")
    Best practice: "Ved ALS ses også savlen og synkebesvær."
    """

    code = "TERM002"
    name = "terminology.deprecated-term"
    severity = Severity.WARNING
    fixable = True
    status = TermStatus.DEPRECATED
    adjective = "deprecated"
