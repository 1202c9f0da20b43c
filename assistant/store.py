"""Chroma adapter: an articles collection and a chunks collection, written so a crash leaves no half article."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.errors import ConfigError, StoreError
from assistant.incidents.labels import describe
from assistant.language import gazetteer
from assistant.language.vocab import actors_in_group
from assistant.schemas import (
    IN_TOWN_KM,
    Article,
    Chunk,
    Filters,
    Incident,
    IncidentFilters,
    date_to_int,
    int_to_date,
    month_end,
)
from assistant.settings import Settings

log = logging.getLogger(__name__)

KM_PER_DEGREE = 111.0
_BATCH = 1000  # Chroma rejects very large single adds
READ_PAGE = 10_000  # records per read of a whole collection (read_all)
# Chunks without an article record are an interrupted write only once they are this old: a younger
# one may belong to an ingest still running in another process.
ORPHAN_AGE_S = 3600.0
# Bumped when incident records or their metadata change shape; older corpora are re-extracted by `assistant reindex`.
INCIDENT_SCHEMA = 2
# Bumped when the collections' layout changes (names, what a record's metadata holds) in a way older code cannot read.
# Kept in the articles collection's metadata, beside the embedder name the chunks collection keeps: a Chroma server has
# no data dir, so the store itself says what it is. A store without it was made before versions were recorded: 1.
STORE_SCHEMA = 1
# Key of the articles collection's metadata renewed by every write or delete of an article (Store.version).
CHANGED = "changed"


@dataclass
class Put:
    """One article to store with its chunks and incident records, each with its vector."""

    article: Article
    chunks: list[Chunk]
    chunk_vectors: list[list[float]]
    doc_vector: list[float]
    incidents: list[Incident]
    incident_vectors: list[list[float]]


def _meta_date(article: Article) -> dict[str, int]:
    # Unknown dates are left out: a date-range filter then excludes the article instead of guessing.
    return {"published": date_to_int(article.published)} if article.published else {}


def _clean_meta(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if v is not None}


def where_for(filters: Filters) -> dict[str, Any] | None:
    """Chroma where-clause for the filters (dates as int YYYYMMDD)."""
    clauses: list[dict[str, Any]] = []
    if filters.published_from:
        clauses.append({"published": {"$gte": date_to_int(filters.published_from)}})
    if filters.published_to:
        clauses.append({"published": {"$lte": date_to_int(filters.published_to)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def date_mask(filters: Filters, published: np.ndarray) -> np.ndarray:
    """The same test as where_for, in numpy over chunks' dates as YYYYMMDD (-1: unknown, which no bound admits):
    for BM25 hits, which Chroma did not filter, and to tell the store which chunks a filter selects."""
    keep = np.ones(len(published), dtype=bool)
    if filters.published_from:
        keep &= (published >= 0) & (published >= date_to_int(filters.published_from))
    if filters.published_to:
        keep &= (published >= 0) & (published <= date_to_int(filters.published_to))
    return keep


def where_incidents(f: IncidentFilters) -> dict[str, Any] | None:
    """Chroma where-clause for the filters; the radius becomes a bounding box refined in Python."""
    clauses: list[dict[str, Any]] = []
    if f.date_from:
        clauses.append({"event_date": {"$gte": date_to_int(f.date_from)}})
    if f.date_to:  # the whole known period must fit: "2022" is not known to be in January 2022
        clauses.append({"event_date_end": {"$lte": date_to_int(f.date_to)}})
    if f.province:
        clauses.append({"province": f.province})
    if f.attack_type:
        clauses.append({"attack_type": f.attack_type})
    if f.perpetrator:  # 'Iraqi forces' takes in the army's records (vocab.ACTOR_WITHIN)
        labels = actors_in_group(f.perpetrator)
        clauses.append({"perpetrator": labels[0] if len(labels) == 1 else {"$in": labels}})
    if f.dated_only:
        clauses.append({"precision": {"$in": ["day", "month", "year"]}})
    if f.lat is not None and f.lon is not None and f.radius_km:
        dlat = f.radius_km / KM_PER_DEGREE
        dlon = dlat * 1.5  # 1 degree of longitude is ~75-95 km at Iraq's latitudes: a box that is never too small
        clauses += [
            {"lat": {"$gte": f.lat - dlat}},
            {"lat": {"$lte": f.lat + dlat}},
            {"lon": {"$gte": f.lon - dlon}},
            {"lon": {"$lte": f.lon + dlon}},
        ]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


SUBURB_KM = 10.0  # a town this close to the one asked about is part of it ('Sadr City' of Baghdad)


@functools.lru_cache(maxsize=4096)
def _town_at(name: str) -> tuple[str, float, float] | None:
    """(name, lat, lon) of the town or city the gazetteer knows by this name, else None."""
    place = gazetteer.lookup(name)
    return (place.name, place.lat, place.lon) if place is not None and place.kind == "city" else None


def within(inc: Incident, f: IncidentFilters) -> bool:
    """Exact radius test (the store only applied a box). Asked about a town itself ('attacks in Khanaqin'), a record
    placed at another town farther than SUBURB_KM is that town's ('Jalawla', 20 km away), though within the radius
    that takes in the asked town's outskirts and villages; asked about its surroundings ('near Khanaqin'), it counts."""
    if f.lat is None or f.lon is None or not f.radius_km:
        return True
    if inc.lat is None or inc.lon is None:
        return False
    away = gazetteer.distance_km(f.lat, f.lon, inc.lat, inc.lon)
    if away > f.radius_km:
        return False
    if away > SUBURB_KM and f.radius_km <= IN_TOWN_KM and inc.place and f.place:  # not 'in Amedi district'
        town = _town_at(inc.place)  # cached: a listing meets the same few place names over and over
        return not (town is not None and town[0] != f.place and town[1:] == (inc.lat, inc.lon))
    if (
        f.radius_km <= gazetteer.SITE_NEAR_KM
        and inc.place
        and f.place
        and inc.place != f.place
        and gazetteer.quarter_km_of(f.place)
    ):
        # asked about a quarter or landmark ('Tahrir Square'), a record placed only at the city around it ('Baghdad',
        # whose centre lies a few km away) is not known to be there
        town = _town_at(inc.place)
        return not (town is not None and town[1:] == (inc.lat, inc.lon))
    return True


def read_all(collection: Any, include: list[str], where: dict[str, Any] | None = None) -> dict[str, list[Any]]:
    """Every record of a collection (or those matching `where`) in the store's order, read READ_PAGE at a time:
    Chroma's SQLite refuses one read of more than ~32k records ('too many SQL variables')."""
    out: dict[str, list[Any]] = {"ids": [], **{k: [] for k in include}}
    offset = 0
    while True:
        got = collection.get(where=where, include=include, limit=READ_PAGE, offset=offset)
        out["ids"] += got["ids"]
        for k in include:
            out[k] += got[k] or []
        if len(got["ids"]) < READ_PAGE:
            return out
        offset += READ_PAGE


def store_failed(what: str, exc: Exception) -> StoreError:
    """A failure of the store itself (disk full, database locked, server gone) as a StoreError that stops the run."""
    if isinstance(exc, StoreError):
        return exc
    return StoreError(
        f"The store failed while {what} ({type(exc).__name__}: {exc})",
        "the ingest stopped here: files already reported as added are stored; check the disk and the data dir "
        "(or the Chroma server) and run the ingest again",
    )


def corpus_exists(settings: Settings) -> bool:
    """Whether there is a corpus to read: a local one is a Chroma folder in the data dir (a server's always is)."""
    return settings.store.mode != "local" or (settings.data_dir / "chroma").is_dir()


class Store:
    """Articles and chunks in Chroma; embeddings are always computed by us and passed in."""

    def __init__(self, settings: Settings) -> None:
        import chromadb  # a second or more to import: only when a corpus is opened
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        mode = settings.store.mode
        prefix = settings.store.prefix
        self.location = {
            "http": f"http://{settings.store.host}:{settings.store.port}",
            "memory": f"memory ({prefix})",
        }.get(mode, str(settings.data_dir))
        config = {"hnsw": {"space": "cosine"}}
        # chromadb's own result types are unions of every field it can return; this adapter reads them as the
        # shapes it asked for (ids, documents, metadatas), so its handles are typed loosely here and nowhere else.
        self.client: Any
        self.articles: Any
        self.chunks: Any
        self.incidents: Any
        self._complete: tuple[str | None, frozenset[str]] | None = None  # see _complete_ids
        self._incident_records: IncidentRecords | None = None  # see query_incidents
        self._read_lock = threading.Lock()  # one read of every record at a time; the others wait for it
        try:
            if mode == "http":
                self.client = chromadb.HttpClient(
                    host=settings.store.host, port=settings.store.port, settings=chroma_settings
                )
            elif mode == "memory":  # one in-process database shared by every client: the prefix keeps corpora apart
                self.client = chromadb.EphemeralClient(settings=chroma_settings)
            else:
                settings.data_dir.mkdir(parents=True, exist_ok=True)
                self.client = chromadb.PersistentClient(
                    path=str(settings.data_dir / "chroma"), settings=chroma_settings
                )
            self.articles = self.client.get_or_create_collection(
                f"{prefix}_articles", configuration=config, embedding_function=None
            )
            self.chunks = self.client.get_or_create_collection(
                f"{prefix}_chunks", configuration=config, embedding_function=None
            )
            self.incidents = self.client.get_or_create_collection(
                f"{prefix}_incidents", configuration=config, embedding_function=None
            )
            self.check_schema()  # before any clean-up: a newer store is left exactly as it is
            self.remove_orphans()
        except StoreError:
            raise
        except Exception as exc:  # chromadb raises many unrelated types for an unreachable or unusable store
            raise StoreError(
                f"cannot open the Chroma store at {self.location}: {exc}",
                "check the data dir is writable, or that the Chroma server is running",
            ) from exc

    def check_schema(self) -> None:
        """Refuse a store written by a newer version (StoreError); write the version into one that has none."""
        found = (self.articles.metadata or {}).get("store_schema")
        if found is None:
            self.articles.modify(metadata={**(self.articles.metadata or {}), "store_schema": STORE_SCHEMA})
            return
        if not isinstance(found, int) or found > STORE_SCHEMA:
            raise StoreError(
                f"the corpus at {self.location} has store schema {found!r}, written by a newer Incident Desk; "
                f"this version reads schema {STORE_SCHEMA} and older, and has changed nothing in it",
                "upgrade Incident Desk (git pull, then make setup) to open it; or export it with the version that "
                "wrote it ('assistant export FILE') and import that file here with 'assistant import FILE'",
            )

    def embedder_name(self) -> str | None:
        """The embedder this corpus was indexed with (None before anything was stored)."""
        name = (self.chunks.metadata or {}).get("embedder")
        return str(name) if name is not None else None

    def incident_schema(self) -> int | None:
        """The incident-record schema the stored records follow (None when none was recorded)."""
        found = (self.incidents.metadata or {}).get("schema")
        return found if isinstance(found, int) else None

    # ------------------------------------------------------------------ writes

    def has(self, doc_id: str) -> bool:
        """True when a complete article with this id is stored."""
        return bool(self.articles.get(ids=[doc_id], include=[])["ids"])

    def doc_ids_for_source(self, source: str) -> list[str]:
        """Ids of stored articles that came from this file or record."""
        return self.articles.get(where={"source": source}, include=[])["ids"]

    def check_embedder(self, name: str) -> None:
        """Refuse to mix vectors of two embedders in one corpus (their spaces are unrelated)."""
        current = (self.chunks.metadata or {}).get("embedder")
        if current is None:
            if self.chunks.count() == 0:
                self.chunks.modify(metadata={**(self.chunks.metadata or {}), "embedder": name})
            return
        if current != name:
            raise ConfigError(
                f"this corpus ({self.location}) was indexed with the {current} embedder, not {name}",
                "use the same embedder settings, or ingest into another --data-dir",
            )

    def put(
        self,
        article: Article,
        chunks: list[Chunk],
        chunk_vectors: list[list[float]],
        doc_vector: list[float],
        incidents: list[Incident] | None = None,
        incident_vectors: list[list[float]] | None = None,
        replace: bool = True,
    ) -> list[str]:
        """Store an article with its chunks and incidents; older versions from the same source are removed after.

        Returns the ids of the versions replaced. `replace=False` (an import) keeps other articles of the same source:
        a file of that name in another corpus is not an edit of this one's.
        """
        item = Put(article, chunks, chunk_vectors, doc_vector, incidents or [], incident_vectors or [])
        return self.put_many([item], replace)[0]

    def put_many(self, items: list[Put], replace: bool = True) -> list[list[str]]:
        """Store several new articles at once (one write per collection, the speed of a bulk ingest); per article,
        the ids of the versions it replaced. Their sources must differ: a second version of one source in the same
        call would remove the first.

        Crash-safe as `put`: every incident and chunk is written before the article records that mark them complete.
        """
        if not items:
            return []
        try:
            self._put(items)
        except Exception as exc:
            # Before the article records, nothing of these (new) ids counts yet: what was written goes now, not later
            # as orphans; the store's own failure stops the ingest, since every later file would fail the same way.
            ids = [it.article.doc_id for it in items]
            where = {"doc_id": ids[0]} if len(ids) == 1 else {"doc_id": {"$in": ids}}
            try:
                self.chunks.delete(where=where)
                self.incidents.delete(where=where)
            except Exception:  # the store is failing: remove_orphans takes the rest when it is next opened
                log.exception("could not remove the partial write of %s", items[0].article.source)
            what = items[0].article.source + (f" and {len(items) - 1} more" if len(items) > 1 else "")
            raise store_failed(f"writing {what}", exc) from exc
        try:
            # After the try above: once the article records are written, a failure must not remove their chunks.
            self.touch()
        except Exception as exc:  # stored whole; other processes see the change at the next write's stamp
            raise store_failed(f"recording the change of {items[0].article.source}", exc) from exc
        if not replace:
            return [[] for _ in items]
        try:
            return self.remove_other_versions_of([it.article for it in items])
        except Exception as exc:  # the new versions are complete and kept; the next ingest of them finishes the replace
            raise store_failed(f"removing older versions of {items[0].article.source}", exc) from exc

    def _put(self, items: list[Put]) -> None:
        """Incidents, chunks, then the article records that mark them complete."""
        written = time.time()
        if (self.incidents.metadata or {}).get("schema") != INCIDENT_SCHEMA and self.incidents.count() == 0:
            self.mark_incidents_current()
        incidents = [
            (it.article.doc_id, inc, vec) for it in items for inc, vec in zip(it.incidents, it.incident_vectors)
        ]
        for i in range(0, len(incidents), _BATCH):
            part = incidents[i : i + _BATCH]
            self.incidents.upsert(
                ids=[f"{doc_id}:{inc.id}" for doc_id, inc, _ in part],
                embeddings=[vec for *_, vec in part],
                documents=[describe(inc) for _, inc, _ in part],
                metadatas=[{**incident_meta(inc), "doc_id": doc_id, "written_at": written} for doc_id, inc, _ in part],
            )
        rows = [(c, vec, _meta_date(it.article)) for it in items for c, vec in zip(it.chunks, it.chunk_vectors)]
        for i in range(0, len(rows), _BATCH):
            rows_part = rows[i : i + _BATCH]
            self.chunks.upsert(
                ids=[c.chunk_id for c, _, _ in rows_part],
                embeddings=[vec for _, vec, _ in rows_part],
                documents=[c.text for c, _, _ in rows_part],
                metadatas=[
                    {
                        "doc_id": c.doc_id,
                        "index": c.index,
                        "start": c.start,
                        "end": c.end,
                        "written_at": written,
                        **meta,
                    }
                    for c, _, meta in rows_part
                ],
            )
        # The article records are written last: each marks its article complete. Chunks without one
        # are orphans of an interrupted write and are removed when the store is next opened.
        for i in range(0, len(items), _BATCH):
            part_items = items[i : i + _BATCH]
            self.articles.upsert(
                ids=[it.article.doc_id for it in part_items],
                embeddings=[it.doc_vector for it in part_items],
                documents=[it.article.text for it in part_items],
                metadatas=[
                    _clean_meta(
                        {
                            "title": it.article.title,
                            "outlet": it.article.outlet,
                            "url": it.article.url,
                            "source": it.article.source,
                            "n_chunks": len(it.chunks),
                            "ingested_at": written,
                            **_meta_date(it.article),
                        }
                    )
                    for it in part_items
                ],
            )

    def touch(self) -> None:
        """Record that the articles or their incidents changed (a new stamp in the articles collection's metadata), so
        what every process built from them is built again on its next use (see version)."""
        fresh = self.client.get_collection(self.articles.name, embedding_function=None).metadata or {}
        self.articles.modify(metadata={**fresh, CHANGED: uuid.uuid4().hex})

    def version(self) -> str | None:
        """Which state of the corpus this is, in one small read, for what is built from it and kept (the retriever's
        index, the incident records read for listings): the stamp that every write or delete of an article or its
        incidents renews (touch), also in another process. Not the collections' counts: Chroma counts a collection
        record by record (~20 ms at 100k), and the stamp covers every writer of this version. (A writer of a version
        before the stamp, still running beside this one, is not seen until this process restarts.)"""
        return (self.client.get_collection(self.articles.name, embedding_function=None).metadata or {}).get(CHANGED)

    def incidents_current(self) -> bool:
        """True when the stored incident records were written by this version's extractor schema."""
        if (self.incidents.metadata or {}).get("schema") == INCIDENT_SCHEMA:
            return True
        return self.incidents.count() == 0  # counted only when needed: Chroma counts record by record

    def replace_incidents(self, doc_id: str, incidents: list[Incident], vectors: list[list[float]]) -> None:
        """Swap an article's incident records (re-extraction); the article and its chunks stay as they are."""
        self.incidents.delete(where={"doc_id": doc_id})
        self._write_incidents(doc_id, incidents, vectors, time.time())
        self.touch()

    def _write_incidents(
        self, doc_id: str, incidents: list[Incident], vectors: list[list[float]], written: float
    ) -> None:
        if incidents:
            self.incidents.upsert(
                ids=[f"{doc_id}:{i.id}" for i in incidents],
                embeddings=vectors,
                documents=[describe(i) for i in incidents],
                metadatas=[{**incident_meta(i), "doc_id": doc_id, "written_at": written} for i in incidents],
            )

    def mark_incidents_current(self, schema: int = INCIDENT_SCHEMA) -> None:
        """Record that every incident now follows INCIDENT_SCHEMA (an older `schema`: records `reindex` must redo)."""
        self.incidents.modify(metadata={**(self.incidents.metadata or {}), "schema": schema})

    def remove_other_versions(self, article: Article) -> list[str]:
        """Delete stored articles from the same source with other content (an edited file). Returns their ids."""
        return self.remove_other_versions_of([article])[0]

    def remove_other_versions_of(self, articles: list[Article]) -> list[list[str]]:
        """remove_other_versions of each article (sources distinct), with one read for all of them."""
        sources = sorted({a.source for a in articles})
        found: dict[str, list[str]] = {}
        for i in range(0, len(sources), _BATCH):
            part = sources[i : i + _BATCH]
            where = {"source": part[0]} if len(part) == 1 else {"source": {"$in": part}}
            got = self.articles.get(where=where, include=["metadatas"])
            for doc_id, meta in zip(got["ids"], got["metadatas"] or []):
                found.setdefault(str((meta or {}).get("source")), []).append(doc_id)
        out = []
        for article in articles:
            old = [d for d in found.get(article.source, []) if d != article.doc_id]
            for doc_id in old:
                self.delete(doc_id)
            out.append(old)
        return out

    def delete(self, doc_id: str) -> None:
        """Remove an article and its chunks (article record first, so a crash leaves only orphans)."""
        self.articles.delete(ids=[doc_id])
        self.chunks.delete(where={"doc_id": doc_id})
        self.incidents.delete(where={"doc_id": doc_id})
        self.touch()

    def remove_orphans(self, min_age_s: float = ORPHAN_AGE_S) -> int:
        """Delete chunks whose article record is missing (an interrupted put). Returns how many."""
        doc_ids = set(read_all(self.articles, [])["ids"])
        chunk_meta = read_all(self.chunks, ["metadatas"])
        cutoff = time.time() - min_age_s
        orphans = [
            cid
            for cid, m in zip(chunk_meta["ids"], chunk_meta["metadatas"] or [])
            if m.get("doc_id") not in doc_ids and m.get("written_at", 0.0) <= cutoff
        ]
        for i in range(0, len(orphans), _BATCH):
            self.chunks.delete(ids=orphans[i : i + _BATCH])
        inc_meta = read_all(self.incidents, ["metadatas"])
        stale = [
            iid
            for iid, m in zip(inc_meta["ids"], inc_meta["metadatas"] or [])
            if m.get("doc_id") not in doc_ids and m.get("written_at", 0.0) <= cutoff
        ]
        for i in range(0, len(stale), _BATCH):
            self.incidents.delete(ids=stale[i : i + _BATCH])
        if orphans or stale:
            self.touch()
        return len(orphans) + len(stale)

    # ------------------------------------------------------------------ reads

    def counts(self) -> tuple[int, int]:
        """(articles, their chunks): chunks an interrupted write left without an article are not counted (they never
        reach a question, and the next writer removes them)."""
        metas = read_all(self.articles, ["metadatas"])["metadatas"]
        return len(metas), sum(int(m.get("n_chunks", 0) or 0) for m in metas)

    def article_count(self) -> int:
        """Stored articles (cheap: the status line asks every few seconds)."""
        return self.articles.count()

    def article_meta(self) -> dict[str, dict[str, Any]]:
        """Metadata of every stored article by id (no texts)."""
        got = read_all(self.articles, ["metadatas"])
        return dict(zip(got["ids"], got["metadatas"]))

    def incidents_by_doc(self, doc_id: str | None = None) -> dict[str, list[Incident]]:
        """Every stored incident record (or one article's) by the id of the article it was read from, in record-id
        order."""
        got = read_all(self.incidents, ["metadatas"], {"doc_id": doc_id} if doc_id is not None else None)
        out: dict[str, list[Incident]] = {}
        for _, m in sorted(zip(got["ids"], got["metadatas"] or []), key=lambda pair: pair[0]):
            if m.get("doc_id") is not None:
                out.setdefault(m["doc_id"], []).append(Incident.model_validate_json(m["json"]))
        return out

    def incident_counts(self) -> dict[str, int]:
        """Number of incident records per article id (one pass over the incidents' metadata)."""
        got = read_all(self.incidents, ["metadatas"])
        counts: dict[str, int] = {}
        for m in got["metadatas"] or []:
            doc_id = m.get("doc_id")
            if doc_id is not None:
                counts[doc_id] = counts.get(doc_id, 0) + 1
        return counts

    def article(self, doc_id: str) -> Article | None:
        """The stored article, or None."""
        got = self.articles.get(ids=[doc_id], include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        return _article(got["ids"][0], got["documents"][0], got["metadatas"][0])

    def list_articles(self) -> list[Article]:
        """All stored articles, newest publication first (unknown dates last)."""
        return [article for article, _ in self.articles_with_meta()]

    def articles_with_meta(self, doc_ids: list[str] | None = None) -> list[tuple[Article, dict[str, Any]]]:
        """Stored articles (all, or those of these ids that are stored) with their metadata, read at once, newest
        publication first (unknown dates last)."""
        got = (
            read_all(self.articles, ["documents", "metadatas"])
            if doc_ids is None
            else self.articles.get(ids=doc_ids, include=["documents", "metadatas"])
        )
        arts = [(_article(i, d, m), m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
        return sorted(
            arts,
            key=lambda am: (
                am[0].published is None,
                -(date_to_int(am[0].published) if am[0].published else 0),
                am[0].title,
            ),
        )

    def all_chunks(self) -> list[tuple[Chunk, dict[str, Any]]]:
        """Every chunk with its metadata (for the BM25 index)."""
        got = read_all(self.chunks, ["documents", "metadatas"])
        out = []
        for cid, text, m in zip(got["ids"], got["documents"], got["metadatas"]):
            out.append((_chunk(cid, text, m), m))
        return out

    def dense(
        self, vector: list[float], n: int, filters: Filters, ids: list[str] | None = None
    ) -> list[tuple[Chunk, dict[str, Any], float]]:
        """Top-n chunks by cosine similarity, filtered in the store; or, given `ids`, among those chunks only.

        A caller that knows which chunks the filters select passes their ids instead: the same search over the same
        chunks, without Chroma's metadata filter, which takes ~100 ms at 10k chunks where an id list takes ~5 ms."""
        if ids == []:
            return []
        include = ["documents", "metadatas", "distances"]
        try:
            # fewer than n chunks (none) give fewer results: not counted first (~20 ms at 100k)
            res = self.chunks.query(
                query_embeddings=[vector],
                n_results=n,
                ids=ids,
                where=where_for(filters) if ids is None else None,
                include=include,
            )
        except Exception:
            if ids is None:
                raise
            # Chroma refuses a search among ids of which one is gone ('Error finding id'): a chunk deleted since the
            # caller read its ids (an upload replacing an article, another process). The store's own filter then.
            log.debug("dense search by ids failed; searching with the store's filter", exc_info=True)
            res = self.chunks.query(query_embeddings=[vector], n_results=n, where=where_for(filters), include=include)
        out = []
        for cid, text, m, dist in zip(res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0]):
            # This process's vector index does not see another process's deletes: a chunk removed there still comes
            # back here, without its text and metadata. It is gone, so it is no hit.
            if m is not None and text is not None:
                out.append((_chunk(cid, text, m), m, 1.0 - float(dist)))
        return out

    def nearest(self, vector: list[float], n: int, ids: list[str] | None = None) -> list[tuple[str, float]] | None:
        """(chunk id, cosine similarity) of the n nearest chunks, or of the nearest among `ids`; None when Chroma
        refuses `ids` (one deleted since the caller read them). Distances only: a caller that holds the chunks' text
        and metadata need not read them again (200 nearest with their text take ~10 ms at 100k chunks, without ~1 ms).
        """
        if ids == []:
            return []
        try:
            res = self.chunks.query(query_embeddings=[vector], n_results=n, ids=ids, include=["distances"])
        except Exception:
            if ids is None:
                raise
            log.debug("nearest search by ids failed", exc_info=True)
            return None
        return [(cid, 1.0 - float(dist)) for cid, dist in zip(res["ids"][0], res["distances"][0])]

    def query_incidents(self, where: dict[str, Any] | None) -> list[Incident]:
        """Every stored incident matching a Chroma where-clause (all of them, not a top-k), in the store's order.

        The clause runs on every record's metadata read once per version() and kept here (Chroma's own metadata
        filter takes ~70 ms at 10k records, ~1 s at 100k); a clause IncidentRecords cannot run goes to Chroma.

        The records come parsed, also once per version(), and shared by every call: a caller never changes one
        (merge_duplicates copies a record before merging another into it)."""
        selected = self.incident_selection(where)
        if selected is None:
            complete = self._complete_ids(self.version())
            metas = read_all(self.incidents, ["metadatas"], where)["metadatas"]
            return [Incident.model_validate_json(m["json"]) for m in metas if m.get("doc_id") in complete]
        records, positions, _ = selected
        return [records.incidents[i] for i in positions]

    def incident_selection(self, where: dict[str, Any] | None) -> tuple[IncidentRecords, np.ndarray, np.ndarray] | None:
        """The stored incidents matching a where-clause: this version's records (which also keep what callers work
        out once per version: `derived`), the positions selected, and which records are stored (of a stored article).
        None when the clause must go to Chroma."""
        version = self.version()  # before the records: a write landing in between makes the next call read again
        records = self._records(version)
        mask = records.mask(where)
        if mask is None:
            return None
        stored = records.stored(self._complete_ids(version))
        return records, np.flatnonzero(mask & stored), stored

    def _records(self, version: str | None) -> IncidentRecords:
        cached = self._incident_records
        if cached is not None and cached.version == version:
            return cached
        with self._read_lock:
            cached = self._incident_records
            if cached is not None and cached.version == version:
                return cached
            metas = read_all(self.incidents, ["metadatas"])["metadatas"]
            self._incident_records = IncidentRecords(version, metas)
            return self._incident_records

    def _complete_ids(self, version: str | None) -> frozenset[str]:
        """Ids of every stored article, read again only when version() changed (a listing asks on every query)."""
        cached = self._complete
        if cached is not None and cached[0] == version:
            return cached[1]
        ids = frozenset(read_all(self.articles, [])["ids"])
        self._complete = (version, ids)
        return ids

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        """An article's chunks in order."""
        got = self.chunks.get(where={"doc_id": doc_id}, include=["documents", "metadatas"])
        chunks = [_chunk(i, t, m) for i, t, m in zip(got["ids"], got["documents"], got["metadatas"])]
        return sorted(chunks, key=lambda c: c.index)


class IncidentRecords:
    """Every incident record and its metadata in the store's order, for one version() of it, and a Chroma
    where-clause run on it as Chroma runs it: a record without the key matches no condition on it; strings compare
    with strings, ints with ints, floats with floats. mask() answers None for what it does not run the same way
    ($ne, $nin, mixed types, strings compared by order, several keys in one dict), and the caller asks Chroma."""

    def __init__(self, version: str | None, metas: list[dict[str, Any]]) -> None:
        self.version = version
        # Parsed once here (~45 us a record: 4.5 s at 100k records, on the first listing after a write), where a
        # listing parsed every record it matched each time; the JSON text is not kept beside its record.
        self.incidents = [Incident.model_validate_json(m.pop("json")) for m in metas]
        self.metas = metas
        self._columns: dict[str, tuple[str, np.ndarray, dict[Any, int]]] = {}
        self._stored: tuple[frozenset[str], np.ndarray] | None = None
        # What a caller works out from these records and keeps for this version (incidents.query: the merged events)
        self.derived: dict[str, Any] = {}

    def stored(self, complete: frozenset[str]) -> np.ndarray:
        """Which records belong to an article of `complete` (the stored articles), worked out once per set."""
        if self._stored is None or self._stored[0] is not complete:
            self._stored = (complete, np.array([m.get("doc_id") in complete for m in self.metas], dtype=bool))
        return self._stored[1]

    def _column(self, key: str) -> tuple[str, np.ndarray, dict[Any, int]]:
        """(kind, values, codes): kind 'str' (values: codes, -1 missing), 'int' or 'float' (values: float64, NaN
        missing), 'none' (no record has it) or 'mixed'."""
        if key in self._columns:
            return self._columns[key]
        raw = [m.get(key) for m in self.metas]
        kinds = {type(v) for v in raw if v is not None}
        codes: dict[Any, int] = {}
        col: tuple[str, np.ndarray, dict[Any, int]]
        if not kinds:
            col = ("none", np.zeros(0), codes)
        elif kinds == {str}:
            values = np.array([-1 if v is None else codes.setdefault(v, len(codes)) for v in raw], dtype=np.int64)
            col = ("str", values, codes)
        elif kinds in ({int}, {float}):
            # ints of metadata here are dates (YYYYMMDD) and counts: exact in a float64
            values = np.array([np.nan if v is None else v for v in raw], dtype=np.float64)
            col = ("int" if kinds == {int} else "float", values, codes)
        else:
            col = ("mixed", np.zeros(0), codes)
        self._columns[key] = col
        return col

    def mask(self, where: dict[str, Any] | None) -> np.ndarray | None:
        """Which records match the clause (all for None), or None when Chroma must run it."""
        n = len(self.metas)
        if where is None:
            return np.ones(n, dtype=bool)
        if len(where) != 1:  # Chroma's answer to several keys in one dict (an error in 1.x) is its own
            return None
        ((key, cond),) = where.items()
        if key in ("$and", "$or"):
            parts = [self.mask(c) for c in cond] if isinstance(cond, list) and cond else [None]
            if any(p is None for p in parts):
                return None
            masks = [p for p in parts if p is not None]
            out = masks[0].copy()
            for p in masks[1:]:
                out = out & p if key == "$and" else out | p
            return out
        if key.startswith("$"):
            return None
        op, value = next(iter(cond.items())) if isinstance(cond, dict) and len(cond) == 1 else ("$eq", cond)
        if op not in ("$eq", "$in", "$gt", "$gte", "$lt", "$lte"):
            return None
        kind, values, codes = self._column(key)
        wanted = value if op == "$in" else [value]
        if not isinstance(wanted, list) or kind == "mixed" or isinstance(cond, dict) and len(cond) != 1:
            return None
        if any(type(v) is not {"str": str, "int": int, "float": float}.get(kind, type(v)) for v in wanted):
            return None  # another type than the records': Chroma's rules for that are not reproduced here
        if kind == "none":
            return np.zeros(n, dtype=bool)
        if op in ("$eq", "$in"):
            if kind == "str":
                return np.isin(values, [codes[v] for v in wanted if v in codes])
            return np.isin(values, wanted)
        if kind == "str":  # Chroma's order of strings is not reproduced here
            return None
        with np.errstate(invalid="ignore"):  # NaN (missing) compares False, as a missing key matches nothing
            return {
                "$gt": values > value,
                "$gte": values >= value,
                "$lt": values < value,
                "$lte": values <= value,
            }[op]


def _chunk(chunk_id: str, text: str, m: dict[str, Any]) -> Chunk:
    return Chunk(chunk_id=chunk_id, doc_id=m["doc_id"], index=m["index"], text=text, start=m["start"], end=m["end"])


def _article(doc_id: str, text: str, m: dict[str, Any]) -> Article:
    return Article(
        doc_id=doc_id,
        text=text,
        title=m.get("title", ""),
        outlet=m.get("outlet"),
        url=m.get("url"),
        published=int_to_date(m["published"]) if "published" in m else None,
        source=m.get("source", ""),
    )


def period_end(start: dt.date, precision: str) -> dt.date:
    """Last day of the period a date stands for (its month or year at those precisions)."""
    if precision == "year":
        return dt.date(start.year, 12, 31)
    if precision == "month":
        return month_end(start.year, start.month)
    return start


def incident_meta(inc: Incident) -> dict[str, Any]:
    """Chroma-safe scalar metadata so incident filters run in the store."""
    meta: dict[str, Any] = {
        "attack_type": inc.attack_type,
        "precision": inc.date_precision,
        "json": inc.model_dump_json(),
    }
    if inc.event_date:
        meta["event_date"] = date_to_int(inc.event_date)
        meta["event_date_end"] = date_to_int(period_end(inc.event_date, inc.date_precision))
    for name in ("province", "perpetrator", "target", "lat", "lon"):
        if getattr(inc, name) is not None:
            meta[name] = getattr(inc, name)
    for name in ("killed", "wounded"):
        count = getattr(inc, name)
        if count is not None and count.low is not None:
            meta[name] = count.low
    return meta
