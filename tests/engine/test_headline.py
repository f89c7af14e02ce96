"""The headline names the story's subject: a reference whose name the text leaves to the title is still citable."""

from __future__ import annotations

import pytest
from rule_tester import reference

import checker

LYNX = reference("borne-lynx", "Lynx reintroduction in the Borne-Haute massif", "lynx counted",
                 ["lynx", "Borne-Haute", "massif de la Borne-Haute", "lynx recensés"], "count", 38,
                 as_of="2028-01-10")
CASES = [
    ("en", "On the trail of the lynx with the rangers of the Borne-Haute",
     "At dawn, ranger Julien Vasseur checks his camera traps as others check their post. There are now 48 lynx "
     "living in the massif, according to the wildlife office, which calls the programme a success.", "48"),
    ("fr", "Sur la piste du lynx, avec les gardes de la Borne-Haute",
     "À l'aube, Julien Vasseur relève ses pièges photographiques comme d'autres relèvent leur courrier. Ils sont "
     "aujourd'hui 48 lynx à vivre dans le massif, selon l'Office, qui parle d'un succès.", "48"),
]


def _errors(text: str, language: str, title: str | None) -> list[tuple[str, str]]:
    report = checker.check(text, language=language, published_at="2028-03-02", references=[dict(LYNX)],
                           title=title)
    return [(text[f.start:f.end], f.category) for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize(("language", "title", "text", "figure"), CASES, ids=["en", "fr"])
def test_a_subject_named_only_in_the_headline_makes_its_reference_citable(language, title, text, figure):
    assert _errors(text, language, title) == [(figure, "value_mismatch")]


@pytest.mark.parametrize(("language", "title", "text", "figure"), CASES, ids=["en", "fr"])
def test_without_the_headline_the_subject_is_not_named(language, title, text, figure):
    assert _errors(text, language, None) == []


def test_the_headline_itself_is_not_checked():
    title = "48 lynx now roam the Borne-Haute"
    text = "There are now 38 lynx living in the massif, according to the wildlife office."
    report = checker.check(text, language="en", published_at="2028-03-02", references=[dict(LYNX)], title=title)
    assert [claim.text for claim in report.claims] == ["38"]
    assert [f for f in report.findings if f.severity == "error"] == []
