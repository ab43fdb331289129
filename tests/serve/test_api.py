"""The JSON API over the curated store (hand-built results, exact counts): every page's twin, events with
their roles, pagination, errors. Ids are the shipped registry's and gazetteer's."""

from __future__ import annotations

import pytest

from rasd.schema import Result
from tests.serve.annotations import DEIR_EZ_ZOR, IDLIB, KHABAROVSK, MAKKAH, TRIPOLI_LY

IRAN = "JA-internationalNews-1248-20170619"
QATAR = "JA-internationalNews-1101-20170605"


def test_summary_and_facets(client):
    s = client.get("/api/summary").json()
    assert (s["documents"], s["events"], s["relations"]) == (10, 10, 2)
    assert s["recent"][0]["published"] == "2024-01-10"
    f = client.get("/api/facets").json()
    assert f["event_types"] == ["ACCUSE", "ASSAULT", "COERCE", "COOPERATE", "SANCTION"]
    assert set(f["modalities"]) == {"asserted", "reported"}
    assert "الوطن" in f["outlets"] and f["relation_types"] == ["ally_of", "front_for"]


def test_events_carry_their_roles(client, doc_ids):
    page = client.get("/api/events", params={"doc": doc_ids[IRAN]}).json()
    assert page["total"] == 2
    e1 = next(e for e in page["items"] if e["eid"] == "e1")
    assert e1["type"] == "ASSAULT" and e1["mode"] == "heavy-weapons" and e1["modality"] == "reported"
    assert e1["trigger"]["text"] == "أطلقت"
    assert e1["actor1"] == {"actor": "irn", "name": "إيران", "text": "ايران", "code": "IRN"}
    assert e1["actor2"]["actor"] == "isis" and e1["actor2"]["code"] == "IMGMUSISI"
    assert e1["location"]["place"] == DEIR_EZ_ZOR and e1["location"]["lat"] == pytest.approx(35.33588)
    assert [(a["actor"], a["name"], a["cue"]) for a in e1["attribution"]] == [
        ("irn.irgc", "الحرس الثوري الإيراني", "حسب ما أعلن")]
    assert e1["date"] == "2017-06-19" and e1["date_precision"] == "published"
    assert e1["document"]["source"] == "Jawhara FM"
    assert e1["sentence"].startswith("أطلقت ايران مجموعة من الصواريخ")


def test_event_date_wins_over_publication_date(client):
    items = client.get("/api/events", params={"type": "COERCE", "mode": "arrest"}).json()["items"]
    libya = next(e for e in items if e["document"]["origin"] == "JA-internationalNews-950-20170525")
    assert (libya["date"], libya["date_precision"], libya["date_text"]) == ("2017-05-24", "day", "أمس الأربعاء")


@pytest.mark.parametrize("params, n", [
    ({}, 10),
    ({"type": "ASSAULT"}, 4),
    ({"type": "assault"}, 4),
    ({"actor": "sau"}, 3),
    ({"actor1": "sau"}, 2),
    ({"actor2": "qat"}, 2),
    ({"place": TRIPOLI_LY}, 1),
    ({"modality": "reported"}, 6),
    ({"source": "irn.irgc"}, 2),
    ({"outlet": "الوطن"}, 2),
    ({"since": "2017-06"}, 7),
    ({"since": "2017", "until": "2017"}, 5),
    ({"until": "2016-10"}, 2),
    ({"type": "", "actor": "", "since": ""}, 10),  # empty form fields do not filter
])
def test_event_filters(client, params, n):
    assert client.get("/api/events", params=params).json()["total"] == n


def test_events_pagination(client):
    a = client.get("/api/events", params={"per_page": 3, "page": 1}).json()
    b = client.get("/api/events", params={"per_page": 3, "page": 4}).json()
    assert a["total"] == b["total"] == 10 and len(a["items"]) == 3 and len(b["items"]) == 1
    assert a["items"][0]["date"] >= a["items"][-1]["date"]  # newest first
    assert client.get("/api/events", params={"per_page": 1000}).status_code == 422
    assert client.get("/api/events", params={"page": 0}).status_code == 422


@pytest.mark.parametrize("bad", ["2017/06/01", "yesterday", "2017-6-1", "'; DROP TABLE events; --"])
def test_bad_dates_are_rejected_with_a_reason(client, bad):
    r = client.get("/api/events", params={"since": bad})
    assert r.status_code == 422 and "YYYY" in r.json()["detail"]


def test_document_is_the_full_contract(client, doc_ids):
    r = client.get(f"/api/documents/{doc_ids['seed-article.txt']}")
    assert r.status_code == 200
    result = Result.model_validate(r.json())
    result.check_spans()
    assert r.json()["schema"] == 1
    assert {e.type for e in result.events} == {"COOPERATE", "COERCE"}
    assert result.relations[0].type == "front_for"


def test_documents_list_and_404(client):
    page = client.get("/api/documents", params={"per_page": 5}).json()
    assert page["total"] == 10 and len(page["items"]) == 5
    r = client.get("/api/documents/0000000000000000")
    assert r.status_code == 404 and r.json() == {"detail": "no document '0000000000000000'"}


def test_actor_profile(client):
    p = client.get("/api/actors/sau").json()
    assert p["actor"]["name"] == "السعودية" and p["actor"]["code"] == "SAU" and p["actor"]["known"]
    assert p["events_total"] == 3
    roles = {(e["type"], e["actor1"]["actor"] if e["actor1"] else None) for e in p["events"]}
    assert roles == {("ACCUSE", "sau"), ("ASSAULT", "houthis"), ("SANCTION", "sau")}
    assert {b["period"]: (b["as_actor1"], b["as_actor2"]) for b in p["timeline"]} == {
        "2016-10": (1, 1), "2017-06": (1, 0)}
    sources = {s["label"]: s["n"] for s in p["sources"]}
    # the Houthis (by their registry name) are cited once; two events have no source but the outlet
    assert sources["جماعة أنصار الله"] == 1 and sources["الوسيلة نفسها (بلا إسناد)"] == 2
    co = {c["key"] for c in p["co_actors"]}
    assert {"houthis", "qat", "bhr"} <= co and "sau" not in co
    assert p["outlets"] == [{"key": None, "label": "Jawhara FM", "n": 2}]


def test_actor_relations_have_evidence(client):
    p = client.get("/api/actors/nusra").json()
    (rel,) = p["relations"]
    assert (rel["type"], rel["subject"], rel["object"]) == ("front_for", "hts", "nusra")
    assert rel["subject_name"] == "هيئة تحرير الشام"
    assert "غطاء له" in rel["evidence"]["text"]
    assert client.get("/api/actors/t.nobody").status_code == 404


def test_actors_list_is_ranked_and_searchable(client):
    page = client.get("/api/actors").json()
    assert page["items"][0]["id"] == "syr"  # most mentioned
    mentions = [a["mentions"] for a in page["items"]]
    assert mentions == sorted(mentions, reverse=True)
    assert [a["id"] for a in client.get("/api/actors", params={"q": "هيئه تحرير"}).json()["items"]] == ["hts"]
    by_code = client.get("/api/actors", params={"q": "AFGREB"}).json()["items"]
    assert {a["id"] for a in by_code} == {"taliban", "isis_k"}  # the Taliban and ISIS-Khorasan share the code


def test_network(client):
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"], e["kind"], e["type"]): e["weight"] for e in net["edges"]}
    assert edges[("sau", "houthis", "event", "ACCUSE")] == 1
    assert edges[("hts", "nusra", "relation", "front_for")] == 1
    ids = {n["id"] for n in net["nodes"]}
    assert {s for s, *_ in edges} | {t for _, t, *_ in edges} == ids
    only_assault = client.get("/api/network", params={"type": "ASSAULT"}).json()
    assert {e["type"] for e in only_assault["edges"]} == {"ASSAULT"}
    only_rel = client.get("/api/network", params={"kind": "relation"}).json()
    assert {e["kind"] for e in only_rel["edges"]} == {"relation"}
    small = client.get("/api/network", params={"max_nodes": 2}).json()
    assert len(small["nodes"]) == 2 and small["truncated"]
    dated = client.get("/api/network", params={"since": "2017-06-01", "until": "2017-12", "kind": "event"}).json()
    assert {e["type"] for e in dated["edges"]} == {"ASSAULT", "SANCTION"}


def test_map_and_timeline(client):
    m = client.get("/api/map").json()
    by_id = {p["id"]: p for p in m["points"]}
    assert set(by_id) == {MAKKAH, DEIR_EZ_ZOR, TRIPOLI_LY, KHABAROVSK, IDLIB}
    assert by_id[DEIR_EZ_ZOR]["by_type"] == {"ASSAULT": 1}
    assert m["events_without_coordinates"] == 5
    assert client.get("/api/map", params={"type": "SANCTION"}).json()["points"] == []
    t = client.get("/api/timeline").json()
    assert t["bucket"] == "month"
    assert {b["period"]: b["n"] for b in t["items"]} == {
        "2016-10": 2, "2017-05": 1, "2017-06": 4, "2023-03": 2, "2024-01": 1}
    years = client.get("/api/timeline", params={"bucket": "year", "type": "ASSAULT"}).json()["items"]
    assert [(b["period"], b["by_type"]) for b in years] == [
        ("2016", {"ASSAULT": 1}), ("2017", {"ASSAULT": 2}), ("2024", {"ASSAULT": 1})]


def test_search_api(client, doc_ids):
    r = client.get("/api/search", params={"q": "افغانستان"}).json()
    assert r["terms"] == ["افغانستان"] and r["engine"] == "fts5"
    (hit,) = r["items"]
    assert hit["id"] == doc_ids["seed-article.txt"]
    assert {p["text"] for p in hit["snippet"] if p["hit"]} == {"أفغانستان"}


def test_openapi_lists_every_api_route(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/search", "/api/actors/{actor_id}", "/api/network", "/api/map", "/api/timeline",
            "/api/documents", "/api/documents/{doc_id}", "/api/summary", "/api/facets", "/api/actors"} <= paths
    assert not any(p.startswith("/actors") or p == "/" for p in paths)  # HTML pages are not API
    assert "post" in spec["paths"]["/api/documents"]


@pytest.mark.parametrize("typed, actor_id", [
    ("taliban", "taliban"),
    ("طالبان", "taliban"),  # the registry name
    ("حركة طالبان", "taliban"),  # an alias
    ("هيئه تحرير الشام", "hts"),  # normalized name
    ("الحرس الثوري", "irn.irgc"),  # alias, as an attribution source
])
def test_actor_filters_accept_names(client, typed, actor_id):
    field = "source" if actor_id == "irn.irgc" else "actor"
    by_name = client.get("/api/events", params={field: typed}).json()
    by_id = client.get("/api/events", params={field: actor_id}).json()
    assert by_name["total"] == by_id["total"] > 0
    docs = client.get("/api/search", params={field: typed}).json()
    assert docs["total"] == client.get("/api/search", params={field: actor_id}).json()["total"] > 0


def test_unknown_actor_name_matches_nothing(client):
    assert client.get("/api/events", params={"actor": "لا أحد"}).json()["total"] == 0
