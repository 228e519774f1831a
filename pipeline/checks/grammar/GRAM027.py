from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.agreement import (
    adjective_like,
    genders,
    head_noun,
    singular_indefinite,
    weak_only,
)
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.guesses import word_readings
from pipeline.checks.grammar.readings import chosen_is
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

_INDEFINITE = {"en": "ut", "et": "nt"}


class WeakParticipleAfterIndefiniteArticle(Check):
    """A participle or learned adjective after en/et has the definite or plural form.

    "En udeblevne menstruation": after the indefinite article an adjective or participle
    takes the strong singular form ("en udebleven menstruation", "et antiinflammatorisk
    middel", "en anbefalet dosis"). The forms in -e belong after a definite determiner or
    before a plural, and machine translation leaves them after `en`/`et` when the English
    had one form. GRAM020 judges the plain adjectives the analyser knows; this check
    judges participles and the learned adjectives the analyser does not know (by their
    endings -iske, -lige, -ige: `grammar.guesses`).

    Flags `en`/`et`, read by the tagger as the article (or `en` after a preposition or a
    verb, where the tagger may take "en anbefalede" for "one recommended"), before
    adjectives and a singular indefinite noun of the article's gender (known to the
    analyser, or a compound whose head it knows), when one of the adjectives is a
    participle or an unknown learned adjective whose every adjective reading is definite
    or plural (a past-tense verb reading may stand beside them: `anbefalede`).

    It deliberately does not flag: forms with an indefinite singular reading too (`lille`,
    `moderne`), comparatives, superlatives and ordinals (`en bedre`, `en første`), what
    GRAM020 flags (plain adjectives), an article of the other gender than the noun (GRAM003),
    a noun that may be plural or followed by another noun or an unknown word (a split
    compound), capitalised nouns (names), and a -t form before another adjective (an
    adverb: "et tilstrækkeligt anbefalede").

    Anti-pattern: "Symptomerne kommer 2-4 uger efter en udeblevne menstruation."
    Best practice: "Symptomerne kommer 2-4 uger efter en udebleven menstruation."
    """

    code = "GRAM027"
    name = "grammar.weak-participle-after-indefinite-article"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for i, article in enumerate(tokens):
                found = _mismatch(ctx, tokens, i)
                if found is None:
                    continue
                weak, noun = found
                yield self.finding(
                    ctx,
                    analysed.segment,
                    article.start,
                    tokens[noun].end,
                    f"'{tokens[weak].surface}' is the definite or plural form: after "
                    f"'{article.surface}' it takes the indefinite singular form "
                    f"({_strong_hint(tokens[weak])})",
                )


def _mismatch(ctx: CheckContext, tokens: tuple[Token, ...], i: int) -> tuple[int, int] | None:
    """(index of the weak form, index of the noun) of the phrase the article at `i` opens."""
    article = tokens[i]
    gender = _INDEFINITE.get(article.surface.casefold())
    if gender is None or not _article(tokens, i):
        return None
    end = i + 1
    while end < len(tokens) and adjective_like(ctx, tokens[end], past_tense=True):
        end += 1
    if end == i + 1:
        return None
    noun = head_noun(ctx, tokens, end)
    if not singular_indefinite(noun) or genders(noun) != {gender}:
        return None
    for j in range(i + 1, end):
        token = tokens[j]
        if j + 1 < end and token.surface.casefold().endswith("t"):
            continue  # an adverb before the next adjective ("et tilstrækkeligt …")
        readings = word_readings(ctx, token)
        participle_or_guess = not token.known or any(r.has("pp") for r in readings)
        if participle_or_guess and weak_only(readings):
            return j, end
    return None


def _article(tokens: tuple[Token, ...], i: int) -> bool:
    """The tagger reads `en`/`et` at `i` as the article, or `en` has an article reading and
    stands after a preposition or a verb, where the pronoun `en` ("one") would need a verb
    of its own: the tagger takes "en anbefalede dosis" for "one recommended a dose"."""
    token = tokens[i]
    if chosen_is(token, "det"):
        return True
    before = tokens[i - 1].chosen if i > 0 else None
    return (
        any(r.pos == "det" for r in token.readings)
        and before is not None
        and (before.pos == "pr" or before.pos.startswith("vb"))
    )


def _strong_hint(token: Token) -> str:
    """What the strong form looks like for the word's ending."""
    word = token.surface.casefold()
    if word.endswith(("iske", "ige")):
        return f"'{token.surface[:-1]}'"
    if word.endswith("ne"):
        return "the participle in -en, as 'udebleven', 'forsvunden'"
    return "the participle in -et or -t, as 'anbefalet', 'købt'"
