"""JSON lines as the export file and the change log write and read them: one record a line, lines end at "\\n" only.

JSON escapes the control characters below U+0020 inside strings, but not U+0085, U+2028 and U+2029, which
str.splitlines() and some other readers take for line ends: a title holding one would split its line in two. They are
written escaped, and lines are read by splitting at "\\n" alone, so files written before still read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from pydantic import BaseModel

_UNESCAPED_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(record: BaseModel, exclude_none: bool = False) -> str:
    """The record's JSON and a "\\n", with no other character any reader takes for a line end."""
    # Outside strings pydantic's compact JSON holds no such character, so escaping them everywhere is exact.
    return record.model_dump_json(exclude_none=exclude_none).translate(_UNESCAPED_BREAKS) + "\n"


def read_lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, line without its "\\n") of a JSON-lines stream, split at b"\\n" alone.

    At most max_bytes + 1 bytes of a line are read: a longer line comes back cut to that, so the caller can tell it is
    too long without ever holding the rest (a "\\r" before the "\\n" is kept: it is JSON whitespace).
    """
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if line.endswith(b"\n"):
            line = line[:-1]
        elif len(line) > max_bytes:
            yield number, line
            return
        yield number, line
