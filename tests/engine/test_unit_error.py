"""unit_error: the right number with the wrong unit (miles where the report says km)."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

REFERENCES = (
    reference("sorel-tunnel-length", "Sorel tunnel", "length of the tunnel", ["Sorel", "tunnel", "length", "long",
              "longueur"], "quantity", 27.4, unit="km", as_of="2023-10-01"),
    reference("sorel-tunnel-boring", "Sorel tunnel", "weight of the boring machine", ["Sorel", "boring machine",
              "tunnelier"], "quantity", 2_100, unit="t", as_of="2023-10-01"),
)

VALID = [
    Case("converted figure (en)", "en", "2024-01-10",
         "Once finished, the Sorel tunnel will be 17 miles long, the longest in the region.", REFERENCES),
    Case("unité juste (fr)", "fr", "2024-01-10",
         "Une fois achevé, le tunnel de Sorel sera long de 27,4 km, le plus long de la région.", REFERENCES),
]

INVALID = [
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
