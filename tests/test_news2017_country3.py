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
