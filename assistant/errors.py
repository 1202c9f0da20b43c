"""Typed errors; only the CLI and the UI turn them into messages for people."""

from __future__ import annotations


class AssistantError(Exception):
    """Base error: a message plus what the user can do about it."""

    def __init__(self, message: str, help_message: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.help_message = help_message

    def __str__(self) -> str:
        return f"{self.message}\n  -> {self.help_message}" if self.help_message else self.message


class ConfigError(AssistantError):
    """Settings or presets that cannot work."""


class InputFileError(AssistantError):
    """One input file (or record) cannot be ingested; the rest of the batch goes on."""

    def __init__(self, path: str, reason: str, help_message: str = "") -> None:
        super().__init__(f"{path}: {reason}", help_message)
        self.path = path
        self.reason = reason


class ModelFileError(AssistantError):
    """A model file is missing, incomplete or does not match its checksum."""


class PromptError(AssistantError):
    """A prompt template is missing, or rendered with missing or unknown variables."""


class LLMError(AssistantError):
    """The language model backend failed (unreachable server, load failure)."""


class LLMOutputError(LLMError):
    """The model's reply was not valid structured output, even after a retry."""


class StoreError(AssistantError):
    """The Chroma store cannot be opened or written."""


class WriterLockError(StoreError):
    """Another process holds the data dir's writer lock (one writer per data dir)."""


class ArchiveError(AssistantError):
    """A corpus export file cannot be imported (not a zip, a member missing or malformed, a newer format)."""

    def __init__(self, path: str, reason: str, help_message: str = "") -> None:
        super().__init__(f"{path}: {reason}", help_message)
        self.path = path
        self.reason = reason


class EvalDataError(AssistantError):
    """An eval dataset (cases, documents or gold file) is missing or malformed."""
