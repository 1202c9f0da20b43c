"""Classes from realworld16's final split, read once realworld17 took its place as the untouched third (wordings
written here, none copied): a round-up line that puts its weekday in brackets after its place ('Basra (Tue): ...');
'Hay' opening a quarter's name ('Hay al-Jihad, Kirkuk city'), which is no town; a wire's foot line 'Posted <date>'
followed by its credits in brackets; a terrorism database's 'nkill' and 'nwound' fields; the wounded left when the
report says the others are still in hospital after one of them died (and unchanged when it does not)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.answering.question import parse_question
from assistant.corpus.read import read_records, to_article
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _records(text: str, published: dt.date | None = dt.date(2022, 6, 11)) -> list[Incident]:
    return RuleExtractor().extract(Article(doc_id="o20", title="", source="", text=text, published=published))


def test_a_weekday_in_brackets_after_the_lines_place_dates_it() -> None:
    text = (
        "Weekly digest | 5-11 June 2022 | 11 Jun 2022\n\n"
        "Basra (Tue): a grenade was thrown at a shop in Zubair, wounding its owner.\n"
        "Kirkuk (Fri) - gunmen shot dead a policeman near Dibis."
    )
    assert sorted(r.event_date for r in _records(text) if r.event_date) == [dt.date(2022, 6, 7), dt.date(2022, 6, 10)]


def test_hay_opening_a_quarters_name_is_no_town() -> None:
    (rec,) = _records("On Monday a bomb went off outside a lawyer's house in Hay al-Jihad, Kirkuk city, wounding one.")
    assert rec.province == "Kirkuk"
    f = parse_question("When was the lawyer's house in Hay al-Jihad, Kirkuk city, bombed?", dt.date(2025, 1, 1)).filters
    assert f.province != "Wasit" and f.place != "Al Hayy"
    town = parse_question("attacks in Al-Hay in 2021", dt.date(2025, 1, 1)).filters
    assert town.place == "Al Hayy"  # the Wasit town itself


def test_a_posted_line_with_its_credits_dates_the_report(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "TIKRIT, Iraq, March 9 (Reuters) - A roadside bomb killed two soldiers late Tuesday near Tikrit, police said."
        "\n\nPosted March 9, 2022 (Reporting by a Tikrit stringer; Editing by the Baghdad desk)\n",
        encoding="utf-8",
    )
    (rec,) = list(read_records(path, 10**6))
    article = to_article(rec)  # type: ignore[arg-type]
    assert article.published == dt.date(2022, 3, 9)
    assert [r.event_date for r in RuleExtractor().extract(article)] == [dt.date(2022, 3, 8)]


def test_a_databases_nkill_and_nwound_fields_are_the_figures() -> None:
    (rec,) = _records("06/02/2022: Assailants shot dead a shopkeeper in Tuz Khurmatu.\nFields: nkill 1 | nwound 0")
    assert rec.killed is not None and rec.killed.low == 1
    assert rec.wounded is not None and rec.wounded.low == 0


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "A bomb went off at a checkpoint in Kalar on Monday, wounding three guards. One of the wounded guards died "
            "in hospital on Tuesday. The other two are in a stable condition.",
            1,
            2,
        ),
        (
            "A bomb went off at a checkpoint in Kalar on Monday, killing one and wounding four. Two of the wounded "
            "died overnight, raising the toll to three.",
            3,
            4,
        ),
    ],
)
def test_the_wounded_left_only_when_the_others_are_told(text: str, killed: int, wounded: int) -> None:
    (rec,) = _records(text)
    assert rec.killed is not None and rec.killed.low == killed
    assert rec.wounded is not None and rec.wounded.low == wounded
