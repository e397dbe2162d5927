"""Translating offers: the translator's queue and form, the coordinator's review."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..domain import Conflict
from ..i18n import UI_LANGUAGES, text_direction
from ..outcome import done, refused
from . import translations
from .forms import TranslationForm, TranslationRejectForm
from .models import TRANSLATION_LANGUAGES

bp = Blueprint("translations", __name__)

_LANGS = ", ".join(TRANSLATION_LANGUAGES)


@bp.route("/translate")
def queue():
    page = translations.queue(current_user, request.args.get("page", 1))
    _gemeenten, languages = translations.translator_scope(current_user)
    existing = translations.translations_of([o.id for o in page.items], languages)
    return render_template(
        "offers/translate_queue.html", page=page, languages=languages, existing=existing, language_names=UI_LANGUAGES
    )


@bp.route(f"/translate/<int:offer_id>/<any({_LANGS}):lang>", methods=["GET", "POST"])
def translate(offer_id: int, lang: str):
    offer = translations.offer_to_translate(current_user, offer_id, lang)
    existing = translations.translation(offer, lang)
    form = TranslationForm(obj=existing)
    if form.validate_on_submit():
        translations.save(current_user, offer, lang, form.title.data, form.description.data or "")
        done(_("Thank you! A coordinator checks the translation before it is shown."))
        return redirect(url_for("translations.queue"))
    return render_template(
        "offers/translate_form.html",
        offer=offer,
        lang=lang,
        form=form,
        existing=existing,
        language_name=UI_LANGUAGES[lang],
        lang_dir=text_direction(lang),
    )


@bp.route("/coordinator/translations")
def review():
    page = translations.review_queue(current_user, request.args.get("page", 1))
    return render_template(
        "offers/translate_review.html", page=page, reject_form=TranslationRejectForm(), language_names=UI_LANGUAGES
    )


@bp.route("/coordinator/translations/<int:translation_id>/<any(approve, reject):decision>", methods=["POST"])
def review_act(translation_id: int, decision: str):
    found = translations.for_review(current_user, translation_id)
    form = TranslationRejectForm()
    try:
        if decision == "approve":
            translations.approve(current_user, found)
        else:
            translations.reject(current_user, found, form.reason.data if form.validate() else "")
    except Conflict as error:
        refused(error)
    else:
        done(_("Saved."))
    return redirect(url_for("translations.review"))
