"""English raising passives in Danish: a participle of finding, knowing or reporting with `at`
and an infinitive ("blev fundet at sænke", "er kendt at forårsage"), and English "likely to"
("kvinder er mere sandsynlige at få migræne").

English says "curcumin was found to slow …", "smoking is known to cause …", "it is reported
to help …": a passive participle followed by a to-infinitive. Machine translation renders it
word by word; Danish says "har vist sig at", "er kendt for at", "menes at", "skulle efter
sigende", with an s-passive or a reflexive verb, not the participle with `at` and an
infinitive. The participle and the infinitive are read in Apertium's Danish analysis, so
every tense of the auxiliary and every verb after `at` count, and `at` opening a clause ("Det
blev vist, at behandlingen virker") does not.

English "X is (more) likely to develop Y" becomes "X er (mere) sandsynlig at udvikle Y"; Danish
says "har større risiko for at", "vil sandsynligvis". Only the common-gender and plural forms
count: after an expletive "det" the neuter form with an infinitive subject is Danish ("Det er
usandsynligt at blive smittet").

Two verbs are stricter: "vist at" and "påvist at" count only after a form of blive ("blev …
vist at falde"), as clinical Danish writes "er vist at reducere" in guidelines.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.ingest.morphology import Token

# participle lemma -> the Danish construction to use
RAISING_VERBS: dict[str, str] = {
    "finde": "har vist sig at",
    "bevise": "har vist sig at",
    "demonstrere": "har vist sig at",
    "observere": "har vist sig at",
    "vise": "har vist sig at",
    "påvise": "har vist sig at",
    "kende": "er kendt for at",
    "tro": "menes at",
    "tænke": "menes at",
    "anse": "anses for at",
    "rapportere": "skulle efter sigende",
    "forvente": "forventes at",
    "estimere": "anslås at",
}
ENGLISH_PARTICIPLES = {
    "finde": "found", "bevise": "proven", "demonstrere": "demonstrated", "observere": "observed",
    "vise": "shown", "påvise": "shown", "kende": "known", "tro": "believed", "tænke": "thought",
    "anse": "considered", "rapportere": "reported", "forvente": "expected",
    "estimere": "estimated",
}  # fmt: skip
AFTER_BLIVE_ONLY = frozenset({"vise", "påvise"})
# English "(un)likely to": the adjective's forms that agree with a person or a plural subject
LIKELY = {
    "sandsynlig": "vil sandsynligvis, har større risiko for at",
    "sandsynlige": "vil sandsynligvis, har større risiko for at",
    "usandsynlig": "vil næppe, har lille risiko for at",
    "usandsynlige": "vil næppe, har lille risiko for at",
}
_VERBS = frozenset({"vblex", "vbser", "vbhaver", "vbmod"})
# words that end the clause the participle's auxiliary must stand in; a comma does not, as an
# apposition may stand between ("blev CRP, den inflammatoriske markør, vist at falde")
_CLAUSE_END = frozenset(
    {".", "!", "?", ":", ";", "og", "men", "eller", "der", "som", "hvis", "når", "fordi", "at"}
)
MAX_BEFORE = 12  # words from the auxiliary to the participle ("blev curcumin kapsler fundet")


@dataclass(frozen=True)
class RaisingPassive:
    participle: int  # token index of the participle
    infinitive: int  # token index of the infinitive after `at`
    lemma: str  # the participle's lemma, or the adjective's form

    @property
    def english(self) -> str:
        """What English wrote: "was found", "likely"."""
        if self.lemma in LIKELY:
            return "unlikely" if self.lemma.startswith("u") else "likely"
        return "is " + ENGLISH_PARTICIPLES[self.lemma]

    @property
    def use(self) -> str:
        return RAISING_VERBS.get(self.lemma) or LIKELY[self.lemma]


def raising_passives(tokens: tuple[Token, ...]) -> list[RaisingPassive]:
    """The participle + `at` + infinitive constructions of one analysed segment."""
    found = []
    for i in range(len(tokens) - 2):
        likely = tokens[i].surface.casefold()
        if likely in LIKELY and tokens[i + 1].surface.casefold() == "at":
            if _infinitive(tokens[i + 2]):
                found.append(RaisingPassive(i, i + 2, likely))
            continue
        lemma = _raising_participle(tokens[i])
        if lemma is None or tokens[i + 1].surface.casefold() != "at":
            continue
        if not _infinitive(tokens[i + 2]):
            continue
        auxiliary = _auxiliary(tokens, i)
        if auxiliary is None or (lemma in AFTER_BLIVE_ONLY and auxiliary != "blive"):
            continue
        found.append(RaisingPassive(i, i + 2, lemma))
    return found


def _raising_participle(token: Token) -> str | None:
    """The lemma of a verb of finding, knowing or reporting whose past participle `token`
    can be, else None."""
    for reading in token.readings:
        if reading.pos == "vblex" and reading.has("pp") and not reading.compound:
            lemma = reading.lemma.casefold()
            if lemma in RAISING_VERBS:
                return lemma
    return None


def _infinitive(token: Token) -> bool:
    """The tagger reads `token` as an infinitive verb (not a noun that may follow a clause's
    `at`: "vist at motion hjælper")."""
    chosen = token.chosen
    return chosen is not None and chosen.pos in _VERBS and chosen.has("inf")


def _auxiliary(tokens: tuple[Token, ...], i: int) -> str | None:
    """The lemma "blive" or "være" when a form of it stands before the participle at `i` in the same
    clause (a passive), else None."""
    for j in range(i - 1, max(i - 1 - MAX_BEFORE, -1), -1):
        token = tokens[j]
        if token.surface.casefold() in _CLAUSE_END:
            return None
        for reading in token.readings:
            lemma = reading.lemma.casefold()
            if lemma == "blive" and reading.pos == "vblex":
                return "blive"
            if lemma == "være" and reading.pos == "vbser":
                return "være"
    return None
