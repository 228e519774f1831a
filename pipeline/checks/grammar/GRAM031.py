from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import statements
from pipeline.checks.grammar.clauses import opens_clause
from pipeline.checks.grammar.readings import capitalised, chosen_is, is_word, only
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Subject pronouns in the nominative; not `det` and `den` (also determiners, and "det være
# sig" is a fixed phrase).
_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man"})
# Sentence adverbs that may stand between the subject and the verb, whatever other reading
# the analyser also gives them ("faktisk" is an adjective too).
_ADVERBS = frozenset(
    {"ikke", "aldrig", "altid", "ofte", "også", "kun", "bare", "faktisk", "typisk", "normalt",
     "sjældent", "stadig", "allerede", "endnu", "måske", "derfor", "nok", "gerne", "jo", "netop",
     "sandsynligvis", "muligvis", "virkelig"}
)  # fmt: skip
# Apertium's tags of main verbs, `være` and `have`.
_MAIN_VERBS = frozenset({"vblex", "vbser", "vbhaver"})
# Words that join clauses of the same rank: a subject after them starts a clause.
_COORDINATORS = frozenset({"og", "men", "eller"})
_RELATIVES = frozenset({"som", "der"})
# Prepositions of a phrase inside the subject ("Udvidelsen af blodårerne").
_PREPOSITIONS = frozenset({"af", "i", "på", "hos", "med", "fra", "til", "under", "efter"})
# hv-words that open an indirect question, whose clause needs a subject and a finite verb.
_QUESTION_WORDS = frozenset({"hvad", "hvem", "hvilke", "hvordan", "hvorfor", "hvornår"})


class InfinitiveForFiniteVerb(Check):
    """A clause's verb is a bare infinitive ("at de faktisk reducere", "hvad udløse").

    A Danish clause needs a finite verb: "at de faktisk reducerer risikoen", "Man ved ikke,
    hvad der udløser anfaldet". Machine translation that aligns an English base form ("they
    actually reduce", "what triggers" read as "trigger") with a Danish infinitive leaves the
    clause without one: "at de faktisk reducere risikoen", "hvad udløse anfaldet".

    Flags a subject pronoun (jeg, du, han, hun, vi, de, man) that starts a clause (at the
    start of the sentence, after a comma, after og/men/eller, or after a word that opens a
    subordinate clause), followed through sentence adverbs by a word whose every reading in
    Apertium's analysis is an infinitive; and an hv-word inside a sentence followed directly
    by such a word.

    It deliberately does not flag: words with any other reading (a noun: "vare", "tage";
    an imperative: "opstå", "gå"), a pronoun after a verb (inverted order after a modal:
    "kan du tage"), a pronoun in a coordinated subject ("både han og hun gøre" after a
    modal), `det` and `den` (also determiners), capitalised words, questions (a rhetorical
    "hvorfor ikke prøve …?"), headings, titles and list items.

    Anti-pattern: "Studier viser, at de reducere risikoen. Vi ved ikke, hvad udløse det."
    Best practice: "Studier viser, at de reducerer risikoen. Vi ved ikke, hvad der udløser det."
    """

    code = "GRAM031"
    name = "grammar.infinitive-for-finite-verb"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in statements(ctx):
            segment = analysed.segment
            tokens = analysed.tokens
            for i in range(len(tokens)):
                verb = reported_infinitive(tokens, i)
                if verb is None:
                    continue
                yield self.finding(
                    ctx,
                    segment,
                    tokens[i].start,
                    tokens[verb].end,
                    f"'{tokens[verb].surface}' is an infinitive where the clause needs a finite "
                    "verb (present or past tense)",
                )


def reported_infinitive(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of the infinitive this check reports for a clause whose subject (or
    question word) stands at `i` in a statement, or None (GRAM037 leaves these to it)."""
    verb = _infinitive_after_subject(tokens, i)
    if verb is None:
        verb = _infinitive_after_question_word(tokens, i)
    if verb is None:
        verb = _infinitive_after_noun_subject(tokens, i)
    return verb


def _infinitive_after_subject(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of a bare infinitive after a subject pronoun at `i` that starts a clause."""
    token = tokens[i]
    if token.surface.casefold() not in _SUBJECTS or not any(r.pos == "prn" for r in token.readings):
        return None
    if not _clause_starts_at(tokens, i):
        return None
    j = i + 1
    while j < len(tokens) and (tokens[j].surface.casefold() in _ADVERBS or only(tokens[j], "adv")):
        j += 1
    return j if j < len(tokens) and _only_infinitive(tokens[j]) else None


def _infinitive_after_noun_subject(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of a bare infinitive after a noun phrase at `i` that starts a clause: an
    optional determiner, adjectives, a noun and one prepositional phrase ("Udvidelsen af
    blodårerne producere …")."""
    if not _clause_starts_at(tokens, i) or (
        i > 0 and tokens[i - 1].surface.casefold() in _RELATIVES
    ):
        return None  # after `som`/`der` a noun is no subject ("kan lægerne som regel give")
    j = _noun_phrase_end(tokens, i, sentence_start=i == 0)
    if j is None:
        return None
    if j < len(tokens) and tokens[j].surface.casefold() in _PREPOSITIONS:
        j = _noun_phrase_end(tokens, j + 1, sentence_start=False)
        if j is None:
            return None
    while j < len(tokens) and (tokens[j].surface.casefold() in _ADVERBS or only(tokens[j], "adv")):
        j += 1
    return j if j < len(tokens) and _only_infinitive(tokens[j]) else None


def _noun_phrase_end(tokens: tuple[Token, ...], i: int, *, sentence_start: bool) -> int | None:
    """The index after a noun phrase at `i`: a determiner the tagger chose, adjectives and
    a noun, each with no reading of another word class (a capital only where the sentence
    starts), or None."""
    j = i
    if j < len(tokens) and chosen_is(tokens[j], "det"):
        j += 1
    while j < len(tokens) and only(tokens[j], "adj"):
        j += 1
    if j >= len(tokens) or not only(tokens[j], "n"):
        return None
    if capitalised(tokens[j]) and not (sentence_start and j == 0):
        return None
    if any(r.has("gen") for r in tokens[j].readings):
        return None
    return j + 1


def _infinitive_after_question_word(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of a bare infinitive right after an hv-word inside the sentence."""
    if i == 0 or tokens[i].surface.casefold() not in _QUESTION_WORDS or i + 1 >= len(tokens):
        return None
    return i + 1 if _only_infinitive(tokens[i + 1]) else None


def _clause_starts_at(tokens: tuple[Token, ...], i: int) -> bool:
    """A clause starts at `i`: the sentence starts there, or a comma, a coordinating
    conjunction after something other than a pronoun, or a clause-opening word comes
    before it."""
    if i == 0:
        return True
    before = tokens[i - 1]
    word = before.surface.casefold()
    # (the modal is looked for only after a comma or a conjunction: it costs the whole
    # sentence before `i`, and every token of a sentence is asked)
    if (before.surface == "," or word in _COORDINATORS) and any(
        r.pos in ("vbmod", "vaux") for t in tokens[:i] for r in t.readings
    ):
        return False  # the modal may be shared: "vil blodsukkeret stige, og symptomerne blive"
    if before.surface == ",":
        return True
    if word in _COORDINATORS:
        # not a coordinated subject ("kan både han og hun gøre", "kan mænd og kvinder få")
        previous = tokens[i - 2] if i >= 2 else None
        return previous is not None and not (
            previous.surface.casefold() in _SUBJECTS | {"det", "den", "både"}
            or not previous.known
            or any(r.pos in ("n", "np", "prn", "adj", "num") for r in previous.readings)
        )
    return opens_clause(tokens, i - 1)


def _only_infinitive(token: Token) -> bool:
    """Every reading is an infinitive of a main verb, `være` or `have`: no noun, adjective,
    imperative or finite form. Not modals and auxiliaries, whose infinitive and past share
    one form ("kunne", "ville": "at de ville få"; apertium-dan-nor lacks the past of
    "ville", which pipeline/ingest/morphology.py supplies)."""
    if not token.known or not is_word(token) or capitalised(token):
        return False
    return all(r.pos in _MAIN_VERBS and r.has("inf") for r in token.readings)
