"""The explorer: a REST API and a page over one event store, read-only.

Safe by default: the CLI binds 127.0.0.1; the store is opened read-only per request;
SQL takes parameters only (sort keys come from a whitelist); page sizes, text filters and
request bodies are bounded; the page runs under a Content-Security-Policy that allows no
inline script, so even a mistake in escaping could not run an article's own scripts; and
requests whose Host is not this server's are refused (a web page elsewhere cannot reach
the API through DNS rebinding).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Query as Param, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, BeforeValidator, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from polybius.model import MODALITIES, PLOVER_TYPES
from polybius.store import IncidentFilter
from polybius.serve import queries
from polybius.serve.connection import RETRY_AFTER_SECONDS, StoreBusy, StoreMissing, read_only

STATIC = Path(__file__).parent / "static"
MAX_BODY_BYTES = 256 * 1024
MAX_EXTRACT_CHARS = 100_000
MAX_FILTER_CHARS = 200

# The browser libraries, installed by `make setup` (`npm ci --prefix web`): the page asks
# for them by these names only, so no other file under node_modules is reachable.
VENDOR: dict[str, str] = {
    "d3.min.js": "d3/dist/d3.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
    "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
}

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def web_modules() -> Path:
    """Where `npm ci --prefix web` put the browser libraries (POLYBIUS_WEB_MODULES overrides)."""
    override = os.environ.get("POLYBIUS_WEB_MODULES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "web" / "node_modules"


def missing_vendor_files() -> list[str]:
    root = web_modules()
    return [str(root / path) for path in VENDOR.values() if not (root / path).is_file()]


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes, whether announced or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        seen = 0
        refused = False

        async def counted() -> Message:
            # Past the limit the 413 goes out at once and the app is told the client left:
            # raising here instead would reach FastAPI's body parser, which answers 400.
            nonlocal seen, refused
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit and not refused:
                refused = True
                await self._refuse(send)
            return {"type": "http.disconnect"} if refused else message

        async def guarded(message: Message) -> None:
            if not refused:  # the app's own answer, if it still makes one, is dropped
                await send(message)

        await self.app(scope, counted, guarded)

    async def _refuse(self, send: Send) -> None:
        response = JSONResponse({"detail": f"request body over {self.limit} bytes"}, status_code=413)
        await response({"type": "http"}, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def _iso_day(value: object) -> object:
    """Only YYYY-MM-DD: pydantic would read ``0`` or ``"1500000000"`` as a Unix time."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise ValueError("a date as YYYY-MM-DD")
    return value


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
IsoDate = Annotated[date, BeforeValidator(_iso_day)]
NOT_FOUND = {404: {"description": "no such item (the message names it)"}}


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_EXTRACT_CHARS, description="the article text")
    published: IsoDate | None = Field(default=None, description="publication date: relative dates are read against it")
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)


def _filters(
    since: IsoDate | None = None,
    until: IsoDate | None = None,
    type: Annotated[str | None, Param(pattern="^[A-Za-z]{3,12}$", description="PLOVER type, e.g. ASSAULT")] = None,
    mode: Annotated[str | None, Param(max_length=40)] = None,
    actor: Annotated[str | None, Param(max_length=MAX_FILTER_CHARS, description="words in the actor's or recipient's name")] = None,
    country: Annotated[str | None, Param(pattern="^[A-Za-z]{3}$", description="ISO3 code of the place or an actor")] = None,
    modality: Literal["asserted", "negated", "hypothetical", "intended", "habitual"] | None = None,
    min_confidence: Annotated[float | None, Param(ge=0, le=1)] = None,
    min_actor_confidence: Annotated[float | None, Param(ge=0, le=1, description=(
        "in the event records returned, actors and recipients resolved on a basis judged right less often than this say unknown"))] = None,
    q: Annotated[str | None, Param(max_length=MAX_FILTER_CHARS, description="words anywhere in the sentence, trigger, actors, place or source")] = None,
    article: Annotated[str | None, Param(max_length=200, description="one article's id")] = None,
    incident: Annotated[str | None, Param(max_length=200, description="one incident's id (stores with incidents)")] = None,
    located: bool = False,
) -> queries.Query:
    return queries.Query(
        since=since.isoformat() if since else None, until=until.isoformat() if until else None,
        event_type=type, mode=mode or None, actor=actor or None, country=country, modality=modality,
        min_confidence=min_confidence, min_actor_confidence=min_actor_confidence, q=q or None, article_id=article,
        incident_id=incident, located=located,
    )


def _connection(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for this request only (see connection.py for why)."""
    with read_only(request.app.state.db) as con:
        yield con


Filters = Annotated[queries.Query, Depends(_filters)]
# scope="function": the connection closes when the handler returns, before the response is
# sent, so a writer that starts as soon as a client has its answer finds the file free (with
# the default scope it closed after sending, and a writer could race the close)
Con = Annotated[duckdb.DuckDBPyConnection, Depends(_connection, scope="function")]
Limit = Annotated[int, Param(ge=1, le=queries.MAX_PAGE)]
Offset = Annotated[int, Param(ge=0, le=10_000_000)]


def create_app(db: str | Path) -> FastAPI:
    """The explorer over the store at ``db``."""
    db = str(db)
    app = FastAPI(
        title="Polybius explorer", version="1",
        description="Events coded from news, read-only. Every list is paged (at most 500 a page).",
        docs_url=None, redoc_url=None,  # /docs is served below from local files, not a CDN
        responses={503: {"description": "the store is being written by another process, or is missing (the message says which)"}},
    )
    app.state.db = db
    extract_lock = threading.Lock()  # one extraction at a time: the spaCy model is shared

    @app.exception_handler(StoreBusy)
    async def busy(_: Request, exc: StoreBusy) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})

    @app.exception_handler(StoreMissing)
    async def missing(_: Request, exc: StoreMissing) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if request.url.path.startswith("/api/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.get("/api/health", summary="the store and its totals")
    def health(con: Con) -> dict[str, Any]:
        return {"db": Path(db).name, "read_only": True, **queries.counts(con),
                "types": list(PLOVER_TYPES), "modalities": list(MODALITIES)}

    @app.get("/api/events", summary="a page of events (full records), filtered and sorted")
    def events(con: Con, filters: Filters, sort: Literal[tuple(queries.SORTS)] = "date",  # type: ignore[valid-type]
               order: Literal["asc", "desc"] = "desc", limit: Limit = 50, offset: Offset = 0,
               format: Literal["json", "geojson"] = "json") -> dict[str, Any]:
        page = queries.events_page(con, filters, sort, order == "desc", limit, offset)
        return queries.geojson(page) if format == "geojson" else page

    @app.get("/api/events.geojson", summary="the same page as a GeoJSON FeatureCollection")
    def events_geojson(con: Con, filters: Filters, sort: Literal[tuple(queries.SORTS)] = "date",  # type: ignore[valid-type]
                       order: Literal["asc", "desc"] = "desc", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return queries.geojson(queries.events_page(con, filters, sort, order == "desc", limit, offset))

    @app.get("/api/events/{event_id}", summary="one event's record", responses=NOT_FOUND)
    def one_event(con: Con, event_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        found = queries.event(con, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return found

    @app.get("/api/articles/{article_id}", summary="an article's text and metadata, with its events", responses=NOT_FOUND)
    def one_article(con: Con, article_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        found = queries.article(con, article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return found

    @app.get("/api/stats", summary="counts by day, type, country, actor and modality")
    def stats(con: Con, filters: Filters) -> dict[str, Any]:
        return queries.stats(con, filters)

    @app.get("/api/map", summary="events grouped into map cells of `cell` degrees")
    def map_cells(con: Con, filters: Filters, cell: Annotated[float, Param(ge=0.001, le=90)] = 2.0,
                  west: Annotated[float, Param(ge=-180, le=180)] = -180, south: Annotated[float, Param(ge=-90, le=90)] = -90,
                  east: Annotated[float, Param(ge=-180, le=180)] = 180, north: Annotated[float, Param(ge=-90, le=90)] = 90) -> dict[str, Any]:
        return queries.map_cells(con, filters, cell, queries.Box(west, south, east, north))

    @app.get("/api/incidents", summary="incidents (the mentions of one happening, grouped), when the store has them",
             responses={404: {"description": "this store has no incidents table"}})
    def incidents(con: Con, since: IsoDate | None = None, until: IsoDate | None = None,
                  type: Annotated[str | None, Param(pattern="^[A-Za-z]{3,12}$")] = None,
                  actor: Annotated[str | None, Param(max_length=MAX_FILTER_CHARS)] = None,
                  country: Annotated[str | None, Param(pattern="^[A-Za-z]{3}$")] = None,
                  min_sources: Annotated[int | None, Param(ge=0)] = None,
                  happened: Annotated[Literal["true", "false", "any"], Param(description="asserted incidents only (default), the others, or any")] = "true",
                  limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        if not queries.table_exists(con, "incidents"):
            raise HTTPException(404, "this store has no incidents table: it was written by a version of Polybius "
                                     "without incident grouping; build them with a current `polybius ingest`")
        query = IncidentFilter(event_type=type, actor=actor or None, country=country, min_sources=min_sources,
                               since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                               happened=None if happened == "any" else happened == "true")
        return queries.incidents_page(con, query, limit, offset)

    @app.post("/api/extract", summary="code one text and return its events; nothing is stored",
              responses={400: {"description": "the body is not JSON"}, 413: {"description": f"request body over {MAX_BODY_BYTES} bytes"}})
    def extract(body: ExtractRequest) -> dict[str, Any]:
        from polybius import extract as code_text

        with extract_lock:
            found = code_text(body.text, published=body.published.isoformat() if body.published else None,
                              source=body.source, url=body.url)
        return {"events": [e.to_dict() | {"date_span": list(e.date_span) if e.date_span else None} for e in found]}

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> FileResponse:
        relative = VENDOR.get(name)
        path = web_modules() / relative if relative else None
        if path is None or not path.is_file():
            raise HTTPException(404, f"{name}: not installed; run `make setup` (npm ci --prefix web)")
        return FileResponse(path, headers={"Cache-Control": "max-age=3600"})

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def allowed_hosts(host: str) -> list[str]:
    """Host headers to accept: this machine's names, or any when bound to every interface
    (then the operator has chosen to expose it)."""
    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    return sorted({host, "127.0.0.1", "localhost", "[::1]"})


def build(db: str | Path, host: str) -> ASGIApp:
    """The app with its outer guards: the Host check and the body limit."""
    app: ASGIApp = create_app(db)
    app = TrustedHostMiddleware(app, allowed_hosts=allowed_hosts(host))
    return BodyLimit(app, MAX_BODY_BYTES)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(build(db, host), host=host, port=port, log_level="warning", server_header=False)
