"""HTML and Markdown for the UI: answers with clickable [n] markers, sources with the quote highlighted.

Everything that comes from an article, a record or the model is escaped here, so article text can
never run as HTML or JavaScript in the browser.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from assistant.briefing.build import md
from assistant.models.prompts import ABSTAIN
from assistant.schemas import Answer, Article, Citation, IncidentFilters, date_label

MARKER = re.compile(r"\[(\d+)\]")

# Click on a [n] marker: highlight its source and scroll to the quote (event delegation survives re-renders).
CITE_JS = """
() => {
  if (window.__deskCites) return;
  window.__deskCites = true;
  document.addEventListener('click', (event) => {
    const cite = event.target.closest('a.cite');
    if (!cite) return;
    event.preventDefault();
    // The chat's sanitiser drops data-* attributes, so the number comes from the href.
    const n = (cite.getAttribute('href') || '').replace('#src-', '');
    document.querySelectorAll('.source.active, mark.quote.active').forEach((el) => el.classList.remove('active'));
    // One card per article: the [n] id is on the quote's mark (or on an anchor in the card when it is not marked).
    const target = document.getElementById('src-' + n);
    if (!target) return;
    const source = target.closest('.source');
    if (!source) return;
    source.classList.add('active');
    const mark = target.matches('mark.quote') ? target : source.querySelector('mark.quote');
    source.scrollIntoView({block: 'nearest'});
    if (mark) { mark.classList.add('active'); showMark(mark); }
  });
  // Each source card scrolls its own text box to the quote, so the highlight is visible without searching.
  const showMark = (mark) => {
    const box = mark.closest('.article-text');
    if (box) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 24);
  };
  new MutationObserver(() => {
    document.querySelectorAll('.article-text mark.quote:first-of-type').forEach((m) => {
      if (!m.dataset.shown) { m.dataset.shown = '1'; showMark(m); }
    });
  }).observe(document.body, {childList: true, subtree: true});
}
"""

CSS = """
.source { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 6px 10px; margin-bottom: 8px; }
.source.active { border: 2px solid #d97706; background: rgba(217, 119, 6, 0.06); }
.source .meta { font-size: 0.9em; opacity: 0.85; margin-bottom: 4px; }
.source .article-text { white-space: pre-wrap; max-height: 16em; overflow-y: auto; font-size: 0.92em; }
mark.quote { background: #fde68a; color: #111; padding: 0 1px; }
mark.quote.active { background: #f59e0b; }
a.cite { text-decoration: none; font-weight: 600; cursor: pointer; position: relative; }
a.cite .tip { display: none; position: absolute; right: 0; top: 1.4em; z-index: 20; width: max-content; max-width: 24em;
              padding: 6px 9px; border-radius: 6px; background: #fffbeb; color: #111; border: 1px solid #f59e0b;
              box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18); font-weight: 400; font-style: italic; white-space: normal; }
a.cite:hover .tip, a.cite:focus .tip { display: block; }
.source .cited { font-size: 0.85em; opacity: 0.85; }
.abstain { border-left: 4px solid #9ca3af; padding: 2px 8px; color: var(--body-text-color-subdued); \
font-style: italic; }
.chip { display: inline-block; border: 1px solid var(--border-color-primary); border-radius: 999px; padding: 1px 10px;
        margin: 0 6px 4px 0; font-size: 0.88em; }
.chip.off { opacity: 0.6; font-style: italic; }
.ledger { margin-top: 6px; font-size: 0.9em; color: var(--body-text-color-subdued); }
"""


def _cite_link(c: Citation | None, n: int) -> str:
    # The quote shows styled on hover or focus (a.cite .tip in CSS), not as the browser's bare title tooltip.
    tip = f'<span class="tip">\u201c{html.escape(c.quote)}\u201d</span>' if c is not None else ""
    return f'<a class="cite" href="#src-{n}" data-n="{n}">[{n}]{tip}</a>'


def answer_html(answer: Answer) -> str:
    """The chat message: escaped text, [n] markers as links that show the quote on hover and click."""
    if answer.abstained:
        body = md(answer.text or ABSTAIN)
        note = "Not in the articles" if answer.model != "incident records" else "No matching incidents"
        return f'<div class="abstain"><strong>{note}.</strong> {body}</div>' + ledger_html(answer.ledger)
    by_n = {c.n: c for c in answer.sources}
    lines = []
    for line in answer.text.split("\n"):
        pieces, last = [], 0
        for m in MARKER.finditer(line):
            pieces.append(md(line[last : m.start()]))
            n = int(m.group(1))
            pieces.append(_cite_link(by_n.get(n), n))
            last = m.end()
        pieces.append(md(line[last:]))
        lines.append("".join(pieces))
    return "  \n".join(lines) + ledger_html(answer.ledger)


def ledger_html(ledger: list[str]) -> str:
    """The completeness ledger under a count or listing, as a collapsible note ('' when there is none)."""
    if not ledger:
        return ""
    head, rest = ledger[0], ledger[1:]
    items = "".join(f"<li>{html.escape(line.removeprefix('- '))}</li>" for line in rest)
    return (
        f'\n\n<details class="ledger"><summary>What this covers: {html.escape(head)}</summary>'
        f"<ul>{items}</ul></details>"
    )


# GitHub-flavoured Markdown links bare 'http://...' and 'www....' without brackets; a backslash breaks them up.
def md_copy(text: str) -> str:
    """Article, record or model text inert in Markdown that is copied out: md(), which unlinks bare URLs too.

    A space at either end is kept (md() trims), so text around a [n] marker keeps its spacing."""
    inert = md(text)
    lead, trail = (" " if text[:1].isspace() else ""), (" " if text[-1:].isspace() else "")
    return lead + inert + trail if inert else lead or trail


def _markdown_line(line: str) -> str:
    """One line of answer text for the Markdown copy: [n] markers kept, everything else inert.

    A marker followed by '(' or ':' would make a link ('[1](javascript:...)') or a link definition of it."""
    pieces, last = [], 0
    for m in MARKER.finditer(line):
        pieces += [md_copy(line[last : m.start()]), m.group(0)]
        last = m.end()
    pieces.append(md_copy(line[last:]))
    return "".join("\\" + p if i and p.startswith(("(", ":")) else p for i, p in enumerate(pieces))


def answer_markdown(answer: Answer) -> str:
    """The answer with its citations as plain Markdown footnotes, for copying into a report.

    Titles, outlets, quotes, ledger lines and the model's text are made inert (md_copy): pasted into a report, an
    article's '![x](http://...)' or '[Mosul](javascript:...)' shows as text, never as an image or a link."""
    ledger = "\n\n" + "  \n".join(md_copy(line) for line in answer.ledger) if answer.ledger else ""
    if answer.abstained:
        return md_copy(answer.text or ABSTAIN) + ledger
    notes = []
    for c in answer.sources:
        outlet = f", {md_copy(c.outlet)}" if c.outlet else ""
        quoted = f"\u201c{md_copy(c.quote)}\u201d \u2014 {md_copy(c.title)}{outlet}, {date_label(c.published)}"
        notes.append(f"[{c.n}] {quoted}")
    text = "  \n".join(_markdown_line(line) for line in answer.text.split("\n"))
    return text + ledger + ("\n\n" + "\n".join(notes) if notes else "")


def highlight(text: str, spans: list[tuple[int, int, int]], id_prefix: str | None = None) -> str:
    """Escaped text with each (start, end, n) span wrapped in <mark class="quote">; overlapping spans are skipped.

    With `id_prefix` each mark gets the id '<prefix>-<n>' that its [n] links point at."""
    out, pos = [], 0
    for start, end, n in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        ident = f' id="{id_prefix}-{n}"' if id_prefix else ""
        out.append(f'<mark class="quote" data-n="{n}"{ident}>{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def source_html(n: int, article: Article, spans: list[tuple[int, int]], id_prefix: str = "src") -> str:
    """One source card: [n], title, outlet, date, then the article text with the quoted spans highlighted.

    `id_prefix` keeps card ids unique when two panels are on one page (the Ask tab's [n] links use "src").
    """
    meta = f"{html.escape(article.outlet or 'unknown outlet')} \u00b7 {html.escape(date_label(article.published))}"
    return (
        f'<div class="source" id="{id_prefix}-{n}" data-doc="{html.escape(article.doc_id)}">'
        f'<div class="meta"><strong>[{n}]</strong> <strong>{html.escape(article.title)}</strong><br>{meta}'
        f" \u00b7 <code>{html.escape(Path(article.source.split('#')[0]).name)}</code></div>"
        f'<div class="article-text">{highlight(article.text, [(s, e, n) for s, e in spans])}</div></div>'
    )


def sources_html(answer: Answer, article_of: Callable[[str], Article | None]) -> str:
    """Cards for the sources an answer cites, in marker order; `article_of(doc_id)` returns the stored Article."""
    if answer.abstained or not answer.sources:
        return '<p class="abstain">No source is cited: the articles do not answer this.</p>' if answer.abstained else ""
    cards = []
    groups: dict[str, list[Citation]] = {}
    for c in sorted(answer.sources, key=lambda c: c.n):
        groups.setdefault(c.doc_id, []).append(c)
    for doc_id, cites in groups.items():  # one card per article, in the order of its first [n]
        article = article_of(doc_id)
        if article is None:  # deleted since the answer was written: say so rather than show nothing
            cards += [
                f'<div class="source" id="src-{c.n}"><strong>[{c.n}]</strong> '
                f"\u201c{html.escape(c.quote)}\u201d (article no longer in the corpus)</div>"
                for c in cites
            ]
            continue
        # Quotes that overlap one already marked get a card of their own, so every [n] has its mark.
        card: list[Citation] = []
        for c in cites:
            if any(c.start < o.end and o.start < c.end for o in card):
                cards.append(article_card(article, [c]))
            else:
                card.append(c)
        cards.append(article_card(article, card))
    return "\n".join(cards)


def article_card(article: Article, cites: list[Citation]) -> str:
    """One article's card: its title, outlet and date, the numbers citing it, its text with each cited span marked
    and carrying the id its [n] links point at."""
    meta = f"{html.escape(article.outlet or 'unknown outlet')} \u00b7 {html.escape(date_label(article.published))}"
    numbers = "".join(f"[{c.n}]" for c in cites)
    spans = [(c.start, c.end, c.n) for c in cites if article.text[c.start : c.end] == c.quote]
    # A quote whose offsets no longer fit the stored text is not marked; its [n] still lands on this card.
    marked = {n for _, _, n in spans}
    anchors = "".join(f'<span id="src-{c.n}"></span>' for c in cites if c.n not in marked)
    return (
        f'<div class="source" data-doc="{html.escape(article.doc_id)}">{anchors}'
        f'<div class="meta"><strong>{html.escape(article.title)}</strong> <span class="cited">cited as {numbers}</span>'
        f"<br>{meta} \u00b7 <code>{html.escape(Path(article.source.split('#')[0]).name)}</code></div>"
        f'<div class="article-text">{highlight(article.text, spans, id_prefix="src")}</div></div>'
    )


def chips_html(filters: IncidentFilters | None, applied: bool = True) -> str:
    """The conversation's filters as chips; `applied=False` says this answer did not use them."""
    if filters is None or filters.is_empty():
        return '<span class="chip off">no filters</span>'
    parts = [p for p in filters.describe().split(" \u00b7 ") if p]
    cls = "chip" if applied else "chip off"
    chips = "".join(f'<span class="{cls}">{html.escape(p)}</span>' for p in parts)
    if not applied:
        chips += '<span class="chip off">kept for the next listing or count; this answer searched all passages</span>'
    return chips
