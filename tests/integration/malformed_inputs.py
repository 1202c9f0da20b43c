"""A folder of malformed inputs beside good ones, each with the outcome ingest must give it (made in a temp dir).

`build(folder)` writes the files and returns one `Case` per entry: what it is, and what the CLI (`assistant ingest
FOLDER`) and the Corpus tab's upload must report for it: added, duplicate, or rejected with a reason. Nothing here
is committed as a binary: random bytes come from a seeded generator.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from conftest import SEEDS

MAX_FILE_MB = 5.0  # the default DESK_INGEST__MAX_FILE_MB; the oversized case is four times that
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


@dataclass(frozen=True)
class Expect:
    """One outcome line: a status, for the whole file ('') or one record ('#line2', '#0'), and a reason fragment."""

    status: str
    reason: str = ""
    record: str = ""


def added(record: str = "") -> Expect:
    """The file (or record) is stored."""
    return Expect("added", "", record)


def duplicate(record: str = "") -> Expect:
    """Its text is stored already, from another file."""
    return Expect("duplicate", "same text is already stored", record)


def skipped() -> Expect:
    """A folder's hidden entry: named, not read."""
    return Expect("skipped", "hidden")


def rejected(reason: str, record: str = "") -> Expect:
    """Refused, with a reason that contains `reason`."""
    return Expect("rejected", reason, record)


@dataclass
class Case:
    """One entry of the folder and the outcomes the CLI and the upload must give it.

    `cli` empty: the entry gets no line by design (an empty folder, a file inside a hidden folder). `ui` None: a
    browser cannot upload it (a folder's inner files), so it is left out of the upload run.
    """

    name: str
    what: str
    cli: tuple[Expect, ...]
    ui: tuple[Expect, ...] | None
    path: Path = field(default=Path())
    uploadable_over_http: bool = True  # False: a FIFO, a symlink, a folder (only in-process upload sees them)


def story(n: int, place: str) -> str:
    """A short, distinct, well-formed report (title, dateline, facts)."""
    killed, wounded, day = 2 + n % 7, 1 + (n * 3) % 11, 1 + n % 27
    return (
        f"Gunmen attack a checkpoint near {place} (report {n})\n\n"
        f"{place.upper()} (AFP) - Gunmen killed {killed} soldiers and wounded {wounded} at an army checkpoint near "
        f"{place} on {day} March 2023, security sources said. The attackers fled towards the desert.\n\n"
        f"Officials in {place} said the checkpoint had been attacked before. No group claimed report {n}."
    )


ARABIC = (
    "هجوم مسلح على نقطة تفتيش في كركوك\n\n"
    "كركوك - قتل مسلحون أربعة جنود وأصابوا اثنين آخرين عند نقطة تفتيش للجيش قرب كركوك يوم الثالث من آذار 2023، "
    "وفقا لمصادر أمنية.\n\nولم تتبن أي جهة الهجوم حتى الآن."
)
PLACES = ["Kirkuk", "Tikrit", "Mosul", "Baiji", "Hawija", "Samarra", "Ramadi", "Fallujah", "Baqubah", "Sinjar"]
_HTML = "<html><head><title>{title}</title></head><body>{body}</body></html>"


def _page(title: str, body: str) -> str:
    return _HTML.format(title=title, body=body)


def _paras(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])


def build(folder: Path, rng: random.Random | None = None) -> list[Case]:
    """Write the good and malformed entries into `folder`; returns the cases in upload order."""
    rng = rng or random.Random(15)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    stories = iter(story(n, PLACES[n % len(PLACES)]) for n in range(100))

    def add(
        name: str | bytes,
        what: str,
        data: bytes | str | Callable[[Path], None],
        cli: tuple[Expect, ...],
        ui: tuple[Expect, ...] | None = None,
        http: bool = True,
    ) -> Case:
        path = folder / os.fsdecode(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_bytes(data.encode("utf-8"))
        elif isinstance(data, bytes):
            path.write_bytes(data)
        else:
            data(path)
        case = Case(os.fsdecode(name), what, cli, cli if ui is None else ui, path, http)
        cases.append(case)
        return case

    # ---- good files: stored
    seeds = {name: (SEEDS / name).read_text(encoding="utf-8") for name in SEED_FILES}
    for name, text in seeds.items():
        add(name, "a seed article", text, (added(),))
    add("arabic-report.txt", "Arabic text (right to left)", ARABIC, (added(),))
    add("تقرير كركوك.txt", "an Arabic (RTL) file name", next(stories), (added(),))
    add("דיווח-עברית.md", "a Hebrew (RTL) file name", next(stories), (added(),))
    add("utf8-bom.txt", "UTF-8 with a byte-order mark", "\ufeff" + next(stories), (added(),))
    add("crlf.txt", "Windows line ends", next(stories).replace("\n", "\r\n"), (added(),))
    add("name with  spaces .txt", "spaces in the name", next(stories), (added(),))
    add("-rf.txt", "a name that looks like an option", next(stories), (added(),))
    add("x..%2f..%2fetc%2fpasswd.txt", "a URL-encoded path in the name", next(stories), (added(),))
    add(
        "..%2f..%2fetc%2fshadow.txt",
        "a URL-encoded path at the start (hidden)",
        next(stories),
        (skipped(),),
        (added(),),
    )
    add("report#1.txt", "'#' (the record separator) in the name", next(stories), (added(),))
    add("L" * 245 + ".txt", "a 249-character name", next(stories), (added(),))
    add("page.htm", "an .htm page", _page("Raid in Hawija", _paras(next(stories))), (added(),))
    add("UPPER.TXT", "an upper-case extension", next(stories), (added(),))
    first = next(stories)
    add(
        "one.json",
        "a JSON object with every field",
        json.dumps(
            {"text": first, "title": "Checkpoint attack", "url": "https://example.org/a", "published": "2023-03-02"}
        ),
        (added(),),
    )
    add(
        "list.json",
        "a JSON list of two records",
        json.dumps([{"text": next(stories)}, {"text": next(stories)}]),
        (added("#0"), added("#1")),
    )
    mixed = [
        json.dumps({"text": next(stories)}),
        '{"text": "unterminated',
        json.dumps({"text": 123}),
        "",
        json.dumps({"text": next(stories)}),
        json.dumps([1, 2]),
        json.dumps({"text": "x", "title": ["not", "a", "string"]}),
        "[" * 100_000 + "]" * 100_000,
    ]
    add(
        "feed with bad lines.jsonl",
        "JSONL with good and bad lines",
        "\n".join(mixed) + "\n",
        (
            added("#line1"),
            rejected("invalid JSON", "#line2"),
            rejected("missing or empty 'text' field", "#line3"),
            added("#line5"),
            rejected("expected a JSON object, got list", "#line6"),
            rejected("field(s) title must be strings", "#line7"),
            rejected("nested too deeply", "#line8"),
        ),
    )
    add(
        "one-megabyte-line.jsonl",
        "one 1 MB line (a record with a large unused field)",
        json.dumps({"text": next(stories), "raw_html": "<div>" + "x" * 1_000_000 + "</div>"}) + "\n",
        (added("#line1"),),
    )
    add("wide-line.md", "an article, then one 1 MB line of spaces", next(stories) + "\n" + " " * 1_000_000, (added(),))
    deep_body = "<div>" * 5_000 + _paras(next(stories)) + "</div>" * 5_000
    add("deep-5000.html", "HTML nested 5,000 deep", _page("Deep page", deep_body), (added(),))
    for tag in ("aside", "nav", "script"):
        add(
            f"unclosed-{tag}.html",
            f"an unclosed <{tag}> before the article",
            _page(f"Unclosed {tag}", f"<{tag}>menu menu " + _paras(next(stories))),
            (added(),),
        )
    add(
        "controls-in-text.txt",
        "ESC, BEL and U+202E inside the text",
        next(stories).replace("Gunmen", "Gun\x1b[2Jmen\x07", 1).replace("checkpoint", "check\u202epoint"),
        (added(),),
    )
    # File names with control and bidi characters, each beside the plain name they would print as.
    add("esc\x1b[31m.txt", "ESC in the file name", next(stories), (added(),))
    add("esc[31m.txt", "the same name without the ESC", next(stories), (added(),))
    add("bel\x07.txt", "BEL in the file name", next(stories), (added(),))
    add("bel.txt", "the same name without the BEL", next(stories), (added(),))
    add("rlo\u202eosi.txt", "U+202E (right-to-left override) in the name", next(stories), (added(),))
    add("line\nbreak.txt", "a newline in the file name", next(stories), (added(),))
    add(b"caf\xe9.txt", "a Latin-1 byte in the file name (no UTF-8)", next(stories), (added(),), http=False)
    add(b"caf\xe8.txt", "another Latin-1 byte in the same place", next(stories), (added(),), http=False)

    # ---- copies of stored text under other names and types: duplicates
    add("zz copy of seed 0.md", "a seed copied as .md", seeds[SEED_FILES[0]], (duplicate(),))
    add(
        "zz copy of seed 1.json",
        "a seed copied as a JSON record",
        json.dumps({"text": seeds[SEED_FILES[1]]}),
        (duplicate(),),
    )
    add(
        "zz copy of seed 2.jsonl",
        "a seed copied as a JSONL record",
        json.dumps({"text": seeds[SEED_FILES[2]], "title": "Another title"}) + "\n",
        (duplicate("#line1"),),
    )
    add("zz copy of first.txt", "a JSON record's text as a .txt file", first, (duplicate(),))
    add(
        "zz twice.json",
        "one record twice in a list",
        json.dumps([{"text": seeds[SEED_FILES[3]]}, {"text": seeds[SEED_FILES[3]]}]),
        (duplicate("#0"), duplicate("#1")),
    )
    add("zz-folder.txt/inner.txt", "a file inside a folder named like a file", seeds[SEED_FILES[4]], (duplicate(),))
    cases[-1].ui = None  # a browser uploads files, not a folder's contents
    add("zz-folder.txt", "a folder named like a file", lambda path: None, (), (rejected("not a file"),), http=False)
    add("sub/deeper/nested.txt", "a good file two folders down", next(stories), (added(),))
    cases[-1].ui = None

    # ---- empty, binary and badly encoded: rejected
    add("empty.txt", "zero bytes", b"", (rejected("empty file"),))
    add("blank.md", "only whitespace", " \n\t\n  \n", (rejected("empty file"),))
    add(
        "random.txt", "4 KB of random bytes", bytes(rng.randrange(256) for _ in range(4096)), (rejected("binary file"),)
    )
    high = bytes(rng.randrange(0x80, 0x100) for _ in range(2048))
    add("high-bytes.md", "random bytes without NUL", high, (rejected("not valid UTF-8 (byte 0x"),))
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    add("picture.txt", "a PNG named .txt", png, (rejected("binary file (a NUL byte at offset 8)"),))
    add(
        "archive.json",
        "a ZIP named .json",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(64),
        (rejected("binary file"),),
    )
    add(
        "utf16-bom.txt",
        "UTF-16 with a byte-order mark",
        ("\ufeff" + next(stories)).encode("utf-16-le"),
        (rejected("UTF-16 text (byte-order mark FF FE)"),),
    )
    add(
        "utf16-be.md",
        "UTF-16 big-endian with a byte-order mark",
        ("\ufeff" + next(stories)).encode("utf-16-be"),
        (rejected("UTF-16 text (byte-order mark FE FF)"),),
    )
    add(
        "latin1.txt",
        "Latin-1 text",
        next(stories).replace("Gunmen", "Gunmen (café)").encode("latin-1"),
        (rejected("not valid UTF-8 (byte 0xe9"),),
    )
    add(
        "nul-early.txt",
        "a NUL byte at offset 5",
        b"Title\x00" + next(stories).encode(),
        (rejected("NUL byte at offset 5"),),
    )
    late = (next(stories) + "\n\n") * 40
    assert len(late.encode()) > 8192
    add(
        "nul-late.txt",
        "a NUL byte after 8 KB",
        late.encode() + b"\x00",
        (rejected(f"NUL byte at offset {len(late.encode())}"),),
    )
    add(
        "only-controls.txt",
        "nothing but control characters",
        "\x1b[2J\x07\x1b]0;x\x07\x08\x7f",
        (rejected("no article text"),),
    )
    add("short.txt", "a few words", "Too short.", (rejected("no article text left after cleaning"),))

    def oversized(path: Path) -> None:
        with path.open("wb") as f:
            f.truncate(int(4 * MAX_FILE_MB * 1_000_000))  # sparse: 20 MB on paper, nothing on disk

    # Over HTTP the app's server refuses it before the upload function sees it (gradio's max_file_size).
    add("huge.txt", "a 20 MB file (the limit is 5 MB)", oversized, (rejected("over the 5.0 MB limit"),), http=False)

    # ---- JSON that is no article: rejected
    add("deep.json", "JSON nested 100,000 deep", "[" * 100_000 + "]" * 100_000, (rejected("JSON nested too deeply"),))
    add(
        "surrogate.json",
        "a lone \\ud800 escape",
        '{"text": "Gunmen killed four soldiers \\ud800 near Baiji."}',
        (rejected("lone surrogate \\ud800"),),
    )
    add("number.json", "a bare number", "42", (rejected("expected a JSON object, got int"),))
    add(
        "numbers.json",
        "a list of numbers",
        "[1, 2.5, 3]",
        tuple(rejected(f"expected a JSON object, got {t}", f"#{i}") for i, t in enumerate(("int", "float", "int"))),
    )
    add("null.json", "null", "null", (rejected("expected a JSON object, got NoneType"),))
    add(
        "string.json",
        "a bare string",
        '"Gunmen killed four soldiers near Baiji."',
        (rejected("expected a JSON object, got str"),),
    )
    add("text-number.json", "text: 123", '{"text": 123}', (rejected("missing or empty 'text' field"),))
    add("text-null.json", "text: null", '{"text": null, "title": "x"}', (rejected("missing or empty 'text' field"),))
    add(
        "no-text.json",
        "an object without text (under no name a feed or an API gives it: 'body', 'content', 'summary' are read)",
        '{"headline": "Gunmen killed four soldiers."}',
        (rejected("missing or empty 'text' field"),),
    )
    add(
        "invalid.json", "invalid JSON", '{"text": "Gunmen killed four soldiers",', (rejected("invalid JSON at line 1"),)
    )
    add("empty-list.json", "an empty list", "[]", (rejected("empty JSON list"),))
    add(
        "bad-date.json",
        "a published field that is no date",
        json.dumps({"text": next(stories), "published": "soon"}),
        (rejected("'published' is not a date"),),
    )
    add(
        "big-number.json",
        "a 5,000-digit number",
        '{"text": "x", "n": ' + "9" * 5000 + "}",
        (rejected("unreadable JSON value"),),
    )
    add(
        "bad-lines-only.jsonl",
        "JSONL of only bad lines",
        "nope\n{}\n",
        (rejected("invalid JSON", "#line1"), rejected("missing or empty 'text'", "#line2")),
    )

    # ---- HTML with nothing but boilerplate: rejected
    boiler = (
        "<nav><a href='/'>Home</a></nav><aside>Related stories</aside><script>var x = 1;</script><footer>(c)</footer>"
    )
    add(
        "boilerplate.html",
        "HTML with only navigation, asides and scripts",
        _page("Home", boiler),
        (rejected("no article text left"),),
    )
    add(
        "deep-nav.html",
        "5,000 nested <nav>",
        _page("Menu", "<nav>" * 5_000 + "menu" + "</nav>" * 5_000),
        (rejected("no article text left"),),
    )

    # ---- not an article type: rejected
    for name, ext in (("photo.png", ".png"), ("notes.docx", ".docx"), ("README", "(none)"), ("report.txt.bak", ".bak")):
        add(name, f"unknown extension {ext}", next(stories), (rejected(f"unsupported file type '{ext}'"),))
    add(
        "invoice\u202etxt.exe",
        "'.exe' shown as '.txt' by a right-to-left override",
        next(stories),
        (rejected("unsupported file type '.exe'"),),
    )

    # ---- entries that are no regular file (a browser cannot upload them; the in-process upload gets their paths)
    def loop(path: Path) -> None:
        path.symlink_to(path.name)

    def fifo(path: Path) -> None:
        os.mkfifo(path)

    def broken(path: Path) -> None:
        path.symlink_to(folder / "missing-target.txt")

    def to_folder(path: Path) -> None:
        path.symlink_to(SEEDS)

    not_a_file = (rejected("not a file"),)
    add("loop.txt", "a symlink loop", loop, (rejected("symlink loop"),), not_a_file, http=False)
    add("pipe.txt", "a FIFO", fifo, (rejected("not a regular file (FIFO)"),), not_a_file, http=False)
    add("broken-link.txt", "a symlink to nothing", broken, (rejected("broken symlink"),), not_a_file, http=False)
    add(
        "seeds-link",
        "a symlink to a folder",
        to_folder,
        (rejected("symlink to a folder: not followed"),),
        (rejected("unsupported file type"),),
        http=False,
    )

    def locked(path: Path) -> None:
        path.write_text(seeds[SEED_FILES[4]], encoding="utf-8")
        path.chmod(0)

    # Root reads a mode-000 file all the same: there it is one more copy of a stored seed.
    unreadable = (duplicate(),) if os.geteuid() == 0 else (rejected("permission denied"),)
    add(
        "unreadable.txt",
        "a file with mode 000",
        locked,
        unreadable,
        unreadable if os.geteuid() == 0 else (rejected("could not copy the upload: Permission denied"),),
    )
    cases[-1].uploadable_over_http = False

    def empty_folder(path: Path) -> None:
        (path / "inner").mkdir(parents=True)

    add("empty folder", "empty folders", empty_folder, (), (rejected("unsupported file type '(none)'"),), http=False)
    # A folder's hidden entries (.git, .DS_Store) are named as skipped; uploaded, the name loses its dot.
    add(".hidden.txt", "a hidden file", next(stories), (skipped(),), (added(),))
    add(".git/HEAD.txt", "a file in a hidden folder", next(stories), ())
    cases[-1].ui = None
    add(".git", "a hidden folder", lambda path: None, (skipped(),))
    cases[-1].ui = None
    add(
        "alias.txt",
        "a symlink to a stored seed",
        lambda path: path.symlink_to(SEEDS / SEED_FILES[0]),
        (duplicate(),),
        http=False,
    )
    return cases


def remove(folder: Path) -> None:
    """Delete the folder, mode-000 files and FIFOs included."""
    for path in folder.rglob("*"):
        if not path.is_symlink() and path.is_file():
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    shutil.rmtree(folder, ignore_errors=True)
