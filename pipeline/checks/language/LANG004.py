from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipeline.checks.audience import audience_of
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.language.acronyms import expansion_spans
from pipeline.checks.speller import Speller
from pipeline.core.models import Finding, Severity
from pipeline.core.yaml_cache import yaml_data
from pipeline.glossary.model import Audience

DATA = "english_abbreviations.yml"
ARTICLE_FORMATS = frozenset({"text", "markdown"})
# The sentence explains the English term ("på engelsk COPD") or cites an English source.
_GLOSS = re.compile(r"\b(?:engelsk|eng\.|english|et al|doi|pmid)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Abbreviation:
    abbreviation: str
    english: str
    danish: str
    danish_abbreviation: str | None
    context: tuple[str, ...]
    # "professional": Danish clinicians write it themselves (CKD in nephrology), so only a
    # text for the public is told to use the Danish term
    register: str | None = None
    # "heading": an abbreviation Danish sites use as a name or link ("se vores FAQ", a
    # program's menu item): only an article's line of its own is flagged ("FAQ:" heading)
    only: str | None = None

    @property
    def suggestion(self) -> str:
        return self.danish.split(",")[0].strip()


@cache
def load_abbreviations() -> dict[str, Abbreviation]:
    """The list of pipeline/checks/data/english_abbreviations.yml by abbreviation."""
    text = resources.files("pipeline.checks").joinpath("data", DATA).read_text(encoding="utf-8")
    return {
        entry["abbreviation"]: Abbreviation(
            abbreviation=entry["abbreviation"],
            english=entry["english"],
            danish=entry["danish"],
            danish_abbreviation=entry.get("danish_abbreviation"),
            context=tuple(entry.get("context", ())),
            register=entry.get("register"),
            only=entry.get("only"),
        )
        for entry in yaml_data(text)
    }


_TOKEN = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,4}(?![\w-]*\w)")
# the word right after the abbreviation, on the same line
_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")


class EnglishAbbreviation(Check):
    """An English medical abbreviation where Danish writes another ("HBP", "COPD", "UTI").

    Flags the abbreviations of the project's list (pipeline/checks/data/
    english_abbreviations.yml) in a Danish text: machine translation keeps "(HBP)" after
    "forhøjet blodtryk" and "CKD" where Danish writes kronisk nyresygdom, KOL or UVI. The
    suggestion is the Danish term or abbreviation; the fix is not automatic.

    It deliberately does not flag abbreviations Danish uses as they are (ADHD, BMI, DVT, HIV,
    NSAID), two-letter ones that are also Danish (ER, MI, OR), a hyphenated compound
    ("CPR-nummer"), an English abbreviation glossed in the same sentence (beside its Danish
    one, "KOL (COPD)", or named as English, "på engelsk COPD"), a sentence citing a source
    (et al., doi), and CPR unless the sentence speaks of resuscitation (in Danish, CPR is the
    civil registration number). Nor the first word of an English name ("COPD assessment test
    (CAT)", a questionnaire's name): the next word is English and not Danish, and LANG003
    reports English words left in a translation. Nor an abbreviation the text defines itself,
    in brackets after the words it abbreviates ("Center for Visitation og Diagnostik (CVD)").

    Register, a deliberate decision: Danish health professionals keep some English
    abbreviations in their own texts (Danish nephrology writes "kronisk nyresygdom (CKD)" and
    "CKD stadie 3"), while a text for patients should use the Danish term. Entries marked
    `register: professional` are therefore flagged only in a text for the public (the run's
    `--audience`, else the article's own detected audience, pipeline/checks/audience.py).
    An entry marked `only: heading` is one Danish sites use as a name ("se vores FAQ") and
    programs as a menu item: only a line of its own in an article, the heading machine
    translation left ("FAQ:" over the questions), is flagged.
    An abbreviation in parentheses right after the Danish term is not excused by itself:
    machine translation leaves exactly that ("forhøjet blodtryk (HBP)") from the English
    source, on pages written for the public.

    Anti-pattern: "Forhøjet blodtryk (HBP) øger risikoen for kronisk nyresygdom (CKD)."
    Best practice: "Forhøjet blodtryk øger risikoen for kronisk nyresygdom."
    """

    code = "LANG004"
    name = "language.english-abbreviation"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        known = load_abbreviations()
        public: bool | None = None  # the audience, detected only when a finding needs it
        english = ctx.speller("en")
        danish = ctx.speller("da")
        for segment in ctx.document.content_segments():
            text = segment.text
            if _GLOSS.search(text):
                continue
            lower = text.lower()
            for match in _TOKEN.finditer(text):
                entry = known.get(match.group())
                if entry is None or _glossed(entry, text, lower):
                    continue
                if _english_name(text, match.end(), english, danish):
                    continue
                if _defined(text, match.start()):
                    continue
                if entry.only == "heading" and not _heading(ctx, text, entry.abbreviation):
                    continue
                if entry.register == "professional":
                    if public is None:
                        public = audience_of(ctx) is Audience.PUBLIC
                    if not public:
                        continue
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"'{entry.abbreviation}' is English ({entry.english}); "
                    f"Danish writes '{entry.danish}'",
                    suggestion=entry.suggestion,
                )


def _heading(ctx: CheckContext, text: str, abbreviation: str) -> bool:
    """The abbreviation is a line of its own of an article, perhaps with a colon ("FAQ:")."""
    return ctx.document.format in ARTICLE_FORMATS and bool(
        re.fullmatch(rf"\s*{re.escape(abbreviation)}\s*:?\s*", text)
    )


def _glossed(entry: Abbreviation, text: str, lower: str) -> bool:
    """The Danish abbreviation stands beside it, or the sentence lacks the entry's context."""
    if entry.danish_abbreviation and re.search(rf"\b{entry.danish_abbreviation}\b", text):
        return True
    if entry.context:
        return not any(re.search(rf"\b{re.escape(word)}", lower) for word in entry.context)
    return False


def _defined(text: str, start: int) -> bool:
    """The abbreviation stands in brackets right after the words it abbreviates here, which
    are not its English ones: "Center for Visitation og Diagnostik (CVD)" defines its own
    CVD (the English term before its acronym is LANG003's)."""
    return any(re.fullmatch(r"\s*\(\s*", text[end:start]) for _, end in expansion_spans(text))


def _english_name(text: str, end: int, english: Speller | None, danish: Speller | None) -> bool:
    """The abbreviation begins an English name: the next word is English and not Danish
    ("COPD assessment test"), by the two hunspell dictionaries."""
    following = _NEXT.match(text, end)
    if following is None or english is None or danish is None:
        return False
    word = following.group(1)
    return english.known(word) and not danish.accepts(word)
