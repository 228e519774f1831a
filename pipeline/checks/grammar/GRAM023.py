from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import statements
from pipeline.checks.grammar.coordination import coordinated_main_clauses
from pipeline.checks.grammar.readings import (
    capitalised,
    chosen_is,
    only,
    past_prepositional_phrase,
    verb_reading,
)
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
# Prepositions of a phrase inside the subject ("Personer med allergi").
_SUBJECT_PREPOSITIONS = frozenset({"med", "af", "i", "på", "hos", "fra", "uden", "over", "under"})
_OBJECT_PRONOUNS = frozenset({"mig", "dig", "ham", "hende", "os", "dem", "sig"})
# Parts of speech that may start a subject.
_SUBJECT_POS = frozenset({"n", "prn", "det", "np", "adj", "num"})


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
    "Børn især …"), subjects with more than one prepositional phrase or a relative clause, names,
    sentences that start with anything else (a fronted adverbial: GRAM004; a subordinate
    clause, where the adverb rightly comes first), headings and list items.

    Anti-pattern: "Patienten ofte føler smerter om natten, og du også kan tage medicin."
    Best practice: "Patienten føler ofte smerter om natten, og du kan også tage medicin."
    """

    code = "GRAM023"
    name = "grammar.adverb-before-main-verb"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in statements(ctx):
            tokens = analysed.tokens
            # (index after the subject, whether the verb must be surely finite, subject left out)
            spans: list[tuple[int | None, bool, bool]] = [_sentence_subject(tokens)]
            spans += [(i, True, elided) for i, elided in coordinated_main_clauses(tokens)]
            for subject_end, strict, elided in spans:
                if subject_end is None:
                    continue
                verb = subject_end
                while verb < len(tokens) and _sentence_adverb(tokens[verb], strict=strict):
                    verb += 1
                if verb == subject_end or verb >= len(tokens):
                    continue
                if not (_surely_finite(tokens[verb]) if strict else _finite(tokens[verb])):
                    continue
                if elided and not _no_subject_at(tokens, verb + 1):
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


def _sentence_adverb(token: Token, *, strict: bool) -> bool:
    """A sentence adverb; lower-case after a subject with a phrase or after a conjunction,
    where a capital starts another sentence or a heading ran on into this one
    ("Undersøgelse af diskusprolaps\nOfte vil …")."""
    return token.surface.casefold() in _ADVERBS and not (strict and capitalised(token))


def _sentence_subject(tokens: tuple[Token, ...]) -> tuple[int | None, bool, bool]:
    """The index after the subject that opens the sentence, whether the verb must be surely
    finite (after a prepositional phrase, whose noun a participle may follow), and False
    (the subject is there)."""
    end = _subject_end(tokens)
    if end is None:
        return None, False, False
    with_phrase = _past_phrase(tokens, end)
    return with_phrase, with_phrase > end, False


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


def _past_phrase(tokens: tuple[Token, ...], j: int) -> int:
    """The index after one prepositional phrase of the subject at `j` ("Personer med
    allergi ofte oplever"): a preposition, an optional determiner, adjectives and a
    lower-case noun that is nothing else; `j` itself when there is no such phrase."""
    end = past_prepositional_phrase(
        tokens, j, _SUBJECT_PREPOSITIONS, lambda t: only(t, "n") and not capitalised(t)
    )
    return j if end is None else end


def _no_subject_at(tokens: tuple[Token, ...], i: int) -> bool:
    """The word right after the verb cannot start an inverted subject: an object pronoun,
    or a word the tagger reads as a preposition with no reading that may start a subject.
    "og ofte fører til feber" is the verb of a clause that shares its subject, while "og
    ofte fører sygdommen til feber" and "og derfor kan kun lyddelen …" have a fronted
    adverb and a subject of their own."""
    if i >= len(tokens) or not tokens[i].known:
        return False
    if tokens[i].surface.casefold() in _OBJECT_PRONOUNS:
        return True
    return chosen_is(tokens[i], "pr") and not any(r.pos in _SUBJECT_POS for r in tokens[i].readings)


def _surely_finite(token: Token) -> bool:
    """A verb in the present or past that no reading makes a participle or an adjective: a
    participle after a coordinated subject and adverb may be an attribute ("og de aldrig
    afsluttede behandlinger")."""
    return (
        not capitalised(token)
        and any(verb_reading(r) and (r.has("pres") or r.has("past")) for r in token.readings)
        and not any(r.has("pp") or r.pos == "adj" for r in token.readings)
    )


def _finite(token: Token) -> bool:
    """A lower-case word with a present or past verb reading (the tagger, misled by the
    order, may read "føler" as the noun)."""
    if capitalised(token):
        return False
    return any(verb_reading(r) and (r.has("pres") or r.has("past")) for r in token.readings)
