"""Things, places and page debris taken as parties, third round (News Articles checks
N25-N28, Dec 2016 - Mar 2017): sums of money, money and works named by a country, a country
an act is done from, a country nature strikes, a seat one is invited to, a town whose name
opens with a title, a meeting's "General", a field's system, and goods ordered from a maker."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-02-01"


def test_millions_invested_are_money():
    parties = parties_by_text("The charity foundation is investing millions in fighting malaria in Africa.", DAY)
    assert "millions" not in parties


def test_millions_who_flee_are_people():
    # counter-example: a bare "millions" that does something is people
    parties = parties_by_text("Millions fled the fighting in Syria, the UN said.", DAY)
    assert parties["Millions"].sector == "CVL"


def test_tax_dollars_and_a_movie_name_no_state():
    parties = parties_by_text("The senator vowed to pull American tax dollars from foreign aid programs.", DAY)
    assert parties.get("American tax dollars") is None or parties["American tax dollars"].country is None
    parties = parties_by_text("When they shoot a French movie, the state pays a large share, she said.", DAY)
    assert parties.get("French movie") is None or parties["French movie"].country is None


def test_a_country_an_act_is_done_from_is_a_place():
    text = "The exiled editor ran an opposition news site from Sweden, which the government in Baku has blocked."
    parties = parties_by_text(text, DAY)
    assert "Sweden" not in parties


def test_a_country_that_sends_stays_a_party():
    # counter-example: the country that runs the act itself stays its government
    parties = parties_by_text("Sweden launched an inquiry into the leak, which Baku condemned.", DAY)
    assert parties["Sweden"].country == "SWE" and parties["Sweden"].sector == "GOV"


def test_a_country_a_storm_strikes_is_a_place():
    text = "Insurers paid out for Hurricane Irma, which struck Cuba and the US in September."
    parties = parties_by_text(text, DAY)
    assert "US" not in parties and "Cuba" not in parties


def test_a_country_an_army_strikes_stays_a_party():
    # counter-example: an armed side's strike keeps its target
    parties = parties_by_text("Israeli jets struck Syria on Tuesday, the army said.", DAY)
    assert parties["Syria"].country == "SYR"


def test_a_seat_one_is_invited_to_is_a_place():
    text = "The chancellor invited the two writers to the Chancellery last week, where they talked about books."
    parties = parties_by_text(text, DAY)
    assert "Chancellery" not in parties


def test_a_seat_that_speaks_stays_the_government():
    # counter-example: the seat as the doer of a word is the government
    parties = parties_by_text("The Kremlin accused Washington of meddling in the vote.", DAY)
    assert parties["Kremlin"].country == "RUS" and parties["Kremlin"].sector == "GOV"


def test_a_titled_town_in_a_list_of_towns_is_a_place():
    text = "Thousands of families have fled Rafah, Sheikh Zuweid and El Arish since the army began its campaign."
    parties = parties_by_text(text, DAY)
    assert "Sheikh Zuweid" not in parties


def test_a_meetings_general_is_no_officer():
    text = "Residents voted on the repairs at the management company Annual General Meeting on Tuesday."
    parties = parties_by_text(text, DAY)
    assert all(p.sector != "MIL" for p in parties.values())


def test_a_countrys_financial_system_is_no_party():
    parties = parties_by_text("Economists gathered in Shanghai to discuss Russia's banking system.", DAY)
    assert all(p.country != "RUS" for p in parties.values())


def test_planes_ordered_from_a_maker_are_things():
    text = "Two Indian airlines have ordered dozens of jets worth $5 billion from Airbus."
    parties = parties_by_text(text, DAY)
    assert "jets" not in parties


def test_troops_ordered_stay_a_force():
    # counter-example: "order" of a command keeps its forces
    parties = parties_by_text("The general ordered troops from the north to attack the rebels.", DAY)
    assert parties["troops"].sector == "MIL"
