"""Source types of realworld13's dev split (wordings written here, none copied): monthly country entries dated by a
'Page published' foot line, with telegraphic victims ('killed local PMF commander'); picture-desk pages that are all
captions; e-mail chains whose quoted messages date their own 'tonight'; weekdays written short ('last Thu'); days
still to come; tolls written as martyrs in capitals or transliterated ('3 shuhada', '7 jarha'); machine-translated
'became martyr'; and a second verb's victim ('killed two soldiers and wounded a policeman')."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, clean, to_article
from assistant.incidents.patterns import figures, perpetrator_of
from assistant.incidents.rules import RuleExtractor
from assistant.language.dates import resolve_date


def _n(count):
    return None if count is None else count.low


def _records(text: str, source: str = "x.txt") -> list:
    return RuleExtractor().extract(to_article(RawRecord(source=source, text=text)))


def test_a_monthly_entry_dated_by_its_page_foot_line() -> None:
    recs = _records(
        "Country watch | Iraq\nAugust 2020 - Unchanged Situation\n\nViolence persisted in Diyala. Roadside bomb 17 Aug "
        "killed local Popular Mobilisation Forces (PMF) commander near Muqdadiyah; no group claimed attack. "
        "Two rockets 20 Aug struck vicinity of Baghdad airport, causing no casualties.\n\n"
        "Page published 1 September 2020\n"
    )
    got = sorted((str(r.event_date), _n(r.killed)) for r in recs)
    assert got == [("2020-08-17", 1), ("2020-08-20", 0)]


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Roadside bomb 17 Aug killed local Popular Mobilisation Forces (PMF) commander and wounded his driver.", 1, 1),
        ("Unidentified gunmen 14 Jan shot and wounded prominent activist in Kufa; he survived.", None, 1),
        ("The blast killed two soldiers and wounded a policeman.", 2, 1),
        ("The blast killed two soldiers and wounded three others.", 2, 3),
        # a clause between is no victim's: the three were killed, not the farmer
        ("Three people were killed when gunmen attacked a farmer in Kufa.", 3, None),
        ("Gunmen killed local activists in Kufa.", None, None),
    ],
)
def test_telegraphic_and_second_verb_victims(text: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("DIYALA: 2 ARMY MARTYRS AND 3 WOUNDED IN IED BLAST ON BAQUBA ROAD", 2, 3),
        ("3 shuhada min el-Hashd tonight fi Hibhib", 3, None),
        ("1 shaheed and 7 jarha (wounded) in the blast", 1, 7),
        ("both farmer became martyr in the attack", 2, None),
        ("2 soldier became martyr and 3 other injured", 2, 3),
        # words, or a place named for martyrs, are no toll
        ("Figures differ: the PMU spoke of two martyrs, police of three.", None, None),
        ("Protesters gathered in 2 Martyrs Square.", None, None),
    ],
)
def test_tolls_written_as_martyrs(text: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


def test_a_page_of_captions_is_its_own_text_and_dated_by_them() -> None:
    text, hints = clean(
        "IRAQ-SECURITY/DIYALA\nPICTURE DESK | 30 Aug 2020\n\nIraqi security forces inspect the wreckage of a vehicle "
        "after a roadside bomb killed three members of the Popular Mobilization Forces (PMF) near Khalis, Diyala "
        "province, Iraq, August 30, 2020. REUTERS/Stringer\n\nPicture taken August 30, 2020. Editorial use only.\n"
    )
    assert "roadside bomb killed three" in text
    assert hints["published"] == "2020-08-30"


def test_a_caption_beside_an_article_is_still_no_evidence() -> None:
    text, _ = clean(
        "Blast in Khalis\n\nA roadside bomb killed three members of the Popular Mobilization Forces near Khalis on "
        "Saturday, security officials said, in the third such attack this month in the province.\n\nMourners carry "
        "the coffin of a fighter during a funeral in Khalis, Iraq, August 30, 2020. REUTERS/Stringer\n"
    )
    assert "coffin" not in text


def test_an_email_chain_dates_each_message_by_its_sent_line() -> None:
    recs = _records(
        "From: Focal Point\nSent: Monday, 10 August 2020 08:15\nTo: Staff\nSubject: FW: INCIDENT - Jalawla\n\n"
        "All, forwarding below. Movements to Jalawla on hold until Thursday.\n\n-----Original Message-----\n"
        "From: Assistant\nSent: Sunday, 9 August 2020 22:41\nTo: Focal Point\nSubject: INCIDENT - Jalawla\n\n"
        "At approx. 20:30 tonight an IED detonated next to a minibus at the northern entrance of Jalawla. "
        "Initial info: 1 killed, 4 injured.\n"
    )
    assert [str(r.event_date) for r in recs] == ["2020-08-09"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("At around 22:00 last Thu a bomb exploded at the gate.", "2022-11-24"),
        ("On Thu a bomb exploded at the gate.", "2022-11-24"),
        ("Gunmen attacked the post on Sat night.", "2022-11-26"),
        ("last Tues gunmen attacked the post.", "2022-11-22"),
        ("Movements are on hold until Thursday.", None),
        ("Gunmen killed a man on Thursday; talks resume next Monday.", "2022-11-24"),
        ("Sat down with the officials to discuss the blast.", None),
    ],
)
def test_weekdays_written_short_and_days_to_come(sentence: str, day: str | None) -> None:
    got = resolve_date(sentence, dt.date(2022, 11, 27))
    assert (str(got.date) if got.date else None) == day


def test_semicolon_items_of_a_round_up_are_attacks_of_their_own() -> None:
    recs = _records(
        "Monthly entry\nJuly 2019\n\nIn Anbar province, roadside bomb 8 July killed two soldiers near Al-Qaim; IS 24 "
        "July shot dead three shepherds in desert near Rutba.\n\nPage published 1 August 2019\n"
    )
    assert sorted((str(r.event_date), r.place, _n(r.killed)) for r in recs) == [
        ("2019-07-08", "Al Qaim", 2),
        ("2019-07-24", "Rutba", 3),
    ]
    # one attack told in two halves is one record
    (rec,) = _records("A roadside bomb hit an army patrol near Al-Qaim on 8 July 2019; two soldiers were killed.")
    assert _n(rec.killed) == 2


def test_a_blast_put_down_to_a_mishap_is_no_record() -> None:
    assert (
        _records(
            "Explosion 19 July 2019 at PMF weapons depot near Amirli killed two; govt inquiry blamed summer heat and "
            "poor storage of munitions."
        )
        == []
    )


def test_armed_men_who_storm_an_office_make_a_record() -> None:
    (rec,) = _records(
        "Masked gunmen 5 Oct 2019 stormed office of private TV channel in Baghdad's Karrada district, beating staff."
    )
    assert (rec.province, rec.killed) == ("Baghdad", None)
    assert _records("Protesters stormed the provincial council building in Basra on 5 October 2019.") == []


def test_a_live_blog_revision_above_its_attack_is_the_toll() -> None:
    recs = _records(
        "LIVE: the day's events\nThursday 20 August 2020 | All times GMT\n\n12:05 GMT - Diyala health officials say "
        "the death toll from last night's bombing near Jalawla has risen to two: a second PMF fighter died of his "
        "wounds this morning, and one other remains under treatment.\n\n06:10 GMT - A security official tells us a "
        "roadside bomb hit a PMF vehicle near Jalawla late on Wednesday, killing one fighter and wounding two.\n"
    )
    assert [(str(r.event_date), _n(r.killed), _n(r.wounded)) for r in recs] == [("2020-08-19", 2, 1)]


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("4   28/08  BALAD RUZ   AL-SUDOUR VILLAGE   SAF   1  0  IS suspected; 1 farmer killed", "2020-08-28"),
        ("09.09.  SAMARRA   JALLAM DESERT   IS small-arms attack on army post; 2 soldiers killed", "2020-09-09"),
    ],
)
def test_rows_of_a_table_pasted_from_a_pdf(row: str, day: str) -> None:
    (rec,) = _records(f"WEEKLY SECURITY INCIDENT TABLE      Issued: 30/09/2020\nNO  DATE  DISTRICT  REMARKS\n{row}\n")
    assert str(rec.event_date) == day


def test_a_week_written_as_a_numeric_range_dates_the_report() -> None:
    _, hints = clean("BASRA POLICE - WEEKLY EVENTS TABLE   week 12-18/05/2021\n1  12/05  AL-ZUBAIR  grenade thrown\n")
    assert hints["published"] == "2021-05-18"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Turkish drone 23 Jan struck vehicle near Sinune, killing two members of YBS.", "Turkey"),
        ("Security forces 1 Oct opened fire on protesters in Tahrir Square, killing two.", "security forces"),
        ("Today at 10 of the morning a drone of the Turkish state bombed a car near Bedar.", "Turkey"),
        ("Earlier this afternoon a drone, reportedly Turkish, struck a car at the entrance of Sheladze.", "Turkey"),
        ("2 ARMY MARTYRS AND 3 WOUNDED IN DAESH ATTACK WITH LIGHT WEAPONS ON A MILITARY POST", "ISIS"),
        ("TURKISH DRONE STRIKE HITS VEHICLE NEAR SARSING THIS EVENING; 1 KILLED", "Turkey"),
        # a ticker in capitals: 'IS' there is the verb's, never the group
        ("THE ATTACK IS UNDER INVESTIGATION IN MOSUL TODAY, POLICE SAY", None),
    ],
)
def test_the_attacker_in_telegraphic_translated_and_capital_text(text: str, who: str | None) -> None:
    assert perpetrator_of(text) == who


def test_a_ticker_line_in_capitals_and_the_present_tense() -> None:
    recs = _records(
        "UTV - NEWS BAR - 16/02/2023 (translated)\n22:30  URGENT | MAYSAN: UNKNOWN GUNMEN SHOOT DEAD AN OFFICER OF THE "
        "ANTI-NARCOTICS DIRECTORATE IN AMARAH TONIGHT\n22:45  SPORT: AIR FORCE CLUB BEAT AL-ZAWRAA 2-1\n"
        "22:50  FINANCE: SALARIES OF STATE EMPLOYEES TO BE PAID ON SUNDAY\n"
    )
    assert [(r.place, str(r.event_date), _n(r.killed)) for r in recs] == [("Amarah", "2023-02-16", 1)]
    # a drug seizure is still no attack
    assert _records("22:30  POLICE SEIZE 2 KG OF NARCOTICS IN AMARAH\n22:40  TRAFFIC HEAVY IN AMARAH\n") == []


def test_a_caption_quotes_the_sentence_that_names_the_place_and_its_picture_day_dates_nothing() -> None:
    (rec,) = _records(
        "IRAQ-TURKEY/SECURITY\nPICTURE DESK | 15 Jun 2023\n\nA man stands near the wreckage of a car hit by what local "
        "officials said was a Turkish drone strike near Mangesh, Dohuk province, Iraq, June 15, 2023. The strike late "
        "on Wednesday killed two people, described by local officials as civilians. REUTERS/Stringer\n\n"
        "Picture taken June 15, 2023.\n"
    )
    assert (str(rec.event_date), rec.place, _n(rec.killed)) == ("2023-06-14", "Mangesh", 2)
    assert any("near Mangesh" in s.quote for s in rec.sources)  # the place shown is quoted
