"""Sector words that general news needs (News Articles corpus, Dec 2016 - Mar 2017): heads of
mentions that came out with a country and no sector, or unresolved, because the sector lexicon
had no term for them. Makers and traders of a country are its businesses, poets and skiers its
civilians, scientists its educators; a regulator, a field's watchdog or a "Department of X" is
the state. Nouns that alone often name a state ("the world's largest oil producer") or a private
body ("a travel agency") give a sector only after a demonym."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-02-10"


def test_a_maker_named_by_its_country_is_a_business():
    parties = parties_by_text("The Japanese carmaker sued the supplier over faulty airbags.", DAY)
    assert (parties["Japanese carmaker"].country, parties["Japanese carmaker"].sector) == ("JPN", "BUS")


def test_a_poet_of_a_country_is_a_civilian():
    parties = parties_by_text("A Ukrainian poet condemned the arrests in Kiev.", DAY)
    assert (parties["Ukrainian poet"].country, parties["Ukrainian poet"].sector) == ("UKR", "CVL")


def test_counted_skiers_of_a_country_are_civilians_not_the_state():
    parties = parties_by_text("The federation suspended three Norwegian biathlon skiers for doping.", DAY)
    skiers = next(p for t, p in parties.items() if "skiers" in t)
    assert (skiers.country, skiers.sector) == ("NOR", "CVL")


def test_scientists_of_a_country_are_educators():
    parties = parties_by_text("Canadian marine scientists criticized the new fishing quotas.", DAY)
    scientists = next(p for t, p in parties.items() if "scientists" in t)
    assert (scientists.country, scientists.sector) == ("CAN", "EDU")


def test_a_watchdog_named_by_its_field_is_the_state():
    parties = parties_by_text("The Chinese banking watchdog accused three lenders of hiding losses.", DAY)
    watchdog = next(p for t, p in parties.items() if "watchdog" in t)
    assert (watchdog.country, watchdog.sector) == ("CHN", "GOV")


def test_a_rights_watchdog_stays_civil_society():
    # counter-example: a watchdog of rights is an NGO, not the state
    parties = parties_by_text("A Russian human rights watchdog condemned the arrests.", DAY)
    watchdog = next(p for t, p in parties.items() if "watchdog" in t)
    assert watchdog.sector == "SOC"


def test_producers_after_a_demonym_with_their_goods_are_businesses():
    parties = parties_by_text("Major Argentine beef producers denied bribing the inspectors.", DAY)
    producers = next(p for t, p in parties.items() if "producers" in t)
    assert (producers.country, producers.sector) == ("ARG", "BUS")


def test_policy_makers_are_no_business():
    # counter-example: "makers" gives a sector only after a demonym
    parties = parties_by_text("Policy makers criticized the central bank on Tuesday.", DAY)
    makers = next(p for t, p in parties.items() if "makers" in t)
    assert makers.sector != "BUS"


def test_an_agency_after_a_demonym_and_its_field_is_the_state():
    parties = parties_by_text("The Greek statistics agency accused the ministry of hiding the deficit.", DAY)
    agency = next(p for t, p in parties.items() if "agency" in t)
    assert (agency.country, agency.sector) == ("GRC", "GOV")


def test_a_department_of_its_field_is_the_state():
    parties = parties_by_text("The U.S. Department of Energy criticized the utility.", DAY)
    department = next(p for t, p in parties.items() if "Department" in t)
    assert (department.country, department.sector) == ("USA", "GOV")


def test_a_council_of_a_country_is_no_state_agency():
    # counter-example: "Council" is no agency head, so "the ... Council of Britain" stays private
    parties = parties_by_text("The Hindu Council of Britain criticized the government.", DAY)
    council = next(p for t, p in parties.items() if "Council" in t)
    assert council.sector != "GOV"
