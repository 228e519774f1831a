from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# "høj"/"lav" in every form; "lave" only after a determiner ("de lave …"), as it is also the verb
_HIGH = frozenset({"høj", "højt", "høje"})
_LOW = frozenset({"lav", "lavt"})
_DETERMINERS = frozenset({"en", "et", "de", "den", "det", "disse", "dine", "din", "dit"})
# what English "high-X" / "low-X" is said of: a nutrient or substance of food …
NUTRIENTS = (
    "salt", "sukker", "fedt", "kostfiber", "fiber", "protein", "kalium", "natrium",
    "kulhydrat", "kalorie", "kolesterol", "jern", "calcium", "kalk", "gluten", "laktose",
)  # fmt: skip
# … in food: the head of the compound the adjective stands before
FOODS = frozenset(
    {
        "kost", "diæt", "mad", "måltid", "fødevare", "madvare", "produkt", "drik",
        "drikkevare", "snack", "mælk", "yoghurt", "brød", "morgenmad",
    }
)  # fmt: skip


class EnglishCompoundPremodifier(Check):
    """English "high-salt diet" with høj/lav before a compound ("høj saltdiæt", "lavt fedtmælk").

    English puts an adjective on the first part of a compound modifier ("a high-salt diet",
    "low-fat milk", "high-fibre foods"); word by word, Danish gets "en høj saltdiæt", "lav
    fedtmælk", "høje fiberfødevarer", where høj and lav now describe the diet, the milk, the
    food. Danish says "saltrig kost", "fedtfattig mælk", "fiberrige fødevarer" or "kost med
    meget (lidt) salt". Flags høj or lav (any form; "lave" only after a determiner, as it is
    also the verb) directly before a noun that Apertium's Danish analysis reads as a compound
    of a nutrient (salt, sukker, fedt, fiber, protein, kalium, natrium, kulhydrat …) and a
    food (kost, diæt, mad, måltid, fødevare, drik, mælk …). The suggestion is "<food> med
    meget (lidt) <nutrient>"; the fix is never automatic.

    It deliberately does not flag høj or lav before the compound's own measure ("et lavt
    fedtindhold", "højt saltindtag", "lav fedtprocent"), which is Danish, nor the Danish
    forms ("saltrig kost", "fedtfattig mælk").

    Anti-pattern: "En høj saltdiæt øger blodtrykket."
    Best practice: "En saltrig kost øger blodtrykket."
    """

    code = "MT015"
    name = "artifacts.english-compound-premodifier"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i in range(len(tokens) - 1):
                degree = _degree(tokens, i)
                parts = _nutrient_food(tokens[i + 1]) if degree else None
                if degree is None or parts is None:
                    continue
                nutrient, food = parts
                start, end = tokens[i].start, tokens[i + 1].end
                suggestion = f"{food} med {degree} {nutrient}"
                yield self.finding(
                    ctx,
                    analysed.segment,
                    start,
                    end,
                    f"'{text[start:end]}': English puts 'high'/'low' on the {nutrient} "
                    f"('high-/low-{nutrient}'); in Danish it describes the {food}. Say "
                    f"'{suggestion}'",
                    suggestion=suggestion,
                )


def _degree(tokens: tuple[Token, ...], i: int) -> str | None:
    """ "meget" for a form of høj at `i`, "lidt" for a form of lav, else None."""
    word = tokens[i].surface.casefold()
    if word in _HIGH:
        return "meget"
    if word in _LOW or (
        word == "lave" and i > 0 and tokens[i - 1].surface.casefold() in _DETERMINERS
    ):
        return "lidt"
    return None


def _nutrient_food(token: Token) -> tuple[str, str] | None:
    """The nutrient and food of a compound noun like "saltdiæt", "fiberfødevarer", else None."""
    for reading in token.readings:
        if reading.pos != "n" or reading.has("gen") or reading.lemma.casefold() not in FOODS:
            continue
        # the first part as the analysis reads it, or what the word has before its head
        first = token.surface.casefold()[: -len(reading.lemma)] if reading.compound else ""
        if reading.parts:
            first = reading.parts[0].lemma.casefold()
        for nutrient in NUTRIENTS:
            # the nutrient, or it with a linking letter ("kaloriediæt", "proteinskost")
            if first.startswith(nutrient) and len(first) - len(nutrient) <= 1:
                return nutrient, reading.lemma.casefold()
    return None
