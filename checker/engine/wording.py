"""Plain-language wording of figures, references and gaps in the article's language (Babel formats)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal

from checker.lexicon import load_lexicon

NARROW_NBSP = "\u202f"


def _percent_space(language: str) -> str:
    """French sets a narrow no-break space before % ; English sets none."""
    return NARROW_NBSP if language == "fr" else ""


def _words(language: str) -> dict[str, Any]:
    return load_lexicon(language, "text").get("wording", {})


def number(value: float, language: str) -> str:
    """1200000 -> "1.2 million" / "1,2 million"; 1500 -> "1,500" / "1 500"."""
    if abs(value) >= 1_000_000:
        exponent = min(12, 3 * int(math.log10(abs(value)) // 3))
        scaled = round(value / 10**exponent, 2)
        singular, plural = _words(language)["scale"][exponent]
        if scaled == 1:  # "un million", "one million": the word reads better than the digit
            return f"{_words(language)['one']} {singular}"
        return f"{format_decimal(scaled, locale=language)} {singular if abs(scaled) < 2 else plural}"
    if value == int(value):
        return format_decimal(int(value), locale=language)
    return format_decimal(round(value, 4), locale=language)


def quantity(value: float | None, unit: str | None, qualifier: str | None, language: str) -> str:
    """A value with its hedge and unit: "more than 1 million", "environ 300 km", "USD 1.2 billion"."""
    if value is None:
        return "?"
    text = number(value, language)
    if unit in {"%", "‰"}:
        text = f"{text}{_percent_space(language)}{unit}"
    elif unit:
        forms = _words(language).get("money", {}).get(unit)
        # "€1.2 million", « 1,2 million d'euros »: a currency in the article's words, its code when it has none
        form = forms[-1 if abs(value) >= 1_000_000 else 0] if forms else f"{{n}} {unit}"
        one = f"{_words(language)['one']} "
        if not form.startswith("{n}") and text.startswith(one):
            text = "1 " + text[len(one):]  # "€1 million", not "€one million"
        text = form.format(n=text)
    words = _words(language)
    hedge = words.get("qualifiers", {}).get(qualifier or "exact", "")
    for full, elided in words.get("elisions", {}).items():  # French "plus de un million" -> "plus d'un million"
        if hedge.endswith(full) and text[:1] in "aeiouyhAEIOUYH":
            return f"{hedge[:-len(full)]}{elided}{text}"
    return f"{hedge}{text}"


def duration(value: float, unit: str, language: str) -> str:
    """A length of time in words: (2, "year") -> "2 years" / "2 ans"; a unit with no name keeps its symbol."""
    names = _words(language).get("time_units", {}).get(unit)
    if not names:
        return quantity(value, unit, None, language)
    return f"{number(value, language)} {names[0] if abs(value) <= 1 else names[1]}"


def interval(low: float | None, high: float | None, unit: str | None, language: str) -> str:
    words = _words(language)
    if low is not None and high is not None and math.isfinite(low) and math.isfinite(high) and low != high:
        return words["between"].format(low=quantity(low, unit, None, language),
                                       high=quantity(high, unit, None, language))
    if low is not None and math.isfinite(low) and (high is None or not math.isfinite(high)):
        return quantity(low, unit, "more_than", language)
    if high is not None and math.isfinite(high) and (low is None or not math.isfinite(low)):
        return quantity(high, unit, "less_than", language)
    return quantity(low if low is not None else high, unit, None, language)


def reference_value(record: dict[str, Any], language: str) -> str:
    if record.get("kind") == "date":
        return date(record.get("date"), "day", language)
    if record.get("value") is None:
        return interval(record.get("low"), record.get("high"), record.get("unit"), language)
    return quantity(record.get("value"), record.get("unit"), record.get("qualifier"), language)


def date(value: Any, granularity: str | None, language: str) -> str:
    if value is None:
        return "?"
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    pattern = {"year": "y", "month": "MMMM y"}.get(granularity or "day", "d MMMM y")
    return format_date(value, pattern, locale=language)


def source(record: dict[str, Any], language: str, granularity: str = "month") -> str:
    """"Yonhap, November 2023": who reported the figure and from when it holds (to the day for
    ``granularity="day"``, when two reports of one month must be told apart)."""
    name = record.get("source") or _words(language)["unknown_source"]
    when = record.get("as_of") or record.get("published_at")
    return f"{name}, {date(when, granularity, language)}" if when else name


def ratio(factor: float, language: str) -> str:
    return format_decimal(round(factor, 2), locale=language)


def percent_gap(claimed: float, expected: float, language: str) -> str:
    """How far the article's figure is from the reference, as a signed percentage."""
    if expected == 0:
        return "?"
    change = (claimed - expected) / abs(expected) * 100
    sign = "+" if change > 0 else ""
    return f"{sign}{format_decimal(round(change, 1), locale=language)}{_percent_space(language)}%"


def direction(larger: bool, language: str) -> str:
    """"larger" / "smaller" ("plus grand" / "plus petit")."""
    return _words(language)["larger" if larger else "smaller"]
