"""Paging a list that is already in memory (search results are ranked in Python)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import request, url_for

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


def page_url(number: int) -> str:
    """The current page's URL with its filters kept and another page number.

    Only plain filter names are copied: ``url_for`` treats ``endpoint`` and names starting with
    ``_`` (``_external``, ``_anchor``) specially, and a visitor must not steer those.
    """
    filters = {k: v for k, v in request.args.items() if k != "endpoint" and not k.startswith("_")}
    return url_for(request.endpoint, **{**request.view_args, **filters, "page": number})
