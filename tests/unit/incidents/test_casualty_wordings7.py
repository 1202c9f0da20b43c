"""Casualty wordings of the classes realworld7's dev third found: deaths told as 'achieved martyrdom', 'he died of his
wounds', 'who rose to his Lord' or a condolence notice's 'mourns its son, martyred on Monday'; wounded told by what
happened to them ('suffered gunshot wounds', 'escaped with light injuries', 'were admitted to hospital', 'remain under
treatment', 'hospitalised', 'the wounding of another', 'lightly hurt and two seriously'); no harm told in other words
('not so much as a scratch', 'no one was hit', 'the losses were limited to property', 'got out uninjured'); deaths
ruled out ('none killed', 'neither had been killed'); a year after a month is no toll; and a corrected figure replaces
the first. Most rows are other wordings of each class, not the set's; near-misses must give no figure."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import figures


def _n(c: object) -> int | None:
    return None if c is None else c.low  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        # martyrdom achieved, bled to death
        ("Two mujahideen of the Hashd achieved martyrdom and three sustained varying injuries.", 2, 3),
        ("Three fighters of the brigade attained martyrdom in the clash.", 3, None),
        ("Four volunteers gained martyrdom defending the village.", 4, None),
        ("Two of the wounded bled to death before help arrived.", None, None),
        ("Two villagers bled to death on the road to Kirkuk.", 2, None),
        # one death told of 'he', 'she' or 'who'
        ("Gunmen opened fire on a pharmacist; he died of his wounds in hospital.", 1, None),
        ("A sniper shot a teacher in the market and she died on the way to hospital.", 1, None),
        ("Gunmen shot an activist outside his home; he bled to death before reaching hospital.", 1, None),
        ("He later succumbed to his injuries.", 1, None),
        ("He passed away in Al-Kindi hospital.", 1, None),
        ("The clan mourns its son, who rose to his Lord on Friday when Daesh attacked his post.", 1, None),
        ("He passed to God's mercy in hospital on Tuesday.", 1, None),
        ("The family mourns their son, who lost his life on Wednesday when a shell hit his field.", 1, None),
        ("The tribe mourns a young shepherd who was martyred on Friday by a roadside bomb.", 1, None),
        # never a death of long ago, nor one of many told by 'who'
        ("His father, a police officer, he died in 2014 in the battle for the town.", None, None),
        ("The headman's brother, who was killed years ago, had led the tribe.", None, None),
        ("The soldiers who died were buried in Najaf.", None, None),
        ("The sheikh, who was killed in 2016, founded the council.", None, None),
        # a condolence notice's subject, mourned and then told dead
        ("The clan mourns the martyr, policeman Saad Jassim, killed on Wednesday by the bullets of Daesh.", 1, None),
        ("The Rabia clan mourns its son, police lieutenant Haider Kadhim, martyred on Monday while on duty.", 1, None),
        ("The Halaf clan mourns its sheikh, Hajj Abbas Mutar, assassinated on Sunday evening by gunmen.", 1, None),
        ("The family of the activist mourns their son, shot dead on Wednesday by unknown gunmen.", 1, None),
        ("The Albu Nimr clan mourns the young man Omar Faisal, taken from us on Saturday by Daesh.", 1, None),
        ("Hundreds attended the funeral of Ali Hassan, gunned down on Monday outside his shop.", 1, None),
        ("The tribe mourns its two sons, killed on Friday in the ambush.", 2, None),  # counted, never one
        ("The clan mourns its elder, killed in 2006 by al-Qaeda, on the anniversary of his death.", None, None),
        # one victim named with a new word
        ("Gunmen shot dead a village headman outside his guest house.", 1, None),
        ("Unknown men killed a pharmacist in the market.", 1, None),
        # a year is never a toll
        ("The rocket attack on the night of 15 February 2021 on the airport, which killed a contractor.", 1, None),
        ("On March 3, 2020, an IED killed a shepherd near the village.", 1, None),
        ("During 2019 gunmen killed dozens of activists in the south.", None, None),
        ("A court sentenced the men over the bombing of 12 May 2018 which killed two policemen.", 2, None),
        # the victims' own 'wounds' told of one more
        ("Gunmen killed two border guards; a third suffered gunshot wounds.", 2, 1),
        ("Two policemen perished and a third was taken to hospital with wounds.", 2, 1),
        ("Two soldiers were killed and a third sustained serious injuries.", 2, 1),
        ("Two fighters were killed and a fourth escaped with light injuries.", 2, 1),
        # wounded told by what happened to them
        ("Two protesters died and medics treated 24 others for gunshot and gas injuries.", 2, 24),
        ("Doctors treated 11 people for burns and shrapnel wounds.", None, 11),
        ("Police shot at protesters, killing two and leaving 15 with bullet and tear-gas injuries.", 2, 15),
        ("The blast left nine with shrapnel wounds.", None, 9),
        ("The attack resulted in the martyrdom of two members of the army and the wounding of another.", 2, 1),
        ("The shelling led to the wounding of three civilians.", None, 3),
        ("No martyrs fell, but two soldiers were transferred to hospital for treatment.", 0, 2),
        ("Four demonstrators lost their lives and 19 were admitted to Al-Hussein hospital.", 4, 19),
        ("Six children were rushed to hospital in Baquba.", None, 6),
        ("Killing one fighter. Two other fighters in the vehicle escaped with light injuries.", 1, 2),
        ("Three passengers survived with minor injuries.", None, 3),
        ("Two soldiers were reported dead and five hospitalised.", 2, 5),
        ("Seven protesters were hospitalized after the clashes.", None, 7),
        ("A guard was killed; four others remain under treatment.", 1, 4),
        ("Three workers remain in intensive care.", None, 3),
        ("The grenade hit the house of a tribal elder, injuring his grandson.", None, 1),
        ("Daesh gangs attacked his army post; his comrade was wounded.", None, 1),
        ("Nine people were lightly hurt and two seriously.", None, 11),
        ("Four people were seriously wounded and six slightly.", None, 10),
        ("Two drivers sustained injuries.", None, 2),
        # near-misses: no wounded figure
        ("The hospital treated 24 patients last month.", None, None),
        ("The bodies of two soldiers were taken to hospital in Tikrit.", None, None),
        ("Three bodies were taken to the forensic department.", None, None),
        ("Two guards suffered no injuries.", 0, 0),  # (no wound suffered, never two)
        ("The 2019 protesters who were hospitalised were released.", None, None),
        ("The hospital has 200 beds and was built in 1986.", None, None),
        ("At 10 pm the wounded were taken to hospital.", None, None),
        ("At 2300 hrs gunmen killed a guard at the gate.", 1, None),
        ("At 0930 two soldiers were hospitalised after the blast.", None, 2),
        ("The militants seized the town in 2014 and 1,500 families were taken to camps.", None, None),
        # no harm told in other words
        ("Nobody suffered so much as a scratch, the project manager said.", 0, 0),
        ("No one sustained any injuries in the blast.", 0, 0),
        ("The candidate said the losses were limited to property.", 0, 0),
        ("The damage was confined to the building, police said.", 0, 0),
        ("Nobody was present in the area at the time and no one was hit.", 0, 0),
        ("No person was affected, the district police chief said.", 0, 0),
        ("No civilians were hit by the shelling.", 0, 0),
        ("The night guard got out uninjured.", 0, 0),
        ("He turned up at his family's door the next day, shaken but physically unhurt.", 0, 0),
        ("The official and his family walked away unscathed.", 0, 0),
        ("The drone crashed inside the airport perimeter and caused neither death nor injury.", 0, 0),
        ("The blast caused neither casualties nor damage.", 0, 0),
        ("The blasts caused damage to a parking area only; casualties: none.", 0, 0),
        ("Gunmen killed the driver; his cousin was spared.", 1, 0),
        # deaths ruled out, the wounded told
        ("IED exploded beside a foot patrol; two soldiers wounded, none killed.", 0, 2),
        ("Two labourers were wounded; relatives said neither had been killed.", 0, 2),
        ("Two guards were injured but neither of them died.", 0, 2),
        # near-misses: nothing ruled out, nothing counted
        ("The convicted man was spared the death penalty.", None, None),
        ("None of the suspects were arrested.", None, None),
    ],
)
def test_figures_in_the_seventh_sets_wordings(sentence: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(sentence)
    assert (_n(k), _n(w)) == (killed, wounded), sentence


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        (
            "Correction: this article originally said three drivers were wounded; the clinic says two drivers "
            "sustained injuries.",
            None,
            2,
        ),
        ("The police wrongly reported five dead; the hospital says three died.", 3, None),
        ("Police said nine people were hurt, correcting a first figure of eight injured.", None, 9),
        ("The ministry said four were killed, revising an earlier figure of six dead.", 4, None),
    ],
)
def test_a_corrected_figure_replaces_the_first(sentence: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(sentence)
    assert (_n(k), _n(w)) == (killed, wounded), sentence


def _records(text: str, published: str) -> list:
    from assistant.corpus.read import RawRecord, to_article
    from assistant.incidents.rules import RuleExtractor

    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


@pytest.mark.parametrize(
    ("update", "killed", "wounded"),
    [
        ("By midnight the health directorate said the 11 casualties comprised four dead and seven injured.", 4, 7),
        ("By morning the hospital said five people had died and nine were wounded.", 5, 9),
        ("The final figure: casualties 12 - 3 killed, 9 injured.", 3, 9),
        ("The latest toll from the health directorate is six dead and ten wounded.", 6, 10),
    ],
)
def test_a_later_count_told_by_when_replaces_the_first(update: str, killed: int, wounded: int) -> None:
    text = (
        "A bomb concealed in a gas cylinder exploded outside a cafe in Mosul's Al-Zuhur neighbourhood on Monday "
        f"evening. Police at first spoke of two dead. {update} No group claimed it."
    )
    (r,) = _records(text, "2023-09-12")
    assert (_n(r.killed), _n(r.wounded)) == (killed, wounded)


def test_deaths_ruled_out_in_a_later_sentence_belong_to_the_attack() -> None:
    """'neither had been killed' is no attack of its own: it rules out deaths of the one just told."""
    text = (
        "Two Kurdish labourers were wounded when a bomb went off near their building site in Fallujah on Tuesday "
        "evening. Relatives in Koye said neither had been killed and both were being treated in Fallujah hospital."
    )
    (r,) = _records(text, "2024-04-10")
    assert (_n(r.killed), _n(r.wounded)) == (0, 2)


def test_a_condolence_notice_is_one_death() -> None:
    text = (
        "CONDOLENCE NOTICE — Kirkuk daily, 11 November 2021\n\nThe Albu Hamdan clan mourns the martyr, policeman "
        "Saad Jassim, killed on Wednesday by the treacherous bullets of Daesh at his post in Hawija. The Fatiha will "
        "be held at the family home.\n\nTo God we belong and to Him we return."
    )
    (r,) = _records(text, "2021-11-11")
    assert _n(r.killed) == 1
