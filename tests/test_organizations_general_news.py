"""Organisations the base gained for general world news (sixteenth session): companies, national
agencies, universities, sport bodies, unions and NGOs frequent in the News Articles corpus
(Dec 2016 - Mar 2017). A company is BUS of its home country, an agency the sector of what it is
in its state, and short names that are also common words, surnames or places are no aliases.
Sentences are paraphrases, run through the real pipeline."""
from __future__ import annotations

from party_support import parties_by_text


def _parties(text: str, day: str = "2017-02-10") -> dict[str, tuple[str | None, str | None, str | None]]:
    """Mention -> (entity, country, sector)."""
    return {words: (p.entity_id, p.country, p.sector) for words, p in parties_by_text(text, day).items()}


def test_a_company_is_business_of_its_home_country() -> None:
    found = _parties("General Motors sued the Labor Department over the new rules.")
    assert found["General Motors"] == ("general_motors", "USA", "BUS")


def test_a_us_department_is_the_government_of_its_state() -> None:
    found = _parties("General Motors sued the Labor Department over the new rules.")
    assert found["Labor Department"] == ("us_labor_department", "USA", "GOV")


def test_a_company_of_another_state_keeps_its_home_country() -> None:
    assert _parties("Toyota criticised the tariff plan on Thursday.")["Toyota"] == ("toyota", "JPN", "BUS")
    found = _parties("Samsung Electronics denied bribing the president's confidant.")
    assert found["Samsung Electronics"] == ("samsung", "KOR", "BUS")


def test_the_chinese_cabinet_is_the_government_of_china() -> None:
    found = _parties("The State Council ordered local governments to cut coal output.")
    assert found["State Council"] == ("china_state_council", "CHN", "GOV")


def test_an_agency_takes_the_sector_of_what_it_is() -> None:
    found = _parties("Fox News reported that the Secret Service arrested a man.")
    assert found["Secret Service"] == ("us_secret_service", "USA", "COP")


def test_a_university_is_education() -> None:
    found = _parties("Harvard University sued the Department of Homeland Security.")
    assert found["Harvard University"] == ("harvard_university", "USA", "EDU")


def test_an_irish_health_service_is_health_of_ireland() -> None:
    found = _parties("The Health Service Executive apologised to the family.", "2017-03-01")
    assert found["Health Service Executive"] == ("irl_hse", "IRL", "MED")


def test_a_sport_body_is_no_government() -> None:
    found = _parties("The IOC banned two Russian athletes.", "2016-12-09")
    assert found["IOC"] == ("ioc", None, "CVL")


def test_a_chinese_company_is_business_of_china() -> None:
    found = _parties("China condemned the South Korean company Lotte for giving the land for THAAD.", "2017-03-03")
    assert found["South Korean company Lotte"] == ("lotte_group", "KOR", "BUS")


def test_a_short_acronym_left_out_does_not_name_the_academy() -> None:
    # "CASS" is left out: it made "Cass Business School" (London) the Chinese Academy of Social Sciences
    found = _parties("According to a new study by Cass Business School, Chinese investors bought 91 British firms.",
                     "2017-01-05")
    assert all(entity != "cass" for entity, _, _ in found.values())


def test_a_surname_is_not_the_carmaker() -> None:
    # "Ford" is a surname: only "Ford Motor" names the company
    found = _parties("Ford met the union leaders on Friday.")
    assert all(entity != "ford_motor" for entity, _, _ in found.values())


def test_a_fruit_is_not_the_company() -> None:
    # "Apple" is a fruit: only "Apple Inc." would name the company, which is not in the base
    found = _parties("Apple growers in Kent protested against the new tariffs.")
    assert all(entity is None or "apple" not in entity for entity, _, _ in found.values())


def test_a_rainforest_is_not_the_retailer() -> None:
    found = _parties("Amazon rainforest fires were condemned by Greenpeace.", "2019-08-23")
    assert found["Greenpeace"][0] == "greenpeace"
    assert all(entity != "amazon_com" for entity, _, _ in found.values())
