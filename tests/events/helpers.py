"""Shared helpers of the event tests: run the pipeline on a sentence and pick the event of a trigger."""

from __future__ import annotations

PUB = "2024-03-10"


def events(nlp, text):
    return nlp(text, published=PUB).events


def by_trigger(nlp, text, trigger):
    """The first event whose trigger text contains ``trigger`` (the assertion lists what was coded instead)."""
    evs = events(nlp, text)
    found = [e for e in evs if trigger in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in evs]
    return found[0]


def starts(arg, prefix: str) -> bool:
    """An argument is there and its text starts with ``prefix``."""
    return arg is not None and arg.text.startswith(prefix)
