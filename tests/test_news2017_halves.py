"""Half-resolved mentions whose missing half the text gives (News Articles checks N13-N24,
Dec 2016 - Mar 2017): a demonym before a noun of people with no sector of its own gives
civilians; a company's legal form gives business; "Rep." before a name is a US
Representative; the people, police, press and schools of a happening take the country of the
city of note the sentence puts it in, or that their own name opens with."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-03"


# ---- country only: a demonym + a noun of people with no sector of its own

def test_a_demonym_before_a_faith_noun_gives_that_countrys_civilians():
    text = "The rights group condemned attacks on American Muslims last year."
    party = parties_by_text(text, DAY)["American Muslims"]
    assert (party.country, party.sector) == ("USA", "CVL")


def test_a_demonym_before_a_noun_of_followers_gives_civilians():
    text = "Turkish supporters protested outside the consulate on Saturday."
    party = parties_by_text(text, DAY)["Turkish supporters"]
    assert (party.country, party.sector) == ("TUR", "CVL")


def test_a_bare_faith_noun_stays_no_actor_of_a_country():
    # counter-example: with no demonym the noun names no country and no sector
    text = "The rights group condemned attacks on Muslims last year."
    party = parties_by_text(text, DAY).get("Muslims")
    assert party is None or party.country is None


# ---- country only: a company's legal form

def test_a_name_ending_in_a_legal_form_is_a_business():
    text = "China Film Distribution Corp signed a deal with the studio on Monday."
    party = parties_by_text(text, DAY)["China Film Distribution Corp"]
    assert (party.country, party.sector) == ("CHN", "BUS")


def test_an_irish_county_is_no_company():
    # counter-example: "Co" before a county's name is no legal form
    text = "A man in his 30s was killed in a hit-and-run crash in Co Meath on Sunday."
    party = parties_by_text(text, DAY)["man"]
    assert party.sector == "CVL"


# ---- sector only: "Rep." before a name

def test_rep_before_a_name_is_a_us_representative():
    text = "Rep. Maxine Waters led a protest against the bill on Tuesday."
    party = parties_by_text(text, DAY)["Rep. Maxine Waters"]
    assert (party.country, party.sector) == ("USA", "LEG")


def test_rep_in_a_philippine_story_gets_no_us_country():
    # counter-example: the Philippine House also calls its members "Rep."
    text = "In Manila, Rep. Edcel Lagman criticised the Philippine president over the killings."
    party = parties_by_text(text, DAY)["Rep. Edcel Lagman"]
    assert party.country != "USA"


# ---- sector only: the city of the happening

def test_a_reporter_held_at_a_rally_in_a_capital_is_of_its_country():
    text = "A reporter was detained at the opposition rally in Moscow on Sunday."
    party = parties_by_text(text, DAY)["reporter"]
    assert (party.country, party.sector) == ("RUS", "JRN")


def test_a_police_department_named_by_its_city_is_of_its_country():
    text = "The Los Angeles Police Department arrested two men after the shooting."
    party = parties_by_text(text, DAY)["Los Angeles Police Department"]
    assert (party.country, party.sector) == ("USA", "COP")


def test_a_foreign_reporter_in_a_capital_gets_no_country():
    # counter-example: a foreign reporter in Moscow is not Russia's press
    text = "A foreign reporter was detained at the opposition rally in Moscow on Sunday."
    party = parties_by_text(text, DAY)["foreign reporter"]
    assert party.country is None
