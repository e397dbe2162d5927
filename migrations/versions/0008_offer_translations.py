"""offer translations and a translator's languages

Revision ID: 0008_offer_translations
Revises: 0007_offer_search
Create Date: 2026-12-01 20:15:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008_offer_translations'
down_revision = '0007_offer_search'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('offer_translations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('offer_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('outdated', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('reject_reason', sa.Text(), server_default='', nullable=False),
    sa.Column('translator_id', sa.Integer(), nullable=True),
    sa.Column('reviewer_id', sa.Integer(), nullable=True),
    sa.Column('created_dt', sa.DateTime(), nullable=False),
    sa.Column('updated_dt', sa.DateTime(), nullable=False),
    sa.Column('reviewed_dt', sa.DateTime(), nullable=True),
    sa.CheckConstraint("lang IN ('en', 'ar', 'ti', 'fa', 'so')", name=op.f('ck_offer_translations_lang_known')),
    sa.ForeignKeyConstraint(['offer_id'], ['offers.id'], name=op.f('fk_offer_translations_offer_id_offers')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_offer_translations_reviewer_id_users')),
    sa.ForeignKeyConstraint(['translator_id'], ['users.id'], name=op.f('fk_offer_translations_translator_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offer_translations')),
    sa.UniqueConstraint('offer_id', 'lang', name=op.f('uq_offer_translations_offer_id'))
    )
    with op.batch_alter_table('offer_translations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offer_translations_offer_id'), ['offer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_offer_translations_status'), ['status'], unique=False)

    with op.batch_alter_table('role_grants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('languages', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('role_grants', schema=None) as batch_op:
        batch_op.drop_column('languages')

    with op.batch_alter_table('offer_translations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_offer_translations_status'))
        batch_op.drop_index(batch_op.f('ix_offer_translations_offer_id'))

    op.drop_table('offer_translations')
