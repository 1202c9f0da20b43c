"""What every benchmark section shares: the row it reports, timing and memory helpers, the machine's description.

A section is a module `bench/<name>.py` with `run(quick: bool) -> list[Row]`; `python -m bench` runs each one in its
own process (so one section's loaded models and caches never speed up or slow down another), collects the rows and
writes BENCHMARKS.md. Figures are medians unless a row says otherwise; every row that has a baseline reports the
ratio against it, measured in the same run, because these shared machines are noisy from one minute to the next.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
UCDP_CSV = ROOT.parent / "shared" / "data" / "iraq_ucdp_ged_2014_2018.csv"
UCDP_CREDIT = "UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, CC BY 4.0"


@dataclass
class Row:
    """One measured figure, with its baseline from the same run where it has one.

    `higher_is_better` says how to read the ratio: for throughput (articles/s) ratio = ours / baseline, for times and
    memory ratio = ours / baseline too, where below 1 is better. `target` is the issue's target in words, if any, and
    `met` whether this run reached it (None: no target).
    """

    section: str
    measure: str
    value: float
    unit: str
    baseline: str | None = None
    baseline_value: float | None = None
    higher_is_better: bool = False
    target: str | None = None
    met: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """Ours over the baseline (None without one)."""
        if self.baseline_value in (None, 0):
            return None
        return self.value / self.baseline_value  # type: ignore[operator]


def median(xs: list[float]) -> float:
    """Median (0.0 of nothing)."""
    return statistics.median(xs) if xs else 0.0


def percentile(xs: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank; 0.0 of nothing."""
    if not xs:
        return 0.0
    ordered = sorted(xs)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def timed(fn: Callable[[], Any], repeats: int, warmup: int = 1) -> list[float]:
    """Seconds per call of `fn` over `repeats` calls after `warmup` untimed ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    """`with stopwatch() as elapsed: ...; elapsed()` gives seconds since the block started."""
    start = time.perf_counter()
    yield lambda: time.perf_counter() - start


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MiB (Linux: VmHWM)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int | None = None) -> float:
    """Current resident memory of a process (default this one), in MiB."""
    path = Path(f"/proc/{pid or os.getpid()}/status")
    for line in path.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak_rss() -> None:
    """Restart VmHWM from the current RSS (Linux >= 4.0: write 5 to clear_refs), so a later peak is of what follows."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    flags: set[str] = set()
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next((ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("model name")), cpu)
        flags = next((set(ln.split(":", 1)[1].split()) for ln in lines if ln.startswith("flags")), flags)
    except OSError:
        pass
    # The widest vector instructions, which llama.cpp and torch are built for: two machines that both call their CPU
    # 'AMD EPYC' read the model's prompts at 92 and 63 tokens/s, so the name alone does not say which machine it was.
    if flags:
        cpu += " (AVX-512)" if "avx512f" in flags else " (AVX2, no AVX-512)" if "avx2" in flags else " (no AVX2)"
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    versions = {}
    from importlib.metadata import PackageNotFoundError, version

    for pkg in ("torch", "sentence-transformers", "chromadb", "llama-index-core", "llama-cpp-python", "bm25s"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = "not installed"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        **versions,
    }


def write_rows(rows: list[Row], path: Path) -> None:
    """A section's rows as JSON (what `python -m bench` reads back)."""
    path.write_text(json.dumps([asdict(r) for r in rows], indent=1))


def read_rows(path: Path) -> list[Row]:
    """Rows written by write_rows."""
    return [Row(**r) for r in json.loads(path.read_text())]


def section_main(run: Callable[[bool], list[Row]]) -> None:
    """Command line of one section: `python -m bench.<name> [--quick] [--out rows.json]`; prints its rows."""
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes, to check the section works (minutes less)")
    ap.add_argument("--out", type=Path, default=None, help="write the rows as JSON here")
    args = ap.parse_args()
    rows = run(args.quick)
    for r in rows:
        ratio = f"  ratio {r.ratio:.2f}x vs {r.baseline} ({r.baseline_value:.4g})" if r.ratio is not None else ""
        print(f"{r.section:10s} {r.measure:60s} {r.value:10.4g} {r.unit}{ratio}  {r.note}")
    if args.out:
        write_rows(rows, args.out)
