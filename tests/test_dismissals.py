"""Firing or sacking someone from a post is no attack (cues.yaml ``dismissal_triggers``,
``dismissal_objects``; fifteenth session: "President Jacob Zuma fired Pravin Gordhan" was coded
an ASSAULT). Weapons are still fired, and people still fired at. Paraphrased sentences through
the real pipeline."""
from __future__ import annotations

import pytest

import polybius


def _types(text: str) -> list[str]:
    return [e.event_type for e in polybius.extract(text, published="2017-04-01")]


@pytest.mark.parametrize("text", [
    "The president fired his finance minister on Thursday night.",
    "Prime Minister Ana Lopez fired Carlos Mendes after the scandal.",
    "The national security adviser was fired by the president in February.",
    "The club sacked its coach after the defeat.",
    "The president dismissed the police chief over the killings.",
])
def test_a_person_fired_from_a_post_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text)
    assert "REJECT" not in _types(text)


@pytest.mark.parametrize("text", [
    "Troops fired rockets at the village overnight.",
    "Gunmen fired on a police checkpoint near the border.",
    "Soldiers fired at the protesters, killing three.",
])
def test_weapons_fired_are_still_an_attack(text: str) -> None:
    assert "ASSAULT" in _types(text)


def test_claims_dismissed_are_still_rejected() -> None:
    assert "REJECT" in _types("The ministry dismissed the claims as baseless.")
