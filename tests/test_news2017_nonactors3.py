"""Things, places and media that are no party (News Articles checks N13-N16, Dec 2016 - Mar
2017): a dateline in title case, an origin that "who" was hung on, a social platform as the
medium, an adjective of form before sanctions, a trade balance, and animals."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-01"


def test_a_town_and_country_dateline_is_no_government():
    text = "Kathmandu, Nepal - The World Bank has urged Nepal's government to speed up rebuilding after the quake."
    parties = parties_by_text(text, DAY)
    assert "Kathmandu" not in parties and "Nepal" not in parties
    assert parties["Nepal's government"].country == "NPL"


def test_a_dateline_with_an_agency_is_no_side():
    text = "Jakarta (Reuters) - Indonesian police arrested two suspected militants on Friday."
    parties = parties_by_text(text, DAY)
    assert "Jakarta" not in parties
    assert parties["Indonesian police"].country == "IDN"
    text = "Lagos, Nigeria - Amnesty International has accused the Nigerian army of abuses."
    parties = parties_by_text(text, DAY)
    assert "Lagos" not in parties and "Amnesty International" in parties


def test_a_country_that_speaks_after_a_dash_in_its_clause_stays():
    # counter-example: no comma-and-country dateline, a story's subject
    parties = parties_by_text("Nepal criticised India over the border blockade, officials said.", DAY)
    assert parties["Nepal"].country == "NPL"


def test_who_after_an_origin_is_the_person_not_the_state():
    text = "A Green lawmaker defended a refugee from Somalia who had attacked a woman in Hamburg."
    parties = parties_by_text(text, DAY)
    assert "Somalia" not in parties
    assert parties["refugee"].sector == "REF"


def test_a_platform_as_the_medium_is_no_party():
    parties = parties_by_text("The senator complained on Twitter that the network was biased.", DAY)
    assert "Twitter" not in parties


def test_a_platform_as_a_doer_stays():
    # counter-example: the company acts
    parties = parties_by_text("Twitter suspended the accounts of the militant group.", DAY)
    assert "Twitter" in parties


def test_an_adjective_of_form_before_sanctions_is_no_government():
    text = "The envoy discussed the new official sanctions with the Iranian ambassador."
    parties = parties_by_text(text, DAY)
    assert "official" not in parties


def test_a_trade_balance_is_a_thing():
    parties = parties_by_text("The new secretary vowed to fight US trade deficits with China.", DAY)
    assert all(p.country != "USA" for p in parties.values())


def test_animals_are_no_parties():
    parties = parties_by_text("Health officials must fight a dozen dangerous families of bacteria, the agency said.", DAY)
    assert all(p.sector != "CVL" for p in parties.values())
    parties = parties_by_text("The film's trailer, showing the tiger 'driver', was criticised by animal activists.", DAY)
    assert "driver" not in parties and "tiger" not in parties


def test_people_with_an_animal_word_stay_people():
    # counter-example: owners of dogs are people; a capitalised team name is no animal word
    parties = parties_by_text("Police arrested two owners of dogs who attacked a child.", DAY)
    assert any(p.text.endswith("owners") for p in parties.values())
    parties = parties_by_text("The trailer was criticised by animal activists.", DAY)
    assert parties["animal activists"].sector == "CVL"


def test_a_titled_dateline_sets_no_story_country():
    # where the story was filed is no event's place: talks in Geneva make no Swiss militias
    text = ("Geneva, Switzerland - The Syrian government delegation has accused the main opposition group of holding "
            "the talks hostage. The opposition said any discussion should include the actions of Iran-backed militias "
            "fighting on behalf of the government.")
    parties = parties_by_text(text, DAY)
    assert "Geneva" not in parties
    assert parties["Iran-backed militias"].country != "CHE"
