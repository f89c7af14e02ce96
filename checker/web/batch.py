"""Batch checks: POST /check/batch (inline, or queued on RQ when REDIS_URL is set), GET its status."""

from __future__ import annotations

from flask import Blueprint, jsonify, request, url_for

from checker import batch
from checker.runs import get_run
from checker.web.errors import Problem, invalid
from checker.web.inputs import json_body
from checker.web.state import db, services

blueprint = Blueprint("batch", __name__)


@blueprint.post("/check/batch")
def submit():
    settings = services().settings
    data = json_body(request)
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, list) or not articles:
        raise invalid("articles", "must be a non-empty list of articles")
    if len(articles) > settings.max_batch_articles:
        raise Problem(413, "Payload Too Large",
                      f"{len(articles)} articles; the limit per request is {settings.max_batch_articles}")
    jobs = []
    for number, item in enumerate(articles):
        try:
            job = batch.article_job(item, f"articles[{number}]", origin="batch")
        except batch.BatchInputError as error:
            raise invalid(f"articles[{number}]", str(error).split(": ", 1)[-1]) from None
        if len(job.text) > settings.max_text_chars:
            raise Problem(413, "Payload Too Large", f"articles[{number}].text is over {settings.max_text_chars} "
                          "characters")
        jobs.append(job)
    if settings.redis_url:
        batch_id = batch.enqueue(settings.redis_url, jobs)
        status_url = url_for("batch.status", batch_id=batch_id)
        response = jsonify({"batch_id": batch_id, "status_url": status_url,
                            "check_ids": [job.check_id for job in jobs]})
        response.status_code = 202
        response.headers["Location"] = status_url
        return response
    state = services()
    session = db()
    results = [batch.check_and_store(session, state.index_cache, state.rules, job) for job in jobs]
    return jsonify({"batch_id": None, "results": [
        {"check_id": result["check_id"], "status": "finished", "summary": result["summary"]} for result in results]})


@blueprint.get("/check/batch/<batch_id>")
def status(batch_id: str):
    settings = services().settings
    if not settings.redis_url:
        raise Problem(404, "Not Found", "batches are only kept when a queue (REDIS_URL) is configured")
    members = batch.batch_members(settings.redis_url, batch_id)
    if members is None:
        raise Problem(404, "Not Found", f"no batch with id {batch_id!r} (batches are kept for a week)")
    session = db()
    results = []
    for check_id in members:
        run = get_run(session, check_id)
        if run is not None:
            results.append({"check_id": check_id, "status": "finished", "summary": run.report["summary"]})
        else:
            results.append({"check_id": check_id, "status": batch.job_status(settings.redis_url, check_id),
                            "summary": None})
    done = sum(1 for result in results if result["status"] == "finished")
    failed = sum(1 for result in results if result["status"] == "failed")
    return jsonify({"batch_id": batch_id, "total": len(results), "finished": done, "failed": failed,
                    "pending": len(results) - done - failed, "results": results})
