"""offer search on PostgreSQL: accents folded, and a GIN index with no pending list

The index of ``0007_offer_search`` is remade with the ``meedoen_dutch`` configuration (the Dutch
stemmer after ``unaccent``), so "cafe" finds "café" as it does on SQLite, and the words the
typo step compares are folded the same way. The index no longer keeps a pending list
(``fastupdate = off``): that list is read in full by every search until a VACUUM merges it, and
a search after a bulk load of offers took almost three times as long. The statements live in
``webapp.offers.search_schema``; SQLite's FTS5 already folds accents and has no such list.

Revision ID: 0009_search_unaccent
Revises: 0008_offer_translations
Create Date: 2026-12-01 23:20:00

"""
from alembic import op

from webapp.offers import search_schema


# revision identifiers, used by Alembic.
revision = '0009_search_unaccent'
down_revision = '0008_offer_translations'
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in search_schema.PG_REMAKE + search_schema.PG_CREATE:
            bind.exec_driver_sql(statement)


#: The index as 0007 made it, which 0008's search code queries with the 'dutch' configuration.
_DUTCH_INDEX = (
    "CREATE INDEX ix_offers_search ON offers USING gin ("
    "(setweight(to_tsvector('dutch'::regconfig, title), 'A') || "
    "setweight(to_tsvector('dutch'::regconfig, description || ' ' || (tags)::text), 'B')))"
)


def downgrade():
    # Back to the index 0008's code searches with; the configuration and the folded words may stay.
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("DROP INDEX IF EXISTS ix_offers_search")
        bind.exec_driver_sql(_DUTCH_INDEX)
