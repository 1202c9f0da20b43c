"""The answer's floor: how fast the model reads a prompt on this machine, and what no setting of ours changes.

Nearly all of an answer's wait is the model reading its prompt before it writes a token (the answer section: ~1,100
prompt tokens a question, first token after ~10 s raw). This section measures that rate alone, on raw
llama-cpp-python with nothing of the pipeline: a 1,100-token prompt of seed-article text, read from an empty cache
(three times, median), then 32 tokens generated greedily. The shipped settings (2 threads, llama.cpp's default
batch of 512) are the baseline; each variant changes one thing. One thread against two shows whether reading is
bound by the cores (it halves: it is); the batch sizes and flash attention are the llama.cpp knobs that could matter;
the same weights re-quantized to Q4_0 tell whether another packing of the weights reads faster (the file is written
in a temp folder and deleted). The last rows turn the rate into the floor the answer targets meet: the most prompt
tokens the model reads within the 3 s first-text target, and the seconds it needs for the answer section's median
prompt.
"""

from __future__ import annotations

import ctypes
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import ROOT, Row, median, section_main

PROMPT_TOKENS = 1100  # about the answer section's median prompt with the default preset
GENERATED = 32
FIRST_TEXT_TARGET_S = 3.0


def _model_path(key: str) -> Path:
    from assistant.models.weights import MODELS, assemble
    from assistant.settings import load_settings

    return assemble(MODELS[key], load_settings("default").cache_dir)


def _rates(path: Path, tokens_wanted: int, repeats: int, **settings: Any) -> tuple[float, float, int]:
    """(prompt tokens read per second, tokens generated per second, prompt tokens) for one model and settings."""
    from llama_cpp import Llama

    llm = Llama(
        model_path=str(path), n_ctx=4096, verbose=False, seed=0, **({"n_threads": 2, "n_threads_batch": 2} | settings)
    )
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*"))[:3])
    tokens = llm.tokenize(text.encode())[:tokens_wanted]
    read, wrote = [], []
    for _ in range(repeats):
        llm.reset()  # an empty cache: every token of the prompt is read
        start = time.perf_counter()
        llm.eval(tokens)
        read.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in range(GENERATED):
            llm.eval([llm.sample(temp=0.0)])
        wrote.append(time.perf_counter() - start)
    del llm
    return len(tokens) / median(read), GENERATED / median(wrote), len(tokens)


def _requantized(src: Path, folder: Path) -> Path | None:
    """The same weights re-quantized to Q4_0 (None where this llama.cpp build cannot)."""
    import llama_cpp

    dst = folder / "requantized-q4_0.gguf"
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0
    params.allow_requantize = True
    params.nthread = 2
    ok = llama_cpp.llama_model_quantize(str(src).encode(), str(dst).encode(), ctypes.byref(params)) == 0
    return dst if ok and dst.is_file() else None


def run(quick: bool) -> list[Row]:
    key = "fast" if quick else "default"
    tokens_wanted, repeats = (300, 1) if quick else (PROMPT_TOKENS, 3)
    path = _model_path(key)
    name = f"{key} model"
    base_read, base_wrote, n = _rates(path, tokens_wanted, repeats)
    shipped = "shipped settings: 2 threads, batch 512"
    rows = [
        Row(
            "prefill",
            f"{name}: prompt read, {n} tokens, {shipped}",
            base_read,
            "tokens/s",
            note=f"{repeats} reads, median",
        ),
        Row(
            "prefill",
            f"{name}: tokens generated, {shipped}",
            base_wrote,
            "tokens/s",
            note=f"{GENERATED} tokens, greedy",
        ),
    ]
    variants: list[tuple[str, dict[str, Any]]] = [("1 thread", {"n_threads": 1, "n_threads_batch": 1})]
    if not quick:
        variants += [
            ("batch 128", {"n_batch": 128, "n_ubatch": 128}),
            ("batch 1024", {"n_batch": 1024, "n_ubatch": 1024}),
            ("flash attention", {"flash_attn": True}),
        ]
    for label, settings in variants:
        read, _, _ = _rates(path, tokens_wanted, repeats, **settings)
        rows.append(
            Row(
                "prefill",
                f"{name}: prompt read, {label}",
                read,
                "tokens/s",
                baseline=shipped,
                baseline_value=base_read,
                higher_is_better=True,
            )
        )
    if not quick:
        folder = Path(tempfile.mkdtemp(prefix="desk-bench-prefill-"))
        try:
            q4_0 = _requantized(path, folder)
            if q4_0 is not None:
                read, wrote, _ = _rates(q4_0, tokens_wanted, repeats)
                rows.append(
                    Row(
                        "prefill",
                        f"{name}: prompt read, the same weights re-quantized to Q4_0",
                        read,
                        "tokens/s",
                        baseline=shipped,
                        baseline_value=base_read,
                        higher_is_better=True,
                        note=f"generates {wrote:.1f} tokens/s",
                    )
                )
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    rows += [
        Row(
            "prefill",
            f"{name}: most prompt tokens read within {FIRST_TEXT_TARGET_S:.0f} s",
            base_read * FIRST_TEXT_TARGET_S,
            "tokens",
            note="before the first token; the answer's system prompt is ~190 of them (reused from the cache while it "
            "opens the prompt)",
        ),
        Row(
            "prefill",
            f"{name}: seconds to read a {PROMPT_TOKENS:,}-token prompt",
            PROMPT_TOKENS / base_read,
            "s",
            note="the answer section's median prompt, before any token is written",
        ),
    ]
    return rows


if __name__ == "__main__":
    section_main(run)
