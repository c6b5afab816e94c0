"""Forces and the state's arms in world news (News Articles corpus 2016-17, checks N1-N4): bare
"officers" are the police of a police story and the army of an army story; a state is its
military only where the story is about arms and the deed is done by arms; a country coordinated
before a noun shares it; plural "bombers" of a ground blast are people; a given name that is a
sector word ("Marine") names no sector."""

from __future__ import annotations

from party_support import parties_by_text as _parties


def _fields(text: str, words: str, published: str = "2017-02-10") -> tuple[str | None, str | None, str | None]:
    party = _parties(text, published)[words]
    return party.entity_id, party.country, party.sector


def test_bare_officers_of_a_police_story_are_the_police() -> None:
    # N1 n 76, N2 n 57: Houston and Detroit officers read as the US armed forces
    text = ("Chicago police said a gunman was arrested on Sunday. The police chief said the suspect "
            "opened fire on the officers as they entered the house.")
    assert _fields(text, "officers")[1:] == ("USA", "COP")


def test_officers_near_a_police_word_are_the_police() -> None:
    # N3 n 94: "Metropolitan Police Assistant Deputy Commissioner ... said officers would investigate"
    text = "London police commissioner Cressida Dick said officers had arrested eight people on Friday."
    assert _fields(text, "officers")[2] == "COP"


def test_law_enforcement_officers_are_the_police() -> None:
    # N3 n 68: "conducted by trained law enforcement officers and agents" (ICE)
    text = "The agency said the raids in Texas were carried out by trained law enforcement officers."
    assert _fields(text, "trained law enforcement officers")[2] == "COP"


def test_officers_of_an_army_story_stay_military() -> None:
    # counter-example: in a story of troops and an army, bare officers are the military
    text = ("Syrian army troops advanced on the town on Monday. Two officers were killed when rebels "
            "attacked the army convoy.")
    assert _fields(text, "Two officers")[2] == "MIL"


def test_officers_of_a_named_fleet_are_its_navy() -> None:
    # N4 n 49: "at a meeting with officers of the Northern Fleet" read as the Syrian army
    text = ("Russian President Vladimir Putin said 4,000 Russians fight with militants in Syria. "
            "Putin congratulated officers of the Northern Fleet on Thursday.")
    assert _fields(text, "officers")[0] == "russian_navy"


def test_a_state_in_a_story_without_arms_is_its_government() -> None:
    # N2 n 9, n 47: China's economic plans read as the People's Liberation Army
    text = ("Economists say China's top priorities this year include eliminating financial risks "
            "and stabilising growth, the central bank said.")
    assert _fields(text, "China")[2] == "GOV"


def test_a_state_that_seizes_companies_is_its_government() -> None:
    # N4 n 80: "companies have been seized by the government" read as the Turkish armed forces
    text = ("Turkish soldiers staged a failed coup in July. Since then, more than 500 companies "
            "have been seized by the government under emergency rule.")
    assert _fields(text, "government")[2] == "GOV"


def test_a_state_that_takes_a_town_stays_its_military() -> None:
    # counter-example: taking ground in a war story is the military's (ACTORS.md)
    text = "Syrian rebels fought government troops on Monday. The government seized the town of Daraya."
    assert _fields(text, "government")[2] == "MIL"


def test_a_state_that_targets_people_with_rules_is_its_government() -> None:
    # N4 n 12: "China targets parents with religion rules in Xinjiang"
    text = ("ISIL fighters threatened Beijing in a video. China targets families with new religion "
            "rules in Xinjiang, officials said.")
    assert _fields(text, "China")[2] == "GOV"


def test_governments_that_target_a_deal_are_governments() -> None:
    # N1 n 89: "the British and Irish governments will target reaching a deal"
    text = ("Police and soldiers patrolled Belfast. The British and Irish governments will target "
            "reaching an agreement before the summer.")
    found = _parties(text)
    assert found["British"].sector == "GOV" and found["Irish"].sector == "GOV"


def test_they_for_the_president_is_no_military() -> None:
    # N4 n 65: "they" = the president and his press secretary
    text = ("Troops were deployed at the border last month. The president and his spokesman said "
            "that they intend to fight the ruling in court.")
    assert _fields(text, "they")[2] != "MIL"


def test_a_country_coordinated_before_a_force_noun_is_its_force() -> None:
    # N1 n 53: "the US and Russian military chiefs met" read as the US government
    text = "The last time the US and Russian military chiefs met was in Brussels in 2014."
    assert _fields(text, "US") == ("us_armed_forces", "USA", "MIL")


def test_a_country_coordinated_before_leaders_stays_government() -> None:
    # counter-example: the shared noun decides; presidents are the government
    text = "The French and German leaders met in Berlin on Monday to discuss the euro."
    assert _fields(text, "French") == ("french_government", "FRA", "GOV")


def test_bombers_of_a_ground_blast_are_armed_men() -> None:
    # N1 n 90: "bombers killed more than 30 people ... in twin blasts in ... Kabul" read as Afghan forces
    text = "Last week, bombers killed 20 people in two blasts at a busy market in Baghdad."
    assert _fields(text, "bombers")[2] == "UAF"


def test_bombers_in_an_air_raid_stay_aircraft() -> None:
    # counter-example: bombers of an air raid are the air force's
    text = "Russian bombers struck targets near Raqqa in a wave of air raids on Monday."
    assert _fields(text, "Russian bombers")[2] == "MIL"


def test_a_given_name_that_is_a_sector_word_names_no_sector() -> None:
    # N1 n 23: "Marine Le Pen" read as the military
    text = "Marine Le Pen, the far-right candidate, condemned the strike in Paris. She blamed immigration for crime."
    assert _fields(text, "Marine Le Pen", "2017-03-27")[2] != "MIL"
    assert _fields(text, "She", "2017-03-27")[2] != "MIL"
