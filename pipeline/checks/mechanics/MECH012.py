from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked, word_list
from pipeline.core.models import Finding, Severity

# Countries, continents and the largest cities, in their Danish spelling: a closed class, and
# a lower-case form of one is never another Danish word ("norden", the north, is left out).
PLACES = frozenset(
    word_list(
        """
        danmark tyskland sverige norge finland grønland færøerne england skotland irland
        storbritannien frankrig spanien portugal italien grækenland holland nederlandene
        belgien schweiz østrig polen rusland ukraine tyrkiet ungarn rumænien tjekkiet kina
        japan indien pakistan thailand vietnam sydkorea nordkorea australien canada mexico
        brasilien argentina egypten marokko nigeria kenya sydafrika israel iran irak syrien
        afghanistan europa afrika asien amerika nordamerika sydamerika oceanien skandinavien
        københavn aarhus odense aalborg esbjerg london paris berlin stockholm oslo
        """
    )
)
# A word not part of an address, a file name, a hashtag or a compound with a hyphen.
_WORD = re.compile(r"(?<![\w@/#.-])[^\W\d_]+(?![\w@/-]|\.\w)")


class LowerCasePlaceName(Check):
    """A country, continent or city is written in lower case ("i tyskland", "fra europa").

    Flags the Danish name of a country, a continent or a large city written with a small
    letter: machine translation and careless editing lose the capital, and Danish hunspell
    accepts some of them as compounds of common words ("tyskland" = tysk + land, "danmark" =
    dan + mark), so the spelling check does not see them. The suggestion is the name with its
    capital; the fix is automatic.

    It deliberately does not flag addresses and file names ("www.sundhed.dk/danmark",
    "#danmark"), hyphenated compounds, words that are also common nouns in lower case
    ("norden", the north), nationality adjectives ("tysk", "europæisk", written in
    lower case in Danish), or other languages' texts.

    Anti-pattern: "Gurkemeje kaldes kurkuma i tyskland og turmeric i england."
    Best practice: "Gurkemeje kaldes kurkuma i Tyskland og turmeric i England."
    """

    code = "MECH012"
    name = "mechanics.lower-case-place-name"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            for match in _WORD.finditer(masked(segment.text)):
                word = match.group()
                if word not in PLACES:
                    continue
                name = word[0].upper() + word[1:]
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"'{word}' is a place name; Danish writes it with a capital: '{name}'",
                    suggestion=name,
                )
