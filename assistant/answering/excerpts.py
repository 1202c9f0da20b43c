"""What of a retrieved chunk the model reads: the sentences that bear on the question, not the whole chunk.

The model's time goes on reading its prompt (about 120 prompt tokens a second on two laptop cores), and four whole
chunks are most of the prompt. Each excerpt is cut to the few sentences that share the most (rarest) words with the
question, plus a sentence of the kind the question asks for (a date for 'when', a figure for 'how many'), kept in
their order, with '...' where sentences were left out. The checks that follow still read the whole article: a quote
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
    return {n for n in numbers_in(_CLOCK.sub(" ", sentence)) if not _YEAR.match(f"{n:.0f}")}


def _kind_bonus(kind: str | None, harm: bool, sentence: str) -> float:
    """A sentence holding the kind of thing the question asks for: harm to people with its figure (or its absence)
    for a question about the dead or wounded, a date for 'when', a name for 'who', 'which' and 'where'."""
    bonus = 0.0
    if harm and _HARM.search(sentence):
        bonus += 1.5 if _figures(sentence) or _NONE.search(sentence) else 1.0
    elif kind == "number" and _figures(sentence):
        bonus += 0.5
    if kind == "date" and find_date_phrases(sentence):
        bonus += 1.0
    if kind in ("person", "name", "place") and _NAME_INSIDE.search(sentence):
        bonus += 0.5
    return bonus


def _join(text: str, spans: list[tuple[int, int]], chosen: list[int]) -> str:
    """The chosen sentences in order: neighbours joined as the text joins them (a title's line break kept, so it never
    runs into the next sentence), GAP where sentences were left out."""
    out = GAP.lstrip("\n") if chosen[0] > 0 else ""
    for j, i in enumerate(chosen):
        if j:
            out += text[spans[i - 1][1] : spans[i][0]] if i == chosen[j - 1] + 1 else GAP
        out += text[spans[i][0] : spans[i][1]]
    return out + (GAP.rstrip("\n") if chosen[-1] < len(spans) - 1 else "")


def focus_all(texts: Sequence[str], question: str, keep: int, titles: Sequence[str] = ()) -> list[str]:
    """Each text cut to its `keep` sentences that bear most on the question (whole when it has no more), in order,
    with GAP between sentences that were not neighbours. Words are weighted by how few of all the texts' sentences
    hold them, so a word every excerpt repeats chooses nothing. A text's line that only repeats its title (`titles`,
    one per text, shown in the excerpt's header) is left out. keep <= 0 leaves every text whole."""
    if keep <= 0:
        return list(texts)
    heads = [normalise(t).text.strip().lower() for t in titles] or [""] * len(texts)
    spans = [
        [(s, e) for s, e in sentences(t) if not head or normalise(t[s:e]).text.strip().lower() != head]
        for t, head in zip(texts, heads, strict=True)
    ]
    stems = [[_stems(t[s:e]) for s, e in sp] for t, sp in zip(texts, spans, strict=True)]
    asked = _stems(question)
    total = sum(len(sp) for sp in spans) or 1
    df: dict[str, int] = {}
    for per_text in stems:
        for st in per_text:
            for w in st & asked:
                df[w] = df.get(w, 0) + 1
    weight = {w: math.log(1 + total / n) for w, n in df.items()}
    kind = asked_for(question)
    harm = bool(_HARM.search(question))
    out: list[str] = []
    for text, sp, per_text in zip(texts, spans, stems, strict=True):
        if len(sp) <= keep:
            out.append(text)
            continue
        lexical = [sum(weight.get(w, 0.0) for w in st & asked) for st in per_text]
        bonus = [_kind_bonus(kind, harm, text[s:e]) for s, e in sp]
        # the sentence that tells the asked event best (a report's lead on a tie: it tells who, what, where, when)
        best = max(range(len(sp)), key=lambda i: (lexical[i] + bonus[i], -i))
        picked = [best]
        # ... the sentence nearest it of the kind asked for (the toll for 'how many died', the date for 'when'),
        # which often shares no word with the question ('killing two farmers' for '... farmers died ...')
        typed = [i for i in range(len(sp)) if i != best and bonus[i] > 0]
        if typed:
            picked.append(max(typed, key=lambda i: (bonus[i], lexical[i], -abs(i - best))))
        # ... then the rest by score, the nearer first on a tie
        rest = sorted(
            (i for i in range(len(sp)) if i not in picked),
            key=lambda i: (-(lexical[i] + bonus[i]), abs(i - best), i),
        )
        chosen = sorted([*picked, *rest][:keep])
        out.append(_join(text, sp, chosen))
    return out
