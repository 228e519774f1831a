"""The HTML report as a person sees it, in real headless Chromium (Debian's, driven by Playwright).

The seed article and an article whose text holds a <script> tag go through `run --to nb,nn,sv`
(Apertium), then `write_report`; the tests look at what is shown, hover, click and press Tab.
Set CONTENT_PIPELINE_SCREENSHOT=docs/report-screenshot.png to refresh the docs screenshot.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.emit.report.page import write_report
from pipeline.glossary import load_glossary

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed at /usr/bin/chromium (run scripts/setup-browser.sh)",
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
SCRIPT_ARTICLE = """Sikkerhed på nettet

Denne artikel viser koden <script>alert(1)</script> som almindelig tekst.
"""
SCRIPT_TEXT = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def report_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the seed article and the <script> article, translated into nb, nn, sv."""
    root = tmp_path_factory.mktemp("report")
    shutil.copy(ROOT / "glossary.csv", root / "glossary.csv")
    sources = root / "sources"
    sources.mkdir()
    shutil.copy(SEED, sources / SEED.name)
    (sources / "sikkerhed.txt").write_text(SCRIPT_ARTICLE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)  # relative paths in the content, as `make demo` writes them
        args = ["run", "sources", "--to", "nb,nn,sv", "--out", "output", "--lang", "da"]
        result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return write_report(root / "output", root / "report.html", load_glossary(root / "glossary.csv"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # launch() gives every run a fresh temporary profile (--user-data-dir)
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, report_path: Path) -> Iterator[Page]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(report_path.as_uri())
    yield page
    assert dialogs == [], "the report opened a dialog: article text ran as script"
    page.close()


def highlight(page: Page, text: str, column: str = "da") -> Locator:
    """The highlight of `text` in the language column `column` of the articles."""
    return page.locator(f"td.c-{column} .f", has_text=text).first


def tooltip(page: Page, finding: Locator) -> Locator:
    tip_id = finding.get_attribute("aria-describedby")
    return page.locator(f"#{tip_id}")


def test_the_forbidden_term_is_an_error_highlight_whose_hover_shows_the_suggestion(
    page: Page,
) -> None:
    finding = highlight(page, "muskelsvindninger")
    assert "sev-error" in (finding.get_attribute("class") or "").split()
    tip = tooltip(page, finding)
    assert tip.is_hidden()
    finding.hover()
    assert tip.is_visible()
    assert "TERM001" in tip.inner_text()
    assert "Suggestion: muskeltrækninger" in tip.inner_text()


def test_keyboard_focus_alone_reaches_a_finding_and_reveals_its_suggestion(page: Page) -> None:
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "muskelsvindninger":
            break
    else:
        pytest.fail("Tab never reached the 'muskelsvindninger' highlight")
    focused = page.locator(":focus")
    tip = tooltip(page, focused)
    assert tip.is_visible()
    assert "muskeltrækninger" in tip.inner_text()
    page.keyboard.press("Escape")
    assert tip.is_hidden()


def first_unknown_word(report_path: Path, lang: str) -> str:
    """A word the installed Apertium marked unknown in the seed's translation (build-dependent)."""
    content = report_path.parent / "output" / "muskeltraekninger-da" / f"content.{lang}.json"
    segments = json.loads(content.read_text(encoding="utf-8"))["translation"]["segments"]
    return next(word for segment in segments for word in segment["unknown_words"])


def test_a_translation_finding_is_highlighted_in_the_target_column(
    page: Page, report_path: Path
) -> None:
    finding = highlight(page, first_unknown_word(report_path, "nb"), column="nb")
    assert "sev-error" in (finding.get_attribute("class") or "").split()
    finding.hover()
    assert "MT004" in tooltip(page, finding).inner_text()


def test_unticking_warning_hides_every_warning_and_keeps_the_errors(page: Page) -> None:
    warnings = page.locator(".f.sev-warning")
    assert warnings.count() > 0
    choking = highlight(page, "kvælning")
    assert choking.get_attribute("tabindex") == "0"

    page.get_by_role("checkbox", name="warning").click()

    assert warnings.count() == 0
    assert choking.get_attribute("tabindex") == "-1"
    choking.hover()
    assert tooltip(page, choking).is_hidden()
    assert "sev-error" in (highlight(page, "muskelsvindninger").get_attribute("class") or "")
    assert "of" in page.locator("#filter-status").inner_text()


def test_unticking_a_language_hides_its_column(page: Page) -> None:
    nb_cells = page.locator("td.c-nb")
    assert nb_cells.first.is_visible()
    page.get_by_role("checkbox", name="nb · Norwegian Bokmål").click()
    assert nb_cells.first.is_hidden()
    assert page.locator("td.c-nn").first.is_visible()


def test_the_script_in_an_article_is_shown_as_text_and_never_runs(page: Page) -> None:
    assert page.locator("script").count() == 1  # the report's own
    shown = page.locator("td.c-da", has_text=SCRIPT_TEXT)
    assert shown.count() == 1
    assert shown.is_visible()


def test_the_report_makes_no_network_requests(browser: Browser, report_path: Path) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report_path.as_uri())
    page.close()
    assert requests == [report_path.as_uri()]


def test_screenshot_of_the_seed_report(page: Page, tmp_path: Path) -> None:
    """A picture for people (docs/report-screenshot.png): the seed article, a finding hovered."""
    page.set_viewport_size({"width": 1400, "height": 1300})
    heading = page.get_by_role("heading", name="Hvad er årsagerne til muskeltrækninger i benene?")
    heading.evaluate("element => element.scrollIntoView()")
    finding = highlight(page, "spilde bort")
    finding.hover()
    assert tooltip(page, finding).is_visible()
    target = Path(os.environ.get("CONTENT_PIPELINE_SCREENSHOT", tmp_path / "report.png"))
    page.screenshot(path=str(target))
    assert target.read_bytes().startswith(b"\x89PNG")


def test_an_article_opened_after_a_filter_change_shows_the_filter(page: Page) -> None:
    """Expand all applies the filters before the articles open: already so in the same task."""
    page.get_by_role("button", name="Collapse all articles").click()
    page.get_by_role("checkbox", name="warning").click()
    # counted in the click's own task, before any toggle event could run (none may be needed)
    shown = page.evaluate(
        "() => { document.getElementById('expand-all').click();"
        " return document.querySelectorAll('.f.sev-warning').length; }"
    )
    assert shown == 0
    assert highlight(page, "muskelsvindninger").is_visible()
    assert page.locator(".f.sev-warning").count() == 0


def test_an_article_opened_by_its_own_summary_after_a_filter_change_shows_the_filter(
    page: Page,
) -> None:
    """One article opened by a click: the filters reach it through the (later) toggle event."""
    from playwright.sync_api import expect

    page.get_by_role("button", name="Collapse all articles").click()
    page.get_by_role("checkbox", name="warning").click()
    seed = page.locator("details.body").filter(has=highlight(page, "muskelsvindninger"))
    seed.locator("summary").first.click()
    assert highlight(page, "muskelsvindninger").is_visible()
    expect(seed.locator(".f.sev-warning")).to_have_count(0)
