"""Attack types the eighth blind set's classes showed missing (new wordings, none copied from the set)."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import attack_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a charge or device with no 'bomb' / 'IED' word, and sabotage of a structure
        ("An explosive charge brought down pylon 12 west of Haditha; no one was hurt.", "ied"),
        ("Two explosive charges damaged the gate of a shrine in Tuz.", "ied"),
        ("An improvised device went off beside a kiosk in Kirkuk, injuring a vendor.", "ied"),
        ("Unknown saboteurs blew up a transmission tower near Baiji overnight.", "ied"),
        ("Militants blew up two power pylons south of Kirkuk.", "ied"),
        # a mortar's bomb is the mortar's
        ("Three mortar bombs landed inside an army camp near Tarmiyah.", "mortar_rocket"),
        # fire on people or property, no weapon named
        ("Masked men fired at the home of a journalist in Basra.", "shooting"),
        ("Guards opened live fire on a crowd outside the provincial building.", "shooting"),
        ("Unknown men fired on a cafe in Amarah, wounding a waiter.", "shooting"),
        # a weapon named before the fire keeps its type
        ("Militants fired rockets at the airport.", "mortar_rocket"),
    ],
)
def test_attack_type_wordings(text: str, kind: str) -> None:
    """Class: an explosive charge, an improvised device or saboteurs blowing up a tower are bombings; a mortar bomb is
    mortar fire; firing at a house or a crowd with no weapon named is a shooting."""
    assert attack_type(text) == kind
