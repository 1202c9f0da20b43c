"""Classes from the dates1 set's dev split (where a report keeps its own date, and how a one-attack report tells its
day), each tested with wordings written here, with the look-alikes a review found: datelines of many shapes (never a
sentence opening 'On 12 August 2004:'), a receipt stamp with a two-digit year (never a log's event line), a page's
address alone on a line (never 'Related: <address>'), a header's <time pubdate> (never one further down), JSON date
keys and a 'meta' object, a one-row table's filing column (never a story column named 'report'), Eastern Arabic
digits, a footnote's filing stamp, a bracketed stamp closing the copy; 'overnight Saturday into Sunday' opening a
sentence, 'overnight into today', a blast told in reported speech."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.language.dates import resolve_date
from tests.unit.incidents.test_cards_and_stamps21 import _article, _records

ATTACK = "A roadside bomb struck an army patrol near Baiji on Saturday, wounding three soldiers."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BAIJI 14 June 2023 (Tigris Radio) - " + ATTACK, "r.txt"),
        ("BAIJI / 14 JUNE 2023 - " + ATTACK, "r.txt"),
        ("Baiji, Wednesday 14 June 2023 - " + ATTACK, "r.txt"),
        ("Baiji - 14 June 2023: " + ATTACK, "r.txt"),
        ("14 June 2023, Baiji - " + ATTACK, "r.txt"),
        ("FAX - Received 14 Jun 23 09:40 (pg 1/1)\n\n" + ATTACK, "r.txt"),
        ("https://example-news.iq/2023/06/14/patrol-hit\n\n" + ATTACK, "r.txt"),
        ("التاريخ: ١٤/٦/٢٠٢٣\n\n" + ATTACK, "r.txt"),
        (ATTACK + "[^1]\n\n[^1]: Filed 14 June 2023 by the Salahuddin desk.", "r.md"),
        (ATTACK + " Police cordoned off the road. [2023/06/14]", "r.txt"),
        ('<article><time pubdate datetime="2023-06-14">14 June</time><p>' + ATTACK + "</p></article>", "r.html"),
        ('{"meta": {"outlet": "Tigris", "published": "14 Jun 2023"}, "story": "' + ATTACK + '"}', "r.json"),
        ('{"filed": "14/06/2023", "locale": "en-GB", "statement": "' + ATTACK + '"}', "r.json"),
        ('{"release": "2023-06-14", "statement": "' + ATTACK + '"}', "r.json"),
        ('source;report_date;text\nBaiji police;14.06.2023;"' + ATTACK + '"', "r.csv"),
        ('logged (yy-mm-dd),area,note\n23-06-14,Baiji,"' + ATTACK + '"', "r.csv"),
        ('pub,headline,text\n20230614,Patrol hit,"' + ATTACK + '"', "r.csv"),
    ],
)
def test_the_reports_day_wherever_it_sits(tmp_path: Path, text: str, name: str) -> None:
    assert _article(tmp_path, text, name).published == dt.date(2023, 6, 14)
    (rec,) = _records(tmp_path, text, name)
    assert (rec.event_date, rec.date_precision) == (dt.date(2023, 6, 10), "day")


@pytest.mark.parametrize(
    ("text", "name", "published"),
    [
        (
            "Baiji report\n\nSince 1 January 2014: at least 300 attacks were recorded near Baiji by local officials, "
            "who say a bomb hit a patrol there on Monday and wounded three soldiers.",
            "r.txt",
            None,
        ),
        (
            "Related: https://example-news.iq/2015/11/24/earlier-attack\n\nBaiji, 14 June 2023 - " + ATTACK,
            "r.txt",
            "2023-06-14",
        ),
        (
            "12 Mar 23 14:55 IED strike on a patrol near Baiji, 2 wounded\nReceived 14 Mar 23 09:00",
            "r.txt",
            "2023-03-14",
        ),
        (
            "<article><p>" + ATTACK + '</p><aside><time pubdate datetime="2015-11-24">old</time></aside></article>',
            "r.html",
            None,
        ),
        ('location,killed,report\nBaiji,0,"' + ATTACK + '"', "r.csv", None),
    ],
)
def test_look_alikes_of_a_reports_day(tmp_path: Path, text: str, name: str, published: str | None) -> None:
    got = _article(tmp_path, text, name).published
    assert (got.isoformat() if got else None) == published
    assert _records(tmp_path, text, name), "the attack still has its record"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Overnight Saturday into Sunday, insurgents blew up a pylon near Musayyib.", dt.date(2023, 6, 10)),
        ("Overnight into today, attackers fired rockets at a checkpoint near Samarra.", dt.date(2023, 6, 13)),
        # another day told in the sentence wins over a night named in passing
        (
            "A bomb exploded on 12 June, after clashes overnight Friday into Saturday left the town tense.",
            dt.date(2023, 6, 12),
        ),
        ("The governor, who had arrived the previous evening, condemned Tuesday's attack.", dt.date(2023, 6, 13)),
        ("The convoy left 48 hours earlier than planned and was hit on Monday.", dt.date(2023, 6, 12)),
    ],
)
def test_nights_and_evenings_told_from_the_report(sentence: str, day: dt.date) -> None:
    assert resolve_date(sentence, dt.date(2023, 6, 14)).date == day


def test_a_blast_told_in_reported_speech_is_an_attack(tmp_path: Path) -> None:
    text = (
        "Published 14 June 2023\n\nResidents of Mandali said a bomb had exploded in early June near the petrol station."
    )
    (rec,) = _records(tmp_path, text)
    assert (rec.event_date, rec.date_precision) == (dt.date(2023, 6, 1), "month")


@pytest.mark.parametrize(
    "text",
    [
        "Fri 9 Jun 2023: Gunmen shot dead a trader near Baiji. No group claimed it.",
        "Thursday 8 June 2023: A roadside bomb wounded two soldiers near Samarra, police said.",
    ],
)
def test_a_summary_opening_with_its_weekday_and_date_is_the_events_day(tmp_path: Path, text: str) -> None:
    (rec,) = _records(tmp_path, text)
    assert rec.date_precision == "day" and rec.event_date in (dt.date(2023, 6, 9), dt.date(2023, 6, 8))


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Two days earlier, gunmen killed a shepherd near Hawija.", dt.date(2023, 6, 12)),
        ("The previous day, a roadside bomb wounded two soldiers near Samarra.", dt.date(2023, 6, 13)),
        ("Two days later, gunmen killed a shepherd near Hawija.", None),  # after the report: no day
    ],
)
def test_the_first_attack_counted_back_from_the_report(tmp_path: Path, body: str, day: dt.date | None) -> None:
    (rec,) = _records(tmp_path, f"Note, 14 June 2023\n\n{body}")
    assert (rec.event_date if rec.date_precision == "day" else None) == day
