"""Which two adjacent words may be one Danish compound written apart, and its closed form.

The candidates come from the article's analysis (`grammar.analysis`): a first word that is an
indefinite singular noun and a second that is a noun. Each pair is joined directly and with
the linking -s- and -e- (blodprøve, spændingshovedpine, barnevogn), and all joins of an
article are looked up in Apertium's lexicon in one call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pipeline.checks.grammar.analysis import LINKS, AnalysedSegment
from pipeline.checks.grammar.compound_openers import QUANTITY, opened
from pipeline.checks.grammar.modal_reach import modal_infinitive
from pipeline.checks.grammar.phrase_nouns import fixed_phrase_noun, inverted_subject
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    chosen_is,
    determining,
    is_word,
    noun_gender,
    only,
)
from pipeline.checks.spelling.preferred_spelling import takes_linking_s
from pipeline.ingest.morphology import Reading, Token

# Time words that stand side by side as two words in correct Danish ("mandag morgen", "hver
# dag i uge 12", "dato marts 2020"): weekdays, months, parts of the day, units of time.
_TIME_TEXT = (
    "mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj "
    "juni juli august september oktober november december morgen formiddag middag "
    "eftermiddag aften nat dag døgn uge måned år time minut sekund gang dato kl klokken"
)
_TIME_WORDS = frozenset(_TIME_TEXT.split())
# Verb particles: a compound the analyser makes on one may be a particle verb it lacks
# ("udtræk", "opstart": the imperative of udtrække, opstarte).
_PARTICLE_TEXT = "ud op af om ind til for over under efter gennem med mod ved bag fra ned hen frem"
_PARTICLES = frozenset(_PARTICLE_TEXT.split())
# Sentence adverbs stand right after a main clause's finite verb ("koden matcher ikke").
_ADVERB_TEXT = "ikke aldrig altid også ofte sjældent kun jo nok vel dog"
_SENTENCE_ADVERBS = frozenset(_ADVERB_TEXT.split())
# A compound first part ending in one of these takes no linking -s- (hovedpinetablet).
_VOWELS = tuple("aeiouyæøå")
# Endings of unknown words that are seldom a noun's base form.
_NOT_NOUN = ("e", "ig", "isk", "lig", "ede", "ende", "et", "er")
# Letters with inner hyphens ("p-pille"), no digits.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Verbs (infinitive or imperative) may also be nouns ("hoste"); after these the verb it is.
_VERB_CONTEXT = frozenset({"at", "og", "eller"})
# Question words that open a clause: the word after one is its finite verb ("Hvordan forløber
# sygdommen?", "Hvornår opstår smerterne?"), even where the analyser knows it only as a noun.
_QUESTION_WORDS = frozenset({"hvordan", "hvornår", "hvorfor", "hvorledes", "hvor", "hvad"})
_COORDINATORS = frozenset({"og", "eller"})

# Endings of Danish adjectives, Latin ones among them (palliativ, lokal, kronisk, venlig).
_ADJECTIVE_SHAPES = ("iv", "al", "el", "ær", "ar", "il", "øs", "ent", "ant", "isk", "ig")


@dataclass(frozen=True)
class Pair:
    """Two adjacent words and the closed forms to look up."""

    analysed: AnalysedSegment
    index: int  # of the first word in analysed.tokens
    bare: bool  # nothing before the first word that makes it a noun phrase of its own
    candidates: tuple[str, ...]

    @property
    def first(self) -> Token:
        return self.analysed.tokens[self.index]

    @property
    def second(self) -> Token:
        return self.analysed.tokens[self.index + 1]

    @property
    def span(self) -> str:
        return self.analysed.segment.text[self.first.start : self.second.end]


def pairs(
    analysed: AnalysedSegment,
    known: Callable[[str], bool],
    noun_form: Callable[[str], bool] = lambda word: False,
    lead: tuple[Token, ...] = (),
) -> Iterator[Pair]:
    """The pairs of a segment that may be a split compound (`noun_form`: whether a second
    word the analyser does not know is a noun form; `lead`: the tokens of the sentence the
    segment continues, after an abbreviation's full stop the segmenter took for its end)."""
    tokens = analysed.tokens
    text = analysed.segment.text
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        if text[first.end : second.start] not in (" ", "\n"):
            continue
        if _glued(text, first.start, second.end):
            continue  # part of an identifier or a hyphenated word ("app_label", "e-mail")
        if not (_WORD.fullmatch(first.surface) and second.surface.isalpha()):
            continue
        unknown = not second.known and noun_form(second.surface)
        if capitalised(second) or not (any_pos(second, "n") or unknown):
            continue
        if not _first_part(tokens, i, known):
            continue
        if not unknown and not chosen_is(second, "n") and not _object_with_verb(tokens, i):
            continue
        if first.surface.casefold() == second.surface.casefold():
            continue  # a doubled word (MECH001)
        if _after_question_word(tokens, i):
            continue  # "Hvordan forløber sygdommen?": the question's verb and its subject
        if inverted_subject(tokens, i):
            continue  # "Overordnet har jern betydning for": subject, then object
        if fixed_phrase_noun(tokens, i):
            continue  # "på grund jernmangel": a fixed phrase that lost its "af"
        if modal_infinitive(lead + tokens, len(lead) + i):
            continue  # "kan en ispose af 15 min. varighed virke": the modal's infinitive
        if first.surface.casefold() in QUANTITY and _plural(second):
            continue  # "antal operationer": a quantity and what it counts
        if {first.surface.casefold(), *_lemmas(second)} & _TIME_WORDS:
            continue  # "mandag morgen", "dato marts", "kl. 8 morgen": time expressions
        start = i == 0 or not (is_word(tokens[i - 1]) or tokens[i - 1].surface == ",")
        if capitalised(first) and not start:
            continue
        stem = first.surface.casefold()
        candidates = tuple(stem + link + second.surface.casefold() for link in LINKS)
        if not first.known:
            candidates = candidates[:1]  # no paradigm known: no linking letter ("vort")
        elif stem.endswith("e") or stem.endswith("s"):
            candidates = candidates[:2] if stem.endswith("e") else candidates[:1]
        yield Pair(analysed, i, _bare(tokens, i), candidates)


def _after_question_word(tokens: tuple[Token, ...], i: int) -> bool:
    """The word at `i` follows a question word, directly or as the last of nouns joined by
    og/eller after it ("hvad klinik og udredning viser": the clause's subjects and its verb)."""
    j = i - 1
    while j >= 2 and tokens[j].surface.casefold() in _COORDINATORS and any_pos(tokens[j - 1], "n"):
        j -= 2
    return j >= 0 and tokens[j].surface.casefold() in _QUESTION_WORDS


def adjective_inflected(word: str, known: Callable[[str], bool]) -> bool:
    """`word` has an adjective's shape and hunspell knows its -t and -e forms ("palliativ":
    palliativt, palliative; "kontant", whose -t form is itself: kontante; "variabel":
    variabelt, variable), so it may be an adjective before its noun ("tilbydes palliativ
    indsats", "en kontant udbetaling") where the analyser knows only a noun spelt the same
    (et palliativ)."""
    lower = word.casefold()
    neuter = lower.endswith(("ent", "ant")) or known(lower + "t")
    # an -el adjective drops its e before the ending: variabel, variable
    plural = known(lower + "e") or (lower.endswith("el") and known(lower[:-2] + "le"))
    return lower.endswith(_ADJECTIVE_SHAPES) and neuter and plural


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the pair is part of an identifier, a longer hyphenated word or a placeholder
    ("app_label", "%d pixel")."""
    return text[end : end + 1] in ("_", "-") or (start > 0 and text[start - 1] in "_-%")


def _first_part(tokens: tuple[Token, ...], i: int, known: Callable[[str], bool]) -> bool:
    """An indefinite singular noun, a noun the tagger prefers to a verb that no verb context
    asks for ("hoste slik", not "at hoste slim"), or a lower-case word hunspell knows and
    the analyser does not ("bypass")."""
    token = tokens[i]
    if _indefinite_singular_noun(token):
        return True
    if not token.known:
        # the analyser's gaps are mostly foreign nouns (bypass, curcumin); an unknown word
        # in -e or an adjective ending is more often an inflected adjective or a verb
        # ("successive visninger", "vil overskrive miljøvariablen")
        word = token.surface.casefold()
        return not capitalised(token) and not word.endswith(_NOT_NOUN) and known(word)
    nouns = tuple(r for r in token.readings if r.pos == "n")
    verbs_ok = all(r.pos == "n" or r.has("inf") or r.has("imp") for r in token.readings)
    previous = tokens[i - 1] if i > 0 else None
    verb_context = previous is not None and (
        previous.surface.casefold() in _VERB_CONTEXT
        or (previous.chosen is not None and previous.chosen.pos.startswith("vb"))
    )
    second = tokens[i + 1]
    return (
        bool(nouns)
        and verbs_ok
        and chosen_is(token, "n")
        and not verb_context
        and all(r.has("sg", "ind") for r in nouns)
        and not any(r.has("def") for r in second.readings)  # "kontakt lægen": verb, object
    )


def _indefinite_singular_noun(token: Token) -> bool:
    """Every reading an indefinite common noun, singular among them (blod, zink: mass nouns
    have plural readings too), not a genitive or the first part of a suspended compound
    ("hud- og")."""
    return (
        only(token, "n")
        and any(r.has("sg") for r in token.readings)
        and all(
            r.has("ind") and not r.has("gen") and not r.has("cmp-split") for r in token.readings
        )
    )


def _plural(token: Token) -> bool:
    """Every noun reading of `token` is plural ("operationer", "patienter")."""
    nouns = [r for r in token.readings if r.pos == "n"]
    return bool(nouns) and all(r.has("pl") for r in nouns)


def _lemmas(token: Token) -> set[str]:
    return {token.surface.casefold(), *(r.lemma.casefold() for r in token.readings)}


def _bare(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether nothing before the word at `i` opens a noun phrase with it (a determiner,
    number, genitive or adjective: "en del mennesker", "stor del mennesker")."""
    if i == 0 or not is_word(tokens[i - 1]):
        return not (i > 0 and any(ch.isdigit() for ch in tokens[i - 1].surface))
    before = tokens[i - 1]
    return not (determining(before) or any(r.pos == "adj" for r in before.readings))


def joined(
    pair: Pair,
    words: dict[str, tuple[Reading, ...]],
    closed: set[str],
    known: Callable[[str], bool],
    entry: Callable[[str], bool] = lambda word: False,
) -> str | None:
    """The closed form the pair should be written as, or None when the pair may stand
    (`entry`: whether the dictionary lists a word as an entry of its own, not only by
    compounding)."""
    head = {r.lemma for r in pair.second.readings if r.pos == "n"}
    for candidate in pair.candidates:
        readings = [r for r in words.get(candidate, ()) if r.pos == "n"]
        if not readings:
            continue
        if candidate in closed:
            return candidate
        lexicalised = [r for r in readings if not r.compound]
        if lexicalised and _determiner_fits(pair, lexicalised):
            return candidate
        if lexicalised and opened(pair, lexicalised, known):
            return candidate
        compound = [r for r in readings if r.compound and r.lemma in head]
        if not compound or not known(candidate):
            continue
        simple_first = not any(r.compound for r in pair.first.readings)
        if (pair.bare and simple_first) or opened(pair, compound, known):
            return candidate
        if not simple_first and _compound_first(pair, entry) and candidate == _linked(pair):
            return candidate  # "hovedbund eksem": a compound first part, its linking -s-
    return _direct_compound(pair, words, head)


def _compound_first(pair: Pair, entry: Callable[[str], bool]) -> bool:
    """A bare first word that the analyser reads as a compound of two words and the
    dictionary lists as a word of its own ("hovedbund", not the chance compounds
    "hjertesygdomsamt" of a lost space or "Sol+ar+is"), without a hyphen ("ADHD-diagnose
    børn", a heading) and not made on a verb particle ("Udtræk billede": a particle verb the
    analyser lacks, read as ud + træk), before a noun that is indefinite, no genitive and no
    compound in every reading ("eksem", not "hovedbunden"), with no number after it
    ("valgmulighed nummer 3": an apposition) and no sentence adverb ("adgangskode matcher
    ikke": the second word is the clause's verb)."""
    first, second = pair.first, pair.second
    word = first.surface.casefold()
    rest = pair.analysed.segment.text[second.end :].split(maxsplit=1)
    following = rest[0].casefold().rstrip(".,;:!?)»”\"'") if rest else ""
    return (
        pair.bare
        and word.isalpha()
        and entry(word)
        and not following[:1].isdigit()
        and not following.startswith("%")
        and following not in _SENTENCE_ADVERBS
        and all(
            len(r.parts) == 2 and r.parts[0].lemma.casefold() not in _PARTICLES
            for r in first.readings
        )
        and only(second, "n")
        and all(r.has("ind") and not r.compound and not r.has("gen") for r in second.readings)
    )


def _linked(pair: Pair) -> str:
    """The closed form of a pair whose first word is itself a compound ("hovedbund"), with
    the linking letter Danish gives such a first part: the one hunspell-da's own compounds
    of it use ("blodtryksmåler", "fodboldbane"); without any, an -s- after a consonant
    ("hovedbundseksem", "kræftsygdomsforløb") and after -else ("lungebetændelsessymptomer"),
    none after another vowel or an s ("hovedpinetablet", "sygehusophold")."""
    first = pair.first.surface.casefold()
    second = pair.second.surface.casefold()
    takes_s = takes_linking_s(first)
    if takes_s is None:
        takes_s = first.endswith("else") or not first.endswith((*_VOWELS, "s", "x", "z"))
    return first + ("s" if takes_s else "") + second


def _direct_compound(
    pair: Pair, words: dict[str, tuple[Reading, ...]], head: set[str]
) -> str | None:
    """The two words joined directly, when Apertium's compounding of its own lexicon words
    reads them as one noun though hunspell lacks it ("gurkemeje plante"): only for a bare,
    simple first word that does not look like a genitive ("hjertes atrier")."""
    first = pair.first
    if not pair.bare or not first.known or first.surface.endswith("s"):
        return None
    if any(r.compound for r in first.readings):
        return None
    direct = pair.candidates[0]
    readings = words.get(direct, ())
    if any(r.pos == "n" and r.compound and r.lemma in head for r in readings):
        return direct
    return None


def _determiner_fits(pair: Pair, readings: list[Reading]) -> bool:
    """A bare first word, or a determiner before it that agrees with the compound too
    ("et hjerte anfald"), not only with the first word ("et glas vand")."""
    if pair.bare:
        return True
    before = pair.analysed.tokens[pair.index - 1]
    genders = {t for r in before.readings if r.pos == "det" for t in r.tags}
    compound = {t for r in readings for t in r.tags if t in ("ut", "nt")}
    first = noun_gender(pair.first)
    if not genders or not compound or first is None:
        return False
    return bool(genders & compound) and not (first in genders and first not in compound)


def _object_with_verb(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether a pair whose second word the tagger reads as a verb still cannot be subject
    and verb: the second is a verb form and a verb comes right before the first ("har
    muskel smerter"), where "Forskning viser" and "Uden insulin stiger" are clauses, and so
    are a noun after a word that may be a preposition ("ved knogleskørhed rammer") and a
    subject between a modal and its infinitive ("kan gigt ramme")."""
    second, before = tokens[i + 1], tokens[i - 1] if i > 0 else None
    if second.chosen is None or not second.chosen.pos.startswith("vb"):
        return False
    if before is None or before.chosen is None or not before.chosen.pos.startswith("vb"):
        return False
    if any(r.pos == "pr" for r in before.readings):
        return False  # "ved knogleskørhed rammer": a preposition ("ved"), then the clause's verb
    # a modal, its subject and its infinitive: "kan knogleskørhed ramme unge voksne"
    return not (before.chosen.pos == "vbmod" and second.chosen.has("inf"))
