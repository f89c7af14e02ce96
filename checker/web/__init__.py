"""Flask app factory: settings, database (migrated), demo references, match index, rules, blueprints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import structlog
from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from checker.config import load_settings
from checker.db import make_engine, make_session_factory
from checker.engine import load_rules
from checker.migrate import upgrade
from checker.paths import data_folder
from checker.references.cache import IndexCache
from checker.web.access import install as install_access
from checker.web.errors import register_error_handlers
from checker.web.json import CheckerFlask
from checker.web.observability import configure_logging
from checker.web.observability import install as install_observability
from checker.web.state import Services, close_db

log = structlog.get_logger(__name__)


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app; ``config`` overrides settings (tests), e.g. ``{"database_url": ...}``."""
    from checker import demo
    from checker.document import warm_up as warm_up_language
    from checker.parse import warm_up as warm_up_parser

    settings = load_settings(config)
    configure_logging(settings.log_level)
    app = CheckerFlask(__name__, instance_path=str(settings.instance_path.resolve()))
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes

    engine = make_engine(settings.resolved_database_url)
    if settings.auto_migrate:
        upgrade(engine)
    sessions = make_session_factory(engine)
    if settings.demo_references:
        with sessions() as session:
            loaded = demo.load_demo_references(session)
            if loaded:
                log.info("demo_references_loaded", count=loaded)
    rules = load_rules(Path(settings.rules_dir) if settings.rules_dir else data_folder("rules"))
    warm_up_language()
    warm_up_parser()
    app.extensions["checker"] = Services(settings, engine, sessions, _loaded_index(sessions), rules)

    from checker.web import api, articles, batch, languagetool, openapi, references, review, webhooks

    app.register_blueprint(api.blueprint)
    app.register_blueprint(batch.blueprint)
    app.register_blueprint(references.blueprint)
    app.register_blueprint(openapi.blueprint)
    app.register_blueprint(webhooks.blueprint)
    app.register_blueprint(articles.blueprint)
    app.register_blueprint(languagetool.blueprint)
    review.init_app(app)
    register_error_handlers(app)
    install_observability(app)
    install_access(app)
    app.teardown_appcontext(close_db)
    # Under `gunicorn --preload` this runs in the master, then workers fork: no connection opened here may
    # be inherited (two processes on one socket desynchronise), so the pool starts empty in every worker.
    engine.dispose()
    return app


def _loaded_index(sessions) -> IndexCache:
    """The match index, built now rather than on the first check: under ``gunicorn --preload`` the workers
    fork with it (shared copy-on-write) instead of each spending seconds on it (11 s at 100,000 references)
    while its first requests wait, and a worker recycled by ``max_requests`` starts warm."""
    cache = IndexCache()
    try:
        with sessions() as session:
            size = len(cache.get(session))
        log.info("reference_index_loaded", references=size)
    except SQLAlchemyError as error:  # the first check will try again
        log.warning("reference_index_deferred", reason=str(error).splitlines()[0][:200])
    return cache
