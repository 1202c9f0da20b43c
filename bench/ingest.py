"""Ingest throughput: ours against the raw embedder and a plain llama-index pipeline, on the same files.

Corpora: the five seed articles; the UCDP GED file as one report per row (bench/corpus.py); a synthetic corpus of
SCALE copies of it. Pipelines, each timed from files on disk to vectors stored (models loaded beforehand, outside the
timing, for all of them):
- ours: `Desk.ingest` with incident extraction off, and with the rule extractor (the default);
- raw: `SentenceTransformer.encode` of exactly the texts our pipeline embedded, in one call (the embedding step's limit:
  no reading, chunking, extraction or store);
- llama-index: `VectorStoreIndex.from_documents` into a `ChromaVectorStore` on disk, default settings (its
  SentenceSplitter, HuggingFaceEmbedding of the same local MiniLM at its default batch size).
On the synthetic multiple only ours (extraction off) and raw run: it shows how ours scales, in minutes rather than an
hour. Every pipeline runs with one torch thread (the setting ours ships; two are 2-3x slower on 2 shared cores).
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.common import ROOT, Row, peak_rss_mb, reset_peak_rss, section_main, stopwatch
from bench.corpus import ucdp_reports, write_jsonl

SCALE = int(os.environ.get("BENCH_INGEST_SCALE", "10"))
# Which corpora to run: all, or e.g. "synthetic" alone (the long one) to redo its rows.
CORPORA = os.environ.get("BENCH_INGEST_CORPORA", "seeds,ucdp,synthetic").split(",")


def _desk(data_dir: Path, extract: str) -> Any:
    from assistant.desk import Desk
    from assistant.settings import load_settings

    settings = load_settings("default", data_dir=data_dir)
    settings = settings.model_copy(update={"extract": settings.extract.model_copy(update={"backend": extract})})
    return Desk(settings)


class _Recorder:
    """Our embedder, recording the texts it is given (the raw baseline encodes the same ones)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.texts: list[str] = []

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.texts.extend(texts)
        return self.inner.embed(texts)


@contextmanager
def _chroma_calls() -> Iterator[list[float]]:
    """Seconds spent inside Chroma's collection calls (writes, lookups, deletes) while the block runs, summed.

    They are the ingest's share that the embed thread cannot overlap: chromadb's Rust binding keeps the GIL for the
    whole call (a pure-Python thread ran at 5% of its idle rate during 500-vector upserts, with or without one HNSW
    thread), so the torch thread, which needs the GIL between operations, waits meanwhile.
    """
    from chromadb.api.models.Collection import Collection

    spent = [0.0]
    names = ("upsert", "add", "get", "delete", "count")
    originals = {n: getattr(Collection, n) for n in names}

    def timed(fn: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return call

    for n, fn in originals.items():
        setattr(Collection, n, timed(fn))
    try:
        yield spent
    finally:
        for n, fn in originals.items():
            setattr(Collection, n, fn)


def ours(paths: list[Path], work: Path, extract: str, embedder: Any) -> tuple[float, int, int, list[str], float]:
    """(seconds, articles added, incidents, embedded texts, seconds in Chroma calls) of one ingest into a fresh
    data dir."""
    desk = _desk(work / f"ours-{extract}", extract)
    rec = _Recorder(embedder)
    desk._embedder = rec  # the loaded model, shared by every pipeline here
    if extract == "rules":
        _ = desk.extractor  # built before the clock starts, like the embedder
    with _chroma_calls() as in_chroma, stopwatch() as elapsed:
        report = desk.ingest(paths)
        secs = elapsed()
    if report.count("added") == 0:  # a benchmark of nothing must not pass for a figure
        reasons = {r.reason for r in report.results if r.reason}
        raise SystemExit(f"error: no article of {paths[0]} was ingested ({'; '.join(sorted(reasons))[:300]})")
    incidents = len(desk.store.query_incidents(None))
    return secs, report.count("added"), incidents, rec.texts, in_chroma[0]


def raw(texts: list[str], model: Any) -> float:
    """Seconds to encode `texts` with sentence-transformers directly (batch 32, normalised, as ours asks)."""
    with stopwatch() as elapsed:
        model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return elapsed()


def llama_index_plain(documents: list[Any], work: Path, embed_model: Any) -> tuple[float, int]:
    """(seconds, nodes) of VectorStoreIndex.from_documents into a Chroma collection on disk."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import StorageContext, VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    client = chromadb.PersistentClient(path=str(work), settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_or_create_collection("plain")
    with stopwatch() as elapsed:
        store = ChromaVectorStore(chroma_collection=collection)
        ctx = StorageContext.from_defaults(vector_store=store)
        VectorStoreIndex.from_documents(documents, storage_context=ctx, embed_model=embed_model)
        secs = elapsed()
    return secs, collection.count()


def _documents(kind: str, reports: list[dict[str, Any]] | None) -> list[Any]:
    from llama_index.core import Document, SimpleDirectoryReader

    if kind == "seeds":
        return SimpleDirectoryReader(str(ROOT / "seeds")).load_data()
    assert reports is not None
    return [
        Document(text=r["text"], metadata={"title": r["title"], "published": r["published"], "source": r["source"]})
        for r in reports
    ]


def run(quick: bool) -> list[Row]:
    import torch
    from llama_index.core import Settings as LISettings
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    from assistant.models.embed import MiniLMEmbedder, packaged_minilm_path

    torch.set_num_threads(1)
    LISettings.llm = None  # else llama-index resolves a default OpenAI LLM
    path = packaged_minilm_path()
    ours_embedder = MiniLMEmbedder(path, threads=1)
    li_embed = HuggingFaceEmbedding(model_name=str(path), device="cpu")
    for warm in (ours_embedder.embed, li_embed.get_text_embedding_batch):
        warm(["warm up the model"])
    raw_model = ours_embedder._model  # the same SentenceTransformer object: identical weights and threads

    scale = 2 if quick else SCALE
    corpora: list[tuple[str, list[Path], list[dict[str, Any]] | None]] = [
        ("seeds (5 articles)", [ROOT / "seeds"], None)
    ]
    tmp = Path(tempfile.mkdtemp(prefix="desk-bench-ingest-"))
    one = ucdp_reports(1, limit=500 if quick else None)
    corpora.append((f"UCDP rows ({len(one)})", [write_jsonl(one, tmp / "ucdp.jsonl")], one))
    many = ucdp_reports(scale, limit=1000 * scale if quick else None)
    # In files of 2,000 reports (~0.5 MB): one file of them all would pass the 5 MB per-file limit and be rejected.
    parts = [write_jsonl(many[i : i + 2000], tmp / f"ucdp_many_{i:06d}.jsonl") for i in range(0, len(many), 2000)]
    corpora.append((f"UCDP x{scale} synthetic ({len(many)})", parts, many))

    rows: list[Row] = []
    try:
        for (label, paths, reports), kind in zip(corpora, ["seeds", "ucdp", "synthetic"]):
            if kind not in CORPORA:
                continue
            big = reports is many
            work = Path(tempfile.mkdtemp(prefix="run-", dir=tmp))
            reset_peak_rss()
            secs_off, added, _, texts, chroma_off = ours(paths, work, "off", ours_embedder)
            peak_off = peak_rss_mb()
            secs_raw = raw(texts, raw_model)
            rows.append(
                Row(
                    "ingest",
                    f"{label}: ours, extraction off, articles/s",
                    added / secs_off,
                    "articles/s",
                    "raw sentence-transformers encode of the same texts",
                    added / secs_raw,
                    higher_is_better=True,
                    target=">= 0.9x the raw embedder" if reports is not None else None,
                    met=(secs_raw / secs_off >= 0.9) if reports is not None else None,
                    note=f"{added} articles, {len(texts)} chunks embedded ({len(texts) / secs_off:.1f} chunks/s); "
                    f"{secs_off:.1f} s vs {secs_raw:.1f} s; {chroma_off:.1f} s of ours in Chroma calls (GIL held)",
                )
            )
            if big:  # the multiple shows how ours scales; the other pipelines are measured on the smaller corpora
                rows.append(
                    Row("memory", f"peak RSS, ingest of {label} (embedder loaded, extraction off)", peak_off, "MiB")
                )
                shutil.rmtree(work, ignore_errors=True)
                continue
            documents = _documents("seeds" if reports is None else "ucdp", reports)
            secs_li, li_nodes = llama_index_plain(documents, work / "li", li_embed)
            del documents
            secs_rules, _, incidents, texts_rules, _ = ours(paths, work, "rules", ours_embedder)
            rows += [
                Row(
                    "ingest",
                    f"{label}: ours, extraction off, vs plain llama-index, articles/s",
                    added / secs_off,
                    "articles/s",
                    "llama-index VectorStoreIndex + ChromaVectorStore, defaults",
                    added / secs_li,
                    higher_is_better=True,
                    target="faster than plain llama-index" if reports is not None else None,
                    met=(secs_li > secs_off) if reports is not None else None,
                    note=f"llama-index: {secs_li:.1f} s, {li_nodes} nodes",
                ),
                Row(
                    "ingest",
                    f"{label}: ours, rule extraction (default), articles/s",
                    added / secs_rules,
                    "articles/s",
                    "raw sentence-transformers encode of the same texts",
                    added / raw(texts_rules, raw_model) if texts_rules else None,
                    higher_is_better=True,
                    note=f"{incidents} incident records; {len(texts_rules)} texts embedded "
                    f"(chunks + one per record); {secs_rules:.1f} s",
                ),
            ]
            shutil.rmtree(work, ignore_errors=True)
            gc.collect()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


if __name__ == "__main__":
    section_main(run)
