"""Every page reachable by clicking, for every demo account and interface language, renders.

The demo data is large enough to reach paging and long lists, which unit tests with a
handful of rows miss.
"""

from __future__ import annotations

import re
from collections import deque

import pytest

from webapp.demo.commands import DEMO_ACCOUNTS, DEMO_PASSWORD
from webapp.extensions import db, delete_all_rows
from webapp.i18n import UI_LANGUAGES

LINK = re.compile(r'href="(/[^"#]*)"')
#: Enough to reach every kind of page; the demo has a few hundred distinct URLs.
MAX_PAGES = 60


@pytest.fixture(scope="module")
def demo_loaded(app):
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["demo", "--reset"])
        assert result.exit_code == 0, result.output
    yield
    with app.app_context(), db.engine.begin() as connection:
        delete_all_rows(connection)


def crawl(client, start: str) -> dict[str, int]:
    seen, queue, statuses = {start}, deque([start]), {}
    while queue and len(statuses) < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url)
        statuses[url] = response.status_code
        if response.mimetype != "text/html":
            continue
        for link in LINK.findall(response.get_data(as_text=True)):
            link = link.replace("&amp;", "&")
            if link.startswith("/static/") or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    return statuses


@pytest.mark.no_db
@pytest.mark.parametrize("lang", list(UI_LANGUAGES))
@pytest.mark.parametrize("login", [None] + [account[0] for account in DEMO_ACCOUNTS])
def test_no_page_fails(app, demo_loaded, login, lang):
    client = app.test_client()
    client.post("/language", data={"lang": lang})
    if login:
        response = client.post("/login", data={"login": login, "password": DEMO_PASSWORD})
        assert response.status_code == 302
    statuses = crawl(client, "/")
    broken = {url: code for url, code in statuses.items() if code >= 500 or code == 400}
    assert broken == {}
    assert len(statuses) > 5
