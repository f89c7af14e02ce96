"""Flask's JSON provider on orjson (responses are most of a check's serialisation cost)."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from checker import jsonio


class OrjsonProvider(DefaultJSONProvider):
    """Keys keep their order (``sort_keys`` does not apply)."""

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        return jsonio.dumps(obj)

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return jsonio.loads(s)


class CheckerFlask(Flask):
    json_provider_class = OrjsonProvider
