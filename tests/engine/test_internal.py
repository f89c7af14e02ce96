"""internal: the same quantity stated twice in one article with different values."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case

import checker

VALID = [
    Case("restated alike (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near the front. Officials believe the six "
         "generals are there to learn how drones are used.", ()),
    Case("a group and part of it (en)", "en", "2024-11-20",
         "Six senior officials attended the talks. Five officials later spoke to reporters.", ()),
    Case("même chiffre (fr)", "fr", "2024-04-08",
         "Trois fortes répliques ont été ressenties samedi. Ces trois répliques ont achevé de détruire des "
         "bâtiments fragilisés.", ()),
]

INVALID = [
    Case("restated with another value (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near the front. Officials believe the five "
         "generals are there to learn how drones are used.", (),
         (Flag("five", "internal", "warning"),)),
    Case("autre valeur (fr)", "fr", "2024-04-08",
         "Trois fortes répliques ont été ressenties samedi. Ces quatre répliques ont achevé de détruire des "
         "bâtiments fragilisés.", (),
         (Flag("quatre", "internal", "warning"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"internal"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"internal"})


def test_the_later_mention_points_to_the_first() -> None:
    report = checker.check(INVALID[0].text, language="en", published_at="2024-11-20")
    finding = next(f for f in report.findings if f.category == "internal")
    first = next(claim for claim in report.claims if claim.text == "Six")
    assert finding.related_claim_ids == (first.id,)
