from __future__ import annotations

from pipeline.checks.terminology.status_term import StatusTermCheck
from pipeline.core.models import Severity
from pipeline.glossary.model import TermStatus


class ForbiddenTerm(StatusTermCheck):
    """A term the glossary forbids (a mistranslation or a wrong term) is used.

    Matches every inflected form (definite, plural, genitive, capitalised):
    "Muskelsvindningerne" is the forbidden "muskelsvindning". Only whole words match, so
    "muskelsvind" (muscle atrophy, a correct term) is not "muskelsvindning".

    Anti-pattern: "Sygdommen begynder med muskelsvindninger."
    Best practice: "Sygdommen begynder med muskeltrækninger."

    The fix keeps the inflection when both terms have a certain paradigm (-ning → -ning);
    otherwise the preferred dictionary form is suggested and the fix is left to the editor.
    """

    code = "TERM001"
    name = "terminology.forbidden-term"
    severity = Severity.ERROR
    fixable = True
    status = TermStatus.FORBIDDEN
    adjective = "forbidden"
