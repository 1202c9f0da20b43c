"""Extra records that restate a report's one attack or tell no attack (realworld11 class, wordings written here, none
copied): a live-updated page's older 'UPDATE 1 (09:10) -' entry under its latest one, a headline above the story of
its attack, an initial toll the report calls wrong, the state's own air strikes or raids on militants, a court's
verdict on an attack of years ago, a database row's summary that gives its toll as a range ('2-3'). Negative rows: a
later update's toll wins, an update that tells another attack elsewhere, a foreign power's strikes, a verdict that
tells the attack's day, a killing of a judge."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _extract(text: str, published: dt.date | None = dt.date(2023, 3, 7)) -> list[Incident]:
    return RuleExtractor().extract(Article(doc_id="t11r", title="", source="", text=text, published=published))


def _low(count: object) -> int | None:
    return getattr(count, "low", None)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "Kirkuk | 07.03.2023\n\nHawija market bomb: toll rises\n\n"
            "UPDATE 2 (18:20) - The toll from Monday's bomb at a market in Hawija has risen to five dead and nine "
            "wounded, the health directorate said.\n\nUPDATE 1 (08:45) - Police said three people were killed and "
            "seven injured.",
            5,
            9,
        ),
        (
            "Kirkuk | 07.03.2023\n\nUPDATE 3 (20:00) - Six people are now dead and ten wounded after Monday's bombing "
            "of a market in Hawija, hospital sources said.\n\nUpdate 2 (14:10): Police said four were killed and "
            "eight hurt.\n\nUpdate 1 (07:30): Two people were killed and five injured, a police source said.",
            6,
            10,
        ),
        (
            "Kirkuk | 07.03.2023\n\nUpdate 1 (08:45) - A bomb killed three people and wounded seven at a market in "
            "Hawija on Monday.\n\nUpdate 2 (18:20) - Police said five people were killed and nine injured.",
            5,
            9,
        ),
    ],
)
def test_an_older_update_entry_restates_the_attack(text: str, killed: int, wounded: int) -> None:
    records = _extract(text)
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert (_low(records[0].killed), _low(records[0].wounded)) == (killed, wounded)


def test_an_update_that_tells_another_attack_elsewhere_is_its_own_record() -> None:
    text = (
        "UPDATE 2 (18:20) - The toll from Monday's bomb at a market in Hawija has risen to five dead.\n\n"
        "UPDATE 1 (08:45) - Separately, gunmen killed two soldiers at a checkpoint in Tarmiyah on Monday."
    )
    assert len(_extract(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Sinjar, 7 March 2023\n\nSinjar official: three shepherds killed in drone strike\n\nFirst reports said one "
        "shepherd was killed in a drone strike near Sinjar on Sunday. On Monday, a local official said three "
        "shepherds were killed and a fourth wounded when a drone hit their camp near Sinjar on Sunday.",
        "Sinjar, 7 March 2023\n\nThree shepherds killed in drone strike near Sinjar\n\nEarlier reports said one "
        "shepherd was killed in a drone strike near Sinjar on Sunday. On Monday, the mayor said three shepherds "
        "were killed when a drone hit their camp near Sinjar on Sunday.",
    ],
)
def test_a_headline_above_its_story_is_no_record_of_its_own(text: str) -> None:
    records = _extract(text)
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert _low(records[0].killed) == 3


def test_a_headline_of_another_place_keeps_its_record() -> None:
    text = (
        "Basra, 7 March 2023\n\nTwo killed in Tuz Khurmatu bomb\n\nFirst reports said one man died in a blast. On "
        "Monday, police said two guards were killed when a bomb hit their post in Zubair on Sunday."
    )
    assert len(_extract(text)) == 2


@pytest.mark.parametrize(
    "said",
    [
        "initial reports of four soldiers killed in Thursday's attack were wrong",
        "first reports that four soldiers were killed in Thursday's attack proved false",
        "early reports of four dead in Thursday's attack turned out to be inaccurate",
    ],
)
def test_an_initial_toll_called_wrong_is_no_toll(said: str) -> None:
    text = (
        "Baghdad, Friday 10 March 2023\n\nAbu Ghraib checkpoint attack: ministry corrects toll\n\n"
        f"The Ministry of Interior said on Friday that {said}. Two policemen were killed and one was wounded when "
        "gunmen fired on a checkpoint near Abu Ghraib on Thursday (March 9), it said."
    )
    records = _extract(text, dt.date(2023, 3, 10))
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert (_low(records[0].killed), _low(records[0].wounded)) == (2, 1)


def test_false_rumours_beside_a_toll_leave_the_toll() -> None:
    text = "Police said three soldiers were killed near Baiji on Monday, and that rumours of a second blast were false."
    records = _extract(text)
    assert len(records) == 1
    assert _low(records[0].killed) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Iraqi forces also carried out air strikes in the Hamrin mountains.",
        "Iraqi F-16s conducted airstrikes on hideouts in the Wadi Houran valley.",
        "Security forces later launched a sweep of the orchards near Tarmiyah.",
        "- 9 terrorists killed in air strikes on caves in the Makhoul mountains.",
        "- Seven ISIS militants killed in raids on hideouts in the Jallam desert.",
    ],
)
def test_the_states_own_strikes_are_no_attack(line: str) -> None:
    text = f"Weekly summary, 7 March 2023\n\n- 41 wanted persons arrested.\n{line}\n- 12 caches found."
    assert _extract(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "A Turkish air strike killed three PKK militants in the Qandil mountains on Monday.",
        "- 12 PKK militants killed in Turkish air strikes on hideouts near Amedi on Monday.",
    ],
)
def test_a_foreign_powers_strikes_stay_attacks(line: str) -> None:
    assert len(_extract(line)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Central Criminal Court sentenced to death a man who took part in the bombing of a market in Hilla in "
        "2017, under Article 4 of the anti-terrorism law.",
        "A Karbala court convicted two men over the 2018 shooting of an activist in the city.",
        "Three men were sentenced to life in prison for the bombing of a cafe in Baquba in 2015.",
    ],
)
def test_a_verdict_on_an_old_attack_is_no_record(text: str) -> None:
    assert _extract(text, dt.date(2021, 2, 18)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a judge who had sentenced IS members to death, in Basra on Monday.",
        "The court sentenced him to death for planting a bomb outside a shop in Al-Daghara on 3 March 2020, killing "
        "the owner.",
    ],
)
def test_a_killing_of_a_judge_or_a_verdict_with_the_attacks_day_is_a_record(text: str) -> None:
    assert len(_extract(text)) == 1


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Local sources reported 2-3 civilians killed, named as two brothers and possibly a cousin.", 2, 3),
        ("Residents said 4–6 villagers were killed.", 4, 6),
        ("The strike killed 3-5 fighters.", 3, 5),
    ],
)
def test_a_toll_in_digits_with_a_dash_is_a_range(text: str, low: int, high: int) -> None:
    killed, _ = figures(text)
    assert killed is not None and (killed.low, killed.high) == (low, high)


@pytest.mark.parametrize("text", ["On 12-14 May, 3 people were killed.", "Deaths recorded (min-max) 1-2"])
def test_dates_and_columns_are_no_range(text: str) -> None:
    killed, _ = figures(text)
    assert killed is None or killed.high == killed.low


def test_a_database_summary_with_a_range_restates_its_row() -> None:
    text = (
        "Airwars - civilian harm incident\nIncident code: TI0999\nIncident date: May 2, 2021\n"
        "Location: Sarsing, Amedi district, Duhok governorate, Iraq\nBelligerent: Turkish Military\n"
        "Civilians reported killed: 1-2\nCivilians reported injured: 2\n"
        "Summary: A Turkish drone strike hit a car near Sarsing. Local sources reported 1-2 civilians killed, named "
        "as a farmer and possibly his nephew, and 2 injured."
    )
    records = _extract(text, None)
    assert len(records) == 1, [r.sources[0].quote for r in records]
