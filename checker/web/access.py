"""Access control (Bearer API keys with roles) and rate limiting per key.

Roles: ``editor`` may check, extract, read runs and references and use the
review page; ``admin`` may also write references. The OpenAPI document,
/health and /metrics need no key; the CMS webhook is authenticated by its
signature instead. ``CHECKER_AUTH=open`` (the embedded default) runs without
keys, for a single desk, and says so loudly at start-up.
"""

from __future__ import annotations

import structlog
from flask import Flask, g, redirect, request, session, url_for
from flask_limiter import Limiter

from checker.keys import SESSION_KEY_ID, Principal, authenticate, principal_of
from checker.web.errors import Problem
from checker.web.state import db, services

log = structlog.get_logger(__name__)

PUBLIC_ENDPOINTS = {"openapi.serve", "api.health", "metrics.metrics", "static", "review.login", "review.login_submit"}
PUBLIC_BLUEPRINTS = {"webhooks", "login"}
ADMIN_WRITES = {("references.create", "POST"), ("references.update", "PUT"), ("references.delete", "DELETE")}
OPEN_DESK = Principal("open", "open desk", "admin")
#: Browser pages that sign in once with a key (the login form) rather than send it in a header.
SESSION_BLUEPRINTS = {"review"}


def _required_role(endpoint: str | None, method: str) -> str | None:
    if endpoint is None or endpoint in PUBLIC_ENDPOINTS or endpoint.split(".")[0] in PUBLIC_BLUEPRINTS:
        return None
    return "admin" if (endpoint, method) in ADMIN_WRITES else "editor"


def _principal_from_request() -> Principal | None:
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() == "bearer" and secret.strip():
        return authenticate(db(), secret.strip())
    if request.blueprint in SESSION_BLUEPRINTS and session.get(SESSION_KEY_ID):
        return principal_of(db(), session[SESSION_KEY_ID])
    if request.blueprint == "languagetool" and request.form.get("apiKey"):
        return authenticate(db(), request.form["apiKey"])  # LanguageTool clients send their key this way
    return None


def _check_access():
    g.principal = OPEN_DESK
    if services().settings.auth == "open":
        return
    role = _required_role(request.endpoint, request.method)
    if role is None:
        return
    principal = _principal_from_request()
    if principal is None and request.blueprint in SESSION_BLUEPRINTS and request.method == "GET":
        return redirect(url_for("review.login", next=request.full_path.rstrip("?")))
    if principal is None:
        raise Problem(401, "Unauthorized", "send a valid API key: Authorization: Bearer <key>",
                      headers={"WWW-Authenticate": 'Bearer realm="checker"'})
    if not principal.may(role):
        raise Problem(403, "Forbidden", f"this key has the role {principal.role!r}; this needs {role!r}")
    g.principal = principal


def _rate_key() -> str:
    principal = g.get("principal")
    if principal is not None and principal is not OPEN_DESK:
        return f"key:{principal.key_id}"
    return f"ip:{request.remote_addr or 'unknown'}"


def install(app: Flask) -> None:
    settings = app.extensions["checker"].settings
    if settings.auth not in {"open", "keys"}:
        raise ValueError(f"CHECKER_AUTH must be 'open' or 'keys', got {settings.auth!r}")
    if settings.auth == "open":
        log.warning("access_open", message="CHECKER_AUTH=open: anyone who can reach this service may check "
                    "articles AND change references. Use CHECKER_AUTH=keys beyond a single desk.")
    app.before_request(_check_access)
    limiter = Limiter(
        key_func=_rate_key,
        app=app,
        default_limits=[settings.rate_limit] if settings.rate_limit else [],
        storage_uri=settings.redis_url or "memory://",
        headers_enabled=True,
        default_limits_exempt_when=lambda: request.endpoint in PUBLIC_ENDPOINTS,
    )
    app.extensions["checker_limiter"] = limiter
