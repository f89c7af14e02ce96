"""POST /webhooks/cms: a CMS sends an article it saved (signed with Standard Webhooks); the answer says if it may
be published. A delivery id is answered once: a repeat gets the stored answer, with no second check."""

from __future__ import annotations

import json
from typing import Any

import structlog
from flask import Blueprint, jsonify, request, url_for
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from standardwebhooks.webhooks import EmptyWebhookSecretError, Webhook, WebhookVerificationError

from checker import batch
from checker.config import Settings
from checker.document import Document, make_document
from checker.engine import RuleSet
from checker.pipeline import run_check
from checker.references.cache import IndexCache
from checker.references.models import WebhookDelivery
from checker.report import Finding, Report
from checker.runs import new_check_id, runs_of_article, store_run
from checker.web.cms_payloads import CmsArticle, read_article
from checker.web.errors import Problem, invalid
from checker.web.state import db, services

log = structlog.get_logger(__name__)

blueprint = Blueprint("webhooks", __name__)

#: Publish policies (CHECKER_PUBLISH_POLICY): the summary counts that must be zero for "publishable".
PUBLISH_POLICIES = {"no_errors": ("errors",), "no_warnings": ("errors", "warnings")}
SIGNATURE_HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")
MAX_WEBHOOK_ID_CHARS = 255


def _unavailable(detail: str) -> Problem:
    return Problem(503, "Service Unavailable", detail)


def _policy(settings: Settings) -> str:
    if settings.publish_policy not in PUBLISH_POLICIES:
        raise _unavailable(f"CHECKER_PUBLISH_POLICY is {settings.publish_policy!r}; "
                           f"it must be one of {', '.join(PUBLISH_POLICIES)}")
    return settings.publish_policy


def _verifier(settings: Settings) -> Webhook:
    if not settings.webhook_secret:
        raise _unavailable("The CMS webhook is not configured: set CHECKER_WEBHOOK_SECRET to the shared Standard "
                           "Webhooks secret (whsec_ followed by base64). Unsigned requests are never accepted.")
    try:
        return Webhook(settings.webhook_secret)
    except (EmptyWebhookSecretError, ValueError):
        raise _unavailable("CHECKER_WEBHOOK_SECRET is not a Standard Webhooks secret "
                           "(whsec_ followed by base64).") from None


def _unauthorized(detail: str) -> Problem:
    return Problem(401, "Unauthorized", detail)


def _verified_delivery_id(verifier: Webhook, body: bytes) -> str:
    """The delivery's webhook-id once its signature over the raw body and its timestamp are verified."""
    headers = {name: request.headers.get(name, "") for name in SIGNATURE_HEADERS}
    missing = [name for name, value in headers.items() if not value]
    if missing:
        raise _unauthorized(f"missing signature header(s): {', '.join(missing)}")
    try:
        verifier.verify(body, headers, json_parse=False)
    except WebhookVerificationError as error:
        # the library says "Message timestamp too old/new", or "Invalid Signature Headers" for a timestamp
        # that is not a number (the headers are known present); anything else is a signature mismatch
        if "timestamp" in str(error).lower() or "headers" in str(error).lower():
            raise _unauthorized("webhook-timestamp is not within 5 minutes of our clock "
                                "(a replayed delivery, or a clock to fix)") from None
        raise _unauthorized("the webhook-signature does not match the body (check the shared secret)") from None
    except ValueError:  # a malformed signature list, bad base64, or a body that is not UTF-8
        raise _unauthorized("the webhook-signature header is malformed or the body is not UTF-8") from None
    if len(headers["webhook-id"]) > MAX_WEBHOOK_ID_CHARS:
        raise invalid("webhook-id", f"must be at most {MAX_WEBHOOK_ID_CHARS} characters")
    return headers["webhook-id"]


def _stored_delivery(session: Session, webhook_id: str) -> WebhookDelivery | None:
    return session.scalar(select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook_id))


def _replay(delivery: WebhookDelivery):
    response = jsonify(delivery.response)
    response.headers["Idempotent-Replayed"] = "true"
    return response


def _finding(finding: Finding, article: CmsArticle) -> dict[str, Any]:
    body = finding.to_dict()
    if article.html is not None:
        body["html_start"], body["html_end"] = article.html.source_span(finding.start, finding.end)
    return body


def review_url(settings: Settings, check_id: str) -> str:
    """The editor's page for a run: absolute under CHECKER_PUBLIC_URL, else relative to this service."""
    return f"{settings.public_url.rstrip('/')}/review/{check_id}"


def _response(report: Report, article: CmsArticle, check_id: str, previous_id: str | None, policy: str,
              settings: Settings) -> dict[str, Any]:
    summary = report.summary
    return {
        "check_id": check_id,
        "external_id": article.external_id,
        "previous_check_id": previous_id,
        "language": report.language,
        "summary": summary,
        "publishable": all(summary[count] == 0 for count in PUBLISH_POLICIES[policy]),
        "policy": policy,
        "review_url": review_url(settings, check_id),
        "findings": [_finding(finding, article) for finding in report.findings],
    }


def _payload(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        raise Problem(400, "Bad Request", "the body is not valid JSON") from None


@blueprint.post("/webhooks/cms")
def cms_webhook():
    state = services()
    _policy(state.settings)  # a misconfigured policy is answered before anything is read
    verifier = _verifier(state.settings)
    body = request.get_data(cache=False)
    webhook_id = _verified_delivery_id(verifier, body)
    session = db()
    delivered = _stored_delivery(session, webhook_id)
    if delivered is not None:
        return _replay(delivered)
    article = read_article(_payload(body), state.settings.max_text_chars)
    document = _document(article)  # a bad language is the sender's error, answered now even when queued
    if request.args.get("async") in {"1", "true"} and state.settings.redis_url:
        return _queue(state.settings.redis_url, webhook_id, body)
    response = process_delivery(session, state.index_cache, state.rules, state.settings, article, document,
                                webhook_id, new_check_id())
    if response is None:  # the same delivery, received twice at once, was stored by the other request
        return _replay(_stored_delivery(session, webhook_id))
    return jsonify(response)


def _document(article: CmsArticle):
    try:
        return make_document(article.text, article.language, article.published_at, article.title)
    except ValueError as error:
        raise invalid("language", str(error)) from None


def process_delivery(session: Session, index_cache: IndexCache, rules: RuleSet, settings: Settings,
                     article: CmsArticle, document: Document, webhook_id: str,
                     check_id: str) -> dict[str, Any] | None:
    """Check the article and store its run and the delivery's answer; None if the delivery was stored meanwhile."""
    report = run_check(document, index_cache.get(session), rules)
    previous = runs_of_article(session, article.external_id, limit=1)
    previous_id = previous[0].id if previous else None
    response = _response(report, article, check_id, previous_id, _policy(settings), settings)
    store_run(session, report, article.text, origin="webhook", check_id=check_id,
              external_id=article.external_id, title=article.title, previous_run_id=previous_id)
    session.add(WebhookDelivery(webhook_id=webhook_id, check_run_id=check_id, response=response))
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        if _stored_delivery(session, webhook_id) is None:
            raise
        return None
    log.info("webhook_checked", webhook_id=webhook_id, check_id=check_id, external_id=article.external_id,
             shape=article.shape, publishable=response["publishable"])
    return response


def _queue(redis_url: str, webhook_id: str, body: bytes):
    """Queue a verified delivery (a burst of saves) and answer 202; a repeated id gets the same batch."""
    connection = batch.queue(redis_url).connection
    key = f"checker:webhook:{webhook_id}"
    batch_id, check_id = new_check_id(), new_check_id()
    if connection.set(key, f"{batch_id}:{check_id}", nx=True, ex=batch.BATCH_TTL_SECONDS):
        payload = {"webhook_id": webhook_id, "body": body.decode("utf-8"), "check_id": check_id}
        batch.enqueue_calls(redis_url, run_queued_delivery, [(check_id, payload)], batch_id=batch_id)
    else:
        batch_id, check_id = connection.get(key).decode().split(":")
    status_url = url_for("batch.status", batch_id=batch_id)
    response = jsonify({"status": "queued", "batch_id": batch_id, "check_id": check_id, "status_url": status_url,
                        "review_url": review_url(services().settings, check_id)})
    response.status_code = 202
    response.headers["Location"] = status_url
    return response


def run_queued_delivery(payload: dict[str, Any]) -> str:
    """RQ job: check a queued delivery (settings from the environment); a retried job finds it stored."""
    from checker.config import load_settings

    sessions, index_cache, rules = batch.worker_state()
    settings = load_settings()
    with sessions() as session:
        if _stored_delivery(session, payload["webhook_id"]) is None:
            article = read_article(json.loads(payload["body"]), settings.max_text_chars)
            process_delivery(session, index_cache, rules, settings, article, _document(article),
                             payload["webhook_id"], payload["check_id"])
    return payload["check_id"]
