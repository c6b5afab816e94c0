"""The story's country on general news, second round (News Articles checks N1-N8, Dec 2016 -
Mar 2017): a town that names talks ("the Geneva talks", "the Astana process") sets no story."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-02-20"

SYRIA_TALKS = ("Syrian government and opposition delegations met in the UN assembly hall on Thursday. The Geneva "
               "talks will resume next week, and the agenda of the Geneva talks is agreed. The UN envoy hopes the "
               "Geneva talks will not stall. Fighting went on in Idlib, and insurgents fired rockets at army posts.")


def test_a_town_that_names_talks_sets_no_story():
    # "the Geneva talks" three times: the story is Syria's, and so are its insurgents (N3 n 9, N8 n 63)
    parties = parties_by_text(SYRIA_TALKS, DAY)
    assert (parties["insurgents"].country, parties["insurgents"].sector) == ("SYR", "REB")


def test_talks_in_a_town_of_the_story_still_place_it():
    # counter-example: a town where the story happens, not before a talks noun, still places it
    text = ("Fighting raged in Idlib and in Hama on Thursday. Talks in Idlib between local elders failed. "
            "Insurgents fired rockets at army posts.")
    assert parties_by_text(text, DAY)["Insurgents"].country == "SYR"
