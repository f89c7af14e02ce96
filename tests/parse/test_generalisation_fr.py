"""French news sentences beyond the first test suites: names with numbers, phones, scores and ages
are not claims; ratios in every form; what a figure counts; hours, hedges, money and degrees in context."""

import pytest

from checker import extract
from checker.claims import CLAIM_KINDS

PUBLISHED = "2024-03-15"


def mentions(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in extract(text, language="fr", published_at=PUBLISHED)]


def claim(text: str, span: str):
    found = [c for c in extract(text, language="fr", published_at=PUBLISHED) if c.text == span]
    assert found, f"no mention {span!r} in {mentions(text)}"
    return found[0]


def assert_not_a_claim(text: str, name: str, kind: str) -> None:
    """No claim overlaps ``name`` in ``text``, and a not-claim of ``kind`` covers its digits."""
    start = text.index(name)
    end = start + len(name)
    found = extract(text, language="fr", published_at=PUBLISHED)
    overlapping = [c for c in found if c.start < end and start < c.end]
    assert not [c for c in overlapping if c.kind in CLAIM_KINDS], f"{name!r} lu comme un chiffre : {mentions(text)}"
    assert any(c.kind == kind for c in overlapping), f"{name!r} n'est pas un {kind} : {mentions(text)}"


@pytest.mark.parametrize(
    ("sentence", "phone"),
    [
        ("Pour tout renseignement, appelez le 01 42 68 53 00.", "01 42 68 53 00"),
        ("Le standard répond au 01.42.68.53.00 du lundi au vendredi.", "01.42.68.53.00"),
        ("Joignable au 01-42-68-53-00 ou par courriel.", "01-42-68-53-00"),
        ("Son portable, le 0612345678, ne répond plus.", "0612345678"),
        ("Depuis l'étranger, composez le +33 (0)1 42 68 53 00.", "+33 (0)1 42 68 53 00"),
        ("Le numéro de l'ambassade est le +33 1 42 68 53 00.", "+33 1 42 68 53 00"),
        ("Un numéro vert, le 0 800 130 000, a été ouvert.", "0 800 130 000"),
        ("La cellule d'écoute est joignable au 0800 130 000.", "0800 130 000"),
        ("Le service répond au 08 00 12 34 56, appel gratuit.", "08 00 12 34 56"),
        ("Les victimes peuvent composer le 3919 jour et nuit.", "3919"),
        ("En cas d'urgence, appelez le 17.", "17"),
    ],
)
def test_phone_numbers_are_phones(sentence, phone):
    assert_not_a_claim(sentence, phone, "phone")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Le CAC 40 a cédé 1,2 % mardi.", "CAC 40"),
        ("À Wall Street, le S&P 500 a gagné 0,4 %.", "S&P 500"),
        ("Le Nasdaq 100 a reculé de 2 % en séance.", "Nasdaq 100"),
        ("Le SBF 120 termine en hausse.", "SBF 120"),
        ("Les passagers doivent se rendre porte 7.", "porte 7"),
        ("La ligne 14 du métro est prolongée jusqu'à Orly.", "ligne 14"),
        ("Le train partira du quai 3 avec du retard.", "quai 3"),
        ("Le Terminal 2 de Roissy a été évacué.", "Terminal 2"),
        ("Les débris du vol AF 447 ont été retrouvés.", "AF 447"),
        ("Un accident a coupé la RN7 dans la nuit.", "RN7"),
        ("La circulation est bloquée sur l'A6.", "A6"),
        ("Le gouvernement a recouru à l'article 49.3 pour la 23e fois.", "article 49.3"),
        ("L'Airbus A380 ne sera plus produit.", "A380"),
        ("L'Inde a commandé 26 Rafale M et des Rafale F4.", "F4"),
        ("Le Boeing 737 MAX 8 est de nouveau autorisé à voler.", "Boeing 737 MAX 8"),
        ("Le Covid-19 a tué des millions de personnes.", "Covid-19"),
        ("Un foyer de H5N1 a été détecté dans l'Ain.", "H5N1"),
        ("Le concile Vatican II a réformé la liturgie.", "Vatican II"),
        ("Versailles a été construit sous Louis XIV.", "Louis XIV"),
        ("Le club évolue en Ligue 1 depuis dix ans.", "Ligue 1"),
        ("Le journal de France 2 a ouvert sur la grève.", "France 2"),
        ("La fusée Ariane 6 a décollé de Kourou.", "Ariane 6"),
        ("Le Mirage 2000 a été livré à l'Ukraine.", "Mirage 2000"),
        ("Le sommet du G20 s'est ouvert à Rio.", "G20"),
        ("Les voyageurs peuvent emprunter le bus 95.", "bus 95"),
    ],
)
def test_names_with_numbers_are_identifiers(sentence, name):
    assert_not_a_claim(sentence, name, "identifier")


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("Le PSG s'est imposé 2 à 0 face à Lyon.", "2 à 0"),
        ("Marseille a gagné 3-1 au Vélodrome.", "3-1"),
        ("Les Bleus se sont inclinés 1-2 contre l'Espagne.", "1-2"),
        ("Une victoire 4-0 qui relance le championnat.", "4-0"),
        ("Le XV de France l'a emporté 27-24 face aux All Blacks.", "27-24"),
        ("Lens a battu Lille 3 à 1 samedi soir.", "3 à 1"),
    ],
)
def test_sports_scores_are_not_claims(sentence, score):
    assert_not_a_claim(sentence, score, "label")


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Un homme âgé de 45 ans a été interpellé.", "45 ans"),
        ("La victime, âgée de 19 ans, est sortie de l'hôpital.", "19 ans"),
        ("Jean Dupont, 62 ans, a été entendu par les enquêteurs.", "62 ans"),
        ("Un garçon de 12 ans a été blessé.", "12 ans"),
        ("Il est mort à l'âge de 87 ans.", "87 ans"),
        ("Les jeunes âgés de 18 à 25 ans sont concernés.", "18 à 25 ans"),
        ("Le conducteur (34 ans) a pris la fuite.", "34 ans"),
        ("À 87 ans, il continue de jouer.", "87 ans"),
        ("Quand mon grand-père a éteint son feu, j'avais dix ans.", "dix ans"),
        ("Elle avait 45 ans quand elle a repris l'atelier.", "45 ans"),
    ],
)
def test_ages_are_not_claims(sentence, age):
    assert_not_a_claim(sentence, age, "label")


def test_fraction_words_before_a_noun_are_ordinals():
    assert_not_a_claim("Le président brigue un cinquième mandat.", "cinquième", "ordinal")
    assert claim("Un cinquième des terres est cultivé.", "Un cinquième").kind == "ratio"


@pytest.mark.parametrize(
    ("sentence", "span", "kind"),
    [
        ("Le sommet s'ouvrira à 8 heures.", "à 8 heures", "time"),
        ("Le magasin ouvre dès 6 heures.", "dès 6 heures", "time"),
        ("Le couvre-feu commence à 20 heures 30.", "à 20 heures 30", "time"),
        ("Les bars ferment avant 22 heures.", "avant 22 heures", "time"),
        ("Les négociations ont duré 8 heures.", "8 heures", "quantity"),
        ("Il a été libéré après 48 heures de garde à vue.", "48 heures", "quantity"),
        ("Il a été condamné à 20 ans de prison.", "20 ans", "quantity"),
        ("La grève pourrait durer jusqu'à 72 heures.", "jusqu'à 72 heures", "quantity"),
        ("Le TGV a mis 2 h 30 pour relier Paris à Lyon.", "2 h 30", "quantity"),
        ("Le texte a été adopté après 3h30 de débat.", "3h30", "quantity"),
        ("Le vote aura lieu à 14h30.", "14h30", "time"),
    ],
)
def test_hours_of_the_day_and_durations(sentence, span, kind):
    assert claim(sentence, span).kind == kind


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "unit", "qualifier"),
    [
        ("Plus d'un an après, l'enquête piétine.", "Plus d'un an", "quantity", 1, "year", "more_than"),
        ("Plus d'un million de personnes ont manifesté.", "Plus d'un million", "count", 1e6, None, "more_than"),
        ("Plus d'un demi-million de visiteurs sont venus.", "Plus d'un demi-million", "count", 5e5, None, "more_than"),
        (
            "Le projet a coûté plus d'un milliard d'euros et plus encore.",
            "plus d'un milliard d'euros",
            "money",
            1e9,
            "EUR",
            "more_than",
        ),
        (
            "Plus d'un Français sur deux soutient la réforme.",
            "Plus d'un Français sur deux",
            "ratio",
            0.5,
            None,
            "more_than",
        ),
        ("Le conflit dure depuis plus d'une décennie.", "plus d'une décennie", "quantity", 10, "year", "more_than"),
        ("Plus d'une centaine de blessés ont été recensés.", "Plus d'une centaine", "count", 100, None, "more_than"),
        (
            "Il a fallu plus d'une semaine pour rétablir le courant.",
            "plus d'une semaine",
            "quantity",
            1,
            "week",
            "more_than",
        ),
        ("Plus d'un tiers des communes sont touchées.", "Plus d'un tiers", "ratio", 0.3333, None, "more_than"),
        ("Plus d'un quart de million de personnes.", "Plus d'un quart de million", "count", 2.5e5, None, "more_than"),
    ],
)
def test_plus_d_un(sentence, span, kind, value, unit, qualifier):
    found = claim(sentence, span)
    assert (found.kind, found.unit, found.qualifier) == (kind, unit, qualifier)
    assert found.value == pytest.approx(value, abs=1e-4)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "counted"),
    [
        ("Un Français sur trois renonce à se soigner.", "Un Français sur trois", 0.3333, "Français"),
        ("Les trois quarts des 577 députés étaient présents.", "trois quarts", 0.75, "députés"),
        ("Près d'un salarié sur cinq est en télétravail.", "Près d'un salarié sur cinq", 0.2, "salarié"),
        ("Neuf sur dix se disent satisfaits.", "Neuf sur dix", 0.9, None),
        ("Sept électeurs sur dix ont voté.", "Sept électeurs sur dix", 0.7, "électeurs"),
        ("Les deux tiers des électeurs ont voté.", "deux tiers", 0.6667, "électeurs"),
        ("Un quart des salariés est concerné.", "Un quart", 0.25, "salariés"),
        ("Les trois quarts du territoire sont touchés.", "trois quarts", 0.75, "territoire"),
        ("La moitié des sondés approuve.", "La moitié", 0.5, "sondés"),
        ("Un cinquième des terres est cultivé.", "Un cinquième", 0.2, "terres"),
        ("3/4 des élèves ont réussi.", "3/4", 0.75, "élèves"),
        ("Les prix sont trois fois plus élevés qu'en 2019.", "trois fois", 3, None),
        ("La dette a été multipliée par 2,5 en dix ans.", "2,5", 2.5, None),
        ("Le risque est deux fois moins élevé.", "deux fois", 2, None),
        ("Une consommation vingt fois moindre pour la même portée.", "vingt fois", 20, None),
        ("Le rapport est de 3 pour 1 en faveur du oui.", "3 pour 1", 3, None),
        ("Les prix sont une fois et demie plus élevés.", "une fois et demie", 1.5, None),
        ("Le partage se fait à 50/50.", "50/50", 0.5, None),
        ("Le ratio est de 1:4 dans les écoles rurales.", "1:4", 0.25, None),
    ],
)
def test_ratios_in_every_form(sentence, span, value, counted):
    found = claim(sentence, span)
    assert found.kind == "ratio"
    assert found.value == pytest.approx(value, abs=1e-4)
    assert found.counted == counted


@pytest.mark.parametrize(
    ("sentence", "span", "counted"),
    [
        ("Trois soldats ont été tués.", "Trois", "soldats"),
        ("Des centaines de maisons détruites ont été recensées.", "Des centaines", "maisons"),
        ("500 missiles abattus en un mois.", "500", "missiles"),
        ("1 200 migrants secourus en mer.", "1 200", "migrants"),
        ("Des dizaines de personnes disparues sont recherchées.", "Des dizaines", "personnes"),
        ("300 logements construits chaque année.", "300", "logements"),
        ("Douze personnes prises en otage ont été libérées.", "Douze", "personnes"),
        ("Six hauts responsables ont démissionné.", "Six", "hauts responsables"),
        ("La Corée du Nord a livré un million d'obus d'artillerie.", "un million", "obus d'artillerie"),
        ("Deux enfants morts dans l'incendie.", "Deux", "enfants"),
        ("Un tiers estime que la situation s'améliore.", "Un tiers", None),
        ("Neuf sur dix jugent le prix trop élevé.", "Neuf sur dix", None),
        ("Neuf sur dix des sondés jugent le prix trop élevé.", "Neuf sur dix", "sondés"),
        ("Trois blessés graves ont été évacués.", "Trois", "blessés graves"),
    ],
)
def test_counted_noun_phrases(sentence, span, counted):
    assert claim(sentence, span).counted == counted


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit", "value"),
    [
        (
            "Le déficit atteint 154 milliards d'euros en 2023. La dette s'établit à 3 100 milliards, contre "
            "22,1 milliards de recettes fiscales supplémentaires.",
            "3 100 milliards",
            "money",
            "EUR",
            3.1e12,
        ),
        (
            "Le déficit atteint 154 milliards d'euros en 2023. La dette s'établit à 3 100 milliards, contre "
            "22,1 milliards de recettes fiscales supplémentaires.",
            "22,1 milliards",
            "money",
            "EUR",
            2.21e10,
        ),
        (
            "L'État a versé 2,5 milliards de dollars, puis 1,2 milliard en 2024.",
            "1,2 milliard",
            "money",
            "USD",
            1.2e9,
        ),
        (
            "La ville a reçu 2 milliards d'euros. Elle compte une population de 1,5 million.",
            "1,5 million",
            "count",
            None,
            1.5e6,
        ),
        (
            "Le plan coûte 3 milliards d'euros. Le pays compte 68 millions d'habitants.",
            "68 millions",
            "count",
            None,
            6.8e7,
        ),
    ],
)
def test_money_repeated_without_its_currency(text, span, kind, unit, value):
    found = claim(text, span)
    assert (found.kind, found.unit) == (kind, unit)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "span", "unit", "value"),
    [
        ("La récolte atteint 36 millions d'hectolitres.", "36 millions d'hectolitres", "L", 3.6e9),
        ("Les émissions ont atteint 37 gigatonnes de CO2.", "37 gigatonnes", "t", 3.7e10),
        ("La récolte de blé a atteint 7,2 millions de quintaux.", "7,2 millions de quintaux", "kg", 7.2e8),
    ],
)
def test_more_units(sentence, span, unit, value):
    found = claim(sentence, span)
    assert (found.kind, found.unit) == ("quantity", unit)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Il a fait 35 degrés à Paris.", "35 degrés", "°C"),
        ("Le thermomètre affiche 12 °C à Lille.", "12 °C", "°C"),
        ("Il fera -5° dans la nuit.", "-5°", "°C"),
        ("La voiture a fait un virage à 180 degrés.", "180 degrés", "°"),
        ("Les empreintes couvrent une dalle inclinée à 23 degrés par la poussée des montagnes.", "23 degrés", "°"),
        ("La ligne grimpe avec une pente maximale de 61 degrés.", "61 degrés", "°"),
    ],
)
def test_degrees(sentence, span, unit):
    found = claim(sentence, span)
    assert (found.kind, found.unit) == ("quantity", unit)


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "qualifier"),
    [
        ("Les prix ont augmenté de 5 % sur deux ans.", "deux ans", "quantity", "exact"),
        ("Le plan sera déployé sur cinq ans.", "cinq ans", "quantity", "exact"),
        ("Environ 300 personnes ont été évacuées.", "Environ 300", "count", "approx"),
        ("Moins de 2 % des électeurs ont voté blanc.", "Moins de 2 %", "percent", "less_than"),
        ("Au moins 12 morts ont été recensés.", "Au moins 12", "count", "at_least"),
        ("Les grottes n'accueillent plus que 900 visiteurs par jour.", "900", "count", "exact"),
        ("Le village ne compte plus que 212 habitants.", "212", "count", "exact"),
        ("Les grottes accueillent plus que 900 visiteurs par jour.", "plus que 900", "count", "more_than"),
    ],
)
def test_hedges_and_durations(sentence, span, kind, qualifier):
    found = claim(sentence, span)
    assert (found.kind, found.qualifier) == (kind, qualifier)
