"""placeholder while developing"""
import factories as f


def test_dashboard_renders(client, auth):
    g = f.gemeente()
    coordinator = f.user("coordinator", gemeente=g)
    org = f.organisation(g)
    provider = f.user("provider", organisation=org)
    offer = f.offer(org, capacity=20, type="taalstage")
    for i in range(6):
        f.started_match(coordinator, provider, f.newcomer(g), offer)
    auth.login(f.user("gemeente", gemeente=g))
    r = client.get("/gemeente")
    assert r.status_code == 200, r.get_data(as_text=True)[-3000:]
    page = r.get_data(as_text=True)
    assert 'id="fig-matches"><bdi>6</bdi>' in page
    for key in ("matches_started", "funnel", "after_six_months", "first_match", "waiting_list", "employers", "new_offers", "stop_reasons"):
        for fmt in ("csv", "xlsx"):
            r = client.get(f"/gemeente/export/{key}.{fmt}")
            assert r.status_code == 200, (key, fmt)
    assert client.get("/gemeente/raadsrapportage").status_code == 200
    assert client.get("/gemeente/raadsrapportage.xlsx").status_code == 200
    assert client.get("/gemeente?filter=kern:").status_code == 200
    assert client.get(f"/gemeente?filter=org:{org.id}&period=2026-12").status_code == 200
    assert client.get("/gemeente?filter=type:taalstage&period=2026-Q4&by=week").status_code == 200
    assert client.get("/gemeente/targets").status_code == 200
