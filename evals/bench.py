"""Benchmark: ingest time for the seeds and answer latency (cold and warm) per preset. Prints figures.

Usage: .venv/bin/python evals/bench.py [--presets fast,default] [--repeats 2]
Each preset runs in its own process so "cold" includes loading the model.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "How many PMU fighters were killed in the ambush east of Tikrit?",
    "How many people were wounded in the Makhmour ambush?",
    "How many civilians were killed in Basra in 2020?",
]

_CHILD = r"""
import json, sys, time
from pathlib import Path
from assistant.desk import Desk
from assistant.schemas import Answer
from assistant.settings import load_settings
preset, data_dir, repeats, questions = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
desk = Desk(load_settings(preset, data_dir=Path(data_dir)))
runs = []
for round_ in range(repeats + 1):
    for q in questions:
        start = time.perf_counter()
        first = None
        for ev in desk.ask_stream(q):
            if isinstance(ev, str) and ev and first is None:
                first = time.perf_counter() - start
            if isinstance(ev, Answer):
                answer = ev
        runs.append({"round": round_, "q": q, "ttft": first, "total": time.perf_counter() - start,
                     "abstained": answer.abstained, "text": answer.text[:80]})
print(json.dumps({"runs": runs}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--presets", default="fast,default")
    ap.add_argument("--repeats", type=int, default=2, help="warm rounds over the questions after the cold one")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    data_dir = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    exe = Path(sys.executable).with_name("assistant")

    t = time.perf_counter()
    proc = subprocess.run(
        [str(exe), "ingest", "--data-dir", str(data_dir), str(ROOT / "seeds")], capture_output=True, text=True
    )
    wall = time.perf_counter() - t
    print(f"ingest seeds (5 articles), whole command incl. imports and embedder load: {wall:.1f} s")
    print("  " + proc.stdout.strip().splitlines()[-1])

    for preset in args.presets.split(","):
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, preset, str(data_dir), str(args.repeats), json.dumps(QUESTIONS)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if proc.returncode != 0:
            print(f"{preset}: failed\n{proc.stderr[-1500:]}")
            continue
        res = json.loads(proc.stdout.strip().splitlines()[-1])
        runs = res["runs"]
        cold = runs[0]
        warm = [r for r in runs if r["round"] > 0]
        print(f"\npreset {preset}:")
        print(
            f"  cold (first question, model load included): first text {cold['ttft']:.1f} s, "
            f"answer {cold['total']:.1f} s"
        )
        ttft = [r["ttft"] for r in warm if r["ttft"] is not None]
        total = [r["total"] for r in warm]
        print(
            f"  warm ({len(warm)} answers): first text median {statistics.median(ttft):.1f} s, "
            f"answer median {statistics.median(total):.1f} s (min {min(total):.1f}, max {max(total):.1f})"
        )
        for r in runs[: len(QUESTIONS)]:
            print(f"    {r['q'][:60]:60s} -> {r['text']}")


if __name__ == "__main__":
    main()
