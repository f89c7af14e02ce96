"""Build the rules evaluation articles from their annotated sources, and validate the whole data set.

Sources (``source/<id>.txt``) are a few ``key: value`` header lines, a blank line, then the article
text in which every numeric expression is written ``[[span|code]]`` or ``[[span|code|reference-id]]``;
``code`` is ``c`` (correct), ``u`` (unverifiable), ``n`` (not a claim) or ``w:<category>`` (wrong).
``{nbsp}`` and ``{nnbsp}`` stand for the no-break and narrow no-break spaces.

    python bench/data/rules/validate.py          # validate references, sources and articles/*.json
    python bench/data/rules/validate.py --build  # regenerate articles/*.json from source/*.txt, then validate
    python bench/data/rules/validate.py --data bench/data/rules_holdout --build   # the same for another set

A data set is a folder holding ``references.json``, ``source/`` and ``articles/``; this folder is the
default. ``lexicon.yaml`` (language data) stays here and serves every set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent
LEXICON_PATH = DATA_DIR / "lexicon.yaml"

LANGUAGES = ("en", "fr")
LABELS = ("correct", "wrong", "unverifiable", "not_claim")
CATEGORIES = (
    "value_mismatch",
    "scale",
    "hedge_conflict",
    "wrong_date",
    "unit_error",
    "arithmetic",
    "internal",
    "outdated",
)
#: Wrong figures judged against the article itself rather than against a reference.
SELF_CATEGORIES = ("arithmetic", "internal")
REFERENCE_FIELDS = (
    "id",
    "subject",
    "measure",
    "aliases",
    "kind",
    "value",
    "qualifier",
    "low",
    "high",
    "unit",
    "date",
    "as_of",
    "source",
    "url",
    "published_at",
    "notes",
)
REFERENCE_KINDS = ("count", "quantity", "money", "percent", "date")
REFERENCE_QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most")
ARTICLE_FIELDS = ("id", "language", "published_at", "title", "text", "labels")
LABEL_FIELDS = ("text", "occurrence", "label", "category", "reference")
MIN_WORDS, MAX_WORDS = 150, 400
MIN_ARTICLES = 40
#: A held-out set (any folder but this one) is smaller than the tuning set; it still needs both languages.
MIN_HELD_OUT_ARTICLES = 16

_CODES = {"c": "correct", "u": "unverifiable", "n": "not_claim"}
_MARKUP = re.compile(r"\[\[([^\[\]|]{1,80})\|([a-z_:]{1,20})(?:\|([a-z0-9-]{1,60}))?\]\]")
_SPACES = {"{nbsp}": "\u00a0", "{nnbsp}": "\u202f"}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _unescape(text: str) -> str:
    for token, char in _SPACES.items():
        text = text.replace(token, char)
    return text


def positions(text: str, span: str) -> list[int]:
    """Every offset where ``span`` starts in ``text`` (overlapping matches included), in order."""
    found, start = [], text.find(span)
    while start != -1:
        found.append(start)
        start = text.find(span, start + 1)
    return found


def locate(text: str, span: str, occurrence: int) -> tuple[int, int] | None:
    """The (start, end) of the ``occurrence``-th (1-based) appearance of ``span`` in ``text``."""
    found = positions(text, span)
    if occurrence < 1 or occurrence > len(found):
        return None
    return found[occurrence - 1], found[occurrence - 1] + len(span)


def label_spans(article: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """Each label of the article with its (start, end) offsets; raises if a label is not found."""
    spans = []
    for label in article["labels"]:
        where = locate(article["text"], label["text"], label["occurrence"])
        if where is None:
            raise ValueError(f"{article['id']}: label {label['text']!r} #{label['occurrence']} not in text")
        spans.append((where[0], where[1], label))
    return spans


def word_count(text: str) -> int:
    return len(text.split())


def parse_source(path: Path) -> dict[str, Any]:
    """Turn one annotated source file into an article record."""
    header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in header.splitlines())
    raw = _unescape(body.strip())
    text_parts: list[str] = []
    marks: list[tuple[int, str, str, str | None]] = []
    cursor = 0
    for match in _MARKUP.finditer(raw):
        text_parts.append(raw[cursor : match.start()])
        offset = sum(len(part) for part in text_parts)
        span, code, reference = match.group(1), match.group(2), match.group(3)
        marks.append((offset, span, code, reference))
        text_parts.append(span)
        cursor = match.end()
    text_parts.append(raw[cursor:])
    text = "".join(text_parts)
    leftover = re.search(r"\[\[|\]\]", text)
    if leftover:
        raise ValueError(
            f"{path.name}: malformed markup near {text[max(0, leftover.start() - 30) : leftover.end() + 30]!r}"
        )
    labels = []
    for offset, span, code, reference in marks:
        if code.startswith("w:"):
            label, category = "wrong", code[2:]
        elif code in _CODES:
            label, category = _CODES[code], None
        else:
            raise ValueError(f"{path.name}: unknown code {code!r} on {span!r}")
        occurrence = positions(text, span).index(offset) + 1
        labels.append(
            {"text": span, "occurrence": occurrence, "label": label, "category": category, "reference": reference}
        )
    return {
        "id": meta["id"],
        "language": meta["language"],
        "published_at": meta["published_at"],
        "title": meta["title"],
        "text": text,
        "labels": labels,
    }


def load_references(data_dir: Path = DATA_DIR) -> list[dict[str, Any]]:
    return json.loads((data_dir / "references.json").read_text(encoding="utf-8"))


def load_articles(data_dir: Path = DATA_DIR) -> list[dict[str, Any]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((data_dir / "articles").glob("*.json"))]


def load_lexicon() -> dict[str, Any]:
    return yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))


def build(data_dir: Path = DATA_DIR) -> int:
    """Write articles/<id>.json for every source file; returns how many were written."""
    article_dir = data_dir / "articles"
    article_dir.mkdir(exist_ok=True)
    sources = sorted((data_dir / "source").glob("*.txt"))
    for path in sources:
        article = parse_source(path)
        target = article_dir / f"{article['id']}.json"
        target.write_text(json.dumps(article, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(sources)


def _iso_date(value: Any) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def validate_references(references: list[dict[str, Any]]) -> list[str]:
    """Contract problems in the reference table."""
    problems = []
    seen: set[str] = set()
    for index, record in enumerate(references):
        name = f"reference #{index} ({record.get('id')})"
        if tuple(record) != REFERENCE_FIELDS:
            problems.append(f"{name}: fields {list(record)} differ from the contract {list(REFERENCE_FIELDS)}")
            continue
        if record["id"] in seen:
            problems.append(f"{name}: duplicate id")
        seen.add(record["id"])
        if record["kind"] not in REFERENCE_KINDS:
            problems.append(f"{name}: kind {record['kind']!r} not in {REFERENCE_KINDS}")
        if record["qualifier"] not in REFERENCE_QUALIFIERS:
            problems.append(f"{name}: qualifier {record['qualifier']!r} not in {REFERENCE_QUALIFIERS}")
        if not isinstance(record["aliases"], list) or not all(isinstance(a, str) and a for a in record["aliases"]):
            problems.append(f"{name}: aliases must be a list of non-empty strings")
        for field in ("as_of", "published_at"):
            if not _iso_date(record[field]):
                problems.append(f"{name}: {field} {record[field]!r} is not an ISO date")
        if record["kind"] == "date":
            if record["value"] is not None or not _iso_date(record["date"]):
                problems.append(f"{name}: a date reference needs value null and an ISO date")
        else:
            if not isinstance(record["value"], int | float) or record["date"] is not None:
                problems.append(f"{name}: a {record['kind']} reference needs a number value and date null")
        for bound in ("low", "high"):
            if record[bound] is not None and not isinstance(record[bound], int | float):
                problems.append(f"{name}: {bound} must be a number or null")
        if record["kind"] == "money" and not re.fullmatch(r"[A-Z]{3}", record["unit"] or ""):
            problems.append(f"{name}: money needs an ISO 4217 unit")
        if record["kind"] == "percent" and record["unit"] != "%":
            problems.append(f"{name}: percent needs unit '%'")
        if record["kind"] in ("count", "date") and record["unit"] is not None:
            problems.append(f"{name}: a {record['kind']} has no unit")
        if not record["url"].startswith("https://example.org/"):
            problems.append(f"{name}: url must be on example.org")
    return problems


def _newer_versions(record: dict[str, Any], references: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        other
        for other in references
        if (other["subject"], other["measure"]) == (record["subject"], record["measure"])
        and other["as_of"] > record["as_of"]
    ]


def _older_versions(record: dict[str, Any], references: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        other
        for other in references
        if (other["subject"], other["measure"]) == (record["subject"], record["measure"])
        and other["as_of"] < record["as_of"]
    ]


def _uncovered_words(text: str, covered: list[bool], coverage: dict[str, list[str]]) -> list[str]:
    sensitive = set(coverage.get("case_sensitive") or ())
    insensitive = {word.lower() for word in coverage.get("case_insensitive") or ()}
    missing = []
    for match in _WORD.finditer(text):
        for part in re.finditer(r"[^\W\d_]+", match.group(0)):
            word = part.group(0)
            start = match.start() + part.start()
            if (word in sensitive or word.lower() in insensitive) and not all(covered[start : start + len(word)]):
                missing.append(match.group(0))
    return missing


def validate_article(
    article: dict[str, Any], references: dict[str, dict[str, Any]], lexicon: dict[str, Any]
) -> list[str]:
    """Problems in one article: fields, labels, spans, references, coverage of every number."""
    name = article.get("id", "?")
    if tuple(article) != ARTICLE_FIELDS:
        return [f"{name}: fields {list(article)} differ from {list(ARTICLE_FIELDS)}"]
    problems = []
    if article["language"] not in LANGUAGES:
        problems.append(f"{name}: language {article['language']!r} not in {LANGUAGES}")
    if not name.startswith(f"{article['language']}-"):
        problems.append(f"{name}: id does not start with the language")
    if not _iso_date(article["published_at"]):
        problems.append(f"{name}: published_at is not an ISO date")
    words = word_count(article["text"])
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{name}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    text = article["text"]
    covered = [False] * len(text)
    previous_end = -1
    for label in article["labels"]:
        where = f"{name}: label {label.get('text')!r}"
        if tuple(label) != LABEL_FIELDS:
            problems.append(f"{where}: fields {list(label)} differ from {list(LABEL_FIELDS)}")
            continue
        if label["label"] not in LABELS:
            problems.append(f"{where}: label {label['label']!r} not in {LABELS}")
        if label["label"] == "wrong" and label["category"] not in CATEGORIES:
            problems.append(f"{where}: a wrong label needs a category in {CATEGORIES}")
        if label["label"] != "wrong" and label["category"] is not None:
            problems.append(f"{where}: only wrong labels have a category")
        span = locate(text, label["text"], label["occurrence"]) if isinstance(label["occurrence"], int) else None
        if span is None:
            problems.append(f"{where}: occurrence {label['occurrence']} not found in the text")
            continue
        start, end = span
        if start < previous_end:
            problems.append(f"{where}: overlaps the previous label or is out of text order")
        previous_end = end
        for offset in range(start, end):
            covered[offset] = True
        problems.extend(_check_reference(article, label, references))
    for offset, char in enumerate(text):
        if char.isdigit() and not covered[offset]:
            problems.append(f"{name}: digit at {offset} not labelled: {text[max(0, offset - 20) : offset + 20]!r}")
    coverage = lexicon[article["language"]]["coverage"]
    for word in _uncovered_words(text, covered, coverage):
        problems.append(f"{name}: number, month or weekday word {word!r} not labelled")
    return problems


def _check_reference(
    article: dict[str, Any], label: dict[str, Any], references: dict[str, dict[str, Any]]
) -> list[str]:
    where = f"{article['id']}: label {label['text']!r}"
    reference_id = label["reference"]
    if reference_id is None:
        if label["label"] == "wrong" and label["category"] not in SELF_CATEGORIES:
            return [f"{where}: a {label['category']} label must name its reference"]
        return []
    if label["label"] not in ("correct", "wrong"):
        return [f"{where}: only correct and wrong labels name a reference"]
    if label["category"] in SELF_CATEGORIES:
        return [f"{where}: {label['category']} is judged against the article, not a reference"]
    record = references.get(reference_id)
    if record is None:
        return [f"{where}: unknown reference {reference_id!r}"]
    problems = []
    if record["as_of"] > article["published_at"]:
        problems.append(f"{where}: reference {reference_id} is dated after the article")
    if label["category"] == "outdated":
        if not _older_versions(record, list(references.values())):
            problems.append(f"{where}: outdated must name the newer reference of a superseded pair")
    if (record["kind"] == "date") != (label["category"] == "wrong_date") and label["label"] == "wrong":
        problems.append(f"{where}: wrong_date goes with date references and only with them")
    newer = [
        other
        for other in _newer_versions(record, list(references.values()))
        if other["as_of"] <= article["published_at"]
    ]
    # A correct label may cite a superseded figure as history ("up from 21,000 in 2022"); a wrong one
    # must name the record in force when the article was published.
    if newer and label["label"] == "wrong":
        problems.append(f"{where}: names {reference_id} although newer {newer[0]['id']} existed when published")
    return problems


def validate_sources(articles: list[dict[str, Any]], data_dir: Path = DATA_DIR) -> list[str]:
    """articles/*.json must be exactly what the sources build."""
    problems = []
    built = {path.stem: parse_source(path) for path in sorted((data_dir / "source").glob("*.txt"))}
    on_disk = {article["id"]: article for article in articles}
    for missing in sorted(set(built) ^ set(on_disk)):
        problems.append(f"{missing}: present only as {'source' if missing in built else 'JSON'}; run --build")
    for name in sorted(set(built) & set(on_disk)):
        if built[name] != on_disk[name]:
            problems.append(f"{name}: articles/{name}.json is out of date with its source; run --build")
    return problems


def validate_all(data_dir: Path = DATA_DIR) -> list[str]:
    references = load_references(data_dir)
    articles = load_articles(data_dir)
    lexicon = load_lexicon()
    problems = validate_references(references)
    by_id = {record["id"]: record for record in references}
    for article in articles:
        problems.extend(validate_article(article, by_id, lexicon))
    problems.extend(validate_sources(articles, data_dir))
    languages = Counter(article.get("language") for article in articles)
    minimum = MIN_ARTICLES if data_dir.resolve() == DATA_DIR else MIN_HELD_OUT_ARTICLES
    if len(articles) < minimum:
        problems.append(f"only {len(articles)} articles, fewer than {minimum}")
    if any(languages[language] < minimum // len(LANGUAGES) for language in LANGUAGES):
        problems.append(f"articles per language {dict(languages)}: each needs {minimum // len(LANGUAGES)}")
    return problems


def summary(articles: list[dict[str, Any]], references: list[dict[str, Any]]) -> str:
    """A markdown summary of the data set: sizes, labels per category and language."""
    lines = ["| | " + " | ".join(LANGUAGES) + " | all |", "|---|" + "---|" * (len(LANGUAGES) + 1)]

    def row(title: str, count) -> None:
        values = [count(language) for language in LANGUAGES]
        lines.append(f"| {title} | " + " | ".join(str(v) for v in values) + f" | {sum(values)} |")

    def labels_of(language):
        return [label for article in articles if article["language"] == language for label in article["labels"]]

    row("articles", lambda lang: sum(article["language"] == lang for article in articles))
    row("words", lambda lang: sum(word_count(a["text"]) for a in articles if a["language"] == lang))
    row(
        "articles with no wrong figure",
        lambda lang: sum(
            a["language"] == lang and all(label["label"] != "wrong" for label in a["labels"]) for a in articles
        ),
    )
    for label_name in LABELS:
        row(f"label {label_name}", lambda lang, name=label_name: sum(x["label"] == name for x in labels_of(lang)))
    for category in CATEGORIES:
        row(f"wrong: {category}", lambda lang, cat=category: sum(x["category"] == cat for x in labels_of(lang)))
    superseded = sum(bool(_older_versions(record, references)) for record in references)
    lines.append("")
    lines.append(
        f"References: {len(references)} ({superseded} supersede an older record), kinds "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["kind"] for r in references).items()))
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="store_true", help="regenerate articles/*.json from source/*.txt first")
    parser.add_argument("--summary", action="store_true", help="print the data set summary")
    parser.add_argument(
        "--data", type=Path, default=DATA_DIR, metavar="DIR", help="the data set folder (default: bench/data/rules)"
    )
    args = parser.parse_args(argv)
    if args.build:
        print(f"built {build(args.data)} articles", file=sys.stderr)
    problems = validate_all(args.data)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.summary:
        print(summary(load_articles(args.data), load_references(args.data)))
    print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
