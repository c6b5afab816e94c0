"""The country of a group on general news (News Articles checks N25-N28, Dec 2016 - Mar 2017):
a state or province in the group's own phrase or sentence gives its country ahead of the
story's default; a group spread over many states ("in other countries", "around the world")
is of no one country; a US-only body named by its title is American."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-02-10"


def test_a_province_in_the_sentence_gives_local_people_its_country():
    # Sindh is a Pakistani province, no country and no city of note: before, no country at all
    text = "Reporters in Sindh have been threatened for covering the protests, a rights group said."
    reporters = parties_by_text(text, DAY)["Reporters"]
    assert (reporters.country, reporters.sector) == ("PAK", "JRN")


def test_a_us_state_in_the_groups_own_phrase_beats_the_storys_country():
    # a story set in Russia: teachers in Texas are American, not Russian
    text = ("Russia's foreign ministry said in Moscow on Monday that sanctions would fail. "
            "Teachers in Texas went on strike on Tuesday.")
    teachers = parties_by_text(text, DAY)["Teachers"]
    assert (teachers.country, teachers.sector) == ("USA", "EDU")


def test_a_division_two_countries_share_keeps_the_storys_country():
    # Punjab is a state of India and a province of Pakistan: an Indian story's Punjab is India's
    text = ("Indian Prime Minister Narendra Modi spoke in New Delhi on Monday. "
            "Farmers in Punjab blocked roads to protest the new law.")
    assert parties_by_text(text, DAY)["Farmers"].country == "IND"


def test_a_division_gives_no_country_to_visitors_of_state():
    # a division (here a canton) hosts delegations as a city does: they stay the story's own
    text = "Lavrov said in Moscow that delegations in Geneva met the envoy."
    assert parties_by_text(text, DAY)["delegations"].country == "RUS"


def test_universities_in_other_countries_are_no_one_countrys():
    text = ("Beijing's Tsinghua University will open a lab in Beijing. The lab will seek cooperation "
            "with leading universities in other countries, the university said.")
    universities = parties_by_text(text, DAY)["leading universities"]
    assert (universities.country, universities.sector) == (None, "EDU")


def test_universities_in_a_named_country_keep_it():
    # the counter-example: one country named in the phrase is their country
    text = ("Beijing's Tsinghua University will open a lab in Beijing. The lab will seek cooperation "
            "with leading universities in Germany, the university said.")
    assert parties_by_text(text, DAY)["leading universities"].country == "DEU"


def test_people_around_the_world_are_not_the_storys():
    text = "Chinese officials met in Beijing on Monday. Students around the world protested against the ruling."
    students = parties_by_text(text, DAY)["Students"]
    assert (students.country, students.sector) == (None, "EDU")


def test_the_defense_intelligence_agency_is_american_in_a_russian_story():
    text = ("Officials in Moscow said the Kremlin was not involved. The Defense Intelligence Agency "
            "suspended the general's security clearance.")
    agency = parties_by_text(text, DAY)["Defense Intelligence Agency"]
    assert (agency.entity_id, agency.country, agency.sector) == ("us_dia", "USA", "SPY")


def test_the_best_in_the_world_keeps_the_storys_country():
    # the counter-example: "in the world" after a superlative is its range, not where they are
    text = "The Irish health minister spoke in Dublin on Monday. She said Ireland trains the best nurses in the world."
    nurses = parties_by_text(text, DAY)["best nurses"]
    assert (nurses.country, nurses.sector) == ("IRL", "MED")
