"""Highlighted HTML is built from spans safely: every segment escaped, bidi controls neutralized."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from rasd.serve.highlight import (
    Mention,
    Part,
    bdi,
    count_bidi_controls,
    display_text,
    highlight,
    non_overlapping,
    url_id,
)

TEXT = "أعلنت «هيئة تحرير الشام» سيطرتها على مواقع في ريف إدلب."


class _Text(HTMLParser):
    """Collects the text a browser would show and every tag it would build."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Text:
    p = _Text()
    p.feed(html)
    return p


def span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def test_text_is_preserved_and_mentions_linked():
    s, e = span(TEXT, "هيئة تحرير الشام")
    ps, pe = span(TEXT, "إدلب")
    html = highlight(TEXT, [Mention(s, e, "ORG", href="/actors/t.hts", title="منظمة"),
                            Mention(ps, pe, "GPE", href="/events?place=t.idlib")])
    p = parse(str(html))
    assert "".join(p.text) == TEXT
    links = [a for t, a in p.tags if t == "a"]
    assert [a["href"] for a in links] == ["/actors/t.hts", "/events?place=t.idlib"]
    assert links[0]["class"] == "m m-ORG"


@pytest.mark.parametrize("hostile", [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "</a><a href='javascript:alert(1)'>",
    "&lt;already escaped&gt;",
])
def test_hostile_text_stays_text(hostile):
    text = f"قالت المصادر {hostile} إن هيئة تحرير الشام سيطرت"
    s, e = span(text, "هيئة تحرير الشام")
    ts, te = span(text, "سيطرت")
    html = str(highlight(text, [Mention(s, e, "ORG", href="/actors/t.hts", title=hostile)],
                         [Part(ts, te, "trigger", "e1"), Part(0, len(text), "source", "e1")]))
    p = parse(html)
    assert "".join(p.text) == text
    assert {t for t, _ in p.tags} <= {"a", "span"}
    assert all(not k.startswith("on") for _, attrs in p.tags for k in attrs)
    assert "<script" not in html and "<img" not in html


def test_mention_title_is_escaped():
    html = str(highlight(TEXT, [Mention(0, 5, "ORG", title='x" onmouseover="alert(1)')]))
    (tag, attrs), = parse(html).tags
    assert tag == "mark" and set(attrs) == {"class", "title"}


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u202a", "\u202b", "\u2066", "\u2067", "\u2068"])
def test_bidi_controls_removed_for_display_only(control):
    text = f"بحسب {control}مصادر محلية\u202c في إدلب"
    html = str(highlight(text, [Mention(*span(text, "إدلب"), "GPE")]))
    assert control not in html and "\u202c" not in html
    assert "".join(parse(html).text) == display_text(text)
    assert count_bidi_controls(text) == 2
    assert control in text  # the input string is not altered


def test_overlapping_event_parts_nest_inside_mentions():
    s, e = span(TEXT, "هيئة تحرير الشام")
    trig = span(TEXT, "سيطرتها")
    html = str(highlight(TEXT, [Mention(s, e, "ORG", href="/actors/t.hts")],
                         [Part(s - 1, e + 1, "actor1", "e1"), Part(*trig, "trigger", "e1"),
                          Part(s, s + 4, "source", "e2")]))
    p = parse(html)
    assert "".join(p.text) == TEXT
    spans = [a for t, a in p.tags if t == "span"]
    assert {"ev ev-actor1 ev-source"} <= {a["class"] for a in spans}
    assert any(a["class"] == "ev ev-trigger" and a["data-ev"] == "e1" for a in spans)
    assert any(a["data-ev"] == "e1 e2" for a in spans)
    # which role in which event: the shared stretch is e1's actor1 and e2's source, not e2's actor1
    assert {a["data-parts"] for a in spans if a["data-ev"] == "e1 e2"} == {"e1:actor1 e2:source"}
    # the mention stays one link although event parts cut it into pieces
    assert sum(1 for t, _ in p.tags if t == "a") == 1


def test_overlapping_mentions_keep_the_first_longest():
    kept = non_overlapping([Mention(7, 23, "ORG"), Mention(12, 23, "ORG"), Mention(7, 11, "ORG"),
                            Mention(30, 30, "GPE")])
    assert [(m.start, m.end) for m in kept] == [(7, 23)]


def test_window_shows_only_the_sentence():
    text = "الجملة الأولى. اتهمت السعودية الحوثيين بإطلاق صاروخ. الجملة الثالثة."
    lo, hi = span(text, "اتهمت السعودية الحوثيين بإطلاق صاروخ.")
    html = str(highlight(text, [], [Part(*span(text, "اتهمت"), "trigger", "e1"),
                                    Part(0, 6, "source", "e1")], window=(lo, hi)))
    assert "".join(parse(html).text) == text[lo:hi]
    assert "ev-source" not in html


def test_bdi_and_url_id():
    assert str(bdi("<b>طالبان</b>\u202e")) == "<bdi>&lt;b&gt;طالبان&lt;/b&gt;</bdi>"
    assert url_id("geonames:170063") == "geonames%3A170063"
    assert url_id("x/../y") == "x%2F..%2Fy"


NAMES = {"hts": "هيئة تحرير الشام", "taliban": "حركة طالبان"}


def _result(text: str, mentions: list[tuple[str, str, str | None, str | None]]):
    """A minimal contract Result with ``mentions`` (surface, label, actor, place) on ``text``."""
    from rasd.schema import Actor, Document, Place, Result
    from rasd.schema import Mention as M

    ms, actors, places = [], {}, {}
    for i, (surface, label, actor, place) in enumerate(mentions):
        s, e = span(text, surface)
        ms.append(M(id=f"m{i}", start=s, end=e, text=surface, label=label, actor=actor, place=place,
                    method="coreference", confidence=0.8))
        if actor:
            actors[actor] = Actor(id=actor, name=NAMES[actor],
                                  type="ORG", code="SYRREB" if actor == "hts" else "AFGREB", known=True)
        if place:
            places[place] = Place(id=place, name="إدلب", feature="city", lat=35.9, lon=36.6)
    return Result(rasd_version="0", document=Document(id="x", text=text), mentions=ms, actors=list(actors.values()),
                  places=list(places.values()))


@pytest.mark.parametrize("referents, multi", [
    (["hts", "taliban"], True),  # «الطرفين»: one phrase, both sides
    (["hts", "hts"], False),  # the same referent twice is one referent
    (["taliban"], False),
])
def test_one_span_with_several_referents_is_one_mark_naming_all(referents, multi):
    from rasd.serve.docview import mention_marks

    text = "اجتمع وفد الهيئة مع قيادات طالبان بما يحقق مصالح الطرفين."
    marks = mention_marks(_result(text, [("الطرفين", "ORG", a, None) for a in referents]))
    (mark,) = marks
    assert mark.href == f"/actors/{referents[0]}" and (mark.referents > 1) == multi
    assert {a for a, name in NAMES.items() if name in mark.title} == set(referents)
    html = str(highlight(text, marks))
    assert html.count("<a ") == 1 and ("m-multi" in html) == multi
    assert "".join(parse(html).text) == text


def test_a_place_mention_links_to_its_events():
    from rasd.serve.docview import mention_marks

    text = "سيطرت الهيئة على مواقع جديدة في ريف إدلب."
    (mark,) = mention_marks(_result(text, [("إدلب", "GPE", None, "geonames:169389")]))
    assert mark.href == "/events?place=geonames%3A169389" and "إدلب" in mark.title
