"""Static files carry a content hash in their URL and may then be cached for a year."""

from __future__ import annotations

import re


def _static_urls(page: str) -> list[str]:
    return re.findall(r'(?:href|src)="(/static/[^"]+)"', page)


def test_pages_link_fingerprinted_static_files(client):
    urls = _static_urls(client.get("/").get_data(as_text=True))
    assert any("bootstrap" in u for u in urls)
    assert urls and all(re.search(r"\?v=[0-9a-f]{12}$", u) for u in urls), urls


def test_fingerprinted_files_are_kept_for_a_year_others_revalidate(client):
    url = next(u for u in _static_urls(client.get("/").get_data(as_text=True)) if ".css?v=" in u)
    cached = client.get(url)
    cached.close()  # file responses stream from an open file
    assert cached.status_code == 200
    assert cached.cache_control.max_age == 365 * 24 * 3600 and cached.cache_control.immutable
    assert not cached.cache_control.no_cache  # "no-cache" would force a round trip after all
    again = client.get(url, headers={"If-None-Match": cached.headers["ETag"]})
    again.close()
    assert again.status_code == 304 and again.cache_control.immutable
    bare = url.split("?")[0]
    for stale in (bare, bare + "?v=000000000000"):  # no hash, or an old one: ask again next time
        response = client.get(stale)
        response.close()
        assert response.status_code == 200 and not response.cache_control.immutable, stale
        assert not response.cache_control.max_age, stale


def test_fonts_named_from_css_are_kept_for_a_week(client):
    css = client.get("/static/css/fonts.css")
    font = re.search(r"url\(['\"]?\.\./vendor/fonts/([^'\")]+)", css.get_data(as_text=True)).group(1)
    css.close()
    response = client.get(f"/static/vendor/fonts/{font}")
    response.close()
    assert response.status_code == 200 and response.cache_control.max_age == 7 * 24 * 3600


def test_missing_static_file_is_a_plain_404(client):
    assert client.get("/static/nope.css").status_code == 404
    assert client.get("/static/../webapp/config.py").status_code == 404


def test_fingerprint_never_leaves_the_static_folder(app):
    """The raw request path reaches the fingerprint before Flask's own checks (finding 1)."""
    from webapp.static_files import fingerprint

    with app.test_request_context():
        assert fingerprint("css/fonts.css")  # a real static file has one
        for outside in ("../config.py", "../../pyproject.toml", "/etc/passwd", "../../../../../../dev/zero"):
            assert fingerprint(outside) is None, outside


def test_fingerprint_reads_only_small_regular_files(app, tmp_path, monkeypatch):
    """A device, pipe or huge file behind a static name is never read."""
    from webapp import static_files

    (tmp_path / "ok.css").write_text("body{}")
    (tmp_path / "null.css").symlink_to("/dev/null")
    big = tmp_path / "big.bin"
    with open(big, "wb") as handle:
        handle.truncate(static_files.MAX_FINGERPRINT_BYTES + 1)
    monkeypatch.setattr(app, "static_folder", str(tmp_path))
    with app.test_request_context():
        assert static_files.fingerprint("ok.css")
        assert static_files.fingerprint("null.css") is None
        assert static_files.fingerprint("big.bin") is None


def test_traversal_request_is_a_cheap_404(client, monkeypatch):
    real_open = open

    def guarded_open(path, *args, **kwargs):
        assert "/dev/zero" not in str(path), "a static request opened a file outside static/"
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    response = client.get("/static/../../../../../../dev/zero?v=x")
    assert response.status_code == 404


def test_every_pictogram_a_page_asks_for_is_in_the_sprite():
    """A missing symbol draws nothing at all: the newcomer who reads little sees an empty space."""
    import re
    from pathlib import Path

    import webapp
    from webapp import vocab
    from webapp.matches.reasons import ICONS as REASON_ICONS

    root = Path(webapp.__file__).parent
    sprite = (root / "static" / "vendor" / "bootstrap-icons" / "sprite.svg").read_text()
    available = set(re.findall(r'<symbol id="([^"]+)"', sprite))
    asked = {
        name
        for path in (root / "templates").rglob("*.html")
        for name in re.findall(r'icon\("([a-z0-9-]+)"', path.read_text())
    }
    for path in root.rglob("*.py"):  # pictograms named in Python: Warning("calendar-x", ...)
        asked |= set(re.findall(r'Warning\("([a-z0-9-]+)"', path.read_text()))
    for table in (vocab.OFFER_TYPE_ICONS, vocab.PART_ICONS, vocab.MOBILITY_ICONS, REASON_ICONS):
        asked |= set(table.values())
    assert asked - available == set()
