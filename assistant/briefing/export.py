"""Exporting a briefing: a self-contained HTML page from its Markdown, with every piece of text escaped."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.briefing.build import Briefing

_CSS = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}"
    "li{margin:.3rem 0}code{font-size:.9em}"
)


def to_html(doc: Briefing | str) -> str:
    """A self-contained HTML page for a briefing's Markdown (only the constructs briefings use; all text escaped)."""
    text = doc if isinstance(doc, str) else doc.markdown
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(1))
        return f"\x00{len(held) - 1}\x00"

    # Backslash-escaped characters are literal text: park them so no rule below treats them as syntax.
    text = re.sub(r"\\([\\`*_\[\]|#~])", hold, text.replace("\x00", ""))

    def inline(s: str) -> str:
        t = html.escape(html.unescape(s.strip()))  # entities from md() back to text, then everything escaped once
        t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
        t = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<em>\1</em>", t)
        t = re.sub(r"`([^`]+)`", r"<code>\1</code>", t)
        t = re.sub(r"\[(\d+)\]", r'<a href="#src-\1">[\1]</a>', t)
        return re.sub(r"\x00(\d+)\x00", lambda m: html.escape(held[int(m.group(1))]), t)

    body: list[str] = []
    block: list[str] = []
    kind = ""

    def flush() -> None:
        if kind == "p":
            body.append("<p>" + "<br>\n".join(inline(x) for x in block) + "</p>")
        elif kind == "ul":
            items = [(re.match(r"\*\*\[(\d+)\]\*\*", x), inline(x)) for x in block]
            body.append(
                "<ul>\n"
                + "\n".join(f'<li id="src-{m.group(1)}">{h}</li>' if m else f"<li>{h}</li>" for m, h in items)
                + "\n</ul>"
            )
        elif kind == "table":
            rows = [
                [inline(c) for c in r.strip().strip("|").split("|")] for r in block if not re.match(r"^\|[-| ]+\|$", r)
            ]
            head = "".join(f"<th>{c}</th>" for c in rows[0])
            rest = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows[1:])
            body.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rest}</tbody>\n</table>")
        block.clear()

    for line in text.splitlines():
        new = "table" if line.startswith("|") else "ul" if line.startswith("- ") else "p" if line.strip() else ""
        if heading := re.match(r"^(#{1,6}) (.*)$", line):
            new = "h"
        if new != kind or new == "h":
            flush()
            kind = new
        if heading:
            level = len(heading.group(1))
            body.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif new:
            block.append(line[2:] if new == "ul" else line)
    flush()
    first = next((b for b in body if b.startswith("<h1>")), "<h1>Briefing</h1>")
    title = html.escape(html.unescape(re.sub(r"<[^>]+>", "", first)))
    # No script may run even if something slipped through: the page allows inline styles and nothing else.
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{title}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
