"""The HTML report: escaping, where highlights go, summary counts, history, colour contrast."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.checks import check_document
from pipeline.core.errors import PipelineError
from pipeline.core.models import Finding, Severity, Span, TranslationUnit
from pipeline.emit.content import build_content, build_translation_content, write_content
from pipeline.emit.report.articles import load_articles
from pipeline.emit.report.coverage import glossary_coverage
from pipeline.emit.report.highlight import Renderer, expected_offset, locate, marks
from pipeline.emit.report.history import (
    FindingKey,
    RecordedFinding,
    State,
    compare,
    load_state,
    state_path,
)
from pipeline.emit.report.page import (
    CONTRAST_PAIRS,
    PALETTE,
    create_report,
    write_report,
)
from pipeline.glossary import Glossary, load_glossary
from pipeline.ingest import read_document

ROOT = Path(__file__).parents[3]
CSS = ROOT / "pipeline" / "emit" / "report" / "assets" / "report.css"
GLOSSARY = """concept_id,lang,term,status,note,source
drooling,da,savlen,preferred,,
drooling,da,sikl,deprecated,colloquial,
drooling,nb,sikling,preferred,,
"""
ARTICLE = (
    "Sikl hos voksne <b>&</b>\n\n"
    "Savlen, sikl og mere sikl er symptomer. Teksten <script>alert(1)</script> er kun tekst.\n"
)
WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def bilingual(
    code: str, severity: Severity, match: str, segment_id: str, message: str = "a message"
) -> Finding:
    return Finding(
        code=code,
        name=f"bilingual.{code.lower()}",
        severity=severity,
        message=message,
        path="sikl.txt",
        line=3,
        column=1,
        end_line=3,
        end_column=1,
        match=match,
        segment_id=segment_id,
    )


NB_TARGETS = {
    "title": "Sikl hos voksne <b>&</b>",
    "s0.p1.s1": "Sikling, sikl og mer sikl er symptomer.",
    "s0.p1.s2": "Teksten <script>alert(1)</script> er bare tekst såsom websted.",
}
NB_FINDINGS = [
    bilingual("MT004", Severity.ERROR, "såsom, websted", "s0.p1.s2"),
    bilingual("NUM001", Severity.ERROR, "100.000", "s0.p1.s1", message="number missing"),
]


def write_article(
    out: Path, nb_findings: list[Finding], nb_targets: dict[str, str] = NB_TARGETS
) -> None:
    """The tiny article checked for real (da) plus an nb translation with `nb_findings`.

    Run in the folder of sikl.txt and glossary.csv, so the content names them relatively.
    """
    glossary = load_glossary(Path("glossary.csv"))
    document = read_document(Path("sikl.txt"), language="da")
    write_content(build_content(document, check_document(document, glossary), glossary), out)
    units = [
        TranslationUnit(
            id=s.id,
            source=s.text,
            target=nb_targets[s.id],
            source_lang="da",
            target_lang="nb",
            path=document.path,
        )
        for s in document.content_segments()
    ]
    write_content(
        build_translation_content(document, units, nb_findings, glossary, "apertium", "3.8"), out
    )


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "sikl.txt").write_text(ARTICLE, encoding="utf-8")
    write_article(tmp_path / "output", NB_FINDINGS)
    return tmp_path / "output"


def glossary_beside(out: Path) -> Glossary | None:
    """The glossary the run used (the caller of the report passes it in), if still there."""
    csv = out.parent / "glossary.csv"
    return load_glossary(csv) if csv.exists() else None


def page_of(out: Path) -> str:
    report = write_report(out, out.parent / "report.html", glossary_beside(out))
    return report.read_text(encoding="utf-8")


def highlights(page: str, text: str) -> list[str]:
    """The highlights (mark) and chips (span) whose text is `text`."""
    element = rf'<(mark|span) class="f [^"]*"[^>]*>{re.escape(text)}</\1>'
    return re.findall(f'<span class="fw">{element}', page)


def test_article_text_is_escaped_and_the_only_script_is_the_reports(out: Path) -> None:
    page = page_of(out)
    assert page.count("<script") == 1
    assert "Teksten &lt;script&gt;alert(1)&lt;/script&gt; er kun tekst." in page
    assert "Teksten &lt;script&gt;alert(1)&lt;/script&gt; er bare tekst" in page
    assert '<h3 id="a1-h">Sikl hos voksne &lt;b&gt;&amp;&lt;/b&gt;</h3>' in page


def test_finding_messages_are_escaped(out: Path) -> None:
    hostile = bilingual("MT004", Severity.ERROR, "websted", "s0.p1.s2", message='<img src=x> "q"')
    write_article(out, [hostile])
    assert "&lt;img src=x&gt; &quot;q&quot;" in page_of(out)


def test_the_content_security_policy_allows_only_the_inlined_script(out: Path) -> None:
    page = page_of(out)
    script = re.search(r"<script>(.*)</script>", page, re.S)
    assert script is not None
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode()).digest()).decode()
    assert f"default-src 'none'; img-src data:; script-src 'sha256-{digest}';" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)


def test_a_deprecated_term_is_highlighted_at_the_occurrence_its_column_names(out: Path) -> None:
    page = page_of(out)
    assert 'Savlen, <span class="fw"><mark class="f sev-warning"' in page
    assert 'og mere <span class="fw"><mark class="f sev-warning"' in page
    assert len(highlights(page, "sikl")) == 2


def test_the_occurrence_nearest_the_findings_column_is_chosen() -> None:
    text = "Savlen, sikl og mere sikl er symptomer."
    span = Span(line=3, column=1, end_line=3, end_column=40, start=17, end=56)
    second = bilingual("TERM002", Severity.WARNING, "sikl", "s0.p1.s1")
    second = second.model_copy(update={"line": 3, "column": 22})
    assert locate(text, second, span) == [(21, 25)]


def test_a_line_of_a_multi_line_segment_counts_from_the_line_break() -> None:
    text = "De fleste tilfælde går over af sig selv\ni løbet af nogle timer."
    span = Span(line=3, column=43, end_line=4, end_column=24, start=68, end=131)
    assert expected_offset(text, span, line=3, column=46) == 3
    assert expected_offset(text, span, line=4, column=3) == text.index("løbet")


def test_each_word_of_a_comma_listed_match_is_highlighted(out: Path) -> None:
    text = NB_TARGETS["s0.p1.s2"]
    found, chips = marks(text, [NB_FINDINGS[0]], None)
    assert [text[m.start : m.end] for m in found] == ["såsom", "websted"]
    assert chips == []
    page = page_of(out)
    assert len(highlights(page, "såsom")) == 1
    assert len(highlights(page, "websted")) == 1
    assert "&quot;error MT004 nb&quot;: 1" in page  # the filter status counts it once


def test_a_match_missing_from_the_target_becomes_a_chip(out: Path) -> None:
    found, chips = marks(NB_TARGETS["s0.p1.s1"], [NB_FINDINGS[1]], None)
    assert (found, chips) == ([], [NB_FINDINGS[1]])
    assert len(highlights(page_of(out), "NUM001")) == 1


def test_an_empty_target_shows_not_translated_and_its_findings(out: Path) -> None:
    empty = {**NB_TARGETS, "s0.p1.s1": ""}
    untranslated = bilingual("UNTR001", Severity.ERROR, NB_TARGETS["s0.p1.s1"], "s0.p1.s1")
    write_article(out, [untranslated], empty)
    page = page_of(out)
    assert (
        '<span class="vh">not translated</span> <span class="fw"><span class="f sev-error' in page
    )
    assert len(highlights(page, "UNTR001")) == 1


def test_overlapping_findings_share_one_highlight_at_the_highest_severity() -> None:
    text = "normalt strækning og træning for at hjælpe"
    info = bilingual("TERM003", Severity.INFO, "træning", "s")
    warning = bilingual("TERM004", Severity.WARNING, "og træning", "s")
    found, _ = marks(text, [info, warning], None)
    assert [(text[m.start : m.end], m.findings) for m in found] == [("og træning", [warning, info])]
    html = Renderer(set()).text(text, [info, warning], None, "da")
    assert (
        '<mark class="f sev-warning" tabindex="0" aria-describedby="tip1">og træning</mark>' in html
    )
    assert html.count('class="fi"') == 2


def test_a_whole_segment_finding_is_a_chip_when_others_are_highlighted_in_it() -> None:
    text = "Sikl hos voksne"
    whole = bilingual("LANG001", Severity.WARNING, text, "title")
    term = bilingual("TERM002", Severity.WARNING, "Sikl", "title")
    found, chips = marks(text, [whole, term], None)
    assert ([(m.start, m.end) for m in found], chips) == ([(0, 4)], [whole])
    assert [(m.start, m.end) for m in marks(text, [whole], None)[0]] == [(0, 15)]


def test_the_summary_counts_findings_by_severity_and_code_per_language(out: Path) -> None:
    page = page_of(out)
    # da: TERM002 on the title and twice in s0.p1.s1; nb: MT004 and NUM001
    assert '<tr><th scope="row">error</th><td>0</td><td>2</td><td>2</td></tr>' in page
    assert '<tr><th scope="row">warning</th><td>3</td><td>0</td><td>3</td></tr>' in page
    assert '<tr><th scope="row">info</th><td>0</td><td>0</td><td>0</td></tr>' in page
    assert (
        '<tr><th scope="row"><code>TERM002</code> terminology.deprecated-term</th>'
        "<td>3</td><td>0</td><td>3</td></tr>"
    ) in page
    assert 'value="warning" checked> warning (3)' in page
    assert 'value="MT004" checked> MT004 (1)' in page


def test_glossary_coverage_lists_the_terms_found_per_language(out: Path) -> None:
    coverage = glossary_coverage(load_articles(out), glossary_beside(out))
    assert coverage.glossary == "glossary.csv"
    assert coverage.concepts == 1
    assert dict(coverage.terms["drooling"]["da"]) == {
        ("savlen", "preferred"): 1,
        ("sikl", "deprecated"): 3,
    }
    assert dict(coverage.terms["drooling"]["nb"]) == {("sikling", "preferred"): 1}


def test_without_its_glossary_the_report_says_so(out: Path) -> None:
    (out.parent / "glossary.csv").unlink()
    assert "No glossary to compare with: glossary.csv (not found)." in page_of(out)


def test_the_first_report_is_the_baseline_and_writes_its_state(out: Path) -> None:
    result = create_report(out, out.parent / "report.html", glossary_beside(out), now=WHEN)
    assert result.history.is_baseline
    assert "this report is the baseline" in result.html_path.read_text(encoding="utf-8")
    state = json.loads(result.state_path.read_text(encoding="utf-8"))
    assert result.state_path == out.parent / "report.state.json"
    assert state["generated_at"] == "2024-05-01T12:00:00+00:00"
    assert len(state["findings"]) == 5
    first = state["findings"][0]
    assert first["key"] == {
        "path": "sikl.txt", "lang": "da", "code": "TERM002", "segment_id": "s0.p1.s1",
        "match": "sikl",
    }  # fmt: skip
    assert first["severity"] == "warning"
    assert first["message"].startswith("deprecated term 'sikl'")


def test_the_next_report_lists_new_and_fixed_findings(out: Path) -> None:
    create_report(out, out.parent / "report.html", glossary_beside(out), now=WHEN)
    url = bilingual("URL001", Severity.ERROR, "websted", "s0.p1.s2")
    write_article(out, [NB_FINDINGS[0], url])  # NUM001 fixed, URL001 new

    result = create_report(out, out.parent / "report.html", glossary_beside(out))

    assert [r.key.code for r in result.history.new] == ["URL001"]
    assert [r.key.code for r in result.history.fixed] == ["NUM001"]
    page = result.html_path.read_text(encoding="utf-8")
    assert "Since the previous report of 2024-05-01T12:00:00+00:00: <strong>1 new</strong>" in page
    assert '<em class="is-new">new since the previous report</em>' in page


def key(code: str, match: str = "x") -> RecordedFinding:
    return RecordedFinding(FindingKey("a.txt", "da", code, "s1", match), "error", "m")


def test_history_compares_by_identity_and_counts_repeats() -> None:
    previous = State("2024-05-01T12:00:00+00:00", [key("A"), key("B"), key("B")])
    history = compare(previous, [key("B"), key("B"), key("B"), key("C")])
    assert [r.key.code for r in history.new] == ["B", "C"]
    assert [r.key.code for r in history.fixed] == ["A"]
    assert compare(None, [key("A")]).is_baseline


def test_a_state_file_that_is_not_one_is_an_error_naming_it(tmp_path: Path) -> None:
    path = state_path(tmp_path / "report.html")
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"report\.state\.json: cannot read the previous"):
        load_state(path)
    assert load_state(tmp_path / "missing.state.json") is None


def test_with_more_than_three_articles_each_starts_collapsed(out: Path) -> None:
    for name in ("b", "c", "d"):
        (out / name).mkdir()
        for file in (out / "sikl").iterdir():
            (out / name / file.name).write_bytes(file.read_bytes())
    page = page_of(out)
    assert page.count('<details class="body"><summary>Source and translations') == 4
    assert '<details class="body" open>' not in page


def test_the_report_command_writes_the_page_and_tells_what_changed(out: Path) -> None:
    from pipeline.cli.report import report

    result = CliRunner().invoke(report, [str(out), "--html", "qa.html"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "Wrote qa.html: 1 article(s), 5 finding(s); first report: the baseline for the next one.\n"
    )
    assert Path("qa.state.json").exists()
    again = CliRunner().invoke(report, [str(out), "--html", "qa.html"])
    assert "0 new, 0 fixed since the previous report." in again.output


def test_the_report_command_passes_the_glossary_the_run_named(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The content names glossary.csv relative to the run's folder; the command finds it there
    from elsewhere too (beside the output folder), and says so when it is gone."""
    from pipeline.cli.report import report

    monkeypatch.chdir(out)
    assert CliRunner().invoke(report, [str(out), "--html", "qa.html"]).exit_code == 0
    assert "1 of 1 concepts of glossary.csv occur in" in (out / "qa.html").read_text("utf-8")
    (out.parent / "glossary.csv").unlink()
    assert CliRunner().invoke(report, [str(out), "--html", "qa.html"]).exit_code == 0
    page = (out / "qa.html").read_text("utf-8")
    assert "No glossary to compare with: glossary.csv (not found)." in page


def test_the_report_command_refuses_a_folder_without_content(tmp_path: Path) -> None:
    from pipeline.cli.report import report

    result = CliRunner().invoke(report, [str(tmp_path)])
    assert isinstance(result.exception, PipelineError)
    assert "no content files" in str(result.exception)


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("foreground", "background", "minimum"), CONTRAST_PAIRS)
def test_colour_pairs_pass_wcag_aa(foreground: str, background: str, minimum: float) -> None:
    assert contrast_ratio(PALETTE[foreground], PALETTE[background]) >= minimum


def test_the_stylesheet_uses_only_palette_colours() -> None:
    css = CSS.read_text(encoding="utf-8")
    assert set(re.findall(r"var\(--([\w-]+)\)", css)) <= set(PALETTE)
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b", css) == []
