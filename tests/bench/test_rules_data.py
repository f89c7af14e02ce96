"""The rules evaluation set is valid, and the scripts that score the engine on it count right."""

from __future__ import annotations

import copy
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


dataset = _load("rules_dataset", BENCH / "data" / "rules" / "validate.py")
sys.path.insert(0, str(BENCH))
eval_rules = _load("eval_rules", BENCH / "eval_rules.py")
mutation_bench = _load("mutation_bench", BENCH / "mutation_bench.py")

REFERENCES = dataset.load_references()
REFERENCES_BY_ID = {record["id"]: record for record in REFERENCES}
ARTICLES = dataset.load_articles()
LEXICON = dataset.load_lexicon()


def test_references_carry_exactly_the_contract_fields_with_valid_kinds_and_qualifiers():
    assert dataset.validate_references(REFERENCES) == []
    assert 60 <= len(REFERENCES) <= 120
    assert {record["kind"] for record in REFERENCES} == set(dataset.REFERENCE_KINDS)
    assert all(tuple(record) == dataset.REFERENCE_FIELDS for record in REFERENCES)


def test_the_table_holds_superseded_figures_to_test_outdated():
    pairs = Counter((record["subject"], record["measure"]) for record in REFERENCES)
    assert sum(count > 1 for count in pairs.values()) >= 8


@pytest.mark.parametrize("article", ARTICLES, ids=[article["id"] for article in ARTICLES])
def test_every_label_is_found_at_its_occurrence_and_every_number_is_labelled(article):
    assert dataset.validate_article(article, REFERENCES_BY_ID, LEXICON) == []


def test_the_json_articles_are_what_the_annotated_sources_build():
    assert dataset.validate_sources(ARTICLES) == []


def test_the_set_is_large_enough_in_both_languages_and_every_category():
    languages = Counter(article["language"] for article in ARTICLES)
    assert len(ARTICLES) >= 40 and languages["en"] >= 20 and languages["fr"] >= 20
    wrong = [
        (article["language"], label["category"])
        for article in ARTICLES
        for label in article["labels"]
        if label["label"] == "wrong"
    ]
    for category in dataset.CATEGORIES:
        assert sum(cat == category for _, cat in wrong) >= 8, category
        assert {lang for lang, cat in wrong if cat == category} == {"en", "fr"}, category
    assert any(all(label["label"] != "wrong" for label in article["labels"]) for article in ARTICLES)


def _article(text: str, labels: list[dict], language: str = "en") -> dict:
    return {
        "id": f"{language}-99",
        "language": language,
        "published_at": "2024-03-01",
        "title": "t",
        "text": text,
        "labels": labels,
    }


def _label(text: str, label: str = "unverifiable", category=None, reference=None, occurrence: int = 1) -> dict:
    return {"text": text, "occurrence": occurrence, "label": label, "category": category, "reference": reference}


FILLER = " The minister spoke to reporters outside the building after the meeting." * 20


def test_the_validator_rejects_a_label_missing_from_the_text_and_an_unlabelled_number():
    article = _article("Officials counted 21 of the 50 missiles." + FILLER, [_label("21"), _label("51")])
    problems = dataset.validate_article(article, REFERENCES_BY_ID, LEXICON)
    assert any("'51'" in problem and "not found" in problem for problem in problems)
    assert any("digit" in problem for problem in problems)


def test_the_validator_rejects_a_wrong_label_without_a_valid_category_and_a_spelled_number_left_out():
    article = _article(
        "Six officials resigned and five others stayed." + FILLER, [_label("Six"), _label("five", "wrong", "typo")]
    )
    problems = dataset.validate_article(article, REFERENCES_BY_ID, LEXICON)
    assert any("category" in problem for problem in problems)
    french = _article("Trois ministres ont démissionné mardi." + FILLER, [_label("Trois")], language="fr")
    assert any("mardi" in problem for problem in dataset.validate_article(french, REFERENCES_BY_ID, LEXICON))


def test_the_validator_rejects_a_reference_off_the_contract():
    record = copy.deepcopy(REFERENCES[0])
    record["kind"] = "length"
    record["extra"] = 1
    assert dataset.validate_references([record]) != []


def test_occurrences_count_every_offset_where_the_span_starts():
    text = "Between 150 and 50 people: 50 were hurt."
    assert dataset.locate(text, "50", 1) == (9, 11)
    assert dataset.locate(text, "50", 3) == (27, 29)
    assert dataset.locate(text, "50", 4) is None


def _oracle(articles: list[dict], flag_everything: bool = False):
    """A fake check that finds exactly the labelled wrong figures (or flags every label)."""
    by_text = {article["text"]: article for article in articles}

    class Report:
        def __init__(self, findings):
            self.findings = findings

        def to_dict(self):
            return {"claims": [], "findings": self.findings}

    def check(text, *, language, published_at, references):
        findings = []
        for start, end, label in dataset.label_spans(by_text[text]):
            if label["label"] == "wrong" or flag_everything:
                findings.append(
                    {
                        "id": f"f{start}",
                        "rule": "oracle",
                        "category": label["category"] or "value_mismatch",
                        "severity": "error",
                        "start": start,
                        "end": end,
                        "message": "m",
                        "claim_id": "c",
                        "related_claim_ids": [],
                        "expected": None,
                        "reference": REFERENCES_BY_ID.get(label["reference"]),
                    }
                )
        return Report(findings)

    return check


def test_an_engine_finding_exactly_the_wrong_figures_scores_full_recall_and_no_false_alarm():
    articles = ARTICLES[:6]
    result, rows, stray, _ = eval_rules.evaluate(_oracle(articles), articles, REFERENCES)
    assert result["recall"]["all"]["all"]["recall"] == 1.0
    assert result["false_alarms"]["correct"]["all"]["alarmed"] == 0
    assert result["caught_citing_expected_reference"]["rate"] == 1.0
    assert stray == []


def test_an_engine_flagging_every_figure_has_a_false_alarm_on_every_correct_label():
    articles = ARTICLES[:3]
    result, *_ = eval_rules.evaluate(_oracle(articles, flag_everything=True), articles, REFERENCES)
    correct = result["false_alarms"]["correct"]["all"]
    assert correct["labels"] > 0 and correct["alarmed"] == correct["labels"]


@pytest.mark.parametrize(
    ("span", "kind", "language", "expected"),
    [
        ("1\u202f240", "+20%", "fr", ["1\u202f488"]),
        ("2,1 milliards d'euros", "x1000", "fr", ["2,1 billions d'euros"]),
        ("18,3 km", "unit", "fr", ["18,3 miles"]),
        ("plus d'un million", "hedge", "fr", ["moins d'un million"]),
        ("$4.8 billion", "-20%", "en", ["$3.8 billion"]),
        ("44.1C", "unit", "en", ["44.1F"]),
        ("about 140,000", "x10", "en", ["about 1,400,000"]),
        ("61.4%", "x1000", "en", []),
    ],
)
def test_mutations_rewrite_figures_in_the_articles_own_number_format(span, kind, language, expected):
    mutations = LEXICON[language]["mutations"]
    assert mutation_bench.mutate_span(span, kind, language, False, mutations) == expected


def test_year_mutations_apply_to_dates_only():
    mutations = LEXICON["fr"]["mutations"]
    assert mutation_bench.mutate_span("24 février 2022", "year±1", "fr", True, mutations) == [
        "24 février 2023",
        "24 février 2021",
    ]
    assert mutation_bench.mutate_span("2022", "year±1", "fr", False, mutations) == []
