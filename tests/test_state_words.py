"""A state word that acts by arms is its state's military (eval/ACTORS.md): the subject of
fighting, attacking, taking ground or killing; the agent of killing; the owner of a military
action the parser misreads; a conjunct ally of a military agent. The government itself acts by
word and by law."""

from __future__ import annotations

from party_support import parties_by_text as _parties

_STORY = "Syrian rebels fought government troops in Syria on Monday. "


def _sides(text: str, words: str) -> tuple[str | None, str | None, str | None]:
    party = _parties(_STORY + text)[words]
    return party.entity_id, party.country, party.sector


def test_a_state_word_that_fights_is_the_army() -> None:
    # twenty-first blind check n 65: "The regime is fighting to push rebels out"
    assert _sides("The regime has been fighting to drive the rebels out of three districts of Homs.", "regime") \
        == ("syrian_arab_army", "SYR", "MIL")


def test_a_state_word_that_attacks_a_place_is_the_army() -> None:
    # twenty-sixth blind check n 27: "The regime is intensively attacking rural areas"
    assert _sides("The regime is heavily attacking villages in the Hama countryside, activists said.", "regime")[2] == "MIL"


def test_a_state_word_that_tries_to_seize_a_town_is_the_army() -> None:
    # twenty-eighth blind check n 97: "has been attempting to seize Al Maleh"
    assert _sides("The government has been trying to capture the town of Daraya for three years.", "government") \
        == ("syrian_arab_army", "SYR", "MIL")


def test_a_country_that_occupies_land_is_its_military() -> None:
    # twenty-seventh blind check n 30: "Israel occupied the Golan Heights"
    party = _parties("Israel seized the Golan Heights from Syria in the 1967 war.")["Israel"]
    assert (party.country, party.sector) == ("ISR", "MIL")


def test_the_agent_of_killing_is_the_army() -> None:
    # twenty-second check n 70, twenty-sixth n 44: "killed in the war mostly by the regime"
    assert _sides("Monitors say most of the civilians were killed by the regime during the conflict.", "regime") \
        == ("syrian_arab_army", "SYR", "MIL")


def test_barrel_bomb_attacks_carried_out_are_the_air_force() -> None:
    # twenty-seventh blind check n 63: "The government also carried out renewed barrel bomb attacks"
    assert _sides("The government again carried out barrel bomb attacks on rebel-held districts of Aleppo.", "government") \
        == ("syrian_air_force", "SYR", "MIL")


def test_a_state_word_before_airstrikes_read_as_a_verb_is_the_air_force() -> None:
    # twenty-sixth check n 7 ("killed by Syrian regime airstrikes"), twenty-seventh n 27 ("three regime airstrikes")
    assert _sides("At least 15 civilians were killed by Syrian regime airstrikes on the outskirts of Homs on Sunday.",
                  "Syrian regime") == ("syrian_air_force", "SYR", "MIL")


def test_war_crimes_of_a_demonym_are_its_forces() -> None:
    # twenty-fifth blind check n 82: "possible Russian war crimes" in a bombing story
    party = _parties("Heavy bombing of Aleppo went on as lawmakers asked whether to look into alleged Russian war crimes in Syria.")["Russian"]
    assert (party.country, party.sector) == ("RUS", "MIL")


def test_bombers_of_a_state_are_its_air_force() -> None:
    # seventh blind check n 49: "Russias military said six long-range Tu-22M3 bombers ... carried out strikes"
    parties = _parties("Russias defence ministry said four long-range Tu-22M3 bombers that flew from Russia carried out strikes on IS near Palmyra.")
    bombers = next(p for text, p in parties.items() if text.endswith("bombers"))
    assert bombers.entity_id == "russian_aerospace_forces"


def test_the_government_that_speaks_or_agrees_stays_the_government() -> None:
    # ACTORS.md: "The government itself acts by word and by law"
    assert _sides("The government agreed to a ceasefire with the rebels in Aleppo.", "government")[2] == "GOV"
    assert _sides("The regime denied that it had killed any civilians.", "regime")[2] == "GOV"
    assert _sides("The government accused the rebels of shelling the town.", "government")[2] == "GOV"
    # fighting what is no armed foe is no act of arms
    assert _sides("The government fought back against the sanctions imposed by the European Union.", "government")[2] == "GOV"


def test_a_leader_who_attacks_attacks_by_words() -> None:
    # a title is no state word of arms: "US presidents have rarely attacked their predecessors" (FA-KES store review)
    party = _parties("US presidents have seldom attacked their predecessors so harshly over chemical weapons attacks.")["US presidents"]
    assert party.sector == "GOV"


def test_the_opposition_that_kills_is_armed() -> None:
    # whoever is the agent of killing in war fights: "killed by opposition shelling" is armed opposition (ACTORS.md)
    assert _sides("The toll includes 40 people killed by opposition shelling of government-held districts of Aleppo.",
                  "opposition")[2] == "REB"
