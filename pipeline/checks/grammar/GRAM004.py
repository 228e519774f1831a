from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import AnalysedSegment, statements
from pipeline.checks.grammar.readings import (
    capitalised,
    chosen_is,
    is_word,
    may_be_finite,
    only,
    past_adjectives,
    surely_finite,
    tensed_choice,
    verb_reading,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Prepositions that open a fronted adverbial ("Om vinteren", "I Danmark", "Hos børn");
# not those that also measure quantities ("Over 300.000 danskere", "Omkring hver tiende").
_PREPOSITION_TEXT = (
    "i på om hos efter før ved med uden til fra gennem siden blandt ifølge af inden trods udover "
    "under"
)
_PREPOSITIONS = frozenset(_PREPOSITION_TEXT.split())
# Sentence adverbials that cannot modify a noun phrase, so a subject after them is not part
# of them ("Kun få mennesker får det", "Også børn kan få det" are correct and not listed).
_ADVERB_TEXT = (
    "derfor desuden derudover heldigvis desværre imidlertid derefter herefter dernæst senere "
    "ofte normalt sommetider tit sandsynligvis faktisk generelt endelig altid samtidig "
    "alligevel ellers endvidere sædvanligvis oftest sjældent hyppigt derimod således naturligvis "
    "selvfølgelig formentlig muligvis her dermed derved hermed typisk derudover"
)
_ADVERBS = frozenset(_ADVERB_TEXT.split())
# Sentence adverbs that may stand between the subject and the verb in the wrong order
# ("Derfor du ofte skal"); the suggestion keeps them after the subject.
_SENTENCE_ADVERBS = frozenset(
    {"ikke", "aldrig", "altid", "ofte", "også", "normalt", "typisk", "sjældent", "stadig",
     "allerede", "faktisk", "derfor", "sandsynligvis", "muligvis"}
)  # fmt: skip
# Time adverbs the analyser reads as one unit.
_TIME_ADVERBS = frozenset({"i dag", "i går", "i år", "i aften", "i morgen", "for eksempel"})
# Adverbials of several words, matched word by word ("Nogle gange", "Til sidst").
_PHRASES = (
    ("nogle", "gange"),
    ("til", "sidst"),
    ("af", "og", "til"),
    ("i", "stedet"),
    ("først", "og", "fremmest"),
    ("på", "den", "anden", "side"),
    ("ikke", "desto", "mindre"),
)
# Adverbs the analyser also reads as adjectives that Danish does not have ("ofte").
_ALWAYS_ADVERBS = frozenset({"ofte"})
# Subordinating conjunctions whose clause, fronted, is followed by the main clause's verb.
_SUBORDINATORS = frozenset(
    {"når", "hvis", "fordi", "selvom", "mens", "inden", "medmindre", "eftersom", "såfremt", "da"}
)
# Prepositions that also open a clause ("Efter du har spist, …"): a clause when a subject
# pronoun follows them.
_CLAUSE_PREPOSITIONS = frozenset({"efter", "før"})
_COORDINATORS = frozenset({"og", "men", "eller"})
# A fronted phrase closed by an English comma: at most this many words, none opening a clause.
_LONGEST_PHRASE = 6
_CLAUSE_OPENERS = frozenset({"at", "der", "som", "hvor", "hvad", "hvis", "når", "og", "eller"})
_CLAUSE_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "man"})
# Time words that close a prepositional phrase without a determiner ("I dag", "om natten").
_TIME = frozenset({"dag", "går", "morgen", "aften", "nat", "år"})
_PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man", "den", "det"})
_QUANTIFIERS = frozenset({"mange", "nogle", "alle", "flere", "få", "ingen", "de fleste", "disse"})
# Nouns that name a word, term or diagnosis and take it as a close apposition ("I ordet
# syndrom ligger, at …", "Med begrebet senfølger menes …"): the bare noun after them belongs
# to the fronted phrase and is no subject.
_NAMING_NOUNS = frozenset(
    {"ord", "begreb", "udtryk", "navn", "betegnelse", "term", "fagudtryk", "fagord",
     "diagnose", "forkortelse", "stikord", "glose", "titel", "overskrift"}
)  # fmt: skip


class VerbSecond(Check):
    """The finite verb is not in second place after a fronted adverbial.

    A Danish main clause has its finite verb second: when an adverbial comes first, the
    subject follows the verb ("Om vinteren er influenza mere udbredt", "Derfor skal du
    drikke vand", "Når du har feber, skal du blive hjemme"). English keeps the subject first,
    and machine translation often copies it: "Om vinteren influenza er mere udbredt".

    Flags a sentence that starts with a prepositional phrase whose noun phrase is closed (a
    definite noun, a name, a determiner, or a time word: "I dag"), with a sentence adverb
    that cannot modify a noun (derfor, heldigvis, desværre, ofte …), or with a fronted
    subordinate clause and its comma, when a subject (a personal pronoun, or a noun phrase
    with a quantifier or determiner or a bare common noun) follows directly and then the
    finite verb.

    It deliberately does not flag: questions, headings, titles and list items; a bare noun
    in close apposition to a naming noun that ends the fronted phrase ("I ordet syndrom
    ligger, at …": the word named, not the subject); adverbs
    that may modify the subject ("Kun få mennesker", "Også børn", "Måske", "Så"); quantity
    prepositions ("Over 300.000 danskere har diabetes"); a noun phrase that may continue the
    phrase before it (a bare noun after a bare noun: "Hos patienter med diabetes type 2 er
    …"); a subordinate clause followed by more commas (coordinated clauses: "Hvis du er
    tørstig, du tisser meget, og …"); names as subjects; anything with an adverb between
    subject and verb.

    Anti-pattern: "I Danmark mange mennesker har diabetes uden at vide det."
    Best practice: "I Danmark har mange mennesker diabetes uden at vide det."
    """

    code = "GRAM004"
    name = "grammar.verb-second"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in statements(ctx):
            segment = analysed.segment
            tokens = analysed.tokens
            start = _after_fronted(analysed)
            if start is None:
                continue
            subject_end = _subject_end(tokens, start)
            if subject_end is None:
                continue
            verb = subject_end
            while (
                verb < len(tokens)
                and tokens[verb].surface.casefold() in _SENTENCE_ADVERBS
                and not capitalised(tokens[verb])
            ):
                verb += 1  # "Derfor du ofte skal": the adverbs follow the verb too
            if verb >= len(tokens) or not _finite(tokens[verb], pronoun=subject_end == start + 1):
                continue
            fronted = segment.text[tokens[0].start : tokens[start].start].rstrip(" ,")
            subject = segment.text[tokens[start].start : tokens[subject_end - 1].end]
            adverbs = segment.text[tokens[subject_end - 1].end : tokens[verb].start]
            yield self.finding(
                ctx,
                segment,
                tokens[start].start,
                tokens[verb].end,
                f"the finite verb '{tokens[verb].surface}' should come second, before the "
                f"subject '{subject}', after '{fronted}'",
                suggestion=f"{tokens[verb].surface} {subject}{adverbs.rstrip()}",
            )


def _after_fronted(analysed: AnalysedSegment) -> int | None:
    """The index after a fronted adverbial (where the subject would start), or None."""
    tokens = analysed.tokens
    if len(tokens) < 4 or not is_word(tokens[0]):
        return None
    first = tokens[0].surface.casefold()
    words = tuple(t.surface.casefold() for t in tokens[:4])
    for phrase in _PHRASES:
        if words[: len(phrase)] == phrase:
            return len(phrase)
    if first in _TIME_ADVERBS or (
        first in _ADVERBS
        and (
            first in _ALWAYS_ADVERBS
            or all(r.pos in ("adv", "pr") for r in tokens[0].readings)
            or _adverb_before_unagreeing_noun(tokens)
        )
    ):
        return 1
    if first in _SUBORDINATORS or (
        first in _CLAUSE_PREPOSITIONS and tokens[1].surface.casefold() in _CLAUSE_SUBJECTS
    ):
        return _after_fronted_clause(tokens)
    if first in _PREPOSITIONS:
        i = 0
        while i < len(tokens) and tokens[i].surface.casefold() in _PREPOSITIONS:
            end = _closed_noun_phrase(tokens, i + 1)
            if end is None:
                return _after_phrase_comma(tokens)
            i = _past_apposition(tokens, end)
        # English puts a comma after a fronted phrase ("Under opholdet, flere patienter …")
        return i + 1 if i < len(tokens) and tokens[i].surface == "," else i
    return None


def _after_phrase_comma(tokens: tuple[Token, ...]) -> int | None:
    """The index after an English comma that closes a short fronted prepositional phrase
    whose noun phrase may run on ("Uden behandling, infektionen kan …"): at most six words,
    none of them a possible verb or a word that opens a clause, then the comma."""
    for i, token in enumerate(tokens[: _LONGEST_PHRASE + 1]):
        if token.surface == ",":
            return i + 1 if i > 1 else None
        if not is_word(token) or token.surface.casefold() in _CLAUSE_OPENERS:
            return None
        if i > 0 and any(verb_reading(r) for r in token.readings):
            return None
    return None


def _adverb_before_unagreeing_noun(tokens: tuple[Token, ...]) -> bool:
    """An adverb that is also a neuter adjective ("Normalt") before a noun it cannot agree
    with ("Normalt fødevareallergi er …"): the adjective would read "Normal fødevareallergi",
    so the word is the adverb. A neuter singular noun ("Normalt blodtryk er …") or another
    adjective after it leaves the adjective reading open."""
    adverb, noun = tokens[0], tokens[1]
    if noun.surface.casefold() in _PRONOUNS and any(r.pos == "prn" for r in noun.readings):
        return True  # no adjective stands before a pronoun ("Typisk det er …")
    if not (only(noun, "n") and chosen_is(noun, "n")):
        return False
    if all(r.has("def") for r in noun.readings):
        return True  # nor before a definite noun ("Typisk symptomerne varer …")
    if not all(
        r.pos == "adv" or (r.pos == "adj" and r.has("nt", "sg", "ind")) for r in adverb.readings
    ):
        return False
    return not any(r.has("nt") and r.has("sg") and r.has("ind") for r in noun.readings)


def _after_fronted_clause(tokens: tuple[Token, ...]) -> int | None:
    """The index after the comma that closes a fronted subordinate clause, or None. The
    first comma closes it when it is the only one, or when the next comma is followed by
    og/men/eller (the main clause goes on with another: "Når du spiser, maden bevæger
    sig, og …"). Any other later comma may close what the first one opened: a list of
    coordinated clauses ("Hvis du er tørstig, du tisser meget, og du er træt, kan det
    være diabetes": a finite verb follows the last comma) or a relative clause without
    `som` ("Hvis du kender kanalen, du vil ind i, så …")."""
    commas = [i for i, t in enumerate(tokens) if t.surface == ","]
    if not commas or not any(may_be_finite(t) for t in tokens[1 : commas[0]]):
        return None  # a clause has a finite verb of its own
    if any(i + 1 < len(tokens) and tensed_choice(tokens[i + 1]) for i in commas[1:]):
        return None
    if len(commas) > 1 and (
        commas[1] + 1 >= len(tokens)
        or tokens[commas[1] + 1].surface.casefold() not in _COORDINATORS
    ):
        return None
    return commas[0] + 1


def _closed_noun_phrase(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index after a noun phrase at `i` that cannot run on into the next word: a
    definite noun, a name, a time word, or any noun after a determiner."""
    determiner = False
    while i < len(tokens) and (
        chosen_is(tokens[i], "det")
        or chosen_is(tokens[i], "adj")
        or (determiner and is_word(tokens[i]) and not tokens[i].known)  # "deres post-bypass"
    ):
        determiner = (
            determiner
            or chosen_is(tokens[i], "det")
            or tokens[i].surface.casefold() in _QUANTIFIERS  # "I mange tilfælde"
        )
        if any(ch.isdigit() for ch in tokens[i].surface):
            return None  # "I 2020", "Efter 3 dage": numbers measure
        i += 1
    if i >= len(tokens):
        return None
    noun = tokens[i]
    if chosen_is(noun, "np") or (chosen_is(noun, "n") and capitalised(noun)):
        return i + 1
    if not chosen_is(noun, "n"):
        return None
    if determiner or all(r.has("def") for r in noun.readings if r.pos == "n"):
        return i + 1
    return i + 1 if noun.surface.casefold() in _TIME else None


def _past_apposition(tokens: tuple[Token, ...], i: int) -> int:
    """The index after a close apposition at `i` to a naming noun that ends the phrase
    before it ("ordet syndrom", "begrebet senfølger"), or `i` when there is none."""
    head = tokens[i - 1]
    if i >= len(tokens) or not any(
        r.pos == "n" and r.has("def") and r.lemma.casefold() in _NAMING_NOUNS for r in head.readings
    ):
        return i
    noun = tokens[i]
    bare = only(noun, "n") and not any(r.has("def") for r in noun.readings)
    return i + 1 if bare and not capitalised(noun) else i


def _subject_end(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of the word after a subject at `i` (pronoun or noun phrase), or None."""
    if i >= len(tokens) or not is_word(tokens[i]) or capitalised(tokens[i]):
        return None
    word = tokens[i].surface.casefold()
    if word in _PRONOUNS and chosen_is(tokens[i], "prn"):
        return i + 1
    if (
        word in _PRONOUNS
        and any(r.pos == "prn" for r in tokens[i].readings)
        and i + 1 < len(tokens)
        and surely_finite(tokens[i + 1])
    ):
        return i + 1  # "det" read as a determiner before a word that is only a verb
    if word in _QUANTIFIERS and i + 1 < len(tokens) and _finite(tokens[i + 1], pronoun=False):
        return i + 1  # "Heldigvis de fleste bliver raske"
    j = i
    if word in _QUANTIFIERS or chosen_is(tokens[i], "det"):
        j += 1
    j = past_adjectives(tokens, j)
    if j >= len(tokens) or not (only(tokens[j], "n") and chosen_is(tokens[j], "n")):
        return None
    if capitalised(tokens[j]):
        return None
    j += 1
    while j < len(tokens) and tokens[j].surface.casefold() in _PREPOSITIONS:
        end = _closed_noun_phrase(tokens, j + 1)  # "flere mennesker i placebogruppen"
        if end is None:
            return None
        j = end
    return j


def _finite(token: Token, *, pronoun: bool) -> bool:
    """A finite verb: the tagger's reading is present or past; after a noun subject, no
    reading is a noun (it could still belong to the subject)."""
    chosen = token.chosen
    if chosen is None or not verb_reading(chosen) or not (chosen.has("pres") or chosen.has("past")):
        return False
    return pronoun or not any(r.pos == "n" for r in token.readings)
