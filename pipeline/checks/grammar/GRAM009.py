from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.clauses import SAYING
from pipeline.checks.grammar.readings import any_pos, chosen_is, verb_reading
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Conjunctions that open a subordinate clause when the tagger reads them so.
_SUBORDINATORS = frozenset(
    {
        "at",
        "fordi",
        "hvis",
        "når",
        "selvom",
        "mens",
        "da",
        "om",
        "medmindre",
        "eftersom",
        "skønt",
    }
)
# Subjects a subordinate clause starts with: personal pronouns and the formal `der`.
_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man", "den", "det", "der"})
# Sentence adverbs, which stand before the finite verb in a subordinate clause; not focus
# adverbs that may belong to what follows ("hvis du spiser kun én gang", "fordi den er
# endnu større"), nor words that are adjectives too ("at blodtrykket er typisk højere",
# "fordi strømmen er stadig", `nok`: "at man får nok jern").
_SENTENCE_ADVERBS = frozenset(
    {
        "ikke",
        "aldrig",
        "altid",
        "ofte",
        "allerede",
        "heller",
        "jo",
        "gerne",
        "måske",
        "muligvis",
        "sandsynligvis",
    }
)

# What follows "der er ikke" in an existential main clause: an indefinite quantifier or
# "tale om" ("der er ikke nogen grund", "der findes ikke mange undersøgelser").
_EXISTENTIAL = frozenset({"nogen", "noget", "nogle", "mange", "meget", "megen", "flere", "tale"})


class SubordinateAdverbOrder(Check):
    """A subordinate clause puts its sentence adverb after the verb ("fordi den går ikke").

    In a Danish subordinate clause the sentence adverb stands before the finite verb
    ("fordi kroppen ikke har nok insulin", "hvis du ofte har hovedpine", "patienter, der
    aldrig har røget"); only main clauses put it after the verb. English puts "not" after
    an auxiliary, and machine translation often keeps main-clause order in the
    subordinate clause: "hvis du har ofte hovedpine", "fordi den er ikke farlig".

    Flags a conjunction the tagger reads as subordinating (at, fordi, hvis, når, selvom,
    mens, da, om, medmindre, eftersom, skønt) with a pronoun subject, or a relative `der`
    or `som` after a comma, followed by the finite verb and then a sentence adverb that is
    no other word (ikke, aldrig, altid, ofte, allerede, gerne, måske …). The suggestion
    puts the adverb before the verb.

    It deliberately does not flag: at-clauses after verbs of saying and thinking ("Hun
    sagde, at hun ville ikke", accepted by Dansk Sprognævn), focus adverbs that may belong
    to what follows (kun, også, bare, endnu), adverbs that are adjectives too ("der er
    typisk for dig", stadig, faktisk, nok), hyphenated compounds ("at det er
    ikke-invasivt"), noun subjects (the clause's limits are less sure), main clauses
    after `så` or `for`, and a main clause run on after a comma with the formal subject
    `der` (a comma splice, common in native instructions): an impersonal passive ("min. 2
    dages betænkningstid, der må ikke bleges på personer under 18 år") or an existential
    clause with an indefinite quantifier ("Tag det roligt, der er ikke nogen grund til
    bekymring").

    Anti-pattern: "Kontakt lægen, hvis du har ofte hovedpine, fordi den går ikke over."
    Best practice: "Kontakt lægen, hvis du ofte har hovedpine, fordi den ikke går over."
    """

    code = "GRAM009"
    name = "grammar.subordinate-adverb-order"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i in range(len(tokens)):
                verb_at = _finite_verb_after_opener(tokens, i)
                if verb_at is None or verb_at + 1 >= len(tokens):
                    continue
                verb, adverb = tokens[verb_at], tokens[verb_at + 1]
                word = adverb.surface.casefold()
                if word not in _SENTENCE_ADVERBS or not any_pos(adverb, "adv"):
                    continue
                if text[adverb.end : adverb.end + 1] == "-":
                    continue  # "ikke-invasiv": part of a compound
                if _formal_der(tokens, i, verb_at):
                    continue  # ", der må ikke ryges": a main clause's formal subject
                suggestion = f"{adverb.surface} {verb.surface}"
                yield self.finding(
                    ctx,
                    analysed.segment,
                    verb.start,
                    adverb.end,
                    f"in a subordinate clause the adverb '{adverb.surface}' goes before the "
                    f"finite verb '{verb.surface}' ('{suggestion}')",
                    suggestion=suggestion,
                )


def _finite_verb_after_opener(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of the finite verb when a subordinate clause opens at `i` and its subject
    is a pronoun (or the relative `der`/`som` itself), else None."""
    token = tokens[i]
    word = token.surface.casefold()
    if word in ("der", "som") and i > 0 and tokens[i - 1].surface == ",":
        if not any_pos(token, "prn", "cnjsub"):
            return None
        verb_at = i + 1  # the relative pronoun is the subject
    elif word in _SUBORDINATORS and (chosen_is(token, "cnjsub") or chosen_is(token, "cnjadv")):
        if word == "at" and _after_saying(tokens, i):
            return None
        if i + 1 >= len(tokens) or tokens[i + 1].surface.casefold() not in _SUBJECTS:
            return None
        verb_at = i + 2
    else:
        return None
    if verb_at >= len(tokens):
        return None
    chosen = tokens[verb_at].chosen
    if chosen is None or not verb_reading(chosen) or not (chosen.has("pres") or chosen.has("past")):
        return None
    return verb_at


def _formal_der(tokens: tuple[Token, ...], i: int, verb_at: int) -> bool:
    """`der` after a comma is the formal subject of a main clause run on after it, not a
    relative pronoun, when its clause is an impersonal passive (a modal and a passive
    infinitive: ", der må ikke ryges indendørs", ", der skal ikke betales for det") or an
    existential one (`være` or `findes` and an indefinite quantifier or "tale om": ", der er
    ikke nogen grund til bekymring", ", der findes ikke noget middel")."""
    if tokens[i].surface.casefold() != "der" or verb_at + 2 >= len(tokens):
        return False
    verb, after = tokens[verb_at].chosen, tokens[verb_at + 2]
    if verb is None:
        return False
    if verb.pos in ("vbmod", "vaux"):
        return any(verb_reading(r) and r.has("inf") and r.has("pasv") for r in after.readings)
    existential = verb.lemma in ("være", "findes", "finde")
    return existential and after.surface.casefold() in _EXISTENTIAL


def _after_saying(tokens: tuple[Token, ...], i: int) -> bool:
    """A verb of saying or thinking among the three words before `at`."""
    return any(
        verb_reading(r) and r.lemma in SAYING
        for token in tokens[max(0, i - 3) : i]
        for r in token.readings
    )
