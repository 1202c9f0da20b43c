"""First come, first served turns at one language model for the requests of many users, each with its place in line.

The app answers record questions (by code) for several users at once; only the model's own work waits in this line,
so a listing is never held up behind another user's open question. A waiter that gives up (the browser tab closed)
leaves the line without holding up the ones behind it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Turns:
    """Tickets for one model: `line()` waits for a ticket's turn, telling how many are still ahead of it."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._issued = 0  # next ticket to hand out
        self._serving = 0  # the ticket whose turn it is
        self._gone: set[int] = set()  # tickets released before their turn came

    @property
    def waiting(self) -> int:
        """Requests holding or waiting for a turn."""
        with self._cond:
            return self._issued - self._serving - len(self._gone)

    def _release(self, ticket: int) -> None:
        with self._cond:
            if ticket == self._serving:
                self._serving += 1
                while self._serving in self._gone:  # skip those who left while in line
                    self._gone.discard(self._serving)
                    self._serving += 1
                self._cond.notify_all()
            else:
                self._gone.add(ticket)

    @contextmanager
    def line(self, poll_s: float = 1.0) -> Iterator[Iterator[int]]:
        """Join the line; the context's value yields the number ahead, on every change and at least every poll_s,
        and ends at our turn. The regular yields matter: a generator blocked inside a wait cannot be closed, while one
        paused at a yield can, so a request whose user has gone leaves the line within poll_s.

        The turn is held until the context exits (normally, by an error, or by the consumer closing the stream).
        """
        with self._cond:
            ticket = self._issued
            self._issued += 1

        def ahead() -> Iterator[int]:
            while True:
                with self._cond:
                    n = ticket - self._serving - sum(1 for t in self._gone if t < ticket)
                if n <= 0:
                    return
                yield n
                with self._cond:
                    if ticket - self._serving - sum(1 for t in self._gone if t < ticket) == n:
                        self._cond.wait(poll_s)  # woken early when someone ahead is done or leaves

        try:
            yield ahead()
        finally:
            self._release(ticket)
