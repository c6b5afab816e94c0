"""A pronoun takes no person of the other sex that the knowledge base knows (News Articles
checks N1-N24: "her" became Trump and Tsipras, "She" became Trump with Merkel the object,
"him" became Merkel). people.yaml marks women ``sex: female``; a person of the base without
the mark is never "she"/"her", a woman so marked never "he"/"him"/"his". Paraphrased
sentences through the real pipeline."""

from __future__ import annotations

from party_support import parties_by_text as _parties

from polybius.resolve.actors import load_actor_base


def test_she_is_not_a_man_of_the_base():
    # "She" opens the next sentence: the man, the subject before, is no "she"; the woman is
    found = _parties("President Trump received Chancellor Merkel at the White House on Friday. "
                     "She urged him to keep trade open.", published="2017-03-01")
    assert found["She"].entity_id == "angela_merkel"
    assert found["him"].entity_id == "donald_trump"


def test_he_is_not_a_woman_of_the_base():
    found = _parties("Prime Minister Theresa May welcomed President Francois Hollande to London. "
                     "He warned that Europe faced hard talks.", published="2017-03-01")
    assert found["He"].entity_id == "francois_hollande"


def test_a_woman_of_the_base_is_still_she():
    # counter-example: the mark lets "she" take the woman it names, and "him" the man
    found = _parties("Angela Merkel hosted Turkish President Recep Tayyip Erdogan in Berlin. "
                     "She criticised him over the arrests of journalists.", published="2017-03-01")
    assert found["She"].entity_id == "angela_merkel"
    assert found["him"].entity_id == "recep_tayyip_erdogan"
    other = _parties("Foreign Minister Julie Bishop met Foreign Minister Wang Yi in Canberra. "
                     "She urged restraint in the South China Sea.", published="2017-03-01")
    assert other["She"].entity_id == "julie_bishop"


def test_the_sex_field_is_optional_in_a_users_file(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text(
        "- entity_id: jan_novak_test\n  name: \"Jan Novakowski\"\n  roles:\n"
        "    - {title: \"Mayor\", country: CZE, sector: GOV, start: 2010, end: null}\n"
        "- entity_id: eva_novak_test\n  name: \"Eva Novakowska\"\n  sex: female\n  roles:\n"
        "    - {title: \"Mayor\", country: CZE, sector: GOV, start: 2010, end: null}\n", encoding="utf-8")
    base = load_actor_base((str(path),))
    assert base.lookup("Jan Novakowski").sex is None
    assert base.lookup("Eva Novakowska").sex == "female"
    assert base.lookup("Angela Merkel").sex == "female" and base.lookup("Emmanuel Macron").sex is None
