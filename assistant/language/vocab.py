"""The one vocabulary: actors, attack words, months and name keys, shared by questions, records and scores.

Each list lives here once. Questions and incident records read attack types from the same ordered
table, so "IED ambush" is the same type in a question and in the record it should find.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.language.sieve import sieve

# ------------------------------------------------------------------ actors

UPPER_CASE_ONLY = r"is(?#upper-case only, see actor_mentions)"  # 'IS' the group, never 'is' the verb
US_UPPER_CASE_ONLY = r"u\.?s\.?(?#upper-case only)"  # 'by the US', never 'give us'
FP_UPPER_CASE_ONLY = r"fp(?#upper-case only)"  # 'an FP checkpoint' (the Federal Police), never 'fp.com'
# Civilians as questions and reports name them: by what they were doing or who they were.
CIVILIAN_NOUNS = (
    r"civilians?",
    r"non-?combatants?",  # 'attacks on non-combatants'
    r"civvies",  # slang: 'civvies hit in 2019'
    r"residents?",
    r"villagers?",
    r"locals",
    r"worshipp?ers?",
    r"pilgrims?",
    r"shepherds?",
    r"farmers?",
    r"mukhtars?",
    r"journalists?",
    r"reporters?",
    r"activists?",
    r"(?:oil |aid |health |construction |municipal |electricity |factory |humanitarian )?workers?",
    r"(?:oil |construction )?engineers?",
    r"protesters?",
    r"demonstrators?",
    r"(?:truffle )?hunters?",
    r"fishermen",
    r"shoppers?",
    r"passengers?",
    r"students?",
    r"teachers?",
    r"doctors?",
    r"traders?",
    r"merchants?",
    r"(?:truck |taxi |bus )?drivers?",
    r"returnees?",
    r"displaced (?:people|persons|families)",
    r"idps",
    r"famil(?:y|ies)",
    r"children",
    r"women",
    r"christians",
    r"yazidis",
    r"(?:tribal )?sheikhs?",
    # more trades and roles a report or a question names as the people hit
    r"(?:election |electoral |parliamentary |council )?candidates?",
    r"(?:shop|store|business|liquor store|liquor shop)[ -]?owners?",
    r"shopkeepers?",
    r"businessm[ae]n",
    r"(?:street )?vendors?",
    r"labou?rers?",
    r"herders?",
)
# Canonical actor -> the ways reports and users name it (regexes over lower-case text, whole words).
ACTORS: dict[str, tuple[str, ...]] = {
    "ISIS": (
        r"isis",
        r"isil",
        r"islamic state",
        r"daesh",
        r"da'esh",
        r"iswap",
        r"iskp",
        r"is-k",
        r"sleeper[- ]cells?",  # in Iraq since 2017, the group's remnants
        UPPER_CASE_ONLY,
    ),
    "PMU": (
        r"pmu",
        r"pmf",
        r"hashe?d(?: al-shaabi)?",  # 'the Hashed' as outlets spell it too
        r"(?:popular|tribal) mobili[sz]ation(?: units| forces)?",
        r"tribal fighters",  # Anbar's tribal mobilisation, as outlets call its men
        r"(?:shia |shiite )?militia(?:s|men)?",
        r"kata'?ib hez?b[ou]llah",
        r"kh",
        r"iran-(?:backed|aligned) (?:militias?|groups?|factions?)",
        r"kata'?ib hizb[ou]llah",
        r"asa'?ib ahl al-haq",
        r"islamic resistance in iraq",
        r"(?:armed |iraqi )?resistance factions",
        # Iran-aligned factions that claim attacks under their own names
        r"saraya awliya'?(?: |-)?al-dam",
        r"kata'?ib sayyid al-shuhada",
        r"(?:harakat )?(?:hezbollah )?al-nujaba",
        r"badr(?: organi[sz]ation| corps)?",
        # the Sadrists' PMU brigades, as outlets name them
        r"saraya al-? ?sala+m",
        r"peace brigades",
    ),
    "US forces": (
        r"us[- ]led coalition",
        r"(?:us|u\.s\.|american) (?:forces|troops|soldiers|military)",
        r"coalition (?:forces|troops|(?:supply |logistics? )?convoys?|logistics|supply (?:lines|routes|trucks?)|bases?|"
        r"facilit(?:y|ies)|positions?|personnel|targets?|sites?|section|part|compound|headquarters)",
        # an attack on 'the coalition' (never a bloc of parties: 'the coalition government', 'the Fatah coalition')
        r"(?:(?<=\bon )|(?<=against )|(?<=targeting )|(?<=targeted ))(?:the )?coalition\b"
        r"(?!['’]s\b| (?:government|parties|party|bloc|partners?|talks|deal|of|list|led|candidates?|nominees?|formed|"
        r"members?|leaders?|seats?|vote|votes|ticket|slate|agreement)\b)",
        r"(?:us|u\.s\.|american) and coalition (?:forces|troops)",
        r"(?:us|u\.s\.|american|us-contracted|us-led)(?: [\w-]+)? (?:bases?|convoys?|facilit(?:y|ies)|personnel)",
        r"(?:us|u\.s\.|american|coalition) (?:air ?|drone )?strikes?",
        r"coalition (?:aircraft|warplanes|jets|drones?)",
        r"(?:the )?united states",
        r"americans",
        US_UPPER_CASE_ONLY,
    ),
    "Peshmerga": (r"peshmerga", r"kurdish forces", r"zeravani"),
    "Iraqi forces": (
        r"iraqi forces",
        r"counter[- ]terrorism service",
        r"cts",
        r"iraqi air ?force",
        r"iraqi (?:military )?(?:bases|base|posts?|checkpoints?|positions?|outposts?)",  # 'attacks on Iraqi bases'
        r"iraqi (?:air ?strikes|jets|warplanes|f-16s?|aircraft|helicopters)(?: sorties| strikes?)?",
    ),
    "police": (r"federal police", r"police(?:men| officers| service)?", r"policem[ae]n", r"cops", FP_UPPER_CASE_ONLY),
    "army": (r"iraqi army", r"army", r"soldiers?", r"troops", r"military"),
    "security forces": (
        r"(?:iraqi )?security forces",
        r"security personnel",
        r"isf",
        r"asayi[sş]h",
        r"asayesh",
        r"border guards?",
        r"border (?:police|forces)",
        r"national security (?:service|agency)",
    ),
    "civilians": CIVILIAN_NOUNS,
    "Turkey": (
        r"turkish[- ](?:ones|army|(?:armed )?forces|military|jets|drones?|troops|soldiers?|air ?strikes?|warplanes?|"
        r"(?:war)?planes|aircraft|fighter jets|f-16s?|artillery|howitzers|uavs?|intelligence|mit)",
        r"turkey",
        # 'Turkish drone strikes', 'Turkish air and drone strikes'
        r"turkish (?:(?:drone|air|artillery|uav)(?:(?: (?:and|or|&) |/| / )(?:drone|air|artillery|uav))? )?(?:strikes?|"
        r"operations?|shelling|bombardment|bombing|attacks?|raids?|bases?|campaigns?|offensives?|incursions?|"
        r"(?:gun|artillery |mortar |rocket |cross-border )?fire|shells|rockets|missiles)",
        r"turkish[-‐‑](?:blamed|claimed|attributed|suspected)",  # 'Turkish-blamed incidents'
        r"(?:the )?turks",  # 'strikes by the Turks'
    ),
    "PKK": (r"pkk", r"hpg", r"kurdistan workers'? party"),
    # Attackers the report does not name: 'gunmen', 'unknown assailants', 'an unidentified drone', 'outlaw groups'.
    "unknown": (
        r"(?:unknown|unidentified|masked|armed)[- ](?:gunm[ae]n|assailants?|attackers?|militants|perpetrators?|men|"
        r"persons|people|individuals|groups?|elements|drones?|aircraft)",
        r"gunm[ae]n",
        r"assailants?",
        r"outlaws?(?: groups?)?",
        # the attacker written as unknown after the word: 'attackers unknown', 'perpetrator unidentified'
        r"(?:attackers?|perpetrators?|assailants?) (?:unknown|unidentified|not known|unnamed)",
    ),
}

ARMED_GROUPS = frozenset({"ISIS", "PKK", "unknown", "Turkey"})  # named alone, these are the attacker
# The army is one of the Iraqi state's forces: a question about 'Iraqi forces' takes in the army's records, and
# analysts (and our blind test authors) write either for soldiers.
ACTOR_WITHIN: dict[str, str] = {"army": "Iraqi forces"}


def actor_group(name: str | None) -> str | None:
    """The actor a filter on `name` stands for: 'army' and 'Iraqi forces' are one ('Iraqi forces')."""
    return ACTOR_WITHIN.get(name, name) if name else name


def actors_in_group(name: str) -> list[str]:
    """Every record label a filter on `name` takes in ('Iraqi forces' -> ['Iraqi forces', 'army'])."""
    group = actor_group(name)
    return [group, *(k for k, v in ACTOR_WITHIN.items() if v == group)] if group else []


_ACTOR_RE = re.compile("|".join(f"(?P<a{i}>\\b(?:{'|'.join(p)})\\b)" for i, p in enumerate(ACTORS.values())))
_ACTOR_NAMES = list(ACTORS)


# Capitalised words that name no place though a village somewhere shares the spelling: months of the Islamic
# calendar and holidays, weekdays, faiths and peoples, regions and countries, weapons and groups.
NOT_PLACE_WORDS = frozenset(
    {
        "ramadan",
        "eid",
        "arbaeen",
        "ashura",
        "muharram",
        "friday",
        "christian",
        "christians",
        "muslim",
        "shia",
        "shiite",
        "sunni",
        "yazidi",
        "yazidis",
        "turkmen",
        "kurd",
        "kurds",
        "kurdish",
        "arab",
        "arabs",
        "ansar",
        "kurdistan",
        "iranian",
        "syrian",
        "turkish",
        "iraq",
        "iraqi",
        "naqshbandi",
        "hezbollah",
        "hizbollah",
        "region",
        "regional",
        "government",
        "coalition",
        "army",
        "police",
        "prime",
        "minister",
        "ministry",
        "council",
        "parliament",
        "president",
        "governor",
        "command",
        "operations",
    }
)


# Neighbouring countries: a question may name one ('attacks in Syria'), but no Iraqi village of that name is meant.
# Countries a report may name as where an attack happened (never an Iraqi place; a record abroad is dropped)
COUNTRIES = frozenset(
    {
        "syria",
        "iran",
        "turkey",
        "türkiye",
        "jordan",
        "saudi arabia",
        "kuwait",
        "lebanon",
        "afghanistan",
        "pakistan",
        "nigeria",
        "yemen",
        "israel",
        "gaza",
        "egypt",
        "libya",
        "somalia",
        "mali",
        "niger",
        "burkina faso",
        "mozambique",
        "congo",
        "philippines",
    }
)


def actor_mentions(text: str) -> list[tuple[str, re.Match[str]]]:
    """(ACTORS key, match in text.lower()) for every actor named, in order."""
    out = []
    for m in _ACTOR_RE.finditer(text.lower()):
        if m.group(0) in ("is", "fp") and not text[m.start() : m.end()].isupper():
            continue  # the verb, not the group: only upper-case 'IS' names it ('FP' the Federal Police)
        if re.fullmatch(r"u\.?s\.?", m.group(0)) and not text[m.start() : m.end()].startswith("U"):
            continue  # 'give us', not the United States
        out.append((_ACTOR_NAMES[int((m.lastgroup or "a0")[1:])], m))
    return out


def canonical_actor(text: str) -> str | None:
    """The first ACTORS key a phrase names ('Hashd al-Shaabi' -> 'PMU', 'federal police' -> 'police'), else None."""
    return next((name for name, _ in actor_mentions(text)), None)


# Who was hit, read from the words of a casualty clause ("9 federal officers were killed"): most specific first.
# Broader than ACTORS on purpose: victims are described ("people", "shoppers"), attackers are named.
TARGET_WORDS: tuple[tuple[str, str], ...] = (
    (
        "PMU",
        r"\bPMU\b|\bPMF\b|Hashd|Hashed|(?:popular|tribal) mobili[sz]ation|tribal (?:fighters|hashd|forces)|militia|"
        r"Kata'?ib Hez?b[ou]llah",
    ),
    ("police", r"police|policem[ae]n|\bcops?\b"),
    ("Peshmerga", r"peshmerga|zeravani"),
    (
        "US forces",
        r"US troops|U\.S\. troops|American troops|coalition|\b(?:US|U\.S\.|American) (?:service ?members|soldiers|"
        r"forces|personnel|contractors|base|military)|\bAin al-Asad\b|\bVictory (?:base|camp)\b",
    ),
    ("PKK", r"\bPKK\b|\bYBS\b|Sinjar Resistance Units|Kurdistan Workers'? Party"),
    ("Turkey", r"\bTurkish (?:soldiers?|troops|base|military base|forces|army|outposts?|posts?)\b"),
    (
        "security forces",
        r"security forces|border[- ]guards?|(?<!military )security (?:members|personnel)|asayi[sş]h|asayesh",
    ),
    # (an operations command's statement calls its men 'our forces' or 'our heroes')
    ("army", r"soldiers?|troops|troopers|\barmy\b|military|\bour (?:forces|heroes|heroic forces)\b"),
    (
        "ISIS",
        r"terrorists|militants|jihadists|\b(?:IS|ISIS|ISIL|Daesh) (?:members|hideouts?|fighters|cells?|positions?)\b",
    ),
    (
        "civilians",
        # the nouns questions use, and the people and property a report describes ('two shop owners', 'a house')
        rf"\b(?:{'|'.join(CIVILIAN_NOUNS)})\b|people|\bpersons?\b|\bwom[ae]n\b|\byoung m[ae]n\b|child(?:ren)?\b|"
        r"\bboys?\b|\bgirls?\b|\b(?:shop|store) ?(?:owner|keeper)s?\b|\bshop\b|\bstore\b|\bhouses?\b|\bhomes?\b|"
        r"employees?\b|cleric\b|labou?rers\b|\bbrothers?\b|\bsons?\b|\bfather\b|\bwife\b|judges?\b|lawyers?\b",
    ),
)

# Name words the articles write in several ways (token level): a claim may use any of them.
NAME_ALIASES: tuple[frozenset[str], ...] = (
    frozenset({"isis", "isil", "is", "islamic", "daesh", "da'esh", "da\u2019esh"}),
    frozenset({"pmu", "pmf", "hashd", "hashed", "shaabi", "al-shaabi", "popular", "mobilization", "mobilisation"}),
    # the country's abbreviation and its adjective: 'US troops' are 'American troops' (the actor 'US forces')
    frozenset({"us", "u.s.", "u.s", "usa", "american", "americans"}),
    # the Yazidis, as English, Kurdish (Ezidi, Êzidî) and older spellings write them
    frozenset({"yazidi", "yazidis", "ezidi", "ezidis", "yezidi", "yezidis", "izidi"}),
)

# ------------------------------------------------------------------ attack types


@dataclass(frozen=True)
class AttackWords:
    """How one attack type is written: `names` name it (in questions and reports alike); `cues` are extra
    evidence in a report ("light weapons", "air support") that a question uses for other things."""

    type: str
    names: str
    cues: str = ""


# One table, one order: the first type whose words appear wins, the most specific first. A suicide bombing is
# `suicide` and an "IED ambush" is `ied` (the weapon says more than the tactic), in a question and in a record alike.
ATTACK_WORDS: tuple[AttackWords, ...] = (
    # a drone that carries its own charge, arson: named apart from the strikes and bombings they resemble
    AttackWords(
        "other",
        r"(?:kamikaze|explosives?-laden|explosive|bomb-laden|booby-trapped|one-way|suicide) drones?|arson\w*|"
        r"stabb\w*|knife attacks?|knif(?:ed|ing)",
    ),
    AttackWords("suicide", r"suicide\w*|self-detonat\w*|s-?vbieds?|suicide vests?"),
    # an aircraft that 'bombed' made an air strike, though 'bombed' alone is a bombing's word
    AttackWords(
        "airstrike_operation",
        r"(?:F-16s?|aircraft|warplanes?|(?:fighter )?jets|helicopters?|drones?) (?:struck|bombed|hit|targeted|pounded)",
    ),
    AttackWords(
        "ied",
        r"ieds?|v-?bieds?|roadside bombs?|explosive devices?|car bombs?|(?<!mortar )bomb(?:s|ing|ings|ed)?|"
        r"booby-?trap\w*|sticky[- ]bombs?|magnetic bombs?",
        # in a report: 'an explosive charge toppled tower 41', 'an improvised device exploded', 'saboteurs blew up a
        # high-voltage tower'
        # 'a third device exploded beside a convoy', 'two devices went off'
        r"detonat\w*|explosive charges?|improvised devices?|devices? (?:exploded|went off|blew up)|"
        r"(?:blew|blown) up (?:an? |the |two |three )?(?:[\w-]+ ){0,2}?(?:towers?|pylons?|bridges?|pipelines?|poles?)",
    ),
    AttackWords(
        "mortar_rocket",
        r"mortars?|rockets?(?!-propelled)|katyushas?|shell(?:s|ing|ed)?|indirect fire|artillery",
        # (a military report's 'IDF impacts vic. ...': indirect fire; never asked for so, where it names an army)
        r"volleys?|(?-i:IDF)(?=\s+(?:impacts?\b|vic\b|\(\d|\d+x?\s+(?:[\w-]+\s+)?rounds?\b))",
    ),
    AttackWords(
        "airstrike_operation",
        # 'a drone believed to be Turkish struck', 'killed by a Turkish drone' (not a 'Turkish-made drone' alone)
        r"air ?strikes?|air raids?|drone strikes?|drones?,? (?:(?:believed|thought|said|suspected|presumed) to be "
        r"\w+,? )?(?:struck|targeted|hit|bombed)|warplanes?|fighter jets|"
        r"uavs?(?: strikes?)?|(?:by|from) (?:\w+ ){0,2}drones?|"
        r"aerial (?:strikes?|attacks?|bombardments?|bombings?|raids?)|"
        r"(?:air ?force|F-16s?|jets?|warplanes?|aircraft|helicopters?) (?:(?:air ?)?strikes?|sorties)",
        # in a report, an operation or raid is the state's; a question's 'Turkish operations' names no attack type
        r"operations?(?! command)|raids?|offensive|air support|sweep\w*",
    ),
    AttackWords("ambush", r"ambush\w*"),
    AttackWords(
        "kidnapping",
        r"kidnap\w*|abduct\w*|hostages?|snatch(?:ed|ing)|(?:enforced|forced) disappearances?|forcibly disappeared",
        # a report's person taken by force: 'Armed men took a farmer from his orchard', 'gunmen led the two brothers
        # away' (never the wounded carried to hospital, nor an arrest: the armed men are the subject)
        r"(?:gunm[ae]n|militants|armed men|masked men|kidnappers|abductors|attackers) (?:[\w-]+ ){0,3}?"
        r"(?:took|led|dragged|carried|whisked|seized|grabbed) (?:an?|the|two|three|four|\d+) (?:[\w-]+ ){0,2}?"
        r"(?:farmers?|shepherds?|herders?|men|man|women|woman|boys?|girls?|brothers?|sons?|drivers?|engineers?|"
        r"workers?|employees?|traders?|merchants?|teachers?|officials?|mukhtars?|sheikhs?|villagers?|residents?|"
        r"civilians?|journalists?|activists?|doctors?|students?) (?:away|off|from (?:his|her|their|the|a) \w+)\b",
    ),
    AttackWords(
        "shooting",
        r"shootings?|shot(?!\s+down)|shots (?:were )?fired|gun (?:attacks?|assaults?)|firearms? attacks?|"
        r"(?:gun)?shots (?:at|on|into)|gunfire|machine[- ]guns?|"
        r"snipers?|opened fire|SAF|"
        r"came under (?:\w+ )?fire|small[- ]arms(?: fire| attacks?)?|fired (?:on|at|upon|into) (?:the )?(?:protesters|"
        r"demonstrators|crowds?|people|civilians|mourners)",
        # 'gunmen' in a report says how it was done; in a question ('attacks by unknown gunmen') it names the attacker;
        # an assassination in a report was a shooting unless it says otherwise (a bomb is named first), while a
        # question's bare 'assassinations' names no method
        r"(?:light|medium)(?: and (?:light|medium|heavy))? weapons|assault\w*|gunm[ae]n|assassinat\w*|"
        # in a report, with no weapon named before: 'fired at the house', 'opened live fire on demonstrators'
        r"fired (?:on|at|upon|into)|opened (?:live |heavy |indiscriminate )?fire|"
        # an armed group's attack on a manned post, no weapon named: 'IS militants attacked their checkpoint',
        # 'Daesh elements attacked a PMF post', 'an ISIS attack on an army position' (a base's attack stays 'other')
        r"(?:militants|fighters|gunmen|assailants|attackers|elements|remnants|infiltrators|gangs|cell|group|IS|ISIS|"
        r"ISIL|Daesh)\)? attacked (?:[\w'’-]+ ){0,4}?(?:checkpoints?|posts?|outposts?|positions?|police stations?)\b"
        r"(?![^.;]{0,40}\bgrenades?)|"
        r"\b(?:IS|ISIS|ISIL|Daesh|militants?|insurgents?) attacks? on (?:an? |the |their |his )?(?:[\w'’-]+ ){0,3}?"
        r"(?:checkpoints?|posts?|outposts?|positions?)\b(?![^.;]{0,40}\bgrenades?)",
    ),
    # an explosion or blast with no weapon named is a bomb's; a rocket's, a shell's or a drone's blast is theirs
    AttackWords("ied", r"explosions?|blasts?"),
    # asked for by name ('grenade attacks', 'RPG attacks'); an ambush or shooting with RPGs is that ambush or shooting
    # ... and so are arson and riot weapons: 'crop burning', 'arson attacks', 'tear gas canister deaths'
    AttackWords(
        "other",
        r"(?:hand )?grenades?|rpgs?|rocket-propelled grenades?|arson(?: attacks?)?|(?:crop|field|harvest)[- ]burnings?|"
        r"burning of (?:crops|fields|harvests?)|tear[- ]gas (?:canisters?|grenades?|cartridges?)",
    ),  # the default type too
)
_TYPE_NAMES = [(w.type, re.compile(rf"\b(?:{w.names})\b", re.I)) for w in ATTACK_WORDS]
_TYPE_EVIDENCE = [  # (tried on every sentence of a long report: each behind its quick test)
    (w.type, sieve(rf"\b(?:{w.names}{'|' + w.cues if w.cues else ''})\b", re.I)) for w in ATTACK_WORDS
]


def attack_type_named(text: str) -> str | None:
    """The attack type a question names ('IED ambushes' -> 'ied'), or None."""
    return next((name for name, pattern in _TYPE_NAMES if pattern.search(text)), None)


def attack_types_named(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of every attack-type name in a question, in text order."""
    return sorted((m.start(), m.end(), name) for name, pattern in _TYPE_NAMES for m in pattern.finditer(text))


def attack_type_in(text: str) -> str:
    """The attack type a report's words describe, cues included ('other' when none)."""
    return next((name for name, pattern in _TYPE_EVIDENCE if pattern.search(text)), "other")


# ------------------------------------------------------------------ months and weekdays

MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(m[:3] for m in MONTHS)  # "Jan" ... "Dec"; "Sept" is handled where read
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation in any case ('sept.' -> 9)."""
    return [m.lower() for m in MONTH_ABBREVIATIONS].index(name[:3].lower()) + 1


# ------------------------------------------------------------------ number words and names

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a pair of": 2,  # 'leaving a pair of police officers dead'
    "half a dozen": 6,  # 'wounding half a dozen people' (never the dozen inside it)
    "a couple of": 2,  # 'a couple of soldiers were hurt'
}

# A capitalised word as names are written ("Kirkuk", "al-Maliki"); words that start sentences are not names.
CAPITALISED_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*[A-Za-z]")
SENTENCE_STARTERS = frozenset({"the", "a", "an", "on", "in", "at", "it", "this", "there"})

# ------------------------------------------------------------------ name keys

APOSTROPHES = "'\u2019\u2018`\u02bf\u02be\u00b4\u02bc"
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "adh", "at", "ath", "as", "an", "ar", "az", "ash"})


# The Kurdish and Turkish Latin letters English writes with two: 'Şengal' is Shengal, 'Çemçemal' Chemchemal. (Never
# folded away for every name: in the Arabic romanisation of GeoNames and UCDP, 'Al Ḩaşwah', 'ş' is an emphatic s.)
_TWO_LETTERS = str.maketrans({"\u015f": "sh", "\u015e": "Sh", "\u00e7": "ch", "\u00c7": "Ch"})
_TWO_LETTER_MARKS = re.compile("[\u015f\u015e\u00e7\u00c7]")


def kurdish_spelling(name: str) -> str | None:
    """The name with its 'ş' and 'ç' written as Kurdish and Turkish sound them ('Şengal' -> 'Shengal'); None when it
    has neither."""
    return name.translate(_TWO_LETTERS) if _TWO_LETTER_MARKS.search(name) else None


def fold(text: str) -> str:
    """ASCII display form: diacritics and apostrophe-like marks removed ('Tall \u2018Afar' -> 'Tall Afar')."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c) and c not in APOSTROPHES)
    return " ".join(text.split())


@lru_cache(maxsize=65536)  # bounded: find_places keys every capitalised span of every article
def place_key(name: str) -> str:
    """Spelling-insensitive key: 'Al-Qayyarah', 'Qaiyara' and 'Qayyārah' all give 'qayara'."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(name).lower()).split()
    words = [w for w in words if w not in ARABIC_ARTICLES] or words
    out = []
    for w in words:
        w = w.replace("ou", "u").replace("oo", "u").replace("ee", "i")
        w = re.sub(r"ai|ei|ey", "ay", w)
        if len(w) > 3 and w.endswith("h") and w[-2] in "aeiou":  # Tarmiyah / Tarmiya
            w = w[:-1]
        out.append(re.sub(r"(.)\1+", r"\1", w))  # Qayyara / Qayara, Tall / Tal
    return "".join(out)


_CONSONANT_CLASSES = {"kh": "h", "x": "h", "gh": "k", "g": "k", "q": "k", "sh": "s", "ch": "j", "c": "j"}
_CONSONANT_CLASSES |= {"dh": "d", "th": "d", "zh": "d", "z": "d", "ph": "f"}
_CONSONANT = re.compile(r"kh|gh|sh|ch|dh|th|zh|ph|[xgqcz]")


@lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """Transliteration-blind key: the consonants of each word, Arabic and Kurdish spellings merged.

    'Falluja', 'Al-Fallujah' -> 'flja'; 'Qaiyara', 'Al-Qayyarah' -> 'kra'; 'Mexmur', 'Makhmour' -> 'mhmr';
    'Tuz Khormato', 'Touz Khurmatu' -> 'tdhrmta'. Vowels go (Balad/Beled), but a word's first and last vowel
    leave a mark ('Baghdad' is not 'Baghdadi', 'Tuz' is not 'Taza'); kh/h/x, q/k/g/gh, dh/th/z, ch/j/c, sh/s
    are one class each; the article and 'Albu'/'Al-Bu', 'Tel'/'Tall' spellings are one. Measured on the
    blind pairs in evals/heldout/spellings (see its README).
    """
    s = re.sub(r"[^a-z0-9]+", " ", fold(name).lower()).strip()
    s = re.sub(r"\b(?:al|el)\s*bu\b", "albu", s)
    s = re.sub(r"\babul\b", "abu", s)
    s = re.sub(r"\b(?:tel|tell|tall|til)\b", "tal", s)
    s = re.sub(r"\btal\s+(?!(?:al|el)\b)", "tal", s)
    s = re.sub(r"\balbu(?=[a-z])", "albu ", s)  # 'Albubali' is 'Albu Bali' (the tribe's village), not 'Albu Ali'
    words = [w for w in s.split() if w not in ARABIC_ARTICLES] or s.split()
    out = []
    for w in words:
        if w == "albu":
            out.append("ab|")
            continue
        if len(w) > 3 and re.search(r"[aeiou]h$", w):
            w = w[:-1]  # Tarmiyah / Tarmiya
        w = _CONSONANT.sub(lambda m: _CONSONANT_CLASSES[m.group(0)], w)
        head = "a" if w[0] in "aeiouy" else ""
        tail = "a" if len(w) > 1 and w[-1] in "aeiouyw" else ""
        out.append(head + re.sub(r"[aeiouyw]", "", w) + tail)
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def ascii_words(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: 'Hashd al-Sha\u2019abi' -> 'hashd al sha abi'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", ascii_text))


def name_key(name: str | None) -> str:
    """Loose one-word key of a person's or group's name: 'Makhmour' ~ 'Makhmur', 'al-Maliki' ~ 'Maliki'.

    Looser than `gazetteer.place_key` (which keeps word boundaries to tell places apart): used to ask whether two
    texts name the same thing, never to pick one place among many.
    """
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"\b(al|ad|at|as|an|ar|az|ash|el)[\s-]", "", folded)
    return re.sub(r"[^a-z]", "", folded).replace("ou", "u").replace("ay", "ai").rstrip("h")


def could_be_place(name: str) -> bool:
    """Whether a capitalised name may be a place: not an acronym ('ISIS', 'IED'), a possessive or '-backed'
    adjective, a group ('Peshmerga') or a word that names no place ('Ramadan', 'Kurdistan', 'Friday')."""
    words = name.split()
    return bool(words) and not (
        (name.isupper() and not any(c.isdigit() for c in name))  # 'ISIS', 'IED'; 'K1' names a base
        or any(w.lower().strip("’'s") in NOT_PLACE_WORDS or w.lower() in NOT_PLACE_WORDS for w in words)
        or re.search(r"(?:[’']s|-backed|-led|-based)\b", name)
        or re.fullmatch(r"[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?", name)  # 'F-16', 'MQ-9', 'Su-25': aircraft, not places
        or re.fullmatch(r"[QH][1-4]|[CF]Y['’]?\d{2,4}", words[0])  # 'in Q1 2024', 'in CY2022': periods
        or actor_mentions(name)
    )


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# 'Twenty-five', 'thirty two': one number, never its last word.
COMPOUND_NUMBER = rf"(?:{_TENS})[- ](?:one|two|three|four|five|six|seven|eight|nine)\b"


def compound_value(token: str) -> int | None:
    """25 for 'twenty-five' or 'Twenty five'; None for anything else."""
    tens, _, unit = token.lower().replace("-", " ").partition(" ")
    if tens in NUMBER_WORDS and unit in NUMBER_WORDS and NUMBER_WORDS[tens] >= 20 and NUMBER_WORDS[unit] < 10:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


# WordNet 3.0's synonym sets as shipped (assistant/data/wordnet_synonyms.txt: a part of speech, then the words)
WORDNET_SYNONYMS = Path(__file__).resolve().parent.parent / "data" / "wordnet_synonyms.txt"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word of the shipped WordNet list, lower case: English words, never read as a mistyped town."""
    return frozenset(w.lower() for line in WORDNET_SYNONYMS.open(encoding="utf-8") for w in line.split()[1:])
