"""Languages, right-to-left pages and error pages."""

from __future__ import annotations

import factories as f
import pytest

from webapp import create_app
from webapp.access import ACCESS, PUBLIC, Rule
from webapp.i18n import RTL_LANGUAGES, UI_LANGUAGES


@pytest.mark.parametrize("lang", list(UI_LANGUAGES))
def test_every_public_page_has_lang_and_dir(client, lang):
    g = f.gemeente()
    offer = f.offer(f.organisation(g))
    client.post("/language", data={"lang": lang})
    expected_dir = "rtl" if lang in RTL_LANGUAGES else "ltr"
    for url in (
        "/",
        "/offers",
        f"/offers/{offer.id}",
        "/login",
        "/register",
        "/activate",
        "/password/forgot",
        "/does-not-exist",
    ):
        page = client.get(url).get_data(as_text=True)
        assert f'<html lang="{lang}" dir="{expected_dir}">' in page, (lang, url)
        rtl_css = "bootstrap.rtl.min.css" in page
        assert rtl_css == (expected_dir == "rtl"), (lang, url)


def test_arrows_point_the_way_of_reading(client):
    """One way for every arrow: the icon mirrored by .bi-flip in right-to-left pages, never a literal "←"."""
    from pathlib import Path

    import webapp

    offer = f.offer(f.organisation(f.gemeente()))
    page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert 'class="bi bi-flip"' in page
    css = (Path(webapp.__file__).parent / "static" / "css" / "meedoen.css").read_text()
    assert '[dir="rtl"] .bi-flip { transform: scaleX(-1); }' in css
    templates = Path(webapp.__file__).parent / "templates"
    assert not [p.name for p in templates.rglob("*.html") if any(a in p.read_text() for a in "←→")]


def test_browser_language_is_used_when_nothing_chosen(client):
    page = client.get("/", headers={"Accept-Language": "ar,en;q=0.5"}).get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page


def test_fonts_are_self_hosted(client):
    with client.get("/static/css/fonts.css") as response:
        css = response.get_data(as_text=True)
    for family in ("Noto Sans Arabic", "Noto Sans Ethiopic"):
        assert family in css
    assert "http" not in css  # nothing from a CDN
    page = client.get("/").get_data(as_text=True)
    assert "https://" not in page.split("<body", 1)[0]


def test_404_is_translated(app, client):
    client.post("/language", data={"lang": "ar"})
    page = client.get("/nowhere").get_data(as_text=True)
    assert "Page not found" not in page
    assert 'dir="rtl"' in page


def test_500_shows_no_traceback(tmp_path, monkeypatch):
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/x.sqlite", "SECRET_KEY": "test-secret-key"})

    @app.route("/_boom")
    def boom():
        raise RuntimeError("secret internals")

    monkeypatch.setitem(ACCESS, "boom", Rule(PUBLIC))  # a route of this test only

    # The traceback goes to the log, which this test does not need. The logger is shared by
    # every app of the session (it is named after the package), hence monkeypatch.
    monkeypatch.setattr(app.logger, "disabled", True)
    response = app.test_client().get("/_boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "secret internals" not in page and "Traceback" not in page
    assert "<html" in page


def test_403_page(app, client, auth):
    auth.login(f.user("newcomer", phone="0612121212"))
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "<html" in response.get_data(as_text=True)


def test_csrf_is_enforced(app):
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = app.test_client().post("/login", data={"login": "x", "password": "y"})
        language = app.test_client().post("/language", data={"lang": "ar"})
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert response.status_code == 400
    assert language.status_code == 400
    assert "Traceback" not in response.get_data(as_text=True)


def test_other_http_errors_render(client):
    for method, url, code in (("GET", "/logout", 405), ("POST", "/language", 400)):
        response = client.open(url, method=method)
        assert response.status_code == code
        assert "<html" in response.get_data(as_text=True)


def test_the_catalog_kept_for_a_request_follows_a_change_of_language(app):
    """The request keeps its catalog (``RequestDomain``), but ``force_locale`` and ``refresh()`` switch it at once."""
    from flask import session
    from flask_babel import force_locale, gettext, refresh

    with app.test_request_context("/", headers={"Accept-Language": "ar"}):
        assert gettext("Free") == "مجاني"
        with force_locale("nl"):
            assert gettext("Free") == "Gratis"
        assert gettext("Free") == "مجاني"
        session["lang"] = "ti"
        refresh()
        assert gettext("Free") not in ("مجاني", "Free", "Gratis")


def test_a_pictogram_is_escaped_markup_that_mirrors_on_request(app):
    from markupsafe import Markup

    from webapp.static_files import icon

    with app.test_request_context("/"):
        drawn = icon("arrow-right", size="2em", flip=True)
        hostile = icon('x"><script>')
    assert isinstance(drawn, Markup)
    assert 'class="bi bi-flip" width="2em" height="2em"' in drawn
    assert "#arrow-right" in drawn and "sprite.svg" in drawn
    assert "<script>" not in hostile and "&#34;&gt;&lt;script&gt;" in hostile
