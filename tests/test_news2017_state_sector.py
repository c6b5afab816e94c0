"""A state word's sector on general news (News Articles checks N18-N28, Dec 2016 - Mar 2017):
a demonym used as a noun for its state in a relation between states, two dashed demonyms before
a meeting or cooperation, and a demonym before an inquiry "into" a matter are the state's
government; a state that tests or deploys a weapon, that destroys a force's sites, or that an
armed offensive is waged against, is its military (eval/ACTORS.md, Conventions)."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-02-20"


def test_a_demonym_as_the_partner_of_a_cooperation_is_its_government():
    parties = parties_by_text("Manila hopes to reach a security cooperation with the Japanese, although talks continue.", DAY)
    assert (parties["Japanese"].country, parties["Japanese"].sector) == ("JPN", "GOV")


def test_a_demonym_as_a_side_between_states_is_its_government():
    parties = parties_by_text("Cooperation between Chinese and Malaysia in the naval field would build trust, officials said.", DAY)
    assert (parties["Chinese"].country, parties["Chinese"].sector) == ("CHN", "GOV")


def test_a_demonym_before_its_people_noun_stays_people():
    parties = parties_by_text("The university signed a cooperation with Chinese students on Monday.", DAY)
    assert all(p.sector != "GOV" for p in parties.values() if p.country == "CHN")


def test_two_dashed_demonyms_before_a_meeting_are_a_government():
    parties = parties_by_text("The second Turkish-Iranian \"high level\" meeting was held in Ankara last year.", DAY)
    party = next(p for p in parties.values() if p.country in ("TUR", "IRN"))
    assert party.sector == "GOV"


def test_a_demonym_before_an_inquiry_into_a_matter_is_its_government():
    parties = parties_by_text("Pyongyang rejected the Indonesian investigation into the killing of the diplomat.", DAY)
    assert (parties["Indonesian"].country, parties["Indonesian"].sector) == ("IDN", "GOV")


def test_a_demonym_before_an_inquiry_with_no_matter_is_left_alone():
    parties = parties_by_text("Democrats demanded more details of the Russian investigation on Monday.", DAY)
    assert all(p.sector != "GOV" for p in parties.values() if p.country == "RUS")


def test_headline_abbreviations_of_the_koreas_are_the_two_states():
    parties = parties_by_text("S Korea accuses N Korea of violating the deal.", DAY)
    assert (parties["S Korea"].country, parties["S Korea"].sector) == ("KOR", "GOV")
    assert parties["N Korea"].country == "PRK"


def test_a_states_missile_tests_are_its_military():
    parties = parties_by_text("Tokyo protested against North Korea's ballistic missile tests on Monday.", DAY)
    assert (parties["North Korea"].country, parties["North Korea"].sector) == ("PRK", "MIL")


def test_a_states_economic_tests_stay_the_state():
    parties = parties_by_text("Tokyo welcomed China's stress tests of its banks on Monday.", DAY)
    assert all(p.sector != "MIL" for p in parties.values() if p.country == "CHN")


def test_a_state_that_destroys_security_sites_is_its_military():
    parties = parties_by_text("After Israel destroyed the Palestinian police barracks in 2003, the officers rebuilt them, the commander said. Soldiers raided the town.", DAY)
    assert (parties["Israel"].country, parties["Israel"].sector) == ("ISR", "MIL")


def test_a_state_that_destroys_goods_stays_its_government():
    parties = parties_by_text("China destroyed tonnes of counterfeit goods last year, customs said.", DAY)
    assert all(p.sector != "MIL" for p in parties.values() if p.country == "CHN")


def test_the_regime_an_armed_offensive_is_against_is_its_army():
    parties = parties_by_text("Rebels in Syria said the factions should launch offensives against the regime before the talks in Astana.", DAY)
    assert parties["regime"].entity_id == "syrian_arab_army"


def test_the_regime_protests_are_against_stays_the_government():
    parties = parties_by_text("Crowds in Syria held rallies against the regime before the talks in Astana.", DAY)
    assert parties["regime"].entity_id == "syrian_government"


def test_a_demonym_sharing_a_people_noun_is_no_state():
    parties = parties_by_text("Thanks to cooperation between the Thai and the Lao police, the gang was caught.", DAY)
    assert all(p.sector != "GOV" for p in parties.values() if p.country == "THA")


def test_a_country_attacks_are_against_stays_the_state():
    parties = parties_by_text("Hamas militants have carried out suicide bombings against Israel since 1994, officials said.", DAY)
    assert parties["Israel"].sector != "MIL"


def test_the_regime_another_states_strikes_are_against_stays_the_government():
    parties = parties_by_text("The regime vowed to fight on in Syria despite threats of further French strikes against the regime.", DAY)
    assert parties["regime"].entity_id == "syrian_government"
