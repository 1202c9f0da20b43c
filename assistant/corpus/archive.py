"""The corpus export file: a plain zip that `assistant import` reads back and any zip tool and JSON reader can open.

Format version 1 holds four members:

- `manifest.json`: one object: `format` ("incident-desk-corpus"), `version` (1), `exported_at` (UTC), `app_version`,
  `store_schema`, `incident_schema`, `embedder` (the model the corpus was indexed with), `chunk_tokens`,
  `chunk_overlap` and `extractor` (settings of the exporting installation) and the counts `articles`, `chunks`,
  `incidents`;
- `articles.jsonl`: one article a line: `doc_id`, `title`, `outlet`, `published` (YYYY-MM-DD), `url`, `source`,
  `ingested_at`, `text` (the cleaned text every offset points into) and `chunks`, the `[start, end]` character spans
  of its chunks in order;
- `incidents.jsonl`: one incident record a line, `{"doc_id": ..., "incident": {...}}`, the record as stored (the
  fields of `schemas.Incident`), never re-extracted;
- `README.txt`: this description, for whoever opens the zip.

No vectors: they belong to one embedder, and an import embeds again with its own. `read_archive` checks the whole file
(types, counts, ids, spans, evidence quotes, figures) before an import writes anything, and names the member and line
of any problem. It unpacks no more than `Limits` allow, reading line by line, so a small file that unpacks to
gigabytes (a zip bomb, or a header that lies about a member's size) is refused before it costs memory or time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.corpus.jsonl import json_line, read_lines
from assistant.corpus.read import doc_id_for
from assistant.errors import ArchiveError
from assistant.schemas import Article, Chunk, Incident
from assistant.settings import IngestSettings
from assistant.store import INCIDENT_SCHEMA

ARCHIVE_FORMAT: Final = "incident-desk-corpus"
# Bumped when a member or field changes so that older code would misread the file; older versions stay readable.
ARCHIVE_VERSION = 1
MANIFEST, ARTICLES, INCIDENTS, README = "manifest.json", "articles.jsonl", "incidents.jsonl", "README.txt"
UPGRADE = "upgrade Incident Desk (git pull, then make setup) and import the file again"
REEXPORT = "export the corpus again, or copy the whole file again: the archive must be imported as it was written"
MANIFEST_MAX_BYTES = 1_000_000  # a manifest is a few hundred bytes
# An article's line holds its text (at most one ingested file), JSON escapes (a quote or newline takes two bytes) and
# its chunk spans: three times the file limit, and room for the other fields.
LINE_FILE_FACTOR, LINE_EXTRA_BYTES = 3, 65_536

# The module docstring's description of the members, so the file and the code never describe two formats.
README_TEXT = (
    "Incident Desk corpus export; every member is UTF-8 text. A .jsonl member holds one JSON object a line; lines end\n"
    "at \\n only (U+2028, U+2029 and U+0085 are written escaped, \\u2028).\n\n"
    + (__doc__ or "").split("\n\n", 1)[1].split("\n\nNo vectors")[0]
    + "\n"
)


class Manifest(BaseModel):
    """What the export holds and what wrote it (manifest.json)."""

    format: Literal["incident-desk-corpus"] = ARCHIVE_FORMAT
    version: int = Field(ARCHIVE_VERSION, description="Export format version (ARCHIVE_VERSION of the writer).")
    exported_at: dt.datetime = Field(description="When the export was written (UTC).")
    app_version: str = Field(description="Incident Desk version that wrote it.")
    store_schema: int = Field(description="Store layout version of the corpus exported (store.STORE_SCHEMA).")
    incident_schema: int = Field(description="Incident record schema of the records (store.INCIDENT_SCHEMA).")
    embedder: str | None = Field(description="Embedder the corpus was indexed with; None for an empty corpus.")
    chunk_tokens: int = Field(description="Chunk size setting of the exporting installation.")
    chunk_overlap: int = Field(description="Chunk overlap setting of the exporting installation.")
    extractor: str = Field(description="Incident extractor setting of the exporting installation.")
    articles: int = Field(ge=0, description="Lines in articles.jsonl.")
    chunks: int = Field(ge=0, description="Chunk spans in articles.jsonl, all articles together.")
    incidents: int = Field(ge=0, description="Lines in incidents.jsonl.")


class ArticleRecord(BaseModel):
    """One line of articles.jsonl: an article with its text and the spans of its chunks."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    title: str
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str
    ingested_at: dt.datetime | None = Field(None, description="When it was first stored (UTC); not restored.")
    text: str
    chunks: list[tuple[int, int]] = Field(min_length=1, description="[start, end] of each chunk in text, in order.")

    @classmethod
    def of(cls, article: Article, chunks: list[Chunk], ingested_at: dt.datetime | None) -> ArticleRecord:
        """The record of a stored article and its chunks."""
        return cls(
            **article.model_dump(exclude={"text"}),
            text=article.text,
            ingested_at=ingested_at,
            chunks=[(c.start, c.end) for c in sorted(chunks, key=lambda c: c.index)],
        )

    def article(self) -> Article:
        """The article as the store keeps it."""
        return Article(**self.model_dump(exclude={"chunks", "ingested_at"}))

    def chunk_list(self) -> list[Chunk]:
        """The chunks, with the ids and offsets ingest gave them (corpus/chunk.py: text[start:end] is the chunk)."""
        return [
            Chunk(chunk_id=f"{self.doc_id}:{i}", doc_id=self.doc_id, index=i, text=self.text[s:e], start=s, end=e)
            for i, (s, e) in enumerate(self.chunks)
        ]


class IncidentRecord(BaseModel):
    """One line of incidents.jsonl: a stored incident record and the article it was read from."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    incident: Incident


@dataclass
class Archive:
    """A checked export: its manifest, its articles in file order, and the incident records of each article."""

    path: Path
    manifest: Manifest
    articles: list[ArticleRecord]
    incidents: dict[str, list[Incident]] = field(default_factory=dict)


def write_archive(
    path: Path,
    manifest: Manifest,
    articles: list[ArticleRecord],
    incidents: list[IncidentRecord],
    overwrite: bool = False,
    numbered: bool = False,
) -> Path:
    """Write the export file and return where; it appears under its name only once complete (a crash leaves no partial
    archive). An existing file is replaced only with `overwrite`; `numbered` (a backup) takes the first free name of
    `name.zip`, `name-2.zip`, `name-3.zip`... instead, so no backup ever replaces another. Else ArchiveError."""
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(README, README_TEXT)
            zf.writestr(MANIFEST, manifest.model_dump_json(indent=2) + "\n")
            zf.writestr(ARTICLES, "".join(json_line(a) for a in articles))
            zf.writestr(INCIDENTS, "".join(json_line(r) for r in incidents))
        if overwrite:
            os.replace(part, path)
            return path
        target, n = path, 1
        while True:
            try:
                _publish(part, target)
                return target
            except FileExistsError:
                if not numbered:
                    raise already_exists(path) from None
                n += 1
                target = path.with_name(f"{path.stem}-{n}{path.suffix}")
    except OSError as exc:
        raise ArchiveError(
            str(path), f"cannot be written ({exc.strerror or exc})", "choose a writable place with free space"
        ) from exc
    finally:
        with contextlib.suppress(OSError):  # gone after the replace, or never made where nothing can be written
            part.unlink(missing_ok=True)


def already_exists(path: Path) -> ArchiveError:
    """The refusal of an export onto an existing file."""
    return ArchiveError(str(path), "already exists", "choose another name, or add --force to replace it")


def _publish(part: Path, target: Path) -> None:
    """Give the complete file its name unless that name is taken (FileExistsError), in one step where links exist."""
    try:
        os.link(part, target)  # fails on an existing name, atomically: two backups never take the same one
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: claim the name, then move the file onto the claim
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        os.replace(part, target)


class Limits(BaseModel):
    """How much of an export file `read_archive` unpacks: a line and a member no larger than the settings allow."""

    model_config = ConfigDict(frozen=True)

    line_bytes: int = Field(description="One line of articles.jsonl or incidents.jsonl, unpacked.")
    member_bytes: int = Field(description="All of articles.jsonl, or all of incidents.jsonl, unpacked.")

    @classmethod
    def of(cls, ingest: IngestSettings) -> Limits:
        """The limits of these ingest settings (max_file_mb for a line, max_import_mb for a member)."""
        return cls(
            line_bytes=int(ingest.max_file_mb * 1_000_000) * LINE_FILE_FACTOR + LINE_EXTRA_BYTES,
            member_bytes=int(ingest.max_import_mb * 1_000_000),
        )


def read_archive(path: Path, limits: Limits | None = None) -> Archive:
    """Read and check a whole export file; ArchiveError names the file, the member, the line and the problem.

    `limits` (default: those of the default settings) bound what is unpacked.
    """
    name = str(path)
    limits = limits or Limits.of(IngestSettings())
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ArchiveError(name, "is not a zip file, or it was cut short (truncated)", REEXPORT) from None
    except OSError as exc:
        raise ArchiveError(name, f"cannot be read ({exc.strerror or exc})", "check the path") from None
    with zf:
        manifest = _manifest(name, _text(name, MANIFEST, _member(zf, name, MANIFEST, MANIFEST_MAX_BYTES)))
        articles = _lines(zf, name, ARTICLES, ArticleRecord, manifest.articles, "articles", limits)
        records = _lines(zf, name, INCIDENTS, IncidentRecord, manifest.incidents, "incident records", limits)
    archive = Archive(path=path, manifest=manifest, articles=[a for _, a in articles])
    _check_articles(name, manifest, articles)
    _check_incidents(name, manifest, archive, records)
    return archive


def _info(zf: zipfile.ZipFile, name: str, member: str) -> zipfile.ZipInfo:
    try:
        return zf.getinfo(member)
    except KeyError:
        what = "it is not an Incident Desk corpus export" if member == MANIFEST else "the archive is incomplete"
        raise ArchiveError(name, f"has no {member}: {what}", REEXPORT) from None


def _damaged(name: str, member: str, exc: Exception) -> ArchiveError:
    return ArchiveError(name, f"{member} is damaged ({exc})", REEXPORT)


def _too_big(name: str, member: str, size: int, why: str, setting: str, needed: float) -> ArchiveError:
    return ArchiveError(
        name,
        f"{member} unpacks to {_mb(size)}, more than {why}: refused before unpacking it (a file that unpacks to far "
        "more than it holds may be a zip bomb)",
        f"if the file is a genuine export, set {setting} to at least {needed:.3g} and import again; otherwise do not "
        "use the file",
    )


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.3g} MB"


def _member(zf: zipfile.ZipFile, name: str, member: str, limit: int) -> bytes:
    """A small member whole; refused when its header says it unpacks to more than `limit`, and never read past it."""
    info = _info(zf, name, member)
    if info.file_size > limit:
        raise ArchiveError(
            name, f"{member} unpacks to {_mb(info.file_size)}, more than the {_mb(limit)} it ever holds", REEXPORT
        )
    try:
        with zf.open(info) as f:
            data = f.read(limit + 1)  # the header's size is the zip's word: never read more than the limit
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:  # a bad CRC, a member cut short
        raise _damaged(name, member, exc) from None
    if len(data) > limit:
        raise _damaged(name, member, ValueError(f"it unpacks to more than the {info.file_size} bytes it declares"))
    return data


def _text(name: str, member: str, data: bytes, line: int | None = None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at, of = (f" line {line}", " of the line") if line is not None else ("", "")
        raise ArchiveError(name, f"{member}{at} is not UTF-8 text (byte {exc.start}{of})", REEXPORT) from None


def _problem(exc: ValidationError) -> str:
    """A pydantic error as one line: 'field.sub: message', at most three of them."""
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(x) for x in err["loc"])
        parts.append(f"{where}: {err['msg']}" if where else err["msg"])
    more = len(exc.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _manifest(name: str, text: str) -> Manifest:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArchiveError(name, f"{MANIFEST} is not valid JSON ({exc})", REEXPORT) from None
    if not isinstance(raw, dict):
        raise ArchiveError(name, f"{MANIFEST} is not a JSON object", REEXPORT)
    if raw.get("format") != ARCHIVE_FORMAT:
        raise ArchiveError(
            name, f"is not an Incident Desk corpus export ({MANIFEST} format is {raw.get('format')!r})", REEXPORT
        )
    # The version is read before anything else is trusted: a newer file may hold fields this code does not know.
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > ARCHIVE_VERSION:
        raise ArchiveError(
            name,
            f"was written by a newer Incident Desk (export format {version}; this version reads {ARCHIVE_VERSION})",
            UPGRADE,
        )
    schema = raw.get("incident_schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > INCIDENT_SCHEMA:
        raise ArchiveError(
            name,
            f"holds incident records of a newer Incident Desk (record schema {schema}; this version reads "
            f"{INCIDENT_SCHEMA})",
            UPGRADE,
        )
    try:
        return Manifest.model_validate_json(text, strict=True)
    except ValidationError as exc:
        raise ArchiveError(name, f"{MANIFEST}: {_problem(exc)}", REEXPORT) from None


Record = TypeVar("Record", ArticleRecord, IncidentRecord)


def _lines(
    zf: zipfile.ZipFile, name: str, member: str, model: type[Record], count: int, what: str, limits: Limits
) -> list[tuple[int, Record]]:
    """(line number, record) of each non-blank line, validated strictly (a '5' is no 5), read one line at a time.

    Refused before unpacking when the header says the member is larger than `count` lines or the member limit allow;
    while reading, at the first line too long or one line more than the manifest's `count`.
    """
    info = _info(zf, name, member)
    size = info.file_size
    if size > limits.member_bytes:
        why = f"the {_mb(limits.member_bytes)} an import reads (DESK_INGEST__MAX_IMPORT_MB)"
        raise _too_big(name, member, size, why, "DESK_INGEST__MAX_IMPORT_MB", size / 1_000_000)
    if size > count * (limits.line_bytes + 1):
        why = f"{count} {what} of at most {_mb(limits.line_bytes)} (DESK_INGEST__MAX_FILE_MB x {LINE_FILE_FACTOR}) each"
        needed = size / max(count, 1) / LINE_FILE_FACTOR / 1_000_000
        raise _too_big(name, member, size, why, "DESK_INGEST__MAX_FILE_MB", needed)
    out: list[tuple[int, Record]] = []
    read = 0
    try:
        with zf.open(info) as f:
            for number, raw in read_lines(f, limits.line_bytes):
                read += len(raw) + 1
                if read > info.file_size + 1:  # the zip's header is its word only: never read more than it said
                    raise _damaged(
                        name, member, ValueError(f"it unpacks to more than the {info.file_size} bytes it declares")
                    )
                if len(raw) > limits.line_bytes:
                    raise ArchiveError(
                        name,
                        f"{member} line {number} is longer than {_mb(limits.line_bytes)}, the most one line may hold "
                        f"(DESK_INGEST__MAX_FILE_MB x {LINE_FILE_FACTOR})",
                        "if the file is a genuine export of larger files, set DESK_INGEST__MAX_FILE_MB as large as "
                        "where it was exported and import again; otherwise do not use the file",
                    )
                line = _text(name, member, raw, number)
                if not line.strip():
                    continue
                if len(out) == count:
                    raise ArchiveError(name, f"{member} holds more {what} than the {count} {MANIFEST} says", REEXPORT)
                try:
                    out.append((number, model.model_validate_json(line, strict=True)))
                except ValidationError as exc:
                    raise ArchiveError(name, f"{member} line {number}: {_problem(exc)}", REEXPORT) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:  # a bad CRC, a member cut short
        raise _damaged(name, member, exc) from None
    return out


def _count(name: str, member: str, what: str, found: int, said: int) -> None:
    if found != said:
        raise ArchiveError(
            name, f"{member} holds {found} {what} but {MANIFEST} says {said}: the archive is incomplete", REEXPORT
        )


def _check_articles(name: str, manifest: Manifest, articles: list[tuple[int, ArticleRecord]]) -> None:
    """Counts, unique ids, ids that are their text's hash, chunk spans inside the text."""
    _count(name, ARTICLES, "articles", len(articles), manifest.articles)
    _count(name, ARTICLES, "chunks", sum(len(a.chunks) for _, a in articles), manifest.chunks)
    seen: set[str] = set()
    for number, a in articles:
        problem = None
        if a.doc_id in seen:
            problem = f"article {a.doc_id} appears twice"
        # The id is the hash of the text; chunks and incident records point into that text by offset.
        elif doc_id_for(a.text) != a.doc_id:
            problem = f"the text of article {a.doc_id} does not match its id (edited or damaged after the export)"
        for i, (start, end) in enumerate(a.chunks):
            if problem is None and not 0 <= start < end <= len(a.text):
                problem = f"chunk {i} [{start}, {end}] lies outside the article's {len(a.text)} characters"
        if problem is not None:
            raise ArchiveError(name, f"{ARTICLES} line {number}: {problem}", REEXPORT)
        seen.add(a.doc_id)


def _check_incidents(
    name: str, manifest: Manifest, archive: Archive, records: list[tuple[int, IncidentRecord]]
) -> None:
    """Counts, and every record belongs to an article of the file, once, with evidence quoted from the file's
    articles and figures that are ranges."""
    _count(name, INCIDENTS, "incident records", len(records), manifest.incidents)
    texts = {a.doc_id: a.text for a in archive.articles}
    for number, r in records:
        if r.doc_id not in texts:
            raise ArchiveError(
                name, f"{INCIDENTS} line {number}: record of article {r.doc_id}, which {ARTICLES} lacks", REEXPORT
            )
        held = archive.incidents.setdefault(r.doc_id, [])
        problem = _record_problem(r.incident, texts)
        if problem is None and any(i.id == r.incident.id for i in held):
            problem = f"record {r.incident.id} of {r.doc_id} appears twice"
        if problem is not None:
            raise ArchiveError(name, f"{INCIDENTS} line {number}: {problem}", REEXPORT)
        held.append(r.incident)


def _record_problem(incident: Incident, texts: dict[str, str]) -> str | None:
    """What is wrong with a record's evidence or figures, else None.

    Evidence is what the store and the citations take it for: the quote is the text of its article at [start, end]
    (a record whose quote is elsewhere, or nowhere, would be shown with no evidence). A figure is a range, low to high.
    """
    for s in incident.sources:
        text = texts.get(s.doc_id)
        if text is None:
            return f"evidence of record {incident.id} quotes article {s.doc_id}, which {ARTICLES} lacks"
        if not 0 <= s.start <= s.end <= len(text):
            return f"evidence [{s.start}, {s.end}] of record {incident.id} lies outside article {s.doc_id}"
        if text[s.start : s.end] != s.quote:
            return (
                f"the quote of record {incident.id} is not the text of article {s.doc_id} at [{s.start}, {s.end}] "
                "(edited after the export)"
            )
    figures = [("killed", incident.killed), ("wounded", incident.wounded)]
    figures += [(name, getattr(s, name)) for s in incident.sources for name in ("killed", "wounded")]
    for label, count in figures:
        if count is None:
            continue
        low, high = count.low, count.high
        if (low is not None and low < 0) or (high is not None and (high < 0 or (low is not None and low > high))):
            return f"record {incident.id} gives {label} as {low} to {high}, which is no range of people"
    return None
