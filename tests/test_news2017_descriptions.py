"""Descriptions and pronouns bound to their referent on general news (News Articles checks
N14-N16, Dec 2016 - Mar 2017): "the alliance" after a body named by a short name whose full
names carry the noun (NATO, the "North Atlantic Alliance"); "the organization" may be an
intergovernmental body named before; the one shot is not one of the shooters' kind; "he said"
after a quote goes on with the one who denied it in the sentence before."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-01"


def test_the_alliance_after_nato_named_only_as_nato_is_nato():
    text = ("The senators voted on Serbia's NATO membership, though Syria and Iraq were also debated. "
            "All members of the alliance must approve the bid before it can proceed.")
    parties = parties_by_text(text, DAY)
    assert parties["alliance"].entity_id == "nato"


def test_the_alliance_with_no_such_body_named_is_not_nato():
    # counter-example: no IGO whose names carry "alliance" is named, so no NATO
    text = ("Rebels and tribes in northern Yemen signed a pact on Monday. "
            "All members of the alliance must approve the plan before it can proceed.")
    parties = parties_by_text(text, DAY)
    assert parties["alliance"].entity_id != "nato"


def test_the_organization_after_a_un_agency_is_that_agency_not_the_armed_group_between():
    text = ("The UN refugee agency (UNHCR) said on Friday that the migrants were heading to Sudan. "
            "The UNHCR said in a statement that the Houthis had closed the port. "
            "According to the UNHCR, Yemen hosts many Somali refugees. "
            "In March, the organization launched a campaign aimed at warning migrants about the dangers of the sea crossing.")
    parties = parties_by_text(text, DAY)
    assert parties["organization"].entity_id == "unhcr"


def test_the_organization_after_an_armed_group_alone_stays_that_group():
    # counter-example: no intergovernmental body named, the armed group named before is meant
    text = ("The Houthis seized the port on Friday, residents said. "
            "In March, the organization launched a campaign against the government.")
    parties = parties_by_text(text, DAY)
    assert parties["organization"].entity_id == "houthis"


def test_the_one_shot_is_not_a_comrade_of_the_shooters():
    text = ("With the soldier down on her knees, the attacker got up enough for the two other soldiers "
            "to shoot him several times.")
    parties = parties_by_text(text, DAY)
    assert parties["him"].sector == "UAF" and parties["him"].antecedent == "attacker"


def test_a_shot_soldier_of_another_subject_is_still_the_soldier():
    # counter-example: the shooter is not a soldier, so "him" may still be the soldier named before
    text = "The soldier stood at the gate when the gunman opened fire and shot him in the leg."
    parties = parties_by_text(text, DAY)
    assert parties["him"].sector == "MIL"


def test_he_said_after_a_quote_goes_on_with_the_one_who_denied_it():
    text = ('Senator Bob Hansen has drawn a line between his work as a Clinton adviser and his role as a lawmaker '
            'and firmly denied ever talking to anyone from Iran. "I never met with any Iranian officials to '
            'discuss the campaign," he said in a statement.')
    parties = parties_by_text(text, DAY)
    assert parties["I"].antecedent != "Clinton"
    assert parties["I"].name is None or "Clinton" not in parties["I"].name


def test_her_is_not_her_own_attacker():
    # counter-example to "attacker" as one armed person: "her attacker ... killing her" is not the attacker
    text = ("A British backpacker, Anna Welby, was killed at a hostel. Her attacker is said to have shouted "
            "before killing her.")
    parties = parties_by_text(text, DAY)
    assert parties["her"].sector != "UAF" and parties["her"].antecedent != "Her attacker"

