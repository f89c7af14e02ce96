"""A finding's identity across runs of an edited article (rule, claim text, occurrence) and what changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Longest claim text kept in a key (a key must fit its database column).
_KEY_TEXT_CHARS = 200


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()[:_KEY_TEXT_CHARS]


def finding_keys(report: dict[str, Any]) -> dict[str, str]:
    """Finding id -> key ``rule|claim text|n``, n counting the same rule on the same claim text in text order.

    Offsets move when an article is edited; the rule, the figure as written and its rank do not.
    """
    claim_texts = {claim["id"]: claim["text"] for claim in report.get("claims", [])}
    seen: dict[tuple[str, str], int] = {}
    keys = {}
    for finding in sorted(report.get("findings", []), key=lambda f: (f["start"], f["end"])):
        text = _normalised(claim_texts.get(finding["claim_id"], ""))
        occurrence = seen.get((finding["rule"], text), 0) + 1
        seen[(finding["rule"], text)] = occurrence
        keys[finding["id"]] = f"{finding['rule']}|{text}|{occurrence}"
    return keys


@dataclass(frozen=True)
class Changes:
    """Findings of the previous run gone from this one (fixed), findings new in this one, and how many stayed.

    Each finding is its report's dict plus ``claim_text``, the figure as written in its own run.
    """

    fixed: tuple[dict[str, Any], ...]
    new: tuple[dict[str, Any], ...]
    unchanged: int


def changes_between(previous: dict[str, Any], current: dict[str, Any]) -> Changes:
    """Compare two reports by finding key, not by offsets."""
    previous_keys, current_keys = finding_keys(previous), finding_keys(current)
    before = {key: finding_id for finding_id, key in previous_keys.items()}
    after = {key: finding_id for finding_id, key in current_keys.items()}
    fixed = tuple(_with_claim_text(previous, f) for f in previous.get("findings", [])
                  if previous_keys[f["id"]] not in after)
    new = tuple(_with_claim_text(current, f) for f in current.get("findings", [])
                if current_keys[f["id"]] not in before)
    return Changes(fixed, new, len(set(before) & set(after)))


def _with_claim_text(report: dict[str, Any], finding: dict[str, Any]) -> dict[str, Any]:
    text = next((c["text"] for c in report.get("claims", []) if c["id"] == finding["claim_id"]), "")
    return finding | {"claim_text": text}
