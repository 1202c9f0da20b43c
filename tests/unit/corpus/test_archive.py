"""Export and import: the file holds the corpus, a damaged or newer file is refused by name, nothing half-written."""

from __future__ import annotations

import json
import os
import struct
import uuid
import zipfile
from pathlib import Path

import pytest

from assistant.corpus.archive import (
    ARCHIVE_VERSION,
    ARTICLES,
    INCIDENTS,
    MANIFEST,
    README,
    IncidentRecord,
    Limits,
    read_archive,
    write_archive,
)
from assistant.corpus.chunk import chunk_article
from assistant.corpus.read import doc_id_for
from assistant.desk import Desk
from assistant.errors import ArchiveError, ConfigError, StoreError
from assistant.models.fakes import HashEmbedder
from assistant.schemas import Article, Incident, IncidentSource
from assistant.settings import Settings
from assistant.store import INCIDENT_SCHEMA


def _other_corpus(settings: Settings) -> Settings:
    """A second, empty in-memory corpus with the same models."""
    store = settings.store.model_copy(update={"prefix": f"t{uuid.uuid4().hex[:12]}"})
    return settings.model_copy(update={"store": store, "data_dir": settings.data_dir.parent / "other"})


@pytest.fixture
def exported(desk: Desk, tmp_path: Path) -> Path:
    """The seeds corpus exported to a file."""
    path = tmp_path / "corpus.zip"
    desk.export(path)
    return path


def _members(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n).decode("utf-8") for n in zf.namelist()}


def _rewrite(src: Path, dst: Path, **changed: str | None) -> Path:
    """A copy of an export with members replaced (a str) or left out (None)."""
    members = {**_members(src), **changed}
    with zipfile.ZipFile(dst, "w") as zf:
        for name, text in members.items():
            if text is not None:
                zf.writestr(name, text)
    return dst


def test_export_holds_the_corpus_readable_without_the_app(desk: Desk, exported: Path) -> None:
    """Plain JSON members: the manifest's counts and versions, every article's text and chunk spans, every record."""
    members = _members(exported)
    assert set(members) == {MANIFEST, ARTICLES, INCIDENTS, README}
    manifest = json.loads(members[MANIFEST])
    assert manifest["format"] == "incident-desk-corpus" and manifest["version"] == ARCHIVE_VERSION
    assert manifest["embedder"] == desk.embedder.name and manifest["incident_schema"] == INCIDENT_SCHEMA
    assert (manifest["articles"], manifest["chunks"], manifest["incidents"]) == (5, 14, 11)
    articles = _json_lines(members[ARTICLES])
    stored = {a.doc_id: a for a in desk.articles()}
    for a in articles:
        assert a["text"] == stored[a["doc_id"]].text and a["title"] == stored[a["doc_id"]].title
        chunks = desk.store.chunks_of(a["doc_id"])
        assert [a["text"][s:e] for s, e in a["chunks"]] == [c.text for c in chunks]
    records = _json_lines(members[INCIDENTS])
    assert len(records) == 11 and {"doc_id", "incident"} == set(records[0])
    assert "articles.jsonl" in members[README]
    assert [p.name for p in exported.parent.iterdir() if p.name.endswith(".part")] == []


def test_import_restores_articles_chunks_and_records(desk: Desk, exported: Path, settings: Settings) -> None:
    """Into an empty corpus: the same articles, chunks (text and offsets) and incident records, field for field."""
    other = Desk(_other_corpus(settings))
    report = other.import_archive(exported)
    assert [r.status for r in report.results] == ["added"] * 5
    assert other.articles() == desk.articles()
    for a in desk.articles():
        assert other.store.chunks_of(a.doc_id) == desk.store.chunks_of(a.doc_id)
    assert other.store.incidents_by_doc() == desk.store.incidents_by_doc()
    assert other.store.incidents_current()
    assert other.retrieve("How many PMU fighters were killed east of Tikrit?")[0].chunk.doc_id == "3840446adfad1b87"


def test_records_are_restored_not_reextracted(exported: Path, settings: Settings, tmp_path: Path) -> None:
    """A record as stored (here one an analyst corrected) comes back as it was, not as the extractor would read it."""
    members = _members(exported)
    records = _json_lines(members[INCIDENTS])
    records[0]["incident"]["perpetrator"] = "PMU"
    records[0]["incident"]["conflicts"] = ["perpetrator corrected by hand"]
    edited = _rewrite(exported, tmp_path / "edited.zip", **{INCIDENTS: _lines(records)})
    other = Desk(_other_corpus(settings))
    other.import_archive(edited)
    (restored,) = [
        i for i in other.store.incidents_by_doc()[records[0]["doc_id"]] if i.id == records[0]["incident"]["id"]
    ]
    assert restored.perpetrator == "PMU" and restored.conflicts == ["perpetrator corrected by hand"]


# Characters str.splitlines() takes for line ends besides "\n" and "\r": JSON leaves the last three unescaped.
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def test_line_break_characters_in_fields_survive_the_round_trip(settings: Settings, tmp_path: Path) -> None:
    """A title, outlet, source, text and quote holding every character some reader takes for a line end export to
    one line each and import back unchanged."""
    text = f"Gunmen killed 3 policemen in Kirkuk.{LINE_BREAKS} Police said the attack began at dawn."
    article = Article(
        doc_id=doc_id_for(text),
        text=text,
        title=f"Kirkuk{LINE_BREAKS}attack",
        outlet=f"Outlet{LINE_BREAKS}",
        source=f"feeds/{LINE_BREAKS}.jsonl#1",
    )
    quote = text[: text.index(" Police")]
    incident = Incident(id="i1", sources=[IncidentSource(doc_id=article.doc_id, quote=quote, start=0, end=len(quote))])
    desk = Desk(settings)
    desk.indexer.store_article(article, chunk_article(article), [incident])
    desk.export(tmp_path / "odd.zip")
    for name, text_ in _members(tmp_path / "odd.zip").items():
        if name.endswith(".jsonl"):
            assert len(text_.split("\n")) == 2 and all(c not in text_ for c in "\x85\u2028\u2029"), name
    # An export written before they were escaped holds them raw: it imports too.
    members = _members(tmp_path / "odd.zip")
    raw = {n: _lines(_json_lines(members[n]), ensure_ascii=False) for n in (ARTICLES, INCIDENTS)}
    assert "\u2028" in raw[ARTICLES]
    for archive in (tmp_path / "odd.zip", _rewrite(tmp_path / "odd.zip", tmp_path / "raw.zip", **raw)):
        other = Desk(_other_corpus(settings))
        assert [r.status for r in other.import_archive(archive).results] == ["added"]
        assert other.articles() == [article]
        assert other.store.incidents_by_doc() == {article.doc_id: [incident]}


def test_export_while_another_writer_adds_and_deletes(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a Chroma server nothing locks out other writers: an article added or deleted while the export reads is
    left out, whole, and the file imports; the rest is exported as it is."""
    gone = desk.articles()[0]
    text = "Gunmen killed 3 policemen in Kirkuk on 2 May 2023, police said."
    new = Article(doc_id=doc_id_for(text), text=text, title="Kirkuk", source="later.txt")
    all_chunks = desk.store.all_chunks

    def meanwhile() -> list:
        desk.delete(gone.doc_id)
        desk.indexer.store_article(new, chunk_article(new), [])
        return all_chunks()

    monkeypatch.setattr(desk.store, "all_chunks", meanwhile)
    manifest = desk.export(tmp_path / "moving.zip")
    archive = read_archive(tmp_path / "moving.zip")
    assert manifest.articles == 4 and {a.doc_id for a in archive.articles} == {
        a.doc_id for a in desk.articles() if a.doc_id != new.doc_id
    }
    assert manifest.incidents == sum(len(v) for v in archive.incidents.values())


def test_export_of_an_article_missing_chunks_says_the_corpus_is_damaged(desk: Desk, tmp_path: Path) -> None:
    """An article still stored but without all its chunks is damage, not another writer: the export stops naming it."""
    damaged = desk.articles()[0]
    desk.store.chunks.delete(ids=[f"{damaged.doc_id}:0"])
    with pytest.raises(StoreError, match=rf"article {damaged.doc_id} .* the corpus is damaged"):
        desk.export(tmp_path / "damaged.zip")
    assert not (tmp_path / "damaged.zip").exists()


def test_import_skips_articles_already_stored(desk: Desk, exported: Path) -> None:
    """Importing into the corpus it came from adds nothing and says which articles it skipped."""
    report = desk.import_archive(exported)
    assert [r.status for r in report.results] == ["duplicate"] * 5
    assert all("already in the corpus" in (r.reason or "") for r in report.results)
    assert desk.store.counts() == (5, 14)


def test_import_keeps_an_article_of_the_same_source_name(desk: Desk, exported: Path, settings: Settings) -> None:
    """Another corpus's seeds/002 with other text is not an edit of this one's: both stay."""
    other = Desk(_other_corpus(settings))
    source = next(a.source for a in desk.articles() if a.doc_id == "3840446adfad1b87")
    Path(source).write_text("Gunmen killed 3 policemen in Kirkuk on 2 May 2023, police said.", encoding="utf-8")
    assert other.ingest([Path(source)]).count("added") == 1
    other.import_archive(exported)
    assert other.store.counts()[0] == 6


def test_older_records_ask_for_reindex(desk: Desk, exported: Path, settings: Settings, tmp_path: Path) -> None:
    """Records exported under an older record schema are restored, and the corpus says they need `reindex`."""
    manifest = json.loads(_members(exported)[MANIFEST])
    old = _rewrite(exported, tmp_path / "old.zip", **{MANIFEST: json.dumps({**manifest, "incident_schema": 1})})
    other = Desk(_other_corpus(settings))
    other.import_archive(old)
    assert other.store.incidents.count() == 11 and not other.store.incidents_current()


def test_import_into_a_corpus_of_another_embedder_is_refused(exported: Path, settings: Settings) -> None:
    """One corpus, one embedder: the import stops before writing anything."""
    other = Desk(_other_corpus(settings))
    other.store.check_embedder("minilm-something")
    with pytest.raises(ConfigError, match="indexed with the minilm-something embedder"):
        other.import_archive(exported)
    assert other.store.counts() == (0, 0)


def test_a_corpus_moves_between_embedders(exported: Path, settings: Settings) -> None:
    """The file carries no vectors: another embedder indexes the imported articles itself."""
    other = Desk(_other_corpus(settings), embedder=HashEmbedder(dim=512))
    other.import_archive(exported)
    assert other.store.embedder_name() == "hash-512" and other.store.counts() == (5, 14)


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def _lines(records: list[dict], ensure_ascii: bool = True) -> str:
    return "".join(json.dumps(r, ensure_ascii=ensure_ascii) + "\n" for r in records)


def _source(record: dict, **changed: object) -> dict:
    """The record with its first evidence changed."""
    first = {**record["incident"]["sources"][0], **changed}
    return {**record, "incident": {**record["incident"], "sources": [first, *record["incident"]["sources"][1:]]}}


def _figure(record: dict, name: str, **changed: object) -> dict:
    """The record with one of its figures (killed, wounded) changed."""
    return {**record, "incident": {**record["incident"], name: {**record["incident"][name], **changed}}}


def _case(name: str, exported: Path, tmp_path: Path) -> Path:
    """A damaged copy of the export, one kind of damage per case name."""
    m = _members(exported)
    manifest, articles, records = json.loads(m[MANIFEST]), _json_lines(m[ARTICLES]), _json_lines(m[INCIDENTS])
    out = tmp_path / f"{name}.zip"
    if name == "truncated":
        data = exported.read_bytes()
        out.write_bytes(data[: len(data) // 2])
        return out
    if name == "not a zip":
        out.write_text("title,text\nsomething,else\n")
        return out
    if name == "bad crc":
        with zipfile.ZipFile(exported) as zf:
            info = zf.getinfo(ARTICLES)
        data = bytearray(exported.read_bytes())
        data[info.header_offset + 30 + len(info.filename) + 40] ^= 0xFF  # a byte inside the compressed text
        out.write_bytes(bytes(data))
        return out
    changed: dict[str, str | None] = {
        "no manifest": {MANIFEST: None},
        "no articles": {ARTICLES: None},
        "manifest not json": {MANIFEST: '{"format": "incident-desk-corpus", '},
        "manifest a list": {MANIFEST: "[1, 2]"},
        "another format": {MANIFEST: json.dumps({**manifest, "format": "acled"})},
        "newer version": {MANIFEST: json.dumps({**manifest, "version": ARCHIVE_VERSION + 1})},
        "newer records": {MANIFEST: json.dumps({**manifest, "incident_schema": INCIDENT_SCHEMA + 1})},
        "count as text": {MANIFEST: json.dumps({**manifest, "articles": "5"})},
        "date as number": {ARTICLES: _lines([{**articles[0], "published": 20210124}, *articles[1:]])},
        "chunks not pairs": {ARTICLES: _lines([{**articles[0], "chunks": "0-300"}, *articles[1:]])},
        "killed as text": {
            INCIDENTS: _lines([{**records[0], "incident": {**records[0]["incident"], "killed": "six"}}, *records[1:]])
        },
        "line not json": {ARTICLES: m[ARTICLES].replace("}\n", "\n", 1)},
        "article missing": {ARTICLES: _lines(articles[1:])},
        "text edited": {ARTICLES: _lines([{**articles[0], "text": articles[0]["text"] + " Edited."}, *articles[1:]])},
        "chunk outside": {ARTICLES: _lines([{**articles[0], "chunks": [[0, 10**6]]}, *articles[1:]])},
        "record of no article": {INCIDENTS: _lines([{**records[0], "doc_id": "0000000000000000"}, *records[1:]])},
        "source of no article": {INCIDENTS: _lines([_source(records[0], doc_id="0000000000000000"), *records[1:]])},
        "quote not at its span": {INCIDENTS: _lines([_source(records[0], quote="Forty people died."), *records[1:]])},
        "span moved": {INCIDENTS: _lines([_source(records[0], start=0), *records[1:]])},
        "killed upside down": {
            INCIDENTS: _lines([_figure(records[0], "killed", low=5, high=2), *records[1:]]),
        },
        "source wounded below 0": {
            INCIDENTS: _lines([_source(records[0], wounded={"low": -1, "high": 3, "text": "3"}), *records[1:]])
        },
        "record twice": {
            INCIDENTS: _lines(records + [records[0]]),
            MANIFEST: json.dumps({**manifest, "incidents": len(records) + 1}),
        },
    }[name]
    if name == "chunk outside":  # the chunk total in the manifest must still match, so only the span is wrong
        manifest["chunks"] -= len(articles[0]["chunks"]) - 1
        changed[MANIFEST] = json.dumps(manifest)
    return _rewrite(exported, out, **changed)


@pytest.mark.parametrize(
    ("case", "problem"),
    [
        ("truncated", "not a zip file, or it was cut short"),
        ("not a zip", "not a zip file"),
        ("bad crc", "articles.jsonl is damaged"),
        ("no manifest", "has no manifest.json: it is not an Incident Desk corpus export"),
        ("no articles", "has no articles.jsonl: the archive is incomplete"),
        ("manifest not json", "manifest.json is not valid JSON"),
        ("manifest a list", "manifest.json is not a JSON object"),
        ("another format", "is not an Incident Desk corpus export (manifest.json format is 'acled')"),
        ("newer version", f"written by a newer Incident Desk (export format {ARCHIVE_VERSION + 1}"),
        ("newer records", f"incident records of a newer Incident Desk (record schema {INCIDENT_SCHEMA + 1}"),
        ("count as text", "manifest.json: articles: Input should be a valid integer"),
        ("date as number", "articles.jsonl line 1: published:"),
        ("chunks not pairs", "articles.jsonl line 1: chunks:"),
        ("killed as text", "incidents.jsonl line 1: incident.killed:"),
        ("line not json", "articles.jsonl line 1: Invalid JSON"),
        ("article missing", "articles.jsonl holds 4 articles but manifest.json says 5: the archive is incomplete"),
        ("text edited", "articles.jsonl line 1: the text of article"),
        ("chunk outside", "articles.jsonl line 1: chunk 0 [0, 1000000] lies outside the article's"),
        ("record of no article", "incidents.jsonl line 1: record of article 0000000000000000, which articles.jsonl"),
        (
            "source of no article",
            "line 1: evidence of record 92e5f7669a62 quotes article 0000000000000000, which articles.jsonl lacks",
        ),
        (
            "quote not at its span",
            "line 1: the quote of record 92e5f7669a62 is not the text of article a2e6ec1d13ccadef at [1776, 2073]",
        ),
        (
            "span moved",
            "line 1: the quote of record 92e5f7669a62 is not the text of article a2e6ec1d13ccadef at [0, 2073]",
        ),
        ("killed upside down", "incidents.jsonl line 1: record 92e5f7669a62 gives killed as 5 to 2"),
        ("source wounded below 0", "incidents.jsonl line 1: record 92e5f7669a62 gives wounded as -1 to 3"),
        ("record twice", "incidents.jsonl line 12: record"),
    ],
)
def test_a_bad_archive_is_refused_by_name_and_nothing_is_written(
    case: str, problem: str, exported: Path, settings: Settings, tmp_path: Path
) -> None:
    """Each damage is named with the file, the member and line where it is, and the import writes nothing at all."""
    bad = _case(case, exported, tmp_path)
    with pytest.raises(ArchiveError) as err:
        read_archive(bad)
    assert err.value.message.startswith(f"{bad}: ") and problem in err.value.message
    assert err.value.help_message
    other = Desk(_other_corpus(settings))
    with pytest.raises(ArchiveError):
        other.import_archive(bad)
    assert other.store.counts() == (0, 0) and other.store.incidents.count() == 0


def test_newer_archive_says_to_upgrade(exported: Path, tmp_path: Path) -> None:
    """A file from a newer version tells the user what to do about it."""
    with pytest.raises(ArchiveError) as err:
        read_archive(_case("newer version", exported, tmp_path))
    assert "upgrade Incident Desk" in err.value.help_message


def test_missing_file_and_unwritable_export(desk: Desk, tmp_path: Path) -> None:
    """A path that is not there, or an export into a place that cannot be written, is an ArchiveError naming it."""
    with pytest.raises(ArchiveError, match=r"nothere\.zip: cannot be read"):
        read_archive(tmp_path / "nothere.zip")
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ArchiveError, match=r"out\.zip: cannot be written"):
        desk.export(blocker / "out.zip")


def _bomb(exported: Path, tmp_path: Path, name: str) -> tuple[Path, Limits]:
    """An export whose articles.jsonl unpacks to far more than its articles can hold, one way per name."""
    m = _members(exported)
    longest = max(len(line.encode()) for line in m[ARTICLES].split("\n"))
    roomy = Limits(line_bytes=2 * longest, member_bytes=10**9)
    if name == "blank megabytes":  # 5 MB of spaces after the 5 articles: they deflate to almost nothing
        return _rewrite(exported, tmp_path / "bomb.zip", **{ARTICLES: m[ARTICLES] + " " * 5_000_000}), roomy
    if name == "over the import limit":
        return exported, Limits(line_bytes=2 * longest, member_bytes=1000)
    if name == "one long line":  # within 5 lines' room all together, but one line is longer than a line may be
        lines = m[ARTICLES].split("\n")
        padded = "\n".join([lines[0], " " * (roomy.line_bytes + 100), *lines[1:]])
        return _rewrite(exported, tmp_path / "long.zip", **{ARTICLES: padded}), roomy
    # "lying header": the central directory says articles.jsonl unpacks to 100 bytes; it unpacks to thousands
    data = bytearray(exported.read_bytes())
    with zipfile.ZipFile(exported) as zf:
        size = zf.getinfo(ARTICLES).file_size
    entry = data.find(b"PK\x01\x02")  # the central directory entries, in member order
    while data[entry + 46 : entry + 46 + len(ARTICLES)] != ARTICLES.encode():
        entry = data.find(b"PK\x01\x02", entry + 4)
    assert struct.unpack_from("<I", data, entry + 24)[0] == size
    struct.pack_into("<I", data, entry + 24, 100)
    out = tmp_path / "lying.zip"
    out.write_bytes(bytes(data))
    return out, roomy


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("blank megabytes", "MB, more than 5 articles of at most"),
        ("over the import limit", "more than the 0.001 MB an import reads (DESK_INGEST__MAX_IMPORT_MB)"),
        ("one long line", "articles.jsonl line 2 is longer than"),
        ("lying header", "articles.jsonl is damaged"),
    ],
)
def test_an_archive_that_unpacks_to_more_than_it_may_is_refused_unread(
    name: str, problem: str, exported: Path, tmp_path: Path
) -> None:
    """A zip bomb is refused from its header, or at the first line too long, naming the file, member and limit."""
    bomb, limits = _bomb(exported, tmp_path, name)
    with pytest.raises(ArchiveError) as err:
        read_archive(bomb, limits)
    assert err.value.message.startswith(f"{bomb}: ") and problem in err.value.message, err.value.message
    assert err.value.help_message


def test_import_limits_come_from_the_settings(exported: Path, settings: Settings, tmp_path: Path) -> None:
    """DESK_INGEST__MAX_FILE_MB bounds a line and DESK_INGEST__MAX_IMPORT_MB a member; raising them lets a file in."""
    bomb, _ = _bomb(exported, tmp_path, "blank megabytes")
    small = settings.model_copy(update={"ingest": settings.ingest.model_copy(update={"max_file_mb": 0.05})})
    with pytest.raises(ArchiveError, match=r"DESK_INGEST__MAX_FILE_MB x 3\) each"):
        Desk(_other_corpus(small)).import_archive(bomb)
    assert Limits.of(settings.ingest) == Limits(line_bytes=15_065_536, member_bytes=1_000_000_000)
    assert [r.status for r in Desk(_other_corpus(settings)).import_archive(bomb).results] == ["added"] * 5


@pytest.mark.parametrize("links", [True, False], ids=["hard links", "no hard links"])
def test_the_archive_writer_never_replaces_a_file_unless_told(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    """Onto a taken name: refused, or the next free -N name when numbered, or replaced only with overwrite; on a file
    system without hard links too."""
    if not links:

        def no_link(src: object, dst: object) -> None:
            raise PermissionError(1, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_link)
    archive = read_archive(exported)
    records = [IncidentRecord(doc_id=d, incident=i) for d, found in archive.incidents.items() for i in found]
    parts = (archive.manifest, archive.articles, records)
    taken = tmp_path / "out" / "taken.zip"
    taken.parent.mkdir()
    taken.write_bytes(b"older")
    with pytest.raises(ArchiveError, match=r"taken\.zip: already exists"):
        write_archive(taken, *parts)
    assert taken.read_bytes() == b"older"
    assert write_archive(taken, *parts, numbered=True) == tmp_path / "out" / "taken-2.zip"
    assert write_archive(taken, *parts, numbered=True) == tmp_path / "out" / "taken-3.zip"
    assert write_archive(taken, *parts, overwrite=True) == taken
    assert sorted(p.name for p in taken.parent.iterdir()) == ["taken-2.zip", "taken-3.zip", "taken.zip"]
    assert all(len(read_archive(p).articles) == 5 for p in taken.parent.iterdir())
