"""The check pipeline: Document -> claims -> matches -> rules -> Report."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from typing import Any

from checker.document import Document, make_document
from checker.engine import RuleSet
from checker.match import DEFAULT_MATCH, MatchSettings, match_claims
from checker.parse import parse
from checker.references.index import ReferenceIndex
from checker.report import ReferenceUse, Report


def run_check(document: Document, index: ReferenceIndex, rules: RuleSet,
              match_settings: MatchSettings | None = None, started: float | None = None) -> Report:
    """Parse, match and apply the rules to one document (``started``: perf_counter when the request began)."""
    started = time.perf_counter() if started is None else started
    claims = tuple(parse(document))
    matches = match_claims(document, claims, index, match_settings or DEFAULT_MATCH)
    findings = rules.run(rules.context(document=document, claims=claims, matches=matches, index=index))
    used = tuple(
        ReferenceUse(claim.id, claim.text, match.best.reference.id, match.best.reference.record.get("version"))
        for claim in claims
        if (match := matches.get(claim.id)) is not None and match.best is not None and not match.ambiguous
    )
    elapsed = (time.perf_counter() - started) * 1000
    return Report(document.language, document.published_at, claims, tuple(findings), elapsed_ms=elapsed,
                  references_used=used)


def check_text(text: str, *, language: str | None = None, published_at: dt.date | None = None,
               references: ReferenceIndex | Iterable[dict[str, Any]] = (), rules: RuleSet,
               title: str | None = None) -> Report:
    """Check ``text`` (its headline: ``title``) against ``references`` (an index, or reference records to index
    now)."""
    index = references if isinstance(references, ReferenceIndex) else ReferenceIndex.from_records(references)
    started = time.perf_counter()
    return run_check(make_document(text, language, published_at, title), index, rules, started=started)
