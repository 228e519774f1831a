from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import statements
from pipeline.checks.grammar.clauses import INTERROGATIVES
from pipeline.checks.grammar.readings import is_word, surely_finite, verb_reading
from pipeline.checks.mechanics.MECH010 import CommaAfterAdverbial
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Prepositions that open a fronted adverbial phrase ("For de fleste", "I mange tilfælde").
_PREPOSITIONS = frozenset(
    {"i", "på", "om", "hos", "efter", "før", "ved", "med", "uden", "til", "fra", "gennem",
     "blandt", "ifølge", "af", "inden", "trods", "udover", "under", "for", "over", "som"}
)  # fmt: skip
# Sentence adverbs that make a fronted adverbial on their own ("Desuden", "Derfor").
_ADVERBS = frozenset(
    {"derfor", "desuden", "derudover", "heldigvis", "desværre", "imidlertid", "derefter",
     "herefter", "dernæst", "normalt", "generelt", "typisk", "sædvanligvis", "endelig",
     "samtidig", "alligevel", "endvidere", "ligeledes", "derimod", "således", "dog", "først"}
)  # fmt: skip
# Words of a fronted phrase that open a clause or an infinitive: the comma may then close
# that clause ("Efter at have spist, …" is left, as many Danes write it).
_CLAUSE_WORDS = frozenset({"at", "der", "som", "når", "hvis", "fordi", "mens"}) | INTERROGATIVES
# Words after which `for` means "too" ("for mange", "for lidt").
_DEGREE = frozenset({"mange", "meget", "få", "lidt", "stor", "store", "lille", "små", "høj", "lav"})
# At most this many words before the comma: a longer stretch is seldom one adverbial.
_LONGEST = 6


class CommaAfterFrontedAdverbial(Check):
    """A comma separates a fronted adverbial from the finite verb ("I mange tilfælde, vil …").

    Danish puts no comma between a fronted adverbial phrase and the finite verb that
    follows it: "I mange tilfælde vil symptomerne forsvinde", "For de fleste kan det
    behandles", "Desuden er det vigtigt". English does ("In many cases, the symptoms
    will …"), and machine translation keeps the comma even when it moves the verb to second
    place. A comma does belong after a fronted subordinate clause, which has its own finite
    verb ("Når du har spist, kan du …").

    Flags a sentence that opens with a preposition or a sentence adverb (derfor, desuden,
    heldigvis, normalt …) and at most six words without any verb reading, then a comma and
    a word the tagger reads as a present or past verb with no other reading than a verb.

    MECH010 finds the commas after a closed list of adverbials before a closed list of
    verbs; this check finds the others with Apertium's analysis (any preposition phrase
    without a verb, any finite verb) and leaves a sentence MECH010 has flagged.

    It deliberately does not flag: a fronted phrase with any word that may be a verb, or
    that opens a clause or an infinitive (at, der, som, hv-words: "Efter at have spist,
    …", "I dag, hvor …"); a comma followed by anything but a surely finite verb
    (interjections and appositions: "For eksempel, hvis …"); headings, titles and list
    items; questions.

    Anti-pattern: "I mange tilfælde, vil symptomerne forsvinde. Desuden, er det vigtigt at hvile."
    Best practice: "I mange tilfælde vil symptomerne forsvinde. Desuden er det vigtigt at hvile."
    """

    code = "GRAM030"
    name = "grammar.comma-after-fronted-adverbial"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        # MECH010 finds the same comma from word lists; one finding per comma is enough
        listed = {f.segment_id for f in CommaAfterAdverbial().findings(ctx)}
        for analysed in statements(ctx):
            segment = analysed.segment
            tokens = analysed.tokens
            if segment.id in listed:
                continue
            comma = _comma_after_fronted(tokens)
            if comma is None or not surely_finite(tokens[comma + 1]):
                continue
            fronted = segment.text[tokens[0].start : tokens[comma - 1].end]
            verb = tokens[comma + 1]
            yield self.finding(
                ctx,
                segment,
                tokens[comma - 1].start,
                verb.end,
                f"no comma between the fronted adverbial '{fronted}' and the finite verb "
                f"'{verb.surface}'",
                suggestion=f"{tokens[comma - 1].surface} {verb.surface}",
            )


def _comma_after_fronted(tokens: tuple[Token, ...]) -> int | None:
    """The index of the comma after a verbless fronted adverbial, or None."""
    if len(tokens) < 4 or not is_word(tokens[0]):
        return None
    first = tokens[0].surface.casefold()
    if first not in _PREPOSITIONS and first not in _ADVERBS:
        return None
    if first == "for" and tokens[1].surface.casefold() in _DEGREE:
        return None  # "For mange kommandoer, afbryder": `for` is "too", not a preposition
    for i, token in enumerate(tokens[: _LONGEST + 1]):
        if token.surface == ",":
            return i if i > 0 and i + 1 < len(tokens) else None
        if not is_word(token) and not any(ch.isdigit() for ch in token.surface):
            return None  # a parenthesis, quote or dash: the phrase is not plain
        word = token.surface.casefold()
        if word in _CLAUSE_WORDS or (i > 0 and any(verb_reading(r) for r in token.readings)):
            return None  # (the opening word's own verb readings, "For" as fare, are moot)
    return None
