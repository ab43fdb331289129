"""HTML pages. Each gathers the same data as its JSON twin (rasd.serve.api) and renders a template."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from rasd.errors import IngestError
from rasd.serve import geo, params
from rasd.serve.api import get_map, get_network, get_profile, get_timeline, run_search, session, with_actor_ids
from rasd.serve.app import page_context
from rasd.serve.charts import area, stacked_bars
from rasd.serve.docview import document_view
from rasd.serve.params import Paging
from rasd.serve.templating import label, query_string
from rasd.serve.upload import UploadIn, check_token, store_upload
from rasd.store import queries
from rasd.store.queries import EventFilters, NetworkFilters
from rasd.store.search import SearchFilters

router = APIRouter(include_in_schema=False)

MAX_STACKED_PERIODS = 400  # more periods than this: an area of the totals instead of bars
MAX_TABLE_ROWS = 400  # the timeline table shows the latest periods (JSON has them all)
EVENT_TYPE_ORDER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, name, page_context(request, **context), status_code=status_code)


def facets(request: Request, s: Session):
    """Filter-menu values (distinct types, modes, outlets…): cached until the store changes."""
    return request.app.state.cache.get(s, "facets", lambda: queries.facets(s))


def _api_twin(request: Request, path: str) -> str:
    return path + (f"?{request.url.query}" if request.url.query else "")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, s: Session = Depends(session)):
    return render(request, "index.html", summary=queries.summary(s), facets=facets(request, s),
                  api_url="/api/summary")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, f: SearchFilters = Depends(params.search_filters),
                page: Paging = Depends(params.paging), s: Session = Depends(session)):
    f = with_actor_ids(s, f)
    res = run_search(s, f, Paging(page.page, 20))
    return render(request, "search.html", res=res, facets=facets(request, s), f=f,
                  actor=queries.get_actor(s, f.actor) if f.actor else None,
                  api_url=_api_twin(request, "/api/search"))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request):
    result = request.app.state.store.get_result(doc_id)
    if result is None:
        raise HTTPException(404, f"لا توجد وثيقة بالمعرّف {doc_id}")
    return render(request, "document.html", view=document_view(result), api_url=f"/api/documents/{doc_id}")


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, q: str = Query("", max_length=200), page: Paging = Depends(params.paging),
                s: Session = Depends(session)):
    return render(request, "actors.html", res=queries.list_actors(s, q, page.page, page.per_page), q=q,
                  api_url=_api_twin(request, "/api/actors"))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(actor_id: str, request: Request, s: Session = Depends(session)):
    profile = get_profile(request, s, actor_id)
    if profile is None:
        raise HTTPException(404, f"لا يوجد فاعل بالمعرّف {actor_id}")
    data = {b.period: {"actor1": b.as_actor1, "actor2": b.as_actor2} for b in profile.timeline}
    chart = stacked_bars(data, ("actor1", "actor2"), cls_of=lambda s_: f"bar-{s_}",
                         title_of=lambda p, s_, n: f"{p}: {label('part', s_)} {n}")
    return render(request, "actor.html", p=profile, chart=chart, api_url=f"/api/actors/{actor_id}")


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, f: EventFilters = Depends(params.event_filters),
                page: Paging = Depends(params.paging), s: Session = Depends(session)):
    f = with_actor_ids(s, f)
    res = queries.list_events(s, f, page.page, page.per_page)
    place = queries.get_place(s, f.place) if f.place else None
    actor = queries.get_actor(s, f.actor) if f.actor else None
    source = queries.get_actor(s, f.source) if f.source else None
    return render(request, "events.html", res=res, facets=facets(request, s), f=f, place=place, actor=actor,
                  source=source, api_url=_api_twin(request, "/api/events"))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, f: NetworkFilters = Depends(params.network_filters),
                 s: Session = Depends(session)):
    net = get_network(request, s, f)
    names = {n.id: n.name for n in net.nodes}
    return render(request, "network.html", net=net, names=names, facets=facets(request, s), f=f,
                  api_url=_api_twin(request, "/api/network"))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, f: EventFilters = Depends(params.event_filters), s: Session = Depends(session)):
    f = with_actor_ids(s, f)
    data = get_map(request, s, f)
    box = geo.view_box([(p.lat, p.lon) for p in data.points])
    top = max((p.events for p in data.points), default=1)
    radius = {p.id: round(box.w / 300 * (1 + 2.5 * (p.events / top) ** 0.5), 3) for p in data.points}
    return render(request, "map.html", data=data, box=box, countries=geo.visible_countries(box), radius=radius,
                  stroke=round(box.w / 900, 3), facets=facets(request, s), f=f, api_url=_api_twin(request, "/api/map"))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, f: EventFilters = Depends(params.event_filters),
                  bucket: str = Query("month", pattern="^(day|month|year)$"), s: Session = Depends(session)):
    f = with_actor_ids(s, f)
    items = get_timeline(request, s, f, bucket)
    args = dict(request.query_params)
    present = [t for t in EVENT_TYPE_ORDER if any(t in b.by_type for b in items)]
    types = present + sorted({t for b in items for t in b.by_type} - set(present))
    if len(items) <= MAX_STACKED_PERIODS:
        chart = stacked_bars({b.period: b.by_type for b in items}, types, cls_of=lambda t: f"q-{_quad(t)}",
                             title_of=lambda p, t, n: f"{p} · {label('event_type', t)} ({t}): {n}",
                             href_of=lambda p, t: "/events" + query_string(
                                 args, type=t, since=p, until=p, bucket=None, page=None))
    else:  # thousands of days: one filled path of the totals
        chart = area({b.period: b.n for b in items})
    return render(request, "timeline.html", items=items[-MAX_TABLE_ROWS:], n_periods=len(items), chart=chart,
                  types=types, bucket=bucket, facets=facets(request, s), f=f,
                  api_url=_api_twin(request, "/api/timeline"))


def _quad(t: str) -> str:
    from rasd.serve.templating import quad

    return quad(t) or "X"


# -- upload ------------------------------------------------------------------------------

@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request):
    return render(request, "upload.html", error=None)


@router.post("/upload", response_class=HTMLResponse)
async def upload_submit(request: Request, token: str = Form(""), text: str = Form(""), title: str = Form(""),
                        source: str = Form(""), published: str = Form(""),
                        file: Optional[UploadFile] = File(None)):
    check_token(request.app, token or None)
    body = text
    origin = "upload"
    if file is not None and file.filename:
        from rasd.ingest.decode import decode_bytes

        raw = await file.read()
        try:
            body = decode_bytes(raw, file.filename).text
        except IngestError as exc:
            return render(request, "upload.html", status_code=422, error=str(exc))
        origin = file.filename
    if not body.strip():
        return render(request, "upload.html", status_code=422, error="النص فارغ: الصق نص المقال أو اختر ملفاً.")
    try:
        item = UploadIn(text=body, title=params.opt(title), source=params.opt(source),
                        published=params.opt(published), origin=origin)
    except ValueError as exc:
        return render(request, "upload.html", status_code=422, error=f"بيانات غير صالحة: {exc}")
    from starlette.concurrency import run_in_threadpool

    out = await run_in_threadpool(store_upload, request.app, item)
    return RedirectResponse(out.url, status_code=303)


# -- API docs (vendored Swagger UI; no CDN) -------------------------------------------------

@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    return render(request, "docs.html")
