"""Rule kinds for claims no reference settles: none found (unverified), or two that disagree (ambiguous)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from checker.claims import Claim
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.report import Finding

MATERIAL_KINDS = ["count", "quantity", "money", "percent"]


def _material(rule: RuleKind) -> Callable[[Claim], bool]:
    """Is a claim material (of the rule's ``kinds``, at least ``min_value``)? The parameters are read once per check."""
    kinds, min_value = set(rule.param("kinds", MATERIAL_KINDS)), float(rule.param("min_value", 0))

    def material(claim: Claim) -> bool:
        return claim.kind in kinds and (claim.value is None or abs(claim.value) >= min_value)

    return material


class Unverified(RuleKind):
    """A material claim that no reference on file covers.

    Why: an editor should know which figures nothing on file backs, without
    being told they are wrong (so its severity is ``info``).
    Passes: "more than one million artillery shells" when a reference on North
    Korean shells exists.
    Flags: "a 300-page report" when nothing on file mentions it; "five people" in a story whose only
    reference on people is a death toll of 87 (a figure this far off is about something else).
    Parameters: ``kinds`` (the claim kinds considered material), ``min_value``.
    """

    name = "unverified"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        material = _material(self)
        for claim in context.claims:
            if not material(claim):
                continue
            match = context.matches.get(claim.id)
            if match is not None and match.name:
                continue
            if match is None or match.best is None or self._far_off(context, claim):
                yield self.finding(context, claim, {})

    @staticmethod
    def _far_off(context: CheckContext, claim: Claim) -> bool:
        """Matched, but so far from the reference's figure that it is about something else."""
        comparison = context.comparison(claim) if claim.kind != "date" else None
        return comparison is not None and comparison.verdict == "unrelated"


class AmbiguousReference(RuleKind):
    """Two references fit the claim about equally well but give different figures.

    Why: rather than guess which report the article follows, say so and let the
    editor decide.
    Passes: a claim whose best reference clearly outranks the others, or whose figure agrees with one of
    the two (the article follows that one).
    Flags: "300 drones" when one report on file says 250 drones launched and
    another, just as close in wording, says 400 drones shot down.
    """

    name = "ambiguous"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        material = _material(self)
        for claim in context.claims:
            match = context.matches.get(claim.id)
            if match is None or not match.ambiguous or not material(claim) or context.comparison(claim):
                continue
            first, second = match.candidates[0].reference.record, match.candidates[1].reference.record
            values = {
                "first": wording.reference_value(first, context.language),
                "first_source": wording.source(first, context.language),
                "second": wording.reference_value(second, context.language),
                "second_source": wording.source(second, context.language),
            }
            yield self.finding(context, claim, values, evidence={
                "candidates": [{"id": c.reference.id, **c.evidence()} for c in match.candidates[:2]]})
