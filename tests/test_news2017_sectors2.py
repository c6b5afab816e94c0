"""Mentions with a country and no sector on general news (News Articles checks N1-N12,
Dec 2016 - Mar 2017): a demonym before a noun of no sector of its own ("agents",
"commander", "neighbours", "products"), people named by the state of their passport
("nationals"), a plural demonym of two words ("North Koreans"), an unknown agency of a state
("the US National Weather Service"), and what a state runs or wages ("a Russian campaign",
"Iran's missile programme", "German-Namibian talks")."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-02-20"


def _cs(parties, text):
    party = parties[text]
    return party.country, party.sector


def test_state_agents_are_its_spies_but_chemical_agents_are_no_one():
    parties = parties_by_text("Seoul says North Korean agents killed the exile at the airport.", DAY)
    assert _cs(parties, "North Korean agents") == ("PRK", "SPY")
    parties = parties_by_text("Chemical agents killed dozens of villagers in the attack.", DAY)
    assert all(p.sector != "SPY" for p in parties.values())


def test_nationals_of_a_state_are_its_civilians():
    parties = parties_by_text("Iranian nationals were refused entry to the United States on Monday.", DAY)
    assert _cs(parties, "Iranian nationals") == ("IRN", "CVL")


def test_a_plural_demonym_of_two_words_is_the_countrys_people():
    parties = parties_by_text("Malaysia barred North Koreans from leaving the country on Tuesday.", DAY)
    assert _cs(parties, "North Koreans") == ("PRK", "CVL")


def test_a_commander_after_a_demonym_is_the_states_military_but_a_groups_commander_is_not():
    parties = parties_by_text("The top American commander met the Iraqi president in Baghdad.", DAY)
    assert _cs(parties, "top American commander") == ("USA", "MIL")
    parties = parties_by_text("The group's commander was killed in an airstrike.", DAY)
    assert parties["group's commander"].sector != "MIL"


def test_neighbours_after_a_demonym_are_people_but_a_countrys_neighbours_are_not():
    parties = parties_by_text("My Dutch neighbours criticized the refugee family next door.", DAY)
    assert _cs(parties, "My Dutch neighbours") == ("NLD", "CVL")
    parties = parties_by_text("Syria's neighbours criticized the rebels.", DAY)
    assert all(p.sector != "CVL" for p in parties.values() if p.country == "SYR")


def test_buyers_and_products_of_a_state_are_its_businesses():
    parties = parties_by_text("The solar startup signed major deals with Chinese and Dutch buyers in January.", DAY)
    assert _cs(parties, "Chinese") == ("CHN", "BUS")
    parties = parties_by_text("Students called for boycotting Israeli consumer products.", DAY)
    assert _cs(parties, "Israeli consumer products") == ("ISR", "BUS")


def test_an_unknown_agency_of_a_state_is_its_government_under_its_own_name():
    parties = parties_by_text("The US National Avalanche Service issued storm warnings for five states.", DAY)
    party = parties["US National Avalanche Service"]
    assert (party.country, party.sector, party.entity_id) == ("USA", "GOV", None)
    parties = parties_by_text("The projects are funded by Science Foundation Ireland.", DAY)
    assert _cs(parties, "Science Foundation Ireland") == ("IRL", "GOV")


def test_a_private_foundation_with_a_demonym_is_not_a_state_agency():
    parties = parties_by_text("The Russian Peace Foundation met the minister on Monday.", DAY)
    assert parties["Russian Peace Foundation"].sector != "GOV"


def test_a_states_programme_is_its_government_but_a_language_programme_is_no_states():
    parties = parties_by_text("What is new about the German-language program offered by DW?", DAY)
    assert parties["German-language"].sector is None
    parties = parties_by_text("Washington sanctioned firms that support Iran's ballistic missile programme.", DAY)
    assert _cs(parties, "Iran's ballistic missile programme") == ("IRN", "GOV")


def test_two_dashed_demonyms_before_talks_are_the_governments():
    parties = parties_by_text("Tribal chiefs want a court to include them in German-Namibian talks.", DAY)
    assert _cs(parties, "German-Namibian") == ("DEU", "GOV")
