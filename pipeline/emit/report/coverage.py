"""Glossary coverage for the HTML report: which glossary concepts occur, in which terms, per
language, and the report's table of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.emit.report.articles import Article
from pipeline.emit.report.markup import esc, language_label, table
from pipeline.glossary.matcher import matcher_for
from pipeline.glossary.model import Glossary


@dataclass
class Coverage:
    """Which glossary concepts occur, in which terms, per language."""

    glossary: str | None  # the path the run named; None: it used no glossary
    concepts: int = 0  # in the glossary; 0 also when it cannot be found any more
    terms: dict[str, dict[str, Counter[tuple[str, str]]]] = field(default_factory=dict)


def glossary_coverage(articles: list[Article], glossary: Glossary | None) -> Coverage:
    """Glossary terms (lemma, status) found in the source and in each translation.

    `glossary` is the one the run used (metadata.glossary_path names it); None, or a run that
    used no glossary, shows none.
    """
    named = next((a.source.metadata.glossary_path for a in articles), None)
    if glossary is None or named is None:
        return Coverage(named)
    coverage = Coverage(named, len(glossary.concepts))
    for article in articles:
        lang = article.source.metadata.language
        texts = [(lang, s.text) for s in article.source.document.content_segments()]
        for target in article.targets:
            assert target.translation is not None
            tlang = target.translation.target_language
            texts += [(tlang, s.target) for s in target.translation.segments]
        for lang, text in texts:
            for match in matcher_for(glossary, lang).find(text):
                entry = match.entry
                per_lang = coverage.terms.setdefault(entry.concept_id, {})
                per_lang.setdefault(lang, Counter())[(entry.term, entry.status.value)] += 1
    return coverage


def coverage_html(coverage: Coverage, languages: list[str]) -> str:
    if coverage.concepts == 0:
        missing = f": {esc(coverage.glossary)} (not found)" if coverage.glossary else ""
        return f"<p>No glossary to compare with{missing}.</p>"
    rows = [
        [esc(concept)]
        + [
            ", ".join(
                f'<span class="st-{status}">{esc(term)}</span> ×{n} <small>{status}</small>'
                for (term, status), n in sorted(per_lang.get(lang, Counter()).items())
            )
            for lang in languages
        ]
        for concept, per_lang in sorted(coverage.terms.items())
    ]
    in_source = sum(1 for per_lang in coverage.terms.values() if languages[0] in per_lang)
    caption = (
        f"{in_source} of {coverage.concepts} concepts of {esc(coverage.glossary or '')} occur in "
        f"the source articles, {len(coverage.terms)} in any language"
    )
    head = ["Concept", *map(language_label, languages)]
    return f"<details><summary>{caption}</summary>{table(caption, head, rows)}</details>"
