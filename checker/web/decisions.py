"""Editors' decisions on findings: recording one on a run, and those that apply to a run of the same article."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from checker.references.models import CheckRun, FindingDecision
from checker.web.finding_keys import finding_keys

ACCEPTED = "accepted"


class UnknownFinding(KeyError):
    """The run has no finding with this id."""


def record_decision(session: Session, run: CheckRun, finding_id: str, reason: str, editor: str) -> FindingDecision:
    """Store "accepted as is" for one finding of ``run`` (the caller commits)."""
    key = finding_keys(run.report).get(finding_id)
    if key is None:
        raise UnknownFinding(finding_id)
    decision = FindingDecision(check_run_id=run.id, finding_key=key, finding_id=finding_id, decision=ACCEPTED,
                               reason=reason, editor=editor)
    session.add(decision)
    session.flush()
    return decision


def _same_article(run: CheckRun):
    """The runs of ``run``'s article: same external id, or else same title, or else just this run."""
    if run.external_id:
        return CheckRun.external_id == run.external_id
    if run.title and run.title.strip():
        return CheckRun.title == run.title
    return CheckRun.id == run.id


def article_decisions(session: Session, run: CheckRun) -> dict[str, FindingDecision]:
    """Finding key -> the latest decision taken on any run of the same article."""
    rows = session.scalars(
        select(FindingDecision).join(CheckRun, CheckRun.id == FindingDecision.check_run_id)
        .where(_same_article(run)).order_by(FindingDecision.created_at, FindingDecision.pk)
    )
    return {decision.finding_key: decision for decision in rows}


def decision_to_dict(decision: FindingDecision) -> dict[str, Any]:
    return {
        "check_id": decision.check_run_id,
        "finding_id": decision.finding_id,
        "finding_key": decision.finding_key,
        "decision": decision.decision,
        "reason": decision.reason,
        "editor": decision.editor,
        "created_at": decision.created_at.isoformat(),
    }
