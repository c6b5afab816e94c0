"""Sport news told in the words of a fight: results are no attacks, teams are no states,
and a sport's captain holds no military rank (Lee corpus of ABC news, Dec 2001 - Jan 2002:
"Australia has beaten South Africa by 246 runs in the first Test" was coded as an ASSAULT by
the Australian government). Sentences are paraphrases, not the corpus's own."""

from __future__ import annotations

import pytest

import polybius
from polybius.model import Event


def code(text: str, published: str = "2002-01-05") -> list[Event]:
    return polybius.extract(text, published=published)


def assaults(text: str) -> list[Event]:
    return [e for e in code(text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # a margin and the match it was won in
    "India beat Sri Lanka by seven wickets in the third Test in Colombo.",
    # a score alone
    "Argentina beat Brazil 2-1 in Buenos Aires on Sunday.",
    # the match hung on the winner's name by the parse ("beaten by Nadal in the final")
    "Federer was beaten by Nadal in the final at Roland Garros.",
    # a contest noun before the fight noun
    "France opened its World Cup campaign in Seoul with a win over Uruguay.",
    "Pakistan's bowling attack was blunted by the openers.",
    "The Labor party launched its election campaign in Sydney.",
])
def test_a_result_told_as_a_fight_is_no_attack(text: str):
    assert assaults(text) == []


def test_the_countries_of_a_match_are_no_governments():
    parties = [p for e in code("New Zealand beat England by 98 runs in the second Test at Eden Park.")
               for p in e.actors + e.recipients]
    assert not [p for p in parties if p.sector in ("GOV", "MIL")]


@pytest.mark.parametrize("text, actor_sector", [
    # the score counts another result, not the beating
    ("Police beat fans outside the stadium after the 3-0 defeat.", "COP"),
    # days of a month are no score
    ("Rebels fought the army on 2-3 October near Hama.", "REB"),
    # an election the attack happens in is no contest of the trigger
    ("Militiamen beat voters in the election.", "PRM"),
    ("Turkish jets attacked Kurdish positions in the election run-up.", "MIL"),
    # the adjective "final" is no match
    ("The army launched a final attack on the rebel-held town.", "MIL"),
])
def test_fights_near_sport_or_figures_stay_attacks(text: str, actor_sector: str):
    found = assaults(text)
    assert len(found) == 1 and found[0].actors and found[0].actors[0].sector == actor_sector


def test_a_killing_at_a_match_stays_an_attack():
    # only the fight words that sport borrows are read as results
    assert assaults("Two fans were killed in the cup final in Cairo.")


def test_a_cricket_captain_is_a_civilian_not_an_officer():
    event = next(e for e in code("Indian cricket captain Sourav Ganguly praised his bowlers after the match.") if e.actors)
    assert (event.actors[0].country, event.actors[0].sector) == ("IND", "CVL")


def test_an_army_captain_keeps_his_rank():
    event = assaults("A Syrian army captain was killed by rebels near Hama.")[0]
    assert event.recipients[0].sector == "MIL"


def test_a_sea_captain_is_a_civilian_of_his_country():
    event = next(e for e in code("A Norwegian sea captain rescued 40 fishermen off the coast.") if e.actors)
    assert (event.actors[0].country, event.actors[0].sector) == ("NOR", "CVL")
