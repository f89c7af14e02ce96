"""The bundled demo: a small reference table and articles that show what the checker flags."""

from __future__ import annotations

import json
from importlib import resources

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from checker.references.models import ReferenceVersion
from checker.references.repository import BulkRejected, create_many


def demo_references() -> list[dict]:
    with (resources.files("checker") / "data" / "demo_references.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def demo_article(language: str = "en") -> dict:
    """{"title", "published_at", "language", "text"} of the demo article in ``language``."""
    with (resources.files("checker") / "data" / f"demo_article.{language}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def load_demo_references(session: Session) -> int:
    """Load the demo references into a table that has never held any; returns how many were loaded."""
    if session.scalar(select(func.count()).select_from(ReferenceVersion)):
        return 0
    try:
        rows = create_many(session, demo_references())
    except BulkRejected:  # another worker loaded them first
        session.rollback()
        return 0
    session.commit()
    return len(rows)
