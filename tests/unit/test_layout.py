"""The layout holds: imports between wings go down the pipeline, never up, never in a circle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "assistant"

# Lower layers never import higher ones; modules of one layer may import each other (without a cycle).
LAYERS: list[tuple[str, ...]] = [
    ("assistant.errors", "assistant.offline", "assistant.settings"),
    ("assistant.schemas",),
    ("assistant.language",),
    ("assistant.models",),
    ("assistant.incidents.labels", "assistant.incidents.patterns"),
    ("assistant.store", "assistant.lock"),
    ("assistant.incidents",),
    ("assistant.corpus",),
    ("assistant.answering",),
    ("assistant.briefing",),
    ("assistant.desk",),
    ("assistant.evaluation", "assistant.ui"),
    ("assistant.app", "assistant.cli"),
]


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    """Index of the most specific LAYERS prefix that names the module."""
    best = max(
        ((len(p), i) for i, group in enumerate(LAYERS) for p in group if module == p or module.startswith(p + ".")),
        default=None,
    )
    if best is None:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS")
    return best[1]


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """assistant modules imported by a file (TYPE_CHECKING blocks excluded: they never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("assistant"):
            out |= {
                f"{node.module}.{a.name}" if _is_module(f"{node.module}.{a.name}") else node.module for a in node.names
            }
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("assistant")}
    return out


def _is_module(name: str) -> bool:
    rel = Path(*name.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


# The package root only runs `offline` first; data/ holds a build script for the shipped gazetteer, not the app.
SOURCES = sorted(
    p
    for p in PACKAGE.rglob("*.py")
    if p.parent != PACKAGE or p.name != "__init__.py"
    if "data" not in p.relative_to(PACKAGE).parts[:1]
)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_down(path: Path) -> None:
    """A module imports only its own layer or lower ones (function-level imports included)."""
    me = _module(path)
    up = sorted(m for m in _imports(path, top_level_only=False) if m != "assistant" and _layer(m) > _layer(me))
    assert not up, f"{me} (layer {_layer(me)}) imports higher layers: {up}"


def test_no_import_cycle() -> None:
    """Module-level imports form no cycle (a cycle breaks start-up order and hides coupling)."""
    graph = {_module(p): {m for m in _imports(p, top_level_only=True) if m != "assistant"} for p in SOURCES}
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(nxt) :] + [nxt]))
            if nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node, [node])


def test_only_the_store_speaks_chroma() -> None:
    """chromadb is imported by store.py alone, so a backend change touches one file."""
    users = sorted(
        _module(p) for p in SOURCES if re.search(r"^\s*(?:import|from) chromadb\b", p.read_text(encoding="utf-8"), re.M)
    )
    assert users == ["assistant.store"]
