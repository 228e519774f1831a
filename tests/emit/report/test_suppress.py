"""The HTML report's "copy suppression" buttons: what they give does accept the finding."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.emit.report.suppress import baseline_entry, inline_comment
from tests.emit.factories import finding
from tests.emit.report.test_page import out, page_of  # noqa: F401 (the fixture)

CHECK = ("check", "sikl.txt", "--select", "TERM002", "--no-cache", "--jobs", "1")


def copies(page: str, label: str) -> list[str]:
    """The texts the buttons labelled `label` copy, in page order."""
    pattern = rf'<button type="button" class="copy" data-copy="([^"]*)"[^>]*>{label}</button>'
    return [html.unescape(text) for text in re.findall(pattern, page)]


def reported(*args: str) -> list[str]:
    result = CliRunner().invoke(cli, [*CHECK, *args])
    return [line for line in result.stdout.splitlines() if " TERM002 " in line]


def test_each_source_finding_offers_a_comment_and_a_baseline_entry(
    out: Path,  # noqa: F811
) -> None:
    page = page_of(out)
    assert len(reported()) == 3  # "Sikl" in the title, "sikl" twice in the sentence
    assert (
        copies(page, "Copy suppression comment")
        == ["<!-- content-pipeline: disable-next-line=TERM002 -->"] * 3
    )
    assert len(copies(page, "Copy baseline entry")) == 3


def test_translation_findings_offer_no_suppression(out: Path) -> None:  # noqa: F811
    page = page_of(out)
    nb_cells = re.findall(r'<td class="c-nb"[^>]*>(.*?)</td>', page)
    assert nb_cells
    assert not any('class="copy"' in cell for cell in nb_cells)


def test_the_copied_baseline_entries_accept_the_findings_check_reports(
    out: Path,  # noqa: F811
) -> None:
    entries = [json.loads(text) for text in copies(page_of(out), "Copy baseline entry")]
    Path("baseline.json").write_text(json.dumps({"findings": entries}), encoding="utf-8")
    assert reported("--baseline", "baseline.json") == []


def test_the_copied_comment_above_the_line_accepts_its_findings(out: Path) -> None:  # noqa: F811
    comment = copies(page_of(out), "Copy suppression comment")[0]
    lines = Path("sikl.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    Path("sikl.txt").write_text("".join([*lines[:-1], comment + "\n", lines[-1]]))
    assert [line.split(" ")[0] for line in reported()] == ["sikl.txt:1:1:"]  # the title


def test_a_po_entry_gets_a_translator_comment_and_other_files_none() -> None:
    assert inline_comment(finding(path="da.po", code="NUM001")) == (
        "# content-pipeline: disable=NUM001"
    )
    assert inline_comment(finding(path="da.xlf")) is None
    assert json.loads(baseline_entry(finding(path="a/b.md"), "Ved ALS ses dræning.")) == {
        "path": "a/b.md",
        "code": "TERM001",
        "context": "Ved ALS ses dræning.",
        "match": "dræning",
        "count": 1,
    }


def test_the_comment_is_the_one_the_file_format_declares() -> None:
    assert inline_comment(finding(path="notes.md", code="TERM002")) == (
        "<!-- content-pipeline: disable-next-line=TERM002 -->"
    )
    assert inline_comment(finding(path="da/messages.PO", code="NUM001")) == (
        "# content-pipeline: disable=NUM001"
    )
    assert inline_comment(finding(path="da.xliff", code="NUM001")) is None
    assert inline_comment(finding(path="content.da.json", code="NUM001")) is None
