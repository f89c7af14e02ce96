"""Numeric-claim checker: parse the numbers of a news article and check them against prior reports.

Python API::

    import checker
    claims = checker.extract("North Korea sent more than one million shells", language="en")
    report = checker.check(text, published_at="2024-03-01", references=[{...}, ...])
    report.to_dict()   # the /check contract
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checker.claims import Claim
    from checker.engine import RuleSet
    from checker.references.index import ReferenceIndex
    from checker.report import Report

__all__ = ["check", "default_rules", "extract"]


def _date(value: dt.date | str | None) -> dt.date | None:
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def extract(text: str, language: str | None = None, published_at: dt.date | str | None = None) -> list[Claim]:
    """Every numeric mention of ``text`` (claims and not-claims), in text order."""
    from checker.document import make_document
    from checker.parse import parse

    return parse(make_document(text, language, _date(published_at)))


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The rule set declared in rules/ (or the folder named by ``CHECKER_RULES_DIR``)."""
    from pathlib import Path

    from checker.config import load_settings
    from checker.engine import load_rules
    from checker.paths import data_folder

    folder = load_settings().rules_dir
    return load_rules(Path(folder) if folder else data_folder("rules"))


def check(text: str, *, language: str | None = None, published_at: dt.date | str | None = None,
          references: ReferenceIndex | Iterable[dict[str, Any]] = (), rules: RuleSet | None = None,
          title: str | None = None) -> Report:
    """Check ``text`` against ``references`` (reference records, or a prepared ReferenceIndex); the ``title``
    (headline) is not checked, but the subject it names counts as named by the article."""
    from checker.pipeline import check_text

    return check_text(text, language=language, published_at=_date(published_at), references=references,
                      rules=rules or default_rules(), title=title)
