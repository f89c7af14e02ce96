"""unit_error: the right number with the wrong unit (miles where the report says km)."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

REFERENCES = (
    reference("valmour-battery", "Valmour Étoile", "capacité de la batterie", ["Valmour", "Étoile", "citadine",
              "batterie", "battery"], "quantity", 62, unit="kWh", as_of="2035-01-10"),
    reference("tannery-solar", "Old Tannery youth centre", "rated power of the rooftop solar panels", ["Old Tannery",
              "youth centre", "solar panels", "panneaux solaires", "rooftop"], "quantity", 36, unit="kW",
              as_of="2043-02-01"),
    reference("solvane-ipo-price", "Solvane", "IPO price per share", ["Solvane", "IPO", "introduction en Bourse",
              "prix d'introduction", "par action", "offer price"], "money", 24.5, unit="EUR", as_of="2027-03-17"),
    reference("aurora-tuition", "St Aurora University", "annual tuition for international undergraduates",
              ["St Aurora", "Sainte-Aurore", "tuition", "droits de scolarité"], "money", 32_500, unit="CAD",
              as_of="2025-10-01"),
    reference("sorel-tunnel-length", "Sorel tunnel", "length of the tunnel", ["Sorel", "tunnel", "length", "long",
              "longueur"], "quantity", 27.4, unit="km", as_of="2023-10-01"),
    reference("sorel-tunnel-boring", "Sorel tunnel", "weight of the boring machine", ["Sorel", "boring machine",
              "tunnelier"], "quantity", 2_100, unit="t", as_of="2023-10-01"),
    reference("keld-wind-capacity", "Keld Bank wind farm", "installed capacity", ["Keld Bank", "wind farm",
              "capacity", "parc éolien", "puissance"], "quantity", 496, unit="MW", as_of="2023-10-01"),
    reference("brev-solar-capacity", "Centrale solaire de Brévanne", "puissance", ["Brévanne", "centrale solaire",
              "puissance", "capacity"], "quantity", 180, unit="MW", as_of="2023-10-01"),
    reference("brev-solar-output", "Centrale solaire de Brévanne", "production annuelle", ["Brévanne",
              "centrale solaire", "production", "output"], "quantity", 250, unit="GWh", as_of="2023-10-01"),
    reference("tokam-heating", "Tokam reactor", "heating power of the plasma", ["Tokam", "plasma", "heating",
              "chauffage", "puissance de chauffage"], "quantity", 8.2, unit="MW", as_of="2027-02-01"),
    reference("lumen-electricity", "Lumen synchrotron", "annual electricity consumption", ["Lumen", "synchrotron",
              "electricity", "consumption", "électricité", "consommation"], "quantity", 62, unit="GWh",
              as_of="2032-05-19"),
    reference("isolde-gust", "Storm Isolde", "strongest gust", ["Storm Isolde", "Isolde", "storm", "tempête",
              "gust", "gusts", "rafale", "vent"], "quantity", 176, unit="km/h", as_of="2033-11-05"),
    reference("montbrisac-course", "Grand Steeple-Chase de Montbrisac", "length of the course", ["Montbrisac",
              "steeplechase", "course", "parcours"], "quantity", 5_800, unit="m", as_of="2046-03-01"),
    reference("sorel-tunnel-crossing", "Sorel tunnel", "time to cross the tunnel by train", ["Sorel", "crossing",
              "traversée"], "quantity", 2, unit="h", as_of="2023-10-01"),
    reference("sandhill-wait", "Sandhill Kids' Vision Van (Cedar Forks, Nebraska)",
              "wait for an appointment with a pediatric eye doctor", ["Sandhill", "vision van", "Cedar Forks",
                                                                     "wait", "attente", "appointment", "rendez-vous"],
              "quantity", 5, qualifier="at_most", unit="month", as_of="2046-01-15"),
)

_MAST = (
    reference("knoll-battery", "Hollin Knoll community mast", "energy stored by the mast's battery",
              ["Hollin Knoll", "mast", "relais", "battery", "batterie", "solar", "solaire"], "quantity", 60,
              unit="kWh", as_of="2046-02-04"),
)

VALID = [
    Case("a battery's energy in kWh, as reported (fr)", "fr", "2035-03-01",
         "La Valmour Étoile, vendue 27 990 euros, embarque une batterie de 62 kWh et affiche 410 km d'autonomie.",
         REFERENCES),
    Case("solar panels' power in kW, as reported (en)", "en", "2043-03-01",
         "The Old Tannery youth centre's roof carries solar panels rated at 36 kW, enough to run the lights.",
         REFERENCES),
    Case("« dollars » alone may be Canadian dollars (fr)", "fr", "2025-11-06",
         "À Sainte-Aurore, les étudiants étrangers paient 32 500 dollars de droits de scolarité par an.", REFERENCES),
    Case("converted figure (en)", "en", "2024-01-10",
         "Once finished, the Sorel tunnel will be 17 miles long, the longest in the region.", REFERENCES),
    Case("unité juste (fr)", "fr", "2024-01-10",
         "Une fois achevé, le tunnel de Sorel sera long de 27,4 km, le plus long de la région.", REFERENCES),
]

VALID += [
    Case("another duration within an at-most report is no unit slip (en)", "en", "2046-03-01",
         "CEDAR FORKS, Neb. — Kaylee had sat in the front row for two years without seeing the board. Before the "
         "Sandhill vision van came, the wait for an appointment was what kept her from an eye doctor.", REFERENCES),
    Case("une autre durée sous un plafond du rapport n'est pas une erreur d'unité (fr)", "fr", "2046-03-01",
         "CEDAR FORKS (Nebraska) — Kaylee était assise au premier rang depuis deux ans sans voir le tableau. Avant "
         "le camion de la vision de Sandhill, l'attente d'un rendez-vous l'éloignait de l'ophtalmologue.",
         REFERENCES),
    Case("the report's metres converted to miles (en)", "en", "2046-05-25",
         "The Montbrisac steeplechase course is 3.6 miles long, with 23 fences.", REFERENCES),
    Case("les mètres du rapport convertis en miles (fr)", "fr", "2046-05-25",
         "Le parcours du steeple-chase de Montbrisac mesure 3,6 miles et compte 23 obstacles.", REFERENCES),
    Case("a short number is no tie to another dimension (en)", "en", "2024-01-10",
         "The Sorel tunnel crossing will take 2 hours less than the ferry, and the approach road is 2 km long.",
         REFERENCES),
    Case("capacité juste (fr)", "fr", "2024-01-10",
         "Le parc éolien de Keld Bank, d'une puissance de 496 MW, produira 1,8 TWh par an.", REFERENCES),
]

INVALID = [
    Case("the number of an at-most report in another unit (en)", "en", "2046-03-01",
         "In Cedar Forks, the Sandhill vision van has cut the wait for an appointment to at most 5 weeks.",
         REFERENCES, (Flag("at most 5 weeks", "unit_error", "error", "sandhill-wait"),)),
    Case("le nombre d'un plafond du rapport dans une autre unité (fr)", "fr", "2046-03-01",
         "À Cedar Forks, le camion de la vision de Sandhill a ramené l'attente d'un rendez-vous à 5 semaines au "
         "plus.", REFERENCES, (Flag("5 semaines au plus", "unit_error", "error", "sandhill-wait"),)),
    Case("the report's metres written in kilometres but called miles (en)", "en", "2046-05-25",
         "The Montbrisac steeplechase course is 5.8 miles long, with 23 fences.", REFERENCES,
         (Flag("5.8 miles", "unit_error", "error", "montbrisac-course"),)),
    Case("les mètres du rapport écrits en kilomètres mais appelés miles (fr)", "fr", "2046-05-25",
         "Le parcours du steeple-chase de Montbrisac mesure 5,8 miles et compte 23 obstacles.", REFERENCES,
         (Flag("5,8 miles", "unit_error", "error", "montbrisac-course"),)),
    Case("a battery's energy given as power, kW for kWh (fr)", "fr", "2035-03-01",
         "La Valmour Étoile, vendue 27 990 euros, embarque une batterie de 62 kW et affiche 410 km d'autonomie.",
         REFERENCES, (Flag("62 kW", "unit_error", "error", "valmour-battery"),)),
    Case("a round battery energy given as power, kW for kWh (en)", "en", "2046-03-01",
         "No power line reaches Hollin Knoll: the mast runs on solar panels and a 60 kW battery that gives it three "
         "days without sun.", _MAST, (Flag("60 kW", "unit_error", "error", "knoll-battery"),)),
    Case("l'énergie ronde d'une batterie donnée en puissance, kW pour kWh (fr)", "fr", "2046-03-01",
         "Aucune ligne électrique n'atteint Hollin Knoll : le relais fonctionne grâce à des panneaux solaires et à une "
         "batterie de 60 kW, qui lui donne trois jours d'autonomie.", _MAST,
         (Flag("60 kW", "unit_error", "error", "knoll-battery"),)),
    Case("solar panels' power given as energy, kWh for kW (en)", "en", "2043-03-01",
         "The Old Tannery youth centre's roof carries solar panels rated at 36 kWh, enough to run the lights.",
         REFERENCES, (Flag("36 kWh", "unit_error", "error", "tannery-solar"),)),
    Case("the right number in the wrong unit, even after 'up to' (en)", "en", "2033-12-01",
         "When Storm Isolde struck, gusts of up to 176 knots flattened whole plantations.", REFERENCES,
         (Flag("up to 176 knots", "unit_error", "error", "isolde-gust"),)),
    Case("le bon nombre dans la mauvaise unité, même après « jusqu'à » (fr)", "fr", "2033-12-01",
         "Lors du passage de la tempête Isolde, les rafales, mesurées jusqu'à 176 nœuds, ont couché des forêts.",
         REFERENCES, (Flag("jusqu'à 176 nœuds", "unit_error", "error", "isolde-gust"),)),
    Case("'consumes' says what a consumption reference measures (en)", "en", "2032-09-01",
         "The Lumen synchrotron restarted in May after an upgrade. Energy prices have doubled since 2029. The new "
         "ring consumes 62 MWh a year.", REFERENCES,
         (Flag("62 MWh", "unit_error", "error", "lumen-electricity"),)),
    Case("« consomme » dit ce que mesure une référence de consommation (fr)", "fr", "2032-09-01",
         "Le synchrotron Lumen a redémarré en mai après des travaux. Les prix de l'énergie ont doublé depuis 2029. "
         "Le nouvel anneau consomme 62 MWh par an.", REFERENCES,
         (Flag("62 MWh", "unit_error", "error", "lumen-electricity"),)),
    Case("a decimal number in a unit of another dimension (en)", "en", "2027-02-10",
         "In the Tokam reactor, the plasma was heated by 8.2 MWh of microwaves and particle beams.", REFERENCES,
         (Flag("8.2 MWh", "unit_error", "error", "tokam-heating"),)),
    Case("un nombre décimal dans une unité d'une autre dimension (fr)", "fr", "2027-02-10",
         "Dans le réacteur Tokam, le plasma était chauffé par 8,2 MWh de micro-ondes et de faisceaux.", REFERENCES,
         (Flag("8,2 MWh", "unit_error", "error", "tokam-heating"),)),
    Case("the right number in the wrong currency (fr)", "fr", "2027-03-19",
         "Le prix d'introduction de Solvane avait été fixé à 24,50 dollars par action.", REFERENCES,
         (Flag("24,50 dollars", "unit_error", "error", "solvane-ipo-price"),)),
    Case("energy for power: the right number in a unit of another dimension (en)", "en", "2024-01-10",
         "The Keld Bank wind farm, with a capacity of 496 MWh, will produce 1.8 TWh a year.", REFERENCES,
         (Flag("496 MWh", "unit_error", "error", "keld-wind-capacity"),)),
    Case("un nombre rond de trois chiffres suffit : 180 MWh pour 180 MW (fr)", "fr", "2024-01-10",
         "D'une puissance de 180 MWh, la centrale solaire de Brévanne devient la plus grande de la région.",
         REFERENCES, (Flag("180 MWh", "unit_error", "error", "brev-solar-capacity"),)),
    Case("énergie pour puissance (fr)", "fr", "2024-01-10",
         "Le parc éolien de Keld Bank, d'une puissance de 496 MWh, produira 1,8 TWh par an.", REFERENCES,
         (Flag("496 MWh", "unit_error", "error", "keld-wind-capacity"),)),
    Case("miles for km (en)", "en", "2024-01-10",
         "Once finished, the Sorel tunnel will be 27.4 miles long, the longest in the region.", REFERENCES,
         (Flag("27.4 miles", "unit_error", "error", "sorel-tunnel-length"),)),
    Case("kilos pour tonnes (fr)", "fr", "2024-01-10",
         "Le tunnelier qui creuse le tunnel de Sorel pèse 2 100 kilos.", REFERENCES,
         (Flag("2 100 kilos", "unit_error", "error", "sorel-tunnel-boring"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"unit_error"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"unit_error"})
