"""Eval cases and datasets: the JSONL schema (see evals/README.md), loading with clear errors, dataset paths."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant.answering.question import filters_from
from assistant.errors import EvalDataError
from assistant.evaluation.code_scored import CODE_SCORED
from assistant.schemas import IncidentFilters
from assistant.settings import REPO_ROOT

Kind = Literal[
    "number", "actor", "place", "date", "claim", "comparison", "listing", "count", "unanswerable", "briefing"
]


KINDS: tuple[str, ...] = (
    "number",
    "actor",
    "place",
    "date",
    "claim",
    "comparison",
    "listing",
    "count",
    "unanswerable",
    "briefing",
)
EVALS_DIR = REPO_ROOT / "evals"
RETRIEVAL_DEPTH = 10  # chunks ranked for recall@k; with two chunks per article at most this is >= 5 articles


class BriefFilters(BaseModel):
    """A briefing case's scope (any field may be null)."""

    model_config = ConfigDict(extra="forbid")

    place: str | None = None
    radius_km: float | None = None
    date_from: str | None = None
    date_to: str | None = None
    attack_type: str | None = None
    province: str | None = None
    perpetrator: str | None = None

    def incident_filters(self) -> IncidentFilters:
        """The IncidentFilters a user typing these fields into the briefing form would get."""

        return filters_from(
            self.place, self.radius_km, self.date_from, self.date_to, self.attack_type, self.province, self.perpetrator
        )


class Case(BaseModel):
    """One eval case (schema in evals/README.md)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    kind: Kind
    question: str = Field(min_length=1)
    answers: list[str] = Field(description="Accepted gold answers; [] for unanswerable, listing and briefing.")
    match: Literal["number", "name", "date", "text", "none"]
    sources: list[str] = Field(description="Required source articles: seed file names, or ucdp doc urls.")
    facts: list[str] = Field(default_factory=list, description="Gold facts a correct cited quote must contain.")
    incidents: list[str] = Field(default_factory=list, description="Gold incident ids (or doc urls) listed/counted.")
    filters: BriefFilters | None = None
    also: list[list[str]] = Field(
        default_factory=list, description="Further gold groups the answer must each state (any variant of a group)."
    )
    rival: list[str] = Field(
        default_factory=list, description="Comparisons: the losing side; naming it before the winner is wrong."
    )
    note: str | None = None
    today: dt.date | None = Field(None, description="The day the question is asked ('last month'); default: today.")

    @model_validator(mode="after")
    def _consistent(self) -> Case:
        if self.match != "none" and not self.answers:
            raise ValueError(f"match {self.match!r} needs at least one gold answer")
        if self.kind == "unanswerable" and (self.answers or self.incidents):
            raise ValueError("an unanswerable case has no answers and no incidents")
        if self.kind == "briefing" and self.filters is None:
            raise ValueError("a briefing case needs filters")
        return self


def load_cases(path: Path) -> list[Case]:
    """Cases from a JSONL file; a bad line or a repeated id is an error naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalDataError(
            f"cannot read eval cases {path}: {exc.strerror}", "check the path (see evals/README.md)"
        ) from exc
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = Case.model_validate_json(line)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(x) for x in err["loc"]) or "line"
            raise EvalDataError(
                f"{path} line {lineno}: {where}: {err['msg']}", "fix the case; the schema is in evals/README.md"
            ) from None
        if case.id in seen:
            raise EvalDataError(
                f"{path} line {lineno}: id {case.id!r} already used on line {seen[case.id]}",
                "give every case its own id",
            )
        seen[case.id] = lineno
        cases.append(case)
    if not cases:
        raise EvalDataError(f"{path} has no cases", "add one JSON object per line")
    return cases


@dataclass(frozen=True)
class Dataset:
    """Where a dataset's cases, documents and gold live, and what its incident ids refer to."""

    name: str
    cases: Path | None
    docs: tuple[Path, ...]
    incident_ids: Literal["gold", "url"]  # ids from the gold incidents file, or the ucdp documents' urls
    gold: Path | None = None


def _seeds_heldout(name: str, cases: str) -> Dataset:
    """A held-out question file (under evals/heldout) asked against the seeds."""
    return Dataset(
        name, EVALS_DIR / "heldout" / cases, (REPO_ROOT / "seeds",), "gold", EVALS_DIR / "incidents_gold.jsonl"
    )


DATASETS: dict[str, Dataset] = {
    "seeds": Dataset(
        "seeds", EVALS_DIR / "seeds.jsonl", (REPO_ROOT / "seeds",), "gold", EVALS_DIR / "incidents_gold.jsonl"
    ),
    "incidents": Dataset("incidents", None, (REPO_ROOT / "seeds",), "gold", EVALS_DIR / "incidents_gold.jsonl"),
    "ucdp": Dataset("ucdp", EVALS_DIR / "ucdp.jsonl", (EVALS_DIR / "ucdp_docs.jsonl",), "url"),
    # issue 13's blind open questions and comparison questions over the seeds (final thirds: FINALS, --final)
    "trust": _seeds_heldout("trust", "trust/open_dev.jsonl"),
    "compare": _seeds_heldout("compare", "compare/cases_dev.jsonl"),
}


def _answers(n: int, split: str) -> Dataset:
    """The count and single-event questions of a held-out report set, asked against its reports (cases built by
    evals/heldout/answer_cases.py from the set's questions.jsonl)."""
    folder = EVALS_DIR / "heldout" / f"realworld{n}"
    name = f"answers{n}" + ("-final" if split == "final" else "")
    return Dataset(name, folder / f"answers_{split}.jsonl", (folder / "docs",), "gold")


ANSWER_SETS = tuple(range(5, 24))  # held-out report sets 5-23, whose questions carry gold answers
DATASETS.update({f"answers{n}": _answers(n, "dev") for n in ANSWER_SETS})
FINALS = {
    "trust": _seeds_heldout("trust-final", "trust/open_final.jsonl"),
    "compare": _seeds_heldout("compare-final", "compare/cases_final.jsonl"),
    **{f"answers{n}": _answers(n, "final") for n in ANSWER_SETS},
}
DATASET_CHOICES = ("seeds", "incidents", "ucdp", "trust", "compare", *(f"answers{n}" for n in ANSWER_SETS))
DATASET_CHOICES += (*CODE_SCORED, "all")


def datasets_for(name: str, final: bool = False) -> list[Dataset]:
    """The question and extraction datasets `--dataset NAME` runs ('all' = every one; [] for a code-scored one,
    see evaluation.code_scored); `final` adds a held-out set's final third (trust, compare)."""
    if name in FINALS:
        return [DATASETS[name], FINALS[name]] if final else [DATASETS[name]]
    if name == "all":
        return [DATASETS["seeds"], DATASETS["incidents"], DATASETS["ucdp"]]
    if name in CODE_SCORED:
        return []
    if name not in DATASETS:
        raise EvalDataError(f"unknown dataset {name!r}", f"choose one of: {', '.join(DATASET_CHOICES)}")
    return [DATASETS[name]]
