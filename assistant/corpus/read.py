"""Read article files (txt, md, html, json, jsonl, csv, tsv), clean boilerplate, find title/outlet/date."""

from __future__ import annotations

import collections
import csv
import datetime as dt
import email
import email.message
import email.policy
import email.utils
import errno
import hashlib
import html
import io
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

from assistant.errors import InputFileError
from assistant.language.dates import (
    CHAT_STAMP,
    calendar_date,
    chat_day,
    compact_date,
    declared_order,
    find_date_phrases,
    in_declared_order,
    numeric_date,
    resolve_phrase,
)
from assistant.language.text import (
    DATE_FIRST_DATELINE,
    FULL_DATE_DATELINE,
    NEWS_AGENCIES,
    NEWS_AGENCY_NAMES,
    WIRE_DATELINE,
    printable,
)
from assistant.language.vocab import MONTH_ABBREVIATIONS, month_number
from assistant.schemas import Article

SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".tsv", ".xml", ".eml")


@dataclass
class RawRecord:
    """Text plus any metadata the container supplied (JSON fields, HTML meta tags)."""

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


# ---------------------------------------------------------------- files -> raw records


@dataclass(frozen=True)
class Skipped:
    """A folder entry left out on purpose (a hidden file or folder: .git, .DS_Store), named with the reason."""

    path: Path
    reason: str
    help_message: str = "hidden entries of a folder are not read: give the file itself, or rename it, to ingest it"


def iter_files(paths: list[Path]) -> Iterator[Path | Skipped]:
    """Files under the given paths (folders recursively), sorted; a folder's hidden entries come as Skipped.

    A folder's other entries come too (a FIFO, a symlink loop or to a folder, a folder that cannot be listed):
    read_records says why each is not read, so nothing in a given folder is left out without a word.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    # A stack of listings, not recursion: a tree thousands of folders deep must not stop the run.
    stack = [_listing(folder)]
    if stack[0] is None:
        yield folder  # read_records reports why it cannot be listed
        return
    while stack:
        entry = next(stack[-1] or iter(()), None)
        if entry is None:
            stack.pop()
            continue
        try:
            real_folder = entry.is_dir(follow_symlinks=False)  # a symlink to a folder is not followed: loops
        except OSError:
            real_folder = False
        if entry.name.startswith("."):  # '.git', '.DS_Store', and also '..%2fetc.txt': said, not read
            kind = "folder" if real_folder else "file"
            yield Skipped(Path(entry.path), f"hidden {kind} (its name starts with '.'): not read")
            continue
        listing = _listing(Path(entry.path)) if real_folder else None
        if listing is not None:
            stack.append(listing)
        else:
            yield Path(entry.path)


def _listing(folder: Path) -> Iterator[os.DirEntry[str]] | None:
    """The folder's entries by name, or None when it cannot be listed."""
    try:
        with os.scandir(folder) as listing:
            return iter(sorted(listing, key=lambda e: e.name))
    except OSError:
        return None


_KINDS = {stat.S_IFIFO: "FIFO", stat.S_IFSOCK: "socket", stat.S_IFCHR: "character device", stat.S_IFBLK: "block device"}


def _os_problem(name: str, exc: OSError) -> InputFileError:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return InputFileError(name, "permission denied", "make it readable for this user, or leave it out")
    if exc.errno == errno.ELOOP:
        return InputFileError(name, "symlink loop: the link never reaches a file", "fix or remove the link")
    if exc.errno == errno.ENOENT:
        return InputFileError(name, "no such file or folder")
    return InputFileError(name, f"cannot read: {exc.strerror or exc}")


def _not_a_file(path: Path, name: str) -> InputFileError | None:
    """Why an entry is not a regular file that can be read (a FIFO would block the read forever), or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ENOENT and path.is_symlink():
            return InputFileError(name, f"broken symlink (its target {os.readlink(path)} does not exist)")
        return _os_problem(name, exc)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        if path.is_symlink():
            return InputFileError(name, "symlink to a folder: not followed", "give the folder itself to ingest it")
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            problem = _os_problem(name, exc)
            return InputFileError(name, f"{problem.reason} (cannot list this folder)", problem.help_message)
        return InputFileError(name, "a folder, not a file")
    return InputFileError(name, f"not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'special file')})")


# Byte-order marks of text in a wider encoding than UTF-8 (UTF-32's first, since FF FE also starts UTF-16 LE's).
_WIDE_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}

Progress = float  # how much of its file has been read once a record is (0..1], for an honest progress bar


def source_key(path: Path) -> str:
    """The name an article of this file is stored under: its resolved path, so "a.txt" and "/abs/a.txt" are one
    (any other entry, a FIFO or a symlink to a folder, keeps the name it was given)."""
    return str(path.resolve()) if path.is_file() else str(path)


def read_records(path: Path, max_bytes: int) -> Iterator[RawRecord | InputFileError]:
    """Raw records of one file; problems come back as InputFileError items, never raised."""
    for item, _ in read_file(path, max_bytes):
        yield item


def read_file(path: Path, max_bytes: int) -> Iterator[tuple[RawRecord | InputFileError, Progress]]:
    """Raw records of one file (problems as InputFileError items), each with the share of the file read so far."""
    name = source_key(path)
    try:
        problem = _not_a_file(path, name)
        if problem is not None:
            raise problem
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED:
            raise InputFileError(
                name, f"unsupported file type '{suffix or '(none)'}'", f"supported: {', '.join(SUPPORTED)}"
            )
        size = path.stat().st_size
        if size > max_bytes:
            raise InputFileError(
                name,
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit",
                "split it, or raise DESK_INGEST__MAX_FILE_MB",
            )
        data = path.read_bytes()
        if bom := next((b for b in _WIDE_BOMS if data.startswith(b)), None):  # before the NUL test: it is text
            raise InputFileError(
                name,
                f"{_WIDE_BOMS[bom]} text (byte-order mark {bom.hex(' ').upper()}), not UTF-8",
                "re-save the file as UTF-8",
            )
        # Text never holds a NUL byte, wherever it is: a NUL deep inside is a binary or UTF-16 file all the same.
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputFileError(
                name, f"binary file (a NUL byte at offset {nul}), not text", "save it as UTF-8 text (UTF-16 has NULs)"
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputFileError(
                name,
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                "re-save the file as UTF-8",
            ) from None
        if not text.strip():
            raise InputFileError(name, "empty file")
        if suffix in (".html", ".htm"):
            yield _from_html(name, text), 1.0
        elif suffix == ".json":
            yield from _from_json(name, text)
        elif suffix == ".jsonl":
            yield from _from_jsonl(name, text)
        elif suffix in (".csv", ".tsv"):
            yield _from_table(name, text, "\t" if suffix == ".tsv" else None), 1.0
        elif _FEED_XML.match(text):
            yield from _from_feed(name, text)
        elif suffix == ".xml":
            yield from _from_xml_records(name, text)
        elif suffix == ".eml":
            yield _from_email(name, text), 1.0
        else:
            yield RawRecord(source=name, text=text), 1.0
    except InputFileError as err:
        yield err, 1.0
    except OSError as exc:
        yield _os_problem(name, exc), 1.0


def _from_email(name: str, text: str) -> RawRecord:
    """A saved e-mail (.eml): its plain-text body (else its HTML body as text), its subject as the title, and its
    date as the report's. A message forwarded under a short note ('For the weekly roll-up.' / '---------- Forwarded
    message --------- / From: ... / Date: Sat, Nov 26, 2005 at 5:30 PM'), or attached to it, keeps its own date, the
    day its text was written; a reply's own words above a quoted message keep the mail's."""
    text = text.replace("\r\n", "\n")  # (saved mail ends its lines with CRLF)
    msg = email.message_from_bytes(text.encode("utf-8", "surrogateescape"), policy=email.policy.default)
    if not any(msg.get(h) for h in ("from", "to", "date", "subject", "message-id", "received")):
        return RawRecord(source=name, text=text)  # no mail's headers: a note saved under .eml, read as text
    body = _mail_body(name, msg)
    published = _mail_date(str(msg.get("date") or ""))
    attached = next((p for p in msg.walk() if p.get_content_type() == "message/rfc822"), None)
    if attached is not None and len(body.split()) <= _NOTE_WORDS:
        inner = attached.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if isinstance(inner, email.message.Message):  # 'See the attached alert.': the alert is the report
            body = body + "\n\n" + _mail_body(name, inner)
            published = _mail_date(str(inner.get("date") or "")) or published
    if not body.strip():
        raise InputFileError(name, "e-mail with no text body", "save the message as plain text or HTML")
    if fwd := _FORWARDED.search(body):
        head_end, told = fwd.end(), None
        lines = body[fwd.end() :].split("\n")
        for line in lines[:12]:
            field = _MAIL_FIELD.match(line.strip())
            if field is None and line.strip() and not (line[:1].isspace() and head_end > fwd.end()):
                break  # (a wrapped header line is indented: still the header)
            head_end += len(line) + 1
            if field is not None and field.group(1).lower() in ("date", "sent") and told is None:
                told = _mail_date(field.group(2))
        above = body[: fwd.start()]
        if told is not None and len(above.split()) <= _NOTE_WORDS and not find_date_phrases(above):
            published = told  # a forward under a short note: the forwarded message's day
        body = above + "\n" + body[head_end:]
    subject = re.sub(r"^(?:\s*(?:re|fwd?|fw|tr)\s*:)+\s*", "", str(msg.get("subject") or ""), flags=re.I).strip()
    return RawRecord(
        source=name, text=body, title=subject or None, published=published.isoformat() if published else None
    )


_NOTE_WORDS = 40  # a forwarding note's most words ('FYI', 'For the weekly roll-up, in case you missed it.')


def _mail_body(name: str, msg: email.message.Message) -> str:
    """A message's text: its plain part, else its HTML part as text, each tried in turn; a part whose charset is
    unknown is decoded as UTF-8 with replacements, never left encoded."""
    parts = [p for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html")]
    parts.sort(key=lambda p: p.get_content_type() != "text/plain")
    for part in parts:
        if str(part.get("content-disposition") or "").lower().startswith("attachment"):
            continue
        try:
            content = str(part.get_content())  # type: ignore[attr-defined]
        except (LookupError, ValueError, AttributeError, UnicodeError):
            raw = part.get_payload(decode=True)
            content = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
        if part.get_content_type() == "text/html":
            content = _from_html(name, content).text
        if content.strip():
            return content
    return ""


# a forwarded or quoted message's header block inside a mail's body (Gmail, Outlook, Apple Mail)
_FORWARDED = re.compile(
    r"^[ \t>]*(?:-{3,}\s*(?:Forwarded message|Original Message|Message transféré)\s*-{3,}|Begin forwarded message:|"
    r"_{10,})[ \t]*$",
    re.I | re.M,
)
_MAIL_FIELD = re.compile(r"^>?\s*(From|To|Cc|Date|Sent|Subject)\s*:\s*(.*)$", re.I)


def _mail_date(value: str) -> dt.date | None:
    """The day of a mail's Date header as its sender wrote it ('Sun, 17 Aug 2014 17:25:58 +0300'), or of a
    forwarded block's ('Sat, Nov 26, 2005 at 5:30 PM', 'Tuesday, April 28, 2015 5:47 PM')."""
    if not value.strip():
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return calendar_date(value)


def _from_table(name: str, text: str, delimiter: str | None) -> RawRecord:
    """A spreadsheet export (an incident tracker's rows, a database's download) as one document: each row a line of
    its cells joined by ' | ', the way a table pasted from a page reads, so a header row names the columns and a
    quoted cell's commas and line breaks stay inside it. Lines above the header ('Export date: ...') stay as they are.
    """
    if delimiter is None:
        sample = "\n".join(text.splitlines()[:20])
        counts = {d: sample.count(d) for d in (",", ";", "\t")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    rows: list[list[str]] = []
    try:
        # (read as a stream: a quoted cell keeps its line breaks as spaces, never glued words; empty cells are kept,
        # so every row of the table has the header's width)
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False):
            cells = [" ".join(c.split()) for c in row]
            if any(cells):
                rows.append(cells)
    except csv.Error as exc:
        raise InputFileError(name, f"unreadable table: {exc}", "save it as comma-separated UTF-8 text") from None
    if not rows:
        raise InputFileError(name, "empty table: no rows")
    # the table's width is its rows' most common one; a line above the header of another width is a note
    widths = [len(r) for r in rows if len(r) > 1]
    width = max(set(widths), key=widths.count) if widths else 1
    header = next((i for i, r in enumerate(rows) if len(r) == width), 0)
    glue = ", " if delimiter == "," else f"{delimiter} "
    published, cols = _table_report_date(rows[header], rows[header + 1 :]) if header + 1 < len(rows) else (None, ())
    cols = tuple(c for c in cols if not re.match(r"\W*(?:timestamp|created)", rows[header][c], re.I))
    if published is not None and cols:
        # the filing day is the document's date, kept with it: never read as the day of the event the row tells (a
        # 'timestamp' may be the event's own time, and stays)
        rows = rows[:header] + [[c for i, c in enumerate(r) if i not in cols] for r in rows[header:]]
    lines = [glue.join(c for c in r if c) for r in rows[:header]] + [" | ".join(r) for r in rows[header:]]
    return RawRecord(source=name, text="\n".join(lines), published=published)


# a table's column that dates the item's filing, not the event: 'report_date', 'logged (yy-mm-dd)', 'timestamp'
_REPORT_DATE_COLUMN = re.compile(
    r"^\W*(?:report(?:ed)?[\s_-]*(?:date|dt|on)|date[\s_-]*of[\s_-]*report|pub(?:lished)?|publication[\s_-]*date|"
    r"filed|logged|timestamp|received|posted|released|issued|created)"
    # (how the cell is written may follow: 'pub_date_excel_serial', 'filed_on_utc', 'posted at (local)')
    r"(?:[\s_-]*(?:date|dt|on|at|time|utc|gmt|local|excel|serial|iso))*\b\s*(?:\((?P<order>[^)]{4,12})\))?\s*$",
    re.I,
)


def _table_report_date(head: list[str], body: list[list[str]]) -> tuple[str | None, tuple[int, ...]]:
    """The day a one-row table's filing column gives ('report_date' 27.03.2008, 'logged (yy-mm-dd)' 08-11-30), as
    YYYY-MM-DD, and that column; (None, ()) for a table of several rows (each row its own item), with no such
    column, or whose cell is more than a date (a sentence's date is no filing day). A bare 'Date' column (or 'year',
    'month' and 'day' columns) is the filing day only where the row's text counts its event from it ('on Tuesday',
    'the day before yesterday'); else it may be the event's own day, and stays in the row."""
    if len(body) != 1:
        return None, ()
    row = body[0]
    for i, cell in enumerate(head):
        if (m := _REPORT_DATE_COLUMN.match(cell)) is None or i >= len(row) or not row[i].strip():
            continue
        if day := _cell_date(row[i], m.group("order"), serial=bool(re.search(r"excel|serial", cell, re.I))):
            return day.isoformat(), (i,)
    if not _COUNTED_FROM_TODAY.search(" ".join(row)):
        return None, ()
    names = [re.sub(r"\W+", " ", cell).strip().lower() for cell in head]
    for i, cell in enumerate(head):
        if (m := _BARE_DATE_COLUMN.match(cell)) and i < len(row) and (day := _cell_date(row[i], m.group("order"))):
            return day.isoformat(), (i,)
    if {"year", "month", "day"} <= set(names) and len(row) >= len(names):
        y, mo, d = (row[names.index(k)].strip() for k in ("year", "month", "day"))
        month = int(mo) if mo.isdigit() else month_number(mo) if mo.lower()[:3] in _MONTH_ABBR else 0
        if y.isdigit() and d.isdigit() and month:
            try:
                day = dt.date(int(y), month, int(d))
            except ValueError:
                return None, ()
            return day.isoformat(), tuple(names.index(k) for k in ("year", "month", "day"))
    return None, ()


def _cell_date(value: str, order: str | None, serial: bool = False) -> dt.date | None:
    """A table cell that is a date and nothing more, read in its column's declared order when it has one."""
    value = value.strip()
    if not value or len(value.split()) > 4:
        return None
    if serial and re.fullmatch(r"[2-7]\d{4}(?:\.\d+)?", value):
        # a spreadsheet's serial day number, left unformatted in its export: days since 30 December 1899
        counted = dt.date(1899, 12, 30) + dt.timedelta(days=int(float(value)))
        return counted if 1990 <= counted.year <= dt.date.today().year + 1 else None
    if found := _parse_date(value) or compact_date(value):
        return found
    if order and (found := _in_order(value, order)):
        return found
    return calendar_date(value, day_first=True)


# a row's text that counts its event from the day it was filed: 'on Tuesday', 'the day before yesterday', 'last night'
_COUNTED_FROM_TODAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last\s+night|this\s+(?:morning|"
    r"afternoon|evening)|\w+\s+(?:days?|nights?|hours?)\s+ago|earlier\s+this\s+(?:week|month))\b",
    re.I,
)
_BARE_DATE_COLUMN = re.compile(r"^\W*date\b\s*(?:\((?P<order>[^)]{4,12})\))?\s*$", re.I)
_MONTH_ABBR = {m.lower() for m in MONTH_ABBREVIATIONS}


def _in_order(value: str, order: str) -> dt.date | None:
    """A numeric date read in the order a note gives ('08-11-30' as 'yy-mm-dd' is 30 November 2008)."""
    parts, fields = re.split(r"[-/.\s]+", value.strip())[:3], re.split(r"[-/.\s]+", order.strip().lower())[:3]
    if len(parts) != 3 or len(fields) != 3 or not all(p.isdigit() for p in parts):
        return None
    got = {f[0]: int(p) for f, p in zip(fields, parts, strict=True) if f[:1] in ("d", "m", "y")}
    if set(got) != {"d", "m", "y"}:
        return None
    year = got["y"] + (2000 if got["y"] < 100 else 0)
    try:
        return dt.date(year, got["m"], got["d"])
    except ValueError:
        return None


def _record_key(name: str, position: str, obj: object) -> str:
    # A record's identity is its URL when it has one: positions shift when a feed file is edited.
    url = obj.get("url") if isinstance(obj, dict) else None
    return f"{name}#{url}" if isinstance(url, str) and url.strip() else f"{name}{position}"


# A feed's or an export's own names for the fields (JSON Feed's 'content_text' and 'date_published', RSS turned into
# JSON's 'description' and 'pubDate', news APIs' 'publishedAt' and 'source': {'name': ...}), each tried in this order
# after the documented one
_TEXT_FIELDS = (
    "text",
    "content_text",
    "content",
    "body",
    "article",
    "full_text",
    "description",
    "summary",
    # an event-data export's row: ACLED's 'notes', other coders' 'event_description' or 'narrative'
    "notes",
    "event_description",
    "narrative",
    # a newsroom's or an office's own names: 'story', 'statement'
    "story",
    "statement",
)
_HTML_FIELDS = ("content_html", "html")
_DATE_FIELDS = (
    "published",
    "date_published",
    "pubDate",
    "pub_date",
    "published_at",
    "publishedAt",
    "date",
    "datetime",
    "created_at",
    # an office's or a desk's names for the day it put the item out
    "report_date",
    "filed",
    "date_filed",
    "release",
    "release_date",
    "released",
    "issued",
    "posted",
    "posted_at",
    "timestamp",
)
# numbers that date an item, by key in any case: epoch seconds or milliseconds ('timestamp': 1221850920,
# 'date_unixtime': '1569571860', 'created_utc'), or the digits of its day and time ('DATEADDED': 20220222194700, as
# GDELT writes it)
_NUMERIC_DATE_FIELDS = (
    "published",
    "date",
    "timestamp",
    "ts",
    "date_unixtime",
    "created_utc",
    "created",
    "dateadded",
    "date_added",
    "time",
    "pubdate",
    "published_at",
    "posted_at",
    "created_at",
)


def _numeric_stamp(obj: dict[str, object], metas: list[dict[str, object]]) -> dt.date | None:
    """The day a numeric date field gives (UTC for epoch times), or None."""
    for holder in (obj, *metas):
        lower = {k.lower(): v for k, v in holder.items() if isinstance(k, str)}
        for name in _NUMERIC_DATE_FIELDS:
            value = lower.get(name)
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                continue
            digits = str(value).strip().split(".")[0]
            if not digits.isdigit():
                continue
            if len(digits) in (8, 12, 14) and (day := compact_date(digits[:8])):
                return day  # 20220222194700
            if len(digits) in (10, 13):
                seconds = int(digits) / (1000 if len(digits) == 13 else 1)
                day = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
                if 1990 <= day.year <= dt.date.today().year + 1:
                    return day
    return None


# objects that hold an item's metadata one level down: {"meta": {"published": "20 Mar 2011"}, "story": ...}
_META_FIELDS = ("meta", "metadata")
# an API's wrapper around one article (never a feed's, a comment's or a related item's object)
_ENVELOPE_FIELDS = ("item", "article", "story", "data", "result", "document", "entry", "post", "payload")
_OUTLET_FIELDS = ("source", "outlet", "publisher", "site_name", "feed_title")
_URL_FIELDS = ("url", "link")
_LIST_FIELDS = ("items", "articles", "entries", "results", "posts", "stories", "data", "messages")


def _field(obj: dict[str, object], names: tuple[str, ...]) -> str | None:
    """The first of the named fields the record has as text (an outlet given as {'name': ...} is its name; a
    feedparser entry's content as [{'value': ...}] is its first value); a value of another kind is passed over."""
    for name in names:
        value = obj.get(name)
        if isinstance(value, dict):
            value = value.get("name")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            value = value[0].get("value")
        if isinstance(value, str) and value.strip():
            return value
    return None


# An incident ticket exported from a service desk (ServiceNow's 'number' / 'opened_at' / 'short_description' /
# 'work_notes', Jira's 'key' / 'created' / 'summary' / 'comment'): one JSON object or XML record per update of the
# ticket. The updates of one ticket, written one after the other, are read as one article: its opening text, then each
# note under its time ('[26/03/2021, 09:10] Work notes: ...'), so a note's 'today' counts from when it was written.
# A record is a ticket's only where it has an id and a field no article has (an article's 'key' or 'created_at'
# beside its 'text' is no ticket).
_TICKET_ID_FIELDS = ("number", "ticket", "ticket_id", "ticket_number", "incident_id", "issue_key", "key")
_TICKET_ONLY_FIELDS = (
    "opened_at",
    "sys_created_on",
    "short_description",
    "work_notes",
    "close_notes",
    "close_code",
    "resolution_notes",
    "additional_comments",
    "sys_updated_on",
    "issuetype",
    "assignment_group",
)
_TICKET_TITLE_FIELDS = ("short_description", "subject", "summary", "title")
_TICKET_NOTE_FIELDS = (
    *_TEXT_FIELDS,
    "work_notes",
    "comments",
    "comment",
    "additional_comments",
    "close_notes",
    "resolution_notes",
    "notes",
)
_TICKET_OPENED_FIELDS = ("opened_at", "sys_created_on", "created", "created_at", "created_on", "opened", "reported_at")
_TICKET_UPDATED_FIELDS = ("updated_at", "sys_updated_on", "updated", "closed_at", "resolved_at")
# an update's time: '2021-03-26 09:10', '2021-03-26T09:10:00', '26-03-2021 09:10:00', '26/03/2021 09:10'
_STAMP_YMD = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)[T ](\d\d:\d\d)")
_STAMP_DMY = re.compile(r"^\s*(\d\d)[-/.](\d\d)[-/.]((?:19|20)\d\d)[T ,]\s*(\d\d:\d\d)")


def _ticket_id(obj: object) -> str | None:
    """The ticket a record is an update of, when it is a service desk's export (see _TICKET_ONLY_FIELDS)."""
    if not isinstance(obj, dict) or "text" in obj or not any(k in obj for k in _TICKET_ONLY_FIELDS):
        return None
    return _field(obj, _TICKET_ID_FIELDS)


def _tickets(items: Sequence[tuple[str, object]]) -> list[tuple[str, object]]:
    """Records with the updates of one ticket, written one after another, joined into one (see _TICKET_ID_FIELDS);
    any other record is kept as it is."""
    out: list[tuple[str, object]] = []
    for key, obj in items:
        ticket = _ticket_id(obj)
        last = out[-1][1] if out else None
        if ticket is not None and isinstance(last, dict) and last.get("_ticket") == ticket:
            last["_updates"].append(obj)
            continue
        out.append((key, {"_ticket": ticket, "_updates": [obj]} if ticket is not None else obj))
    return [(key, _ticket_record(obj) if isinstance(obj, dict) and "_ticket" in obj else obj) for key, obj in out]


def _stamp(when: str | None) -> str | None:
    """An update's time as a chat stamp ('26/03/2021, 09:10'), or None where it is written another way."""
    if m := _STAMP_YMD.match(when or ""):
        return f"{m[3]}/{m[2]}/{m[1]}, {m[4]}"
    if m := _STAMP_DMY.match(when or ""):
        return f"{m[1]}/{m[2]}/{m[3]}, {m[4]}"
    return None


def _ticket_record(grouped: dict[str, object]) -> dict[str, object]:
    """One ticket's updates as one article record: title, text, and its opening time as its date."""
    updates = [u for u in grouped["_updates"] if isinstance(u, dict)]  # type: ignore[attr-defined]
    first = updates[0]
    parts: list[str] = []
    for i, update in enumerate(updates):
        notes = [
            _as_text("", v)
            for name in ((*_TICKET_TITLE_FIELDS, *_TICKET_NOTE_FIELDS) if i == 0 else _TICKET_NOTE_FIELDS)
            if isinstance(v := update.get(name), str) and v.strip()
        ]
        notes = list(dict.fromkeys(notes))  # ('summary' is a title in one export and a note in another: once)
        stamp = _stamp(_field(update, _TICKET_UPDATED_FIELDS)) if i else None
        parts += [f"[{stamp}] {note}" if stamp else note for note in notes]
    if not parts:
        return first  # (a ticket with no text field: read, and refused, as any record is)
    record: dict[str, object] = {"text": "\n\n".join(parts), "title": _field(first, _TICKET_TITLE_FIELDS)}
    opened = _field(first, (*_DATE_FIELDS[:-1], *_TICKET_OPENED_FIELDS))  # ('published' first, as any record)
    if opened and (_parse_date(opened) or calendar_date(opened)):
        record["published"] = opened
    for name, names in (("url", _URL_FIELDS), ("source", _OUTLET_FIELDS)):
        if (value := _field(first, names)) is not None:
            record[name] = value
    return record


# A service desk's XML unload ('<unload unload_date="..."><incident><number>INC0093321</number>...</incident>'), or any
# XML of records of named fields, at any depth: each record an element whose children hold only text. Read by its
# tags alone in one pass, as a feed is: no XML parser that would expand entities; comments and a DOCTYPE are skipped.
_XML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[(?P<cdata>.*?)(?:\]\]>|\Z)|<![^>\[]*(?:\[.*?\])?\s*>|<\?.*?(?:\?>|\Z)|"
    r"<(?P<close>/)?(?P<tag>[\w:.-]+)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|(?P<text>[^<]+)|<",
    re.S,
)


@dataclass
class _XmlNode:
    tag: str
    children: list[_XmlNode]
    text: list[str]


def _xml_tree(text: str) -> _XmlNode:
    """The document's elements as a tree (a tag left open is closed by its parent's end; markup inside a field, as
    '<br/>' or '<p>', is read as the field's text)."""
    root = _XmlNode("", [], [])
    stack = [root]
    open_tags: dict[str, int] = {}  # how many of each tag are open: a close tag no open one has is skipped unsearched
    for m in _XML_TOKEN.finditer(text):
        if m.group("cdata") is not None:
            stack[-1].text.append(m.group("cdata"))
        elif m.group("text") is not None:
            stack[-1].text.append(html.unescape(m.group("text")))
        elif m.group("tag") is None:
            continue  # a comment, a DOCTYPE, a processing instruction, a stray '<'
        elif m.group("close"):
            if not open_tags.get(m.group("tag")):
                continue
            at = next(i for i in range(len(stack) - 1, 0, -1) if stack[i].tag == m.group("tag"))
            for node in stack[at:]:
                open_tags[node.tag] -= 1
            del stack[at:]
        elif m.group("tag").lower() in _INLINE_TAGS:
            stack[-1].text.append("\n" if m.group("tag").lower() in ("br", "p", "div", "li") else "")
        elif not m.group("attrs").rstrip().endswith("/"):
            node = _XmlNode(m.group("tag"), [], [])
            stack[-1].children.append(node)
            stack.append(node)
            open_tags[node.tag] = open_tags.get(node.tag, 0) + 1
    return root


_INLINE_TAGS = frozenset({"br", "p", "div", "span", "b", "i", "em", "strong", "a", "li", "ul", "ol", "u", "font"})


def _xml_records(node: _XmlNode) -> Iterator[dict[str, object]]:
    """The records under a node, in document order: each element whose children all hold only text (its fields).
    Walked with a stack of its own, so no nesting depth exhausts Python's."""
    todo = list(reversed(node.children))
    while todo:
        child = todo.pop()
        if child.children and all(not c.children for c in child.children):
            fields: dict[str, object] = {}
            for c in child.children:
                fields.setdefault(c.tag, re.sub(r"[ \t]*\n\s*", "\n", "".join(c.text)).strip())
            yield fields
        elif child.children:
            todo.extend(reversed(child.children))


def _from_xml_records(name: str, text: str) -> Iterator[tuple[RawRecord | InputFileError, Progress]]:
    items = [(f"{name}#record{i + 1}", obj) for i, obj in enumerate(_xml_records(_xml_tree(text)))]
    if not any(_field(obj, (*_TICKET_TITLE_FIELDS, *_TICKET_NOTE_FIELDS)) for _, obj in items):
        raise InputFileError(
            name, "XML that is no RSS or Atom feed nor a list of records with text", "save it as text or JSON"
        )
    records = _tickets(items)
    for i, (key, obj) in enumerate(records):
        yield _record(key, obj), (i + 1) / len(records)


_MARKUP = re.compile(r"</?(?:p|br|div|span|img|a|b|i|em|strong|ul|ol|li|h[1-6]|figure|figcaption)\b[^>]*>", re.I)


def _as_text(source: str, value: str) -> str:
    """A field's text; HTML in it ('<p>Gunmen ...</p><img ...>', as feeds carry their descriptions) read as a page."""
    return _from_html(source, value).text.strip() if _MARKUP.search(value) else value


_US_LOCALE = re.compile(r"en[-_]US\b", re.I)


def _record(source: str, obj: object) -> RawRecord | InputFileError:
    if not isinstance(obj, dict):
        return InputFileError(source, f"expected a JSON object, got {type(obj).__name__}")
    text = _field(obj, _TEXT_FIELDS)
    if text is None and (text := _listed_text(obj)) is not None:
        obj = obj | {"text": text}
    if text is None and (html := _field(obj, _HTML_FIELDS)) is not None:
        text = _from_html(source, html).text
    elif text is not None and not isinstance(obj.get("text"), str):
        text = _as_text(source, text)  # (the documented 'text' field is stored as given)
    if not isinstance(text, str) or not text.strip():
        return InputFileError(
            source, "missing or empty 'text' field", "give each article its text in a 'text' (or 'content') field"
        )
    fields = {k: obj.get(k) for k in ("title", "url", "published")} | {"source": _field(obj, ("source",))}
    if fields["title"] is None and isinstance(headline := obj.get("headline"), str):
        fields["title"] = headline  # ('headline': a newsroom's name for the title)
    # (another name's value is taken only when it reads as one: a feed's numeric 'date' or a 'link' object is no
    # error of the article's)
    metas = [m for name in _META_FIELDS if isinstance(m := obj.get(name), dict)]
    locale = str(obj.get("locale") or obj.get("language") or obj.get("lang") or "")
    for key, names in (("url", _URL_FIELDS), ("published", _DATE_FIELDS), ("source", _OUTLET_FIELDS)):
        for holder in (obj, *metas) if key == "published" else (obj,):
            if fields[key] is None and isinstance(value := _field(holder, names), str):
                if key != "published":
                    fields[key] = value
                elif _parse_date(value):
                    fields[key] = value
                elif day := calendar_date(value, day_first=bool(locale) and not _US_LOCALE.match(locale)):
                    fields[key] = day.isoformat()  # '05/03/2014' from an en-GB desk: 5 March, day first
    if fields["published"] is None and (day := _numeric_stamp(obj, metas)):
        fields["published"] = day.isoformat()  # 'timestamp': 1221850920, 'DATEADDED': 20220222194700
    bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
    if bad:
        return InputFileError(source, f"field(s) {', '.join(bad)} must be strings")
    return RawRecord(source, text, fields["title"], fields["url"], fields["published"], fields["source"])


# An RSS or Atom feed saved as a file ('<?xml ...?><rss version="2.0"><channel><item>...'): each item its own article,
# with its own date. Read by its tags alone (a pasted feed is often cut short or not well-formed XML), never by an
# XML parser that would expand entities.
_FEED_XML = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_FEED_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)(?:</\1\s*>|(?=<(?:item|entry)\b)|\Z)", re.S | re.I)


def _tag(block: str, *names: str) -> str | None:
    """The text of the first of the named tags in a feed item (CDATA unwrapped, entities and markup read as HTML
    reads them), or an Atom link's href."""
    for name in names:
        # (an Atom entry's page is its 'alternate' link or one with no rel, never 'replies' or 'enclosure')
        found = [
            f
            for f in re.finditer(rf"<{name}\b([^>]*?)(?:/>|>(.*?)</{name}\s*>)", block, re.S | re.I)
            if not re.search(r"\brel\s*=\s*[\"'](?!alternate)", f.group(1))
        ]
        if not found:
            continue
        m = found[0]
        if m.group(2) is None:
            href = re.search(r'href\s*=\s*["\']([^"\']+)', m.group(1))
            if href:
                return href.group(1)
            continue
        inner = re.sub(r"<!\[CDATA\[(.*?)\]\]>", r"\1", m.group(2), flags=re.S).strip()
        for _ in range(2):  # (twice: RSS escapes its HTML, '&lt;p&gt;Gunmen ...&lt;/p&gt;')
            if "<" in inner or "&" in inner:
                parser = _HTMLText(inner)
                parser.feed(inner)
                parser.close()
                inner = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts)).strip()
        if inner:
            return inner
    return None


def _from_feed(name: str, text: str) -> Iterator[tuple[RawRecord | InputFileError, Progress]]:
    items = list(_FEED_ITEM.finditer(text))
    if not items:
        yield InputFileError(name, "feed with no <item> or <entry>"), 1.0
        return
    outlet = _tag(text[: items[0].start()], "title")
    for i, m in enumerate(items):
        block = m.group(2)
        key = f"{name}#item{i + 1}"
        body = _tag(block, "content:encoded", "content", "description", "summary")
        if not body:
            yield (
                InputFileError(key, "feed item with no text (no description, content or summary)"),
                m.end() / len(text),
            )
            continue
        published = _tag(block, "pubDate", "published", "dc:date", "updated")
        title = _tag(block, "title")
        # (the headline above its summary, as a page shows it: it often holds the place the summary leaves out)
        if title and not body.startswith(title):
            body = f"{title}\n\n{body}"
        yield (
            RawRecord(
                source=key,
                text=body,
                title=title,
                url=_tag(block, "link", "guid"),
                published=published if published and (_parse_date(published) or calendar_date(published)) else None,
                outlet=outlet,
            ),
            m.end() / len(text),
        )


def _too_deep(name: str) -> InputFileError:
    # '[[[[...' 100,000 deep: Python's JSON parser gives up (RecursionError); no article is nested like that.
    return InputFileError(
        name, "JSON nested too deeply to read", "an article is an object with a 'text' field (or a list of them)"
    )


def _from_json(name: str, text: str) -> Iterator[tuple[RawRecord | InputFileError, Progress]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputFileError(name, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"), 1.0
        return
    except RecursionError:
        yield _too_deep(name), 1.0
        return
    except ValueError as exc:  # a number of thousands of digits, and the like: valid JSON Python will not read
        yield InputFileError(name, f"unreadable JSON value: {exc}"), 1.0
        return
    if isinstance(data, list) and not data:
        yield InputFileError(name, "empty JSON list: no articles"), 1.0
        return
    if isinstance(data, dict) and not isinstance(data.get("text"), str):
        # a feed or an API's answer: its articles listed under 'items' (JSON Feed), 'articles', 'entries', ... (a
        # feed's own 'description' or 'title' beside them is no article); a chat's 'messages', unless they are the
        # comments under an article's own body ('content': ..., 'messages': [...])
        body = _field(data, ("content", "body", "article", "full_text", "content_text"))
        listed = next(
            (
                v
                for k in _LIST_FIELDS
                if isinstance(v := data.get(k), list)
                and v
                and isinstance(v[0], dict)
                and not (k == "messages" and body)
            ),
            None,
        )
        data = listed if listed is not None else data
    if isinstance(data, dict) and _field(data, _TEXT_FIELDS + _HTML_FIELDS) is None and _listed_text(data) is None:
        # one article wrapped in an envelope: {"item": {"pubDate": ..., "text": ...}}, {"story": {"paragraphs": ...}},
        # the envelope's own fields kept where the article lacks them ({"published": ..., "item": {"text": ...}})
        inner = [
            v
            for k in _ENVELOPE_FIELDS
            if isinstance(v := data.get(k), dict)
            and (_field(v, _TEXT_FIELDS) is not None or _listed_text(v) is not None)
        ]
        if len(inner) == 1:
            outer = {k: v for k, v in data.items() if isinstance(v, str) and k not in inner[0]}
            data = outer | inner[0]
    items = data if isinstance(data, list) else [data]
    # a chat export's service lines ('joined', 'pinned a message') are no articles (Telegram: "type": "service")
    # (and a chat's photo or sticker with no words: "type": "message", "text": "")
    items = [o for o in items if not (isinstance(o, dict) and _chat_filler(o))] or items
    keyed = _tickets(
        [(_record_key(name, f"#{i}", obj) if isinstance(data, list) else name, obj) for i, obj in enumerate(items)]
    )
    for i, (key, obj) in enumerate(keyed):
        yield _record(key, obj), (i + 1) / len(keyed)


def _listed_text(obj: dict[str, object]) -> str | None:
    """An article's text given as a list: a chat export's runs under 'text' (plain strings and marked-up pieces,
    {"type": "bold", "text": "..."}, joined as written), or paragraphs under 'text', 'paragraphs' or 'body' (strings,
    or blocks with their 'text' or 'content'), one a paragraph; the first such list that holds words."""
    for key in ("text", "paragraphs", "body"):
        parts = obj.get(key)
        if not isinstance(parts, list) or not parts:
            continue
        if all(isinstance(p, str) for p in parts):
            joined = "\n\n".join(parts)
        elif key == "text" and any(isinstance(p, str) for p in parts):
            joined = "".join(
                p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else "" for p in parts
            )
        else:
            blocks = [
                p if isinstance(p, str) else _field(p, ("text", "content")) if isinstance(p, dict) else None
                for p in parts
            ]
            joined = "\n\n".join(b for b in blocks if b)
        if joined.strip():
            return joined
    return None


def _chat_filler(obj: dict[str, object]) -> bool:
    """A chat export's line that tells nothing: a service line, or a message with no words (a photo, a sticker)."""
    kind = obj.get("type")
    return kind == "service" or (kind == "message" and obj.get("text") in ("", [], None))


def _from_jsonl(name: str, text: str) -> Iterator[tuple[RawRecord | InputFileError, Progress]]:
    read = 0
    pending: list[tuple[str, object]] = []
    # Lines end at "\n" alone (str.splitlines would also break at U+2028, U+2029 and U+0085, which JSON leaves raw
    # inside strings: one record would become two broken lines).
    for lineno, line in enumerate(text.split("\n"), 1):
        read = min(read + len(line) + 1, len(text))
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputFileError(f"{name}#line{lineno}", f"invalid JSON: {exc.msg}"), read / len(text)
            continue
        except RecursionError:
            yield _too_deep(f"{name}#line{lineno}"), read / len(text)
            continue
        except ValueError as exc:  # a number of thousands of digits: this line only
            yield InputFileError(f"{name}#line{lineno}", f"unreadable JSON value: {exc}"), read / len(text)
            continue
        if _ticket_id(obj) is not None:
            pending.append((_record_key(name, f"#line{lineno}", obj), obj))  # (one ticket's updates read as one)
            continue
        for key, ticket in _tickets(pending):
            yield _record(key, ticket), read / len(text)
        pending = []
        if lineno == 1 and _feed_header(obj):
            continue  # '{"feed": "conflict monitor - Iraq export", "generated": "2022-10-25", "rows": 2}'
        yield _record(_record_key(name, f"#line{lineno}", obj), obj), read / len(text)
    for key, ticket in _tickets(pending):
        yield _record(key, ticket), 1.0


def _feed_header(obj: object) -> bool:
    """A JSON Lines export's first line that describes the file, not an article: no text, title or link of any
    name, not even an empty one, and only short values (a feed's name, when it was made, how many rows follow)."""
    return (
        isinstance(obj, dict)
        and bool(obj)
        and not {*_TEXT_FIELDS, *_HTML_FIELDS, "title", "headline", *_URL_FIELDS} & set(obj)
        and all(not isinstance(v, str) or len(v) <= 120 for v in obj.values())
    )


class _HTMLText(HTMLParser):
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
    }
    _SKIP = {"script", "style", "noscript", "template", "svg", "nav", "aside", "button", "select"}

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._paragraphs = 0  # paragraphs begun: a <time> after the first one is no header's
        self.title = ""
        # Open boilerplate elements, with len(parts) when each opened: their text stays in `parts` until the end tag
        # drops it, so one that is never closed cannot take the rest of the page with it.
        self._skipping: list[tuple[str, int]] = []
        self._open: dict[str, list[int]] = {}  # tag -> indexes in _skipping of its open elements
        self._in_title = False
        self._in_ld = False  # inside a <script type="application/ld+json">
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", page)]
        # Where the last end tag of each raw-text element is (-1: none): one opened after it is never closed.
        self._last_end = {
            tag: max((m.start() for m in re.finditer(rf"</{tag}\s*>", page, re.I)), default=-1)
            for tag in self.CDATA_CONTENT_ELEMENTS
        }

    def set_cdata_mode(self, elem: str, **kwargs: bool) -> None:
        """Read a <script> or <style> as raw text only when it is closed later in the page."""
        line, col = self.getpos()
        if self._line_starts[line - 1] + col < self._last_end.get(elem, -1):
            super().set_cdata_mode(elem, **kwargs)  # Python 3.14 adds escapable=
        # else the parser would read the rest of the page as code and drop it: it stays HTML.

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and "ld+json" in (dict(attrs).get("type") or "").lower():
            self._in_ld = True  # a page's structured data: its 'datePublished' is the page's own day
        elif not self._paragraphs and not self._skipping and (stamp := _stamp_attribute(dict(attrs))):
            self.meta.setdefault("stamp", stamp)
        if tag in self._SKIP:
            self._open.setdefault(tag, []).append(len(self._skipping))  # per tag: an end tag finds it at once
            self._skipping.append((tag, len(self.parts)))
        elif tag == "title" and not self._skipping:
            self._in_title = True
        elif tag == "meta":
            a = dict(attrs)
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"] or ""
        elif tag == "time" and not self._paragraphs:
            a = dict(attrs)
            # the page's own day, in its header before the first paragraph: '<time pubdate datetime="2008-04-14">',
            # '<time itemprop="datePublished" ...>' (never a sidebar's or a comment's, further down)
            if a.get("datetime") and ("pubdate" in a or (a.get("itemprop") or "").lower() == "datepublished"):
                self.meta.setdefault("pubdate", a["datetime"] or "")
        if tag == "p":
            self._paragraphs += 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._open.get(tag):
            # the element ends: its text goes, with that of any unclosed element opened inside it
            at = self._open[tag][-1]
            start = self._skipping[at][1]
            for inner, _ in self._skipping[at:]:
                self._open[inner].pop()
            del self.parts[start:]
            del self._skipping[at:]
        elif tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_ld = False
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_ld and (day := _ld_published(data)):
            self.meta.setdefault("datepublished", day)
        if self._in_title:
            self.title += data
        else:
            self.parts.append(re.sub(r"\s+", " ", data))  # HTML line breaks are not paragraph breaks


def _ld_published(data: str) -> str | None:
    """The 'datePublished' (else 'dateCreated') of a page's JSON-LD, at any depth ('@graph' lists included)."""
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError):
        return None
    todo: collections.deque[object] = collections.deque([obj])
    found: dict[str, str] = {}
    while todo:
        item = todo.popleft()
        if isinstance(item, dict):
            for key in ("datePublished", "dateCreated"):
                if isinstance(value := item.get(key), str) and value.strip():
                    found.setdefault(key, value.strip())
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return found.get("datePublished") or found.get("dateCreated")


# an element that dates the page in an attribute, as chat exports and blog themes write it: '<div class="pull_right
# date details" title="15.01.2019 18:28:38 UTC+03:00">18:28</div>', '<abbr class="published" title="2019-01-15">'
_CLOCK_IN = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b")
_STAMP_CLASS = re.compile(r"\b(?:date|time|timestamp|published|posted|dateline)\b", re.I)


def _stamp_attribute(a: dict[str, str | None]) -> str | None:
    """A complete date in the title of an element whose class says it is a date, read day first (as such exports
    write it) unless it reads otherwise."""
    title, cls = a.get("title") or "", a.get("class") or ""
    if not title or not _STAMP_CLASS.search(cls) or "comment" in cls.lower() or not _CLOCK_IN.search(title):
        return None  # (a stamp has its clock: never a masthead's 'Tuesday 27 June 2023' nor a comment's)
    day = _parse_date(title) or calendar_date(title, day_first=True)
    return day.isoformat() if day else None


def _from_html(name: str, text: str) -> RawRecord:
    parser = _HTMLText(text)
    parser.feed(text)
    parser.close()
    body = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts))
    m = parser.meta
    published = (
        m.get("article:published_time") or m.get("date") or m.get("pubdate") or m.get("datepublished") or m.get("stamp")
    )
    return RawRecord(
        source=name,
        text=body,
        title=re.sub(r"\s+", " ", m.get("og:title") or parser.title).strip() or None,
        url=m.get("og:url"),
        # Page meta dates come in many formats: an unreadable one means "unknown", not a rejected page.
        published=published if _parse_date(published) else None,
        outlet=m.get("og:site_name"),
    )


# ---------------------------------------------------------------- cleaning and metadata

_BOILERPLATE = re.compile(
    r"^(read more:.*|sponsored links?|advertisement|for all the latest headlines follow our google news channel.*"
    r"|please let us know if you're having issues with commenting\.?|editing by .{2,60}|share this article.*"
    r"|click here to .*|subscribe to .*)$",
    re.I,
)
# Text around an article that is not its report: photo captions and credits, bylines. A caption describes a picture
# that may be years old ('Iraqi soldiers during a training exercise in 2015. (Photo: AFP)'), so it is never evidence.
_CREDIT = (
    r"(?:(?:\(\s*|(?<=[.!?\u201d\"])\s+)(?i:file\s+)?(?i:photo|image|picture|pic|video|credit|photograph)s?(?i:\s+credit)?\s*"
    r"(?::|/|(?i:by)\s+(?=[A-Z]))[^)]{0,80}\)?"
    r"|\b(?:AFP|AP|Reuters|REUTERS|Getty\s+Images|EPA|Anadolu)\s*(?:(?i:photo)|via\s+Getty\s+Images|"
    r"/\s*(?!AFP\b|AP\b|Reuters\b|REUTERS\b)[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*)"
    r"|\bFILE\s+PHOTO\b)"
)
_CAPTION = re.compile(
    rf"^(?:(?i:(?:file\s+)?(?:photo|image|picture|caption))\s*[:|-]\s*.{{0,300}}|.{{0,300}}{_CREDIT}\W*)$"
)
_BYLINE = re.compile(
    r"^(?i:(?:written|reported|story|words)\s+by|by)\s+(?!(?:The|A|An|Then|Now|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|al-\w+|and|&))"
    r"{0,5}(?:\s*[,|\u2013-]\s*[A-Z][\w .'-]{0,40})?$"
    r"|^(?i:staff\s+writer|author\s*:.{0,60}|reporting\s+by\s.{2,100})$",
)
_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_READ_MORE = (
    r"[#*\s]*(?:read\s+more|related(?:\s+(?:stories|articles|news|coverage|links|reading|content))?|"
    r"more\s+on\s+this(?:\s+story)?|(?:also|further)\s+read(?:ing)?|read\s+also|see\s+also|more\s+stories|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?)"
)
_READ_MORE_HEADER = re.compile(rf"^{_READ_MORE}\s*:?[#*\s]*$", re.I)
# ... with its list run into the same line, as a page's paragraph keeps it ('Related stories - Mortar rounds land near
# Baladruz, no casualties - Diyala farmers ask for protection')
_READ_MORE_LINE = re.compile(
    rf"^{_READ_MORE}\s*(?::\s*|\s[-\u2013\u2014*\u2022]\s+)\S.{{0,400}}(?<![.!?\"\u201d])$", re.I
)
# A line that is only a link to another page, bulleted or not ('- [Shepherd kidnapped near Qaratapa](/news/123)',
# '* [Mortar rounds fall near Muqdadiyah](#)'): the title of some other report, never this one's text
_LINK_LINE = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s*\[[^\]]{3,200}\]\([^)]*\)\s*$")
_DATE_MARK = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s*")
# A wire story's foot line: who edited or filed it, then when ('Editor: Zhang Wei | 2023-04-07 20:15:31', 'Source:
# Xinhua | 2021-03-02 09:14')
_FOOT_STAMP = re.compile(
    r"^(?i:editor|editors|edited\s+by|filed\s+by|reporter|responsible\s+editor)\s*:?\s*"
    r"[^|\n]{1,60}\|\s*(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*$"
)
_DATE_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*(?:-\s*source:\s*(.+))?$", re.I)
_DATELINE = WIRE_DATELINE
_WIRE = re.compile(r"\b(?:told|advised|informed|said to|according to)\s+(AFP|Reuters|AP|the Associated Press)\b")
_OUTLETS = {
    "afp": "AFP",
    "ap": "AP",
    "the associated press": "AP",
    "associated press": "AP",
    "reuters": "Reuters",
    "kurdistan 24": "Kurdistan 24",
    "rudaw": "Rudaw",
    "al arabiya": "Al Arabiya",
    "shafaq news": "Shafaq News",
}


# A picture described under the title in the present tense with the day it was taken ('A fighter ... take part in a
# training exercise in Najaf on March 7, 2015, ...'), or cut off with an ellipsis: the photo's caption, not the report.
_SCENE_VERB = re.compile(
    r"\b(?:takes?\s+part|stands?\s+guard|(?:is|are)\s+seen|looks?\s+on|gathers?|walks?|inspects?|patrols?|carry|carries|"
    r"sits?|stands?|poses?|rides?|holds?|attends?|mourns?|waves?|marches|march|rests?|prays?|prepares?|celebrates?|"
    r"chants?|protests?|rises?|burns?|flutters?|passe?s?\s+by)\b"
)
_FULL_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+"
    r"(?:19|20)\d\d\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December),?\s+(?:19|20)\d\d\b|\bin\s+this\s+(?:file\s+)?(?:photo|picture|image)\b",
    re.I,
)


_REPORTS = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|attacked|exploded|detonated|ambushed|claimed|"
    r"said|says|reported|announced)\b",
    re.I,
)


_PAST = re.compile(r"\b\w{3,}ed\b|\b(?:struck|hit|shot|fled|fell|took|threw|blew|stormed|seized|went|came)\b", re.I)
_DATE_FIRST = re.compile(
    r"\s*(?:on\s+|in\s+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)",
    re.I,
)


def _is_scene_caption(paragraph: str) -> bool:
    """The first paragraph under a title that describes a picture, not the report (see _SCENE_VERB)."""
    if len(paragraph.split()) > 90:
        return False
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph, maxsplit=1)[0]
    if not _SCENE_VERB.search(first) or _REPORTS.search(first) or _PAST.search(first) or _DATE_FIRST.match(first):
        return False  # a report tells what happened, in the past tense, often from its date on
    return bool(_FULL_DATE.search(first)) or paragraph.rstrip().endswith(("\u2026", "..."))


def _is_caption(line: str) -> bool:
    """A photo caption or credit line: short, and labelled or credited as a picture."""
    return len(line.split()) <= 60 and bool(_CAPTION.match(line))


def _canon_outlet(name: str) -> str:
    name = name.strip()
    return _OUTLETS.get(name.lower(), name if not name.islower() else name.title())


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _key(line: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", _DATELINE.sub("", line).lower())


_DATE_LABEL = re.compile(
    r"^(?:(?:First\s+)?Published|Posted|(?:Last\s+)?(?:Updated|modified)|Date|Report date|Filed|Dated)\s*(?:on)?\s*"
    r"[:\-\u2013]?\s*",
    re.I,
)


# A clock time with its meridiem and zone: '10:05 GMT', '9:40 am', '08.40 BST', '11:48 AM GMT+3', '18:30:12'
_CLOCK = (
    r"(?:(?i:at)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\s*(?:(?i:[ap]\.?m\.?)\s*)?"
    r"(?:(?i:local(?:\s+time)?)|GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|AST|IST|MSK|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d\d)?)?"
)
# The clock time a date line may end with: '14 March 2022 10:05 GMT', '... at 10:05', ', 9:40 am', 'July 15, 2025
# 11:48 AM GMT+3'; or begin with, before a comma: 'Updated 8:50 PM GMT+3, December 28, 2019' (AP's foot line)
_CLOCK_TAIL = re.compile(rf"(?:\s*[,|\u2013\u2014-]\s*|\s+){_CLOCK}\s*$")
_CLOCK_HEAD = re.compile(rf"^\s*{_CLOCK}\s*[,|\u2013\u2014-]\s*")


def _is_date_line(line: str) -> bool:
    """A header line that only dates the report: 'date 2022-10-18', 'Published: 9 June 2021', 'Last updated 14 March
    2022 at 10:05'."""
    line = _CREDITS.sub("", line)  # 'Posted August 27, 2019 (Reporting by ...; Writing by ...)'
    m = _DATE_LABEL.match(line)
    rest = _CLOCK_HEAD.sub("", _CLOCK_TAIL.sub("", line[m.end() :])) if m else ""
    return m is not None and len(rest.split()) <= 4 and calendar_date(rest) is not None


# A caption file's or a video page's transcript: each line a stamp and a few words of speech with no punctuation
# ('0:07 an explosive device went off last night under a tractor', '[00:01:12] killing two farmers'), or SubRip's
# numbered cues ('12' / '00:00:41,200 --> 00:00:44,000' / the words). Never a log's or a live blog's entry, whose
# stamp a dash or a zone follows ('21:40 - Armed attack on ...', '12:05 GMT - ...') and whose lines end sentences.
_CUE_STAMP = re.compile(
    r"^[\[(]?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d{1,3})?[\])]?\s+"
    r"(?![-\u2013\u2014:|]|(?i:GMT|UTC|[ap]\.?m\b|hrs?\b|h\b))(?=\S)"
)
_CUE_TIMING = re.compile(r"^\d{1,2}:\d{2}:\d{2}[.,]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[.,]\d{1,3}\b.*$")


def _cue_seconds(stamp: re.Match[str]) -> int:
    """A caption stamp's time in seconds: 'M:SS', or 'H:MM:SS' when it has three parts."""
    a, b, c = stamp.group(1, 2, 3)
    return int(a) * 3600 + int(b) * 60 + int(c) if c else int(a) * 60 + int(b)


def _speech(lines: list[str]) -> list[str]:
    """A transcript's lines of speech joined into one paragraph per run, their stamps and cue numbers dropped, so that
    a sentence spoken across three captions reads as one; any other text as it is."""
    stamped = [(ln, m) for ln in lines if (m := _CUE_STAMP.match(ln))]
    subrip = sum(1 for ln in lines if _CUE_TIMING.match(ln)) >= 3
    unpunctuated = sum(not ln.endswith((".", "!", "?", '."', ".\u201d")) for ln, _ in stamped)
    # (speech as recognised: in lower case, or under a header that says it is a transcript; a log's lines start in
    # capitals)
    lower = sum(ln[m.end() :][:1].islower() for ln, m in stamped)
    said = any(re.search(r"caption|transcript|subtitle", ln, re.I) for ln in lines[:6])
    # (and spoken seconds apart: a log's entries are minutes or hours apart, '08:15', '11:40')
    at = [_cue_seconds(m) for _, m in stamped]
    gaps = sorted(b - a for a, b in zip(at, at[1:]))
    close = bool(gaps) and gaps[len(gaps) // 2] <= 30
    spoken = (
        len(stamped) >= 3 and unpunctuated >= 0.7 * len(stamped) and close and (said or lower >= 0.6 * len(stamped))
    )
    if not (subrip or spoken):
        return lines
    out: list[str] = []
    run: list[str] = []
    in_cue = False
    for i, line in enumerate(lines):
        if subrip and (
            _CUE_TIMING.match(line) or (line.isdigit() and _CUE_TIMING.match((lines[i + 1 : i + 2] or [""])[0]))
        ):
            in_cue = in_cue or bool(_CUE_TIMING.match(line))  # (a cue's number, then its timing: both dropped)
            continue
        stamp = _CUE_STAMP.match(line) if spoken else None
        if stamp or (in_cue and line):
            run.append(line[stamp.end() :] if stamp else line)
            continue
        if in_cue and not line:
            in_cue = False  # the blank line after a cue: the speech goes on in the next one
            continue
        if run:
            out.append(" ".join(run))
            run = []
        out.append(line)
    if run:
        out.append(" ".join(run))
    return out


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line continues when the next one starts in lower case, or when the line before
    breaks off after a word no sentence ends on ('... a local council member in' / 'Ramadi's Al-Tash area, ...').
    A word split at the line's end is mended ('no cas-' / 'ualties' is 'no casualties'; 'Al-' / 'Qaim' 'Al-Qaim')."""
    out: list[str] = []
    for line in lines:
        header = _is_date_line(line)  # 'date 2022-10-18' under a title stays its own line
        row = line.count("|") >= 2  # a table's row or header ('k30412 | ...', 'date (mm/dd/yyyy) | district | ...')
        ends = out[-1].endswith((".", "!", "?", ":")) if out else True
        if not out or not out[-1] or not line or ends or header or row:
            out.append(line)
        elif line[0].islower() and (m := _SPLIT_WORD.search(out[-1])):
            # 'anti-' / 'government', 'car-' / 'bomb', 'State-' / 'linked' keep their hyphen: a prefix, a name, or a
            # word that stands alone after it; 'cas-' / 'ualties' is one word
            rest = re.match(r"[a-z]+", line)
            keep = (
                m.group(1).lower() in _PREFIXES
                or m.group(1)[0].isupper()
                or (rest is not None and rest.group(0) in _COMPOUND_TAILS)
            )
            out[-1] = out[-1][: m.end()] + line if keep else out[-1][: m.end() - 1] + line
        elif line[0].isalpha() and _SPLIT_WORD.search(out[-1]) and line[0].isupper():
            out[-1] += line  # 'Al-' / 'Qaim'
        elif line[0].islower() or (_BROKEN_OFF.search(out[-1]) and not _entry_start(line)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def unwrap_text(text: str) -> str:
    """`text` with its hard-wrapped lines joined as ingest joins them ('no cas-\nualties' -> 'no casualties')."""
    return "\n".join(_unwrap(text.split("\n")))


# A word broken at a line's end by a hyphen ('cas-', 'po-'), and the prefixes whose hyphen belongs to the word
_SPLIT_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)-$")
_COMPOUND_TAILS = {
    "bomb",
    "bombs",
    "bomber",
    "bombers",
    "bombing",
    "linked",
    "backed",
    "based",
    "led",
    "run",
    "made",
    "owned",
    "held",
    "controlled",
    "affiliated",
    "aligned",
    "armed",
    "style",
    "related",
    "born",
    "free",
    "level",
    "term",
    "scale",
    "wide",
    "up",
    "out",
    "time",
    "year",
    "old",
    "day",
    "month",
    "week",
    "hour",
    "border",
    "trap",
    "trapped",
    "laden",
    "rigged",
    "fire",
    "range",
    "sponsored",
    "inspired",
    "allied",
    "friendly",
    "majority",
    "speaking",
    "fighters",
}
_PREFIXES = {"anti", "pro", "non", "ex", "self", "co", "post", "pre", "semi", "multi", "cross", "well", "al", "el"}
# ... and a line that breaks off after a word no sentence ends on: an article, a preposition, a conjunction
_BROKEN_OFF = re.compile(
    r"\b(?i:the|an?|of|in|at|on|to|by|from|with|for|into|near|towards?|between|against|and|or|his|her|their|its|"
    r"outside|inside|under|over|after|before|when|while|that|which|who|than|was|were|had|has|have|been)$"
)
_ENTRY_START = re.compile(r"^(?:[-*\u2022>#|]|\d{1,2}[/.:]\d|\[)")


def _entry_start(line: str) -> bool:
    """Whether a line opens a list entry, a table row or a heading ('12/03 ...', '- ...', 'ANBAR'), never a sentence's
    rest."""
    return bool(_ENTRY_START.match(line)) or (line.isupper() and len(line.split()) <= 4)


def _row_notes(lines: list[str]) -> list[str]:
    """A row of cells with its note indented on the line under it ('2020.02.12 | Anbar | Rutba | Armed clash | ...'
    over '   IS militants ambushed a border guard patrol ...') is one entry: the note is joined to its row as its last
    cell, so the row's day, place and actors go with the attack the note tells."""
    out: list[str] = []
    for line in lines:
        if out and line[:1] in (" ", "\t") and line.strip() and out[-1][:1] not in (" ", "\t", "|"):
            # (a data row opens on its date or number: never a byline or a breadcrumb, 'By A. Rasheed | Reuters |
            # 17 June 2021', 'Home | World | Iraq', over a story's indented paragraphs)
            if out[-1].count("|") >= 2 and "|" not in line and re.match(r"\s*\d", out[-1]):
                out[-1] = f"{out[-1].rstrip()} | {line.strip()}"
                continue
        out.append(line)
    return out


def _aligned_fields(lines: list[str]) -> list[str]:
    """A coder's block of fields written label, spaces, value ('  admin2      Hawija', '  fatalities  2') as
    'label: value' lines, so the block is read as a card; four such lines in a row at least."""
    out = list(lines)
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if _ALIGNED.match(line):
            run.append(i)
            continue
        if len(run) >= 4:
            for j in run:
                m = _ALIGNED.match(lines[j])
                assert m is not None
                out[j] = f"{m.group(1)}: {m.group(2)}"
        run = []
    return out


# (two columns only: a fixed-width table's rows, 'Hawija       12/03/2022   2       3', have more gaps, and stay rows)
_ALIGNED = re.compile(r"^\s*([A-Za-z][\w]{0,24}(?: [A-Za-z]\w{0,12})?)(?:\s{2,}|\t+)(\S(?:(?!\s{2,}|\t).)*)\s*$")


def _join_cards(lines: list[str]) -> list[str]:
    """An incident card written one field a line ('Incident date: 01/23/2019', 'Location: Al-Shaab market, north-east
    Baghdad', 'Method: Explosives > IED', 'Deaths 1 · Injuries 5', 'Summary: A bomb ...') is one record: its
    fields are joined into one line of 'label: value' cells, as a register's inline row is written, so the attack's
    figures, place and day are read together. A block counts as a card when four or more field lines in a row hold a
    casualty or place field."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        fields = [_as_field(x) for x in run]
        if len(run) >= 4 and any(_CARD_KEY.match(f) for f in fields):
            out.append(" | ".join(fields))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        if _FILED_FIELD.match(line):
            out.append(line)  # 'Note date: 6 September 2022' by a card's fields: when it was written, kept apart
            continue
        if line and (_CARD_FIELD.match(line) or _COUNT_PAIRS.match(line)) and not _DATE_LINE.match(line):
            if _label(line) in {_label(x) for x in run}:
                flush()  # a field named again opens the next card ('Date: ...' after a card's 'Wounded: 3')
            run.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return out


def _label(line: str) -> str:
    """A card line's label ('location' of 'Location: Hawija'; the first label of 'Deaths 1 · Injuries 5')."""
    return re.split(r"[:\s]\s*\d|:", line, maxsplit=1)[0].strip().lower()


def _as_field(line: str) -> str:
    """'Deaths 1 · Injuries 5' as the cells 'Deaths: 1 | Injuries: 5'; a 'label: value' line as it is."""
    if _COUNT_PAIRS.match(line):
        return " | ".join(f"{label}: {n}" for label, n in _COUNT_PAIR.findall(line))
    return line


# a card's field line: a short label, a colon, a value ('Target class: Civilians (market shoppers)'); never a
# sentence's clause ('Police said: ...' is a quotation, '12:30' a time)
_CARD_FIELD = re.compile(
    r"^(?!(?:[\w-]+\s+)?(?:said|says|added|told|reported|stated)\b)[A-Za-z][A-Za-z\d_][\w ()/-]{0,28}?:\s+\S"
)
_COUNT_PAIR = re.compile(r"([A-Z][a-z]+(?:\s[a-z]+)?)\s+(\d{1,4})\b")
# 'Deaths 1 · Injuries 5', 'Killed 2 / Wounded 0': casualty labels each with its number, nothing else
_COUNT_PAIRS = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s[a-z]+)?\s+\d{1,4}\s*[·|/,;•-]\s*)+[A-Z][a-z]+(?:\s[a-z]+)?\s+\d{1,4}\s*$"
)
# a card's field that dates the card itself, not the attack: 'Note date:', 'Report date:', 'Date of report:'
_FILED_FIELD = re.compile(
    r"^(?:(?:note|report|reporting|filing|filed|issue|entry|card|publication|update)\s+date|date\s+of\s+"
    r"(?:the\s+)?(?:report|note|issue|filing|entry|publication)|(?:filed|saved|logged|entered|updated|printed|dated)|"
    # ('As of: 18 March 2019 (card last edited)', 'Last edited: ...': the card's own day)
    r"as\s+of|(?:last\s+)?(?:edited|modified|updated))\s*:",
    re.I,
)
_CARD_KEY = re.compile(
    r"^(?:deaths?|dead|killed|fatalities|injuries|injured|wounded|casualties|location|place|site)\s*:", re.I
)


def clean(raw: str) -> tuple[str, dict[str, str]]:
    """Cleaned text (one paragraph per block) and metadata hints found while cleaning."""
    hints: dict[str, str] = {}
    m = _DATE_MARK.match(raw)
    if m:
        hints["published"] = m.group(1)
        raw = raw[m.end() :]
    raw_lines = _aligned_fields(_row_notes(raw.replace("\r\n", "\n").split("\n")))
    lines = _unwrap(_speech(_join_cards([re.sub(r"\s+", " ", ln).strip() for ln in raw_lines])))
    kept: list[str] = []
    in_related = False
    # a picture desk's page is all captions ('... killed three members of the PMF near Khalis, Iraq, August 30, 2020.
    # REUTERS/Stringer'): its captions are its text, and are kept; beside an article, a caption is no evidence
    prose = [ln for ln in lines if len(ln.split()) > 12 and " | " not in ln]  # (never a metadata row of fields)
    captions_only = bool(prose) and all(_is_caption(ln.translate(_PLAIN)) for ln in prose)
    foot: str | None = None  # an editor's foot line's date, used when nothing else dates the report
    for line in lines:
        if not line:
            continue
        plain = line.translate(_PLAIN)  # curly apostrophes and dashes must not hide boilerplate
        if _READ_MORE_HEADER.match(plain):
            in_related = True  # a list of related headlines follows until the next real paragraph
            continue
        if (
            (in_related and len(line) < 120 and not line.endswith((".", "\u201d", '"')))
            # (a list of links under the report, never a digest made only of them: the report's text comes first)
            or (len(kept) >= 2 and _LINK_LINE.match(line))
            or (len(kept) >= 2 and _READ_MORE_LINE.match(plain))
        ):
            continue
        in_related = False
        caption = _is_caption(plain) and not captions_only
        if _BOILERPLATE.match(plain) or caption or (len(plain.split()) <= 12 and _BYLINE.match(plain)):
            continue
        if fm := _FOOT_STAMP.match(plain):  # 'Editor: Zhang Wei | 2023-04-07 20:15:31' under a wire story
            foot = foot or fm.group(1)
            continue
        dm = _DATE_LINE.match(line)
        if dm:
            hints.setdefault("published", dm.group(1))
            if dm.group(2):
                hints.setdefault("outlet", dm.group(2))
            continue
        kept.append(line)
    # Paragraphs repeated verbatim, or once bare and once behind a dateline ("ERBIL (Kurdistan 24) -"),
    # are kept once: the longest form, which carries the outlet.
    best: dict[str, int] = {}
    for i, line in enumerate(kept):
        key = _key(line)
        if key not in best or len(line) > len(kept[best[key]]):
            best[key] = i
    keep = set(best.values())
    if len(kept) >= 3 and _is_scene_caption(kept[1]):  # kept[0] is the title
        keep.discard(1)
    if "published" not in hints and (
        day := _first_or_updated(kept) or report_date(kept) or _labelled_date(kept[-3:]) or _stamp_date(kept[-3:])
    ):
        hints["published"] = _as_declared(day, kept).isoformat()
    if "published" not in hints and (today := _TODAY_IS.search("\n".join(kept))) and (day := calendar_date(today[1])):
        hints["published"] = day.isoformat()  # '... will be held at 5 pm today, Monday 15/8/2022.'
    if "published" not in hints and captions_only and (day := calendar_date(prose[0])):
        hints["published"] = day.isoformat()  # a caption's own date is the picture's: '..., Iraq, August 30, 2020.'
    if "published" not in hints and foot:
        hints["published"] = foot  # the editor's foot line, when nothing above dates the report
    if "published" not in hints and (day := _filing_date(kept)):
        hints["published"] = _as_declared(day, kept).isoformat()

    return "\n\n".join(line for i, line in enumerate(kept) if i in keep), hints


# The text's own day, said in a sentence: 'today, Monday 15/8/2022', 'today (14 March 2023)'
_TODAY_IS = re.compile(
    r"\btoday,?\s*\(?((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d|[A-Z][a-z]{2,8}\s+\d{1,2},\s+(?:19|20)\d\d))"
)
HEADER_MAX_WORDS = 20  # a longer line is body text: the header (title, outlet, date lines) has ended
# A release's dateline with the city's region or state before its full date: 'Washington, D.C., November 7, 2025 - ',
# 'Geneva, Switzerland, 7 November 2025 - '
_REGION_DATELINE = re.compile(
    r"^[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2},\s*[A-Z][A-Za-z .'-]{1,25}?,\s*"
    r"(?P<date>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d)\s+[\u2013\u2014-]\s"
)
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SHORT_YEAR_STAMP = re.compile(  # (only after a word of receipt or sending: never a log's event line)
    r"(?i:\b(?:received|rcvd|sent|transmitted|faxed|printed)\b)\W{0,3}(?:on\s+|at\s+)?([0-3]?\d)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d\d)\s+(?:[01]\d|2[0-3]):?[0-5]\d\b"
)
# a page's address with its day in the path: '.../2023/06/15/slug', '.../news/2023-06-15/slug'
_URL_DATE = re.compile(
    r"https?://[^\s/]+/(?:[^\s/]+/)*?((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]\S*)?"
)
_SHORT_YEAR_NUMERIC = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d\d(?![\d/.-])")
_SHORT_YEAR_ORDER = re.compile(r"(?<![\w/.-])((?i:(?:dd?|mm?)[/.-](?:dd?|mm?)[/.-]yy|yy[/.-]mm?[/.-]dd?))(?![\w/.-])")
_REPORTED_ON = re.compile(r"^Reported(?:\s+on)?\s+(\d{1,2})\s+(\d{1,2})\s+((?:19|20)\d\d)\b")


def report_date(lines: list[str]) -> dt.date | None:
    """The report's date from its header: the first complete date in a short line before the body
    ('Published: 14 March 2023', 'Report date: 2021-01-05', 'Kirkuk / Baghdad Today / 25-10-2021'), or a body
    that opens with 'Reported on 06 06 2019' (day, month, year) or with a dated dateline ('MOSUL, 26 August 2024 –')."""
    for i, line in enumerate(lines):
        if (m := CHAT_STAMP.match(line)) and (day := chat_day(m)):
            return day  # a chat export's first message: '15/03/2015, 16:03 - Ahmed: ...', '[9/23/16, 11:21:29 AM] ...'
        if m := _REPORTED_ON.match(line):
            return numeric_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), " ")
        if (m := _DATELINE.match(line)) and (
            day := calendar_date(m.group("date") or m.group("agency") or "")
            or calendar_date(m.group("filed") or "", day_first=True)
        ):
            return day  # 'DIWANIYAH, 5 April 2022 – ...': the dateline is the report's date when it has a year
        if (m := FULL_DATE_DATELINE.match(line.translate(_EASTERN_DIGITS))) and (day := calendar_date(m.group("date"))):
            return (
                day  # 'NAJAF 12 August 2004 (Al-Furat Radio) -', 'HILLA / 20 JUNE 2006 -', 'Kirkuk - 22 November 2010:'
            )
        if len(line.split()) > HEADER_MAX_WORDS and (m := _REGION_DATELINE.match(line)):
            # 'Washington, D.C., November 7, 2025 - ...' opening the body (a short line 'Tuz Khurmatu, Salahuddin, 10
            # March 2021 - An IED ...' of a log is an entry, dated below as one)
            return calendar_date(m.group("date"))
        if i == 0 and (day := _opening_stamp(line)) and not any(_opening_stamp(ln) for ln in lines[1:]):
            # 'SECALERT 21JUN14 1940L IRQ/SALAHUDDIN: Suicide car bomb ...': an alert's own stamp (never a log's
            # first entry, when other lines open so too)
            return day
        if len(line.split()) > HEADER_MAX_WORDS:
            if (
                (m := DATE_FIRST_DATELINE.match(line))
                and not any(DATE_FIRST_DATELINE.match(ln) for ln in lines[i + 1 :])
                and (day := calendar_date(m.group("date")))
                and not _told_after(day, lines[i:])
            ):
                # the body opening on its dateline, date first: '29 December 2009, Ramadi - A suicide car bomber
                # ...' (never a log's first entry, when other entries open so too, nor an entry followed by later
                # days: 'On 12 June, gunmen ...')
                return day
            return None
        line = line.translate(_EASTERN_DIGITS)  # 'التاريخ: ١٧/٦/٢٠١٤': the digits as Western ones
        if m := DATE_FIRST_DATELINE.match(line):  # '29 December 2009, Ramadi - A suicide car bomber ...'
            if day := calendar_date(m.group("date")):
                return day
        if (
            (m := _SHORT_YEAR_NUMERIC.search(line))
            and (note := _SHORT_YEAR_ORDER.search("\n".join(lines[: i + 2])))
            and (day := _in_order(m.group(0), note.group(1)))
        ):
            # two digits of year, read in the order written beside them ('Report dt. 30/03/09 (dd/mm/yy)') or
            # declared above ('CHECKPOINT LOGBOOK (dates dd/mm/yy)' / 'Date: 17/07/13')
            return day
        if (m := _SHORT_YEAR_STAMP.search(line)) and len(line.split()) <= 12:
            # a fax's or a log's stamp with a two-digit year and its clock: 'Received 30 Jul 05 14:55'
            if day := calendar_date(f"{m.group(1)} {m.group(2)} 20{m.group(3)}"):
                return day
        if (url := _URL_DATE.fullmatch(line.strip())) is not None:
            try:  # 'https://example.iq/2023/06/15/bomb-hits-patrol': the page's own day in its address
                return dt.date(int(url.group(1)), int(url.group(2)), int(url.group(3)))
            except ValueError:
                pass
        if len(_VERSION_MARK.findall(line)) >= 2 and (latest := _latest_version(line)):
            return latest  # 'v1 - 2019-05-20 (first report) | v2 - 2019-05-22 (toll revised)': the latest version's
        if m := _SLASHED_HEAD.match(line):  # 'BSS/23-01-2021 | Dateline: DHAKA': an agency's slug and its date
            return calendar_date(m.group("date"), day_first=True)
        # An outlet's header writes the day first ('Maysan - 10/02/2020', 'Published: 01/06/2021'); a database
        # summary that opens with its date ('01/02/2021: Assailants ...') is US-style and is the event's date.
        if (m := _ISSUED.search(line)) and (day := calendar_date(line[m.end() :], day_first=True)):
            return day  # 'DTG 132140C NOV 23 | Published 14 November 2023', 'Baghdad weekly (...), published 16 ...'
        if (m := _MONTH_FIRST_RANGE.search(line)) and (end := _range_end(m)):
            # 'ISHM: MAY 19 – 26, 2022', 'Situation Report: November 12 - 18, 2020': issued at the end of the range,
            # or on the date of the short line under it ('Security In Iraq, May 8-14, 2022' / 'Monday, May 16, 2022 |
            # Iraq Security Notes'), when that date follows the range by at most a fortnight
            below = lines[i + 1] if i + 1 < len(lines) else ""
            if day := _issued_below(below, end):
                return day  # 'Published June 20, 2022' under it: said in words, whatever the gap
            for later in (line[m.end() :], below if len(below.split()) <= HEADER_MAX_WORDS else ""):
                day = calendar_date(later, day_first=True)
                if day and dt.timedelta(0) <= day - end <= dt.timedelta(days=14):
                    return day
            return end
        if (m := _NUMERIC_DAY_RANGE.search(line)) and (
            end := numeric_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), "-")
        ):
            # 'week 12-18/05/2021': issued at the end of its week, unless the line or the one under it gives the
            # issue date ('Security update 20.05.2021 (period 12-18.05.2021)', 'Date of issue: 20/05/2021')
            below = lines[i + 1] if i + 1 < len(lines) else ""
            rest = line[: m.start()] + " " + line[m.end() :]
            if day := calendar_date(rest, day_first=True):
                return day
            if day := _issued_below(below, end):
                return day
            return end
        if m := _DAY_RANGE.search(line):  # 'weekly summary, 24–30 June 2022' was issued at the end of its week
            # ... unless its issue date follows, on the line ('weekly brief | 4-10 April 2022 | 11 April 2022') or
            # under it ('Prepared December 30, 2019', 'Date of issue: 2 September 2024')
            after, below = line[m.end() :], lines[i + 1] if i + 1 < len(lines) else ""
            if day := calendar_date(after, day_first=True):
                return day
            if day := _issued_below(below, calendar_date(m.group(1), day_first=True)):
                return day
            line = m.group(1)
        if _EVENT_DATE_FIELD.match(line):
            continue  # 'Incident date: 16/09/20' on a card is the attack's day, never the report's
        if len(fields := re.split(r"\s*[|;]\s*", line)) > 1 and any(_EVENT_DATE_FIELD.match(f) for f in fields):
            line = " | ".join(f for f in fields if not _EVENT_DATE_FIELD.match(f))  # (nor one after a bar)
        if not _SUMMARY_DATE.match(line) and (day := calendar_date(line, day_first=True)):
            if _told_on(line):
                continue  # a short sentence of the body: 'Two soldiers were reported killed on 3 May 2023.'
            return day
    return None


# a sentence's verb of harm, or its funeral (never a title's noun: 'Attacks in Salahuddin: update on 14 June 2023')
_TELLS_HARM = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|attacked|exploded|detonated|bombed|shot|fired|struck|"
    r"died|buried|arrested|abducted|kidnapped|funeral\s+(?:was|is)|(?:was|were)\s+(?:held|found))\b",
    re.I,
)
# ... and a date that names the paper it heads: 'situation report of 14 June 2023', 'brief - as of 14 June 2023'
_PAPERS_DAY = re.compile(
    r"\b(?:report|update|brief|briefing|bulletin|sitrep|summary|digest|round-?up|as)\s*(?:of|on|for|at|dated)?\s*"
    r"[-:\u2013\u2014]?\s*$",
    re.I,
)


# a header's publication and update labels, at a line's or a field's start ('Updated Dec 30, 2013 10:36 AM | Published
# Dec 29, 2013 5:28 PM', 'Posted: 5 Mar 2022' / 'Originally published: 4 Mar 2022')
_PUBLISHED_LABEL = re.compile(
    r"(?:^|[|\u00b7\u2022;]\s*)(?P<first>(?:first|originally)\s+)?(?:published|publication\s+date)\b(?:\s+on)?\s*:?\s*",
    re.I,
)
_UPDATED_LABEL = re.compile(
    r"(?:^|[|\u00b7\u2022;]\s*)(?:last\s+)?(?:updated|modified|revised)\b(?:\s+on)?\s*:?\s*", re.I
)
# the copy's own word that its update brought the news it tells
_UPDATE_NOTE = re.compile(
    r"\bupdated\s+with\s+"
    r"(?:details|new|the\s+latest|more|further|additional)\b|\bupdated\b(?:[^.\n]|(?<=\d)\.(?=\d)){0,60}?\bto\s+(?:report|add|include|"
    r"reflect)\b|^\W*UPDATE\s*(?:\d+\s*)?[:\u2013\u2014-]",
    re.I | re.M,
)


def _first_or_updated(lines: list[str]) -> dt.date | None:
    """The report's day where its header gives both when it was published and when it was updated (or re-posted):
    the publication's, when the copy was written, unless the copy says its update brought what it tells ('This
    article was updated with details of the attack'); a first or original publication wins over a re-posting."""
    published = updated = None
    first = False
    for line in lines[:8]:
        for m in _PUBLISHED_LABEL.finditer(line):
            if published is None and (day := calendar_date(line[m.end() : m.end() + 60].split("|")[0], day_first=True)):
                published, first = day, bool(m.group("first"))
        for m in _UPDATED_LABEL.finditer(line):
            if updated is None and (day := calendar_date(line[m.end() : m.end() + 60].split("|")[0], day_first=True)):
                updated = day
    if published is None:
        return None
    if updated is not None and updated != published:
        return updated if _UPDATE_NOTE.search("\n".join(lines[:12])) else published
    return published if first else None


_MONTH_WORD = re.compile(rf"\b(?:{'|'.join(MONTH_ABBREVIATIONS)})[a-z]*\.?(?![a-z])", re.I)


def _told_after(day: dt.date, lines: list[str]) -> bool:
    """Whether the text tells of a day after `day` (a date with its year, or a day and month that fall after it in
    its year): then `day` is no report's date, which no event of its copy can follow."""
    for line in lines:
        for _, _, phrase in find_date_phrases(line):
            if not _MONTH_WORD.search(phrase):
                continue  # (a weekday or 'the 12th' counts from the report, whatever its day)
            told = resolve_phrase(phrase, dt.date(day.year, 12, 31))
            if told.precision == "day" and told.date is not None and told.date > day:
                return True
    return False


def _opening_stamp(line: str) -> dt.date | None:
    """The day of a stamp opening a text: a complete date and its clock, at most one word in capitals before them
    ('SECALERT 21JUN14 1940L ...', '14/06/2023 09:40 - ...'); never a sentence's date ('On 14 June 2023 at 09:40')."""
    phrases = find_date_phrases(line[:48])
    if not phrases or not _STAMP_LEAD.fullmatch(line[: phrases[0][0]]):
        return None
    if not _STAMP_CLOCK.match(line, phrases[0][1]):
        return None
    return calendar_date(phrases[0][2], day_first=True)


_STAMP_LEAD = re.compile(r"\W*(?:[A-Z][A-Z0-9-]{1,14}\W+)?")
_STAMP_CLOCK = re.compile(r",?\s+(?:[01]\d|2[0-3]):?[0-5]\d(?::[0-5]\d)?\s*(?:[A-Z]{1,4}\b|[-\u2013\u2014|])")


def _told_on(line: str) -> bool:
    """Whether a line is a sentence telling of harm on its date ('Two soldiers were killed on 3 May 2023.', 'The
    funeral was held on 5 May 2021'), not a header's date ('Published on 3 May 2023', 'Session 9, held on 23 May')."""
    return _TELLS_HARM.search(line) is not None and any(
        _DATE_PREPOSITION.search(line[:start]) and not _PAPERS_DAY.search(line[:start])
        for start, _, _ in find_date_phrases(line)
    )


# a version history's entries: 'v1 - 2024-08-02 22:10 | v2 - 2024-08-03 09:30', 'version 2: 14 May 2022'
_VERSION_MARK = re.compile(r"(?:^|[|;,(]\s*|:\s*|\s)v(?:ersion\s?)?\d{1,2}\s*[-:\u2013\u2014]\s*(?=\d|[A-Z])", re.I)


# A word that says when the copy itself was written, sent or stored, before its date: wherever such a label sits
# (a line of its own above, between or under the paragraphs, a field after '|' or in brackets), its date is the
# report's. Never one inside a sentence ('a UN report published on 3 May said ...', 'Complaint filed 3 March'): the
# label opens its line, or follows a bar, a bracket or a semicolon.
_FILING_LABEL = re.compile(
    r"(?:^|[|;(\[]\s*)(?:(?:first|originally|last|date|time)\s+)?(?:published|posted|filed|dated|issued|updated|"
    r"released|created|received|sent|logged|uploaded|submitted|compiled|translated|modified|written|printed|"
    r"transmitted|reported|prepared|generated|exported|recorded|distributed|circulated|broadcast|aired|revised|"
    r"edited|stamped|entered|saved|archived|(?:release|report|entry|notice|issue|publication|pub|creation|filing|"
    r"upload|post|print|dispatch|message|bulletin)\s*(?:date|day|dt\.?)|date\s+of\s+(?:the\s+)?(?:report|issue|"
    r"publication|filing|release|dispatch|message|bulletin|note)|as\s+(?:of|at)|timestamp|time\s*stamp|"
    r"edition(?:\s+of)?|bulletin\s+(?:of|for)|dispatch(?:ed)?|datum|date)\b(?:\s+(?:on|at|by\s+[^:|,;]{1,30}?\s+on))?"
    r"\s*[:=\-\u2013\u2014]?\s*",
    re.I,
)
# a clock with its zone, then the day with a two-digit year: a stamp wherever it stands, never a sentence's date
_CLOCK_THEN_DATE = re.compile(
    r"\b(?:[01]\d|2[0-3]):?[0-5]\d\s*(?i:gmt|utc)\s+([0-3]?\d)\s+"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d\d)\b"
)
_FILING_LINE_WORDS = 16  # a longer line is a sentence: a filing word opening it dates what it tells
_TOLD_WORD = re.compile(r"\b(?!(?:on|at|the)\b)[a-z]{2,}\b")


def _filing_date(lines: list[str]) -> dt.date | None:
    """The report's day where no header, dateline or stamp rule found it: the first complete date written right
    after a filing word ('Uploaded by the Diyala desk on 12/03/2021', '[Transmitted: 3 Feb 2020 09:14]', 'Bulletin
    for Tuesday 14 June 2022', '... | Compiled 2 May 2019'), in any line of the copy; never a date told of an event
    or of another paper ('The report, published on 3 May, said ...', 'Incident date: ...')."""
    for line in lines:
        if _EVENT_DATE_FIELD.match(line):
            continue
        if m := _CLOCK_THEN_DATE.search(line):  # a monitoring service's source line: 'in Arabic 1153 gmt 13 Nov 22'
            if day := calendar_date(f"{m.group(1)} {m.group(2)} 20{m.group(3)}"):
                return day
        short = len(line.split()) <= _FILING_LINE_WORDS
        for m in _FILING_LABEL.finditer(line):
            if m.start() > 0 and line[m.start()] not in "|;([":
                continue  # a filing word inside a sentence ('Complaint filed 3 March', 'who was released on ...')
            if (m.start() == 0 and not short) or _EVENT_DATE_FIELD.match(line[m.start() :].lstrip("|;([ ")):
                continue  # a sentence opening 'As of 1 June 2023, at least 40 ...'; '| Date of incident: ...'
            rest = line[m.end() : m.end() + 60]
            phrases = find_date_phrases(rest)
            if not phrases or phrases[0][0] > 14 or _TOLD_WORD.search(rest[: phrases[0][0]].rpartition(":")[2]):
                continue  # (a weekday, a clock or an agency's name may stand between: 'Sent Tue 14 Jun 2022', and
                # a label's end: 'received by desk:'; never a word of what happened: 'reported killed on 3 May')
            if day := calendar_date(rest[: phrases[0][1] + 12], day_first=True):
                return day
    return None


def _latest_version(line: str) -> dt.date | None:
    """The date of a version history's latest entry: the file as it stands now (never a date told after another
    label: '| Next review: 10 June 2022')."""
    found = [
        calendar_date(line[m.end() : m.end() + 40].split("|")[0], day_first=True) for m in _VERSION_MARK.finditer(line)
    ]
    days = [d for d in found if d is not None]
    return max(days) if days else None


def _issued_below(line: str, end: dt.date | None = None) -> dt.date | None:
    """The issue date a header's range of days may have under it: 'Published June 20, 2022', 'Date of issue: 2
    September 2024', 'Date: 25/05/2026' (an outlet's date, day first; a bare 'Date:' only on or after the range's last
    day `end`: 'Date: 9 May 2022' under a log of 8-14 May dates an entry, not the log)."""
    if (n := _ISSUED.search(line)) and (day := calendar_date(line[n.end() :], day_first=True)):
        return day
    if _is_date_line(line) and (m := _DATE_LABEL.match(line)):
        day = calendar_date(line[m.end() :], day_first=True)
        return day if day is not None and (end is None or day >= end) else None
    return None


# a card's or a register's field that dates the attack itself: 'Incident date: ...', 'Date of attack: ...'
_EVENT_DATE_FIELD = re.compile(
    r"^\W*(?:(?:incident|event|attack|occurrence)\s+date|date\s+of\s+(?:the\s+)?(?:incident|event|attack|occurrence)|"
    r"occurred(?:\s+on)?)\s*:",
    re.I,
)


# 'Published 14 November 2023' at a header line's start or after '|', ',', '(' or ';' ('DTG ... | Published ...',
# 'Baghdad weekly (...), published 16 ...'); not inside a sentence ('a UN report first published on 3 January 2019')
_ISSUED = re.compile(
    r"(?:^|[(;|,\u2013\u2014-]\s*)(?:(?:first\s+)?(?:published|released|issued|posted|updated|compiled|prepared)|"
    r"date\s+of\s+issue)\b\s*(?:on\b)?\s*:?\s*",
    re.I,
)
# ('INCIDENTS 21-22 JUNE 2021', '6-7 DECEMBER 2019': a log of two days, written in capitals)
# ('8 to 14 March 2020', 'between 8 and 14 March 2020', '8 through 14 March 2020')
_DAY_RANGE = re.compile(
    r"\b\d{1,2}\s*(?:[-\u2013]|to|through|thru|until|till|(?<=between \d )and|(?<=between \d\d )and)\s*"
    r"(\d{1,2}\s+(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?,?\s+(?:19|20)\d\d)\b"
)
_NUMERIC_DAY_RANGE = re.compile(r"\b\d{1,2}\s*[-\u2013]\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
_SUMMARY_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:")
_MONTH_NAME = r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?"
# A range of days written month first: 'MAY 19 – 26, 2022', 'November 12 - 18, 2020', 'Oct 27-Nov 2, 2019'
_MONTH_FIRST_RANGE = re.compile(
    rf"\b(?P<m1>{_MONTH_NAME})\s+(?P<d1>\d{{1,2}})\s*(?:[-\u2013\u2014]|\s(?:to|through|thru|until|till)\s)\s*"
    rf"(?:(?P<m2>{_MONTH_NAME})\s+)?(?P<d2>\d{{1,2}}),?\s+"
    r"(?P<year>(?:19|20)\d\d)\b"
)


def _range_end(m: re.Match[str]) -> dt.date | None:
    """The last day of a month-first range of days, or None when its words are no dates."""
    start = calendar_date(f"{m.group('m1')} {m.group('d1')}, {m.group('year')}")
    end = calendar_date(f"{m.group('m2') or m.group('m1')} {m.group('d2')}, {m.group('year')}")
    return end if start and end and dt.timedelta(0) < end - start <= dt.timedelta(days=31) else None


def _labelled_date(lines: list[str]) -> dt.date | None:
    """A report date written under the body ('Published: 9 June 2021', or a line that is only a date such as
    'January 15, 2020', as one of the last lines, or in brackets after its last sentence)."""
    for line in lines:
        if _is_date_line(line) and (m := _DATE_LABEL.match(bare_line := _CREDITS.sub("", line))):
            return calendar_date(bare_line[m.end() :], day_first=True)
        if (m := _POST_STAMP.search(line)) and _only_a_date(m.group("date")):
            return calendar_date(m.group("date"), day_first=True)  # '11:48 PM · May 18, 2022 · Twitter for iPhone'
        # '14 March 2022 10:05 GMT' under the copy: its date; so too 'Feb 25, 2023 - 9:40 AM UTC (Reporting by ...;
        # Editing by ...)', a wire's foot line with its credits in brackets
        bare = _CLOCK_TAIL.sub("", _CREDITS.sub("", line))
        if len(bare.split()) <= 4 and (day := calendar_date(bare, day_first=True)) and _only_a_date(bare):
            return day
        if (m := _PLACE_AND_DATE.match(bare)) and _only_a_date(m.group("date")):
            if day := calendar_date(m.group("date"), day_first=True):
                return day  # a statement signed off with its place and date: 'Baghdad, 10 April 2023'
        if m := _SLASHED_SIGN_OFF.match(bare):  # the agency, its date and its editor's initials: 'PL/19.01.2022/ag'
            return calendar_date(m.group("date"), day_first=True)
        if len(bare.split()) <= 7 and (day := calendar_date(bare, day_first=True)) and _signed_off(bare):
            return day  # a wire service's sign-off: '9 Oct 2021 - AFP', 'dpa ar/mbt 5 July 2019', 'Xinhua | 2 May 2020'
        if (
            line is lines[-1]
            and (m := _LAST_SENTENCE_STAMP.search(line))
            and (label := _DATE_LABEL.match(m.group(1)))
            and _is_date_line(m.group(1))
        ):
            # '... were transferred to Qaiyara hospital. Published 03/02/2023, 11:20.': the copy's own stamp closing
            # its last paragraph (an outlet's date, written day first)
            return calendar_date(m.group(1)[label.end() :], day_first=True)
        if line is lines[-1] and (m := _TRAILING_DATE.search(line)) and _only_a_date(m.group(1)):
            return calendar_date(m.group(1), day_first=True)  # '... searched nearby houses. (10 December 2019)'
        if (m := _LAST_EDITED.match(line)) and (day := calendar_date(m.group(1), day_first=True)):
            return day  # a wiki page's foot line: 'This page was last edited on 9 November 2020, at 21:15 (UTC).'
        if len(line.split()) <= 20 and (m := _FIRST_PUBLISHED.search(line)) and (day := calendar_date(m.group(1))):
            return day  # '(Reporting by ... ; First published May 21, 2023)'
        if (
            len(line.split()) <= 14
            and (m := _WIRE_STAMP.search(line))
            and (day := calendar_date(line[m.end() :], day_first=True))
        ):
            return day  # 'Transmitted 0915 GMT 13 February 2023. Kyodo', 'Wire time: 19-May-2022, 11:40 local.'
    return None


def _as_declared(day: dt.date, lines: list[str]) -> dt.date:
    """The report's date as its file says its numeric dates are written: 'generated 03/02/2021 | the event_date column
    is MM/DD/YYYY' was generated on 2 March (header dates are read day first otherwise)."""
    if declared_order("\n".join(lines)) is not False:
        return day
    for line in lines:
        if in_declared_order(line, day_first=True) == day:
            return in_declared_order(line, day_first=False) or day
    return day


def _stamp_date(lines: list[str]) -> dt.date | None:
    """The date of a stamp under the copy, whatever its words: a short last line that holds one complete date and
    tells nothing ('ctk jun 16.07.2023', '(Hina) 19/08/2022 hm', 'Card saved 01/28/2019 by desk B.', '-- worksheet
    closed Thursday 2022-01-20 by coder AK --', 'Petra 12-04-2019 11:20 GMT'). Never a sentence's date ('The funeral
    was held on 5 May 2021', 'Two soldiers were killed 3 May 2021')."""
    last = next((x for x in reversed(lines) if x.strip()), None)
    for line in reversed(lines):
        is_last = line is last
        line = _PAGE_COUNT.sub(" ", line)  # 'Page 1 of 1 - 12.10.2021', 'P.001/001': a printout's page, no word
        line = _PAGE_NUMBER_EDGE.sub(" ", line)  # '— Asharq Al-Awsat — Thursday 09.02.2012 — 3': a print page's foot
        line = _FOOTNOTE_MARK.sub("", line)  # '[^1]: Filed 20 September 2005 by the desk.': a footnote's stamp
        if len(line.split()) > _STAMP_MAX_WORDS or _TELLS.search(line) or _SOURCE_LABEL.match(line):
            continue  # (a 'Source: police | ...' line dates what a source sent, not the report)
        phrases = find_date_phrases(line)
        if len(phrases) != 1:
            continue
        start, end, _ = phrases[0]
        if _DATE_PREPOSITION.search(line[:start]) or (day := calendar_date(line[start:end], day_first=True)) is None:
            continue
        complete = len(line[start:end].split()) >= 2 or re.search(r"\d[-/.·]\d{1,2}[-/.·]\d", line[start:end])
        rest = (line[:start] + " " + line[end:]).split()
        # ... signed with a verb that stamps it ('Card saved', 'worksheet closed'), or with nothing but an agency's
        # name, initials and a clock's zone ('ctk jun', '(Hina) hm', 'Petra GMT'): never a log's entry ('12 Feb
        # 2022 - police', '6 March 2021 10:05 curfew lifted') nor a post's counters ('views 820 · 3 replies')
        names = [w for w in rest if _STAMP_NAME.fullmatch(w)]
        signed = (
            _STAMP_VERB.search(line) is not None
            or (all(_STAMP_TOKEN.fullmatch(w) for w in rest) and len(names) <= 1)  # ('Iraq Elections 10 October 2021')
            # the copy's last line signed by who issued it, its date closing it: 'Media cell, Ninewa Operations
            # Command, 2021-09-02'
            or (is_last and not line[end:].strip(" .)") and _SIGNED_BEFORE.search(line[:start]) is not None)
        )
        if complete and signed:
            return day  # (a complete date: day, month and year; never a year or a month alone)
    return None


# ... the verb opening the line or after the document it stamps ('Filed 3 May 2023', 'Card saved ...', '-- worksheet
# closed ...', 'Thread viewed ...'); never a sentence's subject ('Schools closed 16 June', 'Complaint filed ...') nor
# when a copy was fetched ('Retrieved 3 May 2023', 'Page accessed ...': the copy's day, not the report's)
_STAMP_VERB = re.compile(
    r"(?:^\W*|\b(?:card|sheet|worksheet|entry|record|file|log|page|thread|report|note|form|story|item|document|digest|"
    r"bulletin|message|post|export|extract)\s+)"
    r"(?:saved|closed|filed|logged|stored|printed|generated|compiled|entered|created|sent|transmitted|moved|edited|"
    r"viewed|exported)\b",
    re.I,
)
_STAMP_NAME = re.compile(r"\W*(?!(?:GMT|UTC|AM|PM)\b)[A-Z][A-Za-z]+\W*")
# what else a stamp holds: an agency's name in capitals or title case, an editor's initials, a clock and its zone
_STAMP_TOKEN = re.compile(
    r"\W*(?:[A-Z][A-Za-z]+|[a-z]{1,3}|\d{1,2}[:.]\d\d(?:[:.]\d\d)?|[AP]\.?M\.?|GMT|UTC|[-–—|/=·]+)\W*"
)


_STAMP_MAX_WORDS = 18
_SIGNED_BEFORE = re.compile(r"[,|\u2013\u2014]\s*$")
_FOOTNOTE_MARK = re.compile(r"^\s*\[\^?\d{1,3}\]:?\s*")
_PAGE_COUNT = re.compile(r"\b(?:page|p\.)\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}\b", re.I)
# a page's number at either end of a printed page's head or foot, set off by a dash or a bar: '... — 3', '12 | ...'
_PAGE_NUMBER_EDGE = re.compile(r"\s[\u2013\u2014|-]\s*\d{1,3}\s*$|^\s*\d{1,3}\s*[\u2013\u2014|]\s")
_SOURCE_LABEL = re.compile(r"^\W*sources?\s*:", re.I)
# words that tell an event or a person's doing: a line with them is a sentence, not a stamp
_TELLS = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|attack\w*|explo\w*|bomb\w*|shot|shoot\w*|fired|struck|hit|dead|died|death|"
    r"funeral|buried|arrest\w*|held|took place|will|was|were|is|are|has|have|had|after|before|following|since)\b",
    re.I,
)
_DATE_PREPOSITION = re.compile(r"\b(?:on|since|until|till|from|before|after|between|during|of|in)\s*$", re.I)


# A statement's foot line with the place it was issued in and its date, as UN offices and ministries sign off:
# 'Baghdad, 10 April 2023', 'New York, 12 March 2021', 'Erbil, 3/5/2022' (one to three capitalised words, a comma)
_PLACE_AND_DATE = re.compile(r"^(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*\s*,\s*(?P<date>[^,]{6,30})$")


# A wire service's time stamp under its copy, at the line's start or after a full stop or bracket: 'Transmitted 0915 GMT
# 13 February 2023', 'Wire time: 19-May-2022, 11:40 local', 'Moved on the wire 20 April 2022', 'Sent at 08:15 IST, 30
# August 2021', 'Distributed 12 November 2022', 'Wire copy, 06-Nov-2019 07:30 MSK', 'Trend, Baku. Dated 20 May 2023'
# 'Sheikh of the tribe - Issued on Thursday 20 May 2021' (a signature, a dash, the stamp: only a verb that says so)
# (never a verb inside a sentence: 'forces sent reinforcements on 3 May 2021')
_WIRE_STAMP = re.compile(
    # ... or after a wire reference, a desk's name: 'Wire ref 2302170611 / received 17 February 2023', 'Oslo desk,
    # received 3 May 2022', 'Cleared for release: 10 June 2021', 'Received: 14 November 2019', 'Send time 08:10, ...'
    r"(?:^|[(;|]\s*|[.!?]\s+|\s/\s+|\s[\u2013\u2014-]\s+(?=(?i:issued|dated|released)\b)|\bdesk,\s+)(?:(?:wire|release|transmission|filing|dispatch|item|story|copy|send)\s+"
    r"time|wire\s+copy|received|cleared\s+for\s+release|"
    r"time\s*-?stamp|(?:(?:story|copy|item|dispatch)\s+)?(?:transmitted|sent|moved(?:\s+on\s+the\s+wire)?|"
    # 'Dispatch logged 2020-01-21 07:55 CLT', 'Item time 2024-04-24 08:30 (Amman)', 'Copy logged 21 Jan 2020'
    r"distributed|dated|filed|issued|released|compiled|dispatched|logged|transcribed|digiti[sz]ed|typed\s+up|keyed\s+in))\b",
    re.I,
)


# A social-media post's foot stamp: its clock time, a middle dot and its date, perhaps with the app after another dot
# (X: '11:48 PM · May 18, 2022 · Twitter for iPhone'; Telegram: '👁 9.4K   edited   21:14 · 28.05.2022')
_POST_STAMP = re.compile(
    r"(?:^|\s)(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?i:[ap]\.?m\.?))?\s*[\u00b7\u2022]\s*"
    r"(?P<date>[^\u00b7\u2022]{6,30}?)\s*(?:[\u00b7\u2022][^\u00b7\u2022\d]*)?$"
)
_FIRST_PUBLISHED = re.compile(  # a foot line, or its part after '(' or ';': not 'a UN report first published on ...'
    r"(?:^|[(;|]\s*)(?:(?:story|article|report|copy|page|entry|item)\s+)?(?:first\s+|last\s+)?(?:published|posted|updated|filed)"
    # 'Published by Bernama at March 22, 2024, 14:02 (GMT+8).': the outlet named before the date
    r"(?:\s+by\s+[\w .'&-]{2,40}?\s+(?:at|on)\b)?\s*(?:on\b)?"
    # 'Story filed 15 January 2023, 1105 GMT': the clock time after the date is no part of it
    r"\s*:?\s*([^();]{6,30}?)\s*(?:[);]|,\s*\d{3,4}\s*(?:GMT|UTC|local(?:\s+time)?)?\s*$|"
    r",\s*\d{1,2}:\d{2}\b[^;]*$|$)",
    re.I,
)
# A wire's credits in brackets after its foot date: '(Reporting by a Basra stringer; Editing by the Baghdad bureau)'
_CREDITS = re.compile(
    r"\s*\((?:(?:additional\s+)?(?:reporting|writing|editing|written|edited|compiled|translated|translation)\b)"
    r"[^()]*\)\s*$",
    re.I,
)
# The last sentence of the last line when it is a stamp: '... hospital. Published 03/02/2023, 11:20.'
_LAST_SENTENCE_STAMP = re.compile(
    r"(?:^|[.!?]\s+)((?:(?:First\s+)?Published|Posted|(?:Last\s+)?Updated)\b[^.!?]{6,40}?)\.?\s*$"
)
_TRAILING_DATE = re.compile(r"[.!?\u201d\"]\s*[(\[]([^()\[\]]{6,30})[)\]]\s*$")
_LAST_EDITED = re.compile(
    r"^(?:This\s+page\s+was\s+)?last\s+(?:edited|modified|updated)\s+(?:on\s+)?([^,()]{6,30})", re.I
)


# The agencies whose name signs off their copy under its last paragraph, with its date ('12 Feb 2022 - AFP')
_AGENCY = "|".join(
    sorted({*NEWS_AGENCIES, *(a.upper() for a in NEWS_AGENCIES), *NEWS_AGENCY_NAMES}, key=len, reverse=True)
)  # 'BERNAMA' too
_SIGN_OFF = re.compile(
    # the agency, perhaps its editors' initials ('ar/mbt', 'jm/dl'), and nothing else beside the date (and its clock
    # time); Xinhua's foot line names it as the source: 'Source: Xinhua | 2024-09-10 18:30:12'
    # (or the end mark Yonhap closes its copy with: '(END) 2024/01/21 16:45')
    rf"^(?:(?:Source\s*:?\s*)?(?:{_AGENCY})\b(?:\s+[a-z]{{1,4}}(?:/[a-z]{{1,4}})+)?|END)$"
)


# ... and heading the copy, before its other header cells: 'BSS/23-01-2021 | Dateline: DHAKA'
_SLASHED_HEAD = re.compile(
    r"^\s*[A-Z]{2,10}/(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)(?:/[a-z]{1,4})?\s*(?:$|[|,;]|\s[-\u2013\u2014]\s)"
)
_SLASHED_SIGN_OFF = re.compile(
    rf"^\s*(?:{_AGENCY})/(?P<date>\d{{1,2}}[./-]\d{{1,2}}[./-](?:19|20)\d\d)(?:/[a-z]{{1,4}})?\s*$"
)


def _signed_off(line: str) -> bool:
    """Whether a foot line is only a date and the agency that signs the copy off ('23 Oct 2021 - AFP')."""
    rest = line
    for start, end, _ in sorted(find_date_phrases(line), reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = re.sub(r"^[\s\W]+|[\s\W]+$", "", re.sub(r"\s*[-|,\u2013\u2014/]\s+|\s+[-|\u2013\u2014]\s*", " ", rest))
    return bool(_SIGN_OFF.match(re.sub(r"\s+", " ", rest)))


def _only_a_date(line: str) -> bool:
    """Whether nothing but a date (and a weekday) is written on the line."""
    rest = line
    for start, end, _ in sorted(find_date_phrases(line), reverse=True):
        rest = rest[:start] + rest[end:]
    return not re.sub(r"[\W\d_]+|\b(?:on|the|of)\b", "", rest, flags=re.I)


def _title(text: str) -> str:
    for line in text.split("\n\n")[:4]:
        words = line.split()
        if len(words) > 30 or line.endswith((".", "!", "?", "\u201d", '"')) or _DATELINE.match(line):
            break  # the body has started: no headline line
        if len(words) >= 4:
            return line
    first = text.split("\n\n")[0]
    sent = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return sent if len(sent) <= 100 else sent[:97].rsplit(" ", 1)[0] + "\u2026"


def _outlet(text: str, hints: dict[str, str]) -> str | None:
    m = re.search(_DATELINE.pattern, text, re.M)
    if m and m.group("agency") and not calendar_date(m.group("agency")):  # 'KIRKUK (9 December 2023) –' is a date
        return _canon_outlet(m.group("agency"))
    if "outlet" in hints:
        return _canon_outlet(hints["outlet"])
    w = _WIRE.search(text)
    return _canon_outlet(w.group(1)) if w else None


_SURROGATE = re.compile("[\ud800-\udfff]")  # half a UTF-16 pair: only a JSON escape such as "\ud800" makes one


def doc_id_for(text: str) -> str:
    """Stable id: first 16 hex chars of sha256 of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# What a stored name must not hold: C0 and C1 controls (line breaks and tabs too: an outcome is one line), line and
# paragraph separators, bidi overrides and isolates, and lone surrogates (a byte of a name that was no UTF-8).
_ODD_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode keeps an undecodable byte as U+DC80..U+DCFF: show that byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_source(source: str) -> str:
    """A file name or record key as it may be stored and shown: each control, line break, bidi character or byte
    that was no UTF-8 is written as its escape ('esc\\x1b[2J.txt', 'caf\\xe9.txt'). Escaped, not dropped: two
    names that differ only there (one with a BEL, one without) stay two sources, and neither replaces the other."""
    return _ODD_IN_NAME.sub(lambda m: _escape(m.group()), source)


def to_article(rec: RawRecord) -> Article:
    """Clean a raw record into an Article; raises InputFileError when nothing is left."""
    rec = replace(rec, source=safe_source(rec.source))
    fields = {"text": rec.text, "title": rec.title, "url": rec.url, "published": rec.published, "source": rec.outlet}
    for field, value in fields.items():
        if value and (bad := _SURROGATE.search(value)):
            raise InputFileError(
                rec.source,
                f"'{field}' holds a lone surrogate \\u{ord(bad.group()):04x} (at character {bad.start()}), not text",
                "a \\ud800-\\udfff escape in JSON must be one half of a pair: fix or remove it",
            )
    # The one place where control and bidi characters are dropped: nothing stored can steer a terminal or a page.
    rec = replace(
        rec,
        text=printable(rec.text),
        **{k: printable(v) for k, v in vars(rec).items() if k in ("title", "url", "published", "outlet") and v},
    )
    text, hints = clean(rec.text)
    if len(text) < 20:
        raise InputFileError(rec.source, "no article text left after cleaning")
    given = (_parse_date(rec.published) or calendar_date(rec.published)) if rec.published else None
    if rec.published and given is None:
        raise InputFileError(
            rec.source, f"'published' is not a date: {rec.published!r}", "use YYYY-MM-DD (or e.g. 14 March 2023)"
        )
    published = given or _parse_date(hints.get("published"))
    return Article(
        doc_id=doc_id_for(text),
        text=text,
        title=(rec.title or "").strip() or _title(text),
        outlet=_canon_outlet(rec.outlet) if rec.outlet else _outlet(text, hints),
        published=published,
        url=rec.url,
        source=rec.source,
    )
