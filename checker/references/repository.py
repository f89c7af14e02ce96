"""Reference store queries: versioned create/update/delete, history, listing, the index stamp.

Every write first bumps the index stamp row. That one statement does two jobs:
it tells other workers their match index is stale, and it serialises reference
writers (a row lock on PostgreSQL, the write lock on SQLite), so two concurrent
updates of one reference become two successive versions and none is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from checker.references.models import IndexStamp, ReferenceVersion, utcnow
from checker.references.records import FIELDS, FieldError, InvalidRecord, validate_record

STAMP_NAME = "references"
READ_ONLY_FIELDS = ("version", "recorded_at", "superseded_at", "deleted")


class ReferenceNotFound(LookupError):
    pass


class ReferenceExists(ValueError):
    pass


class VersionConflict(ValueError):
    """The caller's expected version (If-Match) is not the current one."""

    def __init__(self, current: int):
        super().__init__(f"the current version is {current}")
        self.current = current


@dataclass(frozen=True)
class RecordError:
    """A problem with one record of a bulk load: its position (0-based) and the bad fields."""

    index: int
    id: str | None
    errors: list[FieldError]

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "id": self.id, "errors": [e.to_dict() for e in self.errors]}


class BulkRejected(ValueError):
    """A bulk load with at least one bad record: nothing was written."""

    def __init__(self, problems: list[RecordError]):
        super().__init__(f"{len(problems)} record(s) rejected; nothing was written")
        self.problems = problems


def to_record(row: ReferenceVersion, *, with_meta: bool = True) -> dict[str, Any]:
    """The contract JSON of a stored version (ISO dates); ``with_meta`` adds version bookkeeping."""
    record: dict[str, Any] = {}
    for name in FIELDS:
        value = row.ref_id if name == "id" else getattr(row, name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        if name == "aliases":
            value = list(value or [])
        record[name] = value
    if with_meta:
        record["version"] = row.version
        record["recorded_at"] = row.recorded_at.isoformat() if row.recorded_at else None
        record["superseded_at"] = row.superseded_at.isoformat() if row.superseded_at else None
        record["deleted"] = row.deleted
    return record


def strip_read_only(data: Any) -> Any:
    """Drop bookkeeping fields a client may send back after a GET (so GET then PUT works)."""
    if isinstance(data, dict):
        return {key: value for key, value in data.items() if key not in READ_ONLY_FIELDS}
    return data


def bump_stamp(session: Session) -> int:
    """Increment the index stamp (and take the writers' lock); returns the new value."""
    result = session.execute(
        update(IndexStamp)
        .where(IndexStamp.name == STAMP_NAME)
        .values(version=IndexStamp.version + 1, updated_at=utcnow())
    )
    if result.rowcount == 0:
        session.add(IndexStamp(name=STAMP_NAME, version=1, updated_at=utcnow()))
        session.flush()
    return current_stamp(session)


def current_stamp(session: Session) -> int:
    stamp = session.scalar(select(IndexStamp.version).where(IndexStamp.name == STAMP_NAME))
    return stamp or 0


def _latest(session: Session, ref_id: str) -> ReferenceVersion | None:
    return session.scalar(
        select(ReferenceVersion)
        .where(ReferenceVersion.ref_id == ref_id, ReferenceVersion.superseded_at.is_(None))
        .order_by(ReferenceVersion.version.desc())
        .limit(1)
    )


def _add_version(session: Session, record: dict[str, Any], previous: ReferenceVersion | None, *,
                 deleted: bool = False) -> ReferenceVersion:
    now = utcnow()
    if previous is not None:
        previous.superseded_at = now
    values = {name: record[name] for name in FIELDS if name != "id"}
    row = ReferenceVersion(
        ref_id=record["id"],
        version=(previous.version + 1) if previous else 1,
        deleted=deleted,
        recorded_at=now,
        **values,
    )
    session.add(row)
    session.flush()
    return row


def get(session: Session, ref_id: str) -> ReferenceVersion:
    """The current, not deleted version of ``ref_id``."""
    row = _latest(session, ref_id)
    if row is None or row.deleted:
        raise ReferenceNotFound(ref_id)
    return row


def validate_many(items: Iterable[Any]) -> tuple[list[dict[str, Any]], list[RecordError]]:
    """Normalised records and the problems of the bad ones (including ids repeated within the batch)."""
    records: list[dict[str, Any]] = []
    problems: list[RecordError] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        raw_id = item.get("id") if isinstance(item, dict) else None
        try:
            record = validate_record(strip_read_only(item))
        except InvalidRecord as invalid:
            problems.append(RecordError(index, raw_id if isinstance(raw_id, str) else None, invalid.errors))
            continue
        if record["id"] in seen:
            problems.append(RecordError(index, record["id"], [
                FieldError("id", f"duplicates the record at index {seen[record['id']]}")]))
            continue
        seen[record["id"]] = index
        records.append(record)
    return records, problems


def insert_records(session: Session, records: list[dict[str, Any]], positions: list[int] | None = None, *,
                   update_existing: bool = False) -> list[ReferenceVersion]:
    """Store validated records in the session's transaction; raises BulkRejected if an id exists.

    With ``update_existing``, a record whose id exists becomes that reference's
    next version instead (its history keeps the old values).
    """
    if not records:
        return []
    positions = positions if positions is not None else list(range(len(records)))
    bump_stamp(session)
    existing = _current_by_id(session, [record["id"] for record in records])
    if not update_existing:
        clashes = [
            RecordError(position, record["id"], [
                FieldError("id", "a reference with this id already exists; update it with PUT")])
            for position, record in zip(positions, records, strict=True)
            if record["id"] in existing and not existing[record["id"]].deleted
        ]
        if clashes:
            raise BulkRejected(clashes)
    return [_add_version(session, record, existing.get(record["id"])) for record in records]


def create_many(session: Session, items: Iterable[Any]) -> list[ReferenceVersion]:
    """Validate then insert every record, all or nothing; raises BulkRejected listing each bad record."""
    records, problems = validate_many(items)
    if problems:
        raise BulkRejected(problems)
    return insert_records(session, records)  # every item was valid, so positions are 0..n-1


def _current_by_id(session: Session, ids: list[str]) -> dict[str, ReferenceVersion]:
    found: dict[str, ReferenceVersion] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = session.scalars(
            select(ReferenceVersion).where(
                ReferenceVersion.ref_id.in_(chunk), ReferenceVersion.superseded_at.is_(None)
            )
        )
        for row in rows:
            found[row.ref_id] = row
    return found


def _live_for_write(session: Session, ref_id: str, expected_version: int | None) -> ReferenceVersion:
    """Take the writers' lock, then the live version the write builds on (checking If-Match)."""
    bump_stamp(session)
    previous = _latest(session, ref_id)
    if previous is None or previous.deleted:
        raise ReferenceNotFound(ref_id)
    if expected_version is not None and expected_version != previous.version:
        raise VersionConflict(previous.version)
    return previous


def update_one(session: Session, ref_id: str, data: Any, expected_version: int | None = None) -> ReferenceVersion:
    """Store a new version of ``ref_id``; the previous one stays in the history."""
    record = validate_record(strip_read_only(data), reference_id=ref_id)
    return _add_version(session, record, _live_for_write(session, ref_id, expected_version))


def delete_one(session: Session, ref_id: str, expected_version: int | None = None) -> ReferenceVersion:
    """Soft delete: a final version marked deleted; the history keeps every value."""
    previous = _live_for_write(session, ref_id, expected_version)
    record = to_record(previous, with_meta=False)
    record["date"] = previous.date
    record["as_of"] = previous.as_of
    record["published_at"] = previous.published_at
    return _add_version(session, record, previous, deleted=True)


def history(session: Session, ref_id: str) -> list[ReferenceVersion]:
    rows = list(session.scalars(
        select(ReferenceVersion).where(ReferenceVersion.ref_id == ref_id).order_by(ReferenceVersion.version)
    ))
    if not rows:
        raise ReferenceNotFound(ref_id)
    return rows


@dataclass(frozen=True)
class ListFilter:
    kind: str | None = None
    unit: str | None = None
    source: str | None = None
    q: str | None = None  # substring of subject, measure or aliases
    deleted: bool = False  # list deleted references instead of live ones


def list_current(session: Session, filters: ListFilter, limit: int, offset: int) -> tuple[int, list[ReferenceVersion]]:
    """(total, page) of current versions matching ``filters``, ordered by id."""
    query = select(ReferenceVersion).where(
        ReferenceVersion.superseded_at.is_(None), ReferenceVersion.deleted.is_(filters.deleted)
    )
    if filters.kind:
        query = query.where(ReferenceVersion.kind == filters.kind)
    if filters.unit:
        query = query.where(ReferenceVersion.unit == filters.unit)
    if filters.source:
        query = query.where(func.lower(ReferenceVersion.source) == filters.source.lower())
    if filters.q:
        pattern = f"%{_escape_like(filters.q.lower())}%"
        query = query.where(or_(
            func.lower(ReferenceVersion.subject).like(pattern, escape="\\"),
            func.lower(ReferenceVersion.measure).like(pattern, escape="\\"),
        ))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = list(session.scalars(query.order_by(ReferenceVersion.ref_id).limit(limit).offset(offset)))
    return total, rows


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def iter_current(session: Session, batch: int = 5000) -> Iterator[ReferenceVersion]:
    """Every live reference, streamed in id order (for the match index and exports)."""
    last = ""
    while True:
        rows = list(session.scalars(
            select(ReferenceVersion)
            .where(ReferenceVersion.superseded_at.is_(None), ReferenceVersion.deleted.is_(False),
                   ReferenceVersion.ref_id > last)
            .order_by(ReferenceVersion.ref_id)
            .limit(batch)
        ))
        if not rows:
            return
        yield from rows
        last = rows[-1].ref_id
