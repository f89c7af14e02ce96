"""Parser: turns a Document into Claims (numbers, quantities, money, percents, ratios, dates)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from checker.claims import Claim
from checker.document import SUPPORTED_LANGUAGES, Document
from checker.parse.dates import date_fields
from checker.parse.dates import warm_up as warm_up_dates
from checker.parse.numbers import number_fields, warm_up_numbers
from checker.units import warm_up as warm_up_units

__all__ = ["parse", "warm_up"]


def parse(document: Document) -> list[Claim]:
    """Every claim and not-claim of ``document`` in text order, with ids ``c1``, ``c2``, ...

    Dates and year labels come from the dates parser, everything else from the
    numbers parser; where a number overlaps a date or label, the date wins
    ("24 February 2022" is one date, not a count 24 and a date). Each Claim is
    built once, with its id (copying frozen Claims to set ids cost 5 µs each).
    """
    dates = date_fields(document)
    numbers = _outside(number_fields(document, dates), dates)
    found = sorted(dates + numbers, key=_span)
    return [Claim(**fields, id=f"c{index}") for index, fields in enumerate(found, start=1)]


def _span(fields: dict) -> tuple[int, int]:
    return fields["start"], fields["end"]


def _outside(numbers: list[dict], dates: list[dict]) -> list[dict]:
    """The numbers that overlap no date (binary search over the dates sorted by start)."""
    if not dates:
        return numbers
    dates = sorted(dates, key=_span)
    starts = [fields["start"] for fields in dates]
    furthest_end = list(accumulate((fields["end"] for fields in dates), max))
    kept = []
    for fields in numbers:
        before = bisect_left(starts, fields["end"]) - 1  # last date starting before this number ends
        if before < 0 or furthest_end[before] <= fields["start"]:
            kept.append(fields)
    return kept


def warm_up() -> None:
    """Load every lexicon, compile every pattern and the unit registry now (at worker start)."""
    warm_up_dates()
    for language in SUPPORTED_LANGUAGES:
        warm_up_numbers(language)
    warm_up_units()
