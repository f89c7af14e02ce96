"""finding decisions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 15:07:01.505302
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('finding_decisions',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('check_run_id', sa.String(length=32), nullable=False),
    sa.Column('finding_key', sa.String(length=400), nullable=False),
    sa.Column('finding_id', sa.String(length=16), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('editor', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['check_run_id'], ['check_runs.id'],
                            name=op.f('fk_finding_decisions_check_run_id_check_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_finding_decisions'))
    )
    with op.batch_alter_table('finding_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_decisions_check_run_id'), ['check_run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('finding_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_decisions_check_run_id'))
    op.drop_table('finding_decisions')
