"""The check API: POST /check, POST /extract, GET /checks/<id>, GET /health."""

from __future__ import annotations

import re
import time

from flask import Blueprint, jsonify, request
from sqlalchemy import func, select, text

from checker.document import make_document
from checker.engine import UnknownRule
from checker.parse import parse
from checker.pipeline import run_check
from checker.references.models import ReferenceVersion
from checker.runs import get_run, new_check_id, run_to_dict, store_run
from checker.web.errors import Problem, invalid
from checker.web.inputs import article_input
from checker.web.observability import record_report
from checker.web.state import db, services

blueprint = Blueprint("api", __name__)
CHECK_ID = re.compile(r"[0-9a-f]{32}")


def _document(article):
    try:
        return make_document(article.text, article.language, article.published_at, article.title)
    except ValueError as error:
        raise invalid("language", str(error)) from None


@blueprint.post("/check")
def check():
    started = time.perf_counter()
    state = services()
    article = article_input(request, state.settings.max_text_chars)
    try:
        rules = state.rules.select(article.rules, article.disable_rules)
    except UnknownRule as error:
        raise invalid("rules", str(error)) from None
    session = db()
    index = state.index_cache.get(session)
    report = run_check(_document(article), index, rules, started=started)
    record_report(report)
    check_id = None
    if article.store:
        check_id = new_check_id()
        store_run(session, report, article.text, origin="api", check_id=check_id,
                  external_id=article.external_id, title=article.title)
        session.commit()
    body = report.to_dict() | {"check_id": check_id}
    body["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 3)
    return jsonify(body)


@blueprint.post("/extract")
def extract():
    started = time.perf_counter()
    article = article_input(request, services().settings.max_text_chars)
    document = _document(article)
    claims = parse(document)
    return jsonify({
        "language": document.language,
        "published_at": document.published_at.isoformat() if document.published_at else None,
        "claims": [claim.to_dict() for claim in claims],
        "elapsed_ms": round((time.perf_counter() - started) * 1000, 3),
    })


@blueprint.get("/checks/<check_id>")
def get_check(check_id: str):
    run = get_run(db(), check_id) if CHECK_ID.fullmatch(check_id) else None
    if run is None:
        raise Problem(404, "Not Found", f"no stored check with id {check_id!r}")
    return jsonify(run_to_dict(run))


@blueprint.get("/health")
def health():
    state = services()
    body = {"status": "ok", "database": "ok", "dialect": state.engine.dialect.name}
    try:
        with state.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        session = db()
        body["references"] = session.scalar(select(func.count()).select_from(ReferenceVersion).where(
            ReferenceVersion.superseded_at.is_(None), ReferenceVersion.deleted.is_(False)))
    except Exception as error:  # any failure to reach the database is reported, not raised
        body.update(status="degraded", database="unreachable", error=str(error).splitlines()[0][:200])
        return jsonify(body), 503
    body["index_size"] = len(state.index_cache.get(db()))
    return jsonify(body)
