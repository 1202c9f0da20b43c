"""Run every benchmark section, print one table and write BENCHMARKS.md.

    .venv/bin/python -m bench [--quick] [--only ingest,answer] [--out BENCHMARKS.md]

Each section runs in its own process (see bench/common.py). The full run takes about an hour on a 2-core laptop;
--quick (small sizes, fast preset) checks that every section works in a few minutes and is never written over the
real BENCHMARKS.md unless --out says so. Sizes: BENCH_INGEST_SCALE (copies of the UCDP file, default 10),
BENCH_ANSWER_QUESTIONS (default 20), BENCH_ANSWER_PRESETS (default fast,default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, UCDP_CREDIT, Row, machine, read_rows

SECTIONS = ["ingest", "retrieval", "answer", "prefill", "startup"]
TITLES = {
    "ingest": "Ingest",
    "retrieval": "Retrieval and incident listing",
    "answer": "Answer latency",
    "prefill": "The answer's floor: the model's prompt reading rate",
    "startup": "Start-up and the CLI",
    "memory": "Memory",
}


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    if abs(x) >= 1:
        return f"{x:.2f}"
    return f"{x:.3g}"


def table(rows: list[Row]) -> list[str]:
    """A markdown table of rows: measure, ours, baseline, ratio, notes."""
    out = ["| measure | ours | baseline | ratio | notes |", "|---|---|---|---|---|"]
    for r in rows:
        base = f"{_fmt(r.baseline_value)} {r.unit} ({r.baseline})" if r.baseline_value is not None else ""
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ""
        out.append(f"| {r.measure} | {_fmt(r.value)} {r.unit} | {base} | {ratio} | {r.note} |")
    return out


def markdown(rows: list[Row], command: str, seconds: float, failed: dict[str, str]) -> str:
    """BENCHMARKS.md: the machine, the command, the targets and one table per section."""
    m = machine()
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{command}` on {dt.date.today().isoformat()} (whole run {seconds / 60:.0f} min). Every ratio is "
        "ours over a baseline measured in the same run, one right after the other, because these shared machines "
        "are noisy; the absolute medians are beside them. For times and memory a ratio below 1 is better; for "
        "throughput (articles/s) above 1 is better.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']} RAM, {m['os']}, Python {m['python']}; "
        + ", ".join(f"{k} {v}" for k, v in m.items() if k not in {"cpu", "cores", "memory", "os", "python"})
        + ".",
        "",
        f"Data: the five seed articles in seeds/, and the {UCDP_CREDIT} (../shared/data), one short report per row "
        "(bench/corpus.py).",
        "",
        "## Targets",
        "",
        "| target | measure | this run | met |",
        "|---|---|---|---|",
    ]
    for r in rows:
        if r.target:
            lines.append(f"| {r.target} | {r.measure} | {_fmt(r.value)} {r.unit} | {'yes' if r.met else '**no**'} |")
    for name in [*SECTIONS, "memory"]:
        part = [r for r in rows if r.section == name]
        if not part and name not in failed:
            continue
        lines += ["", f"## {TITLES[name]}", ""]
        doc = sys.modules.get(f"bench.{name}")
        if doc is not None and doc.__doc__:
            lines += [doc.__doc__.strip(), ""]
        if name in failed:
            lines += [f"This section failed in this run: `{failed[name]}`", ""]
        if part:
            lines += table(part)
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections to run")
    ap.add_argument("--out", type=Path, default=None, help="default: BENCHMARKS.md (a --quick run: no file)")
    ap.add_argument("--rows", type=Path, default=None, help="keep each section's rows (JSON) in this folder")
    ap.add_argument(
        "--reuse",
        type=Path,
        default=None,
        help="a --rows folder of an earlier run: its sections not run now go into the report, said so there",
    )
    args = ap.parse_args()
    out = args.out or (None if args.quick else ROOT / "BENCHMARKS.md")
    started = time.perf_counter()
    rows: list[Row] = []
    failed: dict[str, str] = {}
    work = args.rows or Path(tempfile.mkdtemp(prefix="desk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    for name in args.only.split(","):
        print(f"== {name}", flush=True)
        rows_file = work / f"{name}.json"
        cmd = [sys.executable, "-m", f"bench.{name}", "--out", str(rows_file)] + (["--quick"] if args.quick else [])
        t = time.perf_counter()
        log = work / f"{name}.log"
        with log.open("w") as err:  # the section's rows print as they come; its stderr (progress bars) goes here
            proc = subprocess.run(cmd, cwd=ROOT, stderr=err, text=True, check=False)
        if proc.returncode != 0 or not rows_file.exists():
            tail = (log.read_text(errors="replace").strip().splitlines() or ["no output"])[-1]
            failed[name] = tail
            print(f"{name} failed ({proc.returncode}): {tail}", file=sys.stderr)
            continue
        rows += read_rows(rows_file)
        print(f"   ({time.perf_counter() - t:.0f} s)", flush=True)
        __import__(f"bench.{name}")  # its docstring goes into the report
    reused = []
    if args.reuse:
        for name in SECTIONS:
            earlier = args.reuse / f"{name}.json"
            if name not in args.only.split(",") and earlier.exists():
                rows += read_rows(earlier)
                reused.append(name)
                __import__(f"bench.{name}")
    command = "python -m bench" + (" --quick" if args.quick else "")
    if reused:
        command += f"` (sections {', '.join(args.only.split(','))}), with {', '.join(reused)} from an earlier run of `"
        command += "python -m bench"
    text = markdown(rows, command, time.perf_counter() - started, failed)
    if out:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
    else:
        print(text)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
