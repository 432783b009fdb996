"""Score the geoparser on gold toponyms (the JSONL format of geo_dev.jsonl:
``{id, text, toponyms: [{start, end, name, lat, lon}]}``, and optionally ``source``: the figures
are then given for each source too).

A predicted toponym matches a gold one when their character spans overlap. acc@161km and
the error distances are over the matched gold toponyms that were resolved (as the field
reports them); ``acc@161km_all`` counts every gold toponym, a miss being wrong. ``level.*``
splits acc@161km by the level eventwire resolved (city, admin1, country, …): a country's or
province's point is a convention (its centre, its capital, a gazetteer's pin) that differs from
one gold set to the next by more than 161 km for large units, a town's is not. A naive
baseline (same mentions, the most populous place of the name) is scored in the same run.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from ..errors import InputError
from .mentions import DEMONYM
from .normalize import plain_spaces
from .resolve import km


def _read(gold_path: str) -> list[dict]:
    rows = []
    path = Path(gold_path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(gold_path, f"cannot read: {exc.strerror or exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            row["text"], row["toponyms"]  # noqa: B018
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{gold_path}:{n}", f"not a gold article: {exc}") from exc
        rows.append(row)
    return rows


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score(gold_rows: list[dict], predicted: list[list[tuple]], gz) -> dict:
    n_pred = sum(len(p) for p in predicted)
    n_gold = matched_pred = matched_gold = 0
    n_gold_places = matched_places = 0
    errors: list[float] = []
    levels: dict[str, list[float]] = {}  # errors by the level resolved (predictions with one)
    for row, preds in zip(gold_rows, predicted, strict=True):
        used = set()
        for g in row["toponyms"]:
            n_gold += 1
            surface = row["text"][g["start"]:g["end"]]
            demonym = bool(DEMONYM.search(surface.lower())) and not gz.has_name(surface)
            n_gold_places += not demonym
            hit = next((i for i, p in enumerate(preds)
                        if _overlap((p[0], p[1]), (g["start"], g["end"]))), None)
            if hit is None:
                continue
            used.add(hit)
            matched_gold += 1
            matched_places += not demonym
            lat, lon = preds[hit][2], preds[hit][3]
            if lat is not None and g.get("lat") is not None:
                errors.append(km(lat, lon, g["lat"], g["lon"]))
                if len(preds[hit]) > 4:
                    levels.setdefault(preds[hit][4] or "other", []).append(errors[-1])
        matched_pred += len(used)
    within = sum(e <= 161 for e in errors)
    by_level = {}
    for level, errs in sorted(levels.items(), key=lambda item: -len(item[1])):
        by_level[f"{level}.resolved"] = len(errs)
        by_level[f"{level}.acc@161km"] = sum(e <= 161 for e in errs) / len(errs)
    return {
        "toponyms_gold": n_gold,
        "toponyms_predicted": n_pred,
        "precision": round(matched_pred / n_pred, 3) if n_pred else 0.0,
        "recall": round(matched_gold / n_gold, 3) if n_gold else 0.0,
        "recall_without_demonyms": round(matched_places / n_gold_places, 3)
        if n_gold_places else 0.0,
        "acc@161km": round(within / len(errors), 3) if errors else 0.0,
        "acc@161km_all": round(within / n_gold, 3) if n_gold else 0.0,
        "mean_km": round(statistics.fmean(errors), 1) if errors else None,
        "median_km": round(statistics.median(errors), 1) if errors else None,
        **({"level": by_level} if by_level else {}),
    }


def evaluate(gold_path: str) -> dict:
    from . import default_geoparser, settings_pipeline
    from .mentions import find_mentions

    rows = _read(gold_path)
    nlp = settings_pipeline()
    t0 = time.perf_counter()
    gp = default_geoparser(nlp)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(plain_spaces(r["text"]) for r in rows))
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    ours = [[(t.start, t.end, t.lat, t.lon, t.feature) for t in gp.toponyms(doc)]
            for doc in docs]
    geo_s = time.perf_counter() - t0

    naive = []
    for doc in docs:
        found = []
        for m in find_mentions(doc, gp.gazetteer, gp.english):
            if m.context_only:
                continue
            places = gp.gazetteer.lookup(m.text)
            best = max(places, key=lambda p: p.population, default=None)
            if best is not None or m.from_entity:
                found.append((m.start, m.end, best.lat if best else None,
                              best.lon if best else None))
        naive.append(found)

    figures = _score(rows, ours, gp.gazetteer)
    n_top = figures["toponyms_predicted"]
    sources = sorted({r["source"] for r in rows if r.get("source")})
    by_source = {}
    for source in sources if len(sources) > 1 else []:
        picked = [i for i, r in enumerate(rows) if r.get("source") == source]
        part = _score([rows[i] for i in picked], [ours[i] for i in picked], gp.gazetteer)
        by_source[f"source.{source}"] = {k: part[k] for k in SOURCE_FIGURES}
    figures.update({
        "articles": len(rows),
        "toponyms_per_s": round(n_top / geo_s, 1) if geo_s else None,
        "toponyms_per_s_with_parse": round(n_top / (geo_s + parse_s), 1),
        "gazetteer_load_s": round(load_s, 2),
        "baseline": _score(rows, naive, gp.gazetteer),
        **by_source,
    })
    return figures


SOURCE_FIGURES = ("toponyms_gold", "precision", "recall", "acc@161km", "median_km")


def format_figures(figures: dict) -> str:
    """One `name=value` a line, the baseline's prefixed with `baseline.`, each gold source's
    (when the rows name several) with `source.NAME.`."""
    def line(k: str, v) -> str:
        return f"{k}={v:.3f}" if "acc@" in k and v is not None else f"{k}={v}"

    lines = []
    for k, v in figures.items():
        if isinstance(v, dict):
            lines.extend(line(f"{k}.{bk}", bv) for bk, bv in v.items())
        else:
            lines.append(line(k, v))
    return "\n".join(lines)
