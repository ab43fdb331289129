"""Exports re-read by the tools analysts use: pandas (CSV/JSONL), pyarrow (Parquet), networkx (GraphML/GEXF)."""

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
        "إيران", "IRN", "داعش", "IMGMUSREB")
    assert (iran["place"], iran["country"], float(iran["lat"]), float(iran["lon"])) == (
        "دير الزور", "SY", 35.3359, 40.1408)
    assert (iran["modality"], iran["attribution"], iran["source_actor_id"]) == (
        "reported", "الحرس الثوري الإيراني", "t.irgc")
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
    assert (libya["date"], libya["date_precision"], libya["lat"]) == ("2017-05-24", "day", 32.8872)
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
    assert df.loc[df["trigger"] == IRAN_TRIGGER, "lon"].item() == pytest.approx(40.1408)
    assert df["lat"].isna().sum() == 5  # events without a place with coordinates


def test_parquet_needs_a_file(export_db, run_cli):
    code, _, err = run_cli(["export", "events", "--db", export_db, "-f", "parquet"])
    assert code == 2 and "-o" in err


@pytest.mark.parametrize("args, n", [
    (["--type", "ASSAULT"], 4),
    (["--actor", "t.sau"], 3),
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
    assert g.nodes["t.sau"]["name"] == "السعودية" and g.nodes["t.sau"]["code"] == "SAU"
    assert g.nodes["t.sau"]["known"] is True
    (data,) = g.get_edge_data("t.sau", "t.houthis").values() if g.is_multigraph() else [
        g.get_edge_data("t.sau", "t.houthis")]
    assert (data["kind"], data["type"], data["weight"], data["first"]) == ("event", "ACCUSE", 1.0, "2016-10-28")
    rel = g.get_edge_data("t.hts", "t.nusra")
    rel = next(iter(rel.values())) if g.is_multigraph() else rel
    assert (rel["kind"], rel["type"]) == ("relation", "front_for")


def test_gexf_reads_in_networkx(export_db, run_cli, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "g.gexf"
    code, _, _ = run_cli(["export", "graph", "--db", export_db, "-f", "gexf", "-o", str(out)])
    assert code == 0
    g = nx.read_gexf(out, version="1.3")
    assert g.number_of_nodes() == 10 and g.number_of_edges() == 8
    assert g.nodes["t.irn"]["label"] == "إيران" and g.nodes["t.irn"]["type"] == "GPE"
    e = g.get_edge_data("t.irn", "t.isis")
    e = next(iter(e.values())) if g.is_multigraph() else e
    assert e["weight"] == 1.0 and e["type"] == "ASSAULT" and e["kind"] == "event"


def test_graph_filters(export_db, run_cli, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "rel.graphml"
    code, _, _ = run_cli(["export", "graph", "--db", export_db, "--kind", "relation", "-o", str(out)])
    assert code == 0
    g = nx.read_graphml(out)
    assert sorted(g.edges()) == [("t.hts", "t.nusra"), ("t.saleh", "t.houthis")]
    code, _, _ = run_cli(["export", "graph", "--db", export_db, "--type", "SANCTION", "-o", str(out)])
    assert sorted(nx.read_graphml(out).edges()) == [("t.bhr", "t.qat"), ("t.sau", "t.qat")]


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
    assert df.iloc[0]["id"] == "t.syr"  # most mentioned first
    sau = df[df["id"] == "t.sau"].iloc[0]
    assert (sau["events_as_actor1"], sau["events_as_actor2"]) == (2, 1)
    assert sau["aliases"] == "المملكة العربية السعودية"
