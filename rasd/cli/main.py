"""The ``rasd`` command: one module per command group, wired here."""

from __future__ import annotations

import importlib
import json

import typer

from rasd.cli import extract as extract_mod
from rasd.cli import store_cmds
from rasd.version import __version__

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): Arabic news -> a source-attributed graph of actors and events, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Evaluate a component on gold data.", no_args_is_help=True)
train_app = typer.Typer(help="Rebuild a shipped model from ../shared/data.", no_args_is_help=True)

app.command("extract")(extract_mod.extract)
app.command("ingest")(store_cmds.ingest)
app.command("stats")(store_cmds.stats)
app.command("query")(store_cmds.query)


@app.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the output contract."""
    from rasd.schema import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@app.command("version")
def version_cmd() -> None:
    """Print the rasd version."""
    typer.echo(__version__)


# Command modules built by other stages register themselves when present:
# each exposes register(app, eval_app, train_app).
_PLUGINS = (
    "rasd.cli.ner",
    "rasd.cli.actors",
    "rasd.cli.events",
    "rasd.cli.serve",
    "rasd.cli.export",
    "rasd.cli.batch",
)


def _register_plugins() -> None:
    for name in _PLUGINS:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        mod.register(app, eval_app, train_app)


_register_plugins()
for _group, _name in ((eval_app, "eval"), (train_app, "train")):
    if _group.registered_commands or _group.registered_groups:
        app.add_typer(_group, name=_name)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
