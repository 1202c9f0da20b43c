"""Classes from the realworld19 dev split (its emphasis: casualty figures told in many ways, listings over a corpus),
each tested with wordings written here (none copied from the set): a case file's event-date field among bar-separated
fields; attackers killed by the side they attacked; a wire copy signed off by its agency in capitals or closed by
'(END)'; 'No one claimed the attack' is no figure; the victims' ages; translated Arabic's 'led to his injury' and
'without other losses'; 'wounded and no one killed'; one of those counted who 'died of his wounds' in a named town's
hospital; the funeral 'in <town> on <day> of' a victim; 'the toll thus stands at'; who the dead were said to be, in
the next sentence or after a dash; an operations command's 'our forces'. Questions: a name typed first that no list
holds before what happened there, 'this evening's', 'last night's'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.corpus.read import read_records, to_article
from assistant.evaluation.realworld import parsed_filters
from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.language.periods import date_range
from assistant.schemas import Article, Incident

DAY = dt.date(2022, 6, 18)  # a Saturday


def _records(text: str, published: dt.date | None = DAY) -> list[Incident]:
    return RuleExtractor().extract(Article(doc_id="t22", title="", source="", text=text, published=published))


def _counts(inc: Incident) -> tuple[int | None, int | None]:
    return (inc.killed.low if inc.killed else None, inc.wounded.low if inc.wounded else None)


@pytest.mark.parametrize(
    "fields",
    [
        "Date of incident: 9 June 2022 | Date entered: 15 June 2022 | Province: Kirkuk",
        "Province: Kirkuk | Date of incident: 9 June 2022 | Date entered: 15 June 2022",
        "Time: 21:30 | Date of incident: 9 June 2022",
        "Date of incident: 9 June 2022|Date entered: 15 June 2022",
    ],
)
def test_a_case_files_event_date_among_bar_separated_fields(fields: str) -> None:
    text = (
        "Conflict Case Register - file CCR-IQ-2022-0311\n"
        f"{fields}\n"
        "Summary: gunmen fired on a checkpoint of the federal police near Daquq, killing one policeman."
    )
    (got,) = _records(text, dt.date(2022, 6, 15))
    assert (got.event_date, got.date_precision) == (dt.date(2022, 6, 9), "day")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "IS militants attacked an army post near Tuz on Friday, killing two soldiers; the soldiers killed three of "
            "the attackers.",
            2,
        ),
        (
            "IS militants attacked an army post near Tuz on Friday. Three soldiers were killed and two wounded; "
            "the post killed one of the attackers.",
            3,
        ),
        (
            "Gunmen ambushed a Hashd patrol near Tuz on Friday, killing a fighter. "
            "The patrol killed two of the gunmen.",
            1,
        ),
    ],
)
def test_attackers_killed_by_the_side_they_attacked_are_no_victims(text: str, killed: int) -> None:
    got = _records(text)
    assert len(got) == 1 and _counts(got[0])[0] == killed


@pytest.mark.parametrize("foot", ["MENA - 13/06/2022", "-- BERNAMA, 13 Jun 2022", "(END) 2022/06/13 16:45"])
def test_a_wire_copy_signed_off_by_its_agency_dates_the_page(tmp_path: Path, foot: str) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "Iraqi police said gunmen shot dead a shop owner in Tuz on Saturday night, the second such killing since "
        "the start of the month.\n\n"
        "The first, on 2 June, was never solved, a police source said.\n\n"
        f"{foot}\n",
        "utf-8",
    )
    (record,) = list(read_records(path, 10**6))
    assert to_article(record).published == dt.date(2022, 6, 13)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A policeman was shot dead. No one claimed the attack, and police did not say whether others were hurt.",
            (1, None),
        ),
        ("A drone strike killed a farmer and wounded his two daughters, aged 7 and 11.", (1, 2)),
        ("Gunmen wounded a shepherd, aged 60, and his son.", (None, 2)),
        ("A bomb exploded under the car of an engineer, which led to his injury with light wounds.", (None, 1)),
        ("A sticky bomb went off under the car of a judge, which led to a serious injury to the judge.", (None, 1)),
        (
            "Daesh attacked a post, which led to the martyrdom of a soldier, without other losses among the force.",
            (1, 0),
        ),
        ("Police first said three people were wounded and no one killed.", (0, 3)),
        (  # more than the one: no count from these words
            "A sticky bomb went off under the car of a judge, which led to an injury to the judge and his two guards.",
            (None, None),
        ),
        ("Gunmen shot dead two of the militants' relatives in Tuz.", (2, None)),
        (  # the toll the sentence ends on, after the count it revises
            "Doctors said six people were wounded, two of whom died; the toll thus stands at two dead and four "
            "wounded.",
            (2, 4),
        ),
    ],
)
def test_figures_told_in_other_words(text: str, counts: tuple[int | None, int | None]) -> None:
    k, w = figures(text)
    assert (k.low if k else None, w.low if w else None) == counts


def test_one_of_those_counted_who_died_in_a_named_towns_hospital_revises_the_toll() -> None:
    text = (
        "An IED hit an army patrol near Baiji on Tuesday. The army first said four soldiers were wounded and none "
        "killed. On Thursday a military source said one of the four had died of his wounds in a Samarra hospital."
    )
    (got,) = _records(text, dt.date(2022, 6, 17))
    assert got.place_text == "Baiji" and got.killed.low == 1  # type: ignore[union-attr]


def test_the_toll_thus_stands_at_is_the_latest_toll() -> None:
    text = (
        "A bomb exploded in a market in Kut on Monday, wounding three people. "
        "Update, 16 June: the health directorate said the toll thus stands at two dead and five wounded."
    )
    got = _records(text)
    assert len(got) == 1 and _counts(got[0]) == (2, 5)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Gunmen attacked a market in Tuz on Friday, killing three people. One of the victims died of his wounds "
            "on the way to hospital.",
            3,
        ),
        ("Gunmen killed two policemen in Tuz on Friday. Two of the militants died of their wounds.", 2),
    ],
)
def test_a_death_of_those_already_dead_or_of_the_attackers_adds_no_victim(text: str, killed: int) -> None:
    (got,) = _records(text)
    assert got.killed.low == killed  # type: ignore[union-attr]


def test_a_line_that_no_more_was_lost_makes_no_incident_of_its_own() -> None:
    text = (
        "IS militants attacked an army post near Tarmiyah on Friday, killing a soldier and wounding two. "
        "The army said the attack was repelled without further losses."
    )
    assert len(_records(text)) == 1


def test_the_funeral_in_a_town_on_a_day_of_a_victim_counts_one_dead() -> None:
    text = (
        "Hundreds attended the funeral in Erbil on Friday of a Peshmerga officer killed on 12 June when IS militants "
        "attacked a Peshmerga post near Makhmour."
    )
    (got,) = _records(text)
    assert got.killed.low == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A Turkish drone struck a car near Sidakan on Friday, killing the two men inside. The mayor described the "
            "dead as members of the PKK.",
            "PKK",
        ),
        ("#Sidakan Turkish drone hit a car this afternoon. 2 killed - PKK members per local sources.", "PKK"),
        (
            "At 07:10 yesterday an explosive device exploded near a vehicle of our forces in Ramadi, without causing "
            "casualties among our heroes.",
            "army",
        ),
        ("#Kirkuk IED hit a civilian car this afternoon, 3 wounded - soldiers rushed to the scene.", "civilians"),
        (
            "Gunmen killed two shepherds near Tuz on Friday. Police arrested a suspect and described him as a PKK "
            "member.",
            "civilians",
        ),
    ],
)
def test_who_the_victims_were_said_to_be(text: str, target: str) -> None:
    (got,) = _records(text)
    assert got.target == target


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Hawr Rajab mortar rounds, 17 Oct 2020 - anyone hurt?", "Hawr Rajab"),
        ("Zangilan IED on a truck, 8 June 2020: how many were injured?", "Zangilan"),
        ("Albu Ghazal, 23 July 2021 - soldiers wounded?", "Albu Ghazal"),
        ("Zangilan IED, 9 April 2021 - anyone hurt?", "Zangilan"),  # the event's word is no part of the name
    ],
)
def test_a_name_no_list_holds_typed_first_is_kept_as_written(question: str, place: str) -> None:
    assert parsed_filters(question, DAY)["place"] == place


@pytest.mark.parametrize("question", ["Turkish drone strikes in Duhok last year", "Latest IED attacks?"])
def test_an_actor_or_a_word_typed_first_is_no_place(question: str) -> None:
    assert parsed_filters(question, DAY)["place"] is None


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("how many were hurt in this evening's ied in tuz?", DAY),
        ("any attacks today?", DAY),
        ("last night's attack in kirkuk - killed?", DAY - dt.timedelta(days=1)),
    ],
)
def test_the_days_named_by_today_and_last_night(question: str, day: dt.date) -> None:
    assert date_range(question, DAY) == {"date_from": day, "date_to": day}


def test_a_year_named_beside_today_is_the_year() -> None:
    assert date_range("what is known today about the 2019 bombing in hilla?", DAY)["date_from"] == dt.date(2019, 1, 1)


@pytest.mark.parametrize(
    "question",
    [
        "what is the toll of the karrada bombing today?",
        "how many were killed in the mosul bombing, as reported today?",
        "how many attacks from 1 may to today?",
    ],
)
def test_today_as_the_day_asked_or_a_spans_end_is_no_one_day_filter(question: str) -> None:
    assert date_range(question, DAY).get("date_from") != DAY
