"""Charts drawn on the server as SVG, so they work offline: no script, no CDN.

/-/charts/<db>                  the indicators that have values, each linking to its chart
/-/charts/<db>/<indicator_key>  a year-over-year line per place, and targets against results
                                (?place= for one place; else the places with most years)
"""
from __future__ import annotations

from html import escape

from datasette import hookimpl
from datasette.utils.asgi import Response

WIDTH, HEIGHT, PAD = 640, 300, 48
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]


def _scale(lo: float, hi: float, a: float, b: float):
    if hi == lo:
        hi, lo = hi + 1, lo - 1
    return lambda v: a + (v - lo) * (b - a) / (hi - lo)


def _axes(years: list[int], lo: float, hi: float, unit: str) -> tuple[str, object, object]:
    x = _scale(min(years) - 0.5, max(years) + 0.5, PAD, WIDTH - PAD / 2)
    y = _scale(lo, hi, HEIGHT - PAD, PAD / 2)
    parts = [f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD / 2}" y2="{HEIGHT - PAD}" stroke="#444"/>',
             f'<line x1="{PAD}" y1="{PAD / 2}" x2="{PAD}" y2="{HEIGHT - PAD}" stroke="#444"/>']
    for year in years:
        parts.append(f'<text x="{x(year):.1f}" y="{HEIGHT - PAD + 18}" text-anchor="middle" font-size="12">{year}</text>')
    for i in range(5):
        v = lo + (hi - lo) * i / 4
        parts.append(f'<text x="{PAD - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{v:.3g}</text>')
    parts.append(f'<text x="{PAD}" y="{PAD / 2 - 8}" font-size="12">{escape(unit)}</text>')
    return "".join(parts), x, y


def line_chart(series: dict[str, list[tuple[int, float]]], unit: str) -> str:
    """One line per place over the years; every point carries its value."""
    points = [p for s in series.values() for p in s]
    if not points:
        return "<p>No actual values for this indicator.</p>"
    years = sorted({p[0] for p in points})
    values = [p[1] for p in points]
    axes, x, y = _axes(years, min(0.0, min(values)), max(values) * 1.1 or 1, unit)
    body = [axes]
    for n, (place, pts) in enumerate(sorted(series.items())):
        colour = COLOURS[n % len(COLOURS)]
        pts = sorted(pts)
        body.append(f'<polyline class="series" fill="none" stroke="{colour}" stroke-width="2" points="'
                    + " ".join(f"{x(a):.1f},{y(b):.1f}" for a, b in pts) + '"/>')
        for a, b in pts:
            body.append(f'<circle cx="{x(a):.1f}" cy="{y(b):.1f}" r="4" fill="{colour}"><title>{escape(place)} {a}: {b:g}</title></circle>'
                        f'<text x="{x(a):.1f}" y="{y(b) - 8:.1f}" text-anchor="middle" font-size="11">{b:g}</text>')
        body.append(f'<text x="{WIDTH - PAD / 2}" y="{PAD / 2 + 14 * n}" text-anchor="end" font-size="12" fill="{colour}">{escape(place)}</text>')
    return f'<svg class="chart line" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" role="img">{"".join(body)}</svg>'


def plan_chart(rows: list[dict], unit: str) -> str:
    """For each place and year, the target or quota (outlined) beside the result (filled)."""
    if not rows:
        return "<p>No target for this indicator.</p>"
    years = sorted({r["year"] for r in rows})
    values = [v for r in rows for v in (r["target_value"], r["actual_value"]) if v is not None]
    axes, x, y = _axes(years, 0.0, max(values) * 1.15 or 1, unit)
    body = [axes]
    step = (x(years[0] + 1) - x(years[0])) if len(years) > 1 else WIDTH / 3
    bar = step / 5
    for r in rows:
        cx = x(r["year"])
        t = r["target_value"]
        met = {1: "met", 0: "missed"}.get(r["met"], "no result")
        body.append(f'<rect class="target" x="{cx - bar:.1f}" y="{y(t):.1f}" width="{bar:.1f}" height="{y(0) - y(t):.1f}" '
                    f'fill="none" stroke="#555" stroke-dasharray="4 2"><title>{escape(r["place"])} {r["year"]} {r["plan_role"]} {t:g}</title></rect>'
                    f'<text x="{cx - bar / 2:.1f}" y="{y(t) - 4:.1f}" text-anchor="middle" font-size="11">{t:g}</text>')
        a = r["actual_value"]
        if a is not None:
            colour = "#2ca02c" if r["met"] else "#d62728"
            body.append(f'<rect class="actual" x="{cx:.1f}" y="{y(a):.1f}" width="{bar:.1f}" height="{y(0) - y(a):.1f}" fill="{colour}">'
                        f'<title>{escape(r["place"])} {r["year"]} result {a:g} ({met})</title></rect>'
                        f'<text x="{cx + bar / 2:.1f}" y="{y(a) - 4:.1f}" text-anchor="middle" font-size="11">{a:g}</text>')
    return f'<svg class="chart plan" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" role="img">{"".join(body)}</svg>'


# Places drawn on one chart at most: a line each is readable for a dozen, and 5,000 counties
# would make a page of 25 MB.  Those with the most years of results are drawn; ?place= picks one.
MAX_PLACES = 12


async def chart(datasette, request):
    database = request.url_vars["database"]
    key = request.url_vars["key"]
    place = request.args.get("place")
    db = datasette.get_database(database)
    ind = (await db.execute("SELECT name, unit, good FROM indicators WHERE key = ?", [key])).rows
    # one unit on an axis: the one most values are stated in (出院人数 in 人 is not drawn beside 人次)
    counted = (await db.execute(
        "SELECT unit, sum(n) AS n FROM (SELECT unit, count(*) AS n FROM year_over_year WHERE indicator_key = ? GROUP BY unit "
        "UNION ALL SELECT target_unit, count(*) FROM plan_vs_actual WHERE indicator_key = ? GROUP BY target_unit) "
        "GROUP BY unit ORDER BY n DESC, unit LIMIT 1", [key, key])).rows
    unit = counted[0]["unit"] if counted else (ind[0]["unit"] if ind else "")
    places = (await db.execute(
        "SELECT place, count(*) AS years FROM year_over_year WHERE indicator_key = ? AND unit = ? AND value IS NOT NULL "
        "GROUP BY place ORDER BY years DESC, place", [key, unit])).rows
    drawn = [place] if place else [r["place"] for r in places[:MAX_PLACES]]
    marks = ", ".join("?" * len(drawn))
    rows = (await db.execute(f"SELECT place, year, value FROM year_over_year WHERE indicator_key = ? AND unit = ? "
                             f"AND value IS NOT NULL AND place IN ({marks})", [key, unit, *drawn])).rows
    plans = [dict(r) for r in (await db.execute(
        "SELECT place, year, plan_role, target_value, actual_value, target_unit, met FROM plan_vs_actual "
        f"WHERE indicator_key = ? AND target_unit = ? AND place IN ({marks}) ORDER BY place, year",
        [key, unit, *drawn])).rows]
    series: dict[str, list[tuple[int, float]]] = {}
    for r in rows:
        series.setdefault(r["place"], []).append((r["year"], r["value"]))
    name = ind[0]["name"] if ind else key
    html = await datasette.render_template("chart.html", {
        "database": database, "key": key, "name": name, "unit": unit, "place": place,
        "places": len(places), "drawn": len(drawn), "others": [r["place"] for r in places[MAX_PLACES:MAX_PLACES * 10]],
        "line_svg": line_chart(series, unit), "plan_svg": plan_chart(plans, unit),
        "plans": plans,
    }, request=request)
    return Response.html(html)


async def chart_index(datasette, request):
    database = request.url_vars["database"]
    db = datasette.get_database(database)
    rows = (await db.execute(
        "SELECT p.indicator_key AS key, i.name, count(DISTINCT p.place) AS places, count(DISTINCT p.year) AS years "
        "FROM panel AS p LEFT JOIN indicators AS i ON i.key = p.indicator_key "
        "GROUP BY p.indicator_key ORDER BY years DESC, places DESC")).rows
    items = "".join(
        '<li><a href="{}">{}</a> <small>{} places, {} years</small></li>'.format(
            escape(datasette.urls.path(f"/-/charts/{database}/{r['key']}")), escape(r["name"] or r["key"]), r["places"], r["years"])
        for r in rows
    )
    html = await datasette.render_template("chart.html", {"database": database, "index": items or "<li>No indicator has values yet.</li>"}, request=request)
    return Response.html(html)


@hookimpl
def register_routes():
    return [
        (r"^/-/charts/(?P<database>[^/]+)$", chart_index),
        (r"^/-/charts/(?P<database>[^/]+)/(?P<key>[^/]+)$", chart),
    ]


@hookimpl
def menu_links(datasette, actor):
    names = [n for n in datasette.databases if n != "_internal"]
    return [{"href": datasette.urls.path(f"/-/charts/{n}"), "label": f"Charts: {n}"} for n in names]
