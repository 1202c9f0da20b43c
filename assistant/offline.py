"""Environment defaults that keep every library off the network (imported first by the package)."""

import os

# Set before chromadb, gradio, transformers or huggingface_hub are imported: they read these once.
_DEFAULTS = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def apply() -> None:
    """Set offline/no-telemetry environment defaults without overriding the user's choices."""
    for key, value in _DEFAULTS.items():
        os.environ.setdefault(key, value)


apply()
