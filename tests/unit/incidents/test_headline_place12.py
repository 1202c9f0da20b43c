"""A report's own sentences place the attack before its headline does: a headline names the better-known town
('ISIS attack on farm near Balad') while the story names the town or subdistrict where it happened ('a farm in
Yathrib, near Balad'). A headline still places a story whose sentences name no place."""

from __future__ import annotations

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor


def _places(text: str) -> list[tuple[str | None, str | None]]:
    art = to_article(RawRecord(source="x.md", text=text))
    return [(r.place, r.province) for r in RuleExtractor().extract(art)]


@pytest.mark.parametrize(
    ("headline", "body", "place"),
    [
        (
            "Three of a family killed in ISIS attack on farm near Balad",
            "ISIS militants attacked a farm in Yathrib, near Balad, on Thursday night, killing three people.",
            "Yathrib",
        ),
        (
            "Two soldiers killed in bombing near Kirkuk",
            "A roadside bomb struck an army patrol in Daquq on Monday, killing two soldiers.",
            "Daquq",
        ),
        (
            "Gunmen kill shepherd outside Baquba",
            "Gunmen shot dead a shepherd in Khalis on Sunday evening, police said.",
            "Khalis",
        ),
        # the headline's town is the story's own, or the story names none: the headline places it
        (
            "Bomb kills two in Tikrit market",
            "A bomb hidden in a cart exploded in a busy market on Friday, killing two people.",
            "Tikrit",
        ),
        (
            "Rocket hits near Ain al-Asad base",
            "A rocket landed near the base on Tuesday night, causing no casualties, officials said.",
            "Ain al-Asad",
        ),
    ],
)
def test_the_story_places_the_attack_before_its_headline(headline: str, body: str, place: str) -> None:
    got = _places(f"# {headline}\n\nRudaw | 21 July 2023\n\n{body}")
    assert got and got[0][0] == place, got
