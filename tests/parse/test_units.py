"""Unit conversion and dimension checks on the shared pint registry, as the rules engine will use them."""

import pytest

from checker.units import convert, is_currency, same_dimension


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "expected"),
    [
        (1500, "km", "mi", 932.06),
        (600, "mi", "km", 965.61),
        (30, "°C", "°F", 86.0),
        (212, "°F", "°C", 100.0),
        (1, "t", "kg", 1000.0),
        (100, "km/h", "mph", 62.14),
        (20, "kn", "km/h", 37.04),
        (1, "TWh", "GWh", 1000.0),
        (1, "km²", "ha", 100.0),
        (2, "%", "‰", 20.0),
        (36, "month", "year", 3.0),
        (5, "USD", "USD", 5.0),
        (95, "m³", "ft³", 3354.89),
        (1, "yd³", "m³", 0.7646),
    ],
)
def test_conversions(value, from_unit, to_unit, expected):
    assert convert(value, from_unit, to_unit) == pytest.approx(expected, rel=1e-3)


def test_a_wrong_conversion_in_a_sentence_can_be_detected():
    # "1,500 km (600 miles)": the stated miles are far from the converted figure.
    assert convert(1500, "km", "mi") == pytest.approx(932, rel=1e-3)
    assert abs(convert(1500, "km", "mi") - 600) > 300


@pytest.mark.parametrize(
    ("from_unit", "to_unit"),
    [("USD", "EUR"), ("km", "kg"), ("%", "pp"), ("km", None), ("furlong", "km"), ("°", "°C")],
)
def test_no_conversion_without_a_rate_or_a_shared_dimension(from_unit, to_unit):
    assert convert(10, from_unit, to_unit) is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("km", "mi", True),
        ("km/h", "mph", True),
        ("bpd", "bbl", False),
        ("kg", "lb", True),
        ("USD", "EUR", True),
        ("USD", "km", False),
        ("%", "‰", True),
        ("%", "pp", False),
        ("°", "°F", False),
        ("°C", "°F", True),
        ("kWh", "MW", False),
        (None, "km", False),
    ],
)
def test_same_dimension(a, b, same):
    assert same_dimension(a, b) is same


def test_currency_codes_are_not_units():
    assert is_currency("EUR") and not is_currency("km") and not is_currency("MWh")
