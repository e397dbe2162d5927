"""The SQL a list page runs is bounded and does not grow with the list (issue 10).

Counted with a ``before_cursor_execute`` listener (the ``count_queries`` fixture): a page with
3 rows and one with 60 (three pages' worth) must run the same number of statements, and no more
than :data:`MAX_QUERIES`; ``bench/web_bench.py`` prints the same counts at 10,000 offers.
"""

from __future__ import annotations

import pytest

from tests import factories as f

#: Log-in, the page's own count and rows, what the rows show (selectin), the filter choices.
MAX_QUERIES = 10

PAGES = {
    "offers": ("/offers", None),
    "offers_q": ("/offers?q=voetbal", None),
    "offers_typo_q": ("/offers?q=voetbl+kofie", None),
    "offers_foreign_q": ("/offers?q=%D9%83%D8%B1%D8%A9+%D8%A7%D9%84%D9%82%D8%AF%D9%85", None),
    "offers_filtered": ("/offers?type=sport&day=sat&part=am", None),
    "coordinator_newcomers": ("/coordinator/newcomers", "coordinator"),
    "coordinator_newcomers_filtered": ("/coordinator/newcomers?q=nieuw&status=no_login", "coordinator"),
    "provider_offers": ("/provider/offers", "provider"),
    "admin_users": ("/admin/users", "admin"),
    "admin_organisations": ("/admin/organisations", "admin"),
    "admin_moderation": ("/admin/moderation", "admin"),
}


def _grow(g, org, start, n):
    for i in range(start, start + n):
        f.offer(org, kern=g.kernen[i % len(g.kernen)], title=f"Voetbal voor iedereen {i}", schedule=["sat-am"])
        f.offer(org, title=f"Wacht op controle {i}", status="pending")
        f.newcomer(g, name=f"Nieuwkomer {i}")
        f.user(None, email=f"iemand{i}@example.org")
        f.organisation(g, name=f"Vereniging {i}")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_list_page_runs_a_bounded_number_of_queries(client, auth, count_queries, name):
    url, role = PAGES[name]
    g = f.gemeente()
    org = f.organisation(g, name="VV Nieuwleusen")
    users = {
        "coordinator": f.user("coordinator", gemeente=g),
        "provider": f.user("provider", organisation=org),
        "admin": f.user("admin"),
    }
    _grow(g, org, 0, 3)
    if role:
        auth.login(users[role])
    with count_queries() as few:
        assert client.get(url).status_code == 200
    _grow(g, org, 3, 57)
    with count_queries() as many:
        assert client.get(url).status_code == 200
    assert many.count == few.count, (name, few.count, many.count)
    assert many.count <= MAX_QUERIES, (name, many.count)
