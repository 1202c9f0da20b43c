"""Perpetrators, targets and attack types the ninth blind set's classes showed missing (new wordings, none copied
from the set), with rows that must not give the value."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _records(text: str) -> list[Incident]:
    return RuleExtractor().extract(Article(doc_id="t9", title="", source="", text=text, published=dt.date(2023, 8, 30)))


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("A drone believed to be Turkish struck a car near Sidakan on Monday, killing two civilians.", "Turkey"),
        ("A drone strike, thought to be Turkish, killed three people in a pick-up near Qandil on Sunday.", "Turkey"),
        ("Two farmers were killed on Monday by a Turkish drone near Kani Masi.", "Turkey"),
        ("A shepherd was hurt by Turkish artillery near Deralok on Friday.", "Turkey"),
        (
            "Village elders attributed the bombardment to Turkish forces; a boy was wounded near Sheladze on Monday.",
            "Turkey",
        ),
        ("A shell hit a house near Deralok on Monday, wounding a child. Kurdish officials blamed Turkey.", "Turkey"),
        # Turkey named only as a place, a maker or a victim
        ("A roadside bomb killed two civilians near the Turkish border in Zakho on Monday.", None),
        (
            "Two civilians were killed on Monday when a Turkish-made drone flown by the PMF struck a car near Sinjar.",
            None,
        ),
        ("Gunmen shot dead two Turkish citizens in Erbil on Monday.", "unknown"),
    ],
)
def test_turkey_attributed_in_other_words(text: str, perpetrator: str | None) -> None:
    """Class: Turkey as the attacker when the text believes, attributes or blames it ('a drone believed to be
    Turkish', 'killed by a Turkish drone', 'attributed the bombardment to Turkish forces', 'officials blamed
    Turkey'); never when Turkey is a border, a maker ('Turkish-made') or the victims' nationality."""
    (rec,) = _records(text)
    assert rec.perpetrator == perpetrator


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A drone believed to be Turkish struck a car near Sidakan on Monday, killing two civilians.",
            "airstrike_operation",
        ),
        ("Two farmers were killed on Monday by a Turkish drone near Kani Masi.", "airstrike_operation"),
        ("On Tuesday a second device went off beside a truck near Nasiriyah, wounding a driver.", "ied"),
        ("Two devices exploded outside a shop in Kut on Monday, wounding three people.", "ied"),
        # an armed group's attack on a manned post with no weapon named is a shooting
        ("Three soldiers were killed on Monday when Daesh remnants attacked their outpost near Rutba.", "shooting"),
        ("An IS attack on a Federal Police checkpoint near Hawija killed two policemen on Sunday.", "shooting"),
        ("Islamic State (IS) fighters attacked a PMF position near Baiji on Monday, killing one fighter.", "shooting"),
        # ... but not with grenades, and not a base
        ("Militants attacked a police post with hand grenades in Basra on Monday, wounding two policemen.", "other"),
        ("A drone attack on a military base near Baghdad on Monday wounded two soldiers.", "other"),
    ],
)
def test_attack_type_wordings(text: str, kind: str) -> None:
    """Class: a drone with words between it and its verb, 'by a Turkish drone'; 'a device exploded'; an armed group
    attacking a post, checkpoint or position with no weapon named (a shooting, as every earlier set codes it)."""
    (rec,) = _records(text)
    assert rec.attack_type == kind


def test_a_sentence_denying_attacks_gives_no_weapon() -> None:
    """Class: 'There were no mass bombings this week' beside an attack does not make that attack a bombing."""
    text = (
        "On 3 May gunmen attacked a PMF unit with light weapons in Tarmiyah, killing one. "
        "There were no car bombings in the capital for a third week."
    )
    (rec,) = _records(text)
    assert rec.attack_type == "shooting"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A Turkish drone hit a car near Batifa, killing two people described by officials as PKK members.",
            "PKK",
        ),
        (
            "Two men described by Ankara as PKK militants were killed in a Turkish drone strike near Qandil on Sunday.",
            "PKK",
        ),
        ("A Turkish drone struck a car near Batifa on Monday, killing two civilians.", "civilians"),
    ],
)
def test_victims_described_by_someone_as_pkk(text: str, target: str) -> None:
    """Class: victims 'described by <someone> as PKK members' are the PKK; plain civilians stay civilians."""
    (rec,) = _records(text)
    assert rec.target == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A bomb hit a convoy of trucks contracted by the coalition near Nasiriyah on Monday, wounding a driver.",
            "US forces",
        ),
        (
            "Attacks on convoys carrying supplies for the US-led coalition went on. "
            "On Monday a roadside bomb hit a convoy near Nasiriyah, wounding a driver.",
            "US forces",
        ),
        ("On Monday an IED struck a coalition supply convoy near Kut, wounding two drivers.", "US forces"),
        # the coalition only a bystander, or no convoy
        (
            "A roadside bomb hit a fuel convoy near Nasiriyah on Monday, wounding two drivers, ten kilometres from a "
            "base used by the coalition.",
            "civilians",
        ),
        ("A roadside bomb hit a minibus near Nasiriyah on Monday, wounding two passengers.", "civilians"),
    ],
)
def test_coalition_supply_convoys(text: str, target: str) -> None:
    """Class: a convoy the report says carries the coalition's supplies is a US-forces target, whoever drove it;
    a convoy near a coalition base is not."""
    (rec,) = _records(text)
    assert rec.target == target


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        (
            "Bombs hit three convoys. None was claimed. On Monday a bomb hit a convoy near Kut, wounding one.",
            "unknown",
        ),
        (
            "Bombs hit three convoys. None of them has been claimed. On Monday a bomb hit a truck near Kut.",
            "unknown",
        ),
        ("Roadside bombs hit three convoys this week. On Monday a bomb hit a truck near Kut, wounding a driver.", None),
    ],
)
def test_none_was_claimed_speaks_of_all(text: str, perpetrator: str | None) -> None:
    """Class: 'None was claimed' after a sentence about several attacks says each was unclaimed."""
    recs = _records(text)
    assert recs and all(r.perpetrator == perpetrator for r in recs)
