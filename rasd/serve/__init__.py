"""The analyst web UI and JSON API over a store: ``rasd.serve.app.create_app`` (needs ``rasd[server]``)."""
