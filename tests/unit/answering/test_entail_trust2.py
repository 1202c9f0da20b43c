"""The claim checker's classes from the trust2 diagnosis: everyday paraphrase kept, the facts it must still catch
rejected. Wordings are written for these tests, not copied from the set."""

from __future__ import annotations

import pytest

from assistant.answering.entail import gap

# Paraphrase vocabulary of attacks, casualties, places, actors and time (the words rule).
WORDS_KEPT = [
    ("A roadside device detonated beside a bus in Baiji.", "A roadside bomb exploded next to a bus in Baiji."),
    ("An explosive charge went off near a shop in Hilla.", "A bomb blew up close to a shop in Hilla."),
    ("Two mortar shells fell on a farm in Dibis.", "A pair of mortar shells landed on a farm in Dibis."),
    ("Unknown gunmen shot dead a shopkeeper in Basra.", "Unidentified gunmen gunned down a shopkeeper in Basra."),
    ("The attackers escaped in a pickup.", "The assailants fled in a pickup."),
    ("Turkish warplanes bombed a hillside near Zakho.", "Turkish jets bombed a hillside near Zakho."),
    ("No one was hurt when a rocket hit the base.", "Nobody was hurt when a rocket landed on the base."),
    ("The wounded guard later died of his injuries.", "The wounded guard later succumbed to his injuries."),
    ("Gunmen assassinated a tribal elder in front of his house.", "Gunmen killed a tribal leader outside his home."),
]
WORDS_REJECTED = [
    # a weapon, an object, a place or a cause the quote does not give
    ("A tear gas canister fired by police killed a protester.", "A bullet fired by police killed a protester."),
    ("A rocket landed near the airport.", "A rocket landed near the airport, destroying a hangar."),
    ("A bomb exploded near a shop in Hilla.", "A car bomb exploded near a shop in Hilla at dawn."),
    ("Gunmen killed a farmer in Tarmiya.", "Gunmen killed a farmer in Tarmiya over a land dispute."),
]


@pytest.mark.parametrize(("quote", "claim"), WORDS_KEPT)
def test_paraphrase_vocabulary_is_kept(quote: str, claim: str) -> None:
    assert gap(claim, quote) is None


@pytest.mark.parametrize(("quote", "claim"), WORDS_REJECTED)
def test_an_added_fact_is_still_rejected(quote: str, claim: str) -> None:
    assert gap(claim, quote) is not None


# Words with no checkable content (discourse, manner, the quantifiers of a denial) need no counterpart.
DISCOURSE_KEPT = [
    (
        "The militants used no explosives but fired rifles.",
        "The militants did not use any explosives; instead they fired rifles.",
    ),
    (
        "Relatives said the two were shepherds, not fighters.",
        "Relatives said the two were shepherds rather than fighters.",
    ),
    ("The convoy was hit; no one was wounded.", "The convoy was hit, though nobody was wounded."),
]


@pytest.mark.parametrize(("quote", "claim"), DISCOURSE_KEPT)
def test_discourse_words_are_free(quote: str, claim: str) -> None:
    assert gap(claim, quote) is None


# Names: dates written in figures or Roman months, month abbreviations, transliterations, acronyms.
NAMES_KEPT = [
    ("04/11/2021 (dd/mm): a bomb hit a patrol in Tarmiya.", "On 4 November 2021 a bomb hit a patrol in Tarmiya."),
    (
        "11-28-2020: gunmen attacked a checkpoint in Baiji.",
        "On 28 November 2020 gunmen attacked a checkpoint in Baiji.",
    ),
    ("2 XI 2019: gunmen attacked a checkpoint in Baiji.", "On 2 November 2019 gunmen attacked a checkpoint in Baiji."),
    ("On 9 Sept, a rocket hit a base near Balad.", "On 9 September, a rocket hit a base near Balad."),
    ("A bomb exploded in Kerkuk city.", "A bomb exploded in Kirkuk city."),
    ("A bomb exploded in Tikreet.", "A bomb exploded in Tikrit."),
    ("An improvised explosive device wounded two soldiers.", "An IED wounded two soldiers."),
    ("Two Counter-Terrorism Service members were wounded.", "Two CTS members were wounded."),
]
NAMES_REJECTED = [
    ("04/11/2021 (dd/mm): a bomb hit a patrol in Tarmiya.", "On 11 April 2021 a bomb hit a patrol in Tarmiya."),
    ("Reported on 14-03-2022: a bomb hit a patrol in Tarmiya.", "On 14 March 2022 a bomb hit a patrol in Tarmiya."),
    ("A bomb exploded in Kerkuk city.", "A bomb exploded in Karbala city."),
    ("A bomb exploded at the market on Friday.", "A bomb exploded at the market in March."),
]


@pytest.mark.parametrize(("quote", "claim"), NAMES_KEPT)
def test_written_variants_of_names_are_kept(quote: str, claim: str) -> None:
    assert gap(claim, quote) is None


@pytest.mark.parametrize(("quote", "claim"), NAMES_REJECTED)
def test_other_names_and_report_dates_are_rejected(quote: str, claim: str) -> None:
    assert gap(claim, quote) == "names"


# Roles: the passive voice is not a role swap; a swap of who was killed and who wounded is.
ROLES_KEPT = [
    (
        "Three soldiers were killed when militants attacked an army post.",
        "Militants attacked an army post, killing three soldiers.",
    ),
    (
        "Gunmen attacked a police patrol, killing two policemen.",
        "Two policemen were killed when gunmen attacked a police patrol.",
    ),
    (
        "ISIS militants attacked a PMF post, killing a fighter.",
        "A PMF fighter was killed when ISIS militants attacked a PMF post.",
    ),
]
ROLES_REJECTED = [
    (
        "A bomb went off at a checkpoint, killing a policeman and wounding two civilians.",
        "A bomb went off at a checkpoint, killing a civilian and wounding two policemen.",
    ),
    ("ISIS militants attacked a PMF post.", "PMF fighters attacked an ISIS post."),
]


@pytest.mark.parametrize(("quote", "claim"), ROLES_KEPT)
def test_voice_change_is_not_a_role_swap(quote: str, claim: str) -> None:
    assert gap(claim, quote) is None


@pytest.mark.parametrize(("quote", "claim"), ROLES_REJECTED)
def test_role_swaps_are_rejected(quote: str, claim: str) -> None:
    assert gap(claim, quote) is not None


# Figures and superlatives: more dead than the quote's toll; one of the deadliest given as the deadliest.
FIGURES_REJECTED = [
    ("Gunmen fired on two brothers, leaving one dead and the other wounded.", "Gunmen killed two brothers."),
    ("It was one of the deadliest attacks in Anbar this year.", "It was the deadliest attack in Anbar this year."),
]


@pytest.mark.parametrize(("quote", "claim"), FIGURES_REJECTED)
def test_outcomes_and_superlatives_are_checked(quote: str, claim: str) -> None:
    assert gap(claim, quote) is not None
