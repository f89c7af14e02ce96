"""`checker references import/export` and `checker db upgrade` against both databases."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main

CSV_OK = """id,subject,measure,aliases,kind,value,qualifier,low,high,unit,date,as_of,source,url,published_at,notes
nk-shells,North Korea,artillery shells sent to Russia,obus d'artillerie|Pyongyang,count,1000000,more_than,,,,,2023-11-01,Yonhap,https://example.org/a,2023-11-01,
kerch-bridge,Crimean Bridge,length,pont de Crimée,quantity,19,exact,,,km,,,Demo desk,,,
invasion,Russia,full-scale invasion of Ukraine,invasion,date,,exact,,,,2022-02-24,,Demo desk,,,
"""

CSV_BAD = """id,subject,measure,kind,value,as_of
ok-1,France,unemployment rate,percent,7.5,2024-02-15
bad-1,France,GDP growth,percent,lots,2024-02-15
bad-2,,inflation,percent,3.1,15/02/2024
"""


@pytest.fixture
def runner(database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    return CliRunner()


def test_import_csv_then_export_json_round_trip(runner, tmp_path):
    source = tmp_path / "refs.csv"
    source.write_text(CSV_OK, encoding="utf-8")
    result = runner.invoke(main, ["references", "import", str(source)])
    assert result.exit_code == 0, result.output
    assert "Imported 3 references" in result.output

    exported = tmp_path / "out.json"
    result = runner.invoke(main, ["references", "export", "--format", "json", "-o", str(exported)])
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in json.loads(exported.read_text(encoding="utf-8"))}
    assert records["nk-shells"]["aliases"] == ["obus d'artillerie", "Pyongyang"]
    assert records["nk-shells"]["qualifier"] == "more_than"
    assert records["kerch-bridge"]["unit"] == "km"
    assert records["invasion"]["date"] == "2022-02-24"
    assert "version" not in records["invasion"]


def test_import_reports_each_bad_row_by_line_and_imports_nothing(runner, tmp_path):
    source = tmp_path / "bad.csv"
    source.write_text(CSV_BAD, encoding="utf-8")
    result = runner.invoke(main, ["references", "import", str(source)])
    assert result.exit_code == 1
    assert "line 3: value: must be a number" in result.output
    assert "line 4: subject: is required" in result.output
    assert "line 4: as_of: must be an ISO date" in result.output
    assert "nothing was imported" in result.output
    listing = runner.invoke(main, ["references", "export", "--format", "jsonl"])
    assert listing.output.count("\n") == 1  # only the summary line on stderr, no record


def test_reimport_needs_update_flag_and_keeps_history(runner, tmp_path, make_app):
    first = tmp_path / "refs.json"
    first.write_text(json.dumps([{"id": "fr-unemployment", "subject": "France", "measure": "unemployment rate",
                                  "kind": "percent", "value": 7.3, "unit": "%"}]), encoding="utf-8")
    assert runner.invoke(main, ["references", "import", str(first)]).exit_code == 0
    second = tmp_path / "refs2.json"
    second.write_text(json.dumps([{"id": "fr-unemployment", "subject": "France", "measure": "unemployment rate",
                                   "kind": "percent", "value": 7.5, "unit": "%"}]), encoding="utf-8")
    clash = runner.invoke(main, ["references", "import", str(second)])
    assert clash.exit_code == 1
    assert "record 1: id: a reference with this id already exists" in clash.output
    assert runner.invoke(main, ["references", "import", "--update-existing", str(second)]).exit_code == 0

    client = make_app().test_client()
    versions = client.get("/references/fr-unemployment/history").get_json()["versions"]
    assert [v["value"] for v in versions] == [7.3, 7.5]


def test_import_rejects_malformed_json_with_its_line(runner, tmp_path):
    source = tmp_path / "broken.json"
    source.write_text('[{"id": "a",\n "subject": }]', encoding="utf-8")
    result = runner.invoke(main, ["references", "import", str(source)])
    assert result.exit_code == 1
    assert "invalid JSON at line 2" in result.output


def test_db_upgrade_reports_the_revision(runner):
    from alembic.script import ScriptDirectory

    from checker.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    result = runner.invoke(main, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert f"Database at revision {head}" in result.output
