"""references, index stamps and check runs

Revision ID: 0001
Revises:
Create Date: 2026-11-25 14:50:58.355325
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('check_runs',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('external_id', sa.String(length=255), nullable=True),
    sa.Column('title', sa.String(length=1000), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('published_at', sa.Date(), nullable=True),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('report', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('previous_run_id', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['previous_run_id'], ['check_runs.id'], name=op.f('fk_check_runs_previous_run_id_check_runs'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_runs'))
    )
    with op.batch_alter_table('check_runs', schema=None) as batch_op:
        batch_op.create_index('ix_check_runs_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_check_runs_external_id', ['external_id', 'created_at'], unique=False)

    op.create_table('index_stamps',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_index_stamps'))
    )
    op.create_table('references',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('ref_id', sa.String(length=128), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('measure', sa.String(length=500), nullable=False),
    sa.Column('aliases', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('qualifier', sa.String(length=16), nullable=False),
    sa.Column('low', sa.Float(), nullable=True),
    sa.Column('high', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=32), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=500), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('published_at', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('superseded_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_references')),
    sa.UniqueConstraint('ref_id', 'version', name='uq_references_ref_id_version')
    )
    with op.batch_alter_table('references', schema=None) as batch_op:
        batch_op.create_index('ix_references_current', ['ref_id', 'superseded_at'], unique=False)
        batch_op.create_index('ix_references_kind', ['kind'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('references', schema=None) as batch_op:
        batch_op.drop_index('ix_references_kind')
        batch_op.drop_index('ix_references_current')

    op.drop_table('references')
    op.drop_table('index_stamps')
    with op.batch_alter_table('check_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_check_runs_external_id')
        batch_op.drop_index('ix_check_runs_created_at')

    op.drop_table('check_runs')
