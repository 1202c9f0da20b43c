"""Turns at the model: first come first served, each waiter told how many are ahead, leavers hold no one up."""

from __future__ import annotations

import threading
import time

from assistant.models.turns import Turns


def _queue_behind(turns: Turns, n: int) -> list[threading.Event]:
    """n holders in line after the current one; each waits for its turn, then holds it until its event is set."""
    releases = []
    for _ in range(n):
        go = threading.Event()
        releases.append(go)

        def hold(go: threading.Event = go) -> None:
            with turns.line(poll_s=0.01) as ahead:
                for _ in ahead:
                    pass
                go.wait(5)

        threading.Thread(target=hold, daemon=True).start()
        while turns.waiting < len(releases) + 1:  # the line grows in the order the threads were started
            time.sleep(0.001)
    return releases


def test_a_lone_request_has_its_turn_at_once() -> None:
    turns = Turns()
    with turns.line() as ahead:
        assert list(ahead) == []
    assert turns.waiting == 0


def test_waiters_are_told_their_place_and_served_in_order() -> None:
    turns = Turns()
    served: list[str] = []
    with turns.line() as first:
        assert list(first) == []
        releases = _queue_behind(turns, 2)
        seen: list[int] = []
        done = threading.Event()

        def last() -> None:
            with turns.line(poll_s=0.01) as ahead:
                seen.extend(ahead)
                served.append("last")
            done.set()

        threading.Thread(target=last, daemon=True).start()
        while turns.waiting < 4:
            time.sleep(0.001)
        time.sleep(0.05)
        assert seen == [3]  # the holder and the two waiting before it
    for go in releases:
        time.sleep(0.05)
        go.set()
    assert done.wait(5)
    assert seen == [3, 2, 1] and served == ["last"] and turns.waiting == 0


def test_one_who_leaves_the_line_holds_no_one_up() -> None:
    turns = Turns()
    holder = turns.line()
    holder.__enter__()
    leaver = turns.line()
    leaver_ahead = leaver.__enter__()
    assert next(leaver_ahead) == 1
    got_turn = threading.Event()

    def behind() -> None:
        with turns.line(poll_s=0.01) as ahead:
            for _ in ahead:
                pass
            got_turn.set()

    threading.Thread(target=behind, daemon=True).start()
    while turns.waiting < 3:
        time.sleep(0.001)
    leaver.__exit__(None, None, None)  # the browser tab closed while in line
    holder.__exit__(None, None, None)
    assert got_turn.wait(5)
    assert turns.waiting == 0
