"""What is an attack and what is not (realworld12 classes, wordings written here, none copied): gunmen who 'shot at'
a car or a patrol attacked it (a photographer's shot, or a man 'shot at his gate', is no new attack verb); a tribal
clash over land is a feud, not political violence; a monitor's count across the country or a toll 'after October
2019' is a tally, not an attack."""

from __future__ import annotations

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor


def _records(text: str) -> list[tuple[str | None, str, int | None]]:
    art = to_article(RawRecord(source="x.txt", text=f"June 3, 2022\n\n{text}"))
    return [(str(r.event_date), r.date_precision, r.killed and r.killed.low) for r in RuleExtractor().extract(art)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On May 23, two gunmen on a motorbike shot at the car of a journalist in Kufa. He was wounded.", "2022-05-23"),
        ("On May 30, gunmen shot at a police patrol near Baiji, wounding a policeman.", "2022-05-30"),
    ],
)
def test_shot_at_is_an_attack(text: str, day: str) -> None:
    got = _records(text)
    assert len(got) == 1 and got[0][:2] == (day, "day"), got


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed on Sunday in a tribal clash over farmland north of Basra, police said.",
        "A clan dispute over irrigation water left three dead in a village near Amarah on Monday.",
        "In May, UNAMI recorded 31 civilian casualties (12 killed, 19 injured) across Iraq.",
        "The mission documented 9 attacks on journalists nationwide during the month.",
        "More than 500 protesters were killed after October 2019, rights groups say.",
    ],
)
def test_feuds_and_tallies_are_no_attack(text: str) -> None:
    assert _records(text) == []


def test_an_attack_beside_a_tally_is_kept() -> None:
    got = _records(
        "UNAMI recorded 31 civilian casualties across Iraq in May. On May 28, a roadside bomb killed two farmers near "
        "Tuz Khurmatu."
    )
    assert [(d, k) for d, _, k in got] == [("2022-05-28", 2)], got


def test_a_monitors_monthly_count_beside_its_incidents() -> None:
    got = _records(
        "In May 2022, the mission documented 17 civilian casualties (6 killed, 11 injured) in Nineveh Governorate, "
        "compared with 9 in April. On 12 May, gunmen shot dead a shepherd near Tal Afar. On 20 May, an IED wounded "
        "three farmers near Sinjar."
    )
    assert sorted((d, k) for d, _, k in got) == [("2022-05-12", 1), ("2022-05-20", None)], got


def test_another_town_and_another_weapon_is_another_attack() -> None:
    got = _records(
        "In May, gunmen shot dead a teacher at his home in Buhriz. An IED injured two children collecting scrap on the "
        "outskirts of Khalis."
    )
    assert len(got) == 2, got


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("On Sunday a bomb killed two men in a market in Tuz Khurmatu. Five others are still being treated.", 5),
        ("On Sunday a bomb killed two men in a market in Tuz Khurmatu; three were receiving treatment.", 3),
    ],
)
def test_still_being_treated(text: str, wounded: int) -> None:
    art = to_article(RawRecord(source="x.txt", text=f"June 3, 2022\n\n{text}"))
    (record,) = RuleExtractor().extract(art)
    assert record.wounded is not None and record.wounded.low == wounded


@pytest.mark.parametrize(
    ("text", "records"),
    [
        # 'shot at' needs an armed subject
        ("The documentary, shot at the ancient site of Babylon near Hillah, premiered on Sunday.", 0),
        ("Photos shot at a wedding in Basra on Friday went viral.", 0),
        ("Hunters shot at a flock of birds near Chibayish on Friday.", 0),
        # a feud named beside a militant killing is no cause of it
        ("ISIS gunmen killed a sheikh in Hawija on Friday; he had recently ended a tribal feud in the area.", 1),
        # a health directorate's count of one blast, in its province, is the blast's toll
        (
            "An IED exploded near Tuz Khurmatu on Friday. The health directorate recorded 2 deaths and 4 injuries "
            "from the blast in Salahuddin province.",
            1,
        ),
        # the same attack going on: the attackers' bomb hit a vehicle coming from another town
        (
            "ISIS militants ambushed a PMU patrol in Jalawla on Monday. A roadside bomb planted by the attackers hit "
            "a rescue vehicle coming from Saadiya, killing two fighters.",
            1,
        ),
    ],
)
def test_what_the_new_rules_leave_alone(text: str, records: int) -> None:
    assert len(_records(text)) == records
