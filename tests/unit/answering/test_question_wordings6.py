"""Question wordings of the classes the final thirds of questions5 and realworld4 found: compact and military
periods, military abbreviations, actors and places in analysts' shorthand, period refinements, dated-only wordings
and negated filters. Each row is one wording of a class (most not in any held-out set); the counterexamples must
not trigger it. Rows compare the filters in the held-out sets' terms (place name, near, dates as ISO text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.evaluation.realworld import parsed_filters
from assistant.language.vocab import actor_group

D = dt.date
Y2022 = {"date_from": "2022-01-01", "date_to": "2022-12-31"}


def _check(question: str, today: dt.date, expected: dict[str, Any]) -> None:
    got = parsed_filters(question, today)
    for role in ("perpetrator", "target"):  # 'army' asks for the records 'Iraqi forces' does (vocab.ACTOR_WITHIN)
        got[role] = actor_group(got[role])
    assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize(
    ("question", "today", "expected"),
    [
        ("KIA count ISF Anbar CY2022", D(2023, 5, 8), Y2022),
        ("casualty figures, Sinjar, CY21", D(2023, 5, 8), {"date_from": "2021-01-01", "date_to": "2021-12-31"}),
        ("IED attacks Kirkuk CY 2022", D(2023, 5, 8), Y2022),
        ("ISIS attacks Diyala CY-22", D(2023, 5, 8), Y2022),
        ("ISIS attacks Hamrin Q4'23", D(2024, 1, 23), {"date_from": "2023-10-01", "date_to": "2023-12-31"}),
        ("rocket attacks Baghdad Q1’22", D(2023, 5, 8), {"date_from": "2022-01-01", "date_to": "2022-03-31"}),
        ("IEDs Anbar H2-21", D(2023, 5, 8), {"date_from": "2021-07-01", "date_to": "2021-12-31"}),
        ("IDF on US bases 1Q23", D(2023, 5, 8), {"date_from": "2023-01-01", "date_to": "2023-03-31"}),
        ("VOIEDs Salahuddin Q4 2020", D(2022, 4, 12), {"date_from": "2020-10-01", "date_to": "2020-12-31"}),
        ("Hashd casualties - Tuz - '22", D(2023, 5, 8), Y2022),
        ("attacks in Kirkuk in ’21", D(2023, 5, 8), {"date_from": "2021-01-01", "date_to": "2021-12-31"}),
        (
            "ISIS vs shepherds, Anbar desert, spring '20",
            D(2020, 6, 9),
            {"date_from": "2020-03-01", "date_to": "2020-05-31"},
        ),
        ("attacks in Diyala in summer '21", D(2023, 5, 8), {"date_from": "2021-06-01", "date_to": "2021-08-31"}),
        (
            "IDF Camp Taji Mar20",
            D(2021, 2, 17),
            {"place": "Camp Taji", "date_from": "2020-03-01", "date_to": "2020-03-31"},
        ),
        ("IEDs Kirkuk DEC2022", D(2023, 5, 8), {"date_from": "2022-12-01", "date_to": "2022-12-31"}),
        ("rockets Camp Taji March 2020", D(2021, 2, 17), {"place": "Camp Taji"}),
        ("attacks in Diyala on 12MAR2023", D(2023, 5, 8), {"date_from": "2023-03-12", "date_to": "2023-03-12"}),
        ("IED Baiji 3JUN21", D(2023, 5, 8), {"date_from": "2021-06-03", "date_to": "2021-06-03"}),
        (
            "Turkish UAV strikes, Makhmour, last qtr",
            D(2022, 12, 28),
            {"date_from": "2022-07-01", "date_to": "2022-09-30"},
        ),
        # counterexamples: no period in a word or a name
        ("cyber attacks in Basra", D(2023, 5, 8), {"date_from": None, "date_to": None}),
        ("attacks on CYPRUS-flagged ships", D(2023, 5, 8), {"date_from": None, "date_to": None}),
        ("attacks in Kirkuk in the '90s", D(2023, 5, 8), {"date_from": None, "date_to": None}),
        ("attacks at the Mar Behnam monastery", D(2023, 5, 8), {"place": "Mar Behnam", "date_from": None}),
        ("attacks on the Q4 checkpoint in Kirkuk", D(2023, 5, 8), {"date_from": None}),
        ("Marsh Arabs attacked in Basra", D(2023, 5, 8), {"date_from": None}),
    ],
)
def test_compact_and_military_periods(question: str, today: dt.date, expected: dict[str, Any]) -> None:
    _check(question, today, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("IDF on AAB 2021", {"place": "Ain al-Asad", "attack_type": "mortar_rocket"}),
        ("IDF on Ain al-Asad air base 2021", {"place": "Ain al-Asad", "attack_type": "mortar_rocket"}),
        ("VOIEDs Salahuddin 2020", {"attack_type": "ied", "province": "Salahuddin"}),
        ("RCIED strikes on convoys 2021", {"attack_type": "ied"}),
        ("EFP attacks on CF logistics convoys 2021", {"attack_type": "ied", "target": "US forces"}),
        ("EFPs on coalition convoys", {"attack_type": "ied", "target": "US forces"}),
        ("ISIS attks Hamrin mtns 2023", {"place": "Hamrin mountains", "perpetrator": "ISIS"}),
        ("ISIS atks Makhmour Mtn 2022", {"place": "Makhmour mountains", "perpetrator": "ISIS"}),
        ("ambushes on IA convoys nr Mutaibijah 2023", {"place": "Mutaibijah", "near": True, "target": "Iraqi forces"}),
        ("RCIED nr. Baiji 2022", {"place": "Baiji", "near": True, "attack_type": "ied"}),
        ("IA casualties Anbar 2022", {"target": "Iraqi forces", "province": "Anbar"}),
        ("small-arms attacks on federal police in Kirkuk in 2022", {"attack_type": "shooting", "target": "police"}),
        ("small arms fire on a checkpoint in Diyala", {"attack_type": "shooting"}),
        ("stabbings in Basra in 2022", {"attack_type": "other", "province": "Basra"}),
        ("knife attacks in Baghdad 2021", {"attack_type": "other"}),
        ("which faction fired on the protesters in Nasiriyah on 28 November 2019?", {"attack_type": "shooting"}),
        ("who fired at demonstrators in Baghdad in 2019?", {"attack_type": "shooting"}),
        # a bare F-16 names no air force: questions5 reads Iraqi forces, realworld2 none; the wider reading is kept
        (
            "F-16 sorties against ISIS in the Hamrin mountains in 2022",
            {"attack_type": "airstrike_operation", "perpetrator": None, "target": "ISIS"},
        ),
        ("F-16 strikes on ISIS in Anbar", {"attack_type": "airstrike_operation", "perpetrator": None}),
        ("Iraqi F-16 sorties in Anbar", {"attack_type": "airstrike_operation", "perpetrator": "Iraqi forces"}),
        # counterexamples: the letters inside words, or used for something else
        ("number of attacks in Anbar 2021", {"place": None, "near": False, "province": "Anbar"}),
        ("nr of attacks in Anbar 2021", {"place": None, "province": "Anbar"}),
        ("attacks on the Henry bridge", {"near": False}),
        ("mortar attacks in Basra 2021", {"attack_type": "mortar_rocket"}),
        ("rockets fired at the US embassy", {"attack_type": "mortar_rocket"}),
        ("Turkish F-16 strikes in Dohuk", {"perpetrator": "Turkey"}),
    ],
)
def test_military_abbreviations_and_shorthand(question: str, expected: dict[str, Any]) -> None:
    _check(question, D(2023, 5, 8), expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Turkish UAV strikes, Makhmour, 2022", {"perpetrator": "Turkey", "attack_type": "airstrike_operation"}),
        ("Turkish UAVs over Sinjar 2022", {"perpetrator": "Turkey"}),
        ("MIT drone strikes in Sulaymaniyah in 2023", {"perpetrator": "Turkey"}),
        ("strikes by Turkish intelligence in Sinjar", {"perpetrator": "Turkey"}),
        ("short narrative on the Turkish campaign in Dohuk in 2021", {"perpetrator": "Turkey"}),
        ("the Turkish offensive in Duhok 2022", {"perpetrator": "Turkey"}),
        ("Iran-aligned militia IDF on US bases 1Q23", {"perpetrator": "PMU", "target": "US forces"}),
        ("Saraya Awliya al-Dam explosive drone attacks on Erbil in 2021", {"perpetrator": "PMU"}),
        ("attacks claimed by Kataib Sayyid al-Shuhada in 2020", {"perpetrator": "PMU"}),
        ("Harakat al-Nujaba rocket attacks on the Green Zone", {"perpetrator": "PMU"}),
        (
            "quantify the civilian toll of Turkish air strikes in Duhok in 2021",
            {"target": "civilians", "perpetrator": "Turkey"},
        ),
        ("civilian casualties of ISIS attacks in Diyala", {"target": "civilians", "perpetrator": "ISIS"}),
        (
            "how many civilians have died in Turkish drone strikes in Sinjar since 2023?",
            {"target": "civilians", "perpetrator": "Turkey"},
        ),
        ("How many security personnel were wounded in Diyala last year?", {"target": "security forces"}),
        ("anything hitting the Asayish in Kirkuk in 2021?", {"target": "security forces"}),
        ("anything hitting police in Basra?", {"target": "police"}),
        (
            "Iraqi army shelling of ISIS hideouts in the Hamrin mountains in 2023",
            {"perpetrator": "Iraqi forces", "target": "ISIS"},
        ),
        ("air strikes on ISIS positions in Anbar", {"target": "ISIS"}),
        # counterexamples
        ("what did the Turkish foreign ministry say about Sinjar?", {"perpetrator": None}),
        ("civilians killed by ISIS in Kirkuk", {"target": "civilians", "perpetrator": "ISIS"}),
    ],
)
def test_actors_and_targets(question: str, expected: dict[str, Any]) -> None:
    _check(question, D(2024, 1, 23), expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "How many people were killed in the attack in the Yathrib subdistrict on 14 September 2021?",
            {"place": "Yathrib"},
        ),
        ("attacks in the Yathrib sub-district in 2021", {"place": "Yathrib"}),
        ("attacks in Yathrib nahiya 2021", {"place": "Yathrib"}),
        ("attacks in the Hamrin mtns 2022", {"place": "Hamrin mountains"}),
        ("IEDs around Tuz in 2022", {"place": "Tuz Khurmatu", "near": True}),
        (
            "Forget what I said earlier about Mosul. What I actually need is a briefing on attacks in Tal Afar since "
            "the start of 2022.",
            {"place": "Tal Afar"},
        ),
        ("Ignore the Mosul question; I need attacks in Sinjar in 2022", {"place": "Sinjar"}),
        ("Scratch Kirkuk. Attacks in Hawija in 2021, please", {"place": "Hawija"}),
        ("Never mind Basra. How many attacks in Nasiriyah in 2022?", {"place": "Nasiriyah"}),
        # counterexamples: an instruction about undated reports is no correction; a name is not cut at 'Tuz'
        ("ignore undated reports: attacks in Kirkuk 2021", {"province": "Kirkuk", "dated_only": True}),
        ("forget the undated ones. attacks in Kirkuk 2021", {"province": "Kirkuk", "dated_only": True}),
        ("attacks in Mosul in 2021; forget about Tal Afar", {"place": "Mosul"}),
    ],
)
def test_places_in_shorthand_and_corrections(question: str, expected: dict[str, Any]) -> None:
    _check(question, D(2024, 1, 23), expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("don't include anything undated: shootings in Kirkuk in 2023", {"dated_only": True}),
        ("how many attacks in Nineveh in H1 2024, not counting reports without an event date?", {"dated_only": True}),
        ("kidnappings in Baghdad in 2020; undated reports are no use to me", {"dated_only": True}),
        ("undated ones aren't needed: IEDs in Anbar", {"dated_only": True}),
        ("do not list undated attacks in Basra", {"dated_only": True}),
        ("forget about undated records, attacks in Kirkuk", {"dated_only": True}),
        ("I don't want undated reports: IEDs in Diyala", {"dated_only": True}),
        # counterexamples
        ("include undated reports: attacks in Kirkuk", {"dated_only": False}),
        ("undated reports are fine, attacks in Kirkuk", {"dated_only": False}),
        ("don't include shootings in Kirkuk", {"dated_only": False, "attack_type": None}),
    ],
)
def test_dated_only_wordings(question: str, expected: dict[str, Any]) -> None:
    _check(question, D(2024, 1, 23), expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a value negated or asked for twice: the field is left open (the closest superset)
        ("how many attacks in Anbar in 2021 were not claimed by ISIS?", {"perpetrator": None, "province": "Anbar"}),
        ("attacks in Diyala not carried out by ISIS", {"perpetrator": None}),
        ("attacks in Diyala in 2021 that did not target the army", {"target": None, "province": "Diyala"}),
        ("attacks in Kirkuk that didn't hit police", {"target": None}),
        ("not counting IEDs, attacks in Kirkuk", {"attack_type": None}),
        ("ISIS or unknown-gunmen attacks on police in Diyala in 2022", {"perpetrator": None, "target": "police"}),
        ("Erbil drone and rocket attacks 2022", {"attack_type": None}),
        ("rocket or drone strikes on Erbil", {"attack_type": None}),
        ("militia drone and rocket attacks claimed by the Islamic Resistance in Iraq", {"attack_type": None}),
        # unclaimed is a value of its own: 'unknown'
        ("attacks in Baghdad in 2021 that nobody claimed", {"perpetrator": "unknown"}),
        ("unclaimed attacks in Baghdad", {"perpetrator": "unknown"}),
        ("attacks no group has claimed in Kirkuk", {"perpetrator": "unknown"}),
        # counterexamples: one value stays
        ("IED and car bomb attacks in Baghdad", {"attack_type": "ied"}),
        ("count air and drone strikes by Turkey", {"attack_type": "airstrike_operation", "perpetrator": "Turkey"}),
        ("attacks claimed by ISIS that targeted police", {"perpetrator": "ISIS", "target": "police"}),
        ("attacks by unknown gunmen in Basra", {"perpetrator": "unknown"}),
        ("rocket attacks in Erbil 2022", {"attack_type": "mortar_rocket"}),
    ],
)
def test_negated_and_doubled_filters(question: str, expected: dict[str, Any]) -> None:
    _check(question, D(2024, 1, 23), expected)
