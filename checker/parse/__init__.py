"""Parser: turns a Document into Claims (numbers, quantities, money, percents, ratios, dates)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from checker.claims import Claim
from checker.document import SUPPORTED_LANGUAGES, Document
from checker.parse.dates import find_dates
from checker.parse.dates import warm_up as warm_up_dates
from checker.parse.numbers import find_numbers, warm_up_numbers
from checker.units import warm_up as warm_up_units

__all__ = ["parse", "warm_up"]


def parse(document: Document) -> list[Claim]:
    """Every claim and not-claim of ``document`` in text order, with ids ``c1``, ``c2``, ...

    Dates and year labels come from :func:`find_dates`, everything else from
    :func:`find_numbers`; where a number overlaps a date or label, the date wins
    ("24 February 2022" is one date, not a count 24 and a date).
    """
    dates = find_dates(document)
    numbers = _outside(find_numbers(document), dates)
    claims = sorted(dates + numbers, key=lambda claim: (claim.start, claim.end))
    return [claim.with_id(f"c{index}") for index, claim in enumerate(claims, start=1)]


def _outside(numbers: list[Claim], dates: list[Claim]) -> list[Claim]:
    """The number claims that overlap no date (binary search over the dates sorted by start)."""
    if not dates:
        return numbers
    dates = sorted(dates, key=lambda claim: claim.start)
    starts = [claim.start for claim in dates]
    furthest_end = list(accumulate((claim.end for claim in dates), max))
    kept = []
    for claim in numbers:
        before = bisect_left(starts, claim.end) - 1  # last date starting before this claim ends
        if before < 0 or furthest_end[before] <= claim.start:
            kept.append(claim)
    return kept


def warm_up() -> None:
    """Load every lexicon, compile every pattern and the unit registry now (at worker start)."""
    warm_up_dates()
    for language in SUPPORTED_LANGUAGES:
        warm_up_numbers(language)
    warm_up_units()
