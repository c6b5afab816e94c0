"""A state word that acts by arms is its state's military (eval/ACTORS.md): the subject of
fighting, attacking, taking ground or killing; the agent of killing; the owner of a military
action the parser misreads; a conjunct ally of a military agent. The government itself acts by
word and by law."""

from __future__ import annotations

from party_support import parties_by_text as _parties

_STORY = "Syrian rebels fought government troops in Syria on Monday. "


def _sides(text: str, words: str) -> tuple[str | None, str | None, str | None]:
    party = _parties(_STORY + text)[words]
    return party.entity_id, party.country, party.sector


def test_a_state_word_that_fights_is_the_army() -> None:
    # twenty-first blind check n 65: "The regime is fighting to push rebels out"
    assert _sides("The regime has been fighting to drive the rebels out of three districts of Homs.", "regime") \
        == ("syrian_arab_army", "SYR", "MIL")


def test_a_state_word_that_attacks_a_place_is_the_army() -> None:
    # twenty-sixth blind check n 27: "The regime is intensively attacking rural areas"
    assert _sides("The regime is heavily attacking villages in the Hama countryside, activists said.", "regime")[2] == "MIL"


def test_a_state_word_that_tries_to_seize_a_town_is_the_army() -> None:
    # twenty-eighth blind check n 97: "has been attempting to seize Al Maleh"
    assert _sides("The government has been trying to capture the town of Daraya for three years.", "government") \
        == ("syrian_arab_army", "SYR", "MIL")


def test_a_country_that_occupies_land_is_its_military() -> None:
    # twenty-seventh blind check n 30: "Israel occupied the Golan Heights"
    party = _parties("Israel seized the Golan Heights from Syria in the 1967 war.")["Israel"]
    assert (party.country, party.sector) == ("ISR", "MIL")


def test_the_agent_of_killing_is_the_army() -> None:
    # twenty-second check n 70, twenty-sixth n 44: "killed in the war mostly by the regime"
    assert _sides("Monitors say most of the civilians were killed by the regime during the conflict.", "regime") \
        == ("syrian_arab_army", "SYR", "MIL")


def test_barrel_bomb_attacks_carried_out_are_the_air_force() -> None:
    # twenty-seventh blind check n 63: "The government also carried out renewed barrel bomb attacks"
    assert _sides("The government again carried out barrel bomb attacks on rebel-held districts of Aleppo.", "government") \
        == ("syrian_air_force", "SYR", "MIL")


def test_a_state_word_before_airstrikes_read_as_a_verb_is_the_air_force() -> None:
    # twenty-sixth check n 7 ("killed by Syrian regime airstrikes"), twenty-seventh n 27 ("three regime airstrikes")
    assert _sides("At least 15 civilians were killed by Syrian regime airstrikes on the outskirts of Homs on Sunday.",
                  "Syrian regime") == ("syrian_air_force", "SYR", "MIL")


def test_war_crimes_of_a_demonym_are_its_forces() -> None:
    # twenty-fifth blind check n 82: "possible Russian war crimes" in a bombing story
    party = _parties("Heavy bombing of Aleppo went on as lawmakers asked whether to look into alleged Russian war crimes in Syria.")["Russian"]
    assert (party.country, party.sector) == ("RUS", "MIL")


def test_bombers_of_a_state_are_its_air_force() -> None:
    # seventh blind check n 49: "Russias military said six long-range Tu-22M3 bombers ... carried out strikes"
    parties = _parties("Russias defence ministry said four long-range Tu-22M3 bombers that flew from Russia carried out strikes on IS near Palmyra.")
    bombers = next(p for text, p in parties.items() if text.endswith("bombers"))
    assert bombers.entity_id == "russian_aerospace_forces"


def test_the_government_that_speaks_or_agrees_stays_the_government() -> None:
    # ACTORS.md: "The government itself acts by word and by law"
    assert _sides("The government agreed to a ceasefire with the rebels in Aleppo.", "government")[2] == "GOV"
    assert _sides("The regime denied that it had killed any civilians.", "regime")[2] == "GOV"
    assert _sides("The government accused the rebels of shelling the town.", "government")[2] == "GOV"
    # fighting what is no armed foe is no act of arms
    assert _sides("The government fought back against the sanctions imposed by the European Union.", "government")[2] == "GOV"


def test_a_leader_who_attacks_attacks_by_words() -> None:
    # a title is no state word of arms: "US presidents have rarely attacked their predecessors" (FA-KES store review)
    party = _parties("US presidents have seldom attacked their predecessors so harshly over chemical weapons attacks.")["US presidents"]
    assert party.sector == "GOV"


def test_the_opposition_that_kills_is_armed() -> None:
    # whoever is the agent of killing in war fights: "killed by opposition shelling" is armed opposition (ACTORS.md)
    assert _sides("The toll includes 40 people killed by opposition shelling of government-held districts of Aleppo.",
                  "opposition")[2] == "REB"


def test_an_ally_beside_the_agent_of_a_bombardment_is_its_military() -> None:
    # twenty-seventh blind check n 46: "bombardment by the Assad regime and its ally Russia"
    assert _sides("Renewed bombardment by the government and its ally Russia killed 30 people in Homs on Tuesday.",
                  "its ally Russia")[1:] == ("RUS", "MIL")


def test_countries_run_together_keep_their_own_names() -> None:
    # twenty-sixth blind check n 97, twenty-second n 35: "Britain France" tagged as one name
    parties = _parties("The UN Security Council met in a closed session on Sunday to address the fighting with "
                       "Britain France and the United States demanding Moscow rein in its Syrian ally.")
    assert (parties["France"].country, parties["France"].sector) == ("FRA", "GOV")
    assert (parties["Britain"].country, parties["Britain"].sector) == ("GBR", "GOV")


def test_jets_believed_to_be_of_a_state_are_its_air_force() -> None:
    # twenty-second blind check n 91: "War jets also believed to be Russian also struck"
    party = _parties("Warplanes believed to be Russian also struck the village of Kafr Nabl where four civilians "
                     "were killed in an area held by the opposition.")["Warplanes"]
    assert (party.entity_id, party.country, party.sector) == ("russian_aerospace_forces", "RUS", "MIL")


def test_violence_within_the_opposition_is_armed() -> None:
    # twenty-first blind check n 60: "the latest act of intra-opposition violence"
    assert _sides("A car bomb killed nine fighters of Ahrar al-Sham in Idlib on Monday in the latest episode of "
                  "intra-opposition violence.", "opposition")[1:] == ("SYR", "REB")


def test_an_opposition_blamed_for_a_massacre_is_armed() -> None:
    # twenty-sixth blind check n 26: "seeking to blame opposition groups" for the Ghouta massacre
    assert _sides("The government has long denied responsibility for the Houla massacre while trying to blame "
                  "opposition groups.", "opposition groups")[1:] == ("SYR", "REB")


def test_an_opposition_blamed_for_no_attack_stays_political() -> None:
    assert _sides("The government blamed opposition groups for the failure of the talks in Geneva.",
                  "opposition groups")[2] == "OPP"


def test_a_state_that_attacks_after_only_its_air_strikes_is_its_air_force() -> None:
    # twenty-sixth blind check n 27: "The regime is intensively attacking rural areas" in a story of its airstrikes
    parties = _parties("Regime airstrikes killed six people in Idlib on Monday, local sources said. "
                       "\"The regime is heavily attacking villages in Idlib with its allies\" an activist said.")
    assert parties["regime"].entity_id == "syrian_air_force"


def test_a_state_word_on_a_side_of_fighting_is_the_army() -> None:
    # thirty-first blind check n 54: "fierce fighting between the regime and rebels"
    assert _sides("Daraa has seen heavy fighting between the regime and rebels for a week.", "regime") \
        == ("syrian_arab_army", "SYR", "MIL")
    assert _sides("Clashes between rebels and the regime went on in Daraa.", "regime")[2] == "MIL"


def test_a_state_word_in_talks_between_sides_stays_the_government() -> None:
    # the sides of talks are not at arms (battle_nouns are words of combat only)
    assert _sides("Talks between the regime and rebels stalled in Geneva.", "regime") == ("syrian_government", "SYR", "GOV")


def test_the_agent_of_a_military_escalation_is_the_army() -> None:
    # thirtieth blind check n 62: "a wider military escalation by the Syrian government and allies"
    assert _sides("The raids were part of a broad military escalation by the Syrian government and allies including Russia "
                  "which fired missiles at rebels.", "Syrian government") == ("syrian_arab_army", "SYR", "MIL")


def test_its_aircraft_are_the_subject_states_air_force() -> None:
    # thirtieth blind check n 70: "Russia has denied its aircraft or those of its Syrian government
    # allies were involved", the parser making the machine the object of "denied"
    party = _parties(_STORY + "Russia has denied its aircraft or those of its allies were involved in the strike.")["its aircraft"]
    assert (party.entity_id, party.country, party.sector) == ("russian_aerospace_forces", "RUS", "MIL")


def test_a_state_word_fighting_an_armed_foe_is_the_army() -> None:
    # thirty-third blind check n 76, table a0008: "the Syrian regime is fighting the Islamic State group"
    assert _sides("Families fled villages where the Syrian regime is fighting the Islamic State group.", "Syrian regime") \
        == ("syrian_arab_army", "SYR", "MIL")


def test_a_state_word_fighting_sanctions_stays_the_government() -> None:
    assert _sides("The government fought back against the sanctions.", "government")[2] == "GOV"


def test_a_state_word_that_fires_munitions_is_the_army() -> None:
    # thirty-first blind check n 86, table a0356: "the Assad regime fired rockets filled with Sarin gas"
    assert _sides("The Assad regime fired rockets loaded with chlorine at the suburb.", "Assad regime")[2] == "MIL"


def test_a_state_word_stepping_up_a_campaign_to_retake_ground_is_the_army() -> None:
    # thirty-fifth blind check n 27: "stepped up its campaign to retake the last major opposition stronghold"
    assert _sides("Dozens died as the Syrian regime stepped up its campaign to recapture the last rebel town near Hama.",
                  "Syrian regime") == ("syrian_arab_army", "SYR", "MIL")


def test_the_agent_of_a_push_to_take_ground_is_the_army() -> None:
    # thirty-third blind check n 28: "a push by the Syrian government and allied forces to take the last rebel stronghold"
    assert _sides("A push by the Syrian government and allied militias to seize the last rebel enclave killed 20 people.",
                  "Syrian government") == ("syrian_arab_army", "SYR", "MIL")


def test_a_state_word_breaking_a_truce_to_launch_an_assault_is_the_army() -> None:
    # thirty-sixth blind check n 74: "abandoned a ceasefire to launch their assault on the biggest urban area"
    text = "Bombing resumed as the government and its Russian allies abandoned a truce to launch their assault on the eastern districts."
    assert _sides(text, "government") == ("syrian_arab_army", "SYR", "MIL")


def test_a_state_words_recapture_of_a_city_is_the_army() -> None:
    # thirty-sixth blind check n 98: "the governments recapture of Aleppo city"
    assert _sides("Despite the government's recapture of Homs last year, rebels kept a presence in the countryside.",
                  "government") == ("syrian_arab_army", "SYR", "MIL")


def test_areas_surrounded_by_a_state_word_are_besieged_by_the_army() -> None:
    # thirty-fifth blind check n 37: "besieged areas ... most surrounded by the regime"
    assert _sides("Thousands live in towns surrounded by the regime, the UN said.", "regime") == ("syrian_arab_army", "SYR", "MIL")


def test_a_counted_state_word_shares_the_fighters_after_it() -> None:
    # thirty-fifth blind check n 67: "30 regime and 39 rebel fighters have been killed"
    assert _sides("The monitor said 25 regime and 40 rebel fighters have been killed in clashes around Hama.", "regime") \
        == ("syrian_arab_army", "SYR", "MIL")
    # thirty-eighth blind check n 83: one count before both, "At least 70 regime and rebel fighters"
    assert _sides("At least 55 regime and rebel fighters were killed in a day of clashes near Aleppo, the monitor said.", "regime") \
        == ("syrian_arab_army", "SYR", "MIL")


def test_a_government_cracking_down_on_protests_stays_the_government() -> None:
    assert _sides("The regime cracked down on protests in Deraa.", "regime")[2] == "GOV"


def test_international_leaders_are_of_no_one_country() -> None:
    # thirty-fifth blind check n 94: "International leaders have condemned the alleged chemical attacks"
    entity, country, sector = _sides("World leaders have condemned the suspected gas attack in Idlib.", "World leaders")
    assert (entity, country, sector) == (None, None, "GOV")


# -- from the event: a state word doing an act of war the coder found (forces_at_war) ---------------


def test_the_agents_of_a_passive_strike_are_their_states_forces() -> None:
    # thirty-seventh check n 90, fortieth n 13: "regularly targeted by both the Assad regime and its Russian ally"
    parties = _parties(_STORY + "Idlib is shelled almost daily by both the Assad regime and its Russian ally.")
    assert (parties["Assad regime"].country, parties["Assad regime"].sector) == ("SYR", "MIL")
    assert (parties["its Russian ally"].country, parties["its Russian ally"].sector) == ("RUS", "MIL")


def test_a_state_word_that_retakes_ground_in_a_relative_clause_is_the_army() -> None:
    # thirty-seventh check n 47: "areas around Damascus that the government has retaken"
    assert _sides("Buses carried fighters out of the districts of Homs that the government has recaptured this year.",
                  "government") == ("syrian_arab_army", "SYR", "MIL")


def test_a_seat_of_power_that_begins_an_operation_is_its_military() -> None:
    # thirty-seventh check n 76 ("a second campaign being waged ... by Turkey"); "Ankara began the
    # unprecedented cross-border operation on August 24"
    party = _parties(_STORY + "Ankara began its cross-border operation against the jihadists in late August.")["Ankara"]
    assert (party.country, party.sector) == ("TUR", "MIL")


def test_a_state_word_that_deploys_weapons_is_its_military() -> None:
    # thirty-eighth check n 47: "the barrel bombs that the regime has deployed to deadly effect"
    assert _sides("Activists fear the crude barrel bombs that the regime has deployed over Aleppo for years.", "regime")[2] == "MIL"


def test_a_state_that_asks_for_strikes_or_brokers_a_truce_is_its_government() -> None:
    # the state asks or brokers by word; whoever strikes is not named by that word
    parties = _parties(_STORY + "The statement said the Syrian government requested the pilots to carry out strikes against the jihadists. "
                       "A pause in the fighting brokered by the United States and Russia lasted only days.")
    assert (parties["Syrian government"].entity_id, parties["Syrian government"].sector) == ("syrian_government", "GOV")
    assert parties["United States"].sector == "GOV"
    assert parties["Russia"].sector == "GOV"


def test_a_state_word_doing_an_act_of_law_keeps_its_government() -> None:
    # arrests and bans are acts of law, not of war: the government acts
    assert _sides("The government arrested dozens of activists in Damascus on Friday.", "government") \
        == ("syrian_government", "SYR", "GOV")


def test_a_state_named_as_an_ally_inside_a_phrase_keeps_its_government() -> None:
    # forty-third blind check n 46: "air strikes in support of its ally Damascus targeting both Daesh ...":
    # the parser makes the ally the subject of the participle; Moscow strikes, Damascus is supported
    party = _parties(_STORY + "Moscow has been staging air strikes in support of its ally Damascus targeting both "
                     "Daesh in Deir Ezzor province and rival extremists in Idlib.")["Damascus"]
    assert (party.country, party.sector) == ("SYR", "GOV")
    # a clause on a noun ("concerns that ...") keeps its own subject, who does the act
    assert _sides("Rebels have expressed concerns that the regime is planning to mount a concentrated attack on "
                  "the crowded province.", "regime")[2] == "MIL"


def test_a_state_word_joined_to_a_demonyms_forces_shares_the_forces() -> None:
    # sixtieth blind check n 58, 72: "Regime and Russian forces have violated human rights law" was the government
    assert _sides("Regime and Iranian forces have violated international law in Aleppo, the UN said.", "Regime") \
        == ("syrian_arab_army", "SYR", "MIL")
    # an owner word that is no state's names two sides: the regime agreeing is itself
    assert _sides("The regime and rebel forces agreed to a truce in Homs.", "regime")[2] == "GOV"



# -- sides of a conflict where the setting is not a state's own war (Lee corpus, Israel-Palestine
# and Afghanistan 2001): a land with no armed forces flies no aircraft and drives no tanks

def test_machines_in_a_land_without_armed_forces_are_the_state_named_at_arms() -> None:
    # Lee first hand check n 6, 43: "Apache combat helicopters struck Gaza City" was Palestine's military
    parties = _parties("Israeli troops pushed into Khan Yunis in the Gaza Strip on Tuesday. "
                       "Helicopter gunships then fired missiles at a police compound in Gaza City.")
    assert (parties["Helicopter gunships"].country, parties["Helicopter gunships"].sector) == ("ISR", "MIL")
    # with no state named at arms, no one country: not the land's, which has none
    party = _parties("Soldiers shot dead a teenager near Hebron in the West Bank on Friday.")["Soldiers"]
    assert (party.country, party.sector) == (None, "MIL")


def test_unowned_warplanes_in_a_state_at_its_own_war_stay_its_forces() -> None:
    # the FA-KES convention holds where the state flies its own air force (ACTORS.md)
    party = _parties("Warplanes bombed the town of Saraqeb in Idlib province, killing nine civilians.")["Warplanes"]
    assert (party.country, party.sector) == ("SYR", "MIL")


def test_an_aircraft_where_no_air_force_is_known_is_the_military_named_before() -> None:
    # Lee third hand check n 10: "The B-1 bomber ... was engaged in the air war over Afghanistan" was Afghan
    parties = _parties("American troops attacked Taliban fighters near Tora Bora on Saturday. Witnesses said heavy "
                       "fighting went on overnight in the mountains. Helicopters struck a Taliban compound near Kandahar on Sunday.")
    assert (parties["Helicopters"].country, parties["Helicopters"].sector) == ("USA", "MIL")
    # no other military named: the land's own forces, as before
    party = _parties("Helicopters struck a Taliban compound near Kandahar on Sunday, Afghan officials said.")["Helicopters"]
    assert party.country == "AFG"


def test_an_attack_named_by_the_demonym_of_a_land_without_armed_forces_is_armed_men() -> None:
    # Lee second check n 92, third n 4: "a new Palestinian suicide bombing" was Palestine's military
    party = _parties("Israel vowed to hit back after a Palestinian suicide attack on a bus in Netanya killed six people.")["Palestinian"]
    assert (party.country, party.sector) == ("PSE", "UAF")
    # a state's demonym before its strikes stays its military
    party = _parties(_STORY + "Turkish airstrikes hit Kurdish positions near Afrin on Sunday.")["Turkish"]
    assert (party.country, party.sector) == ("TUR", "MIL")


def test_one_person_of_a_country_is_a_civilian() -> None:
    # Lee first hand check n 44: "Another Palestinian was killed by Israeli soldiers" had no sector
    party = _parties(_STORY + "Another Syrian was shot dead by a sniper in Aleppo on Monday.")["Syrian"]
    assert (party.country, party.sector) == ("SYR", "CVL")
    # one who fights for a side is no civilian
    party = _parties("Officials are checking reports that another Briton has been fighting for Taliban forces in Afghanistan.")
    assert party["Briton"].sector != "CVL"


def test_people_of_a_country_who_open_fire_are_armed_men() -> None:
    # Lee fourth hand check n 82, third n 8: "The three Palestinians opened fire with rifles" were civilians
    party = _parties(_STORY + "Two Syrians opened fire with rifles on a police checkpoint near Azaz.")["Two Syrians"]
    assert (party.country, party.sector) == ("SYR", "UAF")
    # counted people who are shot stay civilians; "the Russians" who bomb are Russia's forces
    party = _parties(_STORY + "Two Syrians were wounded by gunfire near Azaz.")["Two Syrians"]
    assert (party.country, party.sector) == ("SYR", "CVL")
    party = _parties(_STORY + "The Russians bombed the town of Douma on Monday.")["Russians"]
    assert party.sector == "MIL"
