"""Review 29: the sieve keeps patterns with a literal tab or newline."""

from __future__ import annotations

import re

import pytest

from assistant.language.sieve import sieve

# --- the sieve: a literal tab or newline in a pattern (fold turns every space into a plain one)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"a\nb", "a\nb"),
        (r"^[ \t]*\n", "\n"),
        (r"x\ty", "x\ty"),
        (r"(?m)end$\n", "end\nmore"),
        (r"\r\n", "a\r\nb"),
        (r"[\n]x", "\nx"),
    ],
)
def test_sieve_keeps_patterns_with_a_literal_control_space(pattern: str, text: str) -> None:
    assert re.search(pattern, text)
    assert sieve(pattern).search(text)
    assert sieve(pattern).possible(text)
