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
    Case("a fraction that is a change, not a share (en)", "en", "2024-06-10",
         "Of the 87 seats, 24 went to the Greens - a third more than in 2019.", ()),
    Case("share of its whole in the next sentence (en)", "en", "2024-01-20",
         "The company cut 300 of its 1,200 jobs in 2023. That is a quarter of its workforce.", ()),
    Case("change from a past value beside a share, right (en)", "en", "2024-06-10",
         "The Greens won 24 of the 87 seats, compared with 18 in 2019. That is a rise of 33%.", ()),
    Case("fraction restated as a share, right (fr)", "fr", "2024-06-10",
         "Les Verts ont remporté 34 sièges sur 87, environ 39 %.", ()),
    Case("a change of another subject named before it (en)", "en", "2024-02-01",
         "Average rents rose from $1,850 to $2,100 over two years. The rise in food prices of 5% was smaller.",
         ()),
    Case("jump given in the next sentence, right (en)", "en", "2024-02-01",
         "Exports rose to $5.1 billion in 2023 from $4.3 billion a year earlier. It was a jump of 18%, the "
         "ministry said.", ()),
    Case("a vote tally is not the change's starting value (en)", "en", "2024-12-13",
         "Councillors approved, by 52 votes to 31, a budget of $2.8 billion for 2025, up 5.7% on the $2.65 "
         "billion voted last year.", ()),
    Case("un décompte de voix n'est pas la valeur de départ (fr)", "fr", "2024-12-13",
         "Les élus ont adopté, par 52 voix contre 31, un budget de 2,8 milliards d'euros, en hausse de 5,7 % par "
         "rapport aux 2,65 milliards votés l'an dernier.", ()),
    Case("« de » sans « à » ne marque pas un point de départ (fr)", "fr", "2024-05-20",
         "L'État a débloqué un fonds d'urgence de 15 millions d'euros et 300 000 euros d'avances. Les "
         "viticulteurs ont perdu 20 % de la récolte.", ()),
    Case("a change written as a fraction that adds up (en)", "en", "2024-04-22",
         "Runners raised £4.8 million for charity, up a third on the £3.6 million raised last year.", ()),
    Case("a total after its parts that adds up (en)", "en", "2024-07-05",
         "The airline said 12,400 passengers had been rebooked on other carriers and 8,900 had been given "
         "refunds, 21,300 in all.", ()),
    Case("total après des parties entre parenthèses, juste (fr)", "fr", "2024-12-13",
         "Les crédits iront d'abord aux transports (510 millions), avec l'achat de quatorze rames, puis aux "
         "lycées (280 millions) et au numérique (90 millions), soit 880 millions d'euros au total.", ()),
    Case("a whole before the parts is not one of them (en)", "en", "2024-07-05",
         "Of the firm's 1,200 staff, 300 took the buyout and 200 retired, 500 in all.", ()),
    Case("l'ensemble avant les parties n'en est pas une (fr)", "fr", "2024-07-05",
         "Sur les 1 200 salariés, 300 ont accepté le départ volontaire et 200 sont partis à la retraite, soit 500 "
         "au total.", ()),
    Case("a share after 'meaning' that adds up (en)", "en", "2024-03-06",
         "Of the 318 cases, 212 were in children who had never been vaccinated, meaning two in three patients "
         "had no protection at all.", ()),
    Case("part après « ce qui signifie que », juste (fr)", "fr", "2024-03-06",
         "Sur les 318 cas, 212 concernaient des enfants jamais vaccinés, ce qui signifie que deux patients sur "
         "trois n'avaient aucune protection.", ()),
    Case("a part opening 'Among them' that adds up (en)", "en", "2024-05-14",
         "The survey was carried out in early April among 2,015 workers. Among them, 1,090 say they prefer to "
         "come to the office four or five days a week, more than half of those questioned.", ()),
    Case("part ouvrant « Parmi eux », juste (fr)", "fr", "2024-05-14",
         "L'enquête a été menée début avril auprès de 2 015 actifs. Parmi eux, 1 090 disent préférer venir au "
         "bureau quatre ou cinq jours par semaine, soit plus de la moitié des personnes interrogées.", ()),
    Case("a share of the parts listed that adds up (en)", "en", "2024-10-14",
         "According to the final count, 16,210 people voted yes and 13,340 voted no, so the dam was backed by 55% "
         "of those who took part.", ()),
    Case("part des voix exprimées juste (fr)", "fr", "2024-10-14",
         "Selon le décompte final, 16 210 électeurs ont voté oui et 13 340 non : le barrage a donc été approuvé "
         "par 55 % des votants.", ()),
    Case("parts counting different things are not summed (en)", "en", "2024-10-14",
         "Police arrested 120 people and seized 30 guns; two-thirds of them were later released.", ()),
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
    Case("share of its whole in the next sentence, wrong (en)", "en", "2024-01-20",
         "The company cut 300 of its 1,200 jobs in 2023. That is half of its workforce.", (),
         (Flag("half", "arithmetic", "error"),)),
    Case("part de ses effectifs, fausse (fr)", "fr", "2024-01-20",
         "L'entreprise a supprimé 300 de ses 1 200 emplois en 2023. C'est la moitié de ses effectifs.", (),
         (Flag("la moitié", "arithmetic", "error"),)),
    Case("change from a past value beside a share, wrong (en)", "en", "2024-06-10",
         "The Greens won 24 of the 87 seats, compared with 18 in 2019. That is a rise of 50%.", (),
         (Flag("50%", "arithmetic", "error"),)),
    Case("hausse à côté d'une part, fausse (fr)", "fr", "2024-06-10",
         "Les Verts ont obtenu 24 des 87 sièges, contre 18 en 2019. Cette hausse de 50 % est historique.", (),
         (Flag("50 %", "arithmetic", "error"),)),
    Case("fraction restated as a share, wrong (fr)", "fr", "2024-06-10",
         "Les Verts ont remporté 24 sièges sur 87, soit plus d'un tiers.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("fraction in words restated as a percentage, wrong (fr)", "fr", "2024-06-10",
         "Trois communes sur quatre ont voté pour, soit 60 %.", (),
         (Flag("60 %", "arithmetic", "error"),)),
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
    Case("change from the nearest starting value, wrong (en)", "en", "2024-12-13",
         "Councillors approved, by 52 votes to 31, a budget of $2.8 billion for 2025, up 11% on the $2.65 "
         "billion voted last year.", (),
         (Flag("11%", "arithmetic", "error"),)),
    Case("hausse depuis la valeur de départ la plus proche, fausse (fr)", "fr", "2024-12-13",
         "Les élus ont adopté, par 52 voix contre 31, un budget de 2,8 milliards d'euros, en hausse de 11 % par "
         "rapport aux 2,65 milliards votés l'an dernier.", (),
         (Flag("11 %", "arithmetic", "error"),)),
    Case("a change written as a fraction, wrong (en)", "en", "2024-04-22",
         "Runners raised £4.2 million for charity, up a third on the £3.6 million raised last year.", (),
         (Flag("a third", "arithmetic", "error"),)),
    Case("a fall written as a fraction, wrong (en)", "en", "2024-04-22",
         "Ticket sales fell by a quarter to 30,000, from 36,000 in 2023.", (),
         (Flag("a quarter", "arithmetic", "error"),)),
    Case("a total after its parts, wrong (en)", "en", "2024-07-05",
         "The airline said 12,400 passengers had been rebooked on other carriers and 8,900 had been given "
         "refunds, 23,300 in all.", (),
         (Flag("23,300", "arithmetic", "error"),)),
    Case("total après des parties entre parenthèses, faux (fr)", "fr", "2024-12-13",
         "Les crédits iront d'abord aux transports (510 millions), avec l'achat de quatorze rames, puis aux "
         "lycées (280 millions) et au numérique (90 millions), soit 940 millions d'euros au total.", (),
         (Flag("940 millions d'euros", "arithmetic", "error"),)),
    Case("a share after 'meaning', wrong (en)", "en", "2024-03-06",
         "Of the 318 cases, 212 were in children who had never been vaccinated, meaning one in three patients "
         "had no protection at all.", (),
         (Flag("one in three", "arithmetic", "error"),)),
    Case("part après « ce qui signifie qu' », fausse (fr)", "fr", "2024-03-06",
         "Sur les 318 cas, 212 concernaient des enfants jamais vaccinés, ce qui signifie qu'un patient sur trois "
         "n'avait aucune protection.", (),
         (Flag("un patient sur trois", "arithmetic", "error"),)),
    Case("a part opening 'Among them', wrong (en)", "en", "2024-05-14",
         "The survey was carried out in early April among 2,015 workers. Among them, 1,090 say they prefer to "
         "come to the office four or five days a week, two-thirds of those questioned.", (),
         (Flag("two-thirds", "arithmetic", "error"),)),
    Case("part ouvrant « Parmi eux », fausse (fr)", "fr", "2024-05-14",
         "L'enquête a été menée début avril auprès de 2 015 actifs. Parmi eux, 1 090 disent préférer venir au "
         "bureau quatre ou cinq jours par semaine, soit les deux tiers des personnes interrogées.", (),
         (Flag("deux tiers", "arithmetic", "error"),)),
    Case("a share of the parts listed, wrong (en)", "en", "2024-10-14",
         "According to the final count, 16,210 people voted yes and 13,340 voted no, so the dam was backed by "
         "nearly two-thirds of those who took part.", (),
         (Flag("nearly two-thirds", "arithmetic", "error"),)),
    Case("part des voix exprimées fausse (fr)", "fr", "2024-10-14",
         "Selon le décompte final, 16 210 électeurs ont voté oui et 13 340 non : le barrage a donc été approuvé "
         "par 65 % des votants.", (),
         (Flag("65 %", "arithmetic", "error"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"arithmetic"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"arithmetic"})
