"""`assistant ask` with `assistant serve` running only forwards the question: the CLI must not load the pipeline first
(importing the desk, the app and the extractor's patterns took it about 2 s on two cores before it sent anything)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("assistant.desk", "assistant.app", "assistant.incidents.patterns", "assistant.evaluation.cases", "gradio")


def test_the_cli_loads_no_pipeline_module_until_a_command_needs_it() -> None:
    code = f"import sys, assistant.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == []
