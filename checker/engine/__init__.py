"""Rules engine: the registry of rule kinds, the rule set loaded from rules/, and running it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker.engine.arithmetic import Arithmetic
from checker.engine.base import CheckContext, RuleKind
from checker.engine.compare import Tolerances
from checker.engine.config import RuleConfig, RuleFileError, load_rule_configs
from checker.engine.conversion import WrongConversion
from checker.engine.internal import InternalContradiction
from checker.engine.unverified import AmbiguousReference, Unverified
from checker.engine.value import HedgeConflict, Outdated, ScaleError, UnitMismatch, ValueMismatch
from checker.engine.wrong_date import WrongDate
from checker.report import SEVERITIES, Finding

#: Every rule kind, by name.
REGISTRY: dict[str, type[RuleKind]] = {
    kind.name: kind for kind in sorted(
        (AmbiguousReference, Arithmetic, HedgeConflict, InternalContradiction, Outdated, ScaleError,
         UnitMismatch, Unverified, ValueMismatch, WrongConversion, WrongDate),
        key=lambda kind: kind.name)
}


class UnknownRule(ValueError):
    """A request named a rule id that is not in the rule set."""


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[RuleKind, ...]
    tolerances: Tolerances = Tolerances()

    @property
    def ids(self) -> list[str]:
        return [rule.config.id for rule in self.rules]

    def configs(self) -> list[RuleConfig]:
        return [rule.config for rule in self.rules]

    def select(self, only: Iterable[str] | None = None, disabled: Iterable[str] | None = None) -> RuleSet:
        """The rules to run for one request: ``only`` these ids (even if disabled in their file) minus ``disabled``."""
        known = set(self.ids)
        unknown = sorted((set(only or ()) | set(disabled or ())) - known)
        if unknown:
            raise UnknownRule(f"unknown rule id(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        off = set(disabled or ())
        if only is not None:
            chosen = [rule for rule in self.rules if rule.config.id in set(only)]
        else:
            chosen = [rule for rule in self.rules if rule.config.enabled]
        return RuleSet(tuple(rule for rule in chosen if rule.config.id not in off), self.tolerances)

    def context(self, **parts) -> CheckContext:
        return CheckContext(tolerances=self.tolerances, **parts)

    def run(self, context: CheckContext) -> list[Finding]:
        """Every finding, in text order (errors first at one place), numbered f1, f2, ...

        A claim with an error or a warning is not also reported as unverified: the information would
        only repeat, less usefully, that something is wrong with it.
        """
        findings = [finding for rule in self.rules for finding in rule.check(context)]
        flagged = {finding.claim_id for finding in findings if finding.severity != "info"}
        findings = [finding for finding in findings if finding.severity != "info" or finding.claim_id not in flagged]
        findings.sort(key=lambda f: (f.start, SEVERITIES.index(f.severity), f.rule))
        # Finding(**vars(...)) rather than dataclasses.replace: the same copy, a third faster on ~50 findings.
        return [Finding(**{**vars(finding), "id": f"f{number}"}) for number, finding in enumerate(findings, 1)]


def load_rules(folder: Path) -> RuleSet:
    """The rule set declared by the YAML files in ``folder`` (raises RuleFileError on a bad file)."""
    configs = load_rule_configs(folder, set(REGISTRY))
    return RuleSet(tuple(REGISTRY[config.kind](config) for config in configs), _tolerances(configs))


def _tolerances(configs: list[RuleConfig]) -> Tolerances:
    """The tolerances every reference rule shares, set in the value_mismatch rule file."""
    params = next((config.params for config in configs if config.kind == "value_mismatch"), {})
    defaults = Tolerances()
    try:
        return Tolerances(
            relative=float(params.get("relative_tolerance", defaults.relative)),
            absolute=float(params.get("absolute_tolerance", defaults.absolute)),
            scale=float(params.get("scale_tolerance", defaults.scale)),
            max_ratio=float(params.get("max_ratio", defaults.max_ratio)),
        )
    except (TypeError, ValueError) as error:
        raise RuleFileError(f"value_mismatch tolerances must be numbers: {error}") from None


__all__ = ["REGISTRY", "RuleFileError", "RuleSet", "UnknownRule", "load_rules"]
