"""Ordinary politics in the knowledge base: the legislatures, parties, ministries and police
forces of the states that dominate world news (organizations.yaml, the section added after the
News Articles hand checks N1-N4 of Dec 2016 - Mar 2017), and the two rules that keep their short
names from taking other states' parties ("the Social Democrats") or lawmakers ("GOP lawmakers")."""

from __future__ import annotations

import pytest

from party_support import parties_by_text as _parties

from polybius.resolve.actors import load_actor_base


@pytest.mark.parametrize(("name", "entity_id", "sector"), [
    ("Fine Gael", "fine_gael", "PTY"),
    ("Fianna Fáil", "fianna_fail", "PTY"),
    ("Sinn Fein", "sinn_fein", "PTY"),
    ("Gardaí", "garda", "COP"),
    ("Dáil Éireann", "dail", "LEG"),
    ("Bundestag", "bundestag", "LEG"),
    ("AfD", "afd", "PTY"),
    ("GOP", "us_republican_party", "PTY"),
    ("Democrats", "us_democratic_party", "PTY"),
    ("Justice Department", "us_doj", "GOV"),
    ("Department of Homeland Security", "us_dhs", "COP"),
    ("ICE", "us_ice", "COP"),
    ("House of Commons", "uk_house_of_commons", "LEG"),
    ("Tories", "uk_conservative_party", "PTY"),
    ("Scottish Government", "scottish_government", "GOV"),
])
def test_lookup_finds_the_body(name: str, entity_id: str, sector: str) -> None:
    entity = load_actor_base().lookup(name)
    assert entity is not None and (entity.entity_id, entity.sector) == (entity_id, sector)


@pytest.mark.parametrize("name", ["House of Representatives", "Labour", "Labour Party", "Senate", "Interior Ministry",
                                  "Social Democrats", "Freedom Party", "conservatives", "ice"])
def test_generic_or_shared_names_name_no_one_body(name: str) -> None:
    """Names that several states' bodies share compose with a country word instead; "ice" in
    lower case is no acronym of the US agency."""
    assert load_actor_base().lookup(name) is None


def test_the_libyan_house_keeps_its_qualified_names() -> None:
    assert load_actor_base().lookup("Libyan House of Representatives").entity_id == "libya_hor"


def test_a_party_through_the_pipeline() -> None:
    party = _parties("Fine Gael accused its coalition partners of betraying the voters.", "2017-02-10")["Fine Gael"]
    assert (party.entity_id, party.country, party.sector) == ("fine_gael", "IRL", "PTY")


def test_a_legislature_through_the_pipeline() -> None:
    party = _parties("The Bundestag rejected the bill on Thursday.", "2017-02-10")["Bundestag"]
    assert (party.entity_id, party.country, party.sector) == ("bundestag", "DEU", "LEG")


def test_a_ministry_through_the_pipeline() -> None:
    party = _parties("The Justice Department sued the city over its policing.", "2017-02-10")["Justice Department"]
    assert (party.entity_id, party.country, party.sector) == ("us_doj", "USA", "GOV")


def test_us_house_of_representatives_is_no_longer_libyas() -> None:
    """The bare name composes with the story's country (the US here), never Libya's HoR."""
    text = "Republicans in Washington said the House of Representatives rejected the president's plan."
    party = _parties(text, "2017-03-10")["House of Representatives"]
    assert (party.entity_id, party.country, party.sector) == (None, "USA", "LEG")


def test_a_longer_party_name_is_not_the_us_party() -> None:
    """"the Social Democrats" (of Germany, Sweden, Austria...) end with "Democrats", an alias of
    the US party: a capitalised opener of party names before it makes another party."""
    party = _parties("The Christian Democrats criticised the chancellor's migration policy.", "2017-02-10")["Christian Democrats"]
    assert party.entity_id != "us_democratic_party" and party.country != "USA"


def test_the_bare_plural_stays_the_us_party() -> None:
    """Counter-example: "Senate Democrats" and "House Republicans" are the US parties' members."""
    party = _parties("Senate Democrats blocked the nominee on Tuesday.", "2017-02-10")["Senate Democrats"]
    assert party.entity_id == "us_democratic_party"


def test_a_partys_lawmakers_are_the_legislature() -> None:
    """"GOP lawmakers" are members of the US legislature (LEG), not the party."""
    party = _parties("GOP lawmakers rejected the spending plan on Friday.", "2017-02-10")["GOP lawmakers"]
    assert (party.country, party.sector) == ("USA", "LEG")


def test_a_partys_gunmen_stay_the_party() -> None:
    """Counter-example: only a lawmaker noun turns a party's name into its legislature."""
    party = _parties("Fatah gunmen attacked Hamas members in Gaza.", "2016-08-01")["Fatah gunmen"]
    assert party.entity_id == "fatah"


def test_another_states_party_is_not_the_us_party() -> None:
    """"the Australian Democrats" end with an alias of the US party: the demonym before it says
    whose party it is (AUS + PTY)."""
    text = "Senator Andrew Bartlett launched a bid to rescue the Australian Democrats from a split."
    party = _parties(text, "2002-02-01")["Australian Democrats"]
    assert (party.entity_id, party.country, party.sector) == (None, "AUS", "PTY")


def test_a_party_named_with_its_own_state_keeps_its_entry() -> None:
    """Counter-example: a demonym of the party's own state, or a patron's ("US-backed"), is no other state."""
    assert _parties("Iraqi Kurdish KDP fighters attacked IS.", "2016-08-01")["Iraqi Kurdish KDP fighters"].entity_id == "kdp"
    assert _parties("US-backed Fatah criticised Hamas.", "2016-08-01")["US-backed Fatah"].entity_id == "fatah"
