"""The interval a figure commits to: its hedge plus the rounding of the figure as written.

Policy (docs/claims.md: ``low``/``high`` carry both):

* Rounding as written. A figure is taken to be rounded at its last written digit:
  "1.2 million" is [1.15e6, 1.25e6], "4.9%" is [4.85, 4.95], "deux milliards" is
  [1.5e9, 2.5e9] (rounded to the billion its scale word names).
* Whole numbers written without a scale word are exact for counts and money
  ("1,500 soldiers" is [1500, 1500], "six" is [6, 6], "$300" is [300, 300]): trailing
  zeros cannot tell a round figure from an exact one, so the figure is taken at its
  word and the rules' tolerances absorb rounding. Percents and quantities are
  measurements, rounded at their last digit: "15%" is [14.5, 15.5], "300 km" is
  [299.5, 300.5].
* ``approx`` widens the rounding interval to at least ``APPROX_MARGIN`` (10%) of the
  value on each side: "about 50" is [45, 55]. Approximate nouns ("une dizaine",
  "a dozen") are vaguer: ``APPROX_NOUN_MARGIN`` (20%), "une dizaine" is [8, 12].
* ``more_than`` / ``at_least`` give [value, unbounded): the hedge bounds the figure,
  so rounding no longer matters ("more than 1 million" is [1e6, None]); indefinite
  plurals ("des centaines", "thousands") are ``at_least`` twice their base.
* ``less_than`` / ``at_most`` give [0, value] for what cannot be negative (counts,
  money, ratios, quantities other than temperatures) and (unbounded, value] otherwise.
* ``range`` gives the two bounds as written: "between 20 and 30" is [20, 30].
* Ratios and fractions are exact values (4 decimals): "two-thirds" is [0.6667, 0.6667].
"""

from __future__ import annotations

APPROX_MARGIN = 0.10
APPROX_NOUN_MARGIN = 0.20
#: Units whose values may be negative, so "less than" does not imply a floor of 0.
SIGNED_UNITS = frozenset({"°C", "°F", "%", "pp", "‰"})


def tidy(number: float) -> float:
    """Drop binary noise from a computed bound (1150000.0000000002 -> 1150000.0)."""
    return float(f"{number:.12g}")


def bounds(
    value: float,
    qualifier: str,
    *,
    step: float,
    rounded: bool,
    margin: float,
    kind: str,
    unit: str | None,
) -> tuple[float | None, float | None]:
    """``(low, high)`` for a single figure (ranges carry their own bounds)."""
    half = step / 2 if rounded else 0.0
    if qualifier in ("more_than", "at_least"):
        return tidy(value), None
    if qualifier in ("less_than", "at_most"):
        floor = None if unit in SIGNED_UNITS or value < 0 else 0.0
        return floor, tidy(value)
    if qualifier == "approx":
        half = max(half, abs(value) * (margin or APPROX_MARGIN))
    return tidy(value - half), tidy(value + half)


def is_rounded(kind: str, has_decimals: bool, scaled: bool) -> bool:
    """Whether the figure's last written digit marks a rounding (see the policy above)."""
    return has_decimals or scaled or kind in ("percent", "quantity")
