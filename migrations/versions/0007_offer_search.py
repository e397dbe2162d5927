"""offer search: full-text index, typo words, the concepts of each offer, list indexes

SQLite: FTS5 table ``offer_fts`` with triggers and its ``fts5vocab`` view; PostgreSQL: a GIN
index on the 'dutch' tsvector of each offer and ``offer_words`` with a pg_trgm index. The
statements live in ``webapp.offers.search_schema`` so ``create_all`` (tests) makes the same.
Existing offers are indexed here; their concepts are filled by ``flask matching recompute``.

Revision ID: 0007_offer_search
Revises: 0005_indicator_targets
Create Date: 2026-12-01 20:20:00

"""
from alembic import op
import sqlalchemy as sa

from webapp.offers import search_schema


# revision identifiers, used by Alembic.
revision = '0007_offer_search'
down_revision = '0005_indicator_targets'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('offer_concepts',
    sa.Column('offer_id', sa.Integer(), nullable=False),
    sa.Column('concept', sa.String(length=64), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['offer_id'], ['offers.id'], name=op.f('fk_offer_concepts_offer_id_offers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('offer_id', 'concept', name=op.f('pk_offer_concepts'))
    )
    with op.batch_alter_table('offer_concepts', schema=None) as batch_op:
        batch_op.create_index('ix_offer_concepts_concept', ['concept', 'offer_id'], unique=False)
    with op.batch_alter_table('offers', schema=None) as batch_op:
        batch_op.create_index('ix_offers_listing', ['status', 'published_dt', 'id'], unique=False)
    with op.batch_alter_table('newcomers', schema=None) as batch_op:
        batch_op.create_index('ix_newcomers_register', ['gemeente_id', 'created_dt', 'id'], unique=False)
    search_schema.create(op.get_bind())


def downgrade():
    search_schema.drop(op.get_bind())
    with op.batch_alter_table('newcomers', schema=None) as batch_op:
        batch_op.drop_index('ix_newcomers_register')
    with op.batch_alter_table('offers', schema=None) as batch_op:
        batch_op.drop_index('ix_offers_listing')
    with op.batch_alter_table('offer_concepts', schema=None) as batch_op:
        batch_op.drop_index('ix_offer_concepts_concept')
    op.drop_table('offer_concepts')
