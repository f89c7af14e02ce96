"""reference uses

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:35:22.177138
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reference_uses',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('check_run_id', sa.String(length=32), nullable=False),
    sa.Column('ref_id', sa.String(length=128), nullable=False),
    sa.Column('ref_version', sa.Integer(), nullable=True),
    sa.Column('claim_id', sa.String(length=16), nullable=False),
    sa.Column('claim_text', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['check_run_id'], ['check_runs.id'], name=op.f('fk_reference_uses_check_run_id_check_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_reference_uses'))
    )
    with op.batch_alter_table('reference_uses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reference_uses_check_run_id'), ['check_run_id'], unique=False)
        batch_op.create_index('ix_reference_uses_ref_id', ['ref_id', 'ref_version'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reference_uses', schema=None) as batch_op:
        batch_op.drop_index('ix_reference_uses_ref_id')
        batch_op.drop_index(batch_op.f('ix_reference_uses_check_run_id'))

    op.drop_table('reference_uses')
