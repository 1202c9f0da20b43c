"""The claim checker against the blind trust set (evals/heldout/trust/claims.jsonl): kept or rejected, per label.

Each pair is a claim a model might write and the verbatim quote it cites from a seed article. The checker sees the
quote's whole article as what was shown (every chunk, as retrieved hits) and decides as in an answer
(`citations.check_claim`). Reported: supported pairs kept, unsupported pairs rejected, and the confusion per
category. The `final` split is scored only with --final (kept for the end of the trust work, as with realworld).

    .venv/bin/python -m assistant.evaluation.claims [--final]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from assistant.answering.citations import Evidence, check_claim
from assistant.corpus.chunk import chunk_article
from assistant.corpus.read import RawRecord, read_records, to_article
from assistant.schemas import Article, DraftClaim, Hit
from assistant.settings import REPO_ROOT

TRUST = REPO_ROOT / "evals" / "heldout" / "trust"
SEEDS = REPO_ROOT / "seeds"
# A second blind set (written 2026-12-04): 402 pairs over the held-out reports of realworld4-7, whose `doc` is a path
# under evals/heldout
TRUST2 = REPO_ROOT / "evals" / "heldout" / "trust2"
HELDOUT = REPO_ROOT / "evals" / "heldout"
# A third blind set (written 2026-12-06): pairs over the held-out reports of realworld12-15, whose `doc` is a path
# under evals/heldout too
TRUST3 = REPO_ROOT / "evals" / "heldout" / "trust3"


@cache
def _articles(name: str, seeds: Path = SEEDS) -> tuple[Article, ...]:
    """The articles read from one file (a JSON-lines or XML export holds several; a bad line is skipped, as ingest
    skips it)."""
    found = tuple(to_article(rec) for rec in read_records(seeds / name, 5_000_000) if isinstance(rec, RawRecord))
    assert found, name
    return found


def _article(name: str, seeds: Path = SEEDS, quote: str = "") -> Article:
    """The article of the file whose text holds the quote's start (else its first)."""
    found = _articles(name, seeds)
    return next((a for a in found if quote[:40] in a.text), found[0])


def kept(pair: dict[str, Any], seeds: Path = SEEDS) -> bool:
    """Whether the checker shows the pair's claim as written, with its quote (the article's chunks shown as hits,
    the pair's question asked). A claim rewritten as its quote ('restated the question') shows the quote's words,
    not the claim's: it counts as not kept, which is what matters for an unsupported claim; so does a claim shown
    with another sentence of the article as its quote."""
    art = _article(pair["doc"], seeds, pair["quote"])
    hits = [Hit(chunk=c, title=art.title, outlet=art.outlet, published=art.published) for c in chunk_article(art)]
    source = next((i for i, h in enumerate(hits, 1) if pair["quote"][:40] in h.chunk.text), 1)
    evidence = Evidence(hits=hits, articles={art.doc_id: art}, question=pair.get("question", ""))
    draft = DraftClaim(source=source, quote=pair["quote"], text=pair["claim"])
    shown = check_claim(draft, evidence)
    if shown is None or shown.text != pair["claim"].strip():
        return False
    # ... with its quote: a claim the checker moves to another sentence of the article (which it finds supports it)
    # is the checker's judgement that this quote does not
    at = art.text.find(pair["quote"])
    cite = shown.citations[0]
    if at >= 0:
        return cite.start < at + len(pair["quote"]) and at < cite.end
    # (a quote the reader wrote another way, as a table row or a transcript line: the shown quote shares its words)
    said, shown_words = set(pair["quote"].lower().split()), set(cite.quote.lower().split())
    return len(said & shown_words) >= 0.5 * min(len(said), len(shown_words))


def report(
    final: bool = False, folder: Path = TRUST, seeds: Path = SEEDS, splits: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """Counts of kept/rejected per label and per category (dev split; both with final=True; or the `splits` named)."""
    pairs = [json.loads(line) for line in (folder / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line]
    wanted = splits or (("dev", "final") if final else ("dev",))
    pairs = [p for p in pairs if p["split"] in wanted]
    confusion: Counter[tuple[str, bool]] = Counter()
    by_category: dict[str, Counter[str]] = {}
    misses = []
    for p in pairs:
        k = kept(p, seeds)
        confusion[(p["label"], k)] += 1
        right = k == (p["label"] == "supported")
        by_category.setdefault(p["category"], Counter())["right" if right else "wrong"] += 1
        if not right:
            misses.append({"id": p["id"], "category": p["category"], "label": p["label"], "claim": p["claim"]})
    sup = confusion[("supported", True)] + confusion[("supported", False)]
    uns = confusion[("unsupported", True)] + confusion[("unsupported", False)]
    return {
        "pairs": len(pairs),
        "supported_kept": confusion[("supported", True)] / sup if sup else None,
        "unsupported_rejected": confusion[("unsupported", False)] / uns if uns else None,
        "confusion": {f"{label}/{'kept' if k else 'rejected'}": n for (label, k), n in sorted(confusion.items())},
        "by_category": {c: dict(n) for c, n in sorted(by_category.items())},
        "misses": misses,
    }


def _main(argv: list[str] | None = None) -> None:
    """`python -m assistant.evaluation.claims [trust2|trust3] [--final]`: the dev split; with --final each split
    apart."""
    args = argv if argv is not None else sys.argv[1:]
    folder, seeds = (TRUST3, HELDOUT) if "trust3" in args else (TRUST2, HELDOUT) if "trust2" in args else (TRUST, SEEDS)
    for split in ("dev", "final") if "--final" in args else ("dev",):
        r = report(folder=folder, seeds=seeds, splits=(split,))
        kept_share, rejected_share = r["supported_kept"], r["unsupported_rejected"]
        print(f"{split}: pairs {r['pairs']}: supported kept {kept_share:.2f}, ", end="")
        print(f"unsupported rejected {rejected_share:.2f}")
        print("confusion:", r["confusion"])
        print("| category | right | wrong |\n|---|---|---|")
        for c, n in r["by_category"].items():
            print(f"| {c} | {n.get('right', 0)} | {n.get('wrong', 0)} |")


if __name__ == "__main__":
    _main()
