// The explorer page. It asks the server for aggregates (counts, map cells) and pages of
// events only, never the whole store. Every piece of stored text reaches the page through
// textContent or a text node, never as HTML: an article's own markup shows as text.
"use strict";

const TYPE_COLOURS = {
  AGREE: "#1b9e77", CONSULT: "#66a61e", SUPPORT: "#4daf4a", CONCEDE: "#a6d854",
  COOPERATE: "#2c7fb8", AID: "#41b6c4", RETREAT: "#8da0cb", REQUEST: "#7570b3",
  ACCUSE: "#e6ab02", REJECT: "#d95f02", THREATEN: "#fc8d62", PROTEST: "#e78ac3",
  SANCTION: "#a6761d", MOBILIZE: "#666666", COERCE: "#984ea3", ASSAULT: "#e41a1c",
};
const COLUMNS = [
  ["date", "date"], ["type", "type"], ["modality", "modality"], ["actor", "actor"],
  ["trigger", "trigger"], ["recipient", "recipient"], ["location", "place"],
  ["fatalities", "killed"], ["confidence", "conf."],
];
const FILTER_NAMES = ["q", "type", "modality", "actor", "country", "mode", "since", "until", "min_confidence"];
const PAGE = 50;

const state = { filters: {}, sort: "date", order: "desc", offset: 0, selected: null };
const $ = (selector) => document.querySelector(selector);

// -- small helpers ------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function params(extra = {}, withDates = true) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(state.filters)) {
    if (value === "" || value === null || value === undefined) continue;
    if (!withDates && (key === "since" || key === "until")) continue;
    if (key === "min_confidence" && Number(value) === 0) continue;
    search.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  return search;
}

async function api(path, search) {
  const url = search ? `${path}?${search}` : path;
  const response = await fetch(url);
  const body = await response.json().catch(() => ({}));
  if (response.status === 503) {
    showBanner(body.detail || "the store is busy");
    const error = new Error("busy");
    error.retry = Number(response.headers.get("Retry-After") || 5) * 1000;
    throw error;
  }
  if (!response.ok) {
    showBanner(`${url}: ${typeof body.detail === "string" ? body.detail : response.status}`);
    throw new Error(String(response.status));
  }
  return body;
}

function showBanner(text) {
  const banner = $("#banner");
  banner.textContent = text;
  banner.hidden = !text;
}

// A party in the detail panel: who, and how sure ("Hezbollah · named entity · 0.99").
function resolved(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(resolved).join("; ");
  const who = value.name || value.text || "";
  if (!value.basis) return who;
  return value.confidence == null ? `${who} · ${value.basis}` : `${who} · ${value.basis} · ${value.confidence.toFixed(2)}`;
}

function short(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(short).join("; ");
  if (typeof value === "object") return value.name || value.text || "";
  return String(value);
}

const parseDay = d3.utcParse("%Y-%m-%d");
const formatDay = d3.utcFormat("%Y-%m-%d");
const colour = (type) => TYPE_COLOURS[type] || "#888";

// -- filters ------------------------------------------------------------------------------

function readForm() {
  const form = $("#filter-form");
  const filters = {};
  for (const name of FILTER_NAMES) filters[name] = form.elements[name].value.trim();
  if (filters.country && !/^[A-Za-z]{3}$/.test(filters.country)) filters.country = "";
  $("#confidence-value").textContent = Number(filters.min_confidence || 0).toFixed(2);
  return filters;
}

function setFormValue(name, value) {
  $("#filter-form").elements[name].value = value || "";
}

function setupFilters(health) {
  const form = $("#filter-form");
  for (const type of health.types) form.elements.type.append(el("option", { value: type }, type));
  for (const modality of health.modalities) form.elements.modality.append(el("option", { value: modality }, modality));
  let timer = null;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.filters = readForm(); state.offset = 0; refresh(); }, 250);
  };
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => setTimeout(changed, 0));
}

function renderCounts(list, target, filterName) {
  const node = $(target);
  node.replaceChildren();
  for (const [value, count] of list) {
    const item = el("li", { title: `filter: ${value}` }, el("span", {}, value), el("span", {}, count.toLocaleString()));
    item.addEventListener("click", () => {
      const current = $("#filter-form").elements[filterName].value;
      setFormValue(filterName, current === value ? "" : value);
      state.filters = readForm(); state.offset = 0; refresh();
    });
    node.append(item);
  }
}

function renderLegend(byType) {
  const node = $("#legend");
  node.replaceChildren();
  for (const [type, count] of byType) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = colour(type);
    const item = el("li", { "data-type": type }, el("span", {}, swatch, type), el("span", {}, count.toLocaleString()));
    if (state.filters.type === type) item.classList.add("active");
    item.addEventListener("click", () => {
      setFormValue("type", state.filters.type === type ? "" : type);
      state.filters = readForm(); state.offset = 0; refresh();
    });
    node.append(item);
  }
}

// -- map ----------------------------------------------------------------------------------

const map = { svg: null, layer: null, markers: null, projection: null, zoom: null, transform: d3.zoomIdentity, width: 0, height: 0 };

async function setupMap() {
  const svg = d3.select("#map svg");
  const box = svg.node().getBoundingClientRect();
  map.width = box.width; map.height = box.height;
  map.projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [map.width - 8, map.height - 8]], { type: "Sphere" });
  const path = d3.geoPath(map.projection);
  const world = await (await fetch("/vendor/countries-110m.json")).json();
  const countries = topojson.feature(world, world.objects.countries).features;
  map.svg = svg;
  map.layer = svg.append("g");
  map.layer.append("path").datum({ type: "Sphere" }).attr("class", "sphere").attr("d", path);
  map.layer.append("g").selectAll("path").data(countries).join("path")
    .attr("class", "country").attr("d", path).attr("data-id", (d) => d.id)
    .append("title").text((d) => d.properties.name);
  map.markers = map.layer.append("g").attr("class", "markers");
  let timer = null;
  map.zoom = d3.zoom().scaleExtent([1, 256])
    .on("zoom", (event) => {
      map.transform = event.transform;
      map.layer.attr("transform", event.transform);
      sizeMarkers();
    })
    .on("end", () => { clearTimeout(timer); timer = setTimeout(loadMap, 150); });
  svg.call(map.zoom);
  $("#zoom-in").addEventListener("click", () => svg.transition().call(map.zoom.scaleBy, 2));
  $("#zoom-out").addEventListener("click", () => svg.transition().call(map.zoom.scaleBy, 0.5));
  $("#zoom-reset").addEventListener("click", () => svg.transition().call(map.zoom.transform, d3.zoomIdentity));
}

// Cells about 36 pixels wide at the current zoom: dense places become one marker.
function cellDegrees() {
  const degreesPerPixel = 360 / (map.width * map.transform.k);
  return Math.min(45, Math.max(0.001, 36 * degreesPerPixel));
}

function visibleBox() {
  if (map.transform.k < 2) return {};
  const corners = [[0, 0], [map.width, 0], [0, map.height], [map.width, map.height], [map.width / 2, 0], [map.width / 2, map.height], [0, map.height / 2], [map.width, map.height / 2]]
    .map((p) => map.projection.invert(map.transform.invert(p))).filter((p) => p && isFinite(p[0]) && isFinite(p[1]));
  if (corners.length < 4) return {};
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const lons = corners.map((p) => p[0]), lats = corners.map((p) => p[1]);
  const margin = 2 * cellDegrees();
  return {
    west: clamp(Math.min(...lons) - margin, -180, 180).toFixed(3), east: clamp(Math.max(...lons) + margin, -180, 180).toFixed(3),
    south: clamp(Math.min(...lats) - margin, -90, 90).toFixed(3), north: clamp(Math.max(...lats) + margin, -90, 90).toFixed(3),
  };
}

function markerRadius(count) {
  return count === 1 ? 5 : Math.min(16, 7 + 1.5 * Math.sqrt(count));
}

function sizeMarkers() {
  const k = map.transform.k;
  map.markers.selectAll("circle").attr("r", (d) => markerRadius(d.count) / k).attr("stroke-width", 1 / k);
  map.markers.selectAll("text").attr("font-size", 10 / k);
}

async function loadMap() {
  if (!map.markers) return;
  const data = await api("/api/map", params({ cell: cellDegrees().toFixed(4), ...visibleBox() }));
  const cells = data.cells.map((c) => ({ ...c, xy: map.projection([c.lon, c.lat]) }));
  const groups = map.markers.selectAll("g.cell").data(cells, (d) => `${d.lat},${d.lon},${d.count}`).join((enter) => {
    const g = enter.append("g").attr("class", "cell");
    g.append("circle");
    g.append("text").attr("class", "cluster-label");
    g.append("title");
    return g;
  });
  groups.attr("transform", (d) => `translate(${d.xy[0]},${d.xy[1]})`);
  groups.select("circle")
    .attr("class", (d) => (d.count > 1 ? "marker cluster" : "marker"))
    .attr("fill", (d) => colour(d.type))
    .attr("data-count", (d) => d.count).attr("data-type", (d) => d.type)
    .attr("data-lat", (d) => d.lat).attr("data-lon", (d) => d.lon)
    .attr("data-event", (d) => d.event_id || "");
  groups.select("text").text((d) => (d.count > 1 ? d.count : ""));
  groups.select("title").text((d) => `${d.count} event${d.count > 1 ? "s" : ""}: ${d.types.join(", ")}`);
  groups.on("click", (event, d) => {
    event.stopPropagation();
    if (d.event_id) openEvent(d.event_id);
    else zoomTo(d.xy, 4);
  });
  sizeMarkers();
}

function zoomTo([x, y], factor) {
  const k = Math.min(256, map.transform.k * factor);
  const target = d3.zoomIdentity.translate(map.width / 2, map.height / 2).scale(k).translate(-x, -y);
  map.svg.transition().duration(400).call(map.zoom.transform, target);
}

// -- timeline -----------------------------------------------------------------------------

const timeline = { x: null, brush: null, brushLayer: null };

function renderTimeline(byDay) {
  const svg = d3.select("#timeline svg");
  svg.selectAll("*").remove();
  const { width, height } = svg.node().getBoundingClientRect();
  const margin = { left: 36, right: 12, top: 8, bottom: 20 };
  if (!byDay.length) {
    svg.append("text").attr("x", margin.left).attr("y", 30).text("no dated events");
    return;
  }
  const days = byDay.map(([day, count]) => ({ day: parseDay(day), count }));
  const first = d3.utcDay.offset(days[0].day, -1), last = d3.utcDay.offset(days[days.length - 1].day, 2);
  const x = d3.scaleUtc().domain([first, last]).range([margin.left, width - margin.right]);
  const y = d3.scaleLinear().domain([0, d3.max(days, (d) => d.count)]).nice().range([height - margin.bottom, margin.top]);
  const barWidth = Math.max(1, x(d3.utcDay.offset(first, 1)) - x(first) - 1);
  svg.append("g").selectAll("rect").data(days).join("rect").attr("class", "bar")
    .attr("x", (d) => x(d.day)).attr("width", barWidth)
    .attr("y", (d) => y(d.count)).attr("height", (d) => y(0) - y(d.count))
    .append("title").text((d) => `${formatDay(d.day)}: ${d.count}`);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, width / 110)));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(3));
  timeline.x = x;
  timeline.brush = d3.brushX().extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
    .on("end", brushed);
  timeline.brushLayer = svg.append("g").attr("class", "brush").call(timeline.brush);
  if (state.filters.since || state.filters.until) {
    const from = state.filters.since ? parseDay(state.filters.since) : first;
    const to = state.filters.until ? d3.utcDay.offset(parseDay(state.filters.until), 1) : last;
    if (from && to) timeline.brushLayer.call(timeline.brush.move, [x(from), x(to)]);
  }
}

// The brush sets the date filters; moves made by the code itself (no sourceEvent) do not.
function brushed(event) {
  if (!event.sourceEvent) return;
  if (!event.selection) {
    setFormValue("since", ""); setFormValue("until", "");
  } else {
    const [from, to] = event.selection.map(timeline.x.invert);
    setFormValue("since", formatDay(d3.utcDay.round(from)));
    setFormValue("until", formatDay(d3.utcDay.offset(d3.utcDay.round(to), -1)));
  }
  state.filters = readForm(); state.offset = 0;
  refresh({ timeline: false });
}

// -- table --------------------------------------------------------------------------------

function setupTable() {
  const row = $("#events thead tr");
  for (const [key, label] of COLUMNS) {
    const th = el("th", { "data-sort": key }, label);
    th.addEventListener("click", () => {
      if (state.sort === key) state.order = state.order === "desc" ? "asc" : "desc";
      else { state.sort = key; state.order = key === "date" || key === "fatalities" || key === "confidence" ? "desc" : "asc"; }
      state.offset = 0;
      loadTable();
    });
    row.append(th);
  }
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadTable(); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; loadTable(); });
}

function cells(record) {
  const place = record.location;
  return [
    record.date || "", record.event_type, record.modality, short(record.actor), record.trigger.text,
    short(record.recipient), place ? place.name || place.text : "", record.fatalities ?? "", record.confidence.toFixed(2),
  ];
}

async function loadTable() {
  const page = await api("/api/events", params({ sort: state.sort, order: state.order, limit: PAGE, offset: state.offset }));
  for (const th of document.querySelectorAll("#events th")) {
    th.classList.toggle("sorted-asc", th.dataset.sort === state.sort && state.order === "asc");
    th.classList.toggle("sorted-desc", th.dataset.sort === state.sort && state.order === "desc");
  }
  const body = $("#events tbody");
  body.replaceChildren();
  for (const record of page.events) {
    const values = cells(record);
    const tr = el("tr", { "data-event": record.event_id, "data-type": record.event_type });
    values.forEach((value, i) => {
      const td = el("td", { title: String(value) });
      if (i === 1) {
        const dot = el("span", { class: "type-dot" });
        dot.style.background = colour(record.event_type);
        td.append(dot);
      }
      td.append(document.createTextNode(String(value)));
      tr.append(td);
    });
    if (record.event_id === state.selected) tr.classList.add("selected");
    tr.addEventListener("click", () => openEvent(record.event_id));
    body.append(tr);
  }
  const end = Math.min(page.total, page.offset + page.events.length);
  $("#page-info").textContent = page.total ? `${page.offset + 1}–${end} of ${page.total.toLocaleString()}` : "no events match";
  $("#prev").disabled = page.offset === 0;
  $("#next").disabled = end >= page.total;
}

// -- detail -------------------------------------------------------------------------------

function spansOf(record) {
  const spans = [];
  const add = (item, role) => { if (item && Array.isArray(item.span)) spans.push({ start: item.span[0], end: item.span[1], role }); };
  const parties = (value) => (Array.isArray(value) ? value : value ? [value] : []);
  add(record.trigger, "trigger");
  parties(record.actor).forEach((p) => add(p, "actor"));
  parties(record.recipient).forEach((p) => add(p, "recipient"));
  add(record.location, "place");
  if (Array.isArray(record.date_span)) spans.push({ start: record.date_span[0], end: record.date_span[1], role: "date" });
  add(record.reported_by, "source");
  if (record.reported_by && Array.isArray(record.reported_by.outlet_span)) {
    spans.push({ start: record.reported_by.outlet_span[0], end: record.reported_by.outlet_span[1], role: "source" });
  }
  if (Array.isArray(record.sentence_span)) spans.push({ start: record.sentence_span[0], end: record.sentence_span[1], role: "sentence" });
  return spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
}

// The article as text nodes, with <mark>s around the evidence. Offsets count code
// points (Python's str), so the text is split into code points, not UTF-16 units.
function renderArticle(text, record) {
  const chars = Array.from(text || "");
  const spans = spansOf(record);
  const cuts = new Set([0, chars.length]);
  for (const s of spans) { cuts.add(Math.min(s.start, chars.length)); cuts.add(Math.min(s.end, chars.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const target = $("#article-text");
  target.replaceChildren();
  let first = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = chars.slice(from, to).join("");
    const roles = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.role);
    const marks = roles.filter((r) => r !== "sentence");
    let node = document.createTextNode(piece);
    if (marks.length) {
      node = el("mark", { class: marks.map((r) => `hl-${r}`).join(" "), "data-roles": marks.join(" "), title: marks.join(", ") }, piece);
      if (!first && marks.includes("trigger")) first = node;
    }
    if (roles.includes("sentence")) node = el("span", { class: "sentence" }, node);
    target.append(node);
  }
  if (first) first.scrollIntoView({ block: "center" });
}

function field(list, name, value) {
  if (value === null || value === undefined || value === "") return;
  list.append(el("dt", {}, name), el("dd", {}, value));
}

function sourceLink(url) {
  // Only web addresses become links: a stored "javascript:" URL stays text.
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return document.createTextNode(url);
    return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer", id: "source-link" }, url);
  } catch {
    return document.createTextNode(String(url));
  }
}

async function openEvent(eventId) {
  const record = await api(`/api/events/${encodeURIComponent(eventId)}`);
  const article = await api(`/api/articles/${encodeURIComponent(record.article_id)}`);
  state.selected = eventId;
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.event === eventId);
  $("#detail").hidden = false;
  $("#detail").dataset.event = eventId;
  $("#detail-title").textContent = article.title || record.sentence.slice(0, 120);
  const meta = $("#detail-meta");
  meta.replaceChildren(...[article.source, article.published].filter(Boolean).map((v) => `${v} · `));
  if (article.url) meta.append(sourceLink(article.url));
  else meta.append(document.createTextNode(article.origin || article.id));
  const list = $("#detail-fields");
  list.replaceChildren();
  const place = record.location;
  field(list, "type", [record.event_type, record.mode, record.cameo_code && `CAMEO ${record.cameo_code}`].filter(Boolean).join(" · "));
  field(list, "ACLED", [record.acled_event_type, record.acled_sub_event_type].filter(Boolean).join(" · "));
  field(list, "modality", record.modality);
  field(list, "actor", resolved(record.actor));
  field(list, "trigger", record.trigger.text);
  field(list, "recipient", resolved(record.recipient));
  if (place) field(list, "place", `${place.name || place.text}${place.lat != null ? ` (${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}; precision ${place.precision ?? "?"})` : ""}`);
  field(list, "date", [record.date, record.date_end].filter(Boolean).join(" – ") + (record.date_precision ? ` (${record.date_precision})` : ""));
  field(list, "killed / injured / arrested", [record.fatalities, record.injured, record.arrested].some((v) => v != null)
    ? [record.fatalities, record.injured, record.arrested].map((v) => v ?? "–").join(" / ") : "");
  field(list, "reported by", record.reported_by ? [record.reported_by.text, record.reported_by.outlet].filter(Boolean).join(" → ") : "");
  field(list, "confidence", record.confidence.toFixed(2));
  renderArticle(article.text, record);
  const others = $("#article-events");
  others.replaceChildren();
  for (const other of article.events) {
    const item = el("li", { "data-event": other.event_id }, `${other.event_type} · ${other.trigger.text} · ${short(other.actor) || "?"} → ${short(other.recipient) || "?"}`);
    if (other.event_id === eventId) item.classList.add("current");
    item.addEventListener("click", () => openEvent(other.event_id));
    others.append(item);
  }
}

// -- everything together ------------------------------------------------------------------

async function refresh(options = { timeline: true }) {
  try {
    const stats = await api("/api/stats", params());
    showBanner("");
    $("#total").textContent = stats.total.toLocaleString();
    $("#map-note").textContent = stats.total > stats.located
      ? `${(stats.total - stats.located).toLocaleString()} of these events have no coordinates and are not on the map` : "";
    renderLegend(stats.by_type);
    renderCounts(stats.by_country, "#countries", "country");
    renderCounts(stats.by_actor, "#actors", "actor");
    if (options.timeline !== false) renderTimeline(stats.by_day);
    await Promise.all([loadMap(), loadTable()]);
    document.body.dataset.ready = String(Date.now());
  } catch (error) {
    if (error.message === "busy") setTimeout(() => refresh(options), error.retry);
    else console.warn(error);
  }
}

async function start() {
  try {
    const health = await api("/api/health");
    $("#store").textContent = health.db;
    $("#all").textContent = health.events.toLocaleString();
    setupFilters(health);
    setupTable();
    $("#close-detail").addEventListener("click", () => { $("#detail").hidden = true; });
    await setupMap();
    state.filters = readForm();
    await refresh();
  } catch (error) {
    if (error.message === "busy") { setTimeout(start, error.retry); return; }
    showBanner(`the explorer could not start: ${error.message}`);
  }
}

window.addEventListener("DOMContentLoaded", start);
