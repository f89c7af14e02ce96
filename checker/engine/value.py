"""Rule kinds comparing a figure with its reference: value_mismatch and scale."""

from __future__ import annotations

from collections.abc import Iterable

from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.engine.compare import Comparison, compare, scale_factor
from checker.report import Finding

NUMERIC_KINDS = ("count", "quantity", "money", "percent", "ratio")


def _comparisons(context: CheckContext) -> Iterable[Comparison]:
    for claim in context.claims:
        if claim.kind in NUMERIC_KINDS:
            comparison = compare(claim, context.matches.get(claim.id))
            if comparison is not None:
                yield comparison


def _values(context: CheckContext, comparison: Comparison) -> dict[str, str]:
    record = comparison.reference.record
    language = context.language
    gap = "?"
    if comparison.claimed_value is not None and comparison.expected_value is not None:
        gap = wording.percent_gap(comparison.claimed_value, comparison.expected_value, language)
    return {
        "reference_value": wording.reference_value(record, language),
        "source": wording.source(record, language),
        "gap": gap,
    }


def _scale(comparison: Comparison, tolerance: float) -> int | None:
    if comparison.claimed_value is None or comparison.expected_value is None:
        return None
    return scale_factor(comparison.claimed_value, comparison.expected_value, tolerance)


class ValueMismatch(RuleKind):
    """The figure and its reference do not overlap, even with the tolerances.

    Why: a wrong figure repeated from a draft or misread from a report is the
    commonest numeric error in copy.
    Passes: "1.2 million shells" against a reference of 1,180,000 (the rounding of
    the written figure covers it).
    Fails: "1.5 million shells" against a reference of 1,000,000.
    Parameters: ``relative_tolerance``, ``absolute_tolerance``; ``scale_tolerance``
    leaves to the ``scale`` rule the gaps that are a factor of 10^3, 10^6 or 10^9.
    """

    name = "value_mismatch"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        relative = float(self.param("relative_tolerance", 0.02))
        absolute = float(self.param("absolute_tolerance", 0))
        scale_tolerance = float(self.param("scale_tolerance", 0.25))
        for comparison in _comparisons(context):
            if comparison.consistent(relative, absolute) or _scale(comparison, scale_tolerance):
                continue
            values = _values(context, comparison)
            yield self.finding(context, comparison.claim, values, candidate=comparison.candidate,
                               expected=values["reference_value"])


class ScaleError(RuleKind):
    """The figure is off by a factor of about 1,000, a million or a billion.

    Why: "million" typed for "billion" (or "milliard" for "million") changes a
    story by three orders of magnitude and is easy to miss on a read-through.
    Passes: "$1.2 billion" against a reference of 1.2e9 USD.
    Fails: "$1.2 million" against a reference of 1.2e9 USD.
    Parameters: ``tolerance``: how close to the exact factor the ratio must be.
    """

    name = "scale"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        tolerance = float(self.param("tolerance", 0.25))
        for comparison in _comparisons(context):
            factor = _scale(comparison, tolerance)
            if factor is None:
                continue
            values = _values(context, comparison)
            values["factor"] = wording.number(abs(factor), context.language)
            values["direction"] = wording.direction(factor > 0, context.language)
            yield self.finding(context, comparison.claim, values, candidate=comparison.candidate,
                               expected=values["reference_value"], evidence={"factor": factor})
