"""The loaded LLM as a claim verifier, against the rules of `answering.entail`, on the trust set's dev split.

Usage: .venv/bin/python evals/bench_verifier.py [--presets fast,default]

Each (claim, quote) pair is put to the model with a tiny constrained prompt (answer yes or no); the same pairs go
through `citations.check_claim` (the rules). Prints, per verifier, supported pairs kept, unsupported pairs
rejected and seconds per claim on this machine. Issue 13 asks for this comparison before choosing a verifier.
"""

from __future__ import annotations

import json
import sys
import time

from assistant.evaluation.claims import TRUST, kept
from assistant.models.factory import get_llm
from assistant.settings import load_settings

SYSTEM = "You check facts. Say yes only if the quote states everything the claim says; otherwise say no."
SCHEMA = {"type": "object", "properties": {"answer": {"type": "string", "enum": ["yes", "no"]}}, "required": ["answer"]}


def _pairs() -> list[dict]:
    rows = [json.loads(line) for line in (TRUST / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [p for p in rows if p["split"] == "dev"]


def _shares(verdicts: list[tuple[str, bool]]) -> tuple[float, float]:
    sup = [k for label, k in verdicts if label == "supported"]
    uns = [k for label, k in verdicts if label != "supported"]
    return sum(sup) / len(sup), sum(not k for k in uns) / len(uns)


def main() -> None:
    presets = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--presets=")), "fast,default")
    pairs = _pairs()
    t0 = time.perf_counter()
    rules = [(p["label"], kept(p)) for p in pairs]
    k, r = _shares(rules)
    print(f"rules: kept {k:.2f}, rejected {r:.2f}, {(time.perf_counter() - t0) / len(pairs) * 1000:.1f} ms/claim")
    for preset in presets.split(","):
        llm = get_llm(load_settings(preset))
        verdicts, t0 = [], time.perf_counter()
        for p in pairs:
            user = f'Quote: "{p["quote"]}"\nClaim: "{p["claim"]}"\nDoes the quote state the claim? Answer yes or no.'
            reply = "".join(
                llm.stream(
                    [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}],
                    schema=SCHEMA,
                    max_tokens=12,
                )
            )
            try:
                yes = json.loads(reply)["answer"] == "yes"
            except (ValueError, KeyError):
                yes = False
            verdicts.append((p["label"], yes))
        k, r = _shares(verdicts)
        print(f"{preset} LLM: kept {k:.2f}, rejected {r:.2f}, {(time.perf_counter() - t0) / len(pairs):.2f} s/claim")


if __name__ == "__main__":
    main()
