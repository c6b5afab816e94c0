"""Heads of state and government the base gained in the fifteenth session (Africa, South-East and
Central Asia, Taiwan, Nepal; South Africa's, Indonesia's and Malaysia's foreign ministers). Each is
resolved by the role held on the article's day; people out of office keep the name but no role.
Sentences are paraphrases of news, run through the real pipeline."""
from __future__ import annotations

from party_support import parties_by_text


def _parties(text: str, day: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Mention -> (entity, country, sector)."""
    return {words: (p.entity_id, p.country, p.sector) for words, p in parties_by_text(text, day).items()}


def test_a_titled_head_of_state_has_his_country() -> None:
    found = _parties("President Jacob Zuma visited Beijing on Monday.", "2010-08-24")
    assert found["President Jacob Zuma"] == ("jacob_zuma", "ZAF", "GOV")


def test_the_role_follows_the_day() -> None:
    # Ramaphosa was deputy president until 15 February 2018, then president: both GOV of South Africa;
    # before May 2014 he held no office the base records
    text = "Cyril Ramaphosa met union leaders in Johannesburg."
    assert _parties(text, "2016-03-01")["Cyril Ramaphosa"] == ("cyril_ramaphosa", "ZAF", "GOV")
    assert _parties(text, "2019-03-01")["Cyril Ramaphosa"] == ("cyril_ramaphosa", "ZAF", "GOV")
    assert _parties(text, "2012-08-20")["Cyril Ramaphosa"] == ("cyril_ramaphosa", None, None)


def test_a_distinctive_surname_resolves() -> None:
    found = _parties("Mugabe accused Tsvangirai of plotting with Britain.", "2008-06-20")
    assert found["Mugabe"] == ("robert_mugabe", "ZWE", "GOV")
    assert found["Tsvangirai"] == ("morgan_tsvangirai", "ZWE", "OPP")


def test_an_opposition_leader_becomes_the_government() -> None:
    # Tsvangirai was prime minister of the unity government from 11 February 2009
    found = _parties("Tsvangirai met donors in Harare.", "2010-05-04")
    assert found["Tsvangirai"] == ("morgan_tsvangirai", "ZWE", "GOV")


def test_a_head_out_of_office_keeps_the_name_but_no_role() -> None:
    # Mahathir left office in October 2003 and returned in May 2018
    text = "Mahathir Mohamad criticised the government's spending."
    assert _parties(text, "2015-06-01")["Mahathir Mohamad"] == ("mahathir_mohamad", None, None)
    assert _parties(text, "2019-06-01")["Mahathir Mohamad"] == ("mahathir_mohamad", "MYS", "GOV")


def test_a_nickname_resolves_to_the_president() -> None:
    found = _parties("Jokowi met Papuan leaders in Jayapura.", "2017-05-10")
    assert found["Jokowi"] == ("joko_widodo", "IDN", "GOV")


def test_a_foreign_minister_of_south_africa() -> None:
    found = _parties("Foreign Minister Naledi Pandor condemned the strikes on Gaza.", "2023-11-01")
    assert found["Foreign Minister Naledi Pandor"] == ("naledi_pandor", "ZAF", "GOV")


def test_a_defence_minister_becomes_president() -> None:
    text = "Prabowo Subianto met the Chinese ambassador in Jakarta."
    assert _parties(text, "2021-06-01")["Prabowo Subianto"] == ("prabowo_subianto", "IDN", "MIL")
    assert _parties(text, "2025-01-15")["Prabowo Subianto"] == ("prabowo_subianto", "IDN", "GOV")


def test_a_maoist_rebel_leader_becomes_prime_minister() -> None:
    text = "Prachanda called for a general strike."
    assert _parties(text, "2005-05-01")["Prachanda"] == ("pushpa_kamal_dahal", "NPL", "REB")
    assert _parties(text, "2008-10-01")["Prachanda"] == ("pushpa_kamal_dahal", "NPL", "GOV")


def test_a_family_name_with_a_country_in_it_stays_a_person() -> None:
    # Madhav Kumar Nepal was prime minister of Nepal 2009-2011; the bare country name stays the country
    found = _parties("Prime Minister Madhav Kumar Nepal met Indian officials.", "2010-03-01")
    assert found["Prime Minister Madhav Kumar Nepal"] == ("madhav_kumar_nepal", "NPL", "GOV")


def test_a_premier_of_taiwan() -> None:
    found = _parties("Premier Su Tseng-chang criticised Beijing's military drills.", "2020-02-01")
    assert found["Premier Su Tseng-chang"] == ("su_tseng_chang", "TWN", "GOV")


def test_a_common_surname_is_no_alias() -> None:
    # 'Sall' is also Khalifa Sall; only the full name means Macky Sall
    found = _parties("Sall addressed supporters in Dakar.", "2015-03-01")
    assert all(entity != "macky_sall" for entity, _, _ in found.values())
