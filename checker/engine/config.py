"""Rule files: one YAML file per rule under rules/, the rule id taken from the file name."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.report import SEVERITIES


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class RuleConfig:
    id: str
    kind: str
    severity: str
    category: str
    messages: dict[str, str]
    short_messages: dict[str, str] = field(default_factory=dict)
    description: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True

    def message(self, language: str) -> str:
        return self.messages.get(language) or self.messages["en"]

    def short_message(self, language: str) -> str:
        return self.short_messages.get(language) or self.short_messages.get("en") or self.id


def load_rule_file(path: Path, known_kinds: set[str]) -> RuleConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RuleFileError(f"{path}: cannot read rule file: {error}") from error
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}: a rule file must be a mapping")
    kind = data.get("kind")
    if kind not in known_kinds:
        raise RuleFileError(f"{path}: unknown rule kind {kind!r}; known: {', '.join(sorted(known_kinds))}")
    severity = data.get("severity")
    if severity not in SEVERITIES:
        raise RuleFileError(f"{path}: severity must be one of {', '.join(SEVERITIES)}")
    messages = data.get("messages")
    if not isinstance(messages, dict) or "en" not in messages or not all(
        isinstance(text, str) for text in messages.values()
    ):
        raise RuleFileError(f"{path}: messages must map languages to templates and include 'en'")
    params = data.get("params") or {}
    if not isinstance(params, dict):
        raise RuleFileError(f"{path}: params must be a mapping")
    return RuleConfig(
        id=path.stem,
        kind=kind,
        severity=severity,
        category=data.get("category") or kind,
        messages=messages,
        short_messages=data.get("short_messages") or {},
        description=data.get("description") or "",
        params=params,
        enabled=bool(data.get("enabled", True)),
    )


def load_rule_configs(folder: Path, known_kinds: set[str]) -> list[RuleConfig]:
    """Every ``*.yaml`` rule in ``folder``, sorted by id."""
    if not folder.is_dir():
        raise RuleFileError(f"rules folder {folder} does not exist")
    return sorted((load_rule_file(path, known_kinds) for path in folder.glob("*.yaml")), key=lambda r: r.id)
