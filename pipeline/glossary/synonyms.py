"""Synonym context: where a sentence names one concept's term *as a synonym* of another.

"Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom" introduces the admitted eponym on
purpose; replacing it by the preferred term (in a translation or a fix) makes the sentence
define the term as itself. This module finds such pairs of term mentions, so that translation
enforcement, the TERM checks and the fixes leave a named synonym alone, and so that a text
that does define a term as itself ("X kaldes også X", "X (X)") can be reported (TERM007).

A pair is two mentions of the same concept with nothing between them but a synonym marker:
a verb of naming ("kaldes også", "også kendt som", "tidligere kaldet", "det vil sige", "eller"),
an opening parenthesis, or both ("X (tidligere kaldet Y)"), with commas or dashes around. The
markers are per language (da, nb, nn, sv, en). Only adjacency counts: "smerter i armen eller
smerter i benet" has words between the two mentions besides the marker, so it is no pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from pipeline.glossary.model import TermEntry


class Mention(Protocol):
    """A term occurrence (TermMatch, TermHit): its glossary entry and its span."""

    @property
    def entry(self) -> TermEntry: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...


# Naming verbs, optionally led by a relative pronoun ("der også kaldes"); longest first is
# not needed: the whole gap must match.
_NAMING: dict[str, tuple[str, ...]] = {
    "da": (
        r"(?:der|som)?\s*(?:også|ofte|tidligere|i daglig tale|populært)?\s*"
        r"(?:kaldes|kaldet|benævnes|benævnt|betegnes|betegnet|omtales som|omtalt som|"
        r"kendes som|kendt som|går under navnet|hedder|hed)\s*(?:også)?",
        r"(?:også|tidligere|ofte|bedre|populært)\s+(?:kaldet|kendt som|benævnt|omtalt som)",
        r"eller|el\.|dvs\.?|d\.v\.s\.?|det vil sige|altså|også|tidligere|latin|på latin|"
        r"fagsprog|på fagsprog|på engelsk|engelsk|forkortet|forkortes",
    ),
    "nb": (
        r"(?:som)?\s*(?:også|ofte|tidligere|i dagligtale|populært)?\s*"
        r"(?:kalles|kalt|benevnes|benevnt|betegnes|betegnet|omtales som|omtalt som|"
        r"kjent som|går under navnet|heter|het)\s*(?:også)?",
        r"(?:også|tidligere|ofte|bedre|populært)\s+(?:kalt|kjent som|benevnt|omtalt som)",
        r"eller|el\.|dvs\.?|d\.v\.s\.?|det vil si|altså|også|tidligere|latin|på latin|"
        r"på engelsk|engelsk|forkortet|forkortes",
    ),
    "nn": (
        r"(?:som)?\s*(?:også|òg|ofte|tidlegare)?\s*"
        r"(?:kallast|blir kalla|vert kalla|kalla|kjend som|kjent som|heiter|heitte)"
        r"\s*(?:også|òg)?",
        r"(?:også|òg|tidlegare|ofte)\s+(?:kalla|kjend som|kjent som)",
        r"eller|dvs\.?|det vil seie|altså|også|òg|tidlegare|latin|på latin|engelsk|forkorta",
    ),
    "sv": (
        r"(?:som)?\s*(?:också|även|ofta|tidigare|i dagligt tal)?\s*"
        r"(?:kallas|kallad|kallat|benämns|benämnd|betecknas|känd som|känt som|heter|hette)"
        r"\s*(?:också|även)?",
        r"(?:även|också|tidigare|ofta|mer)\s+(?:kallad|kallat|kallade|känd som|känt som)",
        r"eller|dvs\.?|d\.v\.s\.?|det vill säga|alltså|även|också|tidigare|latin|på latin|"
        r"engelska|förkortat|förkortas|s\.k\.|så kallad",
    ),
    "en": (
        r"(?:which|that|who)?\s*(?:is|are)?\s*(?:also|often|formerly)?\s*"
        r"(?:called|known as|named|termed|referred to as)",
        r"(?:also|formerly|often|better)\s+(?:called|known as|named)",
        r"or|i\.e\.|that is|aka|a\.k\.a\.|also|formerly|latin|abbreviated",
    ),
}
_EDGE = r"[\s,;:–—-]*"


@dataclass(frozen=True)
class SynonymPair:
    """Two mentions the text joins as synonyms, in text order; `gap` is what stands between."""

    first: int  # index into the mentions given
    second: int
    gap: str
    parenthesis: bool


def _gap_pattern(lang: str) -> re.Pattern[str]:
    base = lang.split("-")[0].casefold()
    naming = _NAMING.get("nb" if base == "no" else base, _NAMING["da"])
    marker = "(?:" + "|".join(naming) + ")"
    # X kaldes også Y | X, også kaldet Y, | X (Y) | X (tidligere kaldet Y) | X – eller Y
    return re.compile(
        rf"{_EDGE}(?:(?P<paren>\(){_EDGE}(?:{marker}{_EDGE})?|{marker}{_EDGE})",
        re.IGNORECASE,
    )


_GAPS: dict[str, re.Pattern[str]] = {}


def synonym_pairs(text: str, mentions: Sequence[Mention], lang: str) -> list[SynonymPair]:
    """Pairs of mentions of one concept that `text` joins as synonyms. Mentions must be in
    text order and not overlap."""
    if lang not in _GAPS:
        _GAPS[lang] = _gap_pattern(lang)
    gap_pattern = _GAPS[lang]
    pairs = []
    for i in range(len(mentions) - 1):
        j = i + 1
        if mentions[i].entry.concept_id != mentions[j].entry.concept_id:
            continue
        gap = text[mentions[i].end : mentions[j].start]
        match = gap_pattern.fullmatch(gap)
        if match is None or not gap.strip():
            continue
        parenthesis = match.group("paren") is not None
        if parenthesis and not _closes_after(text, mentions[j].end):
            continue  # "X (Y og …)": Y is not the whole parenthesis
        pairs.append(SynonymPair(i, j, gap, parenthesis))
    return pairs


def _closes_after(text: str, position: int) -> bool:
    """A parenthesis closes right after the mention (or the mention ends the text)."""
    rest = text[position:].lstrip()
    return not rest or rest[0] == ")"


def named_as_synonyms(text: str, mentions: Sequence[Mention], lang: str) -> set[int]:
    """Indexes of the mentions that stand in a synonym pair (both sides of each pair)."""
    found: set[int] = set()
    for pair in synonym_pairs(text, mentions, lang):
        found |= {pair.first, pair.second}
    return found


def self_definitions(text: str, mentions: Sequence[Mention], lang: str) -> list[SynonymPair]:
    """Synonym pairs whose two sides are one and the same term, in any inflection: "X kaldes
    også X", "X (X)". Different terms of the concept ("ALS (amyotrofisk lateral sklerose)")
    are a definition, not this."""
    return [
        pair
        for pair in synonym_pairs(text, mentions, lang)
        if mentions[pair.first].entry.term.casefold() == mentions[pair.second].entry.term.casefold()
    ]
