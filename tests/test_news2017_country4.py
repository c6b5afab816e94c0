"""The wrong country for a bare role noun, second round (News Articles checks N18-N24, Dec 2016 -
Mar 2017): a bare "the minister" is the person the article named before with that title word,
and a bare "the opposition" the opposition the article named before with a country word, not
the state of the story's dateline or of a city abroad."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-27"


def test_the_minister_is_the_titled_person_named_before():
    text = ("Lebanon's foreign minister Gebran Bassil met investors in London. "
            "Bankers in London welcomed the visit. "
            "Critics accused the minister of wasting public money.")
    party = parties_by_text(text, DAY)["minister"]
    assert (party.entity_id, party.country, party.sector) == ("gebran_bassil", "LBN", "GOV")


def test_a_person_after_the_verb_of_a_bare_minister_gives_it_no_title():
    # counter-example: "the minister met Gebran Bassil" bears no title of Bassil's
    text = ("Police in London said the minister met Gebran Bassil on Monday. "
            "Critics accused the minister of wasting public money.")
    party = parties_by_text(text, DAY)["minister"]
    assert party.entity_id != "gebran_bassil"


def test_the_minister_with_no_titled_person_before_keeps_the_default():
    # counter-example: no person named with the title word before, so no antecedent is taken
    text = ("Police in London arrested three men after the attack. "
            "Critics accused the minister of ignoring the warnings.")
    party = parties_by_text(text, DAY)["minister"]
    assert party.antecedent is None


def test_the_opposition_is_the_one_named_before_with_its_country():
    text = ("Istanbul, Turkey - The peace talks in Astana opened without the rebels. "
            "The leader of the Syrian opposition delegation told reporters that Moscow had broken its promises. "
            "An analyst in Istanbul said the opposition boycotted the talks over a rift between Moscow and Ankara.")
    party = parties_by_text(text, DAY)["opposition"]
    assert (party.country, party.sector) == ("SYR", "OPP")


def test_the_opposition_with_no_country_named_before_keeps_the_setting():
    # counter-example: no opposition of another country named, so the story's own stays
    text = ("Istanbul, Turkey - Police in Istanbul detained 20 students at a rally. "
            "The opposition condemned the arrests.")
    party = parties_by_text(text, DAY)["opposition"]
    assert party.country == "TUR"
