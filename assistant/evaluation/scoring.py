"""Eval scores computed by code: answer matching, abstention, ALCE-style citations, retrieval and listing.

Extraction scores (incidents against a gold file) live in `evaluation.extraction`; this module scores
what a user sees: the answer text, whether it abstained, and whether its quotes carry its facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.language.text import content_words
from assistant.language.vocab import (
    ACTORS,
    CAPITALISED_NAME,
    FP_UPPER_CASE_ONLY,
    MONTHS,
    NUMBER_WORDS,
    SENTENCE_STARTERS,
    UPPER_CASE_ONLY,
    ascii_words,
    month_number,
)
from assistant.language.vocab import name_key as spelling_key

# ------------------------------------------------------------------ normalising answer text

_MARKER = re.compile(r"\[\d+\]")
_MON = r"(?:" + "|".join(m.lower() for m in MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_DATES = re.compile(
    rf"\b(?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]?\d)(?:-(?P<id>[0-3]?\d))?)\b"
    rf"|\b(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s+(?P<y1>{_YEAR}))?\b"
    rf"|\b(?P<m2>{_MON})\s+(?:(?P<d2>{_DAY})(?![\d:])\b,?\s*)?(?P<y2>{_YEAR})?\b"
    rf"|\b(?P<y3>{_YEAR})\b",
    re.I,
)
_UNITS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 9}
_TENS = {w: n for w, n in NUMBER_WORDS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)}
_COMPOUND = re.compile(rf"\b({'|'.join(_TENS)})[\s-]({'|'.join(_UNITS)})\b", re.I)
_NUMBER = re.compile(
    r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b|\b(?:"
    + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + r")\b",
    re.I,
)


_ZERO = re.compile(
    r"\bno\s+(?:casualties|deaths|fatalities|injuries|victims)\b|\bnone\b|"
    r"\b(?:nobody|no one)\s+(?:was|were)\s+(?:reported\s+)?(?:killed|hurt|injured|wounded)\b",
    re.I,
)


def plain(text: str) -> str:
    """Answer text without its [n] citation markers (a marker is not a figure)."""
    return _MARKER.sub(" ", text)


def numbers(text: str) -> set[float]:
    """Figures in a text as digits or words ('11', 'eleven', 'thirty-one', '2,500'); dates and [n] markers left out."""
    t = _DATES.sub(lambda m: " " if _is_date(m) else m.group(0), plain(text))
    found: set[float] = set()

    def compound(m: re.Match[str]) -> str:
        found.add(float(_TENS[m.group(1).lower()] + _UNITS[m.group(2).lower()]))
        return " "

    t = _COMPOUND.sub(compound, t)
    if _ZERO.search(t):  # "no casualties" states the figure 0
        found.add(0.0)
    for m in _NUMBER.finditer(t):
        tok = m.group(0).lower()
        found.add(float(NUMBER_WORDS[tok]) if tok in NUMBER_WORDS else float(tok.replace(",", "")))
    return found


def _is_date(m: re.Match[str]) -> bool:
    # A bare year is a date; "May 5" is, but "may" alone is a verb and "11" after a month-less phrase is a figure.
    return bool(
        m.group("iso") or m.group("y3") or m.group("m1") or (m.group("m2") and (m.group("d2") or m.group("y2")))
    )


PartialDate = tuple[int | None, int | None, int | None]


def dates(text: str) -> list[PartialDate]:
    """(year, month, day) of every date written in the text, None where the text leaves a part out."""
    out: list[PartialDate] = []
    for m in _DATES.finditer(plain(text)):
        if not _is_date(m):
            continue
        if m.group("iso"):
            out.append((int(m.group("iy")), int(m.group("im")), int(m.group("id")) if m.group("id") else None))
        elif m.group("y3"):
            out.append((int(m.group("y3")), None, None))
        else:
            month = month_number(m.group("m1") or m.group("m2"))
            day = m.group("d1") or m.group("d2")
            year = m.group("y1") or m.group("y2")
            out.append((int(year) if year else None, month, int(re.sub(r"\D", "", day)) if day else None))
    return out


# ------------------------------------------------------------------ answer accuracy

_ACTOR_RES = {
    name: re.compile(r"\b(?:" + "|".join(p for p in pats if p not in (UPPER_CASE_ONLY, FP_UPPER_CASE_ONLY)) + r")\b")
    for name, pats in ACTORS.items()
}


def actors(text: str) -> set[str]:
    """Canonical actors a text names ('Hashd al-Shaabi' -> PMU, 'Daesh' and 'IS' -> ISIS)."""
    low = text.lower()
    found = {name for name, rx in _ACTOR_RES.items() if rx.search(low)}
    if re.search(r"\bIS\b", text):  # "IS" only in capitals: lower-case "is" is a verb
        found.add("ISIS")
    return found - {"unknown"}


def mentions_name(text: str, name: str) -> bool:
    """The text names `name`: as words, in another spelling (Makhmour/Makhmur) or by an alias of the same actor."""
    t, n = ascii_words(text), ascii_words(name)
    if not n:
        return False
    if re.search(rf"(?:^| ){re.escape(n)}(?: |$)", t):
        return True
    key = spelling_key(name)
    words = t.split()
    size = len(n.split())
    if key and len(key) >= 4:  # short keys ("is") would match everywhere
        for width in {max(1, size - 1), size, size + 1}:
            if any(spelling_key(" ".join(words[i : i + width])) == key for i in range(len(words) - width + 1)):
                return True
    named = actors(name)
    return bool(named) and named <= actors(text)


def date_matches(answer: str, variants: Sequence[str]) -> bool:
    """Some date in the answer agrees with a gold variant on every part the variant gives; or a variant's words."""
    said = dates(answer)
    for v in variants:
        for g in dates(v):
            if any(
                all(gp is None or gp == ap for gp, ap in zip(g, a)) and any(gp is not None for gp in g) for a in said
            ):
                return True
    return text_matches(answer, [v for v in variants if not dates(v)])


def text_matches(answer: str, variants: Sequence[str]) -> bool:
    """A gold variant occurs in the answer, as whole words after folding case, accents and punctuation."""
    t = f" {ascii_words(plain(answer))} "
    return any(ascii_words(v) and f" {ascii_words(v)} " in t for v in variants)


def number_matches(answer: str, variants: Sequence[str]) -> bool:
    """A gold figure occurs in the answer (digits or words; 'at least 11' gives 11)."""
    gold = set().union(*(numbers(v) for v in variants)) if variants else set()
    return bool(gold & numbers(answer))


def answer_matches(answer: str, variants: Sequence[str], how: str) -> bool:
    """Whether an answer text states one of the gold variants, compared the way `how` says."""
    if not variants:
        return False
    if how == "number":
        return number_matches(answer, variants)
    if how == "date":
        return date_matches(answer, variants)
    if how == "name":
        body = plain(answer)
        return any(mentions_name(body, v) for v in variants)
    return text_matches(answer, variants)


def first_named(answer: str, winner: Sequence[str], rival: Sequence[str]) -> bool:
    """A comparison answer names the winning side before the losing one (it leads with its answer)."""
    t = f" {ascii_words(plain(answer))} "

    def at(variants: Sequence[str]) -> int:
        found = [t.find(f" {ascii_words(v)} ") for v in variants if ascii_words(v)]
        return min((i for i in found if i >= 0), default=len(t))

    w = at(winner)
    return w < len(t) and w < at(rival)


# ------------------------------------------------------------------ citations (ALCE-style, by code)

_NOT_NAMES = SENTENCE_STARTERS | {
    "and",
    "as",
    "but",
    "by",
    "for",
    "he",
    "her",
    "his",
    "its",
    "of",
    "she",
    "their",
    "they",
    "to",
    "we",
}


def signature(fact: str) -> tuple[set[float], set[str]]:
    """What a gold fact asserts: its figures, and its names (capitalised words); both empty for plain phrases."""
    names = {
        m.group(0)
        for m in CAPITALISED_NAME.finditer(fact)
        if m.group(0).lower() not in _NOT_NAMES and m.group(0).lower() not in NUMBER_WORDS
    }
    return numbers(fact), names


def states(text: str, fact: str) -> bool:
    """The text states the fact: its figures and names, or (a phrase without either) all its content words."""
    figures, names = signature(fact)
    if not figures and not names:
        words = content_words(fact)
        return bool(words) and words <= content_words(text)
    return figures <= numbers(text) and all(mentions_name(text, n) for n in names)


@dataclass
class Cited:
    """One citation as scored: its quote and whether that quote is exactly the article's text at its offsets."""

    quote: str
    verbatim: bool


@dataclass
class SentenceScore:
    """ALCE-style scores of one answer sentence."""

    text: str
    facts: list[str]
    supported: bool
    precise: list[bool]


def sentence_facts(sentence: str, gold_facts: Sequence[str]) -> list[str]:
    """The facts a sentence states: the gold facts it states, plus each of its own figures."""
    stated = [f for f in gold_facts if states(sentence, f)]
    covered = set().union(*(signature(f)[0] for f in stated)) if stated else set()
    figures = [_figure(n) for n in sorted(numbers(sentence) - covered)]
    return stated + figures


def _figure(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def supported_by(sentence: str, facts: Sequence[str], quotes: Sequence[str]) -> bool:
    """Whether the quotes together carry the sentence: every fact, or half its content words when it states none."""
    if not quotes:
        return False
    joined = " ".join(quotes)
    if facts:
        return all(states(joined, f) for f in facts)
    words = {w for w in content_words(plain(sentence)) if not w.isdigit()}
    return bool(words) and len(words & content_words(joined)) / len(words) >= 0.5


def score_sentence(sentence: str, citations: Sequence[Cited], gold_facts: Sequence[str]) -> SentenceScore:
    """Citation recall and precision of one sentence, as ALCE defines them, with code in place of an NLI model.

    Recall: the sentence's verbatim quotes together carry its facts. Precision, per citation: it is verbatim
    and needed, i.e. it carries the sentence alone, or the sentence is carried with it and not without it.
    """
    facts = sentence_facts(plain(sentence), gold_facts)
    good = [c.quote for c in citations if c.verbatim]
    supported = supported_by(sentence, facts, good)
    precise = []
    for i, c in enumerate(citations):
        if not c.verbatim:
            precise.append(False)
            continue
        others = [x.quote for j, x in enumerate(citations) if j != i and x.verbatim]
        alone = supported_by(sentence, facts, [c.quote])
        precise.append(alone or (supported and not supported_by(sentence, facts, others)))
    return SentenceScore(text=sentence, facts=facts, supported=supported, precise=precise)


def facts_cited(gold_facts: Sequence[str], quotes: Iterable[str]) -> float | None:
    """Share of the case's gold facts that the answer's verbatim quotes contain (None when it has none)."""
    if not gold_facts:
        return None
    joined = " ".join(quotes)
    return sum(states(joined, f) for f in gold_facts) / len(gold_facts)


# ------------------------------------------------------------------ retrieval and listing


def retrieval_scores(ranked: Sequence[str], required: Sequence[str], ks: Sequence[int] = (1, 3, 5)) -> dict[str, float]:
    """recall@k of the required sources in a ranked list of sources (first rank counts), and the reciprocal rank."""
    order = list(dict.fromkeys(ranked))
    need = set(required)
    out = {f"recall@{k}": len(need & set(order[:k])) / len(need) for k in ks}
    first = next((i for i, s in enumerate(order, 1) if s in need), None)
    out["mrr"] = 1.0 / first if first else 0.0
    return out


@dataclass
class ListingScore:
    """Listed incidents against the gold ones: lines that are gold incidents, and gold incidents listed."""

    lines: int
    correct_lines: int
    gold: int
    found: int

    @property
    def precision(self) -> float | None:
        """Share of listed lines that are gold incidents (None when nothing was listed)."""
        return self.correct_lines / self.lines if self.lines else None

    @property
    def recall(self) -> float | None:
        """Share of gold incidents listed (None when the case has none)."""
        return self.found / self.gold if self.gold else None

    @property
    def exact(self) -> bool:
        """Every line a gold incident and every gold incident listed."""
        return self.correct_lines == self.lines and self.found == self.gold


def listing_score(lines: Sequence[set[str]], gold: Iterable[str]) -> ListingScore:
    """Score listed incidents, each given as the set of gold ids it stands for (a merged line can cover several)."""
    want = set(gold)
    covered = set().union(*lines) & want if lines else set()
    return ListingScore(
        lines=len(lines), correct_lines=sum(bool(line & want) for line in lines), gold=len(want), found=len(covered)
    )


def ratio(num: float, den: float) -> float | None:
    """num / den, or None when there is nothing to divide by."""
    return num / den if den else None


def abstention_scores(pairs: Iterable[tuple[bool, bool]]) -> dict[str, float | int | None]:
    """Precision/recall/F1 of abstaining from (unanswerable, abstained) pairs; counts included."""
    tp = fp = fn = 0
    for unanswerable, abstained in pairs:
        tp += unanswerable and abstained
        fp += (not unanswerable) and abstained
        fn += unanswerable and not abstained
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = (
        2 * p * r / (p + r)
        if p is not None and r is not None and p + r
        else (0.0 if p is not None and r is not None else None)
    )
    return {
        "precision": p,
        "recall": r,
        "f1": f1,
        "abstained_unanswerable": tp,
        "abstained_answerable": fp,
        "answered_unanswerable": fn,
    }
