"""Checking many articles: reading a batch, checking it across cores, or queueing it on RQ (Redis).

Each article gets its check id *before* it is checked. The run is stored under
that id, so a job that runs again (a worker killed mid-job and the job retried)
finds its run already stored and does nothing: every article is stored once.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from checker.engine import RuleSet
from checker.references.cache import IndexCache
from checker.runs import get_run, new_check_id, store_run

QUEUE_NAME = "checker"
BATCH_TTL_SECONDS = 7 * 24 * 3600


class BatchInputError(ValueError):
    """A batch item or file that cannot be read; the message names it."""


@dataclass(frozen=True)
class ArticleJob:
    """One article to check, with the check id its run will be stored under."""

    check_id: str
    text: str
    language: str | None = None
    published_at: str | None = None
    title: str | None = None
    external_id: str | None = None
    origin: str = "batch"
    label: str = ""  # where it came from (file name, line), for people

    def to_payload(self) -> dict[str, Any]:
        return self.__dict__.copy()


def article_job(item: Any, label: str, origin: str = "batch") -> ArticleJob:
    """Validate one batch item ({"text", "language", "published_at", "title", "id"|"external_id"})."""
    if not isinstance(item, dict):
        raise BatchInputError(f"{label}: expected a JSON object")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BatchInputError(f"{label}: text is required and must be a non-empty string")
    if "\x00" in text:
        raise BatchInputError(f"{label}: text must not contain NUL characters")
    language = item.get("language")
    if language not in (None, "auto", "en", "fr"):
        raise BatchInputError(f"{label}: language must be en, fr or auto")
    published_at = item.get("published_at")
    if published_at is not None:
        try:
            dt.date.fromisoformat(str(published_at))
        except ValueError:
            raise BatchInputError(f"{label}: published_at must be an ISO date (YYYY-MM-DD)") from None
    title = item.get("title")
    if title is not None and not isinstance(title, str):
        raise BatchInputError(f"{label}: title must be a string")
    external_id = item.get("external_id", item.get("id"))
    if external_id is not None and (isinstance(external_id, bool) or not isinstance(external_id, str | int)):
        raise BatchInputError(f"{label}: id must be a string or an integer")
    return ArticleJob(
        check_id=new_check_id(), text=text, language=None if language in (None, "auto") else language,
        published_at=published_at or None, title=title,
        external_id=str(external_id) if external_id is not None else None, origin=origin, label=label,
    )


def read_batch(path: Path) -> Iterator[ArticleJob]:
    """Articles from a folder (.txt and .json files) or a JSONL file (one article per line)."""
    if path.is_dir():
        for file in sorted(path.iterdir()):
            if file.suffix == ".txt":
                yield article_job({"text": file.read_text(encoding="utf-8"), "id": file.stem}, file.name)
            elif file.suffix == ".json":
                try:
                    item = json.loads(file.read_text(encoding="utf-8"))
                except json.JSONDecodeError as error:
                    raise BatchInputError(f"{file.name}: invalid JSON: {error.msg}") from None
                yield article_job(item, file.name)
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as error:
                    raise BatchInputError(f"{path.name} line {number}: invalid JSON: {error.msg}") from None
                yield article_job(item, f"{path.name}:{number}")


@lru_cache(maxsize=1)
def worker_state():
    """Per process: engine, sessions, match index cache and rules, built once."""
    from checker import default_rules
    from checker.config import load_settings
    from checker.db import make_engine, make_session_factory
    from checker.references.cache import IndexCache

    settings = load_settings()
    engine = make_engine(settings.resolved_database_url)
    return make_session_factory(engine), IndexCache(), default_rules()


def run_article(payload: dict[str, Any]) -> dict[str, Any]:
    """Check one article and store its run: the RQ job and the local pool's task (settings from the environment)."""
    sessions, index_cache, rules = worker_state()
    with sessions() as session:
        return check_and_store(session, index_cache, rules, ArticleJob(**payload))


def check_and_store(session: Session, index_cache: IndexCache, rules: RuleSet, job: ArticleJob) -> dict[str, Any]:
    """Check one article and store its run under ``job.check_id``, unless it is stored already."""
    from checker.document import make_document
    from checker.pipeline import run_check

    existing = get_run(session, job.check_id)
    if existing is not None:  # a retried job whose first run was stored
        return {"check_id": job.check_id, "label": job.label, "summary": existing.report["summary"]}
    published = dt.date.fromisoformat(job.published_at) if job.published_at else None
    report = run_check(make_document(job.text, job.language, published, job.title), index_cache.get(session), rules)
    store_run(session, report, job.text, origin=job.origin, check_id=job.check_id,
              external_id=job.external_id, title=job.title)
    try:
        session.commit()
    except IntegrityError:  # the same job stored concurrently by another worker
        session.rollback()
    return {"check_id": job.check_id, "label": job.label, "summary": report.summary}


def check_locally(jobs: list[ArticleJob], processes: int | None = None) -> Iterator[dict[str, Any]]:
    """Check the articles across CPU cores; results arrive as they finish."""
    processes = processes or multiprocessing.cpu_count()
    if processes <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield run_article(job.to_payload())
        return
    context = multiprocessing.get_context("spawn")  # no inherited database connections
    with context.Pool(processes) as pool:
        yield from pool.imap_unordered(run_article, [job.to_payload() for job in jobs])


def queue(redis_url: str):
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE_NAME, connection=Redis.from_url(redis_url))


def enqueue(redis_url: str, jobs: list[ArticleJob]) -> str:
    """Queue the articles on RQ; returns a batch id whose state lives in Redis for a week."""
    return enqueue_calls(redis_url, run_article, [(job.check_id, job.to_payload()) for job in jobs])


def enqueue_calls(redis_url: str, function: Callable[[dict], Any], calls: list[tuple[str, dict]],
                  batch_id: str | None = None) -> str:
    """Queue ``function(payload)`` once per (check id, payload), retried up to 3 times, as one batch.

    The job id is the check id, so the batch status can ask RQ about a run not stored yet.
    """
    from rq import Retry

    rq_queue = queue(redis_url)
    batch_id = batch_id or new_check_id()
    for check_id, payload in calls:
        rq_queue.enqueue(function, payload, job_id=check_id, retry=Retry(max=3), job_timeout=120,
                         result_ttl=BATCH_TTL_SECONDS, failure_ttl=BATCH_TTL_SECONDS)
    key = f"checker:batch:{batch_id}"
    rq_queue.connection.rpush(key, *[check_id for check_id, _ in calls])
    rq_queue.connection.expire(key, BATCH_TTL_SECONDS)
    return batch_id


def batch_members(redis_url: str, batch_id: str) -> list[str] | None:
    connection = queue(redis_url).connection
    members = connection.lrange(f"checker:batch:{batch_id}", 0, -1)
    return [member.decode() for member in members] if members else None


def job_status(redis_url: str, check_id: str) -> str:
    """queued, started, finished, failed (RQ's view), or unknown."""
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    try:
        return Job.fetch(check_id, connection=queue(redis_url).connection).get_status(refresh=True).value
    except NoSuchJobError:
        return "unknown"
