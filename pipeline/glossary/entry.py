"""A glossary row (`TermEntry`) and the statuses and registers its columns take."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TermStatus(StrEnum):
    """TBX administrative status of a term (termer: preferredTerm-admn-sts …)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"


class Register(StrEnum):
    """Who a term is written for: the public (lay), health professionals, or anyone.

    A lay preferred term over a professional admitted one ("muskeltrækning" over
    "fascikulation") is a preference for texts for the public only: in a professional text
    the clinical term is right, and in a public text a lay admitted term is too."""

    LAY = "lay"
    PROFESSIONAL = "professional"
    ANY = "any"


class Audience(StrEnum):
    """Who an article is written for (`--audience`, or detected: see checks/audience.py)."""

    PUBLIC = "public"
    PROFESSIONAL = "professional"


@dataclass(frozen=True, slots=True)
class TermEntry:
    """One row of the glossary: a term for a concept in one language."""

    concept_id: str
    lang: str
    term: str
    status: TermStatus
    note: str = ""
    source: str = ""
    line: int = 0
    register: Register = Register.ANY

    def suits(self, audience: Audience) -> bool:
        """Whether the term's register is the audience's own ("fascikulation" for
        professionals, a lay admitted term for the public)."""
        wanted = Register.PROFESSIONAL if audience is Audience.PROFESSIONAL else Register.LAY
        return self.register is wanted
