"""Heads of state and government 2000-2025 the base gained in the fifteenth session (Australia,
Canada, New Zealand, Europe, Latin America), with the foreign ministers of six of them. Each is
resolved by the role held on the article's day; surnames that are common words, places or other
people's names are not aliases. Sentences are paraphrases, run through the real pipeline."""
from __future__ import annotations

from party_support import parties_by_text


def _parties(text: str, day: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Mention -> (entity, country, sector)."""
    return {words: (p.entity_id, p.country, p.sector) for words, p in parties_by_text(text, day).items()}


def test_a_head_of_state_gets_his_country() -> None:
    found = _parties("President Jacob Zuma met President Lula da Silva in Brasilia on Monday.", "2010-04-12")
    assert found["President Lula da Silva"] == ("lula_da_silva", "BRA", "GOV")


def test_the_role_follows_the_day_before_and_after_a_change_of_office() -> None:
    # Gentiloni was Italy's foreign minister until 12 December 2016, then its prime minister;
    # in 2019 he holds no office of the base
    text = "Paolo Gentiloni met the Libyan prime minister in Rome."
    assert _parties(text, "2016-01-20")["Paolo Gentiloni"] == ("paolo_gentiloni", "ITA", "GOV")
    assert _parties(text, "2017-03-01")["Paolo Gentiloni"] == ("paolo_gentiloni", "ITA", "GOV")
    assert _parties(text, "2019-03-01")["Paolo Gentiloni"] == ("paolo_gentiloni", None, None)


def test_a_distinctive_surname_is_an_alias() -> None:
    found = _parties("Trudeau criticised Saudi Arabia over the arrest of activists.", "2018-08-07")
    assert found["Trudeau"] == ("justin_trudeau", "CAN", "GOV")


def test_a_person_out_of_office_keeps_the_name_but_no_role() -> None:
    # Kevin Rudd left the foreign ministry in February 2012 and was prime minister again only
    # from 27 June 2013
    found = _parties("Kevin Rudd criticised the government over asylum seekers.", "2012-10-01")
    assert found["Kevin Rudd"] == ("kevin_rudd", None, None)


def test_a_second_term_is_its_own_role() -> None:
    text = "Silvio Berlusconi met the Libyan leader in Tripoli."
    assert _parties(text, "2004-10-07")["Silvio Berlusconi"] == ("silvio_berlusconi", "ITA", "GOV")
    assert _parties(text, "2007-05-01")["Silvio Berlusconi"] == ("silvio_berlusconi", None, None)
    assert _parties(text, "2009-06-10")["Silvio Berlusconi"] == ("silvio_berlusconi", "ITA", "GOV")


def test_a_king_is_the_government_of_his_state() -> None:
    found = _parties("King Felipe condemned the attack in Barcelona.", "2017-08-18")
    assert found["King Felipe"] == ("felipe_vi", "ESP", "GOV")


def test_a_person_of_an_existing_entry_gains_his_national_office() -> None:
    # Stoltenberg headed NATO from October 2014; before that he was Norway's prime minister
    found = _parties("Jens Stoltenberg condemned the attack in Oslo.", "2011-07-23")
    assert found["Jens Stoltenberg"] == ("jens_stoltenberg", "NOR", "GOV")


def test_a_titled_surname_shared_by_two_people_is_the_one_in_office() -> None:
    # "Orban" is Viktor Orbán's alias only (Ludovic Orban of Romania does not claim it)
    found = _parties("Hungarian Prime Minister Viktor Orban criticised the European Commission.", "2015-09-15")
    assert found["Hungarian Prime Minister Viktor Orban"] == ("viktor_orban", "HUN", "GOV")
    found = _parties("Orban criticised the European Commission on Tuesday.", "2015-09-15")
    assert found["Orban"] == ("viktor_orban", "HUN", "GOV")


def test_a_common_word_surname_is_no_person() -> None:
    # counter-example: "Abbott" and "Morrison" are not aliases (Diane Abbott, Toni Morrison ...)
    found = _parties("Abbott criticised the government over the budget.", "2014-05-20")
    assert all(entity != "tony_abbott" for entity, _, _ in found.values())


def test_a_shared_family_name_is_not_an_alias() -> None:
    # "Castro" is Fidel's, Raúl's and Xiomara's name: only the full names resolve
    found = _parties("Raul Castro met the Venezuelan president in Havana.", "2010-03-01")
    assert found["Raul Castro"] == ("raul_castro", "CUB", "GOV")
    found = _parties("Castro met the Venezuelan president in Havana.", "2010-03-01")
    assert all(entity not in ("raul_castro", "fidel_castro") for entity, _, _ in found.values())


def test_a_latin_american_head_resolves_by_day() -> None:
    text = "Manuel Zelaya met the Venezuelan president in Caracas."
    assert _parties(text, "2008-07-01")["Manuel Zelaya"] == ("manuel_zelaya", "HND", "GOV")
    assert _parties(text, "2010-07-01")["Manuel Zelaya"] == ("manuel_zelaya", None, None)
