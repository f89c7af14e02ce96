"""Matching: which figure a reference is compared with (parts of a whole, possessive words of a description)."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

CHECKED = {"value_mismatch", "hedge_conflict", "scale"}

REFERENCES = (
    reference("aeris-pilots", "Aeris Northern", "pilots employed", ["Aeris", "pilots", "pilotes"], "count", 640,
              as_of="2024-06-01"),
    reference("aeris-cancelled", "Aeris Northern pilots' strike", "flights cancelled in the first two days",
              ["Aeris", "pilots' strike", "grève des pilotes", "cancelled"], "count", 250, qualifier="less_than",
              as_of="2024-06-01"),
    reference("norland-seats", "Norland", "seats in the provincial assembly", ["Norland", "seats", "assembly",
              "sièges"], "count", 87, as_of="2024-03-11"),
    reference("progressive-seats", "Progressive Alliance", "seats won in the Norland election",
              ["Progressive Alliance", "seats", "sièges"], "count", 34, as_of="2024-03-11"),
    reference("kessel-staff", "Kessel Systems", "employees", ["Kessel", "employees", "staff", "employés"],
              "count", 12_900, as_of="2024-03-01"),
    reference("hessa-homes", "Tolvar eruption", "homes destroyed", ["Tolvar", "Hessa", "homes destroyed",
              "maisons détruites"], "count", 38, as_of="2024-06-01"),
    reference("hessa-evacuees", "Tolvar eruption", "personnes évacuées", ["Tolvar", "Hessa", "evacuees",
              "residents moved", "évacués", "habitants déplacés"], "count", 6_100, as_of="2024-06-01"),
    reference("hessa-injured", "Tolvar eruption", "workers injured in the fire", ["Tolvar", "Hessa", "injured",
              "blessés"], "count", 4, as_of="2024-06-01"),
    reference("estravie-savings", "Estravie pension reform", "économies attendues d'ici 2032",
              ["Estravie", "pension reform", "savings", "économies"], "money", 7_200_000_000, unit="EUR",
              as_of="2026-04-15"),
    reference("estravie-deficit", "Estravie pension fund", "deficit in 2032", ["Estravie", "pension fund",
              "deficit", "déficit"], "money", 3_000_000_000, unit="EUR", as_of="2026-04-15"),
    reference("corvenne-tram-cost", "Corvenne tram line T3", "coût total du projet", ["Corvenne", "tram",
              "coût", "cost"], "money", 486_000_000, unit="EUR", as_of="2026-03-10"),
    reference("vorland-green-seats", "Vorland regional election", "seats won by the Green Union", ["Vorland",
              "regional election", "Green Union", "Union verte", "seats", "sièges"], "count", 34, as_of="2026-05-11"),
    reference("vorland-civic-seats", "Vorland regional election", "seats won by the Civic Party", ["Vorland",
              "regional election", "Civic Party", "Parti civique", "seats", "sièges"], "count", 27,
              as_of="2026-05-11"),
    reference("aurora-posts", "St Aurora University", "non-teaching posts to be cut", ["St Aurora University",
              "Université Sainte-Aurore", "Sainte-Aurore", "posts", "jobs", "postes", "suppressions"], "count", 180,
              qualifier="at_most", as_of="2025-10-07"),
    reference("saltmere-arrests", "Cocaine seizure at Saltmere", "people arrested", ["Saltmere", "cocaine",
              "arrested", "arrests", "detained"], "count", 11, as_of="2026-09-23"),
    reference("carvo-survivors", "Carvo shipwreck", "survivors of the wreck", ["Carvo", "shipwreck", "wreck",
              "survivors", "rescapés"], "count", 31, as_of="2027-05-30"),
    reference("borne-roadkill", "Lynx reintroduction in the Borne-Haute massif", "lynx killed on roads since 2019",
              ["lynx", "Borne-Haute", "killed by vehicles", "roads", "roadkill"], "count", 9, qualifier="at_least",
              as_of="2028-04-12"),
    reference("trevignac-passengers", "Trévignac airport", "passengers handled in 2025", ["Trévignac",
              "airport", "passengers", "travellers", "passagers"], "count", 1_840_000, as_of="2026-01-15"),
    reference("arvenne-examiners", "Arvenne driving tests", "driving examiners in post", ["Arvenne", "examiners",
              "inspecteurs", "driving test", "permis"], "count", 38, as_of="2026-09-01"),
    reference("vallonne-doses", "Vallonne whooping cough", "extra vaccine doses ordered", ["Vallonne", "doses",
              "vaccine", "coqueluche"], "count", 1_200_000, as_of="2026-09-01"),
    reference("alder-population", "Port Alder", "population", ["Port Alder", "inhabitants", "residents",
              "habitants", "population"], "count", 1_380_000, qualifier="approx", as_of="2024-06-01"),
    reference("orrin-turnout", "Lake Orrin dam referendum", "turnout", ["Orrin", "Orrin dam", "turnout",
              "participation"], "percent", 48.2, unit="%", as_of="2024-06-01"),
    reference("loire-farms", "Loire-Amont", "exploitations agricoles touchées par la grêle",
              ["Loire-Amont", "exploitations", "farms hit by hail"], "count", 420, qualifier="approx",
              as_of="2024-06-01"),
)

VALID = [
    Case("a part before its whole is not compared with the whole's reference (en)", "en", "2024-06-20",
         "The pilots' union said 412 of Aeris's 640 pilots had voted for the walkout, about two-thirds of the "
         "total.", REFERENCES),
    Case("a part given as a share of the total (fr)", "fr", "2024-06-20",
         "Dans le Loire-Amont, la grêle a touché 420 exploitations. Seules 120 exploitations, moins d'un tiers "
         "du total, étaient assurées.", REFERENCES),
    Case("a yardstick figure is not what the subject counts (en)", "en", "2024-06-20",
         "Port Alder's new wind farm will produce the equivalent of the consumption of 700,000 inhabitants.",
         REFERENCES),
    Case("un chiffre étalon n'est pas ce que compte le sujet (fr)", "fr", "2024-06-20",
         "Le parc éolien de Port Alder produira l'équivalent de la consommation d'environ 700 000 habitants.",
         REFERENCES),
    Case("a fraction of something the reference does not measure (en)", "en", "2024-06-20",
         "In the Orrin dam referendum, the dam was backed by nearly two-thirds of those who took part.",
         REFERENCES),
    Case("a counted noun that is not what the reference counts, though a word beside it is (en)", "en",
         "2024-06-20", "Lava has cut Hessa in two. Six fire crews from the Tolvar side fought the flames.",
         REFERENCES),
    Case("a goal is not compared with a figure that is not a forecast (en)", "en", "2026-04-20",
         "Estravie's finance ministry wants to bring the pension fund deficit down to €1bn by 2032.", REFERENCES),
    Case("a whole's words fit a part's reference: the part keeps it (fr)", "fr", "2026-05-12",
         "Au Vorland, l'Union verte obtient 31,2 % des voix et 34 des 95 sièges de l'assemblée régionale. Le Parti "
         "civique recule à 27 sièges.", REFERENCES),
    Case("an amount restating a share is a part, not the total (en)", "en", "2026-09-20",
         "Trévignac airport handled 1.84 million passengers last year. Volantis alone accounted for 58% of that "
         "traffic, or roughly 1.07 million travellers.", REFERENCES),
    Case("an addition is no level (en)", "en", "2026-10-01",
         "In the Arvenne, the prefecture has promised four more examiners for driving tests by January.",
         REFERENCES),
    Case("une addition n'est pas un niveau (fr)", "fr", "2026-10-01",
         "Pour le permis dans l'Arvenne, la préfecture promet quatre inspecteurs supplémentaires.", REFERENCES),
    Case("a possessive word of a description does not say what a figure counts (en)", "en", "2024-06-20",
         "Aeris Northern employs 640 pilots; the pilots' strike grounded the airline for two days.", REFERENCES),
]

INVALID = [
    Case("a verb says what a generic noun counts: 'employs ... people' (en)", "en", "2024-06-20",
         "Kessel Systems, which employs 14,200 people, will close two offices.", REFERENCES,
         (Flag("14,200", "value_mismatch", "error", "kessel-staff"),)),
    Case("« emploie ... personnes » (fr)", "fr", "2024-06-20",
         "Kessel Systems, qui emploie 14 200 personnes, va fermer deux bureaux.", REFERENCES,
         (Flag("14 200", "value_mismatch", "error", "kessel-staff"),)),
    Case("a part keeps a reference of its own, not its whole's (en)", "en", "2024-03-12",
         "The Progressive Alliance won 41 of the 87 seats in Norland's provincial assembly.", REFERENCES,
         (Flag("41", "value_mismatch", "error", "progressive-seats"),)),
    Case("une partie garde sa propre référence (fr)", "fr", "2024-03-12",
         "L'Alliance progressiste a remporté 34 des 92 sièges de l'assemblée du Norland.", REFERENCES,
         (Flag("92", "value_mismatch", "error", "norland-seats"),)),
    Case("a fraction said of what the reference measures is compared (fr)", "fr", "2024-06-20",
         "Au référendum sur le barrage d'Orrin, la participation a atteint les deux tiers.",
         REFERENCES, (Flag("deux tiers", "value_mismatch", "error", "orrin-turnout"),)),
    Case("a figure of the subject itself is still checked (en)", "en", "2024-06-20",
         "Port Alder, a city of 700,000 inhabitants, will get a new wind farm.", REFERENCES,
         (Flag("700,000", "value_mismatch", "error", "alder-population"),)),
    Case("a figure far off the reference its words fit best is compared with the next one (en)", "en",
         "2024-06-20", "Lava from Tolvar has forced 9,000 people from their homes, one in five of Hessa's residents.",
         REFERENCES,
         (Flag("9,000", "value_mismatch", "error", "hessa-evacuees"),)),
    Case("a forecast is compared with a forecast on file (en)", "en", "2026-04-20",
         "Estravie's finance ministry expects the pension reform to save €7.2 million by 2032.", REFERENCES,
         (Flag("€7.2 million", "scale", "error", "estravie-savings"),)),
    Case("une prévision comparée à une prévision (fr)", "fr", "2026-04-20",
         "En Estravie, la réforme des retraites doit permettre 5,6 milliards d'euros d'économies d'ici à 2032.",
         REFERENCES, (Flag("5,6 milliards d'euros", "value_mismatch", "error", "estravie-savings"),)),
    Case("a verb of the noun's family says what is measured (fr)", "fr", "2026-04-20",
         "À Corvenne, le projet de tram aura coûté 410 millions d'euros.", REFERENCES,
         (Flag("410 millions d'euros", "value_mismatch", "error", "corvenne-tram-cost"),)),
    Case("a plan compared with a plan on file (fr)", "fr", "2025-11-06",
         "L'Université Sainte-Aurore supprimera plus de 210 postes administratifs d'ici à l'été prochain.",
         REFERENCES, (Flag("plus de 210", "hedge_conflict", "error", "aurora-posts"),)),
    Case("'in custody' says they were detained (en)", "en", "2026-09-25",
         "Police at Saltmere found cocaine in the containers. Fifteen people are now in custody.", REFERENCES,
         (Flag("Fifteen", "value_mismatch", "error", "saltmere-arrests"),)),
    Case("'pulled alive' counts survivors (en)", "en", "2027-06-03",
         "After the Carvo shipwreck, only 23 people were pulled alive from the water.", REFERENCES,
         (Flag("23", "value_mismatch", "error", "carvo-survivors"),)),
    Case("a year after a clause mark dates something else (en)", "en", "2028-04-20",
         "In the Borne-Haute massif, fewer than nine lynx have been killed by vehicles since the releases began, "
         "and a wildlife bridge is due to open in 2029.", REFERENCES,
         (Flag("fewer than nine", "hedge_conflict", "error", "borne-roadkill"),)),
    Case("an addition is checked against a reference of additions (fr)", "fr", "2026-10-01",
         "Contre la coqueluche dans le Vallonne, le ministère a commandé 2 millions de doses supplémentaires.",
         REFERENCES, (Flag("2 millions", "value_mismatch", "error", "vallonne-doses"),)),
    Case("the whole is still checked when its part is left out (en)", "en", "2024-06-20",
         "The pilots' union said 412 of Aeris's 820 pilots had voted for the walkout.", REFERENCES,
         (Flag("820", "value_mismatch", "error", "aeris-pilots"),)),
    Case("le total reste vérifié (fr)", "fr", "2024-06-20",
         "Dans le Loire-Amont, la grêle a touché 610 exploitations. Seules 120 exploitations, moins d'un tiers "
         "du total, étaient assurées.", REFERENCES,
         (Flag("610", "value_mismatch", "error", "loire-farms"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, CHECKED)


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, CHECKED)
