"""People the base gained for general world news (fourteenth session): the US executive and
Congress leaders, UK, Irish and European party and devolved leaders. Each is resolved by the
role held on the article's day, and surnames that are also common words or other people's
names are not aliases. Sentences are paraphrases, run through the real pipeline."""
from __future__ import annotations

from party_support import parties_by_text


def _parties(text: str, day: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Mention -> (entity, country, sector)."""
    return {words: (p.entity_id, p.country, p.sector) for words, p in parties_by_text(text, day).items()}


def test_a_senator_is_the_legislature_of_his_state() -> None:
    found = _parties("Senator John McCain criticised the travel ban on Sunday.", "2017-02-05")
    assert found["Senator John McCain"] == ("john_mccain", "USA", "LEG")


def test_the_role_follows_the_day() -> None:
    # a senator until 8 February 2017, then the Attorney General, who heads a ministry (GOV)
    text = "Jeff Sessions met the Russian ambassador on Tuesday."
    assert _parties(text, "2017-01-10")["Jeff Sessions"] == ("jeff_sessions", "USA", "LEG")
    assert _parties(text, "2017-03-01")["Jeff Sessions"] == ("jeff_sessions", "USA", "GOV")


def test_a_devolved_first_minister_is_not_the_national_government() -> None:
    found = _parties("Nicola Sturgeon accused the prime minister of ignoring Scotland.", "2017-03-14")
    assert found["Nicola Sturgeon"] == ("nicola_sturgeon", "GBR", "GOV")


def test_a_party_leader_is_his_party() -> None:
    found = _parties("Jeremy Corbyn attacked the government over hospital funding.", "2017-01-10")
    assert found["Jeremy Corbyn"] == ("jeremy_corbyn", "GBR", "PTY")


def test_a_person_out_of_office_keeps_the_name_but_no_role() -> None:
    # Flynn resigned as national security adviser on 13 February 2017
    found = _parties("Michael Flynn met the Russian ambassador in December.", "2017-03-20")
    assert found["Michael Flynn"] == ("michael_flynn", None, None)


def test_a_town_that_is_also_a_surname_is_no_person() -> None:
    # counter-example: "Bolton" is an English town and football club, not John Bolton
    found = _parties("Police in Bolton arrested two men after the attack.", "2017-03-20")
    assert all(entity != "john_bolton" for entity, _, _ in found.values())


def test_a_plural_title_is_not_the_one_holder_named_before() -> None:
    # "senators" are many holders of the office, not the one senator the article named before
    found = _parties("Sen. Richard Blumenthal said the judge had called the attacks disheartening. "
                     "The judge has made it clear in his talks with senators, including Sen. Blumenthal, that he "
                     "could not comment on any case.", "2017-02-09")
    assert found["senators"][0] is None and found["senators"][2] == "LEG"


def test_a_title_speaks_for_a_person_out_of_the_bases_role() -> None:
    # in 2013 Earnest was the deputy press secretary, before the base's role for him begins:
    # "White House spokesman" still says the US government; "former" puts the office in the past
    found = _parties("White House spokesman Josh Earnest condemned the attack.", "2013-08-21")
    assert found["White House spokesman Josh Earnest"] == ("josh_earnest", "USA", "GOV")
    found = _parties("Former White House spokesman Josh Earnest condemned the attack.", "2018-08-01")
    assert found["Former White House spokesman Josh Earnest"] == ("josh_earnest", None, None)
