"""`checker check FILE [--json]`, `checker extract FILE [--jsonl]` and `checker rules list` on real articles."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main

ARTICLE = ("North Korea has sent more than 100,000 artillery shells to Russia, South Korea's defence ministry "
           "said on Friday.\n\nThe 19 km Crimean Bridge was struck again.")
SHELLS = {"id": "nk-shells", "subject": "North Korea", "measure": "artillery shells sent to Russia",
          "aliases": ["obus d'artillerie", "Pyongyang"], "kind": "count", "value": 1_000_000,
          "qualifier": "more_than", "as_of": "2023-11-01", "source": "Yonhap"}


@pytest.fixture
def runner(database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", database_url)
    references = tmp_path / "refs.json"
    references.write_text(json.dumps([SHELLS]), encoding="utf-8")
    cli = CliRunner()
    assert cli.invoke(main, ["references", "import", str(references)]).exit_code == 0
    return cli


def test_check_prints_findings_with_their_line(runner, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["check", str(article), "--published-at", "2024-03-01"])
    assert result.exit_code == 0, result.output
    assert "language: en" in result.output
    assert "line 1 [21:38] value_mismatch" in result.output
    assert "Yonhap" in result.output


def test_check_json_is_the_check_contract_and_can_be_stored(runner, tmp_path, make_app):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["check", str(article), "--json", "--store", "--language", "en"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert {"check_id", "language", "claims", "findings", "summary", "elapsed_ms"} <= set(report)
    claim = next(c for c in report["claims"] if c["text"] == "19 km")
    assert ARTICLE[claim["start"]:claim["end"]] == "19 km"
    stored = make_app().test_client().get(f"/checks/{report['check_id']}").get_json()
    assert stored["origin"] == "cli" and stored["text"] == ARTICLE


def test_check_rejects_an_unknown_rule_and_an_empty_file(runner, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert "unknown rule id(s): nope" in runner.invoke(main, ["check", str(article), "--rules", "nope"]).output
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(empty)])
    assert result.exit_code == 1 and "is empty" in result.output


def test_extract_jsonl_answers_line_by_line_and_names_bad_lines():
    lines = "\n".join([
        json.dumps({"id": "a", "text": "Environ 50 missiles ont été tirés le 3 mars 2024.", "language": "fr"}),
        "{not json",
        json.dumps({"text": "Over 1,500 km of track.", "published_at": "2024-03-01"}),
    ])
    result = CliRunner().invoke(main, ["extract", "--jsonl"], input=lines)
    assert result.exit_code == 0, result.output
    first, second, third = (json.loads(line) for line in result.output.splitlines())
    assert first["id"] == "a" and first["claims"][0]["text"] == "Environ 50"
    assert first["claims"][0]["qualifier"] == "approx"
    assert second["line"] == 2 and "error" in second
    assert third["claims"][0]["unit"] == "km" and third["claims"][0]["qualifier"] == "more_than"


def test_extract_file_prints_claims_as_json(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("La Corée du Nord a envoyé plus d'un million d'obus.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--language", "fr"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)
    assert claims[0]["value"] == 1_000_000 and claims[0]["counted"].startswith("obus")


def test_rules_list_shows_every_rule_file():
    result = CliRunner().invoke(main, ["rules", "list"])
    assert result.exit_code == 0
    for rule in ("value_mismatch", "scale", "hedge_conflict", "wrong_date", "unit_error", "arithmetic",
                 "internal", "outdated", "unverified"):
        assert rule in result.output


def test_the_title_names_the_subject_the_text_leaves_out(runner, tmp_path):
    lynx = {"id": "borne-lynx", "subject": "Lynx reintroduction in the Borne-Haute massif", "measure": "lynx counted",
            "aliases": ["lynx", "Borne-Haute", "lynx recensés"], "kind": "count", "value": 38,
            "as_of": "2028-01-10", "source": "Office régional de la faune"}
    references = tmp_path / "lynx.json"
    references.write_text(json.dumps([lynx]), encoding="utf-8")
    assert runner.invoke(main, ["references", "import", str(references)]).exit_code == 0
    article = tmp_path / "article.txt"
    article.write_text("There are now 48 lynx living in the massif, according to the wildlife office.",
                       encoding="utf-8")
    options = ["check", str(article), "--json", "--language", "en", "--published-at", "2028-03-02"]
    without = runner.invoke(main, options)
    titled = runner.invoke(main, [*options, "--title", "On the trail of the lynx of the Borne-Haute"])
    assert without.exit_code == 0 and titled.exit_code == 0, titled.output
    assert [f for f in json.loads(without.output)["findings"] if f["severity"] == "error"] == []
    assert [f["reference"]["id"] for f in json.loads(titled.output)["findings"]
            if f["severity"] == "error"] == ["borne-lynx"]
