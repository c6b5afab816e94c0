"""Where: the offline gazetteer, name normalisation, resolution in context, event places."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from polybius.evaluate import places as place_table
from polybius.resolve.gazetteer import load_gazetteer, place_key, skeleton

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("spellings", [("Deir ez-Zor", "Deir el-Zour", "Dayr az Zawr"), ("Arsal", "Aarsal", "Ersal"), ("Raqqa", "Raqa", "Ar Raqqah")])
def test_transliterations_are_one_place(spellings):
    gazetteer = load_gazetteer()
    found = [{(p.name, p.country) for p in gazetteer.candidates(s) if p.feature != "admin1"} for s in spellings]
    common = set.intersection(*found)
    assert common, found


def test_keys_drop_articles_marks_and_doubled_letters():
    assert place_key("Ma`arrat an-Nu`man") == place_key("Maarat al-Numan")
    assert skeleton(place_key("Aarsal")) == skeleton(place_key("Ersal"))


def geoparse(path: Path) -> list[dict]:
    run = subprocess.run([sys.executable, "-m", "polybius.cli", "geoparse", str(path), "--format", "jsonl"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_specimen_places(specimen_path):
    found = {row["text"]: row for row in geoparse(specimen_path)}
    assert (found["Qalamoun"]["country"], found["Qalamoun"]["feature"]) == ("SYR", "mountain")  # not the Lebanese coastal town
    assert found["Aarsal"]["country"] == "LBN"
    assert found["Zamrani"]["feature"] == "border_crossing"
    border = found["the Syrian-Lebanese border"]
    assert (border["feature"], border["precision"]) == ("border_area", 3)
    text = specimen_path.read_text(encoding="utf-8")
    for row in found.values():
        start, end = row["span"]
        assert text.split("\n", 1)[1].lstrip()[start:end] == row["text"]  # spans are into the article text


def test_the_lebanese_offensive_is_on_lebanons_side_of_the_border(specimen_events):
    _, events = specimen_events
    offensive = next(e for e in events if e.sentence_index == 3 and e.event_type == "ASSAULT")
    assert (offensive.location.feature, offensive.location.country) == ("border_area", "LBN")
    assert offensive.location.lat is not None


def test_place_table_scores_hold():
    """356 place mentions resolved by hand (eval/places.jsonl); floors a little under the
    figures in docs/PLACES.md."""
    summary = place_table.score(place_table.load(ROOT / "eval" / "places.jsonl"))
    assert summary["cases"] >= 200
    assert summary["within_161km"] >= 0.80
    assert summary["within_25km"] >= 0.65


def test_ayin_typed_as_a_quote_mark_is_dropped():
    assert place_key("Dar‘ā") == place_key("Daraa")
    assert place_key("Ba'albek") == place_key("Baalbek")


def test_a_province_has_one_name_whichever_source_places_a_town_in_it():
    gazetteer = load_gazetteer()
    # a GeoNames town and a curated supplement camp in Hasakah province
    divisions = {p.admin1 for name in ("Al-Hasakah", "Qamishli", "Al-Hol camp") for p in gazetteer.candidates(name, fuzzy=False)
                 if p.country == "SYR" and p.admin1}
    assert len(divisions) == 1, divisions


def _event_places(text: str) -> list[tuple[str | None, str | None, str | None]]:
    import polybius

    return [(e.location.name, e.location.country, e.location.basis) if e.location else (None, None, None)
            for e in polybius.extract(text, published="2016-05-01")]


def test_the_dateline_is_context_for_a_name_two_countries_share():
    body = "Clashes erupted in Tripoli between gunmen on Saturday."
    assert {c for _, c, _ in _event_places(body)} == {"LBY"}  # the larger Tripoli, alone
    assert {c for _, c, _ in _event_places("BEIRUT, May 1 (Reuters) - " + body)} == {"LBN"}


def test_an_event_on_the_ground_with_no_place_takes_the_articles_focus():
    text = ("Government warplanes bombed the town of Saraqeb in Idlib province on Monday, a monitor said. "
            "The raids killed at least 12 civilians, among them four children.")
    places = _event_places(text)
    assert places[-1][0] == "Saraqib" or places[-1][0].startswith("Saraq"), places
    assert places[-1][2] == "article"


def test_a_town_the_model_misses_is_found_but_a_capitalised_word_is_no_town_abroad():
    places = _event_places("9 injured in New Terrorist Mortar Shell Attacks in Aleppo neighborhood, state TV announced.")
    assert all(country in (None, "SYR") for _, country, _ in places), places


def _located(text: str) -> list[tuple[str | None, str | None, str | None, int | None]]:
    import polybius

    return [(e.location.name, e.location.admin1, e.location.feature, e.location.precision) if e.location else (None, None, None, None)
            for e in polybius.extract(text, published="2016-05-01")]


def _mentions(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return {row["text"]: row for row in geoparse(path)}


def test_a_demonym_is_never_read_as_a_town_it_sounds_like(tmp_path):
    found = _mentions(tmp_path, "Regime forces entered the village during an offensive aimed at cutting rebel supply lines "
                                "to the Turkish border, the Syrian Observatory for Human Rights said.")
    assert "Syrian" not in found, found


def test_a_name_the_model_reads_as_an_adjective_before_city_is_the_city():
    assert _located("Seven civilians were killed on Wednesday as terrorists shelled Salah Eddin neighborhood in Aleppo city.")[0][1] == "Aleppo"


def test_a_province_after_a_country_whose_apostrophe_was_lost_is_the_province():
    place = _located("ISIL terrorists killed more than 50 people in an attack on two villages in central Syrias Hama province "
                     "on Thursday, a Britain-based monitor said.")[0]
    assert (place[1], place[2], place[3]) == ("Hama", "admin1", 3)


def test_a_country_in_an_actors_name_is_no_place_and_a_fused_article_is_read(tmp_path):
    found = _mentions(tmp_path, "The Islamic State in Iraq and the Levant executed at least 19 men at an oil field in Deir Ezzor, "
                                "the UK-based Syrian Observatory reported.")
    assert "Iraq" not in found and "Levant" not in found, found
    assert found["Deir Ezzor"]["admin1"] == "Deir ez-Zor"
    assert place_key("Deir Ezzor") == place_key("Deir ez-Zor")
    assert place_key("Essen") == "esen"  # the first word of a name keeps its letters


def test_a_place_evacuees_come_from_is_not_the_focus_of_the_story():
    places = _located("A suicide car bomb hit buses carrying evacuees from the towns of Foua and Kefraya near Aleppo on Saturday. "
                      "The blast killed more than 100 people.")
    assert places[-1][1] == "Aleppo", places


def test_the_noun_after_a_name_chooses_its_reading(tmp_path):
    found = _mentions(tmp_path, "Nusra Front and Islamic State fighters clashed fiercely on the Qalamoun barrens near Arsal in Lebanon.")
    assert (found["Qalamoun"]["country"], found["Qalamoun"]["feature"]) == ("SYR", "mountain")


def test_a_name_the_model_cut_short_is_read_whole():
    assert _located("Seven civilians were killed in a terrorist car bomb attack in Tal Abyad city in the northern countryside "
                    "of Raqqa province on Wednesday.")[0][:2] == ("Tall Abyaḑ", "Raqqa")


def test_a_common_word_is_no_small_town_abroad(tmp_path):
    found = _mentions(tmp_path, "Archimandrite Emanuel Youkhana told Aid to the Church in Need, a Catholic charity based in Germany, "
                                "that militants killed 15 hostages in Hasakah.")
    assert "Need" not in found, found


def test_the_focus_is_the_province_named_most_with_the_lead_counting_more():
    from polybius.model import Place
    from polybius.resolve.places import article_focus

    def place(text: str, admin1: str, start: int, precision: int = 1, country: str = "SYR") -> Place:
        return Place(text=text, span=(start, start + len(text)), name=text, lat=35.0, lon=36.0, country=country,
                     admin1=admin1, precision=precision)

    town_thrice = [place("Qardaha", "Latakia", 300), place("Latakia province", "Latakia", 500, 3), place("Qardaha", "Latakia", 900)]
    elsewhere = [place("Rityan", "Aleppo", 1200), place("Aleppo", "Aleppo", 1300), place("Rityan", "Aleppo", 1400)]
    assert article_focus(town_thrice + elsewhere, "SYR", lead_end=100, text_end=1500).name == "Qardaha"  # named early, twice the votes
    assert article_focus(elsewhere + [place("Idlib", "Idlib", 20)], "SYR", lead_end=100, text_end=1500).name == "Idlib"  # the lead
    assert article_focus([place("Geneva", "Geneva", 10, country="CHE")], "SYR", lead_end=100) is None  # talks abroad are no focus


def test_a_name_twin_towns_share_across_a_border_is_the_one_in_the_storys_country():
    # Ras al-Ain is also an old name of Ceylanpınar, a larger town a few km away in Turkey
    place = _located("Al-Qaeda loyalists attacked the mainly Kurdish town of Ras al-Ain in northeastern Syria on Saturday, "
                     "sparking fighting across northern Syria in which 17 people were killed, and sending residents fleeing "
                     "into Turkey.")[0]
    assert place[1] == "Al-Hasakah", place


def test_a_town_spelt_unlike_the_gazetteer_and_a_province_with_a_compass_word_are_provinces():
    from polybius.resolve.actors import load_actor_base
    from polybius.resolve.geocode import ArticlePlaces

    context = ArticlePlaces(load_gazetteer(), load_actor_base())
    hasakeh = context.resolve("Hasakeh province")  # the division is spelt "Al-Hasakah"
    assert (hasakeh.feature, hasakeh.admin1) == ("admin1", "Al-Hasakah")
    aleppo = context.resolve("Northeastern Aleppo")  # "the town of Manbij in Northeastern Aleppo"
    assert (aleppo.feature, aleppo.admin1) == ("admin1", "Aleppo")


def test_a_region_across_provinces_does_not_take_the_focus_from_a_province():
    places = _located("At least 30 militants were killed in clashes with Kurdish fighters in NE Syria on Thursday. "
                      "The fighting erupted when militants stormed the village of Qassiab in Hasakeh province, the Observatory said.")
    assert places[-1][1] == "Al-Hasakah", places


def test_part_of_a_longer_name_is_read_in_the_provinces_its_sentence_names():
    places = _located("A terrorist motorcycle bomb attack took place near al-Khulafaa al-Rashideen Mosque in al-Daatour "
                      "neighborhood in Latakia city, leaving 5 dead.")
    assert {admin1 for _, admin1, _, _ in places} == {"Latakia"}, places  # no quarter of Aleppo


def test_airport_codes_are_no_names():
    gazetteer = load_gazetteer()
    assert not any(p.name == "Dubai" for p in gazetteer.candidates("DXB", fuzzy=False))
    assert any(p.name == "Dubai" for p in gazetteer.candidates("Dubai", fuzzy=False))


def test_a_places_own_name_beats_another_name_of_a_larger_town():
    # GeoNames lists "Adra" among the names of Dar'a; Adra is the town north-east of Damascus
    place = _located("Rebels shelled the industrial town of Adra, killing three workers, the state news agency said.")[0]
    assert place[1] == "Rif Dimashq", place


def test_a_name_with_a_hyphen_the_model_cut_short_is_read_whole(tmp_path):
    found = _mentions(tmp_path, "Russias Aerospace Forces have killed 304 Daesh militants as the offensive against the terrorists "
                                "on the eastern bank of the Euphrates river near Deir ez-Zor Syria continues, the ministry said.")
    assert found["Deir ez-Zor"]["admin1"] == "Deir ez-Zor", found


def test_the_place_word_at_the_end_of_a_groups_name_is_no_place(tmp_path):
    found = _mentions(tmp_path, "Rebels from Ahrar al-Sham and Jabhat Fateh al-Sham attacked government positions in Hama "
                                "province in Syria on Monday.")
    assert all(row["admin1"] in (None, "Hama") for row in found.values()), found  # "al-Sham" is no Damascus


def test_a_name_after_a_place_noun_the_parser_hung_elsewhere_is_the_place():
    assert _located("A Russian airstrike on Syrian city Aleppo killed eight civilians on Saturday, a civil defense "
                    "source said.")[0][1] == "Aleppo"


def test_a_town_after_its_country_whose_apostrophe_was_lost_is_the_town():
    place = _located("A motorcycle bomber killed at least 16 civilians outside a bakery in Syrias Hasakeh city Tuesday, "
                     "an official said.")[0]
    assert (place[1], place[3]) == ("Al-Hasakah", 2), place  # not Syria, at country level


def test_a_town_run_into_its_countrys_name_is_the_town(tmp_path):
    # the model tags "Tabqa Syria" (its comma lost) as a group; the country vouches for the small town
    found = _mentions(tmp_path, "Fighting raged in Syria on Tuesday. An air strike mistakenly killed 18 members of the Syrian "
                                "Democratic Forces south of the city of Tabqa Syria the Pentagon said.")
    assert found["Tabqa"]["admin1"] == "Raqqa", found


def test_a_town_guessed_from_its_consonants_may_be_one_of_unknown_population():
    # GeoNames gives no population for most Syrian towns ("Ash Shaddādah")
    place = _located("Islamic State suicide bombers attacked a camp for displaced people near Shaddadeh in Syria on Tuesday, "
                     "killing 24 people.")[0]
    assert place[1] == "Al-Hasakah", place


def test_a_town_named_by_towns_abroad_too_places_the_story_in_the_country_the_text_names():
    from polybius.analyse import load_pipeline
    from polybius.resolve.actors import load_actor_base
    from polybius.resolve.geocode import ArticlePlaces

    text = ("Two Russian pilots were killed when their helicopter was shot down near Palmyra in Syria on Friday. "
            "The helicopter had been attacking militants east of Palmyra, the ministry said. "
            "Government troops retook Palmyra in March. Iran's foreign minister is due in Tehran on Monday.")
    context = ArticlePlaces.of(load_pipeline()(text), load_gazetteer(), load_actor_base(), text)
    assert context.setting() == "SYR"  # Palmyra is also in the United States, which the text does not name


def test_a_word_abroad_is_a_village_only_by_its_own_name(tmp_path):
    # GeoNames lists "Bari" among the other names of Yaprakbaşı, a Turkish village
    found = _mentions(tmp_path, "Turkish military said its warplanes carried out airstrikes against Daish in the area of "
                                "Akhtarin Turkmen Bari and Dabiq of northern Syria and destroyed nine Daish targets with ten "
                                "bombs, the military said. Turkey has been shelling the area since January.")
    assert all(row["country"] != "TUR" or row["feature"] == "country" for row in found.values()), found


def test_a_name_the_model_took_for_a_person_is_read_in_the_province_its_sentence_names():
    # "al-Salehia" (tagged PERSON) sounds like a Damascus quarter; the sentence puts it in Raqqa province.
    located = _located("Coalition aircraft killed ten people in an airstrike on al-Salehia village in the northern "
                       "countryside of Raqqa province.")
    assert located and all(admin1 in ("Raqqa", None) for _, admin1, _, _ in located), located


def test_a_large_city_is_not_the_other_name_of_a_small_town_of_the_storys_country(tmp_path):
    # GeoNames lists "Jerusalem" among the names of El Rio, California; a US story keeps the city
    found = _mentions(tmp_path, "The senator from Ohio met voters in Cleveland and Columbus on Monday. "
                                "He said the embassy in Jerusalem would stay open.")
    assert found["Jerusalem"]["country"] == "ISR", found["Jerusalem"]


def test_a_state_abbreviated_after_a_town_says_which_town_it_is(tmp_path):
    found = _mentions(tmp_path, "SPRINGFIELD, Ill. (AP) - A man was arrested Tuesday in Springfield after a shooting. "
                                "Police in Columbia, Mo., said a barn burned near Lake City, Fla., on Sunday.")
    assert found["SPRINGFIELD"]["admin1"] == found["Springfield"]["admin1"] == "Illinois", found
    assert found["Columbia"]["admin1"] == "Missouri", found["Columbia"]
    assert found["Lake City"]["admin1"] == "Florida", found["Lake City"]
    assert (found["Fla."]["name"], found["Fla."]["feature"]) == ("Florida", "admin1")  # not Flå in Norway


def test_an_abbreviation_alone_is_no_place():
    from polybius.analyse import load_pipeline
    from polybius.resolve.actors import load_actor_base
    from polybius.resolve.geocode import ArticlePlaces

    text = "Miss. Jones said the mass was held in the town of Wash. after all."
    doc = load_pipeline()(text)
    context = ArticlePlaces.of(doc, load_gazetteer(), load_actor_base(), text)
    assert all(context.abbreviated_division(doc, token.i, text) is None for token in doc)


def test_a_country_or_capital_the_model_took_for_a_group_is_a_place_where_a_place_stands(tmp_path):
    found = _mentions(tmp_path, "Clashes erupted in Bamako on Friday, and militants crossed from Niger into Tillaberi region.")
    assert found["Bamako"]["country"] == "MLI", found
    assert (found["Niger"]["country"], found["Niger"]["feature"]) == ("NER", "country"), found
    # "Tillaberi" (tagged a group) before "region" is the region of Niger, not its smaller town
    assert (found["Tillaberi region"]["feature"], found["Tillaberi region"]["country"]) == ("admin1", "NER"), found


def test_a_regional_capital_the_model_took_for_a_person_is_the_town(tmp_path):
    # "Kherson" (tagged PERSON; GeoNames counts it under 100,000) names Kherson Oblast
    found = _mentions(tmp_path, "Russian forces shelled Kherson overnight, Ukrainian officials said.")
    assert found["Kherson"]["country"] == "UKR", found


def test_a_name_listed_with_a_place_is_a_place_of_its_country(tmp_path):
    found = _mentions(tmp_path, "Taliban fighters entered Kunduz and Lashkar Gah on Sunday. "
                                "Russia launched missiles at Kyiv, Lviv and Dnipro.")
    assert (found["Lashkar Gah"]["country"], found["Lashkar Gah"]["admin1"]) == ("AFG", "Helmand"), found  # tagged PERSON
    assert found["Lviv"]["country"] == "UKR", found  # left untagged


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Indian troops killed three militants in Kashmir on Monday.", "Kashmir", "IND"),  # not Cashmere, Washington
    ("Insurgents attacked soldiers in Palma in Cabo Delgado province on Wednesday.", "Palma", "MOZ"),  # not Palma de Mallorca
    ("Pakistani troops killed five militants in North Waziristan.", "North Waziristan", "PAK"),
])
def test_world_conflict_places_that_geonames_lacks_are_curated(tmp_path, text, name, country):
    found = _mentions(tmp_path, text)
    assert found[name]["country"] == country, found


def test_a_compass_word_before_a_country_names_its_curated_region(tmp_path):
    found = _mentions(tmp_path, "Ebola cases rose in eastern Congo on Monday. Fighting raged in northern Syria.")
    assert (found["eastern Congo"]["feature"], found["eastern Congo"]["country"]) == ("region", "COD"), found
    assert found["northern Syria"]["name"] == "Northern Syria", found


def test_a_country_in_a_ban_note_is_neither_the_event_place_nor_the_story_country():
    import polybius

    events = polybius.extract("Terrorists of Jabhat al-Nusra (banned in Russia) shelled residential areas of Aleppo on Monday, "
                              "killing three civilians, the Russian Defence Ministry said.", published="2016-05-02")
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.location is not None and attack.location.name == "Aleppo"
    assert {p.country for p in attack.recipient if p.sector == "CVL"} == {"SYR"}  # not Russia, the law's country


def test_a_city_of_note_names_its_country_by_its_own_name():
    gazetteer = load_gazetteer()
    # a large city whose namesakes abroad are small: its country
    assert gazetteer.country_of_a_city_of_note("Sydney") == "AUS"
    assert gazetteer.country_of_a_city_of_note("Buenos Aires") == "ARG"
    # "Islamabad" is also an old name of Chattogram, a larger city: the own name wins
    assert gazetteer.country_of_a_city_of_note("Islamabad") == "PAK"
    # a name two large cities of two countries share is no one's
    assert gazetteer.country_of_a_city_of_note("Valencia") is None  # Spain's and Venezuela's
