"""Exports re-read by the tools analysts use: pandas (CSV/JSONL), pyarrow (Parquet), networkx (GraphML/GEXF).

Exact counts run on the curated store (hand-built results); the last tests export the real pipeline's store and
compare with what its results hold."""

from __future__ import annotations

import io
import json

import pytest

from rasd.export import ACTOR_COLUMNS, EVENT_COLUMNS

pd = pytest.importorskip("pandas")

IRAN_TRIGGER = "أطلقت"


@pytest.fixture(scope="module")
def events_csv(export_db, tmp_path_factory, request):
    from typer.testing import CliRunner

    from rasd.cli.main import app

    out = tmp_path_factory.mktemp("csv") / "events.csv"
    res = CliRunner().invoke(app, ["export", "events", "--db", export_db, "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


def test_csv_columns_and_rows(events_csv):
    df = pd.read_csv(events_csv, dtype=str, keep_default_na=False)
    assert tuple(df.columns) == EVENT_COLUMNS
    assert EVENT_COLUMNS[:20] == ("event_id", "date", "date_precision", "type", "mode", "cameo", "actor1",
                                  "actor1_code", "actor2", "actor2_code", "place", "lat", "lon", "country",
                                  "modality", "attribution", "outlet", "doc_id", "origin", "sentence")
    assert len(df) == 10 and df["event_id"].is_unique
    assert df["type"].value_counts().to_dict() == {"ASSAULT": 4, "COERCE": 2, "SANCTION": 2, "ACCUSE": 1,
                                                   "COOPERATE": 1}
    iran = df[df["trigger"] == IRAN_TRIGGER].iloc[0]
    assert (iran["actor1"], iran["actor1_code"], iran["actor2"], iran["actor2_code"]) == (
        "إيران", "IRN", "تنظيم الدولة الإسلامية", "IMGMUSISI")
    assert (iran["place"], iran["country"], float(iran["lat"]), float(iran["lon"])) == (
        "دير الزور", "SY", 35.33588, 40.14084)
    assert (iran["modality"], iran["attribution"], iran["source_actor_id"]) == (
        "reported", "الحرس الثوري الإيراني", "irn.irgc")
    assert (iran["outlet"], iran["date"], iran["date_precision"]) == ("Jawhara FM", "2017-06-19", "published")
    assert df["date"].tolist() == sorted(df["date"])  # oldest first


def test_csv_round_trips_hostile_text(events_csv, export_db):
    from rasd.store import Store
    from rasd.store.queries import EventFilters, list_events

    df = pd.read_csv(events_csv, dtype=str, keep_default_na=False)
    with Store(export_db, create=False).session() as s:
        api = {e.id: e for e in list_events(s, EventFilters(), 1, 200).items}
    for _, row in df.iterrows():
        assert row["sentence"] == api[row["event_id"]].sentence
    hostile = df[df["origin"] == "hostile.txt"].iloc[0]
    assert "<script>" in hostile["sentence"] and '"><img' in hostile["sentence"]


def test_jsonl_matches_csv(export_db, run_cli, events_csv):
    code, out, _ = run_cli(["export", "events", "--db", export_db, "--format", "jsonl"])
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 10 and set(rows[0]) == set(EVENT_COLUMNS)
    df = pd.read_json(io.StringIO(out), lines=True, dtype=False)
    csv = pd.read_csv(events_csv, dtype=str, keep_default_na=False)
    assert df["event_id"].tolist() == csv["event_id"].tolist()
    libya = next(r for r in rows if r["trigger"] == "القبض")
    assert (libya["date"], libya["date_precision"], libya["lat"]) == ("2017-05-24", "day", 32.88743)
    assert libya["actor1"] == "أجهزة أمنية ليبية" and libya["actor1_id"] is None


def test_parquet(export_db, run_cli, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    code, _, err = run_cli(["export", "events", "--db", export_db, "-f", "parquet", "-o", str(out)])
    assert code == 0 and "10 event(s)" in err
    table = pq.read_table(out)
    assert table.num_rows == 10 and tuple(table.column_names) == EVENT_COLUMNS
    assert table.schema.field("lat").type == pa.float64() and table.schema.field("actor1").type == pa.string()
    df = table.to_pandas()
    assert df.loc[df["trigger"] == IRAN_TRIGGER, "lon"].item() == pytest.approx(40.14084)
    assert df["lat"].isna().sum() == 5  # events without a place with coordinates


def test_parquet_needs_a_file(export_db, run_cli):
    code, _, err = run_cli(["export", "events", "--db", export_db, "-f", "parquet"])
    assert code == 2 and "-o" in err


@pytest.mark.parametrize("args, n", [
    (["--type", "ASSAULT"], 4),
    (["--actor", "sau"], 3),
    (["--since", "2017", "--until", "2017"], 5),
    (["--until", "2016-10"], 2),
])
def test_event_filters(export_db, run_cli, args, n):
    code, out, _ = run_cli(["export", "events", "--db", export_db, "-f", "jsonl", *args])
    assert code == 0 and len(out.splitlines()) == n


def test_bad_date_and_missing_db(export_db, run_cli, tmp_path):
    code, _, err = run_cli(["export", "events", "--db", export_db, "--since", "June"])
    assert code == 2 and "YYYY" in err
    code, _, err = run_cli(["export", "events", "--db", str(tmp_path / "none.db")])
    assert code == 2 and "does not exist" in err


def test_graphml_reads_in_networkx(export_db, run_cli, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "g.graphml"
    code, _, err = run_cli(["export", "graph", "--db", export_db, "-o", str(out)])
    assert code == 0 and "10 node(s), 8 edge(s)" in err
    g = nx.read_graphml(out)
    assert g.is_directed() and g.number_of_nodes() == 10 and g.number_of_edges() == 8
    assert g.nodes["sau"]["name"] == "السعودية" and g.nodes["sau"]["code"] == "SAU"
    assert g.nodes["sau"]["known"] is True
    (data,) = g.get_edge_data("sau", "houthis").values() if g.is_multigraph() else [
        g.get_edge_data("sau", "houthis")]
    assert (data["kind"], data["type"], data["weight"], data["first"]) == ("event", "ACCUSE", 1.0, "2016-10-28")
    rel = g.get_edge_data("hts", "nusra")
    rel = next(iter(rel.values())) if g.is_multigraph() else rel
    assert (rel["kind"], rel["type"]) == ("relation", "front_for")


def test_gexf_reads_in_networkx(export_db, run_cli, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "g.gexf"
    code, _, _ = run_cli(["export", "graph", "--db", export_db, "-f", "gexf", "-o", str(out)])
    assert code == 0
    g = nx.read_gexf(out, version="1.3")
    assert g.number_of_nodes() == 10 and g.number_of_edges() == 8
    assert g.nodes["irn"]["label"] == "إيران" and g.nodes["irn"]["type"] == "GPE"
    e = g.get_edge_data("irn", "isis")
    e = next(iter(e.values())) if g.is_multigraph() else e
    assert e["weight"] == 1.0 and e["type"] == "ASSAULT" and e["kind"] == "event"


def test_graph_filters(export_db, run_cli, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "rel.graphml"
    code, _, _ = run_cli(["export", "graph", "--db", export_db, "--kind", "relation", "-o", str(out)])
    assert code == 0
    g = nx.read_graphml(out)
    assert sorted(g.edges()) == [("hts", "nusra"), ("per.saleh_ali_abdullah", "houthis")]
    code, _, _ = run_cli(["export", "graph", "--db", export_db, "--type", "SANCTION", "-o", str(out)])
    assert sorted(nx.read_graphml(out).edges()) == [("bhr", "qat"), ("sau", "qat")]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_actors_export(export_db, run_cli, fmt):
    code, out, _ = run_cli(["export", "actors", "--db", export_db, "-f", fmt])
    assert code == 0
    if fmt == "csv":
        df = pd.read_csv(io.StringIO(out), dtype={"code": str}, keep_default_na=False)
    else:
        df = pd.read_json(io.StringIO(out), lines=True)
    assert tuple(df.columns) == ACTOR_COLUMNS
    from rasd.store import Store

    st = Store(export_db, create=False).stats()
    assert len(df) == st.actors_known + st.actors_discovered
    assert df.iloc[0]["id"] == "syr"  # most mentioned first
    sau = df[df["id"] == "sau"].iloc[0]
    assert (sau["events_as_actor1"], sau["events_as_actor2"]) == (2, 1)
    assert sau["aliases"] == "المملكة العربية السعودية"


# -- the real pipeline's store: whatever it extracted, the export holds all of it, faithfully ----------------

def test_real_events_export_every_stored_event(real_export_db, real_export_results, run_cli):
    code, out, _ = run_cli(["export", "events", "--db", real_export_db, "-f", "jsonl"])
    assert code == 0
    rows = {r["event_id"]: r for r in map(json.loads, out.splitlines())}
    events = {f"{r.document.id}:{e.id}": (r, e) for r in real_export_results for e in r.events}
    assert set(rows) == set(events) and rows  # every event once, none invented
    for eid, (r, e) in events.items():
        row = rows[eid]
        assert (row["type"], row["trigger"], row["modality"]) == (e.type, e.trigger.text, e.modality)
        assert row["actor1_id"] == (e.actor1.actor if e.actor1 else None)
        assert row["actor2_id"] == (e.actor2.actor if e.actor2 else None)
        assert row["attribution"] == (" | ".join(a.text for a in e.attribution) or None)
        s = r.sentences[e.sentence]
        assert row["sentence"] == r.document.text[s.start:s.end]
        assert row["origin"] == r.document.origin


def test_real_graph_export_matches_the_stored_events(real_export_db, real_export_results, run_cli, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "real.graphml"
    code, _, _ = run_cli(["export", "graph", "--db", real_export_db, "--kind", "event", "-o", str(out)])
    assert code == 0
    g = nx.read_graphml(out)
    pairs = {(e.actor1.actor, e.actor2.actor) for r in real_export_results for e in r.events
             if e.actor1 and e.actor2 and e.actor1.actor and e.actor2.actor and e.actor1.actor != e.actor2.actor}
    assert {(u, v) for u, v in g.edges()} == pairs
