"""Things, places and modifiers that are no party (News Articles checks N1-N12, Dec 2016 -
Mar 2017): the people a deal or a visit is about, an adjective of form, a capital that names
an agreement, a country's name inside a place's name, a country that "who" was hung on, a goal
that is "met", and a country's national team in a sports frame."""

from __future__ import annotations

from party_support import parties_by_text

import polybius
from polybius.model import Article, Party
from polybius.pipeline import process

DAY = "2017-03-01"


def _parties_under(title: str, text: str) -> dict[str, Party]:
    """The parties of ``text`` published under the headline ``title``."""
    article = Article(text=text, id="t", published=DAY, title=title)
    return {p.text: p for r in process([article], prefilter=False) for e in r.events for p in e.actors + e.recipients}


def test_people_a_deal_is_about_make_no_party_of_it():
    # "refugee deal": the refugees signed nothing; the summit's sides stay parties
    parties = parties_by_text("The migrant deal was agreed at a summit between Greece and the EU last year.", DAY)
    assert "migrant" not in parties
    assert parties["Greece"].country == "GRC"


def test_a_family_visit_is_no_family_meeting_anyone():
    text = "The journalist was detained at the airport when he flew home on a family visit from Doha."
    assert "family" not in parties_by_text(text, DAY)


def test_a_sides_own_word_before_talks_stays_the_doer():
    # counter-example: "rebel talks" are the rebels' talks, "the Iran deal" Iran's
    parties = parties_by_text("Rebel talks with the government collapsed on Sunday.", DAY)
    assert parties["Rebel"].sector == "REB"
    assert parties_by_text("The Iran deal was praised by France.", DAY)["Iran"].country == "IRN"


def test_an_adjective_of_form_names_no_government():
    text = "Tokyo and Seoul could hold official consultations on the disputed islands in April."
    assert "official" not in parties_by_text(text, DAY)


def test_a_capital_before_an_agreements_word_is_its_name():
    text = "The four leaders agreed on steps to implement the Minsk agreements by the summer."
    assert "Minsk" not in parties_by_text(text, DAY)


def test_a_countrys_name_inside_a_valleys_name_is_a_place():
    text = "Israeli troops occupied the land from the city to the Jordan Valley last year."
    parties = parties_by_text(text, DAY)
    assert "Jordan" not in parties
    assert all(p.country != "JOR" for p in parties.values())


def test_who_after_a_place_stands_for_the_people_it_locates():
    text = ("The court will hear the cases of two nurses in Denmark and in Austria, who were fired "
            "for refusing to take off their crosses.")
    parties = parties_by_text(text, DAY)
    assert "Austria" not in parties
    assert parties["two nurses"].sector is not None


def test_who_after_a_group_keeps_the_group():
    # counter-example: "Rebels in Aleppo, who were besieged" are the rebels, as before
    assert parties_by_text("Rebels in Aleppo, who were besieged for months, surrendered.", DAY)["Rebels"].sector == "REB"


def test_a_target_met_is_no_meeting():
    text = "The president urged Spain to meet the alliance's defence spending goal."
    assert all(p.entity_id != "nato" for p in parties_by_text(text, DAY).values())
    assert not any(e.event_type == "CONSULT" for e in polybius.extract(text, published=DAY))


def test_a_national_team_praised_in_a_game_report_is_no_government():
    text = "Former Wales fly-half Jonathan Davies said he applauded France for a superb display."
    france = parties_by_text(text, DAY)["France"]
    assert (france.country, france.sector) == ("FRA", "CVL")


def test_a_result_under_a_match_report_is_no_attack():
    text = "That ended their record run, leaving them level with Australia, who were also beaten by Wales."
    parties = _parties_under("Six Nations: Wales 16-12 Scotland", text)
    assert all(p.sector not in ("GOV", "MIL") for p in parties.values())


def test_a_state_speaking_of_football_keeps_its_government():
    # counter-example: a sport's word in the sentence does not make a speaking state a team
    russia = parties_by_text("Russia denied that its football hooligans were backed by the state.", DAY)["Russia"]
    assert (russia.country, russia.sector) == ("RUS", "GOV")


def test_a_beating_with_a_sports_bat_stays_an_attack():
    # counter-example: a sport's name in the sentence makes no game of an assault
    parties = parties_by_text("Two students were beaten with baseball bats by a gang, police said.", DAY)
    assert "Two students" in parties


def test_official_aid_keeps_its_donor():
    # counter-example: "official aid" is aid from governments, not a meeting's form
    assert parties_by_text("More official aid began to reach the camps in March.", DAY)["official"].sector == "GOV"
