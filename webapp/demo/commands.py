"""``flask --app webapp demo``: load the demo gemeenten, organisations, offers, newcomers and accounts."""

from __future__ import annotations

from datetime import timedelta

import click
from flask import current_app
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from ..accounts.models import User
from ..extensions import db, delete_all_rows
from ..gemeenten.models import Gemeente, Kern
from ..matches import search, suggestions
from ..newcomers.models import Consent, Newcomer
from ..offers.models import Offer, OfferTranslation, TranslationStatus
from ..organisations.models import Organisation
from ..timeutil import today, utcnow

#: One password for every demo account; printed by the command and listed in the README.
DEMO_PASSWORD = "meedoen-demo"

#: (login, name, roles with their gemeente (and a translator's languages), organisation key);
#: the newcomer login is linked below.
DEMO_ACCOUNTS = [
    ("admin@meedoen.example", "Anne Admin", [("admin", None)], None),
    ("coordinator@dalfsen.example", "Carla Coördinator", [("coordinator", "Dalfsen")], None),
    ("coordinator@nijkerk.example", "Nadia Nijkerk", [("coordinator", "Nijkerk")], None),
    ("beleid@dalfsen.example", "Gert Gemeente", [("gemeente", "Dalfsen")], None),
    ("vertaler@dalfsen.example", "Yonas Bruggenbouwer", [("translator", "Dalfsen", ("ar", "ti"))], None),
    ("taalpunt@dalfsen.example", "Tineke Taalpunt", [("provider", None)], "taalpunt-dalfsen"),
    ("nieuw@vereniging.example", "Nico Nieuw", [("provider", None)], "new-club"),
    ("0612345678", "", [("newcomer", None)], None),
]

#: Every other organisation gets a provider login too (not printed): ``<key>@aanbieder.example``.
PROVIDER_DOMAIN = "aanbieder.example"


def load(reset: bool = False) -> list[tuple[str, str]]:
    """Load everything in one transaction; returns the demo logins with what they are."""
    from . import content, stories  # large; only the demo command needs it

    if db.session.scalar(select(Gemeente).where(Gemeente.name == "Dalfsen")) is not None:
        if not reset:
            raise click.ClickException("Demo data is already loaded. Use --reset to drop all data and load it again.")
    if reset:
        delete_all_rows(db.session)
    gemeenten, kernen = _load_places(content)
    organisations = _load_organisations(content, gemeenten)
    _load_offers(content, organisations, kernen)
    newcomers = _load_newcomers(content, kernen, organisations)
    accounts = _load_accounts(gemeenten, organisations, newcomers)
    _load_translations(content)
    db.session.commit()
    search.backfill()
    db.session.commit()
    suggestions.recompute_all()
    stories.play(content.MATCH_STORIES)
    return accounts


def _load_places(content):
    gemeenten, kernen = {}, {}
    for row in content.GEMEENTEN:
        gemeente = Gemeente(name=row["name"])
        db.session.add(gemeente)
        gemeenten[row["name"]] = gemeente
        for k in row["kernen"]:
            kernen[k["name"]] = Kern(gemeente=gemeente, name=k["name"], lat=k["lat"], lon=k["lon"])
    return gemeenten, kernen


def _load_organisations(content, gemeenten):
    organisations = {}
    for row in content.ORGANISATIONS:
        organisations[row["key"]] = Organisation(
            name=row["name"],
            kind=row["kind"],
            gemeente=gemeenten[row["gemeente"]],
            description=row.get("description", ""),
            email=row.get("email"),
            phone=row.get("phone"),
            moderation_status="approved",
        )
    # A freshly registered club, so moderation has something to show.
    organisations["new-club"] = Organisation(
        name="Schaakclub De Vecht",
        kind="vereniging",
        gemeente=gemeenten["Dalfsen"],
        description="Schaken voor jong en oud, elke donderdagavond.",
        moderation_status="pending",
    )
    db.session.add_all(organisations.values())
    return organisations


OFFER_FIELDS = (
    "kind",
    "type",
    "title",
    "description",
    "tags",
    "schedule",
    "min_dutch_level",
    "host_languages",
    "capacity",
    "women_only",
    "age_min",
    "age_max",
    "childcare",
    "cost_eur",
    "language_rich",
    "contact_name",
    "contact_email",
    "contact_phone",
    "duration_weeks",
    "hours_per_week",
    "status",
)


def _load_offers(content, organisations, kernen):
    offers = []
    now = utcnow()
    for row in content.OFFERS:
        kern = kernen[row["kern"]]
        offer = Offer(
            organisation=organisations[row["organisation"]],
            kern=kern,
            gemeente=kern.gemeente,
            **{name: row.get(name) for name in OFFER_FIELDS if row.get(name) is not None},
        )
        if row.get("start_in_days") is not None:
            offer.start_date = today() + timedelta(days=row["start_in_days"])
            if row.get("duration_weeks"):
                offer.end_date = offer.start_date + timedelta(weeks=row["duration_weeks"])
        if offer.status in ("published", "closed"):
            offer.published_dt = now - timedelta(days=len(offers))
        offers.append(offer)
    db.session.add_all(offers)
    return offers


NEWCOMER_FIELDS = (
    "name",
    "gender",
    "birth_year",
    "languages",
    "dutch_level",
    "leerroute",
    "interests",
    "profession",
    "wants",
    "goals",
    "availability",
    "mobility",
    "max_km",
    "needs_childcare",
    "phone",
    "email",
    "notes",
)


def _load_newcomers(content, kernen, organisations):
    newcomers = []
    taalpunt = organisations["taalpunt-dalfsen"]
    for row in content.NEWCOMERS:
        kern = kernen[row["kern"]]
        newcomer = Newcomer(
            gemeente=kern.gemeente,
            kern=kern,
            arrival_date=today() - timedelta(days=30 * row.get("arrived_months_ago", 6)),
            **{name: row.get(name) for name in NEWCOMER_FIELDS if row.get(name) is not None},
        )
        since = (today() - timedelta(days=30 * row.get("arrived_months_ago", 6))).isoformat()
        newcomer.wants_since = {kind: since for kind in row.get("wants", [])}
        if kern.gemeente is taalpunt.gemeente:
            newcomer.consents.append(Consent(organisation=taalpunt, scope="profile"))
        newcomers.append(newcomer)
    db.session.add_all(newcomers)
    return newcomers


def _load_accounts(gemeenten, organisations, newcomers):
    printed = []
    for login, name, roles, org_key in DEMO_ACCOUNTS:
        user = User(display_name=name or newcomers[0].name, email_confirmed_dt=utcnow())
        if "@" in login:
            user.email = login
        else:
            user.phone = login
            newcomers[0].user = user
        user.set_password(DEMO_PASSWORD)
        if org_key:
            user.organisation = organisations[org_key]
        for role, gemeente_name, *languages in roles:
            user.grant(
                role, gemeenten[gemeente_name] if gemeente_name else None, languages=languages[0] if languages else None
            )
        db.session.add(user)
        printed.append((login, ", ".join(role for role, *_rest in roles)))
    _provider_logins(organisations, {key for *_rest, key in DEMO_ACCOUNTS if key})
    return printed


def _load_translations(content) -> None:
    """The demo translator's work: some approved (shown in ar and ti), one waiting for review."""
    db.session.flush()
    translator = db.session.scalar(select(User).where(User.email == "vertaler@dalfsen.example"))
    reviewer = db.session.scalar(select(User).where(User.email == "coordinator@dalfsen.example"))
    offers = {
        o.title: o
        for o in db.session.scalars(
            select(Offer).where(Offer.title.in_([row["offer"] for row in content.OFFER_TRANSLATIONS]))
        )
    }
    for row in content.OFFER_TRANSLATIONS:
        approved = row["status"] == TranslationStatus.APPROVED
        db.session.add(
            OfferTranslation(
                offer=offers[row["offer"]],
                lang=row["lang"],
                title=row["title"],
                description=row["description"],
                status=row["status"],
                translator=translator,
                reviewer=reviewer if approved else None,
                reviewed_dt=utcnow() if approved else None,
            )
        )


def _provider_logins(organisations, taken) -> None:
    """A login for every other organisation, so its offers' matches can be accepted in the demo."""
    password_hash = generate_password_hash(DEMO_PASSWORD)  # hashing is slow on purpose: once
    for key, organisation in organisations.items():
        if key in taken:
            continue
        user = User(
            display_name=organisation.name,
            email=f"{key}@{PROVIDER_DOMAIN}",
            organisation=organisation,
            password_hash=password_hash,
            email_confirmed_dt=utcnow(),
        )
        user.grant("provider")
        db.session.add(user)


@click.command("demo")
@click.option("--reset", is_flag=True, help="Drop all data first and load the demo again.")
def demo_command(reset: bool) -> None:
    """Load the demo data (Gemeente Dalfsen, Nijkerk, Assen) and print the demo logins."""
    accounts = load(reset=reset)
    click.echo(f"Demo data loaded into {current_app.config['SQLALCHEMY_DATABASE_URI']}")
    click.echo(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
    for login, roles in accounts:
        click.echo(f"  {login:32} {roles}")


def init_app(app) -> None:
    app.cli.add_command(demo_command)
