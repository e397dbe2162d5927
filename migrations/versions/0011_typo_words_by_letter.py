"""typo candidates by their first letter: the trigram index on ``offer_words`` is no longer read

A mistyped search word is compared with the words of offers that start with the same letter and
have about its length. PostgreSQL found them as the 300 nearest words of the whole table by a
nearest-neighbour walk of this GiST index, 4 ms for 14,000 words, then kept those with the right
letter. It now reads that letter's words as a range of the primary key and sorts those few hundred
by trigram distance (0.5 ms), so the index only cost every new offer's words an index update.
``pg_trgm`` stays: its distance operator does the sorting.

The column takes collation ``"C"``, so that "starts with this letter" is a range of the primary
key in code-point order whatever the database's collation, and so is "does any offer have a word
starting with this one" (from the word up to the word followed by U+10FFFF).

Revision ID: 0011_typo_words_by_letter
Revises: 0010_list_counts
Create Date: 2026-12-02 19:20:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0011_typo_words_by_letter'
down_revision = '0010_list_counts'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP INDEX IF EXISTS ix_offer_words_trgm')
        op.execute('ALTER TABLE offer_words ALTER COLUMN word TYPE text COLLATE "C"')


def downgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE offer_words ALTER COLUMN word TYPE text COLLATE "default"')
        op.execute('CREATE INDEX IF NOT EXISTS ix_offer_words_trgm ON offer_words USING gist (word gist_trgm_ops)')
