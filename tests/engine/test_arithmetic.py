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
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"arithmetic"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"arithmetic"})
