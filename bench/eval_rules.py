"""Evaluate the rules engine on the labelled articles: recall on wrong figures, false alarms on the rest.

    .venv/bin/python bench/eval_rules.py [--data DIR] [--json PATH] [--errors] [--article ID ...]

Each article of the data set (``--data``, default bench/data/rules; the held-out set is
bench/data/rules_holdout) is checked with ``checker.check`` against the whole
reference table. A wrong label is *caught* when an error or warning finding overlaps its span
with the label's category ("caught, any category" drops the category condition). A *false alarm*
is an error or warning finding overlapping a correct, unverifiable or not-a-claim label; rates are
alarmed labels over labels of that kind. Findings overlapping no label are counted apart. The
script prints a markdown report and exits 0: it measures, it does not judge.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "bench" / "data" / "rules"
SEVERE = ("error", "warning")
RECALL_TARGET = 0.9
FALSE_ALARM_TARGET = 0.03


def load_dataset_module():
    """bench/data/rules/validate.py, which knows how to read the data set."""
    spec = importlib.util.spec_from_file_location("rules_dataset", DATA_DIR / "validate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("rules_dataset", module)
    spec.loader.exec_module(module)
    return module


dataset = load_dataset_module()


class CheckerUnavailable(RuntimeError):
    """checker.check cannot be imported or called at all."""


def load_check():
    """``checker.check``, after one smoke call; raises CheckerUnavailable with the reason."""
    sys.path.insert(0, str(ROOT))
    try:
        import checker

        check = checker.check
        check("Probe: 3 km.", language="en", published_at="2024-01-01", references=[]).to_dict()
    except Exception as error:  # the engine is being written: any failure here means "not ready"
        detail = "".join(traceback.format_exception_only(type(error), error)).strip()
        raise CheckerUnavailable(
            f"checker.check(text, language=..., published_at=..., references=[...]) is not usable yet: {detail}"
        ) from error
    return check


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Half-open spans overlap; an empty finding span counts as the character at its start."""
    return start < max(other_end, other_start + 1) and other_start < end


def run_article(check, article: dict[str, Any], references: list[dict[str, Any]]) -> dict[str, Any]:
    """Check one article; returns its findings (dicts), elapsed time and any crash."""
    started = time.perf_counter()
    try:
        report = check(
            article["text"],
            language=article["language"],
            published_at=article["published_at"],
            references=copy.deepcopy(references),
            title=article.get("title"),
        )
        findings = report.to_dict()["findings"]
        crash = None
    except Exception as error:  # a crash on one article is a result to report, not a reason to stop
        findings, crash = [], f"{type(error).__name__}: {error}"
    return {"findings": findings, "elapsed_ms": (time.perf_counter() - started) * 1000, "crash": crash}


def score_article(article: dict[str, Any], findings: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
    """One row per label (what overlapped it) and the severe findings that overlap no label."""
    spans = dataset.label_spans(article)
    severe = [finding for finding in findings if finding.get("severity") in SEVERE]
    rows, touched = [], set()
    for start, end, label in spans:
        hits = [finding for finding in severe if overlaps(start, end, finding["start"], finding["end"])]
        touched.update(id(hit) for hit in hits)
        same = [hit for hit in hits if hit.get("category") == label["category"]]
        cited = [(hit.get("reference") or {}).get("id") for hit in same]
        rows.append(
            {
                "article": article["id"],
                "language": article["language"],
                "text": label["text"],
                "start": start,
                "end": end,
                "label": label["label"],
                "category": label["category"],
                "reference": label["reference"],
                "caught": bool(same),
                "caught_any": bool(hits),
                "cited_reference": (label["reference"] in cited) if same and label["reference"] else None,
                "findings": [
                    {key: hit.get(key) for key in ("rule", "category", "severity", "message")}
                    | {"reference": (hit.get("reference") or {}).get("id")}
                    for hit in hits
                ],
            }
        )
    stray = [
        finding | {"article": article["id"], "text": article["text"][finding["start"] : finding["end"]]}
        for finding in severe
        if id(finding) not in touched
    ]
    return rows, stray


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def metrics(rows: list[dict], stray: list[dict], runs: dict[str, dict]) -> dict[str, Any]:
    """Recall per category and language, false-alarm rates, citing accuracy, crashes, timing."""
    languages = sorted({row["language"] for row in rows})
    recall: dict[str, dict[str, dict]] = {}
    for category in (*dataset.CATEGORIES, "all"):
        recall[category] = {}
        for language in (*languages, "all"):
            wrong = [
                row
                for row in rows
                if row["label"] == "wrong"
                and category in (row["category"], "all")
                and language in (row["language"], "all")
            ]
            recall[category][language] = {
                "wrong": len(wrong),
                "caught": sum(row["caught"] for row in wrong),
                "caught_any": sum(row["caught_any"] for row in wrong),
                "recall": _ratio(sum(row["caught"] for row in wrong), len(wrong)),
                "recall_any": _ratio(sum(row["caught_any"] for row in wrong), len(wrong)),
            }
    alarms: dict[str, dict[str, dict]] = {}
    for kind, labels in (
        ("correct", ("correct",)),
        ("unverifiable", ("unverifiable",)),
        ("not_claim", ("not_claim",)),
        ("unverifiable+not_claim", ("unverifiable", "not_claim")),
    ):
        alarms[kind] = {}
        for language in (*languages, "all"):
            chosen = [row for row in rows if row["label"] in labels and language in (row["language"], "all")]
            alarmed = sum(row["caught_any"] for row in chosen)
            alarms[kind][language] = {"labels": len(chosen), "alarmed": alarmed, "rate": _ratio(alarmed, len(chosen))}
    alarm_categories: dict[str, int] = defaultdict(int)
    for row in rows:
        if row["label"] != "wrong":
            for finding in row["findings"]:
                alarm_categories[finding["category"]] += 1
    cited = [row["cited_reference"] for row in rows if row["cited_reference"] is not None]
    timings = [run["elapsed_ms"] for run in runs.values()]
    return {
        "recall": recall,
        "false_alarms": alarms,
        "false_alarm_findings_by_category": dict(sorted(alarm_categories.items())),
        "unlabelled_severe_findings": len(stray),
        "caught_citing_expected_reference": {
            "caught": len(cited),
            "cited": sum(cited),
            "rate": _ratio(sum(cited), len(cited)),
        },
        "crashed_articles": sorted(name for name, run in runs.items() if run["crash"]),
        "wrong_labels_in_crashed_articles": sum(
            row["label"] == "wrong" and bool(runs[row["article"]]["crash"]) for row in rows
        ),
        "articles": len(runs),
        "mean_check_ms": sum(timings) / len(timings) if timings else None,
    }


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def markdown(result: dict[str, Any]) -> str:
    recall, alarms = result["recall"], result["false_alarms"]
    languages = [key for key in recall["all"] if key != "all"]
    lines = [
        "# Rules engine evaluation",
        "",
        f"{result['articles']} articles, mean `checker.check` time {result['mean_check_ms']:.1f} ms per article "
        f"(parsing included).",
        "",
        f"## Recall on wrong figures (target >= {RECALL_TARGET:.0%} per category)",
        "",
        "| category | " + " | ".join(languages) + " | all | caught, any category | target |",
        "|---|" + "---|" * (len(languages) + 3),
    ]
    for category, by_language in recall.items():
        cells = [
            f"{cell['caught']}/{cell['wrong']} ({_pct(cell['recall'])})"
            for key, cell in by_language.items()
            if key != "all"
        ]
        total = by_language["all"]
        verdict = "met" if total["recall"] is not None and total["recall"] >= RECALL_TARGET else "not met"
        lines.append(
            f"| {category} | "
            + " | ".join(cells)
            + f" | **{total['caught']}/{total['wrong']} ({_pct(total['recall'])})**"
            + f" | {total['caught_any']}/{total['wrong']} ({_pct(total['recall_any'])}) | {verdict} |"
        )
    lines += [
        "",
        f"## False alarms (error or warning findings; target <= {FALSE_ALARM_TARGET:.0%} of correct labels)",
        "",
        "| labels | " + " | ".join(languages) + " | all |",
        "|---|" + "---|" * (len(languages) + 1),
    ]
    for kind, by_language in alarms.items():
        cells = [f"{cell['alarmed']}/{cell['labels']} ({_pct(cell['rate'])})" for cell in by_language.values()]
        lines.append(f"| {kind} | " + " | ".join(cells[:-1]) + f" | **{cells[-1]}** |")
    correct = alarms["correct"]["all"]["rate"]
    lines += [
        "",
        "False alarm target on correct labels: "
        + ("met" if correct is not None and correct <= FALSE_ALARM_TARGET else "not met")
        + ".",
        "False-alarm findings by category: "
        + (", ".join(f"{name} {count}" for name, count in result["false_alarm_findings_by_category"].items()) or "none")
        + ".",
        f"Error or warning findings overlapping no label: {result['unlabelled_severe_findings']}.",
        "Caught findings citing the expected reference: "
        f"{result['caught_citing_expected_reference']['cited']}/{result['caught_citing_expected_reference']['caught']}"
        f" ({_pct(result['caught_citing_expected_reference']['rate'])}).",
        "Articles where check raised: "
        + (", ".join(result["crashed_articles"]) or "none")
        + f" ({result['wrong_labels_in_crashed_articles']} wrong figures in them, counted as missed).",
    ]
    return "\n".join(lines)


def error_listing(rows: list[dict], stray: list[dict], runs: dict[str, dict]) -> str:
    """Misses, false alarms and unlabelled findings, one line each, with the engine's message."""
    lines = ["", "## Missed wrong figures", ""]
    for row in rows:
        if row["label"] == "wrong" and not row["caught"]:
            seen = (
                "; ".join(f"{f['severity']} {f['category']}: {f['message']}" for f in row["findings"]) or "no finding"
            )
            lines.append(
                f"- {row['article']} `{row['text']}` expected {row['category']}"
                f" ({row['reference'] or 'in-article'}): {seen}"
            )
    lines += ["", "## False alarms", ""]
    for row in rows:
        if row["label"] != "wrong":
            for f in row["findings"]:
                lines.append(
                    f"- {row['article']} `{row['text']}` ({row['label']}): {f['severity']} {f['category']}"
                    f" [{f['rule']}, ref {f['reference']}]: {f['message']}"
                )
    lines += ["", "## Error or warning findings on no label", ""]
    for f in stray:
        lines.append(f"- {f['article']} `{f['text']}`: {f['severity']} {f['category']}: {f.get('message')}")
    crashes = [f"- {name}: {run['crash']}" for name, run in runs.items() if run["crash"]]
    if crashes:
        lines += ["", "## Crashes", "", *crashes]
    return "\n".join(lines)


def evaluate(check, articles: list[dict], references: list[dict]) -> tuple[dict, list[dict], list[dict], dict]:
    rows, stray, runs = [], [], {}
    for article in articles:
        run = run_article(check, article, references)
        runs[article["id"]] = run
        article_rows, article_stray = score_article(article, run["findings"])
        rows += article_rows
        stray += article_stray
    return metrics(rows, stray, runs), rows, stray, runs


def add_data_option(parser: argparse.ArgumentParser) -> None:
    """``--data DIR``: which labelled set to run on (shared with mutation_bench.py)."""
    parser.add_argument(
        "--data", type=Path, default=DATA_DIR, metavar="DIR", help="the data set folder (default: bench/data/rules)"
    )


def check_or_report(tool: str):
    """``checker.check``, or None after saying on stderr why it cannot be used."""
    try:
        return load_check()
    except CheckerUnavailable as error:
        print(f"{tool}: {error}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", metavar="PATH", help="write metrics and per-label results as JSON")
    parser.add_argument("--errors", action="store_true", help="list misses, false alarms and unlabelled findings")
    parser.add_argument("--article", action="append", metavar="ID", help="only these articles (repeatable)")
    add_data_option(parser)
    args = parser.parse_args(argv)
    check = check_or_report("eval_rules")
    if check is None:
        return 2
    articles = [a for a in dataset.load_articles(args.data) if not args.article or a["id"] in args.article]
    result, rows, stray, runs = evaluate(check, articles, dataset.load_references(args.data))
    print(f"Data set: `{args.data}`\n")
    print(markdown(result))
    if args.errors:
        print(error_listing(rows, stray, runs))
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "metrics": result,
                    "labels": rows,
                    "unlabelled_findings": stray,
                    "crashes": {k: v["crash"] for k, v in runs.items() if v["crash"]},
                },
                ensure_ascii=False,
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
