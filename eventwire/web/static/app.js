// eventwire dashboard: plain JavaScript over the served API, no build step, no network
// beyond this server. Filters live in the URL; new events arrive by polling /live/version.
"use strict";

const FILTERS = ["start", "end", "country", "actor", "root", "plover", "quad_class"];
const QUAD = {
  1: ["Verbal cooperation", "var(--q1)", "#2b8a3e"],
  2: ["Material cooperation", "var(--q2)", "#1c7ed6"],
  3: ["Verbal conflict", "var(--q3)", "#f08c00"],
  4: ["Material conflict", "var(--q4)", "#c92a2a"],
};
const POLL_MS = 2000;

const state = { token: null, events: [], points: [], dyad: [], seen: new Set(), loads: 0,
  fitted: false };

// -- URL <-> filters ------------------------------------------------------------

function readUrl() {
  const params = new URLSearchParams(location.search);
  const form = document.getElementById("filters");
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
  const dyad = (params.get("dyad") || "").split(",");
  return { a: dyad[0] || "", b: dyad[1] || "" };
}

function filterParams() {
  const form = document.getElementById("filters");
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function writeUrl() {
  const params = filterParams();
  const a = document.getElementById("dyad-a").value;
  const b = document.getElementById("dyad-b").value;
  if (a && b) params.set("dyad", `${a},${b}`);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
  setExportLink();
}

function setExportLink() {
  const params = filterParams();
  params.set("format", document.getElementById("export-format").value);
  document.getElementById("export").href = `/export?${params}`;
}

// -- fetching -------------------------------------------------------------------

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
    throw new Error(`${path.split("?")[0]}: ${detail}`);
  }
  return response.json();
}

function setLive(ok, text) {
  const live = document.getElementById("live");
  live.className = ok ? "on" : "off";
  document.getElementById("live-text").textContent = text;
}

async function refresh() {
  const query = filterParams().toString();
  const q = query ? `?${query}` : "";
  try {
    const [events, map, stats] = await Promise.all([
      getJson(`/live/events${q}`), getJson(`/live/map${q}`), getJson("/stats")]);
    state.token = events.token;
    drawEvents(events.events);
    drawPoints(map.points);
    drawStats(stats);
    await refreshDyad();
    state.loads += 1;
    document.body.dataset.loads = String(state.loads);
    setLive(true, `live · updated ${new Date().toLocaleTimeString()}`);
  } catch (error) {
    setLive(false, error.message);
    console.warn("eventwire:", error.message);
  }
}

async function poll() {
  try {
    const { token } = await getJson("/live/version");
    if (token !== state.token) await refresh();
    else setLive(true, `live · checked ${new Date().toLocaleTimeString()}`);
  } catch (error) {
    setLive(false, `server unreachable (${error.message})`);
  }
  setTimeout(poll, POLL_MS);
}

// -- filter menus -----------------------------------------------------------------

function fillSelect(select, items) {
  const current = select.value;
  for (const [value, label] of items) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.append(option);
  }
  select.value = current;
}

async function loadOptions(wanted) {
  const [opts, actors] = await Promise.all([getJson("/live/options"),
    getJson("/actors?limit=500")]);
  const form = document.getElementById("filters");
  const params = new URLSearchParams(location.search);
  fillSelect(form.elements.country, opts.countries.map((c) => [c, c]));
  fillSelect(form.elements.root, opts.roots.map((r) => [r.root, `${r.root} ${r.name}`]));
  fillSelect(form.elements.plover, opts.plover.map((p) => [p, p]));
  fillSelect(form.elements.quad_class,
    Object.entries(opts.quad_classes).map(([k, v]) => [k, `${k} ${v}`]));
  for (const name of ["country", "root", "plover", "quad_class"]) {
    form.elements[name].value = params.get(name) || "";
  }
  const list = document.getElementById("actor-list");
  list.replaceChildren(...actors.actors.map((a) => {
    const option = document.createElement("option");
    option.value = a.code;
    option.label = a.name || a.code;
    return option;
  }));
  const choices = actors.actors.map((a) => [a.code, `${a.code} ${a.name || ""}`.trim()]);
  const selA = document.getElementById("dyad-a");
  const selB = document.getElementById("dyad-b");
  for (const sel of [selA, selB]) { sel.replaceChildren(); fillSelect(sel, choices); }
  const codes = actors.actors.map((a) => a.code);
  const pick = (want, fallback) => (codes.includes(want) ? want : fallback);
  selA.value = pick(wanted.a, pick("TUR", codes[0] || ""));
  selB.value = pick(wanted.b, pick("RUS", codes.find((c) => c !== selA.value) || ""));
  const legend = document.getElementById("legend");
  legend.replaceChildren(...Object.entries(QUAD).map(([k, [name, color]]) => {
    const item = document.createElement("li");
    item.innerHTML = `<i style="background:${color}"></i>${k} ${name}`;
    return item;
  }));
}

// -- the event table ----------------------------------------------------------------

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function marked(sentence, ranges) {
  let html = "";
  let at = 0;
  for (const [start, end] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (start < at) continue;
    html += escapeHtml(sentence.slice(at, start));
    html += `<mark>${escapeHtml(sentence.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(sentence.slice(at));
}

function actorCell(code, name) {
  if (!code && !name) return '<span class="muted">—</span>';
  return `<span class="code">${escapeHtml(code || "")}</span><br><small>${escapeHtml(name || "")}</small>`;
}

function drawEvents(events) {
  const body = document.querySelector("#events tbody");
  const first = state.loads === 0;
  const rows = events.map((e) => {
    const tr = document.createElement("tr");
    tr.dataset.eventId = e.event_id;
    tr.dataset.quad = e.quad_class;
    if (!first && !state.seen.has(e.event_id)) tr.className = "new";
    const link = /^https?:\/\//i.test(e.url || "")
      ? ` <a href="${escapeHtml(e.url)}" rel="noreferrer noopener">source</a>` : "";
    tr.innerHTML = `
      <td>${escapeHtml(e.date || "")}</td>
      <td>${actorCell(e.source_code, e.source_name)}</td>
      <td><span class="quad q${e.quad_class}" title="${escapeHtml(QUAD[e.quad_class]?.[0])}"></span><span class="code">${escapeHtml(e.cameo_code)}</span> ${escapeHtml(e.cameo_name || "")}<br><small>${escapeHtml(e.plover_event || "")}</small></td>
      <td>${actorCell(e.target_code, e.target_name)}</td>
      <td>${escapeHtml(e.location_name || "")}${e.location_country ? ` <small>${escapeHtml(e.location_country)}</small>` : ""}</td>
      <td>${e.num_mentions}</td>
      <td class="evidence">${marked(e.sentence || "", e.highlight || [])}<br><span class="rule">${escapeHtml(e.rule || "")}${link}</span></td>`;
    return tr;
  });
  if (!rows.length) {
    const tr = document.createElement("tr");
    tr.className = "empty";
    tr.innerHTML = filterParams().toString()
      ? '<td colspan="7">No events match these filters.</td>'
      : '<td colspan="7">No events stored yet: <code>eventwire ingest examples/</code>, ' +
        "<code>eventwire watch FEED --serve</code>, or <code>eventwire serve --demo</code>.</td>";
    rows.push(tr);
  }
  body.replaceChildren(...rows);
  for (const e of events) state.seen.add(e.event_id);
  state.events = events;
  document.getElementById("events-count").textContent =
    `${events.length} shown, newest first`;
}

function plural(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }

function drawStats(stats) {
  document.getElementById("stats").textContent =
    `${plural(stats.fact_events, "event")} · ${plural(stats.articles, "article")} · ` +
    `${plural(stats.mentions, "mention")}` +
    (stats.first_date ? ` · ${stats.first_date} … ${stats.last_date}` : "");
}

// -- the map ----------------------------------------------------------------------------

const map = { svg: null, g: null, projection: null, zoom: null, width: 0, height: 0 };

async function initMap() {
  const el = document.getElementById("map");
  map.width = el.clientWidth || 800;
  map.height = el.clientHeight || 420;
  map.projection = d3.geoNaturalEarth1().fitExtent(
    [[4, 4], [map.width - 4, map.height - 4]], { type: "Sphere" });
  const path = d3.geoPath(map.projection);
  map.svg = d3.select(el).append("svg")
    .attr("viewBox", `0 0 ${map.width} ${map.height}`).attr("role", "img")
    .attr("aria-label", "Map of events");
  map.g = map.svg.append("g");
  const world = await getJson("/static/vendor/world-atlas/countries-50m.json");
  const countries = topojson.feature(world, world.objects.countries);
  map.g.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
  map.g.append("g").selectAll("path").data(countries.features).join("path")
    .attr("class", "country").attr("d", path)
    .append("title").text((d) => d.properties.name);
  map.points = map.g.append("g").attr("class", "points");
  map.labels = map.g.append("g").attr("class", "labels");
  map.zoom = d3.zoom().scaleExtent([1, 400]).on("zoom", (event) => {
    map.g.attr("transform", event.transform);
    scalePoints(event.transform.k);
  });
  map.svg.call(map.zoom);
}

function radius(d) { return 3 + 2.5 * Math.sqrt(d.mentions); }

function scalePoints(k) {
  map.points.selectAll("circle").attr("r", (d) => radius(d) / k);
  map.labels.selectAll("text").style("font-size", `${11 / k}px`)
    .style("stroke-width", `${3 / k}px`).attr("dx", (d) => (radius(d) + 2) / k);
}

function drawPoints(points) {
  state.points = points;
  if (!map.svg) return;
  const k = d3.zoomTransform(map.svg.node()).k;
  const xy = (d) => map.projection([d.lon, d.lat]);
  const sorted = [...points].sort((a, b) => b.mentions - a.mentions);
  map.points.selectAll("circle").data(sorted, (d) => `${d.place}|${d.lat}|${d.lon}|${d.quad_class}`)
    .join("circle")
    .attr("class", (d) => `event-point${d.precision === "country" ? " country-level" : ""}`)
    .attr("data-place", (d) => d.place)
    .attr("data-lat", (d) => d.lat)
    .attr("data-lon", (d) => d.lon)
    .attr("data-quad", (d) => d.quad_class)
    .attr("data-mentions", (d) => d.mentions)
    .attr("cx", (d) => xy(d)[0]).attr("cy", (d) => xy(d)[1])
    .attr("fill", (d) => QUAD[d.quad_class]?.[2] || "#868e96")
    .selectAll("title").data((d) => [d]).join("title")
    .text((d) => `${d.place} (${d.country || "?"}): ${d.events} events, ${d.mentions} mentions, ` +
      `${QUAD[d.quad_class]?.[0]}, mean Goldstein ${d.mean_goldstein}` +
      (d.precision === "country" ? " (placed at the country's centre)" : ""));
  const places = d3.rollups(points, (v) => v[0], (d) => `${d.place}|${d.lat}|${d.lon}`)
    .map(([, d]) => d);
  map.labels.selectAll("text").data(places, (d) => `${d.place}|${d.lat}|${d.lon}`)
    .join("text").attr("class", "place-label")
    .attr("x", (d) => xy(d)[0]).attr("y", (d) => xy(d)[1]).attr("dy", "0.35em")
    .text((d) => d.place);
  scalePoints(k);
  if (!state.fitted && points.length) { fitPoints(false); state.fitted = true; }
}

function fitPoints(animate = true) {
  if (!state.points.length) return;
  // places named to the city or region; a country's centre says little about where
  const precise = state.points.filter((d) => d.precision && d.precision !== "country");
  const xs = (precise.length ? precise : state.points).map((d) => map.projection([d.lon, d.lat]));
  let [x0, x1] = d3.extent(xs, (p) => p[0]);
  let [y0, y1] = d3.extent(xs, (p) => p[1]);
  const minSpan = 40; // px at k=1: about 8 degrees, so one city still shows its region
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const w = Math.max(x1 - x0, minSpan), h = Math.max(y1 - y0, minSpan);
  const k = Math.min(400, 0.8 / Math.max(w / map.width, h / map.height));
  const transform = d3.zoomIdentity.translate(map.width / 2, map.height / 2).scale(k)
    .translate(-cx, -cy);
  (animate ? map.svg.transition().duration(600) : map.svg).call(map.zoom.transform, transform);
}

// -- the dyad panel ------------------------------------------------------------------

async function refreshDyad() {
  const a = document.getElementById("dyad-a").value;
  const b = document.getElementById("dyad-b").value;
  const chart = document.getElementById("dyad-chart");
  if (!a || !b || a === b) {
    chart.innerHTML = '<p class="empty">Pick two different actors.</p>';
    state.dyad = [];
    return;
  }
  const params = new URLSearchParams();
  const form = document.getElementById("filters");
  for (const name of ["start", "end"]) if (form.elements[name].value) params.set(name, form.elements[name].value);
  const q = params.toString() ? `?${params}` : "";
  const enc = encodeURIComponent;
  const [ab, ba] = await Promise.all([
    getJson(`/dyads/${enc(a)}/${enc(b)}/timeline${q}`),
    getJson(`/dyads/${enc(b)}/${enc(a)}/timeline${q}`)]);
  const days = new Map();
  const blank = (date) => ({ date, a_to_b: 0, a_to_b_goldstein: null, b_to_a: 0,
    b_to_a_goldstein: null });
  for (const d of ab.days) days.set(d.date, { ...blank(d.date), a_to_b: d.events,
    a_to_b_goldstein: d.mean_goldstein });
  for (const d of ba.days) days.set(d.date, { ...(days.get(d.date) || blank(d.date)),
    b_to_a: d.events, b_to_a_goldstein: d.mean_goldstein });
  state.dyad = [...days.values()].sort((x, y) => d3.ascending(x.date, y.date));
  for (const d of state.dyad) {
    const n = d.a_to_b + d.b_to_a;
    d.events = n;
    d.mean_goldstein = n ? +(((d.a_to_b_goldstein ?? 0) * d.a_to_b +
      (d.b_to_a_goldstein ?? 0) * d.b_to_a) / n).toFixed(3) : null;
  }
  drawDyad(a, b);
}

function drawDyad(a, b) {
  const chart = document.getElementById("dyad-chart");
  chart.replaceChildren();
  const data = state.dyad;
  if (!data.length) {
    chart.innerHTML = `<p class="empty">No events between ${escapeHtml(a)} and ${escapeHtml(b)} for these dates.</p>`;
    return;
  }
  const width = chart.clientWidth || 500, height = chart.clientHeight || 300;
  const m = { top: 14, right: 40, bottom: 28, left: 34 };
  const parse = d3.utcParse("%Y-%m-%d");
  const dates = data.map((d) => parse(d.date));
  let [t0, t1] = d3.extent(dates);
  t0 = d3.utcDay.offset(t0, -1); t1 = d3.utcDay.offset(t1, 1);
  const x = d3.scaleUtc([t0, t1], [m.left, width - m.right]);
  const maxN = d3.max(data, (d) => Math.max(d.a_to_b, d.b_to_a)) || 1;
  const mid = (height - m.bottom + m.top) / 2;
  const y = d3.scaleLinear([-maxN, maxN], [height - m.bottom, m.top]);
  const g = d3.scaleLinear([-10, 10], [height - m.bottom, m.top]);
  const svg = d3.select(chart).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  const barW = Math.max(2, Math.min(18, (x(d3.utcDay.offset(t0, 1)) - x(t0)) * 0.7));
  svg.append("g").selectAll("rect").data(data).join("rect")
    .attr("class", "bar-ab").attr("fill", "#495057")
    .attr("x", (d) => x(parse(d.date)) - barW / 2).attr("width", barW)
    .attr("y", (d) => y(d.a_to_b)).attr("height", (d) => mid - y(d.a_to_b))
    .append("title").text((d) => `${d.date}: ${a}→${b} ${d.a_to_b} events`);
  svg.append("g").selectAll("rect").data(data).join("rect")
    .attr("class", "bar-ba").attr("fill", "#adb5bd")
    .attr("x", (d) => x(parse(d.date)) - barW / 2).attr("width", barW)
    .attr("y", mid).attr("height", (d) => y(-d.b_to_a) - mid)
    .append("title").text((d) => `${d.date}: ${b}→${a} ${d.b_to_a} events`);
  const line = d3.line().defined((d) => d.mean_goldstein !== null)
    .x((d) => x(parse(d.date))).y((d) => g(d.mean_goldstein));
  svg.append("path").datum(data).attr("fill", "none").attr("stroke", "#c92a2a")
    .attr("stroke-width", 2).attr("d", line);
  svg.append("g").selectAll("circle").data(data.filter((d) => d.mean_goldstein !== null))
    .join("circle").attr("r", 3).attr("fill", "#c92a2a")
    .attr("cx", (d) => x(parse(d.date))).attr("cy", (d) => g(d.mean_goldstein))
    .append("title").text((d) => `${d.date}: mean Goldstein ${d.mean_goldstein}`);
  svg.append("g").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(6, data.length + 1)).tickFormat(d3.utcFormat("%d %b")));
  svg.append("g").attr("transform", `translate(${m.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(4, maxN * 2)).tickFormat((v) =>
      (Number.isInteger(v) ? String(Math.abs(v)) : "")));
  svg.append("g").attr("transform", `translate(${width - m.right},0)`)
    .call(d3.axisRight(g).ticks(5)).attr("color", "#c92a2a");
  svg.append("line").attr("x1", m.left).attr("x2", width - m.right).attr("y1", mid)
    .attr("y2", mid).attr("stroke", "#ced4da");
  svg.append("text").attr("x", m.left + 4).attr("y", m.top + 4).attr("font-size", 11)
    .text(`${a} → ${b}`);
  svg.append("text").attr("x", m.left + 4).attr("y", height - m.bottom - 6).attr("font-size", 11)
    .text(`${b} → ${a}`);
}

// -- CSV ----------------------------------------------------------------------------------

const CSV_COLUMNS = {
  events: ["event_id", "date", "source_code", "source_name", "target_code", "target_name",
    "cameo_code", "cameo_name", "goldstein", "quad_class", "plover_event", "location_name",
    "location_country", "lat", "lon", "num_mentions", "num_sources", "num_articles",
    "first_seen", "last_seen", "trigger", "rule", "sentence", "url"],
  map: ["place", "country", "lat", "lon", "precision", "quad_class", "events", "mentions",
    "mean_goldstein", "first_date", "last_date"],
  dyad: ["date", "a_to_b", "a_to_b_goldstein", "b_to_a", "b_to_a_goldstein", "events",
    "mean_goldstein"],
};

function csvCell(value) {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(rows, columns) {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))]
    .join("\r\n") + "\r\n";
}

function download(panel) {
  const rows = { events: state.events, map: state.points, dyad: state.dyad }[panel];
  let name = `eventwire-${panel}`;
  if (panel === "dyad") {
    name += `-${document.getElementById("dyad-a").value}-${document.getElementById("dyad-b").value}`;
  }
  const blob = new Blob([toCsv(rows, CSV_COLUMNS[panel])], { type: "text/csv" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${name}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// -- wiring ---------------------------------------------------------------------------------

async function main() {
  const wanted = readUrl();
  const form = document.getElementById("filters");
  form.addEventListener("change", () => { writeUrl(); state.fitted = false; refresh(); });
  form.addEventListener("submit", (event) => { event.preventDefault(); writeUrl(); refresh(); });
  document.getElementById("reset").addEventListener("click", () => {
    for (const name of FILTERS) form.elements[name].value = "";
    writeUrl(); state.fitted = false; refresh();
  });
  for (const id of ["dyad-a", "dyad-b"]) {
    document.getElementById(id).addEventListener("change", () => {
      writeUrl();
      refreshDyad().catch((error) => setLive(false, error.message));
    });
  }
  document.getElementById("fit").addEventListener("click", () => fitPoints(true));
  document.getElementById("export-format").addEventListener("change", setExportLink);
  for (const button of document.querySelectorAll("button.csv")) {
    button.addEventListener("click", () => download(button.dataset.panel));
  }
  try {
    await Promise.all([initMap(), loadOptions(wanted)]);
  } catch (error) {
    setLive(false, error.message);
    console.warn("eventwire:", error.message);
  }
  writeUrl();
  await refresh();
  document.body.dataset.ready = "1";
  setTimeout(poll, POLL_MS);
}

main();
