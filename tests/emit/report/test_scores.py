"""The HTML report's quality scores: a headline per article and a table, worst first."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.emit.report.test_page import out, page_of  # noqa: F401 (the fixture)


def cells(page: str) -> list[list[str]]:
    """The rows of the scores table, as text."""
    section = page.split('<h3 id="scores">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", section.split("<tbody>", 1)[1])
    cell = re.compile(r"<t[hd][^>]*>(.*?)</t[hd]>")
    return [[re.sub(r"<[^>]+>", "", c) for c in cell.findall(row)] for row in rows]


def written_scores(folder: Path) -> dict[str, float]:
    scores = {}
    for file in folder.rglob("content.*.json"):
        data = json.loads(file.read_text(encoding="utf-8"))
        scores[file.name.split(".")[1]] = data["summary"]["quality"]["score"]
    return scores


def test_the_summary_lists_each_language_score_worst_first(out: Path) -> None:  # noqa: F811
    page = page_of(out)
    rows = cells(page)
    scores = written_scores(out)
    assert [row[1].split(" ")[0] for row in rows] == sorted(scores, key=lambda lang: scores[lang])
    assert [float(row[2]) for row in rows] == sorted(scores.values())
    nb = next(row for row in rows if row[1].startswith("nb"))
    assert nb[3] == "30"  # NUM001 is critical (25), MT004 major (5)
    assert "accuracy/untranslated 1" in nb[5] and "accuracy/mistranslation 1" in nb[5]


def test_each_article_has_a_quality_headline_per_language(out: Path) -> None:  # noqa: F811
    page = page_of(out)
    scores = written_scores(out)
    headline = re.search(r'<span class="quality">(.*?)</span>', page)
    assert headline is not None
    text = re.sub(r"<[^>]+>", "", headline.group(1))
    assert text == f"quality da {scores['da']:.1f} · nb {scores['nb']:.1f}"


def test_a_content_file_written_before_scores_shows_a_dash(out: Path) -> None:  # noqa: F811
    for file in out.rglob("content.nb.json"):
        data = json.loads(file.read_text(encoding="utf-8"))
        del data["summary"]["quality"]
        data["schema_version"] = "1.1"
        file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page = page_of(out)
    assert cells(page)[-1][1:3] == ["nb · Norwegian Bokmål", "–"]
    assert "nb <b>–</b>" in page
