from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import prose_sentences
from pipeline.checks.grammar.readings import any_pos, chosen_is, is_word, verb_reading
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Subordinating conjunctions that are never prepositions, so a clause must follow them.
_SUBORDINATORS = frozenset({"hvis", "mens", "selvom", "skønt", "medmindre", "eftersom"})
# Conjunctions that are other words too (`når`: the verb nå; `fordi`): the tagger decides.
_TAGGED = frozenset({"når", "fordi"})
_CLAUSE_END = frozenset({",", ".", "!", "?", ":", ";", "–", "—", ")"})
# Parts of speech the tagger may choose for a word that also has a finite verb reading
# ("ved": vide, "for": fare, "en": ene); chosen so, the word is no verb of the clause.
_CLOSED = frozenset({"pr", "det", "adv", "cnjcoo", "cnjsub", "cnjadv", "prn"})
# Relative words after a comma: the clause goes on after its relative clause ("fordi ingen
# certifikater, der stoles på, kan verificeres").
_RELATIVE = frozenset({"der", "som", "hvor"})


class VerblessClause(Check):
    """A subordinate clause has no finite verb ("hvis ikke behandlet korrekt").

    English shortens a subordinate clause to a noun or a participle ("if not treated",
    "while not a substitute for medicine", "if no improvement after three days"); machine
    translation copies the ellipsis, which Danish grammar does not allow: a Danish clause
    after `hvis`, `mens`, `selvom` … has a subject and a finite verb ("hvis de ikke
    behandles korrekt", "selvom det ikke erstatter medicin", "hvis der ikke er bedring").

    Flags a clause opened by hvis, mens, selvom, skønt, medmindre or eftersom (or når and
    fordi where the tagger reads them as conjunctions) that runs to the next comma or the
    sentence's end without any word that may be a finite verb, when the clause's head
    (before its first preposition) holds a noun or a participle.

    It deliberately does not flag: the accepted short forms with an adjective or adverb only
    ("hvis nødvendigt", "hvis muligt inden for et døgn", "hvis ikke"), clauses with a word
    the analyser does not know (it may be the verb), a comma followed by a relative clause
    or by adverbs and a verb (the clause goes on after the comma), headings, titles and
    list items (telegraphic by design: "Hvis feber over 39 grader"), and `om`, `da`, `før`,
    `inden`, `efter` and `siden`, which are prepositions too.

    Anti-pattern: "Forstuvninger kan blive kroniske, hvis ikke behandlet korrekt."
    Best practice: "Forstuvninger kan blive kroniske, hvis de ikke behandles korrekt."
    """

    code = "GRAM006"
    name = "grammar.verbless-clause"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in prose_sentences(ctx):
            tokens = analysed.tokens
            for i, token in enumerate(tokens):
                if not _subordinator(token):
                    continue
                end = _verbless_clause_end(tokens, i + 1)
                if end is None:
                    continue
                span = analysed.segment.text[token.start : tokens[end - 1].end]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    token.start,
                    tokens[end - 1].end,
                    f"the clause '{span}' has no finite verb (an English ellipsis): a "
                    f"Danish subordinate clause has a subject and a verb ('hvis de ikke "
                    f"behandles', 'hvis der ikke er bedring')",
                )


def _subordinator(token: Token) -> bool:
    word = token.surface.casefold()
    if word in _TAGGED:
        return token.chosen is not None and token.chosen.pos in ("cnjsub", "cnjadv")
    return word in _SUBORDINATORS and any_pos(token, "cnjsub", "cnjadv")


def _verbless_clause_end(tokens: tuple[Token, ...], start: int) -> int | None:
    """The index after the clause at `start` when it has no finite verb, else None."""
    words: list[Token] = []
    end = start
    i = start
    while i < len(tokens) and tokens[i].surface not in _CLAUSE_END:
        if tokens[i].surface == "(":  # a parenthesis is no part of the clause's structure
            while i < len(tokens) and tokens[i].surface != ")":
                i += 1
        elif is_word(tokens[i]):
            words.append(tokens[i])
            end = i + 1
        i += 1
    if len(words) < 2 or not all(w.known for w in words):
        return None
    if any(_tensed(w) and not _closed(w) for w in words):
        return None
    if not _nominal_head(words):
        return None
    if i < len(tokens) and tokens[i].surface == "," and _continues(tokens, i + 1):
        return None
    return end


def _tensed(token: Token) -> bool:
    """Any reading is a verb in the present or past (an imperative makes no subordinate
    clause: "skridt" is also the imperative of skridte)."""
    return any(verb_reading(r) and (r.has("pres") or r.has("past")) for r in token.readings)


def _closed(token: Token) -> bool:
    return token.chosen is not None and token.chosen.pos in _CLOSED


def _nominal_head(words: list[Token]) -> bool:
    """A noun or participle before the clause's first preposition or infinitive: "hvis
    ikke behandlet", "hvis ingen bedring efter …", but not "hvis muligt inden for et døgn"."""
    for word in words:
        if chosen_is(word, "pr") or chosen_is(word, "part"):
            return False
        if chosen_is(word, "n") or (word.chosen is not None and word.chosen.has("pp")):
            return True
    return False


def _continues(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the clause goes on after a comma: a relative clause, or adverbs and then a
    verb in subordinate order ("hvis adapteren på et tidspunkt, ikke længere har …")."""
    if i < len(tokens) and tokens[i].surface.casefold() in _RELATIVE:
        return True
    j = i
    while j < len(tokens) and any_pos(tokens[j], "adv") and not _tensed(tokens[j]):
        j += 1
    return j > i and j < len(tokens) and _tensed(tokens[j])
