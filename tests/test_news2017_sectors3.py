"""Sectors of role nouns and bodies (News Articles checks N8, N13-N16, Dec 2016 - Mar 2017):
workers of an international body are that body, the "parties" to talks or a deal are no
political parties, a pilot of stunts and air shows is a civilian, and a private body whose
name holds a state's word (a civil liberties "Union", an "Intelligence Group") is itself."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-01"


def test_workers_of_an_international_body_are_that_body():
    parties = parties_by_text("An employee of the World Bank was wounded when a parcel bomb exploded at its office in Rome.", DAY)
    assert parties["employee"].entity_id == "world_bank"
    parties = parties_by_text("He met case workers from the International Organization for Migration in Amman.", DAY)
    assert parties["case workers"].entity_id == "iom"


def test_workers_of_a_ministry_are_left_to_the_other_rules():
    # counter-example: a state's ministry is no igo; its workers are not made a body's people here
    parties = parties_by_text("Employees of the Egyptian interior ministry accused the minister of corruption.", DAY)
    assert parties["Employees"].entity_id is None
    assert parties["Employees"].sector != "SOC"


def test_parties_to_talks_or_a_deal_are_no_political_parties():
    parties = parties_by_text("The firm is negotiating with some parties to finalize investment terms for plants in Asia.", DAY)
    assert parties["parties"].sector is None
    parties = parties_by_text("The Security Council urged the parties to reach a mutually acceptable solution to the dispute.", DAY)
    assert parties["parties"].sector is None


def test_parties_stay_political_where_the_article_names_a_party():
    # counter-example: the DUP and Sinn Fein are the parties of the talks
    parties = parties_by_text("The DUP and Sinn Fein resumed talks, and the parties will discuss a deal on Monday.", DAY)
    assert parties["parties"].sector == "PTY"
    parties = parties_by_text("Opposition parties will discuss a deal with the ruling coalition on Monday.", DAY)
    assert parties["Opposition parties"].sector in ("PTY", "OPP")


def test_a_pilot_of_stunts_and_air_shows_is_a_civilian():
    assert parties_by_text("The airshow pilot crashed his jet onto a road in England, killing eleven men.", DAY)["airshow pilot"].sector == "CVL"
    text = "Investigators said the pilot could have pulled out of the stunt before the crash that killed eleven men in England."
    assert parties_by_text(text, DAY)["pilot"].sector == "CVL"


def test_a_force_pilot_stays_its_airman():
    # counter-examples: a fighter pilot at a stunt, and a warplane's pilot in a war story
    text = "Investigators said the fighter pilot could have pulled out of the stunt before the crash that killed eleven men in England."
    assert parties_by_text(text, DAY)["fighter pilot"].sector == "MIL"
    assert parties_by_text("A Syrian pilot bombed the town of Idlib, killing 20 civilians.", DAY)["Syrian pilot"].sector == "MIL"


def test_private_bodies_named_with_a_state_word_are_themselves():
    parties = parties_by_text("The American Civil Liberties Union sued the school board over its policy.", DAY)
    assert parties["American Civil Liberties Union"].entity_id == "aclu"
    assert parties["American Civil Liberties Union"].sector == "SOC"
