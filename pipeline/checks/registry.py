"""Every check by code, imported lazily: adding a check is one module and one line here."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.checks.base import Check
from pipeline.core.lazy import load_class

if TYPE_CHECKING:
    from pipeline.checks.bilingual.base import BilingualCheck

CHECKS: dict[str, str] = {
    "ENC001": "pipeline.checks.encoding.ENC001:LegacyEncoding",
    "ENC002": "pipeline.checks.encoding.ENC002:InvisibleCharacter",
    "TERM001": "pipeline.checks.terminology.TERM001:ForbiddenTerm",
    "TERM002": "pipeline.checks.terminology.TERM002:DeprecatedTerm",
    "TERM003": "pipeline.checks.terminology.TERM003:AdmittedTerm",
    "TERM004": "pipeline.checks.terminology.TERM004:InconsistentTerms",
    "TERM007": "pipeline.checks.terminology.TERM007:SelfDefinedTerm",
    "LANG001": "pipeline.checks.language.LANG001:WrongLanguage",
    "LANG003": "pipeline.checks.language.LANG003:EnglishInText",
    "LANG004": "pipeline.checks.language.LANG004:EnglishAbbreviation",
    "SPELL001": "pipeline.checks.spelling.SPELL001:UnknownWord",
    "SPELL003": "pipeline.checks.spelling.SPELL003:VariantSpellings",
    "SPELL005": "pipeline.checks.spelling.SPELL005:EnglishSpeltTerm",
    "MT001": "pipeline.checks.artifacts.MT001:Boilerplate",
    "MT002": "pipeline.checks.artifacts.MT002:RepeatedTitle",
    "MT003": "pipeline.checks.artifacts.MT003:EmptyHeading",
    "MT005": "pipeline.checks.artifacts.MT005:Calque",
    "MT006": "pipeline.checks.artifacts.MT006:WrongSense",
    "MT007": "pipeline.checks.artifacts.MT007:EnglishPreposition",
    "MT008": "pipeline.checks.artifacts.MT008:EnglishCollocation",
    "MT009": "pipeline.checks.artifacts.MT009:EnglishPlural",
    "MT010": "pipeline.checks.artifacts.MT010:AdjectiveAsNoun",
    "MT011": "pipeline.checks.artifacts.MT011:EnglishNounStack",
    "MT012": "pipeline.checks.artifacts.MT012:SingularThey",
    "MT013": "pipeline.checks.artifacts.MT013:EnglishRaisingPassive",
    "MT014": "pipeline.checks.artifacts.MT014:TheseAreIntro",
    "MT015": "pipeline.checks.artifacts.MT015:EnglishCompoundPremodifier",
    "MT016": "pipeline.checks.artifacts.MT016:NounGlue",
    "MT017": "pipeline.checks.artifacts.MT017:PossessiveBodyGenitive",
    "MT018": "pipeline.checks.artifacts.MT018:EnglishHonorific",
    "MT019": "pipeline.checks.artifacts.MT019:HowToHeading",
    "MECH001": "pipeline.checks.mechanics.MECH001:DoubledWord",
    "MECH002": "pipeline.checks.mechanics.MECH002:StrayWhitespace",
    "MECH003": "pipeline.checks.mechanics.MECH003:MissingSpaceAfterSentence",
    "MECH004": "pipeline.checks.mechanics.MECH004:GluedWords",
    "MECH005": "pipeline.checks.mechanics.MECH005:CapitalisedCommonNoun",
    "MECH006": "pipeline.checks.mechanics.MECH006:LowerCaseSentenceStart",
    "MECH007": "pipeline.checks.mechanics.MECH007:CapitalisedMonthOrWeekday",
    "MECH008": "pipeline.checks.mechanics.MECH008:DoubledCoordination",
    "MECH009": "pipeline.checks.mechanics.MECH009:MissingSpaceAfterComma",
    "MECH010": "pipeline.checks.mechanics.MECH010:CommaAfterAdverbial",
    "MECH011": "pipeline.checks.mechanics.MECH011:GluedReferenceNumber",
    "MECH012": "pipeline.checks.mechanics.MECH012:LowerCasePlaceName",
    "MECH013": "pipeline.checks.mechanics.MECH013:TitleCaseHeading",
    "MECH014": "pipeline.checks.mechanics.MECH014:CapitalInsideSentence",
    "MECH015": "pipeline.checks.mechanics.MECH015:StrayPunctuation",
    "MECH016": "pipeline.checks.mechanics.MECH016:MissingSentenceEnd",
    "MECH017": "pipeline.checks.mechanics.MECH017:CommaAfterConjunction",
    "MECH018": "pipeline.checks.mechanics.MECH018:HyphenAsDash",
    "LOC001": "pipeline.checks.locale.LOC001:ForeignEmergencyNumber",
    "LOC002": "pipeline.checks.locale.LOC002:Fahrenheit",
    "LOC003": "pipeline.checks.locale.LOC003:ImperialUnit",
    "LOC004": "pipeline.checks.locale.LOC004:UsDateOrder",
    "LOC005": "pipeline.checks.locale.LOC005:DecimalPoint",
    "LOC006": "pipeline.checks.locale.LOC006:ThousandsComma",
    "LOC007": "pipeline.checks.locale.LOC007:TwelveHourClock",
    "LOC008": "pipeline.checks.locale.LOC008:MilligramsPerDecilitre",
    "LOC009": "pipeline.checks.locale.LOC009:ForeignTypography",
    "GRAM001": "pipeline.checks.grammar.GRAM001:SplitCompound",
    "GRAM002": "pipeline.checks.grammar.GRAM002:DefiniteAdjectiveIndefiniteNoun",
    "GRAM003": "pipeline.checks.grammar.GRAM003:ArticleGender",
    "GRAM004": "pipeline.checks.grammar.GRAM004:VerbSecond",
    "GRAM005": "pipeline.checks.grammar.GRAM005:SingularDeterminerPluralNoun",
    "GRAM006": "pipeline.checks.grammar.GRAM006:VerblessClause",
    "GRAM007": "pipeline.checks.grammar.GRAM007:VerbFormAfterModal",
    "GRAM008": "pipeline.checks.grammar.GRAM008:PremodifyingYear",
    "GRAM009": "pipeline.checks.grammar.GRAM009:SubordinateAdverbOrder",
    "GRAM010": "pipeline.checks.grammar.GRAM010:PartitiveGender",
    "GRAM011": "pipeline.checks.grammar.GRAM011:PluralDeterminerSingularNoun",
    "GRAM012": "pipeline.checks.grammar.GRAM012:InfinitiveSubject",
    "GRAM013": "pipeline.checks.grammar.GRAM013:WayToWithoutPaa",
    "GRAM014": "pipeline.checks.grammar.GRAM014:DoubleFiniteVerb",
    "GRAM015": "pipeline.checks.grammar.GRAM015:VerblessMainClause",
    "GRAM016": "pipeline.checks.grammar.GRAM016:MissingSubject",
    "GRAM017": "pipeline.checks.grammar.GRAM017:PluralPronounSingularAntecedent",
    "GRAM018": "pipeline.checks.grammar.GRAM018:PredicativeAgreement",
    "GRAM019": "pipeline.checks.grammar.GRAM019:ImperativeAfterModalList",
    "GRAM020": "pipeline.checks.grammar.GRAM020:AttributiveAgreement",
    "GRAM021": "pipeline.checks.grammar.GRAM021:ReflexiveWithoutThirdPerson",
    "GRAM022": "pipeline.checks.grammar.GRAM022:NoParticipleAfterHave",
    "GRAM023": "pipeline.checks.grammar.GRAM023:AdverbBeforeMainVerb",
    "GRAM024": "pipeline.checks.grammar.GRAM024:VerbFormAfterAt",
    "GRAM025": "pipeline.checks.grammar.GRAM025:PossessiveGender",
    "GRAM026": "pipeline.checks.grammar.GRAM026:SingularAdjectivesPluralNoun",
    "GRAM027": "pipeline.checks.grammar.GRAM027:WeakParticipleAfterIndefiniteArticle",
    "GRAM028": "pipeline.checks.grammar.GRAM028:CoordinatedAdjectiveForms",
    "GRAM029": "pipeline.checks.grammar.GRAM029:CommonAdjectiveNeuterNoun",
    "GRAM030": "pipeline.checks.grammar.GRAM030:CommaAfterFrontedAdverbial",
    "GRAM031": "pipeline.checks.grammar.GRAM031:InfinitiveForFiniteVerb",
    "GRAM032": "pipeline.checks.grammar.GRAM032:IndirectQuestionOrder",
    "GRAM033": "pipeline.checks.grammar.GRAM033:AdjectiveBeforeDefiniteNoun",
    "GRAM034": "pipeline.checks.grammar.GRAM034:CommaSplice",
    "GRAM035": "pipeline.checks.grammar.GRAM035:BareDemonstrativeSubject",
    "GRAM036": "pipeline.checks.grammar.GRAM036:BareInfinitiveAfterVerb",
    "GRAM037": "pipeline.checks.grammar.GRAM037:SubjectAdverbInfinitive",
}


# Checks over translation units (source + target), run on translations and bilingual files.
BILINGUAL_CHECKS: dict[str, str] = {
    "NUM001": "pipeline.checks.bilingual.NUM001:NumberMismatch",
    "URL001": "pipeline.checks.bilingual.URL001:ChangedUrl",
    "DNT001": "pipeline.checks.bilingual.DNT001:TranslatedName",
    "TERM005": "pipeline.checks.terminology.TERM005:MissingGlossaryTerm",
    "TERM006": "pipeline.checks.terminology.TERM006:ForbiddenTargetTerm",
    "TERM008": "pipeline.checks.terminology.TERM008:SelfDefinedTargetTerm",
    "UNTR001": "pipeline.checks.bilingual.UNTR001:Untranslated",
    "LANG002": "pipeline.checks.language.LANG002:WrongTargetLanguage",
    "LEN001": "pipeline.checks.bilingual.LEN001:LengthRatio",
    "PUNC001": "pipeline.checks.bilingual.PUNC001:EndPunctuation",
    "MT004": "pipeline.checks.artifacts.MT004:UnknownWordMarks",
    "SENSE001": "pipeline.checks.bilingual.SENSE001:GuessedSense",
    "BACK001": "pipeline.checks.bilingual.BACK001:LostInBackTranslation",
    "PH001": "pipeline.checks.bilingual.PH001:PlaceholderMismatch",
    "ESC001": "pipeline.checks.bilingual.ESC001:EscapesAndMarkup",
    "INL001": "pipeline.checks.bilingual.INL001:InlineCodes",
    "WS001": "pipeline.checks.bilingual.WS001:EdgeWhitespace",
    "WS002": "pipeline.checks.bilingual.WS002:DoubledSpace",
    "WS003": "pipeline.checks.bilingual.WS003:GluedWords",
    "BRK001": "pipeline.checks.bilingual.BRK001:UnbalancedBrackets",
    "CONS001": "pipeline.checks.bilingual.CONS001:InconsistentTranslation",
    "PLUR001": "pipeline.checks.bilingual.PLUR001:PluralFormCount",
    "PLUR002": "pipeline.checks.bilingual.PLUR002:PluralFormQuantity",
    "DUP001": "pipeline.checks.bilingual.DUP001:DoubledTargetWord",
    "ACR001": "pipeline.checks.bilingual.ACR001:MissingAcronymOrPath",
    "SPELL002": "pipeline.checks.spelling.SPELL002:TargetSpelling",
    "SPELL004": "pipeline.checks.spelling.SPELL004:MixedLanguageWord",
}


def check_class(code: str) -> type[Check]:
    return load_class(CHECKS[code], Check)


def bilingual_check_class(code: str) -> type[BilingualCheck]:
    # imported here: the translation checks' base (and its tokenizer) is no article's concern
    from pipeline.checks.bilingual.base import BilingualCheck

    return load_class(BILINGUAL_CHECKS[code], BilingualCheck)


# Translation checks whose class has scope "file-set" (they compare units across every file of
# a run), named here so that a run learns them without importing every translation check;
# tests/checks/test_registry_lazy.py holds this set to the classes' own `scope`.
FILE_SET_CHECKS = frozenset({"CONS001"})


# Article checks that ask Apertium's analysis chains (pipeline.ingest.morphology) about every
# document in an analysable language: when one is selected, the chains are started before the
# checks are imported and run, so that their start-up overlaps that work instead of holding up
# the first of them (tests/checks/test_analysis_start.py holds each to it). A check that
# analyses and is not named here still works: its chain starts when it first asks.
ANALYSIS_CHECKS = ("GRAM",)


def analyses(codes: Iterable[str]) -> bool:
    """Whether any of `codes` is a check that analyses every document (ANALYSIS_CHECKS)."""
    return any(_matches(code, ANALYSIS_CHECKS) for code in codes)


def _matches(code: str, patterns: Iterable[str]) -> bool:
    # "TERM" selects every TERM check, as ruff's prefixes do; globs work too.
    return any(_matches_one(code, p.upper()) for p in patterns)


def _matches_one(code: str, pattern: str) -> bool:
    if code.startswith(pattern):
        return True
    # codes are upper-case ASCII: only a glob character can match what the prefix did not
    return any(c in pattern for c in "*?[") and fnmatch.fnmatchcase(code, pattern)


# Checks that run only when --select or the configuration names them (by code or prefix),
# as ruff's preview rules: SPELL002, because Debian's nb/nn dictionaries lack common inflected
# forms ("kontoen", "noen") and most of its findings on real catalogs are such gaps.
# SPELL004 too: on 146 real catalogs 17 of its 21 findings were loanword compounds translators
# write on purpose ("gatewayadresse", "farvepalette"), 4 half-translated words ("Vinduesopacity").
OPT_IN = frozenset({"SPELL002", "SPELL004"})


def select_codes(
    select: Iterable[str] = (), ignore: Iterable[str] = (), registry: dict[str, str] | None = None
) -> list[str]:
    """Codes of `registry` (default: the monolingual checks) enabled by `--select`/`--ignore`.

    Both accept codes or prefixes; a pattern that matches no check of either kind is an error.
    """
    select, ignore = list(select), list(ignore)
    unknown = [p for p in [*select, *ignore] if not _known_pattern(p.upper())]
    if unknown:
        raise ValueError(f"unknown check code(s): {', '.join(unknown)}")
    codes = tuple(CHECKS if registry is None else registry)
    chosen = _selected(codes, tuple(select)) if select else set(codes) - OPT_IN
    ignored = _selected(codes, tuple(ignore))
    return [c for c in codes if c in chosen and c not in ignored]


def _known_pattern(pattern: str) -> bool:
    """Whether `pattern` (upper case) matches a check of either kind."""
    if any(c in pattern for c in "*?["):
        return any(fnmatch.fnmatchcase(code, pattern) for code in (*CHECKS, *BILINGUAL_CHECKS))
    return pattern in _prefixes()


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Every prefix of every code, the empty one included."""
    return frozenset(c[:i] for c in (*CHECKS, *BILINGUAL_CHECKS) for i in range(len(c) + 1))


def _selected(codes: tuple[str, ...], patterns: tuple[str, ...]) -> set[str]:
    """The `codes` that any of `patterns` matches (as `_matches`): a run selects every check
    by code, so each code's prefixes are looked up in the patterns, not each pattern tried
    on each code (101 × 101 tries were 3 ms of every check process)."""
    upper = {p.upper() for p in patterns}
    globs = [p for p in upper if any(c in p for c in "*?[")]
    return {
        code
        for code in codes
        if any(code[:i] in upper for i in range(len(code) + 1))
        or any(fnmatch.fnmatchcase(code, g) for g in globs)
    }


def file_set_codes() -> tuple[str, ...]:
    """Translation checks that compare units across files (run once per `check` run)."""
    return tuple(c for c in BILINGUAL_CHECKS if c in FILE_SET_CHECKS)


def load_checks(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Check]:
    return list(_checks(tuple(select), tuple(ignore)))


def load_bilingual_checks(
    select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[BilingualCheck]:
    return list(_bilingual_checks(tuple(select), tuple(ignore)))


# Checks keep no state between runs, so one instance per selection serves a whole batch.
@lru_cache(maxsize=64)
def _checks(select: tuple[str, ...], ignore: tuple[str, ...]) -> tuple[Check, ...]:
    return tuple(check_class(code)() for code in select_codes(select, ignore))


@lru_cache(maxsize=64)
def _bilingual_checks(
    select: tuple[str, ...], ignore: tuple[str, ...]
) -> tuple[BilingualCheck, ...]:
    codes = select_codes(select, ignore, BILINGUAL_CHECKS)
    return tuple(bilingual_check_class(code)() for code in codes)
