"""The audit trail of an incident record: where its date, place, figures and attribution came from.

An analyst must defend every figure. For each record this says which words the date was read from and
how precise it is (ACLED-style time precision), which gazetteer entry the place resolved to and how
precise that is (geo precision), who gave the figures ("police said"), and whether the attack was
claimed, attributed or only suspected. Every phrase shown is read verbatim from the record's quotes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from assistant.incidents.patterns import CLAIMED, UNCLAIMED
from assistant.language import gazetteer
from assistant.language.vocab import actor_mentions, name_key
from assistant.schemas import Incident, actor_label, int_to_date

# ACLED's time precision: 1 the day is known, 2 the week or month, 3 only the year (or the report's date).
TIME_PRECISION = {"day": 1, "month": 2, "year": 3, "reported": 3}
# Geo precision, as event data codes it: 1 the town or village itself, 2 near a town or within a district,
# 3 only the province.
GEO_PRECISION = {"city": 1, "village": 1, "district": 2, "province": 3}
GEO_WORDS = {1: "town or village", 2: "near a town, or the district", 3: "province only"}
TIME_WORDS = {1: "day", 2: "month", 3: "year, or the report's date"}

# Who gave the information: a reporting verb, and the speaker before it (back to the clause's start) or after it
# ('..., said a local official'). The speaker must name a source (police, an official, a ministry, an outlet) or a
# person; a clause that is itself an event ('two soldiers were killed') or a denial ('no group said') is no speaker.
_VERB = re.compile(r"\b(?:said|says|told|reported|reports|confirmed|announced|stated|added|quoted)\b")
_SPEAKER_NOUN = re.compile(
    r"\b(?:police(?:m[ae]n)?|officers?|officials?|sources?|spokes(?:man|woman|person|men)|ministry|command|cell|"
    r"army|military|forces|medics?|doctors?|hospital|(?:eye)?witness(?:es)?|residents?|mayor|governor|statement|"
    r"group|agency|commander|authorities|council|lawmaker|MP|chief|director|captain|colonel|general|service|"
    r"channel|news|TV|television|media|office|department|militants?|leader|villagers?|relatives?|survivors?)\b",
    re.I,
)
_NOT_SPEAKER = re.compile(
    r"^(?:no|none|nobody|it|this|that|which|there)\b|\b(?:was|were|is|are|be|been|has|had|have|killed|wounded|"
    r"attacked|exploded|detonated|struck|fired|launched|claimed|denied|who|when|where)\b",
    re.I,
)
_BOUNDARY = re.compile(r"[,;:\u2014\u2013(\"\u201c\u201d]|'(?=\s)|(?<=\s)'|\b(?:that|but|and|after|as|while|when)\s")
_NAME_RUN = re.compile(r"(?:\b(?:[A-Z][\w.'\u2019-]*|al-\w+|bin|of)\s+)*[A-Z][\w.'\u2019-]*\s*$")
_RECIPIENT = re.compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w.'\u2019-]*|\([A-Z]+\))(?:\s+(?:[A-Z][\w.'\u2019-]*|\([A-Z]+\)|of|al-\w+))*|"
    r"state (?:TV|television|media))"
)
_MANNER = re.compile(r"\s+in\s+a\s+(?:statement|press (?:release|conference)|televised (?:statement|address))")
_INVERTED = re.compile(r"(?:^|[,'\u2019\u201d\"]\s*)(?P<verb>said|told|added)\s+(?P<who>[^,.;]{2,80})")
_ACCORDING = re.compile(
    r"\b[Aa]ccording to\s+[^,.;()]{3,80}|\bciting\s+[^,.;()]{3,80}|\bquoted\s+[^,.;]{3,80}?"
    r"\s+as saying"
)
SUSPECTED = re.compile(
    r"\b(?:suspected|alleged(?:ly)?|presumed|presumably|believed to (?:be|have)|likely|probably|"
    r"bore the hallmarks|bears the hallmarks|blam(?:ed|es|ing)|accus(?:ed|ing)|thought to (?:be|have)|"
    r"believed to (?:belong|be linked)|linked to|affiliated with)\b",
    re.I,
)


@dataclass
class Audit:
    """Where one record's date, place and figures came from (see the module docstring)."""

    date_phrase: str | None
    report_date: dt.date | None
    event_date: dt.date | None
    date_precision: str
    time_precision: int | None
    place_text: str | None
    place: str | None
    place_kind: str | None
    district: str | None
    province: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    figures_from: list[str] = field(default_factory=list)
    responsibility: str = "not stated"

    def lines(self) -> list[str]:
        """The trail as short lines for a panel or a note: date, place, figures, responsibility."""
        if self.event_date is None:
            when = "no event date read; no report date either"
        elif self.date_precision == "reported":
            when = f"no event date in the text; the report's date {self.event_date.isoformat()} stands in"
        else:
            said = f"read from \u201c{self.date_phrase}\u201d" if self.date_phrase else "read from the text"
            shown = {"month": f"{self.event_date:%B %Y}", "year": str(self.event_date.year)}.get(
                self.date_precision, self.event_date.isoformat()
            )
            when = f"{shown} ({self.date_precision}), {said}"
        report = self.report_date.isoformat() if self.report_date else "unknown"
        time_p = f"time precision {self.time_precision}" if self.time_precision else "time precision unknown"
        if self.place is not None and self.lat is not None and self.lon is not None:
            entry = f"gazetteer: {self.place}" + (f" ({self.place_kind})" if self.place_kind else "")
            entry += f" at {self.lat:.4f}, {self.lon:.4f}"
        elif self.province:
            entry = f"gazetteer: province {self.province} only, no point coordinates"
        else:
            entry = "not in the gazetteer"
        written = f"\u201c{self.place_text}\u201d" if self.place_text else "no place written"
        geo = f"geo precision {self.geo_precision}" if self.geo_precision else "geo precision unknown"
        figures = "; ".join(f"\u201c{s}\u201d" for s in self.figures_from) or "no source named in the quote"
        return [
            f"Date: {when}; report dated {report}; {time_p}.",
            f"Place: as written {written}; {entry}; {geo}.",
            f"Figures given by: {figures}.",
            f"Responsibility: {self.responsibility}.",
        ]


def _speaker_ok(who: str) -> bool:
    words = who.split()
    if not words or len(words) > 14 or _NOT_SPEAKER.search(who):
        return False
    if words[0].lower() in ("he", "she", "they", "we", "i"):
        return False  # a pronoun names nobody an analyst can weigh
    return bool(_SPEAKER_NOUN.search(who)) or bool(re.fullmatch(r"(?:[A-Z][\w.'\u2019-]*\s*)+", who.strip()))


def _subject_before(text: str, verb_start: int) -> int | None:
    """Where the speaker before a reporting verb starts: back to the clause's start, over an appositive set off by
    commas after a name ('Lt. Gen. X, the army chief of staff, told'); None when no speaker is there."""
    head = text[:verb_start].rstrip()
    comma_end = head.endswith(",")
    head = head.rstrip(",").rstrip()
    cut = max((m.end() for m in _BOUNDARY.finditer(head)), default=0)
    relative = re.match(r"\s*(?:which|who|as)\s+", head[cut:])
    if relative:  # '– which police said killed 9': the speaker is 'police'
        cut += relative.end()
    who = head[cut:].strip()
    if comma_end and who and not who[0].isupper():
        # '..., the army chief of staff, told' after a name: the name and its appositive are the speaker
        before = head[:cut].rstrip().rstrip(",")
        name = _NAME_RUN.search(before)
        if name and name.group(0).strip():
            return name.start() + len(name.group(0)) - len(name.group(0).lstrip())
    if not _speaker_ok(who):
        return None
    start = head.index(who, cut)
    joined = re.search(r"\band\s+$", head[:start])
    if joined:  # 'a police officer and a doctor at the hospital told': both are the speaker
        before = head[: joined.start()].rstrip()
        first = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
        if _speaker_ok(before[first:].strip()):
            return before.index(before[first:].strip(), first)
    return start


def attributions(text: str) -> list[str]:
    """Who the text says gave its information, verbatim: 'police said', 'a police officer told AFP', 'according
    to the Health Ministry', 'said a local official', 'citing a security source'."""
    found = [m.group(0).strip() for m in _ACCORDING.finditer(text)]
    for m in _VERB.finditer(text):
        start = _subject_before(text, m.start())
        if start is None:
            continue
        end = m.end()
        if m.group(0) == "told" and (to := _RECIPIENT.match(text, end)):
            end = to.end()
        elif manner := _MANNER.match(text, end):
            end = manner.end()
        found.append(text[start:end])
    for m in _INVERTED.finditer(text):
        who = re.split(r"\s(?:who|after|as|when|while|because)\s", m.group("who"))[0].strip()
        if _speaker_ok(who) and not re.match(r"(?:that|it|the attack|he|she|they)\b", who, re.I):
            found.append(text[m.start("verb") : m.start("who") + len(who)])
    # a sentence's full stop is not part of the phrase ('told AFP.'), an abbreviation's is ('Brig.'); the phrase
    # stays exactly as written, spacing included, so it is always found in the quote
    return _longest([re.sub(r"(?<=\w{3})\.$", "", p) for p in found])


def _longest(phrases: list[str]) -> list[str]:
    """Each phrase once, and none inside a longer one ('security sources said' in 'PMU security sources said')."""
    unique = list(dict.fromkeys(phrases))
    return [p for p in unique if not any(p != q and p in q for q in unique)]


def responsibility(inc: Incident) -> str:
    """'claimed by ISIS', 'attributed to ISIS', 'suspected: ISIS', 'not claimed' or 'not stated', from the record
    and its quotes (suspicion wording in a quote that names the attacker)."""
    who = actor_label(inc.perpetrator) if inc.perpetrator and inc.perpetrator != "unknown" else None
    quotes = " ".join(s.quote for s in inc.sources)
    said_claimed = inc.claimed is None and CLAIMED.search(quotes) and not UNCLAIMED.search(quotes)
    if inc.claimed == "claimed" or said_claimed:
        return f"claimed by {who}" if who else "claimed (the claimant is not named)"
    if who is None:
        return "not claimed; attacker not named" if inc.claimed == "unclaimed" else "attacker not named"
    tail = "; not claimed" if inc.claimed == "unclaimed" else ""
    if _suspected(quotes, inc.perpetrator):
        return f"suspected: {who}{tail}"
    return f"attributed to {who}{tail}"


def _suspected(quotes: str, perpetrator: str | None) -> bool:
    """Suspicion wording next to a mention of the perpetrator ('suspected ISIS militants', 'blamed the attack on
    Daesh'), not anywhere in the quotes ('the toll is likely to rise')."""
    for name, m in actor_mentions(quotes):
        if name == perpetrator and SUSPECTED.search(quotes[max(0, m.start() - 60) : m.end() + 40]):
            return True
    return False


def _place_kind(inc: Incident) -> str | None:
    return None if inc.place is None else _kind_at(inc.place, inc.province, inc.lat, inc.lon)


@lru_cache(maxsize=8192)
def _kind_at(place: str, province: str | None, lat: float | None, lon: float | None) -> str | None:
    """The kind of the gazetteer entry a record resolved to (a wide lookup is slow: once per place)."""
    entry = gazetteer.lookup(place, province, wide=True)
    if entry is None or lat is None or lon is None:
        return entry.kind if entry is not None and lat is None else None
    return entry.kind if abs(entry.lat - lat) < 1e-3 and abs(entry.lon - lon) < 1e-3 else None


def geo_precision(inc: Incident, kind: str | None) -> int | None:
    """1 the town or village itself, 2 near one (the text names a smaller place it lacks) or a district,
    3 the province only; None when nothing places it."""
    if inc.lat is None or inc.lon is None:
        return 3 if inc.province else None
    level = GEO_PRECISION.get(kind, 2) if kind else 2  # an entry not identified: no claim to the town itself
    written, entry = name_key(inc.place_text or ""), name_key(inc.place or "")
    if level == 1 and written and entry and entry not in written and written not in entry:
        return 2  # 'Albu Bali' placed at the town named with it: near that town
    return level


def audit(inc: Incident, article_meta: dict[str, dict[str, Any]]) -> Audit:
    """The record's audit trail; `article_meta` is Store.article_meta() (the reports' dates)."""
    published = [
        int_to_date(m["published"])
        for d in dict.fromkeys(s.doc_id for s in inc.sources)
        if (m := article_meta.get(d)) and m.get("published")
    ]
    kind = _place_kind(inc)
    return Audit(
        date_phrase=inc.date_phrase,
        report_date=min(published) if published else None,
        event_date=inc.event_date,
        date_precision=inc.date_precision,
        time_precision=TIME_PRECISION.get(inc.date_precision) if inc.event_date else None,
        place_text=inc.place_text,
        place=inc.place,
        place_kind=kind,
        district=inc.district,
        province=inc.province,
        lat=inc.lat,
        lon=inc.lon,
        geo_precision=geo_precision(inc, kind),
        figures_from=_longest([a for s in inc.sources for a in attributions(s.quote)]),
        responsibility=responsibility(inc),
    )
