"""Datasets scored by code alone (no model, no store): `assistant eval --dataset realworld | questions3 | …`.

Each one wraps a scorer module's `report()` and `table()` and gives the run's results.json entry: the figures,
the Markdown table and how long it took. The held-out `realworld` set keeps a `final` split for the end of a
piece of work: unless `final=True` (the eval command's `--final`), everything about that split, every figure,
count and miss, is dropped here before it can reach results.json, report.md or the terminal.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.evaluation import realworld, ucdp_headlines

SPLIT_KEYS = ("dev", "final")


@dataclass(frozen=True)
class CodeScored:
    """A dataset the eval command scores by calling code (name, what it scores, the scorer)."""

    name: str
    what: str
    score: Callable[[bool], dict[str, Any]]  # final -> {"splits", "figures", "scores", "table"}
    has_final: bool = False


def dev_only(value: Any) -> Any:
    """`value` without anything of the final split: split dicts keep only 'dev' (their 'all' and 'n' mix in the
    final split), keys naming 'final' are dropped, and list items of the final split are left out."""
    if isinstance(value, dict):
        if "dev" in value and "final" in value:
            return {"dev": dev_only(value["dev"])}
        return {
            k: dev_only(v)
            for k, v in value.items()
            if not (k == "final" or str(k).endswith("_final") or str(k).startswith("final_"))
        }
    if isinstance(value, list):
        return [dev_only(v) for v in value if not (isinstance(v, dict) and v.get("split") == "final")]
    return value


def score_realworld(final: bool = False, folder: Path = realworld.REALWORLD) -> dict[str, Any]:
    """A held-out real-world set (evals/heldout/realworld*): the dev split, and the final one only when asked."""
    held = realworld.HeldoutSet.load(folder)
    scores = realworld.report(held)
    splits = list(SPLIT_KEYS) if final else ["dev"]
    if not final:
        scores = dev_only(scores)
        scores["rejected"] = {d: r for d, r in scores.get("rejected", {}).items() if held.split_of(d) == "dev"}
    figures: dict[str, float | None] = {}
    for split in splits:
        for name in realworld.MEASURES:
            figures[f"{name}_{split}"] = scores[name][split]
        for m in ("precision", "recall"):
            figures[f"listing_{m}_{split}"] = scores["listing"][f"{m}_{split}"]
    return {"splits": splits, "figures": figures, "scores": scores, "table": realworld.table(scores, final=final)}


def score_questions(final: bool = False, folder: Path = realworld.QUESTIONS3) -> dict[str, Any]:
    """A question-only set (evals/heldout/questions3, questions4): filters and follow-ups, dev split unless `final`."""
    held = realworld.HeldoutSet.load(folder)
    scores = realworld.report_questions(held)
    splits = list(SPLIT_KEYS) if final else ["dev"]
    if not final:
        scores = dev_only(scores)
    names = ("filters", "filters_same", "follow_ups")
    figures = {f"{name}_{split}": scores[name][split] for split in splits for name in names}
    return {"splits": splits, "figures": figures, "scores": scores, "table": realworld.table(scores, final=final)}


def score_ucdp_headlines(final: bool = False) -> dict[str, Any]:
    """Agreement of the records extracted from 300 real UCDP outlet headlines with their GED rows (no split)."""
    scores = ucdp_headlines.report()
    rec, d, p, k = scores["with_record"], scores["date"], scores["province"], scores["killed"]

    def share(num: int, den: int) -> float | None:
        return num / den if den else None

    figures = {
        "with_record": share(rec, scores["docs"]),
        "date_exact": share(d["exact"], rec),
        "date_within_1_day": share(d["within_1_day"], rec),
        "province_equal": share(p["equal"], p["of"]),
        "killed_with_figure": share(k["with_figure"], rec),
        "killed_equal_best": share(k["equal_best"], k["with_figure"]),
        "killed_within_low_high": share(k["within_low_high"], k["with_figure"]),
        "killed_at_least_best": share(k["at_least_best"], k["with_figure"]),
    }
    return {"splits": [], "figures": figures, "scores": scores, "table": ucdp_headlines.table(scores)}


CODE_SCORED: dict[str, CodeScored] = {
    "realworld": CodeScored(
        "realworld",
        "held-out real-world reports written blind (evals/heldout/realworld): records, dates, provinces, figures, "
        "question filters, follow-ups and listings",
        score_realworld,
        has_final=True,
    ),
    "realworld2": CodeScored(
        "realworld2",
        "a second held-out real-world set, written blind after the first was used up (evals/heldout/realworld2): "
        "the same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD2),
        has_final=True,
    ),
    "realworld3": CodeScored(
        "realworld3",
        "a third held-out real-world set, 154 reports in 15 styles written blind (evals/heldout/realworld3): the "
        "same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD3),
        has_final=True,
    ),
    "realworld4": CodeScored(
        "realworld4",
        "a fourth held-out real-world set, 154 reports in 14 styles written blind (evals/heldout/realworld4): the "
        "same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD4),
        has_final=True,
    ),
    "realworld5": CodeScored(
        "realworld5",
        "a fifth held-out real-world set, 154 reports in 14 styles written blind (evals/heldout/realworld5): the "
        "same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD5),
        has_final=True,
    ),
    "realworld6": CodeScored(
        "realworld6",
        "a sixth held-out real-world set, 154 reports in 14 styles written blind (evals/heldout/realworld6): the "
        "same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD6),
        has_final=True,
    ),
    "realworld7": CodeScored(
        "realworld7",
        "a seventh held-out real-world set, 154 reports in 14 styles written blind (evals/heldout/realworld7): the "
        "same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD7),
        has_final=True,
    ),
    "realworld8": CodeScored(
        "realworld8",
        "an eighth held-out real-world set, 154 reports in 14 styles written blind (evals/heldout/realworld8): the "
        "same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD8),
        has_final=True,
    ),
    "realworld9": CodeScored(
        "realworld9",
        "a ninth held-out real-world set, 154 reports in 14 styles written blind in the manner of real outlets "
        "(evals/heldout/realworld9): the same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD9),
        has_final=True,
    ),
    "realworld10": CodeScored(
        "realworld10",
        "a tenth held-out real-world set, 156 reports in 13 styles written blind in the manner of real outlets "
        "(evals/heldout/realworld10): the same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD10),
        has_final=True,
    ),
    "realworld11": CodeScored(
        "realworld11",
        "an eleventh held-out real-world set, 156 reports in 13 styles written blind from sources realworld10 did not "
        "use (evals/heldout/realworld11): the same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD11),
        has_final=True,
    ),
    "realworld12": CodeScored(
        "realworld12",
        "a twelfth held-out real-world set written blind in 13 styles no earlier set used (TV monitoring, features, "
        "security-group chats, timelines, police pages, rights reports, tracker exports, OCR'd PDFs, interviews, "
        "digests, Hijri dates, follow-ups, noise; evals/heldout/realworld12): the same measures",
        functools.partial(score_realworld, folder=realworld.REALWORLD12),
        has_final=True,
    ),
    "realworld13": CodeScored(
        "realworld13",
        "a thirteenth held-out real-world set written blind in 13 more styles no earlier set used (CrisisWatch "
        "entries, asylum reports, live blogs, TV tickers, cables, stock-exchange notices, photo captions, forums, "
        "e-mail chains, papers, PDF tables, machine-translated Kurdish, mixed-language posts; "
        "evals/heldout/realworld13)",
        functools.partial(score_realworld, folder=realworld.REALWORLD13),
        has_final=True,
    ),
    "realworld14": CodeScored(
        "realworld14",
        "a fourteenth held-out real-world set written blind in 13 more styles no earlier set used "
        "(evals/heldout/realworld14)",
        functools.partial(score_realworld, folder=realworld.REALWORLD14),
        has_final=True,
    ),
    "realworld15": CodeScored(
        "realworld15",
        "a fifteenth held-out real-world set written blind in 13 more styles no earlier set used "
        "(evals/heldout/realworld15)",
        functools.partial(score_realworld, folder=realworld.REALWORLD15),
        has_final=True,
    ),
    "realworld16": CodeScored(
        "realworld16",
        "a sixteenth held-out real-world set written blind in the issue's core source styles with fresh wordings "
        "(evals/heldout/realworld16)",
        functools.partial(score_realworld, folder=realworld.REALWORLD16),
        has_final=True,
    ),
    "realworld17": CodeScored(
        "realworld17",
        "a seventeenth held-out real-world set written blind in the core source styles, its questions in the many "
        "ways analysts phrase them (evals/heldout/realworld17)",
        functools.partial(score_realworld, folder=realworld.REALWORLD17),
        has_final=True,
    ),
    "realworld18": CodeScored(
        "realworld18",
        "an eighteenth held-out real-world set written blind in the core source styles, the day each event happened "
        "its emphasis (evals/heldout/realworld18)",
        functools.partial(score_realworld, folder=realworld.REALWORLD18),
        has_final=True,
    ),
    "realworld19": CodeScored(
        "realworld19",
        "a nineteenth held-out real-world set written blind in the core source styles, listings over the corpus and "
        "casualty figures told in many ways its emphasis (evals/heldout/realworld19)",
        functools.partial(score_realworld, folder=realworld.REALWORLD19),
        has_final=True,
    ),
    "realworld20": CodeScored(
        "realworld20",
        "a twentieth held-out real-world set written blind in the core source styles, analysts' question phrasings its "
        "emphasis (evals/heldout/realworld20)",
        functools.partial(score_realworld, folder=realworld.REALWORLD20),
        has_final=True,
    ),
    "realworld21": CodeScored(
        "realworld21",
        "a twenty-first held-out real-world set written blind in the core source styles, event days and analysts' "
        "question phrasings its emphases (evals/heldout/realworld21)",
        functools.partial(score_realworld, folder=realworld.REALWORLD21),
        has_final=True,
    ),
    "realworld22": CodeScored(
        "realworld22",
        "a twenty-second held-out real-world set written blind in the core source styles, event days, tolls told in "
        "words and analysts' question phrasings its emphases (evals/heldout/realworld22)",
        functools.partial(score_realworld, folder=realworld.REALWORLD22),
        has_final=True,
    ),
    "realworld23": CodeScored(
        "realworld23",
        "a twenty-third held-out real-world set written blind as an analyst's inbox: the styles the issue names, with "
        "the wordings real outlets use most, in their proportions (evals/heldout/realworld23)",
        functools.partial(score_realworld, folder=realworld.REALWORLD23),
        has_final=True,
    ),
    "realworld24": CodeScored(
        "realworld24",
        "a twenty-fourth held-out real-world set, records only, written blind from a brief alone (no earlier set or "
        "README seen) as an analyst's inbox (evals/heldout/realworld24)",
        functools.partial(score_realworld, folder=realworld.REALWORLD24),
        has_final=True,
    ),
    "questions3": CodeScored(
        "questions3",
        "160 question phrasings and 30 conversations written blind (evals/heldout/questions3): filters, follow-ups",
        score_questions,
        has_final=True,
    ),
    "questions4": CodeScored(
        "questions4",
        "442 question phrasings and 46 conversations written blind after questions3 (evals/heldout/questions4)",
        functools.partial(score_questions, folder=realworld.QUESTIONS4),
        has_final=True,
    ),
    "questions5": CodeScored(
        "questions5",
        "328 question phrasings and 98 conversations (41 of three turns) written blind after realworld3 "
        "(evals/heldout/questions5)",
        functools.partial(score_questions, folder=realworld.QUESTIONS5),
        has_final=True,
    ),
    "ucdp_headlines": CodeScored(
        "ucdp_headlines",
        "records extracted from 300 real UCDP outlet headlines against their GED rows (date, province, killed)",
        score_ucdp_headlines,
    ),
}


def code_scored_for(name: str) -> list[CodeScored]:
    """The code-scored datasets `--dataset NAME` runs ('all' = both)."""
    if name == "all":
        return list(CODE_SCORED.values())
    return [CODE_SCORED[name]] if name in CODE_SCORED else []


def run_code_scored(ds: CodeScored, final: bool = False) -> dict[str, Any]:
    """Score one dataset: its results.json entry (`code_scored`, `what`, `splits`, `figures`, `scores`, `table`,
    `wall_s`); nothing of a final split unless `final`."""
    t0 = time.perf_counter()
    entry = ds.score(final)
    return {"code_scored": True, "what": ds.what} | entry | {"wall_s": round(time.perf_counter() - t0, 2)}
