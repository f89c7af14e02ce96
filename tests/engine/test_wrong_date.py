"""wrong_date: a dated fact placed outside the reference's date, relative dates included."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

REFERENCES = (
    reference("halden-bridge-opening", "Halden bridge", "opening to traffic", ["Halden bridge", "pont de Halden",
              "opened", "opening", "inauguré", "inauguration", "mise en service"], "date",
              date="2023-06-30", as_of="2023-06-30"),
    reference("halden-bridge-length", "Halden bridge", "length of the bridge", ["Halden bridge", "pont de Halden",
              "length", "long", "longueur"], "quantity", 7.8, unit="km", as_of="2023-06-30"),
)

VALID = [
    Case("right date (en)", "en", "2024-02-01",
         "The Halden bridge, which opened on 30 June 2023, now carries 21,000 vehicles a day.", REFERENCES),
    Case("date of something else in the sentence (en)", "en", "2024-02-01",
         "The Halden bridge, which opened in June 2023, was closed on Tuesday for repairs, the operator said.",
         REFERENCES),
    Case("bonne date (fr)", "fr", "2024-02-01",
         "Inauguré le 30 juin 2023, le pont de Halden voit passer 21 000 véhicules par jour.", REFERENCES),
    Case("date relative juste (fr)", "fr", "2024-02-01",
         "Le pont de Halden, inauguré l'an dernier, voit passer 21 000 véhicules par jour.", REFERENCES),
]

INVALID = [
    Case("wrong year (en)", "en", "2024-02-01",
         "The Halden bridge, which opened on 30 June 2022, now carries 21,000 vehicles a day.", REFERENCES,
         (Flag("30 June 2022", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("mauvais mois (fr)", "fr", "2024-02-01",
         "Inauguré le 30 juillet 2023, le pont de Halden voit passer 21 000 véhicules par jour.", REFERENCES,
         (Flag("30 juillet 2023", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("relative date (fr)", "fr", "2025-02-01",
         "Le pont de Halden, inauguré l'an dernier, voit passer 21 000 véhicules par jour.", REFERENCES,
         (Flag("l'an dernier", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("weekday (en)", "en", "2023-07-03",
         "The Halden bridge opened to traffic on Thursday after six years of work.", REFERENCES,
         (Flag("Thursday", "wrong_date", "error", "halden-bridge-opening"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"wrong_date"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"wrong_date"})
