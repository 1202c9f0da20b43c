"""What of a retrieved chunk the model reads: the sentences that bear on the question, not the whole chunk.

The model's time goes on reading its prompt (about 100 prompt tokens a second for the default model on two laptop
cores: 10.8 s to the first token on 1,103 tokens), and four whole chunks are most of the prompt. Off by default
(`retrieve.excerpt_sentences` = 0): see the README's Performance section for what it measured.

Each excerpt is cut to the few sentences that share the most (rarest) words with the
question, plus a sentence of the kind the question asks for (a date for 'when', a figure for 'how many'), kept in
their order, with GAP where sentences were left out. The checks that follow still read the whole article: a quote
the model copies from a kept sentence is found in its chunk as before.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from assistant.answering.entail import lemma_stems, stem
from assistant.answering.relevance import asked_for
from assistant.language.dates import find_date_phrases
from assistant.language.text import STOPWORDS, normalise, numbers_in, sentences

GAP = "\n\u2026\n"  # where left-out sentences were: a line of its own, so no sentence runs into the next
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Words every question about this corpus shares, which tell no sentence from another.
_GENERIC = frozenset(
    "attack attacks attacked incident happen happened report reported say said article "
    "go goes went gone off up out get got make made take took come came".split()
)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")  # '0:13' in captions, '21:30': a time, not a figure
# Harm to people, as questions and reports word it ('any deaths?', 'injuries', 'martyred', 'CAS: NO CAS')
_HARM = re.compile(
    r"(?i)\b(?:kill\w*|dead|deaths?|die[ds]?|dying|wound\w*|injur\w*|casualt\w*|cas|toll|hurt|martyr\w*|"
    r"lives|bod(?:y|ies)|victims?|harmed|unharmed|survived)\b"
)
_NONE = re.compile(r"(?i)\b(?:no|none|nobody|without)\b")
_WHO = re.compile(r"(?i)^\s*(?:and\s+)?who(?:m|se)?\b")
_DIGIT = re.compile(r"\d")
_NAME_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z\u2019'-]{2,}")


def _stems(text: str) -> frozenset[str]:
    """The stems of a text's content words, with the dictionary forms' stems ('men': man)."""
    out: set[str] = set()
    for w in _WORD.findall(normalise(text).text):
        low = w.lower()
        if low in STOPWORDS or low in _GENERIC or len(low) < 2:
            continue
        out.add(stem(low))
        out.update(lemma_stems(low))
        out.update(stem(part) for part in re.split(r"[-'\u2019]", low) if len(part) > 2)
    return frozenset(out)


def _figures(sentence: str) -> set[float]:
    """The figures of a sentence that are no date, year or clock time ('3 March' gives no 3)."""
    for a, b, _ in reversed(find_date_phrases(sentence)):
        sentence = sentence[:a] + " " + sentence[b:]
    return {n for n in numbers_in(_CLOCK.sub(" ", sentence)) if not _YEAR.match(f"{n:.0f}")}


def _want(question: str) -> str | None:
    """What the question's answer is: a date, a name (who, which, where), harm to people (how many died, any
    casualties), another figure, or None. The kind the question asks for comes first: 'When were the soldiers
    killed?' wants the date, not the toll."""
    kind = asked_for(question)
    if kind is None and _WHO.match(question):
        kind = "person"  # 'Who killed the journalist?'
    if kind in ("date", "person", "name", "place"):
        return "name" if kind != "date" else "date"
    if _HARM.search(question):
        return "harm"
    return kind


def _kind_bonus(want: str | None, question: str, sentence: str) -> float:
    """How far a sentence holds the kind of thing the question asks for: harm to people with its figure (or its
    absence), a figure, a calendar date (a weekday or 'yesterday' less), a name the question does not give."""
    if want == "harm" and _HARM.search(sentence):
        return 1.5 if _figures(sentence) or _NONE.search(sentence) else 1.0
    if want == "number":
        return 1.0 if _figures(sentence) else 0.0
    if want == "date":
        phrases = [p for _, _, p in find_date_phrases(sentence)]
        return 1.0 if any(_DIGIT.search(p) for p in phrases) else (0.6 if phrases else 0.0)
    if want == "name":
        asked = question.lower()
        return 1.0 if any(m.group(0).lower() not in asked for m in _NAME_INSIDE.finditer(sentence)) else 0.0
    return 0.0


def _join(text: str, spans: list[tuple[int, int]], chosen: list[int], shown: list[int]) -> str:
    """The chosen sentences in order: neighbours joined as the text joins them (a title's line break kept, so it never
    runs into the next sentence), GAP where sentences of `shown` (those that could be shown) were left out."""
    out = GAP.lstrip("\n") if chosen[0] > shown[0] else ""
    for j, i in enumerate(chosen):
        if j:
            out += text[spans[i - 1][1] : spans[i][0]] if i == chosen[j - 1] + 1 else GAP
        out += text[spans[i][0] : spans[i][1]]
    return out + (GAP.rstrip("\n") if chosen[-1] < shown[-1] else "")


def _title_lines(text: str, spans: list[tuple[int, int]], title: str) -> set[int]:
    """The sentences that are a whole line repeating the title (the excerpt's header shows it)."""
    head = normalise(title).text.strip()
    if not head:
        return set()
    return {
        i
        for i, (s, e) in enumerate(spans)
        if (s == 0 or text[s - 1] == "\n")
        and (e == len(text) or text[e] == "\n")
        and normalise(text[s:e]).text.strip() == head
    }


def focus_all(texts: Sequence[str], question: str, keep: int, titles: Sequence[str] = ()) -> list[str]:
    """Each text cut to its `keep` sentences that bear most on the question, in order, with GAP between sentences
    that were not neighbours; a text with no more than `keep` sentences (besides a line repeating its title) stays
    whole. Words are weighted by how few of all the texts' sentences hold them, so a word every excerpt repeats
    chooses nothing. When a text is cut, a line that only repeats its title (`titles`, one per text, as the excerpt's
    header shows it) is left out. keep <= 0 leaves every text whole."""
    if keep <= 0:
        return list(texts)
    names = [*titles, *[""] * (len(texts) - len(titles))]
    spans = [sentences(t) for t in texts]
    skip = [_title_lines(t, sp, title) for t, sp, title in zip(texts, spans, names, strict=True)]
    cut = [len(sp) - len(sk) > keep for sp, sk in zip(spans, skip, strict=True)]
    # only texts to be cut are read word by word (a long one that stays whole costs nothing)
    stems = [[_stems(t[s:e]) for s, e in sp] if c else [] for t, sp, c in zip(texts, spans, cut, strict=True)]
    asked = _stems(question)
    total = sum(len(sp) for sp in spans) or 1
    df: dict[str, int] = {}
    for per_text in stems:
        for st in per_text:
            for w in st & asked:
                df[w] = df.get(w, 0) + 1
    weight = {w: math.log(1 + total / n) for w, n in df.items()}
    want = _want(question)
    out: list[str] = []
    for text, sp, per_text, sk, c in zip(texts, spans, stems, skip, cut, strict=True):
        if not c:
            out.append(text)
            continue
        cands = [i for i in range(len(sp)) if i not in sk]
        lexical = {i: sum(weight.get(w, 0.0) for w in per_text[i] & asked) for i in cands}
        bonus = {i: _kind_bonus(want, question, text[sp[i][0] : sp[i][1]]) for i in cands}
        # the sentence that tells the asked event best (a report's lead on a tie: it tells who, what, where, when)
        best = max(cands, key=lambda i: (lexical[i] + bonus[i], -i))
        picked = [best]
        # ... the sentence nearest it of the kind asked for (the toll for 'how many died', the date for 'when'),
        # which often shares no word with the question ('killing two farmers' for '... farmers died ...')
        typed = [i for i in cands if i != best and bonus[i] > 0]
        if typed:
            picked.append(max(typed, key=lambda i: (bonus[i], lexical[i], -abs(i - best))))
        # ... then the rest by score, the nearer first on a tie
        rest = sorted((i for i in cands if i not in picked), key=lambda i: (-(lexical[i] + bonus[i]), abs(i - best), i))
        out.append(_join(text, sp, sorted([*picked, *rest][:keep]), cands))
    return out
