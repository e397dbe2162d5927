"""Paging lists: in SQL (:func:`paginate_query`, one count and one page of rows), or a short list
already in memory (:func:`paginate`)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import request, url_for
from sqlalchemy import func, select

from .extensions import db

PER_PAGE = 20


@dataclass
class Page:
    items: list
    number: int
    pages: int
    total: int

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    # The names of Flask-SQLAlchemy's pagination, so one ``pager`` macro shows both.
    @property
    def page(self) -> int:
        return self.number

    @property
    def prev_num(self) -> int:
        return self.number - 1

    @property
    def next_num(self) -> int:
        return self.number + 1


def paginate(items: list, number, per_page: int = PER_PAGE) -> Page:
    """A page number that is not a number, or out of range, gives the nearest real page."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        number = 1
    pages = max(1, -(-len(items) // per_page))
    number = min(max(1, number), pages)
    start = (number - 1) * per_page
    return Page(items[start : start + per_page], number, pages, len(items))


def page_number(number) -> int:
    try:
        return max(1, int(number))
    except (TypeError, ValueError):
        return 1


def paginate_query(statement, number, per_page: int = PER_PAGE, count_along: bool = False) -> Page:
    """One page of an ordered ``select`` of one model, the way that stays flat as the table grows.

    Three narrow steps instead of sorting whole rows: count the matching rows, take the page's
    ids in order (filters, joins and ordering as given, so an index can stop after a page), then
    load just those rows with the statement's loader options (``joinedload`` of what the page
    shows). A page number past the end (an old link) shows the last page.

    ``count_along``: when every matching row must be computed anyway (ranked search results), the
    count rides along with the ids as ``count(*) over ()`` instead of computing them twice.
    """
    model = statement.column_descriptions[0]["entity"]
    number = page_number(number)
    if count_along:
        ranked = statement.with_only_columns(model.id, func.count().over())
        found = db.session.execute(ranked.limit(per_page).offset((number - 1) * per_page)).all()
        if found or number == 1:
            total = found[0][1] if found else 0
            return _load(model, statement, [row[0] for row in found], number, per_page, total)
    total = (
        db.session.scalar(
            select(func.count()).select_from(statement.with_only_columns(model.id).order_by(None).subquery())
        )
        or 0
    )
    pages = max(1, -(-total // per_page))
    number = min(number, pages)
    ids = list(
        db.session.scalars(statement.with_only_columns(model.id).limit(per_page).offset((number - 1) * per_page))
    )
    return _load(model, statement, ids, number, per_page, total)


def _load(model, statement, ids: list, number: int, per_page: int, total: int) -> Page:
    """The page's rows, in the order of ``ids``, with the statement's loader options."""
    pages = max(1, -(-total // per_page))
    if not ids:
        return Page([], min(number, pages), pages, total)
    rows = db.session.scalars(select(model).where(model.id.in_(ids)).options(*statement._with_options)).unique()
    by_id = {row.id: row for row in rows}
    return Page([by_id[i] for i in ids if i in by_id], number, pages, total)


def page_url(number: int) -> str:
    """The current page's URL with its filters kept and another page number.

    Only plain filter names are copied: ``url_for`` treats ``endpoint`` and names starting with
    ``_`` (``_external``, ``_anchor``) specially, and a visitor must not steer those.
    """
    filters = {k: v for k, v in request.args.items() if k != "endpoint" and not k.startswith("_")}
    return url_for(request.endpoint, **{**request.view_args, **filters, "page": number})
