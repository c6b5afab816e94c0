"""Sector words in a sense that names no such actor, or another actor (News Articles checks
N1-N4, world news of Dec 2016 - Mar 2017): a post-positive "general" of an office is no rank,
"in general" is no one, "cancer cells" and "social media" are things, "coalition talks" are the
parties', "party states" of a treaty are states, "party divisions" a split of opinion, and
officials of a company are the company's. Sentences are paraphrases, not the corpus's own."""

from __future__ import annotations

import pytest

import polybius
from polybius.model import Party


def parties(text: str, published: str = "2017-02-01") -> list[Party]:
    return [p for e in polybius.extract(text, published=published) for p in e.actors + e.recipients]


def party(text: str, words: str, published: str = "2017-02-01") -> Party:
    return next(p for p in parties(text, published) if p.text == words)


@pytest.mark.parametrize("text, words, country, sector", [
    ("The department's inspector general agreed to investigate the contracts.", "department's inspector general", None, "GOV"),
    ("Poland's attorney-general warned that the bill breaks the constitution.", "Poland's attorney-general", "POL", "JUD"),
    ("Inspector General Glenn Fine criticized the agency.", "Inspector General Glenn Fine", None, "GOV"),
])
def test_a_general_after_an_office_word_is_that_office(text: str, words: str, country: str | None, sector: str):
    found = party(text, words)
    assert (found.entity_id, found.country, found.sector) == (None, country, sector)


def test_a_secretary_general_takes_the_sector_of_his_body():
    assert party("The party's secretary general criticized the government.", "party's secretary general").sector == "PTY"


@pytest.mark.parametrize("text, words", [
    ("Army General Ahmed Saleh criticized the rebels.", "Army General Ahmed Saleh"),
    ("The general ordered his troops to attack the town.", "general"),
    ("The generals criticized the rebels.", "generals"),
])
def test_a_general_of_an_army_keeps_his_rank(text: str, words: str):
    assert party(text, words, "2016-05-01").sector == "MIL"


def test_in_general_names_no_one():
    assert all(p.sector != "MIL" for p in parties("Voters said they were in general agreement with the plan."))


@pytest.mark.parametrize("text", [
    "Doctors said the new drug attacked the cancer cells.",
    "Analysts warned that social media campaigns targeted the senator.",
    "Workers feared the final assembly operation would move to Mexico.",
    "The senator's plan would eliminate the current corporate tax regime and replace it with a border tax.",
])
def test_a_thing_compound_names_no_actor(text: str):
    assert all(p.sector is None and p.entity_id is None for p in parties(text) if p.text not in ("Analysts", "senator", "new drug"))


def test_a_terrorist_cell_stays_armed():
    assert party("A terrorist cell attacked the checkpoint.", "terrorist cell", "2016-05-01").sector == "REB"


def test_a_think_tank_is_civil_society():
    found = party("A Washington think tank criticized the budget plan.", "Washington think tank")
    assert (found.country, found.sector) == ("USA", "SOC")


def test_coalition_talks_are_the_parties_of_the_story():
    found = party("Voters in the Netherlands handed Prime Minister Mark Rutte a win over Geert Wilders in The Hague. "
                  "Eyeing weeks of protracted coalition talks ahead, Wilders offered to work with the new government.", "coalition")
    assert (found.country, found.sector) == ("NLD", "PTY")


def test_coalition_airstrikes_stay_military():
    found = party("Coalition airstrikes killed 12 civilians near Raqqa.", "Coalition", "2016-05-01")
    assert found.sector == "MIL"


def test_the_party_states_of_a_treaty_are_no_political_party():
    found = party("Only 40 party states have ratified the treaty.", "Only 40 party states")
    assert found.sector is None and found.country is None


def test_party_divisions_are_no_army_divisions():
    found = party("The leaders hoped to ease deep party divisions over the budget.", "deep party divisions")
    assert found.sector is None


def test_armoured_divisions_stay_military():
    assert party("Two armoured divisions attacked the rebels near Hama.", "Two armoured divisions", "2016-05-01").sector == "MIL"


def test_a_financial_intelligence_unit_is_a_government_agency():
    found = party("Peru's Financial Intelligence Unit accused the mayor of laundering money.", "Peru's Financial Intelligence Unit")
    assert (found.country, found.sector) == ("PER", "GOV")


def test_officials_of_a_company_are_the_company():
    found = party("The governor met with officials from a large Japanese company, Toyota.", "officials")
    assert found.sector == "BUS"


def test_officials_from_a_town_stay_officials():
    assert party("The minister met with officials from the town.", "officials").sector == "GOV"


def test_a_legislatures_committee_named_by_its_field_is_the_legislature():
    # "Intelligence Committee" is lawmakers, not spies (News Articles checks N5 n 71, N6 n 91)
    assert party("The House Intelligence Committee accused the FBI of hiding evidence.", "House Intelligence Committee").sector == "LEG"


def test_a_criminal_investigation_names_no_criminal():
    # "criminal" before a noun is an adjective (N6 n 49); the head noun alone is a criminal
    assert all(p.sector != "CRM" for p in parties("The minister faces a criminal inquiry over the deal."))
    assert all(p.sector != "CRM" for p in parties("The former president lost immunity from criminal prosecution after the court removed her."))
    assert party("The criminal fled before police arrived.", "criminal").sector == "CRM"


def test_rights_are_no_party():
    found = party("The governor promised minimum prisoner rights to the strikers.", "minimum prisoner rights")
    assert (found.entity_id, found.sector) == (None, None)


@pytest.mark.parametrize("text, words", [
    ("A suicide bomber attacked the Damascus court complex on Wednesday.", "Damascus court complex"),
    ("Gunmen attacked a Paris shopping arcade on Friday.", "Paris shopping arcade"),
])
def test_a_site_named_after_a_seat_is_no_government(text: str, words: str):
    found = party(text, words)
    assert (found.entity_id, found.sector) == (None, None)


def test_a_court_named_after_a_seat_stays_the_court():
    # counter-example: the court itself is the judiciary of the seat's state
    found = party("A Damascus court sentenced the activist.", "Damascus court")
    assert (found.country, found.sector) == ("SYR", "JUD")


@pytest.mark.parametrize("text, words, country, sector", [
    ("London-based McCafferty Asset Management criticized the bank's board.", "London-based McCafferty Asset Management", "GBR", "BUS"),
    ("The Civil Aviation Administration of China suspended flights to the region.", "Civil Aviation Administration of China", "CHN", "GOV"),
])
def test_bodies_named_by_their_trade(text: str, words: str, country: str, sector: str):
    found = party(text, words)
    assert (found.country, found.sector) == (country, sector)


def test_intelligence_as_information_is_no_service():
    found = party("The raid yielded vital intelligence about the group, officials said.", "vital intelligence")
    assert found.sector is None
