"""A record quotes the sentence that gave its day (realworld12 class, wordings written here): a summary with the toll
first, then the sentence that dates and places the attack, must both be quoted, so no date is shown without its
quote."""

from __future__ import annotations

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor

REPORT = (
    "Monitoring summary\nMay 4, 2022\n\n"
    "State TV has reported that three policemen were killed and two others hurt when militants targeted a patrol in "
    "Kirkuk province.\n\n"
    "In its evening bulletin, the channel said a roadside bomb went off on Tuesday night under a police vehicle on the "
    "road between Daquq and Tuz Khurmatu."
)


def test_the_dating_sentence_is_quoted() -> None:
    article = to_article(RawRecord(source="tv.txt", text=REPORT))
    (record,) = RuleExtractor().extract(article)
    assert str(record.event_date) == "2022-05-03"
    quotes = [s.quote for s in record.sources]
    assert quotes[0].startswith("State TV has reported")  # the attack as told first leads
    assert any("went off on Tuesday night" in q for q in quotes), quotes
    assert all(article.text[s.start : s.end] == s.quote for s in record.sources)
