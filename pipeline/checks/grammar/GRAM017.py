from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.artifacts.MT012 import SingularThey
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
    """A plural pronoun has only singular antecedents ("Feber … De passerer", "dit barn … deres").

    English "they" refers to a singular person ("your child … they") or to a plural where
    Danish has a singular mass noun ("Migraine … They can be throbbing" for a German "Sie",
    which is both "she" and "they"); machine translation writes `De`, and the Danish reader
    looks in vain for the plural it refers to: "Mild feber går som regel over. De passerer
    normalt inden for et par dage."

    Flags `De` that opens a sentence before a word the tagger reads as a finite verb and
    never an adjective (not "De ændrede data"), and `de` next to such a verb, `deres` and
    `dem` inside a sentence ("hvis du er bekymret for deres temperatur" about "dit barn"),
    when the one or two sentences before it in the same paragraph and the sentence up to
    the pronoun have a noun and nothing that could be a plural antecedent: no word the
    tagger reads as plural, no noun with a plural reading, no number, no word the analyser
    does not know, and no `og`/`eller` before a non-verb.

    It deliberately does not flag: texts that use the formal address (De, Dem, Deres
    capitalised inside a sentence), `De` as a determiner ("De fleste", "De hvide
    blodlegemer": no verb follows), `Den` and `Det` (an expletive or a reference to a
    whole statement: "Det kan skyldes", "Det er vigtigt"), `de` that is not next to a
    verb, questions, and a first sentence of a paragraph (its antecedent may be in a
    heading).

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
        named = {(f.line, f.column) for f in SingularThey().findings(ctx)}
        for n, analysed in enumerate(segments):
            before = _earlier_sentences(segments, n)
            if not before:
                continue
            tokens = analysed.tokens
            if len(tokens) < 3 or analysed.segment.text.rstrip().endswith("?"):
                continue
            for i in range(len(tokens)):
                end = _plural_pronoun(tokens, i)
                if end is None:
                    continue
                context = before + tokens[:i]
                if not any(chosen_is(t, "n") for t in context) or _may_be_plural(context):
                    continue
                pronoun = tokens[i].surface
                finding = self.finding(
                    ctx,
                    analysed.segment,
                    tokens[i].start,
                    tokens[end - 1].end,
                    f"plural '{pronoun}' but nothing plural before it in this sentence or "
                    "the previous ones that it can refer to: use the singular (den, det, "
                    "dens, dets) or name the noun",
                )
                if (finding.line, finding.column) not in named:
                    yield finding


def _plural_pronoun(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index after the plural pronoun at `i` (and, sentence-initially, its verb): `De`
    before a verb opening the sentence, or inside it `de` next to a verb, `deres`, `dem`."""
    token = tokens[i]
    word = token.surface
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if i == 0:
        # the tagger may read De as a determiner even before a verb: the verb decides
        if word == "De" and any_pos(token, "prn") and following and _verb_only(following):
            return 2
        return None
    if word == "de" and chosen_is(token, "prn"):
        next_to_verb = _verb_only(tokens[i - 1]) or (
            following is not None and _verb_only(following)
        )
        return i + 1 if next_to_verb else None
    if word in ("deres", "dem") and (chosen_is(token, "prn") or chosen_is(token, "det")):
        return i + 1
    return None


def _verb_only(token: Token) -> bool:
    """Read as a finite verb, and no reading an adjective ("De ændrede data": a determiner,
    a participle and a noun)."""
    return tensed_choice(token) and not any_pos(token, "adj")


def _earlier_sentences(segments: list[AnalysedSegment], n: int) -> tuple[Token, ...]:
    """The tokens of up to two sentences before segment `n` in its paragraph (two: an
    abbreviation's full stop may split a sentence, "Tryk O.k. for at redigere dem")."""
    tokens: tuple[Token, ...] = ()
    for back in (n - 1, n - 2):
        if back < 0 or not _same_paragraph(segments[back], segments[n]):
            break
        tokens = segments[back].tokens + tokens
    return tokens


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
