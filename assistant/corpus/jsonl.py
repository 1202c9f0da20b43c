"""JSON lines as the export file and the change log write and read them: one record a line, lines end at "\\n" only.

JSON escapes the control characters below U+0020 inside strings, but not U+0085, U+2028 and U+2029, which
str.splitlines() and some other readers take for line ends: a title holding one would split its line in two. They are
written escaped, and lines are read by splitting at "\\n" alone, so files written before still read.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

_UNESCAPED_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(record: BaseModel, exclude_none: bool = False) -> str:
    """The record's JSON and a "\\n", with no other character any reader takes for a line end."""
    # Outside strings pydantic's compact JSON holds no such character, so escaping them everywhere is exact.
    return record.model_dump_json(exclude_none=exclude_none).translate(_UNESCAPED_BREAKS) + "\n"


def lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number from 1, line) of each line of a JSON-lines text, split at "\\n" alone (a "\\r" before it is JSON
    whitespace)."""
    start, number = 0, 1
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield number, text[start:end]
        start, number = end + 1, number + 1
