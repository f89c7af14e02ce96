"""Keeping one worker's match index in step with the reference table (version stamp, incremental refresh)."""

from __future__ import annotations

import gc
import threading
import time

import structlog
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from checker.references.index import ReferenceIndex
from checker.references.models import ReferenceVersion
from checker.references.repository import current_stamp, to_record

log = structlog.get_logger(__name__)


class IndexCache:
    """The worker's ReferenceIndex; :meth:`get` refreshes it when the database stamp has moved.

    The stamp is read at most once per ``check_interval`` seconds, so a change
    made through another worker shows here within that delay. A refresh reads
    only the versions stored since the last one (their primary keys grow in
    commit order because writers are serialised on the stamp row).
    """

    def __init__(self, check_interval: float = 0.5):
        self.check_interval = check_interval
        self._index = ReferenceIndex()
        self._checked_at = -float("inf")
        self._lock = threading.Lock()

    def get(self, session: Session) -> ReferenceIndex:
        """The index, refreshed if the table changed; the last good one while the database is unreachable."""
        now = time.monotonic()
        if now - self._checked_at < self.check_interval:
            return self._index
        with self._lock:
            try:
                stamp = current_stamp(session)
                if stamp != self._index.stamp:
                    self._apply_changes(session, stamp)
            except DBAPIError as error:
                session.rollback()
                if not error.connection_invalidated and not isinstance(error, OperationalError | InterfaceError):
                    raise
                if self._index.stamp == 0:  # nothing loaded yet: nothing to fall back on
                    raise
                log.warning("reference_index_stale", reason=str(error).splitlines()[0][:200],
                            stamp=self._index.stamp)
                return self._index
            self._checked_at = now
        return self._index

    def invalidate(self) -> None:
        """Re-read the stamp on the next :meth:`get` (after a write through this worker)."""
        self._checked_at = -float("inf")

    def _apply_changes(self, session: Session, stamp: int) -> None:
        index = self._index
        rows = session.scalars(
            select(ReferenceVersion).where(ReferenceVersion.pk > index.last_pk).order_by(ReferenceVersion.pk)
        )
        for row in rows:  # in commit order: a later version of a reference replaces the earlier one
            if row.deleted:
                index.remove(row.ref_id)
            else:
                index.put(to_record(row))
            index.last_pk = row.pk
        index.stamp = stamp
        # The index is millions of long-lived objects: keep the cyclic garbage collector from scanning
        # them again and again (full collections were the slowest requests with 100,000 references).
        gc.freeze()
