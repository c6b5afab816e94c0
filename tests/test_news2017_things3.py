"""Things, places and page debris taken as parties, second round (News Articles checks
N21-N24, Dec 2016 - Mar 2017): machines bought or sold, a sea or grounds named after a state
or a seat, a count of sides ("six-party talks"), a country that "will be discussed", and a
reporter's e-mail sign-off."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-01"


def test_machines_to_be_bought_are_things():
    text = "Several Gulf states have agreed to purchase helicopters and frigates together, officials said."
    parties = parties_by_text(text, DAY)
    assert "helicopters" not in parties and "frigates" not in parties


def test_machines_that_act_stay_their_force():
    # counter-example: equipment that does something stands for its force
    parties = parties_by_text("Syrian army tanks shelled the village on Monday.", DAY)
    assert parties["Syrian army tanks"].entity_id == "syrian_arab_army"


def test_a_sea_named_after_a_state_is_a_place():
    text = "North Korea launched three missiles into the Sea of Japan on Sunday, the army said."
    parties = parties_by_text(text, DAY)
    assert all(p.country != "JPN" for p in parties.values())


def test_grounds_of_a_seat_are_a_place():
    text = "Police arrested a man who climbed a fence onto the White House grounds on Friday."
    parties = parties_by_text(text, DAY)
    assert all(p.sector != "GOV" for t, p in parties.items() if "grounds" in t)


def test_a_sides_own_compound_stays_the_side():
    # counter-example: a site named by an armed group, not a state, is that group's
    parties = parties_by_text("Israeli aircraft struck a Hamas compound in Gaza overnight.", DAY)
    assert parties["Hamas compound"].entity_id == "hamas"


def test_a_count_of_sides_is_no_party():
    text = "China urged Pyongyang to return to the six-party talks on its nuclear programme."
    parties = parties_by_text(text, DAY)
    assert "six-party" not in parties and not any(p.sector == "PTY" for p in parties.values())


def test_countries_that_will_be_discussed_are_topics():
    text = "Iraq, Libya and Mali will be discussed at the meeting; terrorism will top the agenda."
    parties = parties_by_text(text, DAY)
    assert all(p.country is None for t, p in parties.items() if t in ("Iraq", "Libya", "Mali"))


def test_a_country_that_is_attacked_stays_a_party():
    # counter-example: a passive subject of a verb other than of talking
    parties = parties_by_text("Syria was attacked by Israeli jets overnight.", DAY)
    assert parties["Israeli jets"].country == "ISR"


def test_an_email_sign_off_is_no_party():
    text = ("The ministry will train thousands of extra midwives, officials said. "
            "lichen@chinadaily.com.cn (China Daily 02/03/2017 page4)")
    parties = parties_by_text(text, DAY)
    assert not any("@" in t for t in parties)
