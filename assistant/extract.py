"""Incident extraction: a fast rule-based extractor (the default) behind a small interface."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


from assistant import dates, gazetteer
from assistant.llm import LLM
from assistant.schemas import Article, Count, EventDate, Incident, IncidentSource, PlaceMention
from assistant.text import NUMBER_WORDS, sentences


class Extractor(Protocol):
    """Turns one article into the incidents it reports."""

    name: str

    def extract(self, article: Article) -> list[Incident]:
        """Every incident the article reports, background ones included."""
        ...


# ---------------------------------------------------------------- figures

_WORD_NUM = {k: v for k, v in NUMBER_WORDS.items() if k not in ("zero", "dozen", "hundred")}
_VAGUE = {"several": (3, None), "dozens": (24, None), "dozens of": (24, None), "scores": (40, None),
          "a large number": (None, None), "large number": (None, None), "many": (None, None), "hundreds": (200, None)}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted((k for k in _WORD_NUM if len(k) > 2), key=len, reverse=True)) + ")"
_VAGUE_RE = "|".join(sorted(map(re.escape, _VAGUE), key=len, reverse=True))
_QUAL = r"(?P<q>at least |more than |over |nearly |about |around |some |up to |an additional |another )?"
_FIG = rf"{_QUAL}(?P<n>{_NUM}|{_VAGUE_RE})(?!-year|\s+years?\s+old)"  # "a 10-year-old boy" is one victim, not ten
_KILL_V = r"(?:killed|dead|died|slain|lost their lives|perished)"
_WOUND_V = r"(?:wounded|injured|hurt)"
_STOP_GAP = rf"(?!(?:{_NUM}|killed|dead|died|wounded|injured|hurt|killing|injuring|wounding|while|and\s+{_NUM})\b)"
# Words between a figure and its verb ("11 fighters from ... were killed"), never crossing another figure or verb.
_GAP = rf"(?:{_STOP_GAP}[\w’'()\-]+,?\s){{0,14}}?"

# Verb-then-figure first ("killed 32 people"): figure-then-verb spans more words and can pick up
# an unrelated number ("two days after ... killed 32").
_KILLED = [
    re.compile(rf"\b(?:killing|killed|kills|kill|left|leaving|claimed the lives of)\s(?:the\s|a\s)?[\u201c\"]?{_FIG}(?!\s*(?:km|kilometers|miles|rockets|airstrikes))", re.I),
    re.compile(rf"\btoll (?:was|rose to|reached|stood at) {_FIG}", re.I),
    re.compile(rf"\b(?:death|deaths) of {_FIG}", re.I),
    re.compile(rf"\b{_FIG}\s{_GAP}(?:were |was |have been |had been |are |been )?{_KILL_V}\b", re.I),
    # One victim named by an article: "killed a police officer", "a sniper killed a soldier".
    re.compile(r"\b(?:killing|killed|kills|kill)\s(?P<q>)(?P<n>an?|one)\s(?:[\w-]+\s){0,2}?(?:soldier|trooper|policeman|"
               r"police officer|officer|guard|civilian|child|boy|girl|man|woman|fighter|member|worshipper|farmer|"
               r"shepherd|journalist)\b", re.I),
]
_WOUNDED = [
    re.compile(rf"\b(?:wounding|injuring|wounds|wounded|injured|injures)\s{_FIG}", re.I),
    re.compile(rf"\b{_FIG}\s{_GAP}(?:were |was |have been |had been |are |others )?{_WOUND_V}\b", re.I),
]
_WEAPONS = re.compile(rf"\b(?:fired|launched|carried out|conducted)\s(?:{_NUM}\s)?(?:[\w-]+\s)?(?:rockets?|mortars?|missiles?|shells|air ?strikes)\b|\b{_NUM}\s(?:air ?strikes|rockets|mortar rounds)\b", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{1,40}\([^)]{2,40}\)\s*[\u2013\u2014-]\s*")
_NO_CASUALTIES = re.compile(r"\bno (?:casualties|injuries|one was (?:hurt|killed))\b", re.I)
_SUM = re.compile(rf"\bkilled {_NUM} [\w\s]{{2,40}}? and {_NUM} (?:policemen|police|soldiers|civilians|members|fighters|people)\b", re.I)
_ATTACKER = re.compile(r"\b(?:an |one |the )?(?:attacker|assailant|militant|gunman|bomber)s? (?:was|were) killed\b", re.I)
_AGGREGATE = re.compile(r"\b(?:two|three|separate|twin) (?:separate )?attacks\b", re.I)
_RELATIVE_SPLIT = re.compile(r"\b(?:a|one|two|three|four|five|six|\d+) (?:day|days|week|weeks) (?:after|before)\b", re.I)


def _to_int(token: str) -> int | None:
    token = token.lower().strip()
    if token in _WORD_NUM:
        return _WORD_NUM[token]
    if token.replace(",", "").isdigit():
        return int(token.replace(",", ""))
    return None


def _count(m: re.Match[str]) -> Count:
    qual = (m.group("q") or "").strip().lower()
    raw = m.group("n")
    text = f"{qual} {raw}".strip()
    if raw.lower() in _VAGUE:
        low, high = _VAGUE[raw.lower()]
        return Count(low=low, high=high, text=text)
    n = 1 if raw.lower() in ("a", "an") else _to_int(raw)
    text = "1" if raw.lower() in ("a", "an") else text
    if qual in ("at least", "over", "more than", "some"):
        return Count(low=n + (1 if qual in ("over", "more than") else 0), high=None, text=text)
    if qual == "up to":
        return Count(low=None, high=n, text=text)
    return Count(low=n, high=n, text=text)


def figures(text: str) -> tuple[Count | None, Count | None]:
    """(killed, wounded) stated in a clause, or None for each figure not given."""
    if _NO_CASUALTIES.search(text):
        return Count(low=0, high=0, text="no casualties"), Count(low=0, high=0, text="no casualties")
    killed = wounded = None
    text_wo_attacker = _ATTACKER.sub("", text)
    s = _SUM.search(text_wo_attacker)
    if s:
        nums = [_to_int(t) for t in re.findall(_NUM, s.group(0), re.I)]
        total = sum(n for n in nums if n is not None)
        killed = Count(low=total, high=total, text=str(total))
    for pat in _KILLED:
        if killed is None and (m := pat.search(text_wo_attacker)):
            killed = _count(m)
    for pat in _WOUNDED:
        if wounded is None and (m := pat.search(text_wo_attacker)):
            wounded = _count(m)
    return killed, wounded


# ---------------------------------------------------------------- attack type, actors

_TYPES = [  # first match wins: the most specific kind of attack; whole words only ("afraid" is no raid)
    ("suicide", r"\bsuicide|\bself-detonat"),
    ("ied", r"\broadside bombs?\b|\bexplosive devices?\b|\bieds?\b|\bcar bombs?\b|\bbomb(?:s|ing|ings)?\b|\bexplosions?\b|\bdetonat"),
    ("mortar_rocket", r"\bmortars?\b|\brockets?\b(?!-propelled)|\bkatyushas?\b|\bshell(?:ing|ed)\b"),
    ("airstrike_operation", r"\bair ?strikes?\b|\bdrone strikes?\b|\bair support\b|\boperations?\b(?! command)|\braids?\b|\bsweep"),
    ("ambush", r"\bambush"),
    ("kidnapping", r"\bkidnap|\babduct"),
    ("shooting", r"\bshooting|\bgunmen\b|\bgunfire\b|\bmachine guns?\b|\bsnipers?\b|\bopened fire\b|\blight weapons\b|\bassault"),
]
_ISIS = r"(?:ISIS|ISIL|IS|Islamic State|Daesh|Da[’']esh)"
_ISIS_ACTS = re.compile(
    rf"(?:\bby (?:the )?{_ISIS}\b|\b{_ISIS} (?:\w+ ){{0,3}}(?:ambush|attack|assault|launched|ambushed|attacked|killed|"
    rf"fired|carried out|stated|claimed|detonated|struck)|claimed by (?:the group|{_ISIS})|blamed {_ISIS})")
_CLAIMED = re.compile(r"claimed (?:responsibility|by)|claimed (?:the |that )?(?:attack|bombing|ambush|assault|blast)|"
                      r"stated .{0,40}they carried out|said .{0,30}they carried out", re.I)
_UNCLAIMED = re.compile(r"no (?:immediate )?claim|not (?:yet )?(?:officially )?claimed|no (?:group|one)\b.{0,25}\bclaimed|"
                        r"nobody\b.{0,25}\bclaimed", re.I)
_TARGETS = [
    ("PMU", r"\bPMU\b|\bPMF\b|Hashd|Hashed|popular mobilization|militia"),
    ("police", r"police|policemen|\bcops?\b"),
    ("Peshmerga", r"peshmerga"),
    ("US forces", r"US troops|U\.S\. troops|American troops"),
    ("army", r"soldiers|troops|troopers|army|military|security personnel"),
    ("ISIS", r"terrorists|militants|jihadists"),
    ("civilians", r"civilians|people|residents|worshippers|shoppers"),
]


def attack_type(text: str) -> str:
    """The kind of attack the words name ('other' when none)."""
    for name, pattern in _TYPES:
        if re.search(pattern, text, re.I):
            return name
    return "other"


def target(text: str) -> str | None:
    """Who was hit, from the words of the casualty clause."""
    for name, pattern in _TARGETS:
        if re.search(pattern, text, re.I):
            return name
    return None


# ---------------------------------------------------------------- clauses -> incidents


@dataclass
class _Clause:
    start: int
    end: int
    text: str
    killed: Count | None
    wounded: Count | None
    places: list[PlaceMention]
    date: EventDate
    offset_days: int | None = None
    body: str = ""  # the text with dateline and "two days after" blanked (same length as text)  # "two days after ...": this clause's event is N days before the main one


@dataclass
class _Draft:
    clauses: list[_Clause] = field(default_factory=list)

    def figure(self, name: str) -> Count | None:
        found = [getattr(c, name) for c in self.clauses if getattr(c, name) is not None]
        exact = [c for c in found if c.exact() is not None]
        return (exact or found or [None])[0]


def _compatible(a: Count | None, b: Count | None) -> bool:
    if a is None or b is None:
        return True
    if a.exact() is not None and b.exact() is not None:
        return a.exact() == b.exact()
    lo_a, hi_a = a.low or 0, a.high if a.high is not None else 10**9
    lo_b, hi_b = b.low or 0, b.high if b.high is not None else 10**9
    return lo_a <= hi_b and lo_b <= hi_a


def _town(places: list[PlaceMention]) -> PlaceMention | None:
    return next((p for p in places if p.place.kind != "province"), None)


def _fits(draft: _Draft, clause: _Clause) -> bool:
    """Can this clause describe the same incident as the draft?"""
    if clause.offset_days is not None:
        return False
    if not (_compatible(draft.figure("killed"), clause.killed) and _compatible(draft.figure("wounded"), clause.wounded)):
        return False
    d_dates = [c.date for c in draft.clauses if c.date.date is not None]
    if d_dates and clause.date.date is not None:
        a, b = d_dates[0], clause.date
        if a.precision == b.precision == "day" and abs((a.date - b.date).days) > 1:
            return False
        if "month" in (a.precision, b.precision) and (a.date.year, a.date.month) != (b.date.year, b.date.month):
            return False
    town_a = next((t for c in draft.clauses if (t := _town(c.places))), None)
    town_b = _town(clause.places)
    if town_a and town_b:
        far = gazetteer.distance_km(town_a.place.lat, town_a.place.lon, town_b.place.lat, town_b.place.lon)
        if far > 40:
            return False
    return True


def _same_paragraph(text: str, a: _Clause, b: _Clause) -> bool:
    return "\n\n" not in text[a.end:b.start]


def _missing_where_when(draft: _Draft) -> bool:
    """True while the draft still lacks a town or a date: only then may a plain next sentence supply them."""
    has_town = any(_town(c.places) for c in draft.clauses)
    has_date = any(c.date.date is not None for c in draft.clauses)
    return not (has_town and has_date)


class RuleExtractor:
    """Regex figures + gazetteer places + date resolution; fast enough for thousands of articles."""

    name = "rules"

    def _clauses(self, article: Article) -> list[_Clause]:
        out: list[_Clause] = []
        for s, e in sentences(article.text):
            text = article.text[s:e]
            parts = [(s, e, None)]
            rel = _RELATIVE_SPLIT.search(text)
            if rel:  # "X happened, two days after Y happened": two events in one sentence
                offset = dates.relative_offset(text[rel.start():])
                parts = [(s, s + rel.start(), None), (s + rel.start(), e, offset[0] if offset else None)]
            for ps, pe, off in parts:
                clause_text = article.text[ps:pe]
                # The dateline ("ERBIL (Kurdistan 24) -") is where the report was filed, not where it happened,
                # and the "two days after" words are a date, not a figure.
                body = _DATELINE.sub(lambda m: " " * len(m.group(0)), clause_text)
                if off is not None and rel:
                    body = " " * (rel.end() - rel.start()) + body[rel.end() - rel.start():]
                killed, wounded = figures(body)
                places = [m for m in gazetteer.find_places(body)]
                out.append(_Clause(ps, pe, clause_text, killed, wounded, places,
                                   dates.resolve_date(clause_text, article.published), off, body))
        return out

    def extract(self, article: Article) -> list[Incident]:
        """Incidents of one article; each keeps the sentences it was read from as evidence."""
        clauses = self._clauses(article)
        drafts: list[_Draft] = []
        for clause in clauses:
            anchor = (clause.killed or clause.wounded or _WEAPONS.search(clause.text)) and not _AGGREGATE.search(clause.text)
            if anchor:
                home = next((d for d in reversed(drafts) if _fits(d, clause)), None)
                if home is None:
                    drafts.append(_Draft([clause]))
                else:
                    home.clauses.append(clause)
            elif drafts and not clause.killed and _fits(drafts[-1], clause) and (
                    clause.places or _VILLAGE.search(clause.text)) and attack_type(clause.text) != "other":
                drafts[-1].clauses.append(clause)  # "the explosion hit a car ... near the village of X"
            elif drafts and _same_paragraph(article.text, drafts[-1].clauses[-1], clause) and (
                    clause.places or clause.date.date) and _fits(drafts[-1], clause) and _missing_where_when(drafts[-1]):
                drafts[-1].clauses.append(clause)  # "The attack took place in X on <date>." right after the report
        main = next((d for d in drafts if d.clauses[0].offset_days is None), None)
        incidents = [self._incident(article, d, clauses, main) for d in drafts]
        return [i for i in incidents if i is not None]

    def _incident(self, article: Article, draft: _Draft, clauses: list[_Clause], main: _Draft | None) -> Incident:
        text = " ".join(c.text for c in draft.clauses)
        first = draft.clauses[0]
        # Date: the most precise one given; a "two days after" clause counts back from the main event.
        when = next((c.date for c in draft.clauses if c.date.precision == "day"), None) or next(
            (c.date for c in draft.clauses if c.date.date is not None), EventDate())
        if first.offset_days is not None and main is not None and when.date is None:
            main_date = next((c.date for c in main.clauses if c.date.date is not None), None)
            if main_date is not None:
                when = dates.shift(main_date, first.offset_days)
        kind = attack_type(text)
        place = self._place(article, draft)
        window = self._window(clauses, draft)
        perpetrator = "ISIS" if _ISIS_ACTS.search(text) or _ISIS_ACTS.search(window) else None
        if kind == "airstrike_operation" and perpetrator is None:
            # Operations and airstrikes in these reports are the state's, unless another actor is named.
            perpetrator = "Turkey" if re.search(r"\bTurk(?:ish|ey)\b", text) else "Iraqi forces"
        claimed = self._claim(window) or self._article_claim(clauses)
        evidence = next((c for c in draft.clauses if c.killed or c.wounded), first)
        ident = hashlib.sha256(f"{article.doc_id}:{first.start}".encode()).hexdigest()[:12]
        killed, wounded = draft.figure("killed"), draft.figure("wounded")
        victims = _FIG_SPAN.search(evidence.body)
        weapons = _WEAPONS.search(first.body)
        hit = target(victims.group(0)) if victims else (target(first.body[weapons.end():]) if weapons else None)
        # Every sentence that gave a figure is evidence too: no figure is shown without its quote.
        quoted = [first] + [c for c in draft.clauses if c is not first and (c.killed or c.wounded)]
        sources = [IncidentSource(doc_id=article.doc_id, quote=article.text[c.start:c.end], start=c.start, end=c.end,
                                  killed=c.killed, wounded=c.wounded) for c in quoted]
        return Incident(
            id=ident, event_date=when.date, date_precision=when.precision, date_phrase=when.phrase,
            place_text=place[0], place=place[1], district=place[2], province=place[3], lat=place[4], lon=place[5],
            perpetrator=perpetrator, claimed=claimed, target=hit, attack_type=kind, killed=killed, wounded=wounded,
            sources=sources,
        )

    def _place(self, article: Article, draft: _Draft) -> tuple:
        """(as written, normalised, district, province, lat, lon): explicit village, else town, else province."""
        text = " ".join(c.text for c in draft.clauses)
        # "43 km west of the town of Makhmour" names a reference point, not where it happened.
        village = next((m for m in _VILLAGE.finditer(text)
                        if not re.search(r"(?:north|south|east|west|from|of)\s+the\s+$", text[max(0, m.start() - 12): m.start()])), None)
        mentions = [m for c in draft.clauses for m in c.places]
        town = _town(mentions)
        province = next((m for m in mentions if m.place.kind == "province"), None)
        if town is None and province is None:  # fall back to the paragraph the incident sits in
            para_start = article.text.rfind("\n\n", 0, draft.clauses[0].start) + 2
            para_end = article.text.find("\n\n", draft.clauses[-1].end)
            para = gazetteer.find_places(article.text[max(para_start, 0): para_end if para_end > 0 else None])
            town, province = _town(para), next((m for m in para if m.place.kind == "province"), None)
        best = town or province
        # A named village the gazetteer lacks ("village of Shalal al-Matar") is the most precise place given;
        # coordinates then come from the town or province named with it.
        named = gazetteer.lookup(village.group(1)) if village else None
        if named is not None:  # "near the town of Khalidiya": the named town beats a bigger city mentioned nearby
            return village.group(1), named.name, named.district, named.province, named.lat, named.lon
        unresolved = village is not None
        written = village.group(1) if unresolved or (village and best is None) else (best.text if best else None)
        if best is None:
            return written, None, None, None, None, None
        p = best.place
        if p.kind == "province":  # known only to the province: no point coordinates, so radius queries skip it
            return written, p.name, None, p.province, None, None
        return written, p.name, p.district, p.province or (province.place.province if province else None), p.lat, p.lon

    def _article_claim(self, clauses: list[_Clause]) -> str | None:
        """A claim sentence about all the article's attacks ("has not claimed responsibility for the attacks")."""
        for c in clauses:
            if re.search(r"\bthe (?:two )?attacks\b", c.text):
                if _UNCLAIMED.search(c.text):
                    return "unclaimed"
                if _CLAIMED.search(c.text):
                    return "claimed"
        return None

    def _window(self, clauses: list[_Clause], draft: _Draft) -> str:
        """The incident's sentences and the few after it, up to the next incident (claims and blame sit there)."""
        idx = clauses.index(draft.clauses[-1])
        after = []
        for c in clauses[idx + 1: idx + 4]:
            if c.killed or c.wounded or _WEAPONS.search(c.text):
                break
            after.append(c.text)
        return " ".join(c.text for c in draft.clauses) + " " + " ".join(after)

    def _claim(self, window: str) -> str | None:
        """Claim status stated in the incident's window."""
        if _UNCLAIMED.search(window):
            return "unclaimed"
        if _CLAIMED.search(window):
            return "claimed"
        return None


_VILLAGE = re.compile(r"\b(?:village|town|area) of ((?:[A-Z][\w’'-]+)(?:[ -](?:al|ad|as|an|el|[A-Z][\w’'-]+))*)")
_FIG_PLAIN = _FIG.replace("?P<q>", "?:").replace("?P<n>", "?:")
# The victims' words next to a figure ("9 federal officers were killed"): the best evidence of the target.
_FIG_SPAN = re.compile(rf"(?:killing|killed|kills|left|leaving)\s(?:the\s|a\s)?[\u201c\"]?{_FIG_PLAIN}[\w\s\u201d\"-]{{0,40}}|{_FIG_PLAIN}\s{_GAP}(?:were |was )?(?:{_KILL_V}|{_WOUND_V})", re.I)


def get_extractor(name: str = "rules", get_llm: Callable[[], LLM] | None = None, prompts_dir: Path | None = None) -> Extractor:
    """The extractor settings name ('llm' needs a way to get the model)."""
    if name == "rules":
        return RuleExtractor()
    if name == "llm" and get_llm is not None and prompts_dir is not None:
        from assistant.extract_llm import LLMExtractor

        return LLMExtractor(get_llm, prompts_dir)
    raise ValueError(f"unknown extractor {name!r}")
