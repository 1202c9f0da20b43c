"""Classes from the dates2 set's dev split (where a report keeps its own date), each tested with wordings written
here and their look-alikes: saved e-mails (.eml) and the messages forwarded in them, JSON's numeric dates (epoch
times, GDELT's solid digits) and chat exports, a page's JSON-LD and a date in an element's title, date-time groups
and alert stamps written solid, a monitoring service's source line, a printed page's foot with its page number, an
order of two-digit years declared in the header, a story both published and updated, 'a fortnight ago', and a count
back after an undated headline."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.corpus.read import read_records
from assistant.language.dates import calendar_date, resolve_date
from tests.unit.corpus.test_feeds_and_captions14 import _items
from tests.unit.incidents.test_cards_and_stamps21 import _article, _records
from tests.unit.incidents.test_report_dates_d1b import _day

ATTACK = "A roadside bomb struck an army patrol near Baiji on Saturday, wounding three soldiers, police said."
JUNE_14 = dt.date(2023, 6, 14)  # a Wednesday: 'on Saturday' is 10 June


MAIL = (
    "From: Field Officer <officer@ngo.example.org>\nTo: desk@ngo.example.org\nDate: Wed, 14 Jun 2023 17:25:58 +0300\n"
    "Subject: {subject}\nContent-Type: {kind}; charset=utf-8\n\n{body}"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            MAIL.format(subject="Incident - Baiji", kind="text/plain", body=f"Dear all,\n\n{ATTACK}\n\nBest,\nAli"),
            "Incident - Baiji",
        ),
        (MAIL.format(subject="Re: Fwd: Baiji patrol", kind="text/plain", body=ATTACK), "Baiji patrol"),
        (MAIL.format(subject="Baiji", kind="text/html", body=f"<html><body><p>{ATTACK}</p></body></html>"), "Baiji"),
    ],
)
def test_a_saved_email_is_read_with_its_date_and_subject(tmp_path: Path, text: str, title: str) -> None:
    article = _article(tmp_path, text, "m.eml")
    assert (article.published, article.title) == (JUNE_14, title)
    assert "Content-Type" not in article.text and "<p>" not in article.text
    (rec,) = _records(tmp_path, text, "m.eml")
    assert _day(rec) == dt.date(2023, 6, 10)


@pytest.mark.parametrize(
    "block",
    [
        "---------- Forwarded message ---------\nFrom: Alerts <a@news.example>\nDate: Wed, Jun 14, 2023 at 5:30 PM\n"
        "Subject: Patrol hit\n",
        "-----Original Message-----\nFrom: Alerts\nSent: Wednesday, June 14, 2023 5:47 PM\nTo: Desk\nSubject: Hit\n",
    ],
)
def test_a_forwarded_message_keeps_its_own_date(tmp_path: Path, block: str) -> None:
    text = (
        "From: Analyst <x@consult.example>\nDate: Mon, 19 Jun 2023 18:30:00 +0300\nSubject: Fwd: Patrol hit\n\n"
        f"For the weekly roll-up.\n\n{block}\n{ATTACK}"
    )
    article = _article(tmp_path, text, "m.eml")
    assert article.published == JUNE_14
    assert "Original Message" not in article.text and "Forwarded message" not in article.text


def test_a_note_saved_as_eml_without_headers_is_read_as_text(tmp_path: Path) -> None:
    assert _article(tmp_path, f"Published: 14 June 2023\n\n{ATTACK}", "n.eml").published == JUNE_14


@pytest.mark.parametrize(
    "fields",
    [
        {"timestamp": 1686735000},  # 14 June 2023, 09:30 UTC
        {"created_utc": 1686735000.0},
        {"ts": "1686735000000"},  # milliseconds
        {"DATEADDED": 20230614194700},  # GDELT's solid digits
        {"meta": {"date_unixtime": "1686735000"}},
    ],
)
def test_a_json_items_numeric_date(tmp_path: Path, fields: dict[str, object]) -> None:
    text = json.dumps({"title": "Patrol hit", "text": ATTACK, **fields})
    assert _article(tmp_path, text, "r.json").published == JUNE_14


@pytest.mark.parametrize("value", [42, 1234567, True, "9999999999999999"])
def test_numbers_that_are_no_date(tmp_path: Path, value: object) -> None:
    text = json.dumps({"title": "Patrol hit", "text": ATTACK, "timestamp": value})
    assert _article(tmp_path, text, "r.json").published is None


def test_a_chat_channels_json_export(tmp_path: Path) -> None:
    export = {
        "name": "Salahuddin Now",
        "type": "public_channel",
        "messages": [
            {"id": 1, "type": "service", "date": "2023-06-01T10:00:00", "action": "create_channel"},
            {
                "id": 2,
                "type": "message",
                "date": "2023-06-14T11:11:00",
                "text": ["Patrol hit\n\n", {"type": "bold", "text": ATTACK}],
            },
        ],
    }
    (rec,) = _items(tmp_path, "result.json", json.dumps(export))
    assert not isinstance(rec, Exception)
    assert rec.published == "2023-06-14T11:11:00" and ATTACK in rec.text


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-06-14T11:57:00+03:00"}</script>',
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", '
        '"dateCreated": "2023-06-14"}]}</script>',
        '<div class="pull_right date details" title="14.06.2023 18:28:38 UTC+03:00">18:28</div>',
        '<abbr class="published" title="2023-06-14T09:00:00">Wednesday</abbr>',
    ],
)
def test_a_pages_own_day_in_its_structured_data_or_an_elements_title(tmp_path: Path, head: str) -> None:
    text = f"<html><head></head><body>{head}<h2>Patrol hit</h2><p>{ATTACK}</p></body></html>"
    assert _article(tmp_path, text, "p.html").published == JUNE_14


def test_a_date_title_after_the_first_paragraph_is_no_pages_day(tmp_path: Path) -> None:
    text = f'<html><body><p>{ATTACK}</p><span class="date" title="2021-01-01">comment</span></body></html>'
    assert _article(tmp_path, text, "p.html").published is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("DTG: 141943CJUN23", JUNE_14),
        ("SECALERT 14JUN23 1940L IRQ", JUNE_14),
        ("REF/14JUN23-B", None),  # inside a code
        ("14Jun23", None),  # not written in capitals: no alert's stamp
    ],
)
def test_solid_date_time_groups(text: str, day: dt.date | None) -> None:
    assert calendar_date(text, day_first=True) == day


@pytest.mark.parametrize(
    "text",
    [
        f"DTG: 141943CJUN23\nFROM: TF NORTH\nSUBJ: PATROL HIT\n\n1. {ATTACK.upper()}",
        f"SECALERT 14JUN23 1940L IRQ/SALAHUDDIN: Patrol hit near Baiji. {ATTACK}",
        f"Patrol hit\n\n{ATTACK}\n\nSource: Al-Iraqiya TV, Baghdad, in Arabic 1153 gmt 14 Jun 23\n\nBBC Mon ME1 ime",
        f"Patrol hit\n\n{ATTACK}\n\nSecurity forces closed the road.\n\n— Tigris Weekly — Wednesday 14.06.2023 — 3",
        f"CHECKPOINT LOGBOOK (dates dd/mm/yy)\nDate: 14/06/23   Post: north gate\n\n{ATTACK}",
        f"14/06/2023, 16:03 - Ahmed: any news?\n14/06/2023, 16:08 - Ops Baiji: {ATTACK}",
        f"[6/14/23, 11:21:29 AM] Ahmed: any news?\n[6/14/23, 11:24:22 AM] Ops Baiji: {ATTACK}",
    ],
)
def test_the_reports_day_in_stamps_and_page_feet(tmp_path: Path, text: str) -> None:
    assert _article(tmp_path, text).published == JUNE_14
    assert dt.date(2023, 6, 10) in [_day(r) for r in _records(tmp_path, text)]


def test_a_log_entrys_opening_stamp_stays_the_entrys_day(tmp_path: Path) -> None:
    text = "[12/06/23 18:02] Ali (Baiji): bomb hit a patrol on the main street an hour ago, 3 soldiers wounded"
    (rec,) = _records(tmp_path, text)
    assert _day(rec) == dt.date(2023, 6, 12)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Updated Jun 15, 2023 10:36 AM | Published Jun 14, 2023 5:28 PM", JUNE_14),
        ("Posted: 16 Jun 2023\nOriginally published: 14 Jun 2023", JUNE_14),
        (
            "First published: 13 June 2023 10:42 · Updated: 14 June 2023 16:51\n\nThis article was updated with "
            "details of the attack.",
            JUNE_14,
        ),
        (
            "Originally published 13 June 2023 14:44; updated Wednesday 14 June 2023 14.10 GMT+3 to report the attack.",
            JUNE_14,
        ),
    ],
)
def test_published_and_updated(tmp_path: Path, head: str, published: dt.date) -> None:
    assert _article(tmp_path, f"Patrol hit\n\n{head}\n\n{ATTACK}").published == published


def test_a_fortnight_ago() -> None:
    assert resolve_date("A bomb went off outside the judge's home a fortnight ago.", JUNE_14).date == dt.date(
        2023, 5, 31
    )
    assert resolve_date("Two nights ago a bomb went off.", JUNE_14).date == dt.date(2023, 6, 12)


def test_a_count_back_after_an_undated_headline(tmp_path: Path) -> None:
    text = (
        "Date of report: 14/06/2023\n\nNarrative:\nMilitants raid village near Riyadh, 4 dead. The previous day, "
        "militants raided a village near Riyadh, killing 4 residents, officials said."
    )
    assert {_day(r) for r in _records(tmp_path, text)} == {dt.date(2023, 6, 13)}


@pytest.mark.parametrize(
    "text",
    [
        f'pub_date_excel_serial,outlet,text\n45091,INA,"{ATTACK}"',  # 45091: 14 June 2023
        f'filed_on_utc,text\n2023-06-14T08:00:00Z,"{ATTACK}"',
    ],
)
def test_a_one_row_tables_filing_column_written_another_way(tmp_path: Path, text: str) -> None:
    assert _article(tmp_path, text, "r.csv").published == JUNE_14
    (rec,) = _records(tmp_path, text, "r.csv")
    assert _day(rec) == dt.date(2023, 6, 10)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("AT 122155C, A BOMB EXPLODED AT A BUS STATION IN DAQUQ.", dt.date(2023, 6, 12)),
        ("On 302100C gunmen attacked a checkpoint.", dt.date(2023, 5, 30)),  # after the log's day: last month's
        ("The unit 122155C was moved to Daquq.", None),  # no 'at' or 'on' before it: a code
    ],
)
def test_a_date_time_group_without_its_month(sentence: str, day: dt.date | None) -> None:
    assert resolve_date(sentence, JUNE_14).date == day


# ---- look-alikes a review found, each fixed before landing


def test_an_emails_non_ascii_text_and_crlf_lines_are_kept(tmp_path: Path) -> None:
    body = "A bomb \u2014 planted near the mayor\u2019s house \u2014 wounded three guards in Baiji on Saturday."
    text = MAIL.format(subject="Baiji", kind="text/plain", body=body).replace("\n", "\r\n")
    (tmp_path / "m.eml").write_bytes(text.encode("utf-8"))
    (rec,) = list(read_records(tmp_path / "m.eml", 10**6))
    assert not isinstance(rec, Exception)
    assert "mayor\u2019s house \u2014" in rec.text and rec.published == "2023-06-14"


def test_a_forward_in_a_crlf_file_keeps_its_date(tmp_path: Path) -> None:
    text = (
        "From: Analyst <x@consult.example>\nDate: Mon, 19 Jun 2023 18:30:00 +0300\nSubject: Fwd: Patrol hit\n\n"
        "FYI\n\n---------- Forwarded message ---------\nFrom: Alerts <a@news.example>\n"
        f"Date: Wed, Jun 14, 2023 at 5:30 PM\nSubject: Patrol hit\n\n{ATTACK}"
    ).replace("\n", "\r\n")
    (tmp_path / "m.eml").write_bytes(text.encode("utf-8"))
    article = _article(tmp_path, (tmp_path / "m.eml").read_text(encoding="utf-8"), "m.eml")
    assert article.published == JUNE_14 and "Forwarded message" not in article.text


def test_a_replys_own_news_keeps_the_mails_date(tmp_path: Path) -> None:
    text = (
        "From: Ops <ops@ngo.example>\nDate: Mon, 19 Jun 2023 08:30:00 +0300\nSubject: RE: Patrol hit\n\n"
        "Update: gunmen killed two policemen at a checkpoint in Tikrit last night.\n\n"
        "-----Original Message-----\nFrom: Desk\nSent: Wednesday, June 14, 2023 5:47 PM\nSubject: Patrol hit\n\n"
        + ATTACK
    )
    assert _article(tmp_path, text, "m.eml").published == dt.date(2023, 6, 19)
    assert dt.date(2023, 6, 18) in [_day(r) for r in _records(tmp_path, text, "m.eml")]


def test_an_alert_attached_to_a_mail_is_read_with_its_date(tmp_path: Path) -> None:
    text = (
        "From: Desk <d@ngo.example>\nDate: Mon, 19 Jun 2023 08:30:00 +0300\nSubject: alert\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XX"\n\n--XX\nContent-Type: text/plain\n\nSee the attached alert.\n'
        "--XX\nContent-Type: message/rfc822\n\nFrom: Alerts <a@news.example>\nDate: Wed, 14 Jun 2023 17:00:00 +0300\n"
        f"Subject: Patrol hit\nContent-Type: text/plain\n\n{ATTACK}\n--XX--\n"
    )
    article = _article(tmp_path, text, "m.eml")
    assert article.published == JUNE_14 and ATTACK in article.text


def test_an_unknown_charset_is_decoded_not_left_encoded(tmp_path: Path) -> None:
    import base64

    encoded = base64.b64encode(ATTACK.encode("utf-8")).decode("ascii")
    text = (
        "From: a@b.example\nDate: Wed, 14 Jun 2023 17:00:00 +0300\nSubject: x\n"
        f'Content-Type: text/plain; charset="unknown-8bit"\nContent-Transfer-Encoding: base64\n\n{encoded}\n'
    )
    assert ATTACK in _article(tmp_path, text, "m.eml").text


def test_a_log_whose_rows_open_with_their_stamps_keeps_each_rows_day(tmp_path: Path) -> None:
    text = (
        "IED 10/06/2023 0940 - Army patrol struck near Baiji, 3 soldiers wounded.\n"
        "SAF 11/06/2023 2210 - Gunmen attacked a police checkpoint in Tikrit, 1 policeman killed.\n"
        "IDF 12/06/2023 0300 - Mortar rounds hit a house in Tuz Khurmatu, wounding a child."
    )
    days = sorted(_day(r) for r in _records(tmp_path, text) if _day(r))
    assert days == [dt.date(2023, 6, 10), dt.date(2023, 6, 11), dt.date(2023, 6, 12)]


def test_a_correction_note_is_no_news_update(tmp_path: Path) -> None:
    text = (
        "Patrol hit\n\nPublished 14 June 2023 | Updated 20 June 2023\n\n"
        "This article has been updated to correct the spelling of a name.\n\n" + ATTACK
    )
    assert _article(tmp_path, text).published == JUNE_14


@pytest.mark.parametrize(
    "page",
    [
        '<header><span class="date" title="Tuesday 27 June 2023">Today</span></header><h2>Patrol hit</h2>',
        '<aside><abbr class="published" title="2023-05-02T10:00">May</abbr></aside><h2>Patrol hit</h2>',
        '<div>Patrol hit</div><div class="comment-date" title="27.06.2023 18:28">comment</div>',
    ],
)
def test_a_mastheads_sidebars_or_comments_date_is_no_pages_day(tmp_path: Path, page: str) -> None:
    text = f"<html><body>{page}<div>{ATTACK}</div></body></html>"
    assert _article(tmp_path, text, "p.html").published is None


def test_a_json_articles_paragraph_list_keeps_its_paragraphs(tmp_path: Path) -> None:
    text = json.dumps(
        {
            "published": "2023-06-14",
            "text": [ATTACK, "Gunmen killed a shepherd near Hawija on Monday, police said."],
        }
    )
    assert len(_records(tmp_path, text, "r.json")) == 2


def test_an_articles_comments_never_replace_it(tmp_path: Path) -> None:
    text = json.dumps(
        {
            "title": "Patrol hit",
            "published": "2023-06-14",
            "content": ATTACK,
            "messages": [{"user": "x", "text": "Terrible news."}, {"user": "y", "text": "God protect them."}],
        }
    )
    (rec,) = _items(tmp_path, "r.json", text)
    assert not isinstance(rec, Exception) and ATTACK in rec.text


def test_a_chats_photo_without_words_is_no_error(tmp_path: Path) -> None:
    export = {
        "name": "Salahuddin Now",
        "messages": [
            {"id": 1, "type": "message", "date": "2023-06-14T10:00:00", "photo": "photos/1.jpg", "text": ""},
            {"id": 2, "type": "message", "date": "2023-06-14T11:11:00", "text": ATTACK},
        ],
    }
    items = _items(tmp_path, "result.json", json.dumps(export))
    assert len(items) == 1 and not isinstance(items[0], Exception)


def test_an_amount_is_no_spreadsheet_day(tmp_path: Path) -> None:
    text = f'district,families,received,note\nBaiji,410,25000,"{ATTACK}"'
    article = _article(tmp_path, text, "r.csv")
    assert article.published is None and "25000" in article.text
