"""How each language writes quotation marks and the dash between clauses (LOC009's table).

A pair is written as its opening and closing mark: "””" is ”…”, "»«" is »…«. A language's
entry names the pairs it writes and the pair to suggest for another language's curly marks
(“…”, „…“) or guillemets («…»); None leaves that kind of mark unjudged, for a language that
also writes other pairs than those named here.
"""

from __future__ import annotations

from dataclasses import dataclass

CURLY = "“”„"
GUILLEMETS = "«»"
EM_DASH = "—"
EN_DASH = "–"


@dataclass(frozen=True)
class Typography:
    """One language's quotation marks and dash."""

    name: str  # the language, as a message names it: "Danish writes ”…”"
    pairs: frozenset[str]  # the pairs the language writes
    curly: str | None  # the pair to write for another language's curly marks
    guillemets: str | None  # the pair to write for guillemets pointing the other way
    dash: str = EN_DASH  # the dash between clauses, spaced

    def native_marks(self, family: str) -> frozenset[str]:
        """The marks of `family` (CURLY or GUILLEMETS) that appear in the language's pairs."""
        return frozenset(mark for pair in self.pairs for mark in pair if mark in family)

    def suggested_pair(self, family: str) -> str | None:
        """The pair to write for a foreign pair of `family`'s marks."""
        return self.curly if family == CURLY else self.guillemets


# Danish: ”…” or »…« (Retskrivningsordbogen), the tankestreg an en dash with spaces. Norwegian
# writes «…» and also ”…” and „…“, so only its guillemets are judged. Swedish writes ”…” and
# »…».
TYPOGRAPHY: dict[str, Typography] = {
    "da": Typography("Danish", frozenset({"””", "»«"}), curly="””", guillemets="»«"),
    "nb": Typography("Norwegian", frozenset({"«»"}), curly=None, guillemets="«»"),
    "nn": Typography("Norwegian", frozenset({"«»"}), curly=None, guillemets="«»"),
    "sv": Typography("Swedish", frozenset({"””", "»»"}), curly="””", guillemets="»»"),
}

# Whose pair it is, for the message: "English quotation marks “…”".
PAIR_ORIGIN: dict[str, str] = {
    "“”": "English",
    "““": "English",
    "„“": "German",
    "„”": "Polish or Dutch",
    "«»": "Italian, French or Norwegian",
    "»«": "Danish or German",
    "»»": "Swedish",
    "””": "Danish or Swedish",
}
MARK_ORIGIN: dict[str, str] = {"“": "English", "„": "German"}
