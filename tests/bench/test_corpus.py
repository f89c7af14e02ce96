"""The parser evaluation corpus is well formed, complete and built from its annotated sources."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from checker.claims import (
    CLAIM_KINDS,
    CURRENCIES,
    GRANULARITIES,
    KINDS,
    NOT_CLAIM_KINDS,
    PERCENT_UNITS,
    QUALIFIERS,
    QUANTITY_UNITS,
)

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "data" / "parser"
LANGUAGES = ("en", "fr")
ALLOWED_UNITS = {
    "quantity": set(QUANTITY_UNITS),
    "money": set(CURRENCIES),
    "percent": set(PERCENT_UNITS),
    "count": {None},
    "ratio": {None},
    "date": {None},
}


def load(language: str) -> list[dict]:
    text = (CORPUS / f"{language}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def _iso(value: str | None) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def claim_problems(claim: dict, text: str) -> list[str]:
    """What is wrong with one annotated claim of ``text`` (empty when nothing is)."""
    problems = []
    kind = claim.get("kind")
    if not (0 <= claim["start"] < claim["end"] <= len(text)) or text[claim["start"] : claim["end"]] != claim["text"]:
        problems.append(f"span {claim['text']!r} is not text[{claim['start']}:{claim['end']}]")
    if kind not in KINDS:
        return problems + [f"unknown kind {kind!r}"]
    if kind in NOT_CLAIM_KINDS:
        if any(claim[key] is not None for key in ("value", "unit", "qualifier", "date_start", "counted")):
            problems.append(f"not-claim {claim['text']!r} carries claim fields")
        return problems
    if claim["qualifier"] not in QUALIFIERS:
        problems.append(f"qualifier {claim['qualifier']!r} of {claim['text']!r}")
    if claim["unit"] not in ALLOWED_UNITS[kind]:
        problems.append(f"unit {claim['unit']!r} not allowed for {kind} {claim['text']!r}")
    if kind == "date":
        if not (_iso(claim["date_start"]) and _iso(claim["date_end"]) and claim["date_start"] <= claim["date_end"]):
            problems.append(f"date {claim['text']!r}: {claim['date_start']}..{claim['date_end']}")
        if claim["granularity"] not in GRANULARITIES:
            problems.append(f"granularity {claim['granularity']!r} of {claim['text']!r}")
    elif not isinstance(claim["value"], int | float):
        problems.append(f"{kind} {claim['text']!r} has no value")
    if claim["change"] not in (None, "increase", "decrease"):
        problems.append(f"change {claim['change']!r} of {claim['text']!r}")
    return problems


def corpus_problems(lines: list[dict], language: str) -> list[str]:
    """Every problem of a corpus: ids, languages, dates, spans, kinds, qualifiers and units."""
    problems = []
    ids = [line["id"] for line in lines]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for line in lines:
        where = line["id"]
        if not where.startswith(f"{language}-") or line["language"] != language:
            problems.append(f"{where}: wrong language")
        if not _iso(line["published_at"]):
            problems.append(f"{where}: published_at {line['published_at']!r}")
        spans = sorted((claim["start"], claim["end"]) for claim in line["claims"])
        if any(after[0] < before[1] for before, after in zip(spans, spans[1:], strict=False)):
            problems.append(f"{where}: overlapping spans")
        for claim in line["claims"]:
            problems += [f"{where}: {problem}" for problem in claim_problems(claim, line["text"])]
    return problems


@pytest.fixture(scope="module", params=LANGUAGES)
def corpus(request) -> tuple[str, list[dict]]:
    return request.param, load(request.param)


def test_corpus_is_well_formed(corpus):
    language, lines = corpus
    assert corpus_problems(lines, language) == []


def test_corpus_is_large_enough_and_has_sentences_without_claims(corpus):
    _, lines = corpus
    no_numbers = sum(1 for line in lines if not line["claims"])
    not_claims_only = sum(
        1 for line in lines if line["claims"] and all(c["kind"] in NOT_CLAIM_KINDS for c in line["claims"])
    )
    assert len(lines) >= 300
    assert no_numbers >= 0.15 * len(lines)
    assert not_claims_only >= 0.10 * len(lines)


def test_corpus_covers_every_kind_qualifier_and_unit_family(corpus):
    _, lines = corpus
    claims = [claim for line in lines for claim in line["claims"]]
    kinds = {claim["kind"] for claim in claims}
    qualifiers = {claim["qualifier"] for claim in claims if claim["kind"] in CLAIM_KINDS}
    granularities = {claim["granularity"] for claim in claims if claim["kind"] == "date"}
    assert kinds == set(KINDS)
    assert qualifiers == set(QUALIFIERS)
    assert {"day", "week", "month", "quarter", "season", "year", "decade"} <= granularities
    assert set(PERCENT_UNITS) <= {claim["unit"] for claim in claims if claim["kind"] == "percent"}
    assert {"increase", "decrease"} <= {claim["change"] for claim in claims}


def test_french_corpus_mixes_the_three_thousands_separators():
    spans = [claim["text"] for line in load("fr") for claim in line["claims"]]
    for space in (" ", "\u00a0", "\u202f"):
        grouped = [span for span in spans if re.search(rf"\d{space}\d{{3}}(?!\d)", span)]
        assert len(grouped) >= 10, repr(space)


def test_a_corrupted_line_is_reported():
    line = copy.deepcopy(next(line for line in load("en") if len(line["claims"]) >= 2))
    line["claims"][0]["start"] += 1
    line["claims"][1]["kind"] = "amount"
    extra = copy.deepcopy(line)
    extra["claims"] = [dict(line["claims"][-1], kind="money", unit="dollars", value=5, qualifier="roughly")]
    problems = corpus_problems([line, extra], "en")
    assert any("is not text[" in problem for problem in problems)
    assert any("unknown kind 'amount'" in problem for problem in problems)
    assert any("unit 'dollars'" in problem for problem in problems)
    assert any("qualifier 'roughly'" in problem for problem in problems)
    assert "duplicate ids" in problems


def test_committed_corpus_is_what_the_sources_build():
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # dataclasses look their module up there
    try:
        spec.loader.exec_module(build)
    finally:
        del sys.modules[spec.name]
    for language in LANGUAGES:
        expected = (CORPUS / f"{language}.jsonl").read_text(encoding="utf-8")
        assert build.dumps(build.build(language)) == expected, f"run bench/data/parser/build.py ({language})"


def _load_script(name: str):
    path = CORPUS.parents[1] / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evaluation_scores_the_gold_as_perfect_and_a_hedgeless_parser_as_worse():
    evaluation = _load_script("eval_parser")
    lines = load("en")
    gold = {line["text"]: line["claims"] for line in lines}

    def perfect(text, language, published_at):
        return copy.deepcopy(gold[text])

    def hedgeless(text, language, published_at):
        claims = copy.deepcopy(gold[text])
        for claim in claims:
            if claim["qualifier"] not in (None, "exact", "range"):
                claim["qualifier"] = "exact"
            if claim["kind"] == "label":
                claim["kind"] = "date"
        return claims

    best = evaluation.metrics(evaluation.evaluate(lines, perfect))
    worse = evaluation.metrics(evaluation.evaluate(lines, hedgeless))
    assert best["overall"]["f1"] == best["overall"]["value"] == best["overall"]["qualifier"] == 1.0
    assert best["not_claims"]["all"]["leaked"] == 0.0
    assert worse["overall"]["qualifier"] < 0.9
    assert worse["overall"]["precision"] < 1.0
    assert worse["not_claims"]["label"]["leaked"] == 1.0
