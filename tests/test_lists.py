"""Lists that page and filter in SQL (issue 10): the coordinator's register, the provider's
offers, the administrator's users, organisations and moderation queue."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests import factories as f
from webapp.extensions import db
from webapp.offers.models import Offer
from webapp.pagination import paginate_query
from webapp.timeutil import utcnow


def _names(page: str, names) -> list[str]:
    return [n for n in names if n in page]


def test_the_register_pages_and_puts_the_longest_waiting_first(client, auth):
    g = f.gemeente()
    auth.login(f.user("coordinator", gemeente=g))
    people = [f.newcomer(g, name=f"Persoon {i:02d}") for i in range(25)]
    for i, person in enumerate(people):  # Persoon 24 came first
        person.created_dt = utcnow() - timedelta(days=i)
    db.session.commit()
    first = client.get("/coordinator/newcomers").get_data(as_text=True)
    assert "25 nieuwkomers" in first
    assert first.index("Persoon 24") < first.index("Persoon 23")
    assert "Persoon 04" not in first and "Persoon 05" in first
    second = client.get("/coordinator/newcomers?page=2").get_data(as_text=True)
    assert "Persoon 04" in second and "Persoon 05" not in second
    assert client.get("/coordinator/newcomers?page=99").status_code == 200


def test_a_name_search_counts_and_pages_like_the_whole_register(client, auth):
    """The count of a name search rides along with its ids (one read of the names)."""
    g = f.gemeente()
    auth.login(f.user("coordinator", gemeente=g))
    for i in range(23):
        f.newcomer(g, name=f"Persoon {i:02d}").created_dt = utcnow() - timedelta(days=i)
    f.newcomer(g, name="Iemand Anders")
    db.session.commit()
    first = client.get("/coordinator/newcomers?q=persoon").get_data(as_text=True)
    assert "23 nieuwkomers" in first and "Iemand Anders" not in first
    last = client.get("/coordinator/newcomers?q=persoon&page=2").get_data(as_text=True)
    assert "23 nieuwkomers" in last and "Persoon 00" in last and "Persoon 03" not in last
    past_the_end = client.get("/coordinator/newcomers?q=persoon&page=99").get_data(as_text=True)
    assert "23 nieuwkomers" in past_the_end and "Persoon 00" in past_the_end
    assert "0 nieuwkomers" in client.get("/coordinator/newcomers?q=niemand").get_data(as_text=True)


def test_the_register_filters_by_name_kern_and_status(client, auth):
    g = f.gemeente()
    auth.login(f.user("coordinator", gemeente=g))
    f.newcomer(g, name="Amina Yusuf", kern=g.kernen[0], user=f.user("newcomer", phone="0611111111"))
    f.newcomer(g, name="Selam Tesfay", kern=g.kernen[1], invite_code_hash="x" * 64)
    f.newcomer(g, name="Omar Haddad", kern=g.kernen[1])
    f.newcomer(f.gemeente(name="Ommen"), name="Elders Wonend")
    everyone = ("Amina Yusuf", "Selam Tesfay", "Omar Haddad", "Elders Wonend")

    def found(query=""):
        return _names(client.get("/coordinator/newcomers" + query).get_data(as_text=True), everyone)

    assert found() == ["Amina Yusuf", "Selam Tesfay", "Omar Haddad"]
    assert found("?q=sel") == ["Selam Tesfay"]
    assert found("?q=%25") == []  # a wildcard is a character, not "everyone"
    assert found(f"?kern={g.kernen[1].id}") == ["Selam Tesfay", "Omar Haddad"]
    assert found("?status=can_log_in") == ["Amina Yusuf"]
    assert found("?status=invited") == ["Selam Tesfay"]
    assert found("?status=no_login") == ["Omar Haddad"]
    assert client.get("/coordinator/newcomers?status=bogus").status_code == 302


def test_the_provider_list_pages(client, auth):
    g = f.gemeente()
    org = f.organisation(g)
    auth.login(f.user("provider", organisation=org))
    for i in range(23):
        f.offer(org, title=f"Aanbod nummer {i:02d}")
    first = client.get("/provider/offers").get_data(as_text=True)
    assert first.count("Aanbod nummer") == 20 and "table-cards" in first
    assert client.get("/provider/offers?page=2").get_data(as_text=True).count("Aanbod nummer") == 3


def test_admin_lists_page_and_search(client, auth):
    g = f.gemeente()
    auth.login(f.user("admin"))
    for i in range(22):
        f.user(None, email=f"vrijwilliger{i}@example.org", name=f"Vrijwilliger {i:02d}")
        f.organisation(g, name=f"Club {i:02d}")
        f.offer(f.organisation(g, approved=False, name=f"Nieuw {i:02d}"), title=f"Wacht {i:02d}", status="pending")
    users = client.get("/admin/users").get_data(as_text=True)
    assert "page=2" in users
    assert "Vrijwilliger 05" in client.get("/admin/users?q=vrijwilliger+05").get_data(as_text=True)
    assert "Vrijwilliger 06" not in client.get("/admin/users?q=vrijwilliger+05").get_data(as_text=True)
    assert "Club 07" in client.get("/admin/organisations?q=club+07").get_data(as_text=True)
    assert "Club 08" not in client.get("/admin/organisations?q=club+07").get_data(as_text=True)
    moderation = client.get("/admin/moderation").get_data(as_text=True)
    assert moderation.count("Wacht ") == 20
    assert client.get("/admin/moderation?page=2").get_data(as_text=True).count("Wacht ") == 2


@pytest.mark.parametrize("count_along", [False, True])
@pytest.mark.parametrize("number", ["9" * 20, "99999999999", "-3", "abc", "", None, "2.0"])
def test_any_page_number_in_a_url_gives_a_real_page(app, number, count_along):
    """An edited URL's page number never reaches SQL's OFFSET as itself (a huge one overflowed it)."""
    org = f.organisation(f.gemeente())
    for i in range(23):
        f.offer(org, title=f"Aanbod {i:02d}")
    page = paginate_query(select(Offer).order_by(Offer.id), number, count_along=count_along)
    huge = number not in (None, "", "abc", "-3", "2.0")
    assert (page.number, page.pages, page.total) == ((2 if huge else 1), 2, 23)
    assert len(page.items) == (3 if huge else 20)


def test_a_huge_page_number_in_the_address_bar_shows_the_last_page(client, auth):
    org = f.organisation(f.gemeente())
    for i in range(23):
        f.offer(org, title=f"Aanbod nummer {i:02d}")
    listed = client.get("/offers", query_string={"page": "9" * 20})
    assert listed.status_code == 200 and listed.get_data(as_text=True).count("Aanbod nummer") == 3
    auth.login(f.user("provider", organisation=org))
    own = client.get("/provider/offers", query_string={"page": "9" * 20})
    assert own.status_code == 200 and own.get_data(as_text=True).count("Aanbod nummer") == 3
    auth.logout()
    auth.login(f.user("coordinator", gemeente=org.gemeente))
    assert client.get("/coordinator/matches", query_string={"page": "9" * 20}).status_code == 200
    assert client.get("/inbox", query_string={"page": "9" * 20}).status_code == 200


@pytest.mark.parametrize("count_along", [False, True])
def test_an_empty_first_page_is_one_statement(app, count_queries, count_along):
    """Nothing matches: the page's own statement says so, no second count is run."""
    f.offer(f.organisation(f.gemeente()), title="Voetbal")
    statement = select(Offer).where(Offer.title == "Zwemmen").order_by(Offer.id)
    with count_queries() as counted:
        page = paginate_query(statement, 1, count_along=count_along)
    assert (page.items, page.number, page.pages, page.total) == ([], 1, 1, 0)
    assert counted.count == 1
