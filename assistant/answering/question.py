"""Read incident filters (place, dates, attack type, actors) and the kind of answer wanted from a question; no LLM."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from lemminflect import getAllLemmas  # English lemmas from lemminflect's bundled tables, no model
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.incidents.query import PLACE_KIND_WORDS
from assistant.language import gazetteer
from assistant.language.dates import find_date_phrases
from assistant.language.periods import date_range
from assistant.language.text import STOPWORDS
from assistant.language.vocab import (
    ARMED_GROUPS,
    COUNTRIES,
    MONTHS,
    NUMBER_WORDS,
    actor_mentions,
    attack_type_named,
    attack_types_named,
    canonical_actor,
    could_be_place,
    english_words,
    spelling_key,
)
from assistant.schemas import IN_DISTRICT_KM, IN_TOWN_KM, NEAR_KM, IncidentFilters, Place, month_end

# A capitalised name of up to three words, with Arabic articles: 'Tal Afar', 'Al-Qaim', 'Jurf al-Sakhar'; a month
# after a name is the date typed next to it ('Camp Taji Mar 2020'), never more of the name
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\b"
)
_NAME_WORDS = rf"(?:(?:al|Al|el)[- ])?[A-Z][\w'’-]+(?:[\s-]+(?!{_MONTH_WORD})(?:al-|Al-)?[A-Z][\w'’-]+){{0,2}}"
_EVENT_NOUN = (
    r"(?:attacks?|incidents?|ambush(?:es)?|bombings?|bombs?|explosions?|blasts?|killings?|strikes?|raids?|"
    r"shootings?|kidnappings?|abductions?|assassinations?|assaults?|clashes|events?|violence|shelling|(?i:IEDs?)|"
    # ('the Kut grenade throw', 'the Basra rocket fire')
    r"(?<=grenade\s)throws?)"
)
_AREA_NOUN = r"(?:area|region|outskirts|countryside|surroundings|neighbou?rhoods?|districts?)"
_KILLED = r"killed|died|dead|deaths?|death toll|fatalities|lives|martyred"
_WOUNDED = r"wounded|injured|injuries|hurt"

_DIRECTIONS = (
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west)"
)
_RELATION = re.compile(
    rf"\b(?:(?P<within>within\s+(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kilomet(?:er|re)s?|miles?|mi)\s+(?:of|from))|"
    rf"(?P<near>near(?:by)?|around|close\s+to|outside(?:\s+of)?|in\s+the\s+vicinity\s+of)|"
    rf"(?P<across>across|throughout|for|on|about|from|against|targeting|hit|hitting|struck)(?=\s+(?:the\s+)?[A-Z])|"
    # ('the Turkish shelling of Sinjar', 'the bombing of Mosul market': where it fell)
    rf"(?P<at>(?:{_DIRECTIONS})\s+of|in|at|inside|between|(?<=\broad\s)out\s+of|(?<=\bshelling\s)of|"
    rf"(?<=\bbombing\s)of|(?<=\bbombardment\s)of|(?<=\bstorming\s)of))\s+(?:the\s+|an?\s+(?=(?-i:[A-Z])))?"
    rf"(?:(?:which|what)\s+(?=\w+\s+of\s))?"
    rf"(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|"
    rf"south-?western|rural|outer)\s+)?"
    rf"(?:(?:city|town|village|district|province|governorate|area|outskirts|entrance|edge|centre|center|"
    rf"neighbou?rhoods?)\s+(?:of|to)\s+)?",
    re.I,
)


class ParsedQuestion(BaseModel):
    """Filters plus what kind of answer the question wants."""

    model_config = ConfigDict(extra="forbid")

    filters: IncidentFilters = Field(default_factory=IncidentFilters)
    intent: Literal["list", "count", "ask"] = "ask"
    measure: Literal["incidents", "killed", "wounded"] | None = Field(None, description="What a count counts.")
    target: str | None = Field(None, description="Who was hit, a key of ACTORS: 'police', 'PMU', 'civilians'...")
    unknown_place: str | None = Field(
        None, description="A place named after near/in/at that the gazetteer does not know."
    )
    unknown_near: bool = Field(False, description="Whether the unknown place is asked about with its surroundings.")
    one_event: bool = Field(
        False, description="The question names one event ('the Mosul cafe bombing', 'the attack in X on 6 June 2019')"
    )


# Words that end a place typed in lower case before its event ('nahr al-imam ied 8 sept 2020', 'the amiriyat
# al-fallujah roadside bomb'): what happened or with what, perhaps after up to two words saying what or who was hit
# ('kesta village shelling', 'tal abta pmu ied')
_LOWER_EVENT = (
    r"(?i:s?v?bied|ieds?|bombs?|bombings?|attacks?|strikes?|airstrikes?|shelling|mortars?|rockets?|drones?|air|"
    r"suicide|roadside|sticky|car|truck|motorcycle|sniper|shooting|gunfire|kidnapping|abduction|ambush|explosion|"
    r"blasts?|grenade|raid|incidents?|killing|assassination|clash(?:es)?|arson)"
)
_LOWER_HIT = (
    r"(?:village|town|area|district|subdistrict|camp|base|field|oil|gas|mountains?|desert|road|highway|bridge|"
    r"market|checkpoint|post|position|patrol|convoy|pmf|pmu|hashd|army|police|tribal|turkish|is|isis|daesh|pkk|"
    r"peshmerga|farmers?|shepherds?|civilians?|protesters?|protest|sit-in|tents?|city|square|street|crossing|airport|"
    r"airbase|dam|citadel|zone|refinery|station|hospital|guards?|activists?|judge|officers?|teachers?|traders?|"
    r"drivers?|shops?|school|mosque|house|home|cafe|family|truck|car|bus|minibus)"
)
# ... and words that are never such a place: who acted or was hit, where from, when, and a question's glue
_LOWER_STOP = re.compile(
    rf"{_LOWER_EVENT}|{_LOWER_HIT}|policemen|soldiers?|isil|turkey|us|coalition|fighters?|on|in|at|near|of|by|"
    r"against|the|a|an|and|or|to|from|for|with|was|were|are|had|has|what|who|how|when|where|which|any|north|south|"
    r"east|west|outside|around|between|since|during|last|this|that|these|those|first|second|third|latest|recent|"
    r"same|other|another|previous|next|reported|alleged|suspected|failed|foiled|deadly|fatal|big|major|double|twin|"
    r"triple|new|\w+iest|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|both|"
    # (a label before a colon: 'summary: attacks in ...', 'note: ...')
    r"summary|note|notes|update|question|query|request|task|re|fyi|context|background|urgent|breaking|brief|"
    r"briefing|sitrep|report|analyst|editor|ok|okay|thanks|hi|hello|also|then|now|so|but|please"
)
_LOWER_WORD = r"(?:al-|el-|albu\s|abu\s|bin\s|tal\s|tel\s)?[a-z][a-z'’-]*"
_LOWER_NAME = rf"(?P<name>{_LOWER_WORD}(?:\s{_LOWER_WORD}){{0,3}}?)"
# (one event, named in the singular: 'kirkuk ied attacks 2021' or 'baghdad car bombs' search a province, not a town)
_ONE_LOWER_EVENT = rf"(?!(?i:{_LOWER_EVENT})s?\s+(?i:attacks|incidents|strikes|bombings)\b)(?!\w+s\b){_LOWER_EVENT}\b"
_LEAD_DATE = (
    r"(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"  # 'kut, 4 september:', 'kut, sept 4 -'
)
_LOWER_LEAD = re.compile(
    rf"^\s*(?:the\s+)?{_LOWER_NAME}(?=(?:\s+{_LOWER_HIT}){{0,3}}\s+{_ONE_LOWER_EVENT}|\s*:\s|\s*,\s*{_LEAD_DATE})"
)
_LOWER_THE = re.compile(rf"\bthe\s+{_LOWER_NAME}(?=(?:\s+{_LOWER_HIT}){{0,3}}\s+{_ONE_LOWER_EVENT})")
# ... or after 'in', 'near' or 'at' and before the day, in a question about one day's event typed in lower case
# ('sticky bomb in rahimawa 28 june 2021 - killed?'): a name the gazetteer lacks, asked as written (never a group or
# a country: 'attacks in syria on 3 may 2021')
_LOWER_IN = re.compile(rf"\b(?:in|near|at|around|outside)\s+{_LOWER_NAME}(?=,?\s+\d{{1,2}}\s+[a-z]|,?\s+\d{{1,2}}/)")
# ... or typed first before many events, in a search typed in lower case ('zubair attacks', 'list kut ieds'): a town
# the gazetteer knows
_LOWER_MANY = re.compile(
    rf"^\s*(?:(?:list|show|find|any|all)\s+)?{_LOWER_NAME}(?=(?:\s+{_LOWER_HIT}){{0,3}}\s+(?i:{_LOWER_EVENT})s?\b)"
)


def _english(name: str) -> bool:
    """Whether any word of the name is an English word (lemminflect's tables): 'focus', 'sorry', 'overview'; an
    Arabic article's word ('al-walid') is taken as a name."""
    return any(getAllLemmas(w.lower()) for w in re.split(r"[\s]+", name) if not w.lower().startswith(("al-", "el-")))


_TOLL_WORD = re.compile(r"\b(?:casualties|killed|dead|deaths|wounded|injured|hurt|toll|martyrs?|losses)\b", re.I)
_MANY_AFTER = re.compile(
    r"(?:\s+[a-z'’-]+){0,4}?\s+(?i:attacks|bombs|bombings|strikes|airstrikes|incidents|ieds|rockets|mortars|"
    r"explosions|blasts|killings|clashes|raids|ambushes|shootings|kidnappings|abductions|drones)\b"
)
# Names typed in lower case before an event that are people, movements or days, not places
_NOT_PLACE_NAMES = frozenset(
    "soleimani muhandis kadhimi sudani hashimi sadr sadrist sadrists tishreen october newroz nowruz ashura arbaeen "
    "muharram ramadan eid saraya wagner sdf ypg pjak ybs hpg kdp puk kataib asaib hezbollah nujaba badr".split()
)


def _titled(name: str) -> str:
    return re.sub(r"(?:^|(?<=[\s-]))([a-z])", lambda m: m.group(1).upper(), name)


def titled_places(question: str) -> str:
    """A terse question typed in lower case with the place it opens with, or the place before 'the ... attack',
    capitalised as a name is ('nahr al-imam ied 8 sept 2020' -> 'Nahr Al-Imam ied ...', 'in the amiriyat
    al-fallujah roadside bomb' -> 'in the Amiriyat Al-Fallujah roadside bomb'), so it is read as a place; never a
    word that says what happened, to whom or when ('car bomb', 'pmf post', 'last night')."""
    lower = question == question.lower()
    for pattern in (_LOWER_LEAD, _LOWER_THE, *((_LOWER_MANY, _LOWER_IN) if lower else ())):
        for m in reversed(list(pattern.finditer(question))):
            name = m.group("name")
            words = name.split()
            if any(_LOWER_STOP.fullmatch(w.removeprefix("al-").removeprefix("el-")) for w in words):
                continue
            if re.fullmatch(_NOT_A_NAME, words[0]) or re.fullmatch(_COMMON_LEAD, words[0]):
                continue
            if _english(name) or actor_mentions(name) or set(words) & _NOT_PLACE_NAMES:
                continue  # an English word, a group or a person is no such name: 'only rocket fire', 'flip it:', 'the
                # sdf drone strike', 'the soleimani drone strike'
            if pattern is _LOWER_MANY and (len(name) < 3 or gazetteer.lookup(_titled(name)) is None):
                continue  # 'fp attacks', 'kornet attacks': an abbreviation or a word, no town the gazetteer knows
            if pattern is _LOWER_IN and (name in COUNTRIES or name in _COMMUNITIES or name in _NOT_PLACE_NAMES):
                continue  # 'in syria 3 may', 'near shabak 3 may': a country or a community
            if (
                pattern is not _LOWER_MANY
                and _MANY_AFTER.match(question, m.end("name"))
                and not _TOLL_WORD.search(question)
            ):
                continue  # 'baghdad car bombs 2019', 'kirkuk ied attacks': a search of many, read as typed (but
                # 'khwakurk air strikes oct 2022 - casualties?' asks one event's toll)
            if gazetteer.canonical_province(name) is not None:
                continue  # a province's name is read in lower case already ('kirkuk ied 2021', 'duhok shelling')
            titled = _titled(name)
            known = gazetteer.lookup(titled) or gazetteer.lookup_written(titled)
            if known is None and gazetteer.lookup(titled, wide=True) is not None:
                continue  # only a look-alike village would match ('al-tash' is no 'Tais Ayad'): left as typed

            question = question[: m.start("name")] + _titled(name) + question[m.end("name") :]
    return question


def parse_question(question: str, today: dt.date, year: int | None = None) -> ParsedQuestion:
    """Filters, intent, measure and target read from a plain-language question; dates relative to `today`; `year`
    for a quarter or season named without one ('and Q2?' in a conversation about 2021)."""
    question = titled_places(_RETRACTED.sub("", expand_shorthand(question)))
    low = re.sub(r"^(\s*)IS\b", r"\1isis", question).lower()  # 'IS attacks in ...' names the group, it asks nothing
    perpetrator, target = _actors(question)
    when = date_range(low, today, year)
    if not when and len(low.split()) <= 8 and (month := _BARE_MONTH.search(question) or _BARE_MAY.search(question)):
        when = date_range(f"in {month.group(0).lower()}", today, year)  # 'Feb IDF Baghdad': a terse search's month
    lo, hi = when.get("date_from"), when.get("date_to")
    if lo and hi and lo > hi:
        when["date_to"] = None  # "since 2030": a range starting after today, which simply matches nothing yet
    one_event = bool(lo and hi and lo == hi) or bool(_ONE_EVENT.search(low))
    # 'Tal Afar recruitment-tent bombing, June 2021: wounded?': one event named tersely, in a month or less
    terse = bool(lo and hi and (hi - lo).days <= 31 and _TERSE_ONE_EVENT.match(question))
    # ... or typed in lower case after its town, when it asks a fact of it: 'kut gun attack nov 2019 - which day?'
    terse_lower = bool(
        lo
        and hi
        and (hi - lo).days <= 31
        and (lower := _TERSE_LOWER.match(question))
        and (town := gazetteer.lookup(lower.group(1))) is not None
        and town.kind != "province"
    )
    asked, question = question, _without_excluded_places(question)
    site = _site(question)
    # one event asked about, not the pick of many ('the most recent air strike near Zakho' searches the area) nor two
    # compared (each side is read on its own): 'near X' then says where it was when the thing hit stands before it
    # ("thing"), or always when the question names its one day ("day": 'shepherds died near Zummar (18 Nov 2020)')
    single: Literal["", "thing", "day"] = ""
    many = re.search(rf"\b{_MANY_EVENTS}\b|\bhow\s+many\s+times\b|\bhow\s+often\b|{_ANY_EVENT}", low)
    short = lo is None or (hi is not None and (hi - lo).days <= 366)  # no period, or a year at most ('since' is open)
    if (
        (
            one_event
            or terse
            or _intent(low, one_event) != "list"
            # 'IED on the army near Al-Multaqa in January 2020 - any soldiers killed?': one event's toll asked
            or _measure(low) in ("killed", "wounded")
        )
        and short
        and not many
        and not (_PICK_OF_MANY.search(low) or _COMPARISON.search(low))
    ):
        single = "day" if lo and lo == hi else "thing"
    # ('the rocket attack in Kirkuk in April 2022': one event in a month or less, the city's like one day's)
    # (a terse one-event search that asks a fact, 'karbala grenade throw aug 2022 - which day?', is as one event; one
    # that lists, 'Turkish shelling in Erbil, Oct 2022', is not)
    asked_one = one_event or (
        (terse or terse_lower) and (_intent(low, one_event) != "list" or _measure(low) in ("killed", "wounded"))
    )
    month_event = asked_one and bool(single) and lo is not None and hi is not None and (hi - lo).days <= 31
    location = _location(question, asked_one, single, month_event) if site is None else _site_location(question, site)
    if site is None and _two_places(asked):
        location = {}  # 'a briefing on Kirkuk and Salahuddin': two places, no filter holds both but none
    filters = IncidentFilters(
        **location,
        **when,
        attack_type=_attack_type(low) or ("airstrike_operation" if _turkish_drones(low) else None),
        perpetrator=perpetrator,
        dated_only=True if _DATED_ONLY.search(low) else False if _WITH_UNDATED.search(low) else None,
    )
    intent = _intent(low, one_event)
    # 'army vehicle blown up in Al-Karma, Feb 2021 - soldiers hurt?', 'Ain al-Tamr, Aug 2021, PMF fighters killed -
    # latest figure?': one event told tersely, then its toll asked; the records count it
    toll_of_one = bool(
        # (a note naming its weapon reads as a listing: one event when it names its one day)
        (intent == "ask" or (intent == "list" and lo is not None and lo == hi))
        and (filters.place or filters.province or site is not None)
        and lo is not None
        and hi is not None
        and (hi - lo).days <= 31  # one event's day or month ('Tarmiyah in 2020' asks of many)
        and _TOLL_ASKED.search(low)
        and not _ASKS_WORD.search(low)
        and not many
    )
    if toll_of_one:
        intent = "count"
    if intent == "ask" and (filters.place or filters.province) and filters.date_from and _ONLY_FILTERS.fullmatch(low):
        intent = "list"  # 'Anbar last month', 'Diyala, Q3 2020': a place and a period typed as a search
    elif intent == "ask" and filters.province and not filters.place and _province_alone(low, filters.province):
        intent = "list"  # 'Najaf province', 'Maysan, all dates': a province typed alone is a search of it
    unknown = None
    if (
        site is None
        and filters.province
        and not filters.place
        and (quarter := _QUARTER.search(question))
        and _could_be_place(quarter.group(1))
        and _place_at(question, quarter.start(1), wide=False) is None
        and re.search(rf"\b(?:in|of)\s+{re.escape(filters.province)}\b(?!\s+(?:province|governorate))", question)
    ):  # "the Tis'in quarter cafe bombing in Kirkuk": the city holds the quarter asked about, which is the place
        filters = filters.model_copy(update={"province": None})
        unknown = quarter.group(1)
    elif not filters.place and not (filters.province and site is None):
        unknown = _site_name(site) if site is not None else _unknown_place(question)
        if unknown:  # 'the K1 base', 'the Kani Masi checkpoint', 'the Yathrib subdistrict': asked about as the
            # place the site or unit is named for
            unknown = (
                re.sub(r"\s+(?:air\s?base|base|checkpoint|outpost|sub-?district|nahi?ya)$", "", unknown, flags=re.I)
                or unknown
            )
    if not filters.place and not unknown and site is None and (fields := _ANY_FIELDS.search(question)):
        unknown = f"{fields.group(1).lower()} field"  # 'incidents at Iraqi oil fields': any field, found by name
    return ParsedQuestion(
        filters=filters,
        intent=intent,
        measure=_measure(low) if intent == "count" else None,
        target=target,
        unknown_place=unknown,
        unknown_near=bool(
            unknown and _near_before(question, site.start() if site is not None else question.find(unknown), single)
        ),
        one_event=bool(_ONE_EVENT.search(low)) or terse or toll_of_one,
    )


# A toll asked at the end of a terse note ('- soldiers hurt?', ': anyone injured?', 'killed - latest figure?')
_TOLL_ASKED = re.compile(
    rf"\b(?:{_KILLED}|{_WOUNDED}|casualties|(?:death\s+)?toll|figure)\b[^.!?]*\?\s*$|"
    rf"[-:,\u2013\u2014]\s*(?:(?:any|anyone|anybody|number|how\s+many)\s+)?(?:[a-z]+\s+)?(?:{_KILLED}|{_WOUNDED})\s*$"
)
# A question word opening the question: it asks its own thing ('when was ...', 'who ...'), no toll
# (at the start or after the note's place and date: 'Tarmiyah, 9 June 2020: which group killed the soldiers?'; yes/no
# openers ask whether, not how many: 'Were civilians killed in Tarmiyah in June 2020?')
_ASKS_WORD = re.compile(
    r"(?:^|[-:;,\u2013\u2014]\s)\s*(?:(?:on|in|at|by|for)\s+)?(?:what|who|whom|whose|when|where|why|which|"
    r"how(?!\s+many)|(?:were|was|is|are|did|does|do|has|have|had)\s+(?!there\b))"
)
# Words that ask about whatever happened, not one event: 'anything near Kirkuk', 'what happened near Kirkuk'
_ANY_EVENT = r"\b(?:anything|what\s+(?:has\s+)?happened|everything)\b"


# A sentence that takes back what was asked before ('Forget what I said about Mosul.', 'Scratch Kirkuk;', 'Ignore
# the Mosul question:'): the question is what follows it, and a place named in it is no filter
_RETRACTED = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|sorry|no),?\s+)?(?:forget|ignore|scratch|disregard|never\s+mind|cancel)\b(?![^.;:!?]*\bundated\b)[^.;:!?]*[.;:!?]\s+(?=\S)",
    re.I,
)


# A capitalised month name or abbreviation, typed alone in a terse search ('May' is left out: it is also a verb)
_BARE_MONTH = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\b\.?(?!\s*[A-Z][a-z])"  # not 'Mar Behnam', 'Jan Kubis'
)


# 'May' typed alone where no verb can stand: 'just Duhok province, May', 'Kirkuk - May?'
_BARE_MAY = re.compile(r"(?<=[,;:(\u2013\u2014-])\s*\bMay\b\.?(?=\s*(?:[,;:)?.!]|$))")


# A month's three letters as run into a date group: 'Mar', 'MAR' (never 'mar' inside a word: the \\b around it)
_MON3 = "|".join(
    f"{m}|{m.upper()}" for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
)

# A month as a spreadsheet writes it, any case: 'Jun', 'june', 'Sept', 'MAR' (never 'Decree', 'Mayday')
_MONTH_CELL = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

# Analysts' shorthand, written out before a question is read (upper case as they type it, so 'cf.' or 'saf' in
# running text stay words): periods ('3Q21', '1H22', 'Q1 22', "Dec '23", 'MTD', 'last 3 mos'), weapons ('SAF' small-arms
# fire, 'IDF' indirect fire, 'PBIED', 'OWA UAS' one-way attack drones), actors ('TAF', 'CF', 'AAH', 'Pesh') and
# casualties ('KIA', 'WIA').
_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words)
    for pattern, words in (
        (r"\b([1-4])Q[\s'’-]?(\d\d)\b", r"Q\1 20\2"),
        (r"\b([12])H[\s'’-]?(\d\d)\b", r"H\1 20\2"),
        (r"\b([QH][1-4])(?:\s+['’]?|['’]|-)(\d\d)\b(?!\d)", r"\1 20\2"),
        # 'province' mistyped ('Kirkuk provnce attacks'); 'Hay al-X' is a city's quarter, never the town of Al Hayy
        (r"(?i)\b(?:provnce|provice|provinve|porvince|privince|provinec|provnice|pronvince)\b", "province"),
        (r"\b(Hay|Hayy|hay)\s+(?=(?:al|Al|el|El)[- ])", r"\1-"),
        (r"\bCY[\s-]?((?:19|20)\d\d)\b", r"\1"),  # calendar year: 'CY2022', 'CY 21'
        (r"\bCY[\s-]?(\d\d)\b", r"20\1"),
        (
            r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+['’](\d\d)\b",
            r"\1 20\2",
        ),
        # military date-time groups run together: '12MAR2023', '12MAR23', 'Mar20' (a month and its year)
        (rf"\b(\d{{1,2}})({_MON3})((?:19|20)\d\d)\b", r"\1 \2 \3"),
        (rf"\b(\d{{1,2}})({_MON3})(\d\d)\b", r"\1 \2 20\3"),
        (rf"\b({_MON3})((?:19|20)\d\d)\b", r"\1 \2"),
        (rf"\b({_MON3})([0-2]\d)\b", r"\1 20\2"),
        # a spreadsheet's date cells: '15-Jun-22' (a day), 'Jun-22', 'mar-23', 'Sept-21' (a month and its year)
        (rf"\b(\d{{1,2}})-({_MONTH_CELL})-(\d\d)\b(?![-/.]?\d)", r"\1 \2 20\3"),
        (rf"(?<![\d-])\b({_MONTH_CELL})\.?-([0-2]\d)\b(?![-/.]?\d)", r"\1 20\2"),
        (r"(?<![\w'’])['’]([0-2]\d)\b(?![%'’])", r"20\1"),  # "Tuz '22", "spring '20": a year written short
        (r"\bMTD\b", "this month"),
        (r"\b(\d+|two|three|four|five|six)\s+mos\b\.?", r"\1 months"),
        (r"\bSAF\b", "shootings"),
        (r"\bIDF\b", "indirect fire"),
        (r"\bPBIED\b", "suicide bombing"),
        (r"\bOWA\s+UAS\b|\bOWA\s+drones?\b", "one-way drone"),
        (r"\bUAS\b", "drone"),
        (r"\bTAF\b", "Turkish forces"),
        (r"\bCF\b", "coalition forces"),
        (r"\bIA\b", "Iraqi army"),
        (r"\bMIT\b", "Turkish intelligence"),  # Turkey's intelligence agency, which flies its own drones
        (r"\bAAB\b", "Ain al-Asad air base"),
        (r"\b(?:VO|RC|PP|CW)IED(s?)\b|\bEFP(s?)\b", r"IED\1\2"),  # victim-/radio-/command-wire-triggered, EFP
        # terse spellings typed in either case ('attks', 'mtns', 'nr Mutaibijah'; never 'nr of attacks', a number)
        (r"(?i:\batt?ks\b)", "attacks"),
        (r"(?i:\bmtns?\b)\.?", "mountains"),
        (r"(?i:\bnr\b)\.?(?!\s*(?:of\b|\d))", "near"),
        (r"\bAAH\b", "Asa'ib Ahl al-Haq"),
        (r"\bPesh\b\.?", "Peshmerga"),
        (r"\bSulay\.", "Sulaymaniyah"),
        (r"\bSaD\b", "Salahuddin"),  # 'SaD province'
        (r"(?i:\bprov\b)\.?", "province"),  # 'Kirkuk prov., May 2022'
        (r"(?<=\w)-(?=(?i:province|governorate|district)\b)", " "),  # 'Kirkuk-province incidents', 'a Hit-district IED'
        (r"(?i:\bgov(?:ernorate)?\b)\.(?=\s*(?:[,;:)]|$))", "governorate"),  # 'Basra gov.,' (never 'gov. forces')
        (r"\bKIA\b", "killed"),
        (r"\bWIA\b", "wounded"),
        (r"\btot\.", "total"),
    )
)


def expand_shorthand(question: str) -> str:
    """The question with analysts' shorthand written out ('SAF vs ISF, Diyala, 1H21' -> 'shootings vs ISF, Diyala,
    H1 2021')."""
    for pattern, words in _SHORTHAND:
        question = pattern.sub(words, question)
    return question


# A search typed as its filters alone: a few words, no question word, no verb, no question mark
_ONLY_FILTERS = re.compile(
    r"(?!.*\b(?:what|who|whom|whose|when|where|why|how|which|did|does|do|is|are|was|were|and|but|same|only|just)\b)"
    r"[\w'’ ,/.-]{2,60}"
)


# A province typed alone with its kind word or 'all dates' ('Najaf province', 'Maysan, all dates', 'Diyala
# governorate - any time'): one or two name words, then words that set no filter
_PROVINCE_QUALIFIER = re.compile(
    r"(?:\s+(?:province|governorate|gov)\b)?\s*[,:;-]?\s*(?:(?:all|any)\s+(?:dates?|times?|years?|periods?)|everything|"
    r"all\s+incidents|overall)?\s*[?.!]?\s*$"
)


def _province_alone(low: str, province: str) -> bool:
    """Only the province's name with its kind word or a word that sets no filter ('najaf province', 'maysan, all
    dates'); never the bare name ('kirkuk': an open question) nor a topic beside it ('najaf deaths overall')."""
    m = _PROVINCE_QUALIFIER.search(low)
    if m is None or not m.group(0).strip(" ,:;-?.!"):
        return False
    return gazetteer.canonical_province(low[: m.start()].strip()) == province


# 'cap it at the end of 2023', 'stop at June 2022', 'cut it off in March': the previous period given a new end
_CAP_WORDS = (
    r"(?:cap|cut|stop|end|limit|close|finish)\s+(?:it\s+|that\s+|this\s+|them\s+|the\s+(?:list|period|range|search)\s+)?"
    r"(?:off\s+)?(?:at|by|with|in|on)"
)
_CAP = re.compile(rf"\b{_CAP_WORDS}\b", re.I)
# 'same period last year', 'the same months a year earlier', 'same window in 2021': the previous period, moved by years
_SAME_PERIOD = re.compile(
    r"\bsame\s+(?:period|months?|time|window|dates|stretch|quarter|half|weeks?)\s+(?:(?P<back>a\s+year\s+(?:earlier|"
    r"before|ago|back)|(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year|the\s+year\s+before)|"
    r"(?P<this>(?:this|the\s+current)\s+year)|in\s+(?P<year>(?:19|20)\d\d))\b",
    re.I,
)
# 'stretch it to cover the whole year', 'the full year': the year the previous period lies in
_WHOLE_YEAR = re.compile(
    r"\b(?:the\s+)?(?:whole|full|entire|complete)\s+(?P<unit>year|month)\b|\ball\s+of\s+(?:that|the)\s+(?P<unit2>year|month)\b",
    re.I,
)
_CORRECTION = re.compile(r"\W*(?:no(?=\s*[,.;:!\u2013\u2014-])|sorry|oops|i\s+meant|actually|correction)\b")
# A correction of the place: 'sorry - Hit, not Hawija', 'no, I meant Tikrit', 'oops, Baiji'
_PLACE_FIX = re.compile(
    r"^\s*(?:sorry|no|oops|correction|i\s+meant)\b[\s,.:;!\u2013\u2014-]*(?:i\s+meant\s+|it\s+should\s+be\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){0,2})\s*(?:,?\s*not\s+[^,.?!]+)?\s*[.!?]?\s*$"
)
# 'no, 2020 not 2019', '2021, not 2020', 'not 2019 but 2020': the previous period in the year meant
_YEAR_FIX = re.compile(
    r"\b(?P<new>(?:19|20)\d\d)\s*,?\s*(?:and\s+)?not\s+(?P<old>(?:19|20)\d\d)\b|"
    r"\bnot\s+(?P<old2>(?:19|20)\d\d)\s*[,;]?\s*(?:but\s+|I\s+meant\s+)?(?P<new2>(?:19|20)\d\d)\b",
    re.I,
)
# 'extend it to the end of the year', 'run it through year-end'
_TO_YEAR_END = re.compile(
    r"\b(?:to|until|till|through|thru)\s+(?:the\s+)?(?:end\s+of\s+(?:the|that)\s+year|year[\s-]?end)\b", re.I
)
# 'go back one more month', 'two more weeks earlier', 'a month more', 'one more month forward'
_N_MORE = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+(?:more\s+(?P<unit>days?|weeks?|months?|quarters?|years?)|"
    r"(?P<unit2>days?|weeks?|months?|quarters?|years?)\s+more)\b(?:\s+(?P<later>later|forward|ahead|after))?",
    re.I,
)
_MONTH_HALF = re.compile(r"\b(first|second|last|latter)\s+(?:half|fortnight)\s+of\s+(?:the|that)\s+month\b", re.I)
_WHOLE_SEASON = re.compile(r"\b(?:the\s+)?(?:whole|full|entire)\s+(summer|winter|spring|autumn|fall)\b", re.I)
# 'go back six months instead' after 'in the last 3 months': a longer look back from now
_LOOK_BACK = re.compile(
    r"\b(?:go|look|reach)\s+back\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+"
    r"(?P<unit>weeks?|months?|years?)\b",
    re.I,
)


# A short turn that leans on the one before: 'and in 2021?', 'what about Diyala?', 'only the IED attacks'.
_FOLLOW_UP = re.compile(
    r"^\s*(?:and|what about|how about|same for|same but|same thing for|now|but|only|just|then|also|ok(?:ay)?,?|"
    r"drop|remove|clear|forget|ignore|limit|restrict|narrow|keep|leave\s+out|exclude|skip|omit|scrap|ditch|discard|"
    r"same\s+thing|do\s+the\s+same|"
    # 'filter down to the second half', 'filter it to 2021'
    r"filter\s+(?:it\s+|that\s+|this\s+|them\s+)?(?:down\s+)?(?:to|by|for)|"
    # 'widen to all of Dahuk province', 'expand that to the whole governorate', 'zoom out to Nineveh'
    r"widen|expand|broaden|extend|stretch|zoom\s+out|switch\s+to|change\s+(?:it\s+)?to|make\s+(?:it|that|this)|"
    # 'cut it down to 2020-2021', 'trim that to the last year', 'shrink it to Diyala'
    r"(?:cut|trim|shrink|pare|bring)\s+(?:it|that|this|them|those)\s+(?:back\s+|down\s+)?to|"
    # 'anything in Makhmour?', 'any in Sinjar too?', 'not the surroundings, only inside Zakho itself', 'cap it at the
    # end of 2023', 'same period last year'
    r"any(?:thing|\s+of\s+them)?\s+(?:in|near|around|at|from)|not\s+the\s+(?:surroundings|outskirts|area)|"
    rf"{_CAP_WORDS}|(?:the\s+)?same\s+(?:period|months?|time|window|dates|stretch)\b)\b",
    re.I,
)
# A period narrowed to its own end: 'cut it down to the last year', 'trim that to the final quarter', 'narrow it to
# the last six months'
_NARROW_TO_LAST = re.compile(
    r"\b(?:cut|trim|shrink|pare|narrow|bring|limit|restrict)\b[^.?!]{0,30}?\bto\s+(?:just\s+|only\s+)?the\s+"
    r"(?:last|final|latest)\s+(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+)?"
    r"(?P<unit>years?|quarters?|months?|weeks?)\b",
    re.I,
)
# 'and before that?', 'the quarter before', 'the year before': the previous period, shifted back by its own length
_PERIOD_BEFORE = re.compile(
    r"\bbefore\s+that\b|\bthe\s+(?:year|month|quarter|half|period)\s+(?:before|prior)\b|"
    r"\b(?:previous|preceding|prior)\s+(?:year|month|quarter|half|period)\b",
    re.I,
)
# 'drop the ambush filter', 'remove the gunmen filter', 'without the date': the named filter is cleared
_DROP = re.compile(
    r"\b(?:drop|remove|clear|forget|ignore|lose|scrap|ditch|discard)\s+(?:the\s+)?(?!the\b|undated\b)(?P<what>[\w-]+)"
    r"(?:\s+filter)?\b",
    re.I,
)


# ... and more filters named after it: 'forget the year and the province', 'drop the date, the place'
_DROP_MORE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<what>date|dates|period|time|year|month|place|location|area|province|"
    r"type|attack-type|weapon|perpetrator|perpetrators|actor|attacker|attackers|target|victims?)(?:\s+filters?)?\b",
    re.I,
)


_LOCATION_FIELDS = ("place", "lat", "lon", "radius_km", "province")


# Words that point back at the previous answer wherever they stand: 'how many of those were in Baghdad?', 'any air
# strikes instead?', 'the other way round', 'extend that back to ...', 'focus on IS attacks on civilians'.
_POINTS_BACK = re.compile(
    r"\b(?:of\s+(?:those|these|them)|those|these|them|instead|the\s+same|same\s+(?:question|thing|again)|"
    r"(?:the\s+)?other\s+way\s+(?:round|around)|vice\s+versa|as\s+well|(?:extend|stretch|widen|expand|narrow|repeat|redo|"
    r"rerun|run|do|open|broaden|shift|move|push)\s+(?:that|this|it)|focus\s+on|zoom\s+in|"
    r"(?:just|only)\s+(?:the\s+|a\s+)?(?:number|count|total)|the\s+(?:number|count|total)\s+only|"
    # 'bombs only, and give me the number', 'what's the total?'
    r"(?:give\s+me|tell\s+me|and)\s+the\s+(?:number|count|total|tally)\s*[?.!]?\s*$|"
    r"(?:ieds?|bombs?|bombings|shootings?|kidnappings?|ambush(?:es)?|rockets?|drones?|(?:air|drone)\s?strikes)\s+only|"
    r"(?:only|just)\s+(?:the\s+)?(?:ones?|dated|undated|"
    r"civilians|police|army|soldiers|ieds?|kidnappings?|ambush(?:es)?|shootings?|(?:air|drone)\s?strikes|rockets?|"
    r"suicide|isis|daesh|pmu|pmf|peshmerga))\b",
    re.I,
)
# 'were there any casualties?', 'what was the toll?': the previous event's figures
_CASUALTIES = re.compile(r"\bany\s+(?:casualties|deaths|dead|injuries|wounded)\b|\b(?:death\s+)?toll\b", re.I)


def _follows(question: str, parsed: ParsedQuestion, previous: ParsedQuestion) -> bool:
    """Whether the question leans on the previous one ('and in 2021?', 'how many were wounded?', 'how many of those
    were in Baghdad?', 'any air strikes instead?')."""
    low = question.lower()
    words = len(re.findall(r"\w+", low))
    f = parsed.filters
    own_scope = f.place or f.province or parsed.unknown_place or f.date_from or f.date_to
    fragment = words <= 5 and parsed.intent == "ask" and not f.is_empty()
    bare = parsed.intent != "ask" and f.is_empty() and not parsed.unknown_place  # 'how many were wounded?'
    if bare or _POINTS_BACK.search(low) or (_CASUALTIES.search(low) and f.is_empty() and not parsed.unknown_place):
        return True
    if previous.intent != "ask" and (_ALL_TIME.search(low) or _PERIOD_AFTER.search(low)):
        return True
    if (
        previous.intent != "ask"
        and not own_scope
        and re.match(r"\W*(?:and\s+|so\s+|then\s+)?how\s+many\s+(?:were|was|are|had|have|did|involved|came|by)\b", low)
    ):
        return True  # 'how many were by the security forces?', 'how many involved the army?': of the ones just listed
    if (
        previous.intent == "ask"
        and not own_scope
        and not previous.filters.is_empty()
        and re.search(r"\b(?:it|that\s+(?:attack|one|bombing|incident)|the\s+same\s+(?:attack|incident))\b", low)
    ):
        return True  # 'who claimed it?' after a question about one attack: that attack
    if (
        previous.intent != "ask"
        and words <= 5
        and re.match(r"\W*(?:and\s+|so\s+|then\s+)?how\s+many\b", low)
        and not (f.place or f.province or parsed.unknown_place or f.perpetrator or parsed.target or f.attack_type)
    ):
        return True  # 'how many since 2022?', 'and how many in 2021?': the ones just listed, in another period
    if previous.intent != "ask" and words <= 7 and _CORRECTION.match(low):
        return True  # a short correction: 'no, 2020 not 2019', 'sorry - Hit, not Hawija' (never a new question)
    short = words <= 6 and not own_scope and not previous.filters.is_empty()  # 'only civilians please'
    return previous.intent != "ask" and bool(_FOLLOW_UP.match(low) or fragment or short)


# 'shift it a month later', 'move it back two weeks', 'same, a year later', 'and the month after?': the previous
# period moved, its length kept
_SHIFT = re.compile(
    r"\b(?:(?:shift|move|push|slide|go|step|jump)\s+(?:it|that|this|the\s+(?:period|dates?|window)\s+)?\s*"
    r"(?P<dir0>back(?:wards?)?|forward|ahead)?\s*(?:by\s+)?)?(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?|quarters?|years?)(?:\s+(?P<dir>later|earlier|after(?:wards)?|before|on|back|"
    r"forward|ahead))?\b",
    re.I,
)
_PERIOD_AFTER = re.compile(
    r"\bafter\s+that\b|\bthe\s+(?:year|month|quarter|half|period)\s+(?:after|following)\b|"
    r"\b(?:following|next|subsequent)\s+(?:year|month|quarter|half|period)\b",
    re.I,
)
# 'the whole period instead, not just 2023', 'any time', 'all dates', 'no date limit': the dates are dropped
_ALL_TIME = re.compile(
    r"\b(?:the\s+whole\s+(?:period|time(?:\s+span)?|record)|all\s+(?:the\s+)?(?:dates|years|time)|any\s*time|"
    r"(?:at\s+)?any\s+(?:date|year)|no\s+date\s+(?:limit|filter|range)|regardless\s+of\s+(?:the\s+)?(?:date|year)|"
    r"over\s+all\s+years|(?:not|rather\s+than)\s+(?:just|only)\s+(?:in\s+)?(?:19|20)\d\d)\b",
    re.I,
)


def _how_many(word: str) -> int:
    """A count written in a follow-up: '6', 'a', 'one', 'six' (1 when not a number word)."""
    return int(word) if word.isdigit() else 1 if word in ("a", "an", "one") else NUMBER_WORDS.get(word, 1)


def _capped(question: str, lo: dt.date | None, own_end: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    """'cap it at the end of 2023': the previous start, the end the follow-up names."""
    return (lo, own_end) if _CAP.search(question) and own_end and lo and lo <= own_end else None


def _fixed_year(question: str, lo: dt.date | None, hi: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """'no, 2020 not 2019' after 'October 2019': the previous period in the year meant."""
    if (fix := _YEAR_FIX.search(question)) and lo and hi:
        new, old = int(fix.group("new") or fix.group("new2")), int(fix.group("old") or fix.group("old2"))
        if lo.year == old or hi.year == old:
            return _shifted(lo, hi, new - old, "year")
    return None


def _follow_up_period(
    question: str, today: dt.date, lo: dt.date | None, hi: dt.date | None, own_end: dt.date | None
) -> tuple[dt.date | None, dt.date | None] | None:
    """The period a follow-up asks for in terms of the previous one [lo, hi], or None when it asks none of these:
    the same period in another year, the whole year (or month) the period lies in, a new end for it ('cap it at the
    end of 2023'), or a longer look back from now ('go back six months instead' after 'the last 3 months')."""
    years = len(re.findall(r"\b(?:19|20)\d\d\b", question))  # the years the follow-up names itself
    month = re.search(rf"\b(?:{'|'.join(MONTHS)})\b", question, re.I) is not None
    if years > 1 or (years and not _SAME_PERIOD.search(question)) or (month and not _WHOLE_SEASON.search(question)):
        # its own period is read as written ('the full year 2021', 'the whole month of April', 'the same period in
        # 2020 and 2021'; a season's months are the season's: 'the whole spring, Mar-May'), but for a new end or a
        # corrected year
        return _capped(question, lo, own_end) or _fixed_year(question, lo, hi)
    if (same := _SAME_PERIOD.search(question)) and lo and hi:
        shift = int(same.group("year")) - lo.year if same.group("year") else -1
        shift = today.year - lo.year if same.group("this") else shift
        return _shifted(lo, hi, shift, "year")
    if (last := _NARROW_TO_LAST.search(question)) and lo and hi:
        # 'trim that to the last year' after 2020-2023: the last whole units of the previous period, not of today's
        n = _how_many(last.group("n").lower()) if last.group("n") else 1
        unit = last.group("unit").lower()
        months = n * (12 if unit.startswith("year") else 3 if unit.startswith("quarter") else 1)
        if unit.startswith("week"):
            return max(lo, hi - dt.timedelta(days=7 * n - 1)), hi
        a = hi.year * 12 + hi.month - months  # whole months back from the previous period's last month
        return max(lo, dt.date(a // 12, a % 12 + 1, 1)), hi
    if _TO_YEAR_END.search(question) and lo and hi:
        return lo, dt.date(hi.year, 12, 31)  # 'extend it to the end of the year'
    if (more := _N_MORE.search(question)) and lo and hi:
        n = _how_many(more.group("n").lower())
        unit = (more.group("unit") or more.group("unit2")).lower()
        if more.group("later"):
            return lo, _shifted(lo, hi, n, unit)[1]
        return _shifted(lo, hi, -n, unit)[0], hi  # 'go back one more month': an earlier start, the same end
    if (whole := _WHOLE_YEAR.search(question)) and lo and hi and lo.year == hi.year:
        if (whole.group("unit") or whole.group("unit2")).lower() == "year":
            return dt.date(lo.year, 1, 1), dt.date(lo.year, 12, 31)
        if lo.month == hi.month:
            return lo.replace(day=1), month_end(lo.year, lo.month)
    if (season := _WHOLE_SEASON.search(question)) and lo and hi and lo.year == hi.year:
        span = date_range(f"{season.group(1).lower()} {lo.year}", today)  # 'make it the whole summer'
        if span.get("date_from") and span.get("date_to"):
            return span["date_from"], span["date_to"]
    if (half := _MONTH_HALF.search(question)) and lo and hi and (lo.year, lo.month) == (hi.year, hi.month):
        end = month_end(lo.year, lo.month)
        first = half.group(1).lower() == "first"  # 'just the second half of the month' after 'January 2022'
        return (lo.replace(day=1), lo.replace(day=15)) if first else (lo.replace(day=16), end)
    if capped := _capped(question, lo, own_end):
        return capped
    if (back := _LOOK_BACK.search(question)) and hi and (today - hi).days <= 31:
        n = _how_many(back.group("n").lower())
        unit = back.group("unit").lower()
        if unit.startswith("week"):
            return hi - dt.timedelta(days=7 * n - 1), hi
        months = n * (12 if unit.startswith("year") else 1)
        if lo and lo.day == 1:  # whole months back from the previous window's end: 'the last 3 months' -> 6 months
            a = hi.year * 12 + hi.month - months
            return dt.date(a // 12, a % 12 + 1, 1), hi
        return _shifted(hi + dt.timedelta(days=1), hi, -months, "month")[0], hi
    return None


def _same_day_in(day: dt.date, year: int) -> dt.date:
    """The day in another year (29 February: the 28th in a common year)."""
    return day.replace(year=year, day=min(day.day, month_end(year, day.month).day))


def _shifted(lo: dt.date, hi: dt.date, n: int, unit: str) -> tuple[dt.date, dt.date]:
    """[lo, hi] moved by n units (negative: earlier); whole months stay whole months ('January' -> 'February')."""
    if unit.startswith(("month", "quarter", "year")):
        months = n * (12 if unit.startswith("year") else 3 if unit.startswith("quarter") else 1)
        whole = lo.day == 1 and hi == month_end(hi.year, hi.month)
        a = lo.year * 12 + lo.month - 1 + months
        b = hi.year * 12 + hi.month - 1 + months
        start = dt.date(a // 12, a % 12 + 1, 1 if whole else min(lo.day, month_end(a // 12, a % 12 + 1).day))
        end = (
            month_end(b // 12, b % 12 + 1)
            if whole
            else dt.date(b // 12, b % 12 + 1, min(hi.day, month_end(b // 12, b % 12 + 1).day))
        )
        return start, end
    days = dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
    return lo + days, hi + days


def _period_before(lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """The period just before [lo, hi] and as long: a whole year, quarter or month steps back by one of them."""
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    whole = lo.day == 1 and hi == month_end(hi.year, hi.month)
    if whole:
        n = lo.year * 12 + lo.month - 1 - months
        start = dt.date(n // 12, n % 12 + 1, 1)
        m = n + months - 1
        return start, month_end(m // 12, m % 12 + 1)
    span = hi - lo
    return lo - span - dt.timedelta(days=1), lo - dt.timedelta(days=1)


_ATTACKER_WORDS = ("perpetrator", "perpetrators", "actor", "attacker", "attackers", "group", "who")  # 'drop the who'


def _dropped(previous: ParsedQuestion, what: str, own: IncidentFilters) -> dict[str, Any]:
    """The previous question without the filter a follow-up drops ('drop the ambush filter', 'remove the gunmen
    filter', 'forget the date'), unless the follow-up sets that filter again itself."""
    f = previous.filters
    fields: dict[str, Any] = {}
    if what in ("date", "dates", "period", "time", "year", "month") and not (own.date_from or own.date_to):
        fields.update(date_from=None, date_to=None)
    elif what in ("place", "location", "area", "province") and not (own.place or own.province):
        fields.update(dict.fromkeys(_LOCATION_FIELDS))
    elif attack_type_named(what) and f.attack_type and not own.attack_type:
        fields["attack_type"] = None
    elif what in ("type", "attack-type", "weapon") and not own.attack_type:
        fields["attack_type"] = None
    elif (who := canonical_actor(what)) is not None:
        if who == f.perpetrator and not own.perpetrator:
            fields["perpetrator"] = None
        elif who == previous.target:
            return {"target": None}
    elif what in _ATTACKER_WORDS and not own.perpetrator:
        fields["perpetrator"] = None
    elif what in ("target", "victim", "victims"):
        return {"target": None}
    return {"filters": f.model_copy(update=fields)} if fields else {}


def follow_up(question: str, today: dt.date, previous: ParsedQuestion | None) -> ParsedQuestion:
    """The question read in its conversation: a follow-up keeps the previous listing's or count's intent, measure,
    target and filters and changes only what it names; any other question is read on its own."""
    return read_turn(question, today, previous)[0]


def read_turn(question: str, today: dt.date, previous: ParsedQuestion | None) -> tuple[ParsedQuestion, bool]:
    """(the question as `follow_up` reads it, whether it was read with the previous one)."""
    if previous is not None and (fresh := _NEW_QUESTION.match(question)):
        return parse_question(question[fresh.end() :], today), False  # 'ok, separate question - ...' inherits nothing
    lo, hi = (previous.filters.date_from, previous.filters.date_to) if previous else (None, None)
    if (
        previous is not None
        and (fix := _PLACE_FIX.match(question))
        and gazetteer.lookup(fix.group("name"), wide=True) is not None
    ):
        question = f"what about {fix.group('name')}?"  # 'sorry - Hit, not Hawija': the town meant, asked as before
    question = _TAKE_OFF.sub(lambda m: f"drop the {m.group('what') or m.group('what2')} filter", question)
    question = _ANY_ATTACKER.sub("drop the perpetrator filter", question)
    drop = _DROP.search(question) if previous is not None else None
    dropped: list[str] = []
    if drop:  # 'drop the ambush filter': the dropped word is no filter of the follow-up's own
        dropped, drop_end = [drop.group("what").lower()], drop.end()
        while more := _DROP_MORE.match(question, drop_end):  # 'forget the year and the province'
            dropped.append(more.group("what").lower())
            drop_end = more.end()
        question = question[: drop.start()] + question[drop_end:]
    parsed = parse_question(question, today)
    if previous is None or not (drop or _follows(question, parsed, previous)):
        return parsed, False
    if lo and hi and lo.year == hi.year:  # 'and Q2?' after a question about 2021: a yearless part is of 2021
        parsed = parse_question(question, today, lo.year)
    f = parsed.filters
    if parsed.unknown_place:  # 'and in Xyzville?': a new place replaces the old one, known or not
        previous = previous.model_copy(
            update={"filters": previous.filters.model_copy(update=dict.fromkeys(_LOCATION_FIELDS))}
        )
    prev_f = previous.filters
    if (
        prev_f.place
        and prev_f.radius_km is not None
        and prev_f.radius_km >= NEAR_KM
        and f.place
        and f.place != prev_f.place
        and f.radius_km is not None
        and f.radius_km < NEAR_KM
        and not re.search(r"\b(?:in|inside|at|within|only|just|itself|proper)\b", question, re.I)
    ):
        # 'Daesh attacks around Khanaqin' then 'same thing, Jalawla' or 'sorry - Hit, not Hawija': the new town is
        # asked as the old one was, with its surroundings
        f = f.model_copy(update={"radius_km": prev_f.radius_km})
        parsed = parsed.model_copy(update={"filters": f})
    if previous.filters.province and not (f.place or f.province) and (province := _bare_province(question, True)):
        f = f.model_copy(update={"province": province})  # 'Dohuk governorate: all incidents' then 'now Erbil'
        parsed = parsed.model_copy(update={"filters": f})
    if (
        previous.filters.province
        and f.place
        and (province := gazetteer.canonical_province(f.place))
        and not re.search(r"\b(?:city|town|itself|centre|center|proper)\b", question, re.I)  # 'Kirkuk city, not ...'
    ):
        # 'kidnappings in Anbar' then 'and in Kirkuk?': the same kind of place, the province
        f = f.model_copy(update={"place": None, "lat": None, "lon": None, "radius_km": None, "province": province})
        parsed = parsed.model_copy(update={"filters": f})
    p_lo, p_hi = previous.filters.date_from, previous.filters.date_to
    period = _follow_up_period(question, today, p_lo, p_hi, f.date_to)
    if (
        period is None
        and p_lo
        and p_hi
        and p_lo.year == p_hi.year
        and f.date_from
        and f.date_to
        and f.date_from.year == f.date_to.year != p_lo.year
        and re.search(rf"\b{_MONTH_WORD}\b", question, re.I)
        and not re.search(r"\b(?:19|20)\d\d\b|\b(?:this|last|next|previous|past|recent)\b|\bago\b", question, re.I)
    ):
        # 'only 16-31 December' after 'Kirkuk, December 2023': a month named with no year is the previous period's
        period = (f.date_from.replace(year=p_lo.year), _same_day_in(f.date_to, p_lo.year))
    if period is not None:
        f = f.model_copy(update={"date_from": period[0], "date_to": period[1]})
        parsed = parsed.model_copy(update={"filters": f})
    elif _PERIOD_BEFORE.search(question) and previous.filters.date_from and previous.filters.date_to:
        lo, hi = _period_before(previous.filters.date_from, previous.filters.date_to)
        f = f.model_copy(update={"date_from": lo, "date_to": hi})
        parsed = parsed.model_copy(update={"filters": f})
    elif previous.filters.date_from and previous.filters.date_to and not (f.date_from or f.date_to):
        lo, hi = previous.filters.date_from, previous.filters.date_to
        moved = None
        if _PERIOD_AFTER.search(question):  # 'and the month after?': the next period as long as this one
            back_lo, _ = _period_before(lo, hi)
            moved = (hi + dt.timedelta(days=1), hi + (lo - back_lo))
            if lo.day == 1 and hi == month_end(hi.year, hi.month):
                months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
                moved = _shifted(lo, hi, months, "month")
        elif (shift := _SHIFT.search(question)) and (shift.group("dir") or shift.group("dir0")):
            way = (shift.group("dir") or shift.group("dir0")).lower()
            n = _how_many(shift.group("n").lower())
            earlier = way.startswith(("earlier", "before", "back"))
            moved = _shifted(lo, hi, -n if earlier else n, shift.group("unit").lower())
        if moved is not None:
            f = f.model_copy(update={"date_from": moved[0], "date_to": moved[1]})
            parsed = parsed.model_copy(update={"filters": f})
    if _ALL_TIME.search(question):  # 'the whole period instead, not just 2023': no dates at all
        previous = previous.model_copy(
            update={"filters": previous.filters.model_copy(update={"date_from": None, "date_to": None})}
        )
        f = f.model_copy(update={"date_from": None, "date_to": None})
        parsed = parsed.model_copy(update={"filters": f})
    if (
        _ADD_PERIOD.search(question)
        and f.date_from
        and f.date_to
        and previous.filters.date_from
        and previous.filters.date_to
        and not _ONLY.search(question)
        # two periods that touch or overlap, one range holds them both (never the years between: 2020 then 'add
        # 2023' is 2023); a follow-up that names a new place or actor ('Mosul in 2021 too?') adds no period
        and f.date_from <= previous.filters.date_to + dt.timedelta(days=1)
        and previous.filters.date_from <= f.date_to + dt.timedelta(days=1)
        and not (f.place or f.province or parsed.unknown_place or f.perpetrator or parsed.target)
    ):
        # 'add 2023 to that', 'extend to include 2021', 'and 2019 too' after 2020-2022: the two periods together
        f = f.model_copy(
            update={
                "date_from": min(f.date_from, previous.filters.date_from),
                "date_to": max(f.date_to, previous.filters.date_to),
            }
        )
        parsed = parsed.model_copy(update={"filters": f})
    if (back := _BACK_TO.search(question)) and previous.filters.date_to:
        # 'extend that back to the start of the year', 'go back to March': a new start, the same end
        end = previous.filters.date_to
        start = (
            dt.date(end.year, 1, 1)
            if back.group("year")
            else date_range(f"since {back.group('when')}".lower(), end).get("date_from")
        )
        if start is not None and start <= end:
            f = f.model_copy(update={"date_from": start, "date_to": end})
            parsed = parsed.model_copy(update={"filters": f})
    target = parsed.target
    if target is None and f.perpetrator is None and (named := [n for n, _ in actor_mentions(question)]):
        # 'what about the police?': a name alone takes the role the previous question gave its actor
        if (previous.target and not previous.filters.perpetrator) or named[0] == "civilians":
            target = named[0]  # civilians are the ones hit
        elif previous.filters.perpetrator and not previous.target:
            f = f.model_copy(update={"perpetrator": named[0]})
            parsed = parsed.model_copy(update={"filters": f})
        elif previous.filters.perpetrator and previous.target and named[0] != previous.filters.perpetrator:
            # 'civilians killed by Turkish strikes' then 'and Peshmerga?': an armed group replaces the attacker,
            # anyone else the ones hit
            if named[0] in ARMED_GROUPS:
                f = f.model_copy(update={"perpetrator": named[0]})
                parsed = parsed.model_copy(update={"filters": f})
            else:
                target = named[0]
    if _WHOLE_PROVINCE.search(question) and previous.filters.place and not (f.place or f.province):
        home = gazetteer.lookup(previous.filters.place)
        if home is not None:
            f = f.model_copy(update={"province": home.province})
            parsed = parsed.model_copy(update={"filters": f})
    if _OTHER_WAY.search(question):
        # 'the other way round': who attacked and who was hit swap places (unless the follow-up names them); how the
        # first side attacked ('drone strikes') is no filter on the other side's attacks
        swapped: dict[str, str | None] = {"attack_type": None}
        if target is None and f.perpetrator is None:
            swapped["perpetrator"] = previous.target
        previous = previous.model_copy(
            update={
                "target": previous.filters.perpetrator if "perpetrator" in swapped else previous.target,
                "filters": previous.filters.model_copy(update=swapped),
            }
        )
    for what in dropped:
        previous = previous.model_copy(update=_dropped(previous, what, f))
    if _WHO_ELSE.search(question):  # 'who else attacked there?': anyone's attacks (the filters cannot exclude one)
        previous = previous.model_copy(update={"filters": previous.filters.model_copy(update={"perpetrator": None})})
        parsed = parsed.model_copy(update={"intent": "list"})
    if (
        _ALSO.search(question)
        and not _ONLY.search(question)  # 'now only shootings, and add Mosul too': the type is replaced
        and f.attack_type
        and previous.filters.attack_type not in (None, f.attack_type)
    ):
        # 'include rocket attacks too' after IED attacks: two types, so no type filter holds both but none
        previous = previous.model_copy(update={"filters": previous.filters.model_copy(update={"attack_type": None})})
        f = f.model_copy(update={"attack_type": None})
        parsed = parsed.model_copy(update={"filters": f})
    if (scope := _SCOPE.search(question)) and not (f.place or f.province):
        previous = previous.model_copy(update={"filters": _rescoped(previous.filters, bool(scope.group("wider")))})
    intent = parsed.intent if parsed.intent != "ask" else previous.intent
    if _JUST_NUMBER.search(question):  # 'give me just the number instead' after a listing or briefing
        intent = "count"
        parsed = parsed.model_copy(update={"measure": parsed.measure or "incidents"})
    if _SUPERLATIVE.search(question) and parsed.intent == "ask" and not re.search(r"\b(?:were|are|ones)\b", question):
        intent = "ask"  # 'which was the deadliest?': one incident picked from the list, not the list again
    measure = parsed.measure if parsed.intent == "count" else previous.measure
    if parsed.intent == "ask" and _CASUALTIES.search(question):  # 'were there any casualties?': the figures
        intent, measure = "count", "killed"
    own_place = parsed.filters.place or parsed.filters.province or parsed.unknown_place
    merged_filters = merge_filters(previous.filters, parsed.filters)
    if f.date_from and not f.date_to and re.search(r"\bsince\b", question, re.I):
        # 'how many since 2020?' after a list of 2021: from then until now, never until the old period's end
        merged_filters = merged_filters.model_copy(update={"date_to": None})
    merged = ParsedQuestion(
        filters=merged_filters,
        intent=intent,
        measure=measure if intent == "count" else None,
        target=target or previous.target,
        unknown_place=parsed.unknown_place if own_place else previous.unknown_place,
        unknown_near=parsed.unknown_near if own_place else previous.unknown_near,
    )
    return merged, True


# 'ok, separate question - ...', 'New question: ...', 'Different topic: ...', 'Switching subjects: ...'
_NEW_QUESTION = re.compile(
    r"\s*(?:ok(?:ay)?,?\s*|right,?\s*)?(?:(?:a\s+)?(?:separate|new|different|unrelated|another|other)\s+"
    r"(?:question|topic|subject|query)|unrelated|switching\s+(?:subjects?|topics?)|change\s+of\s+(?:subject|topic))"
    r"\s*[:,;.!\u2013\u2014-]*\s*",
    re.I,
)
_TAKE_OFF = re.compile(
    r"\btake\s+(?:the\s+)?(?P<what>[\w-]+)\s+(?:filter\s+)?off\b|\btake\s+off\s+the\s+(?P<what2>[\w-]+)", re.I
)
# 'regardless of who did it', 'whoever carried them out', 'no matter which group', 'by anyone': no attacker filter
# (the phrase's own words only: a place or a time after it, 'whoever did them in Basra', stays a filter; and 'anyone'
# by itself only as the whole follow-up, never a victim, 'ones that killed anyone')
_FILTER_START = (
    r"(?:in|on|near|at|around|across|inside|outside|since|during|from|between|before|after|until|till|over)\b"
)
_ANY_ATTACKER = re.compile(
    # "perpetrator doesn't matter", 'the attacker does not matter'
    r"\b(?:the\s+)?(?:perpetrators?|attackers?|culprits?|group|who\s+did\s+it)\s+(?:doesn['’]?t|does\s+not|don['’]?t|"
    r"do\s+not)\s+matter\b|"
    r"\b(?:(?:regardless\s+of|no\s+matter|irrespective\s+of)\s+(?:who|which\s+(?:group|side|actor))|"
    rf"whoever\s+(?:did|was|carried|claimed|is))\b(?:\s+(?!{_FILTER_START})\w+){{0,6}}?"
    rf"(?=\s*(?:$|[,.;:!?])|\s+{_FILTER_START})|"
    r"(?:\bby\s+|^\W*(?:(?:and|or|what\s+about|how\s+about)\s+)?)"
    r"any(?:one|body|\s+(?:group|perpetrator|attacker|actor|side))\s*(?=$|[,.;:!?])",
    re.I,
)
_JUST_NUMBER = re.compile(
    r"\b(?:just|only)\s+(?:the\s+|a\s+)?(?:number|count|total)\b|\bthe\s+(?:number|count|total)\s+only\b|"
    # 'bombs only, and give me the number', 'what's the total?', 'tell me the count'
    r"\b(?:give\s+me|tell\s+me|and)\s+the\s+(?:number|count|total|tally)\s*[?.!]?\s*$|"
    r"^\s*(?:(?:so|ok(?:ay)?|and|then|well),?\s+)?(?:what\s+is|what's)\s+the\s+(?:number|count|total|tally)\s*[?.!]?\s*$",
    re.I,
)
_WHO_ELSE = re.compile(r"\bwho\s+else\b|\b(?:by\s+)?(?:other|another)\s+(?:attackers?|perpetrators?|groups?)\b", re.I)
_ONLY = re.compile(r"\b(?:only|just)\b", re.I)
_ALSO = re.compile(r"\b(?:include|add|plus|also|as\s+well|too)\b", re.I)
_ADD_PERIOD = re.compile(
    r"\b(?:include|including|add|adding|plus|also|as\s+well|too|extend(?:ed|ing)?\s+(?:it\s+|that\s+)?to)\b", re.I
)
_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|largest|biggest|most\s+(?:recent|deadly|lethal)|latest)\b", re.I
)  # 'which was the deadliest?' picks one incident; 'what were the worst ones?' still lists
# 'only inside the city', 'inside the town only': the town itself; 'take in the outskirts as well': its surroundings
_SCOPE = re.compile(
    r"\b(?:(?:only\s+)?(?:inside|within|in)\s+the\s+(?:city|town)(?:\s+limits)?(?:\s+only)?|just\s+the\s+(?:city|town))\b|"
    r"(?P<wider>\b(?:take\s+in|include|add|with)\s+the\s+(?:outskirts|surroundings|suburbs|surrounding\s+area)\b|"
    # 'and around it?', 'what about near there?', 'plus its surroundings'
    r"\b(?:around|near|nearby|close\s+to)\s+(?:it|there|that\s+(?:city|town|place))\s*[?.!]?\s*$|"
    # 'and what's nearby too', 'include what is nearby', 'plus anything nearby', 'and nearby'
    r"^\W*(?:and|plus|include|also|with)\s+(?:(?:what(?:['’]s|\s+is)|anything|everything|what\s+happened)\s+)?"
    r"nearby\b|"
    r"\b(?:its|the\s+city's|the\s+town's)\s+(?:outskirts|surroundings|suburbs|environs|surrounding\s+area)\b)",
    re.I,
)


def _rescoped(f: IncidentFilters, wider: bool) -> IncidentFilters:
    """The previous filters narrowed to the town itself, or widened to its surroundings; a province whose capital
    shares its name ('Kirkuk province' then 'only inside the city') becomes that city."""
    if f.province and not f.place and (city := gazetteer.lookup(f.province)) is not None and city.kind != "province":
        return f.model_copy(
            update={"province": None, "place": city.name, "lat": city.lat, "lon": city.lon, "radius_km": IN_TOWN_KM}
        )
    if f.place:
        return f.model_copy(update={"radius_km": NEAR_KM if wider else IN_TOWN_KM})
    return f


_BACK_TO = re.compile(
    r"\bback\s+to\s+(?:(?P<year>(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|that)\s+year)|(?P<when>[\w ,]+))", re.I
)
_OTHER_WAY = re.compile(
    r"\b(?:other\s+way\s+(?:round|around)|vice\s+versa|(?:the\s+)?(?:reverse|opposite)\s+direction|"
    r"(?:reverse|flip|swap|switch|turn)\s+(?:it|that|them|the\s+roles|"
    r"the\s+sides|roles|sides)(?:\s+(?:round|around))?)\b"
    # ('switch that over to sniper attacks', 'turn it to 2022': a new value, not the roles swapped)
    r"(?!\s+(?:over\s+)?(?:to|into|for)\b)",
    re.I,
)
# 'now for the whole province', 'the rest of the governorate': the previous place's province
_WHOLE_PROVINCE = re.compile(r"\b(?:whole|entire|rest\s+of\s+the|all\s+of\s+the)\s+(?:province|governorate)\b", re.I)


# ------------------------------------------------------------------ place


def _belt_of(rest: str, place: Place) -> bool:
    """Whether `rest` starts with the place's belt or suburbs ('Baghdad belts', 'the Mosul periphery')."""
    belt = re.match(r"((?:[\w'’-]+\s+){1,3}?)(?:belts?|suburbs|periphery|environs|hinterland)\b", rest, re.I)
    return belt is not None and gazetteer.lookup(belt.group(1).strip()) == place


def _without_excluded_places(question: str) -> str:
    """The question with each place it leaves out blanked ('attacks in Nineveh in 2022 excluding Mosul', 'outside
    Kirkuk city'): the filters cannot exclude, so the rest of the question is read alone (positions kept)."""
    for mention in reversed(gazetteer.find_places(question)):
        end = mention.end
        city = re.match(r"\s+city\b", question[end:], re.I)
        outside = re.search(r"\boutside\s+(?:of\s+)?(?:the\s+)?$", question[: mention.start])
        if outside and (city or mention.text.lower().endswith(" city")):  # not in the city: the rest of the province
            end += len(city.group(0)) if city else 0
        elif not _excluded(question, mention.start):
            continue
        question = question[: mention.start] + " " * (end - mention.start) + question[end:]
    return question


def _two_places(question: str) -> bool:
    """Whether two different places are asked for together ('Kirkuk and Salahuddin', 'Mosul or Tal Afar')."""
    found = [m for m in gazetteer.find_places(question) if question[m.start : m.start + 1].isupper()]
    if any(
        re.search(r"\bnot\s+(?:just|only)\s+(?:in\s+|at\s+|around\s+)?(?:the\s+)?$", question[: m.start]) for m in found
    ):
        return True  # 'not only in Mosul but also in Tal Afar': more than the one place named
    return any(
        a.place.name != b.place.name
        # 'Tarmiyah, Baghdad province', 'Hawija, Kirkuk': a town and the province it lies in (by name) are one place;
        # 'Mosul or Tal Afar' are two
        and not any(
            (m.place.kind == "province" or gazetteer.canonical_province(m.text))
            and m.place.province == o.place.province
            for m, o in ((a, b), (b, a))
        )
        and not re.search(r"\bbetween\s+(?:the\s+)?$", question[: a.start])  # 'between Khanaqin and Jalawla': a spot
        # 'Batifa, Zakho district': a village and the district it lies in
        and not re.match(r"\s*(?:district|sub-?district)\b", question[b.end :], re.I)
        and _joined(question, a.end, b.start)
        for a, b in zip(found, found[1:], strict=False)
    )


# A question about one event: 'the suicide bombing in Najaf', 'the attack on ... on 19 July 2021'.
_ONE_EVENT = re.compile(
    # ('the March 2020 rocket fire in Erbil', 'the grenade throw in Karbala', 'the Tarmiyah abduction')
    r"\bthe\s+(?:[\w-]+\s+){0,4}?(?:attack|bombing|blast|ambush|explosion|strike|shooting|assault|bomb|killing|"
    r"abduction|kidnapping|assassination|(?<=grenade\s)throw)\b"
    r"(?!\s*s\b)"
    # (never a word before many events: 'the bomb attacks', 'the car bomb explosions', 'the bombing campaign', 'the
    # shooting incidents', 'the bomb and gun attacks')
    r"(?!\s+(?:(?:and|or|&)\s+)?(?:[\w-]+\s+){0,1}(?:(?:attack|bombing|blast|explosion|strike|shooting|assault|"
    r"killing|raid|incident|operation|campaign|wave|abduction|kidnapping|assassination|case)s|ambushes|campaign|"
    r"wave|spree|series|surge|cases|across|of\s+(?:activists|civilians|people|protesters|journalists))\b)"
)


def _location(
    question: str, one_event: bool = False, single: Literal["", "thing", "day"] = "", month_event: bool = False
) -> dict:
    """Place/radius or province from 'near X', 'in X', 'within 30 km of X', 'the X ambush'. A bare name shared by a
    city and its province after 'in' is the province ('attacks in Basra in 2021', 'the bombing in Najaf'); 'Basra
    city' is the city. Named with no word before it ('the Najaf bombing'), it is the city where one event is meant."""
    found: list[tuple[Place, float]] = []
    question = _CITY_PROVINCE.sub(_province_of_city, question)
    for m in _RELATION.finditer(question):
        place = _place_at(question, m.end(), wide=not m.group("across"))
        if place is None:
            continue
        away = _DISTANCE_BEFORE.search(question[: m.start()])
        if m.group("within"):
            km = max(1.0, float(m.group("n"))) * (1.609 if m.group("unit").lower().startswith("mi") else 1.0)
        elif (
            (m.group("near") and not _located(question[: m.start()], single))  # see _near_before
            or away
            or re.match(_DIRECTIONS, m.group(0), re.I)
            or re.search(r"\b(?:outskirts|edge|environs|surroundings)\b", m.group(0), re.I)
            or _FEW_KM_BEFORE.search(question[: m.start()])  # 'a few km from Sinjar'
            or _AND_AROUND.match(question, m.end())  # 'in Khanaqeen and its surroundings'
        ):
            # '20 km south of Samarra', 'east of Samarra': around it, not in it
            km = max(NEAR_KM, 1.5 * float(away.group(1))) if away else NEAR_KM
        elif _belt_of(question[m.end() :], place):  # 'in the Baghdad belts': the rural ring around the city
            km = NEAR_KM
        else:
            km = IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM
            # 'in Basra' over a period is the province; 'in the city of Najaf', 'in central Baghdad' is the city
            bare_in = m.group(0).lower().startswith(
                ("in", "from", "at", "on", "hit", "against", "targeting", "struck")
            ) and not re.search(r"\b(?:city|town|centre|center|central|downtown|inner)\b", m.group(0), re.I)
            # ('in the Basra protest shooting', one event named after the city, is the city)
            the_event = one_event and re.search(r"\bthe\s+$", m.group(0), re.I)
            # ('the Palestine Street sound bomb in Baghdad': a landmark of the city before it, so the city)
            the_event = (
                the_event
                or one_event
                and re.search(
                    r"\b(?:street|square|bridge|market|road|avenue|roundabout|neighbou?rhood|quarter)\b",
                    question[: m.start()],
                    re.I,
                )
            )
            # ('the party office in Najaf was set on fire on 30 March 2022': one day's event is the city's)
            if (
                bare_in
                and not the_event
                and single != "day"
                and not month_event
                and _names_province(question[m.end() :])
                and place.kind != "province"
            ):
                # 'attacks in Basra in 2021': a bare name that is also a province's is the province
                place = gazetteer.lookup(f"{place.province} province") or place
        found.append((place, km))
    for m in re.finditer(rf"\b(?:{_EVENT_NOUN}|{_AREA_NOUN})\b", question, re.I):  # 'Makhmour ambush', 'Kirkuk area'
        before = re.split(r"[:;,.?!]\s", question[: m.start()])[-1].split()[-5:]  # not across 'X province, dated'
        described = 0  # 'the Taza subdistrict water-tanker bombing': up to two words saying what was hit
        while before and (
            re.fullmatch(_SITE_WORDS, before[-1], re.I)
            or _WEAPON_WORD.fullmatch(before[-1])
            or (
                described < 2
                and re.fullmatch(r"[a-z][\w'’-]*", before[-1])
                and before[-1] not in _GLUE_WORDS
                and not re.fullmatch(
                    rf"{_KILLED}|{_WOUNDED}|by|from|with|near|after|during|since|province|governorate|city|town",
                    before[-1],
                )
                and len(before) > 1
                and (described := described + 1)
            )
        ):
            before = before[:-1]  # 'the Sadr City market bombing', 'the Camp Taji rocket attack': the place before
        if before and before[0].lower() == "camp":
            before = before[1:]
        for n in range(len(before), 0, -1):
            name = " ".join(before[-n:])
            place = gazetteer.lookup(name)
            if (
                place is not None
                and not one_event
                and _TOPIC_LEAD.fullmatch(question[: m.start()].strip()[: -len(name)])
                and m.group(0).lower().endswith(("s", "violence"))
                and (province := gazetteer.canonical_province(name))
            ):  # 'Baghdad attacks in October 2019': a capital's name typed first as the topic is its province
                city, place = place, gazetteer.lookup(f"{province} province") or place
                found = [(p, km) for p, km in found if p != city]  # 'a note on the Kirkuk attacks': not the city too
            if place is not None and before[-n][:1].isupper():
                found.append((place, IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM))
                break
    for m in re.finditer(rf"\b[Tt]he\s+({_NAME_WORDS})\s+{_SITE_WORDS}\b", question):  # 'the Kani Masi base'
        if not found and (place := _place_at(question, m.start(1))) is not None and place.kind != "province":
            found.append((place, IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM))
    if not found and (
        about := re.match(
            rf"\s*(?:and\s+)?(?i:(?:what|how)\s+about|anything(?:\s+new)?\s+(?:on|about|from))\s+(?:the\s+)?"
            rf"(?={_NAME_WORDS})",
            question,
        )
    ):
        if (place := _place_at(question, about.end())) is not None:  # 'what about Qandil?'
            found.append((place, IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM))
    if not found and (
        lead := re.compile(
            r"\s*([A-Z][\w'’-]+(?:\s(?:[A-Z][\w'’-]+|al-[\w'’-]+)){0,2}?)(?:\s*[:,\u2013\u2014-]\s|\s+(?=\d))"
        ).match(question, _dated_lead(question))
    ):
        # 'Makhmour: incidents since June 2022', 'Diyala, March 2021 - what do we have?', 'Tooz 2023', 'September 4,
        # 2022, Kut: how many killed?' (a name the gazetteer lacks before a colon is kept as written: _unknown_place;
        # one it has only among its villages, written exactly so, is that village: 'Dhuluiya, 2020-03-24 shooting')
        place = gazetteer.lookup(lead.group(1)) or (_village_lead(question, lead) if one_event else None)
        if place is not None and not one_event and (province := gazetteer.canonical_province(lead.group(1))):
            place = gazetteer.lookup(f"{province} province") or place  # 'Baghdad, October 2019: which attacks?'
        if place is not None:
            found.append((place, IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM))
    if not found and one_event and (lead := _LEAD_NAME.match(question)):
        # 'Al-Baghdadi army position hit on 15 Feb 2021 - wounded?': one event told tersely after its town's name
        for n in range(len(words := lead.group(1).split()), 0, -1):
            if (place := gazetteer.lookup(" ".join(words[:n]))) is not None and place.kind != "province":
                found.append((place, IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM))
                break
    for m in re.finditer(
        rf"\b([A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)['’]s\s+(?:\w+\s+)?{_SITE_WORDS}\b|"  # 'Rutba's eastern checkpoint'
        rf"\b([A-Z][\w'’]+)[-\u2013]([A-Z][\w'’]+)\s+(?:road|highway)\b|"  # 'the Daquq-Tuz road': the first-named
        rf"\b(?:village|town|district|area)\s+of\s+((?:al-|Al-)?[A-Z][\w'’-]+)|"  # 'the mukhtar of the village of X'
        rf"\bof\s+((?:al-|Al-)?[A-Z][\w'’-]+)\s+(?:village|town|district|area)\b",  # 'the mukhtar of X village'
        question,
    ):
        group = next(i for i in (1, 2, 4, 5) if m.group(i))
        if not found and (place := gazetteer.lookup(m.group(group)) or _place_at(question, m.start(group))):
            found.append((place, IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM))
    if not found and (province := _bare_province(question, cities=not one_event)):
        return {"province": province}  # 'Diyala this year', 'sitrep: Diyala, Q2 2020', 'now Erbil'
    if not found and (place := _named_anywhere(question)) is not None:
        # 'sitrep: Tal Afar, last quarter', 'kirkuk ied 2021': a town named with no word before it that says so
        near = _near_before(question, question.lower().find(place.name.lower()), single)
        found.append((place, NEAR_KM if near else IN_DISTRICT_KM if place.kind == "district" else IN_TOWN_KM))
    for m in _IN_DISTRICT.finditer(question):
        # 'Darkar in Zakho district', 'Khalifan (Soran district)': a place written with its district is asked as the
        # district, as records place it, with a district's radius ('Rabia, Tal Afar district': Rabia lies 46 km from
        # Tal Afar town, inside the district)
        district = gazetteer.lookup(f"{m.group(2)} district") or gazetteer.lookup(m.group(2))
        if district is not None and district.kind != "province":
            km = IN_DISTRICT_KM if district.kind == "district" else IN_TOWN_KM
            town = gazetteer.lookup(m.group("town"), district.province, wide=True)  # (never a namesake elsewhere)
            if town is not None and town.province == district.province:  # the town inside the search too
                km = max(km, gazetteer.distance_km(town.lat, town.lon, district.lat, district.lon) + 5.0)
            found = [(district, km), *found]
            break
    out: dict = {}
    for place, km in found:  # the first town and the first province named; both hold ('Tikrit in Salahuddin')
        if place.kind == "province":
            out.setdefault("province", place.province)
        elif "place" not in out:
            # 'in Karrada', 'near Tahrir Square': the quarter, not all of Baghdad (a landmark is a spot: 'near' it
            # is how reports say at it)
            if km in (IN_TOWN_KM, IN_DISTRICT_KM, NEAR_KM):  # (never a distance the question gives: 'within 10 km of')
                km = gazetteer.quarter_km(place) or km
            out.update(place=place.name, lat=place.lat, lon=place.lon, radius_km=km)
    return out


# a city named as a province ('mosul province', 'Hewler governorate'): the province the city is in
# (never 'the Kut governorate building': the governor's offices in the city)
_CITY_PROVINCE = re.compile(
    r"\b([A-Za-z][\w'’-]+)\s+(?=(?:province|provnce|prov|governorate|gov)\b\.?"
    r"(?!\s+(?:building|offices?|council|headquarters|hq|compound|palace|premises)\b))",
    re.I,
)


def _province_of_city(m: re.Match[str]) -> str:
    name = m.group(1)
    if gazetteer.canonical_province(name) is not None or name.lower() == "halabja":
        # 'Kirkuk province' is the province of that name ('Halabja governorate', made one in 2014, is the city's own)
        return m.group(0)
    city = gazetteer.lookup(name) or _mistyped_place(name)  # ('smawa province': Samawah's, Muthanna)
    if city is None or city.kind not in ("city", "town") or not city.province:
        return m.group(0)
    return f"{city.province} "


def _village_lead(question: str, lead: re.Match[str]) -> Place | None:
    """The village a terse question opens with before a comma and the event's day, written as the gazetteer's villages
    write it ('Dhuluiya, 2020-03-24 shooting - killed?'), in the province the question names when it names one. A name
    before a colon is kept as written (_unknown_place)."""
    rest = question[lead.end(1) :]
    if not re.match(rf"\s*,\s*{_LEAD_DATE}", rest) or _english(lead.group(1)):
        return None  # ('Sorry, I meant Kirkuk', 'Kurdistan, which towns?': no village named first)
    provinces = [m.place.province for m in gazetteer.find_places(question) if m.place.kind == "province"]
    return gazetteer.lookup_written(lead.group(1), provinces[0] if provinces else None)


# A day written in full or with its month: '17 Oct 2020', 'June 3', '16/12/2019', '2023-06-11'
_ONE_DAY = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|"
    r"\b(?:19|20)\d\d-\d\d-\d\d\b"
)


def _dated_lead(question: str) -> int:
    """Where a terse question's words start after the day it opens with ('September 4, 2022, Kut: ...', '2023-06-11,
    Amiriyat al-Fallujah: ...'): 0 when it opens with no date."""
    phrases = find_date_phrases(question)
    if phrases and not question[: phrases[0][0]].strip() and (comma := re.match(r"\s*,\s*", question[phrases[0][1] :])):
        return phrases[0][1] + comma.end()
    return 0


# What may stand before a place typed first as the topic of a listing or briefing: nothing, or 'summarise the',
# 'brief me on the', 'list all the', 'a short note on the' ('summarise the Baghdad incidents of August 2021')
_TOPIC_LEAD = re.compile(
    r"\s*(?:(?:please\s+)?(?:list|show(?:\s+me)?|summari[sz]e|sum\s+up|brief\s+me\s+on|give\s+me|pull(?:\s+up)?|"
    r"(?:an?\s+)?(?:(?:short|quick|brief|analyst)\s+)?(?:briefing|brief|summary|overview|write-?up|note|rundown)\s+"
    r"(?:on|of|about|for))\s+)?(?:all\s+)?(?:the\s+|of\s+the\s+)?",
    re.I,
)


# A named installation is a place of its own, not the town it lies in or beside: 'Erbil airport', 'the Allas oil
# field', 'Camp Taji', 'Makhmour camp', 'Tahrir Square', 'the Green Zone', 'Al-Zaitoun bridge'. (A market,
# checkpoint, base or hospital of a town is asked about as the town: 'the Tal Afar market bombing', 'the Kani Masi
# base'.)
_KEPT_SITE = r"(?i:(?:international\s+)?airport|(?:oil\s?|gas\s?)?field|square|zone|bridge|camp|dam|citadel|castle)"
# typed in lower case too: 'erbil airport'
_SITE = re.compile(
    rf"\b(?:[Cc]amp\s+{_NAME_WORDS}|{_NAME_WORDS}\s+{_KEPT_SITE}|BIAP)\b|"
    rf"\b(?P<low>[a-z][\w'’-]+)\s+(?:international\s+)?(?:airport|(?:oil|gas)\s?field)\b"
)
_SITE_SPELLINGS = {"biap": "Baghdad International Airport", "baghdad airport": "Baghdad International Airport"}
_NEAR_WORDS = re.compile(
    r"\b(?:near(?:by)?|around|close\s+to|outside(?:\s+of)?|(?:in\s+the\s+)?vicinity\s+of|outskirts\s+of|environs\s+of|"
    r"surroundings\s+of|(?:wider\s+)?area\s+around|\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?(?:of|from)|"
    rf"{_DIRECTIONS}\s+of)\s+(?:the\s+)?$",
    re.I,
)


# The capitalised words a terse question opens with ('Al-Baghdadi army position hit ...', 'Mansuriyat al-Jabal PMF
# post attack, ...'), up to the first word in lower case
_LEAD_NAME = re.compile(r"\s*(?:the\s+)?([A-Z][\w'’-]+(?:\s(?:[A-Z][\w'’-]+|al-[\w'’-]+)){0,2})\s+[a-zA-Z]")


# A place written with its district right after it: 'Darkar in Zakho district', 'Khalifan (Soran district)', 'Batifa,
# Zakho district', 'the Mateen area of Amedi district'
_IN_DISTRICT = re.compile(
    r"(?P<town>\b[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:\s*,\s*|\s+in\s+(?:the\s+)?|[^()]{0,40}?\(\s*|"
    r"\s+(?:area|region|village)\s+of\s+(?:the\s+)?)"
    r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?i:district)\b"
)
_DISTANCE_WORDS = re.compile(r"\d|(?i:within)")  # '20 km south of': a distance asks the surroundings in any question


def _near_before(question: str, start: int, single: Literal["", "thing", "day"] = "") -> bool:
    """Whether the words before `start` ask about the place's surroundings ('near the', 'around', '20 km south of').
    In a question about one event (`single`), 'near' only says where that event was ('who attacked the Peshmerga post
    near Mergasur?'): the place is asked as the town, as 'in' asks it; a distance still asks the surroundings."""
    near = _NEAR_WORDS.search(question[:start]) if start > 0 else None
    if near is None:
        return False
    return not (_located(question[: near.start()], single) and not _DISTANCE_WORDS.match(near.group(0)))


def _located(before: str, single: Literal["", "thing", "day"]) -> bool:
    """Whether a 'near' after `before` locates the one event asked about (see parse_question's `single`)."""
    return single == "day" or (single == "thing" and bool(_ONE_THING_BEFORE.search(before)))


def _site(question: str) -> re.Match[str] | None:
    """The first named installation in the question ('Erbil airport', 'Baghdad's Tahrir Square'), if any."""
    # "Baghdad's Tahrir Square" is the square: the owner's name is blanked (same length, so positions hold)
    question = re.sub(r"\b[A-Z][\w-]*['’]s\s", lambda m: " " * len(m.group(0)), question)
    for m in _SITE.finditer(question):
        name = m.group(0)
        if m.group("low"):
            if gazetteer.lookup(m.group("low")) is None:
                continue  # 'the oil field', 'an airport': no name
        elif not _could_be_place(re.sub(r"^[Cc]amp\s+", "", name).split(" ")[0]) and not name.startswith("BIAP"):
            continue  # 'the PMF camp', 'the Turkish base'
        return m
    return None


def _site_name(site: re.Match[str]) -> str:
    """An installation's name as shown: 'BIAP' spelled out, a name typed in lower case capitalised, a bare
    'field' an oil field ('the Bai Hasan field')."""
    name = _SITE_SPELLINGS.get(site.group(0).lower(), site.group(0))
    name = re.sub(r"(?<!oil )(?<!gas )\bfield$", "oil field", name, flags=re.I)
    return name[:1].upper() + name[1:] if site.group("low") else name


def _site_location(question: str, site: re.Match[str]) -> dict:
    """The location when the question names an installation: the site itself, in the gazetteer or (else) found
    by name; a province is kept only where the question names it as one ('... in Kirkuk province')."""
    name = _site_name(site)
    place = gazetteer.lookup(name)
    if place is not None and place.kind != "province":
        km = NEAR_KM if _near_before(question, site.start()) else IN_TOWN_KM
        km = gazetteer.quarter_km(place) or km  # 'near Tahrir Square': the square, not all of central Baghdad
        return {"place": place.name, "lat": place.lat, "lon": place.lon, "radius_km": km}
    after = question[site.end() :]
    # 'the Sadrain Square attack in Najaf', 'the Zaitoun bridge shooting in Nasiriyah': a landmark the gazetteer lacks,
    # asked about with the town it is in, is asked about as that town
    if (
        town := re.match(
            # ('the Jambur field near Laylan': a site the gazetteer lacks, located by its town, is asked as it)
            r"(?:\s+[a-z][\w'’-]*){0,3}?\s*(?:,|\bin|\bat|\bnear|\boutside)\s+(?:the\s+(?:city|town)\s+of\s+)?(?=[A-Z])",
            after,
        )
    ) and (
        (place := _place_at(after, town.end(), wide=False)) is not None
        and place.kind != "province"
        and not re.match(r"[\w'’ -]*?\s+(?:province|governorate)\b", after[town.end() :], re.I)
    ):
        return {"place": place.name, "lat": place.lat, "lon": place.lon, "radius_km": IN_TOWN_KM}
    rest = question[: site.start()] + " " + after
    province = re.search(rf"({_NAME_WORDS})\s+(?:province|governorate)\b", rest, re.I)
    canon = gazetteer.canonical_province(province.group(1)) if province else None
    return {"province": canon} if canon else {}


def _named_anywhere(question: str) -> Place | None:
    """The first town or district the core gazetteer knows, named anywhere in the question, capitalised or typed
    in lower case ('kirkuk ied 2021'); never a word that names an actor, a month or a weekday."""
    titled = re.sub(r"\b[a-z]", lambda m: m.group(0).upper(), question)
    for text in (question, titled):
        for mention in gazetteer.find_places(text):
            words = question[mention.start : mention.end]
            if re.match(rf"\s+(?:{_FEATURE_WORDS}|{_KEPT_SITE})\b", question[mention.end :], re.I) or re.search(
                r"\bof\s+(?:the\s+)?$", question[: mention.start]
            ):
                continue  # 'the Hamrin mountains', 'the Jazeera of Samarra', 'erbil airport': a place of its own
                # (a town's market, base or checkpoint is the town: 'fallujah market bombing jun 2024')
            if mention.place.kind != "province" and _could_be_place(words.title()) and words.lower() not in _NOT_PLACES:
                return mention.place
    if len(question.split()) <= 8:  # a terse search's one mistyped town: 'snjar incidents', 'mekhmur 2021'
        for word in re.findall(r"[A-Za-z][a-z'’-]{4,}", question):
            if _could_be_place(word.title()) and (place := _mistyped_place(word)) is not None:
                return place
    return None


def _mistyped_place(word: str) -> Place | None:
    """The town a word mistypes ('snjar' Sinjar), never an English word nor a word of the question's own vocabulary."""
    low = word.lower()
    if low in english_words() or low in _NOT_PLACES or re.fullmatch(_MONTH_WORD, word, re.I) or canonical_actor(word):
        return None
    return gazetteer.mistyped_town(word)


_WEAPON_WORD = re.compile(
    r"(?:car|truck|motorcycle|roadside|suicide|sticky|double|twin|deadly|rocket|mortar|drone|bomb|(?i:IED)|grenade|"
    r"sniper|gun|air|artillery)"
)


_MONTH_STEMS = frozenset(m[:3].lower() for m in MONTHS)


_GLUE_WORDS = frozenset(
    "was is it its in on at to of the a and or for be as by we he me my us so do did does has had have are were".split()
)


def _bare_province(question: str, cities: bool = False) -> str | None:
    """A province named with no preposition before it, in any case ('Dohuk governorate: all incidents', 'Diyala this
    year'). A name its capital shares ('Kirkuk in 2022') only with `cities`: alone it may mean the city."""
    # a possessive is the name ("Anbar's April 2024"); 'Kirkuk's Hawija' is skipped below as a place named next
    spans = list(re.finditer(r"(?:al-|el-)?[^\W\d_][\w'’-]*", question))
    words = [re.sub(r"['’]s$", "", m.group(0)) for m in spans]
    for i in range(len(words)):
        for n in (3, 2, 1):
            name = " ".join(words[i : i + n])
            # the next word, when only spaces part them ('Diyala 2022, Peshmerga targets': none)
            following = (
                words[i + n]
                if i + n < len(words) and not question[spans[i + n - 1].end() : spans[i + n].start()].strip()
                else ""
            )
            named_next = re.fullmatch(r"[A-Z][a-z][\w'’-]*", following) and following[:3].lower() not in _MONTH_STEMS
            town_of = re.fullmatch(r"towns?|villages?|districts?|sub-?districts?|areas?", following, re.I) and (
                (known_town := gazetteer.lookup(name)) is None or known_town.kind == "province"
            )  # 'which Anbar town', 'Diyala villages': a town of the province, which no town shares its name with
            if not town_of and (named_next or re.fullmatch(rf"{_SITE_WORDS}|city|town", following, re.I)):
                continue  # 'the Babylon Hotel', 'Diyala Bridge': a place in some other province
            if n > 1 and any(w.lower() in _GLUE_WORDS for w in words[i : i + n]):
                continue  # 'was it claimed?': two words that spell 'Wasit' once the space is gone are no name
            if i > 0 and words[i - 1] == "Bab":
                continue  # 'in Bab Baghdad': a city's gate named after another city, not that city
            province = gazetteer.canonical_province(name)
            if (
                province is None
                and n == 1
                and len(name) >= 4
                and name.islower()  # (a capitalised word is a name: 'Who killed Dalia?', 'the Karbalai family')
                and not re.fullmatch(r"tribes?|clans?|family|families", following, re.I)  # 'the diyali tribe'
                and not (_english(name) or _LOWER_STOP.fullmatch(name) or name in NUMBER_WORDS)
                and gazetteer.lookup(name) is None
            ):
                province = gazetteer.province_spelled(name, close=True)  # mistyped: 'dyala attacks', 'nineva 2020'
            if province is None and n > 1 and _split_kind(name):  # 'Dahok province': a spelling of one
                spelled = gazetteer.lookup(name, wide=True)
                province = spelled.province if spelled is not None and spelled.kind == "province" else None
            if i + n <= len(words) and province:
                known = gazetteer.lookup(name)
                if cities or _split_kind(name) or known is None or known.kind == "province":
                    return province
    return None


def _split_kind(name: str) -> bool:
    """Whether the name says it is a province ('Dohuk governorate', 'Kirkuk province')."""
    return bool(re.search(r"\b(?:province|governorate)$", name, re.I))


_DISTANCE_BEFORE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:km|kilomet(?:er|re)s?)\s+$", re.I)
# ... a distance in words ('a few km from Sinjar', 'a couple of miles outside Tikrit'), and a place written with its
# surroundings after it ('in Khanaqeen and its surroundings', 'Kirkuk and the surrounding villages', 'Sinjar and
# nearby areas'): around the town, not in it
_FEW_KM_BEFORE = re.compile(
    r"\b(?:a\s+few|a\s+couple\s+of|several|some|few)\s+(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?$", re.I
)
_AND_AROUND = re.compile(
    r"[\w'\u2019 -]{1,40}?\s+and\s+(?:(?:its|the)\s+)?(?:surroundings|outskirts|environs|suburbs|vicinity|hinterland|"
    r"surrounding\s+(?:areas?|villages|countryside|districts?|towns)|around\s+it|nearby(?:\s+(?:areas?|villages|towns))?)\b",
    re.I,
)


def _names_province(rest: str) -> bool:
    """Whether the words at the start of `rest` are a province's own name, in any spelling or case, with nothing
    after them that makes them the city ('Basra city', 'Basra's Zubair', 'Erbil airport'): 'in Basra', 'in An
    Najaf', 'in al basrah', 'in Sulaimaniyah'."""
    m = re.match(r"((?:(?:al|an|as|ad)[\s-])?[^\W\d_][\w'’-]*)(?!['’\w-])", rest, re.I)
    province = gazetteer.canonical_province(m.group(1)) if m else None
    if m is None or province is None:
        return False
    city = gazetteer.lookup(m.group(1))
    if city is not None and city.kind != "province" and spelling_key(city.name) != spelling_key(province):
        return False  # 'Diwaniya' names Al-Qadisiyah province only as an old alias: it is the city
    after = rest[m.end() :]
    return not (
        re.match(
            rf"\s+(?:city|town|centre|center|airport|province|governorate|{_SITE_WORDS}|{_FEATURE_WORDS})\b",
            after,
            re.I,
        )
        or (re.match(r"\s+[A-Z]", after) and after.strip()[:3].lower() not in _MONTH_STEMS)  # not 'Basra Jan 2020'
        or re.match(r"['’]s\b", after)
    )


_NOT_PLACES = {
    "which",
    "what",
    "who",
    "where",
    "when",
    "how",
    "any",
    "every",
    "all",
    "list",
    "show",
    "give",
    "iraq",
    "iraqi",
    "the",
    "a",
    "an",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "isis",
    "is",
    "islamic",
    "daesh",
    "turkish",
    "us",
    "u.s.",
    "american",
    "kurdish",
    "iranian",
    "coalition",
}


_FEATURE_WORDS = (
    r"(?:mountains?|range|ridge|hills|plains?|marshe?s|oil\s?field|gas\s?field|basin|valley|desert|river|lake|dam|"
    r"island|road|highway)"
)
_SITE_WORDS = (
    r"(?:bridge|market|airport|airfield|airbase|base|camp|checkpoint|hospital|mosque|headquarters|square|street|"
    r"refinery|resort|hotel|"
    r"station|school|university|church|prison|compound|palace|stadium|citadel|castle)"
)


def _unknown_place(question: str) -> str | None:
    """A capitalised name after near/in/at that is no known place ('near Xyzville', 'at the Allas oil field'):
    kept, to be found by name in the records and the article text."""
    for m in _RELATION.finditer(question):
        name = re.match(
            rf"{_NAME_WORDS}(?:\s+of\s+(?:the\s+)?{_NAME_WORDS})?(?:\s+(?:{PLACE_KIND_WORDS}|{_SITE_WORDS}|"
            rf"{_FEATURE_WORDS})\b)?",
            question[m.end() :],
        )
        if name and (
            bare := re.sub(rf"(?:\s+(?:{_EVENT_NOUN}|S?VBIEDs?|RPGs?))+$", "", name.group(0), flags=re.I)
        ) != name.group(0):
            # 'in the Wadi Horan IED', 'at the Tarmiyah Bombing': the event's name after the place is no part of it
            name = re.match(re.escape(bare), question[m.end() :])
        if (
            name
            and _could_be_place(name.group(0))  # 'a briefing on PMU losses': a group, not a place
            and (
                not m.group("across")
                or re.search(rf"\s(?:{_SITE_WORDS}|{_FEATURE_WORDS})$", name.group(0), re.I)  # 'on Palestine Street'
                or re.search(rf"\b{_EVENT_NOUN}\s+on\s+(?:the\s+)?$", question[: m.end()], re.I)  # 'the strike on X'
            )
            # (read as _location reads it: after 'on' a village's fuzzy namesake, 'Khurmir' for 'Khor Mor', is no
            # place, so the name is kept to be found as written)
            and _place_at(question, m.end(), wide=not m.group("across")) is None
        ):
            return name.group(0).rstrip("?.,!")
    # 'Qoratu: how many farmers were wounded ...?': a name typed first as the topic, before a colon, or before a comma
    # and the day ('Qarachogh, 23 July 2024 - wounded?'), or before what happened there ('Multaqa mortar rounds, 17
    # Oct 2020 - anyone hurt?', 'Al-Safra IED on shepherds')
    lead = re.match(
        rf"\s*({_NAME_WORDS})(?::\s|,\s*{_LEAD_DATE}|\s+(?=(?i:mortar|sniper|ied|rocket|drone|roadside|sticky|"
        rf"suicide|car\s+bomb|bomb|bombing|blast|explosion|ambush|shooting|attack|assassination|kidnapping)s?\b))",
        question,
    )
    if lead and not question[lead.end(1) :].lstrip().startswith((":", ",")) and not _ONE_DAY.search(question):
        lead = None  # before what happened, only in a question about one day's event ('Katyusha rocket attacks?')
    # (the event's own word typed in capitals after the name is no part of it: 'Al-Jallam IED, 9 April 2023')
    typed = re.sub(r"(?:\s+(?:S?VBIEDs?|IEDs?|RPGs?|UAVs?))+$", "", lead.group(1)) if lead else ""
    if (
        typed
        and _could_be_place(typed)
        and not re.fullmatch(_TYPED_FIRST_NOT_NAME, typed)
        and not re.fullmatch(rf"{_NOT_A_NAME}|{_COMMON_LEAD}|{_LOWER_STOP.pattern}", typed.lower())
        and not actor_mentions(typed)
        and not _english(typed)  # 'Focus: ...', 'Sorry: I meant 2021', 'Overview: ...': a label
        and gazetteer.lookup(typed) is None  # (a village is found by its name in the records, as written)
    ):
        return typed
    # 'what about Qandil?': a follow-up naming the place alone ('anything on Sharanish?': a search of it)
    if (
        about := re.match(
            rf"\s*(?:and\s+)?(?i:(?:what|how)\s+about|anything(?:\s+new)?\s+(?:on|about|from))\s+(?:the\s+)?"
            rf"({_NAME_WORDS})",
            question,
        )
    ) and (_could_be_place(about.group(1)) and _place_at(question, about.start(1)) is None):
        return about.group(1)
    # 'same question for K1', 'same again but in Qandil': a follow-up naming its place alone
    if (
        same := re.search(rf"\bsame\b[\w\s]*?\b(?:for|in|at|on|around|near)\s+(?:the\s+)?({_NAME_WORDS})", question)
    ) and (_could_be_place(same.group(1)) and _place_at(question, same.start(1)) is None):
        return same.group(1)
    # 'the mukhtar of Albu Dour', 'the residents of Hay al-Askari': a person's or people's place
    if (
        of := re.search(
            rf"\b(?:mukhtar|sheikh|residents|people|villagers|mayor|imam)\s+of\s+(?:the\s+)?({_NAME_WORDS})", question
        )
    ) and (_could_be_place(of.group(1)) and _place_at(question, of.start(1)) is None):
        return of.group(1)
    # 'the mukhtar of Al-Khan village': a village named by what it is
    if (of := re.search(rf"\bof\s+(?:the\s+)?({_NAME_WORDS})\s+(?:village|town|area|neighbou?rhood)\b", question)) and (
        _could_be_place(of.group(1)) and _place_at(question, of.start(1)) is None
    ):
        return of.group(1)
    # 'ISIS attacks Hamrin mountains 2023': a terse search's named range, marsh or desert, wherever it stands (a
    # province's own desert or mountains, 'Anbar desert', is the province, read elsewhere)
    for feature in re.finditer(rf"\b({_NAME_WORDS})\s+{_FEATURE_WORDS}\b", question):
        if _could_be_place(feature.group(1)) and _place_at(question, feature.start(1)) is None:
            return feature.group(0)
    # 'Who claimed the Sadr City market bombing?': a name right before the event it names
    # ... or before the site it names ('when was the Kani Masi base attacked?')
    # ... with words between that say what was hit or with what ('the Jadiriya rocket', 'the Al-Nahda garage blast',
    # 'the Palkana wheat-burning attack', "the Dhuluiya farmers' abduction"), or typed first with no 'the' ('Sheladze
    # incidents', 'Nahr Bin Omar rocket attack: fatalities?')
    for ev in re.finditer(
        rf"(?:\b[Tt]he\s+|^\s*)({_NAME_WORDS})\s+(?:{_DESCRIBING}\s+){{0,2}}?(?:{_EVENT_NOUN}|{_SITE_WORDS}|"
        rf"{_NAMED_EVENT_NOUN}|{_PERSON_NOUN}|grenades?|workers?|agents?|reporters?)\b",
        question,
    ):
        named: str = ev.group(1)
        words = named.split()
        for n in range(1, len(words)):  # 'Al-Riyadh Federal Police point attack': the force hit is no name
            if actor_mentions(" ".join(words[n:])) and _could_be_place(" ".join(words[:n])):
                named = " ".join(words[:n])
                break
        if named.lower() in _COMMUNITIES:
            continue  # 'the Kakai farmer', 'the Shabak officer': a community, no place
        if not ev.group(0).lstrip()[:4].lower() == "the " and (
            _TYPED_FIRST_NOT_NAME.match(named) or any(w.isupper() for w in named.split())
        ):
            continue  # 'Summarize IED attacks ...', 'Write up the attacks', 'Iran-aligned militia fire': no name
        if (
            not ev.group(0).lstrip()[:4].lower() == "the "
            and len(named.split()) == 1
            and gazetteer.lookup(named, wide=True) is None
            and not _NAMED_ONE_EVENT.match(question, ev.start(1))
        ):
            continue  # one capitalised word first is no name the gazetteer lacks: 'Car bombings', 'Tribal clashes'
        # a village only the wide gazetteer knows by a like spelling is no match: the name is kept as typed
        if _could_be_place(named) and _place_at(question, ev.start(1), wide=False) is None:
            return named
    return None


# A person or people named by their place ('the Bani Saad police intelligence officer', 'the Tarmiyah mukhtar')
_PERSON_NOUN = (
    r"(?:officers?|mukhtars?|journalists?|activists?|lawyers?|candidates?|shepherds?|farmers?|traders?|pilgrims?|"
    r"guards?|sheikhs?|imams?|engineers?|drivers?|teachers?|officials?|councill?ors?|doctors?|mayors?|judges?)"
)


_COMMUNITIES = frozenset(
    "kakai kakais shabak sabean sabeans mandaean mandaeans assyrian assyrians chaldean chaldeans armenian armenians "
    "faili yazidi yazidis turkmen christian christians sunni shia shiite kurdish kurd arab bedouin".split()
)


# Oil or gas fields of no name ('attacks at Iraqi oil fields', 'incidents on the oilfields of Basra')
_ANY_FIELDS = re.compile(
    r"\b(?:at|on|in|near|around|against|targeting|hitting)\s+(?:the\s+)?(?:(?:iraqi|southern|northern|kirkuk|basra|"
    r"other|several|various)\s+)?(oil|gas)[\s-]?fields\b",
    re.I,
)


# Capitalised words that open a question without naming a place: a request's verb, a side's adjective
_TYPED_FIRST_NOT_NAME = re.compile(
    r"(?i:summari[sz]e|write|list|show|give|find|get|pull|brief|tell|describe|count|compare|map|search|display|"
    r"prepare|draft|provide|report|any|all|recent|latest|major|deadly|fatal|total)\b|"
    r"[\w'’]+-(?:aligned|affiliated|linked|allied|sponsored|backed|led|based)\b"
)


# A city's quarter or neighbourhood named by its own name: "the Tis'in quarter", 'the Al-Askari neighbourhood'
_QUARTER = re.compile(rf"\b[Tt]he\s+({_NAME_WORDS})\s+(?:quarter|neighbou?rhood|district\s+of)\b")


# What an event or the place it hit is called by besides _EVENT_NOUN and _SITE_WORDS: 'the Jadiriya rocket', 'the
# Mutaibijah hideout', "the Dhuluiya farmers' abduction", 'the Tis'in quarter'
_NAMED_EVENT_NOUN = (
    r"(?:rockets?|mortars?|shells?|grenades?|drones?|abductions?|assassinations?|arson|fire|hideouts?|quarter|"
    r"neighbou?rhood|garage|pylon|tower|shop|cafe|office)"
)


# Words that open a terse question without naming a place ('Car bomb', 'Tribal clash', 'Night raid')
_COMMON_LEAD = (
    rf"(?i:{_WEAPON_WORD.pattern}|{_SITE_WORDS}|{_EVENT_NOUN}|{_NAMED_EVENT_NOUN}|tribal|sectarian|terrorist|militia|"
    r"militant|insurgent|jihadist|night|border|cross-border|convoy|wedding|funeral|first|second|third|last|latest|"
    r"recent|another|same|next|previous|big|biggest|worst|major|deadly|fatal|fresh|new|old|single|main|armed|"
    r"political|targeted|random|rural|urban|local|religious|election|revenge|retaliatory|failed|foiled|attempted|"
    r"hoax|early|late|morning|evening|midnight|dawn|weekend|holiday|friday|this|that|which|what|one|each|every)"
)
# One event typed first by the name of its place, which the gazetteer may lack ('Degala drone strike', 'Nuffar tower
# bombing'): a name that is no common word, then up to two words, then one event (never 'Car bombings')
# A word between a named place and its event noun that says what was hit or by whom: 'Kesta village Turkish
# shelling', 'Al-Khidr convoy IED', 'Sinjar YBS checkpoint attack' (lower case, a nationality or an acronym)
_DESCRIBING = r"(?:[a-z][\w'’-]*|[A-Z][a-z]+(?:ish|ian|i)|[A-Z]{2,5})"
_NAMED_ONE_EVENT = re.compile(
    rf"(?!{_COMMON_LEAD}\b)[A-Z][a-z][\w'’-]+\s+(?:{_DESCRIBING}\s+){{0,2}}?"
    r"(?:attack|ambush|bombing|bomb|explosion|blast|killing|strike|raid|shooting|kidnapping|assault|shelling|(?i:IED)|"
    # ('Al-Bayaa grenade on a mawkib', 'Tisin election worker shot dead')
    r"grenade|"
    rf"(?:{_PERSON_NOUN}|workers?|agents?|reporters?)\s+(?:was\s+|were\s+)?(?:shot|killed|wounded|kidnapped|abducted|"
    r"attacked|assassinated))\b(?!-)"
)

# One event typed tersely, with no 'the', as analysts write it: a name first, up to four words saying what was hit or
# with what, one singular event noun, then the date or place ('Tal Afar recruitment-tent bombing, June 2021:
# wounded?', 'Mahmudiyah PMU pick-up bomb, 17 Aug 2022'), or a bare event noun at a named place ('suicide car bomb at
# Al-Tash, Ramadi, Nov 2019'). Never a plural ('Diyala IED attacks 2021'), a listing ('List every car bomb in ...')
# or a question word first ('How many ...'); parse_question asks for a period of a month or less besides.
_ONE_NOUN = (
    r"(?:attack|ambush|bombing|bomb|explosion|blast|killing|strike|raid|shooting|kidnapping|assault|shelling|rocket|"
    r"grenade|abduction|assassination|throw)"
)
_NOT_A_NAME = (
    r"(?i:list|show|find|give|get|display|search|pull|brief|summari[sz]e|sum|overview|sitrep|tell|count|total|"
    r"number|toll|deaths?|casualties|any|all|every|each|how|who|whom|what|which|when|where|why|did|do|does|was|were|"
    r"is|are|has|have|had|can|could|would|will|please|i|we|and|or|but|so|in|on|at|near|since|during|after|before)"
)
_MANY_EVENTS = (
    r"(?i:attacks|incidents|ambushes|bombings|bombs|explosions|blasts|killings|strikes|raids|shootings|kidnappings|"
    r"assaults|clashes|events)"
)
_TERSE_ONE_EVENT = re.compile(
    rf"\s*(?:the\s+)?(?!{_COMMON_LEAD}\b|{_NOT_A_NAME}\b)[A-Z][\w'’-]+"
    rf"(?:\s+(?!{_NOT_A_NAME}\b|{_MANY_EVENTS}\b)[\w'’-]+){{0,4}}?\s+{_ONE_NOUN}\b(?![-'’])"
    r"(?=\s*(?:[,:;?\u2013\u2014]|-\s|$)|\s+(?:in|on|of|at|near|outside|north|south|east|west)\b|\s+\d)"
    rf"|\s*(?:(?!{_NOT_A_NAME}\b)[a-z][\w'’-]*\s+){{0,3}}{_ONE_NOUN}\s+(?:at|in|near|outside)\s+(?:the\s+)?[A-Z]"
)


_TERSE_LOWER = re.compile(
    rf"\s*((?!{_NOT_A_NAME}\b)[a-z][\w'’-]+)\s+(?:(?!{_MANY_EVENTS}\b)[\w'’-]+\s+){{0,2}}?{_ONE_NOUN}\b(?![-'’])"
    rf"(?!\s+(?:[\w-]+\s+)?{_MANY_EVENTS}\b)(?!\s+fire\b)"  # ('kirkuk rocket fire': a mass of events)
)
# ('last year' is a period and 'latest figure' a toll; 'the last air strike near Zakho' is a pick)
_PICK_OF_MANY = re.compile(
    rf"\b(?:most\s+recent|latest|earliest|deadliest|biggest|worst|largest|first|last)\s+(?:[\w-]+\s+){{0,2}}"
    rf"{_ONE_NOUN}\b",
    re.I,
)


# In a question about one event, what stands right before 'near X' when the words locate that event rather than
# ask about the area: a thing named with its article ('the Peshmerga post near', 'an IED near', 'the army outposts
# near'), or one event named ('Pipeline bomb near', 'the roadside bomb near'); never many events or anything
# ('attacks near', 'anything near', 'those around', 'activity around')
_GLUE = r"(?i:on|of|in|about|for|at|by|from|with|and|or)"
_ONE_THING_BEFORE = re.compile(
    rf"(?:\b(?:the|an?|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+"
    rf"(?:(?!{_GLUE}\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?!{_MANY_EVENTS}\b|ones\b|area\b|activit(?:y|ies)\b|violence\b|situation\b)[\w'’-]+|"
    rf"\b{_ONE_NOUN}(?:\s+(?:on|against)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?)\s+$",
    re.I,
)


def _place_at(text: str, pos: int, wide: bool = True) -> Place | None:
    """The longest run of up to four words at `pos` that the gazetteer knows (any case: users type 'kirkuk')."""
    words = re.match(r"[^\W\d_][\w'’‘-]*(?:\s+[^\W\d_][\w'’‘-]*){0,3}", text[pos:])
    if not words:
        return None
    parts = words.group(0).split()
    if parts[0] == "Bab":
        return None  # 'in Bab Baghdad' (of Karbala): a city's gate named after another city, found by its name
    if re.match(r"(?:Hay+|Hai)[\s-]+(?:al-|Al-|el-|[A-Z])", text[pos:]):
        return None  # 'in Hay al-Askari, Najaf city': 'Hay' is Arabic for a quarter, not the Wasit town Al-Hay
    for i, part in enumerate(parts):  # "in Kirkuk's Wasiti neighbourhood": Kirkuk; "Kirkuk's Hawija district": Hawija
        if re.search(r"['’]s$", part):
            possessed = _place_at(text, pos + text[pos:].index(part) + len(part) + 1, wide=False)
            if possessed is not None:
                return possessed
            parts = [*parts[:i], part[:-2]]
            break
    for n in range(len(parts), 0, -1):
        place = gazetteer.lookup(" ".join(parts[:n]))
        if place is not None:
            rest = text[pos:].split(None, n)[n:]
            if rest and re.match(rf"{_FEATURE_WORDS}\b", rest[0], re.I) and not re.match(r"basin\b", rest[0], re.I):
                return None  # 'the Hamrin mountains' are not the town of Hamrin: a feature of its own, found by name
                # (but 'the Al-Mutaibija basin' is the country around the village it is named after)
            # a site of a town is in the town: 'Erbil airport', 'the Tuz Khurmatu market' are Erbil, Tuz Khurmatu
            return place
    # A capitalised name may be a village: the wide gazetteer, by spelling ('Beled', 'Al-Mukhisa'), the whole name
    # only ('Wadi al-Shay' is not the village 'Wadiyah'); not when it names a site or a feature ('the Al-Zaitoun
    # bridge', 'the Makhoul mountains'), whose name a village elsewhere may share.
    name = re.match(_NAME_WORDS, text[pos:])
    if not (wide and name) or not _could_be_place(name.group(0)) or name.group(0).lower() in COUNTRIES:
        return None
    after = text[name.end() + pos :]
    if re.match(rf"\s+(?:{_SITE_WORDS}|{_FEATURE_WORDS}|{_EVENT_NOUN}|areas|villages|of\s+[A-Z])\b", after, re.I):
        return None  # 'the Makhoul mountains', 'IED attacks', 'Shia areas': not a village's name
    return gazetteer.lookup(name.group(0), wide=True)


def _could_be_place(name: str) -> bool:
    """A capitalised name in a question that may name a place (not 'March', 'IS', 'Ramadan', 'Iran-backed')."""
    words = name.split()
    if len(words) == 1 and re.fullmatch(_MONTH_WORD + r"\.?", words[0], re.I):
        return False  # 'in Aug 2021', 'in Oct': a month written short ('Mar Mattai', a name, has more words)
    return words[0].lower() not in _NOT_PLACES and could_be_place(name)


# ------------------------------------------------------------------ type, actors, intent


# Records whose event date is known, not the report's date standing in: 'dated incidents only', 'only dated attacks',
# 'how many dated IS attacks', 'with a known date', 'excluding undated ones'.
# Words that leave records out of a listing: 'excluding', 'drop', "don't include", 'not counting', 'forget'
_LEAVE_OUT = (
    r"(?:exclud\w*|without|leav\w*\s+out|omit\w*|skip\w*|drop\w*|remov\w*|ignor\w*|hid\w*|filter\w*\s+out|"
    r"forget(?:\s+about)?|(?:do\s+not|don'?t|never)\s+(?:include|count|show|list|want|need|give\s+me)|"
    r"not\s+(?:counting|including|showing|listing))"
)
_DATED_ONLY = re.compile(
    r"\bonly\s+(?:the\s+)?dated\b|\bdated\s+(?:ones?\s+)?only\b|\bdated\s+(?:(?!\d)(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[a-z-]+\s+){0,3}?"
    r"(?:incidents?|attacks?|events?|records?|ones)\b|"
    # 'have an exact date, not just a filing date', 'not only the report's date'
    r"\bnot\s+(?:just|only|merely)\s+(?:a|the)\s+(?:report(?:'s)?\s+|filing\s+|publication\s+)+date\b|"
    r"\b(?:with|having|that\s+have|which\s+have|that\s+has|which\s+has)\s+(?:an?\s+)?(?:known|exact|actual|real|proper|"
    r"confirmed|verified|firm|definite)\s+(?:event\s+)?dates?\b|"
    r"\b(?:ones|those|incidents|attacks|events|records)\s+(?:with|having)\s+(?:an?\s+)?(?:event\s+)?dates?\b|"
    rf"\b(?:{_LEAVE_OUT}|no)\s+(?:the\s+|any(?:thing)?\s+|all\s+|everything\s+)?undated\b|\bevent\s+dates?\s+only\b|"
    # 'undated reports are no use to me', 'undated ones aren't wanted'
    r"\bundated\s+(?:[a-z]+\s+)?(?:are|is|aren'?t|isn'?t)\s+(?:of\s+)?(?:no\s+(?:use|good|help|interest)|useless|"
    r"irrelevant|not\s+(?:needed|wanted|useful|relevant|helpful)|needed|wanted|useful|relevant|helpful)\b|"
    # 'leaving out items that only give a report date', 'not counting reports without an event date'
    rf"\b{_LEAVE_OUT}\s+(?:the\s+|any\s+|all\s+)?"
    r"(?:items|entries|records|ones|incidents|reports|attacks|events)\s+(?:that\s+|which\s+)?(?:only\s+(?:give|have|"
    r"carry)\s+(?:a|the)\s+(?:report(?:'s)?\s+|filing\s+|publication\s+)+date|(?:without|with\s+no|lacking)\s+(?:an?\s+)?(?:exact|event|known)\s+"
    r"(?:day|date))\b|"
    rf"\bdated\s+(?:[a-z-]+\s+)?{_EVENT_NOUN}|"  # 'dated roadside bombings'
    # 'leave anything undated out', 'keep the undated ones out'
    r"\b(?:leav\w*|keep\w*)\s+(?:the\s+|any(?:thing)?\s+|all\s+|everything\s+)?undated\s+(?:[a-z]+\s+)?out\b|"
    # 'only ones that have an event date', 'exclude anything without a date', 'anything lacking a date'
    r"\b(?:that|which)\s+(?:have|has|carry|carries|give|gives)\s+(?:an?\s+)?event\s+dates?\b|"
    rf"\b{_LEAVE_OUT}\s+(?:anything|everything|all|any)\s+(?:that\s+is\s+)?(?:without|with\s+no|lacking|missing)\s+"
    r"(?:an?\s+|its\s+)?(?:(?:exact|event|known)\s+)?(?:day|date)\b|"
    # 'ambushes near Hawija in 2022 where the date of the attack is known', 'whose date is known'
    r"\b(?:where|when|whose|if)\s+(?:the\s+|its\s+|their\s+)?(?:(?:exact|event)\s+)?dates?\s+(?:of\s+the\s+"
    r"(?:attacks?|incidents?|events?)\s+)?(?:is|are)\s+(?:known|given|stated|certain|clear)\b"
)


# 'include the undated ones too', 'with undated reports': the report's date may stand in again
_WITH_UNDATED = re.compile(r"\b(?:includ\w*|with|add\w*|keep\w*|bring\w*\s+back)\s+(?:the\s+|any\s+|all\s+)?undated\b")


# Two values of one filter ('shootings and kidnappings', 'police and soldiers', 'Kirkuk and Salahuddin', 'a drone or
# a rocket'): the filters hold one value each, so the field is left open, the smallest filter that holds both.
_JOINED = re.compile(
    r"\s*(?:,|&|/|\+|\band\b|\bor\b|\bplus\b|\bas\s+well\s+as\b|\bvs\.?|\bversus\b)\s*(?:an?\s+|the\s+)?"
)
# A value the question leaves out ('everything except IEDs', 'non-ISIS attacks', 'anyone but civilians', 'not just
# IEDs', 'excluding Mosul'): not a filter on it (the filters cannot exclude; the rest of the question still holds).
_EXCLUDED = re.compile(
    r"(?:\b(?:except|excluding|exclude|other\s+than|apart\s+from|aside\s+from|besides|but\s+not|not\s+just|"
    r"not\s+only|anyone\s+but|anything\s+but|everything\s+but|without|"
    # a negated claim or aim ('not claimed by ISIS', 'that did not target the army', "didn't hit police")
    r"(?:(?:was|were|is|are)\s+)?(?:not|never)\s+(?:claimed|carried\s+out|done)\s+by|"
    r"(?:did\s+not|didn'?t|does\s+not|doesn'?t|never)\s+(?:target|hit|involve|attack|strike)|not\s+(?:aimed\s+at|against|on)|"
    r"(?:do\s+not|don'?t)\s+(?:include|count|want|list|show)|not\s+(?:counting|including))\s+(?:for\s+)?"
    r"(?:(?:one|ones|those|any|attacks?)\s+)?(?:in\s+)?(?:the\s+)?(?:[\w-]+\s+)?|\bnon-?\s*)$",
    re.I,
)


# Attacks of no named kind, which joined to a typed one leave the type open
_ANY_KIND = r"(?:strikes|raids|attacks|operations|assaults)"


# Weapons that name a kind of attack of their own when they share a noun with another ('drone and rocket attacks');
# not 'air': 'air and drone strikes' are air strikes both
_JOINED_WEAPON = r"(?P<weapon>rocket|mortar|drone|uav|ied|bomb|grenade|sniper|gun|artillery)"


def _joined(text: str, first_end: int, second_start: int) -> bool:
    """Whether only 'and', 'or', a comma or the like stands between two names."""
    return first_end <= second_start and bool(_JOINED.fullmatch(text[first_end:second_start]))


def _excluded(text: str, start: int) -> bool:
    """Whether the name at `start` follows 'except', 'excluding', 'non-', 'anyone but' and the like."""
    return bool(_EXCLUDED.search(text[max(0, start - 40) : start]))


# 'shootings of protesters by the security forces', 'the security forces shooting at demonstrators': the state's
# crackdown, coded as shooting, tear gas or both, so realworld4 and realworld5 gold leaves its type open; 'shootings of
# protesters' with no shooter named (questions4) and 'shots fired at protesters' keep the type
_ON_PROTESTERS = re.compile(r"\s+(?:of|at|on|into)\s+(?:the\s+)?(?:protesters|demonstrators|protests)\b")


def _attack_type(low: str) -> str | None:
    """The attack type named; 'suicide' beats the bombing words it comes with. Two types asked for together
    ('shootings and kidnappings', 'a drone or a rocket?') or one left out ('everything except IEDs') set none."""
    named = attack_types_named(low)
    for (_, end, first), (start, _, second) in zip(named, named[1:], strict=False):
        if first != second and _joined(low, end, start):
            return None
    for start, end, _ in named:
        # 'Turkish strikes or shelling incidents', 'raids and IEDs', 'IEDs and other attacks': a type joined to
        # attacks of any kind ('rocket attacks and shelling' is one type twice)
        generic = re.search(rf"\b{_ANY_KIND}{_JOINED.pattern}$", low[:start])
        if (
            generic
            and not any(e <= generic.start() and not low[e : generic.start()].strip() for _, e, _ in named)
            and not any(s0 <= generic.start() < e0 for s0, e0, _ in named)  # ('drone strikes and air strikes')
        ):
            return None
        if re.match(rf"{_JOINED.pattern}other\s+{_ANY_KIND}\b", low[end:]):
            return None
    if len(named) >= 2 and len({k for _, _, k in named}) == 1 and not any(_excluded(low, st) for st, _, _ in named):
        return named[0][2]  # 'drone strikes and air strikes': one type named twice
    for start, end, kind in named:
        # 'drone and rocket attacks', 'rocket or drone strikes': a weapon joined to the type named shares its noun
        # ('drone and air strikes' are air strikes both: a weapon is read with the noun it shares)
        after = re.match(rf"{_JOINED.pattern}{_JOINED_WEAPON}s?\s+(?P<noun>attacks?|strikes?|incidents?)\b", low[end:])
        before = re.search(rf"\b{_JOINED_WEAPON}s?{_JOINED.pattern}$", low[:start])
        shared = re.search(r"\b(?:attacks?|strikes?|incidents?)\b", low[start:])
        noun = after.group("noun") if after else shared.group(0) if shared else "attacks"
        weapon = after or before
        if weapon and attack_type_named(f"{weapon.group('weapon')} {noun}") != kind:
            return None
    for start, end, kind in named:
        if _excluded(low, start) or (
            kind == "shooting"
            and low[start:end].endswith(("shooting", "shootings"))
            and _ON_PROTESTERS.match(low, end)
            and re.search(r"\bsecurity\s+forces\b", low)
        ):
            low = low[:start] + " " * (end - start) + low[end:]
    return attack_type_named(low)


def _actors(question: str) -> tuple[str | None, str | None]:
    """(perpetrator, target): 'attacks by X', 'X attacks', 'X killed 5' make X the attacker;
    'X were killed', 'X fighters died', 'attacks on X', 'attacked the X' make X the one hit."""
    low = question.lower()
    perpetrator = target = None
    mentions = actor_mentions(question)
    open_roles: set[str] = set()
    previous: tuple[str, re.Match[str], str | None] | None = None
    for name, m in mentions:
        if _excluded(low, m.start()):
            continue  # 'non-ISIS attacks', 'attacks on anyone but civilians': no filter on them
        if (
            previous is not None
            and previous[0] != name
            and _joined(low, previous[1].end(), m.start())
            and re.fullmatch(r"troops|forces|personnel", m.group(0).lower())
            and len(previous[1].group(0).split()) > 1
            and not low[previous[1].end() : m.start()].strip(" ,").startswith(("or", "vs", "versus"))
        ):
            continue  # 'coalition convoys and troops', 'Turkish bases and troops': the first one's troops
        if previous is not None and previous[0] != name and _joined(low, previous[1].end(), m.start()):
            # 'attacks on police and soldiers', 'by ISIS or unknown gunmen': two values, the field stays open;
            # 'clashes between the PKK and Turkish forces': neither side is the attacker
            between = re.search(r"\bbetween\s+(?:the\s+)?$", low[: previous[1].start()])
            open_roles |= {"perpetrator", "target"} if between else {previous[2]} if previous[2] else set()
            continue
        if re.match(r"(?:armed|outlaw)\b|groups?\b", m.group(0)) and re.search(
            r"\b(?:which|what|whose)\s+$", low[: m.start()]
        ):
            continue  # 'which armed group was blamed': the question's word, no filter
        # 'the US strikes', 'Turkish shelling': an actor named by its own acts attacked, whatever comes around it
        after = low[m.end() :]
        if len(m.group(0).split()) > 1 and (
            same := re.match(rf"{_JOINED.pattern}(?:troops|forces|personnel)\b", after)
        ):
            after = after[same.end() :]  # 'coalition convoys and troops hit': what follows both says their role
        role = (
            "perpetrator"
            if _ACT_NOUN.search(m.group(0))
            # 'when Turkish artillery hit near Kesta': the guns named as the subject of the hitting
            or (_GUNS.search(m.group(0)) and re.match(rf"\s*{_HIT_VERBS}\b", after))
            # 'coalition convoy attacks', 'US base attacks': a site named is what was hit
            else "target"
            if _SITE_MENTION.search(m.group(0)) and not re.search(r"\bby\s+(?:the\s+)?$", low[: m.start()])
            else _role(low[: m.start()], after, name)
        )
        if re.match(r"['’]s\s", low[m.end() :]) and not _SITE_OF_ACTOR.match(low[m.end() + 3 :]):
            role = None  # "Turkey's cross-border campaign": the owner of what follows, neither attacker nor hit
        if name == "civilians" and role == "perpetrator":
            role = "target"  # 'protesters killed': civilians are never the attackers asked about
        if (
            name == "civilians"
            and role is None
            and _CIVILIAN_GROUP.fullmatch(m.group(0))
            and (hit := _CIVILIANS_HIT.match(after))
            and not actor_mentions(after[hit.end() : hit.end() + 30])  # ('protesters killing police officer ...')
        ):
            role = "target"  # 'daquq farmers shot 21/03/2021', 'shatra activist abduction sept 2021': a terse note
        previous = (name, m, role)
        if role == "perpetrator" and perpetrator is None:
            perpetrator = name
        elif role == "target" and target is None:
            target = name
    if len(mentions) == 2 and (pair := _versus(low, mentions)) is not None:
        return pair  # 'daesh vs soldiers', 'turkey vs pkk strikes': the first attacked the second
    if target is None and perpetrator is None and not open_roles and len(mentions) == 1:
        name, m = mentions[0]
        lead = low[: m.start()].split()
        if (
            name in _USUALLY_HIT
            # (never 'journalist', 'mukhtar': one man named by his trade is no target filter)
            and (name != "civilians" or re.fullmatch(r"civilians?", m.group(0), re.I))
            and not _excluded(low, m.start())
            and not any(w in STOPWORDS or not re.fullmatch(r"[a-z][\w'’-]*|\d{4}", w) for w in lead)
            and len(lead) <= 4
            and not _ACT_NOUN.search(m.group(0))
            and _BARE_FORCE.fullmatch(m.group(0))  # (never a named unit: 'kataib hezbollah baghdad')
            and not _FORCE_DOING.search(low[m.end() :])  # ('police violence', 'army ops', 'security forces crackdown')
        ):
            target = name  # 'hashd anbar', 'baghdad prov 2019 civilians': a force or civilians typed bare are hit
    if target is None and _COALITION_HIT.search(low):
        target = "US forces"  # 'coalition hit in baghdad city 2024', 'coalition attacked near Erbil'
    if perpetrator is None and _FORCE_ON_PROTESTS.search(low):
        perpetrator = "security forces"  # 'violence against protesters', 'the crackdown on demonstrators'
    if perpetrator is None and _UNCLAIMED.search(low):
        perpetrator = "unknown"  # an unclaimed attack is coded 'unknown' (questions4, questions5 gold)
    return (
        None if "perpetrator" in open_roles else perpetrator,
        None if "target" in open_roles else target,
    )


# Turkey's drones asked about ('turkish drones 2022', 'drones of the Turkish army'): its strikes from the air
_TURKISH_DRONES = re.compile(
    r"\bturk(?:ish|ey['’]s)\s+(?:army\s+|military\s+)?drones\b|\bdrones\s+of\s+the\s+turkish\s+(?:army|military)\b"
)


def _turkish_drones(low: str) -> bool:
    """Turkey's drones asked about as what struck ('turkish drones 2022'): never drones downed or crashed, never
    attacks on them, nor beside another type named ('turkish drones and shelling')."""
    m = _TURKISH_DRONES.search(low)
    return (
        m is not None
        and not attack_types_named(low)
        and not re.search(r"\b(?:downed|shot\s+down|crash\w*|intercepted|attacks?)\b", low[m.end() :])
        and not re.search(r"\b(?:on|against|targeting)\s+(?:the\s+)?$", low[: m.start()])
    )


def _versus(low: str, mentions: list[tuple[str, re.Match[str]]]) -> tuple[str, str] | None:
    """(attacker, hit) of two actors set against each other ('daesh vs soldiers'); None for a clash between them."""
    (first, a), (second, b) = mentions
    if first == second or not re.fullmatch(r"\s*(?:vs\.?|versus|v\.?|against)\s*", low[a.end() : b.start()]):
        return None
    if re.search(r"\b(?:clash\w*|fighting|battles?|firefights?|skirmish\w*|compare\w*|comparison)\b", low):
        return None  # 'PKK vs Turkish army clashes': neither side is the attacker
    if {first, second} in ({"ISIS", "PMU"}, {"unknown", "PMU"}):
        return (second, first) if first == "PMU" else (first, second)  # 'daesh vs pmf posts': the Hashd is hit
    if first in _NON_STATE and second in _NON_STATE:
        return None  # 'isis vs pkk attacks': two groups' attacks set side by side, not one attacking the other
    return first, second


_NON_STATE = frozenset({"ISIS", "PKK", "PMU", "unknown"})
# the forces and people that the records hold as hit far more than as attackers: typed bare in a terse search ('hashd
# anbar'), they are the target
_USUALLY_HIT = frozenset({"PMU", "army", "police", "Peshmerga", "civilians", "security forces", "US forces"})
# a force's generic name, as typed bare in a search (never a named unit or militia)
_BARE_FORCE = re.compile(
    r"(?:the\s+)?(?:pmf|pmu|hashd(?:\s+al-?shaabi)?|popular\s+mobili[sz]ation(?:\s+forces?)?|army|iraqi\s+army|"
    r"soldiers|troops|police|policemen|federal\s+police|peshmerga|civilians?|border\s+guards?|us\s+forces|"
    r"coalition\s+forces)",
    re.I,
)
# ... or what a force did, anywhere after it: 'police violence', 'army ops', 'riot police tahrir protests'
_FORCE_DOING = re.compile(
    r"\b(?:violence|abuses?|crackdowns?|ops|operations?|raids?|killings?|shootings?|campaigns?|protests?|"
    r"demonstrat\w*|tahrir|arrests?|detentions?|torture|fire)\b",
    re.I,
)
_COALITION_HIT = re.compile(
    r"\b(?:the\s+)?(?:us-led\s+|international\s+)?coalition\s+(?:forces\s+|troops\s+)?"
    # ('coalition logistics and bases hit')
    r"(?:(?:logistics|convoys|bases|sites|positions|facilities)\s+(?:(?:and|&)\s+(?:logistics|convoys|bases|sites|"
    r"positions|facilities)\s+)?)?(?:was\s+|were\s+)?"
    r"(?:hit|attacked|targeted|struck|shelled)\b(?!\s+(?:the|an?|isis|daesh|is|positions?|hideouts?)\b)"
)


# ... the people analysts count as a kind of target (a trader, a mukhtar or a journalist is one man, told as such)
_CIVILIAN_GROUP = re.compile(
    r"(?:farmers?|shepherds?|protesters?|demonstrators?|activists?|civilians?|villagers?|pilgrims?|worshippers?)"
)
# What befell people named just before it in a terse note ('farmers shot', 'activist abduction', 'shepherds killing')
_CIVILIANS_HIT = re.compile(
    r"\s*(?:shot|shooting|abduct(?:ed|ion)|kidnapp(?:ed|ing)|kidnap|killing|killed|murder(?:ed)?|assassination|"
    r"attacked|attack|bombing|wounded|injured)\b"
)


# Force used on protests is, in the analysts' words, the state's: 'violence against protesters', 'the crackdown on
# demonstrators', 'repression of the protests'. 'Killings of protesters' names no attacker and stays open.
_FORCE_ON_PROTESTS = re.compile(
    r"\b(?:violence|crackdowns?|repression|excessive force|use of force)\s+(?:against|on|towards)\s+(?:the\s+)?"
    r"(?:protesters|demonstrators|protests|demonstrations|protest movement)\b"
)


# 'unclaimed attacks', 'that nobody claimed', 'no group has claimed' ('not claimed by ISIS' is an exclusion instead)
_UNCLAIMED = re.compile(
    r"\bunclaimed\b|\b(?:nobody|no\s+one|no\s+group|no\s+faction|none)\s+(?:has\s+|have\s+|had\s+|ever\s+)*claimed\b|"
    # 'where nobody knows who did it', 'no one knows who was behind them'
    r"\b(?:nobody|no\s+one|no-one)\s+knows\s+who\s+(?:did|was\s+behind|were\s+behind|carried\s+out|is\s+behind)\b|"
    r"\bnot\s+(?:yet\s+)?claimed\b(?!\s+by)|"
    # 'where the attacker is unknown', 'the ones whose perpetrators remain unknown'
    r"\b(?:attackers?|perpetrators?|culprits?|assailants?)\s+(?:(?:that|who|which)\s+)?(?:is|are|was|were|remains?|"
    r"remained|still)\s+"
    r"(?:still\s+)?(?:unknown|unidentified|not\s+known)\b"
)
_GUNS = re.compile(r"\b(?:artillery|shells?|drones?|jets|warplanes|aircraft|helicopters?|mortars?|rockets?|missiles?)$")
_HIT_VERBS = r"(?:hit|struck|pounded|bombed|shelled|targeted|killed|wounded|fell|landed|attacked)"
_ACT_NOUN = re.compile(
    r"\b(?:strikes?|sorties|operations?|ops|shelling|bombardment|attacks?|raids?|campaigns?|offensives?)$"
)
# The state's forces, named before the one attack they suffered ('border guard shooting'): never its attacker there
_STATE_FORCES = frozenset({"police", "security forces", "army", "Peshmerga", "Iraqi forces"})
_SITE_MENTION = re.compile(
    r"\b(?:convoys?|bases?|posts?|checkpoints?|patrols?|positions?|facilit(?:y|ies)|targets?|supply\s+(?:lines|routes|"
    r"trucks))$"
)
_SITE_OF_ACTOR = re.compile(
    r"(?:\w+\s+)?(?:headquarters|base|bases|post|posts|positions?|checkpoints?|convoys?|camp|offices?|patrols?|"
    r"vehicles?|outposts?|barracks)\b"
)


# A group asked about as the topic of an update: 'catch me up on', 'update me on', 'the latest on', 'what's new on'
_TOPIC_ON = re.compile(
    r"\b(?:(?:catch|fill)\s+(?:me|us)\s+(?:up\s+|in\s+)?on|(?:update|brief)\s+(?:me|us)\s+on|"
    r"(?:an?\s+|the\s+|any\s+)?(?:update|briefing|brief|summary|overview|rundown|latest|news|anything(?:\s+new)?|"
    r"what['\u2019]?s\s+new)\s+on)\s+(?:the\s+)?$"
)


def _role(before: str, after: str, name: str) -> str | None:
    """Whether the actor named between `before` and `after` attacked or was attacked."""
    if re.match(
        rf"\s*(?:artillery|shells?|shelling|drones?|jets|warplanes|aircraft|helicopters?|mortars?|rockets?|"
        rf"missiles?)\s+{_HIT_VERBS}\b",
        after,
    ):
        return "perpetrator"  # 'when Turkish artillery hit near Kesta', 'Turkish shells hit Barwari Bala'
    if re.search(
        r"\b(?:by|claimed by|carried out by|blamed on|from|put on|pinned on|put down to|attributed to|laid on)\s+"
        r"(?:the\s+)?(?:\w+\s+)?$",
        before,
    ):
        return "perpetrator"  # ('only the ones put on IS': the attacks IS is blamed for)
    if re.search(
        r"\b(?:of|among)\s+(?:those|them|these)\s+(?:were|was)\s+(?:the\s+|by\s+(?:the\s+)?)?$", before
    ) and not re.match(
        r"\s*(?:targeted|targetted|attacked|hit|struck|killed|wounded|injured|victims?|targets?)\b", after
    ):
        return "perpetrator"  # 'how many of those were the security forces?': whose those attacks were
    if re.search(r"\bhow\s+many\s+$", before) and re.match(
        r"\s*(?:[\w-]+\s+)?(?:did|does|do|had|has|have|would)\s+(?:[\w'’-]+\s+){1,8}?(?:kill|wound|injure|hurt|hit|"
        r"kidnap|abduct)\b",
        after,
    ):
        return "target"  # 'how many civilians did the Turkish drone kill': the ones counted were hit
    if re.search(r"\b(?:dead|slain|fallen|martyred|killed|wounded|injured)\s+$", before):
        return "target"  # 'the final number of dead soldiers', 'how many wounded policemen'
    if re.match(r"\s+as\s+(?:the\s+)?(?:targets?|victims?)\b", after):
        return "target"  # 'the hashd as the target only'
    if re.match(r"\s+as\s+(?:the\s+)?(?:perpetrators?|attackers?)\b", after):
        return "perpetrator"
    if re.match(r"[-\u2010\u2011](?:blamed|claimed|attributed|suspected|perpetrated)\b", after):
        return "perpetrator"  # 'Turkish-blamed incidents', 'IS-claimed attacks': the group the attacks are put on
    if re.match(r"[-\u2010\u2011](?:targeted|targetted|aimed|hit)\b", after):
        return "target"  # 'PMU-targeted attacks', 'police-hit incidents': the ones the attacks were aimed at
    if re.match(
        r"\s*(?:targeted|targetted|attacked|hit|struck|ambushed|shelled|bombed)\s*(?:[,;:()\u2013\u2014-]|$)", after
    ):
        return "target"  # 'Anbar, army targeted, autumn 2019', 'US forces targeted, 2019 - how many'
    if name not in ARMED_GROUPS and re.match(
        r"\s*(?:[\w-]+\s+){0,2}?(?:(?:car|roadside|sticky|magnet(?:ic)?)[\s-]+)?(?:bomb|ied|blast|explosion)s?\b"
        r"(?!\s+(?:squad|disposal|technicians?|experts?|units?|the|a|an|their|its|his|isis|daesh)\b)",
        after,
    ):
        return "target"  # 'the oil-police bomb', 'the PMU pick-up bomb': a force named by the bomb set against it
    if name in _STATE_FORCES and re.match(
        r"\s*(?:shooting|ambush|attack)\b(?![\w-])(?!\s+(?:of|on|at|against|into|upon|by|protesters|demonstrators)\b)",
        after,
    ):
        return (
            "target"  # 'the border guard shooting', 'a Peshmerga ambush, May 2021': one attack named by the force hit
        )
    if re.match(r"\s+ones\b", after) and not re.search(r"\b(?:on|against|targeting|hit)\s+(?:the\s+)?$", before):
        return "perpetrator"  # 'only PMU ones', 'the ISIS ones': the group's attacks
    if re.match(r"\s*(?:death\s+tolls?|tolls?|casualt(?:y|ies)|deaths|fatalities|losses)\b", after) or (
        name in _USUALLY_HIT and re.match(r"\s*victims?\b", after)
    ):
        return "target"  # 'the civilian death toll from Turkish strikes', 'police casualties', 'civilian victims'
    if name in ARMED_GROUPS and _TOPIC_ON.search(before):
        return "perpetrator"  # 'catch me up on ISIS in Kirkuk', 'the latest on the PKK': the group's doings
    if re.search(r"\b(?:on|about|of|covering)\s+(?:the\s+)?$", before) and re.match(
        r"\s*(?:\w+\s+)?(?:attacks|ambushes|bombings|operations|ops|strikes|raids|activity|violence|shelling)\b", after
    ):
        return "perpetrator"  # 'a briefing on IS attacks', 'a summary of Turkish strikes': their acts
    # The optional word is an adjective ('attacked the federal police'), never a conjunction ('wounded when ISIS ...').
    if re.search(
        r"\b(?:on|against|vs\.?|versus|targeting|targeted|attacked|ambushed|hit|killed|wounded|struck|kidnapped|attack|"
        r"ambush|kill|"
        r"wound|injure|injured|kidnap|abduct|attacking|killing|ambushing|kidnapping|abducting|shelling|hitting|"
        r"striking|bombing|targetting|"
        r"(?:kidnappings?|abductions?|killings?|assassinations?|shootings?|murders?|bombings?|shelling|bombardment)"
        r"(?:\s+by\s+\w+)?\s+of|"
        r"target|strike|shoot|shot|(?:of|for)\s+shooting|fired\s+on|(?:did|done|happened)\s+to|treated|treating|handled|dealt\s+with|"
        r"(?:shooting|firing)\s+(?:at|on|into)|"
        r"abducted|at)\s+(?:the\s+|an?\s+)?"
        r"(?:(?!(?:when|while|as|after|before|because|and|or|if|in|at|on|near|by|during|from|of|the)\b)\w+\s+){0,2}$",
        before,
    ):
        return "target"
    if re.search(
        r"\b(?:was|were|is|are|been)\s+(?:the\s+|an?\s+)?"
        r"(?:(?!(?:when|while|as|after|before|because|if|by|killed|wounded|injured)\b)[\w-]+\s+){0,4}$",
        before,
    ) and re.match(
        r"\s*(?:[\w-]+\s+){0,4}(?:attacked|ambushed|targeted|hit|struck|shelled|bombed|killed|wounded|shot|"
        r"assassinated|kidnapped|abducted|murdered|gunned\s+down)\b"
        # ('what was the date IS killed two soldiers': an object after the verb, so the actor acted)
        r"(?!\s+(?:\d+(?!\s*(?:km|kilomet|mi))|one|two|three|four|five|six|seven|eight|nine|ten|the|an?|his|her|their)\b)",
        after,
    ):
        return "target"  # 'when was the PMU ambushed', 'were army units attacked'
    if re.match(
        r"\s*(?:headquarters|base|bases|post|posts|points?|positions?|checkpoints?|convoys?|camp|offices?|patrols?|"
        r"vehicles?|outposts?|barracks|hideouts?|safe\s?houses?|tunnels?|targets|stations?|sites?|section|"
        # ("a police officer's car": one of them hit in what is his)
        r"(?:officer|commander|chief|member|colonel|captain)['’]s\s+(?:car|vehicle|house|home|office))\b",
        after,
    ):
        return "target"  # 'near the PMU headquarters', 'on a Peshmerga post', 'ISIS hideouts': their site was hit
        # ('majar al-kabir police station grenade', 'attacks on coalition sites')
    rest = re.sub(
        r"^\s*(?:fighters?|members?|militants?|attackers?|gunmen|insurgents?|personnel|officers?|men|units?|"
        r"forces|troops|soldiers?)\b",
        "",
        after,
    )
    if _SHOOTING_AT.match(rest):
        return "perpetrator"  # 'security forces open fire on protesters', 'police shot at demonstrators'
    if (
        re.match(
            r"\s*(?:(?:that|which|who)\s+)?"  # 'convoys that were hit'
            rf"(?:were|was|have been|has been|had been|got|are|being)\s+(?:\w+\s+)?(?:{_KILLED}|{_WOUNDED}|harmed|"
            r"attacked|targeted|ambushed|hit|shot|kidnapped|abducted|assassinated|executed|shelled|bombed)\b",
            rest,
        )
        # 'civilians have died', 'the civilian toll', 'civilian casualties'
        or re.match(
            rf"\s*(?:(?:have|has|had)\s+(?:\w+\s+)?)?(?:died|dead|deaths|casualties|losses|toll|{_WOUNDED}|"
            # 'how many soldiers remain in hospital', 'are still hospitalised'
            r"(?:remain(?:ed|s)?|(?:are|were)\s+still|still)\s+(?:in\s+hospital|hospitali[sz]ed)|"
            r"lost\s+(?:their|his|her)\s+lives?)\b",
            rest,
        )
        or re.match(
            rf"\s*(?:{_KILLED}|{_WOUNDED}|harmed|kidnapped|abducted|attacked|targeted|ambushed|hit|struck|shelled|"
            rf"bombed|assassinated|murdered|gunned\s+down|"
            rf"shot(?:\s+dead)?)\s+(?:in|by|at|"
            rf"near|outside|inside|during|when|on|east|west|north|south|since|last|this|from|after|before|between|"
            rf"over|across|so\s+far)|"
            rf"\s*(?:{_KILLED}|{_WOUNDED})\s*(?:[?.!]?\s*$|[,;:\u2013\u2014]|-\s)",
            rest,
        )
        or _passive_terse(rest)
    ):
        return "target"  # 'PMU fighters were killed', 'police killed in 2022'
    if re.match(
        r"\s*(?:(?:explosive|kamikaze|one-way|indirect)\s+)?"  # 'militia indirect fire', '... explosive drone attacks'
        r"(?:(?:rocket|mortar|drone|ied|sniper|artillery|suicide|car[- ]bomb|roadside[- ]bomb|bomb|grenade|"
        r"air|missile)(?:(?:\s+(?:and|or|&)\s+|\s*/\s*)(?:rocket|mortar|drone|artillery|air|missile))?\s+)?"
        # 'PMF rocket attacks', 'ISIS sniper fire', 'Turkish air and drone strikes'
        r"(?:attacks?|attacked|ambush\w*|bomb\w*|killed|kill|shelled|fired|launched|claim\w*|targeted|fire|treated|"
        r"handled|dealt\s+with|(?:shooting|firing)\s+(?:at|on|into)|"
        r"struck|kidnapped|abducted|militants|fighters|cells|insurgents|gunmen|(?:drone\s+|air\s?)?strikes?|"
        r"operations?|raids?|shelling|bombardment)\b",
        after,
    ):
        return "perpetrator"  # 'ISIS attacks', 'ISIS killed 5', 'ISIS militants'
    return "perpetrator" if name in ARMED_GROUPS else None  # 'what did the PMU say?': neither


# The shooter's verbs: 'X open(ed) fire on', 'X shot at', 'X fire(d) into the crowd' (X fired, never hit).
_SHOOTING_AT = re.compile(
    r"\s*(?:(?:have|has|had|did|would)\s+)?(?:open(?:s|ed|ing)?\s+fire|shot\s+(?:at|into|on)|shoot(?:s|ing)?\s+"
    r"(?:at|into|on)|fir(?:e|es|ed|ing)\s+(?:at|on|into|upon))\b"
)


def _passive_terse(rest: str) -> bool:
    """A terse note that names its victims and then the place or time, with no object after the verb:
    'peshmerga ambushed kirkuk 2023', 'mukhtar shot dead tarmiyah june 2022', 'protesters killed nov 2019'."""
    m = re.match(
        rf"\s*(?:{_KILLED}|{_WOUNDED}|kidnapped|abducted|attacked|targeted|ambushed|shot(?:\s+dead)?)\s+"
        r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?|\d{4})",
        rest,
    )
    if m is None:
        return False
    words = m.group(1)
    if re.match(r"(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten)\b", words):
        return False  # 'ambushed a convoy': an object, so the one named attacked
    first = words.split()[0]
    return bool(
        re.fullmatch(r"\d{4}", words)
        or first[:3] in _MONTH_STEMS
        or gazetteer.lookup(first) is not None
        or gazetteer.lookup(words) is not None
    )


_COMPARISON = re.compile(
    r"\b(?:deadlier|deadliest|bloodier|worse|(?:killed|wounded|injured|hurt)\s+more|more\s+(?:deadly|people|"
    r"victims|casualties))\b(?!\s+than)[^?]*\bor\b|\bcompare\b"
)


def _intent(low: str, one_event: bool = False) -> Literal["list", "count", "ask"]:
    """count for 'how many', list for 'list/which/what attacks' and bare 'attacks near X', else ask."""
    if re.search(
        r"\bhow many\b|\bnumber of\b|\bcount\b|\bhow often\b|\btotal (?:number|toll)\b|"
        r"\b(?:tally|add|total)\s+(?:them|those|these|it|that)(?:\s+up)?\b|\ba\s+tally\s+of\b",  # 'tally them up'
        low,
    ):
        return "count"
    if _COMPARISON.search(low):  # 'which ambush killed more: X or Y?' compares two events, it lists none
        return "ask"
    if (
        # a briefing of what was just listed, asked politely or not: 'could you turn that into a briefing?'
        re.match(
            r"\s*(?:(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?|please\s+))?"
            r"(?:turn|make|convert|change|put)\s+(?:that|it|this|those|them)\s+(?:into|in|to)?\s*(?:an?\s+)?"
            r"(?:briefing|brief|summary|overview|write-?up)\b",
            low,
        )
        # 'write it up as a briefing', 'do that as a summary', 'give it to me as a brief'
        or re.match(
            r"\s*(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?|please\s+)?(?:write|do|give|send|have)\s+"
            r"(?:it|that|this|those|them)(?:\s+up|\s+to\s+me)?\s+as\s+(?:an?\s+)?(?:briefing|brief|summary|overview|"
            r"write-?up)\b",
            low,
        )
        or re.match(
            r"\s*(?:list|show|find|give|get|display|search|pull|brief|summari[sz]e|sum\s+up|overview|sitrep|everything|"
            r"all\s+(?:the\s+)?(?:incidents|attacks|events)|"
            r"write\s+up|a\s+(?:briefing|brief|summary|overview)|briefing|summary)\b",
            low,
        )
        # 'anything in Anbar during Q1 2021?', 'what happened in Salahuddin last month?': a period's events
        or (re.match(r"\s*(?:anything|(?:so\s+)?what(?:'s|\s+has)?\s+happened)\b", low) and not one_event)
        # 'which attacks ...', 'what IED attacks ...'; not 'which brigade did ISIS attack' (attack is the verb there)
        or re.match(
            rf"\s*(?:what|which)\s+(?:(?!(?:did|does|do|was|were|is|are|has|have|had)\b)\w+\s+){{0,3}}?"
            rf"{_EVENT_NOUN}\b",
            low,
        )
        or re.match(rf"\s*(?:were|was|are|is)\s+there\s+(?:any\s+)?(?:\w+\s+){{0,2}}?{_EVENT_NOUN}\b", low)
    ):
        return "list"
    # 'On what date ...', 'In which village ...': a preposition before the question word is still a question.
    question_word = re.match(
        r"\s*(?:(?:on|in|at|by|for|from|during|since|until|to)\s+)?"
        r"(?:what|who|whom|whose|when|where|why|how|which|did|does|do|is|are|was|were|"
        r"has|have|had|can|could|will|would|should|tell|explain|describe)\b",
        low,
    )
    # '... belonged to which community?', 'Near which landmark ...': a question word later on still asks.
    asks_later = re.search(r"\b(?:what|who|whom|whose|when|where|why|which)\b[^.!]*\?\s*$", low)
    # ('civvies hit in 2022', 'police targeted in Basra': a terse search for those hit)
    has_event = (
        re.search(rf"\b{_EVENT_NOUN}\b", low)
        or (re.search(r"\b(?:hit|targeted|attacked)\b", low) and _measure(low) is None and "total" not in low)
        or _attack_type(low)
    )
    return "list" if has_event and not question_word and not asks_later else "ask"


def _measure(low: str) -> Literal["incidents", "killed", "wounded"] | None:
    """What 'how many' counts: the noun right after it if it is an event, else killed/wounded words."""
    if re.search(rf"\b(?:how many|number of|count(?: of)?)\s+(?:\w+\s+){{0,2}}?{_EVENT_NOUN}\b", low) or re.search(
        r"\bhow often\b|\bhow many times\b", low
    ):
        return "incidents"
    killed = re.search(rf"\b(?:{_KILLED}|kill|kills|killing)\b", low)  # 'how many did IS kill' counts deaths
    wounded = re.search(rf"\b(?:{_WOUNDED})\b", low)
    if killed and (not wounded or killed.start() < wounded.start()):
        return "killed"
    if wounded:
        return "wounded"
    # "how many rockets were fired" counts rockets, not incidents: only event nouns make an incident count.
    return "incidents" if re.search(rf"\b{_EVENT_NOUN}\b", low) else None


def merge_filters(base: IncidentFilters, override: IncidentFilters) -> IncidentFilters:
    """`base` with every value the override sets (CLI/UI, a follow-up question) winning, field by field."""
    values = base.model_dump()
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


def parse_scope(text: str, overrides: IncidentFilters | None = None, today: dt.date | None = None) -> IncidentFilters:
    """Filters from a free-text scope ("Kirkuk in 2022"); a bare place name counts as 'near' it; overrides win."""
    f = parse_question(text, today or dt.date.today()).filters
    if f.place is None and f.province is None and (found := gazetteer.find_places(text)):
        p = found[0].place  # a briefing's text is all scope, so a place needs no 'near' or 'in' before it
        update = (
            {"province": p.province}
            if p.kind == "province"
            else {"place": p.name, "lat": p.lat, "lon": p.lon, "radius_km": NEAR_KM}
        )
        f = f.model_copy(update=update)
    return merge_filters(f, overrides) if overrides is not None else f


def filters_from(
    place: str | None = None,
    radius_km: float | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    attack_type: str | None = None,
    province: str | None = None,
    perpetrator: str | None = None,
    dated_only: bool = False,
) -> IncidentFilters:
    """Filters from form fields or CLI options; ValueError with a message a person can act on."""
    values: dict[str, Any] = {
        "attack_type": attack_type or None,
        "dated_only": True if dated_only else None,
        "perpetrator": (canonical_actor(perpetrator) or perpetrator) if perpetrator else None,
    }
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
