"""Quality scores: penalty points per file and per language, and the 0–100 score.

score = max(0, 100 − penalty × per_words / words), with per_words 100 by default: one major
error (5 points) in a 500-word article costs 1 point of score, a critical one (25) 5 points.
The same formula over a language's files together gives the language's score. A file with no
words counts as one word, so a penalty there still shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pipeline.checks.quality import UNCATEGORISED, QualityModel
from pipeline.core.models import Finding


@dataclass(frozen=True)
class Score:
    """The score of one file (`path` set) or of one language over all its files."""

    language: str
    words: int
    penalty: float
    categories: Mapping[str, int] = field(default_factory=dict)  # findings per category
    levels: Mapping[str, int] = field(default_factory=dict)  # findings per MQM severity
    path: str | None = None
    files: int = 1
    per_words: int = 100

    @property
    def score(self) -> float:
        return max(0.0, 100.0 - self.penalty * self.per_words / max(self.words, 1))

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {"path": self.path} if self.path is not None else {}
        data |= {
            "language": self.language,
            "score": round(self.score, 1),
            "penalty": self.penalty,
            "words": self.words,
            "categories": dict(sorted(self.categories.items())),
            "severities": dict(sorted(self.levels.items())),
        }
        if self.path is None:
            data["files"] = self.files
        return data

    def line(self) -> str:
        """One line of the text summary."""
        where = self.path if self.path is not None else f"language {self.language}"
        categories = ", ".join(
            f"{category} {n}"
            for category, n in sorted(self.categories.items(), key=lambda i: (-i[1], i[0]))
        )
        shown = f"{where}: score {self.score:.1f} ({self.language}, {self.words} words, "
        shown += f"{self.penalty:g} penalty points"
        return shown + (f"; {categories})" if categories else ")")


def file_score(
    path: str, language: str, words: int, findings: Iterable[Finding], model: QualityModel
) -> Score:
    """One file's score from its findings (all of them: the score ignores nothing reported)."""
    categories: Counter[str] = Counter()
    levels: Counter[str] = Counter()
    penalty = 0.0
    for finding in findings:
        level = model.level(finding)
        levels[level] += 1
        points = model.weights[level]
        if points:
            categories[model.category(finding.code) or UNCATEGORISED] += 1
        penalty += points
    return Score(
        language=language,
        words=words,
        penalty=penalty,
        categories=dict(categories),
        levels=dict(levels),
        path=path,
        per_words=model.per_words,
    )


def language_scores(files: Iterable[Score]) -> list[Score]:
    """Each language's score over its files, worst first."""
    by_language: dict[str, list[Score]] = {}
    for score in files:
        by_language.setdefault(score.language, []).append(score)
    totals = []
    for language, scores in by_language.items():
        categories: Counter[str] = Counter()
        levels: Counter[str] = Counter()
        for score in scores:
            categories.update(score.categories)
            levels.update(score.levels)
        totals.append(
            Score(
                language=language,
                words=sum(s.words for s in scores),
                penalty=sum(s.penalty for s in scores),
                categories=dict(categories),
                levels=dict(levels),
                files=len(scores),
                per_words=scores[0].per_words,
            )
        )
    return worst_first(totals)


def worst_first(scores: Iterable[Score]) -> list[Score]:
    return sorted(scores, key=lambda s: (s.score, s.path or "", s.language))
