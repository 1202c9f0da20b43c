"""Citation checking: quotes must be verbatim in the cited article, claims must be supported by their quotes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.answering.derived import figures_unsupported
from assistant.answering.entail import gap, plain_word, skeleton
from assistant.incidents.labels import ATTACK_LABELS, when_label
from assistant.incidents.patterns import figures
from assistant.language.text import STOPWORDS, content_words, find_verbatim, numbers_in, sentences
from assistant.language.vocab import (
    CAPITALISED_NAME,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_ALIASES,
    SENTENCE_STARTERS,
    WEEKDAYS,
    month_number,
)
from assistant.schemas import Article, Chunk, Citation, Claim, DraftClaim, Hit, Incident

REPAIR_MIN_OVERLAP = 0.6  # share of the quote's content words a replacement sentence must contain
MIN_QUOTE_WORDS = 3  # shorter "quotes" ("ISIS") match anywhere and prove nothing
_MONTH_RE = "(?:" + "|".join(m.lower() for m in MONTH_ABBREVIATIONS) + r")[a-z]*\.?"  # 'sept' and 'Sep.' too
_DATE_IN_TEXT = re.compile(
    rf"(?:\b(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})\s+|\b(?P<m2>{_MONTH_RE})\s+(?:(?P<d2>\d{{1,2}}),?\s+)?|\bin\s+)(?P<y>(?:19|20)\d\d)\b",
    re.I,
)


@dataclass
class Evidence:
    """What the model was shown (numbered hits) and the full articles behind it."""

    hits: list[Hit]
    articles: dict[str, Article]
    chunks: dict[str, list[Chunk]] = field(default_factory=dict)
    question: str = ""  # the user's question: its words are a premise a claim may restate (see entail.gap's context)

    def _sentences(self) -> list[tuple[Hit, int, int]]:
        out = []
        for hit in self.hits:
            for s, e in sentences(hit.chunk.text, base=hit.chunk.start):
                out.append((hit, s, e))
        return out

    def sentence_of(self, cite: Citation) -> str:
        """The whole sentence of the article a quote sits in (a model often quotes part of one): what entailment is
        judged against, since the reader sees the quote in that sentence."""
        start, end = self.sentence_span(cite)
        return self.articles[cite.doc_id].text[start:end]

    def sentence_span(self, cite: Citation) -> tuple[int, int]:
        """Where the whole sentence of the article a quote sits in starts and ends (the quote's own span when it
        runs over more than one)."""
        for start, end in sentences(self.articles[cite.doc_id].text):
            if start <= cite.start and cite.end <= end:
                return start, end
        return cite.start, cite.end

    def chunk_for(self, doc_id: str, start: int, end: int) -> str:
        """Id of a chunk of doc_id containing [start, end) (retrieved chunks preferred)."""
        candidates = [h.chunk for h in self.hits if h.chunk.doc_id == doc_id] + self.chunks.get(doc_id, [])
        for c in candidates:
            if c.start <= start and end <= c.end:
                return c.chunk_id
        for c in candidates:  # a quote spanning two chunks: name the one where it starts
            if c.start <= start < c.end:
                return c.chunk_id
        return f"{doc_id}:?"

    def citation(self, doc_id: str, start: int, end: int, repaired: bool = False) -> Citation:
        """A Citation whose quote is exactly the article text at [start, end)."""
        art = self.articles[doc_id]
        return Citation(
            doc_id=doc_id,
            chunk_id=self.chunk_for(doc_id, start, end),
            quote=art.text[start:end],
            start=start,
            end=end,
            title=art.title,
            outlet=art.outlet,
            published=art.published,
            repaired=repaired,
        )

    def locate(self, source: int, quote: str) -> Citation | None:
        """Verbatim (normalised) match: in the cited excerpt, then its article, then the other shown ones."""
        if len(quote.split()) < MIN_QUOTE_WORDS:
            return None
        if 1 <= source <= len(self.hits):
            chunk = self.hits[source - 1].chunk
            span = find_verbatim(quote, chunk.text)
            if span:
                return self.citation(chunk.doc_id, span[0] + chunk.start, span[1] + chunk.start)
        order = [self.hits[source - 1].chunk.doc_id] if 1 <= source <= len(self.hits) else []
        order += [h.chunk.doc_id for h in self.hits if h.chunk.doc_id not in order]
        for doc_id in order:
            span = find_verbatim(quote, self.articles[doc_id].text)
            if span:
                return self.citation(doc_id, *span)
        return None

    def best_sentence(
        self, words: set[str], need_numbers: set[float], prefer: int, min_overlap: float
    ) -> Citation | None:
        """Repair: the shown sentence containing need_numbers that best covers words."""
        if not words and not need_numbers:
            return None
        best: tuple[float, int, Citation] | None = None
        for hit, s, e in self._sentences():
            text = self.articles[hit.chunk.doc_id].text[s:e]
            if not need_numbers <= numbers_in(text):
                continue
            score = len(words & content_words(text)) / len(words) if words else 1.0
            bonus = 1 if prefer >= 1 and hit is self.hits[min(prefer, len(self.hits)) - 1] else 0
            if score >= min_overlap and (best is None or (score, bonus) > best[:2]):
                best = (score, bonus, self.citation(hit.chunk.doc_id, s, e, repaired=True))
        return best[2] if best else None


class Numbering:
    """Citations numbered in order of first use; the same span (article, start, end) always gets the same [n].

    The one numbering of answers and briefings: `cites` are the numbered sources, `index` maps a span to its n.
    """

    def __init__(self) -> None:
        self.cites: list[Citation] = []
        self.index: dict[tuple[str, int, int], int] = {}

    def add(self, c: Citation) -> Citation:
        """The numbered copy of `c` (numbered now if its span is new)."""
        key = (c.doc_id, c.start, c.end)
        if key not in self.index:
            self.index[key] = len(self.cites) + 1
            self.cites.append(c.model_copy(update={"n": self.index[key]}))
        return self.cites[self.index[key] - 1]


def date_numbers(claim: str, published: dt.date | None) -> set[float]:
    """Numbers in the claim that only restate the cited article's publication date ("on 24 January 2021")."""
    if published is None:
        return set()
    out: set[float] = set()
    for m in _DATE_IN_TEXT.finditer(claim):
        day, month, year = m.group("d1") or m.group("d2"), m.group("m1") or m.group("m2"), m.group("y")
        if int(year) != published.year:
            continue
        if month and month_number(month) != published.month:
            continue
        if day and int(day) != published.day:
            continue
        out |= {float(year)} | ({float(day)} if day else set())
    iso = published.isoformat()
    if iso in claim:
        out |= {float(published.year), float(published.month), float(published.day)}
    return out


_GENERIC = SENTENCE_STARTERS | {"according"} | {w.lower() for w in (*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS)}


def names_missing(claim: str, article_text: str) -> list[str]:
    """Capitalised names in the claim that the article never mentions (a place or group the model made up)."""
    lower = article_text.lower()
    words = set(re.findall(r"[\w'\u2019]+", lower)) | set(re.findall(r"[\w'\u2019-]+", lower))
    missing = []
    found_end = -2
    spelled = _acronym_runs(claim, article_text)
    for m in CAPITALISED_NAME.finditer(claim):
        name = m.group(0).lower().removesuffix("'s").removesuffix("\u2019s")
        if name in spelled:
            found_end = m.end()
            continue
        # Sentence-initial words are checked too ("Basra saw ..."): common ones are in the article anyway; a plain
        # word that only starts the sentence ('Yes, ...', 'Nobody was hurt') is the claim checker's words business.
        if name in _GENERIC or name in STOPWORDS or numbers_in(name) or (m.start() == 0 and plain_word(name)):
            continue
        # the common noun of a name whose other word was found ('Islamic State' where the article says IS)
        if name in _NAME_NOUNS and found_end >= m.start() - 1:
            continue
        if _acronym_said(m.group(0), lower):
            found_end = m.end()
            continue  # 'IED' for 'improvised explosive device', 'SMC' and 'Security Media Cell' either way round
        # 'Qayara-Shura road', 'a Daesh-planted bomb', 'Al-Khalis-Baquba': each capitalised part is a name of its own
        raw_parts = [p for p in m.group(0).split("-") if p and p.lower() not in ("al", "el")]
        parts = [p.lower() for p in raw_parts if p[:1].isupper()] if len(raw_parts) > 1 else [name]
        for part in parts or [name]:
            group = next((g for g in NAME_ALIASES if part in g), {part})
            stem = part[: max(4, len(part) - 2)]  # Iraqi ~ Iraq, Kurdish ~ Kurdistan
            if not (group & words or any(w.startswith(stem) for w in words)) and not (
                (sk := skeleton(part)) in _skeletons(article_text) and len(sk) >= 3
            ):
                missing.append(m.group(0))
                break
        else:
            found_end = m.end()
    return missing


@lru_cache(maxsize=64)
def _skeletons(article: str) -> frozenset[str]:
    """The transliteration skeletons of an article's names, its capitalised words ('Xaneqîn' and 'Khanaqin' share
    one; 'missile' is no Mosul)."""
    return frozenset(skeleton(w) for w in set(re.findall(r"\b[^\W\d_a-z][\w'-]*", article)))


# Common nouns that end names ('Islamic State', 'Popular Mobilization Forces', 'Security Media Cell')
_NAME_NOUNS = frozenset("state forces force units unit group front army cell committee brigade brigades".split())


def _acronym_said(name: str, article_lower: str) -> bool:
    """An acronym of three or more letters whose words the article spells out, each a word of four letters or more
    ('IED': 'improvised explosive device'; not 'in eastern Diyala')."""
    if re.fullmatch(r"[A-Z]{3,6}s?", name):
        letters = name.rstrip("s").lower()
        spelled = r"[a-z'-]{3,20}\s+(?:of\s+|the\s+|and\s+)?".join(letters) + r"[a-z'-]{3,20}\b"
        return re.search(r"\b" + spelled, article_lower) is not None
    return False


def _acronym_runs(claim: str, article: str) -> set[str]:
    """The words of the claim's capitalised runs whose acronym the article uses ('Security Media Cell': 'SMC';
    'Ministry of Health': 'MoH'), lower-case."""
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z][A-Za-z]?[A-Z]{1,4}s?\b", article) if len(a.rstrip("s")) >= 3}
    out: set[str] = set()
    for run in re.findall(r"\b[A-Z][\w'-]+(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'-]+){1,4}", claim):
        words = [w for w in run.split() if w[0].isupper()]
        if len(words) >= 3 and "".join(w[0] for w in words).lower() in acronyms:
            out |= {w.lower() for w in words}
    return out


def check_claim(
    draft: DraftClaim, evidence: Evidence, *, record: Incident | None = None, shown: list[Hit] | None = None
) -> Claim | None:
    """The claim with a verified citation, or None when nothing shown to the model supports it.

    With a `record` (a briefing sentence about one incident), the record's figures and names count as
    support too, and only the excerpts `shown` for that incident may be cited; see _check_record_claim.

    Supported means: the quote is verbatim in a shown article, every figure of the claim is in the
    quote (a restated publication date excepted), every name of the claim is in the cited article,
    and the claim shares a word with the quote.
    """
    if record is not None:
        return _check_record_claim(draft, record, shown or [], evidence)
    if not content_words(draft.quote):
        return None  # no citation at all: the claim is dropped, not given one after the fact
    # Figures are checked as numbers; as words they would let "Kurdistan 24" support "24 killed".
    claim_words = {w for w in content_words(draft.text) if not w.isdigit()}
    numbers = numbers_in(draft.text)

    rewritten = widen = False

    def supports(c: Citation | None) -> bool:
        nonlocal rewritten
        if not (
            c is not None
            and not figures_unsupported(draft.text, c.quote, c.published, date_numbers(draft.text, c.published))
            and bool(claim_words & content_words(c.quote) or numbers)
            and not names_missing(draft.text, evidence.articles[c.doc_id].text)
        ):
            return False
        text, said = _without_day(draft.text, c.published), evidence.sentence_of(c)
        if gap(text, said, published=c.published) is None:
            nonlocal widen
            # what the claim says is in the quote's sentence but not in the part quoted: the whole sentence is shown
            widen = said != c.quote and gap(text, c.quote, published=c.published) is not None
            return True
        # Said more than the quote only by restating the question ('... taken for treatment after the Makhmour
        # ambush'): the claim is rewritten as the quote itself, which says no more than it.
        rewritten = gap(text, said, _premise(evidence, c), published=c.published) is None
        return rewritten

    cite = evidence.locate(draft.source, draft.quote)
    if cite is None and len(content_words(draft.quote)) >= MIN_QUOTE_WORDS:
        cite = evidence.best_sentence(content_words(draft.quote), set(), draft.source, REPAIR_MIN_OVERLAP)
    if not supports(cite):
        # The quote does not carry the claim: look for a shown sentence that does.
        need = numbers - (date_numbers(draft.text, cite.published) if cite else set())
        cite = evidence.best_sentence(claim_words, need, draft.source, 0.3)
        if not supports(cite):
            return None
    assert cite is not None
    if widen:
        cite = evidence.citation(cite.doc_id, *evidence.sentence_span(cite), repaired=cite.repaired)
    return Claim(text=_as_claim(cite.quote) if rewritten else draft.text.strip(), citations=[cite])


def _as_claim(quote: str) -> str:
    """A quote shown as the claim: one line, ending as a sentence."""
    text = " ".join(quote.split()).strip().strip("\"'\u201c\u201d")
    return text if text.endswith((".", "!", "?")) else text + "."


def _premise(evidence: Evidence, cite: Citation) -> str:
    """The question's words a claim may restate without its quote: its ordinary words, and its names only where the
    cited article names them too (a place the user asked about that the article never mentions stays unsupported)."""
    article = evidence.articles[cite.doc_id].text.lower()
    return " ".join(
        w for w in re.findall(r"[\w'\u2019-]+", evidence.question) if not w[:1].isupper() or w.lower() in article
    )


def _day_forms(day: dt.date) -> list[str]:
    """Regexes for the ways a day is written: 2021-01-24, January 24 / Jan. 24th, 24 January / 24th of Jan."""
    d, month = rf"{day.day}(?:st|nd|rd|th)?", rf"(?:{day:%B}|{day:%b}\.?)"
    return [day.isoformat(), rf"{month}\s+{d}", rf"{d}\s+(?:of\s+)?{month}"]


def _without_day(text: str, day: dt.date | None) -> str:
    """The claim without a restated publication date ('On 24 January 2021, 11 were killed'): the report's own date
    needs no quote (the figures check allows its numbers the same way)."""
    if day is None:
        return text
    iso, *written = _day_forms(day)
    for form in (iso, *(rf"{f},?\s+{day.year}" for f in written)):
        text = re.sub(rf"\b{form}\b", " ", text, flags=re.I)
    return text


def _without_event_date(text: str, inc: Incident) -> str:
    """The sentence minus the record's own date, so its day and year are not taken for casualty figures."""
    d = inc.event_date
    if d is None:
        return text
    day_forms = _day_forms(d)
    forms = {"day": day_forms, "reported": day_forms, "month": [f"{d:%Y}-{d:%m}"]}.get(inc.date_precision, [])
    for form in forms + [str(d.year)]:
        text = re.sub(rf"\b{form}\b", " ", text, flags=re.I)
    return text


def _figures(inc: Incident) -> set[float]:
    counts = [inc.killed, inc.wounded] + [c for s in inc.sources for c in (s.killed, s.wounded)]
    return {float(v) for c in counts if c is not None for v in (c.low, c.high) if v is not None}


def _swapped_roles(text: str, inc: Incident, quote: str) -> bool:
    """True when the sentence gives a figure in the wrong role ("killed five" where five were wounded)."""
    said = dict(zip(("killed", "wounded"), figures(text)))
    quoted = dict(zip(("killed", "wounded"), figures(quote)))
    for role, count in said.items():
        if count is None or count.low is None:
            continue
        allowed = {c.low for c in (getattr(inc, role), quoted[role]) if c is not None} | {
            c.high for c in (getattr(inc, role), quoted[role]) if c is not None
        }
        if count.low not in allowed:
            return True
    return False


def _check_record_claim(draft: DraftClaim, inc: Incident, hits: list[Hit], evidence: Evidence) -> Claim | None:
    """A briefing sentence about one incident record with a verified citation, or None.

    Kept only if its quote is verbatim in a shown excerpt (or repairs to a shown sentence), every
    figure is the record's or the quote's, it shares a word with the quote, and its names are in
    the cited article or the record.
    """
    cite: Citation | None = None
    if len(draft.quote.split()) >= MIN_QUOTE_WORDS:
        # Only excerpts shown for this incident: the rest of an article may be about another attack.
        order = [draft.source - 1] if 1 <= draft.source <= len(hits) else []
        for i in order + [i for i in range(len(hits)) if i not in order]:
            chunk = hits[i].chunk
            if span := find_verbatim(draft.quote, chunk.text):
                # find_verbatim leaves out the full stop; keep it, so the span equals the record's quote and its [n]
                end = span[1] + (chunk.text[span[1] : span[1] + 1] in (".", "!", "?"))
                cite = evidence.citation(chunk.doc_id, chunk.start + span[0], chunk.start + end)
                break
        if cite is None:
            cite = evidence.best_sentence(content_words(draft.quote), set(), draft.source, REPAIR_MIN_OVERLAP)
    text = " ".join(draft.text.split())
    if cite is None or not text:
        return None
    if not numbers_in(_without_event_date(text, inc)) <= _figures(inc) | numbers_in(cite.quote):
        return None
    if _swapped_roles(text, inc, cite.quote):
        return None
    if not {w for w in content_words(text) if not w.isdigit()} & content_words(cite.quote):
        return None
    record_names = " ".join(
        x or ""
        for x in (
            inc.place_text,
            inc.place,
            inc.district,
            inc.province,
            inc.perpetrator,
            inc.target,
            ATTACK_LABELS[inc.attack_type],
            "Iraq",
        )
    )
    if names_missing(text, evidence.articles[cite.doc_id].text + " " + record_names):
        return None
    # What the sentence says must be in its quote or the record it describes (its date and figures are checked above)
    if gap(_without_event_date(text, inc), cite.quote, context=f"{record_names} {when_label(inc)}"):
        return None
    return Claim(text=text, citations=[cite])
