"""Rule extraction on one long input: seconds per size, and the growth from each size to the next.

    .venv/bin/python evals/bench_extract.py [--roundup] [KB ...]      (default 64 256 1024)

Two inputs, both one article of about KB kilobytes:
- dense (the default): one paragraph of the same three-sentence report repeated, every third sentence an attack with
  its toll (the worst case for the per-sentence figure, date and place work, and one incident of a thousand
  sentences);
- --roundup: a daily security round-up (a date heading, then short entries of one or two sentences, one entry in
  three an attack; places, victims, figures and weekdays drawn from fixed lists with a fixed seed), as long police
  logs and round-ups are: many incidents, most sentences no attack.

Linear work grows about as the size does (x4 from 256 to 1024 KB); quadratic work grows about as its square (x16).
Seconds are wall time: on a shared machine compare runs made one right after the other.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor

REPORT = (
    "On 3 May 2021 gunmen killed two farmers near Hawija, police said. The army sent reinforcements to the area. "
    "Residents said the attackers fled towards the hills. "
)

_PLACES = (
    "Baghdad",
    "Hawija",
    "Tuz Khurmatu",
    "Muqdadiya",
    "Baquba",
    "Tarmiyah",
    "Samarra",
    "Tikrit",
    "Kirkuk",
    "Mosul",
    "Fallujah",
    "Ramadi",
    "Khanaqin",
    "Jalawla",
    "Makhmour",
    "Sinjar",
    "Balad",
    "Dujail",
    "Rutba",
    "Qaim",
    "Basra",
    "Karbala",
    "Hilla",
    "Daquq",
    "Shirqat",
    "Baiji",
    "Abu Ghraib",
    "Taji",
    "Jurf al-Sakhar",
)
_VICTIMS = (
    "farmers",
    "policemen",
    "soldiers",
    "civilians",
    "shepherds",
    "PMF fighters",
    "Peshmerga fighters",
    "members of a family",
    "truck drivers",
    "tribal fighters",
)
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "10", "12", "15")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January February March April May June July August September October November December").split()
_ATTACKS = (
    "Gunmen killed {n} {v} near {p} on {wd}, police said.",
    "A roadside bomb exploded near a patrol in {p}, wounding {n} {v}.",
    "An IED blast killed {n} {v} and wounded {m} others in {p} late on {wd}.",
    "Islamic State militants attacked a checkpoint north of {p}, killing {n} {v}, a security source said.",
    "Two mortar rounds fell on a village near {p} on {d} {mo}, injuring {n} {v}.",
    "A sniper shot dead a policeman in {p}.",
    "A suicide bomber blew himself up at a market in {p}, killing {n} people and wounding {m}.",
    "Unknown gunmen kidnapped {n} {v} on the road between {p} and {q}.",
)
_OTHER = (
    "Security forces arrested {n} suspects wanted on terrorism charges in {p}.",
    "The army found a weapons cache in an orchard near {p}.",
    "The provincial council of {p} met to discuss reconstruction projects.",
    "Police in {p} said the road to {q} was reopened after repairs.",
    "A traffic accident on the highway near {p} injured {n} people.",
    "Residents of {p} complained about power cuts during the heat.",
    "The governor visited {p} and promised new schools.",
    "Engineers defused an old shell found near {p}.",
    "Farmers in {p} began the wheat harvest on {wd}.",
    "The ministry said the situation in {p} was stable.",
)


def dense(size: int) -> str:
    """The repeated report, about `size` characters."""
    return "Report\n\n" + REPORT * (size // len(REPORT))


def roundup(size: int, seed: int = 7) -> str:
    """A security round-up of about `size` characters: day headings, then entries, one in three an attack."""
    rnd = random.Random(seed)
    out, total, day = ["Iraq security round-up\n"], 0, 0
    while total < size:
        day += 1
        lines = [f"\n{_WEEKDAYS[day % 7]} {1 + day % 28} {_MONTHS[(day // 28) % 12]} 2021\n"]
        for _ in range(rnd.randint(3, 8)):
            pool = _ATTACKS if rnd.random() < 0.3 else _OTHER
            fields = {
                "n": rnd.choice(_NUMBERS),
                "m": rnd.choice(_NUMBERS),
                "v": rnd.choice(_VICTIMS),
                "p": rnd.choice(_PLACES),
                "q": rnd.choice(_PLACES),
                "wd": rnd.choice(_WEEKDAYS),
                "d": rnd.randint(1, 28),
                "mo": rnd.choice(_MONTHS),
            }
            entry = rnd.choice(pool).format(**fields)
            if rnd.random() < 0.5:
                entry += " " + rnd.choice(_OTHER).format(**fields)
            lines.append(f"\n{fields['p']}: {entry}\n")
        out += lines
        total += sum(map(len, lines))
    return "".join(out)


def seconds(kb: int, make: Callable[[int], str] = dense) -> tuple[float, int]:
    """Time to extract the records of one article of about `kb` kilobytes, and how many records."""
    article = to_article(RawRecord(source=f"long-{kb}.txt", text=make(kb * 1024), published="2021-05-04"))
    started = time.perf_counter()
    records = RuleExtractor().extract(article)
    return time.perf_counter() - started, len(records)


def main(argv: list[str]) -> None:
    """Print the table."""
    make = roundup if "--roundup" in argv else dense
    sizes = [int(a) for a in argv if a != "--roundup"] or [64, 256, 1024]
    print(f"{make.__name__} input\n")
    print("| KB | seconds | records | growth vs previous size (size ratio) |\n|---|---|---|---|")
    previous: tuple[int, float] | None = None
    for kb in sizes:
        s, n = seconds(kb, make)
        growth = f"x{s / previous[1]:.1f} (x{kb / previous[0]:.0f})" if previous else "-"
        print(f"| {kb} | {s:.2f} | {n} | {growth} |")
        previous = (kb, s)


if __name__ == "__main__":
    main(sys.argv[1:])
