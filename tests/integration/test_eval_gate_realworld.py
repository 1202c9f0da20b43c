"""CI gate for the code-scored eval datasets: `realworld`, `realworld2` and `ucdp_headlines`.

All are scored by code through `assistant eval`'s runner (no model, no store, a few seconds each), so the figures
are exact and repeatable. The first set's `final` split was scored once (2026-12-02) and then read for diagnosis, so
the whole of `realworld` is in-sample now: its minimums only guard against regressions. `realworld2` was written
blind after that; its dev split is gated here, and its final split once it has been scored at the end of the work.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.evaluation.runner import run_eval
from assistant.settings import load_settings


def _run(tmp_path_factory: pytest.TempPathFactory, dataset: str) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp(dataset)
    results = run_eval(dataset, load_settings("default", data_dir=out / "unused"), out)
    entry = results["datasets"][dataset]
    print(f"\n{dataset}: " + json.dumps({k: None if v is None else round(v, 4) for k, v in entry["figures"].items()}))
    return out, entry


def _final(tmp_path_factory: pytest.TempPathFactory, dataset: str) -> dict[str, Any]:
    """`--dataset NAME --final`: its results.json entry."""
    out = tmp_path_factory.mktemp(f"{dataset}-final")
    return run_eval(dataset, load_settings("default", data_dir=out / "unused"), out, final=True)["datasets"][dataset]


@pytest.fixture(scope="module")
def realworld(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """`--dataset realworld` without --final: (run folder, its results.json entry)."""
    return _run(tmp_path_factory, "realworld")


@pytest.fixture(scope="module")
def realworld2(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """`--dataset realworld2` without --final: (run folder, its results.json entry)."""
    return _run(tmp_path_factory, "realworld2")


@pytest.fixture(scope="module")
def questions3(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """`--dataset questions3` without --final: (run folder, its results.json entry)."""
    return _run(tmp_path_factory, "questions3")


@pytest.fixture(scope="module")
def questions4(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset questions4 --final`: its results.json entry (both splits)."""
    return _final(tmp_path_factory, "questions4")


@pytest.fixture(scope="module")
def realworld3(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """`--dataset realworld3` without --final."""
    return _run(tmp_path_factory, "realworld3")


@pytest.fixture(scope="module")
def headlines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset ucdp_headlines`: its results.json entry."""
    return _run(tmp_path_factory, "ucdp_headlines")[1]


# Measured 2026-12-02 on the dev split (rule extractor; the run is deterministic). Minimums sit about 0.02
# below, i.e. one to three more misses fail (a follow-up or attack-report miss alone costs more than 0.02).
# Raise them when a change improves the scores; the final split's minimums are added at the end.
REALWORLD_DEV_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.96,  # 0.983
    "event_date_dev": 0.96,  # 0.983
    "province_dev": 0.93,  # 0.948
    "killed_dev": 0.93,  # 0.948
    "wounded_dev": 0.94,  # 0.965
    # 0.88 (0.909 before the later blind sets' conventions, which this set's gold contradicts: a bare shared name
    # is the province even for one event, the victims a single-event question names are its target)
    "filters_dev": 0.86,
    "follow_ups_dev": 0.92,  # 0.938 (1.00 before: 'in Karbala' for one event is now the province)
    "listing_precision_dev": 0.86,  # 0.881
    "listing_recall_dev": 0.90,  # 0.921
}
# The second blind set's dev split, measured 2026-12-02 after the work on it (first run: FIRST_RUN.md there).
REALWORLD2_DEV_MIN = {
    "attack_report_dev": 0.97,  # 1.00
    "record_dev": 0.97,  # 1.00
    "event_date_dev": 0.97,  # 1.00
    "province_dev": 0.94,  # 0.966
    "killed_dev": 0.96,  # 0.983
    "wounded_dev": 0.96,  # 0.983
    # 0.88 (0.955 before the later sets' conventions, which this set's gold contradicts: 'Camp Taji' is a base of
    # its own, a bare shared name is the province for one event too; q135's '12/05/2021' is month first, while a
    # question's either-order date is now read day first as realworld14 and 16 write it)
    "filters_dev": 0.87,
    "follow_ups_dev": 0.98,  # 1.00 (8 of 8)
    "listing_precision_dev": 0.85,  # 0.869
    "listing_recall_dev": 0.90,  # 0.926
}
# Shares per headline (300 documents, 141 with a record), measured 2026-12-02; minimums about 0.02 below.
UCDP_HEADLINES_MIN = {
    "with_record": 0.45,  # 0.470 (141 of 300)
    "date_exact": 0.77,  # 0.794 (112 of 141)
    "date_within_1_day": 0.94,  # 0.965 (136 of 141)
    "province_equal": 0.46,  # 0.485 (66 of 136)
    # 0.866 (123 of 142): 'killed, injured' lumps, 'killed in blast' and, since 2026-12-03, vague tolls ('dozens',
    # 'scores') give no figure, as every blind set codes them (was 0.915, 129 of 141)
    "killed_with_figure": 0.84,
    "killed_equal_best": 0.20,  # 0.225 (29 of 129)
    "killed_within_low_high": 0.24,  # 0.264 (34 of 129)
    "killed_at_least_best": 0.80,  # 0.829 (107 of 129)
}


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD_DEV_MIN.items()))
def test_realworld_dev_scores(realworld: tuple[Path, dict[str, Any]], figure: str, minimum: float) -> None:
    """Records, dates, provinces, figures, question filters, follow-ups and listings on the dev split hold."""
    value = realworld[1]["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# The question-only third set's dev split after the work on it (its first run: dev 0.54 filters, 0.40 follow-ups).
QUESTIONS3_DEV_MIN = {
    "filters_dev": 0.95,  # 0.975 (0.812 before its final split was read for diagnosis)
    "follow_ups_dev": 0.90,  # 0.933 (14 of 15)
}

# The fourth (question-only) set: first run dev 0.78 / final 0.81 filters, 0.70 / 0.57 follow-ups (FIRST_RUN.md).
# Its dev split was then worked on; its final split was scored once at the end (PROGRESS.md there).
QUESTIONS4_MIN = {
    "filters_dev": 0.95,  # 0.973
    "follow_ups_dev": 0.95,  # 1.00 (23 of 23)
    "filters_final": 0.86,  # 0.878
    "follow_ups_final": 0.52,  # 0.565 (13 of 23)
}


@pytest.mark.parametrize(("figure", "minimum"), sorted(QUESTIONS4_MIN.items()))
def test_questions4_scores(questions4: dict[str, Any], figure: str, minimum: float) -> None:
    """The fourth set's dev split after the work on it, and its final split as scored once."""
    value = questions4["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# The third report set (first run dev / final: record 0.80 / 0.87, date 0.78 / 0.90, listing recall 0.70 / 0.57;
# FIRST_RUN.md there). Its dev split was then worked on (in-sample now); its final split was scored once at the end
# of that work, at commit 27b0f82 (PROGRESS.md there). Minimums about 0.02 below the measured figures.
REALWORLD3_DEV_MIN = {
    "attack_report_dev": 0.96,  # 0.980
    "record_dev": 0.96,  # 0.983
    "event_date_dev": 0.97,  # 0.991
    "province_dev": 0.94,  # 0.965
    "killed_dev": 0.96,  # 0.982
    "wounded_dev": 0.93,  # 0.956
    "filters_dev": 0.88,  # 0.908 ('near' in a single-event question: this set's gold says no, questions3/4's yes)
    "follow_ups_dev": 0.98,  # 1.00 (16 of 16)
    "listing_precision_dev": 0.95,  # 0.973
    "listing_recall_dev": 0.90,  # 0.927
}
REALWORLD3_FINAL_MIN = {
    "attack_report_final": 0.93,  # 0.952
    "record_final": 0.91,  # 0.936
    "event_date_final": 0.97,  # 1.00
    "province_final": 0.91,  # 0.932
    "killed_final": 0.86,  # 0.886
    "wounded_final": 0.88,  # 0.909
    "filters_final": 0.83,  # 0.857
    "follow_ups_final": 0.70,  # 0.75 (6 of 8)
    "listing_precision_final": 0.91,  # 0.935
    "listing_recall_final": 0.78,  # 0.806
}


@pytest.fixture(scope="module")
def realworld3_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld3 --final`: its results.json entry."""
    return _final(tmp_path_factory, "realworld3")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD3_FINAL_MIN.items()))
def test_realworld3_final_scores(realworld3_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The third report set's final split keeps the figures measured when it was scored once."""
    value = realworld3_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD3_DEV_MIN.items()))
def test_realworld3_dev_scores(realworld3: tuple[Path, dict[str, Any]], figure: str, minimum: float) -> None:
    """The third report set's dev split keeps the level reached by the work on it."""
    value = realworld3[1]["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# Its final split, scored once on 2026-12-02 (FIRST_RUN.md there).
QUESTIONS3_FINAL_MIN = {"filters_final": 0.61, "follow_ups_final": 0.46}  # 0.637, 0.533 (8 of 15); in-sample now


@pytest.mark.parametrize(("figure", "minimum"), sorted(QUESTIONS3_FINAL_MIN.items()))
def test_questions3_final_scores(tmp_path_factory: pytest.TempPathFactory, figure: str, minimum: float) -> None:
    """The third set's final split keeps the figures measured when it was scored."""
    value = _final(tmp_path_factory, "questions3")["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


@pytest.mark.parametrize(("figure", "minimum"), sorted(QUESTIONS3_DEV_MIN.items()))
def test_questions3_dev_scores(questions3: tuple[Path, dict[str, Any]], figure: str, minimum: float) -> None:
    """Question filters and follow-ups on the third set's dev split."""
    value = questions3[1]["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD2_DEV_MIN.items()))
def test_realworld2_dev_scores(realworld2: tuple[Path, dict[str, Any]], figure: str, minimum: float) -> None:
    """The same measures on the second blind set's dev split."""
    value = realworld2[1]["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return {str(k) for k in value} | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_realworld_keeps_the_final_split_out(realworld: tuple[Path, dict[str, Any]]) -> None:
    """Without --final nothing of the final split reaches results.json, report.md or the table."""
    out, entry = realworld
    assert entry["splits"] == ["dev"]
    saved = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert saved["run"]["final"] is False
    keys = _keys(saved["datasets"])
    assert not {k for k in keys if "final" in k}, "final-split figures were written"
    assert not {"all", "n"} & keys  # both mix in the final split
    splits = {m["split"] for m in entry["scores"]["question_misses"] + entry["scores"]["follow_up_misses"]}
    assert splits <= {"dev"}
    assert "final" not in entry["table"]


# The first set's final split: scored once on 2026-12-02 (record 0.962, killed 0.902, filters 0.849, listing
# 0.848/0.729), then read for diagnosis, so these are in-sample figures now (measured after the fixes).
REALWORLD_FINAL_MIN = {
    "attack_report_final": 0.97,  # 1.00
    "record_final": 0.97,  # 1.00
    "event_date_final": 0.96,  # 0.981
    "province_final": 0.96,  # 0.981
    "killed_final": 0.96,  # 0.981
    "wounded_final": 0.96,  # 0.981
    "filters_final": 0.96,  # 0.981
    "follow_ups_final": 0.85,  # 0.875 (7 of 8)
    "listing_precision_final": 0.84,  # 0.863
    "listing_recall_final": 0.78,  # 0.804 (0.822 before the review fixes: attackers no longer listed as victims)
}


@pytest.fixture(scope="module")
def realworld_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld --final`: its results.json entry."""
    return _final(tmp_path_factory, "realworld")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD_FINAL_MIN.items()))
def test_realworld_final_scores(realworld_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The held-out final split keeps the scores measured when it was first (and only) run."""
    value = realworld_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# The second set's final split, scored once on 2026-12-02 after the work on its dev split (PROGRESS.md there).
REALWORLD2_FINAL_MIN = {
    "attack_report_final": 0.92,  # 0.943
    "record_final": 0.93,  # 0.949
    "event_date_final": 0.97,  # 1.00
    "province_final": 0.92,  # 0.946
    "killed_final": 0.89,  # 0.911
    "wounded_final": 0.87,  # 0.893
    "filters_final": 0.72,  # 0.743
    "follow_ups_final": 0.48,  # 0.50 (4 of 8)
    "listing_precision_final": 0.93,  # 0.958
    "listing_recall_final": 0.82,  # 0.844
}


@pytest.fixture(scope="module")
def realworld2_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld2 --final`: its results.json entry."""
    return _final(tmp_path_factory, "realworld2")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD2_FINAL_MIN.items()))
def test_realworld2_final_scores(realworld2_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The second set's final split keeps the scores measured when it was scored."""
    value = realworld2_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


@pytest.mark.parametrize(("figure", "minimum"), sorted(UCDP_HEADLINES_MIN.items()))
def test_ucdp_headlines_agreement(headlines: dict[str, Any], figure: str, minimum: float) -> None:
    """Records from real UCDP outlet headlines agree with the GED rows on date, province and killed as measured."""
    assert headlines["scores"]["docs"] == 300, "the headline set changed: re-measure the gate"
    value = headlines["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# The fifth (question-only) set: first run dev 0.677 filters, 0.71 follow-up turns (final 0.60 / 0.63; FIRST_RUN.md
# there). Its dev split was then worked on (in-sample now: 0.963 / 0.913); its final split was scored once at the end
# of that work, on 2026-12-03 at commit a453020 (0.713 / 0.729). Minimums about 0.02 below.
QUESTIONS5_MIN = {"filters_dev": 0.94, "follow_ups_dev": 0.89, "filters_final": 0.69, "follow_ups_final": 0.70}


@pytest.fixture(scope="module")
def questions5_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset questions5 --final`: both splits."""
    return _final(tmp_path_factory, "questions5")


@pytest.mark.parametrize(("figure", "minimum"), sorted(QUESTIONS5_MIN.items()))
def test_questions5_scores(questions5_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The fifth set's dev split after the work on it, and its final split as scored once."""
    value = questions5_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# The fourth report set (first run dev / final: record 0.97 / 0.88, date 0.73 / 0.74, listing recall 0.80 / 0.77;
# FIRST_RUN.md there). Its dev split was then worked on (in-sample now); its final split was scored once at the end
# of that work, on 2026-12-03 at commit a453020 (PROGRESS.md there). Minimums about 0.02 below the measured figures.
REALWORLD4_MIN = {
    "attack_report_dev": 0.97,  # 0.990
    "record_dev": 0.97,  # 0.991
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.97,  # 0.991
    "killed_dev": 0.92,  # 0.947
    "wounded_dev": 0.92,  # 0.947
    "filters_dev": 0.71,  # 0.731 (conventions the blind sets disagree on: PROGRESS.md)
    "follow_ups_dev": 0.73,  # 0.75
    "listing_precision_dev": 0.93,  # 0.950
    "listing_recall_dev": 0.88,  # 0.902
    "attack_report_final": 0.87,  # 0.897
    "record_final": 0.88,  # 0.907
    "event_date_final": 0.87,  # 0.897
    "province_final": 0.90,  # 0.923
    "killed_final": 0.95,  # 0.974
    "wounded_final": 0.82,  # 0.846
    "filters_final": 0.85,  # 0.875
    "follow_ups_final": 0.98,  # 1.00 (8 of 8)
    "listing_precision_final": 0.90,  # 0.919
    "listing_recall_final": 0.81,  # 0.834
}


@pytest.fixture(scope="module")
def realworld4_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld4 --final`: both splits."""
    return _final(tmp_path_factory, "realworld4")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD4_MIN.items()))
def test_realworld4_scores(realworld4_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The fourth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld4_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld5: dev after the work on it (in-sample), final as scored once at fc12b81 (PROGRESS.md); ~0.02 below each
REALWORLD5_MIN = {
    "attack_report_dev": 0.93,  # 0.95
    "record_dev": 0.92,  # 0.94
    "event_date_dev": 0.94,  # 0.96
    "province_dev": 0.92,  # 0.94
    "killed_dev": 0.90,  # 0.92
    "wounded_dev": 0.91,  # 0.93
    "filters_dev": 0.78,  # 0.80 (conventions the blind sets disagree on: PROGRESS.md)
    "follow_ups_dev": 0.92,  # 0.94
    "listing_precision_dev": 0.91,  # 0.93
    "listing_recall_dev": 0.81,  # 0.83
    "attack_report_final": 0.95,  # 0.97
    "record_final": 0.96,  # 0.98
    "event_date_final": 0.81,  # 0.83
    "province_final": 0.96,  # 0.98
    "killed_final": 0.79,  # 0.81
    "wounded_final": 0.74,  # 0.76
    "filters_final": 0.73,  # 0.75
    "follow_ups_final": 0.73,  # 0.75
    "listing_precision_final": 0.90,  # 0.92
    "listing_recall_final": 0.84,  # 0.86
}


@pytest.fixture(scope="module")
def realworld5_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld5 --final`: both splits."""
    return _final(tmp_path_factory, "realworld5")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD5_MIN.items()))
def test_realworld5_scores(realworld5_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The fifth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld5_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld6: dev after the work on it (in-sample), final as scored once at 7d6fe6e (PROGRESS.md); ~0.02 below each
REALWORLD6_MIN = {
    "attack_report_dev": 0.97,  # 0.99
    "record_dev": 0.96,  # 0.98
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.97,  # 0.99
    "killed_dev": 0.94,  # 0.96
    "wounded_dev": 0.95,  # 0.97
    "filters_dev": 0.78,  # 0.80 (conventions the blind sets disagree on: PROGRESS.md)
    "follow_ups_dev": 0.98,  # 1.00
    "listing_precision_dev": 0.86,  # 0.88
    "listing_recall_dev": 0.86,  # 0.88
    "attack_report_final": 0.83,  # 0.85
    "record_final": 0.85,  # 0.87
    "event_date_final": 0.93,  # 0.95
    "province_final": 0.93,  # 0.95
    "killed_final": 0.93,  # 0.95
    "wounded_final": 0.78,  # 0.80
    "filters_final": 0.82,  # 0.84
    "follow_ups_final": 0.60,  # 0.62
    "listing_precision_final": 0.85,  # 0.87
    "listing_recall_final": 0.82,  # 0.84
}


@pytest.fixture(scope="module")
def realworld6_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld6 --final`: both splits."""
    return _final(tmp_path_factory, "realworld6")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD6_MIN.items()))
def test_realworld6_scores(realworld6_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The sixth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld6_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld7: dev after the work on it (in-sample), final as scored once at e6af467 (PROGRESS.md); ~0.02 below each
REALWORLD7_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.96,  # 0.98
    "killed_dev": 0.97,  # 0.99
    "wounded_dev": 0.97,  # 0.99
    "filters_dev": 0.72,  # 0.74 (single-event gold conventions the blind sets disagree on: PROGRESS.md)
    "follow_ups_dev": 0.98,  # 1.00
    "listing_precision_dev": 0.92,  # 0.94
    "listing_recall_dev": 0.88,  # 0.90
    "attack_report_final": 0.95,  # 0.97
    "record_final": 0.96,  # 0.98
    "event_date_final": 0.89,  # 0.91
    "province_final": 0.93,  # 0.95
    "killed_final": 0.91,  # 0.93
    "wounded_final": 0.82,  # 0.84
    "filters_final": 0.62,  # 0.64
    "follow_ups_final": 0.86,  # 0.88
    "listing_precision_final": 0.91,  # 0.93
    "listing_recall_final": 0.87,  # 0.89
}


@pytest.fixture(scope="module")
def realworld7_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld7 --final`: both splits."""
    return _final(tmp_path_factory, "realworld7")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD7_MIN.items()))
def test_realworld7_scores(realworld7_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The seventh report set's dev split after the work on it, and its final split as scored once."""
    value = realworld7_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld8: dev after the work on it (in-sample), final as scored once at 11a1be0 (PROGRESS.md); ~0.02 below each
REALWORLD8_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.96,  # 0.98
    "province_dev": 0.96,  # 0.98
    "killed_dev": 0.96,  # 0.98
    "wounded_dev": 0.98,  # 1.00
    "filters_dev": 0.94,  # 0.96
    "follow_ups_dev": 0.98,  # 1.00
    "listing_precision_dev": 0.94,  # 0.96
    "listing_recall_dev": 0.89,  # 0.91
    "attack_report_final": 0.95,  # 0.97
    "record_final": 0.91,  # 0.93
    "event_date_final": 0.81,  # 0.83
    "province_final": 0.98,  # 1.00
    "killed_final": 0.69,  # 0.71
    "wounded_final": 0.88,  # 0.90
    "filters_final": 0.90,  # 0.92
    "follow_ups_final": 0.98,  # 1.00
    "listing_precision_final": 0.92,  # 0.94
    "listing_recall_final": 0.81,  # 0.83
}


@pytest.fixture(scope="module")
def realworld8_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld8 --final`: both splits."""
    return _final(tmp_path_factory, "realworld8")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD8_MIN.items()))
def test_realworld8_scores(realworld8_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The eighth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld8_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld9: dev after the work on it (in-sample); final scored once at 5f12d9a (PROGRESS.md: record 1.00, date 0.98,
# province 1.00, killed 0.93, wounded 0.93, filters 0.85, listing 0.96 / 0.92), in-sample since; ~0.02 below each
# figure now
REALWORLD9_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.98,  # 1.00
    "killed_dev": 0.96,  # 0.98
    "wounded_dev": 0.98,  # 1.00
    "filters_dev": 0.92,  # 0.94
    "follow_ups_dev": 0.93,  # 0.95
    "listing_precision_dev": 0.94,  # 0.96
    "listing_recall_dev": 0.94,  # 0.96
    "attack_report_final": 0.98,  # 1.00
    "record_final": 0.98,  # 1.00
    "event_date_final": 0.98,  # 1.00
    "province_final": 0.98,  # 1.00
    "killed_final": 0.96,  # 0.98
    "wounded_final": 0.94,  # 0.96
    "filters_final": 0.90,  # 0.92
    "follow_ups_final": 0.76,  # 0.78
    "listing_precision_final": 0.95,  # 0.97
    "listing_recall_final": 0.90,  # 0.92
}


@pytest.fixture(scope="module")
def realworld9_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld9 --final`: both splits."""
    return _final(tmp_path_factory, "realworld9")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD9_MIN.items()))
def test_realworld9_scores(realworld9_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The ninth report set's dev split after the work on it, and its final split (in-sample since scored once)."""
    value = realworld9_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld10: dev after the work on it (in-sample); final scored once at f0d7e37 (PROGRESS.md: record 1.00, date
# 0.94, province 1.00, killed 0.98, wounded 0.98, filters 0.83, listing 0.97 / 0.91); ~0.02 below each figure now
REALWORLD10_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.97,  # 0.99
    "killed_dev": 0.96,  # 0.98
    "wounded_dev": 0.97,  # 0.99
    "filters_dev": 0.86,  # 0.88
    "follow_ups_dev": 0.93,  # 0.95
    "listing_precision_dev": 0.95,  # 0.97
    "listing_recall_dev": 0.90,  # 0.92
    "attack_report_final": 0.98,  # 1.00
    "record_final": 0.98,  # 1.00
    "event_date_final": 0.94,  # 0.96 (0.94 as scored once; the database-key day came after)
    "province_final": 0.98,  # 1.00
    "killed_final": 0.96,  # 0.98
    "wounded_final": 0.96,  # 0.98
    "filters_final": 0.81,  # 0.83
    "follow_ups_final": 0.98,  # 1.00
    "listing_precision_final": 0.95,  # 0.97
    "listing_recall_final": 0.89,  # 0.91
}


@pytest.fixture(scope="module")
def realworld10_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld10 --final`: both splits."""
    return _final(tmp_path_factory, "realworld10")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD10_MIN.items()))
def test_realworld10_scores(realworld10_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The tenth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld10_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld11: dev after the work on it (in-sample); final scored once at 433ab14 (PROGRESS.md: record 1.00, date
# 0.96, province 0.98, killed 0.93, wounded 0.96, filters 0.85, listing 0.95 / 0.85); ~0.02 below each figure now
REALWORLD11_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.97,  # 0.99
    "province_dev": 0.97,  # 0.99
    "killed_dev": 0.96,  # 0.98
    "wounded_dev": 0.97,  # 0.99
    "filters_dev": 0.91,  # 0.93
    "follow_ups_dev": 0.98,  # 1.00
    "listing_precision_dev": 0.95,  # 0.97
    "listing_recall_dev": 0.90,  # 0.92
    "attack_report_final": 0.98,  # 1.00
    "record_final": 0.98,  # 1.00
    "event_date_final": 0.94,  # 0.96
    "province_final": 0.96,  # 0.98
    "killed_final": 0.91,  # 0.93
    "wounded_final": 0.94,  # 0.96
    "filters_final": 0.83,  # 0.85
    "follow_ups_final": 0.60,  # 0.62 (5 of 8)
    "listing_precision_final": 0.93,  # 0.95
    "listing_recall_final": 0.83,  # 0.85
}


@pytest.fixture(scope="module")
def realworld11_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld11 --final`: both splits."""
    return _final(tmp_path_factory, "realworld11")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD11_MIN.items()))
def test_realworld11_scores(realworld11_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The eleventh report set's dev split after the work on it, and its final split as scored once."""
    value = realworld11_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld12 (written blind 2026-12-05): first run at 818cff6 in FIRST_RUN.md; dev after the work on it (in-sample);
# final scored once at 3f610af, then again at fa153c8 after more work on the dev split (its misses still unread:
# PROGRESS.md); ~0.02 below each figure at da6b2c5 (the same as fa153c8 but filters, 0.91 dev / 0.83 final, after
# the compass convention was reverted)
REALWORLD12_MIN = {
    "attack_report_dev": 0.96,  # 0.98
    "record_dev": 0.95,  # 0.97
    "event_date_dev": 0.92,  # 0.94
    "province_dev": 0.98,  # 1.00
    "killed_dev": 0.95,  # 0.97
    "wounded_dev": 0.97,  # 0.99
    "filters_dev": 0.89,  # 0.91
    "follow_ups_dev": 0.98,  # 1.00
    "listing_precision_dev": 0.92,  # 0.94
    "listing_recall_dev": 0.81,  # 0.83
    "attack_report_final": 0.94,  # 0.96
    "record_final": 0.93,  # 0.95
    "event_date_final": 0.91,  # 0.93
    "province_final": 0.91,  # 0.93
    "killed_final": 0.94,  # 0.96
    "wounded_final": 0.91,  # 0.93
    "filters_final": 0.81,  # 0.83
    "follow_ups_final": 0.86,  # 0.88
    "listing_precision_final": 0.95,  # 0.97
    "listing_recall_final": 0.83,  # 0.85
}


@pytest.fixture(scope="module")
def realworld12_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld12 --final`: both splits."""
    return _final(tmp_path_factory, "realworld12")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD12_MIN.items()))
def test_realworld12_scores(realworld12_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The twelfth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld12_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld13 (written blind 2026-12-06): first run at 5bf1a1e in FIRST_RUN.md; dev after the work on it (in-sample);
# final scored once at 33312ef at the end of that work (PROGRESS.md); ~0.02 below each figure there
REALWORLD13_MIN = {
    "attack_report_dev": 0.93,  # 0.95
    "record_dev": 0.91,  # 0.93
    "event_date_dev": 0.90,  # 0.92
    "province_dev": 0.93,  # 0.95
    "killed_dev": 0.93,  # 0.95
    "wounded_dev": 0.89,  # 0.91
    "filters_dev": 0.81,  # 0.83
    "follow_ups_dev": 0.98,  # 1.00
    "listing_precision_dev": 0.85,  # 0.87
    "listing_recall_dev": 0.75,  # 0.77
    "attack_report_final": 0.94,  # 0.96
    "record_final": 0.93,  # 0.95
    "event_date_final": 0.91,  # 0.93
    "province_final": 0.96,  # 0.98
    "killed_final": 0.90,  # 0.92
    "wounded_final": 0.85,  # 0.87
    "filters_final": 0.81,  # 0.83
    "follow_ups_final": 0.86,  # 0.88
    "listing_precision_final": 0.86,  # 0.88
    "listing_recall_final": 0.75,  # 0.77
}


@pytest.fixture(scope="module")
def realworld13_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld13 --final`: both splits."""
    return _final(tmp_path_factory, "realworld13")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD13_MIN.items()))
def test_realworld13_scores(realworld13_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The thirteenth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld13_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld14 (written blind 2026-12-06): first run at 2ec2bef in FIRST_RUN.md; dev after the work on it (in-sample);
# final scored once at af9c61f at the end of that work (PROGRESS.md); ~0.02 below each figure there
REALWORLD14_MIN = {
    "attack_report_dev": 0.96,  # 0.98
    "record_dev": 0.96,  # 0.98
    "event_date_dev": 0.95,  # 0.97
    "province_dev": 0.93,  # 0.95
    "killed_dev": 0.94,  # 0.96
    "wounded_dev": 0.94,  # 0.96
    "filters_dev": 0.76,  # 0.78
    "follow_ups_dev": 0.98,  # 1.00
    "listing_precision_dev": 0.91,  # 0.93
    "listing_recall_dev": 0.78,  # 0.80
    "attack_report_final": 0.93,  # 0.95
    "record_final": 0.91,  # 0.93
    "event_date_final": 0.96,  # 0.98
    "province_final": 0.91,  # 0.93
    "killed_final": 0.89,  # 0.91
    "wounded_final": 0.91,  # 0.93
    "filters_final": 0.82,  # 0.84
    "follow_ups_final": 0.73,  # 0.75
    "listing_precision_final": 0.90,  # 0.92
    "listing_recall_final": 0.82,  # 0.84
}


@pytest.fixture(scope="module")
def realworld14_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld14 --final`: both splits."""
    return _final(tmp_path_factory, "realworld14")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD14_MIN.items()))
def test_realworld14_scores(realworld14_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The fourteenth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld14_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld15 (written blind 2026-12-06, 3rd): first run at c1be614 in FIRST_RUN.md; dev after the work on it
# (in-sample); final scored once at e95fbb4 at the end of that work (PROGRESS.md); ~0.02 below each figure there
REALWORLD15_MIN = {
    "attack_report_dev": 0.97,  # 0.99
    "record_dev": 0.95,  # 0.97
    "event_date_dev": 0.94,  # 0.96
    "province_dev": 0.91,  # 0.93
    "killed_dev": 0.93,  # 0.95
    "wounded_dev": 0.95,  # 0.97
    "filters_dev": 0.79,  # 0.81
    "follow_ups_dev": 0.86,  # 0.88
    "listing_precision_dev": 0.96,  # 0.98
    "listing_recall_dev": 0.78,  # 0.80
    "attack_report_final": 0.91,  # 0.93
    "record_final": 0.90,  # 0.92
    "event_date_final": 0.85,  # 0.87
    "province_final": 0.98,  # 1.00
    "killed_final": 0.94,  # 0.96
    "wounded_final": 0.91,  # 0.93
    "filters_final": 0.86,  # 0.88
    "follow_ups_final": 0.73,  # 0.75
    "listing_precision_final": 0.92,  # 0.94
    "listing_recall_final": 0.78,  # 0.80
}


@pytest.fixture(scope="module")
def realworld15_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld15 --final`: both splits."""
    return _final(tmp_path_factory, "realworld15")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD15_MIN.items()))
def test_realworld15_scores(realworld15_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The fifteenth report set's dev split after the work on it, and its final split as scored once."""
    value = realworld15_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld16 (written blind 2026-12-06, 4th: the core source styles in fresh wordings): first run at 43400bb
# in FIRST_RUN.md; dev after two rounds of work on it (in-sample); final scored once at the end of the first round
# (PROGRESS.md); ~0.02 below each figure there
REALWORLD16_MIN = {
    "attack_report_dev": 0.98,  # 1.00 (second round)
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.97,  # 0.99
    "killed_dev": 0.98,  # 1.00
    "wounded_dev": 0.96,  # 0.98
    "filters_dev": 0.89,  # 0.91
    "filters_same_dev": 0.93,  # 0.95 (a field that only narrows and keeps the gold incidents is no miss)
    "follow_ups_dev": 0.79,  # 0.81
    "listing_precision_dev": 0.94,  # 0.96
    "listing_recall_dev": 0.87,  # 0.89
    "attack_report_final": 0.91,  # 0.93
    "record_final": 0.92,  # 0.94
    "event_date_final": 0.87,  # 0.89
    "province_final": 0.96,  # 0.98
    "killed_final": 0.96,  # 0.98
    "wounded_final": 0.91,  # 0.93
    "filters_final": 0.82,  # 0.84
    "filters_same_final": 0.86,  # 0.88 (measured at the start of stop 40, its misses unread)
    "follow_ups_final": 0.98,  # 1.00
    "listing_precision_final": 0.91,  # 0.93
    "listing_recall_final": 0.83,  # 0.85
}


@pytest.fixture(scope="module")
def realworld16_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld16 --final`: both splits."""
    return _final(tmp_path_factory, "realworld16")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD16_MIN.items()))
def test_realworld16_scores(realworld16_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The sixteenth report set's dev split after one round of work on it, and its final split as scored once."""
    value = realworld16_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld17: written blind 2026-12-06 in the core styles, its questions in many phrasings. First run at a1411ac (dev /
# final): record 0.97 / 0.92, date 0.92 / 0.91, province 0.96 / 0.98, killed 0.96 / 0.98, wounded 0.96 / 0.91,
# filters 0.82 / 0.77 (same incidents 0.86 / 0.84), listing 0.92 / 0.87 and 0.85 / 0.81 (FIRST_RUN.md). Dev after
# one round of work on it (in-sample); final scored once after that round, its misses unread; ~0.02 below each now
REALWORLD17_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.94,  # 0.96 (Makhmour and Gwer told as Erbil's here, as Nineveh's in realworld16)
    "killed_dev": 0.96,  # 0.99
    "wounded_dev": 0.98,  # 1.00
    "filters_dev": 0.88,  # 0.90
    "filters_same_dev": 0.92,  # 0.94
    "follow_ups_dev": 0.85,  # 0.88
    "listing_precision_dev": 0.91,  # 0.93
    "listing_recall_dev": 0.88,  # 0.90
    "attack_report_final": 0.92,  # 0.95
    "record_final": 0.90,  # 0.92
    "event_date_final": 0.91,  # 0.94
    "province_final": 0.96,  # 0.98
    "killed_final": 0.96,  # 0.98
    "wounded_final": 0.89,  # 0.91
    "filters_final": 0.77,  # 0.80
    "filters_same_final": 0.85,  # 0.87
    "follow_ups_final": 0.98,  # 1.00
    "listing_precision_final": 0.86,  # 0.89
    "listing_recall_final": 0.82,  # 0.84
}


@pytest.fixture(scope="module")
def realworld17_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld17 --final`: both splits."""
    return _final(tmp_path_factory, "realworld17")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD17_MIN.items()))
def test_realworld17_scores(realworld17_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The seventeenth report set's dev split after one round of work on it, and its final split as scored once."""
    value = realworld17_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld18: written blind 2026-12-06 in the core styles, the day each event happened its emphasis. First run at
# 12e8732 (dev / final): record 0.97 / 0.97, date 0.92 / 0.90, province 0.92 / 0.97, killed 0.97 / 1.00, wounded
# 0.98 / 0.94, filters 0.97 / 0.98 (same incidents 0.98 / 0.99), listing 0.96 / 0.94 and 0.84 / 0.85 (FIRST_RUN.md).
# Dev after one round of work on it (in-sample); final scored once after that round (its misses unread), then
# re-scored after a review's fixes for false positives (date 0.97 -> 0.94, listing recall 0.94 -> 0.93); ~0.02 below
REALWORLD18_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.98,  # 1.00
    "killed_dev": 0.98,  # 1.00
    "wounded_dev": 0.98,  # 1.00
    "filters_dev": 0.97,  # 0.99
    "filters_same_dev": 0.98,  # 1.00
    "follow_ups_dev": 0.98,  # 1.00
    "listing_precision_dev": 0.97,  # 0.99
    "listing_recall_dev": 0.92,  # 0.94
    "attack_report_final": 0.94,  # 0.96
    "record_final": 0.95,  # 0.97
    "event_date_final": 0.92,  # 0.94 (0.97 as scored once)
    "province_final": 0.95,  # 0.97
    "killed_final": 0.98,  # 1.00
    "wounded_final": 0.95,  # 0.97
    "filters_final": 0.96,  # 0.98
    "filters_same_final": 0.97,  # 0.99
    "follow_ups_final": 0.78,  # 0.80
    "listing_precision_final": 0.95,  # 0.97
    "listing_recall_final": 0.91,  # 0.93 (0.94 as scored once)
}


@pytest.fixture(scope="module")
def realworld18_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld18 --final`: both splits."""
    return _final(tmp_path_factory, "realworld18")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD18_MIN.items()))
def test_realworld18_scores(realworld18_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The eighteenth report set's dev split after one round of work on it, and its final split as scored once."""
    value = realworld18_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld19: written blind 2026-12-07 in the core styles, listings over the corpus and casualty figures told in
# many ways its emphasis. First run at 194f9b2 (dev / final): record 0.99 / 1.00, date 0.90 / 0.94, killed 0.96 /
# 0.97, wounded 0.87 / 1.00, filters 0.91 / 0.90, listing 0.95 / 0.96 and 0.89 / 0.93 (FIRST_RUN.md). Dev after one
# round of work on it (in-sample); final scored once after that round and its review's fixes, misses unread; ~0.02 below
REALWORLD19_MIN = {
    "attack_report_dev": 0.96,  # 0.98
    "record_dev": 0.97,  # 0.99
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.98,  # 1.00
    "killed_dev": 0.98,  # 1.00
    "wounded_dev": 0.95,  # 0.97
    "filters_dev": 0.91,  # 0.93
    "filters_same_dev": 0.94,  # 0.96
    "follow_ups_dev": 0.86,  # 0.88
    "listing_precision_dev": 0.94,  # 0.96
    "listing_recall_dev": 0.92,  # 0.94
    "attack_report_final": 0.98,  # 1.00
    "record_final": 0.98,  # 1.00
    "event_date_final": 0.98,  # 1.00
    "province_final": 0.98,  # 1.00
    "killed_final": 0.95,  # 0.97
    "wounded_final": 0.98,  # 1.00
    "filters_final": 0.88,  # 0.90
    "filters_same_final": 0.92,  # 0.94
    "follow_ups_final": 0.86,  # 0.88
    "listing_precision_final": 0.95,  # 0.97
    "listing_recall_final": 0.96,  # 0.98
}


@pytest.fixture(scope="module")
def realworld19_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld19 --final`: both splits."""
    return _final(tmp_path_factory, "realworld19")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD19_MIN.items()))
def test_realworld19_scores(realworld19_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The nineteenth report set's dev split after one round of work on it, and its final split as scored once."""
    value = realworld19_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld20: written blind 2026-12-07 in the core styles, analysts' question phrasings its emphasis (594 questions,
# 30 conversations over 65 reports). First run at 1151559 (dev / final): record 0.97 / 1.00, date 0.86 / 0.79,
# province 0.97 / 0.95, filters 0.87 / 0.90, follow-ups 0.80 / 0.90, listing 0.94 / 0.93 and 0.84 / 0.86
# (FIRST_RUN.md). Dev after one round of work on it (in-sample); final scored once after that round and its review's
# fixes, misses unread; ~0.02 below. Its final split holds 19 incidents: one miss moves a record figure by 0.05
REALWORLD20_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.98,  # 1.00
    "killed_dev": 0.96,  # 0.98
    "wounded_dev": 0.98,  # 1.00
    "filters_dev": 0.90,  # 0.92
    "filters_same_dev": 0.93,  # 0.95
    "follow_ups_dev": 0.88,  # 0.90
    "listing_precision_dev": 0.95,  # 0.97
    "listing_recall_dev": 0.92,  # 0.94
    "attack_report_final": 0.98,  # 1.00
    "record_final": 0.98,  # 1.00
    "event_date_final": 0.82,  # 0.84
    "province_final": 0.93,  # 0.95
    "killed_final": 0.98,  # 1.00
    "wounded_final": 0.98,  # 1.00
    "filters_final": 0.88,  # 0.90
    "filters_same_final": 0.93,  # 0.95
    "follow_ups_final": 0.88,  # 0.90
    "listing_precision_final": 0.95,  # 0.97
    "listing_recall_final": 0.91,  # 0.93
}


@pytest.fixture(scope="module")
def realworld20_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld20 --final`: both splits."""
    return _final(tmp_path_factory, "realworld20")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD20_MIN.items()))
def test_realworld20_scores(realworld20_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The twentieth report set's dev split after one round of work on it, and its final split as scored once."""
    value = realworld20_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld21: written blind 2026-12-07 in the core styles, event days and analysts' question phrasings its emphases
# (91 reports, 106 incidents, 732 questions, 30 conversations). First run at 3e2e305 in FIRST_RUN.md; dev after one
# round of work on it (in-sample), final scored once at 2e4244a, misses unread (PROGRESS.md); ~0.02 below
REALWORLD21_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.97,  # 0.99
    "killed_dev": 0.98,  # 1.00
    "wounded_dev": 0.98,  # 1.00
    "filters_dev": 0.95,  # 0.97
    "filters_same_dev": 0.96,  # 0.98
    "follow_ups_dev": 0.88,  # 0.90
    "listing_precision_dev": 0.96,  # 0.98
    "listing_recall_dev": 0.90,  # 0.92
    "attack_report_final": 0.94,  # 0.96
    "record_final": 0.92,  # 0.94
    "event_date_final": 0.80,  # 0.82
    "province_final": 0.95,  # 0.97
    "killed_final": 0.89,  # 0.91
    "wounded_final": 0.95,  # 0.97
    "filters_final": 0.94,  # 0.96
    "filters_same_final": 0.95,  # 0.97
    "follow_ups_final": 0.88,  # 0.90
    "listing_precision_final": 0.96,  # 0.98
    "listing_recall_final": 0.89,  # 0.91
}


@pytest.fixture(scope="module")
def realworld21_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld21 --final`: both splits."""
    return _final(tmp_path_factory, "realworld21")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD21_MIN.items()))
def test_realworld21_scores(realworld21_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The twenty-first report set's dev split after one round of work on it, and its final split as scored once."""
    value = realworld21_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld22: written blind 2026-12-07 in the core styles; event days (report dates in new places), tolls told in
# words and question phrasings its emphases (91 reports, 106 incidents, 654 questions, 30 conversations). First run at
# e2cd424 in FIRST_RUN.md; dev after one round of work on it (in-sample), final scored once on that round, misses
# unread (PROGRESS.md); ~0.02 below; its final holds 34 incidents
REALWORLD22_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.98,  # 1.00
    "province_dev": 0.96,  # 0.99
    "killed_dev": 0.98,  # 1.00
    "wounded_dev": 0.98,  # 1.00
    "filters_dev": 0.96,  # 0.98
    "filters_same_dev": 0.96,  # 0.98
    "follow_ups_dev": 0.83,  # 0.85
    "listing_precision_dev": 0.94,  # 0.96
    "listing_recall_dev": 0.91,  # 0.93
    "attack_report_final": 0.98,  # 1.00
    "record_final": 0.98,  # 1.00
    "event_date_final": 0.60,  # 0.62
    "province_final": 0.98,  # 1.00
    "killed_final": 0.92,  # 0.94 (first run 0.97: one record fell, misses unread)
    "wounded_final": 0.92,  # 0.94
    "filters_final": 0.93,  # 0.95
    "filters_same_final": 0.93,  # 0.95
    "follow_ups_final": 0.58,  # 0.60
    "listing_precision_final": 0.94,  # 0.96
    "listing_recall_final": 0.90,  # 0.92
}


@pytest.fixture(scope="module")
def realworld22_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld22 --final`: both splits."""
    return _final(tmp_path_factory, "realworld22")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD22_MIN.items()))
def test_realworld22_scores(realworld22_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The twenty-second report set's dev split after one round of work on it, and its final split as scored once."""
    value = realworld22_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld23: written blind 2026-12-07 as an analyst's inbox (the styles the issue names, with the wordings real
# outlets use most, in their proportions; 156 reports, 180 incidents, 563 questions, 30 conversations). First run at
# 49b5607, out of sample (FIRST_RUN.md); dev after one round on its misses (in-sample), final re-scored, misses unread
# (PROGRESS.md); ~0.02 below; its final holds 61 incidents
REALWORLD23_MIN = {
    "attack_report_dev": 0.97,  # 0.99
    "record_dev": 0.97,  # 0.99
    "event_date_dev": 0.96,  # 0.98 (first run 0.94)
    "province_dev": 0.96,  # 0.98
    "killed_dev": 0.95,  # 0.97
    "wounded_dev": 0.98,  # 1.00 (first run 0.96)
    "filters_dev": 0.94,  # 0.96
    "filters_same_dev": 0.96,  # 0.98
    "follow_ups_dev": 0.93,  # 0.95
    "listing_precision_dev": 0.91,  # 0.93
    "listing_recall_dev": 0.90,  # 0.92 (first run 0.91)
    "attack_report_final": 0.96,  # 0.98
    "record_final": 0.95,  # 0.97
    "event_date_final": 0.98,  # 1.00 re-scored (first run 0.98)
    "province_final": 0.98,  # 1.00
    "killed_final": 0.93,  # 0.95
    "wounded_final": 0.91,  # 0.93
    "filters_final": 0.95,  # 0.97
    "filters_same_final": 0.97,  # 0.99
    "follow_ups_final": 0.88,  # 0.90
    "listing_precision_final": 0.94,  # 0.96
    "listing_recall_final": 0.89,  # 0.91
}


@pytest.fixture(scope="module")
def realworld23_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld23 --final`: both splits."""
    return _final(tmp_path_factory, "realworld23")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD23_MIN.items()))
def test_realworld23_scores(realworld23_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The twenty-third report set, both splits as first scored (out of sample)."""
    value = realworld23_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)


# realworld24: written blind 2026-12-07 from a brief alone (the helper opened no earlier set, README or file of the
# project): 100 reports in 10 source types as an analyst's inbox, 121 incidents, records only (no questions). First run
# at f3316d1, out of sample, misses unread (FIRST_RUN.md); ~0.02 below it; its final holds 38 incidents
REALWORLD24_MIN = {
    "attack_report_dev": 0.98,  # 1.00
    "record_dev": 0.97,  # 0.99
    "event_date_dev": 0.97,  # 0.99
    "province_dev": 0.98,  # 1.00
    "killed_dev": 0.94,  # 0.96
    "wounded_dev": 0.94,  # 0.96
    "attack_report_final": 0.98,  # 1.00
    "record_final": 0.98,  # 1.00
    "event_date_final": 0.95,  # 0.97
    "province_final": 0.90,  # 0.92
    "killed_final": 0.93,  # 0.95
    "wounded_final": 0.93,  # 0.95
}


@pytest.fixture(scope="module")
def realworld24_final(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`--dataset realworld24 --final`: both splits."""
    return _final(tmp_path_factory, "realworld24")


@pytest.mark.parametrize(("figure", "minimum"), sorted(REALWORLD24_MIN.items()))
def test_realworld24_scores(realworld24_final: dict[str, Any], figure: str, minimum: float) -> None:
    """The twenty-fourth report set (records only), both splits as first scored (out of sample)."""
    value = realworld24_final["figures"][figure]
    assert value is not None and value >= minimum, (figure, value)
