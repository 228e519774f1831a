from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.readings import chosen_is, only
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

_ARTICLES = frozenset({"en", "et"})
# Punctuation after which no noun of the phrase can follow.
_PHRASE_END = frozenset({".", "?", "!", ";", ")"})
# Chosen parts of speech of a word after a comma that may still continue the phrase
# ("en rød, kløende plet", "en kronisk, inflammatorisk hudlidelse").
_CONTINUING = frozenset({"adj", "n", "adv"})
# Learned adjectives in -isk the analyser's lexicon lacks ("antiinflammatorisk"): the few
# Danish nouns in -isk (fisk, disk, kiosk, obelisk) are short or in its lexicon.
_ISK_ADJECTIVE = re.compile(r"[a-zæøå]{4,}isk")
_SO = re.compile(r"\bså\b", re.IGNORECASE)


class AdjectiveAsNoun(Check):
    """An adjective stands as a noun, as in English ("en potent antiinflammatorisk.").

    English uses many adjectives as countable nouns ("an anti-inflammatory", "a sedative",
    "a diuretic"); Danish adjectives need a noun ("et betændelsesdæmpende middel", "et
    beroligende middel"), and machine translation drops it: "Gurkemeje er en potent
    antiinflammatorisk." "fordelene ved gurkemeje som antiinflammatorisk".

    Flags `en`/`et` followed by adjectives (words whose every reading in Apertium's Danish
    analysis is an adjective, or unknown lower-case words in -isk), or `som` after a noun
    followed by such an unknown -isk word, and then the end of the phrase: a full stop,
    question mark, semicolon, closing parenthesis, or a comma followed by a word that
    cannot continue the phrase.

    It deliberately does not flag: a predicative adjective after `som` that the analyser
    knows ("betragtes som sikker", "behandle en omdirigering som midlertidig"), comparisons
    with `så … som` ("så få bivirkninger som muligt"), coordinated adjectives before their
    noun ("et alvorligt eller livstruende stadie", "en rød, kløende plet"), words that may
    be nouns, determiners or numbers ("en anden", "en del", "en 3-årig"), a full stop
    glued to the next word ("en fejlagtig .inx-fil"), and phrases that go on with a noun.

    Anti-pattern: "Gurkemeje har vist sig at være en potent antiinflammatorisk."
    Best practice: "Gurkemeje har vist sig at være et potent betændelsesdæmpende middel."
    """

    code = "GRAM018"
    name = "grammar.adjective-as-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i, opener in enumerate(tokens):
                if not _opens_phrase(tokens, text, i):
                    continue
                end = _adjectives_without_noun(tokens, i + 1)
                if end is None:
                    continue
                adjective = tokens[end - 1]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    opener.start,
                    adjective.end,
                    f"'{adjective.surface}' is an adjective and has no noun here: Danish "
                    "does not use it as a noun as English does (add 'middel', 'stof' …)",
                )


def _opens_phrase(tokens: tuple[Token, ...], text: str, i: int) -> bool:
    """An indefinite article, or `som` after a noun outside a `så … som` comparison."""
    word = tokens[i].surface.casefold()
    if word in _ARTICLES:
        return True
    return (
        word == "som"
        and i > 0
        and chosen_is(tokens[i - 1], "n")
        and not _SO.search(text, 0, tokens[i].start)
        and i + 1 < len(tokens)
        and _unknown_isk(tokens[i + 1])  # "behandle en omdirigering som midlertidig"
    )


def _adjectives_without_noun(tokens: tuple[Token, ...], start: int) -> int | None:
    """The index after the adjectives from `start` when the phrase ends after them."""
    end = start
    while end < len(tokens) and (_adjective(tokens[end]) or _modifier(tokens[end])):
        end += 1
    if end == start or not _adjective(tokens[end - 1]):
        return None
    if end == len(tokens):
        return end
    if tokens[end].surface in _PHRASE_END:
        # not the dot of a name or a suffix glued to the next word ("en fejlagtig .inx-fil")
        glued = end + 1 < len(tokens) and tokens[end + 1].start == tokens[end].end
        return None if glued else end
    if tokens[end].surface == "," and end + 1 < len(tokens):
        following = tokens[end + 1]
        chosen = following.chosen
        if following.known and chosen is not None and chosen.pos not in _CONTINUING:
            return end
    return None


def _modifier(token: Token) -> bool:
    """Every reading an adjective or an adverb ("mildt", "meget", "let")."""
    return token.known and all(r.pos in ("adj", "adv") for r in token.readings)


def _adjective(token: Token) -> bool:
    return only(token, "adj") or _unknown_isk(token)


def _unknown_isk(token: Token) -> bool:
    return not token.known and _ISK_ADJECTIVE.fullmatch(token.surface) is not None
