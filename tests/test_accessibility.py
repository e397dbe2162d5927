"""Every main page of every role, in real Chromium: accessible (axe-core, WCAG 2.1 AA), usable at
360 px without sideways scrolling, and with the Arabic and Ethiopic fonts really loaded.

The demo data fills the pages (long names, every match status, Arabic and Tigrinya text), as a
coordinator or a newcomer would see them. Screenshots of the newcomer's screens at 360 px in
Arabic, Tigrinya, Farsi and Somali go to ``tests/artifacts/`` (not committed) for a person to look at.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from werkzeug.serving import make_server

from webapp.demo.commands import DEMO_PASSWORD
from webapp.extensions import db, delete_all_rows

pytestmark = [pytest.mark.browser, pytest.mark.no_db]

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(__file__).parent / "artifacts"
#: axe's own rule tags for WCAG 2.0 and 2.1, levels A and AA.
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _ids(app):
    """Ids the pages need, taken from the demo: a Dalfsen newcomer with a match, an offer of Taalpunt."""
    from webapp.matches.models import Match
    from webapp.newcomers.models import Newcomer
    from webapp.offers.models import Offer, OfferTranslation
    from webapp.organisations.models import Organisation

    with app.app_context():
        taalpunt = db.session.scalar(select(Organisation.id).where(Organisation.name == "Taalpunt Dalfsen"))
        offer = db.session.scalar(
            select(Offer.id).where(Offer.organisation_id == taalpunt, Offer.status == "published")
        )
        match = db.session.scalar(
            select(Match.id).join(Newcomer).join(Offer).where(Offer.organisation_id == taalpunt).order_by(Match.id)
        )
        coordinator_match = db.session.scalar(
            select(Match.id).join(Newcomer).where(Newcomer.kern_id.isnot(None)).order_by(Match.id)
        )
        newcomer = db.session.scalar(select(Match.newcomer_id).where(Match.id == coordinator_match))
        translated = db.session.scalar(
            select(OfferTranslation.offer_id)
            .where(OfferTranslation.lang == "ar", OfferTranslation.status == "approved")
            .order_by(OfferTranslation.id)
        )
        return {
            "offer": offer,
            "match": match or coordinator_match,
            "coordinator_match": coordinator_match,
            "newcomer": newcomer,
            "translated_offer": translated,
        }


#: The main pages of every role (login, paths with the demo's ids).
def main_pages(ids):
    return {
        None: ["/", "/offers", "/offers?q=voetbal", f"/offers/{ids['offer']}", "/login", "/register", "/activate"],
        "0612345678": [
            "/me/suggestions",
            "/me/matches",
            "/me",
            "/me?step=times",
            "/me?step=travel",
            "/me/data",
            "/inbox",
            "/account",
        ],
        "taalpunt@dalfsen.example": [
            "/provider/offers",
            "/provider/offers/new",
            f"/provider/offers/{ids['offer']}/candidates",
            f"/provider/matches/{ids['match']}",
        ],
        "coordinator@dalfsen.example": [
            "/coordinator/newcomers",
            f"/coordinator/newcomers/{ids['newcomer']}",
            f"/coordinator/newcomers/{ids['newcomer']}/edit",
            f"/coordinator/newcomers/{ids['newcomer']}/suggestions",
            "/coordinator/matches",
            f"/coordinator/matches/{ids['coordinator_match']}",
            "/coordinator/tasks",
            "/coordinator/waiting-list",
            "/coordinator/assign?types=sport",
            "/coordinator/privacy",
            "/coordinator/translations",
        ],
        "vertaler@dalfsen.example": [
            "/translate",
            f"/translate/{ids['offer']}/ar",
            f"/translate/{ids['translated_offer']}/ti",
        ],
        "beleid@dalfsen.example": [
            "/gemeente",
            "/gemeente?by=quarter",
            "/gemeente/targets",
            "/gemeente/raadsrapportage",
        ],
        "admin@meedoen.example": [
            "/admin/",
            "/admin/organisations",
            "/admin/users",
            "/admin/moderation",
            "/admin/gemeenten",
            "/gemeente/compare",
        ],
    }


@pytest.fixture(scope="module")
def site(app):
    from webapp.extensions import limiter

    with app.app_context():
        result = app.test_cli_runner().invoke(args=["demo", "--reset"])
        assert result.exit_code == 0, result.output
    limiter.enabled = False  # dozens of log-ins from one address; the limits have their own tests
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}", _ids(app)
    server.shutdown()
    thread.join()
    limiter.enabled = True
    with app.app_context(), db.engine.begin() as connection:
        delete_all_rows(connection)


def _session(browser, base, login, lang, width=360):
    """A browser context in ``lang`` at ``width`` px, logged in as ``login`` (or nobody)."""
    context = browser.new_context(locale=lang, viewport={"width": width, "height": 800}, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{base}/")
    if page.locator("html").get_attribute("lang") != lang:
        with page.expect_navigation():
            page.select_option("#lang-select", lang)
    if login:
        page.goto(f"{base}/login")
        page.fill("#login", login)
        page.fill("#password", DEMO_PASSWORD)
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        assert "/login" not in page.url, f"log-in as {login} failed"
    return context, page


def _open(page, url: str) -> None:
    """Open a page that must exist for this user: an error page or a log-in redirect checks nothing."""
    response = page.goto(url)
    assert response is not None and response.ok, f"{url}: {response.status if response else 'no response'}"
    assert "/login" in url or "/login" not in page.url, f"{url} sent the user to the log-in page"


def _axe(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (tags) => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
    }""",
        WCAG,
    )
    return result


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_main_pages_have_no_serious_accessibility_violations(site, browser, lang):
    base, ids = site
    problems = {}
    for login, paths in main_pages(ids).items():
        context, page = _session(browser, base, login, lang, width=1280)
        for path in paths:
            _open(page, base + path)
            found = _axe(page)
            if found:
                problems[f"{login} {path}"] = found
        context.close()
    assert problems == {}


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_main_pages_fit_a_360_px_phone(site, browser, lang):
    base, ids = site
    too_wide = {}
    for login, paths in main_pages(ids).items():
        context, page = _session(browser, base, login, lang)
        for path in paths:
            _open(page, base + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 361:
                too_wide[f"{login} {path}"] = width
        context.close()
    assert too_wide == {}


@pytest.mark.parametrize(
    "lang, face, sample",
    [
        ("ar", "Noto Sans Arabic", "مرحبا"),
        ("fa", "Noto Sans Arabic", "سلام پژوهش"),
        ("ti", "Noto Sans Ethiopic", "ሰላም"),
    ],
)
def test_the_script_fonts_are_loaded(site, browser, lang, face, sample):
    base, _ids = site
    context, page = _session(browser, base, None, lang)
    page.goto(base + "/offers")
    loaded = page.evaluate(
        """async ([face, sample]) => {
        await document.fonts.ready;
        await document.fonts.load('16px "' + face + '"', sample);
        return document.fonts.check('16px "' + face + '"', sample);
    }""",
        [face, sample],
    )
    context.close()
    assert loaded, face


@pytest.mark.parametrize("lang", ["ar", "ti", "fa", "so"])
def test_screenshots_of_the_newcomers_screens(site, browser, lang):
    """For a person to look at; the test only checks the pages render in the language and direction."""
    base, _ids = site
    ARTIFACTS.mkdir(exist_ok=True)
    context, page = _session(browser, base, "0612345678", lang)
    for name, path in (
        ("suggestions", "/me/suggestions"),
        ("matches", "/me/matches"),
        ("profile", "/me"),
        ("week", "/me?step=times"),
    ):
        page.goto(base + path)
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("html").get_attribute("dir") == ("rtl" if lang in ("ar", "fa") else "ltr")
        page.screenshot(path=str(ARTIFACTS / f"{lang}-{name}.png"), full_page=True)
    context.close()
    assert len(list(ARTIFACTS.glob(f"{lang}-*.png"))) >= 4
    assert not re.search(r"\\b(None|undefined)\\b", page.url)


def test_screenshot_of_a_translated_offer_in_arabic(site, browser):
    """The offer page of an offer with an approved Arabic translation, at 360 px: the Arabic title and
    description, right to left; another offer in the list falls back to Dutch, isolated left to right."""
    base, ids = site
    ARTIFACTS.mkdir(exist_ok=True)
    context, page = _session(browser, base, None, "ar")
    _open(page, f"{base}/offers/{ids['translated_offer']}")
    heading = page.locator("main h1")
    assert heading.get_attribute("lang") == "ar" and heading.get_attribute("dir") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth") <= 361
    page.screenshot(path=str(ARTIFACTS / "ar-translated-offer.png"), full_page=True)
    _open(page, f"{base}/offers")
    assert page.locator('#offer-list a[lang="nl"][dir="ltr"]').count() > 0
    assert page.locator('#offer-list a[lang="ar"][dir="rtl"]').count() > 0
    page.screenshot(path=str(ARTIFACTS / "ar-offer-list.png"), full_page=True)
    context.close()
