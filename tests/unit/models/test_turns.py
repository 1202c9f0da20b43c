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
                for n in ahead:
                    if not seen or seen[-1] != n:  # told again every poll; the changes are what matter here
                        seen.append(n)
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


def test_a_stream_closed_while_waiting_leaves_the_line() -> None:
    """A question's stream waiting in line is closed (the user went away, as Gradio closes it): its place is given
    up within a poll, and the one behind it is no longer told it waits for it."""
    turns = Turns()

    def stream():  # the shape of Desk.ask_stream: waits in line, telling its place
        with turns.line(poll_s=0.02) as ahead:
            for n in ahead:
                yield int(n)  # as Desk.ask_stream wraps each in a ModelWait
            yield "answer"

    holder = turns.line()
    holder.__enter__()
    gone = stream()
    assert next(gone) == 1
    behind = stream()
    results: list = []
    threading.Thread(target=lambda: results.extend(behind), daemon=True).start()
    while turns.waiting < 3:
        time.sleep(0.001)

    def close(gen) -> None:  # as Gradio does: a generator paused at a yield closes; one inside next() cannot
        deadline = time.time() + 2
        while True:
            try:
                gen.close()
                return
            except ValueError:
                assert time.time() < deadline, "the stream never paused at a yield"
                time.sleep(0.005)

    threading.Thread(target=lambda: [next(gone, None) for _ in range(3)], daemon=True).start()
    close(gone)
    assert turns.waiting == 2  # the holder and the one behind
    deadline = time.time() + 2
    while results[-1:] != [1] and time.time() < deadline:
        time.sleep(0.01)
    assert results[-1:] == [1]  # now only the holder is ahead of it
    holder.__exit__(None, None, None)
    deadline = time.time() + 2
    while "answer" not in results and time.time() < deadline:
        time.sleep(0.01)
    assert results[-1] == "answer"
