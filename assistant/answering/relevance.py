"""Does a cited claim answer the question asked? A check by the kind of thing the question asks for.

A verbatim quote proves a claim is true, not that it answers anything: asked "Which Iraqi commander
led the operation?", a small model writes "The Iraqi military led the operation [1]". The question's
wording says what an answer must contain, and that is checked in code:

- a figure ("how many", "how far", "death toll"): a number that is not part of a date or already in
  the question, a vague quantity ("dozens"), or a "none" that is about the thing counted;
- a person ("which commander", "what was the name of"): a capitalised name the question does not use;
- a place ("where", "in which village"): a capitalised name the question does not use, or a direction
  from one it does ("east of Tikrit");
- a date ("when", "on what date", "in which month"): a date phrase, a weekday or a year.

Questions of other shapes (who claimed, which was deadlier, was there ...) are not checked.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.language import gazetteer
from assistant.language.dates import find_date_phrases
from assistant.language.text import numbers_in
from assistant.language.vocab import NAME_ALIASES, SENTENCE_STARTERS, name_key

Asked = Literal["number", "person", "place", "date", "name"]

_PERSON = (
    "commander|leader|officer|official|diplomat|minister|spokesman|spokesperson|general|governor|"
    "ambassador|emir|mayor|chief|person|man|woman"
)
# 'which official body / outlet / statement': the person noun is an adjective there, and a name is asked.
_NOT_A_PERSON = r"(?:body|bodies|outlet|statement|sources?|agency|channel|account|media|news|website|department|cell)\b"
_PLACE = (
    "village|town|city|province|district|area|region|country|base|neighbou?rhood|governorate|landmark|location|place"
)
_DATE_NOUN = "date|day|month|year|week|time"
_WHICH = r"\b(?:which|what)\s+(?:(?:[\w-]+\s+){0,2})"  # "which Iraqi commander", "what exact calendar date"
_ASKS: list[tuple[Asked, re.Pattern[str]]] = [
    ("number", re.compile(r"\bhow\s+(?:many|much|far|long|big|large)\b|\b(?:death\s+)?toll\b", re.I)),
    ("date", re.compile(rf"^\s*when\b|{_WHICH}(?:{_DATE_NOUN})\b", re.I)),
    (
        "person",
        re.compile(
            rf"\bwhat\s+(?:was|is|were|are)\s+the\s+names?\b|{_WHICH}(?:{_PERSON})s?\b(?!\s+{_NOT_A_PERSON})|"
            rf"\bwho\s+(?:was|is|were|are)\s+the\s+(?:[\w-]+\s+)?(?:{_PERSON})s?\b",
            re.I,
        ),
    ),
    ("place", re.compile(rf"\bwhere\s+(?:did|do|does|was|were|is|are|had|has|have)\b|{_WHICH}(?:{_PLACE})s?\b", re.I)),
]
# 'Which brigade / app / outlet / administration ...': a named thing. Nouns that are part of the names they head
# ('Brigade 22', 'the Security Media Cell') must appear in the answer as such a name.
_IN_NAME = "brigade|battalion|regiment|division|administration|government|ministry|cell|council|command|directorate"
_NAMED = (
    rf"{_IN_NAME}|unit|agency|outlet|newspaper|channel|website|app|application|platform|network|"
    "organi[sz]ation|militia|faction|party|tribe|company|office|news\\s+agency"
)
_WHICH_NAMED = re.compile(rf"{_WHICH}(?P<noun>{_NAMED})s?\b", re.I)
_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*")
_LEADING = SENTENCE_STARTERS | {"according", "its", "their", "security"}
_VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|several|a\s+number\s+of|many|few)\b", re.I)
_NONE = re.compile(r"\b(?:no\s+one|nobody|none|nothing|no\s+(?P<noun>[a-z-]+))\b", re.I)
_CASUALTY = re.compile(
    r"\b(?:kill|killed|die|died|dead|death|deaths|wound|wounded|injur\w*|casualt\w*|hurt|victims?)\b", re.I
)
_COUNTED = re.compile(r"\bhow\s+many\s+(?:[\w-]+\s+)?(?P<noun>[a-z-]+)", re.I)
_DIRECTION = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outside)(?:ern)?\s+of\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A question asking for a place below a province, and a province named as one ('Erbil Province', 'Diyala governorate')
_FINER_PLACE = re.compile(rf"{_WHICH}(?:village|town|neighbou?rhood|district|sub-?district|area)s?\b", re.I)
# A wire dateline inside a quote ('ERBIL (Kurdistan 24) -'): where the report was filed, never the answer's place
_DATELINE_ANYWHERE = re.compile(
    r"\b[A-Z]{3,}[A-Z .'/-]*(?:,[^()\u2013\u2014]{1,40})?\s*\([^)]{2,40}\)\s*[\u2013\u2014-]"
)
# A name said to be where something is: 'in Dujail', 'near the village of Kharabrut', 'Kharabrut village'
_PLACED = re.compile(
    r"\b(?:in|near|at|outside|(?:village|town|area|district|neighbou?rhood)\s+of)\s+(?:the\s+)?([A-Z][\w'\u2019-]+)|"
    r"\b([A-Z][\w'\u2019-]+)\s+(?:village|town|area|district|neighbou?rhood)\b"
)
_DIRECTION_FROM = re.compile(_DIRECTION.pattern + r"\s+(?:the\s+)?([A-Z][\w'\u2019-]+)", re.I)
_PROVINCE_NAMED = re.compile(r"\b(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Province|Governorate|province|governorate)\b")


def finer_place_asked(question: str) -> bool:
    """Whether the question asks for a place below a province ('in which village', 'which district')."""
    return bool(_FINER_PLACE.search(question))


def asked_for(question: str) -> Asked | None:
    """What kind of thing the question asks for, when its wording says so."""
    if _WHICH_NAMED.match(question.strip()):  # 'Which ministry announced the toll?' asks for a name, not a figure
        return "name"
    found = next((kind for kind, pattern in _ASKS if pattern.search(question)), None)
    return found or ("name" if _WHICH_NAMED.search(question) else None)


# Roles a question may ask the person for, with the words that name the same role.
_ROLES: tuple[frozenset[str], ...] = (
    frozenset({"commander", "leader", "chief", "head", "emir", "commanders", "leaders"}),
    frozenset({"spokesman", "spokesperson", "spokeswoman", "spokesmen"}),
    frozenset({"minister", "ministers", "premier"}),
    frozenset({"governor", "governors"}),
    frozenset({"ambassador", "envoy", "diplomat", "ambassadors", "diplomats"}),
    frozenset({"mayor", "mayors"}),
)
_ROLE_IN_QUESTION = re.compile(
    r"\b(commander|leader|chief|emir|spokes(?:man|person|woman)|minister|governor|ambassador|"
    r"diplomat|envoy|mayor)s?\b",
    re.I,
)
# Words that make a capitalised run an organisation or a place, not a person's name ('the Federal Police').
_NOT_PERSON = frozenset(
    "police forces force army brigade brigades ministry government state units unit council cell command party "
    "provincial federal security media military mobilization mobilisation popular islamic iraqi kurdish turkish "
    "american coalition province district city governorate regional administration agency news telegram".split()
)
NAME_RUN = re.compile(  # a run of capitalised words, 'Abu Ali al-Maliki'
    r"[A-Z][\w'\u2019-]+(?:\s+(?:(?:al|el|bin|ibn|abu|abd|abdul)[-\s])?[A-Z][\w'\u2019-]+)+"
)


def _names_a_person(question: str, text: str) -> bool:
    """The text gives a person's name (two or more capitalised words that are no organisation), in the role the
    question asks about when it names one ('the commander', 'the spokesman')."""
    return not in_another_role(question, text) and bool(person_names(question, text))


def _role_asked(question: str) -> frozenset[str] | None:
    """The words of the role the question asks a person for ('commander', 'leader', ...), or None."""
    role = _ROLE_IN_QUESTION.search(question)
    if role is None:
        return None
    return next((g for g in _ROLES if role.group(1).lower() in g), frozenset({role.group(1).lower()}))


def names_the_role(question: str, text: str) -> bool:
    """The text names the role the question asks a person for ('the governor', 'the spokesman'), or it asks none."""
    group = _role_asked(question)
    return group is None or bool(set(re.findall(r"[a-z]+", text.lower())) & group)


def in_another_role(question: str, text: str) -> bool:
    """The question asks for a role ('the commander') and the text gives only another one ('one of the unit's
    officers', 'the spokesman'): a name in it is no answer."""
    group = _role_asked(question)
    if group is None:
        return False
    words = set(re.findall(r"[a-z]+", text.lower()))
    other = {w for g in _ROLES if g != group for w in g} | {"officer", "officers", "member", "fighter", "soldier"}
    return not words & group and bool(words & (other - group))


def person_names(question: str, text: str) -> list[str]:
    """The text's runs of capitalised words that name a person (no organisation, place word or sentence opener) and
    are not the question's own names: 'Ali Hassan' in 'Islamic State militants killed PMU commander Ali Hassan'."""
    found = []
    for m in NAME_RUN.finditer(text):
        run = [w.lower() for w in re.findall(r"[\w'\u2019]+", m.group(0))]
        if not any(w in _NOT_PERSON or w in _LEADING for w in run) and _new_names(question, m.group(0)):
            found.append(m.group(0))
    return found


_CALENDAR_ASKED = re.compile(r"\b(?:calendar\s+date|exact\s+date|(?:what|which)\s+date|date\s+of)\b", re.I)
_CALENDAR_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:19|20)\d\d-\d\d-\d\d\b"
)
# 'Who condemned ...', 'Who actually went into ...': the verb a 'who' question asks about, which the answer must report.
_WHO_VERB = re.compile(r"^\s*who(?:'s|\s+(?:actually|publicly|first|then|later|also|really))?\s+(\w+)\b", re.I)
_NOT_VERBS = frozenset("is was were are be been has have had did does do will would could can should the a an".split())


def _asked_verb(question: str) -> str | None:
    m = _WHO_VERB.match(question)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in _NOT_VERBS or not (word.endswith("ed") or word in _IRREGULAR) or _ATTACK_VERB.match(word):
        return None  # who attacked / carried out / claimed: any actor the answer names, blamed or claimed, will do
    return word


_ATTACK_VERB = re.compile(
    r"(?:attack|ambush|carri|launch|conduct|claim|kill|wound|injur|target|fire|shell|plant|detonat|bomb|struck|hit|"
    r"shot|kidnap|abduct|blam|was|were|stag|mount|led|order|organi[sz]|plan|commit|perpetrat)",
    re.I,
)


_IRREGULAR = frozenset(
    "spoke told said went took led fought shot hit struck ran gave made threw blew fled sent brought bore held"
    " kept met saw wrote won lost".split()
)


def _does(verb: str, text: str) -> bool:
    """The text reports the verb's action: the verb by stem, or a word of its synonym group (said/told/spoke)."""
    from assistant.answering.entail import stem, synonyms_of

    wanted = {stem(verb)} | synonyms_of(stem(verb))
    return any(stem(w) in wanted for w in re.findall(r"[a-z]+", text.lower()))


def asked_noun(question: str) -> str | None:
    """The noun of 'which brigade / app / administration ...', lower case."""
    m = _WHICH_NAMED.search(question)
    return m.group("noun").lower() if m else None


def names_with(noun: str, text: str) -> list[str]:
    """Names in text that carry the noun: 'Brigade 22', 'Northern Iraqi Regional Administration', 'Telegram (app)'.

    A noun that heads names ('brigade', 'administration') must be capitalised inside one; another noun ('app',
    'outlet') is named by the capitalised word(s) just before it ('the Telegram messaging app')."""
    if re.fullmatch(_IN_NAME, noun):
        cap = noun[:1].upper() + noun[1:]
        rx = rf"(?:(?:\d+(?:st|nd|rd|th)?|[A-Z][\w'\u2019-]*)\s+){{0,4}}{cap}s?(?:\s+(?:\d+|[A-Z][\w-]*))*"
        return [m.group(0).strip() for m in re.finditer(rx, text) if m.group(0).strip() != cap]
    out = []
    for m in re.finditer(rf"\b{noun}s?\b", text, re.I):
        before = text[max(0, m.start() - 60) : m.start()].split()
        caps = [w for w in before[-3:] if w[:1].isupper() and w.lower() not in _LEADING]
        if caps:
            out.append(" ".join(caps).strip(",.;:"))
    return out


def _names(text: str) -> set[str]:
    """Name keys of the capitalised words; a group written several ways ("PMU", "Hashd al-Shaabi") is one key."""
    out = set()
    for m in _NAME.finditer(text):
        word = m.group(0).lower()
        if word in _LEADING:
            continue
        group = next((g for g in NAME_ALIASES if word in g), None)
        out.add(min(group) if group else name_key(word))
    return out - {""}


def _new_names(question: str, text: str) -> set[str]:
    return _names(text) - _names(question) - _names(question.title())


def _without_dates(text: str) -> str:
    for start, end, _ in reversed(find_date_phrases(text)):
        text = text[:start] + " " + text[end:]
    return text


def _states_figure(question: str, text: str) -> bool:
    if numbers_in(_without_dates(text)) - numbers_in(_without_dates(question)) or _VAGUE.search(text):
        return True
    counted = _COUNTED.search(question)
    for m in _NONE.finditer(text):
        noun = (m.group("noun") or "").lower()
        if not noun or (counted and noun.rstrip("s") == counted.group("noun").lower().rstrip("s")):
            return True  # "no one", "none", or "no rockets" asked about rockets
        if _CASUALTY.search(noun) and _CASUALTY.search(question):
            return True  # "no casualties" asked how many were killed
    return False


def answers(question: str, text: str) -> bool:
    """True unless the question asks for a kind of thing the claim does not contain."""
    kind = asked_for(question)
    if kind == "number":
        return _states_figure(question, text)
    if kind == "person":
        return _names_a_person(question, text)
    if kind == "place":
        if _FINER_PLACE.search(question):  # 'in which village': a province is no answer ('Erbil Province')
            text = _PROVINCE_NAMED.sub(" ", _DATELINE_ANYWHERE.sub(" ", text))
            placed = [m.group(1) or m.group(2) for m in _PLACED.finditer(text)]
            placed += [m.group(1) for m in _DIRECTION_FROM.finditer(text) if m.group(1)[:1].isupper()]
            return any(gazetteer.canonical_province(n) is None and _new_names(question, n) for n in placed)
        return bool(_new_names(question, text)) or bool(_DIRECTION.search(text))
    if kind == "date":
        if _CALENDAR_ASKED.search(question):  # 'on what calendar date': a weekday is no answer
            return bool(_CALENDAR_DATE.search(text))
        return bool(find_date_phrases(text) or _YEAR.search(text))
    if kind == "name":
        noun = asked_noun(question) or ""
        if re.fullmatch(_IN_NAME, noun):
            return bool(names_with(noun, text))
        return bool(_new_names(question, text))
    if (verb := _asked_verb(question)) is not None and not _does(verb, text):
        return False  # 'Who condemned the killing?' answered by who said something else
    return True
