from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit

# Target/source length ratio bands. Danish, Norwegian and Swedish are close relatives:
# Apertium's da→nb/nn/sv output of the seed article stays within 0.83–1.08 per sentence, so
# 0.7–1.4 leaves room for a human's rewording. Other pairs differ more (German runs about a
# third longer than Danish, English a little shorter): 0.5–2.0.
CLOSE = frozenset({"da", "nb", "nn", "no", "sv"})
CLOSE_BAND = (0.7, 1.4)
BAND = (0.5, 2.0)
# Lengths below this count as this: "ALS" → "ALS-sygdommen" is not a ratio of four.
SHORT = 20
# Lengths are in Latin letters' worth: a Han character counts 3, other wide characters (kana,
# Hangul, full-width forms) 2. On Django's and Sphinx's catalogs (sources of 40 characters or
# more) the median target/source ratio in plain characters is 0.44 for zh, 0.62 for ja and
# 0.61 for ko; weighted it is 0.92, 1.10 and 0.94. LEN001's findings on all their zh, ja and
# ko catalogs went from 685 to 9.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WIDE = re.compile(
    r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]"
)
_ANY_WIDE = re.compile(r"[\u1100-\uffe6]")
# Catalogs translators write by hand: they expand abbreviations and reword labels, and on 146
# real catalogs (Debian packages' and wheels') LEN001's findings there were length alone, not
# lost content (10 of 10 read). Lost content in those is found by NUM001, PH001 and ACR001.
HUMAN_CATALOGS = (".po", ".pot")


def length(text: str) -> int:
    """`text`'s length in Latin letters' worth (see _HAN)."""
    if _ANY_WIDE.search(text) is None:
        return len(text)  # nearly every European text
    return len(text) + len(_WIDE.findall(text)) + len(_HAN.findall(text))


@functools.lru_cache(maxsize=1024)
def band(source_lang: str, target_lang: str) -> tuple[float, float]:
    """The accepted target/source length ratios for a language pair."""
    pair = {base_language(source_lang), base_language(target_lang)}
    return CLOSE_BAND if pair <= CLOSE else BAND


class LengthRatio(TranslatedUnitCheck):
    """The target is much shorter or longer than the source: content lost or added.

    Compares lengths in characters (whitespace at the ends and engine marks left out) with a
    band per language pair: 0.7–1.4 between Danish, Norwegian and Swedish, 0.5–2.0 for any
    other pair. A segment shorter than 20 characters counts as 20 long, so short headings and
    labels get a wide margin. Chinese, Japanese and Korean say in one character what takes
    two or three Latin letters: a Han character counts as 3, kana, Hangul and full-width
    forms as 2.

    It deliberately does not flag empty targets (UNTR001), and it says nothing about which
    part is missing: NUM001, TERM005 and a reviewer do. Nor does it judge PO catalogs, which
    translators write by hand ("Escape the filenames" → da "Spring mellemrum/specialtegn
    over i filnavne" is right at 2.2 times the length): it judges machine output, XLIFF and
    TMX.

    Anti-pattern: da "Til sidst holder musklerne, der er ansvarlige for vejrtrækning, op med
    at arbejde, og patienten kan ikke trække vejret uden hjælp." → nb "Til sist."
    Best practice: the whole sentence translated.
    """

    code = "LEN001"
    name = "bilingual.length-ratio"
    severity = Severity.WARNING

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        if not unit.source.strip() or unit.path.lower().endswith(HUMAN_CATALOGS):
            return
        ratio = max(length(target.strip()), SHORT) / max(length(unit.source.strip()), SHORT)
        low, high = band(unit.source_lang, unit.target_lang)
        if low <= ratio <= high:
            return
        which = "shorter" if ratio < low else "longer"
        yield self.finding(
            unit,
            f"target is {ratio:.2f} times the source's length, {which} than expected "
            f"for {unit.source_lang}→{unit.target_lang} ({low}–{high})",
        )
