"""The country of a group the sentence ties to another state than the story's (News Articles
checks N4 n 14, N15 n 23, N29 n 71): people "from <country>" are that country's, and the kin
a plural possessive ties to a nationality named just before are of that nationality."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-01"


def test_refugees_from_a_country_are_that_countrys():
    text = ("President Donald Trump met his advisers in Washington on Monday. The new draft order no longer "
            "rejects refugees from Iraq outright, officials said.")
    refugees = parties_by_text(text, DAY)["refugees"]
    assert (refugees.country, refugees.sector) == ("IRQ", "REF")


def test_refugees_from_a_region_stay_of_no_country():
    # a region names no one country: the "from" rule must not guess one
    text = ("President Donald Trump met his advisers in Washington on Monday. The new draft order no longer "
            "rejects refugees from Africa outright, officials said.")
    refugees = parties_by_text(text, DAY)["refugees"]
    assert refugees.sector == "REF" and refugees.country != "ZAF"


def test_students_from_a_country_keep_the_body_they_serve():
    # students are of the university they study at: only refugees and civilians take the origin
    text = ("Germany's universities are growing, the ministry in Berlin said. Students from China protested "
            "against the new fees on Monday.")
    students = parties_by_text(text, DAY)["Students"]
    assert students.country != "CHN"


def test_the_families_of_a_nationality_named_just_before_are_of_it():
    text = "Iran detained four Canadians and their families at the airport in Tehran on Monday."
    families = parties_by_text(text, DAY)["their families"]
    assert (families.country, families.sector) == ("CAN", "CVL")


def test_the_families_after_a_state_named_nearer_are_not_moved():
    # "Iran ... their families": a state nearer than the nationality may own "their"; nothing is moved
    text = "Four Canadians were questioned on Sunday. Iran expelled the diplomats and their families on Monday."
    families = parties_by_text(text, DAY)["their families"]
    assert families.country != "CAN"


def test_refugees_from_a_list_of_states_get_none_of_them():
    # several states name no one country: the first of the list is not theirs
    text = ("Prime Minister Malcolm Turnbull spoke in Canberra on Monday. In return, Australia would resettle "
            "refugees from Guatemala, Honduras and El Salvador.")
    refugees = parties_by_text(text, DAY)["refugees"]
    assert refugees.country != "GTM"
