"""Migrations: one head, upgrade from empty works, and the migrated schema equals the models (both databases)."""

from __future__ import annotations

import datetime as dt
import json

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

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


ARTICLE = ("North Korea has sent more than one million artillery shells to Russia since August 2023, "
           "South Korea's defence ministry said on Tuesday, up from 500,000 in its previous estimate.")


def _store_run_at_revision_0005(url: str, report: dict) -> None:
    """A check run saved by a service still on revision 0005 (reports were JSONB on PostgreSQL)."""
    engine = make_engine(url)
    try:
        upgrade(engine, "0005")
        value = "CAST(:report AS jsonb)" if engine.dialect.name == "postgresql" else ":report"
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO check_runs (id, created_at, origin, language, published_at, text_hash, text, report)"
                f" VALUES (:id, :created_at, 'api', 'en', :published_at, :text_hash, :text, {value})"),
                {"id": "ab" * 16, "created_at": dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC),
                 "published_at": dt.date(2024, 3, 5), "text_hash": "0" * 64, "text": ARTICLE,
                 "report": json.dumps(report)})
    finally:
        engine.dispose()


def test_upgrading_keeps_stored_check_runs_readable(unmigrated_database_url, tmp_path):
    from checker import check
    from checker.web import create_app

    report = check(ARTICLE, language="en", published_at="2024-03-05").to_dict()
    assert report["claims"], "the article must give the stored report some content"
    _store_run_at_revision_0005(unmigrated_database_url, report)

    app = create_app({"database_url": unmigrated_database_url, "demo_references": False,
                      "instance_path": tmp_path})  # migrates to head at start-up
    try:
        stored = app.test_client().get("/checks/" + "ab" * 16).get_json()
        new_check = app.test_client().post("/check", json={"text": ARTICLE, "language": "en",
                                                           "published_at": "2024-03-05"}).get_json()
        again = app.test_client().get(f"/checks/{new_check['check_id']}").get_json()
    finally:
        app.extensions["checker"].engine.dispose()
    assert stored["claims"] == report["claims"]
    assert stored["findings"] == report["findings"]
    assert stored["text"] == ARTICLE
    assert again["claims"] == new_check["claims"]
