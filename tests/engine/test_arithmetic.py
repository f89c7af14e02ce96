"""arithmetic: figures that contradict the figures they are computed from (shares, changes, gaps, sums)."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case

VALID = [
    Case("share that adds up (en)", "en", "2024-03-01",
         "Investigators examined the debris of 50 missiles and found that 21 of the 50 missiles, or 42%, had "
         "been made last year.", ()),
    Case("change that adds up (en)", "en", "2024-03-01",
         "Marlow Foods said sales rose 10.7% to €12.4 billion from €11.2 billion a year earlier.", ()),
    Case("hausse juste (fr)", "fr", "2024-03-01",
         "Le chiffre d'affaires de Marlow a progressé de 10,7 % à 12,4 milliards d'euros, contre 11,2 milliards "
         "un an plus tôt.", ()),
    Case("whole first, share that adds up (en)", "en", "2024-03-01",
         "Of the 1,200 staff, 300, or a quarter, will lose their jobs.", ()),
    Case("part de l'ensemble juste (fr)", "fr", "2024-05-01",
         "Sur les 40 communes touchées, 30 ont été reconnues en état de catastrophe naturelle, soit les trois "
         "quarts.", ()),
    Case("point change that adds up (en)", "en", "2024-05-01",
         "Unemployment fell from 8.1% to 7.5%, a drop of 0.6 percentage points.", ()),
    Case("total that adds up (en)", "en", "2024-03-01",
         "Overnight the army fired 30 cruise missiles and 25 drones, a total of 55 weapons.", ()),
    Case("avance juste (fr)", "fr", "2024-04-22",
         "La candidate recueille 38,5 % des voix et compte 11,4 points d'avance sur le sortant (27,1 %).", ()),
    Case("écart juste (fr)", "fr", "2024-04-22",
         "La candidate arrive en tête avec 38,5 % des voix, devant le sortant (27,1 %), soit un écart de 11,4 "
         "points.", ()),
    Case("share in words set off by a comma (en)", "en", "2024-06-10",
         "Of the 87 seats in the new chamber, 34 went to the Greens, more than a third.", ()),
    Case("share in the next sentence (en)", "en", "2024-06-10",
         "The Greens won 34 of the 87 seats. That is roughly 39% of the chamber.", ()),
    Case("a past value is not the part (en)", "en", "2024-06-10",
         "The Greens won 34 of the 87 seats, up from 20, more than a third.", ()),
    Case("change in the next sentence (en)", "en", "2024-06-10",
         "Turnout reached 4.2 million, compared with 3.6 million in 2019. That is an increase of about 17%.", ()),
    Case("a change of something else (en)", "en", "2024-02-01",
         "The region recorded 4,200 burglaries last year, up from 3,600 in 2022. The rise of 40% in car thefts "
         "alarmed police.", ()),
    Case("a change with its own subject (en)", "en", "2024-02-01",
         "Sales rose to $1.2 billion from $1 billion. Profit jumped 40% to $300 million.", ()),
    Case("a range then a share (en)", "en", "2024-06-10",
         "Between 30 and 40 of the 87 seats are in play. That is more than a third of the chamber.", ()),
    Case("plus de trois sur quatre juste (fr)", "fr", "2024-06-10",
         "Sur 40 communes consultées, 31 ont voté pour, plus de trois sur quatre.", ()),
    Case("hausse dans la phrase suivante (fr)", "fr", "2024-06-10",
         "Les Verts ont obtenu 34 des 87 sièges, contre 20 en 2019. Cette hausse de 70 % est historique.", ()),
    Case("hausse d'autre chose (fr)", "fr", "2024-02-01",
         "La région a enregistré 4 200 cambriolages l'an dernier, contre 3 600 en 2022. La hausse de 40 % des "
         "vols de voitures inquiète la police.", ()),
    Case("share of a whole with its parts listed (en)", "en", "2024-06-10",
         "Police arrested 120 people, including 80 men, roughly two-thirds.", ()),
    Case("share of a whole given with out of (en)", "en", "2024-06-10",
         "The Greens won 34 seats out of 87, roughly 39%.", ()),
    Case("ce qui représente (fr)", "fr", "2024-06-10",
         "Sur les 87 sièges, 34 sont allés aux Verts, ce qui représente plus d'un tiers.", ()),
    Case("a change of another subject named before it (en)", "en", "2024-02-01",
         "Average rents rose from $1,850 to $2,100 over two years. The rise in food prices of 5% was smaller.",
         ()),
    Case("jump given in the next sentence, right (en)", "en", "2024-02-01",
         "Exports rose to $5.1 billion in 2023 from $4.3 billion a year earlier. It was a jump of 18%, the "
         "ministry said.", ()),
]

INVALID = [
    Case("share that does not add up (en)", "en", "2024-03-01",
         "Investigators found that 21 of the 50 missiles, or 60%, had been made last year.", (),
         (Flag("60%", "arithmetic", "error"),)),
    Case("change that does not add up (en)", "en", "2024-03-01",
         "Average rents rose from $1,850 to $2,100 over two years, an increase of more than 20%.", (),
         (Flag("more than 20%", "arithmetic", "error"),)),
    Case("hausse fausse (fr)", "fr", "2024-03-01",
         "Le chiffre d'affaires de Marlow a atteint 12,4 milliards d'euros en 2023, en hausse de 14 % par "
         "rapport aux 11,2 milliards de 2022.", (),
         (Flag("14 %", "arithmetic", "error"),)),
    Case("écart faux (fr)", "fr", "2024-04-22",
         "La candidate arrive en tête avec 38,5 % des voix, devant le sortant (27,1 %), soit un écart de 13,4 "
         "points.", (),
         (Flag("13,4 points", "arithmetic", "error"),)),
    Case("total that does not add up (en)", "en", "2024-03-01",
         "Overnight the army fired 30 cruise missiles and 25 drones, a total of 65 weapons.", (),
         (Flag("65", "arithmetic", "error"),)),
    Case("total faux (fr)", "fr", "2024-03-01",
         "Dans la nuit, l'armée a tiré 30 missiles de croisière et 25 drones, soit au total 65 engins.", (),
         (Flag("65", "arithmetic", "error"),)),
    Case("points ahead (en)", "en", "2024-04-22",
         "The challenger won 38.5% of the vote and finished 13.4 points ahead of the incumbent (27.1%).", (),
         (Flag("13.4 points", "arithmetic", "error"),)),
    Case("whole first, share that does not add up (en)", "en", "2024-03-01",
         "Of the 1,200 staff, 300, or a third, will lose their jobs.", (),
         (Flag("a third", "arithmetic", "error"),)),
    Case("share of a whole given after it (en)", "en", "2024-05-01",
         "About 4,000 people, or 40% of the town's 12,000 residents, were evacuated.", (),
         (Flag("40%", "arithmetic", "error"),)),
    Case("part d'un ensemble donné après (fr)", "fr", "2024-05-01",
         "Environ 4 000 personnes, soit 40 % des 12 000 habitants de la commune, ont été évacuées.", (),
         (Flag("40 %", "arithmetic", "error"),)),
    Case("point change that does not add up (fr)", "fr", "2024-05-01",
         "Le chômage est passé de 8,1 % à 7,5 %, soit une baisse de 0,8 point.", (),
         (Flag("0,8 point", "arithmetic", "error"),)),
    Case("margin that does not add up (en)", "en", "2024-05-01",
         "The final vote was 61% to 39%, a 28-point margin.", (),
         (Flag("28", "arithmetic", "error"),)),
    Case("la moitié (fr)", "fr", "2024-09-13",
         "La ligne transporte quelque 140 000 voyageurs par jour. Aux heures de pointe, 56 000 voyageurs "
         "empruntent la ligne, soit la moitié de la fréquentation quotidienne.", (),
         (Flag("la moitié", "arithmetic", "error"),)),
    Case("share in words set off by a comma (en)", "en", "2024-06-10",
         "Of the 87 seats in the new chamber, 24 went to the Greens, more than a third.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("share in words in the next sentence (en)", "en", "2024-06-10",
         "The Greens won 24 of the 87 seats. That is more than a third of the chamber.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("approximate percentage share (en)", "en", "2024-06-10",
         "The Greens won 34 of the 87 seats, roughly 18% of the chamber.", (),
         (Flag("roughly 18%", "arithmetic", "error"),)),
    Case("jump in the next sentence (en)", "en", "2024-02-01",
         "The region recorded 4,200 burglaries last year, up from 3,600 in 2022. The jump of 28% alarmed police.",
         (), (Flag("28%", "arithmetic", "error"),)),
    Case("plus d'un tiers (fr)", "fr", "2024-06-10",
         "Sur les 87 sièges, 24 sont allés aux Verts, plus d'un tiers.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("plus de trois sur quatre (fr)", "fr", "2024-06-10",
         "Sur 40 communes consultées, 20 ont voté pour, plus de trois sur quatre.", (),
         (Flag("plus de trois sur quatre", "arithmetic", "error"),)),
    Case("part dans la phrase suivante (fr)", "fr", "2024-06-10",
         "Les Verts ont obtenu 24 des 87 sièges. C'est plus d'un tiers de l'hémicycle.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("bond dans la phrase suivante (fr)", "fr", "2024-02-01",
         "La région a enregistré 4 200 cambriolages l'an dernier, contre 3 600 en 2022. Ce bond de 28 % inquiète "
         "la police.", (),
         (Flag("28 %", "arithmetic", "error"),)),
    Case("share given with out of (en)", "en", "2024-06-10",
         "The Greens won 24 seats out of 87, roughly 39%.", (),
         (Flag("roughly 39%", "arithmetic", "error"),)),
    Case("share after accounting for (en)", "en", "2024-06-10",
         "Of the 87 seats, 24 went to the Greens, accounting for more than a third.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("share in a sentence that gives it (en)", "en", "2024-06-10",
         "The Greens won 24 of the 87 seats. That gives them more than a third of the chamber.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("ce qui représente, faux (fr)", "fr", "2024-06-10",
         "Sur les 87 sièges, 24 sont allés aux Verts, ce qui représente plus d'un tiers.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("share of a whole with its parts listed (en)", "en", "2024-06-10",
         "Police arrested 120 people, including 30 men, roughly two-thirds.", (),
         (Flag("roughly two-thirds", "arithmetic", "error"),)),
    Case("part d'un ensemble détaillé (fr)", "fr", "2024-06-10",
         "La police a interpellé 120 personnes, dont 30 hommes, soit environ deux tiers.", (),
         (Flag("environ deux tiers", "arithmetic", "error"),)),
    Case("jump given in the next sentence, wrong (en)", "en", "2024-02-01",
         "Exports rose to $5.1 billion in 2023 from $4.3 billion a year earlier. It was a jump of 25%, the "
         "ministry said.", (),
         (Flag("25%", "arithmetic", "error"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"arithmetic"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"arithmetic"})
