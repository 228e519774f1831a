from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments, statements
from pipeline.checks.grammar.clauses import opens_clause
from pipeline.checks.grammar.readings import capitalised, chosen_is, only, single_word
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Subject pronouns in the nominative; not `det` and `den` (also determiners).
_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man"})
# Apertium's tags of main verbs, `være` and `have` (a modal's infinitive is also its past).
_MAIN_VERBS = frozenset({"vblex", "vbser", "vbhaver"})
# Readings that let the word after the adverb be something other than a verb or a noun.
_OTHER_WORD_CLASSES = frozenset(
    {"prn", "det", "adj", "adv", "pr", "cnjsub", "cnjcoo", "cnjadv", "np", "num"}
)  # fmt: skip


class SubjectAdverbInfinitive(Check):
    """A subject and a sentence adverb are followed by an infinitive ("lægerne ikke bekræfte").

    In a Danish main clause the finite verb comes before the sentence adverb ("men lægerne
    bekræfter ikke virkningen"); in a subordinate clause it comes right after it ("at
    lægerne ikke bekræfter"). Either way the clause has a finite verb. English puts the
    adverb between subject and verb ("doctors do not confirm", "shampoos either use"), and
    machine translation that drops the auxiliary leaves the subject, the adverb and a bare
    infinitive: "men lægerne ikke bekræfte effektiviteten", "Shampoo enten bruge den ene
    eller den anden".

    Flags a subject (a subject pronoun, or a noun phrase: an optional determiner,
    adjectives and a noun with no other reading) at the start of a clause (the sentence's
    start, after a comma, `men`, `og`/`eller` or a word that opens a subordinate clause),
    followed by one or more sentence adverbs (single words read only as adverbs, or
    `enten`) and then by a word whose readings are the infinitive of a main verb or a noun
    only, in any sentence, list items included. The noun reading does not save the word:
    a noun right after subject and adverb leaves the clause without a verb just as well.

    It deliberately does not flag: a noun phrase after a verb (inverted order after a
    modal: "Derfor kan patienterne ikke arbejde"), after `som` or `der` ("kan lægerne som
    regel give"), a noun phrase coordinated with the one before `og`/`eller` or sharing an
    earlier modal ("vil blodsukkeret stige, og symptomerne blive værre"), a word with a
    finite, adjective or adverb reading after the adverb, questions, headings and titles,
    and the clauses GRAM031 already reports (a bare infinitive with no other reading in
    running text).

    Anti-pattern: "Mange tager ingefær mod hoste, men lægerne ikke bekræfte virkningen."
    Best practice: "Mange tager ingefær mod hoste, men lægerne har ikke bekræftet virkningen."
    """

    code = "GRAM037"
    name = "grammar.subject-adverb-infinitive"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        from pipeline.checks.grammar.GRAM031 import reported_infinitive

        gram031_segments = {a.segment.id for a in statements(ctx)}
        for analysed in analysed_segments(ctx):
            if not analysed.is_sentence or analysed.segment.text.rstrip().endswith("?"):
                continue
            tokens = analysed.tokens
            reported: set[int] | None = None  # GRAM031's infinitives here, asked once found
            for i in range(len(tokens)):
                verb = _infinitive_after_subject_and_adverb(tokens, i)
                if verb is None:
                    continue
                if analysed.segment.id in gram031_segments:
                    if reported is None:
                        answers = (reported_infinitive(tokens, j) for j in range(len(tokens)))
                        reported = {v for v in answers if v is not None}
                    if verb in reported:
                        continue
                yield self.finding(
                    ctx,
                    analysed.segment,
                    tokens[i].start,
                    tokens[verb].end,
                    f"the clause has a subject and a sentence adverb but no finite verb: "
                    f"'{tokens[verb].surface}' is an infinitive (Danish puts the finite verb "
                    "before the adverb in a main clause, after it in a subordinate clause)",
                )


def _infinitive_after_subject_and_adverb(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of the infinitive after a clause-opening subject at `i` and its adverbs."""
    if not _clause_starts_at(tokens, i):
        return None
    j = _subject_end(tokens, i)
    if j is None:
        return None
    k = j
    while k < len(tokens) and _sentence_adverb(tokens[k]):
        k += 1
    if k == j or k >= len(tokens) or not _infinitive_or_noun(tokens[k]):
        return None
    return k


def _clause_starts_at(tokens: tuple[Token, ...], i: int) -> bool:
    """A clause starts at `i`: the sentence's start, or after a comma, `men`, a word that
    opens a subordinate clause (not relative `som`/`der`: "kan lægerne som regel give"), or
    `og`/`eller` that joins clauses, not noun phrases, and shares no earlier modal."""
    if i == 0:
        return True
    before = tokens[i - 1]
    word = before.surface.casefold()
    if before.surface == "," or word == "men":
        return True
    if word in ("og", "eller"):
        if any(r.pos in ("vbmod", "vaux") for t in tokens[:i] for r in t.readings):
            return False  # "vil blodsukkeret stige, og symptomerne blive værre"
        previous = tokens[i - 2] if i >= 2 else None
        return previous is not None and not (
            not previous.known
            or any(r.pos in ("n", "np", "prn", "adj", "num", "det") for r in previous.readings)
        )
    return word not in ("som", "der") and opens_clause(tokens, i - 1)


def _subject_end(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index after a subject at `i`: a subject pronoun, or an optional determiner the
    tagger chose, adjectives and a noun with no other reading (capitalised only at the
    sentence's start, not a genitive); None when no subject stands there."""
    token = tokens[i]
    if token.surface.casefold() in _SUBJECTS:
        return i + 1 if any(r.pos == "prn" for r in token.readings) else None
    j = i
    if chosen_is(tokens[j], "det"):
        j += 1
    while j < len(tokens) and only(tokens[j], "adj"):
        j += 1
    if j >= len(tokens) or not only(tokens[j], "n") or not single_word(tokens[j]):
        return None
    if (capitalised(tokens[j]) and j != 0) or any(r.has("gen") for r in tokens[j].readings):
        return None
    return j + 1


def _sentence_adverb(token: Token) -> bool:
    return single_word(token) and (only(token, "adv") or token.surface.casefold() == "enten")


def _infinitive_or_noun(token: Token) -> bool:
    """Known, lower case, one word, with an infinitive reading of a main verb and no
    finite reading, nor any reading but such infinitives, imperatives and nouns."""
    return (
        token.known
        and single_word(token)
        and not capitalised(token)
        and any(r.pos in _MAIN_VERBS and r.has("inf") for r in token.readings)
        and not any(r.has("pres") or r.has("past") for r in token.readings)
        and not any(r.pos in _OTHER_WORD_CLASSES for r in token.readings)
    )
