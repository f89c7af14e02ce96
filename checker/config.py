"""Settings: defaults, then environment variables (DATABASE_URL, REDIS_URL, CHECKER_*), then overrides."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def default_instance_path() -> Path:
    return Path(os.environ.get("CHECKER_INSTANCE_PATH", Path.cwd() / "instance"))


@dataclass(frozen=True)
class Settings:
    """Every knob of the service. Each field ``name`` is read from ``CHECKER_<NAME>`` unless noted."""

    database_url: str = ""  # DATABASE_URL; default: SQLite file in the instance folder
    redis_url: str = ""  # REDIS_URL
    instance_path: Path = field(default_factory=default_instance_path)
    max_body_bytes: int = 1_000_000
    max_text_chars: int = 200_000
    max_batch_articles: int = 100
    max_batch_references: int = 10_000
    page_size_max: int = 500
    demo_references: bool = True  # load the bundled demo references into an empty table
    auto_migrate: bool = True  # apply migrations at start-up
    rules_dir: str = ""  # CHECKER_RULES_DIR; default: rules/ beside the package
    webhook_secret: str = ""
    public_url: str = ""  # base URL used to build review links, e.g. https://checker.example.org
    secret_key: str = ""  # signs session cookies (CSRF tokens); default: generated once in the instance folder
    publish_policy: str = "no_errors"  # webhook "publishable": no_errors, or no_warnings (no errors nor warnings)
    log_level: str = "INFO"
    auth: str = "open"  # "open": no keys (a single desk); "keys": Bearer API keys with roles
    rate_limit: str = "600 per minute"  # per API key (or per client address when open); "" to disable

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{Path(self.instance_path).resolve() / 'checker.sqlite'}"


def _convert(raw: str, current: Any) -> Any:
    if isinstance(current, bool):
        value = raw.strip().lower()
        if value in {"1", "true", "yes", "on"}:
            return True
        if value in {"0", "false", "no", "off", ""}:
            return False
        raise ValueError(f"expected a boolean, got {raw!r}")
    if isinstance(current, int):
        return int(raw)
    if isinstance(current, Path):
        return Path(raw)
    return raw


def load_settings(overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then the environment, then ``overrides`` (used by tests)."""
    environ = os.environ if environ is None else environ
    settings = Settings()
    values: dict[str, Any] = {}
    for item in fields(Settings):
        name = {"database_url": "DATABASE_URL", "redis_url": "REDIS_URL"}.get(
            item.name, f"CHECKER_{item.name.upper()}"
        )
        if name in environ:
            try:
                values[item.name] = _convert(environ[name], getattr(settings, item.name))
            except ValueError as error:
                raise ValueError(f"invalid value for {name}: {error}") from error
    values.update(overrides or {})
    return replace(settings, **values)
