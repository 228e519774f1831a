from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.agreement import EXEMPT, PLURAL_QUANTIFIERS
from pipeline.checks.grammar.analysis import analysed_segments, lexicon
from pipeline.checks.grammar.guesses import word_readings
from pipeline.checks.grammar.readings import capitalised, chosen_is, is_word, single_word
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Reading, Token

# Words that do stand before a definite noun ("hele dagen", "halve timen", "selve
# operationen", "alle børnene", "begge hænderne"), and words before which the pattern is no
# noun phrase: `egne` ("for egne penge"), `øvrige`/`enkelte` (quantities, "de øvrige").
_QUANTIFIERS = EXEMPT | PLURAL_QUANTIFIERS | frozenset(
    {"hele", "halve", "selve", "samme", "samtlige", "egne", "øvrige", "enkelte", "ene", "højre",
     "venstre"}
)  # fmt: skip
# Preposition + adjective idioms that are adverbials, so a definite object may follow:
# "udnytte til fulde mulighederne", "komme til gode patienterne".
_IDIOMS = frozenset({("til", "fulde"), ("til", "gode"), ("med", "rette")})
# Quantity nouns an adverbial stands before ("langt hovedparten", "godt halvdelen").
_QUANTITY_NOUNS = frozenset(
    {"halvdel", "tredjedel", "fjerdedel", "hovedpart", "størstedel", "flertal", "mindretal",
     "rest", "majoritet", "minoritet"}
)  # fmt: skip
_DEGREE_TAGS = ("comp", "sup", "ord")


class AdjectiveBeforeDefiniteNoun(Check):
    """An attributive adjective stands before a noun with the suffixed definite article.

    A Danish noun takes its definite article as a suffix only when no adjective stands
    before it ("sygdommen", "symptomerne"); with an adjective the article moves to the
    front and the noun loses the suffix: "den kroniske sygdom", "de astmalignende
    symptomer". Machine translation that drops or misplaces "the" leaves adjective and
    definite noun together: "ses ved kroniske sygdommen", "børn med astmalignende
    symptomerne".

    Flags one or more adjectives in the -e form (definite, plural, a present participle or
    an indeclinable word such as "lignende"), whose every reading is an adjective in the
    positive, before a lower-case noun whose every reading is a definite noun, when a
    preposition stands before them (read so by the tagger, or as a verb's particle: "der
    ses ved") or the first adjective opens the segment with a capital. The suggestion
    puts den/det/de in front and gives the noun's indefinite form when the analyser
    confirms it.

    It deliberately does not flag: words that do take a definite noun ("hele dagen",
    "halve timen", "selve operationen", "alle/begge børnene") or that are quantities
    ("samme", "øvrige", "enkelte"); a word with a verb, noun, adverb or determiner reading
    beside the adjective ("stille diagnosen", "fjerne infektionen", "ofte", "forhøjede" as
    a past tense); comparatives, superlatives and ordinals ("nærmest tandkronen", "første
    gangen"); adjectives without -e ("typisk livet igennem", "knap halvdelen", adverbs in
    -t); an adjective after anything but a preposition: after a verb it may be predicative
    ("børnene var syge dagen efter", "hvor slemme symptomerne er"), an adverb ("vurderer
    løbende behandlingen") or a nominalised indirect object ("anbefaler gravide vaccinen"),
    after a determiner it is a noun ("giver de syge medicinen"), after a comma it may be
    in apposition; a word in -ende that opens the sentence (a fronted adverb before the
    subject, a word-order error: "Efterfølgende patienten blev udskrevet"); the idioms
    "til fulde", "til gode", "med rette"; quantity nouns ("hovedparten"); a word of the
    lexicon written apart ("lille fingeren": lillefingeren); capitalised words inside a
    sentence (names) and nouns followed by another noun or an unknown word (a split
    compound).

    Anti-pattern: "Medicinen mindsker risikoen for alvorlige allergiske reaktionerne."
    Best practice: "Medicinen mindsker risikoen for de alvorlige allergiske reaktioner."
    """

    code = "GRAM033"
    name = "grammar.adjective-before-definite-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for k in range(1, len(tokens)):
                first = _phrase_start(ctx, tokens, k)
                if first is None or any(
                    text[tokens[j].end : tokens[j + 1].start] not in (" ", "\n")
                    for j in range(max(first - 1, 0), k)
                ):
                    continue
                adjectives = [t.surface for t in tokens[first:k]]
                if first == 0:
                    adjectives[0] = adjectives[0].casefold()
                noun = tokens[k]
                article = _article(ctx, noun)
                if first == 0:
                    article = article.capitalize()
                yield self.finding(
                    ctx,
                    analysed.segment,
                    tokens[first].start,
                    noun.end,
                    f"the adjective '{adjectives[-1]}' stands before the definite noun "
                    f"'{noun.surface}': Danish puts the article in front and drops the "
                    f"noun's ending ('{article} {' '.join(adjectives)} …')",
                    suggestion=_suggestion(ctx, article, adjectives, noun),
                )


def _phrase_start(ctx: CheckContext, tokens: tuple[Token, ...], k: int) -> int | None:
    """The index of the first adjective when the noun at `k` is definite and a preposition
    and adjectives in -e stand before it; None otherwise."""
    if not tokens[k - 1].surface.endswith("e") or not _definite_noun(ctx, tokens, k):
        return None
    first = k
    while first > 0 and _attributive(ctx, tokens[first - 1], initial=first == 1):
        first -= 1
    if first == k:
        return None
    if first > 0:
        if not _preposition(tokens[first - 1]):
            return None
        if (tokens[first - 1].surface.casefold(), tokens[first].surface.casefold()) in _IDIOMS:
            return None
    elif not capitalised(tokens[0]):
        return None  # a segment that starts inside a sentence ("f.eks. | gravide vaccinen")
    elif tokens[0].surface.casefold().endswith("ende"):
        # a fronted adverb before the subject: a word-order error ("Efterfølgende patienten
        # blev udskrevet"), not a noun phrase
        return None
    closed = tokens[k - 1].surface.casefold() + tokens[k].surface
    if any(not r.compound for r in lexicon(ctx, [closed]).get(closed, ())):
        return None  # a split word of the lexicon ("lille fingeren": lillefingeren)
    return first


def _preposition(token: Token) -> bool:
    """A preposition, read so by the tagger or as a verb's particle ("der ses ved", where
    `ved` still governs the noun phrase after it)."""
    if not token.surface.isalpha() or not any(r.pos == "pr" for r in token.readings):
        return False
    return chosen_is(token, "pr") or chosen_is(token, "adv")


def _attributive(ctx: CheckContext, token: Token, *, initial: bool = False) -> bool:
    """An adjective in -e that can only be an adjective in the positive: every reading (or
    every guessed reading of a word the analyser does not know) says so; capitalised only
    when `initial` (the segment's first word)."""
    word = token.surface.casefold()
    if not single_word(token) or (capitalised(token) and not initial) or not word.endswith("e"):
        return False
    if word in _QUANTIFIERS:
        return False
    readings = word_readings(ctx, token)
    if not readings or any(r.pos != "adj" or _degree(r) for r in readings):
        return False
    return not token.known or chosen_is(token, "adj")


def _degree(reading: Reading) -> bool:
    return any(reading.has(t) for t in _DEGREE_TAGS)


def _definite_noun(ctx: CheckContext, tokens: tuple[Token, ...], k: int) -> bool:
    """A lower-case noun at `k` whose every reading is a definite noun (not a genitive nor a
    quantity), with no noun, unknown word or hyphen right after it (a split compound)."""
    token = tokens[k]
    if not single_word(token) or capitalised(token) or token.surface.endswith("-"):
        return False
    readings = word_readings(ctx, token)
    if not readings or any(
        r.pos != "n" or not r.has("def") or r.has("gen") or r.lemma in _QUANTITY_NOUNS
        for r in readings
    ):
        return False
    if token.known and not chosen_is(token, "n"):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is None or not (
        following.surface in ("-", "/")
        or (is_word(following) and (not following.known or chosen_is(following, "n")))
    )


def _article(ctx: CheckContext, noun: Token) -> str:
    readings = word_readings(ctx, noun)
    if all(r.has("pl") for r in readings):
        return "de"
    genders = {g for r in readings for g in ("ut", "nt") if r.has(g)}
    return {frozenset({"nt"}): "det", frozenset({"ut"}): "den"}.get(frozenset(genders), "den/det")


def _suggestion(ctx: CheckContext, article: str, adjectives: list[str], noun: Token) -> str | None:
    """The phrase with the front article and the noun's indefinite form, when the article
    is certain and the analyser reads one candidate form as the noun's indefinite."""
    if "/" in article:
        return None
    indefinite = _indefinite(ctx, noun)
    if indefinite is None:
        return None
    return f"{article} {' '.join(adjectives)} {indefinite}"


def _indefinite(ctx: CheckContext, noun: Token) -> str | None:
    """The indefinite form of the definite noun: its surface without the suffix (-en, -et,
    -n, -t, -ne, -ene; a doubled consonant undone: "sygdommen" → "sygdom"), the one
    candidate the analyser reads as the same noun, in the same number, indefinite."""
    word = noun.surface
    candidates = [word[:-cut] for cut in (1, 2, 3) if len(word) > cut + 1]
    candidates += [c[:-1] for c in candidates if len(c) > 2 and c[-1] == c[-2]]
    readings = word_readings(ctx, noun)
    found = lexicon(ctx, candidates)
    right = [
        c
        for c in dict.fromkeys(candidates)
        if any(
            r.pos == "n"
            and r.has("ind")
            and any(r.lemma == d.lemma and r.has("pl") == d.has("pl") for d in readings)
            for r in found.get(c, ())
        )
    ]
    return right[0] if len(right) == 1 else None
