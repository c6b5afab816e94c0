"""Role nouns and titles whose owner is no state (News Articles corpus 2016-17, checks N25-N28):
a university's president, a union's officials and a sheriff's deputy belong to their body and its
sector, not to a state's government or legislature; a police department's division is police, not
an army division; a member of a bloc of states is a member state, not the bloc; states a party
rules are governments, not the party. Sentences are paraphrases, not the corpus's."""

from __future__ import annotations

from party_support import parties_by_text as _parties

from polybius.resolve.actors import load_actor_base, resolve_words


def _fields(text: str, words: str, published: str = "2017-03-01") -> tuple[str | None, str | None, str | None]:
    party = _parties(text, published)[words]
    return party.entity_id, party.country, party.sector


def _words(mention: str, published: str = "2017-03-01") -> tuple[object, object, object]:
    words = mention.split()
    found = resolve_words(words, words[-1].lower(), load_actor_base(), published)
    return found.get("entity_id"), found.get("country"), found.get("sector")


def test_a_university_president_is_education_not_the_government() -> None:
    # N11 n 23, N26 n 37: a university president read as GOV
    text = "The university president condemned the travel ban on Tuesday."
    assert _fields(text, "university president")[2] == "EDU"
    assert _words("company vice president")[2] == "BUS"
    assert _words("union officials")[2] == "LAB"


def test_a_sheriffs_deputy_is_police_not_a_legislator() -> None:
    # N25 n 87: "Lee County Sheriff's Deputy ..." read as a legislator ("deputy" LEG)
    text = "Marion County Sheriff's Deputy Paul Grady was attacked by a man outside a store."
    assert _fields(text, "Marion County Sheriff's Deputy Paul Grady")[2] == "COP"
    assert _words("police deputy")[2] == "COP"


def test_a_states_own_titles_keep_their_sector() -> None:
    # counter-examples: a central bank is a state's (GOV), a legislator stays one, a bare
    # president or official is a state's
    assert _words("central bank president")[2] == "GOV"
    assert _words("Labour deputy")[2] == "LEG"
    assert _words("officials")[2] == "GOV"
    assert _words("military officials")[2] == "MIL"


def test_a_police_departments_division_is_police_not_an_army_division() -> None:
    # N28 n 66: "vice-narcotics division" read as the US armed forces
    text = "Back at the department, he took over the narcotics division and arrested dozens of dealers."
    assert _fields(text, "narcotics division")[2] == "COP"
    assert _words("armoured division")[2] == "MIL"  # counter-example: an army's division


def test_a_member_of_a_bloc_is_a_member_state_not_the_bloc() -> None:
    # N28 n 19: "some G20 member" read as the G20
    text = "Some G20 member is backing the militants, the protesters said."
    assert _fields(text, "G20 member") == (None, None, "GOV")
    # the plural is the bloc acting: "Security Council members called for the meeting"
    assert _words("NATO members")[0] == "nato"


def test_a_member_of_an_armed_group_stays_the_group() -> None:
    # counter-example: a member of a group that is no bloc of states is of the group
    assert _words("Hamas member")[0] == "hamas"


def test_states_a_party_rules_are_governments_not_the_party() -> None:
    # N28 n 4: "Several other BJP-ruled states ... ordering the shutdown" read as the BJP
    text = "Several BJP-ruled states have ordered the closure of slaughterhouses."
    assert _fields(text, "Several BJP-ruled states")[1:] == ("IND", "GOV")


def test_a_party_that_leads_a_list_stays_the_party() -> None:
    # counter-example: the party itself acting is the party
    text = "The BJP ordered its lawmakers to vote against the bill."
    assert _fields(text, "BJP")[0] == "bjp"
