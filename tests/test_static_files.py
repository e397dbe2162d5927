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
