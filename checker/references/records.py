"""The reference record contract: validation and normalisation of incoming JSON/CSV records."""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from dataclasses import dataclass
from typing import Any

from checker.claims import REFERENCE_QUALIFIERS

REFERENCE_KINDS = ("count", "quantity", "money", "percent", "date")
FIELDS = (
    "id", "subject", "measure", "aliases", "kind", "value", "qualifier", "low", "high",
    "unit", "date", "as_of", "source", "url", "published_at", "notes",
)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_TEXT_LIMITS = {"subject": 500, "measure": 500, "unit": 32, "source": 500, "url": 2000, "notes": 10_000}


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


class InvalidRecord(ValueError):
    """A record that breaks the contract; ``errors`` names each bad field."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


def new_reference_id() -> str:
    return "ref_" + uuid.uuid4().hex[:16]


def _number(data: dict, name: str, errors: list[FieldError]) -> float | None:
    raw = data.get(name)
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        errors.append(FieldError(name, "must be a number"))
        return None
    try:
        number = float(raw)
    except (TypeError, ValueError):
        errors.append(FieldError(name, f"must be a number, got {raw!r}"))
        return None
    if not math.isfinite(number):
        errors.append(FieldError(name, "must be a finite number"))
        return None
    return number


def _date(data: dict, name: str, errors: list[FieldError]) -> dt.date | None:
    raw = data.get(name)
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str):
        errors.append(FieldError(name, "must be an ISO date string (YYYY-MM-DD)"))
        return None
    try:
        return dt.date.fromisoformat(raw.strip()[:10])
    except ValueError:
        errors.append(FieldError(name, f"must be an ISO date (YYYY-MM-DD), got {raw!r}"))
        return None


def _text(data: dict, name: str, errors: list[FieldError], required: bool = False) -> str | None:
    raw = data.get(name)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            errors.append(FieldError(name, "is required"))
        return None
    if not isinstance(raw, str):
        errors.append(FieldError(name, "must be a string"))
        return None
    if "\x00" in raw:
        errors.append(FieldError(name, "must not contain NUL characters"))
        return None
    if len(raw) > _TEXT_LIMITS.get(name, 500):
        errors.append(FieldError(name, f"is longer than {_TEXT_LIMITS.get(name, 500)} characters"))
        return None
    return raw.strip()


def _aliases(data: dict, errors: list[FieldError]) -> list[str]:
    raw = data.get("aliases")
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):  # CSV: "a|b|c" or "a;b"
        raw = [part for part in re.split(r"[|;]", raw)]
    if not isinstance(raw, list) or not all(isinstance(item, str) and "\x00" not in item for item in raw):
        errors.append(FieldError("aliases", "must be a list of strings (without NUL characters)"))
        return []
    if len(raw) > 200:
        errors.append(FieldError("aliases", "has more than 200 entries"))
        return []
    return [item.strip() for item in raw if item.strip()]


def validate_record(data: Any, *, reference_id: str | None = None) -> dict[str, Any]:
    """Check ``data`` against the contract and return the normalised record.

    Raises InvalidRecord with every bad field. ``reference_id`` (from the URL of a
    PUT) wins over an ``id`` in the body only when the body has none; a different
    one is an error, never a silent rename.
    """
    if not isinstance(data, dict):
        raise InvalidRecord([FieldError("(record)", "must be a JSON object")])
    errors: list[FieldError] = []
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        errors.append(FieldError(unknown[0], f"unknown field(s): {', '.join(unknown)}"))

    record_id = data.get("id")
    if record_id in (None, ""):
        record_id = reference_id or new_reference_id()
    elif not isinstance(record_id, str) or not _ID.fullmatch(record_id):
        errors.append(FieldError("id", "must be 1-128 letters, digits or . _ : - (starting with a letter or digit)"))
    elif reference_id is not None and record_id != reference_id:
        errors.append(FieldError("id", f"does not match the URL ({reference_id!r})"))

    kind = data.get("kind")
    if kind not in REFERENCE_KINDS:
        errors.append(FieldError("kind", f"must be one of {', '.join(REFERENCE_KINDS)}"))
    qualifier = data.get("qualifier") or "exact"
    if qualifier not in REFERENCE_QUALIFIERS:
        errors.append(FieldError("qualifier", f"must be one of {', '.join(REFERENCE_QUALIFIERS)}"))

    record = {
        "id": record_id,
        "subject": _text(data, "subject", errors, required=True),
        "measure": _text(data, "measure", errors, required=True),
        "aliases": _aliases(data, errors),
        "kind": kind,
        "value": _number(data, "value", errors),
        "qualifier": qualifier,
        "low": _number(data, "low", errors),
        "high": _number(data, "high", errors),
        "unit": _text(data, "unit", errors),
        "date": _date(data, "date", errors),
        "as_of": _date(data, "as_of", errors),
        "source": _text(data, "source", errors),
        "url": _text(data, "url", errors),
        "published_at": _date(data, "published_at", errors),
        "notes": _text(data, "notes", errors),
    }
    if kind == "date":
        if record["date"] is None and "date" not in {e.field for e in errors}:
            errors.append(FieldError("date", "is required for a date reference"))
    elif kind in REFERENCE_KINDS and record["value"] is None and record["low"] is None and record["high"] is None:
        if not {"value", "low", "high"} & {e.field for e in errors}:
            errors.append(FieldError("value", f"is required for a {kind} reference (or give low/high)"))
    if record["low"] is not None and record["high"] is not None and record["low"] > record["high"]:
        errors.append(FieldError("low", "is greater than high"))
    if errors:
        raise InvalidRecord(errors)
    return record
