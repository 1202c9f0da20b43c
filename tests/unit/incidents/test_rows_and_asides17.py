"""Record classes met in realworld14 (in-sample there), tested in other wordings: a victim with an aside between
subject and verb ('the presenter, who was walking towards the car, was slightly injured'); a group's statement that
counts its own dead ('martyring our son'); a victim who 'was shot' with no figure, and a log's cell that opens with
the victim ('Polling agent shot at his home'); a log row's casualty columns when its words give no figure, and its
province column never taken for the place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.corpus.read import read_records, to_article
from assistant.incidents.patterns import ATTACK_EVENT, figures
from assistant.incidents.rules import RuleExtractor


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A bomb went off under his car; the presenter, who was walking towards it, was slightly injured.", None, 1),
        ("Two soldiers, who were guarding the gate, were killed and a third was wounded.", 2, 1),
        ("The mukhtar, whose house was hit, was wounded in the leg.", None, 1),
        (
            "A bomb exploded on a patrol near Kubaisa, martyring our son and wounding two of his comrades.",
            1,
            2,
        ),
        ("The Turkish army martyred our comrade in a drone strike.", 1, None),
        # negative rows
        ("They asked about our son.", None, None),
        ("The governor, who was visiting the town, said nobody was hurt.", 0, 0),
    ],
)
def test_figures_past_an_aside_and_in_a_groups_voice(text: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("A polling agent was shot at his home in Ranya.", True),
        ("The journalist was shot outside his office on Monday.", True),
        ("Two farmers were shot while irrigating their fields.", True),
        ("Polling agent shot at his home in Ranya the night before election day", True),  # a headline, a log's cell
        ("2024-10-19 | Ranya | Candidate shot near his office | 1 | 0", True),
        # negative rows
        ("The film was shot in Erbil in 2021.", False),
        ("He said the footage was shot at night.", False),
    ],
)
def test_a_victim_who_was_shot_is_an_attack(text: str, attack: bool) -> None:
    assert bool(ATTACK_EVENT.search(text)) is attack


_LOG = (
    "observer incident log | export 21/10/2024\n"
    "incident_date,governorate,district,incident,killed,injured,source\n"
    "2024-10-18,Sulaymaniyah,Sulaymaniyah,Vote buying allegation,0,0,LTO\n"
    "{row}\n"
    "2024-10-20,Duhok,Zakho,Argument at polling station,0,0,STO\n"
)


def _records(folder: Path, row: str) -> list:
    path = folder / "log.csv"
    path.write_text(_LOG.format(row=row), encoding="utf-8")
    (record,) = read_records(path, 1_000_000)
    return RuleExtractor().extract(to_article(record))


@pytest.mark.parametrize(
    ("row", "place", "killed", "wounded"),
    [
        ("2024-10-19,Sulaymaniyah,Ranya,Polling agent shot at his home in Ranya,1,0,LTO", "Ranyah", 1, 0),
        ("2024-10-19,Sulaymaniyah,Penjwen,Grenade thrown at a campaign office in Penjwen,0,2,police", None, 0, 2),
        # the words' figures stand: a 0 in the killed column beside 'two guards were wounded' is no figure
        ("2024-10-19,Erbil,Soran,Gunmen fired on a rally in Soran and two guards were wounded,0,2,LTO", None, None, 2),
    ],
)
def test_a_log_rows_columns(
    tmp_path: Path, row: str, place: str | None, killed: int | None, wounded: int | None
) -> None:
    (inc,) = _records(tmp_path, row)
    assert (_n(inc.killed), _n(inc.wounded)) == (killed, wounded)
    assert inc.event_date == dt.date(2024, 10, 19)
    if place:
        assert inc.place == place


def test_a_log_rows_non_attack_stays_no_record(tmp_path: Path) -> None:
    assert _records(tmp_path, "2024-10-19,Erbil,Erbil,Power cut at counting centre,0,0,LTO") == []
