"""Perpetrators the eighth blind set's classes showed missing (new wordings, none copied from the set)."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import perpetrator_of


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Security forces opened live fire on marchers in Kut, killing four.", "security forces"),
        ("Riot police opened heavy fire on the sit-in in Diwaniyah.", "security forces"),
        ("Security forces guarding the provincial council in Basra fired on the crowd.", "security forces"),
        ("Security forces stationed at the bridge shot two protesters.", "security forces"),
        ("Shelling from Turkey hit a farm near Kani Masi.", "Turkey"),
        ("Artillery fire from Turkish positions struck the outskirts of Batifa.", "Turkey"),
        ("Rockets from Turkish territory landed near Sheladze.", "Turkey"),
        # the forces come after the attack, not doing it
        ("Security forces arrived after gunmen fired on a checkpoint in Kirkuk.", None),
        ("Security forces were deployed after the shelling.", None),
    ],
)
def test_perpetrator_wordings(text: str, actor: str | None) -> None:
    """Class: security forces firing with a word between ('opened live fire', 'guarding the consulate ... fired on')
    and fire 'from Turkey' / 'from Turkish positions' name the attacker."""
    assert perpetrator_of(text) == actor
