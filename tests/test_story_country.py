"""The story's country (ArticlePlaces.setting): which country an article happens in, so
that its unnamed people and bodies ("police", "the government") get that country. Lee
corpus check: stories of Argentina's riots were set in Brazil, named once at their end, and
a Sri Lanka story in Thailand, where talks were to sit."""

from __future__ import annotations

from functools import lru_cache

import pytest

from party_support import parties_by_text
from polybius.resolve.geocode import ArticlePlaces


@lru_cache(maxsize=None)
def setting_of(text: str) -> str | None:
    from polybius.analyse import load_pipeline
    from polybius.resolve.actors import load_actor_base
    from polybius.resolve.gazetteer import load_gazetteer

    return ArticlePlaces.of(load_pipeline()(text), load_gazetteer(), load_actor_base(), text).setting()


RIOTS = ("The death toll in Chile's fuel protests has climbed to twelve. Witnesses said police fired tear gas at "
         "protesters outside the presidential palace. The faltering government has promised a new budget. Chile's "
         "finance minister resigned on Monday. Leaders of neighbouring Peru say they fear the unrest could spread.")


def test_a_country_named_once_late_gives_way_to_the_one_the_story_names_most():
    # Chile is named twice, only as a possessive; Peru once as a place, in the last sentence
    assert setting_of(RIOTS) == "CHL"
    parties = parties_by_text(RIOTS)
    assert (parties["police"].country, parties["police"].sector) == ("CHL", "COP")
    assert (parties["faltering government"].country, parties["faltering government"].sector) == ("CHL", "GOV")


def test_a_place_in_the_lead_keeps_its_story_however_often_another_country_acts():
    # Russia is named three times (subject, demonyms), Syria once, as the place of the lead
    text = ("Russia says its jets killed 20 militants in Syria on Monday. Russian officials said the strikes hit "
            "camps. The Russian defence ministry said more strikes would follow.")
    assert setting_of(text) == "SYR"
    assert parties_by_text(text)["20 militants"].country == "SYR"


def test_a_late_place_named_again_by_its_demonym_keeps_its_story():
    text = ("The death toll in Chile's fuel protests has climbed to twelve. Chile's finance minister resigned on "
            "Monday. Riot police later cleared a square in Peru, where Peruvian students had rallied.")
    assert setting_of(text) != "CHL"


@pytest.mark.parametrize("text", [
    "Colombia's government will lift a ban on the rebels, paving the way for peace talks with the insurgents "
    "scheduled for next month in Norway, a minister said.",
    "The rebels and the government agreed to hold power-sharing talks in Switzerland. The rebels attacked a "
    "police post on Sunday.",
    "The two sides will meet for a new round of negotiations in Geneva next week, the envoy said.",
])
def test_where_talks_sit_is_no_setting(text):
    assert setting_of(text) is None


def test_the_parties_to_talks_abroad_get_no_country_of_the_venue():
    text = ("Colombia's government will lift a ban on the rebels, paving the way for peace talks with the insurgents "
            "scheduled for next month in Norway, a minister said.")
    assert parties_by_text(text)["insurgents"].country != "NOR"


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen attacked a village in Mali on Sunday, killing 12 villagers, officials said.", "MLI"),
    ("Fighting in Yemen killed 30 people, a monitor said; rebels shelled the town.", "YEM"),
    ("A new round of shelling in Libya killed nine people, medics said.", "LBY"),
])
def test_a_place_of_events_stays_the_setting(text, country):
    assert setting_of(text) == country
