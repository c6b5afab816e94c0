"""Groups that are not of the story's country (News Articles checks N5-N10, Dec 2016 - Mar 2017):
envoys of several states, bare plural governments, a state's partners and the people a state
keeps out have no country; a mention's own "in <place>" phrase abroad gives that place's country."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-03"

RUSSIA = ("The Russian envoy met the senator in Moscow. Russian officials in Moscow said the talks were useful. "
          "Russia said more talks would follow. ")


def test_other_ambassadors_beside_one_states_are_of_several_states():
    text = RUSSIA + "The senator also met several other ambassadors in his office last summer."
    party = parties_by_text(text, DAY)["several other ambassadors"]
    assert (party.country, party.sector, party.entity_id) == (None, "GOV", None)


def test_foreign_ambassadors_are_of_several_states():
    text = RUSSIA + "The senator listed 30 meetings with foreign ambassadors."
    party = parties_by_text(text, DAY)["foreign ambassadors"]
    assert (party.country, party.sector) == (None, "GOV")


def test_a_states_own_ambassadors_keep_its_country():
    # counter-example: a country word of their own says whose ambassadors they are
    text = RUSSIA + "Russian ambassadors met the senator last summer."
    party = parties_by_text(text, DAY)["Russian ambassadors"]
    assert party.country == "RUS"


def test_a_states_trading_partners_are_other_states():
    text = ("The tariffs were announced in Washington. US officials defended them in Washington. "
            "The plan was condemned by Washington's trading partners.")
    party = parties_by_text(text, DAY)["Washington's trading partners"]
    assert (party.country, party.sector) == (None, "GOV")


def test_bare_plural_governments_are_no_one_state():
    text = ("Israeli officials spoke in Jerusalem. Israel said the visit in Tel Aviv was useful. "
            "The general said he met governments across the region.")
    party = parties_by_text(text, DAY)["governments"]
    assert (party.country, party.entity_id) == (None, None)


def test_refugees_a_state_bans_are_not_its_people():
    text = ("The order was signed in Washington. US officials defended it in Washington. "
            "The congressman defended the president's ban on refugees and travelers on Tuesday.")
    party = parties_by_text(text, DAY)["refugees"]
    assert (party.country, party.sector) == (None, "REF")


def test_refugees_a_state_takes_in_keep_the_story_country():
    # counter-example: no ban, so the refugees stay with the story's country
    text = ("The camp opened in Nairobi. Kenyan officials said in Nairobi that aid arrived. "
            "Kenya welcomed refugees on Tuesday.")
    party = parties_by_text(text, DAY)["refugees"]
    assert party.country == "KEN"


def test_activists_in_another_countrys_capital_are_of_that_country():
    text = ("Turkey detained the journalist in Istanbul. Turkish police in Istanbul said he was held. "
            "Activists in Berlin protested against the detention on Tuesday.")
    party = parties_by_text(text, DAY)["Activists"]
    assert (party.country, party.sector) == ("DEU", "CVL")


def test_activists_in_a_place_of_no_country_keep_the_story_country():
    # counter-example: "in the region" names no country, so the story's country stands
    text = ("Turkey detained the journalist in Istanbul. Turkish police in Istanbul said he was held. "
            "Activists in the region protested against the detention on Tuesday.")
    party = parties_by_text(text, DAY)["Activists"]
    assert (party.country, party.sector) == ("TUR", "CVL")


# Helper h52: a devolved government named by its ministers, and a city of note in an
# institution's own "of" phrase (News Articles checks N17 n 79, N17 n 31).

BRITAIN = ("The UK government in London rejected the plan on Monday. British officials in London said "
           "talks would go on. ")

GERMANY = ("Chancellor Angela Merkel met the German president in Berlin on Monday. German officials in "
           "Berlin said the talks were useful. ")


def test_a_regions_ministers_are_its_devolved_government():
    text = BRITAIN + "Welsh ministers have tabled a plan of their own and accused the UK government of stalling."
    party = parties_by_text(text, DAY)["Welsh ministers"]
    assert party.entity_id == "welsh_government" and (party.country, party.sector) == ("GBR", "GOV")


def test_a_regions_single_office_holder_is_no_devolved_government():
    # counter-example: "first minister" is one person, who stays a description of his country
    text = BRITAIN + "Scotland's first minister has tabled a plan of her own and accused the UK government of stalling."
    party = parties_by_text(text, DAY)["Scotland's first minister"]
    assert party.entity_id is None and (party.country, party.sector) == ("GBR", "GOV")


def test_bare_ministers_stay_the_national_government():
    # counter-example: no regional word, so the story's national government stands
    text = BRITAIN + "Ministers have tabled a plan of their own and criticised the opposition for stalling."
    party = parties_by_text(text, DAY)["Ministers"]
    assert party.entity_id == "uk_government"


def test_a_university_named_after_a_city_abroad_is_of_that_citys_country():
    text = GERMANY + "The king later toured the University of Manchester, where he opened a new laboratory."
    party = parties_by_text(text, DAY)["University of Manchester"]
    assert (party.country, party.sector) == ("GBR", "EDU")


def test_a_university_named_after_a_city_of_the_story_keeps_its_country():
    # counter-example: a city of the story's own country changes nothing
    text = GERMANY + "The University of Munich later criticised the plan in a statement."
    party = parties_by_text(text, DAY)["University of Munich"]
    assert (party.country, party.sector) == ("DEU", "EDU")
