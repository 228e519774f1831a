from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import statements
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    chosen_is,
    is_word,
    tensed_choice,
    verb_reading,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# What the tagger may choose for the word after the verb when no subject can follow it.
_NO_SUBJECT = frozenset({"pr", "adv", "adj"})
# Modal and auxiliary verbs: "Kan ikke anbefales til børn." and "Kunne ikke åbne filen." are
# the accepted telegraphic style of leaflets and messages.
_MODAL = frozenset({"vbmod", "vaux"})


class MissingSubject(Check):
    """A statement opens with its finite verb and has no subject ("Stod for 10 % af tilfældene.").

    English and Chinese drop a subject that the previous sentence names ("Accounted for
    10-30 % of cases"), and machine translation keeps the gap. A Danish statement names
    its subject; a sentence that starts with the finite verb is a question, a condition
    ("Har du feber, så …") or an imperative, and each of these has its subject (or, for an
    imperative, a verb form of its own) right after the verb.

    Flags a sentence in running text that does not end with a question mark, whose first
    word the tagger reads as a verb in the present or past and every reading of which in
    Apertium's Danish analysis is a verb but no imperative or participle (a past may be a
    participle adjective too: "Tegnede", and then a preposition or `sig` must follow),
    when the next word cannot start a subject: the reflexive `sig`, or a word the tagger reads as a
    preposition, an adverb or an adjective with no pronoun, determiner, number or name
    reading.

    It deliberately does not flag: questions, conditions and other inverted clauses with a
    subject after the verb ("Har barnet feber, …", "Skyldes det …", "Findes der …"),
    a present tense that opens a paragraph (the telegraphic style of descriptions and
    leaflets: "Gælder kun for voksne.", "Virker efter en halv time."), first words that
    may be imperatives ("Tag medicinen …", "Spis …"), modal verbs
    (the telegraphic "Kan ikke anbefales til børn."), a first word in lower case,
    headings, titles and list items (telegraphic by design: "Skyldes ofte virus"), and
    capitalised or unknown words after the verb.

    Anti-pattern: "Stod for 10 % til 30 % af tilfældene i undersøgelsen."
    Best practice: "Den stod for 10-30 % af tilfældene i undersøgelsen."
    """

    code = "GRAM016"
    name = "grammar.missing-subject"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in statements(ctx):
            tokens = analysed.tokens
            if len(tokens) < 4:
                continue
            verb, following = tokens[0], tokens[1]
            if not _tensed_only(verb) or not _cannot_start_subject(following):
                continue
            if any_pos(verb, "adj") and not (chosen_is(following, "pr") or _reflexive(following)):
                continue  # "Udvalgte røde …" may be an adjective before its noun
            opens_paragraph = analysed.segment.id.endswith(".s1")
            if opens_paragraph and not (verb.chosen is not None and verb.chosen.has("past")):
                continue  # "Gælder kun for voksne.": the telegraphic style of descriptions
            yield self.finding(
                ctx,
                analysed.segment,
                verb.start,
                following.end,
                f"the sentence starts with the finite verb '{verb.surface}' and has no "
                "subject: name it ('Den stod for …', 'Det skyldes …')",
            )


def _tensed_only(token: Token) -> bool:
    """The tagger reads a present or past, and every reading is a verb that is no modal,
    imperative or participle (a passive infinitive stays: "Skyldes" is both), or, beside a
    past, the adjective of the participle that has the same form ("Tegnede": past and
    plural participle; the word after it decides that no noun follows)."""
    chosen = token.chosen
    if not (token.known and capitalised(token) and tensed_choice(token)) or chosen is None:
        return False
    return all(
        (verb_reading(r) and r.pos not in _MODAL and not r.has("imp") and not r.has("pp"))
        or (chosen.has("past") and r.pos == "adj" and r.has("pp"))
        for r in token.readings
    )


def _reflexive(token: Token) -> bool:
    return token.surface.casefold() == "sig" and chosen_is(token, "prn")


def _cannot_start_subject(token: Token) -> bool:
    """A word no subject starts with: a reflexive pronoun ("Tegnede sig for …"), or a word
    read as a preposition, adverb or adjective that has no pronoun, determiner, number or
    name reading."""
    chosen = token.chosen
    if _reflexive(token):
        return True
    return (
        is_word(token)
        and token.known
        and not capitalised(token)
        and chosen is not None
        and chosen.pos in _NO_SUBJECT
        and not any_pos(token, "prn", "det", "np", "num")
    )
