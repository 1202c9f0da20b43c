"""Shared types: articles, chunks, retrieval hits, citations and answers."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


def date_to_int(value: dt.date) -> int:
    """Date as int YYYYMMDD, the form Chroma range filters accept."""
    return value.year * 10000 + value.month * 100 + value.day


def date_label(value: dt.date | None) -> str:
    """ISO date, or 'date unknown' when the article does not state one."""
    return value.isoformat() if value else "date unknown"


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def int_to_date(value: int) -> dt.date:
    """Inverse of date_to_int."""
    return dt.date(value // 10000, value // 100 % 100, value % 100)


class Article(BaseModel):
    """One cleaned news article, ready to chunk."""

    doc_id: str = Field(description="Content hash of the cleaned text (16 hex chars).")
    text: str = Field(description="Cleaned article text; all offsets point into it.")
    title: str
    outlet: str | None = None
    published: dt.date | None = Field(None, description="Publication date, only when the source states it.")
    url: str | None = None
    source: str = Field(description="Where it came from: file path, or path#record for JSON input.")


class Chunk(BaseModel):
    """A sentence-aligned span of an article."""

    chunk_id: str
    doc_id: str
    index: int
    text: str
    start: int
    end: int


class Hit(BaseModel):
    """A retrieved chunk with its article's metadata and fused score."""

    chunk: Chunk
    title: str
    outlet: str | None = None
    published: dt.date | None = None
    score: float = 0.0
    dense_similarity: float | None = None
    bm25_score: float | None = None


class Filters(BaseModel):
    """Metadata filters for retrieval; None means unbounded."""

    model_config = ConfigDict(extra="forbid")

    published_from: dt.date | None = None
    published_to: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Filters:
        if self.published_from and self.published_to and self.published_from > self.published_to:
            raise ValueError(f"published_from {self.published_from} is after published_to {self.published_to}")
        return self

    def is_empty(self) -> bool:
        """True when no filter is set."""
        return self.published_from is None and self.published_to is None

    def describe(self) -> str:
        """Short human-readable form, e.g. 'published 2022-01-01..2022-12-31'."""
        if self.is_empty():
            return "none"
        lo = self.published_from.isoformat() if self.published_from else "…"
        hi = self.published_to.isoformat() if self.published_to else "…"
        return f"published {lo}..{hi}"


ATTACK_TYPES: tuple[str, ...] = (
    "ambush",
    "ied",
    "suicide",
    "mortar_rocket",
    "shooting",
    "airstrike_operation",
    "kidnapping",
    "other",
)

# How an actor key reads in a sentence ('by unidentified attackers', never 'by unknown').
ACTOR_LABELS = {"unknown": "unidentified attackers"}


def actor_label(name: str) -> str:
    """The words for a canonical actor (a key of vocab.ACTORS) in an answer, table or briefing."""
    return ACTOR_LABELS.get(name, name)


# Radii of place filters.
NEAR_KM = 50.0  # "near/around X"
IN_TOWN_KM = 25.0  # "in/at/east of X" for a town: reports place an event "in Tikrit" when it was on the outskirts
IN_DISTRICT_KM = 40.0  # "in X district": around the district's centre; districts are some 30-80 km across


class IncidentFilters(BaseModel):
    """What incidents a question is about; None means not restricted."""

    model_config = ConfigDict(extra="forbid")

    place: str | None = Field(None, description="Display name of the place, e.g. 'Kirkuk'.")
    lat: float | None = None
    lon: float | None = None
    radius_km: float | None = Field(None, description="Set for 'near/around X' and 'in <town>'.", gt=0)
    province: str | None = Field(None, description="Canonical province for 'in <province>' (membership).")
    date_from: dt.date | None = Field(None, description="Event date range, inclusive.")
    date_to: dt.date | None = None
    attack_type: str | None = Field(None, description="One of schemas.ATTACK_TYPES.")
    perpetrator: str | None = Field(None, description="Canonical actor, a key of vocab.ACTORS: 'ISIS', 'PMU', ...")
    dated_only: bool | None = Field(
        None, description="True: leave out records dated only by their report ('only dated incidents')."
    )

    @field_validator("attack_type")
    @classmethod
    def _known_type(cls, value: str | None) -> str | None:
        if value is not None and value not in ATTACK_TYPES:
            raise ValueError(f"attack_type {value!r} is not one of {', '.join(ATTACK_TYPES)}")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> IncidentFilters:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")
        return self

    def is_empty(self) -> bool:
        """True when no filter is set."""
        return all(v is None for v in self.model_dump().values())

    def describe(self) -> str:
        """Short form, e.g. 'near Kirkuk (50 km) · 2022-01-01..2022-12-31 · type ied'."""
        parts = []
        if self.place or self.lat is not None:
            where = self.place or f"{self.lat:.3f},{self.lon:.3f}"
            parts.append(f"near {where} ({self.radius_km:g} km)" if self.radius_km else f"at {where}")
        if self.province:
            parts.append(f"in {self.province}")
        if self.date_from or self.date_to:
            lo = self.date_from.isoformat() if self.date_from else "…"
            hi = self.date_to.isoformat() if self.date_to else "…"
            parts.append(f"{lo}..{hi}")
        if self.attack_type:
            parts.append(f"type {self.attack_type}")
        if self.perpetrator:
            parts.append(f"by {actor_label(self.perpetrator)}")
        if self.dated_only:
            parts.append("dated only")
        return " · ".join(parts) or "none"


class Citation(BaseModel):
    """A verbatim quote: article_text[start:end] == quote."""

    n: int = Field(0, description="Marker number [n] in the answer text.")
    doc_id: str
    chunk_id: str
    quote: str
    start: int
    end: int
    title: str = ""
    outlet: str | None = None
    published: dt.date | None = None
    repaired: bool = Field(False, description="True when the model's quote was replaced by the best matching sentence.")


class Claim(BaseModel):
    """One sentence of the answer and the quotes that support it."""

    text: str
    citations: list[Citation]
    summary: bool = Field(False, description="A sentence over several records (a total), not one record's line.")


class Answer(BaseModel):
    """The checked answer shown to the user."""

    question: str
    text: str
    claims: list[Claim] = []
    sources: list[Citation] = Field(default_factory=list, description="Unique citations, numbered as in text.")
    abstained: bool = False
    filters_used: Filters = Field(default_factory=Filters)
    dropped_claims: list[str] = Field(default_factory=list, description="Model claims removed as unsupported.")
    model: str = ""
    incident_filters: IncidentFilters | None = Field(
        None, description="Place/date/type filters read from the question."
    )
    ledger: list[str] = Field(
        default_factory=list, description="What a count or listing covered and what it could not (records only)."
    )


# --- what the model is asked to produce: flat, quote before claim, sources by number (code maps them) ---


class DraftClaim(BaseModel):
    """One answer sentence from the model, written after the quote that proves it."""

    source: int = Field(description="Number of the excerpt the quote is copied from.")
    quote: str = Field(description="One sentence copied word for word from that excerpt.")
    text: str = Field(description="Short answer sentence using the quote's facts.")


class DraftAnswer(BaseModel):
    """The model's structured reply."""

    claims: list[DraftClaim]


FileStatus = Literal["added", "replaced", "duplicate", "rejected", "skipped"]  # skipped: a hidden entry


class FileResult(BaseModel):
    """Outcome of ingesting one file or JSON record."""

    path: str
    status: FileStatus
    doc_id: str | None = None
    title: str | None = None
    chunks: int = 0
    incidents: int = 0
    reason: str | None = None
    help_message: str | None = Field(None, description="What to do about a rejection (e.g. 're-save it as UTF-8').")
    warning: str | None = Field(
        None, description="Stored, but something was skipped (e.g. incident extraction failed)."
    )
    replaced: list[str] = Field(
        default_factory=list, description="Ids of the older versions of the same source this one replaced."
    )


class IngestReport(BaseModel):
    """Per-file outcomes of one ingest run."""

    results: list[FileResult] = []
    seconds: float = 0.0

    def count(self, status: FileStatus) -> int:
        """Number of results with this status."""
        return sum(1 for r in self.results if r.status == status)


# ------------------------------------------------------------------ incidents

# "reported": no event date could be read, so the report's publication date stands in (shown as "reported <date>").
DatePrecision = Literal["day", "month", "year", "reported", "unknown"]
AttackType = Literal[
    "ambush", "ied", "suicide", "mortar_rocket", "shooting", "airstrike_operation", "kidnapping", "other"
]


class Place(BaseModel):
    """A gazetteer entry: a town, village, district or province of Iraq."""

    name: str = Field(description="Display name, e.g. 'Tikrit'.")
    lat: float
    lon: float
    province: str | None = Field(None, description="Canonical province, e.g. 'Salahuddin', 'Nineveh'.")
    district: str | None = None
    kind: Literal["city", "village", "district", "province"] = "city"


class PlaceMention(BaseModel):
    """A place named in a text, with its span and what the gazetteer resolved it to."""

    text: str
    start: int
    end: int
    place: Place


class EventDate(BaseModel):
    """An event date as precise as the text allows."""

    date: dt.date | None = None
    precision: DatePrecision = "unknown"
    phrase: str | None = Field(None, description="The words the date was read from ('late Wednesday').")


class Count(BaseModel):
    """A casualty figure as reported: exact, a lower bound, or vague ('dozens')."""

    low: int | None = Field(None, description="Smallest value the text allows (at least N -> N).")
    high: int | None = Field(None, description="Largest value, None when open-ended ('at least 11').")
    text: str = Field("", description="The words reported, e.g. 'at least 11', 'dozens'.")

    def exact(self) -> int | None:
        """The value when the text gives one number."""
        return self.low if self.low is not None and self.low == self.high else None

    def label(self) -> str:
        """For display: '9', '13\u201332', 'at least 11', 'dozens'."""
        if self.exact() is not None:
            return str(self.exact())
        if self.low is not None and self.high is not None:
            return f"{self.low}\u2013{self.high}"
        return self.text or f"at least {self.low}"


class IncidentSource(BaseModel):
    """One article's report of an incident, with the evidence and the figures it gave."""

    doc_id: str
    quote: str
    start: int
    end: int
    killed: Count | None = None
    wounded: Count | None = None


class Incident(BaseModel):
    """One attack or violent event, possibly reported by several articles."""

    id: str
    event_date: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    date_phrase: str | None = None
    place_text: str | None = Field(None, description="The place as written in the article.")
    place: str | None = Field(None, description="Normalised place name from the gazetteer.")
    district: str | None = None
    province: str | None = None
    lat: float | None = None
    lon: float | None = None
    perpetrator: str | None = None
    claimed: str | None = Field(None, description="'claimed', 'denied', 'blamed' or None when not said.")
    target: str | None = None
    attack_type: AttackType = "other"
    killed: Count | None = None
    wounded: Count | None = None
    sources: list[IncidentSource] = []
    conflicts: list[str] = Field(
        default_factory=list, description="What the sources disagree on: figures, date, place, perpetrator, claim."
    )
