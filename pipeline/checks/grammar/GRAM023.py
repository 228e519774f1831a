from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import prose_sentences
from pipeline.checks.grammar.readings import capitalised, chosen_is, only, verb_reading
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Sentence adverbs, which in a Danish main clause follow the finite verb ("Patienten føler
# ofte smerter"), and which cannot modify the subject before them (not "kun", "især").
_ADVERBS = frozenset(
    {"ofte", "altid", "aldrig", "ikke", "normalt", "typisk", "sjældent", "stadig", "allerede",
     "endnu", "sommetider", "tit", "desværre", "heldigvis", "faktisk", "sandsynligvis",
     "muligvis", "generelt", "hyppigt", "sædvanligvis", "også", "måske", "derfor", "dog",
     "gradvist", "efterhånden", "nogensinde", "ligeledes", "endda"}
)  # fmt: skip
_PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man", "den", "det"})


class AdverbBeforeMainVerb(Check):
    """A sentence adverb stands before a main clause's finite verb ("Patienten ofte føler").

    In a Danish main clause the finite verb comes second and sentence adverbs follow it:
    "Patienten føler ofte smerter", "Du kan også tage en smertestillende tablet". English
    puts them before the verb ("The patient often feels pain", "You also can …"), and
    machine translation keeps that order: "Patienten ofte føler smerter", "Du også kan tage".
    (In a subordinate clause the adverb does come first: "fordi patienten ofte føler".)

    Flags a sentence that starts with its subject (a personal pronoun, or a noun phrase of
    a determiner, adjectives and a lower-case noun) followed by one or more sentence
    adverbs (ofte, altid, aldrig, ikke, også, derfor, normalt …) and then a word with a
    present or past verb reading.

    It deliberately does not flag: adverbs that may modify the subject ("Kun børn …",
    "Børn især …"), subjects with a prepositional phrase or a relative clause, names,
    sentences that start with anything else (a fronted adverbial: GRAM004; a subordinate
    clause, where the adverb rightly comes first), headings and list items.

    Anti-pattern: "Patienten ofte føler smerter om natten, og du også kan tage medicin."
    Best practice: "Patienten føler ofte smerter om natten, og du kan også tage medicin."
    """

    code = "GRAM023"
    name = "grammar.adverb-before-main-verb"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in prose_sentences(ctx):
            tokens = analysed.tokens
            if analysed.segment.text.rstrip().endswith("?"):
                continue
            subject_end = _subject_end(tokens)
            if subject_end is None:
                continue
            verb = subject_end
            while verb < len(tokens) and tokens[verb].surface.casefold() in _ADVERBS:
                verb += 1
            if verb == subject_end or verb >= len(tokens) or not _finite(tokens[verb]):
                continue
            adverbs = analysed.segment.text[tokens[subject_end].start : tokens[verb - 1].end]
            yield self.finding(
                ctx,
                analysed.segment,
                tokens[subject_end].start,
                tokens[verb].end,
                f"'{adverbs}' stands before the finite verb '{tokens[verb].surface}': in a "
                "Danish main clause the verb comes second, before the sentence adverbs",
                suggestion=f"{tokens[verb].surface} {adverbs}",
            )


def _subject_end(tokens: tuple[Token, ...]) -> int | None:
    """The index after the subject that opens the sentence, or None."""
    if len(tokens) < 3:
        return None
    first = tokens[0]
    if first.surface.casefold() in _PRONOUNS and chosen_is(first, "prn"):
        return 1
    j = 1 if chosen_is(first, "det") else 0
    while j < len(tokens) and only(tokens[j], "adj"):
        j += 1
    if j >= len(tokens) or not (only(tokens[j], "n") and chosen_is(tokens[j], "n")):
        return None
    if j > 0 and capitalised(tokens[j]):
        return None
    if any(r.has("gen") for r in tokens[j].readings):
        return None
    return j + 1


def _finite(token: Token) -> bool:
    """A lower-case word with a present or past verb reading (the tagger, misled by the
    order, may read "føler" as the noun)."""
    if capitalised(token):
        return False
    return any(verb_reading(r) and (r.has("pres") or r.has("past")) for r in token.readings)
