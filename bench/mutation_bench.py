"""Mutation benchmark: perturb one correct figure at a time and count how often the engine notices.

    .venv/bin/python bench/mutation_bench.py [--data DIR] [--limit N] [--type TYPE ...] [--json PATH] [--misses]

For every label marked correct in the data set's articles (``--data``, default bench/data/rules),
the figure is rewritten in the article's own number format (French decimal comma and spaced
thousands included):

    x10       the number times ten                          18,3 km -> 183 km
    x1000     the scale word one step up, else times 1000   $4.8 billion -> $4.8 trillion, €38 -> €38,000
    +20%      the number times 1.2                          21 stations -> 25 stations
    -20%      the number times 0.8                          2,4 % -> 1,9 %
    year±1    the year of a date, one up and one down       24 February 2022 -> 24 February 2023
    unit      the unit swapped                              km<->miles, °C<->°F, tonnes<->kg, mm, km/h, ha
    hedge     a directional hedge flipped                   more than <-> fewer than, plus de <-> moins de

Only mutants that are wrong for certain are made: no numeric change on a figure whose reference
is open-ended ("more than 3 million" stays compatible with "more than 3.6 million"), no year
change without a year, no x1000 on percents. A mutant is *caught* when an error or warning
finding overlaps the rewritten span; mutants whose span was already flagged in the unmutated
article are left out of the rates. The script also reports the share of unmutated articles with
no error finding. Language data (hedges, units, scale words, separators) is in
bench/data/rules/lexicon.yaml. Exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_rules import SEVERE, add_data_option, check_or_report, dataset, overlaps, run_article  # noqa: E402

MUTATION_TYPES = ("x10", "x1000", "+20%", "-20%", "year±1", "unit", "hedge")
#: The category a perfect engine would give each mutation (a mutant counts as caught with any category).
EXPECTED_CATEGORY = {
    "x10": "value_mismatch",
    "x1000": "scale",
    "+20%": "value_mismatch",
    "-20%": "value_mismatch",
    "year±1": "wrong_date",
    "unit": "unit_error",
    "hedge": "hedge_conflict",
}
OPEN_QUALIFIERS = ("more_than", "at_least", "less_than", "at_most")
_SPACES = " \u00a0\u202f"
_NUMBER = {
    "en": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"),
    "fr": re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"),
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class Mutant:
    article: str
    language: str
    kind: str
    original: str
    mutated: str
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.mutated)


@dataclass(frozen=True)
class NumberToken:
    """A number as written inside a span: where it is, its value and how it is formatted."""

    start: int
    end: int
    value: float
    decimals: int
    separator: str | None


def find_number(span: str, language: str) -> NumberToken | None:
    match = _NUMBER[language].search(span)
    if not match:
        return None
    raw = match.group(0)
    decimal = "." if language == "en" else ","
    thousands = "," if language == "en" else _SPACES
    separator = next((char for char in raw if char in thousands and char != decimal), None)
    digits = "".join(char for char in raw if char not in thousands or char == decimal).replace(decimal, ".")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return NumberToken(match.start(), match.end(), float(digits), decimals, separator)


def format_number(value: float, decimals: int, token: NumberToken, language: str, mutations: dict) -> str:
    """``value`` written like ``token`` was: same decimal mark, thousands separator and precision."""
    text = f"{value:.{max(decimals, 0)}f}"
    whole, _, fraction = text.partition(".")
    if token.separator is not None or abs(value) >= 10000 or (abs(value) >= 1000 and token.value < 1000):
        separator = token.separator or mutations["thousands"]
        whole = f"{int(whole):,}".replace(",", separator)
    return whole + (mutations["decimal"] + fraction if fraction else "")


def scaled(span: str, token: NumberToken, factor: float, decimals: int, language: str, mutations: dict) -> str | None:
    """The span with its number multiplied by ``factor``; None when the written figure would not change."""
    value = token.value * factor
    written = format_number(value, decimals, token, language, mutations)
    if round(value, decimals) == round(token.value, decimals):
        written = format_number(value, decimals + 1, token, language, mutations)
        if round(value, decimals + 1) == round(token.value, decimals + 1):
            return None
    return span[: token.start] + written + span[token.end :]


def _replace_word(text: str, table: dict[str, str]) -> str | None:
    """``text`` with its first whole word found in ``table`` replaced, or None."""
    for match in re.finditer(r"[^\s\d\-]+", text):
        word = match.group(0).rstrip(".,;:")
        if word in table:
            return text[: match.start()] + table[word] + text[match.start() + len(word) :]
    return None


def mutate_span(span: str, kind: str, language: str, is_date: bool, mutations: dict) -> list[str]:
    """The rewritten spans of one mutation type (empty when it does not apply)."""
    token = None if is_date else find_number(span, language)
    is_percent = "%" in span
    if kind == "year±1":
        match = _YEAR.search(span) if is_date else None
        if not match:
            return []
        year = int(match.group(1))
        return [span[: match.start()] + str(year + step) + span[match.end() :] for step in (1, -1)]
    if kind == "hedge":
        for hedge in sorted(mutations["hedge_flip"], key=len, reverse=True):
            if span.startswith(hedge):
                return [mutations["hedge_flip"][hedge] + span[len(hedge) :]]
        return []
    if token is None:
        return []
    if kind == "unit":
        swapped = _replace_word(span[token.end :], mutations["unit_swap"])
        return [span[: token.end] + swapped] if swapped else []
    if kind == "x10":
        result = scaled(span, token, 10, max(token.decimals - 1, 0), language, mutations)
    elif kind == "x1000":
        if is_percent:
            return []
        swapped = _replace_word(span[token.end :], mutations["scale_up"])
        result = (
            span[: token.end] + swapped
            if swapped
            else scaled(span, token, 1000, max(token.decimals - 3, 0), language, mutations)
        )
    else:
        result = scaled(span, token, 1.2 if kind == "+20%" else 0.8, token.decimals, language, mutations)
    return [result] if result and result != span else []


def make_mutants(
    article: dict[str, Any], references: dict[str, dict], lexicon: dict, kinds: tuple[str, ...]
) -> list[Mutant]:
    mutations = lexicon[article["language"]]["mutations"]
    mutants = []
    for start, end, label in dataset.label_spans(article):
        if label["label"] != "correct":
            continue
        reference = references.get(label["reference"]) if label["reference"] else None
        is_date = reference is not None and reference["kind"] == "date"
        open_ended = reference is not None and reference["qualifier"] in OPEN_QUALIFIERS
        for kind in kinds:
            if open_ended and kind in ("x10", "x1000", "+20%", "-20%"):
                continue
            for mutated in mutate_span(label["text"], kind, article["language"], is_date, mutations):
                text = article["text"][:start] + mutated + article["text"][end:]
                mutants.append(Mutant(article["id"], article["language"], kind, label["text"], mutated, start, text))
    return mutants


def severe_over(findings: list[dict], start: int, end: int) -> list[dict]:
    return [f for f in findings if f.get("severity") in SEVERE and overlaps(start, end, f["start"], f["end"])]


def run(check, articles: list[dict], references: list[dict], kinds: tuple[str, ...]) -> dict[str, Any]:
    by_id = {record["id"]: record for record in references}
    lexicon = dataset.load_lexicon()
    baseline, rows = {}, []
    for article in articles:
        baseline[article["id"]] = run_article(check, article, references)
        base_findings = baseline[article["id"]]["findings"]
        for mutant in make_mutants(article, by_id, lexicon, kinds):
            flagged_before = bool(severe_over(base_findings, mutant.start, mutant.start + len(mutant.original)))
            outcome = run_article(check, {**article, "text": mutant.text}, references)
            hits = severe_over(outcome["findings"], mutant.start, mutant.end)
            rows.append(
                {
                    "article": mutant.article,
                    "language": mutant.language,
                    "type": mutant.kind,
                    "original": mutant.original,
                    "mutated": mutant.mutated,
                    "start": mutant.start,
                    "baseline_flagged": flagged_before,
                    "crash": outcome["crash"],
                    "caught": bool(hits),
                    "caught_expected": any(h.get("category") == EXPECTED_CATEGORY[mutant.kind] for h in hits),
                    "findings": [{k: h.get(k) for k in ("category", "severity", "message")} for h in hits],
                }
            )
    return {"mutants": rows, "baseline": baseline}


def summarise(outcome: dict[str, Any], articles: list[dict]) -> dict[str, Any]:
    per_type: dict[str, dict[str, Any]] = {}
    for kind in (*MUTATION_TYPES, "all"):
        for language in ("en", "fr", "all"):
            chosen = [
                row
                for row in outcome["mutants"]
                if kind in (row["type"], "all") and language in (row["language"], "all")
            ]
            scored = [row for row in chosen if not row["baseline_flagged"]]
            caught = sum(row["caught"] for row in scored)
            per_type.setdefault(kind, {})[language] = {
                "mutants": len(chosen),
                "scored": len(scored),
                "caught": caught,
                "caught_expected_category": sum(row["caught_expected"] for row in scored),
                "rate": caught / len(scored) if scored else None,
            }
    errors_of = {
        name: [f for f in run["findings"] if f.get("severity") == "error"] for name, run in outcome["baseline"].items()
    }
    clean_articles = [a for a in articles if all(label["label"] != "wrong" for label in a["labels"])]
    clean_ok = sum(not errors_of[a["id"]] for a in clean_articles)
    outside_ok = 0
    for article in articles:
        wrong = [(s, e) for s, e, label in dataset.label_spans(article) if label["label"] == "wrong"]
        stray = [f for f in errors_of[article["id"]] if not any(overlaps(s, e, f["start"], f["end"]) for s, e in wrong)]
        outside_ok += not stray
    return {
        "per_type": per_type,
        "articles_without_wrong_figures": {"articles": len(clean_articles), "no_error_finding": clean_ok},
        "articles_no_error_outside_wrong_spans": {"articles": len(articles), "ok": outside_ok},
        "crashes": sum(bool(row["crash"]) for row in outcome["mutants"]),
    }


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "n/a"


def markdown(summary: dict[str, Any]) -> str:
    lines = [
        "# Mutation benchmark",
        "",
        "| mutation | en | fr | all | caught with the expected category |",
        "|---|---|---|---|---|",
    ]
    for kind, by_language in summary["per_type"].items():
        cells = [_pct(by_language[lang]["caught"], by_language[lang]["scored"]) for lang in ("en", "fr", "all")]
        total = by_language["all"]
        lines.append(
            f"| {kind} | {cells[0]} | {cells[1]} | **{cells[2]}** | "
            f"{_pct(total['caught_expected_category'], total['scored'])} |"
        )
    skipped = summary["per_type"]["all"]["all"]["mutants"] - summary["per_type"]["all"]["all"]["scored"]
    clean = summary["articles_without_wrong_figures"]
    outside = summary["articles_no_error_outside_wrong_spans"]
    lines += [
        "",
        f"Mutants left out because the original span was already flagged: {skipped}.",
        f"Mutants on which check raised (counted as not caught): {summary['crashes']}.",
        "Unmutated articles with no wrong figure and no error finding: "
        f"{_pct(clean['no_error_finding'], clean['articles'])}.",
        "Unmutated articles with no error finding outside their labelled wrong figures: "
        f"{_pct(outside['ok'], outside['articles'])}.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N articles")
    parser.add_argument("--type", action="append", choices=MUTATION_TYPES, help="only these mutation types")
    parser.add_argument("--json", metavar="PATH", help="write the summary and every mutant as JSON")
    parser.add_argument("--misses", action="store_true", help="list the mutants that were not caught")
    add_data_option(parser)
    args = parser.parse_args(argv)
    check = check_or_report("mutation_bench")
    if check is None:
        return 2
    articles = dataset.load_articles(args.data)[: args.limit]
    outcome = run(check, articles, dataset.load_references(args.data), tuple(args.type or MUTATION_TYPES))
    summary = summarise(outcome, articles)
    print(f"Data set: `{args.data}`\n")
    print(markdown(summary))
    if args.misses:
        print("\n## Missed mutants\n")
        for row in outcome["mutants"]:
            if not row["caught"] and not row["baseline_flagged"]:
                print(f"- {row['article']} {row['type']}: `{row['original']}` -> `{row['mutated']}`")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"summary": summary, "mutants": outcome["mutants"]}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
