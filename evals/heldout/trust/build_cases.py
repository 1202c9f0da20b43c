"""Builds open_dev.jsonl and open_final.jsonl (the eval runner's case schema) from open_questions.jsonl.

The answer keys below were written from each question's gold answer before the assistant was first run on
these questions; they are what a correct answer must state. `rival` (comparisons only) names the side that
lost: an answer that names it before the winner is scored wrong. Run: python evals/heldout/trust/build_cases.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# id: (kind, match, answers, also, rival)
KEYS: dict[str, tuple[str, str, list[str], list[list[str]], list[str]]] = {
    "s01": ("number", "number", ["31"], [], []),
    "s02": ("number", "number", ["14"], [], []),
    "s03": ("number", "number", ["17"], [], []),
    "s04": ("claim", "text", ["light weapons"], [], []),
    "s05": ("number", "number", ["16"], [], []),
    "s06": ("number", "number", ["2,500"], [], []),
    "s07": ("number", "number", ["43"], [], []),
    "s08": ("number", "number", ["6,000"], [["10,000"]], []),
    "s09": (
        "claim",
        "text",
        ["no casualties", "no one", "nobody", "no deaths", "caused no", "did not cause", "without casualties",
         "not cause any", "no injuries", "no fatalities", "no losses"],
        [],
        [],
    ),
    "s10": ("actor", "name", ["Abu Ali al-Maliki", "al-Maliki"], [], []),
    "s11": ("actor", "name", ["Fatih Yildiz", "Yildiz"], [], []),
    "s12": ("actor", "name", ["al-Sudani", "Prime Minister"], [], []),
    "s13": ("actor", "text", ["counter-terrorism", "counter terrorism", "counterterrorism"], [], []),
    "s14": ("actor", "text", ["Turkmen"], [], []),
    "s15": ("actor", "name", ["Islamic State", "ISIS"], [], []),
    "s16": ("actor", "name", ["ISIS", "Islamic State"], [["AFP", "security sources"]], []),
    "s17": ("actor", "text", ["federal police"], [], []),
    "s18": ("actor", "text", ["military security"], [["policemen", "police"]], []),
    "s19": ("claim", "text", ["Brigade 22"], [], []),
    "s20": ("claim", "text", ["Security Media Cell"], [], []),
    "s21": ("place", "name", ["Kola Jawi"], [], []),
    "s22": ("claim", "text", ["Telegram"], [], []),
    "s23": ("place", "text", ["Hamrin"], [], []),
    "s24": ("claim", "text", ["Nineveh"], [], []),
    "s25": ("claim", "text", ["university"], [], []),
    "s26": ("claim", "text", ["AFP"], [], []),
    "s27": ("claim", "text", ["Northern Iraqi Regional Administration"], [], []),
    "s28": ("place", "name", ["Qayyarah"], [], []),
    "s29": ("place", "text", ["Dibs", "unclear", "not clear"], [], []),
    "s30": ("place", "name", ["Dujail"], [], []),
    "s31": ("place", "name", ["Shalal al-Matar", "Kirkuk"], [], []),
    "s32": ("place", "name", ["Tarmiya"], [], []),
    "s33": ("place", "text", ["east of Tikrit"], [], []),
    "s34": ("place", "name", ["Qayyarah"], [["43", "west"]], []),
    "s35": ("place", "text", ["Makhmour mountains", "Makhmur mountains", "Makhmour mountain"], [], []),
    "s36": ("date", "date", ["Saturday", "2021-01-23"], [], []),
    "s37": ("date", "date", ["two days", "Thursday", "2021-01-21"], [], []),
    "s38": ("date", "date", ["Friday", "2019-11-08"], [], []),
    "s39": ("date", "date", ["Sunday", "2019-11-10"], [], []),
    "s40": ("date", "date", ["Sunday", "2022-12-18"], [], []),
    "s41": ("date", "date", ["Wednesday", "2022-12-14"], [], []),
    "s42": ("date", "date", ["Wednesday"], [], []),
    "s43": ("date", "text", ["a week", "week earlier", "week before"], [], []),
    "s44": ("date", "text", ["Wednesday", "midnight"], [], []),
    "s45": ("comparison", "text", ["Tikrit"], [], ["Makhmour", "Makhmur"]),
    "s46": ("comparison", "text", ["Kirkuk", "Shalal al-Matar", "police"], [], ["Tarmiya"]),
    "s47": ("comparison", "text", ["Dujail"], [], ["Kola Jawi"]),
    "s48": ("comparison", "text", ["Makhmour", "Makhmur"], [], ["Tikrit"]),
    "s49": ("comparison", "text", ["Makhmour", "Makhmur"], [], ["Dujail"]),
    "s50": ("comparison", "text", ["Tikrit"], [], ["Kirkuk", "Shalal al-Matar"]),
    "s51": ("comparison", "text", ["Mosul"], [], ["Kola Jawi"]),
    "s52": ("comparison", "text", ["Baghdad"], [], ["Mosul"]),
    "s53": ("comparison", "text", ["outpost", "machine gun"], [], ["Tarmiya"]),
}


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "open_questions.jsonl").read_text(encoding="utf-8").splitlines()]
    out: dict[str, list[str]] = {"dev": [], "final": []}
    for q in rows:
        if q["kind"] == "unanswerable":
            case = {"id": q["id"], "kind": "unanswerable", "question": q["question"], "answers": [], "match": "none",
                    "sources": [], "facts": [], "note": f"trust/{q['kind']}"}
        else:
            kind, match, answers, also, rival = KEYS[q["id"]]
            case = {"id": q["id"], "kind": kind, "question": q["question"], "answers": answers, "match": match,
                    "sources": q["docs"], "facts": [], "also": also, "rival": rival,
                    "note": f"trust/{q['kind']}: {q['answer']}"}
        out[q["split"]].append(json.dumps(case, ensure_ascii=False))
    for split, lines in out.items():
        (HERE / f"open_{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
