"""The story's country against a namesake town (ArticlePlaces._namesake_outnamed): a word the
gazetteer reads only as a town of a country the article never names ("Munya", a township of
Myanmar; "Park", a US village) does not set the story there when the article names another
country by its own words more often. News Articles checks N2 n 93, N25 n 18, N32 n 35 (a Kenya
doctors' strike set in Myanmar), N4 n 26 and N29 n 34 (a South Korea story set in the US)."""

from __future__ import annotations

from functools import lru_cache

from party_support import parties_by_text
from polybius.resolve.geocode import ArticlePlaces


@lru_cache(maxsize=None)
def setting_of(text: str) -> str | None:
    from polybius.analyse import load_pipeline
    from polybius.resolve.actors import load_actor_base
    from polybius.resolve.gazetteer import load_gazetteer

    return ArticlePlaces.of(load_pipeline()(text), load_gazetteer(), load_actor_base(), text).setting()


STRIKE = ("Ghana's striking nurses ignored a court order to return to the wards on Monday. The Ghanaian health "
          "minister said the union had turned down every offer. \"We will not be bullied,\" he told reporters at a "
          "joint briefing with Munya.")


def test_a_namesake_town_of_a_country_never_named_gives_way_to_the_named_country():
    # "Munya" (a person here) is read only as a township of Myanmar, which the story never names
    assert setting_of(STRIKE) == "GHA"
    assert parties_by_text(STRIKE)["union"].country == "GHA"


def test_towns_named_as_often_as_the_other_country_keep_their_story():
    # Syria is never named, but Aleppo is, as often as "Russian": the town's country stays
    text = ("Russian jets bombed eastern Aleppo on Monday, killing 20 people. Rescue workers in Aleppo said the toll "
            "could rise. Russian officials denied hitting a hospital in Aleppo, and rebels shelled western Aleppo.")
    assert setting_of(text) == "SYR"


def test_a_town_of_a_named_country_keeps_its_story():
    # the town's country is named by its own word: no namesake, the rule does not fire
    text = ("Burmese troops shelled villages near Munya on Monday, residents said. Soldiers burned homes in Munya "
            "and in two hamlets nearby. Ghana's envoy to the UN called for restraint.")
    assert setting_of(text) == "MMR"
