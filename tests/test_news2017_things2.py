"""Things, places and pronouns taken as parties (News Articles checks N13-N20, Dec 2016 - Mar
2017): where people are sent or flee to, listed places; a party's bill; rule regimes, poison
agents, schedules, ratings and airspace; an object "it" that passes a plural party name."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-01"


def test_every_listed_place_people_are_deported_to_is_a_place():
    text = "Last year thousands of migrants were deported to Albania and Serbia from Germany."
    parties = parties_by_text(text, DAY)
    assert parties["Albania"].country is None and parties["Serbia"].country is None


def test_every_listed_country_people_flee_is_a_place():
    text = "The island is a gateway to Europe for families fleeing Eritrea, Sudan and Somalia."
    parties = parties_by_text(text, DAY)
    assert all(parties[c].country is None for c in ("Sudan", "Somalia") if c in parties)
    assert "Sudan" in parties or "Somalia" in parties


def test_a_country_listed_with_a_body_after_to_stays_a_party():
    # counter-example: a government that receives a letter is no destination
    parties = parties_by_text("The minister complained to Serbia and Albania about the border.", DAY)
    assert parties["Albania"].country == "ALB"


def test_a_partys_bill_is_a_thing():
    parties = parties_by_text("Democrats criticized the GOP tax bill on Friday.", DAY)
    bill = next(p for t, p in parties.items() if t.endswith("bill"))
    assert bill.entity_id is None and bill.country is None


def test_a_party_that_acts_stays_a_party():
    # counter-example: the party itself, no thing noun after it
    parties = parties_by_text("The Republican Party rejected the proposal on Friday.", DAY)
    assert parties["Republican Party"].entity_id == "us_republican_party"


def test_regulatory_regimes_are_rules_not_a_government():
    text = "The order launched an attack on regulatory regimes over banking and health care."
    parties = parties_by_text(text, DAY)
    assert all(p.sector is None for t, p in parties.items() if "regime" in t)


def test_the_regime_as_a_government_stays():
    # counter-example: "regime" alone is the state
    parties = parties_by_text("The Syrian regime attacked the town of Douma on Monday.", DAY)
    assert parties["Syrian regime"].country == "SYR"


def test_a_nerve_agent_is_no_actor():
    parties = parties_by_text("Sarin is a deadly chemical warfare agent that killed dozens of people.", DAY)
    assert all(p.sector is None and p.country is None for t, p in parties.items() if "agent" in t)


def test_a_court_schedule_and_tv_ratings_are_things():
    text = "The state asked the judge to block the ban, according to a court schedule filed on Monday."
    parties = parties_by_text(text, DAY)
    assert all(p.sector is None for t, p in parties.items() if "schedule" in t)
    parties = parties_by_text("The president discussed network TV ratings with reporters.", DAY)
    assert all(p.sector is None for t, p in parties.items() if "ratings" in t)


def test_airspace_is_a_place():
    parties = parties_by_text("The Russian jet had violated Estonian airspace, NATO said.", DAY)
    assert all(p.country is None for t, p in parties.items() if "airspace" in t)


def test_an_object_it_passes_a_plural_party_name():
    text = "The plan would collapse if 20 Republicans joined all the Democrats in rejecting it."
    parties = parties_by_text(text, DAY)
    assert "it" not in parties or parties["it"].entity_id is None


def test_its_after_a_plural_word_inside_a_name_keeps_the_name():
    # counter-example: "Forces" ends a longer name, which "its" takes up
    text = "The Syrian Democratic Forces said US jets had bombed its fighters near Raqqa."
    parties = parties_by_text(text, DAY)
    assert parties["its fighters"].entity_id == "sdf"


def test_an_object_it_after_a_singular_party_keeps_it():
    # counter-example: a singular party name is what an object "it" takes up
    parties = parties_by_text("The Labour Party met on Monday and voters rejected it.", DAY)
    assert parties["it"].sector == "PTY"
