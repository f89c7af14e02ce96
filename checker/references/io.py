"""Reading and writing reference files: CSV (aliases joined by "|"), a JSON array, or JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from checker.references.records import FIELDS

ALIAS_SEPARATOR = "|"


class ReferenceFileError(ValueError):
    """The file as a whole cannot be read (bad JSON, missing CSV header...)."""


def detect_format(path: Path, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    suffix = path.suffix.lower()
    if suffix in {".csv", ".tsv"}:
        return "csv"
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".json":
        return "json"
    raise ReferenceFileError(f"cannot tell the format of {path.name}; use --format csv|json|jsonl")


def read_records(handle: IO[str], file_format: str) -> Iterator[tuple[int, Any]]:
    """(row number as a person counts it, raw record) pairs: CSV line number, JSON record number."""
    if file_format == "csv":
        reader = csv.DictReader(handle)
        if not reader.fieldnames:
            raise ReferenceFileError("the CSV file is empty (no header row)")
        unknown = [name for name in reader.fieldnames if name not in FIELDS]
        if unknown:
            raise ReferenceFileError(f"unknown CSV column(s): {', '.join(unknown)}; expected {', '.join(FIELDS)}")
        for row in reader:
            yield reader.line_num, {key: (value if value != "" else None) for key, value in row.items()}
    elif file_format == "jsonl":
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as error:
                    raise ReferenceFileError(f"line {number}: invalid JSON: {error.msg}") from None
    elif file_format == "json":
        try:
            data = json.load(handle)
        except json.JSONDecodeError as error:
            raise ReferenceFileError(f"invalid JSON at line {error.lineno}: {error.msg}") from None
        if not isinstance(data, list):
            data = [data]
        yield from enumerate(data, 1)
    else:
        raise ReferenceFileError(f"unknown format {file_format!r}")


def _csv_value(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "aliases":
        return ALIAS_SEPARATOR.join(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_records(records: Iterable[dict[str, Any]], handle: IO[str], file_format: str) -> int:
    """Write contract records (no bookkeeping fields); returns how many."""
    count = 0
    if file_format == "csv":
        writer = csv.DictWriter(handle, fieldnames=list(FIELDS), lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({name: _csv_value(name, record.get(name)) for name in FIELDS})
            count += 1
    elif file_format == "jsonl":
        for record in records:
            handle.write(json.dumps({name: record.get(name) for name in FIELDS}, ensure_ascii=False) + "\n")
            count += 1
    else:
        handle.write("[")
        for record in records:
            handle.write(("," if count else "") + "\n  " + json.dumps({name: record.get(name) for name in FIELDS},
                                                                     ensure_ascii=False))
            count += 1
        handle.write("\n]\n")
    return count


def text_stream(raw: IO[bytes]) -> IO[str]:
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
