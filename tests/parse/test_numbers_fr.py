"""French numbers: digit conventions, hedges, units, money, percents, changes, counted nouns, spelled forms."""

import datetime as dt

import pytest

import checker
from checker.document import make_document
from checker.parse.numbers import find_numbers


def claims(text: str):
    return find_numbers(make_document(text, "fr", dt.date(2024, 3, 15)))


def claim(text: str, span: str):
    found = [c for c in claims(text) if c.text == span]
    assert found, f"no claim {span!r} in {[c.text for c in claims(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "unit"),
    [
        ("Le taux est passé à 1,5 % en mai.", "1,5 %", "percent", 1.5, "%"),
        ("L'inflation atteint 4,9 % sur un an.", "4,9 %", "percent", 4.9, "%"),
        ("Le convoi a parcouru 2 500 km.", "2 500 km", "quantity", 2500, "km"),
        ("Le fumier arrive par une canalisation enterrée de 11 milles.", "11 milles", "quantity", 11, "mi"),
        ("Le cargo a sombré à 12 milles des côtes bretonnes.", "12 milles", "quantity", 12, "nmi"),
        ("Le chalutier pêchait à 8 milles au large du cap.", "8 milles", "quantity", 8, "nmi"),
        ("Le convoi a parcouru 2\u00a0500 km.", "2\u00a0500 km", "quantity", 2500, "km"),
        ("Le convoi a parcouru 2\u202f500 km.", "2\u202f500 km", "quantity", 2500, "km"),
        ("La ville compte 1.000.000 d'habitants.", "1.000.000", "count", 1e6, None),
        ("Le stock est de 1,500 tonne.", "1,500 tonne", "quantity", 1.5, "t"),
        ("L'aide atteint 1,2 milliard de dollars.", "1,2 milliard de dollars", "money", 1.2e9, "USD"),
        ("Paris débloque 300 millions d'euros.", "300 millions d'euros", "money", 3e8, "EUR"),
        ("Le budget atteint 413 Md€ sur sept ans.", "413 Md€", "money", 4.13e11, "EUR"),
        ("Le projet coûte 5 M€ par an.", "5 M€", "money", 5e6, "EUR"),
        ("Le billet coûte 12,50 euros.", "12,50 euros", "money", 12.5, "EUR"),
        ("Une place en maison de retraite revient à 780 livres par semaine.", "780 livres", "money", 780, "GBP"),
        ("La mesure doit économiser environ 52 livres par foyer.", "environ 52 livres", "money", 52, "GBP"),
        ("La banque a prêté 2 milliards de francs suisses.", "2 milliards de francs suisses", "money", 2e9, "CHF"),
        ("La traversée dure un quart d'heure.", "un quart d'heure", "quantity", 0.25, "h"),
        ("Le bac met trois quarts d’heure.", "trois quarts d’heure", "quantity", 0.75, "h"),
        ("Le butin est estimé à 2,9 millions de dollars canadiens, soit environ 1 200 dollars le baril.",
         "environ 1 200 dollars", "money", 1200, "CAD"),
        ("Le vainqueur a bouclé le parcours en 8 minutes et 20 secondes.", "8 minutes et 20 secondes", "quantity",
         25 / 3, "min"),
        ("Le chantier a duré 2 ans et 3 mois.", "2 ans et 3 mois", "quantity", 2.25, "year"),
        ("Le sauna a coûté 2,4 millions de francs.", "2,4 millions de francs", "money", 2.4e6, "CHF"),
        ("Ils touchent 45 000 francs CFA par mois, soit 1 500 francs par jour.", "1 500 francs", "money", 1500,
         "XOF"),
        ("Le bac coûte 20 francs suisses, le train 12 francs.", "12 francs", "money", 12, "CHF"),
        ("La charpente demande 95 pieds cubes de douglas.", "95 pieds cubes", "quantity", 95, "ft³"),
        ("La chambre froide fait 180 pieds carrés d'étagères.", "180 pieds carrés", "quantity", 180, "ft²"),
        ("L'entrée coûte 18 francs.", "18 francs", "money", 18, "CHF"),
        ("Le kilo de riz coûte 500 francs CFA.", "500 francs CFA", "money", 500, "XOF"),
        ("Des grêlons de 6 pouces ont crevé les toitures.", "6 pouces", "quantity", 6, "in"),
        ("Lourde de 6,4 kg (près de 14 livres), elle ornait la table.", "près de 14 livres", "quantity", 14, "lb"),
        ("Le pays a reçu 1 billion de dollars.", "1 billion de dollars", "money", 1e12, "USD"),
        ("Le chômage a baissé de 0,3 point de pourcentage.", "0,3 point de pourcentage", "percent", 0.3, "pp"),
        ("Le taux d'alcoolémie maximal est de 0,5 ‰.", "0,5 ‰", "percent", 0.5, "‰"),
        ("Il a fait 40 °C à Nîmes.", "40 °C", "quantity", 40, "°C"),
        ("Les rafales ont atteint 150 km/h.", "150 km/h", "quantity", 150, "km/h"),
        (
            "La Russie produit 9,5 millions de barils par jour.",
            "9,5 millions de barils par jour",
            "quantity",
            9.5e6,
            "bpd",
        ),
        ("La centrale produit 1 300 MW.", "1 300 MW", "quantity", 1300, "MW"),
        ("Le pays a exporté 3 millions de tonnes de blé.", "3 millions de tonnes", "quantity", 3e6, "t"),
        ("La tour couvre 1,2 million de km² de pâturages.", "1,2 million de km²", "quantity", 1.2e6, "km²"),
        ("Le parc a produit 3 millions de kWh l'an dernier.", "3 millions de kWh", "quantity", 3e6, "kWh"),
        ("L'incendie a détruit 5 000 hectares.", "5 000 hectares", "quantity", 5000, "ha"),
        ("Il a été condamné à 12 ans de prison.", "12 ans", "quantity", 12, "year"),
        ("Il a été condamné à deux ans et demi de prison.", "deux ans et demi", "quantity", 2.5, "year"),
        ("Il faisait -5 °C à l'aube.", "-5 °C", "quantity", -5, "°C"),
    ],
)
def test_figure_kind_value_and_unit(sentence, span, kind, value, unit):
    found = claim(sentence, span)
    assert (found.kind, found.unit) == (kind, unit)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "span", "qualifier", "hedge", "low", "high"),
    [
        ("Environ 300 personnes ont manifesté.", "Environ 300", "approx", "Environ", 270, 330),
        ("Quelque 1 500 policiers étaient mobilisés.", "Quelque 1 500", "approx", "Quelque", 1350, 1650),
        ("Près de 2 500 soldats ont été déployés.", "Près de 2 500", "approx", "Près de", 2250, 2750),
        ("Plus de 2 500 km de routes ont été détruits.", "Plus de 2 500 km", "more_than", "Plus de", 2500, None),
        ("Plus d'un million de personnes ont fui.", "Plus d'un million", "more_than", "Plus d'", 1e6, None),
        ("Au moins 12 personnes sont mortes.", "Au moins 12", "at_least", "Au moins", 12, None),
        ("Moins de 200 habitants sont restés.", "Moins de 200", "less_than", "Moins de", 0, 200),
        ("Jusqu'à 40 000 personnes sont attendues.", "Jusqu'à 40 000", "at_most", "Jusqu'à", 0, 40000),
        ("Pas moins de 30 pays ont signé.", "Pas moins de 30", "at_least", "Pas moins de", 30, None),
        ("Au plus 5 % des votants.", "Au plus 5 %", "at_most", "Au plus", None, 5),
        ("Une cinquantaine de blessés ont été soignés.", "Une cinquantaine", "approx", None, 40, 60),
        ("Plus d'une centaine de drones ont été abattus.", "Plus d'une centaine", "more_than", "Plus d'", 100, None),
        ("La course n'a pas recruté plus de 2 400 bénévoles.", "plus de 2 400", "at_most", "plus de", 0, 2400),
        ("Le club n'a jamais compté moins de 50 membres.", "moins de 50", "at_least", "moins de", 50, None),
        ("Les cours restent au-dessus de 8 000 dollars la tonne.", "au-dessus de 8 000 dollars", "more_than",
         "au-dessus de", 8000, None),
        ("Le lac est descendu en dessous de 40 % de remplissage.", "en dessous de 40 %", "less_than", "en dessous de",
         None, 40),
    ],
)
def test_hedges_give_qualifier_and_interval(sentence, span, qualifier, hedge, low, high):
    found = claim(sentence, span)
    assert (found.qualifier, found.hedge) == (qualifier, hedge)
    assert found.low == (None if low is None else pytest.approx(low))
    assert found.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("L'aide atteint 1,2 million d'euros.", "1,2 million d'euros", 1.15e6, 1.25e6),
        ("Deux milliards de personnes manquent d'eau.", "Deux milliards", 1.5e9, 2.5e9),
        ("Six responsables ont démissionné.", "Six", 6, 6),
        ("L'armée compte 1 500 soldats.", "1 500", 1500, 1500),
    ],
)
def test_rounding_as_written(sentence, span, low, high):
    found = claim(sentence, span)
    assert (found.low, found.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("sentence", "span", "change"),
    [
        ("Le chômage est en hausse de 3 points.", "3 points", "increase"),
        ("Les ventes sont en baisse de 4,5 % sur un an.", "4,5 %", "decrease"),
        ("Le prix a augmenté de 15 % en un an.", "15 %", "increase"),
        ("La production a chuté de 3,2 % en mars.", "3,2 %", "decrease"),
        ("Le parti gagne 2 points dans les sondages.", "2 points", "increase"),
        ("Le taux passe de 61 % à 93 %, soit une hausse de 32 points.", "32 points", "increase"),
        ("Les exportations ont reculé de plus de 10 %.", "plus de 10 %", "decrease"),
        ("Le taux directeur est de 4,5 %.", "4,5 %", None),
        ("Soit près de 30 % de participants en plus.", "près de 30 %", "increase"),
        ("Il a roulé à 74,6 km/h, soit 5 % de mieux que le record.", "5 %", "increase"),
        ("La rentrée compte 12 % d'élèves en moins.", "12 %", "decrease"),
        ("Il détient 30 % des parts en plus de son siège.", "30 %", None),
        ("Le groupe emploie 30 % de femmes en plus d'un réseau de pigistes.", "30 %", None),
        ("L'université a décroché 118 projets financés par l'agence.", "118", None),
        ("Le titre a décroché de 3 % mardi.", "3 %", "decrease"),
        ("En six mois, la hausse atteint 7 %.", "7 %", "increase"),
        ("La baisse s'élève à 2,5 % en mars.", "2,5 %", "decrease"),
        ("L'inflation atteint 4,9 % en mai.", "4,9 %", None),
    ],
)
def test_change_words(sentence, span, change):
    assert claim(sentence, span).change == change


@pytest.mark.parametrize(
    ("sentence", "span", "counted"),
    [
        ("La Russie a tiré plus de 10 000 obus d'artillerie.", "plus de 10 000", "obus d'artillerie"),
        ("Selon six hauts responsables, l'offensive a échoué.", "six", "hauts responsables"),
        ("Parmi eux, neuf jeunes ont été formés cet hiver.", "neuf", "jeunes"),
        ("Trois jeunes se sont installés cette année.", "Trois", "jeunes"),
        ("Les neuf nouvelles recrues s'entraîneront dix semaines.", "neuf", "nouvelles recrues"),
        ("Les six grandes grues ont été montées.", "six", "grandes grues"),
        ("Des dizaines de milliers de personnes ont fui.", "Des dizaines de milliers", "personnes"),
        ("Une dizaine de morts ont été recensés.", "Une dizaine", "morts"),
        ("La moitié des électeurs se sont abstenus.", "La moitié", "électeurs"),
        ("La moitié du budget est déjà engagée.", "La moitié", "budget"),
        ("Quelque 10 000 soldats russes sont engagés.", "Quelque 10 000", "soldats russes"),
        ("Au moins 300 personnes ont été tuées.", "Au moins 300", "personnes"),
        ("Le pays a exporté 3 millions de tonnes de blé.", "3 millions de tonnes", "blé"),
        ("L'inflation atteint 4,9 % sur un an.", "4,9 %", None),
        ("Selon l'ONU, 21 des 50 missiles ont été interceptés.", "21", "missiles"),
        ("Sur 12 000 appels, 2 870 d'entre eux n'ont pas abouti.", "2 870", None),
        ("Quarante-quatre des stands vendent à manger.", "Quarante-quatre", "stands"),
        ("Trois des cinq usines vont fermer.", "Trois", "usines"),
        ("Les jeunes paient cher. Neuf d’entre eux conduisaient depuis peu.", "Neuf", None),
    ],
)
def test_counted_noun_phrase(sentence, span, counted):
    assert claim(sentence, span).counted == counted


def test_a_date_after_a_figure_is_not_what_it_counts():
    found = checker.extract("18 420 coureurs ont fini, contre 16 950 l'an dernier.", language="fr",
                            published_at="2033-06-01")
    assert [(c.text, c.counted) for c in found if c.kind == "count"] == [("18 420", "coureurs"), ("16 950", None)]


def test_a_singular_noun_after_du_says_whose_amount_it_is_not_what_it_counts():
    found = checker.extract("Le projet, estimé à 4,8 millions de dollars, est financé par un prêt de 3,1 millions du "
                            "ministère de l'Agriculture.", language="fr", published_at="2046-05-01")
    assert [(c.text, c.kind, c.unit, c.counted) for c in found] == [
        ("estimé à 4,8 millions de dollars", "money", "USD", None), ("3,1 millions", "money", "USD", None)]


def test_span_holds_hedge_scale_and_currency_but_not_counted_noun():
    text = "Plus de 2 500 km de routes et 300 millions d'euros de dégâts."
    assert [c.text for c in claims(text)] == ["Plus de 2 500 km", "300 millions d'euros"]


def test_articles_are_not_claims():
    assert claims("Un missile a frappé un immeuble et une école.") == []


def test_neuf_is_a_number_only_before_a_noun():
    found = claims("Un immeuble neuf a été touché et neuf personnes sont mortes.")
    assert [(c.text, c.value, c.counted) for c in found] == [("neuf", 9.0, "personnes")]


def test_neuf_before_the_group_it_is_part_of_is_a_number():
    found = claims("Neuf des morts circulaient à moto. Un bâtiment neuf des architectes de la ville a brûlé.")
    assert [(c.text, c.value, c.counted) for c in found if c.kind == "count"] == [("Neuf", 9.0, "morts")]


def test_neuf_after_a_pronoun_standing_for_what_it_counts_is_a_number():
    found = claims("Le coroner en a recensé neuf en 2038. Il n'en reste que neuf. On en voit un neuf en vitrine. "
                   "Le lycée a été construit en neuf.")
    assert [(c.start, c.value) for c in found if c.text == "neuf"] == [(24, 9.0), (56, 9.0)]


def test_no_claim_in_a_sentence_without_figures():
    assert claims("Le ministre a promis des mesures rapides, sans plus de détails.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "qualifier"),
    [
        ("Vingt et un soldats ont été tués.", "Vingt et un", "count", 21, "exact"),
        ("Quatre-vingt-dix-sept personnes ont été évacuées.", "Quatre-vingt-dix-sept", "count", 97, "exact"),
        ("Soixante-et-onze blessés ont été recensés.", "Soixante-et-onze", "count", 71, "exact"),
        ("Deux cent cinquante mille réfugiés ont fui.", "Deux cent cinquante mille", "count", 250000, "exact"),
        ("Un million de personnes ont manifesté.", "Un million", "count", 1e6, "exact"),
        ("L'État a versé deux milliards d'euros.", "deux milliards d'euros", "money", 2e9, "exact"),
        ("Un million et demi de personnes sont concernées.", "Un million et demi", "count", 1.5e6, "exact"),
        ("Une dizaine de morts ont été recensés.", "Une dizaine", "count", 10, "approx"),
        ("Une cinquantaine de pays ont signé.", "Une cinquantaine", "count", 50, "approx"),
        ("Une centaine de soldats sont arrivés.", "Une centaine", "count", 100, "approx"),
        ("Un millier de soldats sont arrivés.", "Un millier", "count", 1000, "approx"),
        ("Une demi-douzaine de blessés.", "Une demi-douzaine", "count", 6, "approx"),
        (
            "Une centaine de millions d'euros ont été perdus.",
            "Une centaine de millions d'euros",
            "money",
            1e8,
            "approx",
        ),
        ("Des dizaines de personnes ont été arrêtées.", "Des dizaines", "count", 20, "at_least"),
        ("Des centaines de drones ont été lancés.", "Des centaines", "count", 200, "at_least"),
        ("Des milliers de manifestants défilent.", "Des milliers", "count", 2000, "at_least"),
        ("Des dizaines de milliers de personnes ont fui.", "Des dizaines de milliers", "count", 20000, "at_least"),
        ("Plusieurs centaines de soldats sont engagés.", "Plusieurs centaines", "count", 200, "at_least"),
        ("Des milliards d'euros sont en jeu.", "Des milliards d'euros", "money", 2e9, "at_least"),
        ("La moitié des électeurs se sont abstenus.", "La moitié", "ratio", 0.5, "exact"),
        ("Un tiers des habitants a fui.", "Un tiers", "ratio", 0.3333, "exact"),
        ("Les deux tiers des jeunes sont contre.", "deux tiers", "ratio", 0.6667, "exact"),
        ("Les trois quarts du budget vont aux salaires.", "trois quarts", "ratio", 0.75, "exact"),
        ("Un cinquième des terres est boisé.", "Un cinquième", "ratio", 0.2, "exact"),
        ("Plus de la moitié des votants ont dit non.", "Plus de la moitié", "ratio", 0.5, "more_than"),
        ("Près d'un tiers des jeunes sont au chômage.", "Près d'un tiers", "ratio", 0.3333, "approx"),
        ("Un sur cinq a voté pour lui.", "Un sur cinq", "ratio", 0.2, "exact"),
        ("Un Français sur trois approuve la réforme.", "Un Français sur trois", "ratio", 0.3333, "exact"),
        ("Deux salariés sur trois sont des femmes.", "Deux salariés sur trois", "ratio", 0.6667, "exact"),
    ],
)
def test_spelled_approximate_indefinite_and_fractions(sentence, span, kind, value, qualifier):
    found = claim(sentence, span)
    assert (found.kind, found.qualifier) == (kind, qualifier)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "unit"),
    [
        ("Entre 20 et 30 civils ont été tués.", "Entre 20 et 30", 20, 30, None),
        ("De 20 à 30 % des foyers sont touchés.", "De 20 à 30 %", 20, 30, "%"),
        ("On compte 10 à 15 morts.", "10 à 15", 10, 15, None),
        ("Entre 1,5 et 2 milliards d'euros seront versés.", "Entre 1,5 et 2 milliards d'euros", 1.5e9, 2e9, "EUR"),
        ("La hausse atteindra 20-30 % selon les experts.", "20-30 %", 20, 30, "%"),
        ("Environ 20 000 à 30 000 supporters sont attendus.", "Environ 20 000 à 30 000", 20000, 30000, None),
    ],
)
def test_ranges_are_one_claim_with_bounds(sentence, span, low, high, unit):
    found = claim(sentence, span)
    assert (found.qualifier, found.low, found.high, found.unit) == ("range", low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Le chômage est passé de 8 % à 7 % en un an.", ["8 %", "7 %"]),
        ("L'entreprise a relevé son offre salariale de 3,2 % à 4,6 % vendredi.", ["3,2 %", "4,6 %"]),
        ("Il a accordé un entretien sur deux sujets.", ["deux"]),
        ("Selon l'ONU, 21 des 50 missiles ont été interceptés.", ["21", "50"]),
    ],
)
def test_pairs_that_are_not_ranges_or_ratios(sentence, spans):
    assert [c.text for c in claims(sentence)] == spans


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "counted"),
    [
        ("Le CAC 40 a gagné 0,8 %.", "CAC 40", "identifier", None),
        ("La Terre comptera 1,7 milliard d'habitants d'ici à 2050.", "1,7 milliard", "count", "habitants"),
        ("Le baril a perdu 2 dollars, à 78,50 dollars.", "78,50 dollars", "money", None),
        ("L'indice a clôturé à 7 658,71 points.", "7 658,71", "count", "points"),
        ("Un disque de 2 To coûte 80 euros.", "2 To", "quantity", None),
    ],
)
def test_market_and_edge_cases(sentence, span, kind, counted):
    found = claim(sentence, span)
    assert (found.kind, found.counted) == (kind, counted)


def test_moins_is_a_sign_without_de_and_a_hedge_with_it():
    found = claims("Il fait moins 10 °C, et moins de 5 % des gens sortent.")
    assert [(c.text, c.value, c.qualifier) for c in found] == [
        ("moins 10 °C", -10.0, "exact"),
        ("moins de 5 %", 5.0, "less_than"),
    ]


@pytest.mark.parametrize("text", [
    "« Nous étions trente-huit volontaires.\u00a0» Quarante-deux habitants ont aidé.",
    "« Nous étions trente-huit volontaires. » Quarante-deux habitants ont aidé.",
    "Les quatorze entreprises ont tenu bon. «\u00a0Les douze sociétés ont tenu les délais\u00a0», dit-elle.",
])
def test_a_quotation_ends_or_opens_a_sentence(text):
    report = checker.check(text, language="fr", published_at="2033-05-02")
    first, second = (claim for claim in report.claims if claim.kind == "count")
    assert (first.sentence, second.sentence) == (0, 1)


def test_books_per_pupil_stay_books():
    found = claims("L'école a distribué 3 livres par élève.")
    assert [(c.text, c.kind, c.counted) for c in found] == [("3", "count", "livres")]
