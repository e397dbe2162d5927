"""The dashboard's charts in real Chromium: drawn from the JSON blocks, mirrored in Arabic, printed to PDF."""

from __future__ import annotations

import os

import factories as f
import pytest
from test_browser import _login, live_server  # noqa: F401  (the shared live-server fixture)
from test_indicator_pages import with_started_matches

from webapp.extensions import db

pytestmark = pytest.mark.browser


def _gemeente_with_matches():
    g = f.gemeente()
    with_started_matches(g, 6)
    return g


def _drawn(page, chart_id: str) -> bool:
    """Some pixel of the canvas is not transparent: Chart.js drew on it."""
    return page.evaluate(
        """id => {
        const canvas = document.getElementById(id);
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
        return false;
    }""",
        chart_id,
    )


def test_charts_are_drawn_and_mirrored_in_arabic(live_server, browser):  # noqa: F811
    g = _gemeente_with_matches()
    staff = f.user("gemeente", gemeente=g, email="beleid@dalfsen.example")
    staff.preferred_language = "ar"
    db.session.commit()
    page = _login(browser, live_server, staff, locale="ar")
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto(f"{live_server}/gemeente")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("Object.keys(Chart.instances).length") >= 6
    assert _drawn(page, "chart-matches") and _drawn(page, "chart-funnel")
    assert page.evaluate("Chart.getChart('chart-matches').options.scales.x.reverse") is True
    assert page.evaluate("Chart.getChart('chart-matches').options.plugins.tooltip.rtl") is True
    texts = page.evaluate("Chart.getChart('chart-matches').data.datasets[1].texts")
    assert "<5" in texts  # last year had fewer than 5 in every month: written, not drawn as 0
    assert page.locator("#fig-matches").inner_text().strip() == "6"
    page.screenshot(path=os.path.join(os.environ.get("SCREENSHOT_DIR", "/tmp"), "indicators-ar.png"), full_page=True)


def test_raadsrapportage_prints_with_its_charts(live_server, browser):  # noqa: F811
    g = _gemeente_with_matches()
    staff = f.user("gemeente", gemeente=g, email="beleid2@dalfsen.example")
    page = _login(browser, live_server, staff)
    page.goto(f"{live_server}/gemeente")
    page.locator("#report-link").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.evaluate("document.documentElement.classList.contains('charts-ready')")
    assert _drawn(page, "chart-matches")
    page.emulate_media(media="print")
    assert not page.locator(".no-print").first.is_visible()
    pdf = page.pdf(format="A4")
    assert pdf[:5] == b"%PDF-" and len(pdf) > 20_000
    with open(os.path.join(os.environ.get("SCREENSHOT_DIR", "/tmp"), "raadsrapportage.pdf"), "wb") as out:
        out.write(pdf)
