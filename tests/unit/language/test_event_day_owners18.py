"""Which of a sentence's days is the attack's (realworld16's translated press, funerals and court reports, in-sample
there; the other rows are other wordings of the class): the day a source told an outlet named in full ('told the Iraqi
News Agency (INA) on Monday that ... last night'), the day of a funeral told before it ('on Monday attended the funeral
of ... killed on Saturday', 'attended on Saturday the funeral of'), and the day of a verdict or an arrest are not the
attack's when the sentence dates the attack too. A sentence with one day keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language.dates import resolve_date

MON = dt.date(2023, 6, 12)  # a Monday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "A source in the Babylon Police Command told the Iraqi News Agency (INA) on Monday that unknown gunmen "
            "opened fire on a checkpoint last night, wounding two policemen.",
            dt.date(2023, 6, 11),
        ),
        ("An officer told Shafaq News on Monday that a bomb wounded a farmer on Saturday.", dt.date(2023, 6, 10)),
        (
            "Hundreds of people in Baiji on Monday attended the funeral of two fighters who were killed on Saturday "
            "when IS attacked their post.",
            dt.date(2023, 6, 10),
        ),
        (
            "Hundreds of people attended on Monday the funeral of a police officer shot dead by gunmen near Shamiya "
            "on Thursday.",
            dt.date(2023, 6, 8),
        ),
        ("The village on Monday buried a shepherd killed by a landmine blast on Friday.", dt.date(2023, 6, 9)),
        (
            "The criminal court on Monday sentenced two men to life for the ambush near Al-Warka on 3 August 2022 "
            "that killed a police lieutenant.",
            dt.date(2022, 8, 3),
        ),
        ("Two suspects were arrested on Monday over the bombing of a shop in Kut on Saturday.", dt.date(2023, 6, 10)),
        ("Gunmen shot dead a man on Sunday; two suspects were arrested on Monday.", dt.date(2023, 6, 11)),
        # one day in the sentence: it stays the event's
        ("Gunmen killed two soldiers on Monday, police told reporters.", MON),
        ("Two men who attended a funeral on Monday were killed when a bomb exploded.", MON),
        ("A suicide bomber attacked mourners at a funeral in Tarmiyah on Saturday.", dt.date(2023, 6, 10)),
    ],
)
def test_the_attack_keeps_its_own_day(sentence: str, day: dt.date) -> None:
    assert resolve_date(sentence, MON).date == day
