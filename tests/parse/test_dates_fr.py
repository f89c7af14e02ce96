"""French dates: spans, resolved periods, granularity, qualifiers, ranges, labels and things that are not dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.document import make_document
from checker.parse.dates import find_dates

PUBLISHED = dt.date(2024, 5, 10)  # un vendredi ; sa semaine va du lundi 6 au dimanche 12 mai

# (phrase, [(span, date_start, date_end, granularity, qualifier)]) pour un article publié le PUBLISHED ;
# un span est son texte (à sa première occurrence) ou (texte, position de début).
DATES = [
    (
        "On peut le faire dans l'ancien presbytère, un bâtiment de pierre de 1887 qui abrite désormais la mairie.",
        [("1887", "1887-01-01", "1887-12-31", "year", "exact")],
    ),
    (
        "Cet hiver, 182 km de haies ont été plantés dans le comté.",
        [("Cet hiver", "2023-12-01", "2024-02-29", "season", "exact")],
    ),
    (
        "Cet hiver, le conseil plantera encore 200 km de haies.",
        [("Cet hiver", "2024-12-01", "2025-02-28", "season", "exact")],
    ),
    (
        "L'invasion à grande échelle a commencé le 24 février 2022.",
        [("24 février 2022", "2022-02-24", "2022-02-24", "day", "exact")],
    ),
    (
        "Le vendredi 3 mars 2023, le Parlement a adopté le texte.",
        [("vendredi 3 mars 2023", "2023-03-03", "2023-03-03", "day", "exact")],
    ),
    (
        "Le 1er mars, le gouvernement a présenté son plan.",
        [("1er mars", "2024-03-01", "2024-03-01", "day", "exact")],
    ),
    (
        "Les premiers pourparlers ont eu lieu le 28 février près de la frontière.",
        [("28 février", "2024-02-28", "2024-02-28", "day", "exact")],
    ),
    (
        "Les cas ont culminé le 24/02/2022, selon le ministère.",
        [("24/02/2022", "2022-02-24", "2022-02-24", "day", "exact")],
    ),
    (
        "Le décret publié le 15.03.2022 fixe un plafond de 4,5 %.",
        [("15.03.2022", "2022-03-15", "2022-03-15", "day", "exact")],
    ),
    (
        "L'arrêté du 2 déc. 2023 a été annulé.",
        [("2 déc. 2023", "2023-12-02", "2023-12-02", "day", "exact")],
    ),
    (
        "En novembre 2023, un rapport accablant a été publié.",
        [("novembre 2023", "2023-11-01", "2023-11-30", "month", "exact")],
    ),
    (
        "L'inflation a atteint 2,4 % en avril, contre 2,6 % en mars.",
        [
            ("avril", "2024-04-01", "2024-04-30", "month", "exact"),
            ("mars", "2024-03-01", "2024-03-31", "month", "exact"),
        ],
    ),
    (
        "La grève a commencé en novembre et a duré 40 jours.",
        [("novembre", "2023-11-01", "2023-11-30", "month", "exact")],
    ),
    (
        "Le chômage est tombé à 7,1 % en 2023, son plus bas niveau depuis 1982.",
        [
            ("2023", "2023-01-01", "2023-12-31", "year", "exact"),
            ("1982", "1982-01-01", "1982-12-31", "year", "at_least"),
        ],
    ),
    (
        "L'entreprise a triplé son chiffre d'affaires depuis 2019.",
        [("2019", "2019-01-01", "2019-12-31", "year", "at_least")],
    ),
    (
        "Le gouvernement veut réduire les émissions de 55 % d'ici 2030.",
        [("2030", "2030-01-01", "2030-12-31", "year", "at_most")],
    ),
    (
        "Les subventions resteront en place jusqu'en 2026.",
        [("2026", "2026-01-01", "2026-12-31", "year", "at_most")],
    ),
    (
        "Le village a été fondé vers 1850 par des mineurs.",
        [("vers 1850", "1850-01-01", "1850-12-31", "year", "approx")],
    ),
    (
        "Le PIB a progressé de 0,3 % au troisième trimestre 2023.",
        [("troisième trimestre 2023", "2023-07-01", "2023-09-30", "quarter", "exact")],
    ),
    (
        "La croissance a été de 0,1 % au 2e trimestre de l'année dernière.",
        [("2e trimestre de l'année dernière", "2023-04-01", "2023-06-30", "quarter", "exact")],
    ),
    (
        "Le chiffre d'affaires du T3 2023 a dépassé les attentes.",
        [("T3 2023", "2023-07-01", "2023-09-30", "quarter", "exact")],
    ),
    (
        "Le premier semestre 2023 a été marqué par une hausse de 4,9 %.",
        [("premier semestre 2023", "2023-01-01", "2023-06-30", "quarter", "exact")],
    ),
    (
        "Les exportations ont chuté fin février avant de rebondir.",
        [("fin février", "2024-02-21", "2024-02-29", "month", "exact")],
    ),
    (
        "L'offensive s'est enlisée à la mi-mars.",
        [("mi-mars", "2024-03-11", "2024-03-20", "month", "exact")],
    ),
    (
        "Les prix ont culminé début 2024, après une baisse fin 2023.",
        [
            ("début 2024", "2024-01-01", "2024-04-30", "year", "exact"),
            ("fin 2023", "2023-09-01", "2023-12-31", "year", "exact"),
        ],
    ),
    (
        "L'usine devrait rouvrir d'ici à la mi-2025.",
        [("mi-2025", "2025-05-01", "2025-08-31", "year", "at_most")],
    ),
    (
        "D'ici la fin de l'année, 300 soldats seront partis.",
        [("fin de l'année", "2024-09-01", "2024-12-31", "year", "at_most")],
    ),
    (
        "Les combats se sont intensifiés à la fin de l'année dernière.",
        [("fin de l'année dernière", "2023-09-01", "2023-12-31", "year", "exact")],
    ),
    (
        "Les premières livraisons sont arrivées au début du mois de mars.",
        [("début du mois de mars", "2024-03-01", "2024-03-10", "month", "exact")],
    ),
    (
        "Le tourisme a battu un record à l'été 2023.",
        [("été 2023", "2023-06-01", "2023-08-31", "season", "exact")],
    ),
    (
        "Les pourparlers ont échoué au printemps 2022 à Istanbul.",
        [("printemps 2022", "2022-03-01", "2022-05-31", "season", "exact")],
    ),
    (
        "Les réserves de gaz ont tenu pendant l'hiver 2022-2023.",
        [("hiver 2022-2023", "2022-12-01", "2023-02-28", "season", "exact")],
    ),
    (
        "La sécheresse a commencé l'été dernier.",
        [("l'été dernier", "2023-06-01", "2023-08-31", "season", "exact")],
    ),
    (
        "Les prix de l'énergie devraient baisser cet été.",
        [("cet été", "2024-06-01", "2024-08-31", "season", "exact")],
    ),
    (
        "L'usine a fermé dans les années 1990 après la crise.",
        [("années 1990", "1990-01-01", "1999-12-31", "decade", "exact")],
    ),
    (
        "Au début des années 2000, le pays comptait 60 millions d'habitants.",
        [("début des années 2000", "2000-01-01", "2003-12-31", "decade", "exact")],
    ),
    (
        "Il a grandi à Marseille dans les années 80.",
        [("années 80", "1980-01-01", "1989-12-31", "decade", "exact")],
    ),
    (
        "Le cessez-le-feu a été conclu vendredi après trois jours de discussions.",
        [("vendredi", "2024-05-10", "2024-05-10", "day", "exact")],
    ),
    (
        "Le ministre a démissionné mardi, au lendemain du vote.",
        [("mardi", "2024-05-07", "2024-05-07", "day", "exact")],
    ),
    (
        "La loi a été votée mardi dernier à une courte majorité.",
        [("mardi dernier", "2024-05-07", "2024-05-07", "day", "exact")],
    ),
    (
        "Les deux dirigeants se rencontreront vendredi prochain à Rome.",
        [("vendredi prochain", "2024-05-17", "2024-05-17", "day", "exact")],
    ),
    (
        "Le sommet s'ouvrira lundi à Bruxelles.",
        [("lundi", "2024-05-13", "2024-05-13", "day", "exact")],
    ),
    (
        "Selon la police, l'attaque a eu lieu samedi soir.",
        [("samedi soir", "2024-05-04", "2024-05-04", "day", "exact")],
    ),
    (
        "Les résultats ont été annoncés hier.",
        [("hier", "2024-05-09", "2024-05-09", "day", "exact")],
    ),
    (
        "Les prix ont reculé de 0,3 % le mois dernier.",
        [("le mois dernier", "2024-04-01", "2024-04-30", "month", "exact")],
    ),
    (
        "Plus tôt ce mois-ci, le régulateur a ouvert une enquête.",
        [("Plus tôt ce mois-ci", "2024-05-01", "2024-05-10", "month", "exact")],
    ),
    (
        "L'économie a progressé de 1,1 % l'an dernier et devrait croître de 0,8 % cette année.",
        [
            ("l'an dernier", "2023-01-01", "2023-12-31", "year", "exact"),
            ("cette année", "2024-01-01", "2024-12-31", "year", "exact"),
        ],
    ),
    (
        "Les ventes ont baissé de 3 % l'année dernière.",
        [("l'année dernière", "2023-01-01", "2023-12-31", "year", "exact")],
    ),
    (
        "L'indice a perdu 4 % cette semaine et 2 % la semaine dernière.",
        [
            ("cette semaine", "2024-05-06", "2024-05-12", "week", "exact"),
            ("la semaine dernière", "2024-04-29", "2024-05-05", "week", "exact"),
        ],
    ),
    (
        "Les nouvelles règles entreront en vigueur le mois prochain.",
        [("le mois prochain", "2024-06-01", "2024-06-30", "month", "exact")],
    ),
    (
        "La ville a été inondée il y a deux ans.",
        [("il y a deux ans", "2022-01-01", "2022-12-31", "year", "exact")],
    ),
    (
        "Il y a trois mois, la banque centrale a relevé ses taux.",
        [("Il y a trois mois", "2024-02-01", "2024-02-29", "month", "exact")],
    ),
    (
        "Les exportations ont augmenté chaque année de 2019 à 2022.",
        [("de 2019 à 2022", "2019-01-01", "2022-12-31", "year", "range")],
    ),
    (
        "Les attaques menées entre octobre et mars ont détruit la moitié du réseau.",
        [("entre octobre et mars", "2023-10-01", "2024-03-31", "month", "range")],
    ),
    (
        "La grève a duré du 1er au 3 mars et a coûté 40 millions d'euros.",
        [("du 1er au 3 mars", "2024-03-01", "2024-03-03", "day", "range")],
    ),
    (
        "Le sommet pour la paix est prévu les 15 et 16 juin en Suisse.",
        [("15 et 16 juin", "2024-06-15", "2024-06-16", "day", "range")],
    ),
    (
        "L'Ukraine a exporté 49 millions de tonnes en 2021-2022.",
        [("2021-2022", "2021-01-01", "2022-12-31", "year", "range")],
    ),
    (
        "La production a reculé de janvier à mars 2023, selon l'Insee.",
        [("de janvier à mars 2023", "2023-01-01", "2023-03-31", "month", "range")],
    ),
    (
        "Mars est la planète rouge, mais en mars les températures remontent.",
        [(("mars", 35), "2024-03-01", "2024-03-31", "month", "exact")],
    ),
    (
        "Le texte doit être examiné en juin par le Sénat.",
        [("juin", "2024-06-01", "2024-06-30", "month", "exact")],
    ),
    (
        "Les prix ont augmenté de 15 % depuis l'an dernier.",
        [("l'an dernier", "2023-01-01", "2023-12-31", "year", "at_least")],
    ),
    (
        "Les taux resteront élevés jusqu'à la fin de l'été.",
        [("fin de l'été", "2024-08-01", "2024-08-31", "season", "at_most")],
    ),
    (
        "Les négociations reprendront après Pâques, le lundi de Pentecôte étant férié.",
        [
            ("Pâques", "2025-04-20", "2025-04-20", "day", "more_than"),
            ("lundi de Pentecôte", "2024-05-20", "2024-05-20", "day", "exact"),
        ],
    ),
    (
        "Le 14-Juillet, le défilé a réuni 25 000 spectateurs.",
        [("14-Juillet", "2023-07-14", "2023-07-14", "day", "exact")],
    ),
    (
        "Ce mardi 7 mai, les syndicats ont manifesté ; un accord est attendu en fin de semaine.",
        [
            ("Ce mardi 7 mai", "2024-05-07", "2024-05-07", "day", "exact"),
            ("fin de semaine", "2024-05-10", "2024-05-12", "week", "exact"),
        ],
    ),
    (
        "Le groupe a dégagé un bénéfice record sur l'exercice 2023.",
        [("2023", "2023-01-01", "2023-12-31", "year", "exact")],
    ),
    (
        "Le 31 décembre dernier, le gouvernement a publié le décret.",
        [("31 décembre dernier", "2023-12-31", "2023-12-31", "day", "exact")],
    ),
    (
        "Le procès doit s'ouvrir le lundi 25 mars, soit six semaines après l'audience.",
        [("lundi 25 mars", "2024-03-25", "2024-03-25", "day", "exact")],
    ),
    (
        "La décision a été prise fin 2023, après un été 2023 très chaud.",
        [
            ("fin 2023", "2023-09-01", "2023-12-31", "year", "exact"),
            ("été 2023", "2023-06-01", "2023-08-31", "season", "exact"),
        ],
    ),
    (
        "Le projet a été lancé avant 2020.",
        [("2020", "2020-01-01", "2020-12-31", "year", "less_than")],
    ),
]


def _dates(sentence: str, published: dt.date | None = PUBLISHED):
    return [claim for claim in find_dates(make_document(sentence, "fr", published)) if claim.kind == "date"]


def _located(sentence: str, span: str | tuple[str, int]) -> tuple[str, int, int]:
    text, start = span if isinstance(span, tuple) else (span, sentence.index(span))
    assert sentence[start : start + len(text)] == text
    return text, start, start + len(text)


@pytest.mark.parametrize(("sentence", "expected"), DATES, ids=[sentence[:50] for sentence, _ in DATES])
def test_dates_are_found_with_their_span_and_period(sentence, expected):
    found = [
        (claim.text, claim.start, claim.end, claim.date_start, claim.date_end, claim.granularity, claim.qualifier)
        for claim in _dates(sentence)
    ]
    wanted = [
        (*_located(sentence, span), start, end, granularity, qualifier)
        for span, start, end, granularity, qualifier in expected
    ]
    assert found == wanted


NOT_DATES = [
    "Le vol AF 1990 a atterri à Roissy avec 2000 passagers.",
    "Dans 2000 cas sur 10 000, le médicament a fonctionné.",
    "Le plan coûterait entre 1990 et 2010 euros par foyer.",
    "Il a mis fin à 2000 emplois et lancé 2020 projets au 2022 avenue de la République.",
    "Les prix ont augmenté de 15 % en un an du fait de la guerre.",
    "L'armée a déployé 2022 soldats et 1990 blindés à la frontière.",
    "La facture s'élève à 2000 euros, contre 1950 euros auparavant.",
    "La réunion a lieu tous les vendredis, et le vendredi la séance est publique.",
    "Le Journal du dimanche a publié un sondage sur les vendredis de grève.",
    "Mars est la planète rouge et Avril a chanté à l'Olympia.",
    "En été, les températures montent ; en hiver, elles baissent.",
    "L'appartement est un T3 de 70 m² au 2e étage.",
    "Le Boeing 737 et l'article 5 ont été évoqués à 10 h 30.",
    "Entre 2000 et 3000 combattants ont été tués, selon l'ONU.",
    "Un accord a été trouvé sur 1 500 postes et 2 000 emplois.",
]


@pytest.mark.parametrize("sentence", NOT_DATES, ids=[sentence[:50] for sentence in NOT_DATES])
def test_words_and_numbers_that_only_look_like_dates_are_left_alone(sentence):
    assert _dates(sentence) == []


LABELS = [
    ("La présidentielle de 2022 a été marquée par l'abstention.", "2022"),
    ("Les élections européennes de 2024 ont mobilisé les jeunes.", "2024"),
    ("L'Espagne a remporté l'Euro 2024 à Berlin.", "Euro 2024"),
    ("Les attentats de 2015 ont fait 130 morts à Paris.", "2015"),
    ("La crise de 2008 a coûté des milliers de milliards.", "2008"),
    ("Le budget 2024 prévoit la création de 2 000 postes.", "2024"),
    ("Le groupe a publié son rapport annuel 2023 en ligne.", "2023"),
]


@pytest.mark.parametrize(("sentence", "span"), LABELS, ids=[sentence[:40] for sentence, _ in LABELS])
def test_years_used_as_names_are_labels_not_dates(sentence, span):
    claims = find_dates(make_document(sentence, "fr", PUBLISHED))
    assert [(claim.kind, claim.text, claim.start) for claim in claims] == [("label", span, sentence.index(span))]
    assert claims[0].date_start is None and not claims[0].is_claim


def test_claim_fields_follow_the_contract():
    text = "Les marchés étaient calmes lundi. Vers 2010, l'indice a doublé.\n\nEn mars 2022, il a chuté de 20 %."
    claims = find_dates(make_document(text, "fr", PUBLISHED))
    assert [(claim.text, claim.sentence) for claim in claims] == [("lundi", 0), ("Vers 2010", 1), ("mars 2022", 2)]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.kind == "date" and claim.value is None and claim.unit is None and claim.id == ""
    assert (claims[1].hedge, claims[1].qualifier) == ("Vers", "approx")


TENSES = [
    # publié le mercredi 8 mai 2024 : le vendredi d'avant est le 3 mai, celui d'après le 10 mai
    ("Le ministre a démissionné vendredi.", "2024-05-03"),
    ("Le sommet se tiendra vendredi à Bruxelles.", "2024-05-10"),
    ("Il a annoncé hier que le vote aura lieu vendredi.", "2024-05-10"),
    ("Les députés voteront mardi, a annoncé vendredi le président.", "2024-05-03"),
    ("Le texte doit être examiné vendredi par le Sénat.", "2024-05-10"),
]


@pytest.mark.parametrize(("sentence", "friday"), TENSES, ids=[sentence[:50] for sentence, _ in TENSES])
def test_the_nearest_tense_marker_before_a_weekday_decides_its_direction(sentence, friday):
    claims = [claim for claim in _dates(sentence, dt.date(2024, 5, 8)) if claim.text == "vendredi"]
    assert [claim.date_start for claim in claims] == [friday]


def test_yearless_dates_resolve_to_the_latest_before_publication_unless_the_sentence_is_in_the_future():
    past = _dates("Le texte a été adopté le 15 juin.", dt.date(2024, 3, 1))
    future = _dates("Le texte sera examiné le 15 juin.", dt.date(2024, 3, 1))
    assert [claim.date_start for claim in past] == ["2023-06-15"]
    assert [claim.date_start for claim in future] == ["2024-06-15"]


def test_a_promise_looks_forward_from_the_words_after_it():
    promised = _dates("Le président a promis de récompenser les bénévoles à l'automne.", dt.date(2046, 5, 25))
    assert [claim.date_start for claim in promised] == ["2046-09-01"]


def test_a_month_named_with_no_tense_to_tell_is_the_nearer_occurrence():
    coming = _dates("Elle craint des suppressions si la suspension dure au-delà de juin.", dt.date(2026, 4, 27))
    gone = _dates("Le festival de décembre reste dans les mémoires.", dt.date(2026, 2, 5))
    assert [claim.date_start for claim in coming] == ["2026-06-01"]
    assert [claim.date_start for claim in gone] == ["2025-12-01"]



def test_a_participle_before_the_date_says_the_dated_event_happened():
    signed = _dates("Signé le 4 mai à Bruxelles, l'accord doit encore être ratifié par les Parlements.",
                    dt.date(2024, 5, 20))
    opened = _dates("L'amélioration doit beaucoup au centre d'examen de Valsaint, ouvert le 7 octobre dans le sud.",
                    dt.date(2026, 10, 20))
    assert [claim.date_start for claim in signed] == ["2024-05-04"]
    assert [claim.date_start for claim in opened] == ["2026-10-07"]


def test_a_participle_opening_the_sentence_dates_its_phrase_in_the_past():
    admitted = _dates("Admis à la Guilde des maîtres ramoneurs d'Irlande en mars, Declan Foley, 46 ans, a investi dans "
                      "une caméra.", dt.date(2046, 10, 6))
    opened = _dates("Inauguré en mars, le pont a coûté deux millions.", dt.date(2046, 10, 6))
    planned = _dates("Prévu en mars, le festival attirera du monde.", dt.date(2046, 10, 6))
    assert [claim.date_start for claim in admitted] == ["2046-03-01"]
    assert [claim.date_start for claim in opened] == ["2046-03-01"]
    assert [claim.date_start for claim in planned] == ["2047-03-01"]


def test_a_participle_opening_an_aside_dates_its_event_with_no_preposition():
    closed = _dates("Sept mois après son rachat par Orsenne Médias, bouclé fin janvier pour 27 milliards d'euros, "
                    "l'éditeur joue gros.", dt.date(2034, 10, 12))
    assert [claim.date_start for claim in closed] == ["2034-01-21"]


def test_a_participle_of_plans_or_of_a_passive_keeps_the_future():
    planned = _dates("Un festival culinaire est programmé le 30 septembre.", dt.date(2030, 9, 5))
    expected = _dates("Les premiers avions ne sont pas attendus avant l'été.", dt.date(2024, 3, 1))
    passive = _dates("La gare sera fermée les 28 et 29 octobre.", dt.date(2023, 9, 1))
    adjective = _dates("Le journal cessera de paraître en version imprimée fin octobre.", dt.date(2027, 8, 27))
    assert [claim.date_start for claim in planned] == ["2030-09-30"]
    assert [claim.date_start for claim in expected] == ["2024-06-01"]
    assert [claim.date_start for claim in passive] == ["2023-10-28"]
    assert [claim.date_start for claim in adjective] == ["2027-10-21"]

_TOKENS = [
    "en",
    "le",
    "la",
    "l'",
    "de",
    "du",
    "au",
    "à",
    "2022",
    "1999",
    "-",
    "–",
    "/",
    ".",
    ",",
    "24",
    "1er",
    "février",
    "févr.",
    "mars",
    "dernier",
    "prochain",
    "semaine",
    "mois",
    "année",
    "an",
    "il",
    "y",
    "a",
    "deux",
    "fin",
    "début",
    "mi-",
    "entre",
    "et",
    "T3",
    "trimestre",
    "semestre",
    "été",
    "années",
    "90",
    "vendredi",
    "soir",
    "hier",
    "vers",
    "depuis",
    "d'ici",
    "24/02/2022",
    "2022-02-24",
    "Pâques",
]


@given(
    st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=6)), max_size=40),
    st.one_of(st.none(), st.dates()),
)
def test_any_text_gives_spans_that_index_it_and_ordered_periods(tokens, published):
    text = " ".join(tokens)
    for claim in find_dates(make_document(text, "fr", published)):
        assert text[claim.start : claim.end] == claim.text
        assert claim.kind == "label" or claim.date_start <= claim.date_end


SEPTEMBER = dt.date(2046, 9, 20)


def test_a_month_after_since_is_past():
    since = _dates(
        "Depuis le lancement du programme d'adressage, en février, la mairie a baptisé 146 rues.",
        SEPTEMBER)
    ahead = _dates(
        "Le lancement du programme d'adressage, en février, donnera un numéro à chaque maison.",
        SEPTEMBER)
    assert [claim.date_start for claim in since] == ["2046-02-01"]
    assert [claim.date_start for claim in ahead] == ["2047-02-01"]
