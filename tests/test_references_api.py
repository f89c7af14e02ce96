"""Reference CRUD over HTTP: versions kept on update, soft delete, bulk all-or-nothing, filters."""

from __future__ import annotations

import threading

SHELLS = {
    "id": "nk-shells",
    "subject": "North Korea",
    "measure": "artillery shells sent to Russia",
    "aliases": ["obus d'artillerie", "Pyongyang"],
    "kind": "count",
    "value": 1_000_000,
    "qualifier": "more_than",
    "as_of": "2023-11-01",
    "source": "Yonhap",
    "url": "https://example.org/yonhap/shells",
    "published_at": "2023-11-01",
}
BRIDGE = {
    "id": "kerch-bridge",
    "subject": "Crimean Bridge",
    "measure": "length",
    "kind": "quantity",
    "value": 19,
    "unit": "km",
    "source": "Demo desk",
}


def test_create_read_and_contract_fields(client):
    response = client.post("/references", json=SHELLS)
    assert response.status_code == 201
    assert response.headers["Location"].endswith("/references/nk-shells")
    assert response.headers["ETag"] == '"v1"'
    body = client.get("/references/nk-shells").get_json()
    for field in ("id", "subject", "measure", "aliases", "kind", "value", "qualifier", "low", "high", "unit",
                  "date", "as_of", "source", "url", "published_at", "notes"):
        assert field in body
    assert body["value"] == 1_000_000
    assert body["aliases"] == ["obus d'artillerie", "Pyongyang"]
    assert body["as_of"] == "2023-11-01"
    assert body["version"] == 1


def test_generated_id_when_absent(client):
    record = {key: value for key, value in BRIDGE.items() if key != "id"}
    body = client.post("/references", json=record).get_json()
    assert body["id"].startswith("ref_")
    assert client.get(f"/references/{body['id']}").status_code == 200


def test_update_keeps_history(client):
    client.post("/references", json=SHELLS)
    updated = SHELLS | {"value": 3_000_000, "as_of": "2024-02-27", "source": "South Korean defence ministry"}
    response = client.put("/references/nk-shells", json=updated)
    assert response.status_code == 200
    assert response.get_json()["version"] == 2
    assert client.get("/references/nk-shells").get_json()["value"] == 3_000_000
    history = client.get("/references/nk-shells/history").get_json()["versions"]
    assert [v["value"] for v in history] == [1_000_000, 3_000_000]
    assert history[0]["superseded_at"] is not None and history[1]["superseded_at"] is None


def test_get_then_put_round_trip_accepts_bookkeeping_fields(client):
    client.post("/references", json=SHELLS)
    current = client.get("/references/nk-shells").get_json()
    current["notes"] = "Confirmed by a second source."
    assert client.put("/references/nk-shells", json=current).status_code == 200


def test_if_match_rejects_a_stale_update(client):
    client.post("/references", json=SHELLS)
    client.put("/references/nk-shells", json=SHELLS | {"value": 2_000_000}, headers={"If-Match": '"v1"'})
    stale = client.put("/references/nk-shells", json=SHELLS | {"value": 5}, headers={"If-Match": '"v1"'})
    assert stale.status_code == 412
    assert stale.content_type == "application/problem+json"
    assert client.get("/references/nk-shells").get_json()["value"] == 2_000_000


def test_soft_delete_is_listed_and_history_kept(client):
    client.post("/references", json=[SHELLS, BRIDGE])
    assert client.delete("/references/kerch-bridge").status_code == 200
    assert client.get("/references/kerch-bridge").status_code == 404
    live = client.get("/references").get_json()
    assert [r["id"] for r in live["references"]] == ["nk-shells"]
    deleted = client.get("/references?deleted=true").get_json()
    assert [r["id"] for r in deleted["references"]] == ["kerch-bridge"]
    history = client.get("/references/kerch-bridge/history").get_json()["versions"]
    assert [v["deleted"] for v in history] == [False, True]
    assert history[0]["value"] == 19
    assert client.delete("/references/kerch-bridge").status_code == 404


def test_bulk_load_is_all_or_nothing_with_per_record_errors(client):
    bad = [SHELLS, BRIDGE | {"kind": "weight"}, {"subject": "France", "measure": "GDP", "kind": "money",
                                                 "value": "lots"}]
    response = client.post("/references", json=bad)
    assert response.status_code == 422
    errors = response.get_json()["errors"]
    assert [(e["index"], e["errors"][0]["field"]) for e in errors] == [(1, "kind"), (2, "value")]
    assert client.get("/references").get_json()["total"] == 0


def test_bulk_load_rejects_an_existing_id_and_writes_nothing(client):
    client.post("/references", json=SHELLS)
    response = client.post("/references", json=[BRIDGE, SHELLS | {"value": 2}])
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["index"] == 1
    assert client.get("/references/kerch-bridge").status_code == 404
    assert client.get("/references/nk-shells").get_json()["value"] == 1_000_000


def test_creating_an_existing_reference_is_a_conflict(client):
    client.post("/references", json=SHELLS)
    response = client.post("/references", json=SHELLS | {"value": 7})
    assert response.status_code == 409
    assert client.get("/references/nk-shells").get_json()["value"] == 1_000_000


def test_filter_and_paginate(client):
    records = [BRIDGE | {"id": f"bridge-{n:02}", "value": n} for n in range(12)] + [SHELLS]
    assert client.post("/references", json=records).status_code == 201
    page = client.get("/references?kind=quantity&limit=5&offset=10").get_json()
    assert page["total"] == 12
    assert [r["id"] for r in page["references"]] == ["bridge-10", "bridge-11"]
    assert client.get("/references?q=ARTILLERY").get_json()["total"] == 1
    assert client.get("/references?limit=0").status_code == 422
    assert client.get("/references?kind=weight").status_code == 422


def test_invalid_fields_are_named(client):
    response = client.post("/references", json=SHELLS | {"as_of": "1 Nov 2023"})
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "as_of"
    response = client.put("/references/nk-shells", json={"subject": "x"})
    assert response.status_code in (404, 422)


def test_two_concurrent_writers_both_versions_kept(app):
    client = app.test_client()
    client.post("/references", json=SHELLS)
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def write(value: int) -> None:
        local = app.test_client()
        barrier.wait()
        statuses.append(local.put("/references/nk-shells", json=SHELLS | {"value": value}).status_code)

    threads = [threading.Thread(target=write, args=(value,)) for value in (2_000_000, 3_000_000)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200, 200]
    history = client.get("/references/nk-shells/history").get_json()["versions"]
    assert [v["version"] for v in history] == [1, 2, 3]
    assert sorted(v["value"] for v in history[1:]) == [2_000_000, 3_000_000]
    assert sum(1 for v in history if v["superseded_at"] is None) == 1


def test_affected_lists_stored_stories_that_used_the_old_value(client):
    client.post("/references", json=SHELLS)
    article = {"text": "North Korea has sent more than one million artillery shells to Russia, Seoul said.",
               "language": "en", "published_at": "2023-12-01", "external_id": "story-7", "title": "Shells"}
    stored = client.post("/check", json=article).get_json()
    client.post("/check", json=article | {"store": False})
    assert client.get("/references/nk-shells/affected").get_json()["runs"] == []  # nothing has changed yet

    client.put("/references/nk-shells", json=SHELLS | {"value": 3_000_000, "as_of": "2024-02-27"})
    body = client.get("/references/nk-shells/affected?days=7").get_json()
    assert body["current"]["value"] == 3_000_000
    assert [(r["check_id"], r["claim_text"], r["matched_version"], r["matched_value"]) for r in body["runs"]] == [
        (stored["check_id"], "more than one million", 1, 1_000_000)]
    assert body["runs"][0]["external_id"] == "story-7"
    assert client.get("/references/nope/affected").status_code == 404
    assert client.get("/references/nk-shells/affected?days=0").status_code == 422
