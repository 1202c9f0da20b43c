"""Review of the realworld7 wordings (4d4871a..94c2905): ordinary text the new rules misread. Each test is one
user-visible slip and the wording it was meant for, kept beside it."""

from __future__ import annotations

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor


def _n(c: object) -> int | None:
    return None if c is None else c.low  # type: ignore[attr-defined]


def _records(text: str, published: str = "2024-04-10") -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        # a log's zero-padded figures are figures; only a four-digit clock time is not
        ("Casualties: 02 KIA, 03 WIA after an IED struck a patrol near Baiji.", 2, 3),
        ("An IED struck a patrol near Baiji; 02 soldiers were killed and 03 wounded.", 2, 3),
        ("At 0930 two soldiers were hospitalised after a bomb hit their patrol.", None, 2),
    ],
)
def test_zero_padded_figures_are_read(sentence: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(sentence)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        # things hit by shrapnel or bullets are no wounded
        ("Gunmen attacked a checkpoint in Tarmiyah. Two vehicles were hit by shrapnel.", None),
        ("A rocket hit a house in Kirkuk; three cars were hit by stray bullets.", None),
        ("A bomb hit a convoy in Mosul; a second car was hit by shrapnel.", None),
        # ... people are
        ("A bomb hit a convoy in Mosul; two soldiers were hit by shrapnel.", 2),
        ("A bomb hit a convoy in Mosul, killing a soldier; a second was hit by shrapnel.", 1),
    ],
)
def test_things_hit_by_shrapnel_are_no_wounded(sentence: str, wounded: int | None) -> None:
    assert _n(figures(sentence)[1]) == wounded


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Both suicide bombers died in the blast at a market in Baghdad.", None),
        ("Guards returned fire and both of the gunmen were killed.", None),
        ("Both attackers were killed by the guards.", None),
        ("Gunmen opened fire on a car in Basra and both occupants died.", 2),
        ("A bomb hit two shepherds near Hawija; both of them were killed.", 2),
    ],
)
def test_both_attackers_dead_are_no_toll(sentence: str, killed: int | None) -> None:
    assert _n(figures(sentence)[0]) == killed


@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("The journalist shot a video of the children playing in Erbil on Monday.", 0),
        ("A cameraman shot the footage of two policemen at a checkpoint in Hawija on Thursday.", 0),
        ("Gunmen shot two policemen at a checkpoint in Hawija on Thursday.", 1),
        ("On Monday two gunmen on a motorbike shot a young pharmacist outside his home in Al-Aziziyah.", 1),
    ],
)
def test_a_camera_shot_is_no_attack(text: str, records: int) -> None:
    assert len(_records(text)) == records


@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("The army held a drill using live ammunition near Kirkuk on Monday.", 0),
        ("Wedding guests celebrated with gunfire in Ramadi on Friday.", 0),
        ("Security forces cleared the sit-in near Tahrir Square in Baghdad on Friday with live fire.", 1),
        ("Police dispersed protesters in Nasiriyah using live ammunition on Thursday.", 1),
        ("Riot police met the marchers in Kut with live rounds on Sunday.", 1),
    ],
)
def test_live_fire_without_a_crowd_is_no_attack(text: str, records: int) -> None:
    assert len(_records(text)) == records


def test_a_lightning_attack_is_an_attack() -> None:
    (r,) = _records("ISIS militants killed three soldiers in a lightning attack on a checkpoint near Tarmiyah.")
    assert _n(r.killed) == 3


def test_lightning_itself_is_no_attack() -> None:
    assert _records("Two shepherds were killed by lightning near Rutba on Monday.") == []


def test_a_hazard_told_after_a_bombing_leaves_the_bombing() -> None:
    text = "Two soldiers were killed by a roadside bomb near Tarmiyah on Monday. Separately, flash floods hit Duhok."
    (r,) = _records(text)
    assert _n(r.killed) == 2


def test_the_worst_in_years_is_no_tally() -> None:
    (r,) = _records("Hospital officials recorded 14 wounded in the deadliest attack in years in Baghdad on Monday.")
    assert _n(r.wounded) == 14


def test_a_tally_over_a_quarter_is_still_no_record() -> None:
    text = "Tdh counted 23 children injured by explosive remnants in Anbar during the third quarter."
    assert _records(text) == []


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a death of long ago, its year later in the clause
        ("The soldier, who was killed by ISIS militants in 2016, was his brother; gunmen wounded two in Hawija.", None),
        ("Gunmen shot the son of a judge who was assassinated by militants years ago.", None),
        ("The tribe mourns a young shepherd who was martyred on Friday by a roadside bomb.", 1),
        # 'succumbed' to something other than wounds
        ("Gunmen wounded a shopkeeper in Basra; he succumbed to pressure and closed the shop.", None),
        ("He later succumbed to his injuries.", 1),
        ("He succumbed to his gunshot wounds in hospital.", 1),
        ("He succumbed in hospital on Tuesday.", 1),
    ],
)
def test_one_death_told_of_he_or_who(sentence: str, killed: int | None) -> None:
    assert _n(figures(sentence)[0]) == killed


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an ordinal that counts something is no day of the month (the report's Wednesday 10 April 2024)
        ("Security forces killed two demonstrators in Nasiriyah on the 4th consecutive day of protests.", "2024-04-10"),
        ("Gunmen stormed the base in Tikrit on the 3rd attempt, killing a guard.", "2024-04-10"),
        ("In March the second battalion came under mortar fire near Baiji, losing two soldiers.", "2024-03-01"),
        # ... and a day of the month still is
        ("On the 5th gunmen attacked a checkpoint in Tikrit, killing a guard.", "2024-04-05"),
        ("On March the sixth gunmen attacked a checkpoint in Tikrit, killing a guard.", "2024-03-06"),
    ],
)
def test_an_ordinal_that_counts_is_no_day(text: str, day: str) -> None:
    (r,) = _records(text)
    assert str(r.event_date) == day


def test_a_latest_toll_of_another_attack_is_its_own_record() -> None:
    text = (
        "Gunmen killed two soldiers in Hawija on Sunday. In a separate attack, the latest toll from a car bomb in "
        "Tikrit's market was six dead."
    )
    got = sorted((r.province, _n(r.killed)) for r in _records(text))
    assert got == [("Kirkuk", 2), ("Salahuddin", 6)]


def test_a_latest_toll_of_the_same_attack_revises_it() -> None:
    text = "Gunmen killed two soldiers in Hawija on Sunday. The latest toll, police said, was three killed."
    (r,) = _records(text)
    assert _n(r.killed) == 3
