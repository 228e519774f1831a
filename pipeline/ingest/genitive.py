"""Whether a genitive owns something: the checks' term fixes and glossary-enforced
translation both inflect a matched term like the source form, and both must not take a
plural in -s for a genitive.

A Danish genitive stands right before what it owns ("barnets handicaps betydning"). The
glossary's paradigms and Apertium's analyser know some plurals in -s only as genitives
("handicaps", "stents", whose plurals the dictionary also spells without -s); a match followed
by punctuation, the end, or a word that is only a verb, preposition or conjunction ("med
handicaps har", "handicaps på") owns nothing, so it is that plural: a genitive replacement
there ("funktionsnedsættelses", nb "funksjonsnedsettelses") would say something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.ingest.morphology import Reading

# what a genitive's noun phrase may open with: a noun or name, an adjective, a numeral, a
# determiner or pronoun ("egen"), a participle as adjective; an adverb only before an adjective
_OWNED = frozenset({"n", "np", "adj", "num", "det", "prn", "vblex"})
_DESCRIBING = frozenset({"adj", "vblex"})
_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")


def owner_follows(readings: Callable[[str], Sequence[Reading]], sentence: str, end: int) -> bool:
    """A word that can open the possessed noun phrase follows a genitive at `end` of
    `sentence`; `readings` gives a word's analyses (none for an unknown word).

    A participle (vblex <pp>) can be an adjective ("barnets nedsatte hørelse"), so a verb
    reading does not rule a word out; an unknown word does not either. An adverb opens the
    phrase only before an adjective ("barnets meget store problemer"): the analyser gives
    most prepositions and "og" an adverb reading too ("handicaps på skolen", "handicaps og
    sygdomme").
    """
    return _opens(readings, sentence, end, _OWNED, adverb=True)


def _opens(
    readings: Callable[[str], Sequence[Reading]],
    sentence: str,
    end: int,
    kinds: frozenset[str],
    *,
    adverb: bool,
) -> bool:
    word = _WORD.match(sentence, end)
    if word is None:
        return False
    found = readings(word.group(1))
    if not found:
        return True
    if any(r.tags and r.tags[0] in kinds and not _finite(r) for r in found):
        return True
    return (
        adverb
        and any(r.tags[:1] == ("adv",) for r in found)
        and _opens(readings, sentence, word.end(), _DESCRIBING, adverb=False)
    )


def _finite(reading: Reading) -> bool:
    """A finite verb form (present, past, imperative): never the start of a noun phrase."""
    return reading.tags[0] == "vblex" and any(t in reading.tags for t in ("pres", "past", "imp"))
