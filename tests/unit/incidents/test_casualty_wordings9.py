"""Casualty wordings as classes: a victim noun phrase + a death or injury predicate from a broad lexicon, negated
subjects ('no X died', 'zero dead', 'did not cause any loss of life') and body counts (new wordings, none copied from
a blind set)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("four policemen fell in the clash with the cell.", 4, None),
        ("Two guards fell when the gunmen stormed the gate.", 2, None),
        ("five shepherds were gunned down near the wadi on Monday.", 5, None),
        ("two brothers were executed by the militants at their farm.", 2, None),
        ("three tribal sheikhs were assassinated in the district this week.", 3, None),
        ("seven pilgrims were murdered at the checkpoint.", 7, None),
        ("two herders were stabbed to death and a third was hurt.", 2, 1),
        ("three workers were burned to death inside the cabin.", 3, None),
        ("four passengers succumbed to their wounds in hospital.", 4, None),
        ("three villagers did not survive the blast, and eight were wounded.", 3, 8),
        ("two fighters met their deaths in the ambush.", 2, None),
        ("six recruits were pronounced dead at the scene.", 6, None),
        ("12 civilians were slaughtered in the night raid.", 12, None),
        ("Two farmers have been beheaded by the cell.", 2, None),
        ("nine people were mown down by machine-gun fire.", 9, None),
        ("Three Peshmerga fell and two more were left wounded.", 3, 2),
    ],
)
def test_numbered_victims_die(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: a number + victim noun + a death predicate beyond 'killed' / 'died' (fell, gunned down, executed,
    murdered, stabbed/burned to death, succumbed, did not survive, met their deaths, pronounced dead), any tense."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("the shepherd did not survive his injuries.", 1, None),
        ("A taxi driver was gunned down outside his home.", 1, None),
        ("the mukhtar was executed in front of his family.", 1, None),
        ("a journalist was murdered in his car on the highway.", 1, None),
        ("the teacher was stabbed to death at the school gate.", 1, None),
        ("the guard later succumbed to his wounds.", 1, None),
        ("the driver was pronounced dead on arrival at Kut hospital.", 1, None),
        ("an elderly man met his death in the blast.", 1, None),
        ("the engineer was found dead in an orchard.", 1, None),
        ("a policeman fell in the clash and two others were hurt.", 1, 2),
        ("she did not survive the night.", 1, None),
        ("her son was burnt to death when the house was set alight.", 1, None),
    ],
)
def test_one_victim_dies(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: one victim named by an article, a possessive or a pronoun + the same broad death predicate."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("his body was found in an orchard three days later.", 1, None),
        ("the body of a kidnapped engineer was recovered from the river.", 1, None),
        ("the morgue received four bodies.", 4, None),
        ("rescuers recovered two bodies from the rubble.", 2, None),
        ("police found the bodies of three shepherds near the wadi.", 3, None),
        ("the bodies of two policemen were retrieved from the canal.", 2, None),
        ("Kut hospital took in five bodies and eleven wounded.", 5, 11),
    ],
)
def test_body_counts(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: the dead counted as bodies found, recovered or received, verb first or body first."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("no passenger died in the blast.", 0, None),
        ("no soldier was killed, but two were hurt.", 0, 2),
        ("not a single guard was killed.", 0, None),
        ("Zero dead, four injured.", 0, 4),
        ("zero fatalities were recorded.", 0, None),
        ("Zero casualties were reported.", 0, 0),
        ("the bombing did not result in any loss of life.", 0, None),
        ("the shelling didn't lead to any deaths; five were wounded.", 0, 5),
        ("the fire did not cause any injuries.", 0, 0),
        ("no resident came to harm.", 0, 0),
        ("no worker was hurt or killed.", 0, 0),
        ("no occupants were killed or injured.", 0, 0),
        ("nobody came to any harm.", 0, 0),
        ("no passers-by were killed or injured in the explosion.", 0, 0),
        ("not one person was harmed.", 0, 0),
        ("no guard suffered injuries.", 0, 0),
        ("none of the crew were hurt.", 0, 0),
    ],
)
def test_negated_victims(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: a negated victim (no X / not a single X / zero / none of the X) + a death or harm predicate, and an
    attack that 'did not cause / result in / lead to any' loss of life, deaths or injuries."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("two suffered cuts and bruises.", None, 2),
        ("one sustained a broken arm.", None, 1),
        ("a guard suffered burns to his hands.", None, 1),
        ("four remain injured in Kirkuk hospital.", None, 4),
        ("he survived with shrapnel in his leg.", None, 1),
        ("she escaped with a fractured wrist.", None, 1),
        ("the boy was left wounded by the blast.", None, 1),
        ("one suffered a concussion.", None, 1),
        ("three soldiers sustained fractures when the vehicle overturned after the blast.", None, 3),
    ],
)
def test_injury_lexicon(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: wounded told by an injury noun (cuts, bruises, fractures, burns, shrapnel, concussion, a broken limb)
    after suffered / sustained / survived with / escaped with, or by 'remain injured', 'was left wounded'."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "two towers fell after the charge exploded.",
        "oil prices fell by three percent.",
        "two mortar rounds fell near the base.",
        "three soldiers fell ill after the exercise.",
        "the price of bread fell sharply.",
        "the governor survived an assassination attempt.",
        "the body of the car was riddled with bullets.",
        "the governing body condemned the attack.",
        "the workshop repaired three car bodies.",
        "no one claimed the attack.",
        "nobody was arrested.",
        "no group has claimed responsibility.",
        "residents suffered power cuts for two days.",
        "the company suffered heavy losses.",
        "21 men were executed at Nasiriyah prison after being convicted of terrorism.",
        "three militants were gunned down by the troops.",
        "two suicide bombers were blown to pieces.",
        "there were no reports that anyone died.",
        "the patrol fell back when the firing began.",
    ],
)
def test_not_casualties(text: str) -> None:
    """Class (negative rows): 'fell' of a tower, a price or a shell; a body that is no corpse; an attempt survived;
    'no one claimed', 'nobody was arrested'; 'power cuts'; a judicial execution; attackers killed."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (None, None)


def _records(text: str):
    day = dt.date(2022, 6, 9)
    return RuleExtractor().extract(Article(doc_id="t9", title="", source="", text=text, published=day))


@pytest.mark.parametrize(
    "text",
    [
        "KUT, 9 June 2022 - A teenager drowned in the Tigris near Kut; his body was recovered by civil defence.",
        "HILLA, 9 June 2022 - A worker was electrocuted while repairing a line in Hilla; his body was taken home.",
    ],
)
def test_a_death_by_mishap_is_no_record(text: str) -> None:
    """Class: a body found after a drowning or an electrocution is a death, but no attack (no record)."""
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "BAIJI, 9 June 2022 - Gunmen fired on a minibus of refinery workers in Baiji on Wednesday. The refinery at "
            "first spoke of one dead. In an updated statement it said three workers were killed and that four remain "
            "injured.",
            3,
            4,
        ),
        (
            "SAMARRA, 9 June 2022 - A bomb hit a police patrol in Samarra on Tuesday, killing a policeman. Its revised "
            "figures said two policemen died and five were wounded.",
            2,
            5,
        ),
    ],
)
def test_a_corrected_statement_revises_the_toll(text: str, killed: int, wounded: int) -> None:
    """Class: 'in a corrected / updated statement', 'its revised figures': a later toll of the attack just told, not
    another attack."""
    recs = _records(text)
    assert len(recs) == 1
    assert (_n(recs[0].killed), _n(recs[0].wounded)) == (killed, wounded)
