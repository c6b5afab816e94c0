"""Who: the actor base, resolution in context, `polybius actors lookup` and user overlays."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from party_support import parties_by_text as _parties

from polybius.evaluate import actors as actor_table

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "eval" / "actors.jsonl"


def polybius(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "polybius.cli", *args], capture_output=True, text=True, timeout=600)


def by_text(events, words: str):
    for event in events:
        for party in event.actors + event.recipients:
            if party.text == words:
                return party
    raise AssertionError(f"no party {words!r}")


def test_specimen_actors_resolve(specimen_events):
    _, events = specimen_events
    assert by_text(events, "Daesh militants").entity_id == "isis"
    assert by_text(events, "Lebanese militia Hezbollah").entity_id == "hezbollah"
    army = by_text(events, "Lebanese army")
    assert (army.entity_id, army.country, army.sector, army.cameo_code) == ("lebanese_armed_forces", "LBN", "MIL", "LBNMIL")
    assert by_text(events, "Syrian army").entity_id == "syrian_arab_army"
    government = by_text(events, "Lebanese government")
    assert (government.country, government.sector) == ("LBN", "GOV")
    hariri = by_text(events, "Prime Minister Saad Hariri")
    assert (hariri.entity_id, hariri.country, hariri.sector) == ("saad_hariri", "LBN", "GOV")
    kanso = by_text(events, "General Ali Kanso")  # introduced after "a Lebanese army spokesman"
    assert (kanso.country, kanso.sector) == ("LBN", "MIL")
    assert by_text(events, "them").entity_id == "isis"  # "accused them", them = Daesh
    assert by_text(events, "group").entity_id == "isis"  # "attacking the group", not Hizballah named beside it


def test_lookup_explains_a_role_on_a_date():
    run = polybius("actors", "lookup", "Saad Hariri", "--date", "2017-08-19", "--format", "json")
    found = json.loads(run.stdout)
    assert (found["country"], found["sector"]) == ("LBN", "GOV") and "Prime Minister" in found["why"]
    out_of_office = json.loads(polybius("actors", "lookup", "Saad Hariri", "--date", "2014-03-01", "--format", "json").stdout)
    assert out_of_office["entity_id"] == "saad_hariri" and out_of_office["sector"] is None


@pytest.mark.parametrize(("name", "entity_id"), [("Daesh", "isis"), ("ISIL", "isis"), ("Hizballah", "hezbollah"), ("Jabhat al-Nusra", "hts")])
def test_lookup_aliases(name: str, entity_id: str):
    assert json.loads(polybius("actors", "lookup", name, "--format", "json").stdout)["entity_id"] == entity_id


def test_lookup_metonym_and_unknown():
    kremlin = json.loads(polybius("actors", "lookup", "the Kremlin", "--format", "json").stdout)
    assert (kremlin["country"], kremlin["sector"]) == ("RUS", "GOV")
    unknown = polybius("actors", "lookup", "Zorblax Quintet", "--format", "json")
    assert unknown.returncode == 1 and json.loads(unknown.stdout)["why"].startswith("unknown")


def test_user_file_is_merged_over_the_base(tmp_path: Path):
    own = tmp_path / "mine.yaml"
    own.write_text(
        "- entity_id: zorblax\n  name: Zorblax Quintet\n  aliases: [ZQ]\n  kind: armed_group\n  sector: REB\n"
        "  acled_inter: 2\n  countries: [SYR]\n  source: test\n", encoding="utf-8")
    found = json.loads(polybius("actors", "lookup", "ZQ", "--actors", str(own), "--format", "json").stdout)
    assert (found["entity_id"], found["country"]) == ("zorblax", "SYR")
    text = tmp_path / "a.txt"
    text.write_text("ZQ fighters attacked an army checkpoint near Hama on Friday.", encoding="utf-8")
    run = polybius("extract", str(text), "--actors", str(own), "--format", "jsonl")
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert any((r["actor"] or {}).get("entity_id") == "zorblax" for r in records if isinstance(r["actor"], dict))


def test_broken_user_file_is_named(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: not a list\n", encoding="utf-8")
    run = polybius("actors", "lookup", "ZQ", "--actors", str(bad))
    assert run.returncode == 2 and "bad.yaml" in run.stderr


def test_mention_table_scores_hold():
    """654 hand-resolved mentions from FA-KES (eval/ACTORS.md). Floors a little under the
    figures in docs/ACTORS.md, so that a change that loses ground fails."""
    summary = actor_table.score(actor_table.load(TABLE))
    assert summary["cases"] >= 300
    assert summary["entity_accuracy"] >= 0.71  # 0.744 on 675 cases (2026-11-26, resolution rules of issue #3)
    assert summary["no_guess_rate"] >= 0.89  # say "unknown" rather than guess (0.925)
    assert summary["sector_accuracy"] >= 0.79  # 0.830
    assert summary["resolved_precision"] >= 0.73  # 0.767


@pytest.mark.parametrize(("mention", "expected"), [
    ("Israels army", ("idf", "ISR", "MIL")),  # a possessive whose apostrophe the page lost
    ("Hezballah", ("hezbollah", "LBN", "PRM")),  # another transliteration of a group's name
    ("Jaysh al-Islam", ("jaish_al_islam", "SYR", None)),
    ("Assads forces", ("syrian_arab_army", "SYR", "MIL")),  # a leader's forces: his country's
    ("civilian casualties", (None, None, "CVL")),  # a generic head yields to a modifier that says who
    ("national forces", (None, None, "MIL")),  # a lowercase word is no name ("The National")
    ("two US-backed groups", (None, None, None)),  # the patron's country is not the group's
])
def test_mentions_news_writes_resolve_as_a_coder_reads_them(mention, expected):
    from polybius.resolve.actors import explain

    found = explain(mention, "2016-05-01")
    entity_id, country, sector = expected
    assert found["entity_id"] == (entity_id or None)
    if country:
        assert found["country"] == country
    else:
        assert not found["country"]
    if sector:
        assert found["sector"] == sector
    elif entity_id is None:
        assert not found["sector"]


def test_bylines_times_and_bombed_cities_are_not_parties():
    import polybius

    events = polybius.extract("(TRT World and Agencies) A bomb blast in the Syrian city of Qamishli killed 48 people. "
                              "At around 6:00 pm the Latamneh hospital was targeted by warplanes. "
                              "Car bombs have targeted Damascus and several other Syrian cities.", published="2016-07-28")
    parties = [p for e in events for p in e.actors + e.recipients]
    texts = {p.text for p in parties}
    assert not {"TRT World", "around 6:00 pm", "Damascus", "several other Syrian cities"} & texts, texts
    assert "Damascus" in {e.location.name for e in events if e.location}


def test_victims_take_the_country_of_the_place_their_event_is_tied_to():
    import polybius

    events = polybius.extract("At least 31 civilians were killed in air strikes on the city of Aleppo, the Russian Defence Ministry said.",
                              published="2016-07-28")
    victims = [p for e in events for p in e.recipients if "civilians" in p.text]
    assert victims and all((p.country, p.sector, p.cameo_code) == ("SYR", "CVL", "SYRCVL") for p in victims), victims


@pytest.mark.parametrize(("mention", "expected"), [
    ("Russian Foreign Ministry spokeswoman Maria Zakharova", ("maria_zakharova", "RUS")),  # the person, not the ministry
    ("Syrian regime leader Bashar Assad", ("bashar_al_assad", "SYR")),  # not the regime
    ("Jaish al-Islam spokesman Islam Alloush", (None, "SYR")),  # unknown person: the body's country and sector, no entity
])
def test_a_name_after_a_title_is_the_person(mention, expected):
    from polybius.resolve.actors import explain

    found = explain(mention, "2016-05-01")
    assert (found["entity_id"], found["country"]) == expected
    if expected[0] is None:
        assert found["sector"] == "REB" and "jaish" not in (found["name"] or "").lower()


def test_pronouns_take_their_speaker_or_the_name_before_them():
    parties = _parties("Russia confirmed that six warplanes carried out airstrikes around Raqqa but said it had demolished "
                       "a chemical weapons factory. The Islamic State linked up territorial gains across Syria and Iraq "
                       "where it seized the northern city of Mosul.")
    assert (parties["it"].country, parties["it"].sector) in {("RUS", "GOV"), ("SYR", "REB")}
    spoken = _parties("I call on the Security Council to convene urgently National Coalition leader Ahmed al-Jarba "
                      "told Al-Arabiya news channel.", published="2013-08-21")
    assert spoken["I"].entity_id == "ahmad_jarba"  # a first person in a quote is its speaker


def test_others_are_more_of_the_people_just_named():
    parties = _parties("The terrorists also fired rocket shells on the Faculty of Law and the neighborhoods of al-Sabil and "
                       "al-Midan in Aleppo killing two persons and injuring 32 others.")
    assert (parties["32 others"].country, parties["32 others"].sector) == ("SYR", "CVL")


def test_allies_are_on_their_patrons_side_or_unknown():
    parties = _parties("Five civilians were killed in fighting which resulted in the Nusra Front and its allies taking "
                       "control of the village of al-Sabha in Idlib. Assad and his Iranian allies attacked the town of Daraya.")
    assert (parties["its allies"].country, parties["its allies"].sector, parties["its allies"].entity_id) == ("SYR", "REB", None)
    # allies who attack a town are their state's forces (eval/ACTORS.md: a state word at war is its military)
    assert (parties["his Iranian allies"].country, parties["his Iranian allies"].sector) == ("IRN", "MIL")
    state = _parties("Over 60 terrorists were killed in clashes with the Syrian army and its allies in Aleppo.")
    # a state's forces fighting at home: their allies on the ground are pro-government militias
    assert (state["its allies"].country, state["its allies"].sector, state["its allies"].entity_id) == ("SYR", "PRM", None)
    abroad = _parties("Iranian officials said the Russian army and its allies shelled the town of Aleppo.")
    assert abroad["its allies"].sector != "PRM"  # a force abroad: its allies are not said


def test_a_name_known_only_as_an_acronym_needs_its_capitals():
    from polybius.resolve.actors import load_actor_base

    base = load_actor_base()
    assert base.country_of("CAR") == "CAF" and base.country_of("car") is None  # a car is no Central African Republic
    assert base.lookup("the US").entity_id == "usa" and base.lookup("us") is None  # "they attacked us"
    assert base.lookup("Isis").entity_id == "isis"  # longer acronyms may be written with a capital first


def test_a_place_is_no_party_whoever_holds_it():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    assert resolve_words(["opposition-held", "towns"], "town", base, "2016-05-01") == {}
    assert resolve_words(["Syrian", "cities"], "city", base, "2016-05-01") == {}
    assert resolve_words(["opposition", "fighters"], "fighter", base, "2016-05-01")["sector"] is not None  # people still are


def _in_context(sentence: str, mention: str, context: str = "", published: str = "2016-08-01") -> dict[str, object]:
    """The resolution of ``mention`` (its first occurrence in ``sentence``) as the actor
    table resolves a case: the context and the sentence read as one document."""
    start = sentence.index(mention)
    case = {"context": context, "sentence": sentence, "start": start, "end": start + len(mention), "published": published}
    return actor_table.resolve_cases([case])[0]


def test_a_coalition_is_the_coalition_the_article_names_never_the_story_army():
    found = _in_context("Separately the coalition carried out raids in a northern district of Manbij city.", "coalition",
                        "Airstrikes by US-led coalition fighter jets have killed at least 21 civilians in northern Syria a monitoring group said.")
    assert found.get("entity_id") == "cjtf_oir"
    found = _in_context("The Coalition warned that mass killings by the Assad regime undermine a political settlement.", "Coalition",
                        "The Syrian Coalition condemned the air strikes on Douma.")
    assert found.get("entity_id") == "etilaf"  # the National Coalition, named before
    alone = _in_context("Coalition war planes struck positions near the Syrian town of Kobani.", "Coalition war planes")
    # no coalition named, in a story of Syria: the coalition that fights there (KB "coalition warplanes"; ninth round,
    # "Coalition air strikes" of a Reuters headline was the US-led coalition, dev sample 1401, n 95)
    assert alone.get("entity_id") == "cjtf_oir"
    assert _in_context("The US-led coalitions warplanes struck Raqqa.", "US-led coalitions warplanes").get("entity_id") == "cjtf_oir"


def test_a_state_body_takes_the_country_named_after_of_or_in():
    context = ("After a meeting of 11 governments U.S. Secretary of State John Kerry and British Foreign Secretary Boris Johnson "
               "each insisted that all options were on the table.")
    found = _in_context("The government in Damascus accused the rebels of shelling the town.", "The government in Damascus", context)
    assert (found.get("country"), found.get("sector")) == ("SYR", "GOV")  # not Boris Johnson, a person
    found = _in_context("EUs diplomatic chief said the regime of Bashar al-Assad bears responsibility for the attack.",
                        "the regime of Bashar al-Assad", "Talks are being held in Astana Kazakhstan.", "2017-04-05")
    assert (found.get("country"), found.get("sector")) == ("SYR", "GOV")


@pytest.mark.parametrize(("mention", "entity_id"), [
    ("Nasr al-Hariri", None),  # not Saad Hariri: another first name makes another person
    ("Dr Ammar al-Assad", None),  # not Bashar al-Assad
    ("Abu Omar al-Golani", None),  # an activist, not Abu Mohammad al-Golani
    ("Hadi al-Bahra", "hadi_al_bahra"),  # the whole name, not President Hadi
    ("Abu Mohamad al-Golani", "ahmed_al_sharaa"),  # another spelling of a known name word
    ("Turkish Prime Minister Ahmed Davutoglu", "ahmet_davutoglu"),
    ("Syrian President Bashar Assad", "bashar_al_assad"),
])
def test_a_namesake_in_a_longer_name_is_another_person(mention, entity_id):
    from polybius.resolve.actors import explain

    assert explain(mention, "2016-05-01")["entity_id"] == entity_id


def test_a_surname_alone_is_the_person_of_the_article_who_bears_it():
    parties = _parties("Nasr al-Hariri Secretary General of the Syrian Coalition condemned the massacre in Raqqa. "
                       "Hariri also accused the regime of killing dozens of civilians.", published="2014-11-27")
    assert parties["Hariri"].entity_id is None  # the article's Nasr al-Hariri, not Saad Hariri


def test_the_side_and_the_enemy_in_a_modifier():
    from polybius.resolve.actors import explain

    assert explain("pro-government gunmen", "2016-05-01")["sector"] == "PRM"  # the side they fight for
    assert explain("gunmen", "2016-05-01")["sector"] == "UAF"
    assert explain("the international anti-jihadist coalition", "2016-05-01")["sector"] == "MIL"  # not the jihadists


def test_a_country_that_bombs_acts_with_its_forces():
    import polybius

    events = polybius.extract("Russia has been carrying out airstrikes in Syria since September 2015.", published="2016-08-01")
    fighting = [p for e in events for p in e.actors if p.text == "Russia"]
    assert fighting and (fighting[0].country, fighting[0].sector) == ("RUS", "MIL")
    said = _in_context("Russia condemned the attack on its embassy in Damascus.", "Russia")
    assert (said.get("country"), said.get("sector")) == ("RUS", "GOV")


def test_support_and_the_forces_belong_to_the_force_named():
    found = _in_context("Turkish forces backed by tanks attacked the village of Tal Rifaat.", "tanks")
    assert (found.get("entity_id"), found.get("country")) == ("turkish_armed_forces", "TUR")
    found = _in_context("Earlier the forces captured 16 villages from Daesh near Manbij.", "forces",
                        "The Syrian Democratic Forces said they had surrounded the town.")
    assert found.get("entity_id") == "sdf"


def test_several_groups_are_not_one_group_named_before():
    found = _in_context("Clashes between the rival groups killed 12 fighters in Idlib.", "rival groups",
                        "Faylaq al-Rahman fighters attacked Jaish al-Islam positions in Eastern Ghouta.")
    assert found.get("entity_id") is None


def test_a_place_outside_the_story_country_that_is_a_seat_of_power_does_not_localise():
    parties = _parties("Rebel-backer Washington accuses the regime of killing more than 1400 people with chemical weapons "
                       "in rebel-held districts near Damascus.", published="2016-08-21")
    people = parties["more than 1400 people"]
    assert people.country != "USA"


@pytest.mark.parametrize(("mention", "entity_id"), [
    ("Syrias air force", "syrian_air_force"),  # the body named "<Syrian> air force", not the army
    ("the Syrian armys air force", "syrian_air_force"),  # a body named as the possessor of another of its state
    ("Russias air force", "russian_aerospace_forces"),
    ("Hezbollahs fighters", "hezbollah"),  # a group's own people stay the group
])
def test_a_state_body_named_by_country_and_its_own_words(mention, entity_id):
    from polybius.resolve.actors import explain

    assert explain(mention, "2016-05-01")["entity_id"] == entity_id


def test_the_story_country_air_force_and_a_group_members():
    found = _in_context("The armys air force targeted the terrorists positions.", "The armys air force",
                        "Army units destroyed terrorist dens in the countryside of Hama in Syria.")
    assert found.get("entity_id") == "syrian_air_force"
    parties = _parties("Jaish al-Islam shelled Damascus on Sunday. Its members also attacked the town of Douma.")
    members = [p for p in parties.values() if p.text.lower() == "its members"]
    assert members and members[0].entity_id == "jaish_al_islam"


def test_a_bare_number_counts_the_people_just_named():
    parties = _parties("The interior ministry said one person had been killed and six injured in the attack on the town of Idlib.")
    assert (parties["six"].country, parties["six"].sector) == ("SYR", "CVL")


def test_a_full_name_with_another_first_name_is_not_the_namesake_named_before():
    found = _in_context("In the early 1980s the Muslim Brotherhood sought to unseat President Hafez al-Assad and his government.",
                        "President Hafez al-Assad", "Security forces killed 80 there in the uprising against President Bashar al-Assad.",
                        "2014-08-01")
    assert found.get("entity_id") is None  # not Bashar al-Assad, although both are "al-Assad"
    found = _in_context("Johnson said that Russias air force may have deliberately targeted the civilian convoy.", "Johnson",
                        "At the U.N. British Foreign Secretary Boris Johnson said Russia should be investigated.", "2016-09-22")
    assert found.get("entity_id") == "boris_johnson"  # a bare surname still is the person named before


def test_pro_regime_gunmen_are_militia_of_the_story_country():
    found = _in_context("Islamic State group jihadists have attacked an oil and gas field in Syria killing at least 30 pro-regime "
                        "gunmen and security guards a monitoring group said.", "at least 30 pro-regime gunmen")
    assert (found.get("country"), found.get("sector")) == ("SYR", "PRM")


def test_a_name_in_an_x_led_modifier_does_not_decide():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    words = ["al", "Qaeda", "-", "linked", "Nusra", "Front"]  # as the tokenizer splits "al Qaeda-linked Nusra Front"
    assert resolve_words(words, "Front", base, "2016-05-01")["entity_id"] == "hts"  # not al-Qaeda
    words = ["PYD", "-", "dominated", "U.S.-backed", "Syria", "Democratic", "Forces"]
    assert resolve_words(words, "Forces", base, "2016-05-01")["entity_id"] == "sdf"  # not the PYD party
    assert resolve_words(["Daesh", "-", "linked", "Aamaq", "news", "agency"], "agency", base, "2016-05-01")["entity_id"] == "amaq"


def test_a_body_possessing_another_of_its_state_and_appositions_of_another_kind():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    found = resolve_words(["Syrian", "regimes", "warplane"], "warplane", base, "2016-05-01")
    # the regime's warplane is its military: its air force, as "a Syrian warplane" is (ACTORS.md; dev sample 2501, n 5)
    assert (found.get("entity_id"), found["sector"]) == ("syrian_air_force", "MIL")
    found = _in_context("UN envoy meets southern rebels UN Special Envoy for the Syria Crisis Staffan de Mistura met with "
                        "leaders of the Southern Front alliance in southern Syria on Tuesday.", "southern rebels")
    assert found.get("entity_id") != "un"  # an apposition of another kind is no name of the rebels


def test_a_country_whose_strikes_they_are_acts_with_its_forces():
    for sentence, country in (("US strikes killed 12 civilians in Raqqa on Monday.", "USA"),
                              ("Russian strikes hit a hospital in Idlib, killing five people.", "RUS"),
                              ("Israeli air raids struck positions near Damascus.", "ISR")):
        actors = _parties(sentence)
        assert any((p.country, p.sector) == (country, "MIL") for p in actors.values()), (sentence, actors)
    talks = _parties("Russian diplomats met Turkish officials in Ankara.")
    assert (talks["Russian diplomats"].country, talks["Russian diplomats"].sector) == ("RUS", "GOV")


def test_armed_people_stay_armed_whatever_state_they_are_in():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    assert resolve_words(["wounded", "fighters"], "fighter", base, "2016-10-06")["sector"] == "REB"  # not civilians
    assert resolve_words(["civilian", "casualties"], "casualty", base, "2016-10-06")["sector"] == "CVL"  # victims still yield


def test_a_red_crescent_society_is_a_humanitarian_ngo():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    found = resolve_words(["Kuwait", "Red", "Crescent", "Society"], "Society", base, "2016-10-03")
    assert (found["country"], found["sector"]) == ("KWT", "SOC")
    assert resolve_words(["Qatar", "Red", "Crescent", "Society"], "Society", base, "2016-10-03")["entity_id"] == "qrcs"


def test_an_armed_groups_name_before_a_sports_noun_is_a_club():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    assert resolve_words(["al-Shabab", "team"], "team", base, "2016-07-11").get("entity_id") is None
    assert resolve_words(["al-Shababs", "trainer"], "trainer", base, "2016-07-11").get("entity_id") is None
    assert resolve_words(["al-Shabab", "fighters"], "fighter", base, "2016-07-11")["entity_id"] == "al_shabaab"


def test_a_local_council_is_never_the_national_government():
    found = _in_context("According to information handed over by the local council of the Syrian city of Afrin the village "
                        "suffered an air attack.", "local council", published="2016-10-19")
    assert found.get("entity_id") is None and found.get("sector") == "GOV"
    national = _in_context("The government of Syria said the village suffered an air attack.", "government", published="2016-10-19")
    assert national.get("entity_id") == "syrian_government"


def test_fighters_from_named_groups_are_theirs_not_an_earlier_antecedent():
    parties = _parties("Regime troops severed the road on Thursday. The fighters from the Faylaq al-Sham Islamist faction and "
                       "al-Qaeda affiliate al-Nusra Front were killed trying to reopen the Castello Road.", published="2016-07-10")
    fighters = parties["fighters"]
    assert (fighters.country, fighters.sector, fighters.entity_id) == ("SYR", "REB", None)
    assert "Faylaq al-Sham" in (fighters.antecedent or "")  # read from its own words, not from "Regime troops"


def test_she_is_a_person_never_a_group_spacy_calls_a_person():
    parties = _parties("Terrorists from al-Nusra fired shells at Hadar town in Syria. A source told SANA that the woman succumbed to "
                       "her wounds after she was injured by a terrorists sniper shot in Hadar town.", published="2016-10-18")
    she = parties["she"]
    assert (she.entity_id, she.country, she.sector) == (None, "SYR", "CVL")  # a civilian of the story's country, as "the woman"


def test_a_government_named_before_a_force_noun_is_its_state_force():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    troops = resolve_words(["Syrian", "government", "troops"], "troop", base, "2017-04-06")
    assert (troops["entity_id"], troops["sector"]) == ("syrian_arab_army", "MIL")  # not the government in Damascus
    media = resolve_words(["Syrian", "state", "media"], "medium", base, "2013-08-24")
    assert (media["country"], media["sector"], media.get("entity_id")) == ("SYR", "JRN", None)
    fighters = resolve_words(["Syrian", "government", "fighters"], "fighter", base, "2014-05-06")
    assert fighters["sector"] == "MIL"  # they fight for the state: never rebels
    assert resolve_words(["Syrian", "army", "men"], "man", base, "2016-05-01")["entity_id"] == "syrian_arab_army"  # no civilians
    both = resolve_words(["Damascus", "and", "opposition", "forces"], "force", base, "2016-05-01")
    assert both["sector"] == "GOV"  # a coordination names two parties: the first stays as it was


def test_a_single_bomber_without_an_aircraft_word_is_a_person():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    assert resolve_words(["The", "bomber"], "bomber", base, "2016-05-01")["sector"] == "UAF"
    assert resolve_words(["a", "motorcycle", "bomber"], "bomber", base, "2016-05-01")["sector"] == "UAF"
    assert resolve_words(["a", "Sukhoi-34", "bomber"], "bomber", base, "2016-05-01")["sector"] == "MIL"
    assert resolve_words(["strategic", "bombers"], "bomber", base, "2016-05-01")["sector"] == "MIL"
    found = _in_context("The bomber detonated his vest at the entrance of a wedding hall in Qamishli in Syria.", "bomber")
    assert found.get("sector") == "UAF" and found.get("entity_id") is None  # not the Syrian army


def test_allied_forces_beside_the_army_are_militia_not_the_army():
    found = _in_context("Army units in cooperation with allied forces took control of the hills near Palmyra in Syria.", "allied forces")
    assert (found.get("entity_id"), found.get("country"), found.get("sector")) == (None, "SYR", "PRM")
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    assert resolve_words(["US", "-", "allied", "forces"], "force", base, "2016-05-01")["sector"] == "MIL"  # a patron, no militia


def test_unidentified_aircraft_are_not_the_story_army():
    found = _in_context("A field hospital near Idlib in Syria was hit by unidentified aircraft on Tuesday.", "unidentified aircraft")
    assert found.get("entity_id") is None and found.get("country") is None and found.get("sector") == "MIL"


def test_a_country_that_begins_air_strikes_acts_with_its_forces():
    parties = _parties("Russia began air strikes in Syria in September to support the government in Damascus.")
    assert (parties["Russia"].country, parties["Russia"].sector) == ("RUS", "MIL")


def test_counts_of_people_take_the_people_counted_before():
    parties = _parties("Army units killed 40 Islamic State militants and wounded 25 others near Deir Ezzor in Syria.")
    assert parties["25 others"].entity_id == "isis"  # the same group's men
    parties = _parties("Rebel shelling killed at least 12 civilians in Aleppo in Syria on Monday. "
                       "Activists said around 30 were wounded.", published="2016-10-30")
    wounded = next(p for t, p in parties.items() if t.endswith("30"))
    assert (wounded.country, wounded.sector) == ("SYR", "CVL")
    parties = _parties("Rebels seized 18 of the 40 trucks in Idlib in Syria on Monday.")
    assert all(p.sector != "CVL" for t, p in parties.items() if t.startswith("18"))  # a count of trucks


def test_members_and_other_units_take_the_armed_body_just_named():
    parties = _parties("Army units clashed with an armed terrorist group whose members tried to infiltrate a neighborhood in Hama in Syria.")
    members = parties["whose members"]
    assert (members.country, members.sector) == ("SYR", "REB")
    parties = _parties("The terrorist organizations fired rocket shells on a neighborhood of Aleppo in Syria and their members "
                       "attacked a checkpoint.")
    assert (parties["their members"].country, parties["their members"].sector) == ("SYR", "REB")
    parties = _parties("Army units destroyed terrorist positions in Hama countryside in Syria while other units clashed with "
                       "terrorists near Idlib.")
    assert parties["other units"].entity_id == "syrian_arab_army"


def test_they_that_opens_a_sentence_goes_on_with_a_plural_subject_of_people():
    parties = _parties("Kurdish fighters have been the main force battling the jihadists in northern Syria and are seeking to "
                       "drive Daesh from Manbij. They are backed by air strikes of the US-led coalition.", published="2016-07-20")
    they = parties["They"]
    assert (they.entity_id, they.country, they.sector) == (None, "SYR", "REB")  # the Kurdish fighters, not Daesh


def test_allied_fighters_are_on_the_side_of_the_party_beside_them():
    parties = _parties("Rebels and allied militants launched a major offensive on Friday near Aleppo in Syria.")
    assert parties["allied militants"].sector == "REB"  # the rebels' allies, no government militia
    parties = _parties("Syrian troops and allied fighters regained control of the town of Khanaser in Syria on Saturday.")
    assert parties["allied fighters"].sector == "PRM"


def test_forces_sent_by_a_named_group_are_the_groups():
    parties = _parties("Hezbollah is a close ally of the government in Syria and has dispatched fighters to bolster the army.")
    assert parties["fighters"].entity_id == "hezbollah"  # not the story's rebels


def test_forces_a_gerund_deploys_are_those_of_the_clauses_subject():
    # forty-fifth blind check n 9: "The Turkish army stepped up security ... following days of deploying troops"
    parties = _parties("Rebels shelled Aleppo in Syria. The Iraqi army reinforced the border following days of "
                       "deploying troops to the area.")
    assert parties["troops"].country == "IRQ"  # not the story's Syria
    # the subject of the clause the gerund hangs on decides, not another clause's: the town sends no one
    parties = _parties("Rebels shelled Aleppo in Syria. The Iraqi army said that after days of deploying troops to "
                       "the area, the town fell.")
    assert parties["troops"].country != "IRQ"


def test_troops_fighting_to_topple_the_state_are_its_rebels():
    # forty-eighth blind check n 88: "Assad pledged victory over troops fighting to topple him"
    parties = _parties("Rebels shelled Aleppo in Syria. Assad vowed to defeat the forces fighting to overthrow him.")
    assert (parties["forces"].country, parties["forces"].sector) == ("SYR", "REB")
    # fighting to take a town is what the army does too: no purpose of overthrow, no rebels
    parties = _parties("Rebels shelled Aleppo in Syria. Government troops fighting to retake the town advanced on Monday.")
    assert parties["Government troops"].sector == "MIL"


def test_fighters_for_a_head_of_state_are_his_side_not_rebels_of_his_country():
    # fifty-sixth blind check n 60: "Bombs in Syrias Aleppo kill 13 pro-Assad fighters" were Rebels (Syria)
    parties = _parties("Rebels shelled Aleppo in Syria. Bombs in Aleppo killed 13 pro-Assad fighters on Tuesday.")
    assert parties["13 pro-Assad fighters"].sector == "PRM"
    from polybius.resolve.actors import load_actor_base, resolve_words
    base = load_actor_base()
    # fighters named by the head of a state are his forces, as "government fighters" are
    assert resolve_words(["Assad", "fighters"], "fighter", base, "2014-07-30")["sector"] == "MIL"
    # a head noun that says rebels keeps it ("Assads military rebels", a lost comma)
    assert resolve_words(["Assads", "military", "rebels"], "rebel", base, "2014-07-30")["sector"] == "REB"


def test_sites_of_a_named_group_after_of_are_the_groups_whatever_the_compound():
    # fifty-fifth blind check n 25: "assembly points of ISIL terrorists" were the Legislature of Syria
    parties = _parties("Rebels shelled Aleppo in Syria. The air force targeted assembly points of ISIL terrorists near "
                       "the village.")
    assert parties["assembly points"].entity_id == "isis"
    parties = _parties("Rebels shelled Aleppo in Syria. The army shelled assembly points near the village.")
    assert parties["assembly points"].sector is None  # no owner named: a site, not the legislature


@pytest.mark.parametrize("words, head, expected", [
    (["the", "National", "Assembly"], "assembly", (None, "LEG")),  # not The National (Abu Dhabi)
    (["The", "National"], "national", ("the_national", "JRN")),
    (["Reuters", "Photo"], "photo", ("reuters", "JRN")),  # a byline keeps its outlet
    (["14", "Turkish", "F-16s"], "F-16s", ("turkish_armed_forces", "MIL")),  # fifty-fifth blind check n 49
    (["Russias", "UN", "ambassador"], "ambassador", ("russian_government", "GOV")),  # fifty-third n 81
    (["the", "US", "ambassador", "to", "the", "UN"], "ambassador", ("us_government", "GOV")),
    (["the", "UN", "envoy"], "envoy", ("un", "GOV")),  # no state named: the UN's own
    (["Al-Furqan", "Brigades"], "brigade", (None, "MIL")),  # fifty-fifth n 33: not "1920 Brigades" less its number
    (["Lebanese", "forces"], "force", ("lebanese_armed_forces", "MIL")),  # fifty-ninth n 29: not the Lebanese Forces party
    (["the", "Lebanese", "Forces", "party"], "party", ("lebanese_forces_party", "PTY")),
])
def test_names_that_go_on_past_a_known_word_or_a_number(words: list[str], head: str, expected: tuple) -> None:
    from polybius.resolve.actors import load_actor_base, resolve_words
    found = resolve_words(words, head, load_actor_base(), "2017-04-06")
    assert (found.get("entity_id"), found.get("sector")) == expected


def test_a_demonym_before_a_shared_backer_noun_is_that_government():
    parties = _parties("Rebels in Syria said they would fight Assads forces and his Russian and Iranian backers.")
    assert (parties["Russian"].country, parties["Russian"].sector) == ("RUS", "GOV")
    assert (parties["Iranian"].country, parties["Iranian"].sector) == ("IRN", "GOV")


def test_a_channel_named_after_a_town_is_the_town_where_the_text_places_it():
    found = _in_context("Warplanes carried out the strikes on Al-Mayadin in the eastern province of Deir Ezzor.", "Al-Mayadin")
    assert found.get("entity_id") is None  # the town, not the Lebanese channel
    found = _in_context("In separate comments to al-Mayadeen he said the war against terrorism would go on.", "al-Mayadeen")
    assert found.get("entity_id") == "al_mayadeen"


def test_others_count_the_people_before_not_the_plane_that_hit_them():
    parties = _parties("At least 16 civilians were killed on Friday in an air raid on Aleppo in Syria. The missiles fired from "
                       "a Syrian warplane also wounded 25 others a rescuer said.")
    assert (parties["25 others"].country, parties["25 others"].sector) == ("SYR", "CVL")
    parties = _parties("Two Iraqis were killed and 5 others were injured in a rocket attack on a market in Deir Ezzor.")
    assert (parties["5 others"].country, parties["5 others"].sector) == ("IRQ", "CVL")  # people of the country named
    found = _in_context("An AFP photographer in Douma saw wounded children in a clinic.", "An AFP photographer")
    assert found.get("entity_id") == "afp"  # a role noun of the agency, placed, is still the agency's


def test_others_after_a_count_of_things_are_things():
    parties = _parties("Mortars killed 10 citizens in Damascus in Syria. Two shells exploded in the Shaalan district and a few "
                       "others blew up near the old town.")
    assert all(p.sector != "CVL" for t, p in parties.items() if t.endswith("others"))


# Second resolution round on a fresh FA-KES dev sample (seed 5150, 2026-11-26): each test
# writes its own sentence of the kind the sample showed wrong.

def test_planes_of_a_state_named_by_its_regime_are_its_air_force():
    parties = _parties("The town was bombed again by regime planes on Monday in Syria.")
    assert parties["regime planes"].sector == "MIL"  # the state's air force, not its government


def test_a_party_of_guests_is_civilians_never_a_political_party():
    parties = _parties("A car bomb struck a wedding party in Hasakeh in Syria on Friday.")
    assert (parties["wedding party"].country, parties["wedding party"].sector) == ("SYR", "CVL")


def test_a_word_that_says_whose_names_attackers_a_term_leaves_unidentified():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    assert resolve_words(["terrorist", "suicide", "attackers"], "attacker", base, "2016-05-01")["sector"] == "REB"
    assert resolve_words(["suicide", "attackers"], "attacker", base, "2016-05-01")["sector"] == "UAF"


def test_a_leader_is_a_head_of_state_only_when_nothing_says_of_what():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    assert resolve_words(["rebel", "leader"], "leader", base, "2016-05-01")["sector"] == "REB"
    titled = resolve_words(["the", "groups", "leader", "Abu", "Khalid", "Hamdan"], "Hamdan", base, "2016-05-01")
    assert titled.get("sector") is None and titled.get("country") is None  # some group's leader: unknown
    parties = _parties("The Jaish al-Islam headquarters near Douma in Syria was hit on Monday. "
                       "The strike killed the groups leader Abu Khalid Hamdan.")
    leader = parties["groups leader Abu Khalid Hamdan"]
    assert (leader.entity_id, leader.country, leader.sector) == (None, "SYR", "REB")  # the group's man, not the group


def test_a_list_of_forces_shares_its_first_words():
    parties = _parties("On Monday Turkish special forces tanks and jets launched an offensive in northern Syria.")
    assert parties["jets"].country == "TUR"  # not the story's army
    parties = _parties("On Friday 40 people were killed by Syrian regime or Russian warplanes in Idlib.")
    assert parties["Syrian regime"].sector == "MIL"  # the regime's warplanes
    parties = _parties("Kurdish fighters backed by planes from the US-led coalition advanced near Raqqa in Syria.")
    assert parties["planes"].entity_id == "cjtf_oir"  # whose the planes are is said after "from"


def test_a_country_one_travels_to_or_strikes_is_a_place():
    parties = _parties("The French minister said on a visit to Ankara that the talks on Syria would resume.")
    assert "Ankara" not in parties or parties["Ankara"].country is None
    parties = _parties("In September Russia launched airstrikes on Syria to back the government.")
    assert "Syria" not in parties or parties["Syria"].country is None


def test_a_demonym_before_what_a_state_proposes_is_its_government():
    parties = _parties("Western officials doubted the Russian proposal on chemical weapons in Syria.")
    assert (parties["Russian"].country, parties["Russian"].sector) == ("RUS", "GOV")


def test_an_ally_named_by_a_country_after_its_partner_is_that_country():
    parties = _parties("A key ally of the Syrian government Russia began air strikes in Syria in September.")
    ally = next(p for t, p in parties.items() if t.endswith("ally"))
    assert ally.country == "RUS"  # not Syria, not unknown


def test_counted_nationals_victims_and_air_power():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    counted = resolve_words(["around", "600", "Syrians"], "Syrian", base, "2016-05-01")
    assert (counted["country"], counted["sector"]) == ("SYR", "CVL")  # a count of a country's people
    assert resolve_words(["the", "Russians"], "Russian", base, "2016-05-01").get("sector") is None  # a state or its forces: unknown
    assert resolve_words(["Russian", "air", "power"], "power", base, "2016-05-01")["entity_id"] == "russian_aerospace_forces"
    parties = _parties("The victims were hit by airstrikes while trying to escape Aleppo in Syria on foot.")
    assert (parties["victims"].country, parties["victims"].sector) == ("SYR", "CVL")


def test_a_state_with_its_own_article_does_not_share_the_next_noun():
    parties = _parties("The Assad regime and Russian jets on Friday raided towns in eastern Ghouta in Syria.")
    # not the jets' air force; the regime that raids is its military by convention (fourteenth blind check n 53)
    assert parties["Assad regime"].entity_id == "syrian_arab_army"


def test_whose_planes_ask_and_name_no_one():
    parties = _parties("The monitor in Syria says it determines whose planes carry out raids according to their type.")
    assert parties["whose planes"].country is None and parties["whose planes"].entity_id is None


def test_the_backer_is_not_the_forces_it_backs():
    parties = _parties("The Syrian army has recaptured Palmyra. Backed by Russian airpower the troops have entered the "
                       "neighboring Raqqah Province and are advancing toward the provincial capital.", published="2016-03-20")
    assert parties["troops"].entity_id == "syrian_arab_army"


def test_a_noun_with_words_of_its_own_is_not_shared_with_the_state_before_it():
    parties = _parties("A ceasefire between Bashar al Assads regime and Syrian opposition forces was agreed in Syria.")
    assert parties["Bashar al Assads regime"].sector == "GOV"
    parties = _parties("The rebels detained prominent female activist Marcel Shehwaro in Aleppo in Syria.")
    assert parties["prominent female activist Marcel Shehwaro"].sector == "CVL"  # an adjective is no owner of the title


def test_a_force_owned_by_a_pronoun_is_the_force_of_the_state_it_stands_for():
    parties = _parties("Russia said its warplanes had struck Islamic State targets near Palmyra in Syria.")
    assert parties["its warplanes"].country == "RUS" and parties["its warplanes"].sector == "MIL"  # not the Syrian army
    parties = _parties("He did not specify which countrys planes carried out the strike in Syria.")
    assert all(p.country is None for t, p in parties.items() if t.endswith("planes"))


def test_a_state_that_sends_or_provides_forces_sends_its_own():
    parties = _parties("The Pentagon has deployed more than 200 special forces troops alongside the Kurdish fighters in Syria.")
    assert parties["more than 200 special forces troops"].country == "USA"  # not the story's army
    parties = _parties("Washington has provided special forces military advisers to the rebels in Syria.")
    advisers = parties["special forces military advisers"]
    assert (advisers.country, advisers.sector) == ("USA", "MIL")


def test_drones_and_planes_with_two_possible_owners_are_no_ones_army():
    parties = _parties("Earlier this month a drone attack killed a senior commander near Idlib in Syria.")
    # the extraction may leave "a drone attack" with no actor: what it must not give is an owner
    assert "drone" not in parties or parties["drone"].country is None and parties["drone"].entity_id is None
    parties = _parties("The monitor said warplanes either Russian or Syrian carried out six strikes on Hass in Syria.")
    assert parties["warplanes"].country is None
    parties = _parties("Helicopters dropped barrel bombs on a village near Aleppo in Syria.")
    assert parties["Helicopters"].entity_id == "syrian_arab_army"  # one owner in sight: the story's army stays


def test_militia_backing_an_army_is_that_states_militia():
    parties = _parties("The Syrian army backed by allied militia has captured several villages north of Aleppo.")
    militia = parties["allied militia"]
    assert (militia.entity_id, militia.country, militia.sector) == (None, "SYR", "PRM")


def test_a_name_before_its_title_is_the_person():
    parties = _parties("Hadi al-Bahra president of the Syrian Coalition warns that the regime will repeat the shelling.",
                       published="2014-11-26")
    bahra = next(p for t, p in parties.items() if t.startswith("Hadi al-Bahra"))
    assert bahra.entity_id == "hadi_al_bahra"


def test_tens_of_others_are_of_the_kind_counted_before():
    parties = _parties("Over 60 terrorists were killed and tens of others were wounded in clashes with the army in Syria.")
    tens = parties.get("tens") or parties["others"]  # a count with "of" is now the kind after "of" (2026-11-26)
    assert (tens.country, tens.sector) == ("SYR", "REB")  # the terrorists' others, not civilians


def test_fateh_al_sham_is_the_nusra_lineage_not_fatah():
    parties = _parties("Fateh al-Sham fighters attacked army positions in Aleppo in Syria.", published="2016-10-01")
    fighters = next(p for t, p in parties.items() if "Fateh al-Sham" in t)
    assert fighters.entity_id == "hts"  # not the Palestinian party Fatah (alias "Fateh")


def test_kurdish_forces_are_not_the_story_army():
    parties = _parties("Kurdish forces captured the town on Monday after weeks of clashes with IS in Syria.")
    assert parties["Kurdish forces"].entity_id == "ypg"


def test_it_taken_or_detonated_is_a_place_or_thing():
    parties = _parties("The SDF backed by the coalition is fighting DAESH in Manbij in Syria and is trying to seize it from DAESH.")
    assert "it" not in parties or parties["it"].entity_id is None and parties["it"].sector is None
    parties = _parties("Nusra Front militants drove a truck loaded with explosives to the checkpoint in Syria and it was detonated.")
    assert "it" not in parties or parties["it"].entity_id is None and parties["it"].sector is None


def test_the_international_community_is_no_actor():
    parties = _parties("The opposition urged the international community to act after government forces shelled Douma in Syria.")
    community = parties["international community"]
    assert (community.entity_id, community.country, community.sector) == (None, None, None)


def test_popular_forces_are_the_story_countrys_militia():
    parties = _parties("The army backed by popular forces also won back the village of al-Tiba near Aleppo in Syria.")
    militia = parties["popular forces"]
    assert (militia.country, militia.sector) == ("SYR", "PRM")


def test_a_country_the_article_names_almost_alone_is_its_setting():
    parties = _parties("Syrian army missile kills 23. Syrian activists say a missile fired by the Syrian military has slammed "
                       "into a rebel-held town in the north killing 23 people the British-based monitor said.")
    people = parties["23 people"]
    assert (people.country, people.sector) == ("SYR", "CVL")


def test_a_machine_takes_the_owner_of_the_raid_before_it():
    parties = _parties("At least 10 Syrian soldiers were killed in Israeli raids against military positions in Syria. "
                       "Nine missiles were fired by aircraft and two tanks were destroyed the Observatory said.")
    assert parties["aircraft"].country == "ISR"


def test_a_government_sniper_is_the_states_force():
    parties = _parties("Her leg was shattered when she was shot by a government sniper at a checkpoint in Daraa in Syria.")
    sniper = parties["government sniper"]
    assert (sniper.country, sniper.sector) == ("SYR", "MIL")


def test_a_country_that_attacks_a_target_acts_with_its_forces():
    parties = _parties("Israel attacked a Syrian army post near Quneitra in Syria.")
    assert (parties["Israel"].country, parties["Israel"].sector) == ("ISR", "MIL")
    parties = _parties("Russia attacked the United States over its strikes in Syria.")
    assert (parties["Russia"].country, parties["Russia"].sector) == ("RUS", "GOV")  # words, not arms


def test_a_state_word_on_a_site_of_forces_is_its_military():
    parties = _parties("The Observatory said that rebels in Talbisseh had shelled regime positions around the nearby "
                       "rebel-held town of Umm Sharshuh in Syria.")
    positions = parties["regime positions"]
    assert (positions.entity_id, positions.country, positions.sector) == ("syrian_arab_army", "SYR", "MIL")


def test_a_site_whose_owner_the_phrase_names_is_the_owners():
    parties = _parties("A number of artillery positions belonging to Takfiri terrorists were also destroyed in Latakia "
                       "Province in Syria the Defense Ministry announced.")
    positions = next(p for t, p in parties.items() if "positions" in t)
    assert (positions.country, positions.sector) == ("SYR", "REB")  # not the story's army


def test_a_local_office_named_by_a_city_takes_the_citys_country():
    parties = _parties("For his part Aleppo Governor Hussein Diab inspected al-Furqan School for basic education and called "
                       "for repairing it immediately.", published="2016-11-20")
    governor = parties["Aleppo Governor Hussein Diab"]
    assert (governor.entity_id, governor.country, governor.sector) == (None, "SYR", "GOV")  # local, not the national body


def test_a_force_with_words_of_its_own_backing_an_army_is_not_that_army():
    parties = _parties("Aleppo has been the scene of heavy clashes between the terrorists and the Syrian troops. Also the "
                       "Syrian army backed by popular defense forces seized back a strategic town in Hama province.")
    militia = parties["popular defense forces"]
    assert (militia.entity_id, militia.country, militia.sector) == (None, "SYR", "PRM")
    parties = _parties("Several forces including the Iraqi army backed by the Kurdish fighters are waging a counter attack.")
    assert parties["Kurdish fighters"].entity_id != "iraqi_army"
    parties = _parties("Turkish forces backed by tanks entered the town of Jarablus in Syria.")
    assert parties["tanks"].entity_id == "turkish_armed_forces"  # equipment with no owner word stays the backed force's


def test_its_forces_at_a_sentence_start_are_the_armed_group_just_before():
    parties = _parties("IS has attacked Hasakeh city several times but the latest assault was the most serious yet. Its "
                       "forces initially seized several districts in the southern part of the city with Kurdish fighters "
                       "and regime troops mobilising against them.", published="2015-07-28")
    assert parties["Its forces"].entity_id == "isis"  # not the army the sentence names as its enemy


def test_an_object_them_takes_the_plural_object_of_the_verb_beside_it():
    parties = _parties("The Syrian Coalition holds Russia responsible for the war crimes it has committed in Syria. The "
                       "Coalition calls on the UN Security Council to condemn this massacre and its perpetrators as well "
                       "as to prosecute them by all possible means as war criminals.", published="2017-11-13")
    assert parties["them"].entity_id != "unsc"  # the perpetrators, not the council asked to act


def test_rebel_officers_are_rebels_and_a_former_soldier_is_a_civilian():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    officers = resolve_words(["three", "Syria", "rebel", "officers"], "officer", base, "2014-06-21")
    assert (officers["country"], officers["sector"]) == ("SYR", "REB")
    assert resolve_words(["Syrian", "army", "officers"], "officer", base, "2014-06-21")["entity_id"] == "syrian_arab_army"
    former = resolve_words(["a", "former", "American", "soldier"], "soldier", base, "2014-11-16")
    assert (former.get("entity_id"), former["country"], former["sector"]) == (None, "USA", "CVL")


def test_a_country_before_an_attack_is_its_military():
    parties = _parties("A car bomb has killed four people in the Syrian capital Damascus as citizens are bracing for a "
                       "possible US attack the official Syrian news agency has reported.")
    us = parties["US"]
    assert (us.country, us.sector) == ("USA", "MIL")


def test_a_count_of_a_countrys_people_with_of_is_civilians():
    parties = _parties("Tens of thousands of Syrians displaced from Aleppo province have found refuge in Idlib in Syria.")
    syrians = parties["Syrians"]
    assert (syrians.country, syrians.sector) == ("SYR", "CVL")


def test_a_coalition_with_a_name_in_apposition_is_that_name():
    parties = _parties("A US-led international coalition has been providing air support in Raqqa in Syria. The offensive "
                       "against positions of extremists is carried out by the Arab-Kurdish armed coalition Syrian "
                       "Democratic Forces supported by the coalitions Air Force led by the United States")
    assert parties["Arab-Kurdish armed coalition"].entity_id == "sdf"


def test_members_of_the_group_may_be_the_group_of_their_own_sentence():
    parties = _parties("Syrian forces backed by Lebanese Hezbollah fighters have entered a rebel-held resort near the border "
                       "with Lebanon. This follows protests in the Idlib countryside against the Nusra Front which Nusra "
                       "fighters suppressed with a bomb at a mosque last Friday in which killed at least 10 members of the "
                       "group according to Reuters.", published="2015-07-10")
    assert parties["group"].entity_id == "hts"


def test_an_unknown_person_titled_by_a_body_is_a_person_of_that_body():
    parties = _parties("Nasr al-Hariri Secretary General of the Syrian Coalition decries the silence of the coalition over "
                       "the Al Raqqa massacre in Syria.", published="2014-11-27")
    hariri = next(p for t, p in parties.items() if t.startswith("Nasr al-Hariri"))
    assert (hariri.entity_id, hariri.name, hariri.country, hariri.sector) == (None, "Nasr al-Hariri", "SYR", "OPP")


def test_the_president_is_the_president_the_article_named():
    parties = _parties("Trump blamed the chemical attack in Syria on Obama. Several officials said Trumps National Security "
                       "Council had been preparing a different statement until the presidents closest advisers took over.",
                       published="2017-04-06")
    assert parties["presidents"].entity_id == "donald_trump"  # not the story country's government


def test_infrastructure_is_a_thing_and_a_first_event_place_sets_the_story():
    parties = _parties("We see a strong correlation between the escalation in Syria and the attacks on civilian infrastructure.")
    infrastructure = parties.get("civilian infrastructure")
    assert infrastructure is None or infrastructure.sector is None
    parties = _parties("Mon Oct 31 2016 Over 3 Killed 40 Injured in Terrorists Rocket Attack on Western Aleppo. At least three "
                       "people were killed and 40 injured following a shelling attack by terrorist groups on the government "
                       "held western Aleppo.", published="2016-10-31")
    people = parties["At least three people"]
    assert (people.country, people.sector) == ("SYR", "CVL")


def test_a_one_word_name_of_an_armed_body_counts_in_lower_case():
    from polybius.resolve.actors import load_actor_base, resolve_words

    base = load_actor_base()
    peshmerga = resolve_words(["Iraqi", "peshmerga"], "peshmerga", base, "2014-10-31")
    assert (peshmerga["entity_id"], peshmerga["country"], peshmerga["sector"]) == ("peshmerga", "IRQ", "MIL")  # not Iraq's rebels
    assert resolve_words(["national", "forces"], "force", base, "2014-10-31").get("entity_id") is None  # not The National


def test_an_opposition_that_fights_is_armed_and_a_count_without_of_counts_the_noun_beside_it():
    parties = _parties("Idlib province in Syria where Atmeh is located is a bastion of the opposition groups fighting "
                       "Bashar al-Assads regime.")
    groups = parties["opposition groups"]
    assert (groups.country, groups.sector) == ("SYR", "REB")
    parties = _parties("The Syrian Army offensives in Western Raqqa in Syria inflicted major losses on the ISIL and led to "
                       "killing and injuring dozens terrorist and mercenaries especially from Uzbek nationality.")
    assert parties["dozens"].sector == "REB"  # the terrorists counted, not civilians


def test_fighters_an_armed_groups_official_reports_are_its_own():
    parties = _parties("The Al Fawwar camp in Syrias southwestern Quneitra province is used by the National Defence Forces "
                       "(NDF). The NDF official told AFP that two fighters were also wounded in the Israeli attack.")
    fighters = parties["two fighters"]
    assert (fighters.entity_id, fighters.sector) == ("ndf", "PRM")  # not the story's rebels
    parties = _parties("A Syrian army officer said that ten fighters were killed near Aleppo in Syria.")
    assert parties["ten fighters"].entity_id is None  # a state's officer names the enemy's dead as often as his own


def test_the_fighters_of_a_country_are_its_armed_body_named_just_before():
    parties = _parties("Fighting raged in the Syrian border town of Kobani after ISIL terrorists launched a new assault on "
                       "Kurdish fighters bolstered by the arrival of heavily armed Iraqi peshmerga forces. The roughly 150 "
                       "Iraqi fighters many of them chanting Kobani received a heros welcome as they crossed the border "
                       "from Turkey late Friday to join fellow Kurds trying to repel the ISIL group.", published="2014-11-01")
    they = parties["them"]
    assert (they.entity_id, they.country, they.sector) == ("peshmerga", "IRQ", "MIL")  # not Iraqi rebels


def test_pro_regime_forces_and_fighters_are_the_states_militia_troops_its_army():
    parties = _parties("Clashes also broke out in several districts of Aleppo where pro-regime forces have started an "
                       "offensive and are advancing on Salahuddin and Bureij in Syria.", published="2016-10-07")
    forces = parties["pro-regime forces"]
    assert (forces.entity_id, forces.country, forces.sector) == (None, "SYR", "PRM")  # ACTORS.md, militias on a government's side
    parties = _parties("Turkish jets raided villages and pro-government troops shelled the town in Syria.", published="2016-10-07")
    assert parties["pro-government troops"].entity_id == "syrian_arab_army"  # troops are regular soldiers


def test_a_state_word_before_a_military_action_is_its_force():
    parties = _parties("In Aleppo city at least 18 people were killed in government air strikes and artillery fire on "
                       "Wednesday on rebel-held neighbourhoods in the east of the city the observatory said.", published="2016-07-22")
    assert parties["government"].entity_id == "syrian_air_force"  # from the air: the air force
    parties = _parties("The clashes are part of an assault launched Sunday to try to ease a government siege of the "
                       "rebel-held east of the city of Aleppo in Syria.", published="2016-08-19")
    assert (parties["government"].entity_id, parties["government"].sector) == ("syrian_arab_army", "MIL")
    found = _in_context("The evacuation from the both towns as well as from Madaya and Zabadani settlements started on April 14 "
                        "within the framework of the population swap deal reached by Damascus and opposition forces in March.",
                        "Damascus", published="2017-04-20")
    assert found.get("sector") == "GOV"  # a seat of power before a force noun is the government that deals (a0269)


def test_a_backer_named_by_whom_it_backs_is_the_country_itself():
    parties = _parties("The blast puts the four-town evacuation deal brokered partly by rebel backer Qatar and government "
                       "ally Iran in doubt.", published="2017-04-16")
    assert (parties["rebel backer Qatar"].country, parties["rebel backer Qatar"].sector) == ("QAT", "GOV")
    assert (parties["government ally Iran"].country, parties["government ally Iran"].sector) == ("IRN", "GOV")


def test_a_country_named_only_in_a_ban_note_is_not_the_setting():
    parties = _parties("Clashes between Faylaq al-Rahman and Jabhat Fatah al Sham (banned in Russia) in the Damascus suburbs "
                       "resulted in the death of over 100 militants. The Syrian army continues the operation in the eastern "
                       "suburb of Damascus. Terrorists in response regularly bomb the residential areas of the city with "
                       "rockets. The attacks regularly occur in the Syrian capital as the government fights the Islamic State "
                       "outlawed in Russia.", published="2017-04-28")
    terrorists = parties["Terrorists"]
    assert (terrorists.country, terrorists.sector) == ("SYR", "REB")


def test_its_leadership_is_the_organisation_named_before_never_the_government():
    parties = _parties("The attack hit an Ahrar al-Sham checkpoint in Aleppo in Syria. It was unclear who was responsible for "
                       "the blast but Ahrar al-Sham has been targeted by assassinations in the past. In September 2014 most "
                       "of its top leadership was wiped out in a devastating explosion at its headquarters in Idleb province "
                       "that killed nearly 50 people.", published="2016-01-25")
    assert parties["its top leadership"].entity_id == "ahrar_al_sham"


def test_a_man_who_beheaded_is_no_civilian():
    parties = _parties("The group claimed to have executed a US aid worker kidnapped in Syria. A militant wore the same outfit "
                       "worn by the man who beheaded two American journalists in earlier videos.", published="2014-11-16")
    man = next(p for t, p in parties.items() if t.split()[-1] == "man" or t.startswith("the man"))
    assert man.sector != "CVL"
    parties = _parties("The man who was killed in the shelling of Aleppo in Syria was a teacher.")
    killed = next((p for t, p in parties.items() if "man" in t.split()), None)
    assert killed is None or killed.sector in (None, "CVL")  # a victim stays what he was


def test_a_governor_named_by_a_possessive_place_is_a_local_office():
    parties = _parties("Two officials were reassigned in Homs in Syria though Homss governor denied the move was related to "
                       "the demonstrations.", published="2014-11-01")
    governor = parties["Homss governor"]
    assert (governor.entity_id, governor.country, governor.sector) == (None, "SYR", "GOV")  # not the national government


def test_an_indefinite_group_noun_after_a_name_is_that_named_group():
    parties = _parties("In the north-east of Hama province Syrian army units continue to fight against the Nusra Front a "
                       "terrorist group.", published="2017-10-29")
    assert parties["terrorist group"].entity_id == "hts"


def test_a_country_coordinated_with_the_subject_that_strikes_acts_with_its_forces():
    parties = _parties("Russia and Turkey launched air strikes on the town of al-Bab in Syria.", published="2017-01-20")
    assert (parties["Turkey"].country, parties["Turkey"].sector) == ("TUR", "MIL")


def test_a_country_tagged_as_one_name_with_its_strikes_is_its_military():
    parties = _parties("Russia Airstrikes in opposition areas of Syrias northern Aleppo province struck a market a hospital "
                       "and a village on Friday killing at least 18 people.", published="2016-07-29")
    russia = next(p for t, p in parties.items() if t.startswith("Russia"))
    assert (russia.country, russia.sector) == ("RUS", "MIL")


def test_the_bombers_are_the_bombers_named_just_before():
    parties = _parties("Suicide bombers blew up two vehicles in the central Syrian province of Hama on Friday killing at least "
                       "18 people state media reported. The bombers hit the towns of Jibrin and Al-Humeiri.", published="2014-05-02")
    bombers = parties["bombers"]
    assert bombers.entity_id != "syrian_arab_army" and bombers.sector != "MIL"  # people, not the story's army
    parties = _parties("Russian long-range Tu-22 bombers struck targets near Deir Ezzor in Syria. The bombers also hit an "
                       "ammunition depot near Palmyra.", published="2016-08-20")
    assert parties["bombers"].country == "RUS"  # aircraft named before stay aircraft


def test_a_state_word_before_an_advance_read_as_a_verb_is_its_army():
    parties = _parties("Regime advances cut the only road leading to rebel-held parts of Aleppo in Syria on Thursday.",
                       published="2016-04-12")
    regime = parties["Regime"]
    assert (regime.country, regime.sector) == ("SYR", "MIL")  # the army advances, not the government


def test_munitions_and_operations_named_by_a_demonym_are_its_forces():
    parties = _parties("Turkish artillery fire and Syrian air operations killed 20 civilians near Jarabulus in Syria while "
                       "Israeli rockets hit Quneitra.", published="2016-08-29")
    assert (parties["Turkish"].country, parties["Turkish"].sector) == ("TUR", "MIL")
    assert (parties["Israeli"].country, parties["Israeli"].sector) == ("ISR", "MIL")


def test_allies_doing_a_military_act_are_their_states_forces():
    parties = _parties("The monitor said it was not immediately clear if the raids were carried out by Syrian regime warplanes "
                       "or their Russian allies.", published="2016-04-04")
    allies = parties["their Russian allies"]
    assert (allies.country, allies.sector) == ("RUS", "MIL")


def test_a_counterpart_with_a_demonym_is_that_states_government():
    parties = _parties("US Secretary of State John Kerry will meet his Russian counterpart in Switzerland on Saturday to "
                       "discuss Syria.", published="2016-09-07")
    counterpart = parties["his Russian counterpart"]
    assert (counterpart.country, counterpart.sector) == ("RUS", "GOV")


def test_a_plural_demonym_is_a_people_and_so_is_its_pronoun():
    parties = _parties("The town population has swelled with the arrival of Syrians fleeing from the fighting elsewhere in "
                       "the countrys north.", published="2016-02-01")
    assert (parties["Syrians"].country, parties["Syrians"].sector) == ("SYR", "CVL")
    parties = _parties("The US-led coalitions lack of clear and coherent strategy on Syria would risks throwing many "
                       "disappointed Syrians in the arms of extremist groups out of the growing frustration over the "
                       "failure of the international community to offer them a better alternative.", published="2014-11-27")
    assert (parties["them"].country, parties["them"].sector) == ("SYR", "CVL")


def test_a_force_beside_or_against_the_state_is_not_its_army():
    parties = _parties("Government soldiers were killed in Syria. The blast killed government soldiers and other forces "
                       "fighting alongside them the Observatory added without giving details.", published="2014-07-30")
    assert (parties["other forces"].country, parties["other forces"].sector) == ("SYR", "PRM")
    parties = _parties("Rebels shelled Aleppo in Syria. The attack appeared to have been carried out by Islamic brigades "
                       "fighting Assad it said.", published="2014-07-30")
    brigades = parties["Islamic brigades"]
    assert (brigades.entity_id, brigades.country, brigades.sector) == (None, "SYR", "REB")


def test_aircraft_a_states_military_reports_are_its_own():
    parties = _parties("Russias military said six long-range Tu-22M3 bombers that took off from Russian territory carried "
                       "out strikes Sunday on IS near the eastern Syrian city of Deir el-Zour.", published="2016-08-14")
    bombers = parties["six long-range Tu-22M3 bombers"]
    assert (bombers.country, bombers.sector) == ("RUS", "MIL")


def test_most_of_them_from_a_group_names_who_the_counted_people_were():
    parties = _parties("At least 23 people most of them from the Ahrar al-Sham militant group were killed by a truck suicide "
                       "bomber in Syrias Aleppo city on Monday a monitor said.", published="2016-01-25")
    assert parties["At least 23 people"].entity_id == "ahrar_al_sham"


def test_a_misspelt_ngo_name_after_a_description_is_the_ngo():
    parties = _parties("A hospital funded by medical charity Medcins Sans Frontieres in northern Syria was destroyed by "
                       "airstrikes.", published="2016-08-09")
    assert parties["medical charity Medcins Sans Frontieres"].entity_id == "msf"


def test_a_demonym_sharing_a_machine_noun_takes_its_sector():
    parties = _parties("Syrian and Russian air fleets pounded rebel positions in Aleppo in Syria.", published="2016-03-27")
    assert (parties["Syrian"].country, parties["Syrian"].sector) == ("SYR", "MIL")
    assert (parties["Russian"].country, parties["Russian"].sector) == ("RUS", "MIL")


def test_a_country_named_as_a_persons_origin_does_not_place_the_story():
    import polybius

    text = ("Army units killed many terrorists including Abdelfattah Bwarbubia from Libya and Fayez Jarboua from Palestine. "
            "Other army units eliminated a number of terrorists during their attempt to infiltrate from Um Sahrij village "
            "towards Twlol al-Hawa village in the northern countryside of Homs province in Syria.")
    from polybius.resolve.mentions import _origin_of_a_person
    import spacy
    from polybius.analyse import MODEL_NAME

    doc = spacy.load(MODEL_NAME)(text)
    palestine = next(t for t in doc if t.text == "Palestine")
    assert _origin_of_a_person(palestine)
    events = polybius.extract(text, published="2015-02-24")
    assert all(p.country != "PSE" for e in events for p in e.actors + e.recipients)


def test_sector_names_are_the_documented_ones():
    from polybius.resolve.actors import load_actor_base, sector_name

    base = load_actor_base()
    assert sector_name("PRM", "SYR", base) == "Pro-Government Militia (Syria)"
    assert sector_name("SOC", "KWT", base) == "Civil Society (Kuwait)"
    assert sector_name("JRN", "SYR", base) == "Media (Syria)"


def test_armed_people_loyal_to_or_working_with_the_state_are_its_militia():
    # eighth hand check n 4 and n 9: pro-government militias, not rebels
    parties = _parties("A suicide bomber from al-Nusra Front killed 25 soldiers and fighters loyal to Assads regime in "
                       "government-held western Aleppo in Syria on Monday a monitoring group said.", published="2015-07-07")
    assert (parties["fighters"].country, parties["fighters"].sector) == ("SYR", "PRM")
    parties = _parties("Army units in cooperation with the local fighters have advanced in Raqqa countryside in Syria "
                       "inflicting losses upon ISIS. Militias allied with the Syrian army shelled the town.", published="2016-06-11")
    assert (parties["local fighters"].country, parties["local fighters"].sector) == ("SYR", "PRM")
    assert (parties["Militias"].country, parties["Militias"].sector) == ("SYR", "PRM")


def test_a_plural_home_militia_term_is_the_storys_militia():
    parties = _parties("Raqqa Army units in cooperation with the popular defense groups have advanced in Raqqa countryside in "
                       "Syria inflicting losses upon the ranks of ISIS terrorists.", published="2016-06-11")
    groups = parties["popular defense groups"]
    assert (groups.country, groups.sector) == ("SYR", "PRM")


def test_a_militia_of_a_people_without_a_state_is_no_pro_government_militia():
    parties = _parties("Turkey launched an operation in northern Syria. The operation has also targeted a Kurdish militia whose "
                       "presence along its border Turkey sees as a threat.", published="2016-10-15")
    assert parties["Kurdish militia"].entity_id == "ypg"
    parties = _parties("Clashes broke out in Sweida in Syria. Druze militia fighters shelled the village.", published="2016-10-15")
    druze = next(p for t, p in parties.items() if "Druze" in t)
    assert (druze.country, druze.sector) == ("SYR", "PRM")


def test_men_of_a_force_are_that_force():
    parties = _parties("The Syrian army troops advanced near Palmyra. The army men targeted the positions and movements of "
                       "ISIS East of the Fourth Station killing over 13 militants.", published="2016-12-29")
    assert parties["army men"].entity_id == "syrian_arab_army"


def test_an_alliance_is_the_coalition_named_before_never_the_storys_army():
    parties = _parties("A US-led coalition is battling Islamic State in Syria with air strikes. The coalition struck Raqqa "
                       "on Sunday. The military alliance has repeatedly been accused of targeting and killing civilians.",
                       published="2017-12-14")
    assert parties["military alliance"].entity_id == "cjtf_oir"


def test_opposition_that_troops_fight_is_armed():
    parties = _parties("Syria has been at war since 2011 with its government troops fighting against numerous opposition "
                       "and terrorist groups in Syria.", published="2017-05-27")
    opposition = next(p for t, p in parties.items() if "opposition" in t)
    assert opposition.sector == "REB"


def test_volunteers_after_a_rescue_body_are_its_people():
    # eighth hand check n 93: the volunteers of the civil defence team the sentence before names
    parties = _parties("Regime bombing hit a besieged Damascus suburb in Syria on Friday. Today the regime air force targeted "
                       "a Syrian civil defence team working in Douma city. Three volunteers were killed and most of the other "
                       "volunteers were injured.", published="2017-11-18")
    assert parties["Three volunteers"].entity_id == "white_helmets"
    assert parties["other volunteers"].entity_id == "white_helmets"


def test_the_demonym_group_is_the_group_of_that_country_named_before():
    parties = _parties("Hezbollah fighters attacked Nusra positions near Arsal in Syria on Monday. Jaish al-Islam shelled "
                       "Douma. The Lebanese group said it killed ten militants. Israel struck the Lebanese group.",
                       published="2016-06-11")
    assert parties["it"].entity_id == "hezbollah"
    assert parties["Lebanese group"].entity_id == "hezbollah"


def test_a_pronoun_that_acts_goes_on_with_the_reported_actor_not_the_reporter():
    # dev sample 2401, n 67: "They seized" are the army, not the Observatory that reported
    parties = _parties("Elsewhere in the war-battered country the Syrian army and its allies from Lebanons Shiite militia "
                       "Hezbollah captured more territory inside Zabadani the Observatory said. They seized the Sahel "
                       "district driving out the rebels under heavy bombardment.", published="2015-07-21")
    assert parties["They"].entity_id != "sohr" and parties["They"].sector in ("MIL", "PRM")


def test_armed_people_of_a_named_group_and_one_more_of_them_are_that_group():
    # dev sample 2401, n 89 and n 33
    parties = _parties("Army units killed many terrorists of Al-Nusra Front during operations in the East Ghota towns of "
                       "Syria.", published="2013-02-02")
    assert parties["many terrorists"].entity_id == "hts"
    parties = _parties("10 IS militants were killed during fights in the Syrian northern town of Al Tabqah on Saturday night. "
                       "Another militant was killed in a village to the east of the town.", published="2017-04-16")
    assert parties["militant"].entity_id == "isis"


def test_an_offshoot_of_a_group_is_not_that_group():
    # dev sample 2401, n 81: the offshoot is the Islamic State named before it
    parties = _parties("Syrian soldiers clashed with Islamic State militants outside a government-controlled army airport on "
                       "Friday a British-based monitoring group said part of a major escalation of fighting between the al "
                       "Qaeda offshoot and the military.", published="2014-07-18")
    offshoot = next(p for t, p in parties.items() if "offshoot" in t)
    assert offshoot.entity_id == "isis"


def test_a_state_word_before_a_military_gerund_read_as_a_verb_is_its_forces():
    # dev sample 2401, n 84: "Syrian government shelling of a town" is the army's shelling
    parties = _parties("Two medics were among at least 31 people killed on Saturday in Syrian government shelling of an "
                       "opposition-held town northeast of the capital the Syrian Observatory for Human Rights said.",
                       published="2016-07-02")
    government = parties["Syrian government"]
    assert (government.country, government.sector) == ("SYR", "MIL")


def test_an_attacker_stays_unidentified_when_the_article_says_no_one_knows_who():
    # dev sample 2401, n 1: Daesh "has claimed previous bombings" only
    parties = _parties("A suicide bombing killed 16 people at a bakery in Qamishli in Syria. It was not immediately clear who "
                       "carried out the attack but Daesh terrorist group has claimed previous bombings in the mainly Kurdish "
                       "region. The suicide attacker reportedly detonated his explosives in front of the bakery.",
                       published="2016-07-05")
    attacker = parties["suicide attacker"]
    assert attacker.entity_id is None and attacker.sector == "UAF"


def test_the_coalition_a_pronoun_or_a_bare_word_stands_for_is_the_named_or_the_settings_coalition():
    # base store, ninth round: "the coalition said it" left "it" a sector with no country
    parties = _parties("U.S.-led coalition aircraft unleashed a series of airstrikes on Raqqa in Syria. In a statement "
                       "issued early Sunday the coalition said it had conducted 16 airstrikes throughout Raqqa.",
                       published="2015-07-05")
    assert parties["it"].entity_id == "cjtf_oir"
    # no coalition named, but the article names Syria where the US-led one fights
    bare = _parties("Ten Islamic State targets were hit in northern Syria near the Turkish border town of Kilis. Turkey and "
                    "the coalition have carried out regular strikes against Islamic State in the area.", published="2016-07-10")
    assert bare["coalition"].entity_id == "cjtf_oir"
    # a coalition the article makes of its own is not the US-led one
    own = _parties("Most of the dead were civilians in the town in Idlib province in Syria which fell to a coalition of "
                   "Islamist insurgents in May.", published="2015-09-10")
    assert all(p.entity_id != "cjtf_oir" for p in own.values())


def test_a_state_word_an_antecedent_stands_on_is_the_storys_state():
    # base store, ninth round: "them" = "Government fighters", "helicopter belonging to the regime" had no country
    parties = _parties("Islamic State fighters hold the Syrian town of Tabqa. Government fighters have been stuck at about 15 "
                       "kilometres from the airport for more than a week. The government assault was accompanied by a heavy "
                       "aerial campaign on the town which allowed them to make advances on Sunday.", published="2016-06-20")
    assert (parties["them"].country, parties["them"].sector) == ("SYR", "MIL")
    owned = _parties("Three civilians were killed in Aleppo in Syria after chlorine gas was released by a helicopter "
                     "belonging to the regime.", published="2016-08-12")
    helicopter = owned["helicopter"]
    assert (helicopter.entity_id, helicopter.country, helicopter.sector) == ("syrian_air_force", "SYR", "MIL")


def test_militias_on_a_states_side_are_that_states_militias():
    parties = _parties("They lie in an area of Syria captured by government forces at the end of last year in a large offensive "
                       "assisted by Iranian-backed militias and Russian air power.", published="2017-03-01")
    militias = parties["Iranian-backed militias"]
    assert (militias.country, militias.sector) == ("SYR", "PRM")
    iraqi = _parties("Iraqi forces backed by Shiite militias have been struggling to recapture areas lost to the ISIS group "
                     "in Syria and Iraq.", published="2015-07-05")
    assert (iraqi["Shiite militias"].country, iraqi["Shiite militias"].sector) == ("IRQ", "PRM")


def test_state_media_with_no_country_is_the_storys_states():
    # base store, ninth round: "state news agency", "state television" were media of no country
    parties = _parties("Four people were killed and six others injured in a car bomb attack in western Damascus on Thursday "
                       "state news agency SANA reported.", published="2013-11-07")
    media = parties["state news agency"]
    assert (media.entity_id, media.country, media.sector) == ("sana", "SYR", "JRN")


def test_kurds_who_fight_are_the_kurdish_force_and_common_states_are_no_country():
    parties = _parties("On a separate front Syrian Kurds fighting the Islamic State group made fresh advances near Kobane "
                       "seizing a new string of villages in Syria.", published="2015-02-05")
    assert next(p for t, p in parties.items() if "Kurds" in t).entity_id == "ypg"
    states = _parties("The Syrian National Coalition as well as a number of Western states accused the Syrian government troops "
                      "of carrying out the chemical attack in Syria.", published="2013-08-22")
    assert states["Western states"].country != "USA"  # "states" is not "the States"


def test_a_counterpart_with_his_name_is_that_man():
    parties = _parties("Russian President Vladimir Putin and Turkish counterpart Recep Tayyip Erdogan agreed on Thursday to "
                       "step up efforts to end the fighting in Syria.", published="2017-09-28")
    counterpart = parties["Turkish counterpart"]
    assert (counterpart.country, counterpart.sector) == ("TUR", "GOV")


def test_a_word_of_whose_side_names_unidentified_armed_men_and_the_kurdish_arab_forces_are_the_sdf():
    # dev sample 1401, n 84 and n 54
    parties = _parties("The Syrian army said terrorist snipers killed two civilians in Aleppo in Syria. Daesh attacked "
                       "Kurdish-Arab forces near Raqqa.", published="2016-06-01")
    assert (parties["terrorist snipers"].country, parties["terrorist snipers"].sector) == ("SYR", "REB")
    assert parties["Kurdish-Arab forces"].entity_id == "sdf"


def test_leaders_listed_with_fighters_are_the_fighters_leaders():
    # dev sample 2501, n 9: "leaders" was the story's government
    parties = _parties("The strike on the village of Ghareebeh in Syria killed at least 18 jihadist fighters and leaders most "
                       "of them non-Syrians the Britain-based Observatory said.", published="2014-10-05")
    assert (parties["leaders"].entity_id, parties["leaders"].country, parties["leaders"].sector) == (None, "SYR", "REB")


def test_a_state_that_carries_out_raids_or_names_airstrikes_acts_with_its_forces():
    # dev sample 2501, n 97 and n 63
    parties = _parties("Idlib has regularly been targeted by both Syrian government air strikes and raids carried out by its "
                       "Russian ally.", published="2016-07-13")
    assert (parties["its Russian ally"].country, parties["its Russian ally"].sector) == ("RUS", "MIL")
    american = _parties("The Daesh-linked Aamaq news agency claimed 160 civilians mostly women and children were killed in "
                        "Tokhar alone in a series of purportedly American airstrikes around dawn Tuesday in Syria.",
                        published="2016-07-19")
    party = next(p for t, p in american.items() if "American" in t)
    assert (party.country, party.sector) == ("USA", "MIL")


def test_a_demonym_coordinated_before_counterparts_is_that_government():
    # dev sample 2501, n 46
    parties = _parties("Zarif made the call during phone conversations on Monday with the European Union High Representative "
                       "for Foreign Affairs and Security Policy Federica Mogherini as well as his Russian Omani Syrian and "
                       "Algerian counterparts Sergei Lavrov Yusuf bin Alawi Walid Muallem and Ramtane Lamamra.",
                       published="2017-04-10")
    assert (parties["Algerian"].country, parties["Algerian"].sector) == ("DZA", "GOV")


def test_a_states_warplane_is_its_air_force_and_supporting_forces_are_its_militias():
    # dev sample 2501, n 5 and n 86 (ACTORS.md: "a Syrian warplane" → syrian_air_force; eval a0233)
    parties = _parties("Government air raids in a northwestern town in Syria and a subsequent crash by a Syrian warplane that "
                       "slammed into a residential area there killed at least 27 people on Monday activists said.",
                       published="2015-08-03")
    assert parties["Syrian warplane"].entity_id == "syrian_air_force"
    # after the Nusra Front the army fought, the supporting forces are not the Front (dev sample 2501, n 86)
    allies = _parties("Army units operating in Lattakia countryside thwarted an attack launched by al-Nusra Front terrorists on "
                      "the axes of KabaniKensabba in the northeastern countryside of Lattakia province. "
                      "SANA reporter in Lattakia said the army units in cooperation with the supporting forces destroyed 3 "
                      "vehicles rigged with explosives for terrorist organizations before they could reach the area.",
                      published="2017-04-04")
    assert (allies["supporting forces"].country, allies["supporting forces"].sector) == ("SYR", "PRM")


def test_a_second_demonym_shares_the_strikes_and_a_demonym_before_a_states_deal_is_its_government():
    # base store, ninth round: "Syrian" of "Russian and Syrian airstrikes", "Russian objections" had a country only
    parties = _parties("Dozens of civilians and children were killed in the heavy bombardments carried out by Russian and "
                       "Syrian airstrikes in Aleppo in Syria.", published="2016-10-07")
    assert (parties["Syrian"].country, parties["Syrian"].sector) == ("SYR", "MIL")
    objections = _parties("On Wednesday Russian objections to Western pressure on Syria saw the Security Council merely call for "
                          "an investigation.", published="2013-08-22")
    assert (objections["Russian"].country, objections["Russian"].sector) == ("RUS", "GOV")


def test_a_militia_that_names_its_kind_keeps_it_and_pro_government_units_are_militia():
    # tenth blind check n 45: "the popular forces" beside the army are not the army
    parties = _parties("The Syrian army forces in cooperation with the popular forces surrounded the terrorists and attacked "
                       "them in an ambush operation.", published="2013-04-10")
    assert (parties["popular forces"].entity_id, parties["popular forces"].country, parties["popular forces"].sector) == (None, "SYR", "PRM")
    # ninth blind check n 36: "pro-government units" are militia, not the government
    units = _parties("A television channel run by Lebanese group Hezbollah which is fighting alongside pro-government units "
                     "reported that the Syrian army had taken control of areas north of Aleppo.", published="2015-02-18")
    assert (units["pro-government units"].country, units["pro-government units"].sector) == ("SYR", "PRM")


def test_a_state_word_sharing_a_force_noun_or_agent_of_an_air_action_is_its_air_force():
    # ninth blind check n 21: "by regime and Russian forces" are regime forces, in an aerial bombing its air force
    parties = _parties("Activists said that at least 20 civilians including children were killed and many more wounded in "
                       "intensifying aerial bombing of Aleppo on Friday by regime and Russian forces.", published="2016-04-23")
    assert parties["regime"].entity_id == "syrian_air_force"
    # the agent of an action from the air (eval/ACTORS.md)
    campaign = _parties("Dozens of people were killed in an aerial campaign by the Assad regime on the town of Douma.",
                        published="2016-04-23")
    assert campaign["Assad regime"].entity_id == "syrian_air_force"


def test_men_from_an_armed_group_are_the_group():
    # tenth blind check n 17, "from" hung on the verb by the parser
    parties = _parties("An Israeli plane hit a car inside the town of Hader killing two men from Hezbollah and three men from "
                       "the pro-regime popular committees in the town said Rami Abdel Rahman.", published="2015-07-29")
    assert parties["two men"].entity_id == "hezbollah"
    people = _parties("Seven people from the village of Kafr Nabl were killed by shelling.", published="2015-07-29")
    assert people["Seven people"].sector == "CVL"


def test_victims_keep_the_story_country_when_the_foreign_country_is_named_far_away():
    # tenth blind check n 10: a namesake "Center" in the US, the US named two sentences before as a possible attacker
    parties = _parties("A car bomb has killed four people in the Sumaria area in the Syrian capital Damascus as citizens are "
                       "bracing for a possible US attack the official Syrian news agency has reported. According to SANA the "
                       "car bomb caused big flames and damaged surrounding buildings. Four people were killed and 6 were "
                       "wounded in the attack which happened near the Research and Tests Center affiliated to the Syrian "
                       "Ministry of Industry.", published="2013-09-05")
    assert (parties["Four people"].country, parties["Four people"].sector) == ("SYR", "CVL")


def test_the_plural_named_with_its_country_just_before_is_that_countrys_and_partnered_forces_are_the_partner():
    # ninth blind check n 60
    parties = _parties("The statement by the Russian defence ministry said that the two Russian pilots were on a test flight in "
                       "the Homs region with a Syrian Mi-25 helicopter. The statement further said the Syrian government "
                       "requested the pilots to carry out strikes against the DAESH militants.", published="2016-07-10")
    assert parties["pilots"].entity_id == "russian_armed_forces"
    # tenth blind check n 18: the US-led coalition's partner in Syria is the SDF, not the Syrian army
    partner = _parties("An air strike on Tuesday by a U.S.-led coalition fighting Daesh mistakenly killed 18 members of the Syrian "
                       "Democratic Forces south of the city of Tabqa Syria the Pentagon said on Thursday. The strike was "
                       "requested by the partnered forces who had identified the target location as an ISIS fighting "
                       "position it said in a statement.", published="2017-04-13")
    assert partner["partnered forces"].entity_id == "sdf"


def test_a_bracketed_gloss_before_a_name_and_an_alliance_of_rebels():
    # tenth blind check n 17: "(Lebanese Shia group) Hezballah", the name after the editor's gloss
    parties = _parties('"An Israeli plane hit a car inside the town of Hader killing two men from (Lebanese Shia group) Hezballah '
                       'and three men from the pro-regime popular committees in the town" said Rami Abdel Rahman director of '
                       'the Syrian Observatory for Human Rights.', published="2015-07-29")
    assert parties["two men"].entity_id == "hezbollah"
    # dev sample 2601, n 17: "an alliance of rebels" is those rebels, not the coalition named before
    alliance = _parties("The US-led coalition struck IS targets in Raqqa. Idlib province is largely held by an alliance of "
                        "rebels including a former Al-Qaeda affiliate and is regularly targeted in Syrian and Russian air "
                        "strikes.", published="2017-04-05")
    assert (alliance["alliance"].entity_id, alliance["alliance"].country, alliance["alliance"].sector) == (None, "SYR", "REB")


def test_an_opposition_stronghold_is_armed_and_regime_jet_fighters_are_the_air_force():
    # dev sample 2601, n 57 and n 99
    parties = _parties("More than 19 civilians were killed in Eastern Ghouta on Sunday as the Syrian regime stepped up its "
                       "campaign to retake the last major opposition stronghold near the capital Damascus.", published="2018-02-20")
    assert parties["last major opposition stronghold"].sector == "REB"
    jets = _parties("The cease-fire was supposed to have secured protection for the people of Idlib but that has been proven "
                    "wrong as the regime jet fighters attacked the city with chemical bombs.", published="2017-04-05")
    assert jets["regime jet fighters"].entity_id == "syrian_air_force"


def test_a_capital_named_as_the_place_gives_the_story_its_country():
    # dev sample 2601, n 79: a story set in "the Damascus suburb of Jaramana" that never names Syria
    parties = _parties("Bomb Kills 18 in Damascus Suburb. A bomb killed 18 people in the Damascus suburb of Jaramana on Tuesday "
                       "state television said. A similar "
                       "bombing in the same square on July 25 killed at least seven people. In August last year another car "
                       "bomb killed at least 27 people in the southeastern suburb.", published="2013-08-06")
    assert parties["at least 27 people"].country == "SYR"


def test_regional_ministers_and_leaders_of_other_states_are_not_the_storys_government():
    # eleventh blind check n 63: "Arab" is a region's word, not Syria's demonym
    arab = _parties("Kerrys meeting with Arab ministers including from Bahrain Egypt Kuwait Saudi Arabia and the United Arab "
                    "Emirates followed talks in Lithuania with European foreign ministers who blamed the attack in Syria on "
                    "Assad.", published="2015-07-13")
    assert (arab["Arab ministers"].entity_id, arab["Arab ministers"].country, arab["Arab ministers"].sector) == (None, None, "GOV")
    # twelfth blind check n 11: leaders "of Pacific Rim countries" are other states' leaders
    rim = _parties("I am not optimistic about the short-term prospects in Syria Obama said at a news conference in Lima at "
                   "the conclusion of a summit with leaders of Pacific Rim countries.", published="2016-11-21")
    assert (rim["leaders"].entity_id, rim["leaders"].country) == (None, None)


def test_a_civil_administration_is_local_government_and_militant_opposition_is_armed():
    # eleventh blind check n 84: a town's civil administration is SYR GOV with no national entity
    parties = _parties("The civil administration of Idlib on Thursday announced the full mobilization of the emergency medical "
                       "services to cope with the high number of casualties following a brutal wave of airstrikes by Russian "
                       "jets that left at least 38 civilians killed.", published="2016-08-01")
    civil = parties["civil administration"]
    assert (civil.entity_id, civil.country, civil.sector) == (None, "SYR", "GOV")
    # twelfth blind check n 17: "militant opposition groups" are rebels
    armed = _parties("Syria was hit by a violent unrest since mid-March 2011 where the Syrian government accuses foreign actors "
                     "of orchestrating the conflict by supporting the militant opposition groups with arms and money.",
                     published="2013-09-02")
    assert (armed["militant opposition groups"].country, armed["militant opposition groups"].sector) == ("SYR", "REB")


def test_a_leaders_name_before_air_strikes_and_air_words_are_the_air_force():
    # twelfth blind check n 72: "Assad regime air strikes" are struck by the state's air force, not by the man
    parties = _parties("Published November 26 2017 Assad regime air strikes and artillery fire killed 19 civilians on Sunday "
                       "across the opposition-held Eastern Ghouta region outside the capital Damascus a monitor said.",
                       published="2017-11-26")
    assert parties["Assad"].entity_id == "syrian_air_force"
    # twelfth blind check, borderline n 89, 92, 96: air forces, war planes and aviation of a state are its air force
    air = _parties("Idlib is regularly bombed by the air forces of Syria and its Russian ally. Frequent bombing by regime and "
                   "Russian war planes have seen numerous massacres in Idlib province. We demand a thorough investigation "
                   "of the alleged chemical attack by Syrian aviation on the city of Khan-Shaikhoun Rudskoi said.",
                   published="2017-04-10")
    assert air["air forces"].entity_id == "syrian_air_force"
    assert air["regime"].entity_id == "syrian_air_force"
    assert air["Syrian aviation"].entity_id == "syrian_air_force"


def test_people_on_board_a_military_machine_are_its_owners_military():
    # eleventh blind check n 40: the five people on board a Russian helicopter are Russian military, not Syrian civilians
    parties = _parties("Russias defense ministry said a Russian helicopter was shot down near Saraqeb during the day on Monday "
                       "killing all five people on board in the biggest officially acknowledged loss of life for Russian "
                       "forces since they started operations in Syria.", published="2016-08-01")
    assert (parties["five people"].country, parties["five people"].sector) == ("RUS", "MIL")
    passengers = _parties("A Russian passenger plane crashed in Sinai killing all 224 people on board. Four people were killed "
                          "in Aleppo.", published="2015-11-01")
    assert passengers["224 people"].sector == "CVL"


def test_a_state_word_that_shells_or_launches_an_offensive_is_its_military():
    # fourteenth blind check n 53 and borderline n 18: the regime that shells or launches an offensive is the army
    parties = _parties("Fighting raged across Syria. On Tuesday 11 people including six school children were killed in regime "
                       "shelling on the town of Jisreen in Eastern Ghouta the observatory said. Abdel Rahman said 37 fighters "
                       "have been killed since the regime launched its offensive for Tabaqa.", published="2017-11-02")
    regimes = [p for p in parties.values() if p.text == "regime"]
    assert regimes and all(p.entity_id == "syrian_arab_army" for p in regimes)
    shelled = _parties("Fighting raged across Syria. The regime shelled the town of Douma on Monday.", published="2017-11-02")
    assert shelled["regime"].entity_id == "syrian_arab_army"


def test_warplanes_from_a_coalition_are_the_coalitions():
    # fourteenth blind check n 28: "warplanes from the international coalition" are not the story's army
    parties = _parties("Fighting raged in Syria. Warplanes from the international anti-jihadist coalition carried out four air "
                       "strikes today against Syrian forces in the Deir Ezzor air base the army said in a statement.",
                       published="2016-09-12")
    assert parties["Warplanes"].entity_id == "cjtf_oir"


def test_he_never_takes_up_a_body_of_people():
    # fourteenth blind check n 98: "Assads Alawite religious minority ... He" is no civilian
    parties = _parties("Syrias population is mostly Sunni. Assads Alawite religious minority is often considered an offshoot of "
                       "Shia Islam. He has been backed militarily by Russia and by Shia fighters from Iran.", published="2017-04-15")
    assert parties["He"].sector != "CVL"


def test_a_site_is_no_antecedent_and_a_pronoun_keeps_its_antecedents_country():
    # thirteenth blind check n 64 (a bomber is not the army whose checkpoint he hit) and n 21 (Syrian tribal leaders)
    parties = _parties("At least 22 people were killed in a double suicide bomb attack at an army checkpoint in the central Syrian "
                       "city of Homs on Tuesday state media said. The provincial governor of Homs Talal Barazi told AFP the two "
                       "bombers appeared to have pulled up at the army checkpoint in a car together with one exiting the vehicle "
                       "before the other detonated his explosives while still inside. In the chaos of the first blasts aftermath "
                       "and as a crowd gathered the second bomber detonated his explosives Barazi said. In another development "
                       "Syrian tribal leaders are in secret talks with UN special envoy for Syria. However in interviews with the "
                       "UK newspaper the tribal leaders said they were wary of being exploited by external powers which they "
                       "blamed for their countrys current situation.", published="2016-01-26")
    assert (parties["second bomber"].entity_id, parties["second bomber"].sector) == (None, "UAF")
    assert (parties["they"].country, parties["they"].sector) == ("SYR", "ELI")


def test_rebels_fighting_a_leader_are_his_countrys_and_origins_give_no_country():
    # fourteenth blind check n 34: "rebels fighting Assad" in a story datelined Moscow
    rebels = _parties("Russian President Vladimir Putin said in Moscow the plan could work. Russia has emphasized that rebels "
                      "fighting Assad must also abide by the chemical weapons agreement.", published="2013-10-02")
    assert (rebels["rebels"].country, rebels["rebels"].sector) == ("SYR", "REB")
    # fourteenth blind check n 61: "natives of the Northern Caucasus" say where some fighters come from
    origin = _parties("The Russian defence ministry said its jets struck IS in Syria. A command post of the terrorists and up to 80 "
                      "fighters including nine natives of the Northern Caucasus were destroyed in the area of Mayadeen the "
                      "ministry said.", published="2017-10-07")
    assert origin["up to 80 fighters"].country != "RUS"
    # fourteenth blind check n 86: Turkmens in Syria are no people of Turkmenistan
    turkmen = _parties("In March 2013 the Northern Lattakia in Syria was attacked by the Takfiri terrorists most of whom were "
                       "Chechens and Turkmens backed by Turkey. Turkmen fighters shelled the town.", published="2015-07-30")
    assert turkmen["Turkmens"].country != "TKM" and turkmen["Turkmen fighters"].country == "SYR"


def test_a_national_body_in_a_paragraph_set_in_another_country_is_that_countrys():
    # sixteenth blind check (FA-KES 1918398782): "In Iraq ... government forces" in a Syria story
    parties = _parties("Fighting has raged in Hassakeh since the ISIS group attacked several southern neighborhoods held by "
                       "government troops earlier this month. In Iraq a Defense Ministry statement said government forces "
                       "repelled an ISIS attack Sunday morning on the town of Haditha.", published="2015-07-05")
    assert parties["government forces"].country == "IRQ"
    # a seat of power is whose government speaks, not where the body is: the frame moves nothing
    seat = _parties("Syrian troops shelled Aleppo on Monday. In Moscow the government said the army shelled the rebels.",
                    published="2015-07-05")
    assert seat["Syrian troops"].country == "SYR"
    # a place of a noun ("talks in Switzerland between the government and the opposition") is no frame of the clause
    talks = _parties("Syrian officials say the attacks show lack of seriousness in the opposition to respect a truce deal which "
                     "is currently holding in the Arab country. The ceasefire which was brokered by the United States and "
                     "Russia in late February was meant to facilitate and ongoing peace talks in Switzerland between the "
                     "government and the foreign-backed opposition.", published="2016-03-15")
    assert talks["government"].country == "SYR"


def test_an_opposition_that_seizes_ground_is_armed():
    # sixteenth blind check n 26
    parties = _parties("The Observatory says the opposition seized Handarat a largely uninhabited former Palestinian refugee "
                       "camp early Sunday a day after it was lost to government forces.", published="2016-09-06")
    assert (parties["opposition"].country, parties["opposition"].sector) == ("SYR", "REB")


def test_a_town_spacy_calls_a_person_is_no_official_of_the_country_named_before():
    # sixteenth blind check n 53: "Hama" was France's government
    parties = _parties("Syrian President Assad sacked the governor of Hama province on July 2. U.S. ambassador Robert Ford "
                       "and French ambassador Eric Chevallier visited Hama on July 8.", published="2014-08-01")
    assert parties["Hama"].country is None and parties["Hama"].sector is None


def test_a_pronoun_for_machines_is_their_named_owner_and_a_bracketed_name_is_the_group():
    # sixteenth blind check n 16: "them" = the aircraft belonging to the terrorist organizations
    parties = _parties("Syrian troops clashed with terrorists in Daraa province. An army unit on Sunday morning shot down three "
                       "radio-controlled aircrafts belonging to the terrorist organizations and destroyed them to the east of "
                       "Ebtaa town in the northern countryside of the province.", published="2016-10-30")
    assert (parties["them"].country, parties["them"].sector) == ("SYR", "REB")
    # sixteenth blind check n 73: "terrorist groups (Nusra Front)" names the group
    snipers = _parties("Also snipers from Jabhat al-Nusra-linked terrorist groups (Nusra Front) positioned in Bustan al-Qassr "
                       "neighborhood opened fire on locals in al-Masharqa neighborhood leaving two people dead.",
                       published="2016-04-16")
    assert snipers["snipers"].entity_id == "hts"


def test_a_bare_count_takes_the_country_the_event_place_gives_the_people_before_it():
    # sixteenth blind check n 49
    parties = _parties("August 13 2016 More than 100 civilians have been killed and 700 got injured in August shelling of "
                       "Syrias Aleppo local authorities told reporters on Saturday.", published="2016-08-10")
    assert (parties["700"].country, parties["700"].sector) == ("SYR", "CVL")


def test_they_in_a_clause_hung_on_another_is_its_doers_and_a_suicide_bomber_is_no_army():
    # dev sample 2801, n 98 and 32
    parties = _parties("It added that Syrian army soldiers launched a counter-offensive killing 29 extremists. The attack has "
                       "ended said Observatory chief Rami Abdel Rahman. The Castello Road was effectively severed by Syrian "
                       "forces Thursday when they seized a hilltop within firing range of the key supply route.",
                       published="2016-07-30")
    assert parties["they"].entity_id == "syrian_arab_army"
    attacked = _parties("Syrian troops shelled Aleppo. The rebels were attacked by government forces when they tried to flee "
                        "the town.", published="2015-07-30")
    assert attacked["they"].sector == "REB"  # a passive whose subject is people keeps them
    # dev sample 2801, n 29: "the suicide bomber" is no army unit named before
    bomber = _parties("A source told SANA that an army unit destroyed last night a car packed with explosives which the "
                      "terrorists tried to drive into the neighborhood. The car was completely destroyed said the source "
                      "stressing that the suicide bomber and all the terrorists near the car were killed.",
                      published="2016-07-30")
    assert bomber["suicide bomber"].sector != "MIL"


def test_him_takes_up_one_armed_person_named_by_a_noun():
    # dev sample 2801, n 63: him = the pilot, not the speaker's group
    parties = _parties("Jaish al-Islam spokesman Islam Alloush said on Friday that al-Nusra Front had executed an air force pilot "
                       "in Jayrud after his plane was shot down by Jaish al-Islam. \"We have been surprised by members of "
                       "al-Nusra killing the pilot whose plane we shot down after they pledged to hand him over us\" Alloush "
                       "said on Twitter.", published="2016-04-08")
    assert (parties["him"].country, parties["him"].sector) == ("SYR", "MIL")


def test_a_pro_country_word_names_the_patron_not_the_people():
    # dev sample 1801, n 37: "pro-Turkey" says whom they fight for; "Syria" says whose they are
    parties = _parties("Separately two pro-Turkey Syria militants were killed and two others sustained injuries in clashes in "
                       "the same region the Turkish army statement added.", published="2016-09-07")
    militants = parties["two pro-Turkey Syria militants"]
    assert (militants.country, militants.sector) == ("SYR", "REB")


def test_it_after_a_war_subject_is_the_war_not_a_party():
    # dev sample 1801, n 36: "it" is Syria's war, not the Associated Press named before
    parties = _parties("Syrian regime leader Bashar al-Assad said in an interview with AP News broadcast on Thursday that "
                       "Syrias war will \"drag on\" as long as it is funded and interfered in by other countries.",
                       published="2016-09-22")
    if "it" in parties:
        assert parties["it"].entity_id is None and parties["it"].country is None


def test_a_title_and_a_surname_name_the_office_holder_of_that_country_on_the_day():
    # dev sample 1801, n 69: "British FM Johnson" is Boris Johnson, Foreign Secretary in 2016
    parties = _parties("Russia meanwhile faces what Kremlin officials call Russophobia after British FM Johnson called public "
                       "protests at its London embassy over airstrikes in Aleppo.", published="2016-10-20")
    johnson = parties["British FM Johnson"]
    assert (johnson.entity_id, johnson.country, johnson.sector) == ("boris_johnson", "GBR", "GOV")


def test_people_whose_own_clause_fights_are_armed_not_civilians():
    # dev sample 1801, n 74: a verb joined to the subject's own ("and are attacking ISIS")
    kurds = _parties("Syrias Kurds have carved out a de facto autonomous region named Rojava in the north of the country "
                     "and are attacking ISIS with intensive U.S.-led air support.", published="2015-07-21")["Syrias Kurds"]
    assert kurds.sector != "CVL" and kurds.entity_id == "ypg"
    # dev sample 2801, n 2: a relative clause that fights
    brethren = _parties("In Lebanon some 200 Kurdish nationals staged a demonstration in downtown Beirut in solidarity with "
                        "their brethren in Syria who are fighting against ISIS militants.", published="2015-07-05")
    assert brethren["their brethren"].sector == "REB"


def test_the_doers_of_a_strike_on_the_story_army_are_not_that_army():
    # dev sample 1801, n 22: "the bombers" strike the Syrian army: the coalition the article names
    parties = _parties("The US-led coalition warplanes had also destroyed al-Asharah Bridge that links the two banks of the "
                       "river in the Eastern part of the Deir Ezzor province last Wednesday. The bombers had also targeted the "
                       "Syrian army troops near the city of Deir Ezzor on September 17 leaving over 90 military personnel "
                       "dead and a hundred wounded.", published="2016-10-06")
    assert parties["bombers"].entity_id != "syrian_arab_army"


def test_a_world_region_gives_no_country_and_foreign_places_set_the_force_abroad():
    # dev sample 1801, n 72: the gazetteer reads "the Middle East" as a US hamlet
    groups = _parties("Al Jazeera quoted local opposition activists as saying that the civilians were killed as US aircraft hit "
                      "a residential building in the city of Idlib near Aleppo. Earlier the UK-based Syrian Observatory for "
                      "Human Rights reported that the attacks carried out by Washington and its Arab allies killed 31 "
                      "civilians. The US has formed a multinational coalition to fight various terrorist groups in the Middle "
                      "East after arguably the most notorious of them the Islamic State (IS) seized large parts of Syria and "
                      "Iraq proclaiming a caliphate.", published="2014-09-24")["terrorist groups"]
    assert groups.country != "USA"
    # dev sample 1801, n 46: every place of the sentence is Iraqi, and Iraq is named just before
    forces = _parties("Air strikes killed 25 civilians in Raqa in Syria. The Syrian army advanced near Tabqa in Syria. IS has "
                      "also been under attack in neighbouring Iraq. It has been driven out of the centre of its emblematic "
                      "bastion Fallujah and pro-government forces have also renewed an offensive around Mosul the largest "
                      "city under its control.", published="2016-06-04")["pro-government forces"]
    assert forces.country == "IRQ"


def test_facilities_and_complexes_are_things_and_their_members_are_the_last_groups_listed():
    # dev sample 2901, n 41 and 84
    parties = _parties("According to the Syrian Network for Human Rights the Russian air force targeted at least 243 vital "
                       "civilian facilities including 5 IDP camps between September 30 2015 and March 15 2016.",
                       published="2016-03-21")
    facilities = parties.get("at least 243 vital civilian facilities")
    assert facilities is None or (facilities.country, facilities.sector) == (None, None)
    # dev sample 2901, n 48: "their" is the terrorist organisations, not al-Qaeda in the gloss
    members = _parties("The Syrian army units continued on Monday their military operations against ISIL al-Nusra Front "
                       "(Qaeda branch in the Levant) and other terrorist organizations across the country destroying their "
                       "weaponry and killing many of their members.", published="2016-03-21")["their members"]
    assert members.entity_id != "alqaeda" and members.sector == "REB"


def test_bare_workers_take_the_sector_of_the_words_around_them():
    # nineteenth blind check n 55, twentieth n 42, seventeenth n 82, nineteenth n 32: war-news
    # "workers"/"staff" are health, aid or a named body's people, labour only with labour words
    health = _parties("Fighting continued in Syria. The WHO said there were 120 attacks on health facilities and workers "
                      "in Syria last year.")["workers"]
    assert (health.country, health.sector) == ("SYR", "MED")
    staff = _parties("A total of 40 SARC volunteers and staff have been killed in the country since the war began.")["staff"]
    assert staff.entity_id == "sarc"
    aid = _parties("UN humanitarian chief Stephen OBrien said UN agencies and their partners work in dangerous conditions "
                   "in Syria adding that fifty workers have been killed since 2011.")["fifty workers"]
    assert (aid.country, aid.sector) == ("SYR", "SOC")
    rescuers = _parties("The White Helmets said their centre in Douma was bombed. The monitor said the workers were "
                        "targeted by a guided missile.")["workers"]
    assert rescuers.entity_id == "white_helmets"
    labour = _parties("Workers at a textile factory in Aleppo demanded higher wages from the owners.")["Workers"]
    assert labour.sector == "LAB"


def test_a_state_word_in_shelling_killing_by_shelling_or_sharing_air_strikes_is_its_military():
    # twentieth blind check n 31, 80 ("in government shelling on Douma"), n 9 ("has killed ... in a
    # revenge shelling attack"), seventeenth n 31 ("backed by regime and Russian air strikes")
    shelling = _parties("Fighting raged in Syria. At least ten people were killed on Monday in government shelling on "
                        "Harasta in Eastern Ghouta the monitor said.")["government"]
    assert shelling.entity_id == "syrian_arab_army"
    killed = _parties("Fighting raged in Syria. The Syrian regime has killed at least 20 people in the town of Douma in a "
                      "shelling attack on Sunday.")["Syrian regime"]
    assert killed.entity_id == "syrian_arab_army"
    shared = _parties("Fighting raged in Syria. Pro-government fighters backed by regime and Russian air strikes seized two "
                      "villages south of Aleppo.")["regime"]
    assert shared.entity_id == "syrian_air_force"


def test_an_opposition_with_a_military_action_or_firing_shells_is_armed():
    # nineteenth blind check n 66 ("an opposition offensive"), eighteenth n 30 ("shells fired by opposition groups")
    offensive = _parties("Fighting raged in Syria. Hama province has seen intense violence as the regime attempts to push "
                         "back an opposition offensive.")["opposition"]
    assert offensive.sector == "REB"
    fired = _parties("Fighting raged in Syria. Dozens of rockets fired by opposition groups hit government-held districts "
                     "of Aleppo killing three people.")["opposition groups"]
    assert fired.sector == "REB"


def test_a_country_accused_of_strikes_acts_with_its_forces_and_the_countrys_force_is_the_one_named():
    # nineteenth blind check n 51 (as "Russia was accused of dropping phosphorous bombs", ACTORS.md)
    accused = _parties("Moscow has accused the Netherlands of killing four civilians in airstrikes near Aleppo.")["Netherlands"]
    assert (accused.country, accused.sector) == ("NLD", "MIL")
    # twentieth blind check n 21: "the countrys air force" is of the country just named, not the story's
    force = _parties("Fighting raged in Syria. Dutch defence ministry spokesman Jan de Vries denied the countrys air force "
                     "was active in the area at the time.")["countrys air force"]
    assert (force.country, force.sector) == ("NLD", "MIL")


def test_an_acting_aircraft_with_no_owner_is_the_air_force_named_last():
    # seventeenth blind check n 15: a Sukhoi-34 in an account of Russian Aerospace Forces strikes
    bomber = _parties("Russias Aerospace Forces carried out 50 strikes on ISIS positions near Deir Ezzor the ministry said. "
                      "Twenty minutes later a Sukhoi-34 bomber carried out another strike on the stronghold.",
                      published="2017-10-10")["Sukhoi-34 bomber"]
    assert bomber.entity_id == "russian_aerospace_forces"
    # an aircraft with its own state word keeps it (FA-KES store review: "Regime aircraft" is not Russia's)
    regime = _parties("Russias Aerospace Forces carried out 50 strikes on ISIS positions near Aleppo. Regime aircraft also "
                      "bombed a medicine factory in the town of Mansoura in rural Aleppo.")["Regime aircraft"]
    assert regime.entity_id == "syrian_air_force"


def test_a_titles_of_phrase_gives_its_country_and_a_name_beside_it_the_person():
    # nineteenth blind check n 2: "Leader of the Islamic Revolution in Iran" is not the Syrian government
    named = _parties("Leader of the Islamic Revolution in Iran Ayatollah Ali Khamenei accused Washington of backing the "
                     "terrorists.", published="2015-07-05")["Leader"]
    assert named.entity_id == "ali_khamenei"
    bare = _parties("Fighting raged in Syria. The Leader of the Islamic Revolution in Iran accused Washington of backing "
                    "terrorists in Syria.", published="2015-07-05")["Leader"]
    assert (bare.country, bare.sector) == ("IRN", "GOV")
    # a title of a named group keeps the group's side (FA-KES store review)
    leaders = _parties("UN envoy Staffan de Mistura met with leaders of the Southern Front alliance in southern Syria on "
                       "Tuesday.", published="2016-06-01")["leaders"]
    assert (leaders.country, leaders.sector) == ("SYR", "REB")


def test_a_state_going_on_with_strikes_or_so_clause_is_its_military_and_government_fire_its_army():
    # twenty-second blind check n 56: "began carrying out strikes" is an act of arms through its xcomp
    began = _parties("Fighting raged in Syria. Turkey started carrying out raids on Kurdish positions in Afrin in January.")["Turkey"]
    assert (began.country, began.sector) == ("TUR", "MIL")
    # twenty-fourth blind check n 44: the subject of a relative clause of strikes
    which = _parties("Fighting raged in Syria. The offensive has been backed by Russia which intensified its air strikes on "
                     "rebel-held districts this week.")["Russia"]
    assert (which.country, which.sector) == ("RUS", "MIL")
    # twenty-fourth blind check n 12: "government fire" is shooting by the state's forces; a cease-fire is not
    fire = _parties("Fighting raged in Syria. Three civilians were killed by regime fire in the town of Daraa on Monday.")["regime fire"]
    assert fire.entity_id == "syrian_arab_army"
    truce = _parties("Fighting raged in Syria. The government declared a cease-fire in Aleppo on Monday.")["government"]
    assert truce.entity_id == "syrian_government"


def test_an_air_campaign_carried_out_by_a_government_is_its_air_force_and_partakers_in_strikes_fight():
    # twenty-first blind check n 59: the agent of "carried out" on an air campaign
    campaign = _parties("Syrian warplanes pounded Idlib on Friday. The raids are part of an air campaign carried out by the "
                        "Syrian government against jihadist fighters.")["Syrian government"]
    assert campaign.entity_id == "syrian_air_force"
    # twenty-first blind check n 37: accused of killing civilians while taking part in strikes
    accused = _parties("Moscow has accused the Netherlands of killing civilians near Raqqa while participating in coalition "
                       "air raids.")["Netherlands"]
    assert (accused.country, accused.sector) == ("NLD", "MIL")


def test_an_opposition_fought_alongside_is_armed_and_a_copter_is_an_aircraft():
    # twenty-first blind check n 29: the partner of "fought alongside" bears arms
    partner = _parties("The Nusra Front once fought alongside Syrias opposition in Idlib against government troops.")["Syrias opposition"]
    assert (partner.country, partner.sector) == ("SYR", "REB")
    # twenty-first blind check n 58: a "copter" is a helicopter, flown by the state's air arm
    copter = _parties("Rebels said they downed a Russian copter over Idlib on Monday killing its crew.")["Russian copter"]
    assert copter.entity_id == "russian_aerospace_forces"


def test_a_person_training_or_fighting_with_a_named_group_is_the_groups():
    # twenty-first blind check n 15: "his elder brother who was training with IS" is an IS recruit
    uncle = _parties("Fighting raged in Syria. A boy was killed while visiting his uncle who was training with the Nusra "
                     "Front in Idlib.")["his uncle"]
    assert uncle.entity_id == "hts"
    # a clause with no armed group named keeps the person a civilian
    nurse = _parties("Fighting raged in Syria. A boy was killed while visiting his aunt who was working with a charity "
                     "in Idlib.")
    assert all(p.entity_id is None for p in nurse.values() if p.text == "his aunt")


def test_general_before_another_noun_is_no_rank():
    # twenty-sixth blind check n 25, 35, 96: "General Commission", "general surgery" read as the army
    import polybius

    events = polybius.extract("Syrian regime forces killed 12 people in a village near Aleppo, according to a statement "
                     "released on Saturday by the Syrian Revolution General Commission.", published="2013-06-01")
    commission = by_text(events, "Syrian Revolution General Commission")
    assert commission.sector != "MIL" and commission.entity_id != "syrian_arab_army"
    # the rank as the head still signals the military
    events = polybius.extract("Rebels killed a Syrian general in an ambush near Hama.", published="2016-06-01")
    assert by_text(events, "Syrian general").sector == "MIL"
    # and an army's high command is a term of its own (sectors.tsv)
    events = polybius.extract("The General Command called the bombing a blatant aggression against Syrian forces.",
                              published="2016-09-18")
    assert by_text(events, "General Command").sector == "MIL"


# --- sectors helper (round 21) ---


def test_a_frame_in_another_country_sets_unnamed_armed_men_there_too():
    # twenty-eighth blind check n 63: "In Iraq meanwhile ... a suicide bomber attacked" kept Syria
    parties = _parties("Government forces shelled rebel districts of Aleppo in Syria on Monday. In Iraq meanwhile at least "
                       "12 people died when a suicide bomber attacked a checkpoint manned by Shiite militiamen near Samarra.")
    bomber = parties["suicide bomber"]
    assert (bomber.country, bomber.sector) == ("IRQ", "UAF")
    assert parties["Government forces"].country == "SYR"
    # a place after the verb says where one spoke, and a mention's own "in Syria" keeps it there
    spoken = _parties("Government forces shelled rebel districts of Aleppo in Syria on Monday. An opposition leader said "
                      "in Turkey that the gas attack had killed 900 people.")
    assert spoken["900 people"].country == "SYR"
    own = _parties("Government forces shelled rebel districts of Aleppo in Syria on Monday. In Lebanon some 300 Kurds "
                   "marched in Beirut in solidarity with their brethren in Syria who are fighting ISIS militants.")
    assert own["their brethren"].country == "SYR"


def test_victims_with_no_side_are_civilians_of_the_story():
    # twenty-third blind check n 38, twenty-fifth n 61: "casualties" left UNK with no country
    parties = _parties("Government forces shelled rebel districts of Aleppo in Syria on Monday. Activists said the air "
                       "strikes killed 11 people and wounded 20 with most casualties occurring in a crowded market.")
    casualties = parties["most casualties"]
    assert (casualties.country, casualties.sector) == ("SYR", "CVL")


def test_tribesmen_and_loyalists_who_are_victims_are_civilians():
    # twenty-seventh blind check n 59: executed tribesmen became a militia (PRM)
    parties = _parties("ISIS militants seized the town of Shuhail in Deir Ezzor in Syria. Villagers found the bodies of "
                       "tribesmen who were summarily executed by the militants last year.")
    assert (parties["tribesmen"].country, parties["tribesmen"].sector) == ("SYR", "CVL")
    # tribesmen who fight stay armed
    armed = _parties("Armed tribesmen attacked an army checkpoint in Deir Ezzor in Syria on Monday.")["Armed tribesmen"]
    assert armed.sector == "PRM"
    # twenty-eighth blind check n 23: evacuated "regime loyalists" became the Syrian government
    loyalists = _parties("Rebels shelled the village of Foua in Idlib in Syria. Thousands of regime loyalists were evacuated "
                         "from the two besieged villages.")["regime loyalists"]
    assert (loyalists.entity_id, loyalists.country, loyalists.sector) == (None, "SYR", "CVL")


def test_a_body_of_the_revolution_is_the_opposition():
    # twenty-sixth blind check n 25: the Syrian Revolution General Commission is an activist body
    events = __import__("polybius").extract(
        "Regime forces killed 30 people in a village near Hama according to a statement released on Sunday by the Syrian "
        "Revolution General Commission.", published="2013-06-01")
    commission = by_text(events, "Syrian Revolution General Commission")
    assert (commission.country, commission.sector) == ("SYR", "OPP")


def test_a_place_near_a_country_gives_no_country():
    # twenty-fifth blind check n 91: "kill 50 jihadists near Lebanon" made the jihadists Lebanese
    parties = _parties("Syria troops kill 30 jihadists near Lebanon Monitor AFP Saturday At least 30 jihadists were killed "
                       "overnight by Syrian troops in the Qalamoun mountains a monitor said.")
    assert parties["30 jihadists"].country != "LBN"


def test_transliterations_of_known_people():
    # first blind check n 30: "Bashar Aljaafari" took Bashar al-Assad's first name
    envoy = _parties("The opposition denounced the claims of the regimes UN envoy Bashar Aljaafari who blamed Turkey for "
                     "the attack.")["regimes UN envoy Bashar Aljaafari"]
    assert envoy.entity_id == "bashar_al_jaafari"


def test_bare_armed_forces_are_no_foreign_army():
    # twenty-eighth blind check n 22: SANA's "the Army and Armed Forces" became the UAE's armed forces
    # (the vowel-only "UAE" dropped from the consonant shape of "UAE Armed Forces")
    forces = _parties("The Armed Forces shelled the terrorists positions in Homs countryside in Syria on Monday.")["Armed Forces"]
    assert forces.entity_id != "uae_armed_forces" and forces.country != "ARE"
    uae = _parties("UAE Armed Forces struck Houthi positions in Yemen on Monday.")["UAE Armed Forces"]
    assert uae.entity_id == "uae_armed_forces"


def test_a_short_form_of_a_person_named_in_full_is_that_person():
    # twenty-sixth blind check n 43: "Prince Saud" after "Foreign Minister Prince Saud al-Faisal"
    parties = _parties("Saudi Foreign Minister Prince Saud al-Faisal met his French counterpart in Paris on Monday. Prince "
                       "Saud also urged European ministers to arm the rebels.", published="2013-05-27")
    saud = parties["Prince Saud"]
    assert (saud.entity_id, saud.country, saud.sector) == ("saud_al_faisal", "SAU", "GOV")


def test_lawmakers_of_another_countrys_parliament():
    # twentieth blind check n 87: lawmakers of a British debate became Syria's legislators
    parties = _parties("British Foreign Secretary Boris Johnson told MPs that Russia was bombing Aleppo in Syria. During "
                       "the debate several lawmakers accused Russia of war crimes.")
    assert (parties["several lawmakers"].country, parties["several lawmakers"].sector) == ("GBR", "LEG")


def test_parties_to_a_conflict_are_no_political_parties():
    # first blind check n 83: "parties involved in the conflict" became political parties (PTY)
    parties = _parties("The UN envoy held meetings with parties directly or indirectly involved in the conflict in Syria.")
    assert parties["parties"].sector != "PTY"
    political = _parties("Opposition parties boycotted the vote in Damascus on Monday.")["Opposition parties"]
    assert political.sector == "PTY"


def test_officials_with_a_named_armed_group_are_the_groups():
    # twenty-fifth blind check n 60: "officials with al-Qaida's affiliate ... known as Fatah al-Sham
    # Front" became the Syrian government
    officials = _parties("Government forces shelled Idlib in Syria on Monday. Similar drone strikes have targeted officials "
                         "with al-Qaidas branch in Syria known as Fatah al-Sham Front.")["officials"]
    assert officials.entity_id == "hts"
    plain = _parties("A drone strike killed officials with the Nusra Front in Idlib in Syria.")["officials"]
    assert plain.entity_id == "hts"


def test_people_of_no_default_country_struck_in_a_named_country_are_of_it():
    # second blind check n 36: "23 journalists had been killed in Syria" had no country
    parties = _parties("A media watchdog said 19 journalists had been killed in Syria since the uprising began.")
    assert (parties["19 journalists"].country, parties["19 journalists"].sector) == ("SYR", "JRN")
    # a town says less: the journalists may be foreign
    town = _parties("Two journalists were wounded in Aleppo on Monday.")["Two journalists"]
    assert town.country is None


def test_soviet_forces_are_the_ussrs_not_the_storys() -> None:
    # thirty-second blind check n 49: "fought against the Soviet forces in Afghanistan" in a Syrian
    # story; the USSR (ISO 3166-3 SUN) is in the base, so the demonym never falls back to Syria
    party = _parties("Syrian rebels fought government troops in Syria on Monday. "
                     "The commander had fought the Soviet forces in Afghanistan in the 1980s.")["Soviet forces"]
    assert (party.country, party.sector) == ("SUN", "MIL")


def test_warplanes_of_a_coalition_after_regime_aircraft_are_the_coalitions() -> None:
    # thirty-first blind check n 99: the parser hangs "of the US-led coalition" on the first machine
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Air raids in northern Syria by regime "
                     "aircraft and warplanes of the US-led coalition killed 25 civilians on Friday.")["warplanes"]
    assert party.entity_id == "cjtf_oir"


def test_a_coordination_read_as_a_plural_modifier_resolves_by_its_first_head() -> None:
    # twenty-ninth blind check n 14: "Rebels and opposition officials have expressed concerns that the
    # regime is planning ...", parsed "(Rebels and opposition) officials", was the government
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Rebels and opposition officials have "
                     "accused the regime of shelling the town.")["Rebels and opposition officials"]
    assert (party.country, party.sector) == ("SYR", "REB")


def test_an_arab_kurdish_coalition_is_the_sdf() -> None:
    # thirty-first blind check n 8: "the Syrian Democratic Forces an Arab-Kurdish coalition battling IS"
    party = _parties("Syrian rebels fought government troops in Syria on Monday. The monitor said he had joined "
                     "an Arab-Kurdish coalition fighting IS in northern Syria.")
    assert {p.entity_id for p in party.values()} >= {"sdf"}


def test_opposition_groups_that_count_an_armed_group_are_rebels() -> None:
    # thirty-second blind check n 50: "Ahrar al-Sham was among the opposition groups that agreed to join
    # the nationwide ceasefire"
    party = _parties("Syrian rebels fought government troops in Syria on Monday. The ministry said Jaish al-Islam "
                     "was among the opposition groups that signed the truce.")["opposition groups"]
    assert (party.country, party.sector) == ("SYR", "REB")


# --- round 25, countries ---


def test_a_bare_military_reported_by_another_states_officials_is_theirs() -> None:
    # thirty-sixth blind check n 13: "U.S. officials said the military fired dozens of cruise missiles
    # against the base" in a Syria story was the Syrian army
    party = _parties("Syrian rebels fought government troops in Syria on Monday. American officials said the military "
                     "launched cruise missiles at the air base on Friday.")["military"]
    assert (party.entity_id, party.country) == ("us_armed_forces", "USA")


def test_bombers_from_a_country_are_its_air_force() -> None:
    # thirty-third blind check n 21, thirty-fourth n 68: "six long-range bombers from Russia had struck
    # around Deir Ezzor" was the Syrian army
    party = _parties("Syrian rebels fought government troops in Syria on Monday. The ministry in Moscow said four "
                     "heavy bombers from Russia had struck targets near Raqqa.")["four heavy bombers"]
    assert (party.entity_id, party.country) == ("russian_aerospace_forces", "RUS")


def test_a_people_acting_with_means_of_war_is_its_military() -> None:
    # thirty-seventh blind check n 69: "The Russians can secure this zone with their air power and their
    # ground to air S-400 missile systems" had a country and no sector
    parties = _parties("Syrian rebels fought government troops in Syria on Monday. The Russians bombed the "
                       "rebel-held town of Saraqeb on Sunday.")
    assert (parties["Russians"].country, parties["Russians"].sector) == ("RUS", "MIL")


def test_counted_governments_name_no_one_country() -> None:
    # thirty-ninth blind check n 55: "After a meeting of 11 governments opposing Assads rule" was the
    # Syrian government
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Twelve governments opposing the "
                     "regime condemned the attack on Tuesday.")["Twelve governments"]
    assert (party.entity_id, party.country, party.sector) == (None, None, "GOV")


def test_victims_of_a_foreign_strike_keep_the_place_not_the_attackers_country() -> None:
    # thirty-fourth blind check n 54: "the US warplanes targeted the residential areas in the village
    # 50km Northeast of Aleppo city and killed over 60 civilians" gave Civilians (United States)
    party = _parties("Syrian rebels fought government troops in Syria on Monday. The US warplanes bombed homes in "
                     "the village 40km Northeast of Aleppo city and killed over 50 civilians.")["over 50 civilians"]
    assert (party.country, party.sector) == ("SYR", "CVL")


def test_a_headline_count_takes_the_demonym_of_its_restatement() -> None:
    # thirty-eighth blind check n 72: "Blast at Syria-Turkey border kills 20 rebels ... At least 20 Syrian
    # rebels were killed in a blast at a border crossing with Turkey" gave the headline's rebels Turkey
    party = _parties("Bomb at Syria-Turkey border kills 15 rebels Monitor AFP At least 15 Syrian rebels were killed "
                     "in a bomb attack at a border crossing with Turkey on Monday.")["15 rebels"]
    assert (party.country, party.sector) == ("SYR", "REB")


# --- round 25, named bodies ---


def test_a_leaders_name_before_capitalised_warplanes_is_his_air_force() -> None:
    # thirty-seventh blind check n 33: "Assad Warplanes" took the consonants of "Saudi warplanes"
    # (a transliteration match) and became the Saudi armed forces
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Assad Warplanes struck a "
                     "market in the rebel-held town of Saraqeb on Wednesday killing 15 people.")["Assad Warplanes"]
    assert (party.entity_id, party.country) == ("syrian_air_force", "SYR")


def test_a_variant_spelling_keeps_the_country_word_of_a_name() -> None:
    from polybius.resolve.actors import load_actor_base

    base = load_actor_base()
    assert base.lookup_variant("Assad warplanes") is None  # not "Saudi warplanes"
    assert base.lookup_variant("Hizballah") is not None and base.lookup_variant("Hizballah").entity_id == "hezbollah"


def test_a_named_brigade_of_a_named_group_is_that_groups() -> None:
    # thirty-eighth blind check n 65: "Storm of North Brigade of the so-called free Syrian army" was the
    # Syrian Arab Army by the word "Brigade"
    parties = _parties("Syrian rebels fought government troops in Syria on Monday. Near Azaz, ISIL fighters clashed "
                       "with Martyrs of Idlib Brigade of the so-called free Syrian army on Tuesday.")
    party = next(p for text, p in parties.items() if text.startswith("Martyrs"))
    assert (party.entity_id, party.country, party.sector) == ("fsa", "SYR", "REB")


def test_a_site_named_with_its_owner_after_of_is_that_owner() -> None:
    # thirty-eighth blind check n 41: "the military base of the Damascus-backed National Defense Forces"
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Israeli jets reportedly bombed the "
                     "military base of the Damascus-backed National Defense Forces near Quneitra.")["military base"]
    assert party.entity_id == "ndf"


def test_a_title_of_an_armed_group_is_the_groups() -> None:
    # thirty-fourth blind check n 2: "the local Emir of the ISIL terrorist group" was the Syrian government
    party = _parties("Syrian rebels fought government troops in Syria on Monday. A senior Emir of the ISIL terrorist "
                     "group was killed in clashes with Kurdish fighters near Manbij.")["senior Emir"]
    assert party.entity_id == "isis"


def test_people_tied_to_a_named_group_are_the_groups() -> None:
    # thirty-fourth blind check n 55: "operatives tied to Jabhat Fath al-Sham" were Syria's intelligence
    party = _parties("Syrian rebels fought government troops in Syria on Monday. The army said it killed several "
                     "operatives tied to Jabhat Fath al-Sham in the countryside of Hama.")["several operatives"]
    assert party.entity_id == "hts"


def test_people_of_an_unnamed_armed_group_are_its_side() -> None:
    # thirty-sixth blind check n 48: "Another seven people of a local armed group were also killed" were civilians
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Five people of a local armed group "
                     "were killed in a clash with al-Qaeda militants in the town.")["Five people"]
    assert (party.country, party.sector) == ("SYR", "REB")


def test_a_defector_who_joined_the_opposition_is_a_rebel() -> None:
    # thirty-eighth blind check n 99: "a former army officer who had defected from the loyalist army to join
    # opposition forces" was a civilian
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Nine people were killed in Idlib "
                     "including a former army colonel who had defected from the regime army to join rebel forces.")["former army colonel"]
    assert (party.country, party.sector) == ("SYR", "REB")


# --- round 26, sectors and names ---


def test_opposition_that_mounts_an_offensive_is_armed() -> None:
    # forty-third blind check n 21 and n 91: "Opposition groups ... are mounting an offensive", "the moderate
    # Syrian opposition making large incursions" were the political opposition
    parties = _parties("Syrian rebels fought government troops in Syria on Monday. Opposition groups in Idlib are "
                       "mounting an offensive to take the contested city of Aleppo.")
    assert (parties["Opposition groups"].country, parties["Opposition groups"].sector) == ("SYR", "REB")
    parties = _parties("Syrian rebels fought government troops in Syria on Monday. Damascus has seen heavy clashes this "
                       "week with the moderate Syrian opposition making large incursions into the east of the capital.")
    assert parties["moderate Syrian opposition"].sector == "REB"


def test_opposition_that_condemns_an_offensive_stays_political() -> None:
    parties = _parties("Syrian rebels fought government troops in Syria on Monday. The opposition condemned the "
                       "offensive on Aleppo.")
    assert parties["opposition"].sector == "OPP"


def test_popular_fighters_are_pro_government_militia() -> None:
    # forty-second blind check n 86: "27 popular fighters" killed by ISIL in government-held villages were rebels
    party = _parties("Syrian rebels fought government troops in Syria on Monday. The Syrian Observatory said the "
                     "assault on two villages in Hama killed 12 civilians and 20 popular fighters.")["20 popular fighters"]
    assert (party.country, party.sector) == ("SYR", "PRM")


def test_commission_of_inquiry_for_syria_is_the_un_body() -> None:
    # forty-first blind check n 90: "The UNs Commission of Inquiry for Syria said it" was left without a sector
    party = _parties("Syrian rebels fought government troops in Syria on Monday. The UNs Commission of Inquiry for "
                     "Syria said it had started investigating the attack.")["it"]
    assert party.entity_id == "coi_syria"


def test_syrian_kurdish_forces_are_the_kurdish_force() -> None:
    # forty-third blind check n 98: "US-backed Syrian Kurdish forces" were the Syrian Arab Army
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Ankara also wants to contain the "
                     "US-backed Syrian Kurdish forces battling Islamic State.")["US-backed Syrian Kurdish forces"]
    assert party.entity_id == "ypg"


def test_an_affiliate_in_apposition_to_a_name_is_that_name() -> None:
    # forty-third blind check n 100: "a former al Qaeda affiliate the Islamic State of Iraq and the Levant" was al-Qaeda
    party = _parties("Syrian rebels fought government troops in Syria on Monday. About 70 rebels were killed in clashes "
                     "between a former al Qaeda affiliate the Islamic State of Iraq and the Levant and the Nusra Front "
                     "in an eastern province.")["former al Qaeda affiliate"]
    assert party.entity_id == "isis"


def test_a_group_noun_right_before_a_name_is_that_name() -> None:
    # forty-first blind check n 50: "backed by the Lebanese terrorist group Hezbollah" was Lebanese rebels
    party = _parties("In the Qalamoun region government forces backed by the Lebanese terrorist group Hezbollah seized "
                     "areas outside Zabadani.")["Lebanese terrorist group"]
    assert party.entity_id == "hezbollah"


def test_forces_provided_for_a_named_group_are_its_forces() -> None:
    # forty-second blind check n 26: "providing fresh forces for ISIS" was the Syrian army
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Reports say the camp played a key role "
                     "in providing fresh forces for ISIS whenever the group was attacking army positions in Homs.")["fresh forces"]
    assert party.entity_id == "isis"


# ---- round 27, claims: an unnamed attacker (UAF) of an attack a named armed group claims is that group's

def test_a_bomber_in_a_named_groups_statement_is_its_own() -> None:
    # checks 45 n 96, 47 n 49: "ISIS in a statement ... said a suicide bomber detonated" was UAF
    party = _parties("Dozens of Syrian rebels were killed in a blast near the Turkish border. The Islamic State group on Monday "
                     "claimed responsibility for a suicide bombing that killed 30 rebel fighters near the border. ISIS in a "
                     "statement posted on Twitter and Telegram said a suicide bomber blew up an explosive belt among rebels "
                     "preparing to fight it.")["suicide bomber"]
    assert (party.entity_id, party.sector) == ("isis", "REB")


def test_a_bomber_in_the_statement_of_the_group_it_stands_for_is_its_own() -> None:
    # check 44 n 62: "it said the attack was carried out by a bomber" (it = ISIL) was UAF
    party = _parties("Hospitals in the city received the bodies of 44 victims. For its part the Takfiri ISIL group claimed "
                     "responsibility for the bombing. In a statement posted online it said the attack was carried out by a "
                     "bomber in an explosives-laden lorry.")["bomber"]
    assert party.entity_id == "isis"


def test_a_bomber_whose_attack_a_named_group_claims_next_is_its_own() -> None:
    # check 44 n 73: "A suicide bomber ... blew himself up" then "The Islamic State group claimed the attack" was UAF
    party = _parties("A suicide bomber on a motorbike blew himself up in a busy street of Qamishli city, the Syrian "
                     "Observatory for Human Rights said. The Islamic State group claimed the attack.")["suicide bomber"]
    assert party.entity_id == "isis"


def test_bombers_a_named_group_fights_back_with_are_its_own() -> None:
    # check 45 n 23: "who have fought back with suicide bombers and car bombs" was UAF
    party = _parties("The army and Hezbollah entered the town but have since faced stiff resistance from the ISIL "
                     "terrorists who have fought back with suicide bombers and car bombs.")["suicide bombers"]
    assert party.entity_id == "isis"


@pytest.mark.parametrize("text, words", [
    ("A suicide bomber blew himself up at a checkpoint in Homs, the Syrian Observatory for Human Rights said. "
     "No group claimed the attack.", "suicide bomber"),  # no claimant: still unidentified
    ("The Observatory said gunmen killed three soldiers in Daraa.", "gunmen"),  # a monitor is no claimant
])
def test_an_attacker_no_armed_group_claims_stays_unidentified(text: str, words: str) -> None:
    party = _parties(text)[words]
    assert (party.entity_id, party.sector) == (None, "UAF")


def test_the_one_group_that_claims_the_attack_anywhere_in_the_article_owns_its_bomber() -> None:
    # fifty-third check n 32, fifty-fifth n 59: the claim was in the lead, the bomber three sentences on
    party = _parties("Daesh claimed responsibility for the bombing in Qamishli on Wednesday. At least 44 people were "
                     "killed. Hospitals were overwhelmed. Kurdish officials said the attack was carried out by a suicide "
                     "bomber driving a truck.")["suicide bomber"]
    assert party.entity_id == "isis"


def test_an_attack_claimed_by_a_group_owns_its_bomber_unless_the_claim_dates_another_attack() -> None:
    # sixty-third blind check n 97: "A massive bomb blast claimed by the Daesh terror group killed at least 44
    # people"; four sentences on, "the attack was carried out by a suicide bomber" was UAF
    party = _parties("A car bomb blast claimed by the Daesh terror group killed 30 people in Qamishli on Tuesday. The "
                     "toll rose overnight. Hospitals were overwhelmed. Officials said the attack was carried out by a "
                     "suicide bomber driving a truck.")["suicide bomber"]
    assert party.entity_id == "isis"
    # "Last month bombings claimed by ..." are other attacks: today's bomber stays unidentified
    party = _parties("A suicide bomber killed one person in Latakia on Thursday. Three others were wounded. Last month "
                     "bombings claimed by the Islamic State group in nearby Jableh killed 170 people.")["suicide bomber"]
    assert party.sector == "UAF"


def test_a_name_counts_words_not_the_dashes_the_tokenizer_splits_off() -> None:
    # sixty-fourth blind check n 57: "the Islamic State of Iraq and al-Sham (ISIS)" is seven words, eight tokens;
    # cut at seven tokens it was "Islamic State of Iraq", al-Qaeda in Iraq
    party = _parties("The coalition aims to destroy the Islamic State of Iraq and al-Sham (ISIS), Blinken said.",
                     published="2014-10-01")
    assert party["Islamic State of Iraq and al-Sham"].entity_id == "isis"


@pytest.mark.parametrize("text", [
    # two groups claim attacks in the article: neither is known to be his
    "Daesh claimed responsibility for the bombing in Qamishli. The Nusra Front claimed the attack in Idlib. Hospitals "
    "were overwhelmed. Officials said the attack was carried out by a suicide bomber driving a truck.",
    # a claim of earlier attacks says nothing of this one, and the article says no one is known
    "A suicide bomber killed five policemen at a checkpoint in Qamishli on Saturday. Four others were wounded. It was "
    "not immediately clear who carried out the attack but Daesh has claimed previous bombings in the city.",
])
def test_no_single_claimant_of_this_attack_leaves_its_bomber_unidentified(text: str) -> None:
    assert _parties(text)["suicide bomber"].sector == "UAF"


# ---- round 27, bodies: named aid bodies' people, people who fight, militias by their side ----


def test_red_crescent_volunteers_are_the_society_of_the_story() -> None:
    # forty-eighth blind check n 8: "12 Red Crescent volunteers" killed in an airstrike on a convoy were civilians
    party = _parties("Syrian rebels fought government troops in Syria on Monday. An air raid on an aid convoy near Aleppo "
                     "killed nine Red Crescent volunteers and several drivers.")["nine Red Crescent volunteers"]
    assert party.entity_id == "sarc"


def test_volunteers_in_apposition_to_the_red_crescent_are_its_people() -> None:
    # forty-eighth blind check n 82: "22 Red Crescent [SARC] volunteers", parsed as apposition, were civilians
    parties = _parties("Syrian rebels fought government troops in Syria on Monday. Suspected Syrian regime and Russian air "
                       "strikes in Idlib province killed at least 15 Red Crescent [SARC] volunteers including a senior "
                       "official as well as killing and injuring a number of civilians local sources said late on Tuesday.")
    assert parties["volunteers"].entity_id == "sarc"


def test_people_fighting_the_state_are_rebels() -> None:
    # forty-fifth blind check n 18: "people fighting to overthrow President Bashar al-Assad" were civilians
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Fifty people were hurt in Homs in "
                     "attacks the state agency blamed on terrorists, its word for people fighting to topple the "
                     "government.")["people"]
    assert party.sector == "REB"


def test_militias_the_state_fights_are_rebels() -> None:
    # forty-eighth blind check n 2: the militias "the Syrian government has been fighting" were pro-government militia
    party = _parties("Syrian rebels fought government troops in Syria on Monday. The Syrian government has been "
                     "fighting several militias since the uprising began in 2011.")["several militias"]
    assert (party.country, party.sector) == ("SYR", "REB")


def test_militias_of_a_named_coalition_are_that_coalition() -> None:
    # forty-eighth blind check n 74: the SDF, "a coalition of militias backed by the United States": militias were PRM
    party = _parties("Syrian rebels fought government troops in Syria on Monday. Two villages were taken from Islamic "
                     "State by the Syrian Democratic Forces (SDF) a coalition of militias backed by Washington a "
                     "monitoring group said.")["militias"]
    assert party.entity_id == "sdf"
