"""Per-worker services the blueprints share (engine, sessions, match index, rules) and the request session."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app, g
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from checker.config import Settings
from checker.engine import RuleSet
from checker.references.cache import IndexCache


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    index_cache: IndexCache
    rules: RuleSet


def services() -> Services:
    return current_app.extensions["checker"]


def db() -> Session:
    """The request's session, opened on first use and closed at teardown."""
    if "db_session" not in g:
        g.db_session = services().sessions()
    return g.db_session


def close_db(_error: BaseException | None = None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
