"""The database objects behind offer search, which SQLAlchemy models cannot describe.

SQLite gets an FTS5 table ``offer_fts`` (title, body) kept in step with ``offers`` by triggers,
and reads its distinct words through ``offer_fts_vocab`` for typo candidates. PostgreSQL gets a
GIN index on the weighted ``tsvector`` of the offer, kept in a generated column (title A,
description and keywords B; Dutch stemming with accents folded, :data:`PG_CONFIG`) and a table
``offer_words`` of distinct
words, accents folded, filled by a trigger. Its primary key, in the code-point order of
collation ``"C"`` whatever the database's own, serves the typo look-up by first letter and the
prefix test (words from ``word`` up to ``word`` + U+10FFFF); ``pg_trgm``'s distance
``word <-> query`` sorts those candidates.
Triggers rather than the service layer, because offers are also written in bulk (the demo, the
bench, tests) and the index must never miss one.

The same statements serve the migrations (``0007_offer_search``, ``0009_search_unaccent``;
``0011_typo_words_by_letter`` drops the trigram index they made before, and
``0012_search_document`` replaces their index on the expression) and ``db.create_all()``
(the tests), so the two cannot drift; :func:`include_object` keeps these objects out of
Alembic's comparison of models and migrations, since it cannot reflect them.
"""

from __future__ import annotations

from sqlalchemy import event

#: The text search configuration: PostgreSQL's Dutch stemmer after ``unaccent``, so "cafe" finds
#: "café" and "coordinator" finds "coördinator", as SQLite's ``remove_diacritics`` does.
PG_CONFIG = "meedoen_dutch"
#: The weighted document PostgreSQL searches: the title's words weigh A, the rest B.
PG_DOCUMENT = (
    f"(setweight(to_tsvector('{PG_CONFIG}'::regconfig, title), 'A') || "
    f"setweight(to_tsvector('{PG_CONFIG}'::regconfig, description || ' ' || (tags)::text), 'B'))"
)
#: The column that keeps :data:`PG_DOCUMENT`, computed by PostgreSQL whenever a row is written.
#: An index on the expression alone left each search to compute the document again for every
#: hit (the index only narrows, the row is checked) and the title's words once more for the
#: title bonus: "taal" (1,044 hits) spent 4-6 ms on it, 2.6 ms reading the kept one. A query
#: restricted to weight A (``taal:*A``) tells whether the title has the words.
PG_COLUMN = "search_document"

_SQLITE_BODY = "new.description || ' ' || new.tags"

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS offer_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS offer_fts_vocab USING fts5vocab(offer_fts, 'row')",
    "CREATE TRIGGER IF NOT EXISTS offer_fts_insert AFTER INSERT ON offers BEGIN "  # nosec B608 - constant DDL
    f"INSERT INTO offer_fts(rowid, title, body) VALUES (new.id, new.title, {_SQLITE_BODY}); END",
    "CREATE TRIGGER IF NOT EXISTS offer_fts_delete AFTER DELETE ON offers BEGIN "
    "DELETE FROM offer_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS offer_fts_update AFTER UPDATE OF title, description, tags "  # nosec B608 - constant DDL
    "ON offers BEGIN DELETE FROM offer_fts WHERE rowid = old.id; "
    f"INSERT INTO offer_fts(rowid, title, body) VALUES (new.id, new.title, {_SQLITE_BODY}); END",
    "INSERT INTO offer_fts(rowid, title, body) SELECT id, title, description || ' ' || tags "
    "FROM offers WHERE id NOT IN (SELECT rowid FROM offer_fts)",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS offer_fts_update",
    "DROP TRIGGER IF EXISTS offer_fts_delete",
    "DROP TRIGGER IF EXISTS offer_fts_insert",
    "DROP TABLE IF EXISTS offer_fts_vocab",
    "DROP TABLE IF EXISTS offer_fts",
]

#: No pending list: a GIN index with ``fastupdate`` queues new entries in an unsorted list that
#: every search reads in full until a VACUUM merges it. Offers are saved by people, a few a
#: minute at most, so inserting into the index at once costs nothing noticeable, while a search
#: after 9,000 bulk-loaded offers (and no autovacuum yet) took 3.8 ms instead of 1.4 ms.
PG_GIN_STORAGE = "(fastupdate = off)"
#: Migration ``0009_search_unaccent``: the index of ``0007_offer_search`` remade with the
#: accent-folding configuration and without a pending list, and the typo words folded too.
PG_REMAKE = [
    "DROP INDEX IF EXISTS ix_offers_search",
    "TRUNCATE offer_words",
]

_PG_WORDS = (
    "SELECT DISTINCT w FROM regexp_split_to_table(unaccent(lower({row}title || ' ' || {row}description "
    "|| ' ' || ({row}tags)::text)), '[^[:alnum:]]+') AS w WHERE length(w) >= 3"
)
#: The configuration, made once (CREATE TEXT SEARCH CONFIGURATION has no IF NOT EXISTS).
_PG_MAKE_CONFIG = (
    f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{PG_CONFIG}') THEN "  # nosec B608 - constant DDL
    f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = dutch); "
    f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem; "
    "END IF; END $$"
)
#: The kept document and its index (also migration ``0012_search_document``).
PG_DOCUMENT_CREATE = [
    f"ALTER TABLE offers ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector GENERATED ALWAYS AS ({PG_DOCUMENT}) STORED",
    f"CREATE INDEX IF NOT EXISTS ix_offers_search ON offers USING gin ({PG_COLUMN}) WITH {PG_GIN_STORAGE}",
]
PG_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    _PG_MAKE_CONFIG,
    *PG_DOCUMENT_CREATE,
    'CREATE TABLE IF NOT EXISTS offer_words (word text COLLATE "C" PRIMARY KEY)',
    "CREATE OR REPLACE FUNCTION offer_words_add() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"INSERT INTO offer_words(word) {_PG_WORDS.format(row='NEW.')} ON CONFLICT DO NOTHING; "
    "RETURN NEW; END $$",
    "DROP TRIGGER IF EXISTS offer_words_add ON offers",
    "CREATE TRIGGER offer_words_add AFTER INSERT OR UPDATE OF title, description, tags ON offers "
    "FOR EACH ROW EXECUTE FUNCTION offer_words_add()",
    "INSERT INTO offer_words(word) SELECT DISTINCT w FROM offers, LATERAL ("  # nosec B608 - constant DDL
    f"{_PG_WORDS.format(row='offers.')}) AS words(w) ON CONFLICT DO NOTHING",
]
PG_DROP = [
    "DROP TRIGGER IF EXISTS offer_words_add ON offers",
    "DROP FUNCTION IF EXISTS offer_words_add()",
    "DROP TABLE IF EXISTS offer_words",
    "DROP INDEX IF EXISTS ix_offers_search",
    f"ALTER TABLE offers DROP COLUMN IF EXISTS {PG_COLUMN}",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}",
]

#: Names Alembic must not compare (virtual tables, their shadow tables, raw indexes, the kept
#: document, which no model loads).
_NOT_MODELLED = {"offer_words", "ix_offers_search", PG_COLUMN}


def statements(dialect: str, drop: bool = False) -> list[str]:
    if dialect == "postgresql":
        return PG_DROP if drop else PG_CREATE
    if dialect == "sqlite":
        return SQLITE_DROP if drop else SQLITE_CREATE
    return []


def create(connection) -> None:
    for statement in statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


def drop(connection) -> None:
    for statement in statements(connection.dialect.name, drop=True):
        connection.exec_driver_sql(statement)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic: skip the search objects no model describes."""
    return not (name and (name in _NOT_MODELLED or name.startswith("offer_fts")))


def register(offers_table) -> None:
    """``create_all``/``drop_all`` make and remove the search objects along with ``offers``."""
    event.listen(offers_table, "after_create", lambda target, connection, **kw: create(connection))
    event.listen(offers_table, "before_drop", lambda target, connection, **kw: drop(connection))
    # Emptying the tables (demo reset, tests) empties the typo words too: a word no offer has
    # any more would count as "found" and keep a mistyped query from being widened.
    offers_table.metadata.info.setdefault("also_empty", {}).setdefault("postgresql", []).append(
        "DELETE FROM offer_words"
    )
