"""Table-driven rule tests (ESLint's RuleTester habit): articles that must pass, articles that must be flagged."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import checker


@dataclass(frozen=True)
class Flag:
    """A finding an article must produce: its span text, category, severity and the reference it cites."""

    text: str
    category: str
    severity: str
    reference: str | None = None
    occurrence: int = 1


@dataclass(frozen=True)
class Case:
    """One article, checked through ``checker.check`` against ``references``."""

    name: str
    language: str
    published_at: str
    text: str
    references: tuple[dict[str, Any], ...]
    flags: tuple[Flag, ...] = field(default=())


def reference(ref_id: str, subject: str, measure: str, aliases: list[str], kind: str, value: float | None = None,
              *, qualifier: str = "exact", unit: str | None = None, date: str | None = None,
              as_of: str = "2024-01-15", source: str = "Test desk", low: float | None = None,
              high: float | None = None) -> dict[str, Any]:
    """A reference record in the table's contract shape."""
    return {
        "id": ref_id, "subject": subject, "measure": measure, "aliases": aliases, "kind": kind, "value": value,
        "qualifier": qualifier, "low": low, "high": high, "unit": unit, "date": date, "as_of": as_of,
        "source": source, "url": f"https://example.org/{ref_id}", "published_at": as_of, "notes": "",
    }


def _span(text: str, fragment: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(fragment, start + 1)
        assert start != -1, f"{fragment!r} (occurrence {occurrence}) is not in the article"
    return start, start + len(fragment)


def assert_case(case: Case, categories: set[str]) -> None:
    """The case's article yields exactly its flags among findings of ``categories``, each on its span."""
    report = checker.check(case.text, language=case.language, published_at=case.published_at,
                           references=[dict(record) for record in case.references])
    found = [finding for finding in report.findings if finding.category in categories]
    expected = []
    for flag in case.flags:
        start, end = _span(case.text, flag.text, flag.occurrence)
        expected.append((start, end, flag.category, flag.severity, flag.reference))
    # A finding covers its flag's text from its start: "13,4" or "13,4 points", as the parser spans it.
    got = [(f.start, next((end for start, end, *_ in expected if start == f.start and f.end <= end), f.end),
            f.category, f.severity, (f.reference or {}).get("id")) for f in found]
    assert sorted(got, key=str) == sorted(expected, key=str), "\n".join(
        [f"{case.name}: expected {expected}", f"got {got}", *(f"  {f.category}: {f.message}" for f in found)])
    for finding in found:
        assert finding.message and "{" not in finding.message, finding.message
