"""Names for GeoNames' first-level division codes (resolve/divisions.py), and what the
gazetteer makes of them: a state, an oblast or a Nigerian state is a place with its towns."""

from __future__ import annotations

import pytest

from polybius.resolve.divisions import division_keys, division_towns, name_divisions
from polybius.resolve.gazetteer import place_key


def _town(name: str, country: str, code: str, population: int, *alternates: str) -> dict:
    return {"name": name, "countrycode": country, "admin1code": code, "population": population,
            "alternatenames": list(alternates)}


def test_a_code_of_letters_is_its_iso_division():
    named = name_divisions([_town("Houston", "US", "TX", 2_300_000)], place_key)
    assert named[("US", "TX")][0] == "Texas"


def test_a_village_alternate_name_does_not_name_a_state():
    # GeoNames' "Sachsen bei Ansbach", a village in Bavaria, once named Bavaria "Saxony"; the
    # same in a country the curated table leaves alone: a village named after another province.
    towns = [_town("Kraków", "PL", "77", 760_000), _town("Slaskie Hamlet", "PL", "77", 300, "Śląskie")]
    assert ("PL", "77") not in name_divisions(towns, place_key)


def test_a_division_name_goes_to_one_code_only():
    towns = [_town("Kano", "NG", "29", 3_600_000), _town("Kanu", "NG", "98", 40_000, "Kano")]
    named = name_divisions(towns, place_key)
    assert named[("NG", "29")][0] == "Kano"
    assert ("NG", "98") not in named


def test_an_adjectival_division_name_is_matched_by_its_capital():
    assert "kharkiv" in division_keys("Kharkivska oblast", place_key)
    assert "donetsk" in division_keys("Donetska oblast", place_key)
    named = name_divisions([_town("Samara", "RU", "65", 1_150_000)], place_key)
    assert named[("RU", "65")] == ("Samara", "Samarskaya oblast'")


def test_a_town_own_name_beats_another_town_alternate_spelling():
    # "ʿmān" (an alternate spelling of Amman) folds into Ma'an's key; Ma'an's own name wins.
    towns = [_town("Amman", "JO", "16", 1_300_000, "ʿmān"), _town("Ma'an", "JO", "19", 50_000)]
    named = name_divisions(towns, place_key, capitals={"JO": "Amman"})
    assert named[("JO", "19")][0] == "Ma'an"
    assert named[("JO", "16")][0] == "Amman"  # the "capital" district (Al ‘Āşimah)


def test_the_curated_table_names_divisions_whose_capital_has_another_name():
    rows = {(row.country, row.division): row.town for row in division_towns()}
    assert rows[("NGA", "Zamfara")] == "Gusau"
    named = name_divisions([_town("Gusau", "NG", "57", 226_000), _town("Marka", "SO", "14", 230_000)], place_key)
    assert named[("NG", "57")][0] == "Zamfara"
    assert named[("SO", "14")][0] == "Lower Shabelle"


# What the gazetteer and the resolver make of the divisions (the gazetteer is built once per session).

def _resolve(sentence: str, name: str):
    from polybius.analyse import load_pipeline
    from polybius.resolve.actors import load_actor_base
    from polybius.resolve.gazetteer import load_gazetteer
    from polybius.resolve.geocode import ArticlePlaces

    doc = load_pipeline()(sentence)
    places = ArticlePlaces.of(doc, load_gazetteer(), load_actor_base())
    words = doc.char_span(sentence.index(name), sentence.index(name) + len(name))
    return places.resolve(name, near=places.provinces_near(words, sentence))  # as an event's place is read


@pytest.mark.parametrize(("sentence", "name", "country", "admin1", "feature"), [
    ("Flooding in Queensland forced thousands from their homes.", "Queensland", "AUS", "Queensland", "admin1"),
    ("Gunmen killed 12 villagers in Zamfara state in northwest Nigeria on Sunday.", "Zamfara state", "NGA", "Zamfara", "admin1"),
    ("Voters in Texas went to the polls on Tuesday.", "Texas", "USA", "Texas", "admin1"),
    ("Russian missiles struck Kharkiv on Tuesday, killing four people.", "Kharkiv", "UKR", "Kharkiv Oblast", "city"),
])
def test_a_division_is_a_place_and_its_towns_lie_in_it(sentence, name, country, admin1, feature):
    place = _resolve(sentence, name)
    assert place is not None and (place.country, place.admin1, place.feature) == (country, admin1, feature)


def test_a_town_in_a_named_state_is_the_town_of_that_state():
    import polybius

    events = polybius.extract("Police in Paris, Texas, arrested two men on Saturday after a shooting.", published="2019-06-02")
    assert events and {(e.location.name, e.location.country, e.location.admin1) for e in events} == {("Paris", "USA", "Texas")}


def test_a_division_named_after_its_town_is_the_town_when_named_bare():
    town = _resolve("Air strikes hit Idlib on Monday, a monitor said.", "Idlib")
    division = _resolve("Air strikes hit Idlib province on Monday, a monitor said.", "Idlib province")
    assert (town.feature, town.admin1) == ("city", "Idlib")
    assert (division.feature, division.admin1) == ("admin1", "Idlib")


def test_the_capital_is_not_the_state_of_its_name():
    place = _resolve("Officials in Washington said the talks would resume.", "Washington")
    assert place is not None and place.feature == "city" and place.country == "USA"
