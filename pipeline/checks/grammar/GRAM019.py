from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import AnalysedSegment, analysed_segments
from pipeline.checks.grammar.readings import capitalised, chosen_is, is_word, only, verb_reading
from pipeline.core.models import Finding, Paragraph, Severity
from pipeline.ingest.morphology import Token

# The verbs whose infinitive the list items continue ("Lægen kan muligvis: • tage …").
_MODALS = frozenset({"kunne", "skulle", "ville", "burde", "måtte"})


class ImperativeAfterModalList(Check):
    """A list after a modal verb has items that start with an imperative ("kan: • tag …").

    A list whose lead-in ends with a modal verb and a colon continues the lead-in's
    sentence: each item starts with the infinitive the modal governs ("Din læge kan
    muligvis: • tage en prøve af slimen • bestille en røntgenundersøgelse"). English has
    one form for both ("Your doctor may: • take a sample"), and machine translation,
    translating each item on its own, writes the imperative: "• tag en prøve", "• bestil
    en røntgen".

    Flags the first word of each list item after a paragraph that ends in a modal verb
    (kan, skal, vil, bør, må, their past forms; adverbs may follow it: "kan muligvis:")
    or the infinitive marker `at` ("Det er vigtigt at:") and a colon, when the tagger
    reads that word as an imperative and no reading of it is an infinitive.

    It deliberately does not flag: verbs whose imperative is also the infinitive ("gå",
    "undgå", "se"), words the tagger reads as nouns ("drik rigeligt vand" may be a list
    of drinks), lists after other lead-ins ("Sådan gør du:"), and items of prose that
    are not list items.

    Anti-pattern: "Din læge kan muligvis: • tag en blodprøve • bestil en røntgen"
    Best practice: "Din læge kan muligvis: • tage en blodprøve • bestille en røntgen"
    """

    code = "GRAM019"
    name = "grammar.imperative-after-modal-list"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        by_id = {a.segment.id: a for a in analysed_segments(ctx)}
        if not by_id:
            return
        for section in ctx.document.sections:
            lead_in: str | None = None
            for paragraph in section.paragraphs:
                if paragraph.list_item and lead_in is not None:
                    item = _first(by_id, paragraph)
                    if item is not None and _imperative(item.tokens[0]):
                        verb = item.tokens[0]
                        yield self.finding(
                            ctx,
                            item.segment,
                            verb.start,
                            verb.end,
                            f"the list continues '{lead_in}', so its items start "
                            f"with the infinitive, not the imperative '{verb.surface}'",
                        )
                    continue
                lead_in = _modal_lead_in(by_id, paragraph)


def _first(by_id: dict[str, AnalysedSegment], paragraph: Paragraph) -> AnalysedSegment | None:
    if not paragraph.sentences:
        return None
    analysed = by_id.get(paragraph.sentences[0].id)
    return analysed if analysed is not None and analysed.tokens else None


def _modal_lead_in(by_id: dict[str, AnalysedSegment], paragraph: Paragraph) -> str | None:
    """The end of the paragraph from its modal verb or `at` to the colon, or None."""
    if not paragraph.sentences:
        return None
    analysed = by_id.get(paragraph.sentences[-1].id)
    if analysed is None or not analysed.segment.text.rstrip().endswith(":"):
        return None
    tokens = analysed.tokens
    j = len(tokens) - 1
    if j < 1 or tokens[j].surface != ":":
        return None
    j = _skip_adverbs(tokens, j - 1)
    if j > 0 and _subject_word(tokens[j]):
        # inverted: "kan din læge muligvis:", "bør du:"
        j -= 1
        while j > 0 and _subject_word(tokens[j]) and not chosen_is(tokens[j], "prn"):
            j -= 1
        j = _skip_adverbs(tokens, j)
    last = tokens[j]
    chosen = last.chosen
    if chosen is None:
        return None
    modal = chosen.pos in ("vbmod", "vaux") and chosen.lemma in _MODALS
    if last.surface.casefold() == "at" or (modal and (chosen.has("pres") or chosen.has("past"))):
        return analysed.segment.text[last.start :].strip()
    return None


def _skip_adverbs(tokens: tuple[Token, ...], j: int) -> int:
    while j > 0 and only(tokens[j], "adv"):
        j -= 1
    return j


def _subject_word(token: Token) -> bool:
    """A word of an inverted subject: a pronoun, a noun, or a determiner or adjective."""
    chosen = token.chosen
    return chosen is not None and chosen.pos in ("prn", "n", "det", "adj", "np")


def _imperative(token: Token) -> bool:
    """Read as an imperative by the tagger, with no infinitive reading."""
    chosen = token.chosen
    if chosen is None or not verb_reading(chosen) or not chosen.has("imp"):
        return False
    if not is_word(token) or any(r.has("inf") for r in token.readings):
        return False
    return not (capitalised(token) and token.surface.isupper())
