from __future__ import annotations

from pipeline.checks.terminology.status_term import StatusTermCheck
from pipeline.core.models import Severity
from pipeline.glossary.matcher import TermMatch
from pipeline.glossary.model import TermStatus


class AdmittedTerm(StatusTermCheck):
    """An admitted term is used where the glossary prefers another term for the concept.

    Admitted terms are correct, so this is information for editors who standardise, and
    its replacement is never applied automatically. Admitted acronyms (ALS) are not
    reported: an abbreviation beside the full term is normal practice.

    Anti-pattern: "Lægen fandt flere trykpunkter i musklerne." (glossary: "trykpunkt"
    admitted, "ømt punkt" preferred)
    Best practice: "Lægen fandt flere ømme punkter i musklerne."
    """

    code = "TERM003"
    name = "terminology.admitted-term"
    severity = Severity.INFO
    fixable = False
    status = TermStatus.ADMITTED
    adjective = "admitted"

    def applies(self, match: TermMatch) -> bool:
        return super().applies(match) and not match.entry.term.isupper()
