"""The extractor interface and the factory that picks one from the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from assistant.incidents.llm_extractor import LLMExtractor
from assistant.incidents.rules import RuleExtractor
from assistant.models.llm import LLM
from assistant.schemas import Article, Incident


class Extractor(Protocol):
    """Turns one article into the incidents it reports."""

    name: str

    def extract(self, article: Article) -> list[Incident]:
        """Every incident the article reports, background ones included."""
        ...


def get_extractor(
    name: str = "rules", get_llm: Callable[[], LLM] | None = None, prompts_dir: Path | None = None
) -> Extractor:
    """The extractor settings name ('llm' needs a way to get the model)."""
    if name == "rules":
        return RuleExtractor()
    if name == "llm" and get_llm is not None and prompts_dir is not None:
        return LLMExtractor(get_llm, prompts_dir)
    raise ValueError(f"unknown extractor {name!r}")
