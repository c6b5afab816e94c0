"""Whose country victims get: the people hit take the country of the place they are hit in
(ACLED codes civilians and police by the event's country), never the attacker's, and never a
country the geocoder guessed from a word that is no place."""

from __future__ import annotations

from party_support import parties_by_text

# a story set in Syria that names Turkey far from the casualties, and the US near them
_SYRIA = ("Government forces shelled rebel positions in Aleppo in northern Syria on Monday. Turkish jets struck "
          "Daesh targets near Jarablus. Rebels said they had captured two villages near Aleppo. The army said "
          "it had killed dozens of terrorists in Idlib. ")
_US_STRIKE = ("U.S. jets struck a mosque near Aleppo in Syria. U.S. officials said the strike hit militants. "
              "The U.S. military said it was looking into the reports. ")


def test_people_hit_in_a_city_abroad_are_of_its_country():
    # the city of Gaziantep is Turkey's whatever the story's country: its policeman is Turkish police
    parties = parties_by_text(_SYRIA + "On Friday two rockets launched from a Daesh-held area in Syria struck the "
                              "city of Gaziantep killing a policeman and wounding three civilians.")
    assert (parties["policeman"].country, parties["policeman"].sector) == ("TUR", "COP")
    assert (parties["three civilians"].country, parties["three civilians"].sector) == ("TUR", "CVL")


def test_a_demonym_keeps_its_people_in_a_city_abroad():
    # "Syrian refugees killed in Turkey" are Syrians: the place does not override their own word
    parties = parties_by_text(_SYRIA + "On Friday three Syrian refugees were killed in Gaziantep when a rocket fired "
                              "from Syria hit their home.")
    assert parties["three Syrian refugees"].country == "SYR"


def test_a_compass_word_of_a_region_is_no_town():
    # "West" of "West Africa" is no town in the US: the people the strike killed stay in
    # Syria, not in the country of the jets that struck (the attacker's)
    parties = parties_by_text(_US_STRIKE + "A Washington-based rights group's envoy to West Africa told reporters "
                              "that the strike killed at least 20 people.", published="2017-04-05")
    assert (parties["at least 20 people"].country, parties["at least 20 people"].sector) == ("SYR", "CVL")
