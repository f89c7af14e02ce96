"""CMS webhook payloads (a generic JSON article, a WordPress-style post) read into one CmsArticle."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Any

from checker.document import SUPPORTED_LANGUAGES
from checker.html_text import html_to_text
from checker.mapped_text import MappedText
from checker.web.errors import Problem, invalid
from checker.web.inputs import optional_date, optional_str

#: WordPress's "no date yet" (drafts).
WORDPRESS_NO_DATE = "0000-00-00 00:00:00"


@dataclass(frozen=True)
class CmsArticle:
    external_id: str
    text: str
    html: MappedText | None  # the text's map into the posted HTML, when the CMS sent HTML
    title: str | None
    published_at: dt.date | None
    language: str | None  # None: detect
    url: str | None
    shape: str  # "generic" or "wordpress"


def _storable(value: str | None, field: str) -> str | None:
    """Databases store no NUL character (PostgreSQL refuses it in text)."""
    if value is not None and "\x00" in value:
        raise invalid(field, "must not contain NUL characters")
    return value


def _external_id(value: Any, field: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int) or str(value).strip() == "":
        raise invalid(field, "is required: the CMS's id of the article (a string or an integer)")
    if len(str(value)) > 255:
        raise invalid(field, "must be at most 255 characters")
    external_id = str(value).strip()
    _storable(external_id, field)
    return external_id


def _language(value: Any, field: str) -> str | None:
    """``en``, ``fr``, ``auto``, or a locale such as ``fr-FR`` / ``fr_FR`` (WordPress's form)."""
    if value in (None, "", "auto"):
        return None
    code = value.replace("_", "-").split("-")[0].lower() if isinstance(value, str) else None
    if code not in SUPPORTED_LANGUAGES:
        raise invalid(field, f"must be one of {', '.join(SUPPORTED_LANGUAGES)}, a locale such as fr-FR, or auto")
    return code


def _body(value: Any, is_html: bool, field: str, max_chars: int) -> tuple[str, MappedText | None]:
    """The text to check, and its map into the HTML when ``value`` is HTML."""
    if not isinstance(value, str) or not value.strip():
        raise invalid(field, "is required and must be a non-empty string")
    mapped = html_to_text(value) if is_html else None
    text = mapped.text if mapped is not None else value
    if not text.strip():
        raise invalid(field, "holds no text")
    _storable(text, field)
    if len(text) > max_chars:
        raise Problem(413, "Payload Too Large", f"the article is {len(text)} characters; the limit is {max_chars}",
                      errors=[{"field": field, "message": f"must be at most {max_chars} characters of text"}])
    return text, mapped


def _generic(payload: dict[str, Any], max_chars: int) -> CmsArticle:
    if ("text" in payload) == ("html" in payload):
        raise invalid("text", "give either text or html, not both")
    field = "html" if "html" in payload else "text"
    text, mapped = _body(payload[field], field == "html", field, max_chars)
    return CmsArticle(
        external_id=_external_id(payload.get("id"), "id"),
        text=text,
        html=mapped,
        title=_storable(optional_str(payload, "title", 1000), "title"),
        published_at=optional_date(payload, "published_at"),
        language=_language(payload.get("language"), "language"),
        url=optional_str(payload, "url", 2000),
        shape="generic",
    )


def _wordpress(payload: dict[str, Any], max_chars: int) -> CmsArticle:
    post = payload["post"]
    text, mapped = _body(post.get("post_content"), True, "post.post_content", max_chars)
    title = _storable(optional_str(post, "post_title", 1000), "post.post_title")
    dates = {"post_date": None if post.get("post_date") == WORDPRESS_NO_DATE else post.get("post_date")}
    try:
        published_at = optional_date(dates, "post_date")
    except Problem:
        raise invalid("post.post_date", "must be a date such as 2024-03-01 09:30:00") from None
    return CmsArticle(
        external_id=_external_id(post.get("ID"), "post.ID"),
        text=text,
        html=mapped,
        title=html.unescape(title) if title else title,
        published_at=published_at,
        language=_language(payload.get("language"), "language"),
        url=optional_str(payload, "post_permalink", 2000) or optional_str(post, "guid", 2000),
        shape="wordpress",
    )


def read_article(payload: Any, max_chars: int) -> CmsArticle:
    """The article in ``payload``: a WordPress-style post when it has a ``post`` object, else the generic shape
    ``{"id", "title", "text" or "html", "published_at", "language", "url"}`` (other fields are ignored)."""
    if not isinstance(payload, dict):
        raise invalid("(body)", "must be a JSON object")
    if isinstance(payload.get("post"), dict):
        return _wordpress(payload, max_chars)
    return _generic(payload, max_chars)
