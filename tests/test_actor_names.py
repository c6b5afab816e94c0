"""Names that mean another body than the alias they contain: a predecessor's name after it had
become its successor, an alias that only opens a longer Arabic name, and a place named after a
party."""

from __future__ import annotations

from party_support import parties_by_text as _parties

from polybius.resolve.actors import explain


def test_a_predecessors_name_after_it_became_its_successor_is_the_successor():
    # the name was cut at "and": "Islamic State of Iraq" is aqi's name, which had become isis in April 2013
    parties = _parties("Militants of the Islamic State of Iraq and the Levant (ISIL) stormed the town last week. "
                       "Since then the group has attacked the army in the north.", published="2014-08-20")
    assert parties["group"].entity_id == "isis"


def test_a_predecessors_name_before_the_succession_stays_the_predecessor():
    parties = _parties("The Islamic State of Iraq claimed the car bombing that killed 12 people in Baghdad.", published="2008-03-02")
    assert parties["Islamic State of Iraq"].entity_id == "aqi"
    later = _parties("The Islamic State of Iraq claimed the car bombing that killed 12 people in Baghdad.", published="2015-03-02")
    assert later["Islamic State of Iraq"].entity_id == "isis"


def test_lookup_says_which_body_the_name_had_become():
    assert explain("Ansar Bait al-Maqdis", day="2014-06-01")["entity_id"] == "ansar_bait_al_maqdis"
    became = explain("Ansar Bait al-Maqdis", day="2015-06-01")
    assert became["entity_id"] == "is_sinai" and "had become is_sinai" in str(became["why"])


def test_an_alias_that_opens_a_longer_arabic_name_is_not_the_body():
    # "Badr" is an alias of the Iraqi Badr Organization; "al-Din Hamdan" goes on with a man's name
    institute = next(p for text, p in _parties("Two shells hit the Badr al-Din Hamdan vocational institute in Homs.").items()
                     if text.startswith("Badr al-Din"))
    assert institute.entity_id is None


def test_an_alias_followed_by_its_own_fighters_stays_the_body():
    assert _parties("Badr fighters attacked the town of Amerli.")["Badr fighters"].entity_id == "badr_organization"
    # a particle joined to a known name: the longer name is another body the base knows
    assert _parties("Hezbollah al-Nujaba fighters attacked the town.")["Hezbollah al-Nujaba fighters"].entity_id == "nujaba"


def test_a_checkpoint_named_by_an_arabic_word_that_a_party_shares_is_a_place():
    parties = _parties("A roadside bomb struck al-Mustaqbal checkpoint outside Homs.")
    checkpoint = parties["al-Mustaqbal checkpoint"]
    assert checkpoint.entity_id is None and checkpoint.sector is None


def test_a_partys_checkpoint_by_its_acronym_stays_the_party():
    assert _parties("Gunmen attacked a PYD checkpoint near Qamishli.")["PYD checkpoint"].entity_id == "pyd"


def test_a_hospital_named_after_a_party_or_a_charity_is_a_place():
    # `polybius actors lookup` reads the words alone: a building after an unarmed body's name
    assert explain("the Future Movement hospital")["entity_id"] is None
    assert explain("MSF hospital")["entity_id"] is None
    assert explain("Future Movement officials")["entity_id"] == "future_movement"
