"""The Corpus tab: upload articles (checked before ingest), list, delete and re-index the stored documents.

Uploaded files are copied into `<data dir>/uploads/` under a sanitised, unique name: a browser-supplied name can
never point outside that folder, and a file never overwrites another.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.briefing.build import md
from assistant.corpus.changes import Actor
from assistant.corpus.read import SUPPORTED
from assistant.desk import Desk
from assistant.errors import AssistantError
from assistant.schemas import Article, FileResult, int_to_date

log = logging.getLogger(__name__)

RESULT_HEADERS = ["file", "status", "detail"]
DOC_HEADERS = ["title", "outlet", "published", "source", "chunks", "incidents", "doc_id"]
DOC_WIDTHS: list[str | int] = ["31%", "10%", "9%", "22%", "6%", "8%", "14%"]
MAX_NAME = 100  # characters kept of an uploaded name's stem
Step = Callable[[int, int, str], None]  # (done, total, what) for a progress bar


def actor_for(request: gr.Request | None) -> Actor:
    """Who makes a change through the app: the logged-in user (gradio's request.username), else the server's user."""
    return Actor.here("ui", getattr(request, "username", None))


def uploads_dir(desk: Desk) -> Path:
    """Where uploaded files are kept (inside the data dir, next to the local Chroma store)."""
    return Path(desk.settings.data_dir) / "uploads"


def safe_name(name: str) -> str:
    """A plain file name from a browser-supplied one: no folders, no '..', no hidden dot, no odd characters.

    '../../etc/x.txt' -> 'x.txt', 'C:\\\\a\\\\b.md' -> 'b.md', '<b> x.html' -> 'b_x.html'; '#' is replaced because it
    separates a file from its JSON record in an article's source.
    """
    # Normalise first: NFKC turns a full-width '／' into '/', which must then count as a folder separator.
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", name or ""))[-1]
    base = re.sub(r"[^\w.\-]+", "_", base).strip("._ ")  # letters of any script stay; controls, '#', '<' do not
    base = re.sub(r"\.{2,}", ".", base)
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = stem.strip("._")[:MAX_NAME] or "upload"
    return f"{stem}.{ext.lower()}" if ext else stem


def reserve(folder: Path, name: str) -> Path:
    """A new, empty file `folder/name` ('name-2', 'name-3'... when taken), made atomically so uploads never collide."""
    folder.mkdir(parents=True, exist_ok=True)
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    for i in range(1, 10_000):
        suffix = f"-{i}" if i > 1 else ""
        candidate = folder / (f"{stem}{suffix}.{ext}" if ext else f"{stem}{suffix}")
        if candidate.resolve().parent != folder.resolve():  # belt and braces: safe_name already removed folders
            raise ValueError(f"refusing upload name {name!r}")
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise OSError(f"no free name for {name!r} in {folder}")


def check_upload(path: Path, display: str, max_bytes: int) -> str | None:
    """Why an uploaded file must not be ingested (type, size, not a file), or None when it may go on."""
    suffix = Path(safe_name(display)).suffix.lower()
    if suffix not in SUPPORTED:
        return f"unsupported file type '{suffix or '(none)'}' (supported: {', '.join(s[1:] for s in SUPPORTED)})"
    if not path.is_file():
        return "not a file"
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"cannot read the upload: {exc.strerror or exc}"
    if size > max_bytes:
        return f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit"
    if size == 0:
        return "empty file"
    return None


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _detail(r: FileResult, stored: Path, data_dir: Path) -> str:
    if r.status in ("rejected", "skipped"):
        return (r.reason or r.status) + (f" ({r.help_message})" if r.help_message else "")
    where = _relative(str(stored), data_dir)
    if r.status == "duplicate":
        return f"{r.reason or 'already stored'}: \u201c{r.title}\u201d (doc {r.doc_id})"
    text = (
        f"\u201c{r.title}\u201d: {_n(r.chunks, 'chunk')}, {_n(r.incidents, 'incident')} "
        f"\u00b7 doc {r.doc_id} \u00b7 {where}"
    )
    return text + (f" \u00b7 \u26a0 {r.warning}" if r.warning else "")


class UploadQuota:
    """Files each user has in uploads being worked on, so that the per-upload limit holds per user: several
    uploads sent at once by one user (a script, several tabs) share DESK_UI__MAX_UPLOAD_FILES between them."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._busy: dict[str, int] = {}

    def take(self, user: str, wanted: int) -> int:
        """How many of `wanted` files this user may upload now (held until `give_back`)."""
        with self._lock:
            free = max(0, self.limit - self._busy.get(user, 0))
            got = min(wanted, free)
            self._busy[user] = self._busy.get(user, 0) + got
            return got

    def give_back(self, user: str, n: int) -> None:
        """The user's upload is done: its files no longer count."""
        with self._lock:
            left = self._busy.get(user, 0) - n
            if left > 0:
                self._busy[user] = left
            else:
                self._busy.pop(user, None)


def user_key(request: gr.Request | None) -> str:
    """Whom a quota counts: the login when there is one, else the client's address."""
    login = getattr(request, "username", None)
    if login:
        return f"user:{login}"
    client = getattr(request, "client", None)
    return f"host:{getattr(client, 'host', None) or 'unknown'}"


def ingest_uploads(
    desk: Desk,
    paths: list[str] | None,
    on_step: Step | None = None,
    by: Actor | None = None,
    limit: int | None = None,
) -> list[list[str]]:
    """Check, copy and ingest uploaded files one by one; one result row (file, status, detail) per file or record.

    The count limit, type and size are checked before anything is copied or ingested; a rejected file gets its
    reason and the others go on. Copies that stored nothing (rejected, duplicate) are removed again. `limit` is what
    the user's quota leaves (the settings' per-upload limit when None).
    """
    paths = [p for p in (paths or []) if p]
    per_upload = desk.settings.ui.max_upload_files
    limit = per_upload if limit is None else min(limit, per_upload)
    max_bytes = int(desk.settings.ingest.max_file_mb * 1_000_000)
    folder, data_dir = uploads_dir(desk), Path(desk.settings.data_dir)
    rows: list[list[str]] = []
    for i, src in enumerate(paths):
        display = safe_name(Path(str(src)).name)
        if on_step:
            on_step(i, len(paths), display)
        if i >= limit:
            why = (
                f"over the limit of {per_upload} files per upload (DESK_UI__MAX_UPLOAD_FILES)"
                if limit == per_upload
                else f"over the limit of {per_upload} files per user at a time: your other uploads still being "
                "worked on hold the rest (DESK_UI__MAX_UPLOAD_FILES); send this file again when they are done"
            )
            rows.append([display, "rejected", why])
            continue
        reason = check_upload(Path(src), display, max_bytes)
        if reason:
            rows.append([display, "rejected", reason])
            continue
        stored = reserve(folder, display)
        try:
            shutil.copyfile(src, stored)
        except OSError as exc:  # unreadable, or the disk is full: the OS's reason, never the server's paths
            stored.unlink(missing_ok=True)
            rows.append([display, "rejected", f"could not copy the upload: {exc.strerror or type(exc).__name__}"])
            continue
        try:
            report = desk.ingest([stored], by=by or actor_for(None))
        except (OSError, AssistantError) as exc:  # a store or disk problem: report it on this file, go on
            stored.unlink(missing_ok=True)
            rows.append([display, "rejected", str(exc)])
            continue
        except Exception as exc:  # a bug on one crafted file: the server log has the traceback; the batch goes on
            log.exception("ingest of upload %s failed", display)
            stored.unlink(missing_ok=True)
            rows.append([display, "rejected", f"could not be ingested ({type(exc).__name__}: {exc})"])
            continue
        key = str(stored.resolve())
        for r in report.results:
            name = display + r.path[len(key) :] if r.path.startswith(key) else display  # keeps '#line3' of a JSONL
            rows.append([name, r.status, _detail(r, stored, data_dir)])
        if not any(r.status in ("added", "replaced") for r in report.results):
            stored.unlink(missing_ok=True)
    if on_step and paths:
        on_step(len(paths), len(paths), "done")
    return rows


def _relative(source: str, data_dir: Path) -> str:
    """A source as the UI shows it: relative to the data dir, else the file name alone, never the server's paths."""
    path, sep, record = source.partition("#")
    if not path:
        return source
    try:
        shown = str(Path(path).resolve().relative_to(data_dir.resolve()))
    except (ValueError, OSError):
        shown = Path(path).name  # ingested from a folder outside the data dir: where it lay is the server's business
    return shown + sep + record


def document_rows(desk: Desk) -> list[list[Any]]:
    """One row per stored article (DOC_HEADERS order), newest publication first, with its incident count."""
    meta = desk.store.article_meta()
    counts = desk.store.incident_counts()
    data_dir = Path(desk.settings.data_dir)
    rows = []
    for doc_id, m in meta.items():
        published = int_to_date(m["published"]).isoformat() if m.get("published") else ""
        rows.append(
            [
                m.get("title", ""),
                m.get("outlet") or "",
                published,
                _relative(m.get("source", ""), data_dir),
                int(m.get("n_chunks", 0)),
                counts.get(doc_id, 0),
                doc_id,
            ]
        )
    # Newest first, undated last, then by title: the order `assistant` lists articles in (sorts are stable).
    rows.sort(key=lambda r: r[0])
    rows.sort(key=lambda r: r[2], reverse=True)  # ISO dates sort as text; "" (undated) comes last
    return rows


def document_choices(rows: list[list[Any]]) -> list[tuple[str, str]]:
    """(label, doc_id) pairs for the delete dropdown."""
    out = []
    for title, outlet, published, _source, _chunks, _incidents, doc_id in rows:
        label = title if len(title) <= 70 else title[:67] + "\u2026"
        extra = ", ".join(x for x in (outlet, published) if x)
        out.append((f"{label} ({extra}) \u00b7 {doc_id}" if extra else f"{label} \u00b7 {doc_id}", doc_id))
    return out


def delete_document(desk: Desk, doc_id: str | None, by: Actor | None = None) -> str:
    """Delete an article with its chunks and incident records; its uploaded copy goes too when nothing else uses it."""
    doc_id = (doc_id or "").strip()
    if not doc_id:
        return "Nothing deleted: no document chosen (or the deletion was cancelled)."
    meta = desk.store.article_meta().get(doc_id)
    if meta is None:
        return f"\u26a0 No document {md(doc_id)} in the corpus (already deleted?)."
    removed = desk.delete(doc_id, by or actor_for(None))
    if removed is None:  # deleted in between, by another request
        return f"\u26a0 No document {md(doc_id)} in the corpus (already deleted?)."
    chunks, incidents = removed
    msg = (
        f"Deleted \u201c{md(meta.get('title', ''))}\u201d ({doc_id}): {_n(chunks, 'chunk')} "
        f"and {_n(incidents, 'incident record')} removed."
    )
    source = Path(str(meta.get("source", "")).split("#", 1)[0])
    folder = uploads_dir(desk).resolve()
    try:
        inside = source.resolve().parent == folder
    except OSError:
        inside = False
    still_used = any(
        str(m.get("source", "")).split("#", 1)[0] == str(source) for m in desk.store.article_meta().values()
    )
    if inside and not still_used and source.is_file():
        source.unlink()  # else re-ingesting the uploads folder would bring the article back
        msg += f" Its upload {md(source.name)} was removed."
    return msg


def reindex(desk: Desk, on_step: Step | None = None, by: Actor | None = None) -> str:
    """Re-extract every article's incident records (after an upgrade or an extractor change)."""
    total_articles = desk.store.article_count()
    done = 0

    def step(article: Article, n: int) -> None:
        nonlocal done
        done += 1
        if on_step:
            on_step(done, total_articles, article.title[:60])

    if on_step:
        on_step(0, total_articles, "re-extracting incidents")
    found, failed = desk.reindex_incidents(step, by or actor_for(None))
    msg = f"Re-indexed {total_articles} articles: {found} incident records."
    if failed:
        msg += " Kept the old records of: " + "; ".join(md(f) for f in failed)
    return msg


def corpus_tab(desk: Desk) -> None:
    """The Corpus tab's upload, per-file results, documents table, delete and re-index (inside `with gr.Tab(...)`)."""

    def _docs() -> tuple[dict[str, Any], Any]:
        rows = document_rows(desk)
        return {"data": rows, "headers": DOC_HEADERS}, gr.Dropdown(choices=document_choices(rows), value=None)

    def _guard(what: str, fn: Callable[[], str]) -> str:
        try:
            return fn()
        except AssistantError as err:
            tip = f" ({md(err.help_message)})" if err.help_message else ""
            return f"\u26a0 {md(err.message)}{tip}"
        except Exception as exc:  # keep the session alive; the server log has the traceback
            log.exception("%s failed", what)
            return f"\u26a0 {what} failed ({type(exc).__name__}): {md(str(exc))}"

    quota = UploadQuota(desk.settings.ui.max_upload_files)

    # Gradio finds a gr.Progress default and passes a live tracker in its place.
    # A gr.Request parameter is filled in by gradio too: its username is the login, for the change log.
    def add(files: list[str] | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        rows: list[list[str]] = []

        def run() -> str:
            who, wanted = user_key(request), len([f for f in files or [] if f])
            allowed = quota.take(who, wanted)
            try:
                rows.extend(
                    ingest_uploads(
                        desk,
                        files,
                        lambda i, n, name: progress((i, n), desc=name, unit="files"),
                        actor_for(request),
                        limit=allowed,
                    )
                )
            finally:
                quota.give_back(who, allowed)
            if not rows:
                return "Choose one or more files first."
            tally = {s: sum(1 for r in rows if r[1] == s) for s in ("added", "replaced", "duplicate", "rejected")}
            return " \u00b7 ".join(f"{n} {s}" for s, n in tally.items() if n) + "."

        msg = _guard("Upload", run)
        return ({"data": rows, "headers": RESULT_HEADERS}, *_docs(), msg, None)

    def documents() -> tuple[Any, ...]:
        return _docs()

    def delete(doc_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        msg = _guard("Delete", lambda: delete_document(desk, doc_id, actor_for(request)))
        return (msg, *_docs())

    def reindex_all(request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        msg = _guard(
            "Re-index",
            lambda: reindex(desk, lambda i, n, what: progress((i, n), desc=what, unit="articles"), actor_for(request)),
        )
        return (msg, *_docs())

    if desk.settings.ui.read_only:  # one of several app instances on a shared store: the corpus is not changed here
        gr.Markdown(
            "This app is read-only (`DESK_UI__READ_ONLY`): articles are added, deleted and re-indexed by the "
            "deployment's own ingest job, not here.",
            elem_id="corpus-msg",
        )
        docs_only = _documents_table()
        refresh_only = gr.Button("Refresh list", elem_id="refresh-docs")
        refresh_only.click(lambda: _docs()[0], None, docs_only, api_name="documents")
        _fill_on_show(lambda: _docs()[0], docs_only)
        return

    exts = ", ".join(s[1:] for s in SUPPORTED)
    gr.Markdown(
        f"Add articles: {exts}; at most {desk.settings.ui.max_upload_files} files of "
        f"{desk.settings.ingest.max_file_mb:g} MB each per upload (and per user at a time). "
        "JSON/JSONL records need a `text` field."
    )
    upload = gr.File(label="Articles", file_count="multiple", type="filepath", elem_id="upload")
    add_btn = gr.Button("Add to corpus", variant="primary", elem_id="add")
    message = gr.Markdown("", elem_id="corpus-msg")
    results = gr.Dataframe(
        {"data": [], "headers": RESULT_HEADERS},
        headers=RESULT_HEADERS,
        interactive=False,
        wrap=True,
        label="Upload results",
        elem_id="ingest-results",
    )
    docs = _documents_table()
    with gr.Row():
        # Custom values allowed: the choices are per browser session, and the handler checks the id itself.
        choice = gr.Dropdown([], label="Document to delete", allow_custom_value=True, elem_id="delete-doc", scale=4)
        delete_btn = gr.Button("Delete", variant="stop", elem_id="delete", scale=1)
        refresh_btn = gr.Button("Refresh list", elem_id="refresh-docs", scale=1)
        reindex_btn = gr.Button("Re-index incidents", elem_id="reindex", scale=1)

    # The progress bar shows over the results table only, not over every output.
    add_btn.click(add, upload, [results, docs, choice, message, upload], api_name="ingest", show_progress_on=results)
    refresh_btn.click(documents, None, [docs, choice], api_name="documents")
    # The browser asks first: a deletion cannot be undone (the API has no dialog and deletes directly).
    delete_btn.click(
        delete,
        choice,
        [message, docs, choice],
        api_name="delete",
        js="(doc) => (doc && confirm('Delete this document with its chunks and incident records?')) ? doc : null",
    )
    reindex_btn.click(reindex_all, None, [message, docs, choice], api_name="reindex", show_progress_on=docs)
    _fill_on_show(documents, [docs, choice])


def _documents_table() -> Any:
    """The stored articles' table (DOC_HEADERS), filled by the tab's events."""
    return gr.Dataframe(
        {"data": [], "headers": DOC_HEADERS},
        headers=DOC_HEADERS,
        column_widths=DOC_WIDTHS,
        datatype=["str", "str", "str", "str", "number", "number", "str"],
        interactive=False,
        wrap=True,
        show_search="search",
        max_height=420,
        label="Documents",
        elem_id="corpus",
    )


def _fill_on_show(fn: Callable[[], Any], outputs: Any) -> None:
    """Fill the documents list whenever the tab is shown (another tab or process may have ingested); outside a tab,
    when the page opens."""
    parent = gr.context.Context.block
    if isinstance(parent, gr.Tab):
        parent.select(fn, None, outputs, api_visibility="private")
    elif gr.context.Context.root_block is not None:
        gr.context.Context.root_block.load(fn, None, outputs, api_visibility="private")
