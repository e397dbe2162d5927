"""Paging lists: in SQL (:func:`paginate_query`, a count and one page of rows), or a short list
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
    pages = max(1, -(-len(items) // per_page))
    number = min(page_number(number), pages)
    start = (number - 1) * per_page
    return Page(items[start : start + per_page], number, pages, len(items))


#: No list has this many pages; a larger number (an edited URL) would overflow SQL's OFFSET.
MAX_PAGE = 10**6


def page_number(number) -> int:
    """A page number from a URL: 1 for anything that is not a number, at most :data:`MAX_PAGE`."""
    try:
        return min(max(1, int(number)), MAX_PAGE)
    except (TypeError, ValueError, OverflowError):
        return 1


def paginate_query(statement, number, per_page: int = PER_PAGE, count_along: bool = False) -> Page:
    """One page of an ordered ``select`` of one model, the way that stays flat as the table grows.

    One statement in the usual case: the page's rows, ordered and limited in SQL so an index can
    stop after a page, with the statement's loader options (``joinedload`` of what the page
    shows) and the number of matching rows beside them. A page number past the end (an old link)
    shows the last page, at the cost of a separate count; an empty first page needs none.

    How the number rides along depends on the list:

    - a plain list counts its rows in a subquery that an index alone can answer;
    - ``count_along``, for ranked search results, where every matching row must be computed
      anyway: ``count(*) over ()`` in a narrow inner query of ids and positions, so the matches
      are computed once and the window never carries a matching row's full width.
    """
    model = statement.column_descriptions[0]["entity"]
    number = page_number(number)
    offset = (number - 1) * per_page
    if count_along:
        ordering = statement._order_by_clauses
        ranked = (
            statement.with_only_columns(
                model.id.label("page_id"),
                func.count().over().label("total"),
                func.row_number().over(order_by=ordering).label("position"),
            )
            .limit(per_page)
            .offset(offset)
            .subquery()
        )
        rows = select(model, ranked.c.total).join(ranked, ranked.c.page_id == model.id).order_by(ranked.c.position)
        rows = rows.options(*statement._with_options)
    else:
        counted = statement.with_only_columns(model.id).order_by(None).subquery()
        total = select(func.count()).select_from(counted).scalar_subquery()
        rows = statement.add_columns(total.label("total")).limit(per_page).offset(offset)
    found = db.session.execute(rows).all()
    if found:
        total = found[0][1]
        return Page([row[0] for row in found], number, _pages(total, per_page), total)
    if number == 1:  # an empty first page: nothing matches, no need to count it again
        return Page([], 1, 1, 0)
    total = _count(model, statement)
    last = _pages(total, per_page)
    if number <= last or total == 0:
        return Page([], min(number, last), last, total)
    return paginate_query(statement, last, per_page, count_along)


def _count(model, statement) -> int:
    counted = statement.with_only_columns(model.id).order_by(None).subquery()
    return db.session.scalar(select(func.count()).select_from(counted)) or 0


def _pages(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def page_url(number: int) -> str:
    """The current page's URL with its filters kept and another page number.

    Only plain filter names are copied: ``url_for`` treats ``endpoint`` and names starting with
    ``_`` (``_external``, ``_anchor``) specially, and a visitor must not steer those.
    """
    filters = {k: v for k, v in request.args.items() if k != "endpoint" and not k.startswith("_")}
    return url_for(request.endpoint, **{**request.view_args, **filters, "page": number})
