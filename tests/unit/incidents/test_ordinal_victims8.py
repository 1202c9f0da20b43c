"""An ordinal victim ('a seventh soldier died') in the eighth blind set's wordings (new wordings, not the set's)."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import figures


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # the ordinal counts the casualties told just before as wounded: one death, the wounded stand
        ("Five policemen were hurt and a sixth policeman later died in hospital.", 1, 5),
        ("Three people were wounded, and a fourth victim died on the way to hospital.", 1, 3),
        ("Doctors put the injured at eight and said a ninth man had died of his burns.", 1, 8),
        # the ordinal counts the dead: a toll
        ("The bomb killed six; a seventh victim died later and nine were wounded.", 7, 9),
        ("A third soldier later succumbed to his injuries.", 3, None),
        ("The blast wounded five people; a second victim died later.", 2, 5),
    ],
)
def test_ordinal_victim(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: 'a seventh soldier died' after six wounded adds one death; after deaths, or alone, it is the toll."""
    k, w = figures(text)
    assert (k.low if k else None, w.low if w else None) == (killed, wounded)
