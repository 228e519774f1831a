"""Whether one of two adjacent words is the infinitive of a modal verb earlier in its clause.

Danish puts the subject and adverbials between a modal and its infinitive ("Her kan en
ispose af 10-15 min. varighed virke smertelindrende", "Efter en blodprop kan patienten i
en periode tale utydeligt"). A noun there and the infinitive after it are no compound
written apart, though the analyser may read the infinitive as a noun too (virke, tale,
ramme, hoste), nor the infinitive and the noun after it ("kan der komme tegn på").
"""

from __future__ import annotations

from pipeline.checks.grammar.analysis import AnalysedSegment
from pipeline.core.models import SegmentKind
from pipeline.ingest.morphology import Token

# Marks and words that end or open a clause, which a modal's reach does not cross.
_CLAUSE_ENDS = frozenset({",", ";", ":", "!", "?", "–"})
_CLAUSE_OPENERS = frozenset({"at", "som", "der", "og", "eller", "men", "hvis", "når", "fordi"})


def modal_infinitive(tokens: tuple[Token, ...], i: int) -> bool:
    """One of the pair of words at `i` may be the infinitive of a finite modal earlier in
    its clause, with no verb between them and no verb right after the pair: the second,
    after the subject or an adverbial ("kan en ispose af 15 min. varighed virke
    smertelindrende"), or the first, before its subject or object ("kan der inden for de
    første døgn komme tegn på"). "Kan en blod prøve vise kræft?" has its verb after the
    pair, and "skal have en blod prøve" a verb between."""
    if i + 2 < len(tokens) and _verb(tokens[i + 2]):
        return False
    if _infinitive(tokens[i + 1]) and _modal_before(tokens, i):
        return True
    return _infinitive(tokens[i]) and _modal_before(tokens, i - 1)


def _infinitive(token: Token) -> bool:
    return any(r.pos == "vblex" and r.has("inf") for r in token.readings)


def _modal_before(tokens: tuple[Token, ...], i: int) -> bool:
    """A finite modal before the word at `i` in its clause, with no verb between: clause
    marks and openers end the search, an aside in brackets and an abbreviation's full stop
    do not, nor the formal subject `der` right after the modal ("kan der")."""
    depth = 0
    for k in range(i, -1, -1):
        token, word = tokens[k], tokens[k].surface
        if word == ")":
            depth += 1
        elif word == "(":
            depth -= 1
        elif depth > 0 or word == ".":
            continue  # an aside in brackets, an abbreviation's full stop ("min.")
        elif word.casefold() == "der" and k > 0 and _verb(tokens[k - 1]):
            continue  # the formal subject after the verb: "kan der komme"
        elif word in _CLAUSE_ENDS or word.casefold() in _CLAUSE_OPENERS:
            return False
        elif _verb(token) and not (k > 0 and _number(tokens[k - 1])):
            chosen = token.chosen
            return chosen is not None and chosen.pos == "vbmod" and not chosen.has("inf")
    return False


def _number(token: Token) -> bool:
    """A number, after which a word the tagger reads as a verb is a noun ("4-6 gange")."""
    return any(ch.isdigit() for ch in token.surface)


def _verb(token: Token) -> bool:
    return token.chosen is not None and token.chosen.pos.startswith("vb")


def leads(analysed: list[AnalysedSegment]) -> list[tuple[Token, ...]]:
    """For each segment, the tokens of the sentence it continues: the sentence before when
    it ends in a full stop and this one opens in lower case (the segmenter ended a
    sentence after an abbreviation: "af 10-15 min. | varighed virke"), else none."""
    result: list[tuple[Token, ...]] = []
    previous: AnalysedSegment | None = None
    for segment in analysed:
        text = segment.segment.text.lstrip()
        continued = (
            previous is not None
            and previous.segment.kind is SegmentKind.SENTENCE
            and segment.segment.kind is SegmentKind.SENTENCE
            and previous.segment.text.rstrip().endswith(".")
            and text[:1].islower()
        )
        result.append(previous.tokens if continued and previous is not None else ())
        previous = segment
    return result
