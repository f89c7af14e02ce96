"""Finding and Report value types and their native JSON form (the /check contract)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from checker.claims import Claim

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One inconsistency: where, how bad, why, and the reference that says otherwise."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    message: str
    claim_id: str
    related_claim_ids: tuple[str, ...] = ()
    expected: str | None = None
    reference: dict[str, Any] | None = None
    evidence: dict[str, Any] | None = None
    id: str = ""
    short_message: str = ""  # a few words for a tooltip title: "Contradicts Yonhap, November 2023"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "short_message": self.short_message,
            "claim_id": self.claim_id,
            "related_claim_ids": list(self.related_claim_ids),
            "expected": self.expected,
            "reference": self.reference,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class ReferenceUse:
    """A claim of the report matched, unambiguously, to this version of a reference."""

    claim_id: str
    claim_text: str
    reference_id: str
    version: int | None


@dataclass(frozen=True)
class Report:
    """Everything one check produced."""

    language: str
    published_at: dt.date | None
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    elapsed_ms: float = 0.0
    check_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: What each claim was compared with (stored with the run; not part of the JSON report).
    references_used: tuple[ReferenceUse, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        counts = {severity: 0 for severity in SEVERITIES}
        for finding in self.findings:
            counts[finding.severity] += 1
        return {
            "claims": sum(1 for claim in self.claims if claim.is_claim),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "infos": counts["info"],
        }

    def to_dict(self) -> dict[str, Any]:
        """The report's JSON (the /check contract), built once: callers copy it (``|``), never mutate it."""
        return self._json

    @cached_property
    def _json(self) -> dict[str, Any]:
        return {
            "check_id": self.check_id,
            "language": self.language,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "claims": [claim.to_dict() for claim in self.claims],
            "findings": [finding.to_dict() for finding in self.findings],
            "summary": self.summary,
            "elapsed_ms": round(self.elapsed_ms, 3),
            **self.extra,
        }
