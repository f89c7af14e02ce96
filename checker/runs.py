"""Stored check runs: saving a report with its text, reading it back, listing an article's runs."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from checker.references.models import CheckRun, ReferenceUseRow, utcnow
from checker.report import Report

ORIGINS = ("api", "webhook", "review", "batch", "cli")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_check_id() -> str:
    return uuid.uuid4().hex


def store_run(session: Session, report: Report, text: str, *, origin: str, check_id: str,
              external_id: str | None = None, title: str | None = None,
              previous_run_id: str | None = None) -> CheckRun:
    """Add the run to the session (the caller commits).

    On PostgreSQL the transaction commits without waiting for the disk flush
    (``synchronous_commit = off``): a database crash may lose the last fraction
    of a second of check runs, which can be run again, never a reference (their
    writes keep full durability). That wait was a third of a check's cost.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sql("SET LOCAL synchronous_commit = off"))
    run = CheckRun(
        id=check_id,
        origin=origin,
        external_id=external_id,
        title=title,
        language=report.language,
        published_at=report.published_at,
        text_hash=text_hash(text),
        text=text,
        report=report.to_dict() | {"check_id": check_id},
        previous_run_id=previous_run_id,
    )
    session.add(run)
    session.flush()
    if report.references_used:  # one multi-row INSERT, not an ORM object per claim
        session.execute(insert(ReferenceUseRow), [
            {"check_run_id": check_id, "ref_id": use.reference_id, "ref_version": use.version,
             "claim_id": use.claim_id, "claim_text": use.claim_text[:500]}
            for use in report.references_used
        ])
    return run


def get_run(session: Session, check_id: str) -> CheckRun | None:
    return session.get(CheckRun, check_id)


def run_to_dict(run: CheckRun) -> dict[str, Any]:
    """The stored report plus the run's own fields (origin, external id, text...)."""
    return run.report | {
        "check_id": run.id,
        "created_at": run.created_at.isoformat(),
        "origin": run.origin,
        "external_id": run.external_id,
        "title": run.title,
        "text": run.text,
        "text_hash": run.text_hash,
        "previous_run_id": run.previous_run_id,
    }


def runs_of_article(session: Session, external_id: str, limit: int = 100) -> list[CheckRun]:
    return list(session.scalars(
        select(CheckRun).where(CheckRun.external_id == external_id).order_by(CheckRun.created_at.desc()).limit(limit)
    ))


def runs_citing_old_versions(session: Session, ref_id: str, current_version: int, days: int,
                             limit: int = 500) -> list:
    """Runs of the last ``days`` days with a claim compared with an older version of ``ref_id``, newest first."""
    since = utcnow() - dt.timedelta(days=days)
    return list(session.execute(
        select(CheckRun, ReferenceUseRow)
        .join(ReferenceUseRow, ReferenceUseRow.check_run_id == CheckRun.id)
        .where(ReferenceUseRow.ref_id == ref_id, ReferenceUseRow.ref_version < current_version,
               CheckRun.created_at >= since)
        .order_by(CheckRun.created_at.desc(), ReferenceUseRow.claim_id)
        .limit(limit)
    ).all())
