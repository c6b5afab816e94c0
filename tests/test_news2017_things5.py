"""Places, sites, products and market gauges taken as parties, fifth round (News Articles
checks N29-N32, Dec 2016 - Mar 2017): a person's own web page and a channel that is a
conduit, newsstands, a market index and a currency, a press release, a name inside a bridge's
or a square's name, a disaster named by its country, and a country someone visits."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-02-01"


def _no_party(parties: dict, text: str) -> bool:
    """The words are no party: absent, or present with no country and no sector."""
    party = parties.get(text)
    return party is None or (party.country is None and party.sector is None and party.entity_id is None)


def test_a_persons_own_website_is_no_media():
    parties = parties_by_text("Write to the columnist by email or visit her website at example.org.", DAY)
    assert _no_party(parties, "her website") and _no_party(parties, "website")


def test_a_banned_tv_channel_stays_media():
    # counter-example: a broadcaster that a state acts on is the media
    parties = parties_by_text("Moscow banned the TV channel over its coverage of the war.", DAY)
    assert parties["TV channel"].sector == "JRN"


def test_a_channel_for_investors_is_a_conduit():
    parties = parties_by_text("These mergers provided a channel for foreign owners to share in the booming Indian stock market.", DAY)
    assert _no_party(parties, "channel")


def test_newsstands_name_no_state():
    parties = parties_by_text("The Spanish edition of the satirical weekly hit Spanish newsstands in early March.", DAY)
    assert _no_party(parties, "Spanish newsstands")


def test_a_market_index_is_no_government():
    text = "Seoul's Kospi index advanced 0.4 percent to 2,080.11 and Hong Kong's Hang Seng gained 0.2 percent."
    parties = parties_by_text(text, DAY)
    assert _no_party(parties, "Seoul's Kospi index")


def test_a_press_release_is_no_media():
    text = "The complaint quotes the governor's words, such as a 2014 press release calling for an end to the program."
    parties = parties_by_text(text, DAY)
    assert _no_party(parties, "press")


def test_a_seat_inside_a_bridge_name_is_the_bridge():
    parties = parties_by_text("Police sealed off Westminster Bridge after the attack.", DAY)
    assert _no_party(parties, "Westminster") and _no_party(parties, "Westminster Bridge")


def test_westminster_that_decides_stays_the_government():
    # counter-example: the seat that acts is the government
    parties = parties_by_text("Westminster rejected the Scottish demand for a second referendum.", DAY)
    assert parties["Westminster"].country == "GBR"


def test_floods_named_by_a_country_are_no_state():
    parties = parties_by_text("Mozambique floods killed 120 people and left thousands homeless.", DAY)
    assert _no_party(parties, "Mozambique floods")


def test_a_country_a_student_visits_is_a_place():
    text = "Li Wei, a Beijing student who visited Canada for a three-week language course in August, said she liked it."
    parties = parties_by_text(text, DAY)
    assert _no_party(parties, "Canada")


def test_a_capital_an_envoy_visits_stays_the_government():
    # counter-example: a capital visited is left to the seat rules (the government that meets the envoy)
    parties = parties_by_text("The UN envoy visited Damascus and met Assad.", DAY)
    assert parties["Damascus"].country == "SYR"


def test_a_capital_that_accuses_stays_the_government():
    # counter-example: a seat that speaks is its government
    parties = parties_by_text("Damascus accused Ankara of supporting the rebels.", DAY)
    assert parties["Damascus"].country == "SYR" and parties["Ankara"].country == "TUR"


def test_a_groups_own_security_forces_are_the_group():
    parties = parties_by_text("Hamas security forces detained three activists in Gaza City on Sunday.", DAY)
    assert parties["Hamas security forces"].entity_id == "hamas"


def test_palestinian_security_forces_stay_the_pa():
    # counter-example: the state's own word keeps the Palestinian Authority's forces
    parties = parties_by_text("Palestinian security forces detained three activists in Ramallah on Sunday.", DAY)
    assert parties["Palestinian security forces"].entity_id == "pa_security_forces"


def test_tourists_visiting_a_country_go_to_a_place():
    parties = parties_by_text("About 2 million tourists are forecast to visit Norway this year.", DAY)
    assert _no_party(parties, "Norway")


def test_a_statesman_visiting_a_country_meets_its_government():
    # counter-example: a state visit keeps the host government
    parties = parties_by_text("In May, the former Swiss president visited China and met Xi.", DAY)
    assert parties["China"].country == "CHN"


def test_a_university_named_after_a_place_still_acts():
    # counter-example: a body named like a site is no bridge or square
    parties = parties_by_text("A survey released by Fudan University of China in March found that graduates run firms.", DAY)
    party = parties.get("Fudan University of China") or parties.get("Fudan University")
    assert party is not None and party.sector == "EDU"


def test_a_peer_named_after_a_site_stays_a_person():
    # counter-example: "Lord Bridges of Headley" is a minister, no bridge (News Articles na-2259)
    parties = parties_by_text("Brexit minister Lord Bridges of Headley warned that now was not the time "
                              "to return to the fray.", DAY)
    party = parties["Brexit minister Lord Bridges of Headley"]
    assert party is not None and party.sector == "GOV"
