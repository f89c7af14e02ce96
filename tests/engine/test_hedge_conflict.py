"""hedge_conflict: the hedge of a figure contradicts the reference's ("fewer than" where it says "more than")."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

REFERENCES = (
    reference("arvel-drones", "Arvel", "drones launched at the capital since January", ["Arvel", "drones",
              "attack drones", "drones d'attaque"], "count", 1_000, qualifier="more_than", low=1_000,
              as_of="2024-04-01"),
    reference("arvel-casualties", "Arvel", "civilians injured in the strikes", ["Arvel", "injured", "civilians",
              "blessés", "civils"], "count", 30, qualifier="approx", as_of="2024-04-01"),
)

VALID = [
    Case("same direction (en)", "en", "2024-04-05",
         "Arvel has launched more than 1,000 attack drones at the capital since January, officials said.",
         REFERENCES),
    Case("même sens (fr)", "fr", "2024-04-05",
         "Arvel a lancé plus de 1 000 drones d'attaque sur la capitale depuis janvier, selon les autorités.",
         REFERENCES),
]

INVALID = [
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
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"hedge_conflict"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"hedge_conflict"})
