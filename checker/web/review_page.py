"""What the review page shows of a stored run: marked article text, findings with their decisions, counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from checker.claims import CLAIM_KINDS
from checker.references.models import FindingDecision
from checker.report import SEVERITIES
from checker.web.finding_keys import finding_keys
from checker.web.highlight import Segment, cut


@dataclass(frozen=True)
class FindingView:
    """One finding as the page shows it; ``anchor`` is the id of the mark it sits on (None if not marked)."""

    finding: dict[str, Any]
    key: str
    claim_text: str
    anchor: str | None
    related: tuple[tuple[str, str, bool], ...]  # (claim id, text as written, marked on the page)
    decision: FindingDecision | None
    decided_on_this_run: bool

    @property
    def id(self) -> str:
        return self.finding["id"]

    @property
    def severity(self) -> str:
        return self.finding["severity"]

    @property
    def tone(self) -> str:
        return "accepted" if self.decision else self.severity

    @property
    def reference(self) -> dict[str, Any] | None:
        return self.finding.get("reference")

    @property
    def source_url(self) -> str | None:
        """The reference's URL if it is a web link (never a ``javascript:`` or other scheme)."""
        url = (self.reference or {}).get("url")
        if isinstance(url, str) and urlsplit(url).scheme in ("http", "https"):
            return url
        return None

    @property
    def matched_terms(self) -> list[str]:
        terms = (self.finding.get("evidence") or {}).get("matched_terms") or []
        return [str(term) for term in terms]


@dataclass(frozen=True)
class ClaimMark:
    """A marked figure of the article and the findings on it."""

    anchor: str
    text: str
    kind: str
    findings: tuple[FindingView, ...]

    @property
    def tone(self) -> str:
        """``error``/``warning``/``info`` (worst open finding), ``accepted`` (all accepted), ``plain`` (none)."""
        open_severities = [view.severity for view in self.findings if not view.decision]
        if open_severities:
            return min(open_severities, key=SEVERITIES.index)
        return "accepted" if self.findings else "plain"


@dataclass(frozen=True)
class ReviewPage:
    segments: tuple[Segment[ClaimMark], ...]
    marks: tuple[ClaimMark, ...]
    findings: tuple[FindingView, ...]
    counts: dict[str, int]

    def anchor_of(self, finding_id: str) -> str | None:
        return next((view.anchor for view in self.findings if view.id == finding_id), None)


def _overlapping(anchors: dict[str, tuple[int, int]], start: int, end: int) -> str | None:
    return next((anchor for anchor, (low, high) in anchors.items() if low < end and start < high), None)


def review_page(run_id: str, text: str, report: dict[str, Any],
                decisions: dict[str, FindingDecision]) -> ReviewPage:
    """Every figure (claim) of the text marked, not-claims left as they are, findings attached to their marks."""
    claims = {claim["id"]: claim for claim in report.get("claims", [])}
    findings = report.get("findings", [])
    spans = {claim_id: (claim["start"], claim["end"]) for claim_id, claim in claims.items()
             if claim["kind"] in CLAIM_KINDS}
    for finding in findings:  # a finding on a span the claims do not cover still gets a mark
        if finding["claim_id"] not in spans:
            spans[finding["claim_id"] or finding["id"]] = (finding["start"], finding["end"])
    pieces = cut(text, [(start, end, anchor) for anchor, (start, end) in spans.items()])
    marked = {piece.mark: spans[piece.mark] for piece in pieces if piece.mark is not None}

    keys = finding_keys(report)
    views = []
    for finding in findings:
        anchor = finding["claim_id"] if finding["claim_id"] in marked else _overlapping(
            marked, finding["start"], finding["end"])
        decision = decisions.get(keys[finding["id"]])
        views.append(FindingView(
            finding=finding,
            key=keys[finding["id"]],
            claim_text=claims.get(finding["claim_id"], {}).get("text") or text[finding["start"]:finding["end"]],
            anchor=anchor,
            related=tuple((claim_id, claims[claim_id]["text"], claim_id in marked)
                          for claim_id in finding.get("related_claim_ids", []) if claim_id in claims),
            decision=decision,
            decided_on_this_run=decision is not None and decision.check_run_id == run_id,
        ))
    marks = {
        anchor: ClaimMark(anchor, text[start:end], claims.get(anchor, {}).get("kind", ""),
                          tuple(view for view in views if view.anchor == anchor))
        for anchor, (start, end) in marked.items()
    }
    segments = tuple(Segment(piece.text, marks[piece.mark] if piece.mark is not None else None) for piece in pieces)
    counts = {severity: sum(1 for view in views if view.severity == severity) for severity in SEVERITIES}
    counts["accepted"] = sum(1 for view in views if view.decision)
    counts["figures"] = sum(1 for claim in claims.values() if claim["kind"] in CLAIM_KINDS)
    return ReviewPage(segments, tuple(marks[piece.mark] for piece in pieces if piece.mark is not None),
                      tuple(views), counts)
