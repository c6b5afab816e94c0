"""Names that only look like a body the base knows (fifteenth session, News Articles checks
N21-N24): an acronym the article spells out as another name, a capital inside a surname, a
title-case acronym as a surname, a lowercase run split by a hyphen. Sentences are paraphrases,
run through the real pipeline."""
from __future__ import annotations

from party_support import parties_by_text


def _parties(text: str, day: str = "2017-02-10") -> dict[str, tuple[str | None, str | None, str | None]]:
    """Mention -> (entity, country, sector)."""
    return {words: (p.entity_id, p.country, p.sector) for words, p in parties_by_text(text, day).items()}


def test_an_acronym_the_article_spells_out_is_that_body() -> None:
    text = ("The committee eliminated the Election Assistance Commission on Tuesday. "
            "Critics said eliminating the EAC threatens the election.")
    found = _parties(text)
    assert found["EAC"][0] is None  # not the East African Community
    assert _parties("Kenya and Uganda urged the EAC to lift the tariffs.")["EAC"][0] == "eac"


def test_an_acronym_in_brackets_after_its_name_is_that_name() -> None:
    text = "The bank sells loans through the Post Office and the Automobile Association (AA), its partners said."
    found = _parties(text)
    assert all(entity != "arakan_army" for entity, _, _ in found.values())


def test_an_acronym_spelt_out_as_the_body_itself_keeps_it() -> None:
    found = _parties("The Arakan Army (AA) attacked a police post. The AA said it killed ten soldiers.")
    assert found["Arakan Army"][0] == "arakan_army"
    assert _parties("The AA said it killed ten soldiers in Rakhine.")["it"][0] == "arakan_army"


def test_a_variant_of_the_bodys_name_keeps_its_acronym() -> None:
    found = _parties("The Syrian Observatory of Human Rights said 20 people died. SOHR blamed the army.")
    assert found["SOHR"][0] == "sohr"


def test_a_capital_in_a_surname_names_no_state() -> None:
    found = _parties("Police arrested Senator Pedro de Santiago on Friday. Critics said de Santiago was jailed for his views.")
    assert found["Senator Pedro de Santiago"] == (None, None, "LEG")  # not Chile's government
    assert found["de Santiago"] == (None, None, None)


def test_people_of_early_2017_the_checks_found_unknown() -> None:
    found = _parties("Police arrested Senator Leila de Lima on Friday.", "2017-02-24")
    assert found["Senator Leila de Lima"] == ("leila_de_lima", "PHL", "LEG")
    found = _parties("Israel's attorney general Avichai Mandelblit rejected the petition.", "2017-03-01")
    assert found["Israel's attorney general Avichai Mandelblit"] == ("avichai_mandelblit", "ISR", "JUD")
    # a person who held no office is known by name only
    found = _parties("Kim Jong-nam was attacked at the airport by two women.", "2017-02-20")
    assert found["Kim Jong-nam"] == ("kim_jong_nam", None, None)


def test_a_known_person_with_a_particle_is_still_found() -> None:
    found = _parties("Staffan de Mistura met the opposition delegation in Geneva.")
    assert found["Staffan de Mistura"][0] == "staffan_de_mistura"


def test_a_surname_spelt_like_an_acronym_is_no_company() -> None:
    found = _parties("Egypt's former leader Anwar Sadat signed the accords in 1978.")
    assert all(entity != "sadat" for entity, _, _ in found.values())


def test_a_title_case_acronym_after_a_demonym_still_names_the_group() -> None:
    found = _parties("Syrian Isis fighters attacked the town on Monday.")
    assert found["Syrian Isis fighters"][0] == "isis"


def test_a_hyphenated_lowercase_word_is_no_outlet() -> None:
    found = _parties("Officers were told to arrest serious criminals and national-security risks.")
    assert all(entity != "the_national" for entity, _, _ in found.values())


def test_us_special_forces_are_the_us_military() -> None:
    found = _parties("About 100 Army Rangers were deployed to Manbij, the Pentagon said.", "2017-03-09")
    assert found["About 100 Army Rangers"] == ("us_armed_forces", "USA", "MIL")


def test_the_kurdish_regional_government_is_the_krg() -> None:
    found = _parties("The Kurdish Regional Government accused Baghdad of blocking the budget.")
    assert found["Kurdish Regional Government"][0] == "krg"


def test_a_name_with_an_inner_possessive_is_found_once_tokenised() -> None:
    # the tokenizer splits "People's" into "People" and "'s": the name is still the body's
    found = _parties("The Kurdish People's Protection Units attacked the town on Monday.")
    assert found["Kurdish People's Protection Units"][0] == "ypg"
    assert _parties("The People's Liberation Army shelled the island.")["People's Liberation Army"][0] == "pla"


def test_an_acronym_spelt_out_as_another_known_body_is_that_body() -> None:
    text = "The European People's Party (EPP) backed the candidate. The EPP said it would vote for him."
    assert _parties(text)["European People's Party"][0] == "european_peoples_party"
    # alone, the acronym stays the armed group the base knows by it
    assert _parties("The EPP attacked a police post in Concepcion.")["EPP"][0] == "epp"


def test_the_kin_of_a_force_are_civilians_of_its_country() -> None:
    found = _parties("The navy SEAL's father refused to meet the president last month.", "2017-03-02")
    assert found["navy SEAL's father"] == (None, "USA", "CVL")
    found = _parties("Hezbollah's fighters attacked the village.")
    assert found["Hezbollah's fighters"][0] == "hezbollah"


def test_a_title_before_a_surname_with_a_particle_keeps_its_sector() -> None:
    found = _parties("Mayor de Blasio criticised the police on Monday.")
    assert found["Mayor de Blasio"][2] == "GOV"


def test_a_given_name_like_a_country_names_the_person() -> None:
    found = _parties("A retired officer is on trial for fatally shooting Chad Oulson in a dispute at a cinema.")
    assert found["Chad Oulson"] == (None, None, None)
    # the state itself at arms stays the state
    assert _parties("Chad and Niger attacked Boko Haram positions.")["Chad"][1] == "TCD"


def test_a_minister_in_his_second_term_at_a_post() -> None:
    # de Maiziere was defence minister until December 2013, then interior minister again
    found = _parties("Interior minister Thomas de Maiziere called for asylum centres in North Africa.", "2017-02-01")
    assert found["Interior minister Thomas de Maiziere"] == ("thomas_de_maiziere", "DEU", "GOV")
