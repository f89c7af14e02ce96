"""hedge_conflict: the hedge of a figure contradicts the reference's ("fewer than" where it says "more than")."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

REFERENCES = (
    reference("lussan-protesters", "Lussan summit", "protesters at Monday's march", ["Lussan", "summit", "sommet",
              "protesters", "manifestants"], "count", 25_000, qualifier="more_than", as_of="2033-06-14"),
    reference("arvel-drones", "Arvel", "drones launched at the capital since January", ["Arvel", "drones",
              "attack drones", "drones d'attaque"], "count", 1_000, qualifier="more_than", low=1_000,
              as_of="2024-04-01"),
    reference("arvel-casualties", "Arvel", "civilians injured in the strikes", ["Arvel", "injured", "civilians",
              "blessés", "civils"], "count", 30, qualifier="approx", as_of="2024-04-01"),
)
RACE = (
    reference("tide-time", "Tide round-the-world race", "winner's elapsed time", ["Tide race", "round the world",
              "elapsed time", "temps de course"], "quantity", 72.24, unit="day", as_of="2026-03-30"),
    reference("tide-volunteers", "Tide round-the-world race", "volunteers recruited", ["Tide race", "volunteers",
              "bénévoles"], "count", 2_400, qualifier="at_least", low=2_400, as_of="2026-03-30"),
)
#: A census whose count grew: the newest says more than 140 wolves, the one before more than 110.
WOLVES = (
    reference("tarsk-wolves-2021", "Tarsk National Park", "wolves living in the park", ["Tarsk", "wolves",
              "wolf census", "loups"], "count", 110, qualifier="more_than", low=110, as_of="2021-12-31"),
    reference("tarsk-wolves-2023", "Tarsk National Park", "wolves living in the park", ["Tarsk", "wolves",
              "wolf census", "loups"], "count", 140, qualifier="more_than", low=140, as_of="2023-12-31"),
    reference("tarsk-flights", "Tarsk National Park", "flights cancelled over the park in the strike",
              ["Tarsk", "flights", "cancelled", "vols annulés",
              "pilots' strike", "pilots"], "count", 250, qualifier="less_than", high=250,
              as_of="2024-01-10"),
)

GIGAFACTORY = (
    reference("voltaris-applications", "Voltaris gigafactory", "job applications received", ["Voltaris",
              "gigafactory", "applications", "candidatures", "received", "reçu"], "count", 9_000,
              qualifier="more_than", as_of="2026-05-01"),
)

SARRASINE = (
    reference("sar-pop", "Sarrasine wolves", "wolves living in the massif", ["Sarrasine", "massif", "wolves", "loups"],
              "count", 104, as_of="2026-03-01"),
    reference("sar-culls", "Sarrasine wolves", "wolves that may be culled this year", ["Sarrasine", "massif",
              "wolves", "loups"], "count", 19, qualifier="at_most", as_of="2026-06-18"),
)


CLAY_PIT = (
    reference("korrin-trucks", "Korrin clay pit", "truck movements a day", ["Korrin", "clay pit", "carrière",
              "trucks", "truck movements", "camions", "allers-retours"], "count", 90, qualifier="at_most", high=90,
              as_of="2046-03-02"),
)

VALID = [
    Case("a past clause joined to a plan by 'and has' is no goal, right (en)", "en", "2026-05-20",
         "Voltaris promises 2,000 jobs by 2030 and has received more than 9,000 applications.", GIGAFACTORY, ()),
    Case("une proposition passée jointe par « et a » n'est pas un objectif, juste (fr)", "fr", "2026-05-20",
         "Voltaris promet 2 000 emplois d'ici à 2030 et a reçu plus de 9 000 candidatures.", GIGAFACTORY, ()),
    Case("a hedge below an exact figure within its rounding (en)", "en", "2026-04-10",
         "The Tide race winner sailed round the world in a little over 72 days.", RACE),
    Case("the same one-way hedge on one number (en)", "en", "2026-04-10",
         "The Tide race recruited at least 2,400 volunteers.", RACE),
    Case("same direction (en)", "en", "2024-04-05",
         "Arvel has launched more than 1,000 attack drones at the capital since January, officials said.",
         REFERENCES),
    Case("même sens (fr)", "fr", "2024-04-05",
         "Arvel a lancé plus de 1 000 drones d'attaque sur la capitale depuis janvier, selon les autorités.",
         REFERENCES),
    Case("nearly a figure above the bound (en)", "en", "2024-04-05",
         "Arvel has launched nearly 1,200 attack drones at the capital since January, officials said.",
         REFERENCES),
    Case("près d'un chiffre au-dessus du seuil (fr)", "fr", "2024-04-05",
         "Arvel a lancé près de 1 200 drones d'attaque sur la capitale depuis janvier, selon les autorités.",
         REFERENCES),
    Case("a figure more than twice off is about something else (en)", "en", "2024-01-20",
         "All 640 pilots of the airline serving Tarsk National Park joined the strike, and flights were "
         "cancelled for two days.", WOLVES),
    Case("un chiffre six fois trop grand parle d'autre chose (fr)", "fr", "2024-01-20",
         "Plus de 900 loups vivent dans la région qui entoure le parc national de Tarsk, selon le "
         "recensement.", WOLVES),
    Case("a figure whose words tie a reference another figure writes with others is checked against none (en)",
         "en", "2026-07-06", "The Sarrasine massif is now home to 104 wolves. \"Shoot twenty wolves and you get five "
         "new packs,\" said a campaigner.", SARRASINE),
    Case("un chiffre dont les mots lient autant une référence qu'un autre écrit et d'autres n'est comparé à aucune "
         "(fr)", "fr", "2026-07-06", "Le massif de la Sarrasine compte désormais 104 loups. « Tirez vingt loups et "
         "vous aurez cinq nouvelles meutes », dit une militante.", SARRASINE),
]

_FIREWOOD = (
    reference("chandonne-sold", "Chandonne firewood shed (Valais, Switzerland)", "firewood sold a year",
              ["Chandonne", "firewood", "bois de feu", "sold", "vendu", "cubic metres", "mètres cubes"], "quantity",
              6_500, qualifier="more_than", unit="m³", as_of="2046-03-01"),
)

_WOOD_HEAT = (
    reference("kellan-wood-homes", "Kellan Clean Flue scheme", "share of homes heated with wood",
              ["Kellan", "Clean Flue", "heated with wood", "homes", "chauffés au bois", "logements"], "percent", 60,
              qualifier="more_than", low=60, unit="%", as_of="2046-04-10"),
)

_REPAIR_BONUS = (
    reference("vennaz-cap", "Bonus réparation de Vennaz-sur-Morge", "bons par habitant et par an",
              ["bonus réparation", "Vennaz-sur-Morge", "Vennaz", "cordonniers", "repair bonus", "cobblers",
               "par habitant", "plafond", "per resident", "cap"], "count", 4, qualifier="at_most", high=4,
              as_of="2046-05-20"),
)

INVALID = [
    Case("vouchers against a cap on file in French 'bons' (en)", "en", "2046-06-15",
         "Vennaz pays part of every shoe repair under its repair bonus. Residents can claim more than four vouchers "
         "a year at the town's cobblers.", _REPAIR_BONUS,
         (Flag("more than four", "hedge_conflict", "error", "vennaz-cap"),)),
    Case("des bons face à un plafond du dossier (fr)", "fr", "2046-06-15",
         "Vennaz paie une part de chaque réparation de chaussures avec son bonus réparation. Chaque habitant peut "
         "demander plus de quatre bons par an chez les cordonniers.", _REPAIR_BONUS,
         (Flag("plus de quatre", "hedge_conflict", "error", "vennaz-cap"),)),
    Case("a share of houses bounded the other way from one of homes (en)", "en", "2046-05-01",
         "In Kellan, wood heats under 60% of the town's houses, a legacy of cheap firewood from the hills.",
         _WOOD_HEAT, (Flag("under 60%", "hedge_conflict", "error", "kellan-wood-homes"),)),
    Case("une part des maisons bornée dans l'autre sens d'une part des logements (fr)", "fr", "2046-05-01",
         "À Kellan, le bois chauffe moins de 60 % des maisons de la ville, héritage du bois bon marché des collines.",
         _WOOD_HEAT, (Flag("moins de 60 %", "hedge_conflict", "error", "kellan-wood-homes"),)),
    Case("a goal bounded the other way at the very figure on file (en)", "en", "2046-09-21",
         "The Chandonne shed expects to have sold less than 6,500 cubic metres of firewood by next spring.",
         _FIREWOOD, (Flag("less than 6,500 cubic metres", "hedge_conflict", "error", "chandonne-sold"),)),
    Case("un objectif borné dans l'autre sens au chiffre même du dossier (fr)", "fr", "2046-09-21",
         "Le hangar de Chandonne compte avoir vendu moins de 6 500 mètres cubes de bois de feu d'ici le printemps "
         "prochain.", _FIREWOOD,
         (Flag("moins de 6 500 mètres cubes", "hedge_conflict", "error", "chandonne-sold"),)),
    Case("more than a cap, counted as truck trips (en)", "en", "2046-04-01",
         "Residents of Korrin fear the traffic: more than 90 truck trips a day are planned between the clay pit "
         "and the works.", CLAY_PIT, (Flag("more than 90", "hedge_conflict", "error", "korrin-trucks"),)),
    Case("plus qu'un plafond, compté en passages de camions (fr)", "fr", "2046-04-01",
         "À Korrin, la circulation inquiète : plus de 90 passages de camions par jour sont prévus entre la "
         "carrière et l'usine.", CLAY_PIT, (Flag("plus de 90", "hedge_conflict", "error", "korrin-trucks"),)),
    Case("a past clause joined to a plan by 'and has' is no goal, wrong (en)", "en", "2026-05-20",
         "Voltaris promises 2,000 jobs by 2030 and has received fewer than 9,000 applications.", GIGAFACTORY,
         (Flag("fewer than 9,000", "hedge_conflict", "error", "voltaris-applications"),)),
    Case("une proposition passée jointe par « et a » n'est pas un objectif, faux (fr)", "fr", "2026-05-20",
         "Voltaris promet 2 000 emplois d'ici à 2030 et a reçu moins de 9 000 candidatures.", GIGAFACTORY,
         (Flag("moins de 9 000", "hedge_conflict", "error", "voltaris-applications"),)),
    Case("a demonstration's turnout is the protesters' count (en)", "en", "2033-06-20",
         "The Lussan summit ended on Tuesday. The demonstration drew fewer than 25,000 people, according "
         "to the prefecture.", REFERENCES,
         (Flag("fewer than 25,000", "hedge_conflict", "error", "lussan-protesters"),)),
    Case("un cortège compte des manifestants (fr)", "fr", "2033-06-20",
         "Le sommet de Lussan s'est achevé mardi. Le cortège a rassemblé moins de 25 000 personnes, selon la "
         "préfecture.", REFERENCES,
         (Flag("moins de 25 000", "hedge_conflict", "error", "lussan-protesters"),)),
    Case("a hedge below an exact figure that is above it (en)", "en", "2026-04-10",
         "The Tide race winner sailed round the world in just under 72 days.", RACE,
         (Flag("just under 72 days", "hedge_conflict", "error", "tide-time"),)),
    Case("une borne opposée sur le même nombre (fr)", "fr", "2026-04-10",
         "Pour la course Tide, les bénévoles ne seront pas plus de 2 400.", RACE,
         (Flag("pas plus de 2 400", "hedge_conflict", "error", "tide-volunteers"),)),
    Case("opposite one-way hedges on one number (en)", "en", "2026-04-10",
         "The Tide race recruited no more than 2,400 volunteers.", RACE,
         (Flag("no more than 2,400", "hedge_conflict", "error", "tide-volunteers"),)),
    Case("fewer than against more than (en)", "en", "2024-04-05",
         "Arvel has launched fewer than 1,000 attack drones at the capital since January, officials said.",
         REFERENCES, (Flag("fewer than 1,000", "hedge_conflict", "error", "arvel-drones"),)),
    Case("moins de contre plus de (fr)", "fr", "2024-04-05",
         "Arvel a lancé moins de 1 000 drones d'attaque sur la capitale depuis janvier, selon les autorités.",
         REFERENCES, (Flag("moins de 1 000", "hedge_conflict", "error", "arvel-drones"),)),
    Case("at least against about (en)", "en", "2024-04-05",
         "At least 50 civilians were injured in the strikes on Arvel, the health ministry said.", REFERENCES,
         (Flag("At least 50", "hedge_conflict", "error", "arvel-casualties"),)),
    Case("au moins contre environ (fr)", "fr", "2024-04-05",
         "Au moins 50 civils ont été blessés dans les frappes sur Arvel, selon le ministère de la Santé.",
         REFERENCES, (Flag("Au moins 50", "hedge_conflict", "error", "arvel-casualties"),)),
    Case("nearly against more than (en)", "en", "2024-04-05",
         "Arvel has launched nearly 1,000 attack drones at the capital since January, officials said.",
         REFERENCES, (Flag("nearly 1,000", "hedge_conflict", "error", "arvel-drones"),)),
    Case("just shy of against more than (en)", "en", "2024-04-05",
         "Just shy of 1,000 attack drones have been launched by Arvel at the capital since January.",
         REFERENCES, (Flag("Just shy of 1,000", "hedge_conflict", "error", "arvel-drones"),)),
    Case("près de contre plus de (fr)", "fr", "2024-04-05",
         "Arvel a lancé près de 1 000 drones d'attaque sur la capitale depuis janvier, selon les autorités.",
         REFERENCES, (Flag("près de 1 000", "hedge_conflict", "error", "arvel-drones"),)),
    Case("à peine contre plus de (fr)", "fr", "2024-04-05",
         "Arvel a lancé à peine 1 000 drones d'attaque sur la capitale depuis janvier, selon les autorités.",
         REFERENCES, (Flag("à peine 1 000", "hedge_conflict", "error", "arvel-drones"),)),
    Case("tout juste contre plus de (fr)", "fr", "2024-04-05",
         "Arvel a lancé tout juste 1 000 drones d'attaque sur la capitale depuis janvier, selon les autorités.",
         REFERENCES, (Flag("tout juste 1 000", "hedge_conflict", "error", "arvel-drones"),)),
    Case("at most against the newest more than, not an outdated figure (en)", "en", "2024-01-20",
         "Tarsk National Park is now home to at most 140 wolves, according to the winter census.", WOLVES,
         (Flag("at most 140", "hedge_conflict", "error", "tarsk-wolves-2023"),)),
    Case("pas plus de contre le dernier plus de (fr)", "fr", "2024-01-20",
         "Le parc national de Tarsk compte pas plus de 140 loups, selon le recensement d'hiver.", WOLVES,
         (Flag("pas plus de 140", "hedge_conflict", "error", "tarsk-wolves-2023"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"hedge_conflict", "value_mismatch", "outdated"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"hedge_conflict", "value_mismatch", "outdated"})
