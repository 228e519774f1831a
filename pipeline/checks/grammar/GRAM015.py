from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import prose_sentences
from pipeline.checks.grammar.clauses import opens_clause
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    chosen_is,
    is_word,
    only,
    verb_reading,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

_MIN_WORDS = 6
_PLACE_AND_TIME = frozenset({"her", "nu", "nedenfor", "herunder"})


class VerblessMainClause(Check):
    """A sentence's main clause has no finite verb ("Her et kig på, hvad vi ved om …").

    English drops a verb in headline style or contracts it ("Here's a look at …" → "Her et
    kig på …"), and machine translation loses a verb it cannot place. A Danish sentence in
    running text has a main clause with a finite verb ("Her er et kig på …").

    Flags a sentence of at least six words in running text that opens with an adverb
    (not `ikke`) and ends with a full stop or an exclamation mark, when no word of its main
    clause may be a finite verb: every word that
    may be one (in any reading) is taken by a subordinate clause opened before it (at,
    hvis, der, som, hv-words …, each taking the first verb after it), and the words before
    the first subordinate clause hold a noun (a noun phrase that lost its verb).

    It deliberately does not flag: sentences that open with a noun phrase or a preposition
    (captions and definitions: "Ikoner, der viser status.", "Til levering af post."),
    negated fragments ("Ikke nok hukommelse til …"), headings, titles, list items, sentences with
    a colon or a line break (telegraphic by design), questions, fragments that open with a
    subordinate clause ("Også selv om alle forholdsregler er taget."), sentences with a
    lower-case word the analyser does not know (it may be the verb), a first word that may
    be an imperative ("Se også listen over lægemidler."), fragments without a noun ("Nu
    lidt om, hvordan man doserer."), and short sentences.

    Anti-pattern: "Her et kig på, hvad vi ved om dette kraftfulde krydderi."
    Best practice: "Her er et kig på, hvad vi ved om dette kraftfulde krydderi."
    """

    code = "GRAM015"
    name = "grammar.verbless-main-clause"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in prose_sentences(ctx):
            text = analysed.segment.text.strip()
            tokens = analysed.tokens
            if not text.endswith((".", "!")) or ":" in text or "\n" in text:
                continue
            words = [t for t in tokens if is_word(t)]
            if len(words) < _MIN_WORDS or any(not w.known and w.surface.islower() for w in words):
                continue
            if not _fronted_adverbial(tokens[0]) or _opens_with_subordinate_clause(tokens):
                continue
            main = _verbless_main_clause(tokens)
            if main is None or not any(chosen_is(t, "n") for t in main):
                continue  # "Nu lidt om, hvordan …": no noun phrase that lost its verb
            yield self.finding(
                ctx,
                analysed.segment,
                tokens[0].start,
                tokens[-1].end,
                "the sentence's main clause has no finite verb: Danish running text wants one "
                "('Her er et kig på …', not 'Her et kig på …')",
            )


def _fronted_adverbial(token: Token) -> bool:
    """The sentence opens with an adverb, after which a Danish main clause puts its verb
    ("Her er …", "Nu kommer …"); a sentence that opens with a noun phrase or a preposition
    and has no verb is a caption or a definition ("Akut leukæmi, der rammer voksne.", "Til
    behandling af migræne.")."""
    chosen = token.chosen
    word = token.surface.casefold()
    if not capitalised(token):
        return False  # a piece of a sentence, not a sentence
    if word in _PLACE_AND_TIME:
        return True  # the tagger reads "Her" before an article as a preposition
    return (
        token.known
        and chosen is not None
        and chosen.pos == "adv"
        and not any_pos(token, "pr")  # "Med Gramps følger …": a preposition too
        and word != "ikke"  # "Ikke nok hukommelse til …": telegraphic
    )


def _opens_with_subordinate_clause(tokens: tuple[Token, ...]) -> bool:
    i = 0
    while i < len(tokens) and only(tokens[i], "adv"):
        i += 1
    return i < len(tokens) and (opens_clause(tokens, i) or any_pos(tokens[i], "cnjsub"))


def _verbless_main_clause(tokens: tuple[Token, ...]) -> list[Token] | None:
    """The main clause's words (those before the first subordinate clause) when no word
    that may be a finite verb is left for the main clause once each subordinate clause
    has taken the first such word after its opener; None when one is left."""
    pending = 0
    main: list[Token] = []
    opened = False
    for i, token in enumerate(tokens):
        if opens_clause(tokens, i):
            pending += 1
            opened = True
        elif _may_be_verb(token, first=i == 0):
            if not pending:
                return None
            pending -= 1
        elif not opened and is_word(token):
            main.append(token)
    return main


def _may_be_verb(token: Token, *, first: bool) -> bool:
    """Any reading in the present or past, an imperative reading where the tagger reads a
    verb ("…, vis den aktuelle måned"), or (as the first word) any imperative reading."""
    if any(verb_reading(r) and r.has("imp") for r in token.readings) and chosen_is(token, "vblex"):
        return True
    return any(
        verb_reading(r) and (r.has("pres") or r.has("past") or (first and r.has("imp")))
        for r in token.readings
    )
