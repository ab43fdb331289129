"""The UI over the real pipeline's store: whatever the pipeline extracted, the pages and the API show all of it.

Expected values come from the stored results themselves (never hand counts), so these tests hold for any
correct pipeline output: every mention highlighted and linked, every event listed with its trigger and roles
marked in the text, every attribution chain shown, totals equal to what the results hold, text unchanged.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest

from rasd.serve.highlight import BIDI_CONTROLS, display_text, url_id

KEYS = ["seed-article.txt", "JA-internationalNews-196-20161028", "JA-internationalNews-1248-20170619",
        "JA-internationalNews-950-20170525", "JA-internationalNews-1101-20170605", "JA-politic-307-20170321",
        "JA-internationalNews-592-20170321", "JA-internationalNews-85-13082016", "JA-internationalNews-1212-20170615",
        "hostile.txt"]


class DocText(HTMLParser):
    """The shown text of ``#doc-text`` and the character range of every mark and event part in it."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.marks: list[tuple[int, int, dict]] = []  # mention marks: start, end, attributes
        self.parts: list[tuple[int, int, dict]] = []  # event part spans
        self._depth = 0  # inside #doc-text: element depth
        self._open: list[tuple[str, int, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._depth == 0:
            if tag == "div" and a.get("id") == "doc-text":
                self._depth = 1
            return
        self._depth += 1
        self._open.append((tag, len(self.text), a))

    def handle_endtag(self, tag):
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0:
            return
        t, start, a = self._open.pop()
        assert t == tag, (t, tag)
        classes = (a.get("class") or "").split()
        if "m" in classes:
            self.marks.append((start, len(self.text), a))
        if "ev" in classes:
            self.parts.append((start, len(self.text), a))

    def handle_data(self, data):
        if self._depth:
            self.text += data


def shown(text: str):
    """Offset in the stored text -> offset in the shown text (bidi controls are hidden for display)."""
    drops = [m.start() for m in BIDI_CONTROLS.finditer(text)]
    return lambda i: i - sum(1 for d in drops if d < i)


@pytest.fixture(scope="module")
def results(real_results):
    return {r.document.origin: r for r in real_results}


@pytest.fixture(scope="module")
def pages(real_client, results):
    out = {}
    for origin, r in results.items():
        resp = real_client.get(f"/documents/{r.document.id}")
        assert resp.status_code == 200, origin
        out[origin] = resp.text
    return out


def test_the_pipeline_found_something_to_show(real_results):
    """Guards the tests below against passing vacuously on an empty store."""
    assert sum(len(r.mentions) for r in real_results) > 50
    assert sum(len(r.events) for r in real_results) > 5
    assert any(e.attribution for r in real_results for e in r.events)


@pytest.mark.parametrize("origin", KEYS)
def test_text_is_shown_unchanged(pages, results, origin):
    assert DocText(pages[origin]).text == display_text(results[origin].document.text)


@pytest.mark.parametrize("origin", KEYS)
def test_every_mention_is_highlighted_and_linked(pages, results, origin):
    r = results[origin]
    at = shown(r.document.text)
    page = DocText(pages[origin])
    marks = {(s, e): a for s, e, a in page.marks}
    assert len(marks) == len(page.marks)  # one mark per span
    actors = {a.id: a for a in r.actors}
    by_span: dict[tuple[int, int], list] = {}
    for m in r.mentions:
        by_span.setdefault((at(m.start), at(m.end)), []).append(m)
    assert set(marks) <= set(by_span)  # nothing highlighted that is not a mention
    for (s, e), group in by_span.items():
        if (s, e) not in marks:  # dropped only under an overlapping (longer or earlier) mention
            assert any(s < me and ms < e for ms, me in marks), (origin, group[0].text)
            continue
        a = marks[(s, e)]
        assert f"m-{group[0].label}" in a["class"].split()
        linked = [m.actor for m in group if m.actor in actors]
        if linked:
            assert a["href"] == f"/actors/{url_id(linked[0])}"
            for aid in linked:  # every referent named, also when one phrase names two actors
                assert actors[aid].name in a["title"], (origin, group[0].text, aid)
            assert ("m-multi" in a["class"]) == (len(set(linked)) > 1)


@pytest.mark.parametrize("origin", KEYS)
def test_every_event_is_listed_with_its_parts_marked_in_the_text(pages, results, origin):
    r = results[origin]
    at = shown(r.document.text)
    html = pages[origin]
    page = DocText(html)
    assert f"الأحداث ({len(r.events)})" in html
    for ev in r.events:
        assert f'class="event doc-event" data-ev="{ev.id}"' in html
        assert all(f"ev-{p.split(':')[1]}" in a["class"].split()  # a role in one event is styled as such
                   for _, _, a in page.parts for p in a["data-parts"].split())
        roles = {"trigger": ev.trigger, "actor1": ev.actor1, "actor2": ev.actor2, "location": ev.location}
        for name, span in roles.items():
            if span is None:
                continue
            covered = {i for s, e, a in page.parts if f"{ev.id}:{name}" in a["data-parts"].split()
                       for i in range(s, e)}
            assert covered == set(range(at(span.start), at(span.end))), (origin, ev.id, name)


@pytest.mark.parametrize("origin", KEYS)
def test_attribution_chains_are_shown_in_order(pages, results, origin):
    from tests.serve.test_pages import Page

    r = results[origin]
    actors = {a.id: a for a in r.actors}
    html = pages[origin]
    for ev in r.events:
        start = html.index(f'data-ev="{ev.id}" tabindex="0"')
        card = Page(html[start:html.index("</article>", start)]).text
        chain = card[card.index("الإسناد"):]
        pos = 0
        for link in ev.attribution:
            shown_as = actors[link.actor].name if link.actor in actors else link.text
            found = chain.find(f"{display_text(shown_as)} ({display_text(link.cue)})", pos)
            assert found >= pos, (origin, ev.id, shown_as, chain)  # outermost first
            pos = found


def test_api_totals_are_what_the_results_hold(real_client, real_results):
    s = real_client.get("/api/summary").json()
    assert s["documents"] == len(real_results)
    assert s["events"] == sum(len(r.events) for r in real_results)
    assert s["relations"] == sum(len(r.relations) for r in real_results)
    types = Counter(e.type for r in real_results for e in r.events)
    assert real_client.get("/api/facets").json()["event_types"] == sorted(types)
    for t, n in types.items():
        assert real_client.get("/api/events", params={"type": t}).json()["total"] == n, t
    modalities = Counter(e.modality for r in real_results for e in r.events)
    for m, n in modalities.items():
        assert real_client.get("/api/events", params={"modality": m}).json()["total"] == n, m


def test_map_points_are_the_event_places_with_coordinates(real_client, real_results):
    places = {p.id: p for r in real_results for p in r.places}
    at: dict[str, Counter] = {}
    for r in real_results:
        for e in r.events:
            p = places.get(e.location.place) if e.location and e.location.place else None
            if p is not None and p.lat is not None and p.lon is not None:
                at.setdefault(p.id, Counter())[e.type] += 1
    points = {p["id"]: p["by_type"] for p in real_client.get("/api/map").json()["points"]}
    assert points == {pid: dict(c) for pid, c in at.items()}


def test_every_actor_and_document_has_a_page(real_client, real_results):
    for aid in sorted({a.id for r in real_results for a in r.actors}):
        assert real_client.get(f"/actors/{url_id(aid)}").status_code == 200, aid
    for r in real_results:
        doc = real_client.get(f"/api/documents/{r.document.id}").json()
        assert [e["id"] for e in doc["events"]] == [e.id for e in r.events]
        assert len(doc["mentions"]) == len(r.mentions)


def test_actor_profile_counts_match_the_results(real_client, real_results):
    mentions = Counter(m.actor for r in real_results for m in r.mentions if m.actor)
    involved = Counter(x for r in real_results for e in r.events
                       for x in {a.actor for a in (e.actor1, e.actor2) if a and a.actor})
    for aid, n in mentions.most_common(5):
        p = real_client.get(f"/api/actors/{url_id(aid)}").json()
        assert p["mentions"] == n
        assert p["documents"] == sum(1 for r in real_results if any(m.actor == aid for m in r.mentions))
        assert p["events_total"] == involved[aid], aid
