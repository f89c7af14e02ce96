"""Per-language lexicons (number words, hedges, units, months...) loaded once from YAML data files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_lexicon(language: str, part: str) -> dict[str, Any]:
    """Lexicon ``part`` of ``language``, read once from ``checker/lexicons/<language>/<part>.yaml``.

    Parts: ``text`` (abbreviations), ``numbers``, ``units``, ``dates``. Adding a
    language means adding a folder of these files, not code.
    """
    path = resources.files("checker") / "lexicons" / language / f"{part}.yaml"
    if not path.is_file():
        raise ValueError(f"no {part!r} lexicon for language {language!r}")
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@cache
def cues(language: str, name: str) -> tuple[str, ...]:
    """The cue phrases ``name`` of the language (``checker/lexicons/<language>/text.yaml``, ``cues``), lower-case."""
    return tuple(cue.lower() for cue in load_lexicon(language, "text").get("cues", {}).get(name, ()))
