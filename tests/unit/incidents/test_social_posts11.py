"""Class (realworld11): social posts with hashtags and a verbless headline. A hashtag reads as the words it tags
('#ISIS', '#Abu_Saida'), and a headline-style sentence naming an attack by its attacker ('BREAKING: #ISIS attack on
#PMF post in <place>, tonight.') is the attack: the record takes its place, its day ('tonight' = the post's day),
its actors and type, with the casualties of the next sentence; the evidence is quoted as written. New texts."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor
from assistant.language.text import untagged

D = dt.date
FOOTER = "\n\n9:05 PM · Mar 14, 2023 · Twitter for Android\n\n12 Retweets  40 Likes"


def _records(text: str, published: str | None = "2023-03-14") -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


@pytest.mark.parametrize(
    "post",
    [
        "BREAKING: #ISIS attack on #PMF checkpoint in Jalawla, #Diyala, tonight. 3 fighters killed, 2 injured.",
        "#ISIS attack on PMF checkpoint near #Balad_Ruz tonight. 3 fighters killed, 2 injured per local sources.",
        "1/2 ISIS attack on a #PMF checkpoint in Jalawla, NE #Diyala, tonight. 3 fighters killed, 2 injured. #Iraq",
        "🔴 JUST IN | Suspected #ISIS attack on PMF checkpoint in #Balad_Ruz tonight. 3 killed, 2 wounded.",
        "URGENT: Daesh attack on a Hashd checkpoint in Jalawla, Diyala, tonight. Three fighters killed, two hurt.",
    ],
)
def test_a_verbless_hashtag_headline_is_the_attack(post: str) -> None:
    (rec,) = _records("Diyala Watch @diyala_watch\n\n" + post + FOOTER)
    assert (rec.event_date, rec.date_precision) == (D(2023, 3, 14), "day")
    assert rec.province == "Diyala" and rec.place in ("Jalawla", "Baladruz")
    assert rec.killed is not None and rec.killed.low == 3
    assert rec.wounded is not None and rec.wounded.low == 2
    assert rec.target == "PMU"
    assert rec.attack_type == "shooting"
    if "ISIS" in post or "Daesh" in post:
        assert rec.perpetrator == "ISIS"
    assert "#" not in post.split(".")[0] or "#" in rec.sources[0].quote  # quoted as written


def test_a_lower_case_post_is_read_too() -> None:
    (rec,) = _records(
        "isis attack on pmf checkpoint in jalawla, diyala, tonight. 3 fighters killed, 2 injured #Diyala" + FOOTER
    )
    assert (rec.event_date, rec.date_precision) == (D(2023, 3, 14), "day")
    assert rec.province == "Diyala"
    assert rec.killed is not None and rec.killed.low == 3


@pytest.mark.parametrize(
    "post",
    [
        # negative rows: the attack named as a noun in background, not a headline of its own
        "The #ISIS attack on Sinjar in 2014 is still remembered by every family here. #Yazidi",
        "Residents fear another ISIS attack on the villages after the army withdrew. #Diyala",
        "The attack on the post was the third this month, locals say. #Diyala",
        "ISIS attack on Sinjar in 2014 still haunts every family here. #Yazidi",
        "#PKK attack on the base was repelled, no losses. #Duhok",
    ],
)
def test_a_background_mention_is_no_attack(post: str) -> None:
    assert _records("Diyala Watch @diyala_watch\n\n" + post + FOOTER) == []


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("#ISIS attack on #PMF post", "ISIS attack on PMF post"),
        ("near #Abu_Saida, NE #Diyala.", "near Abu Saida, NE Diyala."),
        ("police say #Mosul #الموصل", "police say Mosul الموصل"),
        # negative rows: no hashtag
        ("C# code, &#39; and item #2 at page.html#top", "C# code, &#39; and item #2 at page.html#top"),
    ],
)
def test_hashtags_read_as_their_words(text: str, plain: str) -> None:
    got, where = untagged(text)
    assert got == plain
    assert len(where) == len(got) + 1 and all(text[where[i]] in (got[i], "_") for i in range(len(got)))
