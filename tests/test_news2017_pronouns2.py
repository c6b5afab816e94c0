"""Pronouns on general world news (News Articles checks N1-N12): an object "it" that takes up a
bill or a visit, an outlet that is told, "Mr X" as a person, "he said he", and "it" going on with
a body named by a common noun. Paraphrased sentences through the real pipeline."""

from __future__ import annotations

import polybius
from party_support import parties_by_text as _parties


def _all(text: str, words: str, published: str = "2017-03-01") -> list[object]:
    return [p for e in polybius.extract(text, published=published) for p in e.actors + e.recipients if p.text == words]


def test_an_object_it_after_a_bill_is_the_bill_not_a_party_named_before():
    # N6/54: "prospects for the GOP bill also were uncertain as ... conservatives criticized it"
    found = _parties("Senate Republicans were split over the GOP health bill, and both moderates and conservatives criticized it.")
    assert found["it"].entity_id is None and found["it"].country is None
    # counter-example: with no thing between, the object "it" is still the group named before
    hamas = _parties("The ministry criticized Hamas on Monday and warned it against further attacks.")
    assert hamas["it"].entity_id == "hamas"


def test_an_outlet_that_is_told_is_not_what_they_stands_for():
    # N6/20: "Malaysia's Attorney General ... told CNN they will be officially charged"
    found = _parties("The two suspects were arrested last week. Thailand's Attorney General Somchai Wong told the BBC they "
                     "would be formally charged next week.")
    assert found["they"].entity_id != "bbc" and found["they"].sector != "JRN"
    # counter-example: an outlet that speaks, not one told, is what "it" stands for
    assert _parties("The BBC said on Monday it would sue the government over the ban.")["it"].sector == "JRN"


def test_a_name_under_mr_is_the_man_he_stands_for():
    # N11/46: "Pelosi accused Mr Sessions of lying under oath and demanded he resign"
    found = _parties("Senator Elizabeth Warren criticized Mr Sessions over his record and demanded he step down.")
    assert found["he"].antecedent == "Mr Sessions"
    # counter-example: "Mr" is no woman: "she" keeps the woman who speaks
    pelosi = _parties("Ms Pelosi criticized Mr Sessions on Monday and said she would fight the nomination.")
    assert pelosi["she"].antecedent == "Ms Pelosi"


def test_he_said_he_is_one_person_after_a_lead_in():
    # N3/52: "Putin briefed ... with Turkey's President Erdogan. In part, he said he had offered condolences"
    text = ("Chancellor Angela Merkel met Chinese President Xi Jinping in Berlin on Monday. Merkel told reporters about her talks "
            "with French President Emmanuel Macron. On trade, she said she had urged her counterpart to open markets.")
    found = _parties(text)
    assert found["she"].entity_id == "angela_merkel"


def test_it_goes_on_with_a_company_named_by_a_common_noun():
    # N12/16: "the company had denied to pay ... but later it agreed to pay"
    found = _parties("At first the German company refused to pay any compensation, but later it agreed to pay $5 million to the victims.")
    assert (found["it"].country, found["it"].sector) == ("DEU", "BUS")
    # counter-example: a plan is no body; "it" approved is the plan, no party
    plan = _parties("The government unveiled a new plan on Monday. At first the plan was attacked by the opposition, "
                    "but later it was approved by parliament.")
    assert plan["it"].country is None and plan["it"].sector is None
