"""Reading and validating request bodies and query strings; every failure is a Problem naming the field."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from flask import Request

from checker.document import SUPPORTED_LANGUAGES
from checker.web.errors import Problem, invalid


def json_body(request: Request) -> Any:
    """The parsed JSON body (415 if not JSON, 400 if malformed)."""
    if not request.is_json:
        raise Problem(415, "Unsupported Media Type",
                      f"expected Content-Type application/json, got {request.mimetype or 'none'}")
    data = request.get_json(silent=True)
    if data is None:
        raise Problem(400, "Bad Request", "the body is not valid JSON")
    return data


def optional_date(data: dict[str, Any], name: str) -> dt.date | None:
    raw = data.get(name)
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise invalid(name, "must be an ISO date string (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        pass
    try:  # a full timestamp is accepted; its date is what anchors the article
        return dt.datetime.fromisoformat(raw.strip()).date()
    except ValueError:
        raise invalid(name, f"must be an ISO date (YYYY-MM-DD), got {raw[:40]!r}") from None


def optional_str(data: dict[str, Any], name: str, limit: int) -> str | None:
    raw = data.get(name)
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise invalid(name, "must be a string")
    if "\x00" in raw:
        raise invalid(name, "must not contain NUL characters")
    if len(raw) > limit:
        raise invalid(name, f"must be at most {limit} characters")
    return raw


def optional_bool(data: dict[str, Any], name: str, default: bool) -> bool:
    raw = data.get(name)
    if raw is None:
        return default
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "1", "yes", "false", "0", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise invalid(name, "must be true or false")


def optional_ids(data: dict[str, Any], name: str, comma_separated: bool = False) -> list[str] | None:
    """A list of rule ids (a JSON list, or in a query string a comma-separated string)."""
    raw = data.get(name)
    if raw is None:
        return None
    if comma_separated and isinstance(raw, str):
        raw = [part.strip() for part in raw.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise invalid(name, "must be a list of rule ids")
    return raw


def language(data: dict[str, Any]) -> str | None:
    raw = data.get("language")
    if raw is None or raw == "auto":
        return None
    if raw not in SUPPORTED_LANGUAGES:
        raise invalid("language", f"must be one of {', '.join(SUPPORTED_LANGUAGES)} or auto")
    return raw


ARTICLE_FIELDS = {"language", "published_at", "title", "store", "external_id", "rules", "disable_rules"}


@dataclass(frozen=True)
class ArticleInput:
    text: str
    language: str | None
    published_at: dt.date | None
    title: str | None
    store: bool
    external_id: str | None
    rules: list[str] | None
    disable_rules: list[str] | None


def _options(data: dict[str, Any], from_query: bool = False) -> dict[str, Any]:
    """The article options present in ``data``, each validated (a Problem names the first bad one)."""
    unknown = sorted(set(data) - ARTICLE_FIELDS)
    if unknown:
        raise invalid(unknown[0], f"unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(ARTICLE_FIELDS))}")
    readers = {
        "language": language,
        "published_at": lambda d: optional_date(d, "published_at"),
        "title": lambda d: optional_str(d, "title", 1000),
        "store": lambda d: optional_bool(d, "store", True),
        "external_id": lambda d: optional_str(d, "external_id", 255),
        "rules": lambda d: optional_ids(d, "rules", from_query),
        "disable_rules": lambda d: optional_ids(d, "disable_rules", from_query),
    }
    return {name: read(data) for name, read in readers.items() if name in data}


def article_input(request: Request, max_text_chars: int) -> ArticleInput:
    """An article from a JSON body or a text/plain body; options may also come in the query string.

    Query-string options are validated like body fields; where both give one, the body wins.
    """
    options = _options(dict(request.args), from_query=True)
    if request.mimetype == "text/plain":
        try:
            text = request.get_data().decode(request.mimetype_params.get("charset", "utf-8"))
        except (UnicodeDecodeError, LookupError):
            raise Problem(400, "Bad Request", "the body is not valid text in the declared charset") from None
    else:
        body = json_body(request)
        if not isinstance(body, dict):
            raise invalid("(body)", "must be a JSON object")
        text = body.pop("text", None)
        options |= _options(body)
    if not isinstance(text, str) or not text.strip():
        raise invalid("text", "is required and must be a non-empty string")
    if "\x00" in text:
        raise invalid("text", "must not contain NUL characters")
    if len(text) > max_text_chars:
        raise Problem(413, "Payload Too Large", f"text is {len(text)} characters; the limit is {max_text_chars}",
                      errors=[{"field": "text", "message": f"must be at most {max_text_chars} characters"}])
    return ArticleInput(
        text=text,
        language=options.get("language"),
        published_at=options.get("published_at"),
        title=options.get("title"),
        store=options.get("store", True),
        external_id=options.get("external_id"),
        rules=options.get("rules"),
        disable_rules=options.get("disable_rules"),
    )
