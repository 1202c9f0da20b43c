"""Hard-wrapped and signed-off reports, and wordings of realworld12's dev split (written here, none copied): OCR'd
daily reports whose lines break inside a word or after a preposition, statements signed off with place and date,
wiki pages dated by their last edit, a funeral's day beside the attack's, two victims told without a figure, a chat
sender's name, works that retell an old massacre, and translated copy in the present tense."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.corpus.read import RawRecord, clean, read_records, to_article
from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str, published: dt.date | None = dt.date(2023, 7, 21)) -> list:
    art = Article(doc_id="x" * 16, title="t", text=text, source="x", published=published)
    return RuleExtractor().extract(art)


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("raw", "want", "not_in"),
    [
        ("no cas-\nualties were reported.", "no casualties were reported.", "cas-"),
        ("fired on a PMF po-\nst near Mandali.", "fired on a PMF post near Mandali.", "po-"),
        # a prefix keeps its hyphen; a capitalised rest joins with no space
        ("an anti-\ngovernment rally.", "an anti-government rally.", "anti- "),
        ("a bomb in Al-\nQaim today.", "a bomb in Al-Qaim today.", "Al- "),
        # a line that breaks off after a preposition goes on, whatever case the next line starts in
        ("a local council member in\nRamadi's Al-Tash area, killing him.", "member in Ramadi's Al-Tash", "in\n"),
    ],
)
def test_hard_wrapped_lines_join(raw: str, want: str, not_in: str) -> None:
    text, _ = clean("REPORT\n" + raw)
    assert want in text
    assert not_in not in text


def test_entries_and_headings_stay_their_own_lines() -> None:
    text, _ = clean("Sticky IED on a car near the\n12/03  Rockets hit a base.\nA report from the\nANBAR\nOK.")
    assert "the\n\n12/03" in text  # an entry opened by its day is never the line above's rest
    assert "the\n\nANBAR" in text  # nor is a heading in capitals


@pytest.mark.parametrize(
    ("foot", "day"),
    [
        ("Baghdad, 10 April 2023", "2023-04-10"),
        ("New York, 12 March 2021", "2021-03-12"),
        ("This page was last edited on 9 November 2020, at 21:15 (UTC).", "2020-11-09"),
        ("Mosul, the old city", None),
        ("Gunmen in Mosul, 3 killed", None),
    ],
)
def test_foot_lines_date_the_report(foot: str, day: str | None) -> None:
    _, hints = clean(f"Monthly update (excerpt)\n\nOn 24 March, gunmen shot dead a farmer in Buhriz.\n\n{foot}\n")
    assert hints.get("published") == day


def test_a_statement_signed_off_dates_its_yearless_days() -> None:
    art = to_article(
        RawRecord(
            source="unami.txt",
            text="Human Rights Update, March 2023\n\nOn 24 March, unidentified gunmen shot dead a man and his adult "
            "son at their farm in Buhriz, south of Baquba.\n\nBaghdad, 10 April 2023\n",
        )
    )
    (rec,) = RuleExtractor().extract(art)
    assert (str(rec.event_date), rec.date_precision, _n(rec.killed)) == ("2023-03-24", "day", 2)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The funeral was held in Kut on Tuesday for a police captain who was shot dead on Sunday by gunmen at a "
            "checkpoint in Al-Suwaira.",
            "2023-07-16",
        ),
        ("Mourners buried on Friday the two soldiers killed in Tuesday's bombing in Buhriz.", "2023-07-18"),
        # a funeral's day alone still dates nothing else: the attack's own day is kept when it is the only one
        ("Gunmen killed a farmer in Buhriz on Monday; his funeral took place the same day.", "2023-07-17"),
    ],
)
def test_a_funeral_day_is_not_the_attack_day(text: str, day: str) -> None:
    (rec,) = _records(text)
    assert str(rec.event_date) == day


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shot dead a man and his adult son in Buhriz on Monday.", 2),
        ("Gunmen gunned down a farmer and his eldest brother in Buhriz on Monday.", 2),
        ("Gunmen killed a father and his two sons in Buhriz on Monday.", 3),
        ("Gunmen shot dead a man in Buhriz on Monday.", 1),
    ],
)
def test_victims_told_as_kin(text: str, killed: int) -> None:
    (rec,) = _records(text)
    assert _n(rec.killed) == killed


def test_both_now_dead_revises_the_toll_of_the_one_attack() -> None:
    recs = _records(
        "A man wounded when a Turkish drone struck a car near Amedi on April 3 died in hospital on Monday. The driver "
        "was killed in the strike. With the passenger's death, both men in the car are now dead."
    )
    assert len(recs) == 1
    assert _n(recs[0].killed) == 2


def test_both_never_counts_the_attackers() -> None:
    assert _n(figures("Both gunmen in the car are now dead after a clash with police.")[0]) is None


@pytest.mark.parametrize(
    ("message", "place", "kind"),
    [
        # the message's own place wins over the sender's name
        ("OPS Kirkuk: *FLASH* SAF attack on oil police post nr Dibis ~0500 today. 1x KIA.", "Dibis", "shooting"),
        # ... which places it only when the message names none
        ("OPS Kirkuk: IED strike on IA patrol ~0500 today. No cas.", "Kirkuk", "ied"),
    ],
)
def test_chat_messages(message: str, place: str, kind: str) -> None:
    art = to_article(RawRecord(source="chat.txt", text=f"Fwd: field security\n[20/01/2025, 05:58] {message}"))
    (rec,) = RuleExtractor().extract(art)
    assert (rec.place, rec.attack_type, str(rec.event_date)) == (place, kind, "2025-01-20")


@pytest.mark.parametrize(
    "text",
    [
        "A new Iraqi feature film recounts the massacre of cadets at Camp Speicher near Tikrit in June 2014.",
        "The documentary revisits the 2016 bombing in Karrada that killed more than 300 people.",
        "Her novel tells the story of the 2007 truck bombings in Sinjar that killed hundreds.",
    ],
)
def test_a_work_that_retells_an_attack_is_no_record(text: str) -> None:
    assert _records(text) == []


def test_translated_present_tense() -> None:
    (rec,) = _records(
        "Terrorist explosive device target an army patrol in Al-Latifiyah at early hours of today, "
        "\u0662 soldiers get injuries."
    )
    assert (rec.attack_type, _n(rec.wounded), rec.province) == ("ied", 2, "Baghdad")


def test_a_day_month_entry_that_reads_the_same_either_way() -> None:
    art = to_article(
        RawRecord(
            source="daily.txt",
            text="DAILY SECURITY REPORT   12 November 2024\nNAJAF\n11/11  Explosive device placed at the gate of a "
            "house in Al-Mishkhab detonated, no casualties.",
        )
    )
    (rec,) = RuleExtractor().extract(art)
    assert (str(rec.event_date), rec.date_precision) == ("2024-11-11", "day")


def test_a_wiki_template_splits_no_table_cell() -> None:
    art = to_article(
        RawRecord(
            source="list.md",
            text="# List of attacks in Iraq (2020)\n\n## October 2020\n\n| Date | Location | Dead | Injured | Notes |\n"
            "|---|---|---|---|---|\n| 28 October | Akashat, Anbar | 2 | 0 | Two shepherds were killed by ISIL "
            "gunmen near Akashat.[14]{{efn|Listed because they guided patrols.}} |\n",
        )
    )
    (rec,) = RuleExtractor().extract(art)
    assert (str(rec.event_date), rec.date_precision) == ("2020-10-28", "day")


@pytest.mark.parametrize(
    ("cell", "perpetrator"),
    [
        ("ISIS (attr.)", "ISIS"),
        ("Turkey", "Turkey"),
        ("Unknown gunmen", "unknown"),
        ("Unknown", "unknown"),
        ("-", None),
    ],
)
def test_a_tracker_export_names_the_attacker_in_its_column(tmp_path: Path, cell: str, perpetrator: str | None) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Anbar security tracker; exported 2020-11-02; date column is mm/dd/yyyy\n"
        "date (mm/dd/yyyy),district,place,event,killed,wounded,attribution,summary\n"
        f'10/08/2020,Haditha,Haditha,IED,0,3,{cell},"Bomb exploded as an army patrol passed north of Haditha; '
        'no one killed, 3 soldiers wounded"\n',
        encoding="utf-8",
    )
    (raw,) = list(read_records(path, 1_000_000))
    assert isinstance(raw, RawRecord)
    (rec,) = RuleExtractor().extract(to_article(raw))
    assert (rec.perpetrator, str(rec.event_date)) == (perpetrator, "2020-10-08")
