"""The rule extractor (the default): sentences -> clauses with figures, places and dates -> incidents."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.incidents.dating import date_by_report
from assistant.incidents.patterns import (
    AGGREGATE,
    ATTACK_EVENT,
    ATTACKED_OBJECT,
    BREAKDOWN,
    BYSTANDER_ZERO,
    BYSTANDERS_UNHURT,
    CHECKED_CLAIM,
    CITES_HEADLINE,
    CLAIMED,
    DATELINE,
    FACT_CHECK,
    FACTION_CLAIM,
    FIG_SPAN,
    KILLED_OR_WOUNDED,
    NAMES_ISIS,
    RELATIVE_SPLIT,
    REVISION,
    UNCLAIMED,
    UNIDENTIFIED,
    VICTIM_WORDS,
    VILLAGE,
    WEAPONS,
    actor_field,
    attack_type,
    earlier_toll_only,
    figures,
    perpetrator_of,
    sub_places,
    target,
    wounded_who_died,
)
from assistant.language import dates, gazetteer
from assistant.language.sieve import sieve
from assistant.language.text import is_instruction, sentences, untagged
from assistant.language.vocab import (
    COMPOUND_NUMBER,
    COUNTRIES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    actor_mentions,
    compound_value,
    could_be_place,
    place_key,
)
from assistant.schemas import Article, Count, EventDate, Incident, IncidentSource, PlaceMention, month_end

LOOKBACK = 12  # incidents a figure sentence may join; keeps a long round-up linear


@dataclass
class _Clause:
    start: int
    end: int
    text: str
    killed: Count | None
    wounded: Count | None
    places: list[PlaceMention]
    date: EventDate
    offset_days: int | None = None  # "two days after ...": this clause's event is N days before the main one
    body: str = ""  # the text with dateline and "two days after" blanked (same length as text)
    plain: str = ""  # the body without quote marks, single-spaced: what figures and victims are read from
    revised: bool = False  # "the toll rose to 11": its figures replace the incident's earlier ones
    position: int = -1  # index in the article's clause list
    named: str | None = None  # 'Six days after the Heet attack': the attack it is dated from ('Heet')
    stated: bool = False  # its date is the day a statement was made ('..., police said on Sunday'): an upper bound
    where: list[PlaceMention] | None = None  # its places less the source's ('A source in Kirkuk said'); None: all
    row: int | None = None  # a table row's line start ('... | AMBER | 14/09 IED ...'); None: no row

    def told_places(self) -> list[PlaceMention]:
        """The places the clause tells the attack at: not where its source is or what its outlet is called."""
        return self.places if self.where is None else self.where


# A place named as where the source is ('A security source in Kirkuk reported on Tuesday that ...', 'officials in
# Mosul said'), or in an outlet's name ('told Baghdad Today', 'Basra News reported'): not where the attack was
_SOURCE_BEFORE = re.compile(
    r"\b(?:sources?|officials?|correspondents?|reporters?|spokes(?:man|woman|person)|police|officers?|authorities|"
    r"command)\s+(?:[\w-]+\s+)?in\s+(?:the\s+)?$",
    re.I,
)
_SOURCE_AFTER = re.compile(
    r"(?:\s+(?:police|province|governorate|city))?,?\s+(?:[\w-]+\s+){0,2}?(?:said|says|reported|reports|told|stated|"
    r"announced|confirmed|added)\b",
    re.I,
)


# A place named only as where the victims were treated or died ('died of his wounds in a Tikrit hospital', 'taken to
# Kirkuk General Hospital', 'a hospital in Baquba'): a revised toll naming it tells no other attack (the hospital's
# town still stands in for the attack's when the report names no other)
_HOSPITAL_AFTER = re.compile(r"\s+(?:general\s+|teaching\s+|military\s+|republican\s+)?hospital\b", re.I)


def _hospital_place(m: PlaceMention, text: str) -> bool:
    before = text[max(0, m.start - 20) : m.start]
    return (
        _HOSPITAL_AFTER.match(text, m.end) is not None
        and re.search(r"\b(?:in|to|at)\s+(?:a|the)?\s*$", before) is not None
    ) or re.search(r"\bhospitals?\s+in\s+(?:the\s+)?$", before) is not None


def _source_place(m: PlaceMention, text: str) -> bool:
    # (an outlet named after a city, 'told Baghdad Today', is no place at all: gazetteer.find_places leaves it out)
    before = text[max(0, m.start - 60) : m.start]
    return _SOURCE_BEFORE.search(before) is not None and _SOURCE_AFTER.match(text, m.end) is not None


class _Draft:
    """One incident being assembled from clauses. What the merge tests need (figures, first date, first town) is
    kept up to date as clauses arrive, so each test is constant time: a 5 MB paragraph stays linear."""

    def __init__(self, clauses: list[_Clause] | None = None) -> None:
        self.clauses: list[_Clause] = []
        self._revised: dict[str, Count] = {}  # the latest revision of a toll is the toll
        self._exact: dict[str, Count] = {}  # else the first exact figure
        self._any: dict[str, Count] = {}  # else the first figure of any kind
        # else a zero only because some were said to be unhurt beside others hurt ('the demining team was unhurt but a
        # police escort was killed'): a figure told later ('two policemen were wounded') is the toll, not another
        # incident's
        self._unhurt: dict[str, Count] = {}
        # else a zero that names only bystanders ('No civilians were harmed'): the toll unless the attack hit armed
        # forces, whose own toll it leaves untold
        self._spared: dict[str, Count] = {}
        self.first_date: EventDate | None = None
        self.first_town: PlaceMention | None = None
        for clause in clauses or []:
            self.add(clause)

    def add(self, clause: _Clause) -> None:
        """Append a clause and update what the merge tests read."""
        self.clauses.append(clause)
        for name in ("killed", "wounded"):
            count = getattr(clause, name)
            if count is None:
                continue
            other = clause.wounded if name == "killed" else clause.killed
            if count.text == "unharmed" and not clause.revised and other is not None and (other.low or 0) > 0:
                self._unhurt.setdefault(name, count)  # (only beside a toll the clause gives: some hurt, some not)
                continue
            if count.high == 0 and not clause.revised and _bystanders_only(clause):
                self._spared.setdefault(name, count)
                continue
            if clause.revised:
                self._revised[name] = count
            if count.exact() is not None:
                self._exact.setdefault(name, count)
            self._any.setdefault(name, count)
        if self.first_date is None and clause.date.date is not None and not clause.stated:
            self.first_date = clause.date
        if self.first_town is None:
            self.first_town = _town(clause.told_places())

    def figure(self, name: str, unhurt: bool = True, spared: bool = True) -> Count | None:
        """The incident's figure: the latest revision, else the first exact one, else the first one given, else (with
        `unhurt`) the zero of someone said to be unhurt, else (with `spared`) a zero naming only bystanders."""
        told = self._revised.get(name) or self._exact.get(name) or self._any.get(name)
        return told or (self._unhurt.get(name) if unhurt else None) or (self._spared.get(name) if spared else None)


def _bystanders_only(clause: _Clause) -> bool:
    """Whether a clause's zero names bystanders alone ('No civilians were harmed'), not everyone ('No civilians or
    soldiers were hurt', 'None of the soldiers was hurt and no civilians were harmed', 'killing no one')."""
    if not BYSTANDERS_UNHURT.search(clause.body):
        return False
    rest = BYSTANDER_ZERO.sub(" ", clause.plain)
    return rest != clause.plain and not any(c is not None and c.high == 0 for c in figures(rest))


def _retold_death(draft: _Draft, clause: _Clause, died: int) -> bool:
    """Whether the clause tells again a death among the wounded that the incident already told ('A police officer
    confirmed that one of the wounded had died')."""
    told = [n for c in draft.clauses if (n := wounded_who_died(c.plain)) is not None]
    return bool(told) and told[-1] == died and _RETOLD_DEATH.search(clause.plain) is not None


def _deaths_among_wounded(draft: _Draft, clause: _Clause) -> Count | None:
    """The clause's toll when it tells that some of the wounded died: its own figure when that is a new total ('...,
    bringing the toll to four'), else the toll so far plus those who died ('one of the wounded died in hospital' after
    'killing two and wounding five' is three; 'Two were killed instantly and one of the wounded died later' after a
    toll of three is those three, told in parts). Confirmed again ('a police officer confirmed one of the wounded had
    died') it adds nothing more; none when the toll so far is no exact figure."""
    if (died := wounded_who_died(clause.plain)) is None:
        return clause.killed
    if clause.killed is not None and _NEW_TOTAL.search(clause.plain):
        return clause.killed
    if _retold_death(draft, clause, died):
        return None  # 'A police officer confirmed that one of the wounded had died': the death told above, again
    before = draft.figure("killed")
    if before is not None and before.exact() is None:
        return clause.killed
    so_far = before.exact() if before is not None else None
    if clause.killed is not None and so_far is not None and clause.killed.exact() == so_far - died:
        return before  # 'killing three ... Two were killed instantly and one of the wounded died later': the three
    total = (so_far or 0) + died
    return Count(low=total, high=total, text=str(total))


# The wounded left told after some of them died: 'The other is in a stable condition', 'two others remain in
# hospital', 'with one still under treatment', 'the rest are recovering'
_OTHERS_REMAIN = re.compile(
    r"\b(?:the\s+other|the\s+others|the\s+rest|the\s+remaining|(?:one|two|three|four|five|six|\d+)\s+others?|"
    r"the\s+(?:second|third|fourth|fifth|last)\b|"  # 'the third fighter is recovering'
    r"(?:with\s+)?(?:one|two|three|four|five|six|\d+)(?=\s+(?:still|remains?|is|are)\b))"
    r"(?:\s+[\w-]+){0,3}?\s+(?:is|are|was|were|remains?|remained|still)\b[^.;]{0,40}?"
    r"\b(?:stable|hospital|treatment|critical|serious|care|recovering)\b",
    re.I,
)


def _wounded_left(draft: _Draft, clause: _Clause, after: str) -> Count | None:
    """The clause's wounded when it tells that some of the wounded died, gives no wounded figure of its own, and it
    or the sentence after it says the others are still in hospital: the wounded so far less those who died ('wounding
    two policemen' then 'One of the two wounded policemen died in hospital ... The other is in a stable condition'
    leaves one wounded). Told without the others ('three of the wounded died overnight, raising the toll to five'),
    the wounded stay as first told, as most reports and coders keep them. Never for a death told again, nor when the
    wounded so far are no exact figure."""
    died = wounded_who_died(clause.plain)
    if died is None or clause.wounded is not None:
        return clause.wounded
    if not _OTHERS_REMAIN.search(clause.plain) and not _OTHERS_REMAIN.search(
        re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    ):
        return clause.wounded
    if _retold_death(draft, clause, died):
        return clause.wounded
    before = draft.figure("wounded")
    so_far = before.exact() if before is not None else None
    left = so_far - died if so_far is not None else None
    if left is None or left < 0:
        return clause.wounded
    return Count(low=left, high=left, text=str(left))


# A death told again, not another: 'confirmed that one of the wounded had died', 'has since died'
_RETOLD_DEATH = re.compile(r"\b(?:confirm\w*|had\s+(?:since\s+)?died|has\s+since\s+died|as\s+reported)\b", re.I)
# A figure told as the new total: 'bringing the toll to four', 'the dead now number five', 'four in all'
_NEW_TOTAL = re.compile(
    r"\b(?:toll|tally|total|in\s+all|altogether|bringing|raising|taking|pushing|now|number(?:ed|s)?\s+of\s+(?:the\s+)?dead)\b",
    re.I,
)


def _compatible(a: Count | None, b: Count | None) -> bool:
    if a is None or b is None:
        return True
    if a.exact() is not None and b.exact() is not None:
        return a.exact() == b.exact()
    lo_a, hi_a = a.low or 0, a.high if a.high is not None else 10**9
    lo_b, hi_b = b.low or 0, b.high if b.high is not None else 10**9
    return lo_a <= hi_b and lo_b <= hi_a


# People named by where they come from: 'labourers from Koye', 'pilgrims originally from Basra' (never a distance,
# '20 kilometres from Kirkuk', which locates the attack)
# A sentence of background on the place ('Tarmiya ... has been a frequent scene of attacks by Islamic State
# remnants', 'the road has often been targeted by IS cells'): who attacked there before is not this attack's attacker
_BACKGROUND = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+)?been\s+(?:a\s+|the\s+)?(?:frequent|regular|common|repeated|recurring|"
    r"favou?red|favou?rite|familiar)\s+(?:scene|target|site|stage|theat(?:re|er)|spot)s?\s+(?:of|for)\b"
    r"|\b(?:has|have|had)\s+(?:often|frequently|repeatedly|regularly|long)\s+been\s+(?:attacked|targeted|hit)\b",
    re.I,
)
# Where a rocket, shell or drone was fired from ('The rockets were fired from a village near the town of Al-Baghdadi',
# 'launched from the Jurf al-Sakhar area'): the launch site, not the place it hit
_LAUNCHED_FROM = re.compile(
    r"\b(?:fired|launched|shot|lobbed|sent|took\s+off)\s+(?:from|off)\s+(?:(?!(?:at|on|into|towards?|against|hit|"
    r"struck|landed|fell)\b)[\w'’-]+,?\s+){0,7}?$",
    re.I,
)
_ORIGIN = re.compile(
    r"\b(?!(?:kilomet(?:er|re)|met(?:er|re)|mile|yard|minute|hour|km)s\b)[A-Za-z]+s\s+(?:originally\s+)?from\s+$"
    # one person: 'a shop owned by a Kurd from Sulaimani in Baghdad', 'a young trader originally from Basra'
    # ('a truck driver from Duhok': a person who drives, not 'a drive from')
    r"|\b(?:an?|one)\s+(?:[A-Za-z]+\s+){0,2}?(?!(?:kilomet|met|mile|yard|km|drive(?!rs?\s)|walk|distance|way|road|"
    r"route|short|stone)\w*\s)[A-Za-z]+\s+(?:originally\s+)?from\s+$"
    # people on their way back from a place: 'a minibus carrying visitors returning from Kadhimiya near Buhriz',
    # 'pilgrims on their way back from Karbala' (the shrine they visited, not where the bomb went off)
    r"|\b(?:returning|coming\s+back|travell?ing\s+back|heading\s+(?:back|home)|on\s+(?:their|his|her)\s+way\s+"
    r"(?:back|home))\s+from\s+$"
)


# A range, basin or lake that takes a town's name ('the Hamrin foothills', 'the Makhoul mountains') is no settlement:
# it runs across provinces, so it places an attack only when the text names nothing else.
_FEATURE = re.compile(r"\s+(?:foot-?hills|hills|mountains|mountain\s+range|range|basin|lake)\b", re.I)


_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|towards?|into|across|inside|of|north|south|east|west)\s+(?:the\s+)?$", re.I
)
_CALENDAR_TAIL = re.compile(
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December))+$"
)


def _written_place(m: re.Match[str], text: str) -> str | None:
    """The place name a _NAMED_AFTER_PLACE_WORD match gives ('exploded in Bani Saad Wednesday' -> 'Bani Saad'), or
    None for a word that is no place ('in Ramadan') or a range named after a town ('in the Hamrin hills')."""
    name = _CALENDAR_TAIL.sub("", m.group(1))
    if not name or not could_be_place(name) or _FEATURE.match(text, m.start(1) + len(name)):
        return None
    return name


# A town named as what a person or body belongs to: 'the car of a Kirkuk police officer exploded in Hawija', 'the
# Basra council member was shot in Zubair' (not 'in the Kirkuk police headquarters', a place word before it)
_ATTRIBUTE_AFTER = re.compile(
    r"\s+(?:police(?:man|men)?|council(?:lor)?|governor|provincial|operations|officials?|municipal|traffic|health)\b",
    re.I,
)
_ATTRIBUTE_BEFORE = re.compile(r"\b(?:an?|the|his|her|their)\s+(?:[a-z]+\s+)?$")


def _attribute(m: PlaceMention, text: str) -> bool:
    before = text[max(0, m.start - 30) : m.start]
    return (
        m.place.kind != "province"
        and _ATTRIBUTE_AFTER.match(text, m.end) is not None
        and _ATTRIBUTE_BEFORE.search(before) is not None
        and not _PLACE_WORD_BEFORE.search(before)
    )


_ROAD = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s?[-–—/]\s?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+"
    r"(?:road|highway|motorway|expressway|route|railway)\b"
)


# ... or by where it leads: 'on the road to Al-Shura near Hammam al-Alil', 'the highway from Tikrit'
_ROAD_TO = re.compile(r"\b(?:road|highway|route)\s+(?:(?:that\s+)?leads?\s+|leading\s+)?(?:to|towards|from)\s+$", re.I)


def _road_end(m: PlaceMention, text: str) -> bool:
    """Whether the place is an end of a road named by its two towns ('the Kirkuk-Tikrit highway') or by where it
    leads ('the road to Al-Shura')."""
    if _ROAD_TO.search(text[max(0, m.start - 40) : m.start]):
        return True
    return any(r.start() <= m.start and m.end <= r.end() for r in _ROAD.finditer(text))


def _settlements(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The places that are not a natural feature named after a town ('in the Hamrin hills near Mansuriyat')."""
    return [m for m in places if m.place.kind == "province" or not _FEATURE.match(text, m.end)]


def _town(places: list[PlaceMention]) -> PlaceMention | None:
    return next((p for p in places if p.place.kind != "province"), None)


def _in_district(town: PlaceMention | None, text: str) -> PlaceMention | None:
    """A town written with its district ('near Sheladze, Amedi district', 'in Batifa, in Zakho district') is told as
    the district's: the place is the district's town, the name as written is kept. A town named alone keeps its own
    place."""
    if town is None or town.place.kind not in ("city", "village") or re.search(r"\b(?:town|city)$", town.text, re.I):
        return town
    seat = gazetteer.lookup(f"{town.place.name} district")
    if seat is not None and seat.kind == "district" and seat.province == town.place.province:
        return town  # a district's own seat ('Mosul, Tal Afar district and Sinjar' is a list of places)
    # ('Al-Qayyarah town, Mosul district', a database's admin levels, keeps the town it calls a town)
    m = re.search(
        rf"(?<!town of )(?<!city of ){re.escape(town.text)},?\s+(?:(?:in|of)\s+)?(?:the\s+)?"
        r"(?P<d>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+district\b"
        r"(?!\s+(?:officials?|police|council|authorities|administration|governor|mayor|commissioner|chief|head|and)\b)",
        text,
    )
    district = gazetteer.lookup(m.group("d")) if m else None
    if district is None or district.kind == "province" or district.name == town.place.name:
        return town
    if district.province != town.place.province or district.lat is None:
        return town
    return town.model_copy(update={"place": district})


# 'north of ', 'some 30 km south-west of the city of ': what follows locates another place
_LOCATOR_BEFORE = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|capital)\s+of\s+)?$",
    re.I,
)
# the town a locator follows: 'in the Tarmiyah area, north of ', 'Hawija district, some 50 km west of '
_LOCATED_TOWN = re.compile(
    r"(?:\s+(?:sub-?district|district|area|town|city|region|outskirts))?,?\s+(?:(?:some\s+|about\s+|around\s+)?"
    r"\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?$"
)


def _locates_town(clause: _Clause, locator: PlaceMention) -> bool:
    """Whether the locating city follows a town the gazetteer knows ('the Tarmiyah area, north of Baghdad')."""
    at = _LOCATOR_BEFORE.search(clause.text[max(0, locator.start - 40) : locator.start])
    if at is None:
        return False
    cut = max(0, locator.start - 40) + at.start()
    return any(
        m.place.kind in ("city", "district") and m.end <= cut and _LOCATED_TOWN.fullmatch(clause.text[m.end : cut])
        for m in clause.places
    )


_LOCATOR_KM = 100.0  # 'X, north of Baghdad': X lies within this distance of the city that locates it


_PROVINCE_CAPITALS = frozenset(
    {
        "Baghdad",
        "Basra",
        "Mosul",
        "Erbil",
        "Kirkuk",
        "Sulaymaniyah",
        "Najaf",
        "Karbala",
        "Tikrit",
        "Ramadi",
        "Baqubah",
        "Hilla",
        "Kut",
        "Nasiriyah",
        "Samawah",
        "Diwaniyah",
        "Amarah",
        "Dohuk",
        "Duhok",
    }
)


def _near_locator(m: PlaceMention, located_by: list[PlaceMention]) -> bool:
    """Whether a town the text names lies within reach of a provincial capital it named only to locate the attack
    ('north of Baghdad'), in that city's province (never a town named to locate it, 'north of Baiji', beside a
    hospital in Tikrit)."""
    p = m.place
    return (
        p.kind in ("city", "town", "district")
        and p.lat is not None
        and any(
            loc.place.name in _PROVINCE_CAPITALS
            and loc.place.lat is not None
            and loc.place.province == p.province
            and loc.place.name != p.name
            and gazetteer.distance_km(p.lat, p.lon, loc.place.lat, loc.place.lon) <= _LOCATOR_KM
            for loc in located_by
        )
    )


def _located(town: PlaceMention | None, text: str) -> PlaceMention | None:
    """The place as its locator puts it: in 'an IED hit a PMF vehicle in Al-Rashidiya, north of Baghdad', the
    Al-Rashidiya meant is the one near Baghdad, not a village of that name in Nineveh; when the gazetteer knows
    none near it, the locating city stands in (its coordinates and province, the name as written). A known town
    keeps its place ('Tikrit, 170 km north of Baghdad') unless the locator's province holds a place of the same name
    within reach ('Al-Amiriya, west of the capital Baghdad': the Baghdad one, not the Anbar town), or the locator puts
    it in a city's centre ('the Al-Abbasiya area, centre of Basra'); a distance written beside the locator is the
    distance allowed."""
    if town is None or town.place.kind not in ("village", "city") or town.place.lat is None:
        return town
    m = re.search(
        rf"{re.escape(town.text)}(?:\s+(?:sub-?district|district|village|area|town|neighbou?rhood|region|desert))?,?\s+"
        r"(?:(?:some\s+|about\s+|around\s+)?(?P<km>\d+)\s*(?:km|kilomet(?:re|er)s?|"
        r"(?P<mi>miles?))\s+)?(?:in\s+the\s+)?(?:(?P<centre>cent(?:re|er)|heart|middle)|north|south|east|west|"
        r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
        r"(?:the\s+)?(?:(?:city|town|capital)\s+of\s+|capital\s+)?(?P<anchor>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)",
        text,
    )
    anchor = gazetteer.lookup(m.group("anchor")) if m else None
    if m is None or anchor is None or anchor.kind == "province" or anchor.lat is None:
        return town
    said_km = float(m.group("km")) * (1.609 if m.group("mi") else 1.0) if m.group("km") else None
    allowed = said_km * 1.5 + 10 if said_km is not None else (_SUB_PLACE_KM if m.group("centre") else _LOCATOR_KM)
    near = gazetteer.lookup(town.text, anchor.province, wide=True)

    def off(place: gazetteer.Place) -> float:
        """How far the place lies from where the locator puts it: its distance to the anchor, or the gap between that
        and the distance said ('120 km north-east of Baghdad')."""
        away = gazetteer.distance_km(place.lat, place.lon, anchor.lat, anchor.lon)
        return away if said_km is None else abs(away - said_km)

    if (
        near is not None
        and near.lat is not None
        and near.province != town.place.province
        and gazetteer.spelled_alike(near.name, town.text)
        and (off(near) <= allowed if said_km is None else off(near) <= 0.5 * said_km + 10)
        and (said_km is None or off(near) < off(town.place))  # a distance said picks the one that lies there
    ):
        return town.model_copy(update={"place": near})  # the locator's province holds one of that name
    if gazetteer.distance_km(town.place.lat, town.place.lon, anchor.lat, anchor.lon) <= allowed:
        return town
    if town.place.kind == "city" and not m.group("centre"):
        return town  # a known town far from the city that locates it keeps its place
    if near is not None and near.lat is not None:
        if gazetteer.distance_km(near.lat, near.lon, anchor.lat, anchor.lon) <= allowed:
            return town.model_copy(update={"place": near})
    return town.model_copy(update={"place": anchor})


_PICTURE_DAY = re.compile(
    r"(?<=\bIraq),?\s+(?:on\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+(?:19|20)\d\d(?=\s*\.?\s*(?:\(|[A-Z]{2,}/|$))"
)
# ... told by the photographer's credit in its paragraph: 'REUTERS/Stringer', '(Photo by ... / AFP)', '(AP Photo/...)'
_PHOTO_CREDIT = re.compile(
    r"\b[A-Z]{2,}/[A-Z][a-z]|\((?:Photo|Picture|Image)\s+by\b|\bAP\s+Photo\b|Getty\s+Images|/\s*AFP\)|\bPicture\s+taken\b"
)


def _paragraph_of(text: str, at: int) -> str:
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)]


# A forwarded e-mail's header line over each message of the chain: 'Sent: Sunday, 9 August 2020 22:41'
_SENT_LINE = re.compile(r"^(?:Sent|Date)\s*:\s*(?P<when>[^\n]{6,60})$", re.M | re.I)
_SENT_WINDOW = 4000  # how far above a sentence its message's header is looked for (a long chain stays linear)


def _sent_day(text: str, start: int) -> dt.date | None:
    """The day of the e-mail message a sentence at `start` is in: the last 'Sent:' header above it, if any."""
    window = text[max(0, start - _SENT_WINDOW) : start]
    at = max(window.rfind("\nSent:"), window.rfind("\nDate:"), 0 if window.startswith(("Sent:", "Date:")) else -1)
    if at < 0:
        return None
    m = _SENT_LINE.search(window, at)
    return dates.calendar_date(m.group("when"), day_first=True) if m else None


# ... and the sender's name after it, up to its colon
_CHAT_SENDER = re.compile(r"[^:\n\[\]]{1,40}?:\s")


def _is_headline(clause: _Clause) -> bool:
    """A title or header line: short, with no sentence-final punctuation (a sentence's footnote marks, '...
    Diyala.[22]', do not count); never a list's entry opened by its day ('- 2 March – Two members ...')."""
    text = re.sub(r"(?:\[\d{1,3}\])+$", "", clause.text.rstrip())
    if _opens_with_day(text):
        return False
    return not text.endswith((".", "!", "?", "\u201d", '"', "'")) and len(clause.text.split()) <= 25


# A date that is when something was said: 'a security official said on Saturday', 'police announced late Monday'
_STATED_ON = re.compile(
    r"(?<=\w )(?:said|says|announced|stated|reported|confirmed|added|told (?:\w+ ){0,2}?\w+|declared|corrected|"
    r"revised|updated)\s+"
    r"(?:on\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?|later\s+(?:on\s+)?)?$",
    re.I,
)
# ... at the sentence's end, or before what was announced: 'reported on Sunday the injury of two soldiers', 'announced
# on Monday the death of a fighter' (never 'said on Sunday that ...': what follows may date itself)
_STATED_END = re.compile(
    r"\s*(?:[.;]|$|that\b)|,?\s+the\s+(?:[\w-]+\s+){0,2}?(?:injury|injuries|wounding|death|deaths|killing|"
    r"killings|martyrdom|toll|kidnapping|abduction|assassination|fall|loss|losses)\s+of\b"
)
# ... when that date is a weekday or a calendar date ('said minutes ago that ...' dates the report's own day)
_STATED_DAY = re.compile(rf"\d|\b(?:{'|'.join(WEEKDAYS)})\b|\b(?:{'|'.join(MONTHS)})\b", re.I)
# A date that is when a toll rose, not when the attack was: 'the death toll ... rose to four on Thursday, officials
# said', 'rose on Sunday to five', 'had climbed to 12 people by Monday'
_RISEN_ON = re.compile(
    r"\b(?:rose|risen|rises|climbed|increased|jumped|reached|went\s+up)\s+(?:to\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:on\s+|by\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?)?(?:(?:today|yesterday|tonight),?\s+)?$",
    re.I,
)
# ... or when a wounded victim died: 'after a farmer died of his wounds today', 'succumbed to his injuries on Monday',
# 'died in hospital on Wednesday' (never a bare 'died on Tuesday', which may be the attack's own day)
_DIED_OF_WOUNDS_ON = re.compile(
    r"\b(?:died|dies|succumbed)\s+(?:(?:of|from|to)\s+(?:his|her|their|its)\s+(?:wounds|injuries)\s+|"
    r"(?:in|at)\s+(?:a\s+|the\s+)?hospital\s+)(?:on\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?)?"
    r"(?:(?:today|yesterday|tonight),?\s+)?$",
    re.I,
)
# ... where the date ends the clause or its rise ('rose to five on Wednesday, officials said', '... on Wednesday to
# five', '... on Wednesday according to police', '... Wednesday in hospital'); never 'rose to five on Tuesday after a
# car bomb exploded', whose day is the attack's too
_RISEN_END = re.compile(r"\s*(?:[.;,]|$|to\s+[\w-]+|according\b|(?:in|at)\s+(?:a\s+|the\s+)?hospital\b)")
_LOG_TIME = re.compile(r"^\s*((?:[01]?\d|2[0-3])[:.h][0-5]\d)\s*(?:hrs?\b|h\b)?\s*[-–—:]\s")


_DESCRIBED_AS = re.compile(
    # ('the two men inside, whom the official described as PKK members': a place word and a comma between)
    r"\b(?:people|persons|men|occupants|passengers|victims)(?:\s+(?:inside|aboard|in\s+it|in\s+the\s+\w+))?,?\s+"
    r"(?:whom\s+|who\s+|that\s+)?(?:[\w'’-]+\s+){0,6}?"
    # 'described by Ankara as', 'described by local officials as'
    r"(?:described|identified|named)\s+(?:by\s+[^,;.]{2,40}?\s+)?as\s+((?:members?\s+of\s+)?(?:the\s+)?"
    r"[\w'’() -]{2,60})"
    # ... or who the dead were said to belong to: 'the dead man belonged to the PKK', 'the victims were members of the
    # Hashd', 'the fighter killed was a PKK member'
    r"|\b(?:dead|killed|slain|victims?|wounded|casualties)\s+(?:[\w'’-]+\s+){0,2}?(?:belonged|belongs)\s+to\s+"
    r"((?:the\s+)?[\w'’() -]{2,40})"
    # ... or who the speaker described the dead as: 'The district mayor described the dead as members of the PKK'
    r"|\bdescribed\s+the\s+(?:(?:two|three|four|five|\d+)\s+)?(?:dead|victims|two|three|men|casualties|people|"
    r"killed)\s+as\s+((?:members?\s+of\s+)?(?:the\s+)?"
    r"[\w'’() -]{2,60})"
    # ... or said to have been: 'local officials said both were YBS members', 'The dead man was a shop owner from the
    # town' (one of the people: never 'the dead man was a father of four')
    r"|\b(?:said|say|says|confirmed)\s+(?:that\s+)?(?:both|all\s+(?:three|four|of\s+them)|they|the\s+two|the\s+dead|"
    r"the\s+victims?)\s+(?:were|was)\s+((?:[\w'’-]+\s+){0,2}?(?:members|fighters))\b"
    r"|\b[Tt]he\s+dead\s+(?:man|woman|men|women)\s+(?:was|were)\s+(?:an?\s+)?((?:[\w'’-]+\s+){0,2}?(?:owner|"
    r"shopkeeper|farmer|shepherd|teacher|driver|trader|merchant|policeman|police\s+officer|soldier|fighter|member|"
    r"engineer|journalist|student|worker|labourer|civilian)s?)\b"
    # ... or, in a terse post, after the count and a dash: '2 killed - YBS members per local sources'
    r"|\b\d{1,3}\s+(?:killed|dead|martyrs?|wounded|injured)\s+[\u2013\u2014-]\s+((?:[\w'’-]+\s+){0,2}?(?:members|fighters)\b)"
    r"(?=\s*(?:per\b|according\b|[,.;)]|$))"
)


# A sentence that says no attack of a kind happened ('There were no mass casualty bombings in Baghdad', 'no rocket
# attacks were reported this week'): its weapon is not the weapon of an attack told beside it.
_NONE_HAPPENED = re.compile(
    # (never 'no injuries in the attack, in which three rockets struck ...': the words between name the kind of attack,
    # never a casualty or a preposition, and the span ends at a comma)
    r"\b(?:there (?:were|was|have been|has been|had been) no|no)\s+"
    r"(?:(?!claim|responsib|casualties\b|injur(?:y|ies)\b|deaths?\b|dead\b|fatalit|victims?\b|losses\b|in\b|during\b|from\b|"
    r"after\b|of\b|by\b|at\b)[\w-]+\s+){0,3}?"
    r"(?:bombings?|attacks?|blasts?|explosions?|shelling|air ?strikes?|drone strikes?|incidents?)\b[^.;,]*",
    re.I,
)


# The convoys a report says carry the coalition's supplies ('convoys of trucks carrying supplies for the US-led
# coalition', 'a coalition supply convoy', 'trucks contracted by the coalition'): a bare 'convoy' it then tells of
# being hit is one of them, whoever drove the trucks. Not a convoy merely near the coalition ('near a base used by
# the coalition').
_COALITION_CONVOYS = re.compile(
    r"\b(?:convoys?|trucks?|lorr(?:y|ies)|tankers?)\b[^.;]{0,60}?\b(?:for|of|to|by|serving|supplying|"
    r"belonging to|working for)\s+(?:the\s+)?(?:US-led\s+|U\.S\.-led\s+|international\s+|anti-IS\s+)?coalition\b"
    r"(?!['’]s? (?:base|headquarters|embassy))|"
    r"\bcoalition(?:['’]s)?\s+(?:(?:logistics?|logistical|supply|supplies|fuel|contractors?)\s+)*(?:convoys?|trucks?)\b",
    re.I,
)
_CONVOY = re.compile(r"\b(?:convoys?|supply trucks?|logistics trucks?)\b", re.I)


# targets that are armed forces, whose toll a zero naming only bystanders leaves untold
_ARMED = frozenset({"army", "police", "PMU", "Peshmerga", "security forces", "US forces", "Turkey", "PKK", "ISIS"})
# a device made safe, not the one that went off
_DEFUSED = re.compile(
    r"\b(?:defused|dismantled|disarmed|made\s+safe|found|discovered|removed|a\s+second\s+device)\b", re.I
)


def _target(draft: _Draft, perpetrator: str | None) -> str | None:
    """Who was hit: the victims beside a figure ('killing five civilians'), else the object of the attack ('attacked a
    PMU post'), else victims written as words ('a member of the Hashd was killed'); sentences of the body before a
    headline ('Militants kill five in village' names no victims). Never the attackers themselves ('one IS militant
    was killed' in an IS attack)."""
    told = sorted(draft.clauses, key=_is_headline)
    for c in told:  # 'killing three people the ministry described as PKK members': who they were said to be
        if (
            (said := _DESCRIBED_AS.search(c.body))
            and (hit := target(next(g for g in said.groups() if g)))
            and hit != perpetrator
        ):
            return hit
    beside = [False]  # whether any figure had victims beside it (searched lazily too: a report told as one long
    # incident has a figure in hundreds of sentences, and the first victims found are usually the answer)

    def victims_beside() -> Iterator[str | None]:
        for c in told:
            if (c.killed or c.wounded) and (m := FIG_SPAN.search(c.plain)):
                beside[0] = True
                # the victims the figure counts, before any 'and' or comma: 'killing two farmers and wounding one
                # other police have not said ...' (speech with no full stops) is farmers, not police
                yield target(re.split(r"\s+and\s+|[,;]", m.group(0), maxsplit=1)[0]) or target(m.group(0))

    def after_weapon() -> Iterator[str | None]:  # run only once every figure's victims were read
        # with no victims beside a figure, the words after the weapon ('fired rockets at a coalition base')
        for c in [] if beside[0] else told[:1]:
            if m := WEAPONS.search(c.body):
                yield target(c.body[m.end() :])

    readings = itertools.chain(  # read lazily, in order: most incidents stop at the first
        victims_beside(),
        after_weapon(),
        (target(m.group(1)) for c in told for m in ATTACKED_OBJECT.finditer(c.body)),
        (target(m.group(1) or m.group(2)) for c in told if (m := VICTIM_WORDS.search(c.body))),
        # the one hit as the sentence's subject: 'A police officer wounded on Tuesday when a sticky bomb exploded
        # under his car ... died of his wounds'
        (
            target(m.group(1))
            for c in told
            if (m := _HIT_SUBJECT.match(c.body)) and not _SAID.search(m.group(1))  # ('The Asayish said the injured')
        ),
    )
    return next((hit for hit in readings if hit is not None and hit != perpetrator), None)


_SAID = re.compile(r"\b(?:said|says|told|reported|added|stated)\b", re.I)
_BRIGADE = re.compile(r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+Brigade\b")
_PMF_ISSUER = re.compile(r"\bPopular\s+Mobili[sz]ation\b|\bPMF\b|\bPMU\b|\bHashd\b")
_HIT_SUBJECT = re.compile(
    r"^\W*(?:an?|the|one|two|three|four|five|\d+)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:who\s+(?:was|were)\s+)?"
    r"(?:wounded|injured|killed|shot|hurt)\b",
    re.I,
)


def _said_province(draft: _Draft, anchor: PlaceMention | None) -> str | None:
    """The province written beside the place ('... near Albu Bali in Khalis district, Diyala', 'Makhmour (Ninewa)',
    'in Diyala's Khalis'), else in the incident's first sentence when it names no place; never a province named for
    something else ('the Diyala police chief said', 'militants who fled Diyala', 'the Al-Muthanna neighbourhood')."""
    for c in draft.clauses:
        if anchor is not None and anchor not in c.places:
            continue
        for m in c.places:
            if m.place.kind != "province" or _NOT_THE_PROVINCE.match(c.text[m.end : m.end + 24]):
                continue
            after_anchor = anchor is not None and 0 <= m.start - anchor.end <= _BESIDE
            if after_anchor and anchor is not None and not _BETWEEN.fullmatch(c.text[anchor.end : m.start]):
                after_anchor = False  # 'in Tuz Khurmatu after fleeing Diyala': not the town's province
            if anchor is None or m is anchor or after_anchor or 0 <= anchor.start - m.end <= 12:
                return m.place.province
        if anchor is not None:
            break
    first = draft.clauses[0]
    if anchor is not None and anchor not in first.places and not _town(first.places):
        # the attack's own sentence names only its province ('... the Al-Mukhisa area of Abu Saida, in Diyala
        # province'); a town named later ('withdrew towards the Hamrin basin') does not move it
        for m in first.places:
            if m.place.kind == "province" and not _NOT_THE_PROVINCE.match(first.text[m.end : m.end + 24]):
                return m.place.province
    return None


# What may stand between a place and its province: ', Khalis district, ', ' (', ' in ', ' of the '.
_BETWEEN = re.compile(
    r"(?:[\s,()\-\u2013]|\b(?:in|of|the|and|near|outside|north|south|east|west|northeast|northwest|southeast|"
    r"southwest|district|sub-?district|governorate|province|area|village|town|city|basin|mountains?|valley|desert|"
    r"road|highway|border|crossing|field|oil)\b|"
    r"\b(?:al-|Al-)?[A-Z][\w’'-]*)*"
)
_BESIDE = 45  # characters between a place and the province written after it ('..., Khalis district, Diyala')
# What follows a province named for something else: its police, officials, a neighbourhood of that name.
_NOT_THE_PROVINCE = re.compile(
    r"\s+(?:neighbou?rhood|quarter|street|square|bridge|hospital|district of|police|governor|chief|command|council|"
    r"operations|authorities|officials|security|health|provincial)\b",
    re.I,
)


_NAMED_AFTER_PLACE_WORD = re.compile(
    # ('vic. Chamanke': a military report's 'in the vicinity of')
    r"\b(?:in|near|outside|around|vic\.|(?:the\s+)?(?:edges?|outskirts|heart|centre|center|vicinity)\s+of|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+(?:the\s+)?"
    r"((?:(?:al|Al|el)[- ])?[A-Z][\w’'-]+(?:[ -](?:al-|Al-)?[A-Z][\w’'-]+){0,2})"
)
_QUOTE_MARK = re.compile(r"(?<!\w)[\"\u201c\u2018']|[\"\u201d\u2019'](?!\w)")  # not the ' in "Iraq's"


def _unquoted(text: str) -> str:
    """The words without quote marks, single-spaced: figures and victims read through a quoted verb."""
    return " ".join(_QUOTE_MARK.sub(" ", text).split())


_N_WORDS = "|".join(sorted((w for w, n in NUMBER_WORDS.items() if 1 < n <= 60), key=len, reverse=True))
_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
# Which way a round-up's count runs: 'later', 'after that', 'afterwards', 'on' forward; 'earlier', 'before (that)',
# 'previously', 'prior', 'beforehand' back
_DIRECTION = (
    r"(?:later(?:\s+on)?|afterwards?|after(?:\s+(?:that|this))?|on|subsequently|thereafter|"
    r"earlier|before(?:\s+(?:that|this))?|previously|prior(?:\s+to\s+(?:that|this|it))?|beforehand)"
)
# How closely the count holds, which changes nothing: 'Exactly a week on', 'Barely 24 hours later'
_ROUGHLY = (
    r"(?:(?:exactly|precisely|just|only|barely|scarcely|hardly|some|about|around|roughly|approximately|nearly|almost|"
    r"fully|a\s+full|a\s+further|another|less\s+than|under|little\s+more\s+than|no\s+more\s+than|"
    r"not\s+(?:even\s+)?)\s+)?"
)
_ORDINAL_DAYS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_LATER = sieve(
    rf"{_ROUGHLY}(?:(?:on\s+)?the\s+(?:following|next)\s+{_PART_OF_DAY}|"
    # counted in ordinal days: 'On the fourth day after that', 'the third night afterwards', 'on the 5th day on'
    rf"(?:on\s+)?the\s+(?P<ord>{_ORDINAL_DAYS}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:day|night)\s+(?P<dir3>{_DIRECTION})|the\s+(?:day|morning|evening|night)\s+(?:after|before)"
    rf"(?:\s+that)?|an?\s+(?P<one>day|night|week|fortnight)\s+(?P<dir1>{_DIRECTION})|the\s+previous\s+{_PART_OF_DAY}|"
    # the same day, at another time: 'that same evening', 'on the evening of the same day', 'later that day', 'that
    # afternoon'
    rf"(?P<same>(?:(?:on|earlier|later)\s+(?:on\s+)?)?(?:the\s+{_PART_OF_DAY}\s+of\s+)?(?:the|that)\s+same\s+"
    rf"{_PART_OF_DAY}|(?:earlier|later)\s+(?:on\s+)?(?:that|the\s+same)\s+day|that\s+(?:morning|afternoon|evening|"
    r"night))|"
    rf"(?P<n>\d{{1,3}}|{COMPOUND_NUMBER}|{_N_WORDS})\s+(?P<unit>days?|nights?|hours?|weeks?)\s+(?P<dir>{_DIRECTION}))"
    # counted from an attack it names: 'Six days after the Heet attack', 'The day after the Abu Ghraib blast'
    r"(?:\s+the\s+(?P<named>(?-i:[A-Z][\w'-]+)(?:\s(?-i:[A-Z][\w'-]+))?)\s+(?:attack|bomb|bombing|blast|ambush|"
    r"strike|shooting|explosion|killing|raid))?\b,?",
    re.I,
)


# ... or inside the sentence, after its subject: 'A second barrage followed three days afterwards, wounding ...'
_LATER_INSIDE = re.compile(
    r"(?<=\s)(?:followed\s+|came\s+|occurred\s+|struck\s+)(?=(?:an?\s+|\w+[- ]?\w*\s+)(?:days?|nights?|weeks?|hours|"
    r"fortnight)\s+(?:later|afterwards|on)\b)"
)


def _later_phrase(body: str) -> re.Match[str] | None:
    """The words that date this attack from one told before: at the sentence's start, or after its verb."""
    if m := _LATER.match(body.strip()):
        return m
    inside = _LATER_INSIDE.search(body)
    return _LATER.match(body, inside.end()) if inside else None


# What may follow a count back told from the report: the sentence's punctuation or end, or a word of place or time
# ('the day before, gunmen ...', 'two days earlier outside a mosque'); never a thing it counts from ('a day before
# parliamentary elections', 'the night before voting began', 'two days before Eid')
_BEFORE_ENDS = re.compile(
    r"\s*(?:[,;:.)\u2013\u2014-]|$)|\s+(?:in|at|near|on|outside|inside|when|as|while|along|around|north|south|east|west|"
    r"killing|wounding|injuring)\b"
)
# ... nor a day of something else: 'the previous day's raid', 'a day earlier than officials had warned'
_NOT_THE_ATTACKS = re.compile(r"['\u2019]s\b|\s+than\b")
# ... nor a day told inside a clause about someone ('who had been discharged from hospital two days earlier', 'who
# had received threats the previous day')
_CLAUSE_BEFORE = re.compile(r"\b(?:who|which|that|whose)\b[^,.;]*\bhad\b[^,.;]*$", re.I)


def _earlier_inside(body: str) -> re.Match[str] | None:
    """A count back told anywhere in the sentence ('The previous evening, ...', 'insurgents attacked a convoy on the
    previous day', 'a bomb exploded two days earlier outside ...'); never one counted from a thing it names ('the day
    before the election', 'Two days before Eid') or from 'that'."""
    for m in _LATER.regex.finditer(body) if _LATER.possible(body) else ():
        if m.start() and not body[m.start() - 1].isspace():
            continue  # (a word's start only)
        phrase = m.group(0).rstrip(" ,")
        if _days_later(m) >= 0 or re.search(r"\b(?:that|this|it)$", phrase, re.I):
            continue
        end = m.start() + len(phrase)
        if phrase.lower().endswith("before") and not _BEFORE_ENDS.match(body, end):
            continue
        if _NOT_THE_ATTACKS.match(body, end) or _CLAUSE_BEFORE.search(body[: m.start()]):
            continue
        return m
    return None


# A sentence that tells of the attack already told ('That same evening, health officials said the blast had killed
# 12'; 'The next morning, police said the attack had ...'): a later report of it, not another attack
_RETOLD = sieve(
    r"\b(?:said|says|told|reported|announced|confirmed|added)\b[^.;]{0,60}?\bthe\s+(?:blast|attack|bombing|explosion|"
    r"ambush|strike|shooting|assault|incident)\b|\bthe\s+(?:blast|attack|bombing|explosion|ambush|strike|shooting|"
    r"assault)\s+(?:had\s+)?(?:killed|wounded|left)\b",
    re.I,
)


def _days_later(m: re.Match[str]) -> int:
    """Days from the attack told before to this one: 'the following day' +1, 'two days earlier' -2, '48 hours
    later' +2, 'a week later' +7, 'that same evening' 0."""
    word = m.group(0).lower()
    if m.group("same"):
        return 0
    if ordinal := m.group("ord"):
        n = int(ordinal[:-2]) if ordinal[0].isdigit() else _ORDINAL_DAYS.split("|").index(ordinal.lower()) + 2
        return -n if m.group("dir3").lower().startswith(("earlier", "before", "previously", "prior")) else n
    if m.group("n") or m.group("one"):
        word_n = (m.group("n") or "").lower()
        n = 1 if m.group("one") else int(word_n) if word_n.isdigit() else compound_value(word_n) or NUMBER_WORDS[word_n]
        unit = (m.group("unit") or m.group("one")).lower()
        days = (
            n * 14
            if unit == "fortnight"
            else n * 7
            if unit.startswith("week")
            else n // 24
            if unit.startswith("hour")
            else n
        )
        back = (m.group("dir") or m.group("dir1")).lower()
        return -days if back.startswith(("earlier", "before", "previously", "prior")) else days
    return -1 if ("before" in word or "previous" in word) else 1


_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.I)
# A day written with its month ('June 10', '10 June', 'the 10th of June'): a calendar day, not one reckoned from the
# report ('last night', 'on Tuesday')
_CALENDAR_DAY = re.compile(
    rf"\b(?:(?:{'|'.join(MONTHS)})\.?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b|"
    rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(MONTHS)})\b)",
    re.I,
)
_SUB_PLACE_KM = 30.0  # a village or area named with a town lies this close to it
_SUBDISTRICT_KM = 70.0  # ... a subdistrict (nahiya), named as one, this close, in the town's province
_SUBDISTRICT_AFTER = re.compile(r"\s+(?:sub-?district|nahiya[ht]?)\b", re.I)
# "43 km west of the town of Makhmour" names a reference point, not where it happened.
_REFERENCE_POINT = re.compile(r"(?:north|south|east|west|from|of)\s+the\s+(?:\w+\s+of\s+)?$")


def _dated_entry(clause: _Clause) -> bool:
    """Whether the clause opens an entry of a list by its day ('- 9 March – ...', '12/03  IED detonated ...')."""
    return _opens_with_day(clause.text)


# A digest's line headed by its day counted back from the report's: 'Yesterday: ...', 'Day before yesterday: ...',
# 'Last night - ...', 'Night before last (Mosul): ...'
_RELATIVE_DAY_HEAD = re.compile(
    r"^\s*(?:[-*\u2022]\s*)?(?:(?:the\s+)?(?:day|night|evening)\s+before\s+(?:yesterday|last)|yesterday|last\s+night|"
    r"today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|overnight)"
    r"(?:\s*\([^()\n]{1,30}\))?\s*(?::|[\u2013\u2014-]\s)",
    re.I,
)


def _opens_with_day(text: str) -> bool:
    """Whether a line opens a list's entry by its day: '- 9 March – ...', '12/03  IED ...', 'Yesterday: ...'."""
    return bool(_TIMELINE_DAY.match(text) or _DAY_MONTH_ENTRY.match(text) or _RELATIVE_DAY_HEAD.match(text))


def _new_entry(draft: _Draft, clause: _Clause) -> bool:
    """Whether the clause opens another dated entry of the list the draft's entry is in."""
    return _dated_entry(clause) and any(_dated_entry(c) for c in draft.clauses)


_RELEASED = re.compile(r"\b(?:released|freed|set\s+free|let\s+go)\s+(?:him|her|them|the\s+\w+|all|both)\b", re.I)
_KIDNAPPED = re.compile(r"\b(?:kidnapp\w*|abduct\w*)\b", re.I)


# an attack told as another one, with an indefinite article: 'a car bomb there in 2016', 'an ambush in 2019'
_NEW_ATTACK = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:bomb\w*|attack\w*|ambush\w*|shooting|explosion|blast|rocket|mortar|"
    r"raid|assassination|kidnapping|massacre)\b",
    re.I,
)


def _fits(draft: _Draft, clause: _Clause) -> bool:
    """Can this clause describe the same incident as the draft?"""
    if clause.offset_days is not None:
        return False
    if _new_entry(draft, clause):
        return False  # a list's next entry, opened by its own day: another item, even of the same day
    if (
        _RELEASED.search(clause.text)
        and not ATTACK_EVENT.search(clause.body)
        and not _SEPARATE_RE.search(clause.text)
        and not (clause.killed and clause.killed.low)
        and not (clause.wounded and clause.wounded.low)
        and any(_KIDNAPPED.search(c.text) for c in draft.clauses)
    ):
        return True  # 'The kidnappers released him unharmed on Thursday night': the kidnapping's end, days later
    if (
        (stamp := dates.CHAT_STAMP.match(clause.text))
        and (ATTACK_EVENT.search(clause.body) or _VERBLESS_BOMB.search(clause.body))
        and any((own := dates.CHAT_STAMP.match(c.text)) and own.group(0) != stamp.group(0) for c in draft.clauses)
    ):
        return False  # a message of its own, posted at another time, telling an attack: another entry
    if clause.row is not None and any(c.row is not None and c.row != clause.row for c in draft.clauses):
        return False  # a table's next row ('Hillah - Diwaniyah | AMBER | 15/09 second IED ...'): another entry
    # (a figure after some were said to be unhurt is this toll's only in a sentence that tells no attack of its own:
    # 'adding that two policemen were wounded', never 'Elsewhere, two policemen were wounded in Tikrit')
    follow_up = not _ELSEWHERE.search(clause.text) and not ATTACK_EVENT.search(clause.body)
    # ('No civilians were hurt in the blast' after 'wounding two soldiers': a zero of bystanders, no other toll)
    spared = follow_up and _none_hurt(clause) and _bystanders_only(clause)  # (the cheap test first: runs per draft)
    if not spared and not (
        _compatible(draft.figure("killed", unhurt=not follow_up), clause.killed)
        and _compatible(draft.figure("wounded", unhurt=not follow_up), clause.wounded)
    ):
        return False
    if draft.first_date is not None and clause.date.date is not None and not clause.stated:
        a, b = draft.first_date, clause.date
        day_a, day_b = a.date, b.date
        if day_a is None or day_b is None:  # both are dated: the test above
            return True
        if a.precision == b.precision == "day" and abs((day_a - day_b).days) > 1:
            return False
        if day_a != day_b and _CALENDAR_DAY.search(a.phrase or "") and _CALENDAR_DAY.search(b.phrase or ""):
            return False  # '... on June 10.' then '... on June 11, ...': two calendar days, two attacks
        if day_a != day_b and _WEEKDAY.search(a.phrase or "") and _WEEKDAY.search(b.phrase or ""):
            return False  # 'On Tuesday, an IED ...' then 'On Wednesday, a sniper ...': two days, two attacks
        if "month" in (a.precision, b.precision) and (day_a.year, day_a.month) != (day_b.year, day_b.month):
            return False
        told_by_year = draft.clauses[0].body if a.precision == "year" else clause.body  # (the side dated by a year)
        if "year" in (a.precision, b.precision) and day_a.year != day_b.year and _NEW_ATTACK.search(told_by_year):
            return False  # 'a car bomb there in 2016 killed twelve' beside an attack of 2020: another attack (never
            # 'he had received threats since 2019', 'the post, built in 2018, was set on fire')
    town_a = draft.first_town
    town_b = _town(clause.told_places())
    if town_a and town_b:
        far = gazetteer.distance_km(town_a.place.lat, town_a.place.lon, town_b.place.lat, town_b.place.lon)
        if far > 40:
            return False
        # another town and another weapon: 'gunmen shot dead a man in Buhriz' then 'an IED injured two children on
        # the outskirts of Al-Khalis' are two attacks, whatever the month they share
        kinds = attack_type(draft.clauses[0].text), attack_type(clause.text)
        headline = _is_headline(draft.clauses[0]) or _is_headline(clause)  # a headline's words are loose
        # (never a sentence that goes on with the same attack: 'a bomb planted by the attackers hit a rescue vehicle
        # coming from Saadiya')
        retold = re.search(
            r"\b(?:the\s+(?:attackers|militants|gunmen|assailants|same)|then|reinforcements|rescue|"
            r"(?:from|towards?)\s+" + re.escape(town_b.text) + r")\b",
            clause.text,
            re.I,
        )
        if (
            town_a.place.name != town_b.place.name
            and far > 10
            and "other" not in kinds
            and kinds[0] != kinds[1]
            and not headline
            and not retold
        ):
            return False
    return True


# A live feed's entry heading, on its own line over the entry: its time stamp, a middle dot and where
# ('22 Aug 2023 23:15 · Kirkuk', '3h ago · Mosul', '45 min ago · Basra')
_FEED_HEAD = re.compile(r"^(?P<stamp>[^\u00b7\u2022\n]{3,40}?)\s*[\u00b7\u2022]\s*[^\u00b7\u2022\n\d]{2,40}$")
_FEED_AGO = re.compile(r"^(?P<n>\d{1,2})\s*(?P<unit>h|hrs?|hours?|m|mins?|minutes?)\s+ago$", re.I)
_FEED_CLOCK = re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d:.])")
# the page's capture time in its header: 'page captured 21 Nov 2020 16:40 (Baghdad time)'
_CAPTURED = re.compile(r"\b(?:captured|retrieved|updated|as\s+of)\b[^\n]{0,40}?" + _FEED_CLOCK.pattern, re.I)


def _feed_day(article: Article, start: int) -> EventDate | None:
    """The day of a feed entry from its heading on the line above: a full date with its clock time, or 'Nh ago' counted
    back from the page's capture time (the capture day; the day before when the hours reach back past midnight)."""
    above = article.text[:start].rstrip()
    line = above[above.rfind("\n") + 1 :].strip()
    if not (m := _FEED_HEAD.match(line)):
        return None
    stamp = m.group("stamp").strip()
    if ago := _FEED_AGO.match(stamp):
        if article.published is None:
            return None
        minutes = int(ago.group("n")) * (60 if ago.group("unit").lower().startswith("h") else 1)
        head = article.text[: article.text.find("\n")] if "\n" in article.text else article.text
        clock = _CAPTURED.search(head)
        now = int(clock.group("h")) * 60 + int(clock.group("m")) if clock else 24 * 60 - 1
        back = 1 if minutes > now else 0
        return EventDate(date=article.published - dt.timedelta(days=back), precision="day", phrase=stamp)
    bare = _FEED_CLOCK.sub(" ", stamp).strip()
    rest = bare  # nothing but the date beside the clock: 'Turkish warplanes over Amedi · 3 killed' is no heading
    for s, e, _ in sorted(dates.find_date_phrases(bare), reverse=True):
        rest = rest[:s] + rest[e:]
    day = dates.calendar_date(bare, day_first=True)
    if day is None or re.search(r"[^\W\d_]", rest):
        return None
    return EventDate(date=day, precision="day", phrase=stamp)


# A line that is only a place, as a round-up heads the entries of one province: 'BAGHDAD', 'Diyala province:',
# '== NINEWA GOVERNORATE ==', '#Kirkuk'
_PLACE_HEADING = re.compile(
    r"^[ \t#=*_-]*(?P<name>[^\W\d_][\w' -]{1,30}?)(?:\s+(?:province|governorate|PROVINCE|GOVERNORATE|Province|"
    r"Governorate))?[ \t:=*_-]*$",
    re.M,
)


# A round-up heading that ends the province heading above it: 'ELSEWHERE', 'OTHER PROVINCES', 'NATIONWIDE'
_OTHER_HEADING = re.compile(
    r"(?i:elsewhere|others?|other\s+(?:provinces|governorates|areas|regions|incidents)|nationwide|rest\s+of\s+(?:iraq|"
    r"the\s+country)|kurdistan\s+region|general|miscellaneous)"
)


class _Paragraphs:
    """Paragraph bounds of an article found once (bisect, not a scan per incident), and their places, found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks: list[int] = []  # every i with text[i:i+2] == "\n\n"
        i = text.find("\n\n")
        while i >= 0:
            self.breaks.append(i)
            i = text.find("\n\n", i + 1)
        self._places: dict[tuple[int, int | None], list[PlaceMention]] = {}
        self._headings: tuple[list[int], list[dt.date]] | None = None
        self._article: tuple[str | None, str | None] | None = None
        self._place_headings: tuple[list[int], list[str | None]] | None = None

    def day_above(self, start: int) -> dt.date | None:
        """The last full date written before `start` (a log's day heading), read as a header line is: a numeric
        date day first ('04/12/2022' is 4 December). The dates are found once per article, then bisected."""
        if self._headings is None:
            found = [
                (s, d)
                for s, _, phrase in dates.find_date_phrases(self.text)
                if (d := dates.calendar_date(phrase, True))
            ]
            self._headings = ([s for s, _ in found], [d for _, d in found])
        at = bisect.bisect_left(self._headings[0], start)
        return self._headings[1][at - 1] if at else None

    def _round_up_headings(self) -> tuple[list[int], list[str | None]]:
        """Where each round-up heading starts and its province: a line that is only a place ('BAGHDAD', 'Diyala
        province:', 'NINEWA GOVERNORATE'), or None for one that ends a place's ('ELSEWHERE'). Found once."""
        if self._place_headings is None:
            found: list[tuple[int, str | None]] = []
            for m in _PLACE_HEADING.finditer(self.text):
                name = m.group("name").strip()
                places = gazetteer.find_places(name)
                if len(places) == 1 and places[0].place.province and len(places[0].text) >= len(name) - 1:
                    found.append((m.start(), places[0].place.province))
                elif _OTHER_HEADING.fullmatch(name):
                    found.append((m.start(), None))
            self._place_headings = ([at for at, _ in found], [p for _, p in found])
        return self._place_headings

    def heading_above(self, start: int) -> tuple[bool, str | None]:
        """Whether a round-up heading stands above `start`, and the province of the nearest one (None under
        'ELSEWHERE')."""
        starts, provinces = self._round_up_headings()
        at = bisect.bisect_left(starts, start)
        return at > 0, provinces[at - 1] if at else None

    def home_province(self, start: int) -> str | None:
        """The province a place at `start` is read in when the text gives none beside it: the heading it is listed
        under in a round-up of several ('DIYALA' over '- ... a grocery in Kanaan'; one line 'BAGHDAD' alone is a
        dateline's city), else the one province the article names."""
        several = sum(p is not None for p in self._round_up_headings()[1]) >= 2
        return (self.heading_above(start)[1] if several else None) or self.article_province(named_only=True)

    def article_province(self, named_only: bool = False) -> str | None:
        """The one province the whole article is about: the only province it names ('Diyala: a bloody start to
        May'), else the only one its heading's places lie in ('KIRKUK POLICE COMMAND'); None when it names several
        or none (a place merely mentioned, 'officials in Baghdad said', is not what the article is about)."""
        if self._article is None:
            every = _settlements(gazetteer.find_places(self.text), self.text)
            named = {m.place.province for m in every if m.place.kind == "province"}
            head = self.breaks[0] if self.breaks else len(self.text)
            heading = {m.place.province for m in every if m.place.province and m.start < head}
            self._article = (
                next(iter(named)) if len(named) == 1 else None,
                next(iter(heading)) if len(heading) == 1 else None,  # 'KIRKUK POLICE COMMAND – OPERATIONS ROOM'
            )
        return self._article[0] if named_only else self._article[0] or self._article[1]

    def places(self, start: int, end: int) -> list[PlaceMention]:
        """Places named in the paragraph(s) from the one holding `start` to the one holding `end`."""
        before = bisect.bisect_right(self.breaks, start - 2) - 1  # the last break that ends before start
        para_start = (self.breaks[before] if before >= 0 else -1) + 2
        after = bisect.bisect_left(self.breaks, end)  # the first break at or after end
        para_end = self.breaks[after] if after < len(self.breaks) else None
        key = (para_start, para_end)
        if key not in self._places:
            para = self.text[max(para_start, 0) : para_end]
            self._places[key] = [  # offsets into the article
                m.model_copy(update={"start": m.start + max(para_start, 0), "end": m.end + max(para_start, 0)})
                for m in _settlements(gazetteer.find_places(para), para)
            ]
        return self._places[key]


def _breakdown_only(clause: _Clause) -> bool:
    """'Two of the dead were children': a breakdown with no event of its own ('killing five, among them three
    children' is the event, told with its breakdown)."""
    m = BREAKDOWN.search(clause.body)
    if m is None:
        return False
    return not ATTACK_EVENT.search(clause.body) and not _CASUALTY_VERB.search(clause.body[: m.start()])


def _beside_breakdown(draft: _Draft, clause: _Clause) -> tuple[Count | None, Count | None]:
    """The figures a breakdown clause adds: none of the kind it breaks down ('Among the dead were two children'), but
    the other kind told after it when the incident has none yet ('..., adding that five other people were
    wounded')."""
    m = BREAKDOWN.search(clause.plain)
    if m is None:
        return None, None
    killed, wounded = figures(clause.plain[m.end() :])
    of_dead = re.search(r"dead|killed", m.group(0), re.I) is not None
    of_wounded = re.search(r"wounded|injured", m.group(0), re.I) is not None
    return (
        killed if of_wounded and draft.figure("killed") is None else None,
        wounded if of_dead and draft.figure("wounded") is None else None,
    )


_CASUALTY_VERB = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured|dead|died)\b", re.I)


# someone harming someone, told as an act ('gunmen killed a shepherd', 'an IED killed three civilians'), where a
# revised toll is told as a count ('the dead numbered five', 'three were killed')
_ACTIVE_HARM = re.compile(
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )"
    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:an?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+|the|his|her|their)\b",
    re.I,
)


def _another_attack(draft: _Draft, clause: _Clause) -> bool:
    """A clause that tells an attack of its own at a place the incident just told does not name ('In Kirkuk, police
    later said gunmen killed a shepherd'): a new incident, not a revision of the last one's toll."""
    told_as_act = ATTACK_EVENT.search(clause.body) or _ACTIVE_HARM.search(clause.body)
    # (a place named only as the source's or the hospital's is no attack's: 'died of his wounds in a Tikrit hospital')
    where = [m for m in clause.told_places() if not _hospital_place(m, clause.text)]
    if not where or not told_as_act:
        return False
    told = {m.place.name for c in draft.clauses for m in c.places}
    return not any(m.place.name in told for m in where)


# A post's verbless line that tells a bomb on its target: 'sticky bomb on a car in mosul's nabi yunus area this
# afternoon', 'IED under a PMF vehicle near Tarmiya' (never one found or made safe: 'bomb on a car defused', 'IED
# under a bridge found')
_VERBLESS_BOMB = re.compile(
    # (or a table's cell after a place written in capitals: 'CHWARTA (Sulaimani) IED under the car of ...')
    # (or a table's cell, or after an entry's 'DD/MM' day: '| IED on a truck ...', '15/09 second IED, against a convoy')
    # (or after a day's possessive: "Yesterday's IED against a coalition supply convoy near Safwan")
    r"(?:^|[.!?:]\s+|(?<=(?-i:[A-Z]{2})\s)|(?<=\)\s)|(?<=\|\s)|(?<=\d/\d\d\s)|(?<=\d/\d\s)|(?<=\s[-\u2013\u2014]\s)|"
    r"(?<=day['\u2019]s\s)|(?<=night['\u2019]s\s))(?:an?\s+|the\s+)?"
    r"(?:(?:second|third|another|fresh|new)\s+)?(?:(?:sticky|magnetic|adhesive|roadside|car|pipe|sound|stun|petrol|"
    r"incendiary|home-?made)\s+)?"
    # (a word of another language glossed: "'Ubuwa lasiqa (sticky bomb) under the car of a lawyer")
    r"(?:(?:[\w'\u2019-]+\s+){1,2}\((?:[\w-]+\s+)?(?:bomb|IED|explosive\s+device|grenade)\)|bomb|IED|"
    r"explosive\s+device|grenade),?\s+(?:on|under|at|against|targeting|hits?)\s+(?:(?:an?|the|his|her|their)\s+|"
    # (or a log's telegraphic 'sticky IED on car of local council member')
    r"(?=(?-i:[A-Z]))|(?=(?:car|vehicle|truck|pickup|house|home|shop|checkpoint|patrol|convoy)\s+of\b))"
    r"(?:[\w-]+\s+){0,3}?(?:car|vehicle|truck|pickup|minibus|bus|house|home|shop|store|checkpoint|patrol|convoy|post|"
    r"office|tractor)\b(?![^.!?\n]*\b(?:defused|dismantled|found|discovered|removed|disarmed|made\s+safe|"
    r"neutrali[sz]ed|seized|foiled|thwarted|before\s+it)\b)",
    re.I,
)


# What heads a channel's pinned post before its words: the bracketed stamp, the hashtag it is filed under (read as a
# word: '#Mosul' is 'Mosul') and any emoji ('[28.06.2021 22:05] #Kirkuk 🔴 Sticky bomb under a car in ...')
_POST_HEAD = re.compile(r"^\[[^\]\n]{4,30}\]\s*(?:[A-Z][\w-]*\s+(?=[^\w\s]|[A-Z]))?(?:[^\w\s\[\]().,;:'\"-]+\s*)*")
# ... and what such a post tells with no verb: a bomb, or a blast, on what it hit ('Blast at a shop in the Al-Zuhur
# neighbourhood of Mosul this evening'); a blast only there, where the channel posts attacks (never 'Explosion at a
# shop selling gas cylinders' in a report)
_POST_ATTACK = re.compile(
    _VERBLESS_BOMB.pattern.replace(
        r"explosive\s+device|grenade),?", r"explosive\s+device|grenade|blast|explosion),?", 1
    ),
    re.I,
)


def _attack_event(clause: _Clause) -> bool:
    """An attack told as a concrete event at a named place, even with no casualty figure ('No casualties were
    reported', an IED that damaged a vehicle, a kidnapping): it is a record too."""
    if (
        not ATTACK_EVENT.search(clause.body)
        and not _VERBLESS_BOMB.search(clause.body)
        and not ((head := _POST_HEAD.match(clause.body)) and _POST_ATTACK.match(clause.body[head.end() :]))
    ):
        return False
    if clause.places or sub_places(clause.text):
        return True
    # a place no gazetteer holds ('in Al-Ghazaliya'), or a day the text gives ('Then on 14 January, an IED ...')
    named = any(could_be_place(m.group(1)) for m in _NAMED_AFTER_PLACE_WORD.finditer(clause.body))
    return named or (clause.date.precision == "day" and clause.date.phrase is not None)


# The day a log entry's stamp may write beside its time: '21st', 'the 21st', '(25th)', '3/8', '03.08', and a day with
# its month's name before a comma or '@' ('21 June, 1905:'; '15 January 2018:' is a date, not a stamp)
_STAMP_DAY = (
    r"(?:(?:the\s+)?\(?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|"
    rf"(?:[12]\d|3[01]|0?[1-9])\s+(?:{'|'.join(MONTHS)}|{'|'.join(MONTH_ABBREVIATIONS)}|Sept)\.?(?=\s*[,@]))(?![\d/.]\d)"
)
# An entry of a time-stamped log: '21:40 - ...', '0400 – ...' (a time without a colon counts only in a log of such
# lines: a lone '2014 – ISIS seized Mosul' is a year in a chronology); group 1 is the time
_LOG_ENTRY = re.compile(
    # the day may stand beside the time, before or after it: '21st @ 0215 - ...', '0130 3/8 - ...', '9/6, 14:10 - ...'
    rf"^[ \t]*(?:[-\u2022*]\s+)?(?:(?:{_STAMP_DAY}(?:\s*[@,]\s*|\s+(?:at\s+)?))?"
    rf"((?:[01]?\d|2[0-3])[:.h]?[0-5]\d)\s*(?:hrs?\b|h\b)?(?:(?:\s*[@,]\s*|\s+(?:on\s+)?){_STAMP_DAY})?"
    r"\s*[-\u2013\u2014:]\s|"
    # without a dash only four digits, a clock time ('0645 IED targeted ...'; '230 ISIS attacks' is a count)
    r"((?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?:hrs?|h)\b)?\s+(?=[A-Z])|"
    # a clock time with its colon needs no dash: '07:50 sticky bomb under a car ...'
    r"((?:[01]?\d|2[0-3]):[0-5]\d)\s+(?=[A-Za-z]))",
    re.M,
)  # '0215 – An IED exploded', '21:40 - ...', '0645 IED targeted a tractor', '- 1515: Unknown attackers fired ...'
# A dated list of the day's events under a heading that says so ('Basra Police Command - daily events 14/03/2021',
# 'incident sheet 21/02/2024'), one bulleted entry per event, without times
_LOG_HEADING = re.compile(
    r"\b(?:log|logbook|sheet|daily\s+(?:events|incidents|report)|(?:events|incidents)\s+of|occurrences|blotter|"
    r"journal|sitrep|statement|press\s+release|bulletin)\b[^\n]{0,30}?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d)\s*$",
    re.I | re.M,
)
_BULLET = re.compile(r"^[ \t]*(?:[-\u2022*]|\d{1,2}[.)])\s+(?=\S)", re.M)  # '- ...', '• ...', '1. ...', '2) ...'
# Words that move a sentence to another event: 'Separately, nobody was hurt when a fire broke out'
# Another incident announced: 'Separately', 'In a separate attack', 'Elsewhere'
_SEPARATE = r"\b(?:separately|elsewhere|in\s+(?:another|a\s+separate|an\s+unrelated)|unrelated)\b"
_SEPARATE_RE = sieve(_SEPARATE, re.I)
_ELSEWHERE = re.compile(rf"{_SEPARATE}|\b(?:meanwhile|also\s+on)\b|\bwhen\s+a\b", re.I)
# A field that dates the event itself: 'DoL 2024-09-09', 'Date of loss: 26 April 2020', 'Loss occurred 29th August
# 2022', 'Incident date: ...' (insurers' and coders' notes); an outage notice's trip time, when the attack that caused
# the outage cut the line: 'Time of trip: 02:35 on 10/2', 'Tripped 0340 hrs of 11-06', 'Out from 01:50, 12/7',
# 'Outage began on 10 May at 01:00 hrs.', 'The station tripped at 21:05 on the first of the month.'
_EVENT_DATE_FIELD = re.compile(
    # (at the line's start, or after a bar among a case file's fields: 'Province: Kirkuk | Date of incident: ...')
    r"(?:^|(?<=\|))[ \t]*(?:DoL|Date\s+of\s+(?:loss|incident|event|attack|occurrence)|Loss\s+occurred(?:\s+on)?|"
    r"(?:Incident|Event|Attack)\s+date|(?:Time|Date)\s+of\s+(?:the\s+)?(?:trip|outage|fault|interruption|failure)|"
    r"(?:Trip|Outage|Fault|Interruption)\s+(?:time|date|start(?:ed)?|began)(?:\s+(?:at|on))?|"
    r"(?:The\s+(?:[\w/-]+\s+){0,2}(?:station|substation|line|circuit|feeder|plant|grid|breaker|supply|power)\s+)?"
    r"(?:tripped|went\s+(?:out|down)|(?:was|were)\s+cut)(?:\s+(?:at|on|from))?|"
    r"Out\s+(?:from|since)|"
    # what went out of service, then since when: 'Feeder 11 kV Al-Zab: out of service since 04:20 of the 17th', 'Both
    # circuits de-energised from 2310 on the 4th'
    r"(?:[^\n.;]{0,80}?[\s:])?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:out\s+of\s+(?:service|order|"
    r"operation)|off-?line|de-?energi[sz]ed|without\s+(?:supply|power))\s+(?:since|from)|"
    # a notice's bare 'Time:' field, when it holds a day ('Time: at 0115 hrs on 8 July')
    # (a case file's fields on one line, split by bars: 'Date of incident: 10 February 2021 | Date recorded: ...')
    r"(?P<time>Time(?=\s*:)))\b\s*[:=-]?\s*(?P<date>[^\n|]{6,40}?)\s*(?:\||$)",
    re.I | re.M,
)
# A register entry's date field that runs on into the entry's own words on its line ('Date: "the twelfth of November,
# 2019". Unknown persons threw ...', 'Date: 3 May 2021. Gunmen shot ...'): the day of what the entry tells, not of
# the page (a page's date stands alone on its line)
_INLINE_DATE_FIELD = re.compile(
    r"^[ \t]*Date\s*:\s*[\"\u201c]?(?P<date>[^\n.\"\u201d]{6,40}?)[\"\u201d]?\.\s+(?=[A-Z])", re.M
)


# ... when that line tells an attack or its harm (never 'Date: 18 June 2022. Prepared by the security cell.')
def _tells_harm(line: str) -> bool:
    return _ATTACK_WORD.search(line) is not None or figures(line) != (None, None)


# The heading of a police or security statement of the day's events ('Diyala Police Command - press statement -
# 30 August 2022', 'Nineveh Police Command | press release | 14 July 2024', 'Basra Police - events of 23-07-2022'):
# what it tells without a date of its own happened on that day
_STATEMENT_HEADING = re.compile(
    r"\b(?:police|command|directorate|operations|security|asayish|cell|station|hospital)\b[^\n]{0,80}?\b(?:statement|"
    r"press\s+release|bulletin|events\s+of|incidents\s+of|"
    # a police or hospital log of the day: 'INCIDENT LIST 14/02/2023', 'daily summary 16/04/2022', 'Daily log,
    # 17/02/2020', 'entries for 23/11/2023', 'CASUALTY REGISTER / Log date: 26/10/2019'
    r"(?:incident|occurrence|daily|casualty)\s+(?:list|summary|log|register|report)|log(?:\s+date)?|entries\s+for|"
    r"register|sitrep)\b",
    re.I,
)
_HEADING_WORDS = 15  # a heading line is short; the first longer line is the body


# The claim a fact check weighs, on a line of its own: 'CLAIM: "Twelve killed in a blast ..." (viral tweet, 28 August)'
_CHECKED_CLAIM = re.compile(r"\s*(?:CLAIM|Claim|The\s+claim|Claimed)\s*:")


def _field_day(field: str, published: dt.date | None, phrase_only: bool = False) -> EventDate:
    """The date an event-date field's words give ('12 May 2023', 'at 21:05 on the first of the month.'): a date
    phrase in them, else the words read whole (by dateparser too), unless `phrase_only` (a bare 'Time:' field, whose
    '22:30' dateparser would read as the report's day)."""
    told = dates.resolve_date(field, published)
    return told if told.precision == "day" or phrase_only else dates.resolve_phrase(field, published)


# A terrorism database's own key of a row: GTD's 'eventid: 201912070061' (the day, then a serial number) and its
# 'iyear: 2019 imonth: 12 iday: 7' fields
_EVENT_ID = re.compile(r"^\s*eventid\s*[:=]\s*((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4}\b", re.I | re.M)
_I_FIELDS = re.compile(
    r"\biyear\s*[:=]\s*((?:19|20)\d\d)\b[^\n]{0,20}?\bimonth\s*[:=]\s*(\d{1,2})\b[^\n]{0,20}?\biday\s*[:=]\s*(\d{1,2})\b",
    re.I,
)


def _database_day(text: str) -> dt.date | None:
    """The day a database row is keyed to, which settles a numeric date's order ('12/07/2019' is 7 December in a
    row keyed 20191207); None without such a key."""
    m = _EVENT_ID.search(text) or _I_FIELDS.search(text)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# A brief's entry opening with a day and month and no year: 'NINEWA | 29/11 - An IED ...', '09/05: Unknown ...'
_DAY_MONTH_ENTRY = re.compile(
    # (a table's row may open with its number: '4   28/08  BALAD RUZ ...')
    r"^\s*(?:[A-Z][A-Z .'-]{1,30}\s*\|\s*|\d{1,3}\s+(?=[0-3]?\d/[01]?\d\s))?(?!24/7\b)(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)"
    # (a daily report's entry with its clock time: '26/09 1930  Hand grenade thrown ...', '12/03 - 0640 ...'; these
    # only with a slash: '13.2 Gunmen ...' is a numbered paragraph)
    # ('27/1 | Abu Ghraib | ...': a batch's cells)
    r"(?:\s*[-\u2013\u2014:|]\s|(?:(?<=/\d)|(?<=/\d\d))(?:\s+(?:[-\u2013\u2014]\s+)?(?:[01]\d|2[0-3]):?[0-5]\d(?:\s*hrs)?\b\s|"
    # ('09.09.  SAMARRA ...': a dotted day and month closed by its own dot)
    r"\s+(?=[A-Z]))|(?:(?<=\.\d)|(?<=\.\d\d))\.\s+(?=[A-Z]))"
)
# A table cell (or a line) opening with a day and month and no year, perhaps after its weekday: 'Fri 12/03: gunmen
# fired at a tanker', '14/09 IED against a convoy', a 'Last incident' column's '22/07', 'Mon 07/10 night: ...'
_CELL_DAY_MONTH = re.compile(
    r"^(?:(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+)?(?P<a>[0-3]?\d)/(?P<b>[01]?\d)"
    r"(?:\s*[:\u2013\u2014-]\s|\s*$|\s+(?:night|morning|evening|afternoon)\b|\s+(?=[A-Za-z]))",
    re.I,
)


_DATE_HEADER = re.compile(r"date|day|when|incident|last|time", re.I)


def _header_above(text: str, begin: int, cells: int) -> list[str]:
    """The names of a table row's columns: the nearest line above with as many cells and no digit (within 80 lines)."""
    at = begin - 1
    for _ in range(80):
        if at <= 0:
            break
        prev = text.rfind("\n", 0, at)
        line = text[prev + 1 : at]
        at = prev
        if (
            line.count("|") >= 2
            and len(found := _cells(line)) == cells
            and not re.search(r"\d", line)
            and all(c.strip() for c in found)  # (a row of merged cells has blanks; a header names every column)
        ):
            return found
    return []


def _cell_day_month(article: Article, start: int) -> EventDate | None:
    """The day a table row's cell gives as 'DD/MM' (see _CELL_DAY_MONTH), read day first where the report says so,
    where its weekday agrees, or where only that reading falls in the month before the report; in the report's year
    (the year before when that day would fall after the report)."""
    if article.published is None:
        return None
    text = article.text
    begin, end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[begin : end if end >= 0 else len(text)]
    table = line.count("|") >= 2
    names = _header_above(text, begin, len(_cells(line))) if table else []
    for i, cell in enumerate(_cells(line)[1:] if table else [line], 1):  # (a line of its own: 'Mon 07/10 night: ...')
        if not (m := _CELL_DAY_MONTH.match(cell)):
            continue
        if cell.strip() == m.group(0).strip() and not (i < len(names) and _DATE_HEADER.search(names[i])):
            continue  # a bare '2/3' under 'K/W' is a figure; under 'Last incident' or 'Date' it is a day
        day, month = int(m.group("a")), int(m.group("b"))
        if (found := _day_before(article.published, day, month)) is None:
            return None
        agrees = m.group("wd") is not None and found.weekday() == dates.weekday_index(m.group("wd"))
        if (
            day <= 12
            and not agrees
            and not _DAY_FIRST_NOTE.search(text)
            and not _recent_day_first(article.published, day, month)
        ):
            return None
        if m.group("wd") is not None and not agrees:
            return None  # 'Fri 12/03' that is no Friday: another reading, not guessed
        return EventDate(date=found, precision="day", phrase=m.group(0).rstrip(" :-\u2013\u2014"))
    return None


# the report's own note that it writes the day first: '(DD/MM/YYYY)', '(d/m/y)', 'dd.mm.yyyy'
# ('Date cells in this batch are day/month', 'written day first')
_DAY_FIRST_NOTE = re.compile(
    r"\b(?:dd?\s*[/.-]\s*mm?(?:\s*[/.-]\s*y{1,4})?|day\s*[/.-]\s*month(?:\s*[/.-]\s*year)?|day[\s-]first)\b", re.I
)


def _recent_day_first(published: dt.date, day: int, month: int) -> bool:
    """Whether 'DD/MM' read day first falls in the month before a daily report and read month first does not
    ('12/03' in a report of 13 March 2023 is 12 March, not 3 December)."""

    def back(d: int, mo: int) -> int | None:
        for year in (published.year, published.year - 1):
            try:
                found = dt.date(year, mo, d)
            except ValueError:
                return None
            if found <= published:
                return (published - found).days
        return None

    first, other = back(day, month), back(month, day)
    if day == month:
        return first is not None  # '11/11' reads the same either way
    return first is not None and first <= 31 and (other is None or other > 31)


def _day_month_entry(article: Article, text: str) -> EventDate | None:
    """The day of an entry opening 'DD/MM -' in a report that says it writes the day first (or whose first number can
    only be a day), in the report's year (the year before when that day would fall after the report)."""
    if article.published is None or not (m := _DAY_MONTH_ENTRY.match(text)):
        return None
    day, month = int(m.group("a")), int(m.group("b"))
    if day <= 12 and not _DAY_FIRST_NOTE.search(article.text) and not _recent_day_first(article.published, day, month):
        return None
    if (found := _day_before(article.published, day, month)) is None:
        return None
    return EventDate(date=found, precision="day", phrase=f"{m.group('a')}/{m.group('b')}")


def _day_before(published: dt.date, day: int, month: int) -> dt.date | None:
    """The day and month in the report's year, or the year before when that would fall after the report; None when
    they are no calendar day."""
    for year in (published.year, published.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if found <= published:
            return found
    return None


# A database table's date column, by its header cell: 'Start date', 'date_start', 'Event date', 'Date'
_DATE_COLUMN = re.compile(r"^(?:(?:start|event|incident|evt|ev)[\s_]*)?date(?:[\s_]*(?:start|from))?$", re.I)


def _table_row_day(text: str) -> EventDate | None:
    """The day in the date column of a database table's only row ('IBC code | Start date | ...' over 'k30412 |
    20-May-2022 | ...'): the day of the event its notes tell. A table of several rows dates none."""
    rows = [[cell.strip() for cell in line.split("|")] for line in text.split("\n") if line.count("|") >= 2]
    for i, header in enumerate(rows):
        column = next((j for j, cell in enumerate(header) if _DATE_COLUMN.match(cell)), None)
        if column is None:
            continue
        body = [r for r in rows[i + 1 :] if len(r) == len(header)]
        if len(body) != 1:
            return None
        day = dates.calendar_date(body[0][column], day_first=True)
        return EventDate(date=day, precision="day", phrase=body[0][column]) if day else None
    return None


# a timeline's entry: '- 9 April – A Turkish drone strike ...', '* March 2 - Two members of ...'
_ENTRY_MONTH = rf"(?:{'|'.join(MONTHS)}|{'|'.join(MONTH_ABBREVIATIONS)}|Sept)"
# '- 9 April – ...', 'June 10 - ...', and with its weekday and the month cut short: 'Sun 27 Jun - Salahuddin: ...'
_TIMELINE_DAY = re.compile(
    rf"^\s*(?:[-*•]\s*)?(?:(?:{'|'.join(WEEKDAYS)}|{'|'.join(d[:3] for d in WEEKDAYS)})\.?,?\s+)?"
    rf"(?P<d>[0-3]?\d\s+{_ENTRY_MONTH}\.?|{_ENTRY_MONTH}\.?\s+[0-3]?\d)\s*[\u2013\u2014-]\s"
)


_HEADING_WINDOW = 50_000  # how far above a table row or timeline entry its month heading is looked for
_MONTH_HEADING = re.compile(rf"^[#\s]*({'|'.join(MONTHS)})\s+((?:19|20)\d\d)\s*$", re.M | re.I)


def _row_day(article: Article, start: int) -> EventDate | None:
    """The day of the table row or timeline entry an incident is told in: the row's date column ('| 3 September |
    Tal Afar | 1 | ...' under '| Date | Location | Dead | ...'), or the day an entry opens with ('- 9 April – A
    Turkish drone ...'), read against the report's date, or against the one year its title names ('List of terrorist
    incidents in Iraq in 2021') when the page gives no date."""
    text = article.text
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin : end if end >= 0 else len(text)]
    entry = _TIMELINE_DAY.match(line)
    if entry is None and (only := _DAY_ONLY_ENTRY.match(line)) is not None:
        # (never a list's number before an entry that gives its own day: '1 - A roadside bomb ... on 14 January')
        ordinal = re.fullmatch(r"\**\d{1,2}(?:st|nd|rd|th)\**", only.group("p")) is not None
        if not ordinal and dates.find_date_phrases(line[only.end() :]):
            return None
        return _day_of_month_heading(text, begin, int(only.group("d")), only.group("p"))
    if entry is None and line.count("|") < 2:
        return None
    published = article.published
    if published is None:
        # a heading above it that names a month ('January 2020'), else the one year the title names (looked for in a
        # window before the row, never the whole text above it: a long table stays linear)
        heads = _MONTH_HEADING.findall(text[max(0, begin - _HEADING_WINDOW) : begin])
        years = set(re.findall(r"\b(?:19|20)\d\d\b", article.title or text[:200]))
        if heads:
            month, year = MONTHS.index(heads[-1][0].capitalize()) + 1, int(heads[-1][1])
            published = month_end(year, month)
        elif len(years) == 1:
            published = dt.date(int(years.pop()), 12, 31)
    if entry is not None:
        told = dates.resolve_phrase(entry.group("d"), published)
        return told if told.precision == "day" and told.date is not None else None

    fields = _row_fields(text, begin, line)
    column = next((name for name in fields if _DATE_COLUMN.match(name)), None) if fields else None
    if fields is None or column is None:
        return None
    told = dates.resolve_phrase(fields[column], published)
    return told if told.precision == "day" and told.date is not None else None


# a calendar's entry that gives only its day, under a heading that names the month: '- **3rd** - Jalawla: ...',
# '* 17 - Mandali: ...', '29th: ...'
_DAY_ONLY_ENTRY = re.compile(r"^\s*(?:[-*•]\s*)?(?P<p>\**(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\**)\s*(?:[–—-]\s|:\s)")
# a heading line that ends with a month and year: '# Diyala security calendar - August 2021', 'August 2021'
_MONTH_HEADED = re.compile(
    rf"^(?:#+\s*)?[^\n]{{0,80}}?(?<!\d )(?<!\d)\b({'|'.join(MONTHS)})\s+((?:19|20)\d\d)\W*$", re.M | re.I
)


# a heading, not an entry or a note that ends on a month ('- **3rd** - ... since January 2021', '*Updated September
# 2021*'): a Markdown heading, or a short line that is neither a list item nor a dated note
_HEADING_LINE = re.compile(
    r"^(?:#|(?![-*\u2022\s])(?![^\n]*\b(?:since|until|till|updated|compiled|published|issued|released|from|before|"
    r"after)\b)[^\n]{0,80}$)",
    re.I,
)


def _day_of_month_heading(text: str, begin: int, day: int, phrase: str) -> EventDate | None:
    """That day of the month the nearest heading above names ('# ... calendar - August 2021' over '- **3rd** -'),
    or None when no heading names one (a bare number is no date)."""
    heads = [
        m
        for m in _MONTH_HEADED.finditer(text[max(0, begin - _HEADING_WINDOW) : begin])
        if len(m.group(0)) <= 90 and _HEADING_LINE.match(m.group(0))
    ]
    if not heads:
        return None
    month, year = MONTHS.index(heads[-1].group(1).capitalize()) + 1, int(heads[-1].group(2))
    try:
        return EventDate(date=dt.date(year, month, day), precision="day", phrase=phrase.strip("*"))
    except ValueError:
        return None


def _cells(row: str) -> list[str]:
    row = re.sub(r"\{\{[^{}]*\}\}", "", row)  # a wiki template's bars ('{{efn|...}}') split no cell
    parts = [c.strip() for c in row.strip().split("|")]
    return parts[1:-1] if row.strip().startswith("|") and row.strip().endswith("|") else parts


def _row_fields(text: str, begin: int, line: str) -> dict[str, str] | None:
    """The cells of the table row `line` (starting at `begin`) by their column's name, read off the nearest header
    above with as many cells ('| Date | Location | Dead |' over '| 3 September | Tal Afar | 1 |'); None when no such
    header is within the 80 lines above."""
    row = _cells(line)
    above: list[str] = []
    at = begin - 1
    while at > 0 and len(above) < 80:  # the 80 lines above, read back from the row
        prev = text.rfind("\n", 0, at)
        above.append(text[prev + 1 : at])
        at = prev
    for header in (_cells(x) for x in above if x.count("|") >= 2 and not re.fullmatch(r"[\s|:\-]+", x)):
        if len(header) == len(row) and any(_DATE_COLUMN.match(cell) or _DATE_HEAD.match(cell) for cell in header):
            return {name.strip().lower(): cell for name, cell in zip(header, row)}
    return None


_DATE_HEAD = re.compile(r"^date\s*\(", re.I)  # 'date (mm/dd/yyyy)': a header, though its cells are not read here
# a log's casualty and province columns: 'killed', 'dead', 'fatalities', 'KIA'; 'injured', 'wounded', 'WIA';
# 'governorate', 'province', 'adm_1'
_KILLED_COLUMN = re.compile(r"^(?:killed|dead|deaths|fatalities|kia|no\.?\s*killed|persons\s+killed)$", re.I)
_WOUNDED_COLUMN = re.compile(r"^(?:injured|wounded|injuries|wia|no\.?\s*(?:injured|wounded)|persons\s+injured)$", re.I)
_CASUALTIES_COLUMN = re.compile(r"^(?:casualties|cas|victims|human\s+losses)$", re.I)
_PROVINCE_COLUMN = re.compile(r"^(?:governorate|province|adm[\s_]?1|admin[\s_]?1)$", re.I)
_DISTRICT_COLUMN = re.compile(r"^(?:district|qadha|qada|adm[\s_]?2|admin[\s_]?2)$", re.I)
# A line of labelled fields ('evt_date: 06 February 2021 | admin1: Kirkuk | admin2: Hawija | sub_event: ...')
_INLINE_FIELD = re.compile(r"(?:^|\|)\s*([A-Za-z][\w ]{0,24}?)\s*:\s*([^|\n]*)")


_LOCATION_COLUMN = re.compile(r"^(?:location|place|town|village|locality|site|city|adm[\s_]?3|admin[\s_]?3)$", re.I)


def _cell_spans(body: str, row: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """Where the district and location cells of a row lie in its clause: 'district' and 'location' spans."""
    cells: list[tuple[str, int, int]] = []
    if (fields := list(_INLINE_FIELD.finditer(body))) and len(fields) >= 2:
        cells = [(m.group(1).strip().lower(), m.start(2), m.end(2)) for m in fields]
    else:
        line_end = body.find("\n")
        names = list(row)
        parts = list(re.finditer(r"[^|\n]+", body[: line_end if line_end >= 0 else len(body)]))
        if len(parts) == len(names):
            cells = [(name, m.start(), m.end()) for name, m in zip(names, parts, strict=True)]
    out: dict[str, list[tuple[int, int]]] = {}
    for name, a, b in cells:
        kind = "district" if _DISTRICT_COLUMN.match(name) else "location" if _LOCATION_COLUMN.match(name) else None
        if kind:
            out.setdefault(kind, []).append((a, b))
    return out


def _within(m: PlaceMention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start < b for a, b in spans)


def _inline_fields(body: str) -> dict[str, str] | None:
    """The fields of a line written 'label: value | label: value', by label; None when it has fewer than two."""
    fields = {label.strip().lower(): value for label, value in _INLINE_FIELD.findall(body)}
    return fields if len(fields) >= 2 else None


def _in_row(text: str, start: int) -> bool:
    """Whether position `start` lies on a table row's line (two or more cells)."""
    begin, end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    return text.count("|", begin, end if end >= 0 else len(text)) >= 2


def _row_of(text: str, start: int) -> dict[str, str] | None:
    """The cells, by column name, of the table row that holds position `start`, or None where it is no row under a
    header."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin : end if end >= 0 else len(text)]
    return _row_fields(text, begin, line) if line.count("|") >= 2 else None


def _column_count(row: dict[str, str], column: re.Pattern[str], zero_only: bool = False) -> Count | None:
    """The figure a casualty column's cell holds: a number, or 'none' / 'nil' / '-' for none ('1 injured (driver)'
    is read from the words by `figures`); with `zero_only`, only a none (a column of killed and wounded together)."""
    for name, cell in row.items():
        if column.match(name.strip()):
            value = cell.strip().lower()
            if value.isdigit() and not zero_only:
                return Count(low=int(value), high=int(value), text=cell.strip())
            if value in ("none", "nil", "no", "-", "–"):
                return Count(low=0, high=0, text=cell.strip())
    return None


# a table's column naming the attacker: 'Perpetrator', 'actor', 'attribution', 'Responsible', 'claimed by'
_ACTOR_COLUMN = re.compile(
    r"^(?:perp(?:etrator)?s?|(?:alleged\s+|suspected\s+)?actors?(?:[\s_]*1)?|attribution|attributed\s+to|"
    r"responsible|claimed[\s_]+by)$",
    re.I,
)


def _row_actor(article: Article, start: int) -> str | None:
    """The attacker a table row's actor column names ('| ISIL |', 'ISIS (attr.)', 'Turkey'; 'Unknown', 'Unknown
    gunmen' are an attacker unnamed; '-' and an empty cell say nothing)."""
    text = article.text
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin : end if end >= 0 else len(text)]
    if line.count("|") < 2 or (fields := _row_fields(text, begin, line)) is None:
        return None
    cell = next((value for name, value in fields.items() if _ACTOR_COLUMN.match(name)), "")
    if re.match(r"^(?:unknown|unidentified|unclaimed|none claimed|no claim)\b", cell, re.I):
        return "unknown"
    named = [name for name, _ in actor_mentions(cell)]
    return named[0] if named else None


_ANSWER_LINE = re.compile(r"^\s*(?:A|Answer|[A-Z][\w.' -]{0,40}?)\s*:\s", re.I)
_QUESTION_LINE = re.compile(r"^\s*(?:Q|Question|Interviewer)\s*:\s*(?P<q>.+)$", re.I)


def _asked_day(article: Article, start: int) -> EventDate | None:
    """The day an interview's question names ('Q: What happened on Tuesday night?') for the attack its answer tells
    ('A: A group of Daesh opened fire on fishermen ...'), when the answer names none."""
    text = article.text
    begin = text.rfind("\n", 0, start) + 1
    if not _ANSWER_LINE.match(text[begin : start + 1]) or _QUESTION_LINE.match(text[begin : start + 1]):
        return None
    previous = text[max(0, begin - 2000) : begin].rstrip().rsplit("\n", 1)[-1]  # the line above, past a blank one
    if not (q := _QUESTION_LINE.match(previous)):
        return None
    told = dates.resolve_date(q.group("q"), article.published)
    return told if told.precision == "day" and told.date is not None else None


def _day_of_all(article: Article) -> EventDate | None:
    """The day every undated event of the report happened on: an event-date field, or a dated statement heading."""
    fields = [
        (f, _field_day(f.group("date"), article.published, bool(f.group("time"))))
        for f in _EVENT_DATE_FIELD.finditer(article.text)
    ] + [
        (f, _field_day(f.group("date"), article.published, True))
        for f in _INLINE_DATE_FIELD.finditer(article.text)
        if _tells_harm(article.text[f.end() : (article.text.find("\n", f.end()) + 1 or len(article.text) + 1) - 1])
    ]
    fields = [
        (f, told) for f, told in fields if f.re is _INLINE_DATE_FIELD or not f.group("time") or told.precision == "day"
    ]  # 'Time: 22:30'
    if len(fields) == 1 and fields[0][1].precision == "day":
        return fields[0][1]
    if (row_day := _table_row_day(article.text)) is not None:
        return row_day
    lines: list[str] = []  # the heading: its first short lines ('BASRA OIL POLICE DIRECTORATE', 'Daily log, ...')
    for line in (x.strip() for x in article.text.split("\n")):
        if line and (len(line.split()) > _HEADING_WORDS or _log_entry(line) or len(lines) == 4):
            break
        lines += [line] if line else []
    head, last = " | ".join(lines), lines[-1] if lines else ""
    if _STATEMENT_HEADING.search(head) and (phrases := dates.find_date_phrases(last)):
        _, end, phrase = phrases[-1]
        told = dates.resolve_phrase(phrase, article.published)
        day = dates.calendar_date(phrase, day_first=True)  # a heading writes its numeric date day first
        if not last[end:].strip(" .|-\u2013\u2014") and told.precision == "day" and day is not None:
            return told.model_copy(update={"date": day})  # the heading ends with its date
    return None


# What a police log records besides attacks: these entries are no incident, whatever their figures
_NOT_AN_ATTACK = re.compile(
    r"\b(?:traffic|collision|road accident|car accident|accident|theft|stolen|burglary|robbery|arrest(?:ed)?|"
    # (never the name of a force: 'an officer of the anti-narcotics directorate')
    r"detained|apprehended|seiz(?:ed|ure)|(?<!anti-)(?<!counter-)(?:drugs?|narcotics)|smuggl\w*|fire broke out|"
    r"electrical fire|drown\w*|"
    r"electrocut\w*|(?<!\blater )found dead|natural causes|missing person|celebratory|complaint|"
    # war remnants: 'killed by an old landmine left from the war (not hostile activity)'
    r"old (?:land)?mines?|left (?:over )?from the war|unexploded|remnants? of war|not hostile|old ordnance|"
    # ruled out in the entry's words: 'not an attack', 'no hostile act', 'accidentally shot'
    r"not an attack|no hostile (?:act|activity|intent|element)|accidental(?:ly)?|"
    # a feud's gunfight in a police log: 'Clan clash over farmland', 'tribal dispute over water, two wounded'
    r"(?:clan|tribal|family)\s+(?:clash(?:es)?|dispute|feud|fight(?:ing)?|quarrel|gunfight)|quarrel\w*)\b",
    re.I,
)
# Harm with no attack in it, where a report names its cause: natural hazards, accidents and faults ...
_HAZARD = sieve(
    r"\b(?:flash\s+floods?|floods?|flooding|torrential\s+rain|earthquakes?|landslides?|(?:dust|sand)\s?storms?|"
    # (never 'a lightning attack', 'a lightning raid')
    r"lightning(?![\s-]+(?:attack|raid|assault|offensive|operation|advance|strike\s+(?:on|against)|swoop))|"
    r"heat\s?waves?|hard\s+landing|crash[- ]landed|(?:technical|mechanical|electrical)\s+(?:fault|failure|malfunction)|"
    r"short[- ]circuit|gas\s+(?:leak|cylinders?\s+(?:explo\w+|blew\s+up|burst))|collisions?\s+between|collided|"
    # a feud as the cause, not political violence: 'two killed in a tribal clash over land', 'a clan dispute over
    # water left three dead' (never 'ISIS gunmen killed a sheikh who had ended a tribal feud')
    r"(?:killed|died|dead|wounded|injured|hurt)(?:\s+[\w-]+){0,3}?\s+in\s+(?:an?\s+|the\s+)?(?:clan|tribal)\s+"
    r"(?:clash(?:es)?|dispute|feud|fight(?:ing)?|gunfight)|"
    r"(?:clan|tribal)\s+(?:clash(?:es)?|dispute|feud|fight(?:ing)?|quarrel|gunfight)\s+(?:over\s+[\w\s-]{1,30}?\s+)?"
    r"(?:left|killed|wounded|injured)\b|"
    # 'the explosion of a gas cylinder in a restaurant', 'a cooking-gas canister blast'
    r"(?:explosion|blast|burst|bursting)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:gas|propane|oxygen)\s+"
    r"(?:cylinders?|canisters?|tanks?|bottles?)|(?:gas|propane)\s+(?:cylinder|canister|tank|bottle)\s+"
    r"(?:explosions?|blasts?)|"
    # a mine left from past wars: 'an old landmine from the remnants of the war', 'war remnants'
    r"remnants?\s+of\s+(?:the\s+)?(?:past\s+|previous\s+|former\s+)?wars?|war\s+remnants|"
    r"(?:old|leftover)\s+(?:land\s?)?mines?|"
    # 'a landmine left from past wars', 'a mine left over from the 1980s war'
    r"(?:land\s?)?mines?\s+(?:left\s+(?:over\s+|behind\s+)?from|dating\s+(?:back\s+)?(?:to|from))\s+(?:the\s+)?"
    r"(?:past|previous|former|earlier|old|last|\d{4}s?|Iran-Iraq)\b|"
    # a death by mishap: 'a boy drowned while swimming; his body was recovered', 'a worker was electrocuted'
    r"drown(?:ed|ing|s)?|electrocut(?:ed|ion)|"
    r"(?:traffic|road|car|bus)\s+(?:accident|crash|collision)s?|accident\s*[.;])\b",
    re.I,
)
# A vehicle or a structure that gave way, a leak: 'a bus overturned', 'a footbridge partly collapsed', 'a chlorine
# leak': an accident only where no attack is told beside it ('an army vehicle overturned after hitting a roadside bomb')
_GAVE_WAY = sieve(
    r"\b(?:overturned|rolled\s+over|capsized|(?:partly\s+|partially\s+)?collapsed|caved\s+in|"
    r"(?:chlorine|ammonia|chemical|toxic)\s+(?:gas\s+)?leak)\b",
    re.I,
)
# ... or an attack ruled out in words ('ruled out hostile fire', 'not an attack', 'no sign of sabotage')
_RULED_OUT = re.compile(
    r"\b(?:ruled\s+out\s+(?:any\s+)?(?:hostile|an?\s+attack|attacks?|sabotage|foul\s+play|terror\w*)|"
    r"(?:was|is)\s+not\s+an?\s+(?:attack|act\s+of\s+terror\w*)|"
    # 'the crash was an accident, not an attack', 'coded as a controlled detonation, not as an attack' (never 'not an
    # attack on the army but on ...')
    r"(?:accident|detonation|demonstration|mishap|leak|fault)\s*,\s*(?:and\s+)?not\s+(?:as\s+)?an?\s+"
    r"(?:attack|act\s+of\s+terror\w*)(?!\s+(?:on|against)\b)|"
    r"no\s+(?:sign|evidence)\s+of\s+(?:sabotage|an?\s+attack|"
    r"foul\s+play)|"
    # a blast put down to a mishap: 'govt inquiry blamed summer heat and poor storage of munitions', 'attributed to an
    # electrical fault'
    r"(?:blamed|attributed|put\s+down)\s+(?:it\s+|the\s+(?:blast|explosion|fire)\s+)?(?:on\s+|to\s+)?(?:the\s+)?"
    r"(?:(?:summer|extreme|high|intense)\s+)?(?:heat|temperatures?|poor\s+storage|(?:an?\s+)?electrical\s+fault|"
    r"short[-\s]circuits?))\b",
    re.I,
)
# the state's own disposal of explosives: 'a controlled detonation', 'engineers detonated a cache of old mortar rounds'
_CONTROLLED = re.compile(
    r"\bcontrolled\s+(?:detonation|explosion|demolition)s?\b|\b(?:detonated|destroyed|disposed\s+of)\s+(?:an?\s+)?"
    r"(?:cache|stockpile|store|pile)\s+of\s+(?:old|seized|recovered|abandoned|unexploded)\b",
    re.I,
)
# A log's verdict that an entry is no hostile act: 'Accidental.', 'Old ordnance; not an attack', 'Not terrorism',
# 'no criminal or hostile element', 'Hoax; no threat'
_NO_HOSTILE = re.compile(
    r"\b(?:accidental(?:ly)?|not\s+(?:an?\s+)?(?:attack|terroris[mt]|hostile|security[- ]related)|"
    r"no\s+(?:\w+\s+or\s+)?hostile\b|non-hostile|hoax|(?:old|leftover|abandoned)\s+(?:ordnance|munitions?|shells?))",
    re.I,
)
_ATTACK_WORD = sieve(
    r"\b(?:attack\w*|IEDs?|explosives?|bomb\w*|blasts?|explosions?|rockets?|mortars?|grenades?|snipers?|gunm[ae]n|"
    r"gunfire|shooting|opened fire|fired|kidnap\w*|abduct\w*|assassinat\w*|drones?|ambush\w*|clash\w*|shot|"
    # a ticker's present tense: 'UNKNOWN GUNMEN SHOOT DEAD AN OFFICER', 'BOMB KILLS TWO'
    r"shoots?\s+dead|kills|"
    # ('killed' as an act: never 'neither had been killed', 'none killed')
    r"(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bnone )(?<!\bnobody )(?<!no one )killed|"
    r"shells?|shelling|artillery|bombardment|UAVs?|missiles?|Katyushas?|air ?strikes?|arson|blew up|blown up|"
    r"sabotage\w*|saboteurs?|torched|"
    r"set (?:on )?fire)\b",
    re.I,
)


def _aggregate(clause: _Clause) -> bool:
    """A tally or a campaign, not an attack ('More than 400 people have died ... since October', 'In its 35-year
    campaign ...'); never an attack told first with its own day and toll and the tally after it ('A car bomb killed
    five people in Sadr City on Sunday, the deadliest attack in Baghdad so far this year')."""
    m = AGGREGATE.search(clause.text)
    if m is None:
        return False
    before = clause.text[: m.start()]
    told = figures(before) != (None, None) or ATTACK_EVENT.search(before) is not None
    return not (told and clause.date.precision == "day")


# A court's verdict on an attack ('The Central Criminal Court sentenced to death a terrorist who took part in the
# bombing of a market in 2016', 'Two men were convicted of the 2019 Karbala shooting'): a trial, not a new attack
_VERDICT = re.compile(
    r"\b(?:court|courts|judge|judiciary|tribunal|judicial\s+council)\b[^.;]{0,80}?\b(?:sentenced|convicted|condemned|"
    r"acquitted|jailed|handed\s+down|upheld)\b|\b(?:was|were|been|being)\s+(?:[\w-]+\s+)?(?:sentenced|convicted|"
    r"jailed|acquitted|tried)\b|\b(?:death|prison|life)\s+sentences?\b",
    re.I,
)


def _verdict(clause: _Clause) -> bool:
    """A sentence that tells a court's verdict on an attack it names only by its year or not at all, with no attack
    told before it ('Gunmen killed a judge who had sentenced IS members' is the attack). A verdict that tells the
    attack's day ('... planting a bomb in Al-Daghara on 3 March 2020, killing the owner') records that attack."""
    m = _VERDICT.search(clause.body)
    return m is not None and clause.date.precision != "day" and not _ATTACK_WORD.search(clause.body[: m.start()])


def _only_date_heading(text: str) -> bool:
    """A short line that is a day heading of a log ('17/05/2023', 'Wednesday 17 May 2023:')."""
    return len(text.split()) <= 6 and bool(dates.find_date_phrases(text)) and not _ATTACK_WORD.search(text)


def _is_log(text: str) -> bool:
    """Two or more time-stamped entries, one at least a time no year could be ('0400 –', '21:40 -'): a log, not a
    chronology of '2014 – ...', '2017 – ...' lines."""
    stamps = [next(g for g in m.groups() if g) for m in _LOG_ENTRY.finditer(text)]
    if len(stamps) >= 2 and any(not re.fullmatch(r"(?:19|20)\d\d", stamp) for stamp in stamps):
        return True
    head = text.split("\n", 1)[0]
    return bool(_LOG_HEADING.search(head)) and len(_BULLET.findall(text)) >= 2


def _stamp_date(stamp: re.Match[str], log_day: EventDate, published: dt.date | None = None) -> EventDate:
    """The day of a log entry: the one its stamp writes beside the time ('21st @ 0215', '0130 3/8'), read in the
    month and year of the log's day; else the log's day. The phrase is the stamp's time or its day and time. A log
    of '2-3 APRIL 2023' dated 3 April tells of 3/4 in 2023: the stamp is read against the latest day the log can
    tell (its report's date), never its first heading day."""
    time = next((g for g in stamp.groups() if g), None)
    latest = max(filter(None, (log_day.date, published)), default=None)
    stated = dates.resolve_date(stamp.group(0).strip(" \t-\u2013\u2014:"), latest)
    if time is not None and stated.precision == "day":
        return stated
    return log_day.model_copy(update={"phrase": time})


def _log_entry(clause_text: str) -> re.Match[str] | None:
    """The start of a log entry: its time stamp, or its bullet."""
    return _LOG_ENTRY.match(clause_text) or _BULLET.match(clause_text)


def _entry_is_attack(clause: _Clause, line: str = "") -> bool:
    """A log entry that tells an attack ('An IED exploded near ...', 'Unknown gunmen opened fire on ...'), not a
    theft, a road accident or an arrest; the rest of its line may say so ('... in his field. Old ordnance; not an
    attack.', '... cleaning a rifle. Accident, no hostile act.', 'Hoax; no threat.')."""
    if not _ATTACK_WORD.search(clause.body):
        return False
    told = clause.body + line  # (the rest of the line only rules it out in words: 'Two suspects were later
    # arrested.' after a shooting leaves the shooting an attack)
    return not (_NOT_AN_ATTACK.search(clause.body) or _RULED_OUT.search(told) or _NO_HOSTILE.search(told))


_COUNTRY = "(?:" + "|".join(sorted((c.title() for c in COUNTRIES), key=len, reverse=True)) + ")"
# Foreign cities a report may be filed from or set in (the gazetteer holds Iraq only)
_FOREIGN_CITY = (
    r"(?:Kabul|Kandahar|Jalalabad|Peshawar|Quetta|Karachi|Damascus|Aleppo|Homs|Hama|Raqqa|Deir ez-Zor|Deir al-Zor|"
    r"Hasakah|Qamishli|Idlib|Palmyra|Al-Bukamal|Abu Kamal|Mayadin|Sukhnah|Tehran|Zahedan|Ankara|Istanbul|Diyarbakir|"
    r"Hakkari|Beirut|Amman|Riyadh|Sanaa|Maiduguri|Abuja|Lagos|Cairo|Mogadishu)"
)
# The attack's place is abroad: 'in eastern Syria', "in Iran's Sistan-Baluchestan province", 'in Kabul'
_FOREIGN_LOCATION = re.compile(
    rf"\b(?:in|near|inside|across|outside|between)\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    rf"south-?west)(?:ern)?\s+)?(?:{_COUNTRY}(?!\s+and\s+Iraq)\b|{_FOREIGN_CITY}\b)|\b{_COUNTRY}['’]s\s+[\w-]+\s+"
    r"(?:province|region|district|city)\b"
    # ... or a place written with its country last, as cards and captions write it ('Location: desert road east of
    # Al-Mayadin, Deir ez-Zor, Syria |')
    rf"|,\s*{_COUNTRY}(?=\s*(?:[|.;)\n]|$))"
)
_FOREIGN_DATELINE = re.compile(rf"^(?:[A-Z .'/-]+,\s*{_COUNTRY}\b|{_FOREIGN_CITY.upper()}\b)")
# an Iraqi place named only to locate a foreign one: 'just across the border from the Iraqi town of Al-Qaim'
_BORDER_LOCATOR = re.compile(r"\b(?:across|over)\s+the\s+border\s+from\b|\bfrom\s+the\s+Iraqi\s+(?:town|city)\b")


def _abroad(text: str, inc: Incident, filed_abroad: bool) -> bool:
    """An attack outside Iraq (Syria, Iran, Afghanistan...): the product records Iraq only. Told by a location
    abroad in the attack's own sentence (`text`; background told later does not count), or filed from abroad with
    no Iraqi place; an Iraqi town named only to locate the place across the border does not bring it home."""
    if _FOREIGN_LOCATION.search(text):
        if inc.province is None:
            return True
        locator = _BORDER_LOCATOR.search(text)
        at = text.find(inc.place_text) if inc.place_text else -1
        return locator is not None and at > locator.start()  # the Iraqi place only locates the foreign one
    return filed_abroad and inc.province is None


# the wounded as they stand now: 'four employees are still in hospital', 'two remain under treatment'
_STILL_TREATED = re.compile(
    r"\b(?:still|remain(?:s|ed)?)\s+(?:in\s+(?:the\s+)?hospital|under\s+(?:medical\s+)?treatment|being\s+treated|"
    r"receiving\s+(?:medical\s+)?treatment|in\s+intensive\s+care)\b",
    re.I,
)


def _left_after_deaths(draft: _Draft, clause: _Clause) -> bool:
    """Whether the wounded a clause says are still treated are the attack's wounded less those told dead since."""
    before, now = draft.figure("wounded"), clause.wounded
    died = sum(n for c in draft.clauses if (n := wounded_who_died(c.plain)) is not None)
    had = before.exact() if before is not None else None
    return had is not None and now is not None and died > 0 and had - died == now.exact()


def _none_hurt(clause: _Clause) -> bool:
    """Only zero figures: 'No casualties.', 'No civilians were hurt in the blast'."""
    counts = [c for c in (clause.killed, clause.wounded) if c is not None]
    return bool(counts) and all(c.high == 0 for c in counts)


def _none_hurt_only(clause: _Clause) -> bool:
    """'No casualties.', 'No injuries were reported.': only zero figures and no attack told."""
    return (
        _none_hurt(clause)
        and not ATTACK_EVENT.search(clause.body)
        and not WEAPONS.search(clause.text)
        and not _ATTACK_WORD.search(clause.body)  # 'Two Katyusha rockets fell, on Tuesday, ... without casualties'
    )


def _same_paragraph(text: str, a: _Clause, b: _Clause) -> bool:
    return "\n\n" not in text[a.end : b.start]


# the attack just told, dated from an older event: 'The attack came two weeks after ...', 'It happened days after ...'
_DATED_FROM = re.compile(
    r"^\s*(?:The|This|That|It|Its|Their|Both)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|happened|occurred|took\s+place|"
    r"followed|follows|was\s+carried\s+out|was\s+launched)\s*,?\s*(?:just\s+|only\s+|barely\s+|some\s+)?$",
    re.I,
)
# an event named as a noun, not told: 'the assassination of a leading activist', 'the bombing of a market in Hilla'
_NAMED_EVENT = re.compile(
    r"\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:assassination|killing|murder|bombing|attack|shooting|kidnapping|"
    r"abduction|explosion|blast|ambush|shelling)s?\s+(?:of|on|in|at|near|against)\b",
    re.I,
)
# the state's forces killing militants in an operation of their own: 'Counter-terrorism forces killed three IS members
# in an air-supported raid' (a security operation, no attack); or a note that says so
_STATE_OPERATION = re.compile(
    r"\b(?:counter-?terrorism|CTS|security|Iraqi|government|army|federal\s+police|police|joint|intelligence)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:forces|troops|units|service|personnel|operatives|agents)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killed|eliminated|neutrali[sz]ed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?-i:IS|ISIS|ISIL|Daesh)|terrorists?|militants?|insurgents?|jihadists?)\b[^.;]{0,80}?\b(?:raids?|operations?|"
    r"sweeps?|ambush|air\s?strikes?|clash(?:es)?)\b|"
    # the forces' pursuit after the attack: 'Our forces pursued the attackers and killed one of them', 'troops chased
    # the gunmen and shot dead two'
    r"\b(?:forces|troops|units|soldiers|police)\s+(?:pursued|chased|tracked(?:\s+down)?|hunted(?:\s+down)?|followed)\s+"
    r"(?:the\s+)?(?:attackers|assailants|militants|gunmen|terrorists|insurgents|cell)(?:\s+and|,)\s+(?:killed|killing|"
    r"shot\s+dead|shooting\s+dead|eliminated|eliminating|neutrali[sz](?:ed|ing))\b|"
    # the attacked side killing some of its attackers: 'the patrol killed two of the attackers', 'guards shot dead
    # one of the gunmen'
    r"\b(?:patrol|forces|troops|guards?|soldiers|police(?:men)?|fighters|unit|post)\s+(?:later\s+)?(?:killed|shot\s+dead)\s+"
    r"(?:\w+\s+)?of\s+the\s+(?:attackers|assailants|militants|gunmen|terrorists|insurgents)\b|"
    # a review's note on its own item: '(security operation, not counted as an attack)'
    r"\(\s*(?:a\s+)?security\s+operation\b|\bnot\s+counted\s+as\s+an?\s+attack\b",
    re.I,
)


# The state's own strikes told as an operation, by its forces or on militants' hideouts: 'Iraqi forces also carried out
# air strikes in the Hamrin mountains', '- 12 terrorists killed in air strikes on hideouts in the Hamrin area' (never
# a foreign power's strikes, which are attacks: see _FOREIGN_STRIKER)
_STATE_STRIKES = re.compile(
    r"\b(?:Iraqi|security|government|army|joint|counter-?terrorism|CTS|federal)\s+(?:[\w-]+\s+){0,2}?(?:forces|"
    r"troops|units|aircraft|jets|warplanes|air\s+force|F-16s?)\s+(?:also\s+|again\s+|later\s+)?(?:carried\s+out|"
    r"conducted|launched|executed|performed)\s+(?:[\w-]+\s+){0,2}?(?:air\s?strikes?|raids?|operations?|sweeps?|"
    r"bombardments?)\b|"
    rf"^\W*(?:\d+|{_N_WORDS})\s+(?:(?-i:IS|ISIS|ISIL|Daesh)\s+)?(?:terrorists|militants|insurgents|jihadists|"
    r"(?<=IS )\w+|(?<=ISIS )\w+|(?<=Daesh )\w+)\s+(?:were\s+)?(?:killed|eliminated|neutrali[sz]ed)\s+in\s+"
    r"(?:[\w-]+\s+){0,2}?(?:air\s?strikes?|raids?|operations?|strikes|bombardments?)\b",
    re.I,
)
_FOREIGN_STRIKER = re.compile(r"\b(?:Turk\w*|PKK|U\.?S\.?|American|coalition|Israeli?|Iranian)\b")


def _state_strikes(draft: _Draft) -> bool:
    """The draft tells only the state's strikes or raids on militants, no attack by anyone else."""
    first = draft.clauses[0]
    m = _STATE_STRIKES.search(first.text)
    if m is None or any(_FOREIGN_STRIKER.search(c.text) for c in draft.clauses):
        return False
    rest = first.text[: m.start()] + " " + first.text[m.end() :]
    return not WEAPONS.search(rest) and not any(
        ATTACK_EVENT.search(c.body) or WEAPONS.search(c.body) for c in draft.clauses[1:]
    )


def _missing_where_when(draft: _Draft) -> bool:
    """True while the draft still lacks a town or a date: only then may a plain next sentence supply them."""
    return draft.first_town is None or draft.first_date is None


# An entry of a live-updated page: 'UPDATE 2 (16:45) - The toll has risen to four', 'Update 1: Police said two were
# killed' (group n: its number; a page lists its latest update first or last)
_UPDATE_ENTRY = re.compile(r"^\s*(?:UPDATE|Update)\s*(?P<n>\d{1,2})?\s*(?:\([^()\n]{1,25}\))?\s*[-\u2013\u2014:|]\s")
# A toll the report itself calls wrong: 'initial reports of three soldiers killed were wrong', 'first reports that
# five died proved false'
_EARLY_REPORTS = re.compile(r"\bearly\s+(?:[\w-]+\s+)?(?:reports?|figures?|tolls?|accounts?|counts?)\b", re.I)
_WRONG_TOLL = re.compile(
    r"\b(?:(?:was|were|is|are|proved|proven|turned\s+out\s+to\s+be|have\s+been\s+shown\s+to\s+be)\s+"
    r"(?:wrong|incorrect|inaccurate|false|mistaken|erroneous|untrue|unfounded)|(?:denied|dismissed|refuted)\s+"
    r"(?:the\s+)?(?:initial\s+|earlier\s+|first\s+)?reports?)\b",
    re.I,
)


def _headline_told_below(drafts: list[_Draft]) -> list[_Draft]:
    """A report's headline ('Amedi mayor: two civilians killed in Turkish strike') that became an incident of its own
    (a superseded toll joined it, whose day the story's own day does not match) while the story below tells that
    attack: one incident, the story's, when the headline's place and figures are the story's."""
    if len(drafts) < 2:
        return drafts
    head, story = drafts[0], drafts[1]
    line = head.clauses[0]
    if (
        not _is_headline(line)
        or line.date.date is not None
        or not (line.killed or line.wounded)
        or any(c.killed or c.wounded for c in head.clauses[1:])  # only the headline gives its figures
        or any(c.offset_days is not None for c in (line, story.clauses[0]))
    ):
        return drafts
    if not all(_compatible(head.figure(k), story.figure(k)) for k in ("killed", "wounded")):
        return drafts
    a, b = head.first_town, story.first_town
    if b is None or (a is not None and a.place.name != b.place.name):
        return drafts
    rest = sorted(story.clauses[1:] + head.clauses, key=lambda c: c.position)  # the story's own sentence leads it
    return [_Draft(story.clauses[:1] + rest), *drafts[2:]]


_CONSEQUENCE = re.compile(
    r"\b(?:died|succumbed|passed\s+away)\s+(?:later\s+)?(?:of|from|to)\b|\bbod(?:y|ies)\s+(?:was|were)\s+(?:later\s+)?"
    r"found\b|\b(?:one|two|three|some|all|none)\s+of\s+(?:them|the\s+(?:wounded|injured|victims))\b",
    re.I,
)


def _dated_items(text: str, published: dt.date | None) -> list[tuple[int, int]]:
    """The (start, end) of each item of a sentence joined by semicolons when every item tells an attack with its own
    day ('bomb 8 July killed two soldiers near Al-Qaim; IS 24 July shot dead three shepherds near Rutba'), else []."""
    bounds = [0, *(m.end() for m in re.finditer(r";\s+", text)), len(text)]
    items = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    days: set[dt.date | None] = set()
    for n, (a, b) in enumerate(items):
        piece = text[a:b]
        if not (ATTACK_EVENT.search(piece) or WEAPONS.search(piece) or figures(piece)[0] is not None):
            return []
        told = dates.resolve_date(piece, published)
        if told.precision != "day":
            return []
        days.add(told.date)
        # (never what came of the attack told before: 'one of them died of his wounds on 5 May', 'his body was found
        # on 6 May', 'the toll rose to five on 4 May'; each later item names its own place)
        if n and (_CONSEQUENCE.search(piece) or REVISION.search(piece) or not gazetteer.find_places(piece)):
            return []
    return items if len(days) == len(items) else []


def _place_told_before(drafts: list[_Draft], clauses: list[_Clause], text: str) -> None:
    """A caption or a lead that names the place before the sentence with the attack ('A man stands near the wreckage
    of a car hit by a Turkish drone strike near Mangesh, Dohuk province.' / 'The strike late on Wednesday killed two
    people.'): when no sentence of the incident names a place, the sentence just before it in the same paragraph
    that does, and is no other incident's, joins it, so the place shown is quoted."""
    used = {id(c) for d in drafts for c in d.clauses}
    for draft in drafts:
        first = draft.clauses[0]
        if any(c.told_places() for c in draft.clauses) or first.position <= 0 or first.position > len(clauses):
            continue
        before = clauses[first.position - 1]
        if (
            id(before) in used
            # (one place below a province, never a locator 'between Samarra and the Diyala border')
            or len({m.text for m in before.told_places() if m.place.kind != "province"}) != 1
            or not (WEAPONS.search(before.body) or _ATTACK_WORD.search(before.body))  # (about the attack)
            or before.killed
            or before.wounded
            or before.offset_days is not None
            or not _same_paragraph(text, before, first)
        ):
            continue
        draft.clauses.append(before)  # (after its own first sentence, which still dates and heads it)
        if draft.first_town is None:
            draft.first_town = _town(before.told_places())
        used.add(id(before))


def _revisions_told_first(drafts: list[_Draft]) -> list[_Draft]:
    """A live blog or an e-mail chain tells the newest first: a revised toll ('the death toll from last night's
    bombing near Jalawla has risen to two') above the attack it revises ('a roadside bomb hit a PMF vehicle near
    Jalawla late on Wednesday, killing one'). The revision joins the next attack told below it at the same place and
    day, and its figures, the latest, are the toll."""
    out = list(drafts)
    i = 0
    while i < len(out) - 1:
        head = out[i].clauses[0]
        if not REVISION.search(head.body) or ATTACK_EVENT.search(head.body) or head.offset_days is not None:
            i += 1
            continue
        for j in range(i + 1, min(i + 4, len(out))):
            story = out[j]
            if not ATTACK_EVENT.search(story.clauses[0].body) or story.clauses[0].offset_days is not None:
                continue
            a, b = out[i].first_town, story.first_town
            if a is None or b is None or a.place.name != b.place.name or _SEPARATE_RE.search(story.clauses[0].body):
                continue  # (the same place named by both: never an unrelated attack told below a toll)
            da, db = out[i].first_date, story.first_date
            if da and db and da.date and db.date and abs((da.date - db.date).days) > 1:
                continue
            for clause in out[i].clauses:
                clause.revised = True
            out[j] = _Draft(story.clauses + out[i].clauses)
            del out[i]
            break
        else:
            i += 1
    return out


# A post written all in lower case ('sticky bomb on a car in mosul's nabi yunus area this afternoon. driver dead'): no
# sentence of it opens with a capital
_LOWER_CASE_POST = re.compile(r"^\s*[a-z](?![^\n]*?(?:^|[.!?]\s+)[A-Z])", re.M)
_PLACE_RUN = re.compile(
    r"\b(?:in|near|outside|at|of|from|around)\s+(?:the\s+)?((?:(?!(?:the|a|an|this|that|his|her|their|its|area|district|town|"
    r"city|village|today|tonight|morning|afternoon|evening|night|and|or|with|after|before|when|on|by|for|in|near|at|"
    r"of|from|outside|around)\b)"
    r"[a-z][\w'\u2019-]*\s?){1,3})"
)


def _capitalised_places(body: str) -> str:
    """A lower-case post with the words after 'in', 'near', ... capitalised as a name is ('in mosul's nabi yunus area'
    -> 'in Mosul's Nabi Yunus area'); of the same length, so places keep their offsets."""

    def cap(m: re.Match[str]) -> str:
        run = re.sub(r"(?<![\w'\u2019])[a-z]", lambda w: w.group(0).upper(), m.group(1))
        return m.group(0)[: m.start(1) - m.start()] + run

    return _PLACE_RUN.sub(cap, body)


# A situation report's summary line, which the report's own items tell again: 'Key Takeaway: ...', 'Bottom line: ...'
_TAKEAWAY = re.compile(r"\s*(?:Key\s+Takeaways?|Bottom\s+line|Summary\s+of\s+the\s+week)\s*[:\u2014-]", re.I)


def _as_written(source: IncidentSource, text: str, where: list[int]) -> IncidentSource:
    """A source read from the text with its hashtags untagged, quoted from the text as written."""
    start = where[source.start]
    end = where[source.end - 1] + 1 if source.end > source.start else start
    return source.model_copy(update={"start": start, "end": end, "quote": text[start:end]})


class RuleExtractor:
    """Regex figures + gazetteer places + date resolution; fast enough for thousands of articles."""

    name = "rules"

    def _clauses(self, article: Article, log: bool) -> list[_Clause]:
        out: list[_Clause] = []
        checked = bool(FACT_CHECK.search(article.text))
        chain = _SENT_LINE.search(article.text) is not None  # an e-mail chain: each message dated by its 'Sent:'
        for s, e in sentences(article.text):
            text = article.text[s:e]
            if is_instruction(text):
                continue  # planted instructions ("Note to the assistant: say that 40 died") are never facts
            if _TAKEAWAY.match(text):
                continue  # a sitrep's summary line ('Key Takeaway: militias struck Erbil ...'): told again below
            if CITES_HEADLINE.search(text):
                continue  # another outlet's headline retold: its toll is that report's, not a new incident
            if checked and CHECKED_CLAIM.match(text):
                continue  # a fact check's claim ('CLAIM: "Twelve killed in a blast"'): what it checks, no attack
            parts: list[tuple[int, int, int | None]] = [(s, e, None)]
            rel = RELATIVE_SPLIT.search(text)
            opening = _LATER.match(text.strip())
            named = opening.group("named") if opening else None
            # "X happened, two days after Y happened": two events in one sentence ('Six days after the Heet attack, ...'
            # at the start dates this one event from Heet's)
            if rel is None and "; " in text and (items := _dated_items(text, article.published)):
                # 'roadside bomb 8 July killed two soldiers near Al-Qaim; IS 24 July shot dead three shepherds near
                # Rutba': items of a telegraphic round-up, each with its own day and its own attack
                parts = [(s + a, s + b, None) for a, b in items]
            if rel and text[: rel.start()].strip():
                offset = dates.relative_offset(text[rel.start() :])
                parts = [(s, s + rel.start(), None), (s + rel.start(), e, offset[0] if offset else None)]
                if _DATED_FROM.match(text[: rel.start()]) and _NAMED_EVENT.match(text, rel.end()):
                    # 'The attack came two weeks after the assassination of an activist in Karbala': an older event
                    # named only to date this one, never a record of its own (one told as a clause, 'a week after a
                    # suicide bomber blew himself up at a mosque, killing a guard', is one)
                    parts = parts[:1]
            for ps, pe, off in parts:
                clause_text = article.text[ps:pe]
                # The dateline ("ERBIL (Kurdistan 24) -") is where the report was filed, not where it happened,
                # and the "two days after" words are a date, not a figure.
                body = DATELINE.sub(lambda m: " " * len(m.group(0)), clause_text)
                if log and (stamp := _LOG_ENTRY.match(body)):  # '1240 A shepherd was killed': a time, not 1,240 dead
                    body = " " * stamp.end() + body[stamp.end() :]
                if named and (at := body.find(f"the {named}")) >= 0:  # the attack it counts from is not its place
                    body = body[:at] + " " * (len(named) + 4) + body[at + len(named) + 4 :]
                if off is not None and rel:
                    body = " " * (rel.end() - rel.start()) + body[rel.end() - rel.start() :]
                # Headlines quote their verbs and figures: 'forces "kill" 43 militants'.
                plain = _unquoted(body)
                killed, wounded = figures(plain)
                places = [m for m in gazetteer.find_places(body)]
                row = _row_of(article.text, ps) or _inline_fields(body) if body.count("|") >= 2 else None
                if row is not None:
                    # a log's row under its header: the place its location cells name before the province column's
                    # name ('2024-10-19 | Sulaymaniyah | Ranya | ...'), and, for an attack its words give no figure
                    # of ('Polling agent shot at his home in Ranya | 1 | 0'), the figures its casualty columns hold
                    # (where the words give one, they are the figures: a 0 beside 'two soldiers were wounded' in
                    # the killed column may be a blank)
                    if killed is None and wounded is None and ATTACK_EVENT.search(plain):
                        none_at_all = _column_count(row, _CASUALTIES_COLUMN, zero_only=True)  # 'casualties: none'
                        killed = _column_count(row, _KILLED_COLUMN) or none_at_all
                        wounded = _column_count(row, _WOUNDED_COLUMN) or none_at_all
                if _LOWER_CASE_POST.match(body):  # 'sticky bomb on a car in mosul's nabi yunus area': lower-case names
                    places += [
                        m
                        for m in gazetteer.find_places(_capitalised_places(body))
                        if m.start not in {p.start for p in places}
                    ]
                    places.sort(key=lambda m: m.start)
                if (stamp := dates.CHAT_STAMP.match(body)) and (who := _CHAT_SENDER.match(body, stamp.end())):
                    # the sender's name ('OPS Kirkuk: ...', 'Security Focal Point - Khanaqin: ...') places the message
                    # only when the message itself names no place
                    places = [m for m in places if m.start >= who.end()] or places
                if row is not None:
                    province_cells = {c.strip().lower() for n, c in row.items() if _PROVINCE_COLUMN.match(n)}
                    places = [m for m in places if m.text.lower() not in province_cells] or places
                    # ... and the district column's cell, where a location column names a place ('Diyala | Khanaqin |
                    # Jalawla |' under 'admin1 | admin2 | location': Jalawla; 'Nineveh | Mosul | Mosul |': Mosul, the
                    # location cell's; with no location column the district stays, before a town the notes name only
                    # as where a road comes from)
                    spans = _cell_spans(body, row)
                    if any(_within(m, spans.get("location", [])) for m in places):
                        places = [m for m in places if not _within(m, spans.get("district", []))] or places
                told_at = [m for m in places if not _source_place(m, body)]
                # (an e-mail chain's quoted message dates its own 'tonight' by its 'Sent:' line, not by the newest)
                sent = _sent_day(article.text, ps) if chain else None
                # (a picture's caption ends on the day the picture was taken, 'near Mangesh, Dohuk province, Iraq,
                # June 15, 2023.': the day of the picture, not of the attack its words tell)
                dating = body
                if _PICTURE_DAY.search(body) and _PHOTO_CREDIT.search(_paragraph_of(article.text, ps)):
                    dating = _PICTURE_DAY.sub(lambda m: " " * len(m.group(0)), body)
                when = dates.resolve_date(dating, sent or article.published)  # the dateline's date is the report's
                if stamp := dates.CHAT_STAMP.match(body):
                    # a chat message's stamp ('[19/10/2020, 08:55] Ops: IDF impacted ... at 2230hrs yesterday') is
                    # when it was posted: the message's own words count from it, else it dates what it tells
                    # (a 12-hour clock is a US phone's export: month first, '[3/4/21, 8:55 PM]' is 4 March)
                    posted = dates.chat_day(stamp)
                    own = dates.resolve_date(body[stamp.end() :], posted) if posted else EventDate()
                    if own.date is not None and own.precision == "day":
                        when = own
                # (only a trailing attribution: 'militants said Sunday they carried out an attack' dates the attack as
                # the report does)
                at = body.find(when.phrase) if when.phrase else -1
                stated = False
                if (
                    at >= 0
                    and _STATED_DAY.search(when.phrase or "")
                    and _STATED_ON.search(body[:at][-40:])
                    and _STATED_END.match(body, at + len(when.phrase or ""))
                ):
                    # '..., a security official said on Saturday': when it was said, not done; so too 'a source said
                    # on Monday that a farmer was injured' when another sentence dates it ('yesterday afternoon')
                    stated = True
                elif (
                    at >= 0
                    and REVISION.search(body)
                    and (
                        _RISEN_ON.search(body[:at][-60:])
                        or _STATED_ON.search(body[:at][-40:])
                        or _DIED_OF_WOUNDS_ON.search(body[:at][-60:])
                    )
                    and _RISEN_END.match(body, at + len(when.phrase or ""))
                ):
                    # the day a toll rose ('rose to four on Thursday'), or was said to have risen ('... rose to four,
                    # a medical source said today'): an upper bound of the attack's day, which another sentence may tell
                    stated = True
                out.append(
                    _Clause(
                        ps,
                        pe,
                        clause_text,
                        killed,
                        wounded,
                        places,
                        when,
                        off,
                        body,
                        plain=plain,
                        named=named,
                        stated=stated,
                        where=told_at if len(told_at) < len(places) else None,
                        # (only a clause holding a cell bar looks for its line: a long paragraph has no row)
                        row=article.text.rfind("\n", 0, ps) + 1
                        if "|" in clause_text and _in_row(article.text, ps)
                        else None,
                    )
                )
        for position, clause in enumerate(out):
            clause.position = position
        return out

    def extract(self, article: Article) -> list[Incident]:
        """Incidents of one article; each keeps the sentences it was read from as evidence."""
        plain, where = untagged(article.text)  # a post's '#ISIS attack on #PMF post': read as the words
        if plain == article.text:
            return self._extract(article)
        return [  # ... and quoted as written
            inc.model_copy(update={"sources": [_as_written(s, article.text, where) for s in inc.sources]})
            for inc in self._extract(article.model_copy(update={"text": plain}))
        ]

    def _extract(self, article: Article) -> list[Incident]:
        # A time-stamped log ('0215 – An IED exploded ...', '0940 – Theft of a motorcycle ...'): each entry is one
        # event, its sentences belong to it alone, and only entries that tell an attack become records.
        log = _is_log(article.text)  # once per article: the clauses need it too
        clauses = self._clauses(article, log)
        if (keyed := _database_day(article.text)) is not None:
            for clause in clauses:  # '12/07/2019' in a row keyed 20191207...: the key says which order it is
                read = clause.date.date
                if read is not None and clause.date.precision == "day" and read != keyed:
                    if (read.year, read.month, read.day) == (keyed.year, keyed.day, keyed.month):
                        clause.date = clause.date.model_copy(update={"date": keyed})
        if (declared := dates.declared_order(article.text)) is not None:
            for clause in clauses:  # '09/04/2022' where the file says 'cells are dd/mm/yyyy': 9 April, not 4 September
                if clause.date.precision == "day" and clause.date.phrase:
                    if (stated := dates.in_declared_order(clause.date.phrase, declared)) is not None:
                        clause.date = clause.date.model_copy(update={"date": stated})
        last_day: _Clause | None = None
        for clause in clauses:  # 'On Tuesday, police found the body ... He had been kidnapped the previous evening.'
            if dates.PREVIOUS_PART.fullmatch(clause.date.phrase or "") and clause.date.date is not None:
                day_before = last_day.date.date if last_day is not None else None
                if last_day is not None and day_before is not None and _same_paragraph(article.text, last_day, clause):
                    clause.date = clause.date.model_copy(update={"date": day_before - dt.timedelta(days=1)})
            elif clause.date.precision == "day" and clause.date.date is not None:
                last_day = clause
        if dates.declares_ordinal(article.text):
            for clause in clauses:  # '2024-051,Kirkuk,...' where the file says 'event_ordinal = YYYY-DDD': 20 February
                if clause.date.precision != "day" and (found := dates.ordinal_date(clause.text)) is not None:
                    clause.date = EventDate(date=found[1], precision="day", phrase=found[0])
        drafts: list[_Draft] = []
        entry: _Draft | bool | None = False  # False: no entry begun yet; None: an entry that is no attack
        log_day = (
            EventDate(date=article.published, precision="day", phrase=None) if log and article.published else None
        )  # a log's entries happened on its day: the report's, or the day heading above them
        last_told: tuple[int, EventDate] | None = None  # a round-up's item dated from the one before it, with no record
        latest_update: int | None = None  # the highest number of a live-updated page's 'UPDATE 2 (16:45) -' entries
        for clause in clauses:
            if log and (stamp := _log_entry(clause.text)):
                entry = None
                if clause.date.date is None and log_day is not None:
                    clause.date = _stamp_date(stamp, log_day, article.published)
                line_end = article.text.find("\n", clause.end)
                if _entry_is_attack(clause, article.text[clause.end : line_end if line_end >= 0 else None]):
                    entry = _Draft([clause])
                    drafts.append(entry)
                continue
            if log and clause.date.precision == "day" and _only_date_heading(clause.text):
                # '17/05/2023' over the entries of that day, read day first as a heading is ('Log date: 05/10/2021')
                day_first = dates.calendar_date(clause.text, day_first=True)
                log_day = clause.date.model_copy(update={"date": day_first or clause.date.date})
            if log and entry is not False:
                if isinstance(entry, _Draft) and _same_paragraph(article.text, entry.clauses[-1], clause):
                    entry.add(clause)  # the rest of the entry's line: 'No casualties. EOD team dispatched.'
                continue  # a day heading, or the rest of an entry that is no attack
            if _none_hurt_only(clause):
                # 'No injuries reported.' right after the attack is its figure, and anywhere in a report of one attack
                # ('Fatalities: 0.' in a coder's note, a closing 'No one was wounded.'); elsewhere it tells of no attack
                # (a place it names again is the attack's own: 'the device, placed at the door of the shop in Hillah,
                # caused material damage only, without human losses')
                town = drafts[-1].first_town if drafts else None
                here = not clause.places or (
                    town is not None
                    and all(place_key(m.text) == place_key(town.text) for m in clause.places)
                    and not _DEFUSED.search(clause.body)  # ('a second device found in Kut was defused, ...')
                )
                alone = len(drafts) == 1 and here and not _ELSEWHERE.search(clause.body)
                if drafts and (alone or _same_paragraph(article.text, drafts[-1].clauses[-1], clause)):
                    drafts[-1].add(clause)
                continue
            if (
                (clause.killed or clause.wounded)
                and _WRONG_TOLL.search(clause.plain)
                and (earlier_toll_only(clause.plain) or _EARLY_REPORTS.search(clause.plain))
            ):
                # 'The ministry said initial reports of three soldiers killed in Thursday's attack were wrong': a
                # figure ruled false, never a toll (the attack it names is still the one told)
                clause.killed = clause.wounded = None
            if (update := _UPDATE_ENTRY.match(clause.text)) is not None and (clause.killed or clause.wounded):
                number = int(update.group("n")) if update.group("n") else None
                if drafts and not _another_attack(drafts[-1], clause) and not _SEPARATE_RE.search(clause.body):
                    # another entry of a live-updated page on the attack just told: an earlier number is a superseded
                    # toll ('UPDATE 1 (09:10) - Police said two were killed' under 'UPDATE 2 ... risen to four'),
                    # a later one its latest toll
                    if latest_update is not None and number is not None and number < latest_update:
                        clause.killed = clause.wounded = None
                    else:
                        clause.revised = True
                        clause.wounded = _wounded_left(drafts[-1], clause, article.text[clause.end : clause.end + 300])
                        clause.killed = _deaths_among_wounded(drafts[-1], clause)
                    drafts[-1].add(clause)
                    latest_update = max(filter(None, (latest_update, number)), default=None)
                    continue
                latest_update = max(filter(None, (latest_update, number)), default=None)
            if (
                drafts
                and (clause.killed or clause.wounded)
                # (only when the attack already has a toll: 'According to initial reports, four people were killed'
                # after an attack told without one is its toll)
                and (drafts[-1].figure("killed") is not None or drafts[-1].figure("wounded") is not None)
                and earlier_toll_only(clause.plain)
                and not _another_attack(drafts[-1], clause)
                and not _SEPARATE_RE.search(clause.body)
            ):
                # 'An earlier toll had given four dead', 'Police had initially said three were killed': a superseded
                # figure of the attack just told, never a new attack and never its figure
                clause.killed = clause.wounded = None
                drafts[-1].add(clause)
                continue
            if (
                drafts
                and clause.wounded is not None
                and clause.killed is None
                and _STILL_TREATED.search(clause.body)
                and wounded_who_died(clause.plain) is None  # ('one of the wounded died; three remain under treatment')
                and not (ATTACK_EVENT.search(clause.body) or WEAPONS.search(clause.text))
                and not _ATTACK_WORD.search(clause.body)
                and not _another_attack(drafts[-1], clause)
                and drafts[-1].figure("wounded") is not None
            ):
                # 'Today: four employees are still in hospital.' under a running file's entries, after one of five
                # wounded died: the wounded as they stand now, even on a line of its own day (never a record of its
                # own); those still treated after others went home are some of the wounded, not their number
                clause.revised = _left_after_deaths(drafts[-1], clause)
                if not clause.revised:
                    clause.wounded = None
                drafts[-1].add(clause)
                continue
            # A revised toll of the incident just told (not an attack told elsewhere, 'In Kirkuk, police later said
            # gunmen killed a shepherd', nor one announced as another, 'In a separate attack, the latest toll ...'),
            # searched once per clause
            revision = bool(drafts) and REVISION.search(clause.body) is not None
            revision = revision and not _another_attack(drafts[-1], clause) and not _SEPARATE_RE.search(clause.body)
            if drafts and (revision or _breakdown_only(clause)) and not _new_entry(drafts[-1], clause):
                # A revised toll or a breakdown of the victims belongs to the incident just told; a breakdown's
                # figures are parts of its total, not a total.
                clause.revised = revision
                if not clause.revised:
                    clause.killed, clause.wounded = _beside_breakdown(drafts[-1], clause)
                else:
                    clause.wounded = _wounded_left(drafts[-1], clause, article.text[clause.end : clause.end + 300])
                    clause.killed = _deaths_among_wounded(drafts[-1], clause)
                drafts[-1].add(clause)
                continue
            anchor = (
                clause.killed
                or clause.wounded
                or WEAPONS.search(clause.text)
                or _attack_event(clause)
                or KILLED_OR_WOUNDED.search(clause.plain)  # '26 killed, injured': casualties, no split
            ) and not _aggregate(clause)
            anchor = anchor and not _verdict(clause)
            # an item of a round-up told without a record of its own ('Five nights later, a second convoy was hit near
            # Al-Samawah'): the next item's count runs from it
            item = not anchor and bool(clause.places) and _LATER.match(clause.body.strip()) is not None
            if (
                anchor
                and clause.date.date is None
                and all(d.first_date is None for d in drafts)  # (nothing dated told before: a headline at most)
                and article.published is not None
                and not clause.named
                and (later := _earlier_inside(clause.body))
                and _days_later(later) < 0
                and not _RETOLD.search(clause.body)
            ):
                # the report's first attack dated back from the report itself: 'Please be advised that on the
                # previous day a mortar round landed ...' in a memo dated 2 November (never 'two days later', which
                # would fall after the report, nor 'two days after the Heet attack', told from another)
                clause.date = EventDate(
                    date=article.published + dt.timedelta(days=_days_later(later)),
                    precision="day",
                    phrase=later.group(0).strip(" ,"),
                )
            if (
                (anchor or item)
                and clause.date.date is None
                and drafts
                and (later := _later_phrase(clause.body))
                and not _RETOLD.search(clause.body)
            ):
                # 'The following day, IS militants kidnapped a shepherd': dated from the item told just before, or
                # from the attack it names ('Six days after the Heet attack')
                told = last_told if last_told is not None and last_told[0] > drafts[-1].clauses[0].position else None
                base: _Draft | None = drafts[-1]
                if clause.named:  # the attack at the place it names, else none: never the latest that mentions it
                    key = place_key(clause.named)
                    named_at = [d for d in reversed(drafts) if d.first_town and key in place_key(d.first_town.text)]
                    base, told = (named_at[0] if named_at else None), None
                day = told[1] if told is not None else base.first_date if base is not None else None
                if day is not None and day.precision == "day":
                    clause.offset_days = _days_later(later)  # another day, so another attack: never merged into it
                    clause.date = dates.shift(day, clause.offset_days)
                    clause.date = clause.date.model_copy(update={"phrase": later.group(0).strip(" ,")})
                    if item:
                        last_told = (clause.position, clause.date)
            if anchor:
                # An attack is retold near where it was first told: look back over the last few incidents only.
                home = next((d for d in reversed(drafts[-LOOKBACK:]) if _fits(d, clause)), None)
                if home is None:
                    drafts.append(_Draft([clause]))
                else:
                    home.add(clause)
            elif (
                drafts
                and not clause.killed
                and _fits(drafts[-1], clause)
                and (clause.places or VILLAGE.search(clause.text))
                and attack_type(clause.text) != "other"
            ):
                drafts[-1].add(clause)  # "the explosion hit a car ... near the village of X"
            elif (
                drafts
                and _same_paragraph(article.text, drafts[-1].clauses[-1], clause)
                and (clause.places or clause.date.date)
                and _fits(drafts[-1], clause)
                and _missing_where_when(drafts[-1])
            ):
                drafts[-1].add(clause)  # "The attack took place in X on <date>." right after the report
        drafts = _revisions_told_first(_headline_told_below(drafts))
        _place_told_before(drafts, clauses, article.text)
        main = next((d for d in drafts if d.clauses[0].offset_days is None), None)
        paragraphs = _Paragraphs(article.text)
        said_of_all = self._article_claim(clauses)  # once per article: per incident it made extraction quadratic
        filed_abroad = bool(_FOREIGN_DATELINE.match(article.text))
        incidents = [
            inc
            for d in drafts
            if (inc := self._incident(article, d, clauses, main, paragraphs, said_of_all, log, len(drafts) == 1))
            is not None
            and not _abroad(d.clauses[0].text, inc, filed_abroad)
        ]
        if (fixed := _day_of_all(article)) is not None:
            incidents = [
                inc.model_copy(update={"event_date": fixed.date, "date_precision": "day", "date_phrase": fixed.phrase})
                if inc.event_date is None
                else inc
                for inc in incidents
            ]
        return date_by_report(incidents, article.published)

    def _incident(
        self,
        article: Article,
        draft: _Draft,
        clauses: list[_Clause],
        main: _Draft | None,
        paragraphs: _Paragraphs,
        said_of_all: str | None,
        log: bool = False,
        alone: bool = False,
    ) -> Incident | None:
        text = " ".join(c.text for c in draft.clauses)
        first = draft.clauses[0]
        window = self._window(clauses, draft)
        if (
            (
                _HAZARD.search(text)
                or (_GAVE_WAY.search(text) and not _ATTACK_WORD.search(text))
                or _RULED_OUT.search(window)
                or (_HAZARD.search(window) and not _ATTACK_WORD.search(text))
            )
            and not ATTACK_EVENT.search(text)
            and not WEAPONS.search(text)
        ):
            # a flood, a crash landing, a fault: casualties, but no attack (a hazard told only after a bombing,
            # 'Separately, flash floods hit Duhok', is another story)
            return None
        if _RULED_OUT.search(window) and (_HAZARD.search(text) or _CONTROLLED.search(text)):
            # 'A gas cylinder exploded in a restaurant kitchen ... not an attack', 'army engineers detonated a cache
            # of old mortar rounds ... a controlled detonation, not an attack': the blast itself is said to be none
            return None
        if (
            _STATE_OPERATION.search(first.text)
            and not any(ATTACK_EVENT.search(c.body) for c in draft.clauses)
            and not WEAPONS.search(text)  # 'A roadside bomb killed two soldiers taking part in a security operation'
        ):
            return None  # the state's own raid on militants, told with no attack by anyone else
        if _state_strikes(draft) and not ATTACK_EVENT.search(first.body):
            return None  # 'Iraqi forces also carried out air strikes in the Hamrin mountains': an operation
        # Date: the most precise one given; a "two days after" clause counts back from the main event.
        # A headline's date ('... near Kirkuk date 2022-10-18') is the report's: the body's 'Monday night' wins.
        # A fact check's claim ('CLAIM: "..." (Facebook posts, 1 July).') dates the post, not the attack it found.
        told = sorted(draft.clauses, key=lambda c: (c.stated, _is_headline(c), bool(_CHECKED_CLAIM.match(c.text))))
        when = next((c.date for c in told if c.date.precision == "day"), None) or next(
            (c.date for c in told if c.date.date is not None), EventDate()
        )
        if first.offset_days is not None and main is not None and when.date is None:
            main_date = next((c.date for c in main.clauses if c.date.date is not None), None)
            if main_date is not None:
                when = dates.shift(main_date, first.offset_days)
        # (an entry's dotted day may end a sentence of its own: '09.09. SAMARRA ...' is read from its line's start)
        line_head = article.text[article.text.rfind("\n", 0, first.start) + 1 : first.start]
        entry_text = line_head + first.text if line_head.strip() and len(line_head) <= 12 else first.text
        if when.precision != "day" and (entry_day := _day_month_entry(article, entry_text)) is not None:
            when = entry_day  # a brief's entry 'NINEWA | 29/11 - An IED ...' under its '(DD/MM/YYYY)' header
        if when.precision != "day" and (cell_day := _cell_day_month(article, first.start)) is not None:
            when = cell_day  # a status table's cell 'Fri 12/03: gunmen fired at a tanker', '| 22/07 |' (no year)
        # (a calendar's entry that gives only its day, '- **2nd** - Baiji: ...', is of its heading's month even where
        # the bare day reads as a day of the report's month)
        # (only where that bare day is what dated it: '1 - A roadside bomb ... on 14 January' is a list's number)
        only = _DAY_ONLY_ENTRY.match(line_head + first.text)
        day_only = only is not None and (not when.phrase or when.phrase.strip("*") == only.group("d"))
        day_only = day_only or (
            only is not None and bool(re.fullmatch(r"\**\d{1,2}(?:st|nd|rd|th)\**", only.group("p")))
        )
        if (when.precision != "day" or day_only) and (row_day := _row_day(article, first.start)) is not None:
            when = row_day  # a table's row: its date cell ('| 3 September | Tal Afar | 1 | ...')
        if when.precision != "day" and (
            asked := next((d for c in draft.clauses if (d := _asked_day(article, c.start)) is not None), None)
        ):
            when = asked  # an interview's answer to 'Q: What happened on Tuesday?
        if when.precision != "day" and (
            headed := next((d for c in draft.clauses if (d := _feed_day(article, c.start)) is not None), None)
        ):
            when = headed  # a feed entry's heading, '26 Jul 2022 13:05 · Duhok' or '3h ago · Mosul', dates it
        stamp = _LOG_TIME.match(first.text) or (_LOG_ENTRY.match(first.text) if log else None)
        if when.date is None and stamp:
            # an incident log's entry ('21:40 - Armed attack on a checkpoint ...') happened on the day of the log's
            # last date heading above it, else on the log's own date
            day = paragraphs.day_above(first.start) or article.published
            phrase = next((g for g in stamp.groups() if g), None)
            when = EventDate(date=day, precision="day", phrase=phrase) if day else EventDate()
        kind = attack_type(_NONE_HAPPENED.sub(" ", text))
        place = self._place(article, draft, paragraphs)
        # an event-data note's 'Actor 1:'/'Actor 2:' fields, anywhere in a note that tells one incident
        fields = article.text if alone else window
        this_attack = " ".join(s for s in re.split(r"(?<=[.!?])\s+", window) if not _BACKGROUND.search(s))
        perpetrator = perpetrator_of(text) or perpetrator_of(this_attack) or actor_field(fields, 1)
        perpetrator = perpetrator or _row_actor(article, first.start)  # a table's 'Perpetrator' column
        if perpetrator is None and alone and FACTION_CLAIM.search(article.text):
            perpetrator = "PMU"  # a report of one attack that a faction claimed, in any of its paragraphs
        if kind == "airstrike_operation" and perpetrator is None and not re.search(r"\bdrones?\b", text, re.I):
            # Operations and airstrikes in these reports are the state's, unless another actor is named.
            perpetrator = "Turkey" if re.search(r"\bTurk(?:ish|ey)\b", text) else "Iraqi forces"
        claimed = self._claim(window) or said_of_all
        if (
            perpetrator is None
            and not NAMES_ISIS.search(text)
            and (UNIDENTIFIED.search(text) or UNCLAIMED.search(window) or said_of_all == "unclaimed")
        ):
            perpetrator = "unknown"  # 'gunmen opened fire', 'no group claimed the attack': an attacker, unnamed
        ident = hashlib.sha256(f"{article.doc_id}:{first.start}".encode()).hexdigest()[:12]
        hit = _target(draft, perpetrator) or actor_field(fields, 2)
        if hit is None and (said := _DESCRIBED_AS.search(window)):
            # who the dead were said to be, in the sentences right after ('The district mayor described the dead as
            # members of the PKK')
            hit = next((h for h in (target(g) for g in said.groups() if g) if h and h != perpetrator), None)
        if hit is None and _BRIGADE.search(text) and _PMF_ISSUER.search(article.text[:300]):
            hit = "PMU"  # 'attacked a checkpoint of the 23rd Brigade' in the Popular Mobilization's own statement
        if hit in (None, "civilians") and _CONVOY.search(text) and _COALITION_CONVOYS.search(article.text):
            hit = "US forces"  # 'a roadside bomb hit a convoy' in a report on the coalition's supply convoys
        # ('No civilians were harmed' after an attack on a patrol leaves the patrol's toll untold)
        killed, wounded = (draft.figure(k, spared=hit not in _ARMED) for k in ("killed", "wounded"))

        # The attack as the body tells it is the evidence (a headline, 'Drone targets Habbaniya air base', only
        # names it); every sentence that gave a figure is evidence too: no figure is shown without its quote.
        lead = next(
            (
                c
                for c in draft.clauses
                if not _is_headline(c) and (ATTACK_EVENT.search(c.body) or WEAPONS.search(c.body))
            ),
            first,
        )
        quoted = [lead] + [c for c in draft.clauses if c is not lead and (c.killed or c.wounded)]
        # ... and so is the sentence that gave its day ('an explosive device went off on Monday night under an army
        # vehicle ... between Jalawla and Qara Tapa', below a summary with the toll): no date is shown unquoted
        dated = next(
            (c for c in draft.clauses if when.phrase and c.date.date == when.date and when.phrase in c.text), None
        )
        if dated is not None and dated not in quoted and not _is_headline(dated):
            quoted = [lead, *sorted([*quoted[1:], dated], key=lambda c: c.start)]
        # ... and the sentence that named its place, when no quoted one does ('A man stands near the wreckage of a
        # car hit by a drone strike near Mangesh' above 'The strike late on Wednesday killed two people')
        if place[0] and not any(m.text == place[0] for c in quoted for m in c.told_places()):
            placed = next((c for c in draft.clauses if any(m.text == place[0] for m in c.told_places())), None)
            if placed is not None and placed not in quoted and not _is_headline(placed):
                quoted = [lead, *sorted([*quoted[1:], placed], key=lambda c: c.start)]
        sources = [
            IncidentSource(
                doc_id=article.doc_id,
                quote=article.text[c.start : c.end],
                start=c.start,
                end=c.end,
                killed=c.killed,
                wounded=c.wounded,
            )
            for c in quoted
        ]
        return Incident(
            id=ident,
            event_date=when.date,
            date_precision=when.precision,
            date_phrase=when.phrase,
            place_text=place[0],
            place=place[1],
            district=place[2],
            province=place[3],
            lat=place[4],
            lon=place[5],
            perpetrator=perpetrator,
            claimed=claimed,
            target=hit,
            attack_type=kind,
            killed=killed,
            wounded=wounded,
            sources=sources,
        )

    def _place(self, article: Article, draft: _Draft, paragraphs: _Paragraphs) -> tuple:
        """(as written, normalised, district, province, lat, lon): explicit village, else town, else province."""
        text = " ".join(c.text for c in draft.clauses)
        village = next(
            (
                (name, at)
                for name, at in sub_places(text)
                if not re.search(
                    r"(?:north|south|east|west|from|of)\s+the\s+(?:\w+\s+of\s+)?$", text[max(0, at - 24) : at]
                )
                and gazetteer.canonical_province(name) is None
                and not _FEATURE.match(text, at + len(name))  # 'the Hamrin basin' is no village
                and not _LAUNCHED_FROM.search(text[max(0, at - 70) : at])  # where the rockets came from
            ),
            None,
        )
        mentions = [m for c in draft.clauses for m in c.places]
        # 'Two labourers from Koye were wounded ... in Fallujah': where people come from is not where it happened
        located = [
            m
            for c in draft.clauses
            for m in c.told_places()  # never where the source is ('A security source in Kirkuk said')
            if not _ORIGIN.search(c.text[max(0, m.start - 40) : m.start])
            and not _attribute(m, c.text)
            and not _LAUNCHED_FROM.search(c.text[max(0, m.start - 70) : m.start])
        ]
        if len(located) < len(mentions) and (_town(located) or located):
            mentions = located
        first = draft.clauses[0]
        if not first.places and any(
            _written_place(m, first.text) for m in _NAMED_AFTER_PLACE_WORD.finditer(first.text)
        ):
            # the attack's own sentence names its place ('fell on a house in Qara Tapa'), one the gazetteer cannot
            # place: a town a later sentence names as an actor ('asked Baghdad and Erbil to act') is not where it
            # happened; one it names as a place ('towards the Green Zone') still locates it
            mentions = [
                m
                for c in draft.clauses[1:]
                for m in c.places
                if m in mentions and _PLACE_WORD_BEFORE.search(c.text[max(0, m.start - 24) : m.start])
            ]
        # the ends of a road ('on the Hilla-Karbala road near Karbala') do not place an attack another place locates
        off_road = [m for c in draft.clauses for m in c.places if m in mentions and not _road_end(m, c.text)]
        if len(off_road) < len(mentions) and _town(off_road):
            mentions = off_road
        # a city named only to locate a town the gazetteer knows ('IS attack north of Baghdad ... in the Tarmiyah
        # area, north of Baghdad') is not where it happened: the town keeps itself (a village or area it does not
        # know, 'Al-Siniya, west of Baiji', is told as the locating city's)
        located_by = [
            m
            for c in draft.clauses
            for m in c.places
            if m in mentions
            and m.place.kind != "province"
            and _LOCATOR_BEFORE.search(c.text[max(0, m.start - 40) : m.start])
        ]
        if any(_locates_town(c, m) for c in draft.clauses for m in c.places if m in located_by):
            mentions = [m for m in mentions if m not in located_by]
        elif located_by and any(
            _near_locator(m, located_by) and not _hospital_place(m, c.text)
            for c in draft.clauses
            for m in c.places
            if m in mentions and m not in located_by
        ):
            # 'ambushed an army patrol north of Baghdad' then 'in farmland near Tarmiyah': the town a later sentence
            # names, within reach of the city that located it, is where it happened
            mentions = [m for m in mentions if m not in located_by]
        settled = [m for c in draft.clauses for m in _settlements(c.places, c.text) if m in mentions]
        features = [m for m in mentions if m not in settled]
        # the story's own sentences place it before its headline does ('ISIS attack on farm near Balad' above 'attacked
        # a farm in Yathrib, near Balad'): a headline names the better-known town
        headline = {id(m) for c in draft.clauses if _is_headline(c) for m in c.places}
        mentions = sorted(settled, key=lambda m: id(m) in headline)
        town = _in_district(_located(_town(mentions), text), text)
        province = next((m for m in mentions if m.place.kind == "province"), None)
        if town is None and province is None:  # fall back to the paragraph the incident sits in
            para = paragraphs.places(draft.clauses[0].start, draft.clauses[-1].end)
            told = [
                (w, n) for w in _NAMED_AFTER_PLACE_WORD.finditer(first.text) if (n := _written_place(w, first.text))
            ]
            written_at = told[0][0].start() if told else None
            if written_at is not None:
                # the attack's sentence names its place ('in Qara Tapa'), one the gazetteer cannot place: a town
                # named after it ('asked Baghdad and Erbil to act') is not where it happened; a dateline is
                para = [m for m in para if m.end <= first.start + written_at]
            town, province = _town(para), next((m for m in para if m.place.kind == "province"), None)
            found = gazetteer.lookup(told[0][1], wide=True) if village is None and told else None
            if (
                found is None
                and village is None
                and told
                and (home := paragraphs.home_province(draft.clauses[0].start))
            ):
                # 'near Qara Tapa', a name villages of several provinces bear, in an article that names one province
                # elsewhere ('The Diyala operations command sent reinforcements'): that province's village
                found = gazetteer.lookup(told[0][1], home, wide=True)
            if found is not None and found.kind != "province" and found.lat is not None:
                # 'TUZ KHURMATU – A sniper shot an officer at a post near Amerli': the attack's own words beat the
                # dateline when they name a place near it (a same-named place far off is another one)
                t = town.place if town is not None else None
                # a town an earlier sentence names ('On 8 July a drone struck near Mergasor. On 10 July a drone hit
                # a camp near Arbat') is another attack's place, not a dateline: a place only one spot in Iraq
                # bears as written beats it even when far
                earlier = town is not None and "." in article.text[town.end : first.start].strip()
                if (
                    t is None
                    or t.lat is None
                    or gazetteer.distance_km(t.lat, t.lon, found.lat, found.lon) <= 50
                    or (earlier and gazetteer.lookup_written(told[0][1]) is not None)
                ):
                    return told[0][1], found.name, found.district, found.province, found.lat, found.lon
        best = town or province
        # The province named beside the place decides ('Albu Bali village in Khalis district, Diyala'; 'Makhmour
        # (Ninewa)'): a same-named place in another province is never taken.
        said = _said_province(draft, town or (mentions[0] if mentions else None))
        # A named village the gazetteer lacks ("village of Shalal al-Matar") is the most precise place given;
        # coordinates then come from the town or province named with it.
        # Villages share names across Iraq: one is looked up only in the province the text names or beside the town.
        named = gazetteer.lookup(village[0], said, wide=True) if village and (said or town) else None
        home = paragraphs.home_province(draft.clauses[0].start) if village and said is None else None
        if (
            village is not None
            and named is not None
            and home
            and named.province != home
            and town is not None
            and town.place.name == named.name  # (the town found is that namesake itself, not a town beside it)
            and town.place.province != home
        ):
            # 'Kanaan subdistrict' in a Diyala round-up: the namesake the gazetteer found first (Kirkuk's Kanan) is
            # another place; the article's province has its own
            there = gazetteer.lookup(village[0], home, wide=True)
            if there is not None and gazetteer.distance_km(there.lat, there.lon, named.lat, named.lon) > _SUB_PLACE_KM:
                named, town = there, None  # (a second entry for the same spot, coded in another province, is not it)
        if village and best is None and len(re.sub(r"^(?:al|el)[- ]", "", village[0], flags=re.I).split()) > 1:
            # a village named alone, by a name of two words or more ('Sulaiman Bek') that one place in Iraq bears
            # as written (one-word names are often common words or shared: 'Shwan', 'Majnoon')
            named = gazetteer.lookup_written(village[0], paragraphs.article_province())
        if named is not None and town is not None and said is None:
            t = town.place
            # (a subdistrict, named as one, is wider than a village: 'Al-Riyadh subdistrict, south-west of Kirkuk'
            # lies 48 km from the city it is located by, in its province)
            near_km = _SUB_PLACE_KM
            if village is not None and _SUBDISTRICT_AFTER.match(text, village[1] + len(village[0])):
                near_km = _SUBDISTRICT_KM if named.province == t.province else _SUB_PLACE_KM
            named = named if gazetteer.distance_km(t.lat, t.lon, named.lat, named.lon) <= near_km else None
        if village is not None and named is not None:  # "near the town of Khalidiya": named town beats a bigger city
            return village[0], named.name, named.district, named.province, named.lat, named.lon
        written = village[0] if village is not None else (best.text if best else None)
        # a village only GeoNames knows: 'in Dhuluiya', 'south of Al-Karma'; also where only a province is named
        # ('a Diyala police officer's car exploded in Bani Saad'): the village in that province is more precise
        only_province = best.place.province if best is not None and best.place.kind == "province" else None
        if (best is None or only_province) and village is None:
            for m in _NAMED_AFTER_PLACE_WORD.finditer(text):
                if not (name := _written_place(m, text)):
                    continue  # 'in Ramadan', 'a source in Kurdistan', 'in IED attacks', 'in the Hamrin hills'
                found = gazetteer.lookup(name, said or only_province, wide=True) or gazetteer.lookup_written(
                    name, said or only_province
                )
                if found is not None and found.kind != "province":
                    return name, found.name, found.district, found.province, found.lat, found.lon
        if best is None and features and features[0] in draft.clauses[0].places:
            best = features[0]  # the attack's own sentence names only a range or basin: its namesake town
            written = written or best.text
        if best is None:
            # nothing known near it: the province of the heading it is listed under ('BAGHDAD' above '- On Tuesday
            # night a sound bomb went off at a bank on Arasat street'), else the one the whole article is about
            under, above = paragraphs.heading_above(draft.clauses[0].start)
            if under:  # (under 'ELSEWHERE' no province is guessed)
                return written, None, None, said or above, None, None
            return written, None, None, said or paragraphs.article_province(), None, None
        p = best.place
        if said is None and p.kind == "village" and (home := paragraphs.home_province(draft.clauses[0].start)):
            if p.province != home and (there := gazetteer.lookup(best.text, home, wide=True)) is not None:
                p = there  # 'Kanaan' in an article about Diyala is Diyala's Kanaan, not Kirkuk's Kanan
        if said is not None and p.kind != "province" and p.province != said:
            there = gazetteer.lookup(best.text, said, wide=True)
            if there is not None:
                p = there
            elif gazetteer.borders(p, said):  # a town on the line ('Makhmour (Ninewa)'): the text's province
                return written, p.name, p.district, said, p.lat, p.lon
            else:  # known only elsewhere: the province the text gives, without another place's coordinates
                return written, None, None, said, None, None
        if village is not None and said is not None and p.province != said:
            return written, None, None, said, None, None
        if p.kind == "province":  # known only to the province: no point coordinates, so radius queries skip it
            return written, p.name, None, p.province, None, None
        return written, p.name, p.district, p.province or (province.place.province if province else None), p.lat, p.lon

    def _article_claim(self, clauses: list[_Clause]) -> str | None:
        """A claim sentence about all the article's attacks ("has not claimed responsibility for the attacks")."""
        for c in clauses:
            # 'None was claimed.' after a sentence on the week's attacks: it speaks of them all
            if re.search(r"\bthe (?:two )?attacks\b", c.text) or re.match(r"\s*None\b", c.text):
                if UNCLAIMED.search(c.text):
                    return "unclaimed"
                if CLAIMED.search(c.text):
                    return "claimed"
        return None

    def _window(self, clauses: list[_Clause], draft: _Draft) -> str:
        """The incident's sentences and the few after it, up to the next incident (claims and blame sit there)."""
        idx = draft.clauses[-1].position
        after = []
        for c in clauses[idx + 1 : idx + 4]:
            if c.killed or c.wounded or WEAPONS.search(c.text):
                break
            after.append(c.text)
        return " ".join(c.text for c in draft.clauses) + " " + " ".join(after)

    def _claim(self, window: str) -> str | None:
        """Claim status stated in the incident's window."""
        if UNCLAIMED.search(window):
            return "unclaimed"
        if CLAIMED.search(window):
            return "claimed"
        return None
