"""Fixtures: every database test runs on SQLite and on the real PostgreSQL server.

PostgreSQL: one throw-away database per test session (``checker_test_<random>``
on ``CHECKER_TEST_POSTGRES``, default 127.0.0.1:5432 as user postgres), dropped
at the end; tables are emptied between tests.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import text

from checker.db import make_engine
from checker.migrate import upgrade
from checker.references.models import Base

POSTGRES_SERVER = os.environ.get("CHECKER_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")


def _server_url(database: str) -> str:
    base, _, _ = POSTGRES_SERVER.rpartition("/")
    return f"{base}/{database}".replace("postgresql://", "postgresql+psycopg://", 1)


@contextmanager
def _throwaway_postgres() -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped on exit."""
    name = f"checker_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_SERVER, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _server_url(name)
    finally:
        with psycopg.connect(POSTGRES_SERVER, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped afterwards."""
    with _throwaway_postgres() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def unmigrated_database_url(request, tmp_path) -> Iterator[str]:
    """A new, empty database (no tables) on each backend in turn, for migration tests."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'unmigrated.sqlite'}"
        return
    with _throwaway_postgres() as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'checker.sqlite'}"


@pytest.fixture(scope="session")
def _migrated(request) -> dict[str, str]:
    """Database URL per backend, each migrated to head once per session."""
    return {}


def _empty_tables(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(text(f'DELETE FROM "{table.name}"'))
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request, _migrated) -> str:
    """A migrated, empty database on each backend in turn."""
    backend = request.param
    if backend not in _migrated:
        url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
        engine = make_engine(url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        _migrated[backend] = url
    url = _migrated[backend]
    _empty_tables(url)
    return url


@pytest.fixture
def make_app(database_url, tmp_path):
    """Build apps on the test database (settings overridable); their engines are closed afterwards."""
    from checker.web import create_app

    apps = []

    def build(**overrides):
        settings = {"database_url": database_url, "demo_references": False, "instance_path": tmp_path}
        app = create_app(settings | overrides)
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.extensions["checker"].engine.dispose()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def demo_app(make_app):
    """The app as a newsroom first starts it: demo references loaded."""
    return make_app(demo_references=True)
