"""Score the audit trail's readings on a held-out sentence set: who gave the figures, and responsibility.

    .venv/bin/python -m assistant.evaluation.audit_set [--final] [--misses]

The set (evals/heldout/audit/sentences.jsonl) was written blind to the rules: each sentence with its gold
attribution phrases (verbatim) and the responsibility status given its perpetrator. Responsibility is read the
way extraction reads it (the claim wording of the sentence) with the gold perpetrator, so the score is the
audit layer's own; the perpetrator the extractor reads is scored beside it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from assistant.incidents.audit import attributions, responsibility
from assistant.incidents.patterns import CLAIMED, UNCLAIMED, perpetrator_of
from assistant.schemas import Incident, IncidentSource
from assistant.settings import REPO_ROOT

SET = REPO_ROOT / "evals" / "heldout" / "audit" / "sentences.jsonl"


def status_class(status: str) -> str:
    """Our responsibility wording in the set's five classes."""
    if status.startswith("claimed"):
        return "claimed"
    if status.startswith("suspected"):
        return "suspected"
    if status.startswith("attributed"):
        return "attributed"
    if status.startswith("not claimed"):
        return "not claimed"
    return "not stated"


def _claim(sentence: str) -> str | None:
    if UNCLAIMED.search(sentence):
        return "unclaimed"
    return "claimed" if CLAIMED.search(sentence) else None


def _overlaps(a: str, b: str) -> bool:
    x, y = a.lower(), b.lower()
    return x in y or y in x


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Attribution phrase precision/recall (exact and overlapping), sentence-exact rate, responsibility accuracy."""
    exact_tp = overlap_tp = predicted = gold = same_set = 0
    false_sources = 0
    status_right = perp_right = 0
    misses: list[str] = []
    for row in rows:
        s = row["sentence"]
        found = attributions(s)
        want = row["attributions"]
        predicted += len(found)
        gold += len(want)
        exact_tp += sum(p in want for p in found)
        overlap_tp += sum(any(_overlaps(p, w) for w in want) for p in found)
        same_set += set(found) == set(want)
        false_sources += bool(found) and not want
        if set(found) != set(want):
            misses.append(f"{row['id']} attribution: got {found} want {want}")
        perpetrator = row["perpetrator"]
        quote = IncidentSource(doc_id="d", quote=s, start=0, end=len(s))
        inc = Incident(id=row["id"], perpetrator=perpetrator, claimed=_claim(s), sources=[quote])
        got = status_class(responsibility(inc))
        status_right += got == row["responsibility"]
        if got != row["responsibility"]:
            misses.append(f"{row['id']} responsibility: got {got} want {row['responsibility']}: {s}")
        unnamed = (None, "unknown")  # 'unidentified gunmen' and no attacker at all are both unnamed
        read = perpetrator_of(s)
        perp_right += read == perpetrator or (read in unnamed and perpetrator in unnamed)
    n = len(rows)
    no_source = sum(not r["attributions"] for r in rows)
    return {
        "sentences": n,
        "attribution": {
            "exact_precision": exact_tp / predicted if predicted else None,
            "exact_recall": exact_tp / gold if gold else None,
            "overlap_precision": overlap_tp / predicted if predicted else None,
            "overlap_recall": overlap_tp / gold if gold else None,
            "sentence_exact": same_set / n,
            "invented_on_no_source": f"{false_sources}/{no_source}",
        },
        "responsibility_accuracy": status_right / n,
        "perpetrator_read_accuracy": perp_right / n,
        "misses": misses,
    }


def main() -> None:
    """Print the scores of the dev split (or the final split with --final)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--final", action="store_true", help="Score the final split (once, at the end).")
    parser.add_argument("--misses", action="store_true", help="Print each miss (never for the final split).")
    parser.add_argument("--file", type=Path, default=SET)
    args = parser.parse_args()
    split = "final" if args.final else "dev"
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = score([r for r in rows if r.get("split") == split])
    misses = result.pop("misses")
    print(json.dumps({"split": split, **result}, indent=1))
    if args.misses and not args.final:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
