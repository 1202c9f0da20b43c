"""Questions about one event (answers8 classes): terse analyst forms read as one event, never a total over several
records; plural and generic questions still counted over every record."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question
from assistant.answering.route import route
from assistant.desk import Desk
from assistant.incidents.labels import describe
from assistant.language import gazetteer
from assistant.schemas import Article, Count, Incident, IncidentSource
from assistant.settings import Settings

TODAY = dt.date(2025, 12, 1)


def _incident(
    ident: str,
    quote: str,
    *,
    place: str,
    day: str,
    killed: int | None = None,
    wounded: int | None = None,
    target: str | None = None,
    attack_type: str = "ied",
    place_text: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
) -> Incident:
    found = gazetteer.lookup(place)
    assert found is not None, place
    k = Count(low=killed, high=killed, text=str(killed)) if killed is not None else None
    w = Count(low=wounded, high=wounded, text=str(wounded)) if wounded is not None else None
    return Incident(
        id=ident,
        event_date=dt.date.fromisoformat(day),
        date_precision="day",
        place_text=place_text or place,
        place=found.name,
        province=found.province,
        lat=lat if lat is not None else found.lat,
        lon=lon if lon is not None else found.lon,
        target=target,
        attack_type=attack_type,
        killed=k,
        wounded=w,
        sources=[IncidentSource(doc_id="x", quote=quote, start=0, end=len(quote), killed=k, wounded=w)],
    )


def _put(desk: Desk, doc_id: str, incidents: list[Incident]) -> None:
    """Store an article whose text is its incidents' evidence sentences."""
    text, placed = "", []
    for inc in incidents:
        quote = inc.sources[0].quote
        start = len(text)
        text += quote + "\n\n"
        src = IncidentSource(
            doc_id=doc_id, quote=quote, start=start, end=start + len(quote), killed=inc.killed, wounded=inc.wounded
        )
        placed.append(inc.model_copy(update={"sources": [src]}))
    art = Article(doc_id=doc_id, text=text.strip(), title=doc_id, outlet="Test Wire", source=f"test://{doc_id}")
    vectors = desk.embedder.embed([art.text] + [describe(i) for i in placed])
    desk.store.put(art, [], [], vectors[0], placed, vectors[1:])


# ------------------------------------------------------------------ terse one-event questions


@pytest.mark.parametrize(
    "question",
    [
        "Kirkuk wedding-hall bombing, March 2022: wounded?",
        "Hawija sheep-market blast on 4 May 2021 - how many dead?",
        "Baiji PMU water-truck bomb, 9 Oct 2020: injured?",
        "Samarra shrine gate attack in July 2021 - any deaths?",
        "Tuz Khurmatu police patrol ambush of 2 Feb 2022: toll",
        "Sinjar clinic shooting, 11 January 2023 - casualties?",
        "roadside bomb near Tikrit, 5 June 2021: killed?",
        "the Daquq checkpoint ambush, Sept 2020: soldiers wounded?",
    ],
)
def test_terse_forms_name_one_event(question: str) -> None:
    """'<Place> <thing> bombing, <date>: wounded?' and 'roadside bomb near <Place>, <date>' name one event, as 'the
    <thing> bombing in <Place>' does: the records answer with one of them, never a listing or a total."""
    parsed = parse_question(question, TODAY)
    assert parsed.one_event, question
    assert route(parsed, explicit_filters=False, from_context=False, question=question) == "records_then_passages"


@pytest.mark.parametrize(
    "question",
    [
        "how many were killed by car bombs in Kirkuk in 2021",
        "Kirkuk IED attacks 2021 - deaths?",
        "Kirkuk IED attack 2021 - deaths?",  # a whole year: no one event
        "Hawija bombings, March 2022: wounded?",
        "List every car bomb in Kirkuk, May 2021",
        "car bombs in Baghdad, May 2016: deaths?",
        "How many attacks near Tikrit in June 2021?",
        "Show all the shootings in Sinjar during January 2023",
    ],
)
def test_plural_and_generic_questions_are_not_one_event(question: str) -> None:
    """Plurals, listings, a whole year and 'how many attacks' ask about every matching record."""
    assert not parse_question(question, TODAY).one_event, question


@pytest.fixture
def tikrit_june(settings: Settings) -> Desk:
    """Two bombings near Tikrit in June 2021, one at a wedding tent."""
    desk = Desk(settings)
    _put(
        desk,
        "tikrit-june",
        [
            _incident(
                "t1", "A roadside bomb killed a shepherd near Tikrit.", place="Tikrit", day="2021-06-03", killed=1
            ),
            _incident(
                "t2",
                "A bomb went off in a wedding tent in Tikrit, killing three guests and wounding eight.",
                place="Tikrit",
                day="2021-06-19",
                killed=3,
                wounded=8,
            ),
        ],
    )
    return desk


@pytest.mark.parametrize(
    "question",
    [
        "Tikrit wedding-tent bombing, June 2021: wounded?",
        "Tikrit wedding tent bomb in June 2021 - injured?",
        "Tikrit wedding-tent blast, June 2021 - how many hurt?",
    ],
)
def test_a_terse_question_gets_its_events_figure_not_the_months_total(tikrit_june: Desk, question: str) -> None:
    """Named tersely, one event of the month gets its own figures from its record, not the sum of both records."""
    answer = tikrit_june.ask(question, today=TODAY)
    first = answer.text.split("\n")[0]
    assert ("8 wounded" in first or "8 people were wounded" in first) and "19 June 2021" in first, answer.text
    assert "2 IED attacks" not in first and "4 people" not in first, answer.text


# ------------------------------------------------------------------ no record matches every filter of one event


@pytest.fixture
def baiji_may(settings: Settings) -> Desk:
    """Attacks near Baiji in May 2021 whose records lack or misread what a question may say of them."""
    desk = Desk(settings)
    _put(
        desk,
        "baiji-may",
        [
            _incident(
                "b1",
                "Three mortar rounds fell on a police post at the edge of Baiji; no one died, a guard was hurt.",
                place="Baiji",
                day="2021-05-04",
                killed=0,
                wounded=1,
                attack_type="ied",  # the extractor's reading; the evidence says mortar rounds
            ),
            _incident(
                "b2",
                "Gunmen opened fire on a PMU pick-up outside Baiji refinery, killing two fighters and wounding five.",
                place="Baiji",
                day="2021-05-12",
                killed=2,
                wounded=5,
                attack_type="other",
            ),
            _incident(
                "b3",
                "A roadside bomb struck an army patrol near Baiji, killing one soldier.",
                place="Baiji",
                day="2021-05-20",
                killed=1,
                target="army",
            ),
        ],
    )
    return desk


@pytest.mark.parametrize(
    ("question", "figure", "day", "said"),
    [
        ("Baiji police post mortar attack in May 2021 - any deaths?", "no one was reported killed", "4 May", "mortar"),
        ("Baiji police-post shelling, May 2021: killed?", "no one was reported killed", "4 May", "mortar"),
        ("Baiji refinery pick-up shooting, May 2021 - how many dead?", "2 people were killed", "12 May", "shooting"),
        ("the shooting at the PMU pick-up near Baiji in May 2021: wounded?", "5 wounded", "12 May", "shooting"),
    ],
)
def test_one_event_whose_record_lacks_a_filter_is_answered_with_what_the_record_holds(
    baiji_may: Desk, question: str, figure: str, day: str, said: str
) -> None:
    """A question about one event whose type or target the record lacks or reads otherwise: the record of that place
    and period whose evidence has the question's words answers, and the answer says what the record holds."""
    answer = baiji_may.ask(question, today=TODAY)
    first = answer.text.split("\n")[0]
    assert figure in first.lower() and day in first, answer.text
    assert "the place and period asked about" in first and said in first.lower(), answer.text
    assert "No record matches every filter" in answer.text.split("\n")[1], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Baiji market suicide bombing, May 2021: killed?",  # a suicide bombing: no record is one, none says market
        "the kidnapping of a judge near Baiji in May 2021 - how many hurt?",
        "Baiji mosque rocket attack on 20 May 2021 - deaths?",  # that day's record is a roadside bomb on an army patrol
    ],
)
def test_one_event_no_record_says_is_not_answered_by_another(baiji_may: Desk, question: str) -> None:
    """A record of another kind of attack, whose evidence has none of the question's words, never answers for the
    event asked about: no figure is given."""
    answer = baiji_may.ask(question, today=TODAY)
    first = answer.text.split("\n")[0]
    assert "place and period asked about" not in first, answer.text
    assert "killed" not in first or first.startswith("No incidents match"), answer.text


def test_one_event_at_a_namesake_place_is_found_by_name(settings: Settings) -> None:
    """A place name that the gazetteer reads as a namesake elsewhere: the record holding that name in the period
    answers (found by name), never no match."""
    desk = Desk(settings)
    jumaylah = [p for p in (gazetteer.lookup("Jumaylah"),) if p is not None]
    assert jumaylah, "gazetteer has Jumaylah"
    far = gazetteer.lookup("Baquba")
    assert far is not None
    # the record at another spot than the one the question's lookup gives, as a namesake's would be
    inc = _incident(
        "k1",
        "Saboteurs blew up a power pylon near Jumaylah before dawn; there were no casualties.",
        place="Jumaylah",
        day="2023-02-14",
        killed=0,
        wounded=0,
        attack_type="other",
        lat=far.lat + 0.05,
        lon=far.lon + 0.05,
    )
    _put(desk, "jumaylah", [inc])
    for question in (
        "Jumaylah pylon bombing in Feb 2023 - anyone injured?",
        "Jumaylah tower blast, February 2023: hurt?",
    ):
        answer = desk.ask(question, today=TODAY)
        first = answer.text.split("\n")[0]
        assert "14 February 2023" in first and "none wounded" in first, answer.text
        assert "records naming Jumaylah" in answer.text, answer.text
