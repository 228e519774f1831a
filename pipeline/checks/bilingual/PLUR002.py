from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.checks.bilingual.PLUR001 import PluralRule, context_plural_entries, plural_rule
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.numbers import NUMBER_WORDS, ZERO_WORDS
from pipeline.text.placeholders import text_placeholders

_WORD = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"(?<![\w.,])\d+(?![\w.,]\d)")
SAMPLE = range(1000)


@functools.lru_cache(maxsize=256)
def _served(rule: PluralRule) -> dict[int, int]:
    """Each form the rule uses for exactly one n (0–999), with that n: once per rule (a
    catalog folder has a few rules for a thousand plural entries; the dict is only read)."""
    try:
        choose = gettext.c2py(rule[1])
        used = [choose(n) for n in SAMPLE]
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError):
        return {}
    return {form: used.index(form) for form in set(used) if used.count(form) == 1}


def stated_quantities(text: str, lang: str) -> list[tuple[str, int]]:
    """The quantities a text states in words or digits: ("ingen", 0), ("to", 2), ("3", 3)."""
    lang = base_language(lang)
    zero = ZERO_WORDS.get(lang, frozenset())
    table = NUMBER_WORDS.get(lang, {})
    found = []
    for word in _WORD.findall(text):
        key = word.casefold()
        if key in zero:
            found.append((word, 0))
        elif key in table:
            found.append((word, table[key]))
    found += [(m.group(), int(m.group())) for m in _DIGITS.finditer(text) if len(m.group()) < 7]
    return found


class PluralFormQuantity(BilingualCheck):
    """A plural form that leaves out the count states another quantity than it serves.

    A language's plural rule uses some forms for exactly one number: Danish msgstr[0] for
    n = 1 only, Arabic msgstr[0] for n = 0. Such a form may write its number as a word and
    leave the count's placeholder out ("%d file" → "én fil", ar "لا نتائج" for n = 0); it must
    not then state another quantity: "ingen fejl" (no errors) for n = 1, or "to filer" for
    n = 1. Quantities are zero words ("ingen", "intet", "nul", "no", "none", "kein"), the
    number words 0–12 and numbers in digits, each compared with the n the form serves.

    It deliberately does not judge forms that keep a placeholder (PH001 compares those),
    forms used for many numbers (PH001 flags a missing count there), quantities the source
    forms state themselves, or the articles "en"/"et"/"ein", which are the number 1.

    Anti-pattern: "%d error" → msgstr[0] "ingen fejl" (served for n = 1)
    Best practice: "%d error" → msgstr[0] "%d fejl" (or "én fejl")
    """

    code = "PLUR002"
    name = "bilingual.plural-form-quantity"
    severity = Severity.ERROR

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        for forms in context_plural_entries(ctx).values():
            first = forms[min(forms)]
            rule, _why = plural_rule(first)
            if rule is None or len(forms) != rule[0]:
                continue  # a wrong number of forms is PLUR001's; which n each serves is unknown
            served = _served(rule)
            sources = " ".join(forms[i].source for i in sorted(forms)[:2])
            in_source = {v for _, v in stated_quantities(sources, first.source_lang)}
            for form, n in served.items():
                unit = forms.get(form)
                target = ctx.target(unit) if unit is not None else None
                if unit is None or target is None or text_placeholders(target):
                    continue
                for word, value in stated_quantities(target, unit.target_lang):
                    if value != n and value not in in_source:
                        yield self.finding(
                            unit,
                            f"plural form [{form}] serves n = {n} only, but its target says "
                            f"'{word}' ({value})",
                            match=word,
                        )
                        break

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        return iter(())  # a property of a plural entry's forms: see run()
