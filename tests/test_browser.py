"""Smoke tests in real Chromium: the sociale kaart in Dutch and Arabic, and a provider posting.

These never skip: without Chromium they fail and say how to install it (``make chromium``).
"""

from __future__ import annotations

import os
import re
import threading

import factories as f
import pytest
from texts import nl
from werkzeug.serving import make_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live_server(app):
    app.config["WTF_CSRF_ENABLED"] = True  # real forms, real tokens
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()
    thread.join()
    app.config["WTF_CSRF_ENABLED"] = False


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


def _demo_world():
    g = f.gemeente()
    org = f.organisation(g, name="VV Nieuwleusen")
    f.offer(org, kern=g.kernen[1], title="Voetbalvereniging zoekt spelers", schedule=["sat-am"])
    return g, org


def test_public_list_in_dutch_and_arabic(live_server, page):
    _demo_world()
    page.goto(f"{live_server}/offers")
    html = page.locator("html")
    assert html.get_attribute("lang") == "nl" and html.get_attribute("dir") == "ltr"
    assert page.locator("#offer-list").get_by_text("Voetbalvereniging zoekt spelers").is_visible()

    with page.expect_navigation():
        page.select_option("#lang-select", "ar")
    assert html.get_attribute("lang") == "ar" and html.get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("link[href*='bootstrap.rtl.min.css']").count() == 1
    assert page.locator("#offer-list").get_by_text("Voetbalvereniging zoekt spelers").is_visible()
    loaded = page.evaluate("""async () => {
        const faces = await document.fonts.load('16px "Noto Sans Arabic"', 'مرحبا');
        return faces.map(face => face.status);
    }""")
    assert loaded and set(loaded) == {"loaded"}
    # The choice is remembered on the next page.
    page.goto(f"{live_server}/")
    assert html.get_attribute("dir") == "rtl"


def test_tigrinya_font_is_served(live_server, page):
    _demo_world()
    page.goto(f"{live_server}/offers")
    with page.expect_navigation():
        page.select_option("#lang-select", "ti")
    assert page.locator("html").get_attribute("lang") == "ti"
    loaded = page.evaluate("""async () => {
        const faces = await document.fonts.load('16px "Noto Sans Ethiopic"', 'ሰላም');
        return faces.map(face => face.status);
    }""")
    assert loaded and set(loaded) == {"loaded"}


def test_provider_posts_offer_that_appears_on_the_list(live_server, page):
    g, org = _demo_world()
    provider = f.user("provider", organisation=org, email="secretaris@vvn.example")
    page.goto(f"{live_server}/login")
    page.fill("#login", provider.email)
    page.fill("#password", f.PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/provider/offers$"))

    page.goto(f"{live_server}/provider/offers/new")
    page.select_option("#type", "cultuur")
    page.fill("#title", "Naaiatelier in de Kulturhus")
    page.fill("#description", "Samen kleding maken en herstellen. Naaimachines zijn er.")
    page.select_option("#kern_id", label="Nieuwleusen")
    page.check("input[name=schedule][value=wed-pm]")
    page.fill("#capacity", "6")
    page.locator("button[name=publish]").click()
    page.wait_for_url(re.compile(r"/provider/offers$"))
    assert page.get_by_text("Naaiatelier in de Kulturhus").is_visible()

    page.context.clear_cookies()
    page.goto(f"{live_server}/offers?q=naaiatelier")
    assert page.locator("#offer-list").get_by_text("Naaiatelier in de Kulturhus").is_visible()
    page.screenshot(path=os.path.join(os.environ.get("SCREENSHOT_DIR", "/tmp"), "offer-list.png"))


def _login(browser, live_server, user, locale="nl-NL"):
    """A browser context of its own per person, logged in through the real form."""
    context = browser.new_context(locale=locale, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server}/login")
    page.fill("#login", user.login_name)
    page.fill("#password", f.PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    return page


def test_the_whole_match_path_from_offer_to_started(live_server, browser):
    """Provider posts, a newcomer reading Arabic says yes, coordinator approves, both confirm, the figure moves."""
    g, club = _demo_world()
    provider = f.user("provider", organisation=club, email="secretaris@vvn.example")
    coordinator = f.user("coordinator", gemeente=g, email="consulent@dalfsen.example")
    staff = f.user("gemeente", gemeente=g, email="beleid@dalfsen.example")
    person = f.user("newcomer", phone="0615151515")
    person.preferred_language = "ar"
    newcomer = f.newcomer(g, name="Rasha Alali", user=person, kern=g.kernen[1], interests="")
    from webapp.newcomers import services as newcomer_services

    newcomer_services.update(newcomer, {"interests": "أحب الخياطة وأريد أن أخيط ملابس لأطفالي"})
    # Four matches that started earlier, so the fifth shows on the indicator page (counts under 5 are hidden).
    earlier = f.offer(club, title="Eerder gestart", capacity=10)
    for i in range(4):
        f.started_match(coordinator, provider, f.newcomer(g, name=f"Eerder {i}"), earlier)

    club_page = _login(browser, live_server, provider)
    club_page.goto(f"{live_server}/provider/offers/new")
    club_page.select_option("#type", "cultuur")
    club_page.fill("#title", "Naaiatelier in de Kulturhus")
    club_page.fill("#description", "Samen kleding naaien en herstellen. Naaimachines zijn er.")
    club_page.select_option("#kern_id", label="Nieuwleusen")
    club_page.fill("#capacity", "6")
    club_page.locator("button[name=publish]").click()
    club_page.wait_for_url(re.compile(r"/provider/offers$"))

    me = _login(browser, live_server, person, locale="ar")
    me.goto(f"{live_server}/me/suggestions")
    assert me.locator("html").get_attribute("dir") == "rtl"
    card = me.locator("article.suggestion", has_text="Naaiatelier in de Kulturhus")
    assert card.is_visible()
    reasons = card.locator("ul.reasons li").all_inner_texts()
    assert reasons and any(re.search(r"[\u0600-\u06FF]", text) for text in reasons), reasons
    assert "%" not in " ".join(reasons)  # reasons, never a percentage
    card.locator("button[data-answer=yes]").click()
    me.wait_for_load_state()
    me.goto(f"{live_server}/me/matches")
    assert me.locator(".my-match[data-status=proposed]").is_visible()

    desk = _login(browser, live_server, coordinator)
    desk.goto(f"{live_server}/coordinator/matches")
    desk.locator(".queue-item", has_text="Rasha Alali").get_by_role("link").first.click()
    desk.check("#consent")
    desk.locator("#match-actions form[action$='/approve'] button").click()
    assert desk.locator("#match-status").inner_text() == nl("Approved, waiting for the provider")

    club_page.goto(f"{live_server}/provider/offers")
    club_page.locator("tr", has_text="Naaiatelier in de Kulturhus").get_by_role("link", name="Kandidaten").click()
    club_page.locator("#offer-matches a").first.click()
    assert club_page.locator("#contact-details").is_visible()  # approved: now the contact details show
    club_page.locator("#match-actions form[action$='/accept'] button").click()
    club_page.locator("#match-actions form[action$='/started'] button").click()
    club_page.wait_for_load_state()

    me.goto(f"{live_server}/me/matches")
    me.locator(".my-match[data-status=accepted] form[action$='/started'] button").click()
    me.wait_for_load_state()
    me.goto(f"{live_server}/me/matches")
    assert me.locator(".my-match[data-status=started]").is_visible()
    me.screenshot(path=os.path.join(os.environ.get("SCREENSHOT_DIR", "/tmp"), "my-matches-ar.png"))

    figures = _login(browser, live_server, staff)
    figures.goto(f"{live_server}/gemeente")
    assert figures.locator("#fig-matches").inner_text().strip() == "5"
