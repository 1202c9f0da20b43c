"""Prompt templates are files in prompts/; one function renders them, strictly."""

from __future__ import annotations

import string
from pathlib import Path

from pydantic import BaseModel

from assistant.errors import PromptError

# The one abstain sentence: the prompt tells the model to use it, the code emits it, tests compare to it.
ABSTAIN = "The articles do not say."


class PromptTemplate(BaseModel):
    """A named template with {variables}; literal braces are written {{ }}."""

    name: str
    text: str

    @property
    def variables(self) -> set[str]:
        """Variable names the template uses."""
        try:
            return {field for _, field, _, _ in string.Formatter().parse(self.text) if field is not None}
        except ValueError as exc:
            raise PromptError(f"prompt {self.name!r} is malformed: {exc}", "write literal braces as {{ and }}") from exc

    def render(self, **values: object) -> str:
        """Fill the template; missing or unknown variables are errors, not blanks."""
        needed = self.variables
        missing = needed - values.keys()
        unknown = values.keys() - needed
        if missing or unknown:
            raise PromptError(
                f"prompt {self.name!r}: missing variables {sorted(missing)}, unknown variables {sorted(unknown)}",
                "pass exactly the variables the template names",
            )
        try:
            return self.text.format(**values)
        except (KeyError, ValueError, IndexError) as exc:  # nested fields or bad conversions in the template
            raise PromptError(
                f"prompt {self.name!r} cannot be rendered: {exc!r}", "use plain {name} fields only"
            ) from exc


def load_prompt(prompts_dir: Path, name: str) -> PromptTemplate:
    """Read prompts/<name>.txt."""
    path = prompts_dir / f"{name}.txt"
    try:
        return PromptTemplate(name=name, text=path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PromptError(
            f"prompt file {path} cannot be read: {exc.strerror}", "set DESK_PROMPTS_DIR to the prompts folder"
        ) from exc


def render(prompts_dir: Path, name: str, **values: object) -> str:
    """Load and render prompts/<name>.txt in one call."""
    return load_prompt(prompts_dir, name).render(**values)
