"""list indexes that hold the list's own filter, so counting a list reads the index alone

Both long lists show a count ("N activities found", the coordinator's "N newcomers") and a page.
Their indexes of ``0007_offer_search`` left out one filter of the list, so the count visited
every row of the table: a sequential scan of 10,000 offers (5 ms) or of a gemeente's 5,000
newcomers (4 ms) on every view. Now the count and the page's ids are index-only scans (once
VACUUM has marked the pages all-visible, which autovacuum does), and the walk in list order
still stops after a page:

- ``ix_offers_listing``: (status, published_dt, id) becomes (status, is_public, published_dt, id);
- ``ix_newcomers_register``: (gemeente_id, created_dt, id) keeps only rows that are not erased
  (``WHERE erased_dt IS NULL``, the register's filter, written as a constant so a prepared
  statement's generic plan can use it too).

Revision ID: 0010_list_counts
Revises: 0009_search_unaccent
Create Date: 2026-12-02 03:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010_list_counts'
down_revision = '0009_search_unaccent'
branch_labels = None
depends_on = None

_NOT_ERASED = sa.text('erased_dt IS NULL')


def upgrade():
    with op.batch_alter_table('offers', schema=None) as batch_op:
        batch_op.drop_index('ix_offers_listing')
        batch_op.create_index('ix_offers_listing', ['status', 'is_public', 'published_dt', 'id'], unique=False)
    with op.batch_alter_table('newcomers', schema=None) as batch_op:
        batch_op.drop_index('ix_newcomers_register')
        batch_op.create_index(
            'ix_newcomers_register', ['gemeente_id', 'created_dt', 'id'], unique=False,
            postgresql_where=_NOT_ERASED, sqlite_where=_NOT_ERASED,
        )


def downgrade():
    with op.batch_alter_table('newcomers', schema=None) as batch_op:
        batch_op.drop_index('ix_newcomers_register')
        batch_op.create_index('ix_newcomers_register', ['gemeente_id', 'created_dt', 'id'], unique=False)
    with op.batch_alter_table('offers', schema=None) as batch_op:
        batch_op.drop_index('ix_offers_listing')
        batch_op.create_index('ix_offers_listing', ['status', 'published_dt', 'id'], unique=False)
