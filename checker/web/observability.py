"""Structured logs with request ids (structlog) and Prometheus metrics (/metrics)."""

from __future__ import annotations

import collections
import logging
import os
import re
import time
import uuid

import structlog
from flask import Blueprint, Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from redis.exceptions import RedisError

from checker.batch import queue
from checker.report import Report
from checker.web.state import services

blueprint = Blueprint("metrics", __name__)
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")

REQUESTS = Counter("checker_http_requests_total", "HTTP requests", ["method", "endpoint", "status"])
LATENCY = Histogram("checker_http_request_seconds", "HTTP request latency", ["method", "endpoint"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
CLAIMS = Counter("checker_claims_total", "Claims extracted", ["kind"])
FINDINGS = Counter("checker_findings_total", "Findings reported", ["rule", "severity"])
QUEUE_DEPTH = Gauge("checker_queue_depth", "Checks waiting in the RQ queue", multiprocess_mode="mostrecent")


def configure_logging(level: str) -> None:
    """JSON lines on stderr; every line of a request carries its request_id."""
    logging.basicConfig(format="%(message)s", level=getattr(logging, level.upper(), logging.INFO))
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.make_filtering_bound_logger(getattr(logging, level.upper(), logging.INFO)),
        cache_logger_on_first_use=True,
    )


def record_report(report: Report) -> None:
    """Count a check's claims per kind and findings per rule (one increment per label: in multiprocess mode
    each one is a locked write to a shared file, and an article has a hundred claims)."""
    for kind, count in collections.Counter(claim.kind for claim in report.claims).items():
        CLAIMS.labels(kind).inc(count)
    per_rule = collections.Counter((finding.rule, finding.severity) for finding in report.findings)
    for (rule, severity), count in per_rule.items():
        FINDINGS.labels(rule, severity).inc(count)


def _start() -> None:
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if _REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    g.request_started = time.perf_counter()
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(request_id=g.request_id, method=request.method, path=request.path)


def _finish(response: Response) -> Response:
    elapsed = time.perf_counter() - g.get("request_started", time.perf_counter())
    endpoint = request.url_rule.rule if request.url_rule else "unmatched"
    REQUESTS.labels(request.method, endpoint, str(response.status_code)).inc()
    LATENCY.labels(request.method, endpoint).observe(elapsed)
    response.headers["X-Request-ID"] = g.get("request_id", "")
    structlog.get_logger("checker.request").info(
        "request", status=response.status_code, ms=round(elapsed * 1000, 2))
    return response


def install(app: Flask) -> None:
    app.before_request(_start)
    app.after_request(_finish)
    app.register_blueprint(blueprint)


@blueprint.get("/metrics")
def metrics():
    """Prometheus exposition; under gunicorn, every worker's samples (PROMETHEUS_MULTIPROC_DIR)."""
    redis_url = services().settings.redis_url
    if redis_url:
        try:
            QUEUE_DEPTH.set(queue(redis_url).count)
        except RedisError as error:
            structlog.get_logger(__name__).warning("queue_depth_unavailable", error=str(error))
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)
    return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)
