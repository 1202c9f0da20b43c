"""Classes from the realworld22 dev split, each tested with wordings written here (none copied from the set): event
days written as ISO week or ordinal dates, as a day of the year, as a weekday and an ordinal without 'the', as 'the
previous evening' or 'the last day of February', as a day and month in digits after 'on'; the report's day in an
'As of:' line over a card, in a version history, in a printout's page footer, in a signature's last line, in an
agency's slug; tolls told as a list of the people hit ('two soldiers and a driver were wounded'), as 'half a dozen',
as 'shot the guard dead', as 'both survived'; a running file's later versions; people taken from a field; a dated
attack of another year is never merged into this one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.incidents.patterns import figures
from assistant.language.dates import resolve_date
from tests.unit.incidents.test_cards_and_stamps21 import _article, _low, _records

PUB = dt.date(2023, 6, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("evt_day 2023-W22-3 | Kirkuk | a bomb hit a patrol", dt.date(2023, 5, 31)),
        ("A mortar fell on Daquq (2023W221).", dt.date(2023, 5, 29)),
        ("Incident date: day 150 of 2023 (the system counts days)", dt.date(2023, 5, 30)),
        ("On the 45th day of 2022 a bomb exploded in Tikrit.", dt.date(2022, 2, 14)),
        ("Fri 9th - gunmen shot a trader in Samarra.", dt.date(2023, 6, 9)),
        ("Event day: Mon 12th", dt.date(2023, 6, 12)),
        ("Tuesday 30th: a drone struck a car near Sinjar.", dt.date(2023, 5, 30)),
        ("A grenade was thrown at a shop in Kut the previous night.", dt.date(2023, 6, 13)),
        ("A bomb went off outside a house in Hilla on the previous evening.", dt.date(2023, 6, 13)),
        ("A sticky bomb exploded under a car on the last day of April.", dt.date(2023, 4, 30)),
        ("A bomb exploded on the last day of February 2020 in Baiji.", dt.date(2020, 2, 29)),
        ("On 3/6, gunmen fired at a checkpoint in Hit.", dt.date(2023, 6, 3)),
        ("Gunmen attacked a farm on 28.05. near Tuz.", dt.date(2023, 5, 28)),
        ("On 20/6 a rocket fell near the base.", dt.date(2022, 6, 20)),  # after the report: the year before
        ("A bomb exploded near the market on the last day of June.", dt.date(2022, 6, 30)),  # not yet this year's
        # the day before the one the sentence tells from
        ("Police said on Monday that the man was abducted the previous evening.", dt.date(2023, 6, 11)),
        ("The bomb went off 48 hours earlier near Baiji, police said.", dt.date(2023, 6, 12)),
        # a weekday and a 21st that no recent month shares: the weekday alone
        ("Gunmen attacked on Saturday 21st, police said.", dt.date(2023, 6, 10)),
    ],
)
def test_event_days_written_in_other_shapes(sentence: str, day: dt.date) -> None:
    assert resolve_date(sentence, PUB).date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The council voted on 3.4 of the agenda.",
        "They agreed on 2.5 million dinars in compensation.",
        "The talks resumed on 5.30 pm local time.",
        "Sunday 14th Brigade troops entered the town.",
        "The ministry published its ordinal 2023-150 circular.",  # a reference, in a file that declares no such dates
        "On 9/11, the anniversary was marked in Baghdad.",
        "Parliament voted on 2/3 majority.",
        "Guards were on 24/7 duty at the gate.",
        "On day 5 of 2019's protests, the square was cleared.",
        "Talks opened 48 hours before the vote.",
    ],
)
def test_look_alikes_date_nothing(sentence: str) -> None:
    found = resolve_date(sentence, PUB)
    assert found.precision != "day" or found.date is None or found.phrase in ("Sunday",), (sentence, found)


def test_an_ordinal_date_is_read_where_the_file_declares_it(tmp_path: Path) -> None:
    text = (
        "# export week 24 | exported 2023-06-14 | day_code = YYYY-DDD (year and day of the year)\n"
        "day_code,province,town,notes\n"
        '2023-152,Salahuddin,Baiji,"A roadside bomb hit an army vehicle near Baiji, wounding two soldiers."\n'
    )
    (rec,) = _records(tmp_path, text, "export.csv")
    assert rec.event_date == dt.date(2023, 6, 1) and rec.date_precision == "day"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the card's own day kept apart from its fields
        (
            "INCIDENT REGISTER - card 7\nAs of: 14 June 2023 (last edited)\nEvent day: Sat 10th\nLocation: Baiji\n"
            "Killed: 1 | Injured: 0\nNarrative: Gunmen shot dead a guard at a fuel station in Baiji.",
            dt.date(2023, 6, 14),
        ),
        # a version history: the latest version's day
        (
            "Baiji shooting - running file\nv1 - 2023-06-11 | v2 - 2023-06-12 | v3 - 2023-06-14\n\n"
            "Gunmen shot dead a guard at a fuel station in Baiji on 10 June.",
            dt.date(2023, 6, 14),
        ),
        # a printout's footer with its page count
        (
            "Field note - Salahuddin\n\nOn 10 June, gunmen shot dead a guard at a fuel station in Baiji.\n\n"
            "Page 2 of 2 - 14.06.2023",
            dt.date(2023, 6, 14),
        ),
        # a statement signed off by its issuer, its date closing the last line
        (
            "Statement\n\nOn the evening of Saturday, 10 June, gunmen shot dead a guard at a fuel station in Baiji.\n\n"
            "Press office, Salahuddin Police Command, 2023-06-14",
            dt.date(2023, 6, 14),
        ),
        # an agency's slug before its other header cells
        (
            "ANA/14-06-2023 | Dateline: CAIRO\n\nGunmen shot dead a guard at a fuel station in Baiji on Saturday, "
            "Iraqi police said.",
            dt.date(2023, 6, 14),
        ),
        # a week's range over the line that dates the digest
        (
            "SALAHUDDIN WATCH - week of 5 to 11 June 2023\nDate: 14/06/2023\n\nSat 10th - gunmen shot dead a guard at "
            "a fuel station in Baiji.",
            dt.date(2023, 6, 14),
        ),
    ],
)
def test_the_reports_day_where_such_files_keep_it(tmp_path: Path, text: str, published: dt.date) -> None:
    assert _article(tmp_path, text).published == published
    (rec,) = _records(tmp_path, text)
    assert rec.event_date == dt.date(2023, 6, 10), rec


@pytest.mark.parametrize(
    "line",
    [
        "Related: Tikrit, 2 May 2021",  # a link's date, not signed off by anyone
        "Related: Hilla, Kut and Tikrit, 2 May 2021",
    ],
)
def test_a_last_line_that_is_no_signature_dates_nothing(tmp_path: Path, line: str) -> None:
    text = f"Note\n\nGunmen shot dead a guard at a fuel station in Baiji.\n\n{line}"
    assert _article(tmp_path, text).published is None


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Two soldiers and their interpreter were killed when the bomb went off.", 3, None),
        ("A mother and her three children were martyred in the shelling.", 4, None),
        ("Police said two guards and a passer-by were wounded.", None, 3),
        ("A bomb struck a patrol; three policemen and a civilian driver were wounded.", None, 4),
        ("The blast left a shepherd and his son dead.", 2, None),
        ("The toll stands at a farmer and his nephew dead, and two relatives wounded.", 2, 2),
        ("Half a dozen fighters were killed and two others were wounded.", 6, 2),
        ("The explosion wounded half a dozen passers-by; no one died.", 0, 6),
        ("A couple of soldiers were hurt by the blast.", None, 2),
        ("A sniper shot a policeman dead at his post north of Baquba.", 1, None),
        ("Gunmen shot the mukhtar dead outside his house.", 1, None),
        ("The council honoured a soldier shot dead at a checkpoint near Kut last year.", 1, None),
        ("Gunmen fired on two engineers near Zubair, wounding both; both survived.", 0, 2),
        ("A bomb wounded two farmers near Fallujah; neither died.", 0, 2),
        ("A grenade thrown at the house wounded his wife and daughter.", None, 2),
        # never more than the words say
        ("The bomb killed a farmer and two of his sons were wounded.", 1, 2),
        ("Gunmen opened fire, wounding two members of his family, his wife and son.", None, 2),
        ("A bomb wounded two soldiers; the brother of a journalist shot dead last year was among them.", None, 2),
        ("Troops shot a man dead as he tried to plant a bomb.", None, None),
        ("Both of them survived an attempt on their lives last year.", None, None),
        ("Soldiers 2 - killed; civilians 3 - wounded", 2, 3),
        ("Three civilians, among them a boy, were injured.", None, 3),
        ("His wife and children were wounded.", None, None),
        ("A policeman shot dead two gunmen who attacked his checkpoint.", None, None),
        ("Both men survived an earlier attempt on their lives.", None, None),
    ],
)
def test_tolls_told_as_a_list_or_in_words(sentence: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(sentence)
    assert (_low(k), _low(w)) == (killed, wounded)


def test_a_running_files_versions_revise_one_record(tmp_path: Path) -> None:
    text = (
        "Hilla market blast: toll revised\nVersion history: v1 - 2023-06-10 21:00 | v2 - 2023-06-11 09:00 | "
        "v3 - 2023-06-14 08:00\n\nA bomb hidden in a cart went off in the main market of Hilla on Saturday evening.\n"
        "v1: four people wounded.\nv2: hospital sources put the number of wounded at nine.\n"
        "v3: the health directorate says eleven people were wounded in all; nobody was killed."
    )
    (rec,) = _records(tmp_path, text)
    assert (_low(rec.killed), _low(rec.wounded)) == (0, 11)
    assert rec.event_date == dt.date(2023, 6, 10)


def test_a_total_told_once_is_no_revision_of_another_attack(tmp_path: Path) -> None:
    text = (
        "Fighters killed in ambush\n\nAt least nine fighters were killed in an ambush by IS near Baiji on Saturday, "
        "security sources said, two days after a car bomb killed 20 people in Baghdad.\n\n"
        "Security sources said the total toll was nine dead and six wounded."
    )
    recs = _records(tmp_path, text)
    baiji = next(r for r in recs if r.place_text == "Baiji")
    assert _low(baiji.wounded) == 6
    assert all(_low(r.killed) != 9 for r in recs if r.place_text != "Baiji")


@pytest.mark.parametrize(
    "sentence",
    [
        "Armed men took a shepherd from his flock near Rutba at night.",
        "Gunmen took two brothers away from their farm outside Hit.",
    ],
)
def test_people_taken_away_are_a_kidnapping(tmp_path: Path, sentence: str) -> None:
    (rec,) = _records(tmp_path, f"Anbar, 14 June 2023\n\n{sentence}")
    assert rec.attack_type == "kidnapping"


def test_entries_under_a_day_month_note_are_dated_day_first(tmp_path: Path) -> None:
    text = (
        "weekly batch | compiled 14/06/2023\nDate cells in this batch are day/month.\n\n"
        "10/6 | Baiji | attack | fat. 1 | Gunmen shot dead a guard at a fuel station in Baiji.\n"
        "12/6 | Samarra | explosion | fat. 0 | A roadside bomb wounded two soldiers near Samarra."
    )
    days = sorted(r.event_date for r in _records(tmp_path, text))
    assert days == [dt.date(2023, 6, 10), dt.date(2023, 6, 12)]


def test_an_attack_dated_in_another_year_stays_its_own(tmp_path: Path) -> None:
    text = (
        "Diyala note, 27 August 2020\n\nLate on August 25, a roadside bomb struck an army patrol near Kanaan, "
        "injuring two soldiers.\n\nBackground: the area around Baquba saw a car bomb in 2016 that killed twelve "
        "people at a market."
    )
    recs = _records(tmp_path, text)
    patrol = next(r for r in recs if r.event_date == dt.date(2020, 8, 25))
    assert _low(patrol.wounded) == 2 and patrol.killed is None or _low(patrol.killed) in (None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Karrada, 14 June 2023\n\nGunmen shot dead a lawyer in Karrada on Saturday. The lawyer had received threats "
        "since 2019 and two of his colleagues were wounded in the attack.",
        "Kirkuk, 14 June 2023\n\nGunmen attacked a police post in Hawija on Saturday, killing a policeman. The post, "
        "built in 2018, was set on fire and two other policemen were wounded.",
    ],
)
def test_a_year_told_in_passing_splits_no_attack(tmp_path: Path, text: str) -> None:
    (rec,) = _records(tmp_path, text)
    assert (_low(rec.killed), _low(rec.wounded)) == (1, 2)


def test_a_later_version_that_tells_another_attack_is_its_own(tmp_path: Path) -> None:
    text = (
        "Salahuddin file\nv1 - 2023-06-11 | v2 - 2023-06-14\n\nv1: A mortar round hit a house in Tuz Khurmatu on "
        "Saturday, wounding a boy.\nv2: Gunmen killed a farmer in Amerli on Monday.\n\n"
        "Later that day, two people were killed in all-out fighting between tribesmen in Dibis."
    )
    recs = _records(tmp_path, text)
    tuz = next(r for r in recs if r.place_text == "Tuz Khurmatu")
    assert _low(tuz.killed) in (None, 0) and any(r.place_text == "Amerli" for r in recs)


def test_the_weekend_before_the_report_is_its_month(tmp_path: Path) -> None:
    (rec,) = _records(tmp_path, "Samarra, 14 June 2023\n\nA bomb near Samarra over the weekend wounded a farmer.")
    assert (rec.event_date, rec.date_precision) == (dt.date(2023, 6, 1), "month")


def test_a_page_address_with_its_day_dates_the_report(tmp_path: Path) -> None:
    text = "https://example-news.iq/2023/06/14/patrol-hit\n\nA roadside bomb struck a patrol near Baiji on Saturday."
    assert _article(tmp_path, text).published == dt.date(2023, 6, 14)


def test_a_mail_headers_ctime_date_dates_the_report(tmp_path: Path) -> None:
    text = (
        "From: ops@example.org\nDate: Wed Jun 14 09:12:44 2023\nSubject: incident\n\n"
        "A bomb hit a patrol near Baiji on Saturday."
    )
    assert _article(tmp_path, text).published == dt.date(2023, 6, 14)


def test_the_previous_day_counts_from_the_day_told_before_it(tmp_path: Path) -> None:
    text = (
        "Baiji, 14 June 2023\n\nA roadside bomb struck an army patrol near Baiji on 12 June (Monday), wounding three "
        "soldiers. On the evening of the previous day a mortar round hit a house in Samarra, wounding a boy."
    )
    days = sorted(r.event_date for r in _records(tmp_path, text))
    assert days == [dt.date(2023, 6, 11), dt.date(2023, 6, 12)]
