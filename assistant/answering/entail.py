"""Whether a quote says what a claim says: rules a reviewer can read, one per way a claim outruns its quote.

`gap(claim, quote)` names the first way the claim says more than the quote, or returns None when the quote
entails it as far as these rules can tell:

- `instruction`: the claim addresses the reader or carries a link ('visit w w w dot ...'): never a fact;
- `negation`: one of the two denies what the other asserts ('ISIS did not launch the attack');
- `names`: a capitalised name of the claim (a place, group, person or weekday) is not in the quote;
- `hedge`: the quote attributes, suspects or blames and the claim states it as confirmed or claimed;
- `roles`: an actor the quote has attacking is the one attacked in the claim, or the reverse;
- `total`: the quote gives a total over several attacks and the claim pins it on one of them;
- `words`: a content word of the claim has no counterpart in the quote, as written, by stem, or by the alias and
  synonym tables ('roadside bombs', 'US helicopters' and 'night-vision goggles' added to a quote that names none).
  (Word vectors from the embedder were measured as a synonym source and did worse: evals/heldout/trust/PROGRESS.md.)

The checks are lexical on purpose: they run in microseconds per claim, and each rejection says why.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import Stemmer  # PyStemmer, Snowball English in C: the same stems as nltk's, without nltk's 2 s import

from assistant.incidents.patterns import figures
from assistant.language.text import STOPWORDS, is_instruction, normalise, numbers_in
from assistant.language.vocab import CAPITALISED_NAME, NAME_ALIASES, actor_mentions

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
    frozenset({"caus", "result", "led", "lead", "leav", "left"}),
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
_VICTIM_WORDS = frozenset({"victim", "victims", "casualty", "casualties", "dead", "wounded", "injured"})
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|neither|nor|without|denied|deny|denies|failed|cannot)\b|n['\u2019]t\b", re.I
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


def _covered(s: str, quote_stems: set[str]) -> bool:
    if s in quote_stems or s in _FREE or stem(s) in _FREE:
        return True
    return any(s in g and g & quote_stems for g in _groups())  # a word may sit in several ('lost': died, mislaid)


def uncovered(claim: str, quote: str) -> list[str]:
    """The claim's content words that the quote does not carry (as written, by stem or by synonym)."""
    quote_stems = _stems(quote)
    names = {m.group(0).lower() for m in CAPITALISED_NAME.finditer(claim)}
    missing = []
    for w in _words(claim):
        if numbers_in(w) or w in names or w.removesuffix("'s").removesuffix("\u2019s") in names:
            continue  # figures are checked as numbers (by the caller), names by _names_missing
        parts = [w, *[p for p in re.split(r"[-'\u2019]", w) if p and p != w]]
        if any(_covered(stem(p), quote_stems) for p in parts) or w.lower() in _FREE:
            continue
        missing.append(w)
    return missing


def _names_missing(claim: str, quote: str) -> list[str]:
    """Capitalised names of the claim the quote does not name (by stem, alias, a shared beginning such as
    Turkey/Turkish, or initials such as KRG and U.N.)."""
    plain = quote.replace(".", "")
    quote_stems = _stems(plain)
    quote_words = {w.lower() for w in _WORD.findall(normalise(plain).text)}
    initials = {"".join(w[0] for w in run.split()).lower() for run in re.findall(r"(?:[A-Z][\w-]*\s?){2,6}", plain)}
    missing = []
    for m in CAPITALISED_NAME.finditer(claim.replace(".", "")):
        name = m.group(0)
        if name.lower() in _GENERIC_NAMES or name.lower() in STOPWORDS or name.lower() in _FREE or numbers_in(name):
            continue
        parts = [p for p in re.split(r"[\s'\u2019-]+", name) if p and p.lower() not in STOPWORDS | {"s", "al", "el"}]

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

        if parts and not all(named(p) for p in parts):
            missing.append(name)
    return missing


def _roles(text: str) -> dict[str, str]:
    """Actor -> 'by' or 'on' as the text has it ('ISIS attacked the PMU': ISIS by, PMU on)."""
    low = text.lower()
    out: dict[str, str] = {}
    for name, m in actor_mentions(text):
        before, after = low[max(0, m.start() - 40) : m.start()], low[m.end() : m.end() + 60]
        if re.search(
            r"\b(?:on|against|targeting|targeted|at|attacked|ambushed|killed|wounded|struck|hit)\s+"
            r"(?:the\s+|an?\s+)?(?:\w+\s+)?$",
            before,
        ):
            out.setdefault(name, "on")
        elif re.search(r"\bby\s+(?:the\s+)?(?:\w+\s+)?$", before) or re.match(
            r"\s*(?:(?!by\b|on\b|against\b|said\b|says\b|told\b|stated\b|reported\b)\w+\s+){0,9}?(?:to\s+)?(?:attacked|attack|ambushed|ambush|launched|fired|"
            r"killed|struck|carried out|claimed|detonated|targeted|target|shelled|bombed|shot)\b",
            after,
        ):
            out.setdefault(name, "by")
    return out


def _denials(text: str) -> list[set[str]]:
    """The stems each negation of the text denies (the few words after 'not', 'no', 'never' ...)."""
    text = _NOT_A_DENIAL.sub(" ", text)
    out = []
    for m in _NEGATION.finditer(text):
        scope = re.split(r"[,;.:()\u2013\u2014]", text[m.end() : m.end() + 80])[0]
        out.append(_stems(" ".join(scope.split()[:6])))
    return out


def _negation_differs(claim: str, quote: str) -> bool:
    """The claim denies what the quote does not, or asserts what the quote denies ('no immediate claim')."""
    claim_denies, quote_denies = _denials(claim), _denials(quote)
    claim_stems = _stems(claim)
    if claim_denies and not quote_denies:
        return True
    return not claim_denies and any(len(d & claim_stems - _FREE) >= 1 for d in quote_denies)


def _role_words_swapped(claim: str, quote: str) -> bool:
    """'Most of the attackers were Shia Turkmen' from 'most of the victims were Shia Turkmen'."""
    c = {w.lower() for w in _words(claim)}
    q = {w.lower() for w in _words(quote)}
    return bool(
        (c & _ATTACKER_WORDS and not q & _ATTACKER_WORDS and q & _VICTIM_WORDS)
        or (c & {"victim", "victims"} and not q & {"victim", "victims", "casualties"} and q & _ATTACKER_WORDS)
    )


def _figures_swapped(claim: str, quote: str) -> bool:
    """'Six were injured while 31 were killed' from 'six were killed while 31 were injured': a figure of the quote
    in the other role."""
    said, quoted = figures(claim), figures(quote)
    for mine, other in ((0, 1), (1, 0)):
        c, q, o = said[mine], quoted[mine], quoted[other]
        if c is None or c.low is None or o is None:
            continue
        if (q is None or q.low != c.low) and c.low in (o.low, o.high):
            return True
    return False


def _part_as_whole(claim: str, quote: str) -> bool:
    """'killed three people' from 'killed three military security personnel and two policemen': a part of the
    quote's listed victims given as all of them."""
    said, quoted = figures(claim), figures(quote)
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


_BEFORE = re.compile(r"\b(?:before|earlier|prior to|ahead of|preceded)\b", re.I)
_AFTER = re.compile(r"\b(?:after|later|following|since|followed)\b", re.I)


def _sequence_reversed(claim: str, quote: str) -> bool:
    """'two days before' where the quote says 'two days after' (or the reverse)."""
    return bool(
        (_BEFORE.search(claim) and not _BEFORE.search(quote) and _AFTER.search(quote))
        or (_AFTER.search(claim) and not _AFTER.search(quote) and _BEFORE.search(quote))
    )


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


def gap(claim: str, quote: str, context: str = "") -> str | None:
    """The first way the claim says more than the quote (see the module docstring), or None. `context` (a record's
    place, actors and type, for a briefing sentence) counts as support for names and words, never for roles."""
    if is_instruction(claim) or _LINK.search(claim):
        return "instruction"
    claim = _AT_LEAST.sub("at least", claim)
    if _negation_differs(claim, quote):
        return "negation"
    if _names_missing(claim, f"{quote} {context}") or _name_run_differs(claim, quote):
        return "names"
    if _figures_swapped(claim, quote) or _part_as_whole(claim, quote):
        return "figures"
    if _role_words_swapped(claim, quote) or _sequence_reversed(claim, quote):
        return "roles"
    if _SETTLED.search(claim) and not _SETTLED.search(quote):
        return "hedge"
    claim_roles, quote_roles = _roles(claim), _roles(quote)
    if any(quote_roles.get(actor, role) != role for actor, role in claim_roles.items()):
        return "roles"
    if _SEVERAL.search(quote) and _ONE_OF.search(claim) and not _SEVERAL.search(claim):
        return "total"
    if uncovered(claim, f"{quote} {context}"):
        return "words"
    return None
