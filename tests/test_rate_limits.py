"""Guessing passwords or invitation codes is slowed down; the refusal is a translated page."""

import pytest


@pytest.mark.parametrize("path, data", [
    ("/login", {"login": "a@example.org", "password": "wrong"}),
    ("/activate", {"code": "ABCD-EFGH", "login_kind": "phone", "phone": "0611111111",
                   "password": "lang-genoeg", "password_repeat": "lang-genoeg"}),
    ("/password/forgot", {"email": "a@example.org"}),
])
def test_eleventh_attempt_in_a_minute_is_refused(client, path, data):
    codes = [client.post(path, data=data).status_code for _ in range(11)]
    assert 429 not in codes[:10]
    assert codes[10] == 429
    assert client.get(path).status_code == 200  # reading the form is never limited
    client.post("/language", data={"lang": "ar"})
    page = client.post(path, data=data).get_data(as_text=True)
    assert 'dir="rtl"' in page and "Traceback" not in page
