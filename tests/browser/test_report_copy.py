"""The report's "copy suppression" buttons in real headless Chromium: reachable from the
keyboard inside a finding's tooltip, and what they copy is on the clipboard."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.test_report_in_chromium import (  # noqa: F401 (fixtures)
    browser,
    pytestmark,
    report_path,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page


@pytest.fixture
def page(browser: Browser, report_path: Path) -> Iterator[Page]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(report_path.as_uri())
    yield page
    context.close()


def test_tab_from_a_finding_reaches_its_copy_buttons_and_the_tooltip_stays(page: Page) -> None:
    finding = page.locator("td.c-da .f", has_text="muskelsvindninger").first
    finding.focus()
    tip = page.locator(f"#{finding.get_attribute('aria-describedby')}")
    assert tip.is_visible()
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.inner_text() == "Copy suppression comment"
    assert tip.is_visible()
    page.keyboard.press("Tab")
    assert page.locator(":focus").inner_text() == "Copy baseline entry"


def test_a_copy_button_puts_the_baseline_entry_on_the_clipboard(page: Page) -> None:
    finding = page.locator("td.c-da .f", has_text="muskelsvindninger").first
    finding.hover()
    tip = page.locator(f"#{finding.get_attribute('aria-describedby')}")
    button = tip.locator("button.copy", has_text="Copy baseline entry").first
    button.click()
    page.wait_for_function("document.activeElement.textContent === 'Copied'")
    entry = json.loads(page.evaluate("navigator.clipboard.readText()"))
    assert (entry["code"], entry["match"]) == ("TERM001", "muskelsvindninger")
    assert "muskelsvindninger" in entry["context"]
    assert entry["path"] == "sources/muskeltraekninger-da.txt"
