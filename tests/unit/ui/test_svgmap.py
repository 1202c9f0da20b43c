"""The Incidents tab's SVG map: province outlines from shipped open data, markers that match the table's rows, hover
and click details, zoom to the filter, and no markup from articles reaching the page."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

from assistant.language.gazetteer import PROVINCES, read_data
from assistant.schemas import Count, Incident, IncidentFilters
from assistant.ui.charts import TYPE_COLOURS, point_size
from assistant.ui.svgmap import TIP_LINES, frame_for, incident_map, marker_radius, province_at, provinces

NS = {"s": "http://www.w3.org/2000/svg"}
KIRKUK = dict(lat=35.46806, lon=44.39222)


def inc(
    i: int,
    killed: int | None = None,
    wounded: int | None = None,
    *,
    lat: float | None = 35.47,
    lon: float | None = 44.39,
    day: dt.date | None = dt.date(2022, 12, 18),
    attack_type: str = "ied",
    place: str = "Kirkuk",
    perpetrator: str | None = None,
) -> Incident:
    def count(n: int | None) -> Count | None:
        return Count(low=n, high=n, text=str(n)) if n is not None else None

    return Incident(
        id=f"i{i}",
        event_date=day,
        date_precision="day" if day else "unknown",
        lat=lat,
        lon=lon,
        attack_type=attack_type,
        place=place,
        province="Kirkuk",
        killed=count(killed),
        wounded=count(wounded),
        perpetrator=perpetrator,
    )


def parse(svg: str) -> ET.Element:
    """The map must be well-formed XML: one <svg> element (also proves no stray markup got in)."""
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    return root


def spots(root: ET.Element) -> list[ET.Element]:
    return root.findall(".//s:g[@class='spot']", NS)


def tip_text(root: ET.Element, spot: ET.Element) -> list[str]:
    tip = root.find(f".//s:g[@id='{spot.get('id', '').replace('spot', 'tip')}']", NS)
    assert tip is not None
    return ["".join(t.itertext()) for t in tip.findall("s:text", NS)]


def test_the_shipped_outlines_are_iraqs_18_provinces_and_hold_their_towns() -> None:
    """Every canonical province has an outline, and the GeoNames towns fall inside the province the gazetteer gives
    (Natural Earth's older lines put a few towns at the Baghdad belts' edges next door: >= 95%, not 100%)."""
    assert sorted(p.name for p in provinces()) == sorted(PROVINCES)
    towns = read_data("geonames_iq.csv")
    agree = sum(province_at(float(r["lat"]), float(r["lon"])) == r["province"] for r in towns)
    assert agree / len(towns) >= 0.95, f"{agree} of {len(towns)}"
    assert province_at(35.47, 44.39) == "Kirkuk" and province_at(33.31, 44.36) == "Baghdad"
    assert province_at(41.0, 29.0) is None  # Istanbul is in no Iraqi province


def test_one_marker_per_point_sized_coloured_and_numbered_like_the_table() -> None:
    """Three incidents at three points: three markers, each labelled with its table row, sized by killed+wounded
    and coloured by type; the one without coordinates is counted in the title; 18 province outlines are drawn."""
    incidents = [
        inc(1, 9, 0, lat=35.47, lon=44.39),
        inc(2, 11, 10, lat=34.62, lon=43.68, attack_type="ambush"),
        inc(3, 32, 110, lat=33.34, lon=44.40, attack_type="suicide"),
        inc(4, 5, None, lat=None, lon=None),
    ]
    root = parse(incident_map(incidents))
    assert len(root.findall(".//s:path[@data-province]", NS)) == 18
    found = {s.get("data-row"): s for s in spots(root)}
    assert set(found) == {"1", "2", "3"}
    for row, n, kind in (("1", 9, "ied"), ("2", 21, "ambush"), ("3", 142, "suicide")):
        circle = found[row].find("s:circle", NS)
        assert circle is not None
        assert float(circle.get("r", "0")) == pytest.approx(marker_radius(n), abs=0.06)
        assert circle.get("fill") == TYPE_COLOURS[kind]
    assert marker_radius(1) < marker_radius(10) < marker_radius(50)  # area follows point_size
    assert marker_radius(50) ** 2 / marker_radius(1) ** 2 == pytest.approx(point_size(50) / point_size(1))
    title = "".join(root.find(".//s:text[@class='title']", NS).itertext())  # type: ignore[union-attr]
    assert "3 incidents mapped" in title and "1 without a place not shown" in title
    texts = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Baghdad", "Mosul", "KIRKUK", "SALAHUDDIN", "ambush", "IED attack", "10 killed+wounded"} <= texts
    assert any("Natural Earth" in t for t in texts)  # the boundaries' source is credited on the map


def test_hovering_or_clicking_a_marker_shows_its_incidents() -> None:
    """Each marker is focusable (click or Tab) and has a details box, hidden until its marker is hovered or focused,
    listing each incident there: table row, date at its precision, type, place, figures and perpetrator."""
    incidents = [
        inc(1, 9, 2, perpetrator="ISIS"),
        inc(2, None, None, day=dt.date(2022, 11, 1), attack_type="shooting"),
    ]
    svg = incident_map(incidents)
    root = parse(svg)
    (spot,) = spots(root)
    assert spot.get("tabindex") == "0" and spot.get("data-count") == "2"
    lines = tip_text(root, spot)
    assert lines[0].startswith("2 incidents here") and "11 killed+wounded" in lines[0]
    assert lines[1] == "1. 2022-12-18 \u00b7 IED attack \u00b7 Kirkuk \u00b7 9 killed, 2 wounded \u00b7 by ISIS"
    assert lines[2] == "2. 2022-11-01 \u00b7 shooting \u00b7 Kirkuk \u00b7 no figures reported"
    spot_id, tip_id = spot.get("id"), spot.get("id", "").replace("spot", "tip")
    assert re.search(r"\.tip\{display:none", svg)
    assert f"#incmap-svg:has(#{spot_id}:hover) #{tip_id}" in svg
    assert f"#incmap-svg:has(#{spot_id}:focus) #{tip_id}" in svg
    assert "1. 2022-12-18" in spot.get("aria-label", "")  # screen readers get the same details


def test_a_crowded_point_lists_the_first_incidents_and_counts_the_rest() -> None:
    incidents = [inc(i, 1) for i in range(1, TIP_LINES + 4)]
    root = parse(incident_map(incidents))
    (spot,) = spots(root)
    lines = tip_text(root, spot)
    assert len(lines) == 1 + TIP_LINES + 1
    assert lines[-1].startswith("\u2026 and 3 more at this point")


def test_markup_in_an_article_never_reaches_the_page() -> None:
    """A place written '<img src=x onerror=...>' or a perpetrator with quotes is text in the box, not an element."""
    evil = '<img src=x onerror="alert(1)">'
    root = parse(incident_map([inc(1, 2, place=evil), inc(2, 1, lat=33.3, lon=44.4, place='"><script>x</script>')]))
    tags = {el.tag.split("}")[-1] for el in root.iter()}
    assert tags <= {"svg", "style", "g", "path", "title", "text", "rect", "circle"}
    boxes = [line for s in spots(root) for line in tip_text(root, s)]
    assert any(evil in line for line in boxes)


def test_the_map_zooms_to_the_filter_circle_and_draws_it() -> None:
    """'near Kirkuk, 50 km': about 50 km around Kirkuk is shown (not the country), with the circle drawn to scale."""
    filters = IncidentFilters(place="Kirkuk", radius_km=50, **KIRKUK)
    incidents = [inc(1, 9, **KIRKUK), inc(2, 4, **KIRKUK), inc(3, 3, lat=35.32, lon=43.78)]
    lon0, lon1, lat0, lat1 = frame_for(filters, incidents).lonlat_bounds()
    assert lon0 < 43.78 and lon1 > 44.95 and lat0 < 35.02 and lat1 > 35.9
    assert lon1 - lon0 < 3.0 and lat1 - lat0 < 3.0
    root = parse(incident_map(incidents, filters))
    circle = root.find(".//s:circle[@id='incmap-radius']", NS)
    assert circle is not None
    frame = frame_for(filters, incidents)
    assert float(circle.get("r", "0")) == pytest.approx(frame.km(50), abs=0.06)
    x, y = frame.xy(KIRKUK["lon"], KIRKUK["lat"])
    assert (float(circle.get("cx", "0")), float(circle.get("cy", "0"))) == pytest.approx((x, y), abs=0.06)
    labels = {s.find("s:text", NS).text for s in spots(root)}  # type: ignore[union-attr]
    assert labels == {"1 \u00d72", "3"}  # two incidents at Kirkuk are one marker, counted
    assert any(t.text == "Kirkuk: 50 km" for t in root.iter("{http://www.w3.org/2000/svg}text"))


def test_the_map_zooms_to_a_province_and_marks_it() -> None:
    """'in Diyala' frames Diyala's outline and highlights it."""
    filters = IncidentFilters(province="Diyala")
    lon0, lon1, lat0, lat1 = frame_for(filters, [inc(1, 2, lat=33.75, lon=44.6)]).lonlat_bounds()
    d = next(p for p in provinces() if p.name == "Diyala").bounds
    assert lon0 <= d[0] and lon1 >= d[1] and lat0 <= d[2] and lat1 >= d[3]
    assert lon1 - lon0 < 4 and lat1 - lat0 < 4
    root = parse(incident_map([inc(1, 2, lat=33.75, lon=44.6)], filters))
    asked = root.findall(".//s:path[@class='prov asked']", NS)
    assert [p.get("data-province") for p in asked] == ["Diyala"]


def test_without_coordinates_the_map_says_so_and_a_point_abroad_widens_the_frame() -> None:
    root = parse(incident_map([inc(1, None, lat=None, lon=None)]))
    assert not spots(root)
    assert any(t.text == "No incident with coordinates" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    lon0, lon1, lat0, lat1 = frame_for(None, [inc(1, lat=41.0, lon=29.0)]).lonlat_bounds()
    assert lon0 < 29.0 and lat1 > 41.0
