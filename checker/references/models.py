"""SQLAlchemy models: versioned references, the index stamp, check runs, webhook deliveries, finding decisions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JsonDocument = JSON().with_variant(JSONB(), "postgresql")
# Written once and read back whole, never queried inside: plain JSON text (cheaper to store than JSONB).
StoredDocument = JSON()


class UTCDateTime(TypeDecorator):
    """A timezone-aware timestamp on every database: SQLite hands back naive values, read here as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ReferenceVersion(Base):
    """One version of a reference. An update adds a version; nothing is ever overwritten.

    The current version of a reference is the one whose ``superseded_at`` is null;
    a deleted reference keeps its versions and gets a final version with
    ``deleted`` set, so deletions are listed in the history too.
    """

    __tablename__ = "references"
    __table_args__ = (
        UniqueConstraint("ref_id", "version", name="uq_references_ref_id_version"),
        Index("ix_references_current", "ref_id", "superseded_at"),
        Index("ix_references_kind", "kind"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ref_id: Mapped[str] = mapped_column(String(128))
    version: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(500))
    measure: Mapped[str] = mapped_column(String(500))
    aliases: Mapped[list[str]] = mapped_column(JsonDocument, default=list)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(16), default="exact")
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(32))
    date: Mapped[dt.date | None] = mapped_column(Date)
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    published_at: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class IndexStamp(Base):
    """A counter bumped in the same transaction as every reference write.

    Every worker keeps its in-memory match index until this number moves, so a
    change made through one worker reaches the others without a restart.
    """

    __tablename__ = "index_stamps"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CheckRun(Base):
    """One stored check of an article, with its full report."""

    __tablename__ = "check_runs"
    __table_args__ = (
        Index("ix_check_runs_external_id", "external_id", "created_at"),
        Index("ix_check_runs_created_at", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    origin: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(String(1000))
    language: Mapped[str] = mapped_column(String(8))
    published_at: Mapped[dt.date | None] = mapped_column(Date)
    text_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    report: Mapped[dict[str, Any]] = mapped_column(StoredDocument)
    previous_run_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("check_runs.id", ondelete="SET NULL")
    )


class WebhookDelivery(Base):
    """One accepted CMS webhook delivery: its id is the idempotency key, its response is replayed verbatim."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (UniqueConstraint("webhook_id", name="uq_webhook_deliveries_webhook_id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    webhook_id: Mapped[str] = mapped_column(String(255))
    check_run_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("check_runs.id", ondelete="CASCADE"), index=True
    )
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    response: Mapped[dict[str, Any]] = mapped_column(StoredDocument)


class FindingDecision(Base):
    """An editor's decision on one finding of a stored run ("accepted as is"), with who and why.

    ``finding_key`` (rule, normalised claim text, occurrence) identifies the finding across runs of
    the same article, so the decision is shown again when the edited article is re-checked.
    """

    __tablename__ = "finding_decisions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    check_run_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("check_runs.id", ondelete="CASCADE"), index=True
    )
    finding_key: Mapped[str] = mapped_column(String(400))
    finding_id: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(16), default="accepted")
    reason: Mapped[str] = mapped_column(String(500))
    editor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ApiKey(Base):
    """An API key: only a SHA-256 of the secret is stored; ``prefix`` lets people tell keys apart."""

    __tablename__ = "api_keys"
    __table_args__ = (UniqueConstraint("secret_hash", name="uq_api_keys_secret_hash"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    prefix: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class ReferenceUseRow(Base):
    """A claim of a stored run compared with a version of a reference (to find stories a change affects)."""

    __tablename__ = "reference_uses"
    __table_args__ = (Index("ix_reference_uses_ref_id", "ref_id", "ref_version"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    check_run_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("check_runs.id", ondelete="CASCADE"), index=True
    )
    ref_id: Mapped[str] = mapped_column(String(128))
    ref_version: Mapped[int | None] = mapped_column(Integer)
    claim_id: Mapped[str] = mapped_column(String(16))
    claim_text: Mapped[str] = mapped_column(String(500))
