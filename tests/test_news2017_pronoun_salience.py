"""Pronouns that stand for a thing (News Articles checks N18-N28: "they" the hacking tools became
the CIA, "it" a road map became the UN Security Council): the nearest subject of the pronoun's
number that names no party is what the pronoun takes up, and no actor further back is sought.
Paraphrased sentences through the real pipeline."""

from __future__ import annotations

from party_support import parties_by_text

DAY = "2017-03-01"


def _pronoun(text: str, word: str):
    found = parties_by_text(text, DAY)
    return found.get(word)


def test_they_after_a_subject_of_things_is_no_party():
    party = _pronoun("The NSA built the spying programs in secret. Once the programs leak onto the internet, "
                     "they cannot be recovered, experts warned.", "they")
    assert party is None or (party.entity_id, party.country, party.sector) == (None, None, None)


def test_it_after_a_thing_subject_is_no_party():
    party = _pronoun("Israel and the Palestinians welcomed the peace plan, with the Security Council "
                     "also endorsing it in May.", "it")
    assert party is None or party.entity_id != "unsc"


def test_they_after_a_body_of_people_keeps_the_people():
    # counter-example: a subject that names people ("the defendants") is a party, not a thing
    party = _pronoun("The four defendants were arrested in Canada after they hacked the company's servers.", "they")
    assert party is None or party.entity_id != "cia"


def test_it_after_a_named_force_keeps_the_force():
    # counter-example: FA-KES style, the armed group named as subject stays the antecedent
    party = _pronoun("Islamic State fighters stormed the village on Monday after it shelled the area.", "it")
    assert party is not None and party.entity_id == "isis"


def test_it_of_a_thing_needed_is_not_the_group_named_before():
    # "He needs a big distraction and Gaza can supply it" (News Articles na-1826): "it" is the
    # crisis, not Hamas of the sentence before
    party = _pronoun("Hamas has ruled the strip for a decade. \"Netanyahu needs a crisis and the strip can "
                     "supply it,\" he said.", "it")
    assert party is None or party.entity_id is None and party.sector is None


def test_it_after_its_own_thing_keeps_the_owner():
    # counter-example (FA-KES check 26 n 63): "Its mandate is limited ... and it is only charged
    # with ...": the owner of the thing goes on, the thing is no antecedent
    party = _pronoun("The United Nations sent a team of inspectors to the sites. Its mandate is narrow and it "
                     "is only charged with finding whether gas was used.", "it")
    assert party is not None and party.entity_id == "un"
