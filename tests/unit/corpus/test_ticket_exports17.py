"""Incident tickets exported from a security desk's service tool (realworld15's ticket exports, in-sample there; the
texts here are written for the test): one JSON object or XML record per update of a ticket, read as one article whose
date is the ticket's opening time and whose later notes are stamped with their own time."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.corpus.read import RawRecord, read_records, to_article
from assistant.errors import InputFileError
from assistant.incidents.rules import RuleExtractor

_UPDATES = [
    {
        "number": "INC0050012",
        "opened_at": "2022-06-14 07:30",
        "state": "New",
        "short_description": "Rocket impact near Baiji refinery gate",
        "description": "Guard force reports a rocket landed near the north gate of Baiji refinery last night, "
        "wounding two guards. No damage to our warehouse.",
    },
    {"number": "INC0050012", "updated_at": "2022-06-15 10:00", "work_notes": "One of the wounded guards died today."},
    {"number": "INC0050012", "updated_at": "2022-06-16 09:00", "state": "Closed", "close_notes": "Staff informed."},
    {"number": "INC0050013", "opened_at": "2022-06-16 11:00", "short_description": "Power cut at the office"},
]


def _read(tmp_path: Path, name: str, text: str) -> list[RawRecord | InputFileError]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(read_records(path, 5_000_000))


def _check(items: list[RawRecord | InputFileError]) -> None:
    assert all(isinstance(i, RawRecord) for i in items), items
    first, second = (to_article(i) for i in items)  # type: ignore[arg-type]
    assert (first.title, str(first.published)) == ("Rocket impact near Baiji refinery gate", "2022-06-14")
    assert "[15/06/2022, 10:00] One of the wounded guards died today." in first.text
    assert second.title == "Power cut at the office"
    (record,) = RuleExtractor().extract(first)
    assert record.place == "Baiji" and str(record.event_date) == "2022-06-13"


def test_a_tickets_updates_in_json_lines_are_one_article(tmp_path: Path) -> None:
    _check(_read(tmp_path, "tickets.jsonl", "\n".join(json.dumps(u) for u in _UPDATES)))


def test_a_tickets_updates_in_a_json_list_are_one_article(tmp_path: Path) -> None:
    _check(_read(tmp_path, "tickets.json", json.dumps(_UPDATES)))


def test_a_service_desks_xml_unload(tmp_path: Path) -> None:
    def record(update: dict[str, str]) -> str:
        fields = "".join(f"<{k}>{v.replace('&', '&amp;')}</{k}>" for k, v in update.items())
        return f"<incident>{fields}</incident>"

    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<unload unload_date="2022-06-16 12:00">'
    xml += "".join(record(u) for u in _UPDATES) + "</unload>"
    _check(_read(tmp_path, "unload.xml", xml))


def test_xml_records_with_escapes_and_cdata(tmp_path: Path) -> None:
    xml = (
        "<records><record><title>Blast in Tikrit</title><date>2021-02-03</date>"
        "<body><![CDATA[A bomb went off in Tikrit on Tuesday & killed one soldier.]]></body></record>"
        "<record><title>Q&amp;A</title><body>Gunmen shot a farmer near Tuz &amp; fled.</body></record></records>"
    )
    first, second = _read(tmp_path, "export.xml", xml)
    assert isinstance(first, RawRecord) and first.text.startswith("A bomb went off in Tikrit")
    assert isinstance(second, RawRecord) and second.text == "Gunmen shot a farmer near Tuz & fled."


def test_xml_of_no_records_is_refused(tmp_path: Path) -> None:
    (item,) = _read(tmp_path, "config.xml", "<settings><colour>red</colour><size>3</size></settings>")
    assert isinstance(item, InputFileError) and "RSS or Atom" in item.reason


def test_records_without_a_ticket_id_stay_apart(tmp_path: Path) -> None:
    lines = [
        {"text": "A rocket hit Balad base on Monday.", "published": "2022-06-14"},
        {"text": "A rocket hit Balad base on Monday.", "published": "2022-06-14"},
    ]
    assert len(_read(tmp_path, "feed.jsonl", "\n".join(json.dumps(x) for x in lines))) == 2


def test_articles_with_a_key_and_a_creation_time_are_no_tickets(tmp_path: Path) -> None:
    """An article's 'key' or 'created_at' beside its 'text' makes it no ticket: every line stays an article."""
    lines = [
        {
            "key": "iraq-security",
            "title": f"Item {i}",
            "text": f"A bomb went off in Tikrit on day {i}.",
            "created_at": "2021-03-16",
        }
        for i in range(3)
    ]
    items = _read(tmp_path, "scrape.jsonl", "\n".join(json.dumps(x) for x in lines))
    assert [to_article(i).title for i in items] == ["Item 0", "Item 1", "Item 2"]  # type: ignore[arg-type]


def test_xml_records_at_any_depth_and_comments_skipped(tmp_path: Path) -> None:
    xml = (
        "<export><!-- <record><title>Old</title><body>Gunmen killed 40 people in Basra.</body></record> -->"
        "<incidents><record><title>A</title><body type='text/plain'>Gunmen shot a farmer in Tikrit.<br/>He died.</body>"
        "</record><record><title>B</title><body>A bomb killed two in Mosul.</body></record></incidents></export>"
    )
    items = _read(tmp_path, "nested.xml", xml)
    assert [i.title for i in items] == ["A", "B"]  # type: ignore[union-attr]
    assert items[0].text == "Gunmen shot a farmer in Tikrit.\nHe died."  # type: ignore[union-attr]


def test_deeply_nested_or_stray_tags_still_read_the_records(tmp_path: Path) -> None:
    """50,000 nested wrappers (deeper than Python's recursion limit) and 50,000 close tags no element opened: the
    record inside is read, with no crash."""
    record = "<rec><title>A</title><body>A bomb went off in Tikrit.</body></rec>"
    deep = "<r>" + "<x>" * 50_000 + record + "</x>" * 50_000 + "</r>"
    stray = "<r>" + "</y>" * 50_000 + record + "</r>"
    for name, xml in (("deep.xml", deep), ("stray.xml", stray)):
        (item,) = _read(tmp_path, name, xml)
        assert isinstance(item, RawRecord) and item.text == "A bomb went off in Tikrit."
