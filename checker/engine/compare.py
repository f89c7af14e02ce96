"""Putting a claim and a reference on the same scale: unit conversion, tolerance, scale factors."""

from __future__ import annotations

import math
from dataclasses import dataclass

from checker import units
from checker.claims import Claim, Interval
from checker.match import Candidate, Match
from checker.references.index import IndexedReference

SCALE_FACTORS = (1_000, 1_000_000, 1_000_000_000)


def claim_interval(claim: Claim, reference: IndexedReference) -> Interval | None:
    """The claim's interval expressed in the reference's unit (None if it cannot be)."""
    interval = claim.interval
    if interval is None:
        return None
    ref_unit = reference.record.get("unit")
    if claim.kind == "ratio" and reference.kind == "percent":
        return Interval(interval.low * 100, interval.high * 100)
    if claim.kind == "quantity" and claim.unit and ref_unit and claim.unit != ref_unit:
        low = units.convert(interval.low, claim.unit, ref_unit) if math.isfinite(interval.low) else interval.low
        high = units.convert(interval.high, claim.unit, ref_unit) if math.isfinite(interval.high) else interval.high
        if low is None or high is None:
            return None
        return Interval(min(low, high), max(low, high))
    return interval


def claim_value(claim: Claim, reference: IndexedReference) -> float | None:
    """The claim's central value in the reference's unit."""
    if claim.value is None:
        return None
    ref_unit = reference.record.get("unit")
    if claim.kind == "ratio" and reference.kind == "percent":
        return claim.value * 100
    if claim.kind == "quantity" and claim.unit and ref_unit and claim.unit != ref_unit:
        return units.convert(claim.value, claim.unit, ref_unit)
    return claim.value


def reference_center(reference: IndexedReference) -> float | None:
    record = reference.record
    if record.get("value") is not None:
        return record["value"]
    interval = reference.interval
    if interval is None:
        return None
    if interval.bounded:
        return (interval.low + interval.high) / 2
    return interval.low if math.isfinite(interval.low) else interval.high


def consistent(claimed: Interval, expected: Interval, relative: float, absolute: float) -> bool:
    """Do the intervals overlap once widened by the tolerances?"""
    magnitude = max(abs(expected.low) if math.isfinite(expected.low) else 0,
                    abs(expected.high) if math.isfinite(expected.high) else 0)
    return claimed.overlaps(expected, slack=max(absolute, relative * magnitude))


def scale_factor(claimed: float, expected: float, tolerance: float) -> int | None:
    """1000, 1e6 or 1e9 (signed by direction) when the two figures differ by about that factor."""
    if claimed <= 0 or expected <= 0:
        return None
    ratio = claimed / expected
    for factor in SCALE_FACTORS:
        for candidate, signed in ((ratio, factor), (1 / ratio, -factor)):
            if abs(candidate / factor - 1) <= tolerance:
                return signed
    return None


@dataclass(frozen=True)
class Comparison:
    """A claim next to its best reference, both in the reference's unit."""

    claim: Claim
    candidate: Candidate
    claimed: Interval
    expected: Interval
    claimed_value: float | None
    expected_value: float | None

    @property
    def reference(self) -> IndexedReference:
        return self.candidate.reference

    def consistent(self, relative: float, absolute: float) -> bool:
        return consistent(self.claimed, self.expected, relative, absolute)


def compare(claim: Claim, match: Match | None) -> Comparison | None:
    """The comparison of a numeric claim with its unambiguous best match, or None."""
    if match is None or match.ambiguous or match.best is None:
        return None
    candidate = match.best
    reference = candidate.reference
    if reference.kind == "date":
        return None
    claimed = claim_interval(claim, reference)
    expected = reference.interval
    if claimed is None or expected is None:
        return None
    return Comparison(claim, candidate, claimed, expected, claim_value(claim, reference), reference_center(reference))
