"""Calendar arithmetic for dates in text: periods, parts of periods, recurring names and relative expressions."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

#: Parts of a period: early / mid / late, as thirds of a year (Jan-Apr, May-Aug, Sep-Dec),
#: of a month (days 1-10, 11-20, 21-end) or of a decade (years 0-3, 4-6, 7-9).
PARTS = ("early", "mid", "late")
SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


@dataclass(frozen=True)
class Period:
    """An inclusive span of days and the granularity it was written with."""

    start: dt.date
    end: dt.date
    granularity: str


def day(year: int, month_number: int, day_number: int) -> Period | None:
    try:
        date = dt.date(year, month_number, day_number)
    except ValueError:
        return None
    return Period(date, date, "day")


def month(year: int, month_number: int) -> Period | None:
    if not 1 <= year <= 9998:
        return None
    last = calendar.monthrange(year, month_number)[1]
    return Period(dt.date(year, month_number, 1), dt.date(year, month_number, last), "month")


def year(number: int) -> Period | None:
    if not 1 <= number <= 9998:
        return None
    return Period(dt.date(number, 1, 1), dt.date(number, 12, 31), "year")


def decade(first_year: int) -> Period | None:
    if not 1 <= first_year <= 9989:
        return None
    return Period(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade")


def quarter(year_number: int, number: int) -> Period | None:
    first = month(year_number, 3 * number - 2)
    last = month(year_number, 3 * number)
    if first is None or last is None:
        return None
    return Period(first.start, last.end, "quarter")


def half(year_number: int, number: int) -> Period | None:
    """First or second half of a year; a fiscal period, so quarter-grained."""
    first = month(year_number, 6 * number - 5)
    last = month(year_number, 6 * number)
    if first is None or last is None:
        return None
    return Period(first.start, last.end, "quarter")


def season(year_number: int, name: str) -> Period | None:
    """Meteorological northern seasons; winter YEAR runs from December YEAR to February YEAR+1."""
    first = month(year_number, SEASON_START_MONTH[name])
    if first is None:
        return None
    last_month = first.start.month + 2
    last = month(year_number + (last_month > 12), (last_month - 1) % 12 + 1)
    if last is None:
        return None
    return Period(first.start, last.end, "season")


def easter(year_number: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    golden = year_number % 19
    century, year_of_century = divmod(year_number, 100)
    leap_century, century_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (19 * golden + century - leap_century - (century - correction + 1) // 3 + 15) % 30
    leap_years, year_rest = divmod(year_of_century, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_years - moon - year_rest) % 7
    shift = (golden + 11 * moon + 22 * weekday) // 451
    month_number, day_number = divmod(moon + weekday - 7 * shift + 114, 31)
    return dt.date(year_number, month_number, day_number + 1)


def holiday(year_number: int, rule: dict) -> Period | None:
    """A holiday of the dates lexicon in a given year: a fixed day, or days from Easter Sunday."""
    if "easter" in rule:
        if not 1583 <= year_number <= 9998:
            return None
        date = easter(year_number) + dt.timedelta(days=rule["easter"])
        return Period(date, date, "day")
    return day(year_number, rule["month"], rule["day"])


def week_of(date: dt.date) -> Period:
    """The Monday-Sunday week holding ``date``."""
    monday = date - dt.timedelta(days=date.weekday())
    return Period(monday, monday + dt.timedelta(days=6), "week")


def weekend_of(date: dt.date) -> Period:
    """The Saturday-Sunday of the Monday-Sunday week holding ``date``."""
    week = week_of(date)
    return Period(week.start + dt.timedelta(days=5), week.end, "week")


def weekend_instance(week_index: int) -> Period:
    """The weekend of a Monday-based week number (see :class:`Recurring`)."""
    return weekend_of(dt.date.fromordinal(week_index * 7 + 1))


def part(period: Period, which: str) -> Period:
    """Early / mid / late part of a month, a year, a decade (thirds of the days otherwise)."""
    index = PARTS.index(which)
    start, end = period.start, period.end
    if period.granularity == "month":
        first = start.replace(day=1 + 10 * index)
        last = end if index == 2 else start.replace(day=10 * (index + 1))
        return Period(first, last, period.granularity)
    if period.granularity == "year":
        first_month = 1 + 4 * index
        return Period(
            dt.date(start.year, first_month, 1),
            dt.date(start.year, first_month + 3, calendar.monthrange(start.year, first_month + 3)[1]),
            period.granularity,
        )
    if period.granularity == "decade":
        offsets = ((0, 3), (4, 6), (7, 9))[index]
        return Period(
            dt.date(start.year + offsets[0], 1, 1), dt.date(start.year + offsets[1], 12, 31), period.granularity
        )
    length = (end - start).days + 1
    first = start + dt.timedelta(days=length * index // 3)
    last = start + dt.timedelta(days=length * (index + 1) // 3 - 1)
    return Period(first, last, period.granularity)


def shift_month(date: dt.date, months: int) -> tuple[int, int]:
    index = date.year * 12 + date.month - 1 + months
    return index // 12, index % 12 + 1


def relative(anchor: dt.date, unit: str, offset: int) -> Period | None:
    """The ``unit`` (day, week, weekend, month, quarter, year, decade) ``offset`` units away from the anchor."""
    if unit == "day":
        date = anchor + dt.timedelta(days=offset)
        return Period(date, date, "day")
    if unit == "week":
        return week_of(anchor + dt.timedelta(weeks=offset))
    if unit == "weekend":
        return weekend_of(anchor + dt.timedelta(weeks=offset))
    if unit == "month":
        return month(*shift_month(anchor, offset))
    if unit == "quarter":
        year_number, month_number = shift_month(anchor, 3 * offset)
        return quarter(year_number, (month_number - 1) // 3 + 1)
    if unit == "year":
        return year(anchor.year + offset)
    if unit == "decade":
        return decade(anchor.year // 10 * 10 + 10 * offset)
    raise ValueError(f"unknown unit {unit!r}")


def around_anchor(period: Period, anchor: dt.date, side: str) -> Period:
    """The part of ``period`` before (``to_anchor``) or after (``from_anchor``) the anchor day."""
    if side == "to_anchor":
        return Period(period.start, max(period.start, min(anchor, period.end)), period.granularity)
    return Period(min(period.end, max(anchor, period.start)), period.end, period.granularity)


@dataclass(frozen=True)
class Recurring:
    """A date written without its year or week ("February", "24 March", "Friday", "summer").

    ``instance`` maps a cycle index (a year, or a Monday-based week number) to the period
    it names in that cycle; :meth:`resolve` picks the instance a reader means.
    """

    instance: Callable[[int], Period | None]
    cycle: str  # "year" or "week"

    def _index(self, anchor: dt.date) -> int:
        return anchor.year if self.cycle == "year" else (anchor.toordinal() - 1) // 7

    def _candidates(self, anchor: dt.date, reach: int) -> list[Period]:
        base = self._index(anchor)
        periods = (self.instance(base + offset) for offset in range(-reach, reach + 1))
        return [period for period in periods if period is not None]

    def resolve(self, anchor: dt.date, mode: str) -> Period | None:
        """The occurrence a reader means (see :meth:`_select`); 29 February may be years away."""
        return self._select(self._candidates(anchor, 1), anchor, mode) or self._select(
            self._candidates(anchor, 5), anchor, mode
        )

    def _select(self, candidates: list[Period], anchor: dt.date, mode: str) -> Period | None:
        """``past``: latest instance started on or before the anchor; ``future``: earliest not over;
        ``nearest``: the past one or the next one, whichever is nearer the anchor;
        ``last``: latest over before the anchor; ``next``: earliest starting after it;
        ``this``: the instance holding the anchor, else the one in the anchor's cycle."""
        if mode == "past":
            chosen = [period for period in candidates if period.start <= anchor]
            return chosen[-1] if chosen else None
        if mode == "future":
            chosen = [period for period in candidates if period.end >= anchor]
            return chosen[0] if chosen else None
        if mode == "last":
            chosen = [period for period in candidates if period.end < anchor]
            return chosen[-1] if chosen else None
        if mode == "next":
            chosen = [period for period in candidates if period.start > anchor]
            return chosen[0] if chosen else None
        if mode == "nearest":  # no tense tells: the occurrence nearer the anchor ("au-delà de juin", in April)
            past = self._select(candidates, anchor, "past")
            coming = self._select(candidates, anchor, "next")
            if past is None or coming is None or past.end >= anchor:
                return past or coming
            return coming if (coming.start - anchor) < (anchor - past.end) else past
        holding = [period for period in candidates if period.start <= anchor <= period.end]
        if holding:
            return holding[0]
        return self.instance(self._index(anchor))


def weekday_instance(weekday: int) -> Callable[[int], Period | None]:
    def instance(week_index: int) -> Period:
        date = dt.date.fromordinal(week_index * 7 + 1 + weekday)
        return Period(date, date, "day")

    return instance
