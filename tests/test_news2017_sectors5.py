"""Sectors of people described by their work or their act on general news (News Articles
checks N17-N24, Dec 2016 - Mar 2017): employed people named by their body ("executive branch
employees", "paid party employees") are the body's, not a labour group, unless they act as
workers; persons who behead, stab or hold someone hostage are armed men, not civilians;
"fighters" in a bout are boxers; an industry is its firms."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-01"


def _sector(parties, text):
    return parties[text].sector


def test_staff_named_by_a_government_body_are_the_government():
    parties = parties_by_text("Executive branch employees criticized the new travel order on Monday.", DAY)
    assert _sector(parties, "Executive branch employees") == "GOV"


def test_staff_named_by_a_party_are_the_party():
    parties = parties_by_text("The new chairman asked all paid party employees to step down.", DAY)
    assert _sector(parties, "paid party employees") == "PTY"


def test_staff_named_by_a_bank_are_business():
    parties = parties_by_text("Bank employees were attacked by robbers in the city.", DAY)
    assert _sector(parties, "Bank employees") == "BUS"


def test_government_staff_who_strike_stay_labour():
    parties = parties_by_text("Government employees went on strike over unpaid wages.", DAY)
    assert _sector(parties, "Government employees") == "LAB"


def test_factory_workers_stay_labour():
    parties = parties_by_text("Factory workers attacked the police outside the plant.", DAY)
    assert _sector(parties, "Factory workers") == "LAB"


def test_men_who_behead_a_priest_are_armed_men():
    parties = parties_by_text("Two men burst into the chapel in Rouen and beheaded the elderly priest.", DAY)
    assert _sector(parties, "Two men") == "UAF"


def test_a_hostage_taker_is_an_armed_man():
    parties = parties_by_text("A shop worker was held hostage by a man in his 30s for two hours, police said.", DAY)
    assert _sector(parties, "man") == "UAF"


def test_men_who_are_killed_stay_civilians():
    parties = parties_by_text("Two men were killed when the bomb went off in the market.", DAY)
    assert _sector(parties, "Two men") == "CVL"


def test_a_man_who_attacks_a_decision_stays_a_civilian():
    parties = parties_by_text("A man attacked the council's decision at the meeting.", DAY)
    assert all(p.sector != "UAF" for p in parties.values())


def test_fighters_in_a_bout_are_civilians():
    parties = parties_by_text("In the boxing ring the fighters attacked each other for twelve rounds.", DAY)
    assert _sector(parties, "fighters") == "CVL"


def test_fighters_in_a_war_stay_armed():
    parties = parties_by_text("Rebel fighters attacked the army in a fierce battle near Aleppo.", DAY)
    assert _sector(parties, "Rebel fighters") == "REB"


def test_an_industry_is_business():
    parties = parties_by_text("Militants have attacked Nigeria's offshore oil industry for years.", DAY)
    party = parties["Nigeria's offshore oil industry"]
    assert (party.country, party.sector) == ("NGA", "BUS")


def test_fighters_of_a_side_in_a_bout_of_attacks_stay_rebels():
    parties = parties_by_text("The killings came in the latest bout of clashes between regime forces and the opposition fighters who hold the suburb.", DAY)
    assert _sector(parties, "opposition fighters") == "REB"
    parties = parties_by_text("After the latest bout of attacks, the fighters withdrew from the town.", DAY)
    assert _sector(parties, "fighters") == "REB"


def test_persons_in_a_headline_toll_stay_civilians():
    parties = parties_by_text("Nine persons killed 12 injured in terrorist attack in Aleppo city.", DAY)
    assert all(p.sector != "UAF" for p in parties.values())
