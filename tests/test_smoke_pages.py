"""Quick render of the main pages for each role (deeper tests live per domain)."""

import factories as f


def test_home_and_list_render(client):
    g = f.gemeente()
    org = f.organisation(g)
    f.offer(org, title="Koffie en Taal in de kerk", type="taalcafe")
    assert client.get("/").status_code == 200
    response = client.get("/offers")
    assert response.status_code == 200
    assert "Koffie en Taal in de kerk" in response.get_data(as_text=True)
