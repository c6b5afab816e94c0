"""Pronouns and titles tied to their referent on general world news (News Articles checks
N1-N20): an object pronoun is not its own verb's subject, the subject of an object relative
clause is not the noun the clause hangs on, and a capitalised "the President" is the holder the
story named. Paraphrased sentences through the real pipeline."""

from __future__ import annotations

from party_support import parties_by_text as _parties


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb():
    # N15/16: "Trump called him a so-called judge": "him" is the judge named before, never Trump
    found = _parties("Judge Ann Carter halted the new visa rules on Friday. Senator Marco Rubio criticized her on Monday.",
                     published="2017-02-10")
    assert found["her"].entity_id != "marco_rubio" and found["her"].antecedent != "Senator Marco Rubio"
    # counter-example: the subject pronoun of the next clause may still be that subject
    same = _parties("Senator Marco Rubio criticized the judge on Monday and said he would appeal.", published="2017-02-10")
    assert same["he"].entity_id == "marco_rubio"


def test_the_subject_of_an_object_relative_clause_is_not_the_noun_it_hangs_on():
    # N19/12: "He blamed fake news for treating Michael Flynn, a wonderful man whom he fired"
    found = _parties("President Donald Trump spoke in Florida. He criticized the media for attacking Michael Flynn, "
                     "a loyal adviser whom he dismissed last week.", published="2017-02-20")
    assert found["he"].entity_id == "donald_trump"
    # counter-example: in a subject relative clause ("who said he") the pronoun may be the noun itself
    own = _parties("Reporters spoke to Michael Flynn, who said he rejected the accusations.", published="2017-02-20")
    assert own["he"].entity_id == "michael_flynn"


def test_a_capitalised_the_president_is_the_president_named_before():
    # N16/31: "decisions that have to be signed off by the President" in a White House story on Yemen
    found = _parties("President Donald Trump approved a raid in Yemen. Yemen's government criticized the operation. "
                     "Spicer said that some decisions must be approved by the President.", published="2017-03-02")
    assert found["President"].entity_id == "donald_trump"
    # counter-example: "the President of Yemen" says whose president by its own words
    other = _parties("President Donald Trump approved a raid in Yemen. The President of Yemen criticized the operation.",
                     published="2017-03-02")
    assert all(p.entity_id != "donald_trump" for t, p in other.items() if t.startswith("President of"))
    assert other["President Donald Trump"].entity_id == "donald_trump"
