"""offer search on PostgreSQL: the weighted document kept in a generated column

The GIN index was on the expression of the document (title A, description and keywords B). An
index only narrows a text search down, so PostgreSQL computed the document again for every hit
to check it, and the title's words a second time for the title bonus: "taal" has 1,044 hits and
spent 4-6 ms on that. The document is now a stored generated column, ``search_document``, that
PostgreSQL computes when a row is written, with the index on the column; a search reads it
(2.6 ms for "taal"), and asks about the title with a query restricted to weight A.
The statements live in ``webapp.offers.search_schema``; SQLite's FTS5 keeps its own table.
Adding a stored column rewrites ``offers`` under an exclusive lock, in one transaction with the
new index: seconds for a region's offers, during which the sociale kaart waits.

Revision ID: 0012_search_document
Revises: 0011_typo_words_by_letter
Create Date: 2026-12-04 19:10:00

"""
from alembic import op

from webapp.offers import search_schema


# revision identifiers, used by Alembic.
revision = '0012_search_document'
down_revision = '0011_typo_words_by_letter'
branch_labels = None
depends_on = None

#: The index of 0009-0011, on the expression, which their search code queries (written out, so
#: that a later change to ``search_schema`` cannot change what this downgrade restores).
_EXPRESSION_INDEX = (
    "CREATE INDEX ix_offers_search ON offers USING gin ("
    "(setweight(to_tsvector('meedoen_dutch'::regconfig, title), 'A') || "
    "setweight(to_tsvector('meedoen_dutch'::regconfig, description || ' ' || (tags)::text), 'B'))) "
    "WITH (fastupdate = off)"
)


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        bind.exec_driver_sql('DROP INDEX IF EXISTS ix_offers_search')
        for statement in search_schema.PG_DOCUMENT_CREATE:
            bind.exec_driver_sql(statement)


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        bind.exec_driver_sql('DROP INDEX IF EXISTS ix_offers_search')
        bind.exec_driver_sql('ALTER TABLE offers DROP COLUMN IF EXISTS search_document')
        bind.exec_driver_sql(_EXPRESSION_INDEX)
