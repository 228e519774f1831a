from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.artifacts.calques import DATA as CALQUES
from pipeline.checks.artifacts.calques import calque_matcher
from pipeline.checks.artifacts.MT006 import DATA as FALSE_FRIENDS
from pipeline.checks.artifacts.valency import Misgoverned, government_matcher
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token


class EnglishPreposition(Check):
    """A word with the English preposition where Danish governs another ("afhænge på").

    Machine translation keeps the preposition of the English source: "depend on" becomes
    "afhænger på" (af), "risk of" "risikoen af" (for), "allergic to" "allergisk til" (over
    for), "characterised by" "karakteriseret af" (ved), "prevent … from" "forhindre … fra at"
    (i at), "a vaccine for" an illness "en vaccine for" (mod), "in the pharmacy" "i apoteket"
    (på). The list (pipeline/checks/data/valency.yml) names words and the preposition they
    govern, not phrases: a word matches in every inflected form by its lemma in Apertium's
    Danish analysis, with adverbs ("lider ofte") and a reflexive pronoun between, so it
    judges sentences it was never written from. The suggestion swaps the preposition.

    It deliberately does not flag a preposition that belongs to another construction: the
    right one later in the clause ("afhænger på mange måder af"), "fra … til" ranges and ages
    ("døde fra 2010 til 2015", "beskytter børn fra 2 år"), "for at" + infinitive and "for"
    + a degree word ("vente for længe"), "af" + a quality ("symptomer af varierende grad"),
    "i" after "ind"/"inde", a remedy "for" anything but an illness ("medicin for børn"),
    a place noun that begins an organisation's name of several capitalised words ("i Sygehus
    Sønderjylland", an organisation as "i Region Syddanmark") or is the hanging first part of
    a coordinated compound, whose head takes the preposition ("i sygehus- og kommunalt regi":
    i … regi), and phrases the calque and false-friend lists already report. Danish
    documents only.

    Anti-pattern: "Behandlingen afhænger på, hvor svære symptomerne er."
    Best practice: "Behandlingen afhænger af, hvor svære symptomerne er."
    """

    code = "MT007"
    name = "artifacts.english-preposition"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        matcher = government_matcher()
        speller = ctx.speller("da")
        # the calque and false-friend lists' phrases, which MT005 and MT006 report
        listed = [calque_matcher(speller, name) for name in (CALQUES, FALSE_FRIENDS) if speller]
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            matches = matcher.find(tokens)
            if not matches:
                continue
            reported = [(m.start, m.end) for lst in listed for m in lst.find(text)]
            for match in matches:
                if match.government.before and not _common_place(tokens, match):
                    continue
                first, last = sorted((match.head, match.preposition))
                start, end = tokens[first].start, tokens[last].end
                if any(s < end and start < e for s, e in reported):
                    continue  # MT005 or MT006 reports the phrase already
                government = match.government
                preposition = tokens[match.preposition]
                right = government.right[0]
                found = text[start:end]
                suggestion = (
                    text[start : preposition.start]
                    + _cased(right, preposition.surface)
                    + text[preposition.end : end]
                )
                alternatives = " or ".join(f"'{r}'" for r in government.right)
                yield self.finding(
                    ctx,
                    analysed.segment,
                    start,
                    end,
                    f"'{found}': Danish says {alternatives} here, not "
                    f"'{preposition.surface}' ({government.reason})",
                    suggestion=suggestion,
                )


def _common_place(tokens: tuple[Token, ...], match: Misgoverned) -> bool:
    """The matched place noun stands for the place itself: not the first of a name's
    capitalised words after a lower-case preposition ("i Sygehus Sønderjylland"; a heading
    in title case, "I Apoteket Kan Du …", is no name), nor the first part of a compound left
    hanging before "og"/"eller" ("sygehus- og kommunalt regi")."""
    noun = tokens[match.head]
    if noun.surface.endswith("-"):
        return False
    following = tokens[match.head + 1].surface if match.head + 1 < len(tokens) else ""
    named = noun.surface[:1].isupper() and following[:1].isupper()
    return not (named and tokens[match.preposition].surface.islower())


def _cased(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[:1].isupper() else word
