"""Classes from the realworld18 dev split (its emphasis: the day an event happened), each tested with wordings written
here (none copied from the set): a register entry's 'Date:' field running on into the entry; a transcriber's or
typist's foot stamp; wire datelines with the agency before a full stop and dash, with no dash at all, or first
('(ANSA) - ROME, AUG 24 - '); a night told by its two days and an hour after midnight; days only known to lie between
two; a digest's lines headed 'Day before yesterday:'; a named victim 'was shot dead'; a terse alert's '1 killed 1
injured'; armed men who burned harvesters; the blame told of the group ('IS was blamed'); 'the drone was Turkish';
the pursuit of the attackers after an attack; the road a place leads to; a Kurdish 'ş'."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import read_records, to_article
from assistant.incidents.rules import RuleExtractor
from assistant.language.dates import resolve_date
from assistant.language.gazetteer import lookup
from assistant.language.text import WIRE_DATELINE
from assistant.schemas import Article, Incident

DAY = dt.date(2022, 6, 18)


def _records(text: str, published: dt.date | None = DAY) -> list[Incident]:
    return RuleExtractor().extract(Article(doc_id="d21", title="", source="", text=text, published=published))


@pytest.mark.parametrize(
    ("field", "day"),
    [
        ('Date: "the third of May, 2021".', dt.date(2021, 5, 3)),
        ("Date: 3 May 2021.", dt.date(2021, 5, 3)),
        ("Date: May 3rd, 2021.", dt.date(2021, 5, 3)),
    ],
)
def test_a_register_entrys_date_field_dates_the_entry_not_the_page(tmp_path, field: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "entry.txt"
    path.write_text(
        "Incident register - Diyala - entry DY/21/044\n"
        "Copied from the station's paper book.\n"
        f"{field} Gunmen fired on the house of a teacher in Baladruz. Killed: 0 | Injured: 1.\n"
        "Typed up 9 May 2021.\n",
        "utf-8",
    )
    (record,) = list(read_records(path, 10**6))
    got = RuleExtractor().extract(to_article(record))  # type: ignore[arg-type]
    assert [(i.event_date, i.date_precision) for i in got] == [(day, "day")]


@pytest.mark.parametrize(
    "foot", ["Transcribed 9 May 2021.", "Digitised 9 May 2021", "Keyed in 09/05/2021.", "Typed up 9 May 2021."]
)
def test_a_transcribers_foot_stamp_dates_the_page(tmp_path, foot: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "entry.txt"
    path.write_text(
        "Incident register - Diyala - entry DY/21/051\n"
        "Copied by hand from the station's paper book, which keeps one entry per line and writes dates in words.\n"
        'Date: "the seventh of May, 2021". Unknown men threw a hand grenade at the house of a judge in Mandali. '
        "Killed: 0 | Injured: 0.\n"
        f"{foot}\n",
        "utf-8",
    )
    (record,) = list(read_records(path, 10**6))
    assert to_article(record).published == dt.date(2021, 5, 9)  # type: ignore[arg-type]


def test_a_date_line_that_tells_no_attack_dates_no_event() -> None:
    text = "Situation report\nDate: 18 June 2022. Prepared by the security cell.\nA roadside bomb wounded two soldiers."
    (got,) = _records(text, None)
    assert got.event_date is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Mosul, Mar 4 (EFE).- Gunmen killed a farmer", "EFE"),
        ("Kirkuk, March 4 (IANS) A roadside bomb wounded two", "IANS"),
        ("KIRKUK, Mar. 4 (Xinhua) -- A roadside bomb wounded two", "Xinhua"),
    ],
)
def test_wire_datelines_without_a_plain_dash(line: str, agency: str) -> None:
    m = WIRE_DATELINE.match(line)
    assert m is not None and m.group("agency") == agency and line[m.end() :][0].isupper()


@pytest.mark.parametrize(
    "line",
    [
        "Kirkuk (Reuters) A bomb went off",  # no day, no dash
        "Mosul, May 3 (in the morning) the bomb",
        "Basra, June 5 (Monday) A bomb",
        "Tuz Khurmatu, June 5 (IED) Two soldiers were killed",  # a timeline's entry, its weapon in brackets
        "Tuz, June 5 (local time) A rocket fell",
    ],
)
def test_no_dateline_without_a_dash_unless_a_news_agency_follows_the_day(line: str) -> None:
    assert WIRE_DATELINE.match(line) is None


def test_a_dateline_with_the_agency_first_is_no_event_day() -> None:
    text = (
        "(ANSA) - ROME, JUN 18 - A roadside bomb hit a convoy of aid workers near Sinjar three days ago, "
        "killing a driver, the ministry said."
    )
    (got,) = _records(text)
    assert got.event_date == dt.date(2022, 6, 15) and got.province == "Nineveh"


def test_a_dateline_with_no_dash_leaves_the_place_to_the_report() -> None:
    text = (
        "Baghdad, June 18 (IANS) A drone struck a car near Sinjar in Iraq's Nineveh province on Thursday, killing two."
    )
    (got,) = _records(text)
    assert got.province == "Nineveh" and got.event_date == dt.date(2022, 6, 16)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("A bomb went off in Tuz shortly after 1 a.m. on the night of 10 to 11 June, wounding two.", 11),
        ("On the night between 10 and 11 June, at around 02:30, gunmen shot a guard in Tuz.", 11),
        ("The night of 10-11 June, after midnight: a bomb hit a shop in Tuz.", 11),
        ("The night of 10 to 11 June, at 11 p.m., gunmen shot a guard in Tuz.", 10),  # before midnight
        ("A bomb hit a shop in Tuz at 11 p.m. on the night of 10 to 11 June; police arrived after midnight.", 10),
        ("Gunmen shot a guard in Tuz on the night of 10 to 11 June; his body was found at 5 a.m.", 10),
        ("On the night of 10 to 11 June, at 0145, gunmen shot a guard in Tuz.", 11),
        ("On the night of 10 to 11 June gunmen shot a guard in Tuz.", 10),  # no hour: the night began on the 10th
        ("At 1 a.m. on 10 June gunmen shot a guard in Tuz.", 10),  # one day named
    ],
)
def test_a_night_of_two_days_is_dated_by_its_hour(sentence: str, day: int) -> None:
    got = resolve_date(sentence, DAY)
    assert got.precision == "day" and got.date == dt.date(2022, 6, day)


def test_a_night_across_a_months_end() -> None:
    got = resolve_date("on the night of 31 May to 1 June, around 3 a.m., a bomb hit a shop", DAY)
    assert got.date == dt.date(2022, 6, 1)


@pytest.mark.parametrize(
    ("sentence", "precision"),
    [
        ("Between 3 and 6 June, militants burned two harvesters near Tuz.", "month"),
        ("Sometime between the 3 and 6 June 2022 gunmen looted a farm.", "month"),
        ("On the night between 3 and 4 June gunmen shot a guard.", "day"),  # a night, its first day
        ("Protests ran from 3 to 6 June; on 5 June gunmen shot a guard.", "day"),
        ("On 3 June, between 3 and 6 Peshmerga fighters were wounded near Sidakan.", "day"),  # a count, no days
        ("Between June 3 and 6, gunmen looted a farm near Tuz.", "month"),
    ],
)
def test_days_only_known_to_lie_between_two(sentence: str, precision: str) -> None:
    assert resolve_date(sentence, DAY).precision == precision


def test_a_digests_lines_headed_by_a_day_counted_back_are_entries_of_their_own() -> None:
    text = (
        "KIRKUK SECURITY DIGEST - Saturday, 18 June 2022\n"
        "Day before yesterday: a sticky bomb under a car wounded a teacher in the Domiz quarter of Kirkuk.\n"
        "Yesterday: unknown gunmen shot dead a shop owner in Daquq.\n"
        "Last night: a mortar round fell near Hawija; no casualties."
    )
    got = sorted(_records(text), key=lambda i: i.event_date or dt.date.min)
    assert [i.event_date.day for i in got if i.event_date] == [16, 17, 17]
    assert [(i.killed and i.killed.low, i.wounded and i.wounded.low) for i in got][:2] == [(None, 1), (1, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar K. was shot dead by gunmen outside his shop in Kut on 2 June 2022.",
        "Sheikh Hamid al-Janabi was assassinated in Kut on 2 June 2022.",
        "On 2 June 2022 in Kut, Police Major Saad Jabbar was killed by a sticky bomb.",
        "Ahmed Ali Hassan, 34, was shot dead by gunmen in Kut on 2 June 2022.",
    ],
)
def test_a_victim_told_by_name_is_one_dead(sentence: str) -> None:
    (got,) = _records(sentence)
    assert got.killed is not None and got.killed.low == got.killed.high == 1


@pytest.mark.parametrize(
    ("line", "killed", "wounded"),
    [
        ("#Baiji IED on an army truck yesterday, 1 soldier killed 2 injured", 1, 2),
        ("#Baiji IED on an army truck yesterday: 3 dead 4 wounded", 3, 4),
    ],
)
def test_a_terse_alerts_toll_with_no_comma(line: str, killed: int, wounded: int) -> None:
    (got,) = _records(line)
    assert (got.killed.low, got.wounded.low) == (killed, wounded)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "attack"),
    [
        ("IS militants burned three harvesters on a farm near Tuz on 2 June.", True),
        ("Gunmen torched two trucks of a contractor near Baiji on 2 June.", True),
        ("Farmers burned stubble on their fields near Tuz on 2 June.", False),
        ("Militants burned their own tents before leaving a hideout near Tuz on 2 June.", False),
    ],
)
def test_armed_men_who_burned_what_attacks_burn(sentence: str, attack: bool) -> None:
    assert bool(_records(sentence)) is attack


@pytest.mark.parametrize(
    ("sentence", "perpetrator"),
    [
        ("A roadside bomb wounded two soldiers near Tuz on Friday. IS was blamed by the police.", "ISIS"),
        ("A bomb wounded two soldiers near Tuz on Friday. Daesh was held responsible.", "ISIS"),
        ("A drone hit a car near Sidakan on Friday, killing two. Officials said the drone was Turkish.", "Turkey"),
        ("A bomb wounded two soldiers near Tuz on Friday. IS was not blamed.", None),
        ("A bomb wounded two soldiers near Tuz on Friday. IS was blamed for a similar attack in May.", None),
        ("A drone hit a car near Sidakan on Friday, killing two. Officials denied the drone was Turkish.", None),
        (
            "A drone hit a car near Sidakan on Friday, killing two. It is unclear whether the drone was Turkish or "
            "Iranian.",
            None,
        ),
    ],
)
def test_the_blame_told_of_the_group(sentence: str, perpetrator: str | None) -> None:
    (got,) = _records(sentence)
    assert got.perpetrator == perpetrator


@pytest.mark.parametrize("pursuit", ["pursued the attackers and killed two of them", "chased the gunmen, killing two"])
def test_the_pursuit_of_the_attackers_is_no_attack_of_its_own(pursuit: str) -> None:
    text = (
        "At dawn on Thursday, IS militants opened fire on an army post north of Rutba, killing a soldier. "
        f"Our forces {pursuit}."
    )
    (got,) = _records(text)
    assert got.killed.low == 1  # type: ignore[union-attr]


def test_some_unhurt_beside_a_death_leave_the_wounded_to_a_later_sentence() -> None:
    text = (
        "A water engineer was unhurt but his guard was killed when a bomb hit their car near Baiji on Friday.\n"
        '"We are shocked," the company said, adding that two of its drivers were wounded.'
    )
    (got,) = _records(text)
    assert (got.killed.low, got.wounded.low) == (1, 2)  # type: ignore[union-attr]


def test_an_attack_told_elsewhere_after_some_unhurt_stays_an_incident_of_its_own() -> None:
    text = (
        "A water engineer was unhurt but his guard was killed when a bomb hit their car near Baiji on Friday. "
        "Elsewhere, two policemen were wounded in Tikrit."
    )
    assert len(_records(text)) == 2


def test_the_place_a_road_leads_to_does_not_place_the_attack() -> None:
    (got,) = _records("Gunmen shot dead a driver on the road to Baiji near Tikrit on Friday.")
    assert got.place_text == "Tikrit"


@pytest.mark.parametrize(
    ("name", "town"), [("Şengal", "Sinjar"), ("Çemçemal", "Chamchamal"), ("Şêxan", "Ash Shaykhan")]
)
def test_kurdish_letters_written_with_two_in_english(name: str, town: str) -> None:
    got = lookup(name)
    assert got is not None and got == lookup(town)


def test_a_foreign_road_places_the_attack_abroad() -> None:
    assert not _records("2022-06-02: IS militants ambushed a bus on the road between Palmyra and Homs, killing five.")
