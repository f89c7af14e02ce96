"""What every rule kind gets (the check context) and how it writes a finding."""

from __future__ import annotations

from abc import ABC, abstractmethod
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from checker.claims import Claim
from checker.document import Document
from checker.engine.compare import Comparison, Tolerances, compare
from checker.engine.config import RuleConfig
from checker.engine.mentions import antecedent, description
from checker.lexicon import cues
from checker.match import Candidate, Match
from checker.references.index import ReferenceIndex
from checker.report import Finding
from checker.timing import attached_date, timing

#: How far after a claim its counted noun phrase may start to be quoted with it.
_COUNTED_REACH = 40


@dataclass(frozen=True)
class CheckContext:
    document: Document
    claims: tuple[Claim, ...]
    matches: dict[str, Match]
    index: ReferenceIndex
    tolerances: Tolerances = Tolerances()
    _comparisons: dict[str, Comparison | None] = field(default_factory=dict, repr=False)
    _antecedents: dict[str, Claim | None] = field(default_factory=dict, repr=False)
    _by_sentence: dict[int, tuple[Claim, ...]] = field(default_factory=dict, repr=False)
    _dates: dict[str, Claim | None] = field(default_factory=dict, repr=False)
    _descriptions: dict[str, list[frozenset[str]]] = field(default_factory=dict, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _memo: dict[Hashable, Any] = field(default_factory=dict, repr=False)
    _cues: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    @property
    def language(self) -> str:
        return self.document.language

    def comparison(self, claim: Claim) -> Comparison | None:
        """The claim against its reference (computed once and shared by the rules)."""
        if claim.id not in self._comparisons:
            match = self.matches.get(claim.id)
            self._comparisons[claim.id] = None if match is None or match.best is None else compare(
                claim, match, self.index, self.document.anchor, self.tolerances,
                timing(self.document, claim, self.sentence_claims(claim.sentence)))
        return self._comparisons[claim.id]

    def antecedent(self, claim: Claim) -> Claim | None:
        """The earlier figure this one restates ("the five generals" after "six generals"), if any: not when a
        reference of its own reports it, now or before, and the earlier figure is not of that reference's series
        ("Its 23 fences ... Of the 18 runners", each on file): then it counts what that report counts."""
        if claim.id not in self._antecedents:
            first = antecedent(self.document, claim, self.claims, self.description)
            self._antecedents[claim.id] = None if first is None or self._reported_apart(first, claim) else first
        return self._antecedents[claim.id]

    def _reported_apart(self, first: Claim, later: Claim) -> bool:
        """Does a reference of the later figure's own report it (the value on file, or an older record of it),
        one the first figure is not of?"""
        found = self.comparison(later)
        if found is None or found.verdict not in ("ok", "outdated"):
            return False
        theirs = self.comparison(first)
        return theirs is None or theirs.reference.series_key != found.reference.series_key

    def description(self, claim: Claim) -> list[frozenset[str]]:
        """What the figure is of, word by word (checker/engine/mentions.py), computed once per claim."""
        if claim.id not in self._descriptions:
            if not self._starts:
                self._starts.extend(sorted(other.start for other in self.claims))
            following = bisect_left(self._starts, claim.end)
            next_start = self._starts[following] if following < len(self._starts) else None
            self._descriptions[claim.id] = description(self.document, claim, next_start)
        return self._descriptions[claim.id]

    def sentence_claims(self, number: int) -> tuple[Claim, ...]:
        """The claims of sentence ``number``, in text order (the article's claims are grouped once)."""
        if not self._by_sentence and self.claims:
            grouped: dict[int, list[Claim]] = {}
            for claim in self.claims:
                grouped.setdefault(claim.sentence, []).append(claim)
            self._by_sentence.update((key, tuple(group)) for key, group in grouped.items())
        return self._by_sentence.get(number, ())

    def attached_date(self, claim: Claim) -> Claim | None:
        """The date saying when the figure holds (checker/timing.py), computed once per claim."""
        if claim.id not in self._dates:
            self._dates[claim.id] = attached_date(self.document, claim, self.sentence_claims(claim.sentence))
        return self._dates[claim.id]

    def cached(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``, run once per check for ``key``: what a rule reads for many claims of a sentence."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def cues(self, name: str) -> tuple[str, ...]:
        """Cue phrases of the article's language (lexicons/<lang>/text.yaml, ``cues``), lower-case."""
        found = self._cues.get(name)
        if found is None:
            found = self._cues[name] = cues(self.language, name)
        return found

    def between(self, first: Claim, second: Claim) -> str:
        """The text between two claims, lower-cased with spaces collapsed ("" if they overlap)."""
        return " ".join(self.document.text[first.end:second.start].lower().split())

    def sentence_text(self, claim: Claim) -> str:
        sentence = self.document.sentences[claim.sentence]
        return self.document.text[sentence.start:sentence.end]

    def quote(self, claim: Claim) -> str:
        """The claim as an editor reads it, with what it counts: "plus de 2 millions d'obus"."""
        if claim.counted:
            found = self.document.text.find(claim.counted, claim.end, claim.end + _COUNTED_REACH)
            if found != -1:
                return " ".join(self.document.text[claim.start:found + len(claim.counted)].split())
        return " ".join(claim.text.split())


class RuleKind(ABC):
    """A kind of check; rule files under rules/ configure instances of it.

    Subclasses document, in their docstring: what they check, why it matters,
    an example that passes and one that fails.
    """

    name: ClassVar[str]

    def __init__(self, config: RuleConfig):
        self.config = config

    @abstractmethod
    def check(self, context: CheckContext) -> Iterable[Finding]:
        """The findings of this rule on one article."""

    def param(self, name: str, default: Any) -> Any:
        return self.config.params.get(name, default)

    def finding(self, context: CheckContext, claim: Claim, values: dict[str, Any], *,
                candidate: Candidate | None = None, reference: dict[str, Any] | None = None,
                related: Iterable[str] = (), expected: str | None = None,
                evidence: dict[str, Any] | None = None) -> Finding:
        values = {"claim": context.quote(claim), **values}
        message = self.config.message(context.language).format_map(values)
        short_message = self.config.short_message(context.language).format_map(values)
        if candidate is not None:
            evidence = {**candidate.evidence(), **(evidence or {})}
        return Finding(
            rule=self.config.id,
            category=self.config.category,
            severity=self.config.severity,
            start=claim.start,
            end=claim.end,
            message=message,
            short_message=short_message,
            claim_id=claim.id,
            related_claim_ids=tuple(related),
            expected=expected,
            reference=reference or (candidate.reference.record if candidate else None),
            evidence=evidence,
        )
