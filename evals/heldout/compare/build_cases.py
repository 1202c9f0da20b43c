"""Builds cases_dev.jsonl and cases_final.jsonl (the eval runner's case schema) from questions.jsonl.

A pair, yes/no or superlative question is right when the answer names the winning event (any of its names) and,
for two sides, names it before the losing one; an undecidable one is right when the answer does not pick a side
(it abstains, or says the figures cannot tell). Run: python evals/heldout/compare/build_cases.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    out: dict[str, list[str]] = {"dev": [], "final": []}
    for q in rows:
        note = f"compare/{q['kind']}/{q['measure']}: {q['why']}"
        if q["kind"] == "undecidable":
            case = {"id": q["id"], "kind": "unanswerable", "question": q["question"], "answers": [], "match": "none",
                    "sources": [], "facts": [], "note": note}
        else:
            names = list(dict.fromkeys([q["winner"], *q["winner_alternatives"]]))
            case = {"id": q["id"], "kind": "comparison", "question": q["question"], "answers": names, "match": "text",
                    "sources": q["docs"], "facts": [], "rival": q["loser"], "note": note}
        out[q["split"]].append(json.dumps(case, ensure_ascii=False))
    for split, lines in out.items():
        (HERE / f"cases_{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
