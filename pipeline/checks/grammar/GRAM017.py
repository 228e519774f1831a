from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import AnalysedSegment, analysed_segments
from pipeline.checks.grammar.readings import (
    any_pos,
    chosen_is,
    is_word,
    noun_readings,
    tensed_choice,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Formal address: a capital De/Dem/Deres after a lower-case word or a comma.
_FORMAL = re.compile(r"[a-zæøå,] (?:De|Dem|Deres)\b")
# Words that join two nouns into a plural antecedent ("feber og hoste … De").
_JOINING = frozenset({"og", "eller", "samt", "både", "/", "&", "+"})


class PluralPronounSingularAntecedent(Check):
    """`De` opens a sentence whose only possible antecedent is singular ("Feber … De passerer").

    English "they" refers to a singular person ("your child … they") or to a plural where
    Danish has a singular mass noun ("Migraine … They can be throbbing" for a German "Sie",
    which is both "she" and "they"); machine translation writes `De`, and the Danish reader
    looks in vain for the plural it refers to: "Mild feber går som regel over. De passerer
    normalt inden for et par dage."

    Flags a sentence that starts with `De` and then a word the tagger reads as a finite
    verb and never an adjective (not "De ændrede data"), when
    the previous sentence of the same paragraph has a noun and nothing that could be a
    plural antecedent: no word the tagger reads as plural, no noun with a plural reading, no
    number, no word the analyser does not know, and no `og`/`eller` before a non-verb.

    It deliberately does not flag: texts that use the formal address (De, Dem, Deres
    capitalised inside a sentence), `De` as a determiner ("De fleste", "De hvide
    blodlegemer": no verb follows), `Den` and `Det` (an expletive or a reference to a
    whole statement: "Det kan skyldes", "Det er vigtigt"), `de` inside a sentence,
    questions, and a first sentence of a paragraph (its antecedent may be in a heading).

    Anti-pattern: "Mild feber er som regel ufarlig. De passerer normalt inden for et par dage."
    Best practice: "Mild feber er som regel ufarlig. Den går normalt over inden for et par dage."
    """

    code = "GRAM017"
    name = "grammar.plural-pronoun-singular-antecedent"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if _FORMAL.search(ctx.document.source_text):
            return
        segments = analysed_segments(ctx)
        for previous, analysed in pairwise(segments):
            if not _same_paragraph(previous, analysed):
                continue
            tokens = analysed.tokens
            if len(tokens) < 3 or analysed.segment.text.rstrip().endswith("?"):
                continue
            pronoun, verb = tokens[0], tokens[1]
            # the tagger may read De as a determiner even before a verb: the verb decides
            if pronoun.surface != "De" or not any_pos(pronoun, "prn") or not _verb_only(verb):
                continue
            if not any(chosen_is(t, "n") for t in previous.tokens):
                continue
            if _may_be_plural(previous.tokens):
                continue
            yield self.finding(
                ctx,
                analysed.segment,
                pronoun.start,
                verb.end,
                "plural 'De' but the previous sentence names nothing plural it can refer "
                "to: use 'Den' or 'Det' (or name the noun)",
            )


def _verb_only(token: Token) -> bool:
    """Read as a finite verb, and no reading an adjective ("De ændrede data": a determiner,
    a participle and a noun)."""
    return tensed_choice(token) and not any_pos(token, "adj")


def _same_paragraph(previous: AnalysedSegment, current: AnalysedSegment) -> bool:
    """Two sentences of one paragraph (segment ids `s1.p2.s3`: section, paragraph, sentence)."""
    if not (previous.is_sentence and current.is_sentence):
        return False
    return previous.segment.id.rsplit(".", 1)[0] == current.segment.id.rsplit(".", 1)[0]


def _may_be_plural(tokens: tuple[Token, ...]) -> bool:
    """Anything in the sentence that could be a plural antecedent of `De`."""
    for i, token in enumerate(tokens):
        if i and any(ch.isdigit() for ch in token.surface):
            return True  # a count; not the number of a numbered list item ("2. Migræne: …")
        if token.surface.casefold() in _JOINING:
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is None or not (chosen_is(following, "adv") or tensed_choice(following)):
                return True
            continue
        if is_word(token) and not token.known:
            return True
        if token.chosen is not None and token.chosen.has("pl"):
            return True
        # a noun read as one with a plural form too ("tilfælde", "forsøg"); not "intet",
        # which the lexicon also lists as a plural noun
        if chosen_is(token, "n") and any(r.has("pl") for r in noun_readings(token)):
            return True
    return False
