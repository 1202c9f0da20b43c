"""Malformed inputs beside good ones in one folder, through `assistant ingest` and through the Corpus tab's upload
(in process and over HTTP): every entry gets an outcome that names it, and the store ends with exactly the good
documents (real MiniLM embedder, Chroma on disk)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gradio_client import Client, handle_file

from assistant.app import serve
from assistant.corpus.read import RawRecord, read_records, safe_source, source_key, to_article
from assistant.desk import Desk
from assistant.settings import Settings, load_settings
from assistant.ui.corpus import ingest_uploads, safe_name, uploads_dir

from conftest import ROOT, free_port
from malformed_inputs import MAX_FILE_MB, Case, Expect, build, remove

pytestmark = pytest.mark.integration

_OUTCOME = re.compile(r"^(added|replaced|duplicate|rejected|skipped)\s+(.*)$")
_ODD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # nothing stored may hold these


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Case]]]:
    """The folder of good and malformed entries, made once for the module."""
    folder = tmp_path_factory.mktemp("malformed") / "in"
    cases = build(folder)
    yield folder, cases
    remove(folder)


def _settings(data_dir: Path) -> Settings:
    return load_settings("default", data_dir=data_dir, llm={"backend": "fake"}, ui={"max_upload_files": 500})


def _expected_docs(cases: list[Case], ui: bool) -> dict[str, str]:
    """Record key -> doc id of every record expected to be stored, read from its file alone (no other file around)."""
    docs: dict[str, str] = {}
    for case in cases:
        expects = case.ui if ui else case.cli
        wanted = {e.record for e in expects or () if e.status == "added"}
        if not wanted:
            continue
        for item in read_records(case.path, int(MAX_FILE_MB * 1e6)):
            record = item.source[len(source_key(case.path)) :] if isinstance(item, RawRecord) else None
            if record in wanted:
                assert isinstance(item, RawRecord)
                article = to_article(item)
                docs[f"{case.name}{record}"] = article.doc_id
        assert sum(f"{case.name}{r}" in docs for r in wanted) == len(wanted), case.name
    return docs


def _check(case: Case, expects: tuple[Expect, ...], got: list[tuple[str, str, str]]) -> list[str]:
    """Problems with one case's outcome lines (record, status, detail); [] when they are what it expects."""
    problems = []
    if len(got) != len(expects):
        problems.append(f"{len(got)} outcome line(s), expected {len(expects)}: {got}")
    for e in expects:
        if not any(record == e.record and status == e.status and e.reason in detail for record, status, detail in got):
            problems.append(f"no line '{e.status} {e.record} ... {e.reason}' among {got}")
    return problems


def _tally(run: str, cases: list[Case], problems: dict[str, list[str]]) -> None:
    """Print the per-outcome figures (handled right / total) and fail with every wrong case listed."""
    by_outcome: dict[str, list[int]] = {}
    for case in cases:
        expects = case.cli if run == "cli" else case.ui
        kind = "no line (by design)" if not expects else "/".join(sorted({e.status for e in expects}))
        right = by_outcome.setdefault(kind, [0, 0])
        right[0] += not problems.get(case.name)
        right[1] += 1
    total = sum(n for _, n in by_outcome.values())
    ok = sum(r for r, _ in by_outcome.values())
    print(
        f"\n{run}: {ok}/{total} entries handled right; " + "; ".join(f"{k} {r}/{n}" for k, (r, n) in by_outcome.items())
    )
    wrong = {name: p for name, p in problems.items() if p}
    assert not wrong, "\n".join(f"{name!r}: {'; '.join(p)}" for name, p in wrong.items())


def _check_store(desk: Desk, expected: dict[str, str], uploads: Path | None = None) -> None:
    """Exactly the expected documents, each whole (its chunks), no chunk or incident without its article, and
    nothing stored that holds a control or bidi character."""
    articles = desk.store.list_articles()
    assert sorted(a.doc_id for a in articles) == sorted(expected.values())
    meta = desk.store.article_meta()
    for a in articles:
        chunks = desk.store.chunks_of(a.doc_id)
        assert [c.index for c in chunks] == list(range(int(meta[a.doc_id]["n_chunks"]))), a.source
        assert not _ODD.search(a.text + a.title + a.source), a.source
        if uploads is not None:
            assert Path(a.source.split("#")[0]).parent == uploads.resolve(), a.source
    assert desk.store.counts() == (len(articles), sum(int(m["n_chunks"]) for m in meta.values()))
    assert set(desk.store.incident_counts()) <= set(meta)


def test_cli_ingest_names_every_entry_and_stores_only_the_good(inputs: tuple[Path, list[Case]], tmp_path: Path) -> None:
    """`assistant ingest FOLDER` over good and malformed entries: it runs to the end (exit 1: something was
    rejected), prints one outcome line per file or record naming it, and the store holds exactly the good ones."""
    folder, cases = inputs
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}
    env.update(PYTHONPATH=str(ROOT), DESK_DATA_DIR=str(data_dir), DESK_LLM__BACKEND="fake", PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ingest", str(folder)],
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=600,
    )
    lines = [line.split("\r")[-1] for line in proc.stderr.split("\n")]
    outcomes = [(m[1], m[2]) for line in lines if (m := _OUTCOME.match(line))]
    assert proc.returncode == 1, proc.stderr[-3000:]
    summary = proc.stdout.strip().splitlines()[-1]
    assert re.match(rf"{len(outcomes)} item\(s\) in [\d.]+s: \d+ added", summary), summary

    problems: dict[str, list[str]] = {}
    claimed: set[int] = set()
    for case in cases:
        key = safe_source(source_key(case.path))
        got = []
        for i, (status, rest) in enumerate(outcomes):
            if rest.startswith(key) and re.match(r"(#[^:]*)?(: |$)", rest[len(key) :]):
                record, _, detail = rest[len(key) :].partition(": ")
                got.append((record, status, detail))
                claimed.add(i)
        problems[case.name] = _check(case, case.cli, got)
    stray = [outcomes[i] for i in range(len(outcomes)) if i not in claimed]
    assert not stray, f"outcome lines that name no entry: {stray}"
    _tally("cli", cases, problems)

    expected = _expected_docs(cases, ui=False)
    _check_store(Desk(_settings(data_dir)), expected)


def _check_rows(cases: list[Case], rows: list[list[str]], over_http: bool = False) -> dict[str, list[str]]:
    """Match the upload's result rows (file, status, detail) to the cases in order: each case has as many rows as
    it expects outcomes, each named after its file (a record after '#', which no uploaded name keeps)."""
    problems: dict[str, list[str]] = {}
    at = 0
    for case in cases:
        assert case.ui is not None
        mine, at = rows[at : at + len(case.ui)], at + len(case.ui)
        got = [(row[0][row[0].find("#") :] if "#" in row[0] else "", row[1], row[2]) for row in mine]
        problems[case.name] = _check(case, case.ui, got)
        display = safe_name(Path(case.name).name)
        # Over HTTP the client sends a name with a control character percent-encoded ('bel%07.txt'): not checked.
        if not (over_http and re.search("[\x00-\x1f]", case.name)):
            names = {row[0].split("#")[0] for row in mine}
            problems[case.name] += [f"rows name {n!r}, not {display!r}" for n in names if n != display]
    assert at == len(rows), f"rows left over: {rows[at:]}"
    return problems


def _check_uploads(desk: Desk, cases: list[Case]) -> None:
    """Only copies that stored something stay in uploads/."""
    kept = sorted(p.name for p in uploads_dir(desk).iterdir())
    assert len(kept) == sum(1 for c in cases if any(e.status == "added" for e in c.ui or ())), kept
    sources = {Path(a.source.split("#")[0]).name for a in desk.store.list_articles()}
    assert set(kept) == sources


def test_upload_names_every_file_and_stores_only_the_good(inputs: tuple[Path, list[Case]], tmp_path: Path) -> None:
    """The Corpus tab's upload function given every entry in one batch (also those a browser cannot send: a FIFO,
    a symlink, a folder): one result row per file or record, the good ones stored, no rejected copy kept."""
    _, cases = inputs
    uploaded = [c for c in cases if c.ui is not None]
    desk = Desk(_settings(tmp_path / "data"))
    rows = ingest_uploads(desk, [str(c.path) for c in uploaded])
    _tally("upload (in process)", uploaded, _check_rows(uploaded, rows))
    _check_store(desk, _expected_docs(uploaded, ui=True), uploads_dir(desk))
    _check_uploads(desk, uploaded)


def test_upload_over_http_names_every_file_and_stores_only_the_good(
    inputs: tuple[Path, list[Case]], tmp_path: Path
) -> None:
    """The same through the app's HTTP API, as a browser sends the files that are files."""
    _, cases = inputs
    uploaded = [c for c in cases if c.ui is not None and c.uploadable_over_http]
    desk = Desk(_settings(tmp_path / "data"))
    port = free_port()
    app = serve(desk.settings, port=port, block=False, desk=desk)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        results, docs, _, message, _ = client.predict([handle_file(str(c.path)) for c in uploaded], api_name="/ingest")
        # A file over the limit never reaches the upload function: the server refuses it, not only the client.
        (huge,) = [c.path for c in cases if c.name == "huge.txt"]
        with huge.open("rb") as f:
            refused = httpx.post(f"http://127.0.0.1:{port}/gradio_api/upload", files={"files": ("huge.txt", f)})
        assert refused.status_code == 413, refused.text
    finally:
        app.close()
    _tally("upload (HTTP)", uploaded, _check_rows(uploaded, results["data"], over_http=True))
    expected = _expected_docs(uploaded, ui=True)
    assert len(docs["data"]) == len(expected), message
    _check_store(desk, expected, uploads_dir(desk))
    _check_uploads(desk, uploaded)
