"""Protection of the HTML pages: the signing key, CSRF tokens on forms, and security headers."""

from __future__ import annotations

import hmac
import os
import secrets
import uuid
from pathlib import Path

from flask import Response, session

CSRF_FIELD = "csrf_token"
_SESSION_KEY = "csrf"

#: Scripts and styles come only from this site's static files: no inline script, nothing from elsewhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HTML_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def instance_secret_key(instance_path: Path) -> str:
    """The key kept in ``<instance>/secret_key``, created on first use; every worker reads the same one."""
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".secret_key.{uuid.uuid4().hex}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(48))
        try:
            os.link(draft, path)  # atomic: the first worker's key wins, the others read it
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text(encoding="ascii").strip()


class CsrfRejected(Exception):
    """A form post without the token of the session that displayed the form."""


def csrf_token() -> str:
    """This session's token, for a hidden field of every form."""
    if _SESSION_KEY not in session:
        session[_SESSION_KEY] = secrets.token_urlsafe(32)
    return session[_SESSION_KEY]


def check_csrf(submitted: str | None) -> None:
    expected = session.get(_SESSION_KEY)
    if not expected or not submitted or not hmac.compare_digest(expected.encode(), submitted.encode()):
        raise CsrfRejected()


def add_html_headers(response: Response) -> Response:
    if response.mimetype == "text/html":
        for name, value in HTML_HEADERS.items():
            response.headers.setdefault(name, value)
    return response
