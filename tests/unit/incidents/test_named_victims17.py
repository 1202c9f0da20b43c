"""Victims counted by a number and then named one by one ('injuring two crew members, the correspondent and the
cameraman') are the number, not the number plus the names, where the group names no trade or force; a list of
different groups is still added up
(realworld14's journalist-safety alerts, in-sample there; the other rows are other wordings of the class)."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import figures


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A grenade hit the crew's car, injuring two crew members, the correspondent and the cameraman.", None, 2),
        ("Gunmen fired on the car, killing two people, the driver and his son.", 2, None),
        ("A bomb killed three people, the mukhtar, his wife and their son.", 3, None),
        ("The blast wounded two staff members, the cook and his assistant.", None, 2),
        # negative rows: groups told apart are added up
        ("Gunmen fired on the car, killing two soldiers and the driver.", 3, None),
        ("The bomb killed two soldiers, a civilian and a policeman.", 4, None),
        ("Gunmen stormed a house, killing a man, his wife and two of their children.", 4, None),
        ("A bomb exploded, killing two policemen, the mukhtar and his son.", 4, None),  # a force's men, then others
    ],
)
def test_named_after_a_number(text: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)
