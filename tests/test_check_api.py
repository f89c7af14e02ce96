"""POST /check, POST /extract and GET /checks/<id> on realistic English and French articles."""

from __future__ import annotations

from checker.demo import demo_article

EN_ARTICLE = (
    "North Korea has sent more than 100,000 artillery shells to Russia, South Korea's defence "
    "ministry said. The 19 km Crimean Bridge was struck again."
)
FR_ARTICLE = (
    "La Corée du Nord a envoyé plus de 100 000 obus d'artillerie à la Russie, selon Séoul. "
    "Le chômage atteint 7,5 % en France."
)
SHELLS = {
    "id": "nk-shells", "subject": "North Korea", "measure": "artillery shells sent to Russia",
    "aliases": ["obus d'artillerie", "Corée du Nord", "Pyongyang"], "kind": "count", "value": 1_000_000,
    "qualifier": "more_than", "as_of": "2023-11-01", "source": "Yonhap", "url": "https://example.org/yonhap",
}


def _claim(body: dict, text: str) -> dict:
    return next(claim for claim in body["claims"] if claim["text"] == text)


def test_english_claims_carry_spans_hedges_units_and_counted(client):
    body = client.post("/check", json={"text": EN_ARTICLE, "language": "en"}).get_json()
    shells = _claim(body, "more than 100,000")
    assert EN_ARTICLE[shells["start"]:shells["end"]] == "more than 100,000"
    assert shells["value"] == 100_000
    assert shells["qualifier"] == "more_than"
    assert shells["counted"] == "artillery shells"
    bridge = _claim(body, "19 km")
    assert (bridge["kind"], bridge["value"], bridge["unit"]) == ("quantity", 19, "km")
    for claim in body["claims"]:
        assert EN_ARTICLE[claim["start"]:claim["end"]] == claim["text"]


def test_french_claims_read_french_number_conventions(client):
    body = client.post("/check", json={"text": FR_ARTICLE}).get_json()
    assert body["language"] == "fr"
    shells = _claim(body, "plus de 100 000")
    assert (shells["value"], shells["qualifier"]) == (100_000, "more_than")
    assert shells["counted"].startswith("obus")
    rate = _claim(body, "7,5 %")
    assert (rate["kind"], rate["value"], rate["unit"]) == ("percent", 7.5, "%")


def test_a_contradicted_figure_is_flagged_with_its_reference(client):
    client.post("/references", json=SHELLS)
    body = client.post("/check", json={"text": EN_ARTICLE, "language": "en",
                                       "published_at": "2024-03-01"}).get_json()
    finding = next(f for f in body["findings"] if f["severity"] == "error")
    claim = _claim(body, "more than 100,000")
    assert finding["claim_id"] == claim["id"]
    assert (finding["start"], finding["end"]) == (claim["start"], claim["end"])
    assert finding["reference"]["id"] == "nk-shells"
    assert "Yonhap" in finding["message"] and "more than one million" in finding["message"]
    assert body["summary"]["errors"] >= 1


def test_french_article_matches_english_reference_through_aliases(client):
    client.post("/references", json=SHELLS)
    body = client.post("/check", json={"text": FR_ARTICLE, "published_at": "2024-03-01"}).get_json()
    finding = next(f for f in body["findings"] if f["severity"] == "error")
    assert finding["reference"]["id"] == "nk-shells"
    assert "L'article indique" in finding["message"] and "plus d'un million" in finding["message"]


def test_demo_article_flags_real_errors_against_demo_references(demo_app):
    client = demo_app.test_client()
    article = demo_article("en")
    body = client.post("/check", json=article).get_json()
    rules = {f["rule"] for f in body["findings"] if f["severity"] == "error"}
    assert {"scale", "value_mismatch"} <= rules
    scale = next(f for f in body["findings"] if f["rule"] == "scale")
    assert article["text"][scale["start"]:scale["end"]] == "more than one billion"
    assert scale["reference"]["id"] == "demo-nk-shells"


def test_stored_run_can_be_read_back(client):
    body = client.post("/check", json={"text": EN_ARTICLE, "title": "Shells", "external_id": "cms-42"}).get_json()
    stored = client.get(f"/checks/{body['check_id']}").get_json()
    assert stored["text"] == EN_ARTICLE
    assert stored["title"] == "Shells" and stored["external_id"] == "cms-42"
    assert stored["origin"] == "api"
    assert stored["claims"] == body["claims"]


def test_store_false_keeps_nothing(client):
    body = client.post("/check", json={"text": EN_ARTICLE, "store": False}).get_json()
    assert body["check_id"] is None


def test_plain_text_body_with_query_options(client):
    response = client.post("/check?language=fr&published_at=2024-03-01&store=false", data=FR_ARTICLE,
                           content_type="text/plain; charset=utf-8")
    assert response.status_code == 200
    body = response.get_json()
    assert body["language"] == "fr" and body["published_at"] == "2024-03-01"


def test_rules_can_be_disabled_per_request(client):
    client.post("/references", json=SHELLS)
    body = client.post("/check", json={"text": EN_ARTICLE, "disable_rules": ["value_mismatch"]}).get_json()
    assert all(f["rule"] != "value_mismatch" for f in body["findings"])
    only = client.post("/check", json={"text": EN_ARTICLE, "rules": ["unverified"]}).get_json()
    assert {f["rule"] for f in only["findings"]} == {"unverified"}


def test_extract_returns_claims_without_findings(client):
    body = client.post("/extract", json={"text": EN_ARTICLE, "language": "en"}).get_json()
    assert "findings" not in body
    assert _claim(body, "19 km")["unit"] == "km"


def test_reference_change_reaches_the_next_check(client):
    client.post("/references", json=SHELLS)
    first = client.post("/check", json={"text": EN_ARTICLE}).get_json()
    assert any(f["rule"] == "value_mismatch" for f in first["findings"])
    client.put("/references/nk-shells", json=SHELLS | {"value": 100_000, "qualifier": "more_than"})
    second = client.post("/check", json={"text": EN_ARTICLE}).get_json()
    assert not any(f["rule"] == "value_mismatch" for f in second["findings"])


def test_the_match_index_is_built_when_the_app_starts_not_on_the_first_check(make_app, caplog):
    """Under gunicorn --preload the workers fork with it: no worker spends seconds on its first request."""
    import json

    writer = make_app().test_client()
    for suffix in ("a", "b"):
        assert writer.post("/references", json=SHELLS | {"id": f"nk-shells-start-{suffix}"}).status_code == 201
    with caplog.at_level("INFO"):
        started = make_app()
    loaded = [json.loads(record.getMessage()) for record in caplog.records
              if "reference_index_loaded" in record.getMessage()]
    stored = started.test_client().get("/health").get_json()["references"]
    assert loaded and loaded[-1]["references"] == stored >= 2


def test_the_title_names_the_subject_the_text_leaves_out(client):
    client.post("/references", json=SHELLS)
    article = {"text": "Selon Séoul, plus de 2 millions d'obus d'artillerie ont été livrés depuis août.",
               "language": "fr", "published_at": "2024-03-01"}
    untitled = client.post("/check", json=article).get_json()
    titled = client.post("/check", json=article | {"title": "Les obus de Pyongyang"}).get_json()
    assert [f for f in untitled["findings"] if f["severity"] == "error"] == []
    assert [f["reference"]["id"] for f in titled["findings"] if f["severity"] == "error"] == ["nk-shells"]
