"""Unit normalisation and conversion for claims, on one shared pint registry (created on first use).

Claims carry the canonical unit symbols of docs/claims.md ("km", "mi", "°C", "bpd", ...).
This module knows what each symbol means physically, so rules can compare "1,500 km"
with "932 miles" and catch a wrong conversion.

Money: ISO 4217 codes are not physical units. ``same_dimension("USD", "EUR")`` is True
(both are money, so the two figures are comparable in kind) but ``convert`` between two
different currencies returns None: exchange rates change daily and are not our data.
Converting a currency to itself returns the value unchanged. ``%``, ``pp`` and ``‰`` are
proportions: ``%`` and ``‰`` convert into each other (1 % = 10 ‰); ``pp`` only into itself,
since a point of a rate is not a share of a whole.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

#: Canonical symbol -> pint expression.
PINT_UNITS = {
    "km": "kilometer",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "mi": "mile",
    "nmi": "nautical_mile",
    "ft": "foot",
    "in": "inch",
    "yd": "yard",
    "km²": "kilometer ** 2",
    "m²": "meter ** 2",
    "mi²": "mile ** 2",
    "ft²": "foot ** 2",
    "ha": "hectare",
    "acre": "acre",
    "m³": "meter ** 3",
    "ft³": "foot ** 3",
    "yd³": "yard ** 3",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "t": "metric_ton",
    "lb": "pound",
    "oz": "ounce",
    "L": "liter",
    "gal": "gallon",
    "bbl": "oil_barrel",
    "bpd": "oil_barrel / day",
    "°C": "degC",
    "°F": "degF",
    # An angle ("a 180-degree turn"); the parser gives degrees of temperature their scale.
    "°": "degree",
    "km/h": "kilometer / hour",
    "mph": "mile / hour",
    "m/s": "meter / second",
    "kn": "knot",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "GB": "gigabyte",
    "TB": "terabyte",
    "s": "second",
    "min": "minute",
    "h": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}
#: Proportions and their size relative to a whole.
_PROPORTIONS = {"%": 0.01, "‰": 0.001}
_CURRENCY = re.compile(r"[A-Z]{3}")


@lru_cache(maxsize=1)
def registry():
    """The process-wide pint UnitRegistry (loading it takes ~0.2 s, so it is built once)."""
    import pint

    return pint.UnitRegistry()


def warm_up() -> None:
    """Build the registry and parse every canonical unit now, at worker start."""
    for symbol in PINT_UNITS:
        _quantity_unit(symbol)


def is_currency(unit: str | None) -> bool:
    return bool(unit) and unit not in PINT_UNITS and _CURRENCY.fullmatch(unit) is not None


#: Currencies called "dollars": "$" or « dollars » alone may be any of them (Canadian copy writes "$" for CAD).
DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"})
#: Currencies called "francs": « francs » alone may be Swiss or CFA francs.
FRANCS = frozenset({"CHF", "XOF"})


def same_currency(a: str | None, b: str | None) -> bool:
    """The same currency, or two dollars ("32 500 dollars" for 32,500 CAD)."""
    return a == b or (a in DOLLARS and b in DOLLARS)


def is_known(unit: str | None) -> bool:
    """Whether ``unit`` is a canonical symbol this module can reason about."""
    return bool(unit) and (unit in PINT_UNITS or is_currency(unit) or unit in _PROPORTIONS or unit == "pp")


def same_dimension(a: str | None, b: str | None) -> bool:
    """Whether figures in ``a`` and ``b`` measure the same kind of thing (length, money, share...)."""
    if not a or not b:
        return False
    if a == b:
        return True
    if is_currency(a) or is_currency(b):
        return is_currency(a) and is_currency(b)
    if a in _PROPORTIONS or b in _PROPORTIONS:
        return a in _PROPORTIONS and b in _PROPORTIONS
    if a not in PINT_UNITS or b not in PINT_UNITS:
        return False
    return _quantity_unit(a).dimensionality == _quantity_unit(b).dimensionality


@cache
def dimension_key(unit: str | None) -> str | None:
    """What a unit measures, as one key that units of a dimension share ("[length] / [time]" for km/h and mph), or
    None for no unit or an unknown one; currencies and proportions are one dimension each."""
    if not unit:
        return None
    if is_currency(unit):
        return "money"
    if unit in _PROPORTIONS:
        return "proportion"
    if unit not in PINT_UNITS:
        return None
    return str(_quantity_unit(unit).dimensionality)


def power_and_energy(a: str | None, b: str | None) -> bool:
    """Is one unit a power and the other the energy of that power for an hour ("kW" and "kWh", "MW" and "MWh")?"""
    if not a or not b:
        return False
    power = a if f"{a}h" == b else b if f"{b}h" == a else None
    return power is not None and same_dimension(power, "W")


def convert(value: float, from_unit: str | None, to_unit: str | None) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``, or None when that cannot be done."""
    if not from_unit or not to_unit or not math.isfinite(value):
        return None
    if from_unit == to_unit:
        return value if is_known(from_unit) else None
    if from_unit in _PROPORTIONS and to_unit in _PROPORTIONS:
        return value * _PROPORTIONS[from_unit] / _PROPORTIONS[to_unit]
    if from_unit not in PINT_UNITS or to_unit not in PINT_UNITS or not same_dimension(from_unit, to_unit):
        return None
    quantity = registry().Quantity(value, _quantity_unit(from_unit))
    return float(quantity.to(_quantity_unit(to_unit)).magnitude)


@cache
def _quantity_unit(symbol: str):
    return registry().Unit(PINT_UNITS[symbol])
