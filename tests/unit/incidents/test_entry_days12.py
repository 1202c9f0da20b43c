"""The day of an entry told apart from its sentence (realworld12 classes, wordings written here, none copied): a
table row's date cell with no year ('| 3 September | Tal Afar | ...') and a timeline's entry ('- 9 April – ...'),
read against the page's date, or the month heading above them, or the one year the title names; and an
interview's answer dated by the question above it ('Q: What happened on Tuesday night?')."""

from __future__ import annotations

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor


def _days(text: str, name: str = "page.md") -> list[tuple[str | None, str]]:
    art = to_article(RawRecord(source=name, text=text))
    return sorted((str(r.event_date) if r.event_date else None, r.date_precision) for r in RuleExtractor().extract(art))


def test_table_rows_dated_by_their_cell_and_the_page_title() -> None:
    page = (
        "# Attacks on checkpoints in Kirkuk province, 2022\n\n"
        "| Date | Place | Killed | Wounded | Notes |\n|---|---|---|---|---|\n"
        "| 14 May | Hawija | 2 | 0 | Gunmen shot dead two policemen at a checkpoint in Hawija. |\n"
        "| 2 June | Daquq | 0 | 3 | A roadside bomb wounded three soldiers near Daquq. |\n"
    )
    assert _days(page) == [("2022-05-14", "day"), ("2022-06-02", "day")]


def test_timeline_entries_under_a_month_heading() -> None:
    page = (
        "Security incidents in Iraq, 2019-2021: a timeline\n\n"
        "March 2021\n"
        "- 4 March – Unknown gunmen shot dead a lawyer in Basra.\n"
        "- 11 March – Parliament votes on the budget.\n"
        "- March 20 – A sticky bomb under a car wounded two men in Karbala.\n"
    )
    assert _days(page, "timeline.txt") == [("2021-03-04", "day"), ("2021-03-20", "day")]


def test_an_answer_is_dated_by_its_question() -> None:
    page = (
        "Interview: the mayor of Hit on the attack\n2 May 2022\n\n"
        "Q: What happened on Tuesday night?\n"
        "A: Gunmen opened fire on a police post on the edge of Hit. One policeman was killed.\n"
        "Q: Who do you blame?\nA: Daesh cells in the desert.\n"
    )
    assert _days(page, "qa.txt") == [("2022-04-26", "day")]


def test_a_question_without_a_day_dates_nothing() -> None:
    page = (
        "Interview: the mayor of Hit\n2 May 2022\n\n"
        "Q: What happened?\n"
        "A: Gunmen opened fire on a police post on the edge of Hit. One policeman was killed.\n"
    )
    assert _days(page, "qa.txt") == [("2022-05-02", "reported")]


def _records(text: str, name: str = "page.md") -> list[tuple[str | None, int | None, int | None]]:
    art = to_article(RawRecord(source=name, text=text))
    return sorted(
        (
            (str(r.event_date) if r.event_date else None, r.killed and r.killed.low, r.wounded and r.wounded.low)
            for r in RuleExtractor().extract(art)
        ),
        key=str,
    )


def test_each_dated_entry_of_a_list_is_its_own_incident() -> None:
    # the first entry ends with a footnote mark, not a full stop: it is no headline of the second
    page = (
        "# 2022 in Iraq\n\n### June\n\n"
        "- 4 June – Three soldiers were killed when militants attacked their post near Zuwair al-Kabir, Salahuddin "
        "Governorate.[12]\n"
        "- 8 June – A roadside bomb wounded two shepherds in the Yathrib subdistrict of Salahuddin.[13]\n"
    )
    assert _records(page) == [("2022-06-04", 3, None), ("2022-06-08", None, 2)]


def test_two_entries_of_one_day_in_a_daily_report() -> None:
    report = (
        "DAILY SECURITY REPORT    15 June 2022\nKIRKUK\n"
        "14/06  Gunmen fired on a police checkpoint near Hawija, killing 1 policeman.\n"
        "14/06  An IED exploded under a car in Daquq, wounding 2.\n"
    )
    assert _records(report, "daily.txt") == [("2022-06-14", 1, None), ("2022-06-14", None, 2)]
