"""Build the parser evaluation corpus (en.jsonl, fr.jsonl) from the annotated sources in src/<lang>/.

Source format (see PROVENANCE.md): files ``src/<lang>/NN-topic.txt``, read in name order.

    # a comment
    @ 2024-03-15                      published_at of the sentences that follow
    The army fired more than one million artillery shells last year.
      more than one million | count 1000000 more_than | artillery shells
      last year | date 2023

A sentence is one unindented line; its claims are the indented lines under it:
``span[#n] | kind tokens | counted``. ``#n`` picks the n-th occurrence of the span
(required when it occurs more than once as a whole token). Tokens after the kind:
a number (the value), a qualifier, ``inc``/``dec`` (change), a date (``2023``,
``2023-02``, ``2023-02-24``, ``A..B``), a granularity, anything else is the unit.
In texts and spans ``_`` stands for U+00A0 and ``^`` for U+202F.

Offsets are computed here, never written by hand: the build fails when a span
is missing, ambiguous or overlaps another one.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from checker.claims import CLAIM_KINDS, GRANULARITIES, KINDS, QUALIFIERS  # noqa: E402

LANGUAGES = ("en", "fr")
SPECIAL_SPACES = {"_": "\u00a0", "^": "\u202f"}
CHANGES = {"inc": "increase", "dec": "decrease"}
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e\d+)?")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_SPAN_OCCURRENCE = re.compile(r"^(.*?)(?:#(\d+))?$")
FIELDS = (
    "text",
    "start",
    "end",
    "kind",
    "value",
    "qualifier",
    "unit",
    "counted",
    "date_start",
    "date_end",
    "granularity",
    "change",
)


class CorpusError(ValueError):
    """An annotation that cannot be turned into a corpus line."""


@dataclass(frozen=True)
class Entry:
    source: str
    line: int
    published_at: str
    text: str
    annotations: tuple[str, ...]


def _unescape(text: str) -> str:
    for mark, space in SPECIAL_SPACES.items():
        text = text.replace(mark, space)
    return text


def read_entries(path: Path) -> list[Entry]:
    """The sentences of one source file with their raw annotation lines."""
    entries: list[Entry] = []
    published_at = None
    current: dict | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("@"):
            published_at = raw[1:].strip()
            dt.date.fromisoformat(published_at)
            continue
        if raw[0].isspace():
            if current is None:
                raise CorpusError(f"{path.name}:{number}: annotation before any sentence")
            current["annotations"].append(raw.strip())
            continue
        if published_at is None:
            raise CorpusError(f"{path.name}:{number}: sentence before any '@ date' line")
        if current is not None:
            entries.append(Entry(**current | {"annotations": tuple(current["annotations"])}))
        current = {
            "source": path.name,
            "line": number,
            "published_at": published_at,
            "text": _unescape(raw.rstrip()),
            "annotations": [],
        }
    if current is not None:
        entries.append(Entry(**current | {"annotations": tuple(current["annotations"])}))
    return entries


def _is_boundary(text: str, index: int) -> bool:
    return index <= 0 or index >= len(text) or not text[index].isalnum() or not text[index - 1].isalnum()


def find_span(text: str, span: str, occurrence: int | None) -> tuple[int, int]:
    """Offsets of the chosen whole-token occurrence of ``span`` in ``text``."""
    starts = []
    index = text.find(span)
    while index >= 0:
        end = index + len(span)
        if _is_boundary(text, index) and _is_boundary(text, end):
            starts.append(index)
        index = text.find(span, index + 1)
    if not starts:
        raise CorpusError(f"span {span!r} not found")
    if occurrence is None:
        if len(starts) > 1:
            raise CorpusError(f"span {span!r} occurs {len(starts)} times: add #n")
        occurrence = 1
    if occurrence > len(starts):
        raise CorpusError(f"span {span!r} occurs only {len(starts)} times, not {occurrence}")
    start = starts[occurrence - 1]
    return start, start + len(span)


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _date_bounds(token: str) -> tuple[str, str, str]:
    """(date_start, date_end, granularity) of ``2023``, ``2023-02``, ``2023-02-24`` or ``A..B``."""
    first, _, last = token.partition("..")
    last = last or first
    for part in (first, last):
        if not _DATE.fullmatch(part):
            raise CorpusError(f"bad date {part!r}")
    start = [int(x) for x in first.split("-")]
    end = [int(x) for x in last.split("-")]
    start_date = dt.date(start[0], start[1] if len(start) > 1 else 1, start[2] if len(start) > 2 else 1)
    end_year, end_month = end[0], end[1] if len(end) > 1 else 12
    end_day = end[2] if len(end) > 2 else _month_end(end_year, end_month)
    end_date = dt.date(end_year, end_month, end_day)
    if end_date < start_date:
        raise CorpusError(f"date {token!r} ends before it starts")
    granularity = {1: "year", 2: "month", 3: "day"}[len(start)]
    return start_date.isoformat(), end_date.isoformat(), granularity


def _value(token: str) -> int | float:
    number = float(token)
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def parse_annotation(line: str, text: str) -> dict:
    """One claim dict (with offsets) from an annotation line."""
    fields = [field.strip() for field in line.split(" | ")]
    if len(fields) not in (2, 3):
        raise CorpusError(f"annotation needs 'span | kind ... [| counted]': {line!r}")
    span_field, tokens = fields[0], fields[1].split()
    span, occurrence = _SPAN_OCCURRENCE.match(span_field).groups()
    span = _unescape(span)
    start, end = find_span(text, span, int(occurrence) if occurrence else None)
    kind = tokens[0]
    if kind not in KINDS:
        raise CorpusError(f"unknown kind {kind!r}")
    claim = dict.fromkeys(FIELDS)
    claim |= {"text": span, "start": start, "end": end, "kind": kind}
    if kind in CLAIM_KINDS:
        claim["qualifier"] = "exact"
    granularity = None
    for token in tokens[1:]:
        if token in QUALIFIERS:
            claim["qualifier"] = token
        elif token in CHANGES:
            claim["change"] = CHANGES[token]
        elif kind == "date" and token in GRANULARITIES:
            granularity = token
        elif kind == "date" and re.fullmatch(r"[\d.-]+", token):
            claim["date_start"], claim["date_end"], claim["granularity"] = _date_bounds(token)
        elif _NUMBER.fullmatch(token):
            claim["value"] = _value(token)
        else:
            claim["unit"] = token
    if granularity:
        claim["granularity"] = granularity
    if len(fields) == 3:
        claim["counted"] = _unescape(fields[2])
    _check_claim(claim)
    return claim


def _check_claim(claim: dict) -> None:
    kind = claim["kind"]
    if kind == "date":
        if claim["date_start"] is None or claim["value"] is not None or claim["unit"] is not None:
            raise CorpusError(f"date {claim['text']!r} needs a date and no value or unit")
    elif kind in CLAIM_KINDS:
        if claim["value"] is None:
            raise CorpusError(f"{kind} {claim['text']!r} has no value")
        if kind in ("quantity", "money", "percent") and claim["unit"] is None:
            raise CorpusError(f"{kind} {claim['text']!r} has no unit")
        if kind in ("count", "ratio") and claim["unit"] is not None:
            raise CorpusError(f"{kind} {claim['text']!r} must not have a unit")
    elif any(claim[key] is not None for key in ("value", "unit", "qualifier", "date_start")):
        raise CorpusError(f"not-claim {claim['text']!r} carries claim fields")
    if claim["counted"] is not None and kind != "count":
        raise CorpusError(f"{kind} {claim['text']!r}: counted is annotated on counts only")


def build_line(entry: Entry, identifier: str, language: str) -> dict:
    """The corpus line of one sentence, claims in text order, spans checked."""
    try:
        claims = sorted((parse_annotation(a, entry.text) for a in entry.annotations), key=lambda claim: claim["start"])
        for before, after in zip(claims, claims[1:], strict=False):
            if after["start"] < before["end"]:
                raise CorpusError(f"spans {before['text']!r} and {after['text']!r} overlap")
    except CorpusError as error:
        raise CorpusError(f"{language}/{entry.source}:{entry.line}: {error}") from None
    topic = entry.source.split(".")[0].split("-", 1)[-1]
    return {
        "id": identifier,
        "text": entry.text,
        "language": language,
        "published_at": entry.published_at,
        "topic": topic,
        "claims": claims,
    }


def build(language: str) -> list[dict]:
    """All corpus lines of ``language``, numbered in source order."""
    sources = sorted((HERE / "src" / language).glob("*.txt"))
    entries = [entry for path in sources for entry in read_entries(path)]
    return [build_line(entry, f"{language}-{n:03d}", language) for n, entry in enumerate(entries, start=1)]


def dumps(lines: list[dict]) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def stats(lines: list[dict]) -> dict:
    """Counts an author checks the coverage with: sentences, claims per kind, empty/not-claim-only lines."""
    kinds: dict[str, int] = {}
    for line in lines:
        for claim in line["claims"]:
            kinds[claim["kind"]] = kinds.get(claim["kind"], 0) + 1
    empty = sum(1 for line in lines if not line["claims"])
    not_claims_only = sum(
        1 for line in lines if line["claims"] and all(c["kind"] not in CLAIM_KINDS for c in line["claims"])
    )
    return {
        "sentences": len(lines),
        "empty": empty,
        "not_claims_only": not_claims_only,
        "kinds": dict(sorted(kinds.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="default: all")
    parser.add_argument("--check", action="store_true", help="fail if the committed JSONL is out of date")
    args = parser.parse_args(argv)
    status = 0
    for language in args.lang or LANGUAGES:
        try:
            content = dumps(build(language))
        except CorpusError as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        target = HERE / f"{language}.jsonl"
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != content:
                print(f"{target.name} is out of date: run bench/data/parser/build.py", file=sys.stderr)
                status = 1
        else:
            target.write_text(content, encoding="utf-8")
        print(language, json.dumps(stats([json.loads(line) for line in content.splitlines()])))
    return status


if __name__ == "__main__":
    sys.exit(main())
