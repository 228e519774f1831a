from __future__ import annotations

import difflib
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.bilingual.DNT001 import name_matches, occurs, target_name
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.tokens import ADDRESS_HINT, Token, text_tokens

SIMILAR = 0.6  # difflib ratio above which a target address is the source's, changed


class ChangedUrl(TranslatedUnitCheck):
    """A URL, e-mail address or domain name of the source is changed or missing in the target.

    Addresses must be copied exactly, case included: Apertium writes "MayoClinic.com" as
    "Mayoclinic.com". A changed address (the same one in another case, or the most similar
    address of the same kind in the target) is reported at the target's text with the
    source's as a safe replacement; an address with no counterpart is reported missing.
    When the glossary has the address as a do-not-translate name, its spelling there is
    accepted and suggested (the source may have a wrong variant: "Fibromyalgi-Symptoms.org").

    It deliberately does not flag addresses the target adds (a translator may point readers
    to a national site), nor an address written more or fewer times than in the source.
    Names that are not addresses (MedlinePlus) are DNT001's.

    Anti-pattern: "Ifølge MayoClinic.com …" → nb "Ifølge Mayoclinic.com …"
    Best practice: "Ifølge MayoClinic.com …" → nb "Ifølge MayoClinic.com …"
    """

    code = "URL001"
    name = "bilingual.urls"
    severity = Severity.ERROR
    fixable = True
    source_trigger = ADDRESS_HINT  # a source without it has no address to keep

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        source_tokens = list({t.text: t for t in text_tokens(unit.source)}.values())
        if not source_tokens:
            return  # most units: no address to keep
        unmatched = [t for t in text_tokens(target) if t.text not in unit.source]
        for token in source_tokens:
            wanted = self._spelling(ctx, unit, token)
            if occurs(token.text, target) or occurs(wanted, target):
                continue
            glossary = f" (the glossary writes '{wanted}')" if wanted != token.text else ""
            changed = _counterpart(token, unmatched)
            if changed is not None:
                unmatched.remove(changed)
                yield self.finding(
                    unit,
                    f"{token.kind} '{token.text}' is changed to '{changed.text}' in the target"
                    + glossary,
                    match=changed.text,
                    suggestion=wanted,
                )
            else:
                yield self.finding(
                    unit,
                    f"{token.kind} '{token.text}' is missing in the target{glossary}",
                    match=token.text,
                    suggestion=wanted,
                    fixable=False,
                )

    def _spelling(self, ctx: BilingualContext, unit: TranslationUnit, token: Token) -> str:
        """The glossary's spelling of a do-not-translate address, else the source's."""
        for match in name_matches(ctx.glossary, unit.source_lang, token.text):
            if match.start == 0 and match.end == len(token.text):
                entry = target_name(ctx.glossary, match.entry.concept_id, unit.target_lang)
                if entry is not None:
                    return entry.term
        return token.text


def _counterpart(token: Token, candidates: list[Token]) -> Token | None:
    same_kind = [c for c in candidates if c.kind == token.kind]
    for candidate in same_kind:
        if candidate.text.casefold() == token.text.casefold():
            return candidate
    scored = [
        (difflib.SequenceMatcher(None, token.text.casefold(), c.text.casefold()).ratio(), c)
        for c in same_kind
    ]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= SIMILAR else None
