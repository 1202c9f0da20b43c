"""Question classes found on the third blind question set: whole calendar units for 'the past N months', spans
written without 'between', installations as places of their own, a town named with no word before it, civilians
by what they were doing, actors named by their weapons, and follow-ups that point back anywhere in the turn.
Each row is one wording of a class; several are wordings no set holds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import follow_up, parse_question
from assistant.evaluation.realworld import _same_place, parsed_filters_of
from assistant.language.periods import date_range

D = dt.date
TODAY = D(2022, 3, 8)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # the N whole units before the current one, as 'last month' and 'last year' are
        ("over the past 2 years", D(2020, 1, 1), D(2021, 12, 31)),
        ("in the last two months", D(2022, 1, 1), D(2022, 2, 28)),
        ("the previous three months", D(2021, 12, 1), D(2022, 2, 28)),
        ("last 6 months", D(2021, 9, 1), D(2022, 2, 28)),
        ("the past couple of months", D(2022, 1, 1), D(2022, 2, 28)),
        ("last quarter", D(2021, 10, 1), D(2021, 12, 31)),
        ("the past 2 quarters", D(2021, 7, 1), D(2021, 12, 31)),
        ("this quarter", D(2022, 1, 1), D(2022, 3, 31)),
        ("so far this quarter", D(2022, 1, 1), D(2022, 3, 31)),
        ("year to date", D(2022, 1, 1), D(2022, 12, 31)),
        # spans written without 'between' or 'from'
        ("oct-dec 2019", D(2019, 10, 1), D(2019, 12, 31)),
        ("October to December 2019", D(2019, 10, 1), D(2019, 12, 31)),
        ("Jan through Mar 2021", D(2021, 1, 1), D(2021, 3, 31)),
        ("nov 2019 - feb 2020", D(2019, 11, 1), D(2020, 2, 29)),
        ("Nov-Feb 2020", D(2019, 11, 1), D(2020, 2, 29)),  # the first month after the last: the year before
        ("2019 through 2021", D(2019, 1, 1), D(2021, 12, 31)),
        ("2019 thru 2020", D(2019, 1, 1), D(2020, 12, 31)),
        ("2019-20", D(2019, 1, 1), D(2020, 12, 31)),
        ("14.03.2021 to 14.04.2021", D(2021, 3, 14), D(2021, 4, 14)),
        ("2021-01-05 until 2021-02-10", D(2021, 1, 5), D(2021, 2, 10)),
        ("5 January 2021 - 10 February 2021", D(2021, 1, 5), D(2021, 2, 10)),
        ("winter 2020-21", D(2020, 12, 1), D(2021, 2, 28)),
        ("the winter of 2019/2020", D(2019, 12, 1), D(2020, 2, 29)),
    ],
)
def test_periods_as_analysts_write_them(text: str, first: dt.date, last: dt.date) -> None:
    assert date_range(text.lower(), TODAY) == {"date_from": first, "date_to": last}


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the last quarter of 2019", D(2019, 10, 1), D(2019, 12, 31)),
        ("a 2020-06-11 attack", D(2020, 6, 11), D(2020, 6, 11)),
        ("attacks in 2020-06-11", D(2020, 6, 11), D(2020, 6, 11)),
    ],
)
def test_what_the_span_rules_leave_alone(text: str, first: dt.date, last: dt.date) -> None:
    """'the last quarter of 2019' is Q4 2019, not the previous quarter; an ISO day is no '2020-06' year span."""
    assert date_range(text.lower(), TODAY) == {"date_from": first, "date_to": last}


@pytest.mark.parametrize(
    ("question", "place", "near"),
    [
        ("how many rockets hit Erbil airport in 2021?", "Erbil airport", False),
        ("rocket fire on erbil airport last year", "Erbil airport", False),
        ("how many attacks hit the Allas oil field in 2020", "Allas oil field", False),
        ("did anything happen near the Khabbaz oil field in 2020?", "Khabbaz oil field", True),
        ("Katyushas at the Green Zone in January 2020", "Green Zone", False),
        ("protests in Baghdad's Tahrir Square, Nov 2019", "Tahrir Square", False),
        ("who fired on the crowd at the Al-Ahrar bridge?", "Al-Ahrar bridge", False),
        ("rockets on BIAP since Jan 2020", "Baghdad International Airport", False),
        ("drone strike on Makhmour camp", "Makhmour camp", False),
        ("rocket strikes against the K1 base since December 2019", "K1", False),
        ("around the Jambur oil field in 2021", "Jambur oil field", True),
    ],
)
def test_installations_are_places_of_their_own(question: str, place: str, near: bool) -> None:
    got = parsed_filters_of(parse_question(question, TODAY))
    assert (got["place"], got["near"], got["province"]) == (place, near, None)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("fallujah market bombing jun 2024 - wounded in the end?", "Fallujah"),
        ("kirkuk checkpoint attack 1 may 2021, how many dead", "Kirkuk"),
        ("tikrit hospital shooting march 2020 - who did it?", "Tikrit"),
        ("samarra base rocket attack 2021", "Samarra"),
        ("erbil airport drone attack 2022", "Erbil airport"),  # an installation stays a place of its own
    ],
)
def test_a_towns_site_typed_in_lower_case_is_the_town(question: str, place: str) -> None:
    """A question typed all in lower case names the town whose market, checkpoint or base was hit."""
    assert parsed_filters_of(parse_question(question, TODAY))["place"] == place


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("sitrep: Tal Afar, last quarter", "Tal Afar"),
        ("tikrit ied 2021", "Tikrit"),
        ("tikrit attacks 2020?", "Tikrit"),
        ("samarra, anything since may?", "Samarra"),
        ("Quick one - Baiji kidnappings this year", "Baiji"),
    ],
)
def test_a_town_named_with_no_word_before_it(question: str, place: str) -> None:
    assert parsed_filters_of(parse_question(question, TODAY))["place"] == place


@pytest.mark.parametrize(
    "question",
    ["attacks in the Hamrin mountains", "attacks in the Jazeera of Samarra", "Which oil field in Kirkuk province?"],
)
def test_a_feature_is_not_the_town_it_shares_a_name_with(question: str) -> None:
    got = parsed_filters_of(parse_question(question, TODAY))
    assert got["place"] not in ("Hamrin", "Samarra", "Which oil field")


@pytest.mark.parametrize(
    ("question", "perpetrator", "target"),
    [
        ("how many activists were shot in Missan during 2020", None, "civilians"),
        ("who kidnapped the two oil workers near Beiji?", None, "civilians"),
        ("ISIS abducting truffle hunters in the Anbar desert", "ISIS", "civilians"),
        ("what unknown gunmen did to protesters in Nasiriya", "unknown", "civilians"),
        ("were any students hurt in the Basra blast?", None, "civilians"),
        ("how many truck drivers were killed on the Baiji road?", None, "civilians"),
        ("PMF rocket attacks in 2020", "PMU", None),
        ("ISIS sniper attacks on the police", "ISIS", "police"),
        ("attacks on the PKK-linked YBS by Turkish warplanes in 2021", "Turkey", "PKK"),
        ("List drone strikes carried out by the US in Iraq, 2020", "US forces", None),
        ("strikes by the United States on Kataib Hezbollah", "US forces", "PMU"),
        ("give us the attacks in Kirkuk", None, None),  # 'us' the pronoun names nobody
        ("attacks on Iraqi security forces in Qayara", None, "security forces"),
    ],
)
def test_actors_in_more_wordings(question: str, perpetrator: str | None, target: str | None) -> None:
    parsed = parse_question(question, TODAY)
    assert (parsed.filters.perpetrator, parsed.target) == (perpetrator, target)


def test_army_and_iraqi_forces_ask_for_the_same_records() -> None:
    """A question on 'the army' and one on 'Iraqi forces' list the same records (the army is one of them)."""
    from assistant.language.vocab import actor_group, actors_in_group

    assert actor_group("army") == actor_group("Iraqi forces") == "Iraqi forces"
    assert set(actors_in_group("army")) == set(actors_in_group("Iraqi forces")) == {"army", "Iraqi forces"}
    assert actors_in_group("police") == ["police"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "everything in Kirkuk province in Q2 2021",
            "just the IEDs",
            {"province": "Kirkuk", "date_from": "2021-04-01", "attack_type": "ied", "intent": "list"},
        ),
        (
            "suicide bombings in Iraq in 2021",
            "how many of those were in Baghdad?",
            {"province": "Baghdad", "date_from": "2021-01-01", "attack_type": "suicide", "intent": "count"},
        ),
        (
            "Turkish shelling around Sidakan last summer",
            "any air strikes instead?",
            {"place": "Sidakan", "perpetrator": "Turkey", "attack_type": "airstrike_operation", "intent": "list"},
        ),
        (
            "attacks on the army in Salahuddin in 2020",
            "what about the police?",
            {"province": "Salahuddin", "target": "police", "date_to": "2020-12-31"},
        ),
        (
            "ISIS kidnappings in Anbar since 2019",
            "only civilians please",
            {"perpetrator": "ISIS", "target": "civilians", "province": "Anbar", "attack_type": "kidnapping"},
        ),
        (
            "list attacks in Mosul in October 2020",
            "extend that back to the start of the year",
            {"place": "Mosul", "date_from": "2020-01-01", "date_to": "2020-10-31", "intent": "list"},
        ),
        (
            "Hashd attacks on Peshmerga since 2020",
            "and the other way round?",
            {"perpetrator": "Peshmerga", "target": "PMU", "date_from": "2020-01-01"},
        ),
        (
            "summarise the situation in Kirkuk province in 2021",
            "focus on IS attacks on civilians",
            {"province": "Kirkuk", "perpetrator": "ISIS", "target": "civilians", "date_to": "2021-12-31"},
        ),
        (
            "Who claimed the rocket attack on Ain al-Asad on 24 October 2021?",
            "were there any casualties?",
            {"place": "Ain al-Asad", "date_from": "2021-10-24", "intent": "count"},
        ),
    ],
)
def test_follow_ups_that_point_back(first: str, second: str, expected: dict) -> None:
    previous = follow_up(first, TODAY, None)
    parsed = follow_up(second, TODAY, previous)
    got = parsed_filters_of(parsed) | {"intent": {"list": "list", "count": "count"}.get(parsed.intent, "ask")}
    if "place" in expected and got["place"] and _same_place(got["place"], expected["place"]):
        got["place"] = expected["place"]  # 'Sidakan' is the gazetteer's 'Setkan'
    assert {k: got[k] for k in expected} == expected


def test_a_new_question_after_a_listing_stands_alone() -> None:
    """A full question with its own place and period is no follow-up, even right after a listing."""
    previous = follow_up("ISIS attacks in Diyala in 2020", TODAY, None)
    parsed = follow_up("how many people were killed in Kirkuk in 2021?", TODAY, previous)
    got = parsed_filters_of(parsed)
    assert (got["perpetrator"], got["province"], got["date_from"]) == (None, "Kirkuk", "2021-01-01")


# ---- classes found on the fourth blind set's dev split (questions4)


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        ("the first half of this year", D(2022, 7, 19), D(2022, 1, 1), D(2022, 6, 30)),
        ("the second quarter of last year", D(2022, 7, 19), D(2021, 4, 1), D(2021, 6, 30)),
        ("March of last year", D(2022, 7, 19), D(2021, 3, 1), D(2021, 3, 31)),
        ("in the month before last", D(2024, 5, 30), D(2024, 3, 1), D(2024, 3, 31)),
        ("the year before last", D(2022, 7, 19), D(2020, 1, 1), D(2020, 12, 31)),
        ("the first week of March 2021", D(2021, 4, 22), D(2021, 3, 1), D(2021, 3, 7)),
        ("the last week of feb 2020", D(2021, 4, 22), D(2020, 2, 23), D(2020, 2, 29)),
        ("IEDs in Anbar last March", D(2022, 11, 2), D(2022, 3, 1), D(2022, 3, 31)),
        ("IEDs in Anbar last March", D(2022, 3, 8), D(2021, 3, 1), D(2021, 3, 31)),
        ("from Q2 to Q3 2021", D(2022, 11, 2), D(2021, 4, 1), D(2021, 9, 30)),
        ("anything in Basra on 2022/08/14?", D(2023, 1, 11), D(2022, 8, 14), D(2022, 8, 14)),
        ("what happened in Sinjar on the 17th of January?", D(2022, 7, 19), D(2022, 1, 17), D(2022, 1, 17)),
        ("on Tuesday 9 March 2021", D(2021, 4, 22), D(2021, 3, 9), D(2021, 3, 9)),
        ("policemen killed this yr", D(2022, 11, 2), D(2022, 1, 1), D(2022, 12, 31)),
        # a period of the user's own plans is no filter: the one the question asks about is
        ("moving convoys this week; any IEDs in the last three months?", D(2022, 7, 19), D(2022, 4, 1), D(2022, 6, 30)),
    ],
)
def test_more_periods(text: str, today: dt.date, first: dt.date, last: dt.date) -> None:
    assert date_range(text.lower(), today) == {"date_from": first, "date_to": last}


def test_since_last_october_is_still_open_ended() -> None:
    assert date_range("since last october", D(2022, 3, 8)) == {"date_from": D(2021, 10, 1), "date_to": None}


@pytest.mark.parametrize(
    ("question", "attack_type"),
    [
        ("SVBIED attacks in Iraq since 2022", "suicide"),
        ("suicide vest attacks in Baghdad", "suicide"),
        ("VBIEDs in Mosul in 2019", "ied"),
        ("booby-trapped houses in Salahuddin in 2020", "ied"),
        ("sticky bomb attacks in Basra", "ied"),
        ("indirect fire attacks on Ain al-Asad in 2021", "mortar_rocket"),
        ("UAV strikes in Sinjar in 2022", "airstrike_operation"),
        ("Yazidis killed by Turkish drones in Sinjar in 2021", "airstrike_operation"),
        ("explosive-laden drones over Erbil in 2022", "other"),
        ("kamikaze drone attacks on Erbil", "other"),
        ("arson attacks in Kirkuk in 2023", "other"),
        ("RPG attacks on police in Diyala", "other"),
        ("ambushes with RPGs near Baiji", "ambush"),
        ("how many people were snatched in Diyala in 2022?", "kidnapping"),
    ],
)
def test_attack_types_in_more_wordings(question: str, attack_type: str) -> None:
    assert parse_question(question, TODAY).filters.attack_type == attack_type


@pytest.mark.parametrize(
    ("question", "perpetrator", "target"),
    [
        ("kh rocket attacks on us bases 2020 count", "PMU", "US forces"),
        ("Iran-backed militia attacks on the Green Zone", "PMU", None),
        ("coalition air strikes in Anbar in 2019", "US forces", None),
        ("attacks against Christians in Nineveh in 2019", None, "civilians"),
        ("attacks on tribal sheikhs in Anbar in 2023", None, "civilians"),
        ("Turkish-army casualties in Dohuk in 2022", None, "Turkey"),
        ("najaf protesters killed nov 2019", None, "civilians"),
        ("peshmerga ambushed kirkuk 2023", None, "Peshmerga"),
        ("peshmerga ambushed a convoy near kirkuk", "Peshmerga", None),
        ("mukhtar shot dead tarmiyah june 2022", None, "civilians"),
        ("Catalog shootings of policemen in Basra in fall 2020", None, "police"),
        ("pull every assassination by gunfire of activists in Basra", None, "civilians"),
        ("For a piece on Turkey's campaign, count Turkish air strikes in Dohuk", "Turkey", None),
        ("which armed group was blamed for the grenade attack in Sulaymaniyah?", None, None),
        ("write up what ISIS did in Anbar this year", "ISIS", None),
        ("attacks by the ISF on protesters", "security forces", "civilians"),
    ],
)
def test_more_actors(question: str, perpetrator: str | None, target: str | None) -> None:
    parsed = parse_question(question, TODAY)
    assert (parsed.filters.perpetrator, parsed.target) == (perpetrator, target)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("attacks in baghdad in may 2023", {"province": "Baghdad", "place": None}),
        ("attacks in Sulaimaniyah in October 2022", {"province": "Sulaymaniyah", "place": None}),
        ("attacks in An Najaf in December 2019", {"province": "Najaf", "place": None}),
        ("attacks in Al Basrah in Q2 2023", {"province": "Basra", "place": None}),
        ("attacks in Erbil on 2022-01-17", {"province": "Erbil", "place": None}),
        ("shootings basra city jan-mar 2024", {"province": None, "place": "Basra"}),
        ("rocket attacks near Baghdad airport in 2020", {"place": "Baghdad International Airport", "near": True}),
        ("attacks on the Bai Hasan field in 2020", {"place": "Bai Hassan oil field"}),
        ("rocket attacks on the Khor Mor gas field in 2023", {"place": "Khor Mor gas field"}),
        ("ISIS attacks in the Hamrin mountains along the Hamrin range", {"place": "Hamrin mountains"}),
        ("who killed the mukhtar of Albu Dour on 18 July 2020?", {"place": "Albu Dour"}),
        ("mortar attacks on Camp Taji in 2020", {"place": "Camp Taji"}),
        ("number of dated roadside bombings in Diyala in 2019", {"dated_only": True}),
        ("brief me on attacks in Anbar in 2022, ignore anything undated", {"dated_only": True}),
    ],
)
def test_more_places_and_options(question: str, expected: dict) -> None:
    got = parsed_filters_of(parse_question(question, TODAY))
    if expected.get("place") and got["place"] and _same_place(got["place"], expected["place"]):
        got["place"] = expected["place"]
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "roadside bombs in Anbar in 2023, dated only",
            "include the undated ones too",
            {"dated_only": False, "province": "Anbar", "attack_type": "ied"},
        ),
        (
            "PKK attacks on Turkish forces in Dohuk in 2022",
            "flip it round",
            {"perpetrator": "Turkey", "target": "PKK", "province": "Dohuk"},
        ),
        ("grenade attacks in Basra city in 2022", "now for the whole province", {"province": "Basra", "place": None}),
        ("suicide bombings in Baghdad in 2019", "just keep the ones with a date", {"dated_only": True}),
        ("list attacks in Sulaymaniyah in 2023", "just the Turkish ones", {"perpetrator": "Turkey"}),
        ("rocket attacks on Erbil airport in 2021", "same question for K1", {"place": "K1", "date_from": "2021-01-01"}),
    ],
)
def test_more_follow_ups(first: str, second: str, expected: dict) -> None:
    parsed = follow_up(second, TODAY, follow_up(first, TODAY, None))
    got = parsed_filters_of(parsed)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a month named alone keeps the year the conversation is about
        ("attacks in Kirkuk province in March 2020", "and in April?", {"date_from": "2020-04-01"}),
        ("IEDs in Diyala in June 2019", "what about in September?", {"date_to": "2019-09-30"}),
        ("IEDs in Diyala in June 2019", "and in May 2021?", {"date_from": "2021-05-01"}),  # a year given wins
        # the other way round: the first side's weapon is no filter on the other side
        (
            "Turkish drone strikes on the PKK in 2021",
            "the other way round: PKK attacks on Turkish forces",
            {"perpetrator": "PKK", "attack_type": None, "date_from": "2021-01-01"},
        ),
        ("US air strikes on Kataib Hezbollah in 2020", "and vice versa", {"perpetrator": "PMU", "attack_type": None}),
    ],
)
def test_follow_ups_keep_the_conversations_year_and_drop_the_swapped_sides_weapon(
    first: str, second: str, expected: dict
) -> None:
    parsed = follow_up(second, TODAY, follow_up(first, TODAY, None))
    got = parsed_filters_of(parsed)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("violence against protesters in Baghdad in 2019", {"perpetrator": "security forces", "target": "civilians"}),
        ("the crackdown on demonstrators in Nasiriyah", {"perpetrator": "security forces"}),
        ("killings of protesters in Samawa in 2019", {"perpetrator": None, "target": "civilians"}),
        ("attacks in Diwaniya", {"place": "Diwaniyah", "province": None}),  # a city, not Al-Qadisiyah's old name
        ("attacks in Kirkuk", {"province": "Kirkuk"}),  # the province's own name
        ("the car bomb at the Kirkuk citadel", {"place": "Kirkuk citadel", "province": None}),
    ],
)
def test_force_on_protests_cities_named_like_provinces_and_citadels(question: str, expected: dict) -> None:
    got = parsed_filters_of(parse_question(question, TODAY))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Anbar last month", "list"),
        ("Diyala, Q3 2020", "list"),
        ("Mosul, 3 May 2021", "list"),
        ("Kirkuk", "ask"),  # a place alone searches nothing in a period
        ("Was Kirkuk hit last month?", "ask"),
    ],
)
def test_a_place_and_a_period_typed_alone_is_a_search(question: str, intent: str) -> None:
    assert parse_question(question, TODAY).intent == intent


def test_a_place_and_period_search_takes_follow_ups() -> None:
    parsed = follow_up("and the month before?", TODAY, follow_up("Anbar last month", TODAY, None))
    got = parsed_filters_of(parsed)
    assert (got["province"], got["date_from"], got["date_to"], parsed.intent) == (
        "Anbar",
        "2022-01-01",
        "2022-01-31",
        "list",
    )


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("How many ISIS fighters were killed in the F-16 strike in the Makhoul mountains?", "Makhoul mountains"),
        ("MQ-9 strikes near Al-Qaim in 2020", "Al Qaim"),
        ("rocket attacks on K1 base", "K1"),  # a base named with a digit stays a place
    ],
)
def test_aircraft_are_no_places(question: str, place: str) -> None:
    assert parsed_filters_of(parse_question(question, TODAY))["place"] == place


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("SIGACTs Kirkuk 3Q21", {"province": "Kirkuk", "date_from": "2021-07-01", "date_to": "2021-09-30"}),
        ("Diyala 2H20", {"date_from": "2020-07-01", "date_to": "2020-12-31"}),
        ("Dohuk Q1 21", {"date_from": "2021-01-01", "date_to": "2021-03-31"}),
        ("attacks Maysan Dec '21", {"date_from": "2021-12-01", "date_to": "2021-12-31"}),
        ("killed in Diyala MTD", {"date_from": "2022-03-01", "date_to": "2022-03-31"}),
        ("Kirkuk, last 3 mos", {"date_from": "2021-12-01", "date_to": "2022-02-28"}),
        ("SAF vs ISF, Diyala, 2021", {"attack_type": "shooting", "target": "security forces"}),
        ("IDF on the Green Zone in 2020", {"attack_type": "mortar_rocket"}),
        ("PBIED Baghdad 2021", {"attack_type": "suicide"}),
        ("OWA UAS attacks on CF in 2021", {"attack_type": "other", "target": "US forces"}),
        ("TAF strikes in Dohuk in 2021", {"perpetrator": "Turkey"}),
        ("AAH rocket attacks in 2020", {"perpetrator": "PMU"}),
        ("BLUF on DAESH ops in Kirkuk in 2021", {"perpetrator": "ISIS", "target": None}),
        ("Hashd attacks against American troops in 2020", {"perpetrator": "PMU", "target": "US forces"}),
    ],
)
def test_analysts_shorthand(question: str, expected: dict) -> None:
    got = parsed_filters_of(parse_question(question, TODAY))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("Anbar, March 2021 - only the ones put on IS", "perpetrator", "ISIS"),
        ("attacks pinned on ISIS in Kirkuk in 2022", "perpetrator", "ISIS"),
        ("When was the rocket attack on Khor Mor in October 2022?", "place", "Khor Mor"),  # no village's namesake
        ("director shot at in Bab Baghdad, 10 Feb 2019 - injured?", "province", None),  # a gate of another city
    ],
)
def test_blame_words_unknown_sites_and_gates(question: str, field: str, value: str | None) -> None:
    assert parsed_filters_of(parse_question(question, TODAY))[field] == value
