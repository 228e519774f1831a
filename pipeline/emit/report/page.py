"""One self-contained HTML report of an output folder: every finding highlighted in place,
translations side by side with the source, a summary, glossary coverage and what changed since
the previous report, with filters that work without a server.

This module assembles the page from the parts of pipeline.emit.report: the articles read from
the output folder (articles), findings highlighted in the text (highlight), the quality scores
(scores), the glossary coverage (coverage) and the changes since the previous report (history);
the markup helpers they all share are in markup. None of the parts imports the page.

All article text goes through markup.esc (html.escape), and the page's
Content-Security-Policy allows only its own inline script and styles (by hash) and no network
requests.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from pipeline.core.content import TranslatedSegment
from pipeline.core.fs import atomic_write_text
from pipeline.core.models import Finding, Severity
from pipeline.emit.report.articles import Article, load_articles, target_language
from pipeline.emit.report.coverage import Coverage, coverage_html, glossary_coverage
from pipeline.emit.report.highlight import Renderer
from pipeline.emit.report.history import (
    History,
    RecordedFinding,
    compare,
    history_html,
    load_state,
    save_state,
    state_path,
)
from pipeline.emit.report.markup import esc, ident, language_label, table
from pipeline.emit.report.scores import article_headline, scores_html
from pipeline.glossary.model import Glossary

# WCAG 2 contrast ratios of these colours (tests/emit/report/test_page.py recomputes them):
#   text #1b1f24 on page #ffffff 16.56, on panel #f6f8fa 15.56, on the highlight backgrounds
#   error-bg 13.51, warning-bg 14.59, info-bg 13.70; muted #57606a on page 6.39, on panel 6.00;
#   error #b3261e on page 6.54, on error-bg 5.33; warning #8a5a00 on page 5.93, on warning-bg
#   5.22; info #1f5fbf on page 6.09, on info-bg 5.04 (underlines, and chips with white text:
#   6.54 / 5.93 / 6.09); focus ring #0b57d0 on page 6.39, on the highlight backgrounds >= 5.21;
#   tooltip white on #1b1f24 16.56, its severity names #ffb4ab 9.75, #ffd56b 11.81, #a8c7fa
#   9.63; "new" white on #6a2fb5 7.82; preferred term #116329 on page 7.39.
# Severity is never told by colour alone: underlines are solid, dashed or dotted, and every
# tooltip names the severity.
PALETTE: dict[str, str] = {
    "text": "#1b1f24", "muted": "#57606a", "page": "#ffffff", "panel": "#f6f8fa",
    "error": "#b3261e", "error-bg": "#ffe1e3", "warning": "#8a5a00", "warning-bg": "#fff0c2",
    "info": "#1f5fbf", "info-bg": "#dcebff", "focus": "#0b57d0", "on-strong": "#ffffff",
    "tip": "#1b1f24", "tip-error": "#ffb4ab", "tip-warning": "#ffd56b", "tip-info": "#a8c7fa",
    "new": "#6a2fb5", "preferred": "#116329", "rule": "#d0d7de",  # rule: table lines only
}  # fmt: skip
# (foreground, background, minimum ratio): 4.5 for text (AA), 3 for the focus ring (non-text).
CONTRAST_PAIRS: list[tuple[str, str, float]] = [
    *[("text", bg, 4.5) for bg in ("page", "panel", "error-bg", "warning-bg", "info-bg")],
    ("muted", "page", 4.5), ("muted", "panel", 4.5), ("preferred", "page", 4.5),
    *[(sev, bg, 4.5) for sev in ("error", "warning", "info") for bg in ("page", f"{sev}-bg")],
    *[("on-strong", bg, 4.5) for bg in ("error", "warning", "info", "new", "tip")],
    *[(f"tip-{sev}", "tip", 4.5) for sev in ("error", "warning", "info")],
    *[("focus", bg, 3.0) for bg in ("page", "error-bg", "warning-bg", "info-bg")],
]  # fmt: skip
OPEN_ARTICLES = 3  # with more articles than this, every article starts collapsed
SEVERITIES = sorted(Severity, key=lambda severity: -severity.rank)


NOT_TRANSLATED = '<span aria-hidden="true">—</span><span class="vh">not translated</span>'


def provenance(segment: TranslatedSegment) -> str:
    """A translated segment's origin when it is not a plain engine translation."""
    notes = ["from memory"] if segment.cache_hit else []
    if segment.state.value != "translated":
        notes.append(esc(segment.state.value))
    if segment.back_translation:
        notes.append(f"back-translated: <q>{esc(segment.back_translation)}</q>")
    return f'<small class="smeta">{" · ".join(notes)}</small>' if notes else ""


def article_html(index: int, article: Article, renderer: Renderer, opened: bool) -> str:
    """One article: heading, counts, and its segments side by side in a <details>."""
    source, lang = article.source, article.source.metadata.language
    by_segment: dict[str, list[Finding]] = {}
    for finding in source.findings:
        by_segment.setdefault(finding.segment_id or "", []).append(finding)
    head = [f'<th scope="col" class="c-{ident(lang)}">Source ({language_label(lang)})</th>']
    targets: list[tuple[str, dict[str, TranslatedSegment]]] = []
    for target in article.targets:
        assert target.translation is not None
        tlang, engine = target_language(target), esc(target.translation.engine)
        head.append(f'<th scope="col" class="c-{ident(tlang)}">{language_label(tlang)} '
                    f"<small>{engine}</small></th>")  # fmt: skip
        targets.append((tlang, {s.id: s for s in target.translation.segments}))
    paragraph_starts = {
        p.sentences[0].id for s in source.document.sections for p in s.paragraphs if p.sentences
    }
    rows = []
    for segment in source.document.segments():
        kind = f"k-{segment.kind.value}" + (" p0" if segment.id in paragraph_starts else "")
        label = f'<span class="label">{esc(segment.label)}</span> ' if segment.label else ""
        text = renderer.text(segment.text, by_segment.pop(segment.id, []), segment.span, lang)
        cells = [f'<td class="c-{ident(lang)}" lang="{esc(lang)}">{label}{text}</td>']
        for tlang, segments in targets:
            found = segments.get(segment.id)
            body = NOT_TRANSLATED if found is None or not found.target else ""
            if found is not None:  # an empty target may have findings (UNTR001)
                body += renderer.text(found.target, found.findings, None, tlang) + provenance(found)
            cells.append(f'<td class="c-{ident(tlang)}" lang="{esc(tlang)}">{body}</td>')
        rows.append(
            f'<tr class="{kind}"><th scope="row">{esc(segment.id)}</th>{"".join(cells)}</tr>'
        )
    elsewhere = [finding for findings in by_segment.values() for finding in findings]
    rest = (
        f"<p>Not in a segment: {renderer.text('', elsewhere, None, lang)}</p>" if elsewhere else ""
    )
    aid = f"a{index}"
    stale = article.stale
    notice = (
        f'<p class="stale"><strong>Stale:</strong> these files are from an earlier run; the '
        f'last run could not rebuild them from <span class="path">{esc(stale.source)}</span> '
        f"({esc(stale.reason)}; since {esc(stale.since)}). Do not publish them as current.</p>"
        if stale is not None
        else ""
    )
    return (
        f'<section class="article" id="{aid}" aria-labelledby="{aid}-h">'
        f'<h3 id="{aid}-h">{esc(article.title)}</h3><p class="meta"><span class="path">'
        f"{esc(source.metadata.source_path)}</span> · {article_headline(article)} · findings "
        f"{article_counts(article, renderer)}</p>{notice}"
        f'<details class="body"{" open" if opened else ""}><summary>Source and translations, '
        f'segment by segment</summary><table><caption class="vh">{esc(article.title)}</caption>'
        f'<thead><tr><th scope="col" class="sid">Segment</th>{"".join(head)}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{rest}</details></section>"
    )


def article_counts(article: Article, renderer: Renderer) -> str:
    counts: dict[str, Counter[Severity]] = {lang: Counter() for lang in article.languages}
    new = 0
    for lang, finding in article.findings():
        counts[lang][finding.severity] += 1
        new += renderer.is_new(finding, lang)
    parts = [
        f"{esc(lang)}: " + (", ".join(plural(c[s], s.value) for s in SEVERITIES if c[s]) or "none")
        for lang, c in counts.items()
    ]
    return "; ".join(parts) + (f' · <span class="is-new">{new} new</span>' if new else "")


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def summary_html(articles: list[Article], languages: list[str]) -> str:
    """Findings by severity and by code, one column per language."""
    counts: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    for article in articles:
        for lang, finding in article.findings():
            for key in (finding.severity.value, finding.code):
                counts[(key, lang)] += 1
                counts[(key, "")] += 1
            names[finding.code] = finding.name
    head = ["", *map(language_label, languages), "All"]

    def row(label: str, key: str) -> list[str]:
        return [label, *(str(counts[(key, lang)]) for lang in [*languages, ""])]

    severities = [row(s.value, s.value) for s in SEVERITIES]
    codes = [row(f"<code>{esc(c)}</code> {esc(names[c])}", c) for c in sorted(names)]
    return (
        '<h3 id="by-severity">Findings by severity and language</h3>'
        f"{table('Findings by severity; a column per language', head, severities)}"
        '<h3 id="by-code">Findings by check code and language</h3>'
        f"{table('Findings by check code; a column per language', head, codes)}"
    )


def filters_html(articles: list[Article], languages: list[str]) -> str:
    """Checkboxes per severity, code and language, with the counts the script needs."""
    severities: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    triples: Counter[str] = Counter()  # "sev code lang" → findings, for the "shown" line
    for article in articles:
        for lang, finding in article.findings():
            severities[finding.severity.value] += 1
            codes[finding.code] += 1
            triples[f"{finding.severity.value} {ident(finding.code)} {ident(lang)}"] += 1
    groups = [
        ("Severity", "sev", [(s.value, f"{s.value} ({severities[s.value]})") for s in SEVERITIES]),
        ("Check code", "code", [(c, f"{esc(c)} ({n})") for c, n in sorted(codes.items())]),
        ("Language", "lang", [(lang, language_label(lang)) for lang in languages]),
    ]
    fieldsets = "".join(
        f"<fieldset><legend>{legend}</legend>"
        + "".join(
            f'<label><input type="checkbox" data-filter="{kind}" value="{ident(value)}" checked> '
            f"{label}</label>"
            for value, label in values
        )
        + "</fieldset>"
        for legend, kind, values in groups
    )
    return (
        '<nav class="filters" aria-labelledby="filters-h"><h2 id="filters-h">Filters</h2>'
        f'<form id="filters" data-counts="{esc(json.dumps(triples))}">{fieldsets}<div>'
        '<button type="button" id="show-all">Show all findings</button> '
        '<button type="button" id="expand-all">Expand all articles</button> '
        '<button type="button" id="collapse-all">Collapse all articles</button></div>'
        f'<p id="filter-status" role="status">{sum(codes.values())} findings shown.</p>'
        "</form></nav>"
    )


def asset(name: str) -> str:
    return resources.files("pipeline.emit.report").joinpath("assets", name).read_text("utf-8")


def csp_source(text: str) -> str:
    """The CSP hash source that lets exactly this inline script or style run."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def render_report(
    articles: list[Article],
    history: History,
    coverage: Coverage,
    generated_at: str,
    state_name: str,
) -> str:
    """The whole page: styles and script inlined, allowed by hash, nothing fetched."""
    languages = list(dict.fromkeys(lang for a in articles for lang in a.languages))
    renderer = Renderer(history.new_keys())
    opened = len(articles) <= OPEN_ARTICLES
    body = "".join(article_html(i, a, renderer, opened) for i, a in enumerate(articles, 1))
    variables = "".join(f"--{name}:{value};" for name, value in PALETTE.items())
    hide = "".join(
        f"main.hide-{ident(lang)} .c-{ident(lang)}{{display:none}}" for lang in languages
    )
    styles = [f":root{{{variables}}}{hide}", asset("report.css")]
    script = asset("report.js")
    csp = (
        f"default-src 'none'; img-src data:; script-src {csp_source(script)}; "
        f"style-src {' '.join(map(csp_source, styles))}"
    )
    findings = sum(len(a.findings()) for a in articles)
    stale = sum(1 for a in articles if a.stale is not None)
    stale_note = f' · <strong class="stale-count">{stale} stale</strong>' if stale else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,"><title>Content QA report</title>'
        + "".join(f"<style>{style}</style>" for style in styles)
        + '</head><body><a class="skip" href="#articles-h">Skip to the articles</a>'
        f"<header><h1>Content QA report</h1><p>{len(articles)} articles{stale_note} · "
        f"{findings} findings · "
        f"languages {', '.join(map(language_label, languages))} · generated {esc(generated_at)}"
        f'</p></header>{filters_html(articles, languages)}<main id="report">'
        '<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'
        '<h3 id="scores">Quality scores, worst first</h3>'
        f"{scores_html(articles)}{summary_html(articles, languages)}"
        '<h3 id="changes">Changes since the previous '
        f"report</h3>{history_html(history, state_name)}"
        f'<h3 id="coverage">Glossary coverage</h3>{coverage_html(coverage, languages)}</section>'
        f'<section aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2>{body}</section>'
        "</main><footer><p>Written by content-pipeline. Opens offline: nothing is fetched.</p>"
        f"</footer><script>{script}</script></body></html>\n"
    )


@dataclass(frozen=True)
class ReportResult:
    html_path: Path
    state_path: Path
    articles: int
    findings: int
    history: History


def create_report(
    out_dir: Path, html_path: Path, glossary: Glossary | None, now: datetime | None = None
) -> ReportResult:
    """Write the report of `out_dir` and its state file; what `write_report` does, and more.

    `glossary` is the one the run used (its coverage is shown); None when it is not at hand.
    """
    articles = load_articles(out_dir)
    current = [RecordedFinding.of(f, lang) for a in articles for lang, f in a.findings()]
    state = state_path(html_path)
    history = compare(load_state(state), current)
    generated_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0).isoformat()
    coverage = glossary_coverage(articles, glossary)
    atomic_write_text(
        html_path, render_report(articles, history, coverage, generated_at, state.name)
    )
    save_state(state, current, generated_at)
    return ReportResult(html_path, state, len(articles), len(current), history)


def write_report(out_dir: Path, html_path: Path, glossary: Glossary | None) -> Path:
    """Write one self-contained HTML report of the content files in `out_dir`; returns its path.
    `glossary` is the one the run used, for the glossary coverage (None: not shown).

    Next to it goes `<name>.state.json`, which the next report compares with to list the new
    and the fixed findings. Raises PipelineError when `out_dir` holds no content files.
    """
    return create_report(out_dir, html_path, glossary).html_path
