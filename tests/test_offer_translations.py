"""Offers in the reader's language: translate, review, show; fall back to Dutch; outdated on edit."""

from __future__ import annotations

import re

import factories as f
import pytest
from sqlalchemy import select

from webapp.audit.models import AuditEvent
from webapp.extensions import db
from webapp.offers import services as offer_services
from webapp.offers import translations
from webapp.offers.models import OfferTranslation, TranslationStatus
from webapp.signals import offer_translation_changed


@pytest.fixture(autouse=True)
def _many_log_ins(monkeypatch):
    from webapp.extensions import limiter

    monkeypatch.setattr(limiter, "enabled", False)


@pytest.fixture
def world():
    g = f.gemeente("Dalfsen")
    club = f.organisation(g, name="Club Dalfsen")
    offer = f.offer(club, title="Samen koken", description="Elke week koken we samen.")
    return {
        "gemeente": g,
        "club": club,
        "offer": offer,
        "translator": f.user("translator", gemeente=g, languages=["ar", "ti"], name="Vertaler"),
        "coordinator": f.user("coordinator", gemeente=g),
        "provider": f.user("provider", organisation=club),
    }


@pytest.fixture
def other():
    g = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.22, 5.48),))
    return {
        "translator": f.user("translator", gemeente=g, languages=["ar"]),
        "coordinator": f.user("coordinator", gemeente=g),
    }


def _lang(client, lang):
    client.post("/language", data={"lang": lang})


def _translate(client, auth, world, lang="ar", title="طبخ معا", description="نطبخ معا كل أسبوع."):
    auth.login(world["translator"])
    response = client.post(f"/translate/{world['offer'].id}/{lang}", data={"title": title, "description": description})
    auth.logout()
    return response


def _only(offer, lang="ar") -> OfferTranslation:
    return db.session.scalar(
        select(OfferTranslation).where(OfferTranslation.offer_id == offer.id, OfferTranslation.lang == lang)
    )


def test_translation_waits_for_review_and_is_not_shown(client, auth, world):
    sent = []
    offer_translation_changed.connect(lambda t, **kw: sent.append(kw["action"]), weak=False)
    assert _translate(client, auth, world).status_code == 302
    t = _only(world["offer"])
    assert t.status == TranslationStatus.PENDING and t.translator_id == world["translator"].id
    assert "translation_saved" in sent
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "offer_translation.save"))
    _lang(client, "ar")
    page = client.get(f"/offers/{world['offer'].id}").get_data(as_text=True)
    assert "طبخ معا" not in page
    assert re.search(r'<h1[^>]*lang="nl" dir="ltr"[^>]*>Samen koken</h1>', page)


def test_approved_translation_shows_in_its_language(client, auth, world):
    _translate(client, auth, world)
    auth.login(world["coordinator"])
    review = client.get("/coordinator/translations").get_data(as_text=True)
    assert "طبخ معا" in review and 'lang="nl"' in review
    t = _only(world["offer"])
    assert client.post(f"/coordinator/translations/{t.id}/approve").status_code == 302
    db.session.refresh(t)
    assert t.status == TranslationStatus.APPROVED and t.reviewer_id == world["coordinator"].id
    auth.logout()
    _lang(client, "ar")
    detail = client.get(f"/offers/{world['offer'].id}").get_data(as_text=True)
    assert re.search(r'<h1[^>]*lang="ar" dir="rtl"[^>]*>طبخ معا</h1>', detail)
    assert "نطبخ معا كل أسبوع." in detail
    listing = client.get("/offers").get_data(as_text=True)
    assert re.search(r'lang="ar" dir="rtl">طبخ معا</a>', listing)
    # Tigrinya readers have no translation yet: Dutch, marked and isolated, with a note
    _lang(client, "ti")
    listing = client.get("/offers").get_data(as_text=True)
    assert re.search(r'lang="nl" dir="ltr">Samen koken</a>', listing)
    assert "untranslated-note" in listing
    # Dutch readers see the Dutch text and no note
    _lang(client, "nl")
    listing = client.get("/offers").get_data(as_text=True)
    assert "Samen koken" in listing and "untranslated-note" not in listing


def test_rejected_translation_goes_back_with_a_reason(client, auth, world):
    _translate(client, auth, world)
    t = _only(world["offer"])
    auth.login(world["coordinator"])
    client.post(f"/coordinator/translations/{t.id}/reject", data={"reason": ""})
    db.session.refresh(t)
    assert t.status == TranslationStatus.PENDING  # no reason, no rejection
    client.post(f"/coordinator/translations/{t.id}/reject", data={"reason": "Titel klopt niet"})
    db.session.refresh(t)
    assert t.status == TranslationStatus.REJECTED and t.reject_reason == "Titel klopt niet"
    auth.logout()
    auth.login(world["translator"])
    form = client.get(f"/translate/{world['offer'].id}/ar").get_data(as_text=True)
    assert "Titel klopt niet" in form
    assert re.search(r'<div[^>]*lang="nl" dir="ltr"[^>]*id="dutch-text"', form)
    auth.logout()
    _translate(client, auth, world, title="طبخ معا مرة أخرى")
    db.session.refresh(t)
    assert t.status == TranslationStatus.PENDING and t.reject_reason == ""


def test_changed_dutch_text_outdates_an_approved_translation(client, auth, world):
    _translate(client, auth, world)
    t = _only(world["offer"])
    translations.approve(world["coordinator"], t)
    db.session.commit()
    offer = world["offer"]
    offer_services.update(offer, {"capacity": 4}, publish=True)
    db.session.commit()
    db.session.refresh(t)
    assert t.status == TranslationStatus.APPROVED  # not the words: still the same translation
    offer_services.update(offer, {"description": "Elke week koken we samen, nu ook op zaterdag."}, publish=True)
    db.session.commit()
    db.session.refresh(t)
    assert t.status == TranslationStatus.PENDING and t.outdated
    _lang(client, "ar")
    assert "طبخ معا" not in client.get(f"/offers/{offer.id}").get_data(as_text=True)
    # the translator sees it in the queue again, marked
    auth.login(world["translator"])
    queue = client.get("/translate").get_data(as_text=True)
    assert f'data-offer="{offer.id}"' in queue


def test_another_gemeente_gets_404(client, auth, world, other):
    _translate(client, auth, world)
    t = _only(world["offer"])
    auth.login(other["translator"])
    assert client.get(f"/translate/{world['offer'].id}/ar").status_code == 404
    assert client.post(f"/translate/{world['offer'].id}/ar", data={"title": "x" * 10}).status_code == 404
    assert f'data-offer="{world["offer"].id}"' not in client.get("/translate").get_data(as_text=True)
    auth.logout()
    auth.login(other["coordinator"])
    assert client.post(f"/coordinator/translations/{t.id}/approve").status_code == 404
    assert f'data-translation="{t.id}"' not in client.get("/coordinator/translations").get_data(as_text=True)
    db.session.refresh(t)
    assert t.status == TranslationStatus.PENDING


def test_a_translator_works_only_in_their_languages(client, auth, world):
    auth.login(world["translator"])
    assert client.get(f"/translate/{world['offer'].id}/fa").status_code == 404
    assert client.get(f"/translate/{world['offer'].id}/ti").status_code == 200


def test_queue_pages_in_sql_and_leaves_out_what_is_done(client, auth, world, count_queries):
    for i in range(25):
        f.offer(world["club"], title=f"Aanbod {i}")
    done = f.offer(world["club"], title="Helemaal vertaald")
    f.translation(done, "ar", status="approved")
    f.translation(done, "ti", status="approved")
    half = f.offer(world["club"], title="Half vertaald")
    f.translation(half, "ar", status="approved")
    f.offer(world["club"], title="Nog een concept", status="draft")
    page = translations.queue(world["translator"], 1)
    assert page.total == 27 and len(page.items) == 20  # 26 new + the world's offer, minus the done one
    second = translations.queue(world["translator"], 2)
    titles = {o.title for o in page.items} | {o.title for o in second.items}
    assert "Half vertaald" in titles and "Helemaal vertaald" not in titles and "Nog een concept" not in titles
    auth.login(world["translator"])
    with count_queries() as few:
        client.get("/translate")
    with count_queries() as also_few:
        client.get("/translate?page=2")
    assert few.count < 15 and also_few.count < 15


def test_the_offer_list_loads_translations_in_one_query(client, world, count_queries):
    for i in range(3):
        f.translation(f.offer(world["club"], title=f"Aanbod {i}"), "ar", status="approved")
    _lang(client, "ar")
    with count_queries() as three:
        client.get("/offers")
    for i in range(12):
        f.translation(f.offer(world["club"], title=f"Meer {i}"), "ar", status="approved")
    with count_queries() as fifteen:
        assert client.get("/offers").get_data(as_text=True).count('lang="ar" dir="rtl"') >= 15
    assert fifteen.count == three.count


def test_newcomers_see_suggestions_in_their_language(client, auth, world):
    newcomer_user = f.user("newcomer", phone="0612999888")
    newcomer = f.newcomer(world["gemeente"], user=newcomer_user, name="Amal")
    f.suggestion(newcomer, world["offer"])
    f.translation(world["offer"], "ar", status="approved", title="طبخ معا")
    newcomer_user.preferred_language = "ar"
    db.session.commit()
    auth.login(newcomer_user)
    page = client.get("/me/suggestions").get_data(as_text=True)
    assert re.search(r'lang="ar" dir="rtl">طبخ معا</a>', page)


def test_lifecycle_refuses_review_twice(world):
    t = f.translation(world["offer"], "ar")
    translations.approve(world["coordinator"], t)
    from webapp.domain import Conflict

    with pytest.raises(Conflict):
        translations.reject(world["coordinator"], t, "te laat")


def test_admin_grants_the_translator_role_with_languages(client, auth, world):
    volunteer = f.user(name="Sleutelfiguur")
    auth.login(f.user("admin"))
    client.post(f"/admin/users/{volunteer.id}", data={"role": "translator", "gemeente_id": world["gemeente"].id})
    db.session.refresh(volunteer)
    assert not volunteer.has_role("translator")  # no languages, no role
    client.post(
        f"/admin/users/{volunteer.id}",
        data={"role": "translator", "gemeente_id": world["gemeente"].id, "languages": ["ti", "ar"]},
    )
    db.session.refresh(volunteer)
    assert volunteer.has_role("translator") and volunteer.translation_languages == ["ar", "ti"]
    assert volunteer.gemeente_ids("translator") == {world["gemeente"].id}
