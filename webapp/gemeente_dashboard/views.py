"""Dashboard for municipality staff: their own gemeente only, figures only; administrators compare.

Views are thin: they read the period and filter from the query string (anything
unknown gives a message and the default), let `report.Dashboard` build the
sections and render them as a page, CSV, XLSX or the printable raadsrapportage.
"""

from __future__ import annotations

from flask import Blueprint, Response, redirect, render_template, request, url_for
from flask_babel import force_locale, format_date
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..domain import Conflict, Forbidden, NotFound
from ..extensions import db
from ..gemeenten.models import Gemeente
from ..outcome import done, refused
from ..timeutil import today
from . import exports, periods, services
from .forms import TargetsForm
from .indicators import Figures, Scope
from .report import ORDER, Dashboard, Filter, default_period

bp = Blueprint("gemeente", __name__)

#: How many years back the period menu goes (older periods still open by their address).
MENU_YEARS = 5


@bp.context_processor
def labels():
    """What the charts say about a figure that is not drawn, in the reader's language."""
    return {
        "periods_kind_labels": periods.KIND_LABELS,
        "chart_texts": {
            "<5": _("fewer than 5 (0 included), so that no one can be recognised"),
            "×": _("hidden, so that a count under 5 cannot be worked out from the other figures"),
            "–": _("not shown, because the count it is made of is not shown"),
        },
    }


def _own_gemeenten() -> tuple[Gemeente, list[Gemeente]]:
    """The gemeente asked for (default: the first), among those of the user's gemeente role."""
    allowed = current_user.gemeente_ids("gemeente")
    gemeenten = db.session.scalars(select(Gemeente).where(Gemeente.id.in_(allowed)).order_by(Gemeente.name)).all()
    if not gemeenten:
        raise Forbidden()
    chosen = request.args.get("gemeente", type=int) or gemeenten[0].id
    if chosen not in allowed:
        raise NotFound()  # another gemeente's figures do not exist for this user
    return next(g for g in gemeenten if g.id == chosen), gemeenten


def _period(problems: list[str]) -> periods.Period:
    text = request.args.get("period")
    if not text:
        return default_period(today())
    period = periods.parse(text)
    if period is None or not period.has_begun(today()):
        problems.append(
            _("There are no figures for this period yet; showing %(period)s.", period=default_period(today()).label())
        )
        return default_period(today())
    return period


def _dashboard(
    gemeente: Gemeente, problems: list[str], with_filter: bool = True, allow_earlier: bool = False
) -> Dashboard:
    scope = Scope.load(gemeente)
    period = _period(problems)
    chosen = Filter()
    if with_filter:
        chosen = Filter.parse(request.args.get("filter"), scope)
        if chosen is None:
            problems.append(_("This filter does not exist for %(name)s; showing all.", name=gemeente.name))
            chosen = Filter()
    return Dashboard(
        Figures(scope, today(), allow_earlier),
        period,
        chosen,
        request.args.get("by"),
        services.targets_for(gemeente.id),
    )


def _heading(view: Dashboard) -> list[str]:
    lines = [_("Municipality %(name)s", name=view.scope.name), _("Period: %(period)s", period=view.period.label())]
    if view.running:
        lines.append(_("This period is still running: figures up to %(day)s.", day=format_date(view.today)))
    if view.filter.kind is not None:
        lines.append(_("Filter: %(filter)s", filter=view.scope.label(view.filter.node)))
    return lines


@bp.route("/gemeente")
def dashboard():
    gemeente, gemeenten = _own_gemeenten()
    problems: list[str] = []
    view = _dashboard(gemeente, problems, allow_earlier=True)
    sections = view.sections()
    page = render_template(
        "gemeente/dashboard.html",
        gemeente=gemeente,
        gemeenten=gemeenten,
        view=view,
        sections=sections,
        headlines=view.headlines(),
        problems=problems,
        heading=_heading(view),
        charts=[chart.data() for section in sections for chart in section.charts],
        period_choices=periods.choices(today(), today().year - MENU_YEARS + 1),
        export_args={"gemeente": gemeente.id, "period": view.period.key, "filter": view.filter.text, "by": view.by},
    )
    view.figures.recount_earlier()
    return page


@bp.route("/gemeente/export/<any(" + ", ".join(ORDER) + "):indicator>.<any(csv, xlsx):fmt>")
def export(indicator: str, fmt: str):
    gemeente, _gemeenten = _own_gemeenten()
    view = _dashboard(gemeente, [])
    section = view.section(indicator)
    name = f"{indicator}-{gemeente.name}-{view.period.key}".lower().replace(" ", "-")
    if fmt == "csv":
        return _download(exports.to_csv([section], _heading(view)), "text/csv; charset=utf-8", f"{name}.csv")
    return _download(exports.to_xlsx([section], _heading(view)), exports.XLSX_TYPE, f"{name}.xlsx")


def _download(body, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


def _report(gemeente: Gemeente) -> tuple[Dashboard, list]:
    """The raadsrapportage covers the whole gemeente: no filter."""
    view = _dashboard(gemeente, [], with_filter=False)
    return view, view.sections()


def _report_cover(view: Dashboard) -> list[str]:
    return [
        _("Council report on the integration and participation of statushouders"),
        *_heading(view),
        _("Made on %(day)s from the registrations in Meedoen.", day=format_date(view.today)),
        _(
            "Definitions: every figure is counted as described in the indicator definitions; counts under 5 "
            "are not shown, so that no one can be recognised."
        ),
    ]


@bp.route("/gemeente/raadsrapportage")
def report():
    """A printable page in Dutch, whatever the reader's language: it goes to the council as it is."""
    gemeente, _gemeenten = _own_gemeenten()
    with force_locale("nl"):
        view, sections = _report(gemeente)
        return render_template(
            "gemeente/report.html",
            gemeente=gemeente,
            view=view,
            sections=sections,
            headlines=view.headlines(),
            cover=_report_cover(view),
            charts=[chart.data() for section in sections for chart in section.charts],
        )


@bp.route("/gemeente/raadsrapportage.xlsx")
def report_xlsx():
    gemeente, _gemeenten = _own_gemeenten()
    with force_locale("nl"):
        view, sections = _report(gemeente)
        body = exports.to_xlsx(sections, _heading(view), cover=_report_cover(view))
    name = f"raadsrapportage-{gemeente.name}-{view.period.key}".lower().replace(" ", "-")
    return _download(body, exports.XLSX_TYPE, f"{name}.xlsx")


@bp.route("/gemeente/targets", methods=["GET", "POST"])
def targets():
    gemeente, _gemeenten = _own_gemeenten()
    form = TargetsForm(data=services.targets_for(gemeente.id))
    if form.validate_on_submit():
        try:
            services.save_targets(current_user, gemeente, form.values())
        except Conflict as error:
            refused(error)
        else:
            done(_("The targets are saved."))
            return redirect(url_for("gemeente.dashboard", gemeente=gemeente.id))
    return render_template("gemeente/targets.html", gemeente=gemeente, form=form, targets=services.TARGETS)


@bp.route("/gemeente/compare")
def admin_compare():
    """Administrators put gemeenten side by side; each gemeente's figures are hidden as its own staff see them."""
    problems: list[str] = []
    period = _period(problems)
    rows = []
    for gemeente in db.session.scalars(select(Gemeente).order_by(Gemeente.name)):
        view = Dashboard(
            Figures(Scope.load(gemeente), today()), period, Filter(), None, services.targets_for(gemeente.id)
        )
        rows.append((gemeente, view.headlines()))
    return render_template(
        "gemeente/compare.html",
        period=period,
        rows=rows,
        problems=problems,
        period_choices=periods.choices(today(), today().year - MENU_YEARS + 1),
    )
