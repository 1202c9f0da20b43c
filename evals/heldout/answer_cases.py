"""Eval cases from a held-out report set's questions that carry a gold answer: counts ("how many attacks hit Kirkuk
province in November 2021?") and single-event facts ("How many people were killed in the attack in Hatra on 27
February 2023?", "who was blamed for ...", "where ...", "on what day ..."), asked against the set's own reports.

    python3 evals/heldout/answer_cases.py 7      (writes realworld7/answers_dev.jsonl and answers_final.jsonl)

`assistant eval --dataset answers7 [--final] [--no-llm]` asks them: with --no-llm, what the incident records answer
by code, and the questions that need the model are counted as skipped. The gold answer and the split are the set's
own; nothing here is tuned to the tool.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# answer_type -> (case kind, how the answer is matched)
KINDS = {
    "number": ("number", "number"),
    "actor": ("actor", "name"),
    "place": ("place", "name"),
    "date": ("date", "date"),
    "name": ("claim", "name"),
}


def cases(folder: Path) -> dict[str, list[dict[str, object]]]:
    """The cases of each split, in the questions' order."""
    files = {json.loads(line)["doc"]: json.loads(line)["file"] for line in (folder / "docs.jsonl").open()}
    out: dict[str, list[dict[str, object]]] = {"dev": [], "final": []}
    for line in (folder / "questions.jsonl").open():
        q = json.loads(line)
        if q.get("answer") in (None, "") or q.get("answer_type") not in KINDS:
            continue
        kind, match = KINDS[q["answer_type"]]
        if q.get("doc") is None and q.get("intent") == "count":
            kind = "count"
        out[q["split"]].append(
            {
                "id": q["id"],
                "kind": kind,
                "question": q["question"],
                "answers": [str(q["answer"])],
                "match": match,
                "sources": [files[q["doc"]]] if q.get("doc") else [],
                "today": q["today"],
                "note": f"{folder.name} {q['intent']}" + (f", doc {q['doc']}" if q.get("doc") else ""),
            }
        )
    return out


def main(argv: list[str]) -> None:
    for n in argv:
        folder = HERE / f"realworld{n}"
        for split, rows in cases(folder).items():
            path = folder / f"answers_{split}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            print(f"{path.relative_to(HERE)}: {len(rows)} cases")


if __name__ == "__main__":
    main(sys.argv[1:])
