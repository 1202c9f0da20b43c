"""A quick test in front of a costly pattern: the literal strings one of which every match must hold.

A long report runs dozens of case-insensitive patterns over each sentence, and Python's regex engine tries every one
at every position. Most sentences hold none of the words a pattern needs ('wounded', 'injured' for a wounded figure;
a month's name for a calendar date), so a substring test on the lowercased sentence rules the pattern out at a
fraction of the cost. The test only ever skips a search that would find nothing: the strings are read off the
pattern's own parse tree, and any part the reading does not follow (a character class, a look-around, an optional
or repeated part) simply adds no condition. Whatever the pattern accepts is unchanged.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # the stdlib's own regex parser (no public name, no stubs)
_C: Any = importlib.import_module("re._constants")

_LIMIT = 64  # most strings a run of fixed parts may expand to ('(?:raised|took) the (?:wounded|injured)' is 4)
# Under IGNORECASE these non-ASCII letters match an ASCII one (the dotted and dotless i, the long s, the Kelvin
# sign); lowercasing alone keeps them apart, so they are folded first. Every other match of an ASCII letter is ASCII.
# Every space `\s` matches (tab, newline, no-break space...) reads as a plain space, so a lone `\s` between words
# reads as ' ' too. (tests/unit/language/test_sieve.py checks both against the whole of Unicode.)
_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"} | {c: " " for c in _SPACES})
_MAX_CLASS = 8  # most characters of a class read as alternatives ('[,;]', '[\'"]')

_Strings = frozenset[str]
_Info = tuple[_Strings | None, _Strings | None]  # (every string the part can match, or None; strings one of
# which every match of the part holds, or None)


_last: tuple[str, str] = ("", "")  # the text folded last and its fold: a sentence is tried by many patterns


def fold(text: str) -> str:
    """Lowercased text, spaces plain, in which every string a case-insensitive ASCII literal could match reads as
    that literal."""
    global _last
    last = _last  # (one read: another thread may replace it, never half of it)
    if last[0] is text:
        return last[1]
    low = text.lower()
    if not (text.isascii() and low.isprintable()):  # (an ASCII text with no tab or newline lowercases alone)
        low = text.translate(_FOLD).lower()  # (translated first: 'İ'.lower() is two letters)
    _last = (text, low)
    return low


def _minimal(strings: _Strings) -> _Strings:
    """Drop the strings that hold another of the set: a text holding the longer holds the shorter."""
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _best(candidates: list[_Strings | None]) -> _Strings | None:
    """The best of several conditions that all hold: longer strings are rarer in text (the pattern is ruled out more
    often), and each string costs a test."""
    sets = [_minimal(c) for c in candidates if c and "" not in c]
    return min(sets, key=lambda c: (sum(map(_share, c)) + 0.003 * len(c), len(c))) if sets else None


# Words in most sentences of a news report, whatever their length: a condition on them rules out little
_COMMON = frozenset(
    "the and for are but not was were has had have his her its one two who said says with that this from they been "
    "into more than them then when will what also after their there which would about other over only near police "
    "security forces army".split()
)


def _share(s: str) -> float:
    """Roughly how many sentences hold s: each letter more makes it rarer."""
    return 0.5 if s.strip() in _COMMON else 8.0 ** (1 - len(s))


def _node(op: Any, av: Any) -> _Info:
    if op is _C.LITERAL:  # (a tab or newline as fold writes it: a plain space)
        return (frozenset({chr(av).lower().translate(_FOLD)}), None) if av < 128 else (None, None)
    if op is _C.ASSERT_NOT and not av[1]:
        return frozenset(), None  # '(?!)': never matches, so neither does anything in a row with it
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return frozenset({""}), None  # zero-width: consumes nothing (its own condition is left out)
    if op is _C.IN:
        chars: set[str] = set()
        for o, v in av:
            if o is _C.LITERAL and v < 128:
                chars.add(chr(v).lower().translate(_FOLD))
            elif o is _C.CATEGORY and v is _C.CATEGORY_SPACE:
                chars.add(" ")
            else:
                return None, None  # a range, a negation, \w, a letter beyond ASCII: no condition
        return (frozenset(chars), None) if len(chars) <= _MAX_CLASS else (None, None)
    if op is _C.SUBPATTERN:
        return _sequence(av[-1])
    if op is _C.ATOMIC_GROUP:
        return _sequence(av)
    if op is _C.BRANCH:
        alternatives = [info for info in map(_sequence, av[1]) if info[0] != frozenset()]  # (none that never match)
        exact: _Strings | None = None
        if all(e is not None for e, _ in alternatives):
            union = frozenset().union(*(e for e, _ in alternatives if e is not None))
            exact = union if len(union) <= _LIMIT else None
        needs: list[_Strings] = []
        for e, n in alternatives:
            if (need := _best([n, e])) is None:
                return exact, None  # an alternative that needs nothing: the branch needs nothing
            needs.append(need)
        return exact, frozenset().union(*needs)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, sub = av
        e, n = _sequence(sub)
        if low == 0:
            return (e | {""} if e is not None and high == 1 else None), None
        return (e if low == high == 1 else None), _best([n, e])
    return None, None  # a character class, any character, a back-reference...: no condition


def _sequence(items: Any) -> _Info:
    """Parts in a row: each part's condition holds, and so does each run of fixed parts read together."""
    candidates: list[_Strings | None] = []
    run: _Strings = frozenset({""})
    whole = True
    for op, av in items:
        e, n = _node(op, av)
        candidates += [n, e]
        if e is not None and len(run) * len(e) <= _LIMIT:
            run = frozenset(a + b for a in run for b in e)
        else:
            candidates.append(run)
            run = e if e is not None else frozenset({""})
            whole = False
    candidates.append(run)
    return (run if whole else None), _best(candidates)


def required(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercase strings one of which the folded text (`fold`) holds wherever `regex` matches, or None when the
    pattern gives no such condition."""
    exact, need = _sequence(_parser.parse(regex.pattern, regex.flags))
    best = _best([need, exact])
    return tuple(sorted(best, key=lambda s: (len(s), s))) if best else None


def holds(folded: str, need: tuple[str, ...] | None) -> bool:
    """Whether folded text (`fold`) meets a pattern's condition (`required`): False rules the pattern out."""
    if need is None:
        return True
    for s in need:
        if s in folded:
            return True
    return False


class Sieve:
    """A compiled pattern behind its quick test; searches as the pattern does and finds exactly what it finds."""

    __slots__ = ("regex", "pattern", "need")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        # `need` is read off the parse tree at its first use, not here: a module builds hundreds of sieves at import
        # (about 1.5 s on two cores), and a process that never searches with most of them (a CLI command that only
        # forwards a question to the running app) should not pay for them

    def __getattr__(self, name: str) -> Any:
        # only called while the `need` slot is unset: fill it (two threads may both compute it; the value is the same)
        if name != "need":
            raise AttributeError(name)
        need = required(self.regex)
        self.need = need
        return need

    def possible(self, text: str) -> bool:
        """False only where the pattern cannot match anywhere in text."""
        return self.need is None or holds(fold(text), self.need)

    def search(self, text: str) -> re.Match[str] | None:
        """The pattern's search, run only where it may match."""
        if self.need is not None:  # (possible() written out: this runs dozens of times a sentence)
            last = _last
            low = last[1] if last[0] is text else fold(text)
            for s in self.need:
                if s in low:
                    break
            else:
                return None
        return self.regex.search(text)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The pattern's match (at pos), run only where it may match."""
        return self.regex.match(text, pos) if self.possible(text) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """The pattern's sub, run only where it may match."""
        return self.regex.sub(repl, text) if self.possible(text) else text


def sieved(patterns: Sequence[re.Pattern[str]]) -> list[Sieve]:
    """Each pattern behind its quick test."""
    return [Sieve(p) for p in patterns]


def sieve(pattern: str, flags: int | re.RegexFlag = 0) -> Sieve:
    """re.compile(pattern, flags) behind its quick test."""
    return Sieve(re.compile(pattern, flags))
