"""The database objects behind offer search, which SQLAlchemy models cannot describe.

SQLite gets an FTS5 table ``offer_fts`` (title, body) kept in step with ``offers`` by triggers,
and reads its distinct words through ``offer_fts_vocab`` for typo candidates. PostgreSQL gets a
GIN index on the weighted 'dutch' ``tsvector`` of the offer (title A, description and keywords B)
and a table ``offer_words`` of distinct words with a trigram GiST index (``pg_trgm``; GiST so
the nearest words come straight from the index, ``ORDER BY word <-> query``), filled by a
trigger. Triggers rather than the service layer, because offers are also written in bulk (the
demo, the bench, tests) and the index must never miss one.

The same statements serve the migration (``0007_offer_search``) and ``db.create_all()``
(the tests), so the two cannot drift; :func:`include_object` keeps these objects out of
Alembic's comparison of models and migrations, since it cannot reflect them.
"""

from __future__ import annotations

from sqlalchemy import event

#: The weighted document PostgreSQL searches; queries must use this exact expression to hit the index.
PG_DOCUMENT = (
    "(setweight(to_tsvector('dutch'::regconfig, title), 'A') || "
    "setweight(to_tsvector('dutch'::regconfig, description || ' ' || (tags)::text), 'B'))"
)
PG_TITLE = "to_tsvector('dutch'::regconfig, title)"

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

_PG_WORDS = (
    "SELECT DISTINCT w FROM regexp_split_to_table(lower({row}title || ' ' || {row}description "
    "|| ' ' || ({row}tags)::text), '[^[:alnum:]]+') AS w WHERE length(w) >= 3"
)
PG_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS ix_offers_search ON offers USING gin ({PG_DOCUMENT})",
    "CREATE TABLE IF NOT EXISTS offer_words (word text PRIMARY KEY)",
    "CREATE INDEX IF NOT EXISTS ix_offer_words_trgm ON offer_words USING gist (word gist_trgm_ops)",
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
]

#: Names Alembic must not compare (virtual tables, their shadow tables, raw indexes).
_NOT_MODELLED = {"offer_words", "ix_offers_search", "ix_offer_words_trgm"}


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
