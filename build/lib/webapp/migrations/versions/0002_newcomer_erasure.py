"""newcomer erasure: when a newcomer's personal data was erased on request

Revision ID: 0002_newcomer_erasure
Revises: d92e2bcc60ab
Create Date: 2026-11-23 12:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0002_newcomer_erasure'
down_revision = 'd92e2bcc60ab'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('newcomers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_dt', sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table('newcomers', schema=None) as batch_op:
        batch_op.drop_column('erased_dt')
