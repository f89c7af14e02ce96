"""GET /articles/<external_id>/checks: the stored check runs of one CMS article, newest first."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from checker.runs import runs_of_article
from checker.web.errors import invalid
from checker.web.state import db, services

blueprint = Blueprint("articles", __name__, url_prefix="/articles")

DEFAULT_LIMIT = 100


def _limit() -> int:
    largest = services().settings.page_size_max
    raw = request.args.get("limit", str(min(DEFAULT_LIMIT, largest)))
    if not raw.isdigit() or not 1 <= int(raw) <= largest:
        raise invalid("limit", f"must be an integer from 1 to {largest}")
    return int(raw)


@blueprint.get("/<external_id>/checks")
def checks(external_id: str):
    runs = runs_of_article(db(), external_id, limit=_limit())
    return jsonify({
        "external_id": external_id,
        "checks": [{
            "check_id": run.id,
            "created_at": run.created_at.isoformat(),
            "origin": run.origin,
            "title": run.title,
            "summary": run.report["summary"],
            "text_hash": run.text_hash,
            "previous_run_id": run.previous_run_id,
        } for run in runs],
    })
