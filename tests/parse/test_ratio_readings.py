"""Readings the arithmetic rule needs: years between a change's two values, French change marks, hedges of
fractions, shares said as "the majority" and multiplier verbs ("doubled", « a triplé »)."""

import datetime as dt

import pytest

import checker
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
    ("sentence", "language", "span", "change"),
    [
        ("Spending was cut by a third in two years.", "en", "a third", "decrease"),
        ("Emissions were cut by half since 2005.", "en", "half", "decrease"),
        ("They raised a third of the cost from donors.", "en", "a third", None),
        ("Les ventes ont baissé de moitié en un an.", "fr", "moitié", "decrease"),
        ("Il a gagné un tiers des voix au premier tour.", "fr", "un tiers", None),
    ],
)
def test_a_fraction_after_a_change_word_and_its_link_is_a_change(sentence, language, span, change):
    assert claim(sentence, language, span).change == change


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


# --- majorities ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "span", "counted"),
    [
        ("41 of the 96 schools were closed, the majority of the district.", "en", "the majority", "district"),
        ("A majority of voters backed the new dam.", "en", "A majority", "voters"),
        ("The vast majority of residents were evacuated.", "en", "The vast majority", "residents"),
        ("La majorité des salariés a voté la grève.", "fr", "La majorité", "salariés"),
        ("La plupart des maisons effondrées étaient en briques.", "fr", "La plupart", "maisons"),
        ("La grande majorité des communes est touchée.", "fr", "La grande majorité", "communes"),
        ("The majority of 2,000 staff voted to strike.", "en", "The majority", "staff"),
        ("La majorité des 300 salariés a voté la grève.", "fr", "La majorité", "salariés"),
    ],
)
def test_a_majority_is_a_share_above_one_half(sentence, language, span, counted):
    found = claim(sentence, language, span)
    assert (found.kind, found.value, found.qualifier, found.low, found.high) == ("ratio", 0.5, "more_than", 0.5, 1.0)
    assert found.hedge is None and found.change is None
    assert found.counted == counted


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The majority leader said the bill would pass.", "en"),
        ("No party came close to an absolute majority.", "en"),
        ("Labour won 411 seats, a majority of 174.", "en"),
        ("Most voters stayed at home.", "en"),
        ("La majorité présidentielle a voté le texte.", "fr"),
        ("Les passagers, pour la plupart des retraités, rentraient d'une excursion.", "fr"),
        ("Aucun bloc n'approche la majorité absolue.", "fr"),
        ("Le texte a été adopté par une majorité de 12 voix.", "fr"),
    ],
)
def test_what_is_no_majority_share(sentence, language):
    assert not [c for c in claims(sentence, language) if c.kind == "ratio"]


def test_a_majority_before_a_threshold_is_no_share():
    found = claims("Le texte doit être adopté à la majorité des deux tiers.", "fr")
    assert [c.text for c in found] == ["deux tiers"]


# --- multiplier verbs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "span", "value", "change", "qualifier"),
    [
        ("Visitor numbers doubled from 4,000 to 8,000.", "en", "doubled", 2, "increase", "exact"),
        ("Prices have more than tripled since 2020.", "en", "more than tripled", 3, "increase", "more_than"),
        ("Exports nearly quadrupled in a decade.", "en", "nearly quadrupled", 4, "increase", "approx"),
        ("The deficit was halved in two years.", "en", "halved", 0.5, "decrease", "exact"),
        ("Le nombre de campeurs a doublé en deux ans.", "fr", "doublé", 2, "increase", "exact"),
        ("Les prix ont plus que triplé depuis 2020.", "fr", "plus que triplé", 3, "increase", "more_than"),
        ("Le loyer a pratiquement doublé en cinq ans.", "fr", "doublé", 2, "increase", "exact"),
        ("Les exportations ont quadruplé en dix ans.", "fr", "quadruplé", 4, "increase", "exact"),
        ("Le nombre de plaintes a quasi doublé en un an.", "fr", "doublé", 2, "increase", "exact"),
        ("Le doublement des effectifs est prévu d'ici 2027.", "fr", "doublement", 2, "increase", "exact"),
        ("A doubling of the budget was approved on Monday.", "en", "doubling", 2, "increase", "exact"),
    ],
)
def test_a_multiplier_verb_is_a_ratio_with_its_change(sentence, language, span, value, change, qualifier):
    found = claim(sentence, language, span)
    assert (found.kind, found.value, found.change, found.qualifier) == ("ratio", value, change, qualifier)
    assert found.counted is None


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Visitor numbers doubled from 4,000 to 8,000.", "en", ["doubled", "4,000", "8,000"]),
        ("Le nombre a doublé, passant de 4 000 à 8 000.", "fr", ["doublé", "4 000", "8 000"]),
        ("Les visiteurs ont doublé de 4 000 à 8 000.", "fr", ["doublé", "4 000", "8 000"]),
    ],
)
def test_the_two_values_after_a_multiplier_verb_are_two_levels(sentence, language, expected):
    assert [c.text for c in claims(sentence, language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The party doubled down on its pledge.", "en"),
        ("She won the doubles match on Sunday.", "en"),
        ("He doubled over in pain.", "en"),
        ("Il réalise le doublé Giro-Tour.", "fr"),
        ("Mbappé a doublé la mise juste avant la pause.", "fr"),
        ("Les prix doublés ont choqué les clients.", "fr"),
    ],
)
def test_what_is_no_multiplier_verb(sentence, language):
    assert not [c for c in claims(sentence, language) if c.kind == "ratio"]


def test_multiplied_and_divided_by_stay_the_number():
    assert [(c.text, c.value) for c in claims("Le chômage a été divisé par deux.", "fr")] == [("deux", 2)]
    assert [(c.text, c.value) for c in claims("Les ventes ont été multipliées par trois.", "fr")] == [("trois", 3)]


# --- percentage points named by the change after them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "span", "change"),
    [
        ("La part passe de 21,4 % à 23,9 % de la population, soit 3,5 points de plus.", "fr", "3,5 points", "increase"),
        ("Le chômage atteint 7,1 %, 2 points de moins qu'en 2015.", "fr", "2 points", "decrease"),
        ("Turnout was 61.2%, 3.5 points higher than in 2019.", "en", "3.5 points", "increase"),
    ],
)
def test_points_before_a_change_word_after_a_percentage_are_percentage_points(sentence, language, span, change):
    found = claim(sentence, language, span)
    assert (found.kind, found.unit, found.change) == ("percent", "pp", change)


@pytest.mark.parametrize(
    ("sentence", "language", "span"),
    [
        ("Le club a marqué 12 points de plus que l'an dernier.", "fr", "12"),
        ("The Lakers scored 12 points more than the Celtics.", "en", "12"),
    ],
)
def test_points_with_no_percentage_before_stay_a_count(sentence, language, span):
    found = claim(sentence, language, span)
    assert (found.kind, found.counted) == ("count", "points")


def test_little_more_than_is_a_hedge():
    found = claim("Prices rose 57% in little more than a year.", "en", "little more than a year")
    assert (found.qualifier, found.hedge) == ("more_than", "little more than")


# --- a currency written as money only after scale words, after a word of paying ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "span"),
    [
        ("The merger will cost 85,000 pounds, money the trust expects to recover.", "en", "85,000 pounds"),
        ("He was fined 5,000 pounds by the magistrates.", "en", "5,000 pounds"),
        ("La fusion coûtera 85 000 livres, selon la direction.", "fr", "85 000 livres"),
    ],
)
def test_pounds_after_a_word_of_paying_are_money(sentence, language, span):
    found = claim(sentence, language, span)
    assert (found.kind, found.unit) == ("money", "GBP")


@pytest.mark.parametrize(
    ("sentence", "language", "span", "kind"),
    [
        ("The bomb weighed 500 pounds.", "en", "500 pounds", "quantity"),
        ("They paid for 200 pounds of explosives.", "en", "200 pounds", "quantity"),
        ("Le prix des 300 livres rares est élevé.", "fr", "300", "count"),
        ("Il a vendu 5 000 livres l'an dernier.", "fr", "5 000", "count"),
    ],
)
def test_pounds_with_no_word_of_paying_are_no_money(sentence, language, span, kind):
    assert claim(sentence, language, span).kind == kind


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "unit"),
    [
        ("La veille, le boxeur avait été pesé à 69,4 livres, juste sous la limite.", "69,4 livres", "quantity",
         "lb"),
        ("Chaque fusée peut emporter 850 livres en orbite basse.", "850 livres", "quantity", "lb"),
        ("Le billet adulte, à 24 livres, ne baissera pourtant pas.", "24 livres", "money", "GBP"),
    ],
)
def test_french_pounds_after_a_word_of_weighing_or_a_ticket(sentence, span, kind, unit):
    found = claim(sentence, "fr", span)
    assert (found.kind, found.unit) == (kind, unit)



@pytest.mark.parametrize(
    ("sentence", "span", "kind", "unit"),
    [
        ("La dotation atteint 85 millions de livres, dont 12 000 livres pour le vainqueur.", "12 000 livres", "money",
         "GBP"),
        ("La vente a rapporté 512 000 livres. L'ancien record, 190 000 livres, date de 2039.", "190 000 livres",
         "money", "GBP"),
        ("La vente a rapporté 512 000 livres. Il a aussi donné 300 livres rares à la bibliothèque.", "300", "count",
         None),
        ("Le salon a coûté 2 millions d'euros et a vendu 12 000 livres.", "12 000", "count", None),
        ("Le prix atteint 2 millions de livres. Le saumon pesait 40 livres.", "40 livres", "quantity", "lb"),
    ],
)
def test_french_pounds_are_money_once_the_article_pays_in_them(sentence, span, kind, unit):
    found = claim(sentence, "fr", span)
    assert (found.kind, found.unit) == (kind, unit)

# --- "the dozen": a group of twelve --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value", "qualifier"),
    [
        ("The operator said the dozen crew members had all taken part in a drill.", "dozen", 12, "exact"),
        ("Its dozen branches will close by June.", "dozen", 12, "exact"),
        ("About a dozen people were hurt in the crash.", "About a dozen", 12, "approx"),
    ],
)
def test_dozen_after_a_definite_determiner_is_twelve(sentence, span, value, qualifier):
    found = claim(sentence, "en", span)
    assert (found.kind, found.value, found.qualifier) == ("count", value, qualifier)


@pytest.mark.parametrize("sentence", ["They sold eggs by the dozen.", "They sold eggs by the dozen, cheaply."])
def test_dozen_with_nothing_counted_after_it_is_no_number(sentence):
    assert not [c for c in claims(sentence, "en") if c.is_claim]


# --- "from X to Y" right after a change or a multiplier: its two values ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Visitor numbers tripled, from 3,000 to 6,000.", "en", ["tripled", "3,000", "6,000"]),
        ("Sales rose 30% from 3,000 to 9,000.", "en", ["30%", "3,000", "9,000"]),
        ("Exports more than doubled, from $4bn to $7bn.", "en", ["more than doubled", "$4bn", "$7bn"]),
        ("Les ventes ont progressé de 30 %, de 3 000 à 9 000.", "fr", ["30 %", "3 000", "9 000"]),
        ("Le déficit a été multiplié par trois, de 3 000 à 9 000.", "fr", ["trois", "3 000", "9 000"]),
    ],
)
def test_from_to_right_after_a_change_gives_its_two_values(sentence, language, expected):
    assert [c.text for c in claims(sentence, language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "span"),
    [
        ("Sales rose 30% while wages ranged from 3,000 to 9,000.", "en", "from 3,000 to 9,000"),
        ("Les estimations vont de 3 000 à 9 000 manifestants.", "fr", "de 3 000 à 9 000"),
    ],
)
def test_an_estimate_range_stays_one_claim(sentence, language, span):
    assert claim(sentence, language, span).qualifier == "range"


def test_acres_are_an_area_in_french_too():
    claims = checker.extract("Le site s'étend sur 230 hectares (environ 870 acres).", language="fr")
    assert [(claim.text, claim.kind, claim.unit) for claim in claims] == [
        ("230 hectares", "quantity", "ha"), ("environ 870 acres", "quantity", "acre")]
