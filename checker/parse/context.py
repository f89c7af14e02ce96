"""Figures read in the light of the others: unstated degrees take the scale of nearby temperatures,
scaled amounts that repeat money take its currency."""

from __future__ import annotations

import re

from checker.parse.figure import Figure
from checker.parse.numeric_lexicon import NumericLexicon, lookup_currency
from checker.units import DOLLARS, FRANCS

_UNSTATED_DEGREES = "°"
_TEMPERATURES = ("°C", "°F")
_FAHRENHEIT = "°F"
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
#: Sources of amounts that may repeat a currency: "4.4 trillion", "deux milliards", "billions".
_AMOUNT_SOURCES = frozenset({"digits", "spelled", "indefinite"})
_ANGLE_WINDOW = 30
_NOT_MONEY_WINDOW = 30
_WORDS = re.compile(r"[^\W\d_]+")
#: Currencies whose word alone may be any of them, each with the one it is read as by default, and what names that
#: one as such in a figure: "US$", "U.S. dollars", "USD", « dollars américains »; "CHF", "Swiss francs".
_CURRENCY_FAMILIES = (
    (DOLLARS, "USD", re.compile(r"us\$|u\.s\.|\busd\b|\bus\b|améric|americ")),
    (FRANCS, "CHF", re.compile(r"\bchf\b|swiss|suisse")),
)


def read_in_context(
    figures: list[Figure], nouns: list[str | None], text: str, low: str, lo: int, hi: int, lex: NumericLexicon
) -> None:
    """Settle, in place, the units of ``figures`` (in text order) that only their neighbours tell;
    ``nouns`` are what each figure counts (cleared for amounts that turn out to be money)."""
    _scale_degrees(figures, low, lo, hi, lex)
    _repeat_currencies(figures, nouns, text, low, lo, lex)
    _currency_of_the_article(figures, nouns, text, low, hi, lex)
    for family, default, named_as_such in _CURRENCY_FAMILIES:
        _currency_of_its_family(figures, low, family, default, named_as_such)


def _scale_degrees(figures: list[Figure], low: str, lo: int, hi: int, lex: NumericLexicon) -> None:
    """ "35 degrees" is in the scale of the nearest temperature with one ("30C", "20 degrees
    Fahrenheit"; the one before it on a tie), else Fahrenheit when no weather could reach it in
    Celsius, else the language's default; "a 180-degree turn" is an angle and keeps "°"."""
    before: list[int | None] = []
    last = None
    for index, figure in enumerate(figures):
        before.append(last)
        if figure.unit in _TEMPERATURES:
            last = index
    after = None
    for index in range(len(figures) - 1, -1, -1):
        figure = figures[index]
        if figure.unit in _TEMPERATURES:
            after = index
            continue
        if figure.unit != _UNSTATED_DEGREES or _is_angle(figure, low, lo, hi, lex):
            continue
        nearest = _nearest(index, before[index], after)
        if nearest is not None:
            figure.unit = figures[nearest].unit
        elif lex.fahrenheit_above is not None and abs(figure.value) > lex.fahrenheit_above:
            figure.unit = _FAHRENHEIT
        else:
            figure.unit = lex.default_temperature


def _nearest(index: int, before: int | None, after: int | None) -> int | None:
    if before is None or after is None:
        return after if before is None else before
    return before if index - before <= after - index else after


def _is_angle(figure: Figure, low: str, lo: int, hi: int, lex: NumericLexicon) -> bool:
    if lex.angle_after.match(low, figure.end, hi):
        return True
    return lex.angle_before.search(low, max(lo, figure.start - _ANGLE_WINDOW), figure.start) is not None


def _is_scale_letter(figure: Figure, text: str, low: str, lex: NumericLexicon) -> bool:
    """ "profit doubled to 600m.": a unit letter glued to digits that a money scale letter also is, and
    no noun after it ("the 400m race" is in metres)."""
    if figure.unit not in lex.money_letter_units or not text[figure.end - 2 : figure.end - 1].isdigit():
        return False
    following = lex.word_after.match(low, figure.end)
    return following is None or following.group("word") in lex.counted_stop_words


def _currency_of_the_article(
    figures: list[Figure], nouns: list[str | None], text: str, low: str, hi: int, lex: NumericLexicon
) -> None:
    """« 85 millions de livres » … « 240 000 livres »: a currency word that is money only after a scale word or a
    word of paying (``currencies_after_scale``: « livres » are also books) is money after any number once the
    text has used it as money: an article does not write pounds and books with the same word. A weight keeps its
    unit (« pesé à 69,4 livres »), and so do "200 pounds of explosives" and things a word describes (« 300 livres
    rares »: a currency takes no adjective)."""
    used = {figure.unit for figure in figures if figure.kind == "money"}
    if not used:
        return
    for index, figure in enumerate(figures):
        if figure.kind != "count" or figure.change:
            continue
        match = lex.currency_scaled.match(text, figure.end, hi)
        if match is None or lex.unit_link_after.match(low, match.end(), hi) or _described(low, match.end(), lex):
            continue
        currency = lookup_currency(lex, match.group("currency"))
        if currency is None or currency.symbol not in used:
            continue
        figure.kind, figure.unit, figure.end, nouns[index] = "money", currency.symbol, match.end(), None
        figure.value, figure.step = figure.value * currency.factor, figure.step * currency.factor


def _currency_of_its_family(figures: list[Figure], low: str, family: frozenset[str], default: str,
                            named_as_such: re.Pattern[str]) -> None:
    """ "It cost C$4.7 million … about $1,200 a member", « 2,9 millions de dollars canadiens, soit environ 1 200
    dollars le baril », « 45 000 francs CFA par mois, soit 1 500 francs par jour »: after dollars (francs) of one
    country named as such, bare "$" or « dollars » (« francs ») are that country's, not the family's default ("US$",
    « dollars américains », "CHF" stay US dollars and Swiss francs)."""
    named = None
    for figure in figures:
        if figure.kind != "money" or figure.unit not in family:
            continue
        if figure.unit != default:
            named = figure.unit
        elif named is not None and not named_as_such.search(low, figure.start, figure.end):
            figure.unit = named


def _described(low: str, pos: int, lex: NumericLexicon) -> bool:
    """Does a word other than a preposition, an article or the like follow at ``pos`` (« livres rares »)?"""
    following = lex.word_after.match(low, pos)
    return following is not None and following.group("word") not in lex.counted_stop_words

def _repeat_currencies(
    figures: list[Figure], nouns: list[str | None], text: str, low: str, lo: int, lex: NumericLexicon
) -> None:
    """ "The deficit reached $1.7 trillion. Revenue rose to 4.4 trillion": within a paragraph, an amount
    with a scale word and no currency after money with one is money in that currency, unless it counts
    something other than money ("38 million inhabitants", "a population of 1.5 million", which also end
    the run)."""
    currency, since = None, 0
    for index, figure in enumerate(figures):
        if figure.kind == "quantity" and currency is not None and _is_scale_letter(figure, text, low, lex):
            if not _PARAGRAPH_BREAK.search(text, since, figure.start):
                factor = lex.money_letter_units[figure.unit]
                figure.kind, figure.unit, figure.value, figure.step = "money", currency, figure.value * factor, factor
                figure.scale, nouns[index], since = factor, None, figure.end  # "600m" after "£4.5bn"
                continue
        if figure.scale <= 1.0:
            continue
        if figure.kind == "money":
            currency, since = figure.unit, figure.end
            continue
        if figure.kind != "count" or figure.source not in _AMOUNT_SOURCES or currency is None:
            continue
        if _PARAGRAPH_BREAK.search(text, since, figure.start):
            currency = None
            continue
        noun = nouns[index]
        counts_people = lex.not_money_before.search(low, max(lo, figure.start - _NOT_MONEY_WINDOW), figure.start)
        if counts_people or (noun is not None and lex.money_nouns.isdisjoint(_WORDS.findall(noun.lower()))):
            currency = None
            continue
        figure.kind, figure.unit, nouns[index] = "money", currency, None
        since = figure.end
