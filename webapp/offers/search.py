"""Search the sociale kaart in the database: words, typos and the reader's own language.

A query is answered by three sources, each a small SQL select of ``(offer_id, score)``,
added up per offer, filtered, ordered and paged in SQL (nothing loads the offers into Python):

- **the words themselves**, through the full-text index (SQLite FTS5, PostgreSQL ``tsvector``
  with Dutch stemming; see :mod:`.search_schema`); every query word must be found, as a word or the
  start of one ("voetbal" finds "voetbalvereniging"). A hit in the title scores most.
- **typos**: a query word found in no offer is compared with rapidfuzz against a bounded set of
  words that do occur (same first letter, similar length; at most :data:`MAX_CANDIDATES`,
  from the FTS5 vocabulary or PostgreSQL's ``offer_words``). Only a word that
  occurs nowhere is widened, and never to another first letter: "naaien" must not find
  "gras maaien". Typo hits score below exact ones.
- **concepts**: "كرة القدم", "ኩዕሶ እግሪ", "football" and "fotbal" share no word with
  "Voetbalvereniging", but mean the same thing. ``webapp.matches`` reads text into concepts
  (only it may use ``matching``), stores each offer's concepts and registers the query side
  with :func:`use_concepts`, so this package never imports it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from rapidfuzz import fuzz
from sqlalchemy import Float, Integer, String, bindparam, cast, func, or_, select, text, union_all
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..pagination import Page, paginate_query
from . import search_schema
from .models import Offer, OfferStatus

#: How similar (0..100) a word of an offer must be to a query word to stand in for it.
MIN_SIMILARITY = 80
#: Most words compared with one query word: the typo step never grows with the number of offers.
MAX_CANDIDATES = 300
#: At most this many query words are used; a pasted paragraph is not a search.
MAX_WORDS = 8
#: Scores per source; exact words beat typos, a word in the title beats one in the description.
TITLE_SCORE, TEXT_SCORE, TYPO_SCORE = 4.0, 2.0, 1.0

#: Letters and digits; "_" is a word character to Python but a separator to both full-text engines.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: ``fn(query) -> select of (offer_id, score)`` or ``None``; registered by ``webapp.matches``.
_concepts: Callable | None = None


def use_concepts(finder: Callable | None) -> None:
    """Let the search also find offers by what the query means (set by ``webapp.matches``)."""
    global _concepts
    _concepts = finder


def fold(text: str) -> str:
    """Lower-case and strip accents, so "café" finds "cafe"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def query_words(query: str) -> list[str]:
    """The distinct words worth looking up, at most :data:`MAX_WORDS`."""
    found = []
    for word in words(query):
        if len(word) >= 2 and word not in found:
            found.append(word)
    return found[:MAX_WORDS]


def _dialect() -> str:
    return db.session.get_bind().dialect.name


def _vocabulary() -> tuple[str, str]:
    """The table of words that occur in offers, and its column (see :mod:`.search_schema`)."""
    return ("offer_words", "word") if _dialect() == "postgresql" else ("offer_fts_vocab", "term")


def _occurs(word: str) -> bool:
    """Whether some offer has this word, or a word starting with it.

    A range of the words' key rather than ``LIKE 'word%'``: PostgreSQL plans a prepared ``LIKE``
    with a parameter (psycopg prepares a statement from its sixth run) as a scan of every word.
    """
    table, column = _vocabulary()
    sql = f"SELECT 1 FROM {table} WHERE {column} >= :low AND {column} < :high LIMIT 1"  # nosec B608 - names from code
    return db.session.execute(text(sql), {"low": word, "high": word + "\U0010ffff"}).first() is not None


def _candidates(word: str) -> list[str]:
    """Words of offers that could be this word mistyped: same first letter, similar length.

    The words with that first letter are a range of the vocabulary's key. PostgreSQL sorts them
    nearest first by trigram distance: a few hundred words to sort, where a nearest-neighbour
    search over the whole trigram index took ten times as long and could stop before the right
    letter.
    """
    table, column = _vocabulary()
    sql = f"SELECT {column} FROM {table} WHERE {column} >= :first AND {column} < :after "  # nosec B608 - names from code
    sql += f"AND length({column}) BETWEEN :low AND :high "
    params = {"first": word[0], "after": chr(ord(word[0]) + 1), "low": len(word) - 2, "high": len(word) + 2}
    if _dialect() == "postgresql":
        sql += f"ORDER BY {column} <-> :word "
        params["word"] = word
    return [row[0] for row in db.session.execute(text(sql + "LIMIT :limit"), {**params, "limit": MAX_CANDIDATES})]


def typo_alternatives(word: str) -> list[str]:
    """Words that occur in offers and are this word mistyped; empty for a word that occurs.

    Only Latin-script words are widened: offers are written in Dutch, and a typo keeps its first
    letter, so a word in Arabic or Ge'ez script can only be found by its meaning (the concepts).
    """
    if len(word) < 4 or not word.isalpha() or not word[0].isascii() or _occurs(word):
        return []
    scored = [(fuzz.ratio(word, c), c) for c in _candidates(word)]
    return [c for score, c in sorted(scored, reverse=True) if score >= MIN_SIMILARITY][:5]


def _sqlite_expression(alternatives: list[list[str]]) -> str:
    """Each query word (or one of its alternatives) must occur; the first one as a prefix."""

    def term(options):
        first, *rest = options
        return "(" + " OR ".join([f'"{first}"*', *(f'"{w}"' for w in rest)]) + ")"

    return " AND ".join(term(options) for options in alternatives)


def _pg_expression(alternatives: list[list[str]], weight: str = "") -> str:
    """A ``tsquery``: every word (or one of its alternatives), the first as a prefix; with
    ``weight`` "A" only where the document gives it that weight, its title."""

    label = f":{weight}" if weight else ""

    def term(options):
        first, *rest = options
        return "(" + " | ".join([f"{first}:*{weight}", *(word + label for word in rest)]) + ")"

    return " & ".join(term(options) for options in alternatives)


def _typed(clause):
    return clause.columns(offer_id=Integer, score=Float)


def _text_hits(alternatives: list[list[str]], score: float, name: str, title_bonus: float = 0.0) -> list:
    """Selects of (offer_id, score) for offers whose text has every word.

    With ``title_bonus`` an offer that has them in its title scores that much more: on
    PostgreSQL in the same index scan, on SQLite as a second FTS5 query (cheap there).
    """
    if _dialect() == "postgresql":
        document, config = search_schema.PG_COLUMN, search_schema.PG_CONFIG
        title = f"{name}_title"
        value = f"CASE WHEN {document} @@ to_tsquery('{config}', :{title}) THEN {score + title_bonus} ELSE {score} END"
        sql = f"SELECT id AS offer_id, {value if title_bonus else score} AS score FROM offers "  # nosec B608 - constant SQL and scores from code; the words are a bound parameter
        sql += f"WHERE {document} @@ to_tsquery('{config}', :{name})"
        params = [bindparam(name, _pg_expression(alternatives))]
        if title_bonus:
            params.append(bindparam(title, _pg_expression(alternatives, weight="A")))
        return [_typed(text(sql).bindparams(*params))]
    expression = _sqlite_expression(alternatives)
    sql = "SELECT rowid AS offer_id, {score} AS score FROM offer_fts WHERE offer_fts MATCH :{name}"
    found = [_typed(text(sql.format(score=score, name=name)).bindparams(bindparam(name, expression)))]
    if title_bonus:
        title = f"{name}_title"
        found.append(
            _typed(
                text(sql.format(score=title_bonus, name=title)).bindparams(bindparam(title, f"title : ({expression})"))
            )
        )
    return found


def hits(query: str):
    """All sources for a query as one select of (offer_id, score), or ``None`` for no words."""
    wanted = query_words(query)
    if not wanted:
        return None
    exact = [[w] for w in wanted]
    parts = _text_hits(exact, TEXT_SCORE, "q_text", title_bonus=TITLE_SCORE)
    widened = [[w, *typo_alternatives(w)] for w in wanted]
    if widened != exact:
        parts.extend(_text_hits(widened, TYPO_SCORE, "q_typo"))
    if _concepts is not None:
        meant = _concepts(query)
        if meant is not None:
            parts.append(meant)
    return union_all(*(select(p.subquery()) for p in parts)).subquery()


def _time_filter(day: str | None, part: str | None):
    """Offers with no fixed schedule are flexible and fit any time; keys look like "sat-am"."""
    if not (day or part):
        return None
    schedule = cast(Offer.schedule, String)
    pattern = f'%"{day}-{part}"%' if day and part else (f'%"{day}-%' if day else f'%-{part}"%')
    return or_(Offer.schedule.is_(None), schedule.in_(["[]", "null"]), schedule.like(pattern))


def search_page(
    query: str = "",
    type_: str | None = None,
    kern_id: int | None = None,
    day: str | None = None,
    part: str | None = None,
    page=1,
) -> Page:
    """One page of public offers: the best matches first with a query, else the newest."""
    filters = [Offer.status == OfferStatus.PUBLISHED, Offer.is_public.is_(True)]
    if type_:
        filters.append(Offer.type == type_)
    if kern_id:
        filters.append(Offer.kern_id == kern_id)
    timed = _time_filter(day, part)
    if timed is not None:
        filters.append(timed)
    load = (joinedload(Offer.organisation), joinedload(Offer.kern))
    found = hits(query or "")
    if found is None:
        statement = select(Offer).where(*filters).options(*load).order_by(Offer.published_dt.desc(), Offer.id.desc())
        return paginate_query(statement, page)
    scored = select(found.c.offer_id, func.sum(found.c.score).label("score")).group_by(found.c.offer_id).subquery()
    statement = (
        select(Offer)
        .join(scored, scored.c.offer_id == Offer.id)
        .where(*filters)
        .options(*load)
        .order_by(scored.c.score.desc(), Offer.published_dt.desc(), Offer.id.desc())
    )
    return paginate_query(statement, page, count_along=True)
