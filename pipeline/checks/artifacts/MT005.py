from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.artifacts.calques import calque_matcher
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity


class Calque(Check):
    """An English-shaped phrase (a calque) where Danish has its own idiom.

    Flags the phrases of the project's list (pipeline/checks/data/calques.yml), each with the
    idiomatic Danish and the reason: "sundhedsudbyder" (healthcare provider), "på en daglig
    basis", "adressere et problem", "søge medicinsk opmærksomhed", "i termer af". Words match
    in every inflected form ("adresserede de underliggende problemer", "sundhedsudbyderne"),
    on whole words, with no punctuation but a comma between them. The suggestion is the first
    idiomatic alternative; the fix is never automatic, as the sentence often needs rewording.

    It deliberately does not flag phrases that are established Danish though they came from
    English ("give mening", "tage et kig på", "i det lange løb", "sundhedsprofessionelle"), or
    phrases correct in another sense ("arbejde ud fra en plan", "vigtigt at notere sine
    symptomer"). Every entry of the list carries an incorrect and a correct example sentence,
    and the tests check that it matches the one and not the other. Danish documents only.

    Anti-pattern: "Tal med din sundhedsudbyder, før du begynder på et nyt kosttilskud."
    Best practice: "Tal med din læge, før du begynder på et nyt kosttilskud."
    """

    code = "MT005"
    name = "artifacts.calque"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller("da")
        if ctx.document.language != "da" or speller is None:
            return
        matcher = calque_matcher(speller)
        for segment in ctx.document.content_segments():
            for match in matcher.find(segment.text):
                calque = match.calque
                found = segment.text[match.start : match.end]
                yield self.finding(
                    ctx,
                    segment,
                    match.start,
                    match.end,
                    f"'{found}' is an English-shaped phrase; use '{calque.use}' ({calque.reason})",
                    suggestion=calque.suggestion,
                )
