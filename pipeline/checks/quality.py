"""The quality model: each check code's MQM error category and each finding's penalty.

MQM (Multidimensional Quality Metrics, the typology translation buyers score with) sorts
errors into dimensions (accuracy, fluency, terminology, style, locale convention, design) and
weighs them by severity: neutral 0, minor 1, major 5, critical 25 penalty points. Here:

- The category is data, by code PREFIX with per-code overrides, so a check added tomorrow
  (`GRAM004`, `LOC009`) gets its family's category without touching this table; a code whose
  prefix is unknown has no category (the score still counts it, as "uncategorised", and a
  test fails until it gets one).
- The MQM severity follows the finding's severity: error → major, warning → minor,
  info → neutral (0 points: information such as an admitted term, TERM003, is a hint, not an
  error an editor would send back).
- A few codes are critical when they are errors, as a medical publisher weighs them: a
  forbidden medical term (TERM001: "dræning" for drooling, the stigmatising "mental
  retardering"; TERM006 in a translation), a number that changed in translation (NUM001: a
  dose) and a foreign emergency number (LOC001: "ring 911" in a Danish text). A finding whose
  severity a team lowered to warning is minor, as it asked.

Everything is configurable in `[tool.content-pipeline.score]` (see `QualityModel.from_table`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.core.models import Finding, Severity

CATEGORIES = (
    "accuracy/mistranslation",
    "accuracy/omission",
    "accuracy/untranslated",
    "terminology",
    "fluency/spelling",
    "fluency/grammar",
    "fluency/punctuation",
    "fluency/inconsistency",
    "locale-convention",
    "style",
    "design/markup",
    "design/encoding",
)
UNCATEGORISED = "uncategorised"

# The longest matching prefix wins, so an exact code overrides its family.
CATEGORY_BY_PREFIX: dict[str, str] = {
    # families
    "TERM": "terminology",
    "LANG": "accuracy/untranslated",  # a segment, target or run of words in another language
    "UNTR": "accuracy/untranslated",
    "SPELL": "fluency/spelling",
    "GRAM": "fluency/grammar",
    "MECH": "fluency/punctuation",
    "LOC": "locale-convention",
    "ENC": "design/encoding",
    "MT": "design/markup",  # scraping and machine-translation leftovers on the page
    "SENSE": "accuracy/mistranslation",
    "NUM": "accuracy/mistranslation",
    "URL": "accuracy/mistranslation",
    "DNT": "accuracy/mistranslation",  # a do-not-translate name translated
    "BACK": "accuracy/omission",  # a concept the back-translation lost
    "LEN": "accuracy/omission",
    "ACR": "accuracy/omission",
    "PLUR": "accuracy/omission",  # missing plural forms leave some counts without text
    "PUNC": "fluency/punctuation",
    "BRK": "fluency/punctuation",
    "WS": "fluency/punctuation",
    "DUP": "fluency/grammar",
    "CONS": "fluency/inconsistency",
    "PH": "design/markup",
    "ESC": "design/markup",
    "INL": "design/markup",
    # codes whose family's category does not fit them
    "MECH001": "fluency/grammar",  # a doubled word
    "MECH004": "fluency/spelling",  # glued words
    "MECH005": "fluency/spelling",  # capitalisation is spelling in MQM
    "MECH006": "fluency/spelling",
    "MECH007": "fluency/spelling",
    "MECH008": "fluency/grammar",  # a doubled conjunction
    "MT004": "accuracy/untranslated",  # a word the engine passed through untranslated
    "MT005": "accuracy/mistranslation",  # a calque: overly literal
    "MT013": "accuracy/mistranslation",  # English constructions rendered word by word
    "MT014": "accuracy/mistranslation",
    "MT015": "accuracy/mistranslation",
    "MT016": "fluency/grammar",  # a preposition or genitive dropped between two nouns
    "WS001": "design/markup",  # edge whitespace of a UI string
}

MQM_SEVERITIES = ("neutral", "minor", "major", "critical")
DEFAULT_WEIGHTS: dict[str, float] = {"neutral": 0, "minor": 1, "major": 5, "critical": 25}
DEFAULT_LEVELS: dict[Severity, str] = {
    Severity.INFO: "neutral",
    Severity.WARNING: "minor",
    Severity.ERROR: "major",
}
DEFAULT_CRITICAL = ("TERM001", "TERM006", "NUM001", "LOC001")
SETTINGS = ("weights", "levels", "critical", "categories", "per-words")


def _longest(code: str, table: Mapping[str, str]) -> str | None:
    matching = [prefix for prefix in table if code.upper().startswith(prefix)]
    return table[max(matching, key=len)] if matching else None


@dataclass(frozen=True)
class QualityModel:
    """How findings become penalty points and categories."""

    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    levels: Mapping[Severity, str] = field(default_factory=lambda: dict(DEFAULT_LEVELS))
    critical: tuple[str, ...] = DEFAULT_CRITICAL
    categories: Mapping[str, str] = field(default_factory=dict)  # config overrides
    per_words: int = 100

    def category(self, code: str) -> str | None:
        """The code's MQM category, from the configuration's overrides or the table."""
        return _longest(code, self.categories) or _longest(code, CATEGORY_BY_PREFIX)

    def level(self, finding: Finding) -> str:
        """The finding's MQM severity: neutral, minor, major or critical."""
        level = self.levels[finding.severity]
        if level == "major" and _longest(finding.code, {c: c for c in self.critical}):
            return "critical"
        return level

    def penalty(self, finding: Finding) -> float:
        return self.weights[self.level(finding)]

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> QualityModel:
        """The model `[tool.content-pipeline.score]` describes; raises ValueError naming the
        setting when one is wrong:

        ```toml
        [tool.content-pipeline.score]
        weights = { minor = 1, major = 5, critical = 25 }   # neutral is 0
        levels = { info = "neutral", warning = "minor", error = "major" }
        critical = ["TERM001", "NUM001"]   # codes or prefixes whose errors are critical
        categories = { LOC = "locale-convention", MECH002 = "style" }
        per-words = 100                    # score = 100 - penalty per this many words
        ```
        """
        unknown = sorted(set(table) - set(SETTINGS))
        if unknown:
            raise ValueError(
                f"unknown score setting(s): {', '.join(unknown)} (known: {', '.join(SETTINGS)})"
            )
        weights = dict(DEFAULT_WEIGHTS)
        for level, weight in dict(table.get("weights", {})).items():
            if level not in MQM_SEVERITIES:
                raise ValueError(f"score.weights: {level!r} is not one of {MQM_SEVERITIES}")
            if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
                raise ValueError(f"score.weights.{level} must be a number of points >= 0")
            weights[level] = float(weight)
        levels = dict(DEFAULT_LEVELS)
        for severity, level in dict(table.get("levels", {})).items():
            if severity not in Severity.__members__.values() or level not in MQM_SEVERITIES:
                raise ValueError(
                    f"score.levels maps error/warning/info to one of {MQM_SEVERITIES}, "
                    f"not {severity!r} = {level!r}"
                )
            levels[Severity(severity)] = level
        critical = table.get("critical", list(DEFAULT_CRITICAL))
        if not isinstance(critical, list) or not all(isinstance(c, str) for c in critical):
            raise ValueError('score.critical must be a list of codes, e.g. ["TERM001"]')
        categories = dict(table.get("categories", {}))
        for code, category in categories.items():
            if category not in CATEGORIES:
                raise ValueError(
                    f"score.categories.{code}: {category!r} is not one of {', '.join(CATEGORIES)}"
                )
        per_words = table.get("per-words", 100)
        if isinstance(per_words, bool) or not isinstance(per_words, int) or per_words < 1:
            raise ValueError("score.per-words must be a whole number of words >= 1")
        return cls(
            weights=weights,
            levels=levels,
            critical=tuple(c.strip().upper() for c in critical),
            categories={code.strip().upper(): value for code, value in categories.items()},
            per_words=per_words,
        )
