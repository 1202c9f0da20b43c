"""CI gate for the evals: scores that must not drop below what was measured.

Deterministic part (`integration`: real MiniLM and Chroma, no language model): retrieval, extraction with
the rule extractor, listing/counting/briefings from incident records, and the citation checker plus the
metric code on fixed model replies (an oracle that quotes the gold fact's sentence, in lower case, so the
checker has to find the exact span itself). The same gate with the real `fast` model is
tests/e2e/test_eval_gate_fast.py.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from assistant.evaluation.cases import DATASETS, load_cases
from assistant.evaluation.runner import run_eval
from assistant.language.text import find_verbatim, sentences
from assistant.models.fakes import FakeLLM
from assistant.models.llm import Message
from assistant.models.prompts import ABSTAIN
from assistant.settings import load_settings

_EXCERPT = re.compile(r"^\[(\d+)\] .*$", re.M)


def oracle(cases: dict[str, Any]) -> FakeLLM:
    """A fixed 'model': for a known question it quotes the sentence holding the first gold fact, lower-cased.

    Its claim states the first gold answer, so what the gate measures is the pipeline around the model
    (retrieval shown to it, the citation checker, the metric code), not a model's skill. Unanswerable
    questions, and facts not among the excerpts shown, get the abstain sentence.
    """

    def reply(messages: list[Message]) -> str:
        user = messages[-1]["content"]
        body, _, question = user.rpartition("Question:")
        case = cases.get(question.strip())
        heads = list(_EXCERPT.finditer(body))
        if case is not None and case.facts and case.answers:
            for m, nxt in zip(heads, heads[1:] + [None]):
                text = body[m.end() : nxt.start() if nxt else len(body)]
                span = find_verbatim(case.facts[0], text)
                if span is None:
                    continue
                quote = next(text[s:e] for s, e in sentences(text) if s <= span[0] < e)
                noisy = " ".join(quote.lower().replace("\u201c", '"').replace("\u201d", '"').split())
                return json.dumps(
                    {
                        "claims": [
                            {"source": int(m.group(1)), "quote": noisy, "text": f"{case.answers[0]}: {case.facts[0]}"}
                        ]
                    }
                )
        return json.dumps({"claims": [{"source": 0, "quote": "", "text": ABSTAIN}]})

    return FakeLLM(responder=reply)


@pytest.fixture(scope="module")
def deterministic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every dataset (code-scored ones too) with the real embedder and the oracle as the model (figures printed)."""
    cases = {c.question: c for name in ("seeds", "ucdp") for c in load_cases(DATASETS[name].cases)}
    out = tmp_path_factory.mktemp("gate")
    settings = load_settings("default", data_dir=out / "unused")
    results = run_eval("all", settings, out, llm=oracle(cases))
    for name, d in results["datasets"].items():
        if "metrics" in d:
            m = d["metrics"]
            print(
                f"\n{name}: "
                + json.dumps(
                    {k: round(v, 4) for k, v in m["all"].items() if isinstance(v, float) and not k.endswith("_s")}
                )
            )
            print(f"{name} abstention: {m['abstention']}")
            print(f"{name} accuracy by kind: " + json.dumps({k: v["accuracy"] for k, v in m["by_kind"].items()}))
        elif "extraction_table" in d:
            print(f"\n{name}:\n{d['extraction_table']}")
    return results


def _all(results: dict[str, Any], name: str) -> dict[str, Any]:
    return results["datasets"][name]["metrics"]["all"]


# Measured 2026-11-21 with MiniLM, the rule extractor and the oracle replies (the run is deterministic).
# Minimums sit just below: about one more miss fails. Raise them when a change improves the scores.
SEEDS_MIN = {
    "recall@1": 0.84,
    "recall@3": 0.97,
    "mrr": 0.93,
    "recall@shown": 0.96,  # 0.854 0.981 0.939 0.975
    "listing_precision": 0.99,
    "listing_recall": 0.93,  # 1.00 0.966 (29 gold incidents)
    "accuracy": 0.78,
    "citation_recall": 0.92,
    "citation_precision": 0.78,
    "facts_cited": 0.87,
}  # .796 .935 .792 .887
SEEDS_ABSTENTION_MIN = {"precision": 0.50, "recall": 0.92}  # 0.52 (13 of 25 abstentions), 0.929 (13 of 14)
# Accuracy per kind as measured, with the number of cases: the gate allows one more wrong case per kind.
SEEDS_KIND_ACCURACY = {
    "number": (0.75, 23),
    "actor": (0.818, 11),
    "place": (0.80, 10),
    "date": (0.50, 10),
    "claim": (0.75, 8),
    # The oracle answers a comparison as '<answer>: <first fact>', e.g. 'Tikrit: Six militia members were killed'
    # quoting the Makhmour sentence: the entailment check (issue 13) drops the name its quote does not give.
    "comparison": (0.50, 6),
    "listing": (0.80, 5),
    "count": (1.0, 5),
    "unanswerable": (0.933, 15),
    "briefing": (1.0, 5),
}
EXTRACTION_F1_MIN = {"perpetrator": 0.90}  # 0.92 (6 of 7 found); every other field measured 1.00
UCDP_MIN = {
    "accuracy": 0.88,
    "citation_recall": 0.99,
    "citation_precision": 0.94,
    "listing_precision": 0.98,  # .887 .997 .954 .987
    "listing_recall": 0.90,
    "recall@3": 0.31,
    "mrr": 0.31,
}  # .909 .325 .326
UCDP_ABSTENTION_MIN = {"precision": 0.39, "recall": 0.99}  # 0.408 (20 of 49 abstentions), 1.00 (20 of 20)


@pytest.mark.parametrize(("metric", "minimum"), sorted(SEEDS_MIN.items()))
def test_seeds_scores(deterministic: dict[str, Any], metric: str, minimum: float) -> None:
    """Retrieval finds the required seed article, listings name the gold incidents, fixed answers score as measured."""
    value = _all(deterministic, "seeds")[metric]
    assert value is not None and value >= minimum, (metric, value)


def test_seeds_fixed_answers(deterministic: dict[str, Any]) -> None:
    """With correct model replies the checker keeps exact quotes, and abstention and accuracy per kind hold."""
    seeds = deterministic["datasets"]["seeds"]["metrics"]
    a = seeds["all"]
    assert a["skipped"] == 0 and a["errors"] == 0
    assert a["verbatim"] == 1.0  # every quote the checker kept is the article's exact text at its offsets
    for name, minimum in SEEDS_ABSTENTION_MIN.items():
        assert seeds["abstention"][name] >= minimum, seeds["abstention"]
    for kind, (measured, n) in SEEDS_KIND_ACCURACY.items():
        got = seeds["by_kind"][kind]
        assert got["cases"] == n, f"the seeds dataset changed ({kind}): re-measure the gate"
        assert got["accuracy"] >= measured - 1 / n - 1e-9, (kind, got["accuracy"])


def test_extraction_against_gold(deterministic: dict[str, Any]) -> None:
    """The rule extractor's incident records match the seed gold file field by field."""
    e = deterministic["datasets"]["incidents"]["extraction"]
    assert e["matched"] == e["gold"] == 11 and e["predicted"] <= 12
    assert e["micro"]["precision"] >= 0.97 and e["micro"]["recall"] >= 0.96, e["micro"]
    for field, v in e["fields"].items():
        assert v["f1"] >= EXTRACTION_F1_MIN.get(field, 0.97), (field, v)


def test_ucdp_counts_listings_and_abstention(deterministic: dict[str, Any]) -> None:
    """On a few hundred generated UCDP cases: counts and listings from incident records, abstention on empty dates."""
    u = deterministic["datasets"]["ucdp"]["metrics"]
    a = u["all"]
    assert a["cases"] == 300 and a["skipped"] == 0
    for metric, minimum in UCDP_MIN.items():
        assert a[metric] is not None and a[metric] >= minimum, (metric, a[metric])
    for name, minimum in UCDP_ABSTENTION_MIN.items():
        assert u["abstention"][name] >= minimum, u["abstention"]


def test_all_includes_the_code_scored_datasets(deterministic: dict[str, Any]) -> None:
    """`--dataset all` also scores realworld and realworld2 (dev splits only) and ucdp_headlines; their gate is
    tests/integration/test_eval_gate_realworld.py."""
    d = deterministic["datasets"]
    sets = [
        "realworld",
        "realworld2",
        "realworld3",
        "realworld4",
        "realworld5",
        "realworld6",
        "realworld7",
        "realworld8",
        "realworld9",
        "realworld10",
        "realworld11",
        "realworld12",
        "realworld13",
        "realworld14",
        "realworld15",
        "realworld16",
        "realworld17",
        "realworld18",
        "realworld19",
        "realworld20",
        "realworld21",
        "realworld22",
        "realworld23",
        "realworld24",
        "questions3",
        "questions4",
        "questions5",
    ]
    assert list(d) == ["seeds", "incidents", "ucdp", *sets, "ucdp_headlines"]
    for name in sets:
        assert d[name]["splits"] == ["dev"] and not [k for k in d[name]["figures"] if "final" in k]
    assert d["ucdp_headlines"]["scores"]["docs"] == 300
