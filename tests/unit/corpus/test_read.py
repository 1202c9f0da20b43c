"""Reading files, cleaning boilerplate, article metadata, and what ingest does with bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from assistant.corpus.read import RawRecord, clean, read_records, to_article
from assistant.desk import Desk
from assistant.errors import InputFileError

from conftest import SEEDS


def _article(path: Path):
    (rec,) = list(read_records(path, 5_000_000))
    assert not isinstance(rec, InputFileError), rec
    return to_article(rec)


@pytest.mark.parametrize(
    ("name", "title_start", "outlet", "published"),
    [
        ("000_b6ac3712ce3964f2.txt", "WATCH: Deadly ISIS ambush in Makhmour", "Kurdistan 24", None),
        ("001_a38569504abe2439.txt", "Iraq, anti-ISIS coalition kill", "Kurdistan 24", dt.date(2019, 11, 10)),
        ("002_a9d188d1784c2b7a.txt", "At least 11 fighters from the Iranian-backed", "AFP", dt.date(2021, 1, 24)),
        ("003_27d1533106132ce4.txt", "Iraq: Islamic State Militants Kill 7", None, None),
        ("004_4c74c92a67e39f7d.txt", "Islamic State militants stated Sunday", "AFP", dt.date(2022, 12, 18)),
    ],
)
def test_seed_metadata(name: str, title_start: str, outlet: str | None, published: dt.date | None) -> None:
    """Title, outlet and publication date come from the text; no date is invented when the text has none."""
    art = _article(SEEDS / name)
    assert art.title.startswith(title_start)
    assert art.outlet == outlet
    assert art.published == published


@pytest.mark.parametrize(
    ("name", "gone"),
    [
        ("001_a38569504abe2439.txt", "Read More: Multiple casualties"),
        ("001_a38569504abe2439.txt", "Sponsored Links"),
        ("001_a38569504abe2439.txt", "Editing by John Catherine"),
        ("001_a38569504abe2439.txt", "2019-11-10 00:00:00 - Source"),
        ("002_a9d188d1784c2b7a.txt", "For all the latest headlines follow our Google News channel"),
        ("002_a9d188d1784c2b7a.txt", "US denies involvement in alleged attack"),
        ("002_a9d188d1784c2b7a.txt", "date 2021-01-24"),
        ("003_27d1533106132ce4.txt", "Please let us know if you're having issues with commenting"),
    ],
)
def test_boilerplate_removed(name: str, gone: str) -> None:
    """Navigation, related-link lists, credits and date stamps do not reach the index."""
    assert gone not in _article(SEEDS / name).text


def test_duplicated_lead_paragraph_kept_once() -> None:
    """Seed 000 repeats its lead paragraph (once with a dateline); the cleaned text has it once."""
    text = _article(SEEDS / "000_b6ac3712ce3964f2.txt").text
    assert text.count("late Wednesday ambushed an Iraqi Shia militia convoy") == 1
    assert "ERBIL (Kurdistan 24)" in text
    assert "Six militia members were killed while 31 others were injured" in text


def test_clean_keeps_facts_and_paragraphs() -> None:
    """Cleaning drops boilerplate lines but keeps every real paragraph, separated by blank lines."""
    raw = "Title of the piece here\n\nFirst fact: 3 killed.\nSponsored Links\n\n\nSecond fact: 5 wounded.\n"
    text, _ = clean(raw)
    assert text == "Title of the piece here\n\nFirst fact: 3 killed.\n\nSecond fact: 5 wounded."


def test_doc_id_is_content_hash(tmp_path: Path) -> None:
    """The same article under another file name gets the same id; a changed one gets a new id."""
    a = _article(SEEDS / "002_a9d188d1784c2b7a.txt")
    copy = tmp_path / "renamed.md"
    copy.write_text((SEEDS / "002_a9d188d1784c2b7a.txt").read_text())
    assert _article(copy).doc_id == a.doc_id
    copy.write_text(copy.read_text().replace("11 dead and 10 wounded", "12 dead and 10 wounded"))
    assert _article(copy).doc_id != a.doc_id


def test_json_jsonl_and_html(tmp_path: Path) -> None:
    """JSON fields (title, url, published, source) and HTML meta tags become article metadata."""
    body = "Gunmen attacked a checkpoint near Baiji, killing four soldiers, officials said on Monday."
    (tmp_path / "one.json").write_text(
        json.dumps(
            {
                "text": body,
                "title": "Baiji checkpoint attack",
                "published": "2020-03-02",
                "source": "Reuters",
                "url": "https://x.test/a",
            }
        )
    )
    (tmp_path / "many.jsonl").write_text(
        json.dumps({"text": body.replace("four", "five")})
        + "\n\n"
        + json.dumps({"text": body.replace("four", "six"), "published": "2020-03-05"})
        + "\n"
    )
    (tmp_path / "page.html").write_text(
        "<html><head><title>Raid in Hawija</title>"
        "<meta property='article:published_time' content='2021-05-06T10:00:00Z'>"
        "<meta property='og:site_name' content='Rudaw'><style>p{color:red}</style><script>alert(1)</script></head>"
        "<body><nav>Home | World</nav><p>Security forces raided a hideout in Hawija &amp; arrested two suspects.</p>"
        "<p>No casualties were reported.</p></body></html>"
    )
    arts = {}
    for path in sorted(tmp_path.iterdir()):
        for rec in read_records(path, 5_000_000):
            assert not isinstance(rec, InputFileError), rec
            a = to_article(rec)
            arts[a.source] = a
    one = arts[str(tmp_path / "one.json")]
    assert (one.title, one.outlet, one.published, one.url) == (
        "Baiji checkpoint attack",
        "Reuters",
        dt.date(2020, 3, 2),
        "https://x.test/a",
    )
    assert arts[str(tmp_path / "many.jsonl") + "#line3"].published == dt.date(2020, 3, 5)
    page = arts[str(tmp_path / "page.html")]
    assert (page.title, page.outlet, page.published) == ("Raid in Hawija", "Rudaw", dt.date(2021, 5, 6))
    assert "Hawija & arrested two suspects." in page.text
    assert "alert" not in page.text and "color" not in page.text and "Home | World" not in page.text


BAD = [
    ("empty.txt", b"   \n\n", "empty file"),
    ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("latin1.txt", "Mossoul: deux morts à l'entrée".encode("latin-1"), "not valid UTF-8"),
    ("utf16.txt", "\ufeffTwo were killed in Mosul.".encode("utf-16-le"), "UTF-16 text (byte-order mark FF FE)"),
    ("utf16-be.md", "\ufeffTwo were killed in Mosul.".encode("utf-16-be"), "UTF-16 text (byte-order mark FE FF)"),
    ("utf32.txt", "Two were killed in Mosul.".encode("utf-32"), "UTF-32 text (byte-order mark FF FE 00 00)"),
    ("broken.json", b'{"text": "unterminated', "invalid JSON"),
    ("notext.json", b'{"title": "no body"}', "missing or empty 'text'"),
    ("sheet.xlsx", b"PK\x03\x04 workbook", "unsupported file type"),
    ("blank.csv", b",,\n,\n", "empty table"),
    (
        "baddate.json",
        b'{"text": "Two were killed in Mosul on Friday, police said.", "published": "last week"}',
        "'published' is not a date",
    ),
]


def test_bad_files_rejected_by_name_rest_ingested(settings, seeds: Path) -> None:
    """Each bad file is reported with its name and reason; good files in the same run are stored."""
    for name, data, _ in BAD:
        (seeds / name).write_bytes(data)
    big = seeds / "huge.txt"
    big.write_text("Word " * 300_000)  # 1.5 MB
    settings.ingest.max_file_mb = 1.0
    report = Desk(settings).ingest([seeds])
    rejected = {Path(r.path.split("#")[0]).name: r.reason for r in report.results if r.status == "rejected"}
    for name, _, reason in BAD:
        assert reason in rejected[name], (name, rejected.get(name))
    assert "over the 1.0 MB limit" in rejected["huge.txt"]
    assert report.count("added") == 5
    assert Desk(settings).store.counts()[0] == 5


def test_reingest_is_noop_and_changed_file_replaces(settings, seeds: Path) -> None:
    """Re-ingesting unchanged files stores nothing new; editing a file replaces its old chunks."""
    desk = Desk(settings)
    desk.ingest([seeds])
    before = desk.store.counts()
    again = desk.ingest([seeds])
    assert [r.status for r in again.results] == ["duplicate"] * 5
    assert desk.store.counts() == before
    path = seeds / "002_a9d188d1784c2b7a.txt"
    old_id = _article(path).doc_id
    path.write_text(path.read_text().replace("11 dead and 10 wounded", "12 dead and 10 wounded"))
    (res,) = desk.ingest([path]).results
    assert res.status == "replaced"
    assert desk.store.article(old_id) is None
    assert desk.store.chunks_of(old_id) == []
    assert desk.store.counts()[0] == 5
    assert "12 dead" in desk.store.article(res.doc_id).text


def test_hard_wrapped_text_and_curly_boilerplate(tmp_path: Path) -> None:
    """Wrapped lines join into one paragraph; boilerplate with curly apostrophes is still removed."""
    p = tmp_path / "wrapped.txt"
    p.write_text(
        "Gunmen kill four soldiers near Tikrit\n\nGunmen killed four soldiers near Tikrit on Sunday and\n"
        "wounded two others, police said.\n\nPlease let us know if you\u2019re having issues with commenting.\n"
    )
    art = _article(p)
    assert art.title == "Gunmen kill four soldiers near Tikrit"
    assert "on Sunday and wounded two others, police said." in art.text
    assert "commenting" not in art.text


def test_html_whitespace_svg_title_forms_and_odd_dates(tmp_path: Path) -> None:
    """HTML line breaks are not paragraphs, icon titles stay out of the title, form-wrapped bodies are read,
    and an unreadable meta date means 'unknown' rather than a rejected page."""
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Real title</title><meta name='date' content='24/01/2021'></head><body>"
        "<svg><title>Facebook icon</title></svg><form><p>Two policemen were killed\nin Samarra on Friday,"
        "\nofficials said.</p></form></body></html>"
    )
    art = _article(p)
    assert art.title == "Real title"
    assert "Two policemen were killed in Samarra on Friday, officials said." in art.text
    assert art.published is None


def test_empty_list_missing_path_and_source_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty JSON list and a missing path are reported; relative and absolute paths are one source;
    JSON records with a URL are identified by it."""
    (tmp_path / "none.json").write_text("[]")
    (err,) = list(read_records(tmp_path / "none.json", 1000))
    assert isinstance(err, InputFileError) and "empty JSON list" in err.reason
    (err,) = list(read_records(tmp_path / "nope", 1000))
    assert isinstance(err, InputFileError) and "no such file" in err.reason
    (tmp_path / "a.txt").write_text("Bomb kills three in Baiji\n\nA roadside bomb killed three people in Baiji.")
    monkeypatch.chdir(tmp_path)
    assert _article(Path("a.txt")).source == _article(tmp_path / "a.txt").source
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": "A roadside bomb killed three in Baiji.", "url": "https://n.test/1"})
    )
    assert _article(tmp_path / "feed.jsonl").source.endswith("feed.jsonl#https://n.test/1")


# ------------------------------------------------------------------ the report's date, wherever the header puts it

BODY = "Gunmen killed two farmers near Hawija on Sunday, police said, and the attackers fled towards the hills nearby."
REPORT_DATES = [
    ("date-line-after-title", f"Two farmers killed near Hawija\n\ndate 2022-05-03\n\n{BODY}", "2022-05-03"),
    ("report-date-label", f"Report date: 2021-01-05\nSource: Shafaq News\n\n{BODY}", "2021-01-05"),
    ("published-line", f"Two farmers killed near Hawija\nPublished: 14 March 2023\n\n{BODY}", "2023-03-14"),
    ("outlet-and-date", f"Kirkuk / Shafaq News - Sunday 30 August 2020\n\n{BODY}", "2020-08-30"),
    ("numeric-day-first", f"Kirkuk / Baghdad Today / 25-10-2021\n\n{BODY}", "2021-10-25"),
    (
        "reported-on",
        "Reported on 06 06 2019, gunmen killed a farmer and his son in the village of Albu Hayat.",
        "2019-06-06",
    ),
    ("date-in-the-body-only", f"Two farmers killed near Hawija\n\n{BODY} The attack followed one on 2 May 2022.", None),
]


@pytest.mark.parametrize(("name", "text", "iso"), REPORT_DATES, ids=[r[0] for r in REPORT_DATES])
def test_report_date_from_a_header_line_anywhere_in_the_head(tmp_path: Path, name: str, text: str, iso: str) -> None:
    """The header's date (title, outlet and date lines, in any order) is the report's; the body's dates are not."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    got = to_article(rec).published
    assert (got.isoformat() if got else None) == iso


def test_json_published_in_words_is_the_report_date(tmp_path: Path) -> None:
    """A JSON 'published' written as words ('14 March 2023') counts; only a non-date is refused."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": BODY, "published": "14 March 2023"}), encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    assert to_article(rec).published == dt.date(2023, 3, 14)


def test_a_date_line_under_the_title_is_not_part_of_the_title() -> None:
    """'date 2022-10-18' on the line after a headline dates the report; the title stays the headline."""
    rec = RawRecord(
        source="x.txt", text="Roadside bomb kills two policemen\ndate 2022-10-18\n\nKIRKUK (AFP) - A bomb ..."
    )
    article = to_article(rec)
    assert article.title == "Roadside bomb kills two policemen" and article.published.isoformat() == "2022-10-18"


# Photo captions, credits and bylines are not the report (issue 13): they never reach the stored text, so they are
# never evidence. Each row is (line, whether it is dropped).
_AROUND_THE_REPORT = [
    ("Iraqi soldiers take part in a training exercise in 2015. (Photo: AFP)", True),
    ("Photo: Members of the PMU near Tikrit, January 2021.", True),
    ("A member of the Iraqi security forces stands guard in Kirkuk. REUTERS/Ako Rasheed", True),
    ("Smoke rises after an airstrike near Makhmour. AFP via Getty Images", True),
    ("FILE PHOTO: Iraqi federal police patrol in Kirkuk, Iraq, March 2019.", True),
    ("Mourners carry a coffin in Najaf. (Image credit: Shafaq News)", True),
    ("Iraqi army vehicles in Anbar. Photo by Ali Hassan/Rudaw", True),
    ("Caption: a checkpoint near Tarmiya in 2016", True),
    ("By John Smith", True),
    ("By Ahmed al-Rubaie and Sara Khalil", True),
    ("Written by Hiwa Shilani", True),
    ("By Karwan Faidhi Dri, Rudaw", True),
    ("Staff writer", True),
    ("The photo showed the bodies of three soldiers, police said.", False),
    ("ISIS released a video of the attack on Telegram, AFP reported.", False),
    ("Three soldiers were killed near Kirkuk, according to AFP/Reuters.", False),
    ("Police released a photo by the roadside.", False),
    ("The ministry shared the picture: a burned vehicle.", False),
    ("A photographer was wounded in the blast.", False),
    ("By Sunday, the toll had risen to 12.", False),
    ("By then, police had sealed the area.", False),
    ("By evening, Iraqi forces retook the village.", False),
]


@pytest.mark.parametrize(("line", "dropped"), _AROUND_THE_REPORT)
def test_captions_credits_and_bylines_are_not_stored(line: str, dropped: bool) -> None:
    body = "Gunmen killed two soldiers at a checkpoint near Tikrit on Monday, police said."
    text, _ = clean(f"Soldiers killed near Tikrit\n\n{body}\n\n{line}\n\nThe attackers fled.")
    assert (line not in text) is dropped and body in text


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        (
            "A fighter from a PMU brigade takes part in a training exercise in Najaf on March 7, 2015, ahead of the "
            "operation in Tikrit. Thousands of fighters launched an operation to retake the city \u2026",
            True,
        ),
        ("Iraqi soldiers stand guard at a checkpoint in Kirkuk on 12 October 2017.", True),
        ("Members of the Popular Mobilization Forces gather near Tikrit on January 3, 2020, in this file photo.", True),
        ("Smoke rises over Mosul during fighting between Iraqi forces and Islamic State militants...", True),
        ("Iraqi forces launched an operation on March 7, 2015 to retake Tikrit.", False),
        ("Security forces patrol the area after gunmen attacked a checkpoint on 12 October 2017, killing two.", False),
        ("Three soldiers were killed on Wednesday when a bomb hit their patrol in Tarmiya, police said.", False),
    ],
)
def test_a_picture_described_under_the_title_is_a_caption(paragraph: str, caption: bool) -> None:
    """The paragraph under a title that shows a scene (present tense, the day the photo was taken, or cut off)."""
    body = "Militants killed seven members of the security forces in two attacks late Wednesday, police said."
    text, _ = clean(f"Militants kill 7 in twin attacks\n\n{paragraph}\n\n{body}")
    assert (paragraph not in text) is caption and body in text


# ------------------------------------------------------------------ crafted and odd input (issue 15)

STORY = "Gunmen killed four soldiers at a checkpoint near Baiji on Monday, police said."
CRAFTED = [
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
    ("deep.jsonl", json.dumps({"text": STORY}).encode() + b"\n" + b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("surrogate.json", ('{"text": "' + STORY + ' \\ud800"}').encode(), "lone surrogate \\ud800"),
    ("surrogate-title.json", ('{"text": "' + STORY + '", "title": "A \\udfff"}').encode(), "'title' holds a lone"),
    ("late-nul.txt", STORY.encode() * 200 + b"\x00" + STORY.encode(), "NUL byte at offset 15600"),
]


def test_crafted_files_are_rejected_by_name_and_the_run_goes_on(settings, seeds: Path) -> None:
    """A JSON nested 100,000 deep, a lone surrogate escape or a NUL byte past the first 8 KB gets that file (or
    record) a rejection that names it, the problem and what to do; every other file of the run is stored."""
    for name, data, _ in CRAFTED:
        (seeds / name).write_bytes(data)
    report = Desk(settings).ingest([seeds])
    rejected = {Path(r.path).name: r for r in report.results if r.status == "rejected"}
    for name, _, reason in CRAFTED:
        key = f"{name}#line2" if name.endswith(".jsonl") else name
        assert reason in rejected[key].reason, (name, rejected[key].reason)
        assert rejected[key].help_message, name
    assert report.count("added") == 6  # the five seeds and deep.jsonl's good first record
    assert Desk(settings).store.counts()[0] == 6


CONTROLS = [
    ("ESC", "\x1b[2J\x1b[31m"),
    ("BEL", "\x07"),
    ("NUL", "\x00"),
    ("backspace", "\x08"),
    ("DEL", "\x7f"),
    ("C1 CSI", "\x9b31m"),
    ("C1 OSC", "\x9d0;title\x07"),
    ("LRE", "\u202a"),
    ("RLE", "\u202b"),
    ("PDF", "\u202c"),
    ("LRO", "\u202d"),
    ("RLO", "\u202e"),
    ("LRI", "\u2066"),
    ("RLI", "\u2067"),
    ("FSI", "\u2068"),
    ("PDI", "\u2069"),
]
_STRIPPED = set("\x1b\x07\x00\x08\x7f\x9b\x9d\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.mark.parametrize(("name", "chars"), CONTROLS, ids=[c[0] for c in CONTROLS])
def test_control_and_bidi_characters_are_not_stored(settings, tmp_path: Path, name: str, chars: str) -> None:
    """Terminal controls and bidi overrides in a record's text or title are dropped at ingest; the words stay."""
    feed = tmp_path / "feed.json"
    record = {"text": f"Gunmen killed four{chars} soldiers near Baiji.\n\n{STORY}", "title": f"Baiji{chars} attack"}
    feed.write_text(json.dumps(record))
    (result,) = Desk(settings).ingest([feed]).results
    assert result.status == "added", result
    stored = Desk(settings).store.article(result.doc_id)
    assert not _STRIPPED & set(stored.text + stored.title), name
    assert "Gunmen killed four" in stored.text and "soldiers near Baiji." in stored.text
    assert stored.title.startswith("Baiji") and stored.title.endswith(" attack")


def test_line_breaks_tabs_and_spacing_controls_keep_words_apart(tmp_path: Path) -> None:
    """CR, VT and FF separate words as before (they become spaces); paragraphs and tabs are text."""
    p = tmp_path / "spaced.txt"
    p.write_text("Soldiers killed near Baiji\r\n\r\nGunmen\rkilled\x0bfour\x0csoldiers\tnear Baiji, police said.\n")
    art = _article(p)
    assert art.text == "Soldiers killed near Baiji\n\nGunmen killed four soldiers near Baiji, police said."


def test_special_entries_in_a_folder_are_named_with_their_reason(
    settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO, a symlink loop, a broken symlink, a symlink to a folder and a folder that cannot be listed each get
    a rejection naming them and saying why, whether found in a folder or given directly; good files are stored."""
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden-from-us.txt").write_text(STORY)
    (folder / "good.txt").write_text(f"Soldiers killed near Baiji\n\n{STORY}")
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (folder / "elsewhere").symlink_to(tmp_path)
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # tests run as root, who may list any folder: refuse as for a user
        if Path(str(path)) == folder / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    report = Desk(settings).ingest([folder])
    reasons = {Path(r.path).name: r.reason for r in report.results if r.status == "rejected"}
    assert reasons == {
        "pipe.txt": "not a regular file (FIFO)",
        "loop.txt": "symlink loop: the link never reaches a file",
        "gone.txt": f"broken symlink (its target {tmp_path / 'deleted.txt'} does not exist)",
        "elsewhere": "symlink to a folder: not followed",
        "locked": "permission denied (cannot list this folder)",
    }
    assert report.count("added") == 1
    for name in ("pipe.txt", "loop.txt", "locked"):  # given directly, the reason is the same
        (given,) = list(read_records(folder / name, 1000))
        assert isinstance(given, InputFileError) and given.reason == reasons[name], name


UNCLOSED = [
    ("aside", "<aside><h3>Related</h3><a href='/x'>Other story</a>"),
    ("nav", "<nav><a href='/'>Home</a> | <a href='/world'>World</a>"),
    ("noscript", "<noscript>Enable JavaScript"),
    ("script", "<script>var ads = [];"),
    ("style", "<style>p { color: red }"),
    ("nested", "<nav><aside>Menu"),
]


@pytest.mark.parametrize(("name", "opening"), UNCLOSED, ids=[u[0] for u in UNCLOSED])
def test_an_unclosed_boilerplate_element_does_not_drop_the_article(tmp_path: Path, name: str, opening: str) -> None:
    """An <aside>, <nav>, <footer>, <script> or <style> that is never closed keeps the article body after it."""
    p = tmp_path / "page.html"
    p.write_text(
        f"<html><head><title>Raid in Hawija</title></head><body>{opening}"
        "<p>Security forces raided a hideout in Hawija and arrested two suspects.</p>"
        "<p>No casualties were reported.</p></body></html>"
    )
    art = _article(p)
    assert "Security forces raided a hideout in Hawija and arrested two suspects." in art.text
    assert "No casualties were reported." in art.text
    assert art.title == "Raid in Hawija"


def test_closed_boilerplate_is_still_dropped(tmp_path: Path) -> None:
    """Closed navigation, asides and scripts (also one holding '<p>' in a string) stay out of the text."""
    p = tmp_path / "page.html"
    p.write_text(
        "<html><body><nav>Home | World</nav><aside>Related <aside>inner</aside> links</aside>"
        "<script>var s = '<p>not text</p>';</script><p>Security forces raided a hideout in Hawija.</p>"
        "<nav>Footer menu</nav></body></html>"
    )
    assert _article(p).text == "Security forces raided a hideout in Hawija."


def test_many_unclosed_boilerplate_elements_read_in_linear_time(tmp_path: Path) -> None:
    """A crafted page with 20,000 unclosed <aside> and as many end tags of other elements is read at once (each end
    tag used to scan every open element), and its article is kept."""
    page = tmp_path / "crafted.html"
    body = "<p>Gunmen killed two shepherds near Hawija on Monday, police said.</p>"
    page.write_text("<html><body>" + "<aside>" * 20_000 + body + "</p>" * 20_000 + "</body></html>", encoding="utf-8")
    (rec,) = list(read_records(page, 5_000_000))
    assert isinstance(rec, RawRecord) and "two shepherds near Hawija" in rec.text


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_huge_number_is_that_records_rejection(tmp_path: Path, suffix: str) -> None:
    """A value Python will not read (a 5,000-digit number) rejects its record by name; a JSONL file's other lines go
    on."""
    feed = tmp_path / f"feed{suffix}"
    good = '{"text": "Gunmen killed two shepherds near Hawija on Monday, police said."}'
    feed.write_text(f'{{"text": "x", "n": {"9" * 5000}}}\n' + (good if suffix == ".jsonl" else ""), encoding="utf-8")
    items = list(read_records(feed, 5_000_000))
    assert isinstance(items[0], InputFileError) and "unreadable JSON value" in items[0].reason
    assert len(items) == (2 if suffix == ".jsonl" else 1)


def test_a_file_name_with_control_characters_or_undecodable_bytes_is_stored_printable() -> None:
    """The stored source (shown in the documents table) cannot steer a terminal, flip text right to left or break
    a line: each such character, and a byte of a name that was no UTF-8, is kept as a visible escape, not refused."""
    text = "Gunmen killed two shepherds near Hawija on Monday, police said."
    article = to_article(RawRecord(source="esc\x1b[2Jclear\u202eevil\udcff\nline.txt", text=text))
    assert article.source == "esc\\x1b[2Jclear\\u202eevil\\xff\\x0aline.txt"


@pytest.mark.parametrize(
    ("odd", "plain"),
    [
        ("esc\x1b[31m.txt", "esc[31m.txt"),
        ("bel\x07.txt", "bel.txt"),
        ("rlo\u202e.txt", "rlo.txt"),
        ("line\nbreak.txt", "line break.txt"),
        (os.fsdecode(b"caf\xe9.txt"), os.fsdecode(b"caf\xe8.txt")),
    ],
    ids=["ESC", "BEL", "RLO", "newline", "latin-1 bytes"],
)
def test_two_files_whose_names_differ_only_by_an_odd_character_are_two_articles(
    settings, tmp_path: Path, odd: str, plain: str
) -> None:
    """A name with a control, bidi or undecodable character beside the name it would print as: two sources, both
    stored (the second one used to 'replace' the first, whose article was lost)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / odd).write_text(f"Soldiers killed near Baiji\n\n{STORY}")
    (folder / plain).write_text(f"Police killed near Hawija\n\n{STORY}")
    report = Desk(settings).ingest([folder])
    assert [r.status for r in report.results] == ["added", "added"], report.results
    assert len({r.path for r in report.results}) == 2
    assert Desk(settings).store.counts()[0] == 2


def test_a_folders_hidden_entries_are_named_as_skipped_not_left_out_silently(settings, tmp_path: Path) -> None:
    """'.notes.txt', '..%2fetc%2fpasswd.txt' and a '.git' folder in a folder are not read, but each is named with the
    reason (the run is no failure); a hidden file given itself is read."""
    folder = tmp_path / "in"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "HEAD.txt").write_text(f"Soldiers killed near Baiji\n\n{STORY}")
    (folder / ".notes.txt").write_text(f"Police killed near Hawija\n\n{STORY}")
    (folder / "..%2fetc%2fpasswd.txt").write_text(f"Gunmen attack near Tikrit\n\n{STORY}")
    (folder / "good.txt").write_text(f"Shepherds killed near Mosul\n\n{STORY}")
    report = Desk(settings).ingest([folder])
    got = {Path(r.path).name: (r.status, r.reason) for r in report.results}
    assert got == {
        ".git": ("skipped", "hidden folder (its name starts with '.'): not read"),
        ".notes.txt": ("skipped", "hidden file (its name starts with '.'): not read"),
        "..%2fetc%2fpasswd.txt": ("skipped", "hidden file (its name starts with '.'): not read"),
        "good.txt": ("added", None),
    }
    (given,) = Desk(settings).ingest([folder / ".notes.txt"]).results
    assert given.status == "added"


@pytest.mark.parametrize("brk", ["\u2028", "\u2029", "\u0085"])
def test_jsonl_lines_end_at_newline_only(tmp_path: Path, brk: str) -> None:
    """A record whose title holds a character str.splitlines() breaks at (JSON leaves it raw) is one record, not two
    broken lines; the next line is the next record, numbered as an editor numbers it."""
    body = "Gunmen attacked a checkpoint near Baiji, killing four soldiers, officials said on Monday."
    first = json.dumps({"text": body, "title": f"Baiji{brk}attack"}, ensure_ascii=False)
    second = json.dumps({"text": body.replace("four", "six")})
    path = tmp_path / "feed.jsonl"
    path.write_text(first + "\n" + second + "\n", encoding="utf-8")
    records = list(read_records(path, 5_000_000))
    assert all(isinstance(r, RawRecord) for r in records), records
    assert [r.source.rsplit("#", 1)[1] for r in records] == ["line1", "line2"]
    assert "Baiji" in (records[0].title or "") and "attack" in (records[0].title or "")
