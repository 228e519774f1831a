from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import prose_sentences
from pipeline.checks.grammar.clauses import COORDINATORS, opens_clause
from pipeline.checks.grammar.guesses import with_guesses
from pipeline.checks.grammar.readings import (
    capitalised,
    chosen_is,
    is_word,
    only,
    past_prepositional_phrase,
)
from pipeline.core.models import Finding, Segment, Severity
from pipeline.ingest.morphology import Token

# The copulas whose adjective agrees with the subject ("er syge", "bliver sygt").
_COPULAS = frozenset({"være", "blive", "forblive"})
# Verbs that carry a copula after them: modals, `have` (har været), `være` (er blevet).
_CARRIERS = frozenset({"vbmod", "vaux", "vbhaver", "vbser"})
# Words that may stand between the verb and the adjective without changing its agreement.
_DEGREE = frozenset(
    {"ikke", "aldrig", "ofte", "altid", "meget", "mere", "mest", "særdeles", "yderst", "også",
     "stadig", "fortsat", "nu", "da", "jo", "nok", "ret", "helt", "for", "så", "sjældent",
     "sommetider", "ekstremt", "virkelig", "endnu", "allerede", "igen", "dog", "enten"}
)  # fmt: skip
# Punctuation after which a new clause (and its subject) may start.
_CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "(", "–", "—", "-"})
# Words after the adjective that show the predicative ends there ("er syg, når", "er svær at").
_CLOSERS = frozenset({"at", "end", "når", "hvis", "fordi", "da", "så", "som", "mens", "og",
                      "eller", "men"})  # fmt: skip
# "klar" (ready) may stay uninflected: "Huset er klar til indflytning" (Retskrivningsordbogen).
_INVARIANT = frozenset({"klar"})
# Prepositions of an attribute between the head noun and the verb ("Antallet af patienter er").
_ATTRIBUTE_PREPOSITIONS = frozenset({"af", "for", "med", "i", "på", "hos", "til", "mod", "ved"})
_NUMBER_WORDS = {"pl": "plural", "nt": "neuter"}


@dataclass(frozen=True)
class Subject:
    """A clause's subject as far as agreement goes: its span and what it needs ("pl" or
    "nt")."""

    first: int
    last: int
    needs: str


class PredicativeAgreement(Check):
    """A predicative adjective does not agree with its subject ("symptomerne er alvorlig").

    After `være`, `blive` and `forblive` a Danish adjective takes the subject's number and
    gender: "Symptomerne er alvorlige", "Barnet er sygt", "Det er vigtigt at …". English
    adjectives do not inflect, and machine translation often leaves the common-gender
    singular form: "Symptomerne kan være alvorlig", "Barnet er syg", "Det er vigtig at
    drikke vand".

    Flags a plural subject (a plural noun or `de`, `vi`) with an adjective whose every
    reading is singular, and a neuter singular subject (a neuter noun or `det`) with an
    adjective whose every reading is common-gender singular, when the subject is a simple
    noun phrase (determiner, adjectives, noun, and one prepositional attribute: "Antallet
    af patienter") at the start of its clause or right after
    the finite verb (inverted: "Derfor er symptomerne alvorlig"), or the relative `der`/
    `som` right after its noun, the verbs between are a finite verb and copulas (`kan
    være`, `har været`, `er blevet`) with only degree and sentence adverbs among them, and
    the adjective closes the predicate (punctuation, a preposition or a conjunction after
    it). A compound or learned adjective the analyser does not know is read by its head or
    ending ("Folkemiddel mod søvnløshed er god": `grammar.guesses`).

    It deliberately does not flag: adjectives the analysis also reads as plural, neuter or
    adverb (invariant `moderne`, `glad`, `typisk`), participles ("de er blevet undersøgt",
    which Danish accepts), an adjective before a noun ("det er stor forskel"), subjects
    with more than one prepositional attribute or a longer one ("Niveauet af kolesterol i
    blodet er høj"),
    common-gender subjects with a neuter form (often an adverb: "den er særligt farlig"),
    capitalised `De` (the formal address), and headings and list items.

    Anti-pattern: "Symptomerne er ofte mild, og barnet er sjældent alvorlig syg."
    Best practice: "Symptomerne er ofte milde, og barnet er sjældent alvorligt sygt."
    """

    code = "GRAM018"
    name = "grammar.predicative-agreement"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in prose_sentences(ctx):
            for tokens in _lines(analysed.segment.text, with_guesses(ctx, analysed.tokens)):
                yield from self._judge(ctx, analysed.segment, tokens)

    def _judge(
        self, ctx: CheckContext, segment: Segment, tokens: tuple[Token, ...]
    ) -> Iterator[Finding]:
        for i in range(len(tokens)):
            found = _mismatch(tokens, i)
            if found is None:
                continue
            first, subject, adjective = found
            yield self.finding(
                ctx,
                segment,
                tokens[first].start,
                tokens[adjective].end,
                f"'{tokens[adjective].surface}' does not agree with its "
                f"{_NUMBER_WORDS[subject.needs]} subject "
                f"'{_span(segment.text, tokens, subject)}': a predicative "
                f"adjective takes the {_NUMBER_WORDS[subject.needs]} form "
                f"({'-e' if subject.needs == 'pl' else '-t'})",
            )


def _lines(text: str, tokens: tuple[Token, ...]) -> Iterator[tuple[Token, ...]]:
    """The segment's tokens split where a line break comes before a capital: a title or
    heading line the segmenter joined with the sentence after it, which starts a new
    sentence ("… falde i søvn\nFolkemiddel mod søvnløshed er god")."""
    start = 0
    for i in range(1, len(tokens)):
        if "\n" in text[tokens[i - 1].end : tokens[i].start] and capitalised(tokens[i]):
            yield tokens[start:i]
            start = i
    yield tokens[start:]


def _span(text: str, tokens: tuple[Token, ...], subject: Subject) -> str:
    return text[tokens[subject.first].start : tokens[subject.last].end]


def _mismatch(tokens: tuple[Token, ...], i: int) -> tuple[int, Subject, int] | None:
    """(first index, subject, adjective index) when a clause whose subject starts at `i` (or whose
    finite verb is at `i`, inverted) has a predicative adjective of the wrong form."""
    if _clause_start(tokens, i):
        subject = _subject_at(tokens, i)
        if subject is not None:
            verb = subject.last + 1
            if verb < len(tokens) and _finite(tokens[verb]):
                adjective = _predicative(tokens, verb, verb + 1)
                if adjective is not None and _disagrees(tokens[adjective], subject.needs):
                    return subject.first, subject, adjective
    if i > 0 and _finite(tokens[i]) and not _clause_start(tokens, i):
        subject = _subject_at(tokens, i + 1)
        if subject is None or subject.first == 0:
            return None
        adjective = _predicative(tokens, i, subject.last + 1)
        if adjective is not None and _disagrees(tokens[adjective], subject.needs):
            return i, subject, adjective
    return None


def _clause_start(tokens: tuple[Token, ...], i: int) -> bool:
    if i == 0:
        return True
    before = tokens[i - 1]
    word = before.surface.casefold()
    if word in ("der", "som"):
        return False  # a relative pronoun is itself the subject (see _subject_at)
    return (
        before.surface in _CLAUSE_PUNCTUATION
        or (word in COORDINATORS and not chosen_is(before, "pr"))  # not "Risikoen for"
        or opens_clause(tokens, i - 1)
    )


def _subject_at(tokens: tuple[Token, ...], i: int) -> Subject | None:
    """The simple subject starting at `i`: a pronoun, a determiner-adjectives-noun phrase,
    or the relative der/som right after its noun."""
    if i >= len(tokens) or not is_word(tokens[i]):
        return None
    token = tokens[i]
    word = token.surface
    if word in ("de", "vi") or (word == "Vi" and i == 0):
        return Subject(i, i, "pl") if chosen_is(token, "prn") else None
    if word.casefold() == "det" and (i == 0 or word == "det"):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and _finite(following):
            return Subject(i, i, "nt")
        if i > 0 and following is not None and not chosen_is(following, "n"):
            return Subject(i, i, "nt")  # inverted: "er det vigtig at"
        return None
    if word.casefold() in ("der", "som") and i > 0:
        return _relative(tokens, i)
    j = i
    if chosen_is(token, "det") and word.casefold() not in ("det", "den", "de"):
        j += 1
    elif word.casefold() in ("det", "den", "de"):
        return None
    while j < len(tokens) and only(tokens[j], "adj"):
        j += 1
    if j >= len(tokens):
        return None
    needs = _noun_needs(tokens[j], sentence_start=j == 0)
    return Subject(i, _past_attribute(tokens, j + 1) - 1, needs) if needs else None


def _past_attribute(tokens: tuple[Token, ...], j: int) -> int:
    """The index after one prepositional attribute of the head noun from `j` ("Antallet af
    patienter", "Risikoen for alvorlige komplikationer"), or `j` when none follows: a
    preposition and a determiner, adjectives and a noun, then the finite verb."""
    end = past_prepositional_phrase(tokens, j, _ATTRIBUTE_PREPOSITIONS, lambda t: chosen_is(t, "n"))
    return end if end is not None and end < len(tokens) and _finite(tokens[end]) else j


def _relative(tokens: tuple[Token, ...], i: int) -> Subject | None:
    """`der`/`som` right after its noun (a comma between allowed) stands for that noun."""
    k = i - 1
    if tokens[k].surface == ",":
        k -= 1
    if k < 0:
        return None
    needs = _noun_needs(tokens[k], sentence_start=k == 0)
    return Subject(k, i, needs) if needs else None


def _noun_needs(token: Token, *, sentence_start: bool) -> str | None:
    """ "pl" for a surely plural noun, "nt" for a surely neuter singular one, else None."""
    if not (only(token, "n") and chosen_is(token, "n")) or not is_word(token):
        return None
    if (capitalised(token) and not sentence_start) or " " in token.surface:
        return None
    readings = token.readings
    if any(r.has("gen") or r.has("cmp-split") for r in readings):
        return None
    if all(r.has("pl") for r in readings):
        return "pl"
    if all(r.has("nt") and r.has("sg") for r in readings):
        return "nt"
    return None


def _finite(token: Token) -> bool:
    chosen = token.chosen
    return (
        chosen is not None
        and (chosen.has("pres") or chosen.has("past"))
        and (chosen.pos in _CARRIERS or chosen.lemma in _COPULAS)
    )


def _predicative(tokens: tuple[Token, ...], verb: int, j: int) -> int | None:
    """The index of the adjective that closes the copula chain from the finite verb at
    `verb` (words from `j` on: adverbs, more verbs of the chain, then the adjective)."""
    last_verb = tokens[verb]
    while j < len(tokens):
        token = tokens[j]
        word = token.surface.casefold()
        if word in _DEGREE or _adverbial_t(tokens, j):
            j += 1
            continue
        chosen = token.chosen
        if (
            chosen is not None
            and (chosen.has("inf") or chosen.has("pp"))
            and (chosen.pos in _CARRIERS or chosen.lemma in _COPULAS)
        ):
            last_verb = token
            j += 1
            continue
        break
    if j >= len(tokens) or last_verb.chosen is None or last_verb.chosen.lemma not in _COPULAS:
        return None
    if not _closes(tokens, j + 1):
        return None
    return j


def _adverbial_t(tokens: tuple[Token, ...], j: int) -> bool:
    """A neuter -t form before another adjective, where it is an adverb ("alvorligt syg")."""
    token, following = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        following is not None
        and token.surface.casefold().endswith("t")
        and chosen_is(token, "adj")
        and chosen_is(following, "adj")
    )


def _closes(tokens: tuple[Token, ...], j: int) -> bool:
    """The predicate ends before `j`: the sentence ends, or punctuation, a preposition or
    a conjunction follows."""
    if j >= len(tokens):
        return True
    token = tokens[j]
    if not is_word(token):
        return token.surface not in ("-", "/")
    if token.surface.casefold() in _CLOSERS:
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        return following is None or not (chosen_is(following, "n") or not following.known)
    return chosen_is(token, "pr")


def _disagrees(token: Token, needs: str) -> bool:
    """Every reading is an adjective (not a participle) in a form the subject cannot take;
    the tagger reads it as an adjective."""
    if not chosen_is(token, "adj") or capitalised(token) or token.surface in _INVARIANT:
        return False
    adjectives = [r for r in token.readings if r.pos == "adj"]
    others = [r for r in token.readings if r.pos != "adj"]
    if any(r.pos in ("adv", "vblex") and not r.has("imp") for r in others):
        return False
    if any(r.has("pp") or r.has("pprs") or not r.has("sg") for r in adjectives):
        return False
    if needs == "pl":
        return True
    return all(r.has("ut") for r in adjectives)
