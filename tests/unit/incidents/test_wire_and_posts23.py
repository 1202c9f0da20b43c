"""Classes from the realworld20 dev split, each tested with wordings written here (none copied from the set): wire
datelines of agencies the earlier lists lacked, a city pair written with a slash, the report's day between two dashes
after the outlet; an agency's sign-off with its date run together ('XN/03.02.2022/kh'); a file that says once how all
its numeric dates are written ('dates are DD/MM/YYYY'); a channel's pinned post that tells its attack without a verb
('Sticky bomb under a car in ...', 'Blast at a shop in ...'); 'without causing any losses among our heroes'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.corpus.read import read_records, to_article
from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.language.dates import declared_order, in_declared_order
from assistant.schemas import Article, Incident

DAY = dt.date(2022, 6, 18)  # a Saturday


def _records(text: str, published: dt.date | None = DAY) -> list[Incident]:
    return RuleExtractor().extract(Article(doc_id="w23", title="", source="", text=text, published=published))


def _read(tmp_path: Path, text: str) -> list[Incident]:
    path = tmp_path / "report.txt"
    path.write_text(text, "utf-8")
    (record,) = list(read_records(path, 10**6))
    return RuleExtractor().extract(to_article(record))


@pytest.mark.parametrize(
    ("opening", "foot"),
    [
        ("Erbil, June 16 (CTK) - ", "CTK, 17.06.2022"),
        ("Warsaw/Erbil, June 16 (PAP) - ", "(PAP) 17.06.2022 09:40"),
        ("Erbil, June 16 (Prensa Latina) ", "PL/17.06.2022/mr"),
        ("ERBIL, Kurdistan Region (Hawler Post) - 17 June 2022 - ", ""),
        ("ERBIL, Kurdistan Region (Hawler Post) - 17/06/2022 - ", ""),
    ],
)
def test_a_wire_dateline_and_sign_off_date_the_report_and_place_nothing(
    tmp_path: Path, opening: str, foot: str
) -> None:
    # the weekday is counted back from the report's date (Friday 17 June 2022 -> Thursday 16 June); the dateline's
    # city is the newsroom's, the attack's province is the town's
    (record,) = _read(
        tmp_path,
        f"{opening}Two shepherds were killed on Thursday when a roadside bomb hit their truck near Makhmour, local "
        "officials said.\n\nNo group claimed the attack.\n\n" + foot + "\n",
    )
    assert record.event_date == dt.date(2022, 6, 16) and record.date_precision == "day"
    assert record.place_text == "Makhmour"


@pytest.mark.parametrize(
    ("declared", "day_first"),
    [
        ("Dates in this register are DD/MM/YYYY.", True),
        ("(all dates below are dd/mm/yyyy)", True),
        ("date cells are written day/month/year", True),
        ("Dates: MM/DD/YYYY.", False),
        ("The ledger's dates are given as mm-dd-yyyy.", False),
    ],
)
def test_a_file_says_once_how_its_numeric_dates_are_written(declared: str, day_first: bool) -> None:
    assert declared_order(declared) is day_first
    assert in_declared_order("on 04/07/2021", day_first) == (dt.date(2021, 7, 4) if day_first else dt.date(2021, 4, 7))


def test_no_word_on_the_order_leaves_it_open() -> None:
    assert declared_order("The date is 04/07/2021. Two soldiers were wounded.") is None
    # two orders: neither
    assert declared_order("Dates in table 1 are DD/MM/YYYY. Dates in table 2 are MM/DD/YYYY.") is None


def test_a_declared_order_dates_every_entry_of_the_file() -> None:
    text = (
        "Security log - Diyala (all dates in this log are DD/MM/YYYY)\n\n"
        "05/04/2021: Gunmen shot dead a farmer in his field near Baladruz.\n\n"
        "11/04/2021: An IED wounded two soldiers on a patrol near Khanaqin."
    )
    days = sorted(r.event_date for r in _records(text, dt.date(2021, 4, 20)) if r.event_date)
    assert days == [dt.date(2021, 4, 5), dt.date(2021, 4, 11)]


@pytest.mark.parametrize(
    ("post", "place", "counts"),
    [
        (
            "[14.06.2022 19:05] #Kirkuk 🔴 Sticky bomb under a car in Wasiti, Kirkuk city. Driver killed.",
            "Kirkuk",
            (1, None),
        ),
        (
            "[14.06.2022 19:05] #Mosul Blast at a shop in the Zuhur area of Mosul. 3 injured. No deaths.",
            "Mosul",
            (0, 3),
        ),
        ("[14.06.2022 19:05] ⚡ IED on a police vehicle in Kirkuk city. 2 policemen hurt.", "Kirkuk", (None, 2)),
    ],
)
def test_a_pinned_posts_verbless_attack_is_a_record_of_its_own(post: str, place: str, counts: tuple) -> None:  # type: ignore[type-arg]
    text = "[10.06.2022 08:00] #Kirkuk Power cut in two quarters until noon.\n\n" + post
    (record,) = _records(text)
    assert record.event_date == dt.date(2022, 6, 14)
    assert (record.killed.low if record.killed else None, record.wounded.low if record.wounded else None) == counts
    assert record.province in (place, "Nineveh" if place == "Mosul" else place)


@pytest.mark.parametrize(
    "text",
    [
        "[14.06.2022 19:05] #Mosul Bomb under a car in the Zuhur area defused by police. No one hurt.",
        "Explosion at a shop selling gas cylinders in Karbala on 3 May 2022.",  # a blast outside a post: no attack
        "Blast at a fireworks shop in Kirkuk during Eid celebrations on 3 May 2022.",
    ],
)
def test_a_bomb_defused_or_a_blast_in_a_report_is_no_verbless_attack(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "date | admin1 | admin2 | location | notes\n\n"
            "2021-03-05 | Diyala | Khanaqin | Jalawla | An IED hit an army patrol, killing two soldiers.",
            "Jalawla",
        ),
        (
            "date | admin1 | admin2 | location | notes\n\n"
            "2021-03-05 | Nineveh | Mosul | Mosul | An IED hit an army convoy heading to Tal Afar, killing 2 soldiers.",
            "Mosul",
        ),
        (
            "evt_date: 06 February 2021 | admin1: Kirkuk | admin2: Hawija | notes: An IED killed 2 soldiers on the "
            "road from Tuz Khurmatu.",
            "Hawija",
        ),
    ],
)
def test_a_rows_province_and_district_cells_yield_to_its_location(text: str, place: str) -> None:
    (record,) = _records(text)
    assert record.place_text == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Mortar rounds fell near the post without causing any losses among our heroes.",
        "The rockets landed inside the base, without causing any losses.",
        "Gunmen fired on the checkpoint without leaving any casualties.",
    ],
)
def test_without_causing_any_losses_is_none_killed_or_wounded(sentence: str) -> None:
    killed, wounded = figures(sentence)
    assert killed is not None and killed.low == 0 and wounded is not None and wounded.low == 0


@pytest.mark.parametrize("sentence", ["The shelling caused material losses.", "without causing losses of equipment"])
def test_material_losses_are_no_casualty_figure(sentence: str) -> None:
    assert figures(sentence) == (None, None)
