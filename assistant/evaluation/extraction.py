"""Extraction scores: incidents matched to a gold file, then precision/recall per field."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.language.vocab import actor_group, name_key
from assistant.schemas import Incident

FIELDS = ("event_date", "place", "province", "perpetrator", "claimed", "target", "attack_type", "killed", "wounded")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Gold incidents, one JSON object per line (see evals/README.md for the fields)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _as_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else [v]


def predicted(inc: Incident, name: str) -> Any:
    """The value of a field as scored (figures as exact ints or the count's lower bound)."""
    if name == "event_date":
        if inc.event_date is None or inc.date_precision == "reported":
            return None  # the report's date standing in is not an event date read from the text
        return (
            inc.event_date.isoformat()[:7]
            if inc.date_precision == "month"
            else (str(inc.event_date.year) if inc.date_precision == "year" else inc.event_date.isoformat())
        )
    if name in ("killed", "wounded"):
        c = getattr(inc, name)
        return None if c is None else (c.exact() if c.exact() is not None else c.low)
    if name == "place":
        return [inc.place_text, inc.place]
    if name == "perpetrator" and inc.perpetrator == "unknown":
        return None  # an attacker the text does not name: these gold files write no perpetrator for it
    return getattr(inc, name)


def correct(name: str, pred: Any, gold: Any) -> bool:
    """Whether a predicted value matches the gold value (lists in gold are accepted alternatives)."""
    if name == "place":
        return any(p and name_key(p) == name_key(gold) for p in pred)
    if name in ("perpetrator", "target") and isinstance(pred, str):
        # one actor as the product counts it: 'army' is within 'Iraqi forces' (vocab.ACTOR_WITHIN)
        return any(isinstance(g, str) and actor_group(pred) == actor_group(g) for g in _as_list(gold))
    return any(
        pred == g or (isinstance(pred, str) and isinstance(g, str) and name_key(pred) == name_key(g))
        for g in _as_list(gold)
    )


def _empty(name: str, value: Any) -> bool:
    return value is None or (name == "place" and not any(value))


def _similarity(inc: Incident, gold: dict[str, Any]) -> int:
    score = 0
    for name, weight in (("place", 3), ("killed", 2), ("wounded", 2), ("event_date", 1), ("attack_type", 1)):
        g = gold.get(name)
        if g is not None and not _empty(name, predicted(inc, name)) and correct(name, predicted(inc, name), g):
            score += weight
    return score


@dataclass
class Scores:
    """Field -> (true positives, false positives, false negatives); plus incident-level counts."""

    counts: dict[str, list[int]]
    matched: int
    predicted: int
    gold: int

    def precision(self, name: str) -> float:
        """Precision of one field (1.0 when nothing was predicted)."""
        tp, fp, _ = self.counts[name]
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, name: str) -> float:
        """Recall of one field (1.0 when there is no gold value)."""
        tp, _, fn = self.counts[name]
        return tp / (tp + fn) if tp + fn else 1.0

    def f1(self, name: str) -> float:
        """F1 of one field: the harmonic mean of its precision and recall (0.0 when both are 0)."""
        p, r = self.precision(name), self.recall(name)
        return 2 * p * r / (p + r) if p + r else 0.0

    def table(self) -> str:
        """A Markdown table of the scores."""
        rows = [
            f"incidents: {self.matched} matched of {self.predicted} extracted and {self.gold} gold",
            "",
            "| field | precision | recall | F1 |",
            "|---|---|---|---|",
        ]
        rows += [f"| {n} | {self.precision(n):.2f} | {self.recall(n):.2f} | {self.f1(n):.2f} |" for n in FIELDS]
        return "\n".join(rows)


def match(preds: list[Incident], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(prediction index, gold index) pairs of one article's incidents: greedy, best similarity first."""
    pairs = sorted(((_similarity(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    links = []
    for sim, i, j in pairs:
        if sim >= 2 and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            links.append((i, j))
    return links


def score(pred_by_doc: dict[str, list[Incident]], gold: list[dict[str, Any]]) -> Scores:
    """Match predictions to gold within each article (greedy, best similarity first) and count per field."""
    counts = {n: [0, 0, 0] for n in FIELDS}
    matched = 0
    for doc in sorted({g["doc"] for g in gold} | set(pred_by_doc)):
        golds = [g for g in gold if g["doc"] == doc]
        preds = list(pred_by_doc.get(doc, []))
        pairs = match(preds, golds)
        used_p, used_g = {i for i, _ in pairs}, {j for _, j in pairs}
        links = [(preds[i], golds[j]) for i, j in pairs]
        matched += len(links)
        for p, g in links:
            for n in FIELDS:
                pv, gv = predicted(p, n), g.get(n)
                if not _empty(n, pv) and gv is not None and correct(n, pv, gv):
                    counts[n][0] += 1
                else:
                    counts[n][1] += 0 if _empty(n, pv) else 1
                    counts[n][2] += 0 if gv is None else 1
        for i, p in enumerate(preds):  # extracted incidents with no gold counterpart: every value is a false positive
            if i not in used_p:
                for n in FIELDS:
                    counts[n][1] += 0 if _empty(n, predicted(p, n)) else 1
        for j, g in enumerate(golds):
            if j not in used_g:
                for n in FIELDS:
                    counts[n][2] += 0 if g.get(n) is None else 1
    return Scores(counts, matched, sum(len(v) for v in pred_by_doc.values()), len(gold))
