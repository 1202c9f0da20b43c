"""Read incident filters (place, dates, attack type, actors) and the kind of answer wanted from a question; no LLM."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant import gazetteer
from assistant.schemas import ATTACK_TYPES, Place, month_end

NEAR_KM = 50.0  # "near/around X"
IN_TOWN_KM = 25.0  # "in/at/east of X" for a town: reports place an event "in Tikrit" when it was on the outskirts
IN_DISTRICT_KM = 40.0  # "in X district": around the district's centre; districts are some 30-80 km across

# Canonical actor -> patterns (lower-case regex) that name it; shared vocabulary for perpetrators and targets.
ACTORS: dict[str, tuple[str, ...]] = {
    "ISIS": (r"isis", r"isil", r"islamic state", r"daesh", r"da'esh", r"is(?#upper-case only, see _actor_mentions)"),
    "PMU": (r"pmu", r"pmf", r"hashd(?: al-shaabi)?", r"popular mobili[sz]ation(?: units| forces)?",
            r"(?:shia |shiite )?militia(?:s|men)?"),
    "US forces": (r"us[- ]led coalition", r"(?:us|u\.s\.|american) (?:forces|troops|soldiers|military)",
                  r"coalition (?:forces|troops)"),
    "Peshmerga": (r"peshmerga", r"kurdish forces"),
    "Iraqi forces": (r"iraqi (?:security )?forces", r"counter-terrorism service"),
    "police": (r"federal police", r"police(?:men| officers)?", r"policem[ae]n", r"cops"),
    "army": (r"iraqi army", r"army", r"soldiers", r"troops", r"military"),
    "security forces": (r"security forces",),
    "civilians": (r"civilians", r"residents", r"villagers", r"worshippers", r"pilgrims", r"shepherds", r"farmers"),
    "Turkey": (r"turkish (?:army|forces|military|jets|drones?|troops|air ?strikes?)", r"turkey"),
    "PKK": (r"pkk",),
    "unknown": (r"(?:unknown|unidentified) (?:gunmen|assailants|attackers|militants)",),
}
_ACTOR_RE = re.compile("|".join(f"(?P<a{i}>\\b(?:{'|'.join(p)})\\b)" for i, p in enumerate(ACTORS.values())))
_ACTOR_NAMES = list(ACTORS)

# Attack type -> keywords, checked in this order: "suicide bombing" is suicide, not ied.
_ATTACK_WORDS: tuple[tuple[str, str], ...] = (
    ("suicide", r"suicide|self-detonat\w*"),
    ("kidnapping", r"kidnap\w*|abduct\w*|hostages?"),
    ("ambush", r"ambush\w*"),
    ("mortar_rocket", r"mortars?|rockets?|katyushas?|shelling"),
    ("airstrike_operation", r"air ?strikes?|air raids?|drone strikes?|operations?(?! command)|raids?|offensive"),
    ("shooting", r"shootings?|shot|gunm[ae]n|gunfire|machine[- ]guns?|snipers?|opened fire|assassinat\w*"),
    ("ied", r"ieds?|roadside bombs?|explosive devices?|car bombs?|bombings?|bombs?|explosions?|blasts?"),
)
_EVENT_NOUN = r"(?:attacks?|incidents?|ambush(?:es)?|bombings?|bombs?|explosions?|blasts?|killings?|strikes?|raids?|" \
              r"shootings?|kidnappings?|assaults?|clashes|events?|violence)"
_AREA_NOUN = r"(?:area|region|outskirts|countryside|mountains|surroundings)"
_KILLED = r"killed|died|dead|deaths?|death toll|fatalities|lives"
_WOUNDED = r"wounded|injured|injuries|hurt"

_Y = r"(?:19|20)\d{2}"
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_FULL_DATE = rf"(?:{_Y}-\d{{1,2}}-\d{{1,2}}|{_DAY}\s+(?:of\s+)?{_MON},?\s+{_Y}|{_MON}\s+{_DAY},?\s+{_Y}|" \
             rf"{_MON},?\s+{_Y}|{_Y})"
_DATE = rf"(?:{_FULL_DATE}|{_MON})"  # a bare month only after a word that makes it a date ("in May")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_NOT_A_YEAR = r"(?!\s+(?:people|persons|civilians|fighters|soldiers|troops|militants|members|men|km|kilomet|miles))"
_DIRECTIONS = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|" \
              r"south-west)"
_RELATION = re.compile(
    rf"\b(?:(?P<within>within\s+(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kilomet(?:er|re)s?|miles?|mi)\s+(?:of|from))|"
    rf"(?P<near>near(?:by)?|around|close\s+to|outside(?:\s+of)?|in\s+the\s+vicinity\s+of)|"
    rf"(?P<at>(?:{_DIRECTIONS})\s+of|in|at|inside))\s+(?:the\s+)?"
    rf"(?:(?:city|town|village|district|province|governorate|area|outskirts)\s+of\s+)?", re.I)


class IncidentFilters(BaseModel):
    """What incidents a question is about; None means not restricted."""

    model_config = ConfigDict(extra="forbid")

    place: str | None = Field(None, description="Display name of the place, e.g. 'Kirkuk'.")
    lat: float | None = None
    lon: float | None = None
    radius_km: float | None = Field(None, description="Set for 'near/around X' and 'in <town>'.", gt=0)
    province: str | None = Field(None, description="Canonical province for 'in <province>' (membership).")
    date_from: dt.date | None = Field(None, description="Event date range, inclusive.")
    date_to: dt.date | None = None
    attack_type: str | None = Field(None, description="One of schemas.ATTACK_TYPES.")
    perpetrator: str | None = Field(None, description="Canonical actor, a key of parse.ACTORS: 'ISIS', 'PMU', ...")

    @field_validator("attack_type")
    @classmethod
    def _known_type(cls, value: str | None) -> str | None:
        if value is not None and value not in ATTACK_TYPES:
            raise ValueError(f"attack_type {value!r} is not one of {', '.join(ATTACK_TYPES)}")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> "IncidentFilters":
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")
        return self

    def is_empty(self) -> bool:
        """True when no filter is set."""
        return all(v is None for v in self.model_dump().values())

    def describe(self) -> str:
        """Short form, e.g. 'near Kirkuk (50 km) · 2022-01-01..2022-12-31 · type ied'."""
        parts = []
        if self.place or self.lat is not None:
            where = self.place or f"{self.lat:.3f},{self.lon:.3f}"
            parts.append(f"near {where} ({self.radius_km:g} km)" if self.radius_km else f"at {where}")
        if self.province:
            parts.append(f"in {self.province}")
        if self.date_from or self.date_to:
            lo = self.date_from.isoformat() if self.date_from else "…"
            hi = self.date_to.isoformat() if self.date_to else "…"
            parts.append(f"{lo}..{hi}")
        if self.attack_type:
            parts.append(f"type {self.attack_type}")
        if self.perpetrator:
            parts.append(f"by {self.perpetrator}")
        return " · ".join(parts) or "none"

    def merged(self, override: "IncidentFilters") -> "IncidentFilters":
        """These filters with every value the override sets (CLI/UI) winning, field by field."""
        values = self.model_dump()
        given = {k: v for k, v in override.model_dump().items() if v is not None}
        if given.keys() & {"place", "lat", "lon", "province"}:  # a new location replaces the question's whole location
            values.update(place=None, lat=None, lon=None, province=None, radius_km=None)
            found = gazetteer.lookup(given["place"]) if "lat" not in given and "place" in given else None
            if found is not None:
                values.update(lat=found.lat, lon=found.lon)
            if given.keys() & {"place", "lat"}:
                values["radius_km"] = NEAR_KM
        values.update(given)
        if values["date_from"] and values["date_to"] and values["date_from"] > values["date_to"]:
            values["date_to" if "date_from" in given else "date_from"] = None  # the parsed end gives way
        return IncidentFilters(**values)


class ParsedQuestion(BaseModel):
    """Filters plus what kind of answer the question wants."""

    model_config = ConfigDict(extra="forbid")

    filters: IncidentFilters = Field(default_factory=IncidentFilters)
    intent: Literal["list", "count", "ask"] = "ask"
    measure: Literal["incidents", "killed", "wounded"] | None = Field(None, description="What a count counts.")
    target: str | None = Field(None, description="Who was hit, a key of ACTORS: 'police', 'PMU', 'civilians'...")
    unknown_place: str | None = Field(None, description="A place named after near/in/at that the gazetteer does not know.")


def parse_question(question: str, today: dt.date) -> ParsedQuestion:
    """Filters, intent, measure and target read from a plain-language question; dates relative to `today`."""
    low = question.lower()
    perpetrator, target = _actors(question)
    when = _dates(low, today)
    if when.get("date_from") and when.get("date_to") and when["date_from"] > when["date_to"]:
        when["date_to"] = None  # "since 2030": a range starting after today, which simply matches nothing yet
    filters = IncidentFilters(**_location(question), **when, attack_type=_attack_type(low), perpetrator=perpetrator)
    intent = _intent(low)
    return ParsedQuestion(filters=filters, intent=intent, measure=_measure(low) if intent == "count" else None,
                          target=target, unknown_place=None if filters.place or filters.province else _unknown_place(question))


def canonical_actor(text: str) -> str | None:
    """The first ACTORS key a phrase names ('Hashd al-Shaabi' -> 'PMU', 'federal police' -> 'police'), else None."""
    return next((name for name, _ in _actor_mentions(text)), None)


def _actor_mentions(text: str) -> list[tuple[str, re.Match[str]]]:
    """(ACTORS key, match in text.lower()) for every actor named, in order."""
    out = []
    for m in _ACTOR_RE.finditer(text.lower()):
        if m.group(0) == "is" and text[m.start():m.end()] != "IS":
            continue  # the verb, not the group: only upper-case 'IS' names it
        out.append((_ACTOR_NAMES[int(m.lastgroup[1:])], m))
    return out


# ------------------------------------------------------------------ place


def _location(question: str) -> dict:
    """Place/radius or province from 'near X', 'in X', 'within 30 km of X', 'the X ambush'."""
    found: list[tuple[Place, float]] = []
    for m in _RELATION.finditer(question):
        place = _place_at(question, m.end())
        if place is None:
            continue
        if m.group("within"):
            km = max(1.0, float(m.group("n"))) * (1.609 if m.group("unit").lower().startswith("mi") else 1.0)
        elif m.group("near"):
            km = NEAR_KM
        else:
            km = IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM
        found.append((place, km))
    for m in re.finditer(rf"\b(?:{_EVENT_NOUN}|{_AREA_NOUN})\b", question, re.I):  # 'Makhmour ambush', 'Kirkuk area'
        before = question[:m.start()].split()[-3:]
        for n in range(len(before), 0, -1):
            place = gazetteer.lookup(" ".join(before[-n:]))
            if place is not None and before[-n][:1].isupper():
                found.append((place, IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM))
                break
    out: dict = {}
    for place, km in found:  # the first town and the first province named; both hold ('Tikrit in Salahuddin')
        if place.kind == "province":
            out.setdefault("province", place.province)
        elif "place" not in out:
            out.update(place=place.name, lat=place.lat, lon=place.lon, radius_km=km)
    return out


_NOT_PLACES = {"iraq", "iraqi", "the", "a", "an", "january", "february", "march", "april", "may", "june", "july",
               "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
               "thursday", "friday", "saturday", "sunday", "isis", "is", "islamic", "daesh"}


def _unknown_place(question: str) -> str | None:
    """A capitalised name after near/in/at that is no known place ('near Xyzville'): say so, do not drop it."""
    for m in _RELATION.finditer(question):
        name = re.match(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", question[m.end():])
        if name and name.group(0).split()[0].lower() not in _NOT_PLACES and _place_at(question, m.end()) is None:
            return name.group(0)
    return None


def _place_at(text: str, pos: int) -> Place | None:
    """The longest run of up to four words at `pos` that the gazetteer knows (any case: users type 'kirkuk')."""
    words = re.match(r"[^\W\d_][\w'’‘-]*(?:\s+[^\W\d_][\w'’‘-]*){0,3}", text[pos:])
    if not words:
        return None
    parts = words.group(0).split()
    for n in range(len(parts), 0, -1):
        place = gazetteer.lookup(" ".join(parts[:n]))
        if place is not None:
            return place
    return None


# ------------------------------------------------------------------ dates


def _dates(low: str, today: dt.date) -> dict:
    """date_from/date_to from the first date expression found; none for impossible dates ('31 February')."""
    try:
        return _date_range(low, today)
    except ValueError:
        return {}


def _date_range(low: str, today: dt.date) -> dict:
    # Relative words first, then ranges, then since/before, then a single date: the first that matches wins.
    rel = re.search(r"\b(since\s+)?(?:the\s+)?(last|past|previous|this)\s+(?:(\d+)\s+)?(day|week|month|year)s?\b", low)
    if rel:
        since, which, n, unit = rel.groups()
        lo, hi = _relative(which, int(n) if n else None, unit, today)
        return {"date_from": lo, "date_to": today if since else hi}
    if re.search(r"\byesterday\b", low):
        return {"date_from": today - dt.timedelta(days=1), "date_to": today - dt.timedelta(days=1)}
    m = re.search(rf"\b(?:between|from)\s+(?:the\s+)?({_DATE})\s+(?:and|to|until|till|through|-)\s+({_DATE})\b", low) \
        or re.search(rf"\b({_Y})\s*(?:-|–|to)\s*({_Y})\b", low)
    if m:
        lo2, hi = _period(m.group(2), today)
        lo, hi1 = _period(m.group(1), today, default_year=lo2.year)
        return {"date_from": min(lo, lo2), "date_to": max(hi, hi1)}  # 'between 2022 and 2019' too
    m = re.search(rf"\b(since|after|from|before|prior\s+to|until|till|up\s+to)\s+(?:the\s+)?({_DATE})\b", low)
    if m:
        lo, hi = _period(m.group(2), today)
        word = m.group(1)
        if word in ("since", "from"):
            return {"date_from": lo, "date_to": today}
        if word == "after":
            return {"date_from": hi + dt.timedelta(days=1), "date_to": today}
        if word in ("before",) or word.startswith("prior"):
            return {"date_to": lo - dt.timedelta(days=1)}
        return {"date_to": hi}
    m = re.search(rf"\b(?:in|during|on|of|for|throughout)\s+(?:the\s+)?(?:year\s+|month\s+of\s+)?({_DATE})\b", low) \
        or re.search(rf"\b({_FULL_DATE})\b{_NOT_A_YEAR}", low)
    if m:
        lo, hi = _period(m.group(1), today)
        return {"date_from": lo, "date_to": hi}
    return {}


def _period(phrase: str, today: dt.date, default_year: int | None = None) -> tuple[dt.date, dt.date]:
    """First and last day of '2022', 'may 2021', '18 december 2022', '2022-12-18' or a bare 'may'."""
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", phrase):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    year = re.search(_Y, phrase)
    month = re.search(_MON, phrase)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(_Y, "", phrase))
    if not month:
        return dt.date(int(year[0]), 1, 1), dt.date(int(year[0]), 12, 31)
    mon = _MONTHS[month[0][:3]]
    if year:
        y = int(year[0])
    elif default_year:
        y = default_year
    else:  # a bare month is the latest one that has started
        y = today.year if mon <= today.month else today.year - 1
    if day:
        d = dt.date(y, mon, int(day[1]))
        return d, d
    return dt.date(y, mon, 1), month_end(y, mon)


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + y, m + 1, min(day.day, month_end(day.year + y, m + 1).day))


def _relative(which: str, n: int | None, unit: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """'last month' = the previous calendar month; 'past 3 months' / 'past year' = that span back from today."""
    if which == "this":
        starts = {"day": today, "week": today - dt.timedelta(days=today.weekday()),
                  "month": today.replace(day=1), "year": today.replace(month=1, day=1)}
        return starts[unit], today
    if n is not None or which == "past":
        n = n or 1
        back = {"day": today - dt.timedelta(days=n), "week": today - dt.timedelta(weeks=n),
                "month": _add_months(today, -n), "year": _add_months(today, -12 * n)}
        return back[unit], today
    if unit == "day":
        return today - dt.timedelta(days=1), today - dt.timedelta(days=1)
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)


# ------------------------------------------------------------------ type, actors, intent


def _attack_type(low: str) -> str | None:
    """The attack type named; 'suicide' beats the bombing words it comes with."""
    for name, pattern in _ATTACK_WORDS:
        if re.search(rf"\b(?:{pattern})\b", low):
            return name
    return None


def _actors(question: str) -> tuple[str | None, str | None]:
    """(perpetrator, target): 'attacks by X', 'X attacks', 'X killed 5' make X the attacker;
    'X were killed', 'X fighters died', 'attacks on X', 'attacked the X' make X the one hit."""
    low = question.lower()
    perpetrator = target = None
    for name, m in _actor_mentions(question):
        role = _role(low[:m.start()], low[m.end():], name)
        if role == "perpetrator" and perpetrator is None:
            perpetrator = name
        elif role == "target" and target is None:
            target = name
    return perpetrator, target


_ARMED_GROUPS = {"ISIS", "PKK", "unknown", "Turkey"}


def _role(before: str, after: str, name: str) -> str | None:
    """Whether the actor named between `before` and `after` attacked or was attacked."""
    if re.search(r"\b(?:by|claimed by|carried out by|blamed on|from)\s+(?:the\s+)?(?:\w+\s+)?$", before):
        return "perpetrator"
    # The optional word is an adjective ('attacked the federal police'), never a conjunction ('wounded when ISIS ...').
    if re.search(r"\b(?:on|against|targeting|targeted|attacked|ambushed|hit|killed|wounded|struck|kidnapped|"
                 r"abducted|at)\s+(?:the\s+|an?\s+)?(?:(?!(?:when|while|as|after|before|because|and|or|if)\b)\w+\s+)?$",
                 before):
        return "target"
    if re.search(r"\b(?:was|were|is|are|been)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$", before) and \
            re.match(r"\s*(?:\w+\s+)?(?:attacked|ambushed|targeted|hit|struck|shelled|bombed|killed|wounded)\b", after):
        return "target"  # 'when was the PMU ambushed', 'were army units attacked'
    rest = re.sub(r"^\s*(?:fighters|members|militants|attackers|gunmen|insurgents|personnel|officers|men|units?|"
                  r"forces|troops|soldiers)\b", "", after)
    if re.match(rf"\s*(?:were|was|have been|has been|had been|got|are|being)\s+(?:\w+\s+)?(?:{_KILLED}|{_WOUNDED}|"
                r"attacked|targeted|ambushed|hit)\b", rest) or \
            re.match(rf"\s*(?:died|dead|deaths|casualties|losses|{_WOUNDED})\b", rest) or \
            re.match(rf"\s*(?:{_KILLED}|{_WOUNDED})\s+(?:in|by|at|near|during|when|on|east|west|north|south|"
                     r"since|last|this)|\s*(?:{_KILLED}|{_WOUNDED})\s*[?.!]?\s*$", rest):
        return "target"  # 'PMU fighters were killed', 'police killed in 2022'
    if re.match(r"\s*(?:attacks?|attacked|ambush\w*|bomb\w*|killed|kill|shelled|fired|launched|claim\w*|targeted|"
                r"struck|kidnapped|abducted|militants|fighters|cells|insurgents|gunmen)\b", after):
        return "perpetrator"  # 'ISIS attacks', 'ISIS killed 5', 'ISIS militants'
    return "perpetrator" if name in _ARMED_GROUPS else None  # 'what did the PMU say?': neither


_COMPARISON = re.compile(r"\b(?:deadlier|deadliest|bloodier|worse|(?:killed|wounded|injured|hurt)\s+more|more\s+(?:deadly|people|"
                         r"victims|casualties))\b(?!\s+than)[^?]*\bor\b|\bcompare\b")


def _intent(low: str) -> Literal["list", "count", "ask"]:
    """count for 'how many', list for 'list/which/what attacks' and bare 'attacks near X', else ask."""
    if re.search(r"\bhow many\b|\bnumber of\b|\bcount\b|\bhow often\b|\btotal (?:number|toll)\b", low):
        return "count"
    if _COMPARISON.search(low):  # 'which ambush killed more: X or Y?' compares two events, it lists none
        return "ask"
    if re.match(r"\s*(?:list|show|find|give|get|display|search)\b", low) or \
            re.match(rf"\s*(?:what|which)\s+(?:\w+\s+){{0,3}}?{_EVENT_NOUN}\b", low) or \
            re.match(rf"\s*(?:were|was|are|is)\s+there\s+(?:any\s+)?(?:\w+\s+){{0,2}}?{_EVENT_NOUN}\b", low):
        return "list"
    # 'On what date ...', 'In which village ...': a preposition before the question word is still a question.
    question_word = re.match(r"\s*(?:(?:on|in|at|by|for|from|during|since|until|to)\s+)?"
                             r"(?:what|who|whom|whose|when|where|why|how|which|did|does|do|is|are|was|were|"
                             r"has|have|had|can|could|will|would|should|tell|explain|describe)\b", low)
    # '... belonged to which community?', 'Near which landmark ...': a question word later on still asks.
    asks_later = re.search(r"\b(?:what|who|whom|whose|when|where|why|which)\b[^.!]*\?\s*$", low)
    has_event = re.search(rf"\b{_EVENT_NOUN}\b", low) or _attack_type(low)
    return "list" if has_event and not question_word and not asks_later else "ask"


def _measure(low: str) -> Literal["incidents", "killed", "wounded"] | None:
    """What 'how many' counts: the noun right after it if it is an event, else killed/wounded words."""
    if re.search(rf"\b(?:how many|number of|count(?: of)?)\s+(?:\w+\s+){{0,2}}?{_EVENT_NOUN}\b", low) or \
            re.search(r"\bhow often\b|\bhow many times\b", low):
        return "incidents"
    killed = re.search(rf"\b(?:{_KILLED}|kill|kills|killing)\b", low)  # 'how many did IS kill' counts deaths
    wounded = re.search(rf"\b(?:{_WOUNDED})\b", low)
    if killed and (not wounded or killed.start() < wounded.start()):
        return "killed"
    if wounded:
        return "wounded"
    # "how many rockets were fired" counts rockets, not incidents: only event nouns make an incident count.
    return "incidents" if re.search(rf"\b{_EVENT_NOUN}\b", low) else None


def parse_scope(text: str, overrides: IncidentFilters | None = None, today: dt.date | None = None) -> IncidentFilters:
    """Filters from a free-text scope ("Kirkuk in 2022"); a bare place name counts as 'near' it; overrides win."""
    f = parse_question(text, today or dt.date.today()).filters
    if f.place is None and f.province is None and (found := gazetteer.find_places(text)):
        p = found[0].place  # a briefing's text is all scope, so a place needs no 'near' or 'in' before it
        update = {"province": p.province} if p.kind == "province" else {"place": p.name, "lat": p.lat, "lon": p.lon,
                                                                         "radius_km": NEAR_KM}
        f = f.model_copy(update=update)
    return f.merged(overrides) if overrides is not None else f


def filters_from(place: str | None = None, radius_km: float | None = None, date_from: str | dt.date | None = None,
                 date_to: str | dt.date | None = None, attack_type: str | None = None, province: str | None = None,
                 perpetrator: str | None = None) -> IncidentFilters:
    """Filters from form fields or CLI options; ValueError with a message a person can act on."""
    values: dict[str, Any] = {"attack_type": attack_type or None,
                              "perpetrator": (canonical_actor(perpetrator) or perpetrator) if perpetrator else None}
    if radius_km and not (place and place.strip()):
        raise ValueError("a radius needs a place")
    if province and province.strip():
        canon = gazetteer.canonical_province(province.strip())
        if canon is None:
            raise ValueError(f"unknown province {province.strip()!r}")
        values["province"] = canon
    for name, raw in (("date_from", date_from), ("date_to", date_to)):
        if isinstance(raw, dt.date):
            values[name] = raw
        elif raw and raw.strip():
            try:
                values[name] = dt.date.fromisoformat(raw.strip())
            except ValueError:
                raise ValueError(f"{raw!r} is not a date: write YYYY-MM-DD") from None
    if place and place.strip():
        found = gazetteer.lookup(place.strip())
        if found is None:
            raise ValueError(f"unknown place {place.strip()!r} (not in the gazetteer)")
        if found.kind == "province":  # a province is a membership test, not a circle around its centre
            values["province"] = found.province
        else:
            values.update(place=found.name, lat=found.lat, lon=found.lon, radius_km=radius_km or NEAR_KM)
    try:
        return IncidentFilters(**{k: v for k, v in values.items() if v is not None})
    except ValidationError as exc:
        raise ValueError(exc.errors()[0]["msg"]) from None
