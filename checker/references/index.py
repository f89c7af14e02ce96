"""In-memory match index over the reference table: terms, postings per kind, series of superseded figures."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from checker.claims import Interval
from checker.terms import fold, terms

#: Approximate references ("about 50") cover this relative margin either side.
APPROX_MARGIN = 0.1


def reference_interval(record: dict[str, Any]) -> Interval | None:
    """The interval a reference commits to: explicit low/high win over value and qualifier."""
    value, low, high = record.get("value"), record.get("low"), record.get("high")
    if low is not None or high is not None:
        return Interval(-math.inf if low is None else low, math.inf if high is None else high)
    if value is None:
        return None
    qualifier = record.get("qualifier") or "exact"
    margin = abs(value) * APPROX_MARGIN
    return {
        "exact": Interval(value, value),
        "approx": Interval(value - margin, value + margin),
        "more_than": Interval(value, math.inf),
        "at_least": Interval(value, math.inf),
        "less_than": Interval(-math.inf, value),
        "at_most": Interval(-math.inf, value),
    }.get(qualifier, Interval(value, value))


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class IndexedReference:
    """A reference prepared for matching."""

    record: dict[str, Any]
    terms: frozenset[str]
    series_key: tuple[str, str]
    interval: Interval | None
    date: dt.date | None
    as_of: dt.date | None

    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def kind(self) -> str:
        return self.record["kind"]


def prepare(record: dict[str, Any]) -> IndexedReference:
    words = " ".join([record.get("subject") or "", record.get("measure") or "", *record.get("aliases", [])])
    return IndexedReference(
        record=record,
        terms=frozenset(terms(words)),
        series_key=(fold(record.get("subject") or ""), fold(record.get("measure") or "")),
        interval=reference_interval(record),
        date=_as_date(record.get("date")),
        as_of=_as_date(record.get("as_of")),
    )


@dataclass
class ReferenceIndex:
    """Postings term -> reference ids, per reference kind, kept in step with the table.

    ``stamp`` is the database's index stamp this index reflects; ``last_pk`` the
    newest stored version it has applied, so a refresh only reads what changed.
    """

    stamp: int = 0
    last_pk: int = 0
    references: dict[str, IndexedReference] = field(default_factory=dict)
    postings: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    document_frequency: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    series: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]]) -> ReferenceIndex:
        index = cls()
        for record in records:
            index.put(record)
        return index

    def __len__(self) -> int:
        return len(self.references)

    def put(self, record: dict[str, Any]) -> None:
        """Add a reference, replacing an earlier version with the same id."""
        self.remove(record["id"])
        item = prepare(record)
        self.references[item.id] = item
        kind_postings = self.postings[item.kind]
        for term in item.terms:
            kind_postings[term].add(item.id)
            self.document_frequency[term] += 1
        self.series[item.series_key].add(item.id)

    def remove(self, ref_id: str) -> None:
        item = self.references.pop(ref_id, None)
        if item is None:
            return
        kind_postings = self.postings[item.kind]
        for term in item.terms:
            kind_postings[term].discard(ref_id)
            if not kind_postings[term]:
                del kind_postings[term]
            self.document_frequency[term] -= 1
            if self.document_frequency[term] <= 0:
                del self.document_frequency[term]
        members = self.series[item.series_key]
        members.discard(ref_id)
        if not members:
            del self.series[item.series_key]

    def idf(self, term: str) -> float:
        """1 for a term every reference has, growing with rarity (so scores mean the same in small tables)."""
        return 1 + math.log((len(self.references) + 1) / (self.document_frequency.get(term, 0) + 1))

    def series_of(self, item: IndexedReference) -> list[IndexedReference]:
        """References with the same subject and measure (successive figures), oldest first."""
        members = [self.references[ref_id] for ref_id in self.series.get(item.series_key, ())]
        return sorted(members, key=lambda ref: (ref.as_of or dt.date.min, ref.id))
