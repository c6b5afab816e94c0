"""Sectors of units, party rebels and parts of a department on general news (News Articles
checks N1-N20, Dec 2016 - Mar 2017): a state's air or naval unit named by its kind is its
military (an air unit its air force); "rebels" named by a party or a legislature are lawmakers
who defy the whip, never armed rebels; a division or bureau of a civil department is the
department, not the army that "division" as a formation would say; "Gulen members" are the
movement, not the cleric."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-01-20"


def _party(text: str, mention: str):
    return parties_by_text(text, DAY)[mention]


def test_a_states_air_task_force_is_its_air_force():
    text = "Syrian soldiers backed by the Russian air task force pushed militants out of two villages east of Homs."
    party = _party(text, "Russian air task force")
    assert (party.entity_id, party.country, party.sector) == ("russian_aerospace_forces", "RUS", "MIL")


def test_a_states_naval_task_force_is_its_military():
    text = "Russia's naval task force launched cruise missiles at militant targets in Idlib province."
    party = _party(text, "Russia's naval task force")
    assert (party.country, party.sector) == ("RUS", "MIL")


def test_a_bare_task_force_is_no_military():
    # a task force of a police agency is the agency's, not an army's
    text = "An FBI task force arrested three men in Ohio on Tuesday."
    party = _party(text, "FBI task force")
    assert party.sector != "MIL"


def test_rebels_of_a_party_are_its_lawmakers():
    text = "Thirty Labour rebels defied the party whip in the Commons vote on Wednesday."
    assert _party(text, "Thirty Labour rebels").sector == "LEG"


def test_rebel_mps_are_lawmakers():
    text = "Rebel MPs defied the party leadership in a late-night vote in London."
    assert _party(text, "Rebel MPs").sector == "LEG"


def test_armed_rebels_stay_rebels():
    # counter-example: no party word, and a named armed group
    text = "Rebels shelled army positions near Hama, and Houthi rebels attacked Saudi border posts."
    parties = parties_by_text(text, DAY)
    assert parties["Rebels"].sector == "REB"
    assert parties["Houthi rebels"].entity_id == "houthis"


def test_a_division_of_a_civil_department_is_the_department():
    text = "The Justice Department's Civil Rights Division opened an inquiry into the police shooting in Chicago."
    party = _party(text, "Justice Department's Civil Rights Division")
    assert (party.entity_id, party.country, party.sector) == ("us_doj", "USA", "GOV")


def test_a_division_of_the_regime_stays_military():
    # counter-example: no department word before the formation
    text = "The Syrian regime's division attacked rebel positions near Hama on Monday."
    assert _party(text, "Syrian regime's division").sector == "MIL"


def test_gulen_members_are_his_movement():
    text = "Turkish prosecutors detained dozens of alleged Gulen members in Ankara on Tuesday."
    assert _party(text, "alleged Gulen members").entity_id == "gulen_movement"
