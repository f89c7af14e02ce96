"""The bundled demo shows one finding of every category, in both languages."""

from __future__ import annotations

import pytest

import checker
from checker.demo import demo_article, demo_references

CATEGORIES = {"value_mismatch", "scale", "hedge_conflict", "wrong_date", "unit_error", "arithmetic", "internal",
              "outdated", "unverified"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_demo_shows_every_category(language: str) -> None:
    article = demo_article(language)
    report = checker.check(article["text"], language=language, published_at=article["published_at"],
                           references=demo_references())
    assert {finding.category for finding in report.findings} >= CATEGORIES
    for finding in report.findings:
        if finding.category not in ("unverified", "internal", "arithmetic"):
            assert finding.reference is not None, finding
