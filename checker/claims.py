"""Claim and Interval value types shared by the parser, the matcher and the rules."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

#: Kinds of numeric mention that state a fact an editor may want checked.
CLAIM_KINDS = ("count", "quantity", "money", "percent", "ratio", "date")
#: Kinds of numeric mention that are *not* claims: kept visible, ignored by rules.
NOT_CLAIM_KINDS = ("time", "phone", "address", "identifier", "label", "ordinal")
KINDS = CLAIM_KINDS + NOT_CLAIM_KINDS

#: How a figure is hedged. ``range`` is for "between 20 and 30" style spans.
QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range")
#: Qualifiers a stored reference may carry (ranges are expressed with low/high).
REFERENCE_QUALIFIERS = QUALIFIERS[:-1]
#: Hedges that make a figure a threshold rather than an amount ("fewer than 2,000 people").
OPEN_BOUNDS = ("more_than", "less_than", "at_least", "at_most")

GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade")

#: Normalised unit symbols of quantities (docs/claims.md, "Units").
QUANTITY_UNITS = (
    "km", "m", "cm", "mm", "mi", "ft", "in", "km²", "ha", "kg", "g", "t", "lb", "L", "bbl", "°C", "°F",
    "km/h", "mph", "m/s", "kn", "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "s", "min", "h",
    "day", "week", "month", "year", "bpd",
)  # fmt: skip
#: Units of percentages: percent, percentage points, per mille.
PERCENT_UNITS = ("%", "pp", "‰")
#: ISO 4217 codes money is normalised to (a bare "$" is USD).
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", "KRW", "RUB", "UAH", "CHF", "CAD", "AUD", "INR")


@dataclass(frozen=True)
class Interval:
    """A closed interval [low, high]; either bound may be infinite."""

    low: float
    high: float

    def overlaps(self, other: Interval, slack: float = 0.0) -> bool:
        return self.low - slack <= other.high and other.low - slack <= self.high

    def gap(self, other: Interval) -> float:
        """Distance between the two intervals (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        return max(other.low - self.high, self.low - other.high)

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)


@dataclass(frozen=True)
class Claim:
    """One numeric mention found in a text.

    ``start``/``end`` are Python string offsets into the original text (end
    exclusive) and ``text == original[start:end]`` always holds. ``low``/``high``
    carry both the hedge and the rounding of the figure as written; ``None``
    stands for an unbounded side.
    """

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    granularity: str | None = None
    counted: str | None = None
    hedge: str | None = None
    change: str | None = None
    sentence: int = 0
    id: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_claim(self) -> bool:
        return self.kind in CLAIM_KINDS

    @property
    def interval(self) -> Interval | None:
        """The value interval, or None for dates and not-claims."""
        if self.kind == "date" or not self.is_claim:
            return None
        if self.low is None and self.high is None and self.value is None:
            return None
        low = -math.inf if self.low is None else self.low
        high = math.inf if self.high is None else self.high
        return Interval(low, high)

    def with_id(self, claim_id: str) -> Claim:
        return replace(self, id=claim_id)

    def to_dict(self) -> dict:
        """The claim's JSON (the /check contract), without the parser's private ``extra``."""
        return {name: getattr(self, name) for name in _JSON_FIELDS}


#: Claim fields in the order of the JSON contract (dataclasses.asdict deep-copies, and is 10x slower).
_JSON_FIELDS = ("id", "start", "end", "text", "kind") + tuple(
    name for name in Claim.__dataclass_fields__ if name not in {"id", "start", "end", "text", "kind", "extra"}
)
