"""The story's country on general news (News Articles checks N1-N4, Dec 2016 - Mar 2017):
a story with no clear place still names the state it speaks of (people in office, bodies
of state), and a group of many states, or of others than the story's, is of no one country;
a US state's name before a person noun is the state, not the namesake country."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-02-10"


def test_people_in_office_and_state_bodies_give_a_story_with_no_place_its_country():
    # no place named: Trump (President on the date) and the White House say the story is American
    text = ("President Donald Trump attacked the retailer on Twitter, the White House said. Shoppers "
            "criticized the new administration on Friday.")
    parties = parties_by_text(text, DAY)
    assert (parties["new administration"].country, parties["new administration"].sector) == ("USA", "GOV")


def test_a_leader_out_of_office_on_the_date_says_nothing():
    # Trump took office on 20 January 2017: in 2015 he is a businessman, and the story has no country
    text = "Donald Trump criticized the retailer. Shoppers criticized the new administration on Friday."
    assert parties_by_text(text, "2015-06-01")["new administration"].country is None


def test_the_body_of_state_of_the_sentence_gives_unnamed_deputies_their_country():
    # no place named: the Duma and Putin (President on the date) say the story is Russian
    text = ("Deputies of the Duma will vote on the budget next week, President Vladimir Putin said on Friday. "
            "Deputies criticized the plan.")
    parties = parties_by_text(text, DAY)
    assert (parties["Deputies"].country, parties["Deputies"].sector) == ("RUS", "LEG")


def test_foreign_companies_and_governments_are_no_one_countrys():
    text = ("China's exports rose in Beijing. Officials met in Shanghai on Monday. Foreign companies and "
            "governments are eager to cooperate with private Chinese firms, a trade official said.")
    parties = parties_by_text(text, DAY)
    assert (parties["Foreign companies"].country, parties["Foreign companies"].sector) == (None, "BUS")
    assert parties["governments"].country is None and parties["governments"].entity_id is None
    assert parties["private Chinese firms"].country == "CHN"


def test_a_regional_word_puts_banks_in_no_one_country():
    text = ("Chinese payment firm Alipay in Beijing signed a deal with four European banks on Tuesday. "
            "Alipay said Shanghai was next.")
    parties = parties_by_text(text, DAY)
    assert (parties["four European banks"].country, parties["four European banks"].sector) == (None, "BUS")


def test_citizens_of_several_countries_are_not_the_storys():
    text = ("Trump's ban on citizens of six Muslim-majority countries angered protesters in New York. Protesters "
            "in New York denounced the ban.")
    parties = parties_by_text(text, DAY)
    assert (parties["citizens"].country, parties["citizens"].sector) == (None, "CVL")
    assert parties["Protesters"].country == "USA"


def test_foreign_ministers_and_foreign_fighters_keep_the_storys_country():
    # an office is each country's own ("foreign ministers"); armed foreigners are the story's (ACTORS.md)
    text = ("Officials in Beijing said the foreign ministers met in Beijing and Shanghai. Foreign fighters "
            "attacked police in Beijing.")
    parties = parties_by_text(text, DAY)
    assert parties["foreign ministers"].country == "CHN"
    assert parties["Foreign fighters"].country == "CHN"


def test_a_us_state_before_a_person_noun_is_the_state_in_a_us_story():
    # (a man who attacks people is no civilian since round 44: the man here only accuses)
    text = ("Police in Atlanta and New York arrested protesters. A Georgia man accused two reporters in "
            "Atlanta on Monday of lying.")
    parties = parties_by_text(text, DAY)
    assert (parties["Georgia man"].country, parties["Georgia man"].sector) == ("USA", "CVL")


def test_the_country_georgia_stays_in_a_story_of_georgia():
    text = "Russian troops attacked a Georgian man near Tbilisi. A Georgia man was killed in Tbilisi."
    parties = parties_by_text(text, DAY)
    assert parties["Georgia man"].country == "GEO"
    assert parties["Georgian man"].country == "GEO"
