"""What a quote says without writing it the claim's way: its dates counted on ('Four days later'), its clock times
on another clock (0330 hrs is 3:30 am), a total of the parts it lists, and 'no one' (which is no figure).

The claim checker asks `figures_unsupported(claim, quote, published)` for the claim's figures the quote does not
give in any of these ways, `quote_days` / `quote_weekdays` for the days and weekdays it names or implies, and
`without_times(claim, quote)` for the claim without the clock times the quote gives (so 'am', 'pm' and 'in the
morning' beside a checked time are no words the quote lacks). Each reading is arithmetic on what the quote states:
nothing here guesses.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from assistant.language.dates import find_date_phrases, resolve_phrase
from assistant.language.text import numbers_in
from assistant.language.vocab import NUMBER_WORDS, WEEKDAYS

_SMALL = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 31} | {"a": 1, "an": 1, "one": 1}
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r")"
# 'Four days later', '48 hours later', 'Three days on', 'Nine days afterwards', 'a week after that', 'two days
# earlier'; 'the next day', 'the following morning', 'the day before', 'a day earlier'
_OFFSET = re.compile(
    rf"(?i)\b{_COUNT}\s+(?P<unit>days?|hours?|weeks?|nights?)\s+(?P<dir>later|afterwards?|after(?:\s+that)?|on\b|"
    r"earlier|before(?:\s+that)?|previously)|\b(?:the\s+)?(?P<next>next|following|previous|preceding)\s+"
    r"(?:day|morning|evening|night|afternoon)\b|\bthe\s+day\s+(?P<dir2>after|before)\b"
)


def _offset_days(m: re.Match[str]) -> int | None:
    """Days the phrase moves on from the date told before it (negative: back), or None (a count of hours that is
    no whole number of days)."""
    if m.group("next"):
        return 1 if m.group("next").lower() in ("next", "following") else -1
    if m.group("dir2"):
        return 1 if m.group("dir2").lower() == "after" else -1
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else _SMALL[word]
    unit = m.group("unit").lower()
    if unit.startswith("hour"):
        if n % 24:
            return None
        n //= 24
    elif unit.startswith("week"):
        n *= 7
    return -n if m.group("dir").lower().startswith(("earlier", "before", "previously")) else n


_FILED = re.compile(
    r"(?i)\b(?:reported|logged|filed|published|posted|dated|updated|issued|received|entered|recorded|released)"
    r"(?:\s+(?:on|at))?[\s:]*$"
)


def _told(quote: str, published: dt.date | None) -> list[tuple[int, dt.date | None, int | None]]:
    """(where it ends, the day, the weekday) of each date phrase of the quote that names a day or a weekday."""
    out = []
    for start, end, phrase in find_date_phrases(quote):
        if _FILED.search(quote[max(0, start - 30) : start]):
            continue  # 'Entry logged 22.06.2023', 'Reported on 25-02-2024': the report's day, not the event's
        when = resolve_phrase(phrase, published)
        weekday = next((i for i, w in enumerate(WEEKDAYS) if w[:3].lower() in phrase.lower()), None)
        day = when.date if when.precision == "day" else None
        if day is not None or weekday is not None:
            out.append((end, day, weekday if weekday is not None else (day.weekday() if day else None)))
    return out


_PLAIN = frozenset(
    "days hours weeks nights later after afterwards following previous earlier before next that with from".split()
)


def _heads(text: str) -> set[str]:
    """A crude stem of each word of four letters or more: its first five letters ('released' -> 'relea')."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _own_words(quote: str, at: int, anchor: int) -> frozenset[str]:
    """Word heads of the clause holding a count of days (at `at`) that the clause of the date it counts from (at
    `anchor`) lacks: what happened on the day counted to ('... and released him four days later': 'relea')."""

    def clause(i: int) -> str:
        start = max(quote.rfind(c, 0, i) for c in (".", ";", " and ", " but "))
        ends = [e for e in (quote.find(c, i) for c in (".", ";", " and ")) if e >= 0]
        return quote[max(start, 0) : min(ends) if ends else len(quote)]

    return frozenset(_heads(clause(at)) - _heads(clause(anchor)) - _PLAIN)


@lru_cache(maxsize=1024)  # one quote is read for its days by several checks of one claim
def _counted_on(
    quote: str, published: dt.date | None
) -> tuple[tuple[tuple[int, dt.date, frozenset[str]], ...], tuple[tuple[int, int, frozenset[str]], ...]]:
    """(where, day, own words) and (where, weekday, own words) of the days the quote names (no own words), and of
    those it counts on to from the date told before the count ('where' is the count's place in the quote, the own
    words those of its clause: a day counted to is the day of what that clause tells, not of all the quote tells)."""
    told = _told(quote, published)
    none: frozenset[str] = frozenset()
    days = [(end, d, none) for end, d, _ in told if d is not None]
    weekdays = [(end, w, none) for end, _, w in told if w is not None]
    for m in _OFFSET.finditer(quote):
        before = [t for t in told if t[0] <= m.start()]
        if not before or (shift := _offset_days(m)) is None:
            continue
        anchor, day, weekday = before[-1]
        own = _own_words(quote, m.start(), anchor - 1)
        if day is not None and dt.date.min + dt.timedelta(days=31) < day < dt.date.max - dt.timedelta(days=31):
            days.append((m.start(), day + dt.timedelta(days=shift), own))
        if weekday is not None:
            weekdays.append((m.start(), (weekday + shift) % 7, own))
    # a day with its year gives its weekday, whatever the quote calls it ('Tue 16 Jul 2019')
    weekdays += [(at, d.weekday(), own) for at, d, own in days]
    return tuple(days), tuple(weekdays)


def _about(claim: str | None, own: frozenset[str]) -> bool:
    """Whether a day the quote names (no own words), or counts on to, may date the claim: it tells what that day's
    clause tells."""
    return not own or claim is None or bool(own & _heads(claim))


def quote_days(
    quote: str, published: dt.date | None, span: tuple[int, int] | None = None, claim: str | None = None
) -> list[dt.date]:
    """The days the quote (or the `span` of it) names or counts on to ('On 3 February 2024 ... 48 hours later': 3 and
    5 February); with a `claim`, a day counted to only when the claim tells what happened on it."""
    lo, hi = span or (0, len(quote))
    return [d for at, d, own in _counted_on(quote, published)[0] if lo <= at <= hi and _about(claim, own)]


def quote_weekdays(
    quote: str, published: dt.date | None, span: tuple[int, int] | None = None, claim: str | None = None
) -> set[str]:
    """The weekdays (full names, lower-case) of the days the quote names or counts on to ('abducted on Sunday ...
    released two days later': Sunday and Tuesday); with a `claim`, as `quote_days`."""
    lo, hi = span or (0, len(quote))
    return {
        WEEKDAYS[w].lower() for at, w, own in _counted_on(quote, published)[1] if lo <= at <= hi and _about(claim, own)
    }


# A sentence that tells another event than the one before it: 'Four days later, ...', 'The next morning, ...',
# 'Separately, ...', 'In another attack, ...'
_NEW_EVENT = re.compile(
    r"(?i)(?:separately|in\s+(?:a|another)\s+(?:separate\s+)?(?:attack|incident|bombing|strike)|elsewhere|meanwhile|"
    r"(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|night|morning|evening|week)|"
    r"(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|evening|night|week)|"
    rf"{_COUNT}\s+(?:days?|hours?|weeks?|nights?)\s+(?:later|afterwards?|after|on|earlier|before))\b"
)


def event_segments(quote: str) -> list[tuple[int, int]]:
    """The spans of a quote that tell one event each: a new one starts with a sentence that opens on another day or
    attack ('On 3 December 2019, gunmen shot dead an activist ... Four days later, rockets struck ...')."""
    starts = [0]
    for m in re.finditer(r"(?<=[.;])\s+(?=\S)", quote):
        opening = quote[m.end() : m.end() + 40]
        dated = next((s for s, _, _ in find_date_phrases(opening)), None)
        if _NEW_EVENT.match(quote, m.end()) or (dated is not None and dated <= 3):
            starts.append(m.end())  # ('... in eastern Baghdad. On 7 December 2019, rockets struck ...')
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(quote)], strict=True)]


# Clock times: '03:30', '21:10', '0330 hrs', '0645' at a log line's start, '3:30 am', '9 pm', 'ten o'clock'
_CLOCK_WORDS = "|".join(sorted((w for w, n in NUMBER_WORDS.items() if 1 <= n <= 12), key=len, reverse=True))
_TIME = re.compile(
    r"(?i)(?<![\d/.:-])(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\d)(?:\s*(?:hrs?|hours|h)\b)?|"
    r"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hrs?\b|hours\b|h\b|(?=\s+(?:local|GMT|UTC)\b))|"
    # a bare one, as a log writes it, after 'at' ('At 0645 gunmen fired') ...
    r"(?<=\bat\s)(?!(?:19|20)\d\d\b(?!\s*(?:hrs?|hours|h|local|gmt|utc)\b))(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\b|"
    # ... or at a log line's start, 'approx', 'around', '~', when no count or year ('1200 families', 'Around 2014,')
    r"(?:(?<=\bapprox\.\s)|(?<=\bapprox\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=~)|(?<=^))"
    r"(?!(?:19|20)\d\d\b(?!\s*(?:hrs?|hours|h|local|gmt|utc|today|tonight)\b))"
    r"(?P<h5>[01]\d|2[0-3])(?P<m5>[0-5]\d)"
    r"(?=\s*(?:hrs?\b|hours\b|h\b|local\b|gmt\b|utc\b|today\b|tonight\b|this\b|yesterday\b|on\b|at\b|[,.:;)]|$)"
    r"|(?-i:\s+[A-Z]))|"
    r"(?P<h12>1[0-2]|0?[1-9]|" + _CLOCK_WORDS + r")(?:\s+o['\u2019]?\s*clock)?(?=\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)"
    r"|\s+o['\u2019]?\s*clock))"
    r"(?P<half>\s*(?:a\.?m\.?|p\.?m\.?)(?!\w))?"
    r"(?P<part>\s+(?:in\s+the\s+|at\s+|last\s+|this\s+|that\s+)?(?:morning|afternoon|evening|night)\b|\s+tonight\b)?"
)
_PART_HOURS = {
    "morning": range(3, 12),
    "afternoon": range(12, 18),
    "evening": range(16, 23),
    "night": (*range(19, 24), 0, 1, 2, 3, 4, 5),
}


def _minutes(m: re.Match[str]) -> set[int]:
    """The minutes after midnight the time may mean (a 12-hour time without am/pm or a part of the day: both)."""
    if m.group("hh") is not None or m.group("h4") is not None or m.group("h5") is not None:
        hour = int(m.group("hh") or m.group("h4") or m.group("h5"))
        minute = int(m.group("mm") or m.group("m4") or m.group("m5"))
        hours = {hour}  # '0330 hrs' is a 24-hour time
    elif m.group("h") is not None:
        hour, minute = int(m.group("h")), int(m.group("m"))
        # '03:30' and '21:10' are 24-hour times; '3:30' either, unless am/pm or a part of the day says
        hours = {hour} if hour == 0 or hour > 12 or m.group("h").startswith("0") else {hour, (hour + 12) % 24}
    else:
        word = m.group("h12").lower()
        hour = int(word) if word.isdigit() else NUMBER_WORDS[word]
        minute = 0
        hours = {hour % 12, hour % 12 + 12}
    half = (m.group("half") or "").strip().lower().replace(".", "")
    part = (m.group("part") or "").split()[-1].lower().replace("tonight", "night") if m.group("part") else ""
    if half:
        hours = {h for h in hours if (h >= 12) == (half == "pm")}
    elif part and (m.group("h12") is not None or max(hours) <= 12 or len(hours) > 1):
        hours = {h for h in hours if h in _PART_HOURS[part]} or hours
    return {h * 60 + minute for h in hours}


def _times(text: str) -> list[tuple[int, int, set[int]]]:
    return [(m.start(), m.end(), _minutes(m)) for m in _TIME.finditer(text) if m.group(0).strip()]


def without_times(claim: str, quote: str) -> str:
    """The claim without the clock times its quote gives (with their 'am', 'hrs' or 'in the morning'), so their
    figures and words are taken as said."""
    told = set().union(*(minutes for _, _, minutes in _times(quote)))
    for start, end, minutes in sorted(_times(claim), reverse=True):
        if minutes & told:
            claim = claim[:start] + " " + claim[end:]
    return claim


_NO_ONE = re.compile(r"(?i)\b(?:no|not\s+a\s+single|not)\s+one\b")
# 'Three people - the mukhtar and two of his sons - were killed', 'three people: a nurse and two patients'
_DASH = r"(?:(?<=\s)[-\u2013\u2014]\s|[\u2013\u2014:()])"
_TOTAL_OF_PARTS = re.compile(
    rf"(?i)\b{_COUNT}(?:\s+[a-z\d-]+){{0,7}}?\s*(?:{_DASH}|,\s*(?:including|namely)\b)\s*"
    rf"(?P<parts>(?:(?!{_DASH})[^;.])+?\band\b(?:(?!{_DASH})[^;.])+?)(?={_DASH}|\s*[;.]|\s*,?\s*(?:were|was|all)\b)"
)
# 'one more was hurt', 'one other', 'one of them' where the quote has 'a third', 'another', 'a soldier'
_ONE_MORE = re.compile(r"(?i)\bone\s+(?:more|other|of\s+them|of\s+the)\b")
_ONE_MORE_TOLD = re.compile(
    r"(?i)\banother\b|\ba\s+(?:second|third|fourth|fifth|sixth)\b|\bone\s+(?:more|other|of)\b|\bincluding\s+an?\b"
)
_HARM_WORD = r"(?:hurt|wounded|injured|injury|killed|dead|died|martyred|harmed)\b"
_ORDINAL_HARMED = re.compile(
    rf"(?i){_HARM_WORD}(?:\s+\w+){{0,3}}?\s+(?:of\s+)?an?\s+(?:second|third|fourth|fifth|sixth)\b|"
    rf"\ban?\s+(?:second|third|fourth|fifth|sixth)(?:\s+\w+){{0,3}}?\s+(?:was\s+|were\s+)?{_HARM_WORD}|"
    rf"\banother\b(?:\s+\w+){{0,3}}?\s+(?:was\s+)?{_HARM_WORD}"
)


_FILING_SAID = re.compile(
    r"(?i)\b(?:report\w*|said|says|published|logged|filed|posted|dated|issued|announced|stated|released)\b"
)


def _unfiled(quote: str, claim: str) -> str:
    """The quote without the day it was reported, logged or published ('Al-Sumaria TV reported on 22 January that
    rockets landed late on Tuesday'): that day's figures are no event's, unless the claim too gives it as the day
    something was reported."""
    if _FILING_SAID.search(claim):
        return quote
    for start, end, _ in reversed(find_date_phrases(quote)):
        if _FILED.search(quote[max(0, start - 30) : start]):
            quote = quote[:start] + " " + quote[end:]
    return quote


def _one_as_a(claim: str, quote: str) -> bool:
    """'one nurse' where the quote has 'a nurse' (or 'an Iraqi nurse'): the claim's 'one' is the quote's 'a'."""
    for m in re.finditer(r"(?i)\bone\s+([a-z]{3,})", claim):
        head = m.group(1).lower()[:4]
        if re.search(rf"(?i)\b(?:an?|another)\s+(?:[a-z'-]+\s+)?{head}", quote):
            return True
    return False


def totals_of_parts(claim: str) -> set[float]:
    """Totals the claim gives with the parts that make them up (each part is a figure or one person)."""
    out: set[float] = set()
    if len(claim) > 600:
        return out  # a claim is a sentence; the parts' search is no place for a page
    for m in _TOTAL_OF_PARTS.finditer(claim):
        word = m.group("n").lower()
        total = int(word) if word.isdigit() else _SMALL[word]
        items = [i for i in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", m.group("parts")) if i.strip()]
        parts = 0
        for item in items:
            found = sorted(numbers_in(_ONE_MORE.sub("", item)))
            if found:
                parts += int(found[0])
            elif re.match(r"(?i)\s*(?:an?|the|his|her|its|their|one)\s+\S", item) and not re.search(r"s\s*$", item):
                parts += 1  # 'the mukhtar', 'a nurse': one person; 'soldiers, police' are no count
            else:
                parts = -1
                break
        if len(items) >= 2 and parts == total:
            out.add(float(total))
    return out


def figures_unsupported(
    claim: str,
    quote: str,
    published: dt.date | None,
    allowed: set[float] | frozenset[float] = frozenset(),
    days: list[dt.date] | None = None,
) -> set[float]:
    """The claim's figures that the quote gives in none of the ways above (`allowed`: figures taken as said, such
    as a restated publication date; `days`: the quote's days, when they are counted from a date before it)."""
    text = without_times(_NO_ONE.sub(" ", claim), quote)
    if _times(quote) and (other := _times(text)):
        # a clock time the quote gives on no clock: its figures are unsupported, whatever other figures they match
        return {n for start, end, _ in other for n in numbers_in(text[start:end])}
    said = numbers_in(text) - allowed
    if not said:
        return set()
    quoted = numbers_in(_unfiled(quote, claim)) | {float(n) for n in re.findall(r"\b(\d+)x\b", quote)}  # '2x': two
    if said <= quoted:
        return set()
    days = quote_days(quote, published, claim=claim) if days is None else days
    # a date the claim writes that is a day the quote names or counts on to: its day and year are said
    for _, _, phrase in find_date_phrases(text):
        when = resolve_phrase(phrase, published)
        if when.precision != "day" and days and not re.search(r"\b\d{4}\b", phrase):
            when = resolve_phrase(f"{phrase} {days[0].year}", None)  # '17 September' of a quote with no report date
        if when.precision == "day" and when.date is not None:
            match = [d for d in days if (d.month, d.day) == (when.date.month, when.date.day)]
            if any(d.year == when.date.year for d in match) or (match and not re.search(r"\b\d{4}\b", phrase)):
                said -= {float(when.date.day), float(when.date.year)}
    said -= totals_of_parts(text)
    if 1.0 in said and (
        # 'one more was hurt' from 'a third was wounded', 'one of them a US soldier' from 'including a US soldier'
        (_ONE_MORE.search(text) and _ONE_MORE_TOLD.search(quote))
        or _one_as_a(text, quote)
        # 'two killed and one hurt' from 'the martyrdom of two ... and the injury of a third'
        or (re.search(rf"(?i)\bone\s+(?:\w+\s+){{0,2}}?{_HARM_WORD}", text) and _ORDINAL_HARMED.search(quote))
    ):
        said.discard(1.0)
    return said - quoted
