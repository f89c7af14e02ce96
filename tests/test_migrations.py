"""Migrations: one head, upgrade from empty works, and the migrated schema equals the models (both databases)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from checker.db import make_engine
from checker.migrate import alembic_config, current_revision, upgrade
from checker.references.models import Base


def test_single_head():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1


def test_upgrade_from_empty_sqlite_creates_every_table(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    try:
        upgrade(engine)
        tables = set(inspect(engine).get_table_names())
        assert {table.name for table in Base.metadata.sorted_tables} <= tables
        script = ScriptDirectory.from_config(alembic_config("sqlite://"))
        assert current_revision(engine) == script.get_current_head()
    finally:
        engine.dispose()


def test_migrated_schema_matches_models(database_url):
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        engine.dispose()
