"""Putting a claim next to its reference: same unit, the figure current at publication, one verdict.

Every claim with a reference gets exactly one verdict, so one error is reported
once, under the most telling category: a million/billion slip is a ``scale``
error, not also a ``value_mismatch``.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import cache

from checker import units
from checker.claims import Claim, Interval
from checker.document import SUPPORTED_LANGUAGES
from checker.lexicon import load_lexicon
from checker.match import Candidate, Match
from checker.references.index import IndexedReference, ReferenceIndex
from checker.timing import Timing

SCALE_FACTORS = (1_000, 1_000_000, 1_000_000_000)
UPPER_BOUNDS = ("less_than", "at_most")
#: Verdicts by which a figure shows which of two equally fitting references it follows (the same number).
AGREEING = ("ok", "unit_error")
LOWER_BOUNDS = ("more_than", "at_least")
#: A figure about ten times off its reference is a zero dropped or added: a slip, however far off.
SLIP_FACTOR = 10
#: How close to ten times off a slip of a zero is: it keeps the digits ("2,500" for 25,000, "2.48m" for 24.6m);
#: "3 000" for 33,900 is another figure.
SLIP_TOLERANCE = 0.05
#: A period at least this long is a year or more: its figure may be set before it starts (a quota).
SHORTER_THAN_A_YEAR = dt.timedelta(days=300)
#: How many significant digits a figure needs for two swapped ones to tell a typing slip ("13.2" for 31.2).
TRANSPOSED_DIGITS = 3
#: An unhedged figure this far (relatively) from a one-way reference's bound is another number, not the bound.
OTHER_NUMBER = 0.1
#: Percentages this few points apart are close whatever their ratio: a rate of 1.5% given for 4.5%.
NEAR_POINTS = 5.0
#: A figure dated this long before a report is another time's figure, not the report's.
ANOTHER_TIME = dt.timedelta(days=366)


@dataclass(frozen=True)
class Tolerances:
    """How far a figure may miss its reference before it is reported (from rules/value_mismatch.yaml)."""

    relative: float = 0.02
    absolute: float = 0.0
    scale: float = 0.25
    #: A figure more than this many times off its reference (and not a slip of a zero or of a scale
    #: word) is about something else: a wrong figure is misread or out of date, not 3 times off.
    max_ratio: float = 2.0


def _convert_interval(interval: Interval, factor_of) -> Interval | None:
    low = factor_of(interval.low) if math.isfinite(interval.low) else interval.low
    high = factor_of(interval.high) if math.isfinite(interval.high) else interval.high
    if low is None or high is None:
        return None
    return Interval(min(low, high), max(low, high))


def claim_interval(claim: Claim, reference: IndexedReference) -> Interval | None:
    """The claim's interval expressed in the reference's unit (None if it cannot be)."""
    interval = claim.interval
    if interval is None:
        return None
    ref_unit = reference.record.get("unit")
    if claim.kind == "ratio" and reference.kind == "percent":
        return Interval(interval.low * 100, interval.high * 100)
    if claim.kind == "quantity" and claim.unit and ref_unit and claim.unit != ref_unit:
        return _convert_interval(interval, lambda value: units.convert(value, claim.unit, ref_unit))
    if claim.kind == "money" and claim.unit and ref_unit and not units.same_currency(claim.unit, ref_unit):
        return None  # no exchange rate on file: dollars are not compared with euros
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


def _centre(interval: Interval) -> float | None:
    """The value an interval stands for: its middle, or its one finite bound ("more than 1 million")."""
    if interval.bounded:
        return (interval.low + interval.high) / 2
    if math.isfinite(interval.low):
        return interval.low
    return interval.high if math.isfinite(interval.high) else None


def consistent(claimed: Interval, expected: Interval, tolerances: Tolerances) -> bool:
    """Does either figure fall within the other's interval, widened by the tolerances?

    Centres, not overlaps: "about 21,000" does not agree with "about 26,000" although
    10% either side of each would touch; "1.2 million" agrees with 1,180,000 (the
    rounding of the written figure covers it).
    """
    magnitude = max(abs(expected.low) if math.isfinite(expected.low) else 0,
                    abs(expected.high) if math.isfinite(expected.high) else 0)
    slack = max(tolerances.absolute, tolerances.relative * magnitude)
    ours, theirs = _centre(claimed), _centre(expected)
    return ((ours is not None and expected.low - slack <= ours <= expected.high + slack)
            or (theirs is not None and claimed.low - slack <= theirs <= claimed.high + slack))


#: A figure written in digits alone below this cannot have lost a scale word ("42 colonies" is no slip of 42,000).
SCALE_SLIP_FLOOR = 1_000


def could_slip_scale(value: float) -> bool:
    """Could the figure carry a wrong scale? Any figure written with a scale word is at least a thousand
    ("1.2 billion", « 3 milliards », "€300m"); a smaller one ("42 colonies") has none to get wrong."""
    return abs(value) >= SCALE_SLIP_FLOOR


def scale_factor(claimed: float, expected: float, tolerance: float) -> int | None:
    """1000, 1e6 or 1e9 (negative when the claim is smaller) when the figures differ by about that factor."""
    if claimed <= 0 or expected <= 0:
        return None
    ratio = claimed / expected
    for factor in SCALE_FACTORS:
        for candidate, signed in ((ratio, factor), (1 / ratio, -factor)):
            if abs(candidate / factor - 1) <= tolerance:
                return signed
    return None


def current_member(index: ReferenceIndex, reference: IndexedReference, anchor: dt.date) -> IndexedReference:
    """Of the references reporting the same subject and measure, the newest one holding at ``anchor``."""
    series = [ref for ref in index.series_of(reference) if ref.as_of is None or ref.as_of <= anchor]
    return series[-1] if series else reference


@cache
def _hedges_below() -> frozenset[str]:
    """Hedges that keep a figure just under its number, in every language (numbers.yaml ``hedges_below``)."""
    return frozenset(hedge.lower() for language in SUPPORTED_LANGUAGES
                     for hedge in load_lexicon(language, "numbers").get("hedges_below", ()))


def _stays_below(claim: Claim) -> bool:
    """ "nearly 18,000", « près de 85 000 »: fewer than the number, although only roughly."""
    return claim.hedge is not None and " ".join(claim.hedge.lower().replace("’", "'").split()) in _hedges_below()


def _bound_conflict(claim: Claim, reference: IndexedReference) -> bool:
    """Opposite one-way hedges that can both hold only at an excluded bound ("fewer than 1M" vs "more than 1M").

    "Nearly 18,000" is under 18,000: it cannot hold with "more than 18,000" either.
    """
    ref_qualifier = reference.record.get("qualifier")
    claimed, expected = claim.interval, reference.interval
    if claimed is None or expected is None:
        return False
    if _stays_below(claim) and ref_qualifier in LOWER_BOUNDS:
        value = claim_value(claim, reference)
        return value is not None and value <= expected.low
    # Opposite one-way hedges on one number contradict each other ("no more than 2,400" against "at least
    # 2,400"), as does a one-way hedge that excludes an exact figure ("just under 72 days" against 72.24 days).
    if claim.qualifier in UPPER_BOUNDS and (ref_qualifier in LOWER_BOUNDS or ref_qualifier == "exact"):
        return claimed.high <= expected.low if ref_qualifier != "exact" else claimed.high < expected.low
    if claim.qualifier in LOWER_BOUNDS and (ref_qualifier in UPPER_BOUNDS or ref_qualifier == "exact"):
        return claimed.low >= expected.high if ref_qualifier != "exact" else claimed.low > expected.high
    return False


@dataclass(frozen=True)
class Comparison:
    """A claim next to the reference figure current at publication, both in the reference's unit."""

    claim: Claim
    candidate: Candidate
    reference: IndexedReference
    claimed: Interval
    expected: Interval
    claimed_value: float | None
    expected_value: float | None
    verdict: str
    older: IndexedReference | None = None
    factor: int | None = None


def _same_bounds(claim: Claim, reference: IndexedReference) -> bool:
    """Both one-way in the same direction ("more than X" against "more than Y")."""
    ref_qualifier = reference.record.get("qualifier")
    return (claim.qualifier in LOWER_BOUNDS and ref_qualifier in LOWER_BOUNDS) or (
        claim.qualifier in UPPER_BOUNDS and ref_qualifier in UPPER_BOUNDS)


def _same_number_other_unit(claim: Claim, reference: IndexedReference, expected: Interval,
                            tolerances: Tolerances) -> bool:
    """The figure as written matches the reference, but in another unit ("21,6 kg" for 21.6 t; "24,50 dollars"
    for €24.50). An open reference is matched by the number it writes: "two years" is no slip of "at most 5
    months", though 2 is at most 5."""
    if not expected.bounded:
        center = reference_center(reference)
        if center is None:
            return False
        expected = Interval(center, center)
    ref_unit = reference.record.get("unit")
    other_unit = claim.unit != ref_unit and not (claim.kind == "money" and units.same_currency(claim.unit, ref_unit))
    return (claim.kind in ("quantity", "money") and bool(claim.unit) and bool(ref_unit) and other_unit
            and claim.value is not None and consistent(Interval(claim.value, claim.value), expected, tolerances))


def _same_unit(claim: Claim, reference: IndexedReference) -> bool:
    """A scale slip keeps the unit: 23 hours against 85 seconds is no million/billion mix-up."""
    return claim.kind != "quantity" or claim.unit == reference.record.get("unit")


def _ratio(value: float | None, center: float | None) -> float | None:
    """How many times the larger of two positive figures is the smaller (None if it cannot be said)."""
    if value is None or center is None or value <= 0 or center <= 0:
        return None
    return max(value / center, center / value)


def _far_off(ratio: float | None, tolerances: Tolerances) -> bool:
    return ratio is not None and ratio > tolerances.max_ratio


def _near_points(reference: IndexedReference, value: float | None, center: float | None) -> bool:
    return reference.kind == "percent" and value is not None and center is not None and abs(
        value - center) <= NEAR_POINTS


def _slip(claim: Claim, ratio: float | None, tolerances: Tolerances) -> bool:
    """About ten times off, the digits kept: a zero dropped or added ("2,500" for 25,000). Only a figure written
    in digits can slip a zero ("Three turbines" is no slip of 32)."""
    return (ratio is not None and abs(ratio / SLIP_FACTOR - 1) <= SLIP_TOLERANCE
            and any(char.isdigit() for char in claim.text))


def _significant_digits(value: float) -> str:
    return f"{abs(value):.6g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0")


def _transposed(claim: Claim, value: float | None, center: float | None) -> bool:
    """Are two neighbouring digits of the reference's value swapped in the figure, of the same magnitude ("€13.2
    million" for €31.2 million)? A typing slip, however far off it puts the figure; only a figure written in digits,
    with three significant digits or more, tells."""
    if value is None or center is None or value <= 0 or center <= 0 or not any(c.isdigit() for c in claim.text):
        return False
    ours, theirs = _significant_digits(value), _significant_digits(center)
    if len(ours) != len(theirs) or len(ours) < TRANSPOSED_DIGITS or max(value, center) / min(value, center) >= 10:
        return False
    differ = [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and ours[differ[0]] == theirs[differ[1]] and ours[differ[1]] == theirs[differ[0]])


def _one_way(claim: Claim) -> bool:
    return claim.qualifier in UPPER_BOUNDS + LOWER_BOUNDS


def _one_way_reference(reference: IndexedReference) -> bool:
    return reference.record.get("qualifier") in UPPER_BOUNDS + LOWER_BOUNDS


def _converted_number_other_unit(claim: Claim, reference: IndexedReference, tolerances: Tolerances) -> bool:
    """The figure writes the reference's value converted to a third unit of its dimension, but names its own
    unit: "5,8 miles" for a course of 5,800 m (5.8 km), "3.2 lb" for 3,200 g (3.2 kg). Only a number of two
    significant digits or more tells ("6 miles" may be anything)."""
    ref_unit, center = reference.record.get("unit"), reference_center(reference)
    if (claim.kind != "quantity" or not claim.unit or not ref_unit or claim.unit == ref_unit or center is None
            or claim.value is None or claim.interval is None or not units.same_dimension(claim.unit, ref_unit)
            or len(f"{abs(claim.value):.12g}".replace(".", "").strip("0")) < 2):
        return False
    for unit in units.PINT_UNITS:
        if unit in (claim.unit, ref_unit) or not units.same_dimension(unit, ref_unit):
            continue
        converted = units.convert(center, ref_unit, unit)
        if converted is not None and consistent(claim.interval, Interval(converted, converted), tolerances):
            return True
    return False


def _verdict(claim: Claim, reference: IndexedReference, claimed: Interval, expected: Interval,
             tolerances: Tolerances) -> tuple[str, int | None]:
    """One verdict; a figure far off its reference is "unrelated" (about something else), even when
    an open hedge lets it agree ("fewer than 2,000 teachers" against 96 schools), unless the gap is
    a slip: a scale word or a zero."""
    value, center = claim_value(claim, reference), reference_center(reference)
    ratio = _ratio(_centre(claimed) if claim.qualifier == "range" else value, center)
    far = (_far_off(ratio, tolerances) and not _slip(claim, ratio, tolerances)
           and not _near_points(reference, value, center) and not _transposed(claim, value, center))
    if _bound_conflict(claim, reference) and not far:
        return "hedge_conflict", None
    if center is not None and _same_number_other_unit(claim, reference, Interval(center, center), tolerances):
        return "unit_error", None  # even when a hedge lets it agree: "jusqu'à 176 nœuds" for gusts of 176 km/h
    if consistent(claimed, expected, tolerances) and not _same_bounds(claim, reference):
        return ("unrelated" if far and _one_way(claim) else "ok"), None
    if _same_number_other_unit(claim, reference, expected, tolerances) \
            or _converted_number_other_unit(claim, reference, tolerances):
        return "unit_error", None
    if value is not None and center is not None:
        factor = scale_factor(value, center, tolerances.scale) if _same_unit(claim, reference) else None
        if factor is not None and could_slip_scale(value):
            return "scale", factor
        if far:
            return "unrelated", None
        if _slip(claim, ratio, tolerances):
            return "value_mismatch", None
        if _same_bounds(claim, reference):
            # Two "more than" figures always overlap; what the reader takes away is the bound itself.
            slack = max(tolerances.absolute, tolerances.relative * abs(center))
            return ("ok" if abs(value - center) <= slack else "value_mismatch"), None
    if consistent(claimed, expected, tolerances):
        return "ok", None
    if _one_way(claim):
        return "hedge_conflict", None
    if _one_way_reference(reference) and not _other_number(value, center):
        return "hedge_conflict", None  # "1 million" against "more than 1 million": the hedge is what differs
    return "value_mismatch", None


def _other_number(value: float | None, center: float | None) -> bool:
    """Is an unhedged figure another number than a one-way reference's bound ("$69 million" against "more than
    $96 million"), not the bound itself with its hedge dropped? Then the number is wrong, not the hedge."""
    return value is not None and bool(center) and abs(value - center) > OTHER_NUMBER * abs(center)


def compare(claim: Claim, match: Match | None, index: ReferenceIndex, published: dt.date,
            tolerances: Tolerances, when: Timing | None = None) -> Comparison | None:
    """The verdict on a numeric claim against its best match, or None when there is none.

    ``when`` says when the text has the figure hold: a figure given as a past value ("up from
    21,000 at the end of 2022") that agrees with an earlier report is history, not an outdated
    figure. Goals and forecasts ("by 2030") are matched only with forecasts on file (checker/match.py). When two
    references fit the words equally well (an ambiguous match) and the figure agrees with exactly
    one of them, the article follows that one.
    """
    if match is None or match.best is None:
        return None
    when = when or Timing()
    if not match.ambiguous:
        found = _judge(claim, match.best, index, published, tolerances, when)
        if found is None or found.verdict != "unrelated":
            return found
        return _runner_up(claim, match, index, published, tolerances, when) or found
    judged = [_judge(claim, candidate, index, published, tolerances, when) for candidate in match.candidates[:2]]
    agreeing = [found for found in judged if found is not None and found.verdict in AGREEING]
    if agreeing:
        return agreeing[0] if len(agreeing) == 1 else None
    # A figure far off one of the two is not about it: "just under 2,000 teachers" against 96 schools.
    related = [found for found in judged if found is not None and found.verdict != "unrelated"]
    return related[0] if len(related) == 1 else None


def _runner_up(claim: Claim, match: Match, index: ReferenceIndex, published: dt.date, tolerances: Tolerances,
               when: Timing) -> Comparison | None:
    """The verdict against the best candidate of another series, when the best one is about something else
    ("forced 4,200 people from their homes" is no count of homes but may be the evacuees' figure), unless
    the words do not tell that candidate from the next one either."""
    rest = [candidate for candidate in match.candidates
            if candidate.reference.series_key != match.best.reference.series_key]
    if not rest or match.rest_ambiguous:
        return None
    found = _judge(claim, rest[0], index, published, tolerances, when)
    return found if found is not None and found.verdict != "unrelated" else None


def _judge(claim: Claim, candidate: Candidate, index: ReferenceIndex, published: dt.date,
           tolerances: Tolerances, when: Timing) -> Comparison | None:
    reference = current_member(index, candidate.reference, published)
    if reference.kind == "date":
        return None
    claimed = claim_interval(claim, reference)
    expected = reference.interval
    if claimed is None and expected is not None and _same_number_other_unit(claim, reference, expected, tolerances):
        # "496 MWh" for a 496 MW plant: the right number in a unit of another dimension (no conversion).
        return Comparison(claim, candidate, reference, claim.interval, expected, claim.value,
                          reference_center(reference), "unit_error")
    if claimed is None or expected is None:
        return None
    verdict, factor = _verdict(claim, reference, claimed, expected, tolerances)
    older = None
    if verdict in ("value_mismatch", "hedge_conflict", "unrelated"):
        older = _older_match(claim, index, reference, tolerances)
    elif verdict == "ok":
        older = _older_exact(claim, index, reference)
    if older is not None:
        past = when.past_value and (when.period is None or reference.as_of is None
                                    or when.period[0] < reference.as_of) and not _revises(reference, when) \
            and not _after_report(older, when)
        verdict = "ok" if past else "outdated"
    elif verdict in ("value_mismatch", "hedge_conflict") and _of_another_time(reference, when):
        verdict = "unrelated"
    return Comparison(claim, candidate, reference, claimed, expected, claim_value(claim, reference),
                      reference_center(reference), verdict, older, factor)


def _of_another_time(reference: IndexedReference, when: Timing) -> bool:
    """Is the figure dated more than a year before the reference's report ("the $210m won by a single player in
    2019", « lors de l'édition précédente, en janvier 2026, où 986 personnes »)? It is another time's figure,
    which the report, of its own time, neither confirms nor contradicts."""
    return (when.own_date and when.period is not None and reference.as_of is not None
            and when.period[1] < reference.as_of - ANOTHER_TIME)


def _after_report(older: IndexedReference, when: Timing) -> bool:
    """Does the period the figure is given for, shorter than a year, start after the older report came out
    ("Takings averaged £6,200 a week over the summer" and a spring newsletter's £6,200)? That report cannot have
    told of it: the figure is its value carried over, outdated, not history. A year's figure may have been set
    ahead of it (a quota, a budget), so it may be history; so may a day's ("opened on 4 April with 24 beds": what
    the older report said still held that day)."""
    return (when.period is not None and older.as_of is not None and when.period[0] > older.as_of
            and dt.timedelta(0) < when.period[1] - when.period[0] < SHORTER_THAN_A_YEAR)


def _revises(reference: IndexedReference, when: Timing) -> bool:
    """Is the newer report about the very year the figure is dated in ("6.2 million tonnes of grain last year"
    against "exports in 2028", "18,400 tonnes of grapes this autumn" against the "2034 harvest", revised since)?
    Then the old figure is no history: it was corrected."""
    if when.period is None:
        return False
    start, end = when.period
    return start.year == end.year and str(start.year) in reference.terms


def _older_match(claim: Claim, index: ReferenceIndex, current: IndexedReference,
                 tolerances: Tolerances) -> IndexedReference | None:
    """An earlier figure of the same series that the claim repeats (the article gives an old value)."""
    for member in reversed(index.series_of(current)):
        if member is current or (member.as_of and current.as_of and member.as_of >= current.as_of):
            continue
        if _repeats(claim, member, tolerances):
            return member
    return None


def _repeats(claim: Claim, member: IndexedReference, tolerances: Tolerances) -> bool:
    """The claim agrees with the reference, and by the same figure when either is one-way: "at most 140"
    agrees with "more than 110" but does not repeat it."""
    claimed, expected = claim_interval(claim, member), member.interval
    if claimed is None or expected is None or not consistent(claimed, expected, tolerances):
        return False
    if not (_one_way(claim) or _one_way_reference(member)):
        return True
    value, center = claim_value(claim, member), reference_center(member)
    slack = max(tolerances.absolute, tolerances.relative * abs(center or 0))
    return value is not None and center is not None and abs(value - center) <= slack


def _older_exact(claim: Claim, index: ReferenceIndex, current: IndexedReference) -> IndexedReference | None:
    """An earlier figure of the series that the claim repeats exactly while the current one differs: "4%"
    when the rate went from 4% to 3.75% is the old rate, not the new one rounded."""
    value, current_value = claim_value(claim, current), reference_center(current)
    if value is None or current_value is None or math.isclose(value, current_value):
        return None
    for member in reversed(index.series_of(current)):
        if member is current or (member.as_of and current.as_of and member.as_of >= current.as_of):
            continue
        if member.record.get("value") is not None and math.isclose(claim_value(claim, member), member.record["value"]):
            return member
    return None
