"""Rule kinds comparing a figure with its reference: value_mismatch, scale, hedge_conflict, unit_error, outdated.

Each claim with a reference gets one verdict (see checker/engine/compare.py);
each of these kinds reports the claims whose verdict is its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from checker.claims import Claim
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.engine.compare import Comparison
from checker.engine.mentions import far_apart
from checker.report import Finding

NUMERIC_KINDS = ("count", "quantity", "money", "percent", "ratio")


class VerdictRule(RuleKind):
    """Reports every numeric claim whose verdict against its reference is ``verdict``.

    A restatement ("the five generals") is left to the internal rule: it is checked against the
    earlier mention it restates, which is checked against the table (a figure its own reference
    reports is no restatement: ``CheckContext.antecedent``; nor is one too far off the earlier
    mention to be it misstated: ``far_apart``).
    """

    verdict: ClassVar[str]

    def check(self, context: CheckContext) -> Iterable[Finding]:
        for claim in context.claims:
            if claim.kind not in NUMERIC_KINDS:
                continue
            comparison = context.comparison(claim)
            if comparison is None or comparison.verdict != self.verdict or self._restates(context, claim):
                continue
            values = self.values(context, comparison)
            yield self.finding(context, claim, values, candidate=comparison.candidate,
                               reference=comparison.reference.record, expected=values["reference_value"],
                               evidence=self.evidence(comparison))

    @staticmethod
    def _restates(context: CheckContext, claim: Claim) -> bool:
        """Is the figure a restatement the internal rule checks: one with an earlier mention close enough in size
        to be it misstated? One far off it ("13,340 voted no" … "the district's 613,000 registered voters") is
        checked against the table."""
        first = context.antecedent(claim)
        return first is not None and not far_apart(first, claim)

    def values(self, context: CheckContext, comparison: Comparison) -> dict[str, str]:
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

    def evidence(self, comparison: Comparison) -> dict:
        return {}


class ValueMismatch(VerdictRule):
    """The figure and its reference do not overlap, even with the tolerances.

    Why: a wrong figure repeated from a draft or misread from a report is the
    commonest numeric error in copy.
    Passes: "1.2 million shells" against a reference of 1,180,000 (the rounding of
    the written figure covers it); "400,000" against 1,180,000 (more than twice
    off and no slip of a zero: about something else).
    Fails: "1.5 million shells" against a reference of 1,000,000; "118,000"
    against 1,180,000 (a zero dropped).
    Parameters (they set the tolerances every reference rule uses):
    ``relative_tolerance``, ``absolute_tolerance``, ``scale_tolerance``.
    """

    name = "value_mismatch"
    verdict = "value_mismatch"


class ScaleError(VerdictRule):
    """The figure is off by a factor of about 1,000, a million or a billion.

    Why: "million" typed for "billion" (or "milliard" for "million") changes a
    story by three orders of magnitude and is easy to miss on a read-through.
    Passes: "$1.2 billion" against a reference of 1.2e9 USD.
    Fails: "$1.2 million" against a reference of 1.2e9 USD.
    """

    name = "scale"
    verdict = "scale"

    def values(self, context: CheckContext, comparison: Comparison) -> dict[str, str]:
        factor = comparison.factor or 1
        return super().values(context, comparison) | {
            "factor": wording.number(abs(factor), context.language),
            "direction": wording.direction(factor > 0, context.language),
        }

    def evidence(self, comparison: Comparison) -> dict:
        return {"factor": comparison.factor}


class HedgeConflict(VerdictRule):
    """The hedge of the figure contradicts the reference's ("fewer than" vs "more than").

    Why: "fewer than 1 million" and "more than 1 million" state opposite facts
    with the same number; "at least 50" cannot hold if the report says about 30.
    Passes: "more than 1 million shells" against "more than 1 million"; "nearly
    1.2 million" against "more than 1 million".
    Fails: "fewer than 1 million shells" or "nearly 1 million shells" against
    "more than 1 million"; "at least 50 missiles" against "about 30".
    """

    name = "hedge_conflict"
    verdict = "hedge_conflict"


class UnitMismatch(VerdictRule):
    """The right number with the wrong unit (1,500 miles where the report says 1,500 km).

    Why: a unit slip survives every read-through because the number looks right.
    Passes: "932 miles" against a reference of 1,500 km.
    Fails: "1,500 miles" against a reference of 1,500 km.
    """

    name = "unit_error"
    verdict = "unit_error"


class Outdated(VerdictRule):
    """The figure repeats an earlier report although a newer figure held when the article was published.

    Why: stories copy figures from their own archive; the number was right
    once, and a newer report has since replaced it.
    Passes: "more than 3 million shells" in March 2024 when the newest report
    (February 2024) says 3 million.
    Flags: "more than 1 million shells" in March 2024, citing the February figure.
    """

    name = "outdated"
    verdict = "outdated"

    def values(self, context: CheckContext, comparison: Comparison) -> dict[str, str]:
        older = comparison.older.record if comparison.older else {}
        language = context.language
        return super().values(context, comparison) | {
            # Successive reports are often weeks apart: their dates are given to the day.
            "source": wording.source(comparison.reference.record, language, "day"),
            "older_value": wording.reference_value(older, language) if older else "?",
            "older_source": wording.source(older, language, "day") if older else "?",
        }

    def evidence(self, comparison: Comparison) -> dict:
        return {"superseded_reference": comparison.older.record if comparison.older else None}
