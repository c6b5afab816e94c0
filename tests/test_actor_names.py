"""Names that mean another body than the alias they contain: a predecessor's name after it had
become its successor, an alias that only opens a longer Arabic name, and a place named after a
party."""

from __future__ import annotations

from party_support import parties_by_text as _parties

from polybius.resolve.actors import explain


def test_a_predecessors_name_after_it_became_its_successor_is_the_successor():
    # the name was cut at "and": "Islamic State of Iraq" is aqi's name, which had become isis in April 2013
    parties = _parties("Militants of the Islamic State of Iraq and the Levant (ISIL) stormed the town last week. "
                       "Since then the group has attacked the army in the north.", published="2014-08-20")
    assert parties["group"].entity_id == "isis"


def test_a_predecessors_name_before_the_succession_stays_the_predecessor():
    parties = _parties("The Islamic State of Iraq claimed the car bombing that killed 12 people in Baghdad.", published="2008-03-02")
    assert parties["Islamic State of Iraq"].entity_id == "aqi"
    later = _parties("The Islamic State of Iraq claimed the car bombing that killed 12 people in Baghdad.", published="2015-03-02")
    assert later["Islamic State of Iraq"].entity_id == "isis"


def test_lookup_says_which_body_the_name_had_become():
    assert explain("Ansar Bait al-Maqdis", day="2014-06-01")["entity_id"] == "ansar_bait_al_maqdis"
    became = explain("Ansar Bait al-Maqdis", day="2015-06-01")
    assert became["entity_id"] == "is_sinai" and "had become is_sinai" in str(became["why"])


def test_an_alias_that_opens_a_longer_arabic_name_is_not_the_body():
    # "Badr" is an alias of the Iraqi Badr Organization; "al-Din Hamdan" goes on with a man's name
    institute = next(p for text, p in _parties("Two shells hit the Badr al-Din Hamdan vocational institute in Homs.").items()
                     if text.startswith("Badr al-Din"))
    assert institute.entity_id is None


def test_an_alias_followed_by_its_own_fighters_stays_the_body():
    assert _parties("Badr fighters attacked the town of Amerli.")["Badr fighters"].entity_id == "badr_organization"
    # a particle joined to a known name: the longer name is another body the base knows
    assert _parties("Hezbollah al-Nujaba fighters attacked the town.")["Hezbollah al-Nujaba fighters"].entity_id == "nujaba"


def test_a_checkpoint_named_by_an_arabic_word_that_a_party_shares_is_a_place():
    parties = _parties("A roadside bomb struck al-Mustaqbal checkpoint outside Homs.")
    checkpoint = parties["al-Mustaqbal checkpoint"]
    assert checkpoint.entity_id is None and checkpoint.sector is None


def test_a_partys_checkpoint_by_its_acronym_stays_the_party():
    assert _parties("Gunmen attacked a PYD checkpoint near Qamishli.")["PYD checkpoint"].entity_id == "pyd"


def test_a_hospital_named_after_a_party_or_a_charity_is_a_place():
    # `polybius actors lookup` reads the words alone: a building after an unarmed body's name
    assert explain("the Future Movement hospital")["entity_id"] is None
    assert explain("MSF hospital")["entity_id"] is None
    assert explain("Future Movement officials")["entity_id"] == "future_movement"


def test_a_name_after_anti_is_the_enemy_not_the_actor():
    # "anti-Taliban" says whom the fighters fight: never the Taliban themselves
    parties = _parties("Local anti-Taliban militiamen attacked the caves near Jalalabad.", published="2001-12-10")
    fighters = next(p for text, p in parties.items() if "anti-Taliban" in text)
    assert fighters.entity_id != "taliban"
    # the name alone, or as the head, stays the group
    assert _parties("Taliban fighters attacked the caves near Jalalabad.", published="2001-12-10")["Taliban fighters"].entity_id == "taliban"


def test_a_country_word_after_anti_is_the_target_not_the_actor():
    assert explain("anti-American protesters")["country"] != "USA"
    assert explain("anti - American protesters")["country"] != "USA"


def test_a_body_that_a_person_owns_is_the_body():
    # the longest name is the man's, but the head is the group he leads
    parties = _parties("Police said Ayman al-Zawahiri's al-Qaeda network was planning new attacks in Europe.", published="2012-05-01")
    network = next(p for text, p in parties.items() if "network" in text)
    assert network.entity_id == "alqaeda"
    # a person alone before a sector word keeps the rules of persons: "Assad's forces" are his army
    assert explain("Assad's forces", day="2016-05-01")["entity_id"] == "syrian_arab_army"


def test_a_title_in_capitals_after_a_title_is_no_persons_name():
    # "Defence Secretary" is the rest of the title, not a man: a deputy defence secretary is MIL, not an MP
    parties = _parties("Deputy Defence Secretary John Smith met commanders to discuss the campaign.", published="2002-01-10")
    official = next(p for text, p in parties.items() if "John Smith" in text)
    assert official.sector == "MIL"
    assert explain("Deputy Foreign Minister")["sector"] == "GOV"
    assert explain("Russian Deputy Foreign Minister Ivan Petrov")["sector"] == "GOV"


def test_a_country_named_by_several_words_is_that_country():
    # word by word, "Korea" was South Korea and "Islands" Iceland
    parties = _parties("The Sri Lanka army shelled rebel positions near Jaffna.", published="2001-12-10")
    assert parties["Sri Lanka army"].country == "LKA"
    assert explain("North Korea army")["country"] == "PRK"
    assert explain("the newly-elected Solomon Islands Parliament")["country"] == "SLB"
    assert explain("Island police")["country"] is None  # no island is Iceland
    # an adjective still wins over a country's name ("Syrian forces in North Korea" are Syria's)
    assert explain("Syrian forces in North Korea")["country"] == "SYR"


def test_another_states_demonym_before_a_state_bodys_name_is_that_states_body():
    # "Federal Police" is an alias of Iraq's; "Australian" says whose police these are
    parties = _parties("The suspect was arrested by the Australian Federal Police in Sydney.", published="2002-01-10")
    police = parties["Australian Federal Police"]
    assert police.entity_id != "iraqi_federal_police" and police.country == "AUS" and police.sector == "COP"
    assert explain("Iraqi Federal Police")["entity_id"] == "iraqi_federal_police"
    # a name that says its own state lists two states' forces ("Syrian Russian jets" of a headline)
    assert explain("Syrian Russian jets", day="2016-11-16")["entity_id"] == "russian_aerospace_forces"


def test_words_of_civil_life_are_not_read_as_the_force_their_head_names():
    # Lee corpus checks (ABC news 2001-02): each was read from its head noun's sector
    parties = _parties("Airline pilots and the Police Federation criticised the royal commissioner over the inquiry.")
    assert parties["Airline pilots"].sector == "CVL"  # a crew of a civilian aircraft, no airmen
    assert parties["Police Federation"].sector == "LAB"  # a union of police officers bargains for them
    assert parties["royal commissioner"].sector == "GOV"  # a public inquiry the state appoints
    # a pilot of a war plane stays military
    assert _parties("The army said two pilots bombed the rebel base.")["two pilots"].sector == "MIL"


def test_a_shadow_minister_is_the_opposition():
    assert _parties("The shadow defence minister criticised the budget.")["shadow defence minister"].sector == "OPP"
    assert _parties("The defence minister criticised the budget.")["defence minister"].sector in ("GOV", "MIL")


def test_a_hijacked_or_passenger_plane_is_flown_by_no_force():
    parties = _parties("Two hijacked planes hit the towers in New York.")
    assert parties["Two hijacked planes"].sector is None and parties["Two hijacked planes"].country is None
    # a war plane with no owner word stays a force's
    assert _parties("Warplanes hit the towers in Aleppo, Syria.")["Warplanes"].sector == "MIL"


def test_a_country_word_in_lower_case_names_no_country():
    # Lee check L9 n 6: "a telephone pole" was Poland; a capital makes a demonym or a country's name
    parties = _parties("The car hit a telephone pole in Perth, killing the driver.")
    assert parties["telephone pole"].country is None
    assert _parties("Two Poles were killed in the crash in Perth.")["Two Poles"].country == "POL"


def test_a_colonial_name_that_a_city_now_bears_is_no_country():
    # Lee check L9 n 10: "a Gold Coast teenager" (Queensland) was the Government of Ghana
    parties = _parties("Police said a man stabbed a Gold Coast teenager to death in 1998.")
    assert all(p.country != "GHA" for p in parties.values())
