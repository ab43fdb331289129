"""Exports of the store for other tools: events (CSV/JSONL/Parquet), the actor graph (GraphML/GEXF), actors."""

from rasd.export.actors import ACTOR_COLUMNS, export_actors, iter_actor_rows
from rasd.export.events import EVENT_COLUMNS, event_row, export_events, iter_event_rows
from rasd.export.graph import write_gexf, write_graphml

__all__ = ["ACTOR_COLUMNS", "EVENT_COLUMNS", "event_row", "export_actors", "export_events", "iter_actor_rows",
           "iter_event_rows", "write_gexf", "write_graphml"]
