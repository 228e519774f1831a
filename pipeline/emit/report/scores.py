"""The HTML report's quality scores: a headline per article and a table, worst first.

An editor deciding "publish or send back" reads the worst article and language first. The
scores come from the content files (`summary.quality`, written by `run` since schema 1.2);
a file written earlier has none and shows a dash.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.core.content import ContentFile, QualityScore
from pipeline.emit.report.articles import Article
from pipeline.emit.report.markup import esc, language_label, table


def _language(content: ContentFile) -> str:
    translation = content.translation
    return translation.target_language if translation else content.metadata.language


def _scores(article: Article) -> list[tuple[str, QualityScore | None]]:
    return [(_language(c), c.summary.quality) for c in (article.source, *article.targets)]


def _shown(score: QualityScore | None) -> str:
    return "–" if score is None else f"{score.score:.1f}"


def article_headline(article: Article) -> str:
    """`quality da 55.8 · nb 97.0`: the article's score per language, in the report's order."""
    parts = [f"{esc(lang)} <b>{_shown(score)}</b>" for lang, score in _scores(article)]
    return '<span class="quality">quality ' + " · ".join(parts) + "</span>"


def scores_html(articles: Iterable[Article]) -> str:
    """A row per article and language, worst score first (unscored files last)."""
    rows: list[tuple[float, str, list[str]]] = []
    for article in articles:
        for lang, score in _scores(article):
            categories = (
                ", ".join(
                    f"{esc(name)} {n}"
                    for name, n in sorted(score.categories.items(), key=lambda i: (-i[1], i[0]))
                )
                if score is not None
                else ""
            )
            cells = [
                esc(article.title),
                language_label(lang),
                _shown(score),
                "" if score is None else f"{score.penalty:g}",
                "" if score is None else str(score.words),
                categories,
            ]
            rows.append((101.0 if score is None else score.score, article.slug, cells))
    rows.sort(key=lambda row: (row[0], row[1]))
    head = ["Article", "Language", "Score", "Penalty", "Words", "Penalised findings by category"]
    return table(
        "Quality score per article and language, worst first (100 − penalty per 100 words)",
        head,
        [cells for _, _, cells in rows],
    )
