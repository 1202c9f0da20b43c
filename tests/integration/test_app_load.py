"""Load through the app's HTTP API: ten users ask while an upload is being ingested (real embedder, Chroma on disk).

Every user gets the answer to their own question, the same answer a lone user gets; the questions that need the
model take turns at it, told their place in line, while record answers and the ingest go on. The waits and queue
positions are printed (`pytest -s`) so the figures can be reported.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from gradio_client import Client, handle_file

from assistant.app import serve
from assistant.desk import Desk
from assistant.models.fakes import FakeLLM, extractive_responder
from assistant.settings import load_settings

from conftest import NO_FILTERS, SEEDS, free_port

# Ten questions a group of analysts might ask at once: passage questions (the model's queue) and record questions
# (answered by code). Each has a different answer, so a reply handed to the wrong user would show.
QUESTIONS = [
    "How many militia members were killed in the ISIS ambush in Makhmour?",
    "How many Katyusha rockets did the Iraqi military say were fired at the Qayyarah base?",
    "How many PMU fighters were killed in the ambush east of Tikrit?",
    "How many policemen were killed in the attack in Dujail?",
    "Where were the men wounded in the Makhmour ambush taken for treatment?",
    "Which PMU officer spoke to AFP about the ambush near Tikrit?",
    "attacks near Kirkuk in 2022",
    "attacks in Salahuddin province",
    "How far north of Baghdad is Tarmiya?",
    "Which news agency reported that ISIS militants had regrouped in the Hamrin mountains?",
]
REPLY_S = 0.8  # the fake model's time per reply: long enough that users must queue behind it


class SlowLLM(FakeLLM):
    """The extractive fake, taking REPLY_S per reply like a (very fast) local model."""

    def stream(self, messages, schema=None, max_tokens=384):  # type: ignore[override]
        time.sleep(REPLY_S)
        yield from super().stream(messages, schema, max_tokens)


def _answer(out: tuple) -> tuple[str, str]:
    """(the user's turn, the answer's text) from an /ask reply."""
    history = out[0]

    def text(m: dict) -> str:
        c = m["content"]
        return c if isinstance(c, str) else " ".join(p.get("text", "") for p in c)

    return text(history[0]), text(history[-1])


def _upload(folder: Path, n: int) -> list[Path]:
    """n short reports on Basra (a province none of QUESTIONS is about), as a user would pick them for upload."""
    folder.mkdir()
    paths = []
    for i in range(n):
        day = 1 + i % 27
        p = folder / f"basra-{i:02d}.txt"
        p.write_text(
            f"Blast at a Basra market kills {i + 2}\n2019-06-{day + 1:02d}\n\n"
            f"BASRA (Reuters) - A bomb hidden in a cart killed {i + 2} people and wounded {i + 5} at a vegetable "
            f"market in Zubair district of Basra on {day} June 2019, a police officer said.\n\n"
            + "Traders said the market had reopened a week earlier after repairs. "
            * 100,
            encoding="utf-8",
        )
        paths.append(p)
    return paths


def test_ten_users_ask_while_an_upload_is_ingested(tmp_path: Path) -> None:
    settings = load_settings("default", data_dir=tmp_path / "corpus", llm={"backend": "fake"})
    desk = Desk(settings, llm=SlowLLM(responder=extractive_responder))
    assert desk.ingest([SEEDS]).count("added") == 5
    port = free_port()
    app = serve(desk.settings, port=port, block=False, desk=desk)
    try:
        lone = Client(f"http://127.0.0.1:{port}/", verbose=False)
        # What one user alone is told, one question after the other, before the upload.
        alone = {q: _answer(lone.predict(q, [], *NO_FILTERS, api_name="/ask")) for q in QUESTIONS}
        uploader = Client(f"http://127.0.0.1:{port}/", verbose=False)
        users = [Client(f"http://127.0.0.1:{port}/", verbose=False) for _ in QUESTIONS]
        files = _upload(tmp_path / "to-upload", 20)
        ingest = uploader.submit([handle_file(str(p)) for p in files], api_name="/ingest")
        while ingest.status().code.name not in ("PROCESSING", "PROGRESS", "ITERATING", "FINISHED"):
            time.sleep(0.05)
        start = time.monotonic()
        jobs = [u.submit(q, [], *NO_FILTERS, api_name="/ask") for u, q in zip(users, QUESTIONS)]
        assert not ingest.done(), "the upload finished before the users asked: make it longer"
        ranks: dict[int, int] = {}
        waited: dict[int, float] = {}
        ingest_s = None
        deadline = start + 180
        while (len(waited) < len(jobs) or ingest_s is None) and time.monotonic() < deadline:
            for i, job in enumerate(jobs):
                if i in waited:
                    continue
                if job.done():
                    waited[i] = time.monotonic() - start
                    continue
                st = job.status()
                if st.code.name == "IN_QUEUE" and st.rank is not None:
                    ranks[i] = max(ranks.get(i, 0), st.rank)
            if ingest_s is None and ingest.done():
                ingest_s = time.monotonic() - start
            time.sleep(0.05)
        assert len(waited) == len(jobs), f"{len(jobs) - len(waited)} of {len(jobs)} users got no answer in 180 s"
        results = ingest.result()[0]["data"]
        assert [r[1] for r in results] == ["added"] * len(files)  # the upload was not hurt by the questions

        for i, (job, q) in enumerate(zip(jobs, QUESTIONS)):
            turn, answer = _answer(job.result())
            assert turn == q, f"user {i} was shown another user's question: {turn!r}"
            assert answer == alone[q][1], f"user {i} ({q!r}) was told {answer!r}; alone: {alone[q][1]!r}"
        # Record questions (answered by code) are not held up behind the model's line; the others were told their place.
        by_code = [i for i, q in enumerate(QUESTIONS) if 'class="ledger"' in alone[q][1]]
        by_model = [i for i in range(len(QUESTIONS)) if i not in by_code]
        assert by_code and by_model
        told = [i for i in by_model if any("Waiting for the model" in _answer(o)[1] for o in jobs[i].outputs())]
        assert told, "no user whose question needed the model was told their place in line"
        slowest_by_code = max(waited[i] for i in by_code)
        assert slowest_by_code < max(waited[i] for i in by_model), "a record answer waited behind the model's line"
        assert len(desk.articles()) == 5 + len(files)

        waits = sorted(waited.values())
        p95 = waits[min(len(waits) - 1, round(0.95 * (len(waits) - 1)))]
        print(
            f"\nload: {len(jobs)} users asked during a {len(files)}-file upload; answered {len(waited)}/{len(jobs)}, "
            f"wrong 0; wait p50 {statistics.median(waits):.1f} s, p95 {p95:.1f} s, max {waits[-1]:.1f} s; "
            f"record answers ({len(by_code)}) p50 {statistics.median(waited[i] for i in by_code):.1f} s, "
            f"model answers ({len(by_model)}) p50 {statistics.median(waited[i] for i in by_model):.1f} s; "
            f"{len(told)} told their place in the model's line; highest Gradio queue position "
            f"{max(ranks.values(), default=0)}; upload done after "
            f"{ingest_s if ingest_s is not None else float('nan'):.1f} s; fake model {REPLY_S} s per reply"
        )
    finally:
        app.close()
