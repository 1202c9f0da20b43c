"""Record wordings of the report styles found on the third blind real-world set: datelines with a date, military
date-time groups, social posts, police logs mixing attacks with other entries, attacks told without a figure, single
victims told without a number, and tolls restated. Each row is one wording of a class; most rows are wordings the
set does not hold."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.language.dates import resolve_date
from assistant.language.text import sentences


def _article(text: str, published: str | None = None):
    return to_article(RawRecord(source="x.txt", text=text, published=published))


def _records(text: str, published: str | None = None) -> list:
    return RuleExtractor().extract(_article(text, published))


@pytest.mark.parametrize(
    ("first_line", "report_date"),
    [
        ("DIWANIYAH, 5 April 2022 – Gunmen threw a grenade at a house on Monday night.", "2022-04-05"),
        ("ANKARA/ERBIL, 27 April 2021 – Turkish jets struck PKK positions on Monday.", "2021-04-27"),
        ("KIRKUK (9 December 2023) – Unknown persons set fire to a party office on Friday.", "2023-12-09"),
        ("MOSUL, Iraq, 26 August 2024 - Two soldiers were killed on Sunday by a roadside bomb.", "2024-08-26"),
        ("BASRA, June 3, 2021 – A rocket fell near an oil company camp on Wednesday.", "2021-06-03"),
    ],
)
def test_a_dated_dateline_is_the_reports_date_and_weekdays_count_back_from_it(
    first_line: str, report_date: str
) -> None:
    article = _article(first_line)
    assert article.published == dt.date.fromisoformat(report_date)
    (inc,) = _records(first_line)
    assert inc.date_precision == "day" and inc.event_date < article.published  # the weekday, not the dateline


@pytest.mark.parametrize(
    ("text", "report_date"),
    [
        ("JOINT OPERATIONS COMMAND\nDTG 051030C JAN 22\n\nJets hit a hideout in Hamrin.", "2022-01-05"),
        ("CJTF-OIR PRESS RELEASE\nDTG: 211500Z SEP 23\n\nJets struck a cave in Wadi al-Shay.", "2023-09-21"),
        (
            "KR CTD\nDTG 132140C NOV 23 | Published 14 November 2023\n\nTwo drones were shot down last night.",
            "2023-11-14",  # the published date wins over the time group
        ),
        ("Weekly summary, 24–30 June 2022\n\nOn 24 June, gunmen attacked a post near Samarra.", "2022-06-30"),
        ("Baghdad weekly (9–15 January 2021), released 16 January 2021\n\nOn 9 January a bomb exploded.", "2021-01-16"),
        (
            "A roadside bomb damaged a parked car in Al-Mahmudiya on Tuesday. No one was hurt.\n\n"
            "Police searched nearby houses for further devices. (10 December 2019)",
            "2019-12-10",
        ),
    ],
)
def test_the_report_date_comes_from_a_time_group_a_release_line_a_weeks_end_or_a_closing_bracket(
    text: str, report_date: str
) -> None:
    assert _article(text).published == dt.date.fromisoformat(report_date)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("An army post near Al-Alam was hit by mortar fire shortly after midnight (0030C 3 JUN).", "2022-06-03"),
        ("IED hit an army Humvee near Mullah Abdullah village about an hour ago.", "2022-06-05"),
        ("Explosions were heard near Harir base 20 minutes ago.", "2022-06-05"),
        ("Gunmen killed a shepherd near Zummar on Sept. 20.", "2021-09-20"),
        ("A security source revealed, on Sunday, that gunmen attacked a farm yesterday evening.", "2022-06-04"),
    ],
)
def test_time_groups_hours_ago_abbreviated_months_and_revealed_on_date_the_event(sentence: str, day: str) -> None:
    (s, e), *_ = sentences(sentence)
    assert resolve_date(sentence[s:e], dt.date(2022, 6, 5)).date == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Forces killed three fighters on Sept. 20. No troops were hurt.", 2),
        ("Brig. Gen. Yahya Rasool said the attack failed. Two were hurt.", 2),
        ("The U.S. Central Command said it struck a depot. Three fighters died.", 2),
        ("It happened in the U.S. Then it spread.", 2),  # 'Then' opens a sentence
    ],
)
def test_abbreviations_end_no_sentence(text: str, parts: int) -> None:
    assert len(sentences(text)) == parts


LOG = (
    "NINEWA POLICE COMMAND – INCIDENT LOG\nDate: 17/08/2024\n\n"
    "0400 – A sticky bomb exploded under the car of an engineer in Al-Zanjili, Mosul. The driver wounded.\n"
    "0940 – Theft of a motorcycle reported in Domiz neighbourhood. Referred to investigators.\n"
    "1325 – Traffic collision on the Mosul–Erbil road, two injured. Non-criminal.\n"
    "1500 – Arrest of a wanted suspect in Badush. No incident.\n"
    "1930 – Unknown persons abducted two shepherds near Al-Mahlabiya, west of Mosul. Search under way.\n"
    "2250 – Gunmen fired on a house in Abu Karma village. No casualties."
)


def test_a_police_log_gives_one_record_per_attack_entry_and_none_for_thefts_accidents_or_arrests() -> None:
    incs = _records(LOG)
    assert len(incs) == 3
    assert all(i.event_date == dt.date(2024, 8, 17) and i.date_precision == "day" for i in incs)
    assert [i.wounded.low if i.wounded else None for i in incs] == [1, None, 0]
    assert all(i.province == "Nineveh" for i in incs)  # the log's command names the province


def test_a_year_and_dash_outside_a_log_is_no_time_stamp() -> None:
    (inc,) = _records("2014 – ISIS militants attacked Mosul and killed 20 people.", published="2021-05-04")
    assert inc.date_precision != "day"


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday a Katyusha rocket fell near the camp of a foreign oil company in Al-Zubair, without causing losses.",
        "On Monday three rockets fell inside the Green Zone in Baghdad without resulting in human losses.",
        "On Monday gunmen fired at the house of an activist in Abu al-Khaseeb. Nobody was hurt.",
        "On Monday an army post near Al-Alam was hit by mortar fire. No one was hurt.",
        "On Monday a police checkpoint in Tarmiya came under heavy fire. There were no casualties.",
        "On Monday an activist escaped an assassination attempt in Nasiriyah when gunmen fired at his car.",
        "On Monday an explosive drone heading for Harir base was shot down before it reached the perimeter.",
        "On Monday the Islamic Resistance targeted the base at Ain al-Asad with two drones.",
        "On Monday security forces fired live ammunition at demonstrators near Al-Ahrar bridge in Baghdad.",
        "On Monday assailants opened sniper fire on a police post in Wadi al-Shay, east of Kirkuk.",
        "On Monday US forces conducted a unilateral strike on a depot near Al-Qaim.",
        "On 14 January an IED planted near a mosque in Al-Ghazaliya exploded, damaging its wall.",
    ],
)
def test_an_attack_told_without_a_figure_is_a_record(sentence: str) -> None:
    assert len(_records(sentence, published="2021-05-04")) == 1


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("A sticky bomb exploded under a car, wounding its owner, a retired officer.", None, 1),
        ("Gunmen killed a farmer and wounded his son near Qoratu.", 1, 1),
        ("A bomb killed a child and injured his father in Tuz.", 1, 1),
        ("A girl was killed and her younger brother injured when a shell struck.", 1, 1),
        ("The commander's driver was wounded.", None, 1),
        ("A drone strike killed two border guards and wounded a third.", 2, 1),
        ("the martyrdom of an officer and the injury of two soldiers", 1, 2),
        ("the martyrdom of two fighters and the injury of a third", 2, 1),
        ("the martyrdom of a police officer and a tribal fighter", 2, None),
        ("an attack which resulted in the killing of three brothers", 3, None),
        ("gunmen assassinated, this evening, a lawyer in front of his house", 1, None),
        ("the assassination of a civil activist in front of his home", 1, None),
        ("the attempted assassination of a judge", None, None),
        ("wounding him and a passer-by", None, 2),
        ("wounding four U.S. personnel and an Iraqi soldier", None, 5),
        ("killing a mother and wounding the father and two other children", 1, 3),
        ("Mortar rounds struck, wounding a farmer and killing dozens of sheep", None, 1),
        ("On 11 December, an IED killed a shepherd near Zummar.", 1, None),
        ("No one was killed.", 0, None),
        ("No one was killed, but five people were wounded.", 0, 5),
        ("causing material damage only", 0, 0),
        ("without resulting in human losses", 0, 0),
        ("A Daesh attack targeted a PMF post, resulting in 3 martyrs.", 3, None),  # '3 martyrs' is no month
        ("The toll from the bombing of a market in Jalawla on Monday has climbed to seven.", 7, None),
        ("One of the wounded died in hospital, bringing the Peshmerga toll to three.", 3, None),
        ("An eighth victim, a teenage boy, died of his wounds on Wednesday.", 8, None),
        ("A third soldier later succumbed to his injuries.", 3, None),
        ("Police initially said nine were killed, but the governor later said six had died.", 6, None),
        ("Officials first reported 12 dead, but later revised it: 10 people were killed and 30 wounded.", 10, 30),
    ],
)
def test_victims_without_a_number_livestock_and_dates_are_counted_as_said(
    sentence: str, killed: int | None, wounded: int | None
) -> None:
    k, w = figures(sentence)
    assert (k.low if k else None, w.low if w else None) == (killed, wounded)


def test_a_zero_after_the_attack_fills_its_figure_and_is_no_record_of_its_own() -> None:
    incs = _records(
        "On Monday an IED killed a shepherd near the village of Al-Abbasi in Hawija district.\n\n"
        "Casualties: One killed. No injuries reported.",
        published="2022-02-23",
    )
    assert len(incs) == 1 and incs[0].killed.low == 1


def test_a_same_named_village_resolves_in_the_province_the_article_is_about() -> None:
    incs = _records(
        "Diyala: a bloody start to May\n\nOn 1 May, IS militants ambushed a patrol in Saadiya subdistrict, killing "
        "four fighters.\n\nTwo days later, a roadside bomb hit a police car in Kanaan, killing a policeman.",
        published="2020-05-06",
    )
    assert [i.province for i in incs] == ["Diyala", "Diyala"]


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        ("At 9:30 p.m. (Baghdad time) on Feb. 9, US forces struck a depot near Al-Qaim, Anbar province.", "Anbar"),
        ("Gunmen fired on a house in Abu Karma village, Muqdadiyah district, killing one.", "Diyala"),
        ("Militants attacked a checkpoint on the edge of Dhuluiya on Wednesday night, killing six.", "Salahuddin"),
    ],
)
def test_a_time_zone_is_no_place_and_a_longer_name_is_not_its_last_word(sentence: str, province: str) -> None:
    (inc,) = _records(sentence, published="2021-05-04")
    assert inc.province == province


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday security forces fired live ammunition at demonstrators in Tahrir Square, killing three.",
        "On Monday security forces used live ammunition and tear gas against protesters in Nasiriyah, killing two.",
        "On Monday riot police fired tear gas canisters into crowds in Baghdad, killing one protester.",
    ],
)
def test_force_against_protesters_names_the_security_forces(sentence: str) -> None:
    (inc,) = _records(sentence, published="2019-11-05")
    assert inc.perpetrator == "security forces"


@pytest.mark.parametrize(
    "text",
    [
        "KABUL, 16 October 2021 – A suicide bomber blew himself up inside a mosque on Friday, killing seven.",
        "TEHRAN, 9 July 2023 – Gunmen attacked a police station in the town of Zahedan on Saturday, killing two.",
        "HOMS, Syria, February 15 – IS gunmen killed four shepherds in the desert near Al-Sukhnah on Sunday.",
        "WASHINGTON (Reuters) - US forces struck militia positions in Al-Bukamal, in eastern Syria, on Wednesday, "
        "killing five fighters, in a town just across the border from the Iraqi town of Al-Qaim.",
        "On Sunday a PKK attack killed two soldiers in Turkey's Hakkari province, near the Iraqi border.",
    ],
)
def test_an_attack_abroad_is_no_record(text: str) -> None:
    assert _records(text, published="2023-07-09") == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday IS remnants in Syria and Iraq attacked a PMF post near Baiji, killing two fighters.",
        "On Monday a Turkish drone struck a car near Sinjar, killing three, a week after strikes in northern Syria.",
    ],
)
def test_a_foreign_country_named_beside_an_iraqi_attack_keeps_it(text: str) -> None:
    assert len(_records(text, published="2023-07-09")) == 1


@pytest.mark.parametrize(
    ("sentence", "perpetrator", "target"),
    [
        (
            "On Monday Turkish forces carried out a drone strike on a vehicle near Batifa, killing three people the "
            "Turkish ministry described as PKK members.",
            "Turkey",
            "PKK",
        ),
        (
            "A drone strike on a car near Said Sadiq on Monday killed three people whom the Asayish described as "
            "members of the Kurdistan Workers' Party (PKK). The Asayish blamed Turkey for the strike.",
            "Turkey",
            "PKK",
        ),
    ],
)
def test_a_strike_blamed_on_turkey_and_victims_described_as_pkk(sentence: str, perpetrator: str, target: str) -> None:
    (inc,) = _records(sentence, published="2022-08-23")
    assert (inc.perpetrator, inc.target) == (perpetrator, target)


@pytest.mark.parametrize(
    "text",
    [
        "The Basra police chief was fired on Sunday after the protests.",
        "Prime Minister al-Sudani fired at least 12 senior officers in Anbar on Monday.",
        "The minister came under fire from lawmakers in Baghdad on Monday.",
        "A child was hit by a car in Basra on Monday.",
        "Activists in Basra have faced a wave of targeted killings since 2019.",
        "Officials warned polling stations in Kirkuk could be targeted on Monday.",
        "Crowds in Baghdad marked the anniversary of the assassination of the Iranian general on Monday.",
        "The governor survived a heart attack in Mosul on Monday.",
        "IED attacks in Diyala fell in 2021, officials in Baqubah said on Monday.",
        "Timeline\n\n2014 – ISIS seized Mosul.\n\n2017 – Iraqi forces retook Mosul.",  # a chronology, no log
        "On Monday a fire broke out at a warehouse in Basra. No injuries were reported.",
    ],
)
def test_words_the_new_attack_wordings_share_with_other_news_make_no_record(text: str) -> None:
    assert _records(text, published="2022-05-04") == []


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("the fifth person to have died in Basra since the protests began", None, None),
        ("The blast wounded five people; a second victim died later.", 2, 5),
        ("Earlier this month, gunmen killed two farmers, but on Monday an IED wounded three.", 2, 3),
        ("They visited the soldier wounded in Monday's attack.", None, None),
        ("the man injured in the blast was a shepherd", None, None),
    ],
)
def test_ordinals_earlier_figures_and_people_mentioned_again_are_read_as_said(
    sentence: str, killed: int | None, wounded: int | None
) -> None:
    k, w = figures(sentence)
    assert (k.low if k else None, w.low if w else None) == (killed, wounded)


def test_background_abroad_and_a_passing_province_leave_an_iraqi_attack_alone() -> None:
    (inc,) = _records(
        "On Monday a Turkish drone strike killed two PKK members in the Qandil mountains.\n\nOfficials in Baghdad "
        "condemned the strike. The PKK has waged an insurgency in Turkey since 1984.",
        published="2022-05-04",
    )
    assert inc.province is None  # not Baghdad, where officials spoke
    (inc,) = _records(
        "On Monday gunmen killed two soldiers in Al-Qaim, just across the border from Abu Kamal in Syria."
    )
    assert inc.province == "Anbar"


def test_a_sentence_after_us_that_opens_with_a_number_is_its_own() -> None:
    assert len(sentences("Militia leaders blamed the U.S. Two days later, gunmen killed two policemen in Mosul.")) == 2


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Nine people were killed, including the bomber.", 8, None),
        ("Two suicide bombers blew themselves up, killing 12 people including the two bombers.", 10, None),
        ("The blast killed five people, including the attacker, and wounded three.", 4, 3),
        ("Two of its fighters were martyred and a third was injured when ISIS attacked.", 2, 1),
        ("The toll of the explosion in Samarra this morning has risen to four martyrs and nine wounded.", 4, 9),
    ],
)
def test_the_bomber_is_no_victim_and_a_third_is_one_more(
    sentence: str, killed: int | None, wounded: int | None
) -> None:
    k, w = figures(sentence)
    assert (k.low if k else None, w.low if w else None) == (killed, wounded)
