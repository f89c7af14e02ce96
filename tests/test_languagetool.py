"""The LanguageTool-compatible API: response shape, UTF-16 offsets, rule switches, annotated data, and a real
LanguageTool client library (language_tool_python) pointed at a live server."""

from __future__ import annotations

import json
import threading
from functools import lru_cache

import jsonschema
import language_tool_python
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from werkzeug.serving import make_server

from checker.web.openapi import openapi_document

SHELLS = {
    "id": "nk-shells", "subject": "North Korea", "measure": "artillery shells sent to Russia",
    "aliases": ["obus d'artillerie", "Corée du Nord", "Pyongyang"], "kind": "count", "value": 1_000_000,
    "qualifier": "more_than", "as_of": "2023-11-01", "source": "Yonhap", "url": "https://example.org/yonhap",
}
OBUS = SHELLS | {"id": "nk-obus", "subject": "Corée du Nord", "measure": "obus d'artillerie envoyés à la Russie",
                 "aliases": ["North Korea", "artillery shells", "Pyongyang"]}
TEXT = ("North Korea has sent more than 100,000 artillery shells to Russia, South Korea's defence ministry "
        "said on Friday. A 300-page report lists the rail shipments.")
FIGURE = "more than 100,000"
EMOJI_TEXT = "\U0001F680\U0001F1F0\U0001F1F5 Breaking: " + TEXT  # a rocket and a flag: 3 extra UTF-16 units
FRENCH = ("La Corée du Nord a envoyé plus de 100 000 obus d'artillerie à la Russie, selon le ministère "
          "sud-coréen de la Défense.")


@lru_cache(maxsize=1)
def _registry() -> Registry:
    return Registry().with_resource("urn:openapi", DRAFT202012.create_resource(openapi_document()))


def _validate(body, schema: dict) -> None:
    jsonschema.Draft202012Validator(schema, registry=_registry()).validate(body)


def _schema(name: str) -> dict:
    return {"$ref": f"urn:openapi#/components/schemas/{name}"}


@pytest.fixture
def lt(client):
    assert client.post("/references", json=SHELLS).status_code == 201
    return client


def _check(client, **form) -> dict:
    response = client.post("/v2/check", data=form)
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    _validate(body, _schema("LanguageToolCheck"))
    return body


def _utf16_slice(text: str, offset: int, length: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[2 * offset:2 * (offset + length)].decode("utf-16-le")


def test_languages_lists_codes_and_variants(client):
    response = client.get("/v2/languages")
    assert response.status_code == 200
    body = response.get_json()
    _validate(body, {"type": "array", "items": _schema("LanguageToolLanguage")})
    long_codes = {entry["longCode"] for entry in body}
    assert {"en", "en-US", "en-GB", "fr", "fr-FR"} <= long_codes
    assert {"name": "French (France)", "code": "fr", "longCode": "fr-FR"} in body


def test_a_contradicted_figure_comes_back_as_a_languagetool_match(lt):
    body = _check(lt, text=TEXT, language="en-US")
    assert body["software"]["apiVersion"] == 1 and body["software"]["premium"] is False
    assert body["warnings"] == {"incompleteResults": False}
    assert body["language"]["code"] == "en-US" and body["language"]["name"] == "English (US)"
    assert body["language"]["detectedLanguage"]["code"] == "en"
    [match] = body["matches"]
    assert TEXT[match["offset"]:match["offset"] + match["length"]] == FIGURE
    assert match["rule"]["id"] == "VALUE_MISMATCH"
    assert match["rule"]["issueType"] == "inconsistency"
    assert match["rule"]["category"] == {"id": "VALUE_MISMATCH", "name": "Figure contradicts a reference"}
    assert "Yonhap" in match["message"] and "Yonhap" in match["shortMessage"]
    assert match["replacements"] == [{"value": "more than one million"}]
    context = match["context"]
    assert context["text"][context["offset"]:context["offset"] + context["length"]] == FIGURE
    assert context["text"].endswith("...")
    assert match["sentence"].startswith("North Korea has sent") and match["sentence"].endswith("on Friday.")
    assert body["sentenceRanges"][0][0] == 0


def test_offsets_count_utf16_code_units_after_emoji(lt):
    body = _check(lt, text=EMOJI_TEXT, language="en")
    [match] = body["matches"]
    assert match["offset"] == EMOJI_TEXT.index(FIGURE) + 3
    assert _utf16_slice(EMOJI_TEXT, match["offset"], match["length"]) == FIGURE
    context = match["context"]
    assert _utf16_slice(context["text"], context["offset"], context["length"]) == FIGURE


def test_info_findings_only_when_their_rule_is_enabled(lt):
    assert {m["rule"]["id"] for m in _check(lt, text=TEXT, language="en")["matches"]} == {"VALUE_MISMATCH"}
    enabled = _check(lt, text=TEXT, language="en", enabledRules="UNVERIFIED")
    hints = [m for m in enabled["matches"] if m["rule"]["id"] == "UNVERIFIED"]
    assert hints and all(m["type"]["typeName"] == "Hint" for m in hints)
    assert any(TEXT[m["offset"]:m["offset"] + m["length"]].startswith("300") for m in hints)
    only = _check(lt, text=TEXT, language="en", enabledRules="unverified,WHITESPACE_RULE", enabledOnly="true")
    assert {m["rule"]["id"] for m in only["matches"]} == {"UNVERIFIED"}
    disabled = _check(lt, text=TEXT, language="en", disabledRules="EN_QUOTES,VALUE_MISMATCH")
    assert disabled["matches"] == []


def test_auto_detects_the_language_and_variants_are_echoed(lt):
    assert lt.post("/references", json=OBUS).status_code == 201
    auto = _check(lt, text=FRENCH, language="auto")
    assert auto["language"]["code"] == "fr" and auto["language"]["detectedLanguage"]["code"] == "fr"
    assert auto["language"]["detectedLanguage"]["confidence"] > 0.5
    [match] = auto["matches"]
    assert FRENCH[match["offset"]:match["offset"] + match["length"]] == "plus de 100 000"
    assert match["rule"]["category"]["name"] == "Chiffre contredit par une référence"
    variant = _check(lt, text=FRENCH, language="fr-FR")
    assert (variant["language"]["code"], variant["language"]["name"]) == ("fr-FR", "French (France)")


def test_annotated_data_skips_markup_but_counts_it_in_offsets(lt):
    annotation = [
        {"markup": "<h1>"}, {"text": "Shells"}, {"markup": "</h1>", "interpretAs": "\n\n"},
        {"markup": "<p>"}, {"text": "North Korea has sent "}, {"markup": "<b class=\"figure\">"},
        {"text": FIGURE}, {"markup": "</b>"}, {"text": " artillery shells to Russia, Seoul said."},
        {"markup": "</p>"},
    ]
    original = "".join(part.get("text", part.get("markup")) for part in annotation)
    body = _check(lt, data=json.dumps({"annotation": annotation}), language="en")
    [match] = body["matches"]
    assert original[match["offset"]:match["offset"] + match["length"]] == FIGURE
    assert "<" not in match["context"]["text"] and "<" not in match["sentence"]


@pytest.mark.parametrize(
    ("form", "field"),
    [
        ({"language": "en"}, "text"),
        ({"text": TEXT, "data": '{"annotation": []}', "language": "en"}, "text"),
        ({"data": "{not json", "language": "en"}, "data"),
        ({"data": '{"annotation": [{"image": "x.png"}]}', "language": "en"}, "data"),
        ({"text": TEXT}, "language"),
        ({"text": TEXT, "language": "de-DE"}, "language"),
        ({"text": TEXT, "language": "en", "enabledOnly": "true"}, "enabledOnly"),
        ({"text": TEXT, "language": "en", "enabledOnly": "perhaps"}, "enabledOnly"),
    ],
)
def test_bad_requests_are_422_naming_the_parameter(client, form, field):
    response = client.post("/v2/check", data=form)
    assert response.status_code == 422, response.get_data(as_text=True)
    assert response.content_type == "application/problem+json"
    assert response.get_json()["errors"][0]["field"] == field


def test_hostile_texts_never_make_a_500(client):
    hostile = ["\x00" * 50, "9" * 50_000, "\U0001F600" * 2000 + " 5 km", "\ud7ff" * 10, "", "1,1,1,1," * 2000]
    for text in hostile:
        response = client.post("/v2/check", data={"text": text, "language": "auto"})
        assert response.status_code < 500, text[:20]
    data = json.dumps({"annotation": [{"markup": "<p>", "interpretAs": 5}]})
    assert client.post("/v2/check", data={"data": data, "language": "en"}).status_code == 422


def test_json_bodies_are_415(client):
    response = client.post("/v2/check", json={"text": TEXT, "language": "en"})
    assert response.status_code == 415


@pytest.fixture
def live_server(lt, app):
    """The app on a real HTTP port, for clients that speak HTTP themselves."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        thread.join(10)
        server.server_close()


def test_language_tool_python_gets_our_findings_as_its_matches(live_server, tmp_path, monkeypatch):
    download_folder = tmp_path / "language_tool_python"
    monkeypatch.setenv("LTP_PATH", str(download_folder))
    with language_tool_python.LanguageTool("en-US", remote_server=live_server) as tool:
        matches = tool.check(EMOJI_TEXT)
        tool.enabled_rules = {"UNVERIFIED"}
        tool.enabled_rules_only = True
        hints = tool.check(TEXT)
    [match] = matches
    assert match.rule_id == "VALUE_MISMATCH"
    assert match.offset == EMOJI_TEXT.index(FIGURE)  # the client turns our UTF-16 offset back into Python's
    assert EMOJI_TEXT[match.offset:match.offset + match.error_length] == FIGURE
    assert FIGURE in match.context  # (the client leaves context offsets in UTF-16 units, as LanguageTool sends them)
    assert "Yonhap" in match.message
    assert match.replacements == ["more than one million"]
    assert match.category == "VALUE_MISMATCH"
    assert hints and {hint.rule_id for hint in hints} == {"UNVERIFIED"}
    assert not download_folder.exists()  # remote mode: nothing downloaded, no local LanguageTool started
