"""Whether a quote says what a claim says: rules a reviewer can read, one per way a claim outruns its quote.

`gap(claim, quote)` names the first way the claim says more than the quote, or returns None when the quote
entails it as far as these rules can tell:

- `instruction`: the claim addresses the reader or carries a link ('visit w w w dot ...'): never a fact;
- `negation`: one of the two denies what the other asserts ('ISIS did not launch the attack');
- `names`: a capitalised name of the claim (a place, group, person or weekday) is not in the quote;
- `hedge`: the quote attributes, suspects or blames and the claim states it as confirmed or claimed;
- `roles`: an actor the quote has attacking is the one attacked in the claim, or the reverse;
- `total`: the quote gives a total over several attacks and the claim pins it on one of them;
- `words`: a content word of the claim has no counterpart in the quote, as written, by stem, by the alias and
  synonym tables, or (for a word those tables do not list) by a WordNet 3.0 synset ('roadside bombs', 'US
  helicopters' and 'night-vision goggles' added to a quote that names none). (Word vectors and contextual token
  vectors from the embedder were measured as a synonym source and did worse: evals/heldout/trust/PROGRESS.md.)
- `figures`: a figure of the claim in another role than the quote's (killed for wounded, a part for the whole,
  more dead than the quote gives, its casualties as its dead);
- `events`: the quote tells two events ('... Four days later, ...') and the claim mixes them.

Figures, times and dates the quote gives another way (0330 hrs as 3:30 am, 'Four days later' as a day, a total with
its parts) are read in answering/derived.py.

The checks are lexical on purpose: they take a few milliseconds per claim, and each rejection says why.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer  # PyStemmer, Snowball English in C: the same stems as nltk's, without nltk's 2 s import
from lemminflect import getAllLemmas  # English lemmas from lemminflect's bundled tables (MIT), no model, no download

from assistant.answering.derived import (
    event_segments,
    figures_unsupported,
    quote_days,
    quote_weekdays,
    totals_of_parts,
    without_times,
)
from assistant.incidents.patterns import figures as _read_figures
from assistant.language.text import STOPWORDS, WIRE_DATELINE, is_instruction, normalise, numbers_in
from assistant.language.vocab import (
    CAPITALISED_NAME,
    MONTHS,
    NAME_ALIASES,
    WORDNET_SYNONYMS,
    actor_mentions,
    month_number,
)
from assistant.schemas import Count

_LOCAL = threading.local()  # a PyStemmer object is not safe to share between threads


def _stemmer() -> Stemmer.Stemmer:
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = Stemmer.Stemmer("english")
    return stemmer


# Words a claim may use without the quote having them: they restate, frame or point, they add no fact.
_FREE = frozenset(
    """
    also said says according reported report reports source sources article statement told stated added noted
    attack attacks incident incidents event events took place happened occurred there this that it its they them
    one some several other others another both each which who whom whose while when where would could should may
    might can will just only still yet even very more most less least so such same like per nearly about around
    approximately roughly least some including included include includes among amid following later earlier
    then now today time times day days recently up out down off again made make makes making had has have having
    people person iraq iraqi came come comes went go goes got get gets act acted acts known remain remained far
    under using via through within lie lies lay located situated belong belonged belongs
    """.split()
)
# Words that mean the same in these reports (any member supports any other).
SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"kill", "die", "dead", "death", "slain", "fatal", "fatality", "live", "lost", "perish", "martyr"}),
    frozenset({"wound", "injur", "injuri", "hurt", "casualti"}),
    # military and Arabic shorthand of reports and logs: KIA / WIA, shaheed (martyr), jarha (wounded)
    frozenset({"kia", "killed", "shaheed", "shahid", "shuhada", "martyr", "martyrs", "martyred", "dead"}),
    frozenset({"wia", "wounded", "injured", "jarha", "jarih"}),
    frozenset({"saf", "arms", "firearm", "firearms", "gunfire", "rifle", "rifles"}),
    frozenset({"attack", "assault", "ambush", "raid", "strike", "struck", "hit", "target", "bomb", "blast"}),
    frozenset({"militia", "pmu", "pmf", "hashd", "hash", "shaabi", "mobil", "popular", "unit"}),
    frozenset({"isi", "isil", "islam", "state", "daesh", "da", "esh", "extremist", "terrorist", "militant", "group"}),
    frozenset({"armi", "militari", "troop", "soldier", "forc"}),
    frozenset({"polic", "policemen", "policeman", "cop", "offic"}),
    frozenset({"near", "outsid", "outskirt", "close", "nearbi", "vicin", "around"}),
    frozenset({"took", "taken", "take", "transport", "carri", "brought", "evacu"}),
    frozenset({"call", "describ", "term", "label"}),
    frozenset({"closest", "nearest", "near"}),
    frozenset({"health", "healthcar", "hospit", "medic", "clinic"}),
    frozenset({"say", "said", "state", "told", "tell", "report", "announc", "add", "note", "accord"}),
    frozenset({"launch", "carri", "conduct", "mount", "stage"}),
    frozenset({"fire", "shell", "launch", "shot"}),
    frozenset({"rocket", "missil", "katyusha", "mortar", "projectil"}),
    frozenset({"base", "camp", "airbas", "facil"}),
    frozenset({"fewer", "less"}),
    frozenset({"work", "coordin", "cooper", "togeth", "joint", "alongsid"}),
    frozenset({"area", "region", "zone", "district"}),
    frozenset({"men", "member", "fighter", "personnel", "belong"}),
    frozenset({"plant", "place", "lay", "laid"}),
    frozenset({"count", "number", "toll", "talli", "figur", "total"}),
    frozenset({"overal", "total", "combin", "altogeth"}),
    frozenset({"vehicl", "car", "automot", "truck", "humve", "pickup", "bus", "minibus"}),
    frozenset({"help", "aid", "assist", "reinforc"}),
    frozenset({"spoke", "speak", "told", "tell", "said", "say"}),
    frozenset({"put", "state", "said", "say", "releas", "issu", "publish"}),
    frozenset({"lost", "lose", "misplac"}),
    frozenset({"last", "final"}),
    frozenset({"remot", "distant", "isol"}),
    frozenset({"lie", "locat", "situat", "sit"}),
    frozenset({"end", "late"}),
    frozenset({"overst", "exagger", "inflat"}),
    frozenset({"caus", "result", "led", "lead", "leav", "left", "start", "set", "spark", "trigger", "prompt", "thank"}),
    # the general news vocabulary of attacks and their aftermath (each set: wordings of one fact)
    frozenset({"bomb", "device", "explosive", "ied", "charge", "improvised"}),
    frozenset({"exploded", "explosion", "detonated", "blew", "blown", "blast", "burst", "set"}),
    frozenset({"landed", "fell", "fall", "struck", "hit", "slammed", "impact"}),
    # 'opened fire on' is 'shot at' ...
    frozenset({"shot", "shoot", "shooting", "fired", "gunfire", "gunshot", "gunshots", "sniper"}),
    frozenset(
        {"gunned", "shot", "bullet", "bullets", "gunfire", "assassinated"}
    ),  # ... but a canister fired is no bullet
    frozenset({"kill", "die", "dead", "assassinated", "assassination", "succumbed", "martyrdom", "martyred"}),
    frozenset({"attacker", "assailant", "perpetrator"}),
    frozenset({"unidentified", "unknown", "anonymous", "unnamed", "masked"}),
    frozenset({"fled", "flee", "escaped", "escape", "withdrew", "withdrawn", "retreated", "getaway"}),
    frozenset({"planes", "jets", "warplanes", "aircraft", "airplanes", "fighter-bombers"}),
    frozenset({"shelling", "shell", "artillery", "howitzer", "bombardment", "bombarded", "cannon"}),
    frozenset({"motorcycle", "motorbike", "scooter"}),
    frozenset({"kidnapped", "kidnap", "kidnapping", "abducted", "abduct", "abduction", "snatched"}),
    frozenset({"vehicle", "tanker", "lorry", "van", "jeep", "suv"}),
    frozenset({"home", "house", "residence", "dwelling", "guesthouse"}),
    frozenset({"outside", "front", "gate", "doorstep", "entrance"}),
    frozenset({"near", "close", "next", "beside", "besides", "adjacent", "by", "edge", "perimeter", "outskirts"}),
    frozenset({"leader", "elder", "chief", "head", "sheikh", "notable", "chieftain"}),
    frozenset({"assistant", "helper", "aide", "deputy"}),
    frozenset({"comrade", "fellow", "colleague"}),
    frozenset({"bodyguard", "guard", "escort"}),
    frozenset({"merchant", "trader", "businessman", "shopkeeper"}),
    frozenset({"firm", "company", "contractor", "corporation"}),
    frozenset({"fighter", "militant", "combatant", "insurgent", "jihadist", "mujahideen", "element"}),
    frozenset({"two", "pair", "couple", "twin", "both"}),
    frozenset({"found", "find", "discovered", "uncovered", "recovered", "located"}),
    frozenset({"defused", "dismantled", "disarmed", "safe", "neutralised", "neutralized"}),
    frozenset({"fire", "blaze", "flames", "burning", "burned", "burnt", "ablaze"}),
    frozenset({"extinguished", "put", "doused", "contained"}),
    frozenset({"heat", "temperature", "temperatures", "hot"}),
    frozenset({"revised", "corrected", "updated", "amended", "lowered", "down", "reduced", "cut"}),
    frozenset({"revised", "corrected", "updated", "amended", "raised", "up", "increased", "rising"}),
    frozenset({"dropped", "fell", "cut", "declined", "reduced", "decreased", "lowered"}),
    frozenset({"recorded", "documented", "listed", "counted", "registered", "logged", "tallied"}),
    frozenset({"thought", "believed", "presumed", "assumed"}),
    frozenset({"probably", "likely", "possibly", "perhaps", "may"}),
    frozenset({"say", "explain", "explained", "explaining", "stating"}),
    frozenset({"recent", "latest", "newest"}),
    frozenset({"string", "series", "spate", "wave", "succession"}),
    frozenset({"resign", "step", "quit"}),
    frozenset({"attempt", "attempting", "trying", "tried", "sought"}),
    frozenset({"carrying", "laden", "packed", "loaded", "rigged", "equipped"}),
    frozenset({"busy", "crowded", "packed", "bustling"}),
    frozenset({"frightening", "panic", "fear", "terrified", "scared", "alarm"}),
    frozenset({"accident", "accidental", "accidentally", "unintentional", "mishap"}),
    frozenset({"direction", "toward", "towards", "heading"}),
    frozenset({"back", "return", "returning"}),
    frozenset({"rest", "other", "others", "remaining", "remainder"}),
    frozenset({"responsibility", "claim", "claimed"}),
    frozenset({"wound", "harm", "harmed", "casualties", "injuries", "hurt"}),
    frozenset({"open", "empty", "vacant", "uninhabited", "barren", "deserted"}),
    frozenset({"ground", "area", "land", "field", "terrain"}),
    frozenset({"dawn", "daybreak", "sunrise", "light"}),
    frozenset({"dusk", "sunset", "nightfall", "darkness", "dark"}),
    frozenset({"overnight", "night", "nighttime"}),
    frozenset({"gave", "give", "put", "issued"}),
    frozenset({"found", "determined", "concluded", "established"}),
    frozenset({"hidden", "buried", "concealed", "planted"}),
    frozenset({"beneath", "under", "underneath", "below"}),
    frozenset({"surface", "asphalt", "road", "tarmac", "pavement"}),
)
# Words that carry no checkable content: manner, sequence and discourse words, pronouns and the quantifiers of a
# denial (whether something was denied is the negation rule's business). A word that adds a fact (an object, a
# weapon, a place, a cause, a time, a number, an actor) is never here.
_NO_CONTENT = frozenset(
    """
    any anyone anybody anything nobody none nothing noone else instead rather though although however once right
    away meanwhile moreover furthermore subsequently thereafter afterwards eventually indeed actually further
    besides whereas respectively him himself herself themselves itself our us way either neither nor without
    used provided performed between
    """.split()
)
# Who did it and who suffered it: never the same people, whatever the stems say ('attackers' vs 'attack').
_ATTACKER_WORDS = frozenset(
    {
        "attacker",
        "attackers",
        "assailant",
        "assailants",
        "perpetrator",
        "perpetrators",
        "gunman",
        "gunmen",
        "bomber",
        "bombers",
    }
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|neither|nor|without|denied|deny|denies|failed|cannot|rather\s+than|instead\s+of)\b|"
    r"n['\u2019]t\b",
    re.I,
)
# Negative words that assert a bound, not a denial: 'no fewer than 28' is 'at least 28'.
_AT_LEAST = re.compile(r"\b(?:no|not)\s+(?:fewer|less)\s+than\b", re.I)
_NOT_A_DENIAL = re.compile(
    r"\b(?:no|not)\s+(?:fewer|less|more|later|earlier|sooner)\s+than\b|\bno\s+longer\b|\b(?:without|no)\s+(?:a\s+)?doubt\b|"
    r"\bnot\s+only\b|"
    # a source's anonymity: 'who asked not to be named', 'not authorised to speak to the media'
    r"\b(?:not|n['\u2019]t)\s+(?:to\s+)?(?:be\s+)?(?:named|identified|authori[sz]ed\s+to\s+(?:speak|talk|brief))\b",
    re.I,
)
# Stating as settled what the quote only attributes, suspects or reports.
_SETTLED = re.compile(
    r"\b(?:confirm\w*|claimed responsibility|claimed the|proved?|proven|established|certain(?:ly)?|definitely|"
    r"officially|verified)\b",
    re.I,
)
# Words that make who did it a suspicion, not a fact: 'suspected ISIS militants', 'believed to belong to ISIS', 'an
# artillery shell, attributed by the district to the Turkish military', 'blamed on IS'
_SUSPECT = (
    r"suspect(?:ed)?|believed|alleged\w*|thought|presumed|presumably|attributed|blam\w+|accus\w+|likely|possibl[ey]|"
    r"probabl[ey]|apparent(?:ly)?|(?-i:may)|might|said\s+to|linked|affiliated|purported(?:ly)?|unconfirmed|unverified"
)
# ... and words that only give it as somebody's account: 'Al-Iraqiya TV reported that unknown gunmen ...', 'two people
# local officials described as civilians'; a claim that keeps such an account ('..., the TV said') keeps the hedge
_ACCOUNT = (
    r"report(?:ed|s|edly|ing)?(?!\s+period)|according|claim\w*|identified|described|called|calling|said|"
    r"says?|told|stated|termed|consider\w*|regards?|regarded|insist\w*|recorded|documented"
)
# ... within eight words of the name, in the same sentence ('described them as members of the Kurdistan Workers'
# Party (PKK)') and clause ('Two suspects were arrested after ISIS militants attacked' hedges nothing)
_WITHIN = r"(?:[^\w.;!?]+(?!(?:after|when|while|before|because|but|although|though)\b)[\w'-]+){0,8}?[^\w.;!?]*$"
_SUSPECTED_BEFORE = re.compile(rf"(?i)\b(?:{_SUSPECT})\b{_WITHIN}")
_ACCOUNT_BEFORE = re.compile(rf"(?i)\b(?:{_ACCOUNT})\b{_WITHIN}")
_ACCOUNT_WORD = re.compile(rf"(?i)\b(?:{_ACCOUNT})\b")


def _hedge_dropped(claim: str, quote: str) -> bool:
    """'ISIS militants attacked' from 'suspected ISIS militants attacked': an actor the quote names only under a
    hedge (suspected, believed to, attributed to, blamed ...; or only as somebody's account) that the claim names
    with no hedge of that strength."""
    hedges: dict[str, set[str]] = {}
    for name, m in actor_mentions(quote):
        before = quote[max(0, m.start() - 80) : m.start()]  # as written: the month 'May' is no 'may'
        hedge = (
            "suspect" if _SUSPECTED_BEFORE.search(before) else "account" if _ACCOUNT_BEFORE.search(before) else "plain"
        )
        hedges.setdefault(name, set()).add(hedge)
    # a claim gives the account as somebody's with its words, or as their toll ('the directorate's updated toll')
    account = _ACCOUNT_WORD.search(claim) is not None or re.search(r"(?i)\b(?:toll|tally|figures?|count)\b", claim)
    for name, m in actor_mentions(claim):
        said = hedges.get(name, {"plain"})
        if "plain" in said:
            continue  # whoever the quote also names without a hedge is named as a fact there too
        # the claim's own suspicion must bear on the name as the quote's does ('suspected IS militants', 'believed
        # to belong to IS'), not sit anywhere ('two soldiers were likely killed')
        before, after = claim[max(0, m.start() - 80) : m.start()], claim[m.end() : m.end() + 60]
        suspected = _SUSPECTED_BEFORE.search(before) or re.match(
            r"[\w\s'-]{0,30}?\b(?:suspected|believed|blamed)\b", after
        )
        if not suspected and ("suspect" in said or not account):
            return True
    return False


_CLAIMED = re.compile(r"(?i)\bclaimed\s+(?:responsibility|the)\b")
_QUOTE_CLAIMS = re.compile(r"(?i)\bclaim(?:ed|s|ing)?\b|\bresponsibility\b")


_LINK = re.compile(
    r"\bw\s*w\s*w\b|https?:|\bdot\s+(?:com|org|net|example)\b|\.(?:com|org|net)\b|\bvisit\b|\bclick\b", re.I
)
# A total over several attacks in the quote, and a claim that names one of them.
_SEVERAL = re.compile(
    r"\b(?:two|three|four|several|separate|twin|multiple|series of|wave of)\s+(?:separate\s+)?"
    r"(?:attacks|bombings|blasts|explosions|incidents|ambushes)\b|\btwin\s+\w+|\bin\s+total\b|\bcombined\b",
    re.I,
)
_ONE_OF = re.compile(
    r"\b(?:first|second|third|single|one of the|the other|only one|each of the|a single)\b|"
    r"\bthe\s+(?:bombing|blast|attack|ambush|explosion)\s+(?:near|at|in|on)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_GENERIC_NAMES = frozenset({"the", "a", "an", "it", "on", "in"})  # weekdays and months are checked: a date is a fact


def plain_word(word: str) -> bool:
    """A word that is no name when capitalised at a sentence's start: an answer's 'Yes', 'No', 'Nobody', 'According'
    (never one in capitals: 'IS killed ...' names the group)."""
    if len(word) > 1 and word.isupper():
        return False
    low = word.lower()
    return low in _FREE | _NO_CONTENT | STOPWORDS | {"yes", "no"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word's stem, lower-case ('killed' and 'kills' -> 'kill')."""
    word = word.lower().strip("'\u2019").removesuffix("'s").removesuffix("\u2019s")
    return _stemmer().stemWord(word.replace("\u2019", "'"))


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(normalise(text).text) if w.lower() not in STOPWORDS]


def _stems(text: str) -> set[str]:
    out = set()
    for w in _words(text):
        out.add(stem(w))
        out.update(stem(part) for part in re.split(r"[-'\u2019]", w) if part)  # 'Hashd al-Shaabi', "Iraq's"
    return out


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], ...]:
    """The synonym and alias tables as sets of stems."""
    return tuple(frozenset(stem(w) for w in g) for g in (*SYNONYMS, *NAME_ALIASES))


def synonyms_of(word_stem: str) -> set[str]:
    """Stems that the synonym and alias tables give the same meaning as this one."""
    return set().union(*(g for g in _groups() if word_stem in g)) if word_stem else set()


@lru_cache(maxsize=1)
def _wordnet() -> dict[str, frozenset[int]]:
    """WordNet 3.0's synsets by stem (stem -> the synsets it is in), without the stems the hand tables own: a word in
    those tables means only what they say (WordNet would make 'hit' a murder and 'militant' a war)."""
    by_stem: dict[str, set[int]] = {}
    for i, line in enumerate(WORDNET_SYNONYMS.read_text(encoding="utf-8").splitlines()):
        for word in line.split()[1:]:
            by_stem.setdefault(stem(word), set()).add(i)
    owned = frozenset().union(*_groups())
    return {s: frozenset(ids) for s, ids in by_stem.items() if s not in owned and len(s) >= 3}


def _covered(s: str, quote_stems: set[str]) -> bool:
    if s in quote_stems or s in _FREE or stem(s) in _FREE:
        return True
    if any(s in g and g & quote_stems for g in _groups()):  # a word may sit in several ('lost': died, mislaid)
        return True
    synsets = _wordnet()  # ... else a word of the same WordNet synset ('assembled' for 'gathered')
    mine = synsets.get(s)
    return mine is not None and any(mine & synsets.get(q, frozenset()) for q in quote_stems)


_LINKS_TOLL = re.compile(
    r"(?i)\b(leaving|left|causing|caused|resulting|inflicting)\s+(?:in\s+)?(?:at\s+least\s+)?(?:\d+|an?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|dozens|many|no)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dead|killed|wounded|injured|hurt|casualt\w+|injur\w+|deaths?|victims?)\b"
)
# 'gunmen' for attackers the quote has shooting: 'Unknown attackers fired on the guard'
_ARMED_MEN = re.compile(
    r"(?i)\b(?:attackers?|assailants?|militants?|men|persons|fighters|insurgents|gunm[ae]n)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:fired|opened\s+fire|shot|used\s+(?:pistols?|rifles?|guns?))\b|\b(?:attackers?|assailants?|men)\s+(?:armed\s+)?"
    r"with\s+(?:pistols?|rifles?|guns?|kalashnikovs?)\b"
)


@lru_cache(maxsize=65536)
def lemma_stems(word: str) -> frozenset[str]:
    """The stems of a word's dictionary forms, whatever its part of speech ('threw', 'thrown': throw; 'freed': free;
    'tore': tear; 'men': man), from lemminflect's tables: the stemmer leaves irregular forms apart."""
    return frozenset(stem(lemma) for lemmas in getAllLemmas(word.lower()).values() for lemma in lemmas) - {stem(word)}


def _spelled_acronyms(claim: str, quote: str) -> set[str]:
    """The claim's words (lower-case) that spell out an acronym of the quote ('Iraqi security forces': ISF,
    'one-way attack drone': OWA)."""
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z][A-Za-z]?[A-Z]{1,4}s?\b", quote) if len(a.rstrip("s")) >= 3}
    if not acronyms:
        return set()
    words = [w for w in re.split(r"[\s-]+", re.sub(r"[^\w\s'-]", " ", claim)) if w]
    out: set[str] = set()
    for n in (3, 4):
        for i in range(len(words) - n + 1):
            run = [w for w in words[i : i + n] if w.lower() not in ("of", "the", "and")]
            # a name spelled out opens with a capital ('Iraqi security forces'), each word a word of its own
            if (
                len(run) >= 3
                and run[0][:1].isupper()
                and all(len(w) >= 3 for w in run)
                and ("".join(w[0] for w in run).lower() in acronyms)
            ):
                out |= {w.lower() for w in run}
    return out


def _compound_of(word: str, quote_words: set[str]) -> bool:
    """A closed compound whose two words the quote has apart ('roadside': 'road' and 'side')."""
    return len(word) >= 7 and any(word[:i] in quote_words and word[i:] in quote_words for i in range(3, len(word) - 2))


def uncovered(claim: str, quote: str) -> list[str]:
    """The claim's content words that the quote does not carry (as written, by stem or by synonym). The quote's
    stop words count as support too ('near' carries 'close to')."""
    quote_words = {w.lower() for w in _WORD.findall(normalise(quote).text)}
    quote_stems = _stems(quote) | {stem(w) for w in quote_words}
    quote_stems |= {s for w in quote_words for s in lemma_stems(w)}  # 'thrown' is 'throw', 'fled' 'flee'
    names = {m.group(0).lower() for m in CAPITALISED_NAME.finditer(claim)}
    missing = []
    # a word that only links what it did to its toll: 'leaving one dead', 'causing two injuries'
    linking = {m.group(1).lower() for m in _LINKS_TOLL.finditer(claim)}
    linking |= _spelled_acronyms(claim, quote)  # 'Iraqi security forces' where the quote says ISF
    armed = _ARMED_MEN.search(quote) is not None  # the shooters are the subject: 'Police shot dead two men' arms no one
    for w in _words(claim):
        if numbers_in(w) or w in names or w.removesuffix("'s").removesuffix("\u2019s") in names:
            continue  # figures are checked as numbers (by the caller), names by _names_missing
        if w.lower() in linking or (armed and w.lower() in ("gunman", "gunmen")):
            continue
        parts = [w, *[p for p in re.split(r"[-'\u2019]", w) if p and p != w]]
        if any(_covered(s, quote_stems) for p in parts for s in (stem(p), *lemma_stems(p))) or w.lower() in (
            _FREE | _NO_CONTENT
        ):
            continue
        if _compound_of(w.lower(), quote_words):
            continue  # 'roadside' for 'the side of the road', 'farmland' for 'farm land'
        missing.append(w)
    return missing


_ROMAN_MONTHS = {r: i for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
_MONTH_ABBR = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)


def _quote_months(quote: str) -> set[int]:
    """The months the quote's dates name, in any of the ways reports write them: 'Jul' and 'Sept.', 17/10/2022,
    2019-12-13, 09-17-2021, 20230517, 14Aug2022, 23 VIII 2020 and 18.IX (a day-or-month reading of 05/06/2021 gives
    both)."""
    # a report's or a log's own date is not the event's ('Reported on 25-02-2024:')
    quote = re.sub(r"(?i)\b(?:reported|published|logged|filed|posted|dated|updated)(?:\s+on)?\s+[\w/.-]+", " ", quote)
    out = {month_number(m) for m in re.findall(rf"(?i)(?<![a-z]){_MONTH_ABBR}(?![a-z])", quote)}
    out |= {5 for _ in re.findall(r"(?i)\d\s*may\b|\bmay\s*\d", quote)}  # 'May' only beside a day or year
    for a, b in re.findall(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)?\d\d\b", quote):
        day_first = re.search(r"\(d{1,2}/m", quote) is not None
        month_first = re.search(r"\(m{1,2}/d", quote) is not None
        for m, d in ((int(b), int(a)), (int(a), int(b))):
            if 1 <= m <= 12 and 1 <= d <= 31:
                if (day_first and m != int(b)) or (month_first and m != int(a)):
                    continue
                out.add(m)
    for _, m, _ in re.findall(r"\b((?:19|20)\d\d)[/.-]?(\d\d)[/.-]?(\d\d)\b", quote):
        out.add(int(m))
    for m in re.findall(r"\b\d{1,2}[\s.]+(I{1,3}|IV|VI{0,3}|IX|XI{0,2}|X)\b", quote):
        out.add(_ROMAN_MONTHS[m])
    return {m for m in out if 1 <= m <= 12}


# Kurdish in Latin letters (Kurmanji) as English news spells it: 'Xaneqîn' Khanaqin, 'Pêncwên' Penjwen, 'Zaxo' Zakho
_KURMANJI = str.maketrans({"x": "kh", "\u015f": "sh", "\u00e7": "ch", "\u00ea": "e", "\u00ee": "i", "\u00fb": "u"})


def _romanised(word: str) -> str:
    """The name in English letters: Kurmanji 'x' is 'kh' (and, beside its marked vowels, 'c' is 'j'), other accents
    dropped ('Bêdar' Bedar)."""
    low = word.lower()
    if re.search("[\u00ea\u00ee\u00fb\u015f\u00e7]", low):
        low = low.replace("c", "j")
    low = low.translate(_KURMANJI)
    return unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()


def skeleton(word: str) -> str:
    """A transliterated name without its article and vowels ('Al-Mqdadiya' and 'Muqdadiyah' -> 'mqddy', 'Kerkuk'
    and 'Kirkuk' -> 'krkk', 'Tikreet' and 'Tikrit' -> 'tkrt', 'Xaneqîn' and 'Khanaqin' -> 'khnqn')."""
    low = re.sub(r"^(?:al|el|ad|ar|as|an|at|az)[-\s]", "", _romanised(word)).removesuffix("h")
    low = re.sub(r"[^a-z]", "", low)
    low = re.sub(r"(.)\1+", r"\1", low)
    return low[:1] + re.sub(r"[aeiouy]", "", low[1:])


def _names_missing(claim: str, quote: str, implied: frozenset[str] = frozenset()) -> list[str]:
    """Capitalised names of the claim the quote does not name (by stem, alias, a shared beginning such as
    Turkey/Turkish, or initials such as KRG and U.N.; `implied`: weekdays and months its dates imply)."""
    plain = quote.replace(".", "")
    quote_stems = _stems(plain)
    quote_words = {w.lower() for w in _WORD.findall(normalise(plain).text)}
    initials = {"".join(w[0] for w in run.split()).lower() for run in re.findall(r"(?:[A-Z][\w-]*\s?){2,6}", plain)}
    # 'Counter-Terrorism Service' is CTS and 'improvised explosive device' an IED, whatever their case
    runs = re.findall(r"[A-Za-z]+", plain)
    initials |= {"".join(w[0] for w in runs[i : i + n]).lower() for n in (2, 3, 4) for i in range(len(runs) - n + 1)}
    months = _quote_months(quote)
    skeletons = {skeleton(w) for w in re.findall(r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?", plain)}
    skeletons |= {skeleton(w) for w in re.findall(r"[^\W\d_][\w'-]*", plain)}
    # a short skeleton ('Zaxo', 'Zakho': zkh) only from a capitalised word: 'missile' is no Mosul
    short = {skeleton(w) for w in re.findall(r"\b[^\W\d_a-z][\w'-]*", plain)}
    missing = []
    # a run of capitalised words whose acronym the quote uses ('Security Media Cell': 'SMC'; 'Ministry of Health':
    # 'MoH') is named there
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z][A-Za-z]?[A-Z]{1,4}s?\b", quote)}
    for run in re.findall(r"\b[A-Z][\w'-]+(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'-]+)+", claim):
        if "".join(w[0] for w in run.split() if w[0].isupper()).lower() in acronyms:
            claim = claim.replace(run, " ")
    for m in CAPITALISED_NAME.finditer(claim.replace(".", "")):
        name = m.group(0)
        # ('IS' and 'US' in capitals are the group and the country, not the verb and the pronoun)
        if (name.lower() in _GENERIC_NAMES | STOPWORDS | _FREE | implied and not name.isupper()) or numbers_in(name):
            continue
        parts = [
            p
            for p in re.split(r"[\s'\u2019-]+", name)
            if p and (p.lower() not in STOPWORDS | {"s", "al", "el"} or (len(p) > 1 and p.isupper()))
        ]

        def named(p: str) -> bool:
            low = p.lower()
            head = low[: max(4, len(low) - 3)]
            return (
                _covered(stem(p), quote_stems)
                or low in initials
                or any(
                    w.startswith(head) or (len(w) >= 4 and low.startswith(w[: max(4, len(w) - 3)])) for w in quote_words
                )
            )

        if name in MONTHS and month_number(name) in months:
            continue  # '17 September' from '09-17-2021' (the day and year are checked as figures)
        sk = skeleton(name)
        if (len(sk) >= 4 and (sk in skeletons or skeleton(name.replace(" ", "")) in skeletons)) or (
            len(sk) == 3 and sk in short
        ):
            continue  # 'Kirkuk' for 'Kerkuk', 'Tal Afar' for 'Talafar'
        if m.start() == 0 and (plain_word(name) or name.lower() == "responsibility"):
            continue  # a sentence's first word, not a name ('Nobody was hurt'): the words rule checks it
        if parts and not all(named(p) for p in parts):
            missing.append(name)
    return missing


# An actor followed (within its clause) by what it did: 'gunmen on a motorcycle shot', 'ISIS militants attacked'.
_ACTS_AFTER = re.compile(
    r"\s*(?P<lead>(?:(?!by\b|on\b|against\b|said\b|says\b|told\b|stated\b|reported\b|when\b|while\b|after\b|as\b|"
    r"before\b|because\b)\w+\s+){0,9}?)(?:to\s+)?(?:attacked|attack|ambushed|ambush|launched|fired|"
    r"killed|struck|carried out|claimed|detonated|targeted|target|shelled|bombed|shot|opened fire|open fire)\b"
)
# ... unless it is the passive ('two soldiers were killed', 'a sheikh was killed by a bomb'): then it was hit.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+\s+)?$")


# ... or a participle right after its noun, as a reduced passive: 'the three farmers killed when a bomb exploded'
_REDUCED_PASSIVE = re.compile(
    r"\s*(?:[,;.]|$|(?:when|in|by|at|during|near|after|last|yesterday|overnight)\b|"
    r"and\s+\w+ed\s+(?:in|at|by|on|near|outside|during|when)\b)"  # 'the candidate shot and wounded in Khalis'
)


# Words after 'on' or 'at' that make it a time, not a target: 'On Thursday IS gunmen', 'Around 11 at night IS ...'
_WHEN_WORD = (
    r"(?:night|dawn|dusk|noon|midday|midnight|morning|evening|afternoon|sunset|sunrise|least|about|around|time|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b"
)
_TARGET_BEFORE = re.compile(
    r"\b(?:on|against|targeting|targeted|at|attacked|attacking|ambushed|ambushing|killed|killing|wounded|wounding|"
    r"struck|striking|hit|hitting)\s+(?!" + _WHEN_WORD + r")"
    r"(?:the\s+|an?\s+)?(?:(?!when\b|while\b|after\b|as\b|before\b|because\b|by\b|" + _WHEN_WORD + r")\w+\s+)?$"
)


def _roles(text: str) -> dict[str, set[str]]:
    """Actor -> the roles ('by', 'on') the text gives it ('ISIS attacked the PMU': ISIS by, PMU on); an actor may
    have both ('IS killed eleven soldiers; the army next day launched an operation')."""
    low = text.lower()
    out: dict[str, set[str]] = {}
    for name, m in actor_mentions(text):
        before, after = low[max(0, m.start() - 40) : m.start()], low[m.end() : m.end() + 60]
        if _TARGET_BEFORE.search(before):
            out.setdefault(name, set()).add("on")
        elif re.search(r"\bby\s+(?:the\s+)?(?:\w+\s+)?$", before) or (
            (act := _ACTS_AFTER.match(after)) is not None
            and not _PASSIVE.search(act.group("lead"))
            and not (
                not act.group("lead").strip()
                and re.search(r"(?:killed|targeted|struck|ambushed|shot|attacked|bombed|shelled)$", act.group(0))
                and _REDUCED_PASSIVE.match(after[act.end() :])
            )
        ):
            out.setdefault(name, set()).add("by")
    return out


def _denials(text: str) -> list[set[str]]:
    """The stems each negation of the text denies (the few words after 'not', 'no', 'never' ...)."""
    text = _NOT_A_DENIAL.sub(" ", text)
    out = []
    for m in _NEGATION.finditer(text):
        # ... to the end of its clause: 'no group claimed responsibility and gas supply was cut' denies no supply
        scope = re.split(
            r"[,;.:()\u2013\u2014]|\s(?:and|but|while|whereas|that|which|who)\s", text[m.end() : m.end() + 80]
        )[0]
        # ... and only its head, its first two words with content: 'no group claimed the bombing that killed 12'
        # denies a claim, not the bombing
        heads = [w for w in _words(" ".join(scope.split()[:6])) if stem(w) not in _FREE and w.lower() not in _FREE]
        out.append(_stems(" ".join(heads[:2])))
    return out


# A report of damage only: nobody was hurt, though no word of it denies it ('causing material damage only', 'only the
# door and windows damaged')
_DAMAGE_ONLY = re.compile(
    r"(?i)\bdamage\s+only\b|\bonly\s+(?:caus\w+\s+|did\s+)?(?:material\s+|minor\s+|some\s+)?damage\b|"
    r"\bonly\s+(?:the\s+)?[\w\s,]{0,40}?\bdamaged\b|\bdamage\s+but\s+no\s+casualt"
)
_HARM = frozenset(stem(w) for w in "hurt injured wounded killed dead died casualties harmed victims".split())


_NO_OTHER_HARM = re.compile(
    r"(?i)\bno\s+(?:other\s+|further\s+)?(?:casualties|injuries|wounded|one\s+else\s+was\s+(?:hurt|injured|wounded))\b|"
    r"\bnobody\s+else\s+was\s+(?:hurt|injured|wounded)\b"
)


def _negation_differs(claim: str, quote: str) -> bool:
    """The claim denies what the quote does not, or asserts what the quote denies ('no immediate claim'), or tells as
    fact what the quote calls false, or has wounded where the quote says there were no other casualties."""
    false = _CALLED_FALSE.search(quote)
    if false and not _AS_REPORTED.search(claim) and (_stems(false.group(0)) - _FREE) & _stems(claim):
        return True  # (what the claim tells is what the quote calls false, not the quote's other news)
    hurt = _people_figures(claim)[1]
    if hurt is not None and (hurt.low or 0) > 0 and _NO_OTHER_HARM.search(quote):
        told = figures(quote)[1]
        if told is None or not told.low:
            return True
    claim_denies, quote_denies = _denials(claim), _denials(quote)
    claim_stems = _stems(claim)
    if claim_denies and not quote_denies:
        # 'hurt nobody' from a report of damage only; any other denial is the claim's own
        return not (_DAMAGE_ONLY.search(quote) and all(d & _HARM or not d - _FREE for d in claim_denies))
    return not claim_denies and any(len(d & claim_stems - _FREE) >= 1 for d in quote_denies)


def _role_words_swapped(claim: str, quote: str) -> bool:
    """'Most of the attackers were Shia Turkmen' from 'most of the victims were Shia Turkmen'."""
    c = {w.lower() for w in _words(claim)}
    q = {w.lower() for w in _words(quote)}
    # the quote's victims as people ('the dead', 'the victims'), not 'shot him dead'
    victims = re.search(r"(?i)\bvictims?\b|\bcasualt(?:y|ies)\b|\bthe\s+(?:dead|wounded|injured)\b", quote)
    return bool(
        (c & _ATTACKER_WORDS and not q & _ATTACKER_WORDS and victims)
        or (c & {"victim", "victims"} and not q & {"victim", "victims", "casualties"} and q & _ATTACKER_WORDS)
    )


# Counts that are no people: 'shot four times', and the whole a victim is one of ('one of two activists was killed')
_NOT_PEOPLE = re.compile(r"(?i)\b(?:\w+|\d+)\s+times\b|(?<=\bone\sof\s)(?:the\s+)?(?:\w+|\d+)(?=\s)")
# ... nor years and days of a month ('the 2014-2015 fighting killed a boy', 'on 8 February; no one was hurt')
_MONTH_NAMES = "|".join(MONTHS)
_DATES = re.compile(
    rf"\b(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)?\d\d)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b|"
    rf"\b(?:{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
)


@lru_cache(maxsize=4096)
def figures(text: str) -> tuple[Count | None, Count | None]:
    """The killed and wounded figures of a text (the extractor's reading), kept for the several checks of a claim."""
    return _read_figures(text)


@lru_cache(maxsize=4096)
def _people_figures(text: str) -> tuple[Count | None, Count | None]:
    """The killed and wounded figures of the text, its counts of shots and of the group a victim is one of aside."""
    text = _DATES.sub(" ", text)
    return figures(_NOT_PEOPLE.sub(lambda m: "the" if not m.group(0).lower().endswith("times") else "", text))


def _figures_swapped(claim: str, quote: str) -> bool:
    """'Six were injured while 31 were killed' from 'six were killed while 31 were injured': a figure of the quote
    in the other role."""
    said, quoted = _people_figures(claim), figures(quote)
    for mine, other in ((0, 1), (1, 0)):
        c, q, o = said[mine], quoted[mine], quoted[other]
        if c is None or not c.low or o is None:
            continue  # (a zero is no figure in another role: 'no one was hurt' says nothing of the dead)
        if (q is None or q.low != c.low) and c.low in (o.low, o.high):
            return True
    return False


_CASUALTIES = re.compile(r"(?i)\b([\d,]+|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+){0,2}?casualt(?:y|ies)\b")


def _casualties_as_dead(claim: str, quote: str) -> bool:
    """'21 civilians killed' from '21 civilian casualties (8 killed, 13 injured)': the quote's count of casualties,
    dead and wounded together, given as its dead."""
    dead = _people_figures(claim)[0]
    if dead is None or dead.low is None:
        return False
    counts = {n for m in _CASUALTIES.finditer(quote) for n in numbers_in(m.group(1))}
    told = figures(_CASUALTIES.sub(" ", quote))[0]
    return float(dead.low) in counts and (told is None or told.low != dead.low)


def _more_dead_than_quoted(claim: str, quote: str) -> bool:
    """'gunmen killed two activists' from 'leaving one dead and the other seriously wounded': more dead than the
    quote's own death toll (the quote's other figures, such as the two people attacked, are not deaths)."""
    c = _people_figures(claim)[0]
    if c is None or c.low is None or float(c.low) in totals_of_parts(claim):
        return False  # ('157 people killed: 149 civilians and 8 security personnel' adds the quote's dead)
    # the most dead the quote, or any one clause of it, gives ('a bomb 8 July killed two soldiers; IS 24 July shot dead
    # three shepherds')
    told = [figures(part)[0] for part in (quote, *re.split(r"(?<=[.;])\s+", quote))]
    most = max((max(q.low, q.high or q.low) for q in told if q is not None and q.low is not None), default=None)
    return (
        most is not None
        and c.low > most
        and not re.search(r"\b(?:rais\w*|revis\w*|ris(?:en|ing|e)|climb\w*|up to|toll)\b", quote, re.I)
    )


def _part_as_whole(claim: str, quote: str) -> bool:
    """'killed three people' from 'killed three military security personnel and two policemen': a part of the
    quote's listed victims given as all of them."""
    said, quoted = _people_figures(claim), figures(quote)
    c, q = said[0], quoted[0]
    return (
        c is not None
        and q is not None
        and c.low is not None
        and q.low is not None
        and c.low < q.low
        and bool(re.search(r"\b(?:people|persons|victims|in total|overall|all)\b", claim, re.I))
        and c.low in numbers_in(quote)
        and q.low not in numbers_in(claim)  # 'Five people - three ... and two ... - were killed' says the total
    )


_VICTIM_CLAUSE = re.compile(
    r"\b(?P<verb>kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?)\s+(?P<who>(?:[\w'-]+\s+){0,4}?[\w'-]+)"
    r"(?=\s*(?:,|;|\.|\band\b|\bin\b|\bwhile\b|\bas\b|$))",
    re.I,
)


def _victim_classes(text: str) -> dict[str, set[str]]:
    """'killed' / 'wounded' -> the kinds of people the text has killed or wounded ('killing a police officer and
    wounding two civilians': killed {police}, wounded {civilians})."""
    out: dict[str, set[str]] = {"killed": set(), "wounded": set()}
    for m in _VICTIM_CLAUSE.finditer(text):
        role = "killed" if m.group("verb").lower().startswith("kill") else "wounded"
        out[role] |= {name for name, _ in actor_mentions(m.group("who"))}
    return out


# Who was killed or wounded, as the words of the clause say it: the object of 'killing the driver', 'wounded his
# driver', or the subject of 'his nephew, who stood nearby, was lightly injured', 'Zinar Serhed fell martyr'
_HARMED_OBJECT = re.compile(
    r"(?i)\b(?P<verb>kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\s+(?!(?:and|or|in|on|at|by|when|while|as)\b)"
    r"(?P<who>(?:[\w'()-]+\s+){0,6}?[\w'()-]+?)"
    r"(?=\s+(?:and|in|near|at|on|when|while|as|during|outside|inside)\b|\s*[,;.]|\s*$)"
)
_HARMED_SUBJECT = re.compile(
    r"(?i)(?:^|[.;:]\s*|\band\s+|\bwhile\s+)(?P<who>(?:(?!(?:was|were|and|but|had|has)\b)[\w'()-]+\s+){0,9}?"
    r"[\w'()-]+)(?:,[^,;.]{0,60},)?\s+(?:(?:was|were)\s+(?:\w+ly\s+)?(?P<verb>killed|slain|wounded|injured|hurt|"
    r"martyred)|(?P<fell>fell\s+martyrs?|died))\b"
)
_HARMED_NOT = frozenset({"one", "two", "three", "four", "five", "of", "the", "a", "an", "his", "her", "their", "its"})


_ANYONE = frozenset(stem(w) for w in "people persons person others individuals victims men one two".split())


def _harmed(text: str) -> dict[str, set[str]]:
    """'killed' / 'wounded' -> the stems of the head words naming who the text has killed or wounded: the first and
    last words of the phrase ('One soldier of the army unit escorting the convoy': soldier, convoy), never a word
    that names anyone ('people', 'others')."""
    out: dict[str, set[str]] = {"killed": set(), "wounded": set()}
    for m in (*_HARMED_OBJECT.finditer(text), *_HARMED_SUBJECT.finditer(text)):
        verb = (m.group("verb") or "killed").lower()
        role = "killed" if verb.startswith(("kill", "slain", "martyr", "fell", "die")) else "wounded"
        words = [w for w in _words(m.group("who")) if w.lower() not in _HARMED_NOT and not numbers_in(w)]
        out[role] |= {stem(w) for w in words[:1] + words[-1:]} - _ANYONE - {stem(w) for w in _FREE}
    return out


def _victims_swapped(claim: str, quote: str) -> bool:
    """'killed a civilian and wounded two police officers' from 'killing a police officer and wounding two
    civilians', 'his nephew was killed and he was injured' from 'He was killed. His nephew ... was lightly injured':
    the people killed in one are the people wounded in the other (by their kind, or by the words naming them)."""
    said, quoted = _victim_classes(claim), _victim_classes(quote)
    if any(
        who in quoted[other] and who not in quoted[role]
        for role, other in (("killed", "wounded"), ("wounded", "killed"))
        for who in said[role]
    ):
        return True
    said_words, quoted_words = _harmed(claim), _harmed(quote)
    return any(
        said_words[role] & quoted_words[other] - quoted_words[role]
        for role, other in (("killed", "wounded"), ("wounded", "killed"))
    )


# 'the deadliest attack' where the quote says 'one of the deadliest': one of many given as the only one.
_SUPERLATIVE = r"(?:most\s+\w+|\w+est)"
_ONE_OF_SUPERLATIVE = re.compile(rf"\bone\s+of\s+the\s+{_SUPERLATIVE}\b", re.I)
_THE_SUPERLATIVE = re.compile(rf"\bthe\s+{_SUPERLATIVE}\b", re.I)


def _one_of_many_as_only(claim: str, quote: str) -> bool:
    return bool(
        _ONE_OF_SUPERLATIVE.search(quote)
        and _THE_SUPERLATIVE.search(_ONE_OF_SUPERLATIVE.sub(" ", claim))
        and not _ONE_OF_SUPERLATIVE.search(claim)
    )


# An attack told where the quote tells an accident, a leftover of war or a controlled blast ('attack' is otherwise a
# free word: reports of attacks need not use it)
_ATTACK_WORD = re.compile(r"(?i)\b(?:attack\w*|assault\w*|ambush\w*|target\w*|assassinat\w*|militants?|gunmen)\b")
_NO_ATTACK = re.compile(
    r"(?i)\b(?:accident\w*|collision|crash(?:ed)?|overturned|not\s+(?:a\s+)?hostile|no\s+(?:hostile\s+)?attack|"
    r"defus\w*|dismantl\w*|disarm\w*|not\s+counted\s+as\s+an?\s+attack|safely\s+detonated|"
    r"not\s+an?\s+attack|unexploded|old\s+(?:landmine|mine|shell|ordnance)|left\s+(?:over\s+)?from\s+the\s+war|"
    r"remnants?\s+of\s+war|leftover|controlled\s+(?:detonation|explosion|way|blast)|drown\w*|electrical\s+fault|"
    r"short[\s-]circuit|gas\s+cylinder|misfire\w*|negligence)\b"
)


_DENIED_ATTACK = re.compile(
    r"(?i)\b(?:no|not\s+an?|never\s+an?|rather\s+than\s+an?|instead\s+of\s+an?|not\s+counted\s+as\s+an?)\s+"
    r"(?:hostile\s+)?attack\w*"
)
# A device the quote has defused that the claim has going off
_DEFUSED = re.compile(r"(?i)\b(?:defus\w*|dismantl\w*|disarm\w*|made\s+safe)\b")
_WENT_OFF = re.compile(r"(?i)\b(?:explod\w*|went\s+off|go(?:es)?\s+off|blew\s+up|blown\s+up|blast\w*|detonat\w*)\b")
# The quote calls a report false: 'rumours on social media of a "bomb at the field" are false'
_CALLED_FALSE = re.compile(
    r"(?i)\b(?:rumou?rs?|reports?|claims?|news)\b[^.;]{0,80}?\b(?:are|is|were|was|proved|proven)\s+(?:\w+\s+)?"
    r"(?:false|untrue|baseless|unfounded|fake|incorrect|wrong)\b|\bfalse\s+(?:reports?|rumou?rs?|claims?|alarm)\b|"
    r"\bdenied\s+(?:the\s+)?(?:reports?|rumou?rs?)\b"
)
_AS_REPORTED = re.compile(
    r"(?i)\b(?:rumou?r\w*|false|untrue|denied|deny|denies|fake|baseless|unfounded|not\s+true|claim\w*)\b"
)


def _attack_of_no_attack(claim: str, quote: str) -> bool:
    """'Two people were killed in an attack on the road' from 'Traffic accident on the road, 2 dead'."""

    def asserted(text: str) -> bool:
        return bool(_ATTACK_WORD.search(_DENIED_ATTACK.sub(" ", text)))

    if _DEFUSED.search(quote) and not _WENT_OFF.search(quote) and _WENT_OFF.search(claim):
        return True  # 'an explosive device exploded near a shop' from 'defused an explosive device found near a shop'
    return bool(_NO_ATTACK.search(quote) and asserted(claim) and not asserted(quote))


# A span of time and its direction: 'two days before', 'a week later', 'hours after'
_SPAN_DIRECTION = re.compile(
    r"(?i)\b(?:\w+\s+)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\s+(before|earlier|prior|after|later)\b"
)


def _sequence_reversed(claim: str, quote: str) -> bool:
    """'two days before' where the quote says 'two days after' (or the reverse)."""
    said, told = _SPAN_DIRECTION.findall(claim), _SPAN_DIRECTION.findall(quote)
    if not said or not told:
        return False  # 'After the attack the militants fled' and '... before fleeing' order no span of time
    direction = {"before": "b", "earlier": "b", "prior": "b", "after": "a", "later": "a"}
    return {direction[d.lower()] for d in said}.isdisjoint({direction[d.lower()] for d in told})


def _name_run_differs(claim: str, quote: str) -> bool:
    """'the Kirkuk Provincial Government' where the quote has 'the Nineveh Provincial Government': a multi-word
    name whose other words the quote has after a different first word."""
    for run in re.findall(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,4}", claim):
        words = run.split()
        if run.lower() in quote.lower():
            continue
        tail = " ".join(words[1:])
        m = re.search(rf"\b([A-Z][\w'-]+)\s+{re.escape(tail)}\b", quote)
        if m and m.group(1).lower() != words[0].lower() and len(tail.split()) >= 1 and tail[:1].isupper():
            return True
    return False


def _implied_names(
    quote: str, published: dt.date | None, span: tuple[int, int] | None = None, claim: str | None = None
) -> frozenset[str]:
    """The weekdays and months (lower-case) of the days the quote names or counts on to: 'tuesday' for 'on Sunday
    ... two days later', 'january' for '30 December ... Four days later'. They are said, though not written (a
    day counted to only for a claim that tells what happened on it)."""
    months = {d.month for d in quote_days(quote, published, span, claim)}
    weekdays = quote_weekdays(quote, published, span, claim)
    return frozenset(weekdays | {m.lower() for m in MONTHS if month_number(m) in months})


def _mixes_events(claim: str, quote: str, published: dt.date | None) -> bool:
    """'Gunmen shot dead an activist near Baghdad airport on 3 December 2019' from 'On 3 December 2019, gunmen shot
    dead an activist in eastern Baghdad. Four days later, rockets struck near Baghdad airport ...': a quote that
    tells two events, and a claim that no one of them carries (its names, figures, dates and words)."""
    spans = event_segments(quote)
    if len(spans) < 2:
        return False
    allowed = {float(published.day), float(published.year)} if published else set()

    def carried(text: str) -> bool:
        return any(
            not _names_missing(text, quote[a:b], _implied_names(quote, published, (a, b), text))
            and not figures_unsupported(
                text, quote[a:b], published, allowed, quote_days(quote, published, (a, b), text)
            )
            and not uncovered(text, quote[a:b])
            for a, b in spans
        )

    if carried(claim):
        return False
    # a claim that tells both events, each in a clause of its own, is carried clause by clause
    clauses = [c for c in re.split(r",\s+and\s+|;\s*|,\s+while\s+", claim) if c.strip()]
    return len(clauses) < 2 or not all(carried(c) for c in clauses)


def gap(claim: str, quote: str, context: str = "", published: dt.date | None = None) -> str | None:
    """The first way the claim says more than the quote (see the module docstring), or None. `context` (a record's
    place, actors and type, for a briefing sentence) counts as support for names and words, never for roles.
    `published` (the cited report's date) dates the quote's weekdays and yearless days."""
    if is_instruction(claim) or _LINK.search(claim):
        return "instruction"
    claim = _AT_LEAST.sub("at least", claim)
    claim = without_times(claim, quote)
    if _negation_differs(claim, quote):
        return "negation"
    # a wire dateline names the newsroom's city, not the event's ('BAQUBA, May 21 (Reuters) - A bomb ... in Khanaqin')
    place_said = WIRE_DATELINE.sub(" ", quote, count=1)
    if _names_missing(
        claim, f"{place_said} {context}", _implied_names(quote, published, claim=claim)
    ) or _name_run_differs(claim, quote):
        return "names"
    if (
        _figures_swapped(claim, quote)
        or _part_as_whole(claim, quote)
        or _more_dead_than_quoted(claim, quote)
        or _casualties_as_dead(claim, quote)
    ):
        return "figures"
    if _role_words_swapped(claim, quote) or _sequence_reversed(claim, quote) or _victims_swapped(claim, quote):
        return "roles"
    # 'X claimed responsibility' where the quote says 'X claimed on Telegram' settles nothing the quote leaves open
    settled = _CLAIMED.sub(" ", claim) if _QUOTE_CLAIMS.search(quote) else claim
    if (_SETTLED.search(settled) and not _SETTLED.search(quote)) or _hedge_dropped(claim, quote):
        return "hedge"
    claim_roles, quote_roles = _roles(claim), _roles(quote)
    if any(quote_roles.get(actor) and not roles & quote_roles[actor] for actor, roles in claim_roles.items()):
        return "roles"
    if (_SEVERAL.search(quote) and _ONE_OF.search(claim) and not _SEVERAL.search(claim)) or _one_of_many_as_only(
        claim, quote
    ):
        return "total"
    if _attack_of_no_attack(claim, quote) or uncovered(claim, f"{quote} {context}"):
        return "words"
    if not context and _mixes_events(claim, quote, published):
        return "events"
    return None
