"""Readings the arithmetic rule needs: years between a change's two values, French change marks, hedges of
fractions, shares said as "the majority" and multiplier verbs ("doubled", « a triplé »)."""

import datetime as dt

import pytest

from checker.document import make_document
from checker.parse import parse


def claims(text: str, language: str):
    return parse(make_document(text, language, dt.date(2024, 3, 15)))


def spans(text: str, language: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in claims(text, language) if c.is_claim]


def claim(text: str, language: str, span: str):
    found = [c for c in claims(text, language) if c.text == span]
    assert found, f"no claim {span!r} in {[c.text for c in claims(text, language)]}"
    return found[0]


# --- a year between the two values of a change -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "The number of campers rose from 9,800 in 2022 to 14,300 this year.",
            "en",
            [("9,800", "count"), ("2022", "date"), ("14,300", "count"), ("this year", "date")],
        ),
        (
            "Le nombre de campeurs est passé de 9 800 en 2022 à 14 300 cette année.",
            "fr",
            [("9 800", "count"), ("2022", "date"), ("14 300", "count"), ("cette année", "date")],
        ),
        (
            "Les ventes ont grimpé de 120 000 en 2019 à 180 000 en 2023.",
            "fr",
            [("120 000", "count"), ("2019", "date"), ("180 000", "count"), ("2023", "date")],
        ),
    ],
)
def test_a_year_after_in_between_two_values_is_a_date(sentence, language, expected):
    assert spans(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "span"),
    [
        ("Between 2000 and 3000 people marched.", "en", "Between 2000 and 3000"),
        ("Entre 2000 et 3000 personnes ont défilé.", "fr", "Entre 2000 et 3000"),
    ],
)
def test_a_range_of_counts_stays_a_range(sentence, language, span):
    assert claim(sentence, language, span).qualifier == "range"


# --- French change marks --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "change"),
    [
        ("Les ventes sont en hausse d'un tiers sur un an.", "un tiers", "increase"),
        ("Les effectifs ont baissé d'un quart depuis 2019.", "un quart", "decrease"),
        ("Les prix ont augmenté d'environ 3 % en mars.", "environ 3 %", "increase"),
    ],
)
def test_a_change_linked_by_d_apostrophe_is_marked(sentence, span, change):
    assert claim(sentence, "fr", span).change == change


@pytest.mark.parametrize(
    ("sentence", "language", "first", "second"),
    [
        ("Le taux de chômage a reculé de 7,5 % à 7,1 % en un an.", "fr", "7,5 %", "7,1 %"),
        ("Le prix du ticket a augmenté de 1,90 euro à 2,15 euros.", "fr", "1,90 euro", "2,15 euros"),
        ("The jobless rate fell from 7.5% to 7.1% in a year.", "en", "7.5%", "7.1%"),
    ],
)
def test_de_x_a_y_after_a_change_verb_gives_two_levels(sentence, language, first, second):
    assert claim(sentence, language, first).change is None
    assert claim(sentence, language, second).change is None


@pytest.mark.parametrize(
    ("sentence", "span", "change"),
    [
        # A change of one measure, then the level reached in another: the change keeps its mark.
        ("Le chiffre d'affaires est en hausse de 5 % à 3,2 milliards d'euros.", "5 %", "increase"),
        ("Le chômage a baissé de 0,3 point à 7,1 %.", "0,3 point", "decrease"),
    ],
)
def test_a_change_then_the_level_it_reaches_keeps_its_mark(sentence, span, change):
    assert claim(sentence, "fr", span).change == change


# --- hedges of fractions with « des » --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "qualifier", "hedge"),
    [
        ("Près des deux tiers des électeurs ont voté oui.", "Près des deux tiers", "approx", "Près des"),
        ("Plus des trois quarts des communes sont touchées.", "Plus des trois quarts", "more_than", "Plus des"),
    ],
)
def test_a_hedge_with_des_before_a_fraction(sentence, span, qualifier, hedge):
    found = claim(sentence, "fr", span)
    assert (found.qualifier, found.hedge) == (qualifier, hedge)


def test_pres_des_before_a_count_is_a_place_not_a_hedge():
    found = claim("Le ministre s'est rendu près des 300 salariés en grève.", "fr", "300")
    assert (found.qualifier, found.hedge) == ("exact", None)
