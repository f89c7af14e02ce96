"""webhook deliveries

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 15:04:22.912314
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('webhook_deliveries',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('webhook_id', sa.String(length=255), nullable=False),
    sa.Column('check_run_id', sa.String(length=32), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('response', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['check_run_id'], ['check_runs.id'], name=op.f('fk_webhook_deliveries_check_run_id_check_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_webhook_deliveries')),
    sa.UniqueConstraint('webhook_id', name='uq_webhook_deliveries_webhook_id')
    )
    with op.batch_alter_table('webhook_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_webhook_deliveries_check_run_id'), ['check_run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('webhook_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_webhook_deliveries_check_run_id'))
    op.drop_table('webhook_deliveries')
