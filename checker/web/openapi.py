"""Serves the OpenAPI document (checker/web/openapi.yaml) as JSON."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from flask import Blueprint, jsonify

blueprint = Blueprint("openapi", __name__)


@lru_cache(maxsize=1)
def openapi_document() -> dict[str, Any]:
    with (resources.files("checker") / "web" / "openapi.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@blueprint.get("/openapi.json")
def serve():
    return jsonify(openapi_document())
