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
    return Page(items[start:start + per_page], number, pages, len(items))


def page_number(number) -> int:
    try:
        return max(1, int(number))
    except (TypeError, ValueError):
        return 1


def paginate_query(statement, number, per_page: int = PER_PAGE, count=None) -> Page:
    """One page of an ordered ``select`` of entities: a count, then only that page's rows.

    ``count`` is a select of the number of rows when counting the statement itself would be
    needlessly costly (it carries ordering joins the count does not need).
    """
    number = page_number(number)
    if count is None:
        count = select(func.count()).select_from(statement.order_by(None).subquery())
    total = db.session.scalar(count) or 0
    pages = max(1, -(-total // per_page))
    number = min(number, pages)
    items = list(db.session.scalars(statement.limit(per_page).offset((number - 1) * per_page)))
    return Page(items, number, pages, total)


def page_url(number: int) -> str:
    """The current page's URL with its filters kept and another page number.

    Only plain filter names are copied: ``url_for`` treats ``endpoint`` and names starting with
    ``_`` (``_external``, ``_anchor``) specially, and a visitor must not steer those.
    """
    filters = {k: v for k, v in request.args.items() if k != "endpoint" and not k.startswith("_")}
    return url_for(request.endpoint, **{**request.view_args, **filters, "page": number})
