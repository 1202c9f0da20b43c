"""Attack wordings of the classes realworld7's dev third found, each a record even with no figure: a UAV or a
bombardment hitting, an explosive drone crashing or rockets coming down inside a compound, 'shot a <victim>', a
grenade or charge thrown (told actively or passively), force with live fire on a crowd, a condolence notice's 'by the
treacherous bullets of'. And harm that is no attack (a flood, a crash landing, a fault, an attack ruled out), a
clan's fight in a police log, and a Kurdish capital-letter dateline ('HEWLÊR –') that is where the report was filed,
not where the attack was. Most rows are other wordings of each class; the counterexamples must give no record."""

from __future__ import annotations

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor


def _records(text: str, published: str = "2024-04-10") -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


@pytest.mark.parametrize(
    "sentence",
    [
        # a weapon as the subject of its hit
        "On Monday a Turkish UAV, according to the village chief, hit a car on the road below Bamerne.",
        "A Turkish bombardment hit farmland outside Kani Masi on Tuesday.",
        "An armed UAV struck a vehicle near Sinjar on Friday.",
        "An explosive-laden drone crashed inside the perimeter of Erbil airport on Sunday.",
        "Two Katyusha rockets came down inside Baghdad's Green Zone on Wednesday.",
        "A mortar round came down near the Peshmerga post at Gwer on Saturday.",
        # someone shot
        "On Monday two gunmen on a motorbike shot a civil-society activist outside his home in Al-Aziziyah.",
        "Gunmen shot two policemen at a checkpoint in Hawija on Thursday.",
        # a charge or grenade thrown
        "Unidentified persons threw an explosive charge at the home of a judge in Al-Majar al-Kabir on Friday.",
        "Youths threw Molotov cocktails at the party office in Nasiriyah on Sunday.",
        "A hand grenade was thrown at the gate of a party office in Kirkuk late Tuesday.",
        "A sound bomb was hurled into the courtyard of a liquor store in Basra on Monday.",
        "Masked men lobbed a grenade over the wall of a judge's house in Amarah on Friday.",
        # force with live fire on a crowd
        "Security forces cleared the sit-in near Tahrir Square in Baghdad on Friday with live fire.",
        "Police dispersed protesters in Nasiriyah using live ammunition on Thursday.",
        # a condolence notice's words
        "The clan mourns its son, killed on Wednesday by the treacherous bullets of Daesh at his post in Yaychi.",
        "The tribe mourns Omar, taken from us on Saturday by the criminal hands of terror near Hit.",
    ],
)
def test_an_attack_told_without_a_figure_is_a_record(sentence: str) -> None:
    assert len(_records(sentence)) == 1, sentence


@pytest.mark.parametrize(
    "text",
    [
        # natural hazards, accidents and faults: casualties, no attack
        "Flash floods swept through villages near Zakho after torrential rain, killing three people.",
        "An earthquake shook Halabja on Monday, injuring five people.",
        "An Iraqi army helicopter made a hard landing near Kirkuk airport during a training flight, injuring two "
        "crew. The ministry said a technical fault was to blame and ruled out hostile fire.",
        "A fire caused by a short-circuit killed two workers at a warehouse in Basra on Sunday.",
        "Two people died when a blast tore through a house in Mosul on Monday. Police ruled out an attack, saying "
        "a gas cylinder had exploded.",
        "Four workers were injured in a fire at the Baiji refinery on Friday; officials said there was no sign of "
        "sabotage.",
    ],
)
def test_harm_with_no_attack_is_no_record(text: str) -> None:
    assert _records(text) == [], text


def test_an_attack_beside_a_fault_stays_a_record() -> None:
    """A report that names a fault elsewhere but tells a bombing is still the bombing."""
    text = (
        "A roadside bomb struck an army patrol near Tarmiyah on Monday, killing two soldiers. Separately, a power "
        "cut caused by a technical fault hit the district."
    )
    (r,) = _records(text)
    assert r.killed is not None and r.killed.low == 2


def test_a_clan_fight_in_a_police_log_is_no_attack() -> None:
    text = (
        "AL-HASHIMIYA POLICE - duty log - 13/05/2022\n"
        "0900 Clan clash over farmland in Al-Hashimiya, two wounded.\n"
        "1320 Unknown persons set fire to the car of a journalist outside his house in Al-Qasim district.\n"
        "1800 Tribal dispute over water near Al-Midhatiya, one man shot in the leg.\n"
    )
    (r,) = _records(text, "2022-05-13")
    assert "journalist" in r.sources[0].quote


@pytest.mark.parametrize("dateline", ["HEWLÊR –", "ŞINGAL –", "DUHOK (Rudaw) –"])
def test_a_kurdish_dateline_is_no_place_of_the_attack(dateline: str) -> None:
    text = (
        f"{dateline} Two labourers were wounded when a bomb went off near their building site in Fallujah, Anbar "
        "province, on Tuesday evening."
    )
    (r,) = _records(text)
    assert r.province == "Anbar"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day in ordinal words, the year the report's
        ("On the sixth of July, an explosive-laden drone crashed inside Erbil airport.", "2021-07-08", "2021-07-06"),
        ("On the twenty-second of May, gunmen shot an activist in Al-Aziziyah.", "2022-05-24", "2022-05-22"),
        ("On the thirty-first of December 2019 a bomb went off in Tikrit.", "2020-01-03", "2019-12-31"),
        ("On May the twenty-first, an IED struck an army patrol near Tarmiyah.", "2022-05-24", "2022-05-21"),
        ("On the first of March, a rocket hit a base near Balad.", "2022-05-24", "2022-03-01"),
        # month, day and year joined by signs
        ("Jan-08-2020: Two Katyusha rockets came down inside Baghdad's Green Zone.", "2020-01-10", "2020-01-08"),
        ("Mar/15/2021: an IED struck a police car in Kirkuk.", "2021-03-20", "2021-03-15"),
    ],
)
def test_days_in_words_and_joined_by_signs(text: str, published: str, day: str) -> None:
    (r,) = _records(text, published)
    assert (str(r.event_date), r.date_precision) == (day, "day")


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Two labourers from Koye were wounded when a bomb went off at a site in Fallujah, Anbar province.", "Anbar"),
        ("Pilgrims originally from Basra were hurt when a grenade hit their bus in Karbala.", "Karbala"),
        # a distance locates the attack: kept
        ("A roadside bomb struck an army patrol 20 kilometres from Kirkuk on Monday.", "Kirkuk"),
    ],
)
def test_where_people_come_from_is_not_where_it_happened(text: str, province: str) -> None:
    (r,) = _records(text)
    assert r.province == province


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On 27.09 (day.month), gunmen shot and wounded a candidate's aide in Nasiriyah.", "2022-09-27"),
        ("On 9/27 (month/day), an IED struck a police car in Kirkuk.", "2022-09-27"),
        ("On 12.10 (dd.mm) a bomb went off at a shop in Basra.", "2021-10-12"),  # after the report: the year before
    ],
)
def test_a_yearless_day_with_its_order_spelled_out(text: str, day: str) -> None:
    (r,) = _records(text, "2022-09-29")
    assert (str(r.event_date), r.date_precision) == (day, "day")


@pytest.mark.parametrize(
    "footer",
    [
        "Published by Bernama at March 22, 2024, 14:02 (GMT+8).",
        "Posted by Rudaw on 22 March 2024, 10:15",
    ],
)
def test_a_footer_naming_its_outlet_gives_the_report_date(footer: str) -> None:
    """'on Thursday' counts back from the footer's date (22 March 2024, a Friday)."""
    from assistant.corpus.read import RawRecord, to_article

    text = f"Gunmen shot a tribal sheikh outside a mourning tent in Baquba around lunchtime on Thursday.\n\n{footer}"
    article = to_article(RawRecord(source="x.txt", text=text))
    (r,) = RuleExtractor().extract(article)
    assert str(r.event_date) == "2024-03-21"


def test_a_bus_collision_in_a_numbered_report_is_no_attack() -> None:
    text = (
        "Karbala Police Command - report of 14/09/2022\n\n"
        "1. Unknown persons threw a hand grenade near a pilgrims' rest tent on the Al-Hussainiya road, wounding two "
        "pilgrims.\n2. 312 pilgrims treated for heat exhaustion.\n"
        "3. A collision between two buses near the northern entrance; four hurt. Accident.\n"
    )
    (r,) = _records(text, "2022-09-14")
    assert "grenade" in r.sources[0].quote
