"""People with titles in world news (News Articles corpus 2016-17, checks N1-N12): the sense of a
title depends on the body it belongs to ("press secretary" of the White House is its official,
a federation's president no head of state, a sergeant of a police story a policeman), and a title
that only one state gives, or the US party tag after a legislator's name, says the person's
country. Sentences are paraphrases, not the corpus's."""

from __future__ import annotations

from party_support import parties_by_text as _parties

from polybius.resolve.actors import load_actor_base, resolve_words, state_of_a_title


def _fields(text: str, words: str, published: str = "2017-02-10") -> tuple[str | None, str | None, str | None]:
    party = _parties(text, published)[words]
    return party.entity_id, party.country, party.sector


def _words(mention: str, published: str = "2017-02-10") -> tuple[object, object, object]:
    words = mention.split()
    found = resolve_words(words, words[-1].lower(), load_actor_base(), published)
    return found.get("entity_id"), found.get("country"), found.get("sector")


def test_a_press_secretary_is_the_official_of_his_body_not_the_press() -> None:
    # N12 n 35: "White House Press Secretary Sean Spicer" read as US media
    text = "White House Press Secretary Jane Holloway accused the Washington Post of false reporting."
    assert _fields(text, "White House Press Secretary Jane Holloway")[1:] == ("USA", "GOV")


def test_the_president_of_a_body_the_base_does_not_know_is_no_head_of_state() -> None:
    # N8 n 11, N1 n 20: "FIDE President ...", "German FA (DFB) President ..." read as GOV
    text = "WBSF President Arnold Kessler criticised the organisers of the tournament on Monday."
    assert _fields(text, "WBSF President Arnold Kessler")[2] is None
    assert _words("Dutch KNVB President Jan de Vries") == (None, "NLD", None)


def test_the_president_of_a_known_state_body_keeps_its_state() -> None:
    # counter-example: an acronym the base knows is a state body ("PA", the Palestinian Authority)
    assert _words("PA Minister Riyad Haddad")[1:] == ("PSE", "GOV")


def test_a_cabinet_attorney_general_is_the_government() -> None:
    # N5 n 11, N9 n 90: the US and Australian attorneys general head ministries (GOV), not courts
    assert _words("US Attorney General Thomas Walker")[1:] == ("USA", "GOV")
    assert _words("Australian Attorney General Mark Dreyfus")[1:] == ("AUS", "GOV")


def test_another_states_attorney_general_stays_a_law_officer() -> None:
    # counter-example: Israel's attorney general is a law officer, not a cabinet minister
    assert _words("Israeli Attorney General Dan Levy")[1:] == ("ISR", "JUD")


def test_a_title_of_one_state_gives_its_country() -> None:
    # N5 n 21, N1 n 47: "Union Minister ...", "former Deputy First Minister ..." had no country
    text = "Union Minister Ravi Prakash condemned the attack on the students in Kansas."
    assert _fields(text, "Union Minister Ravi Prakash")[1:] == ("IND", "GOV")
    text = "The vote was called after Deputy First Minister Sean Murphy resigned over the scheme."
    assert _fields(text, "Deputy First Minister Sean Murphy")[1:] == ("GBR", "GOV")


def test_a_congressman_is_of_the_united_states() -> None:
    # N5 n 69: "Congressman Cummings" (LEG) had no country
    text = "The president said he had planned to meet Congressman Jenkins on Friday."
    assert _fields(text, "Congressman Jenkins")[1:] == ("USA", "LEG")


def test_a_title_followed_by_another_house_is_not_the_us_speaker() -> None:
    # counter-example: "Speaker of the House" is the US House only with nothing after "House"
    assert state_of_a_title("Speaker of the House".split()) == ("USA", "LEG")
    assert state_of_a_title("Speaker of the House of Commons".split()) is None
    assert state_of_a_title("Prime Minister".split()) is None


def test_a_senator_with_a_us_party_tag_is_of_the_united_states() -> None:
    # N11 n 19: "Sen. Richard Blumenthal, D-Conn." had no country
    text = "The nominee called the remarks disheartening in a meeting with Sen. Laura Whitfield, D-Ore., an aide said."
    assert _fields(text, "Sen. Laura Whitfield")[1:] == ("USA", "LEG")


def test_a_senator_without_a_tag_gets_no_country_from_the_title() -> None:
    # counter-example: "Sen." is also the Philippine senate's title; without the tag no country
    text = "The president met Sen. Laura Whitfield on Friday to discuss the budget."
    assert _fields(text, "Sen. Laura Whitfield")[1] is None


def test_a_sergeant_in_a_police_story_is_the_police() -> None:
    # N5 n 67: a garda sergeant read as the military
    text = "Police said Sergeant Tom Riley arrested the suspect after a chase."
    assert _fields(text, "Sergeant Tom Riley")[2] == "COP"


def test_a_sergeant_in_an_army_story_stays_military() -> None:
    # counter-example: a story of soldiers keeps the rank's army
    text = "Soldiers of the regiment said Sergeant Tom Riley attacked the village at dawn."
    assert _fields(text, "Sergeant Tom Riley")[2] == "MIL"


def test_a_team_captain_in_a_sentence_of_sport_is_a_sportsman() -> None:
    # N4 n 39: an England cricketer titled "vice-captain" read as the military
    text = "Scotland captain Greig Laidlaw praised the forwards after the match in Cardiff."
    assert _fields(text, "Scotland captain Greig Laidlaw")[2] == "CVL"


def test_a_captain_in_a_sentence_of_war_stays_military() -> None:
    # counter-example: no sport and no police word: the rank's army
    text = "Captain Greig Laidlaw led the assault on the village at dawn."
    assert _fields(text, "Captain Greig Laidlaw")[2] == "MIL"
