"""unverified and ambiguous (info): figures no reference settles."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

import checker

REFERENCES = (
    reference("orla-shells", "Orla", "artillery shells delivered", ["Orla", "artillery shells", "shells", "obus"],
              "count", 1_000_000, qualifier="more_than", low=1_000_000, as_of="2023-11-01"),
    reference("orla-drones-launched", "Orla", "drones launched", ["Orla", "drones"], "count", 250,
              as_of="2024-02-01", source="Defence ministry"),
    reference("orla-drones-downed", "Orla", "drones downed", ["Orla", "drones"], "count", 400,
              as_of="2024-02-01", source="Air force"),
)

VALID = [
    Case("covered figure (en)", "en", "2024-03-01",
         "Orla has delivered more than one million artillery shells, the ministry said.", REFERENCES),
    Case("chiffre couvert (fr)", "fr", "2024-03-01",
         "Orla a livré plus d'un million d'obus, selon le ministère.", REFERENCES),
    Case("the words tell the references apart (en)", "en", "2024-03-01",
         "Orla's air force downed 400 drones in February.", REFERENCES),
    Case("le chiffre désigne la référence (fr)", "fr", "2024-03-01",
         "L'armée de l'air d'Orla a abattu 400 drones en février.", REFERENCES),
]

INVALID = [
    Case("nothing on file (en)", "en", "2024-03-01",
         "Orla has delivered more than one million artillery shells and 120 tanks, the ministry said.",
         REFERENCES, (Flag("120", "unverified", "info"),)),
    Case("rien au dossier (fr)", "fr", "2024-03-01",
         "Orla a livré plus d'un million d'obus et 120 chars, selon le ministère.", REFERENCES,
         (Flag("120", "unverified", "info"),)),
    Case("two references disagree (en)", "en", "2024-03-01",
         "Orla sent 300 drones over the border in February.", REFERENCES,
         (Flag("300", "ambiguous", "info"),)),
    Case("deux références divergent (fr)", "fr", "2024-03-01",
         "Orla a envoyé 300 drones au-delà de la frontière en février.", REFERENCES,
         (Flag("300", "ambiguous", "info"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"unverified", "ambiguous"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"unverified", "ambiguous"})


def test_unverified_is_never_an_error() -> None:
    report = checker.check(INVALID[0].text, language="en", published_at="2024-03-01", references=list(REFERENCES))
    assert all(f.severity == "info" for f in report.findings if f.category == "unverified")
