"""Event dates of the report styles found on the fourth blind real-world set: database headers in other date forms,
military day-month groups, 'minutes ago' posts, police logs and daily event lists under a dated heading, round-ups
that date each attack from the one before, and a report's date written at its foot. Each row is one wording of a
class; most rows are wordings the set does not hold."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor
from assistant.language.dates import resolve_date

D = dt.date


def _article(text: str, published: str | None = None):
    return to_article(RawRecord(source="x.txt", text=text, published=published))


def _records(text: str, published: str | None = None) -> list:
    return RuleExtractor().extract(_article(text, published))


@pytest.mark.parametrize(
    ("sentence", "published", "day"),
    [
        ("20230517: An explosive device killed three fighters in Jalawla.", None, D(2023, 5, 17)),
        ("15-Mar-2025: A roadside bomb wounded two soldiers near Sinune.", None, D(2025, 3, 15)),
        ("3-Feb-2021: Gunmen killed a shepherd near Tarmiyah.", None, D(2021, 2, 3)),
        ("At approx. 0640 hrs on 25FEB, an IED damaged a truck on the Daquq-Tuz road.", D(2024, 2, 26), D(2024, 2, 25)),
        ("On 05FEB a rocket hit the base.", D(2020, 2, 6), D(2020, 2, 5)),
        ("On 30DEC a rocket hit the base.", D(2021, 1, 2), D(2020, 12, 30)),  # the year before a January report
        ("12MAR2023: two IEDs exploded near Hit.", None, D(2023, 3, 12)),
        ("A short while ago, a bomb exploded in Sadr City.", D(2025, 3, 19), D(2025, 3, 19)),
        ("Minutes ago an explosion hit a market in Tuz.", D(2023, 5, 26), D(2023, 5, 26)),
        ("Within the past hour, gunmen attacked a checkpoint.", D(2024, 2, 18), D(2024, 2, 18)),
        ("A few hours ago two rockets fell near the airport.", D(2024, 2, 18), D(2024, 2, 18)),
    ],
)
def test_more_date_forms(sentence: str, published: dt.date | None, day: dt.date) -> None:
    got = resolve_date(sentence, published)
    assert (got.date, got.precision) == (day, "day")


def test_an_eight_digit_number_is_no_date_in_running_text() -> None:
    assert resolve_date("The contract 20230517 was signed with the ministry.", D(2023, 6, 1)).date is None


@pytest.mark.parametrize(
    "text",
    [
        "DIYALA POLICE - OPERATIONS ROOM - daily log 18/05/2023\n0210 Theft of copper cable in Baquba.\n"
        "0645 IED targeted a farmer's tractor in Abu Saida. 1 civilian KIA.\n2340 Two persons arrested in Khalis.",
        "Kirkuk Police Command - incident sheet 18/05/2023\n- 0900: A wanted suspect arrested in Domiz.\n"
        "- 1515: Unknown attackers fired on a guard in Tobzawa, who was hurt.\n- 1800: Hashish seized at a checkpoint.",
        "Basra Police Command - daily events 18/05/2023\n- A Katyusha rocket fell near Basra airport; no casualties.\n"
        "- A young man drowned in the Shatt al-Arab.\n- Two wanted persons arrested in Al-Qurna.",
    ],
)
def test_entries_of_a_dated_log_happened_on_its_day(text: str) -> None:
    (inc,) = _records(text)
    assert (inc.event_date, inc.date_precision) == (D(2023, 5, 18), "day")


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("48 hours later, gunmen wounded two policemen at a checkpoint in Dibis.", D(2024, 2, 5)),
        ("The next morning, a bomb exploded under a truck near Rutba, killing its driver.", D(2024, 2, 4)),
        ("A day earlier, gunmen killed a shepherd near Rutba.", D(2024, 2, 2)),
        ("The day after, a bomb exploded under a truck near Rutba, killing its driver.", D(2024, 2, 4)),
        ("The day after that, gunmen shot dead a shop owner in Karbala.", D(2024, 2, 4)),
        ("Two days after that, a rocket landed near Basra airport, wounding a guard.", D(2024, 2, 5)),
        ("Twenty days later, a bomb killed two soldiers near Rutba.", D(2024, 2, 23)),
        ("A week later, a bomb killed two soldiers near Rutba.", D(2024, 2, 10)),
        ("That same evening, gunmen killed a farmer near Rutba.", D(2024, 2, 3)),
    ],
)
def test_a_round_up_dates_each_attack_from_the_one_told_before(second: str, day: dt.date) -> None:
    text = f"Anbar round-up - 26 February 2024\nOn 3 February 2024, a roadside bomb killed a soldier near Hit. {second}"
    first, other = _records(text)
    assert first.event_date == D(2024, 2, 3)
    assert (other.event_date, other.date_precision) == (day, "day")


@pytest.mark.parametrize(
    "foot",
    [
        "(Reporting by Reuters Baghdad bureau; First published May 21, 2023)",
        "Last modified: 2023-05-21 18:02",
        "First published on 21 May 2023",
    ],
)
def test_a_report_date_at_the_foot_dates_the_weekday(foot: str) -> None:
    text = f"BAQUBA, Iraq, May 21 (Reuters) - A bomb killed four people in Khanaqin on Friday evening.\n{foot}"
    assert _article(text).published == D(2023, 5, 21)
    (inc,) = _records(text)
    assert (inc.event_date, inc.date_precision) == (D(2023, 5, 19), "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "INCIDENT: On 12JUN, a Turkish airstrike hit a hillside near Amedi, starting a forest fire; no casualties.",
            {"attack_type": "airstrike_operation", "killed": 0},
        ),
        (
            "Fires set by suspected ISIS militants destroyed wheat fields near Kifri on Monday, farmers said.",
            {"perpetrator": "ISIS"},
        ),
        (
            "Turkish shells landed around Sheladze on Monday, the subdistrict administration said.",
            {"perpetrator": "Turkey", "attack_type": "mortar_rocket"},
        ),
        (
            "A mortar round hit a house near Batifa on Monday, wounding a woman, in shelling attributed to Turkey.",
            {"perpetrator": "Turkey"},
        ),
        (
            "On Jun 14, a drone strike hit a vehicle near Batifa, killing two men.\n"
            "Actor 1: Military Forces of Turkey (attributed by Asayish). Actor 2: PKK. Fatalities: 2.",
            {"perpetrator": "Turkey", "target": "PKK", "killed": 2},
        ),
        (
            "Daesh elements attacked a post near Al-Multaqa with medium weapons on Wednesday evening.",
            {"attack_type": "shooting", "perpetrator": "ISIS"},
        ),
    ],
)
def test_attacks_told_as_event_notes_fires_and_shelling(text: str, expected: dict) -> None:
    (inc,) = _records(text, "2023-06-15")
    got = {
        "attack_type": inc.attack_type,
        "perpetrator": inc.perpetrator,
        "target": inc.target,
        "killed": inc.killed.low if inc.killed else None,
    }
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Hours ago, the ministry released its report on the February 10 attack.", D(2024, 2, 10)),
        ('"I heard the blast minutes ago," a witness told AFP after the attack on Saturday.', D(2024, 2, 24)),
        ("The ministry has just now confirmed that the attack on 3 February killed five.", D(2024, 2, 3)),
        ("Forces from 2OCT brigade clashed with gunmen on Friday.", D(2024, 2, 23)),  # a unit, not 2 October
    ],
)
def test_the_reports_day_loses_to_a_date_the_sentence_gives(sentence: str, day: dt.date) -> None:
    assert resolve_date(sentence, D(2024, 2, 26)).date == day


def test_a_model_number_is_no_military_date() -> None:
    assert resolve_date("The 3DEC model drone was found near the base.", D(2024, 2, 26)).date is None


@pytest.mark.parametrize("later", ["That same evening", "The next morning", "The day after"])
def test_a_later_report_of_the_same_attack_is_not_another_attack(later: str) -> None:
    text = (
        "A car bomb exploded in a crowded market in Baqubah on 2 March 2023. "
        f"{later}, health officials said the blast had killed 12 people and wounded 30."
    )
    (inc,) = _records(text)
    assert inc.event_date == D(2023, 3, 2) and inc.killed is not None and inc.killed.low == 12


def test_counts_at_a_line_start_make_no_police_log() -> None:
    """'230 ISIS attacks were recorded ...' opens with a number, not a clock time: the article is no log, and its
    real attack keeps its own date."""
    text = (
        "Kirkuk review - 3 January 2023\n\n230 ISIS attacks were recorded in the province in 2022.\n\n"
        "On 2 January, gunmen killed a shepherd near Hawija."
    )
    hawija = [i for i in _records(text) if i.place == "Hawija"]
    assert [(i.event_date, i.date_precision) for i in hawija] == [(D(2023, 1, 2), "day")]


def test_bullets_under_a_dated_title_are_not_a_log_of_that_day() -> None:
    text = (
        "Attacks on the rise: Kirkuk security incidents 14/03/2021\n- An IED killed three soldiers near Daquq.\n"
        "- Gunmen wounded a policeman in Hawija."
    )
    assert {i.date_precision for i in _records(text)} == {"reported"}
