"""API keys: created with a random secret shown once, stored hashed, revoked (never deleted)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from checker.references.models import ApiKey, utcnow

ROLES = ("editor", "admin")
#: Where a browser session keeps the id of the key it signed in with (the review page).
SESSION_KEY_ID = "api_key_id"
SECRET_PREFIX = "chk_"


@dataclass(frozen=True)
class Principal:
    """Who is calling: a key's id, name and role."""

    key_id: str
    name: str
    role: str

    def may(self, role: str) -> bool:
        return self.role == "admin" or self.role == role


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_key(session: Session, name: str, role: str) -> tuple[ApiKey, str]:
    """A new key and its secret (the secret is not stored and cannot be shown again)."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if not name.strip():
        raise ValueError("a key needs a name (who or what uses it)")
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(id="key_" + secrets.token_hex(8), name=name.strip()[:200], role=role, prefix=secret[:12],
                 secret_hash=_digest(secret), created_at=utcnow())
    session.add(key)
    session.flush()
    return key, secret


def authenticate(session: Session, secret: str) -> Principal | None:
    """The principal of a live key with this secret, or None."""
    if not secret.startswith(SECRET_PREFIX) or len(secret) > 200:
        return None
    key = session.scalar(select(ApiKey).where(ApiKey.secret_hash == _digest(secret)))
    if key is None or key.revoked_at is not None:
        return None
    return Principal(key.id, key.name, key.role)


def principal_of(session: Session, key_id: str) -> Principal | None:
    """The principal of a live key, by id (a signed-in browser session)."""
    key = session.get(ApiKey, key_id)
    if key is None or key.revoked_at is not None:
        return None
    return Principal(key.id, key.name, key.role)


def revoke_key(session: Session, key_id: str) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise LookupError(f"no key with id {key_id!r}")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
    return key


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.created_at)))
