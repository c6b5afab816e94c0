"""People and person nouns in general world news (News Articles corpus, 2016-17 checks N1-N4):
an unknown person takes only what the text says of him, legislators' titles say LEG, a
regional government is no national one, a state's critic is its opposition, and a few
person nouns and bodies get their sector. Sentences are paraphrases, run through the real
pipeline."""
from __future__ import annotations

from polybius.model import Article
from polybius.pipeline import process


def _readings(text: str, day: str = "2017-02-20") -> list[tuple[str, str | None, str | None, str | None]]:
    """Every actor and recipient of the text's events: (mention, entity, country, sector)."""
    found: list[tuple[str, str | None, str | None, str | None]] = []
    for result in process([Article(text=text, id="t", published=day, title=None)], prefilter=False):
        for event in result.events:
            for role in (event.actor, event.recipient):
                for party in role if isinstance(role, list) else ([role] if role else []):
                    found.append((party.text, party.entity_id, party.country, party.sector))
    return found


def _parties(text: str, day: str = "2017-02-20") -> dict[str, tuple[str | None, str | None, str | None]]:
    """Mention -> (entity, country, sector), the last reading of each."""
    return {text_: (entity, country, sector) for text_, entity, country, sector in _readings(text, day)}


def test_another_persons_role_gives_no_country() -> None:
    # a role named for someone else in the story says nothing of the senator (N1 n 16)
    found = _readings("Hannity shared a story calling Tom Brannigan a war criminal. The Chinese ambassador "
                      "to the United Nations once received a fundraising letter from Brannigan's campaign. "
                      "Hannity apologized to Brannigan after deleting the tweet.")
    brannigan = [(country, sector) for text, _, country, sector in found if text == "Brannigan"]
    assert brannigan and all(reading == (None, None) for reading in brannigan)


def test_role_in_the_sentence_before_still_introduces_the_person() -> None:
    # counter-example: an unnamed role just before the person's first naming is his
    found = _parties("The spokesman for the Nusra Front was killed in air strikes on Sunday. "
                     "\"Abu Karim al-Halabi and ten jihadists were killed in strikes on Idlib,\" the monitor said.")
    assert found.get("Abu Karim al-Halabi", (None, None, None))[2] == "REB"


def test_legislator_title_is_leg() -> None:
    found = _parties("Rep. Marcus Delaney fired back at the committee chairman on Tuesday.")
    assert found["Rep. Marcus Delaney"][2] == "LEG"


def test_scottish_government_is_no_national_body() -> None:
    found = _parties("The motion proposed by the Scottish government was backed by the Scottish parliament in Edinburgh, Britain.")
    entity, country, sector = found["Scottish government"]
    assert entity != "uk_government" and (country, sector) == ("GBR", "GOV")


def test_a_regional_government_the_base_does_not_name_is_no_national_body() -> None:
    found = _parties("The motion proposed by the Catalan government was rejected by the court in Madrid, Spain.")
    entity, country, sector = found["Catalan government"]
    assert entity is None and (country, sector) == ("ESP", "GOV")


def test_national_government_keeps_its_entity() -> None:
    # counter-example: the British government is the national body
    found = _parties("The British government proposed a new motion in London.")
    assert found["British government"][0] == "uk_government"


def test_state_critic_is_its_opposition() -> None:
    found = _parties("Police in Moscow detained Kremlin critic Ivan Petrovsky on Sunday.", "2017-03-27")
    assert found["Kremlin critic Ivan Petrovsky"][1:] == ("RUS", "OPP")


def test_the_state_itself_stays_the_state() -> None:
    # counter-example: no critic word, the Kremlin is the government
    found = _parties("The Kremlin condemned the protests in Moscow on Sunday.", "2017-03-27")
    assert found["Kremlin"][1:] == ("RUS", "GOV")


def test_person_nouns_and_bodies_get_a_sector() -> None:
    found = _parties("Ankara summoned the Dutch charge d'affaires. The Italian lender said it welcomes any investor. "
                     "Russian security software provider Zorkan Labs filed a complaint.")
    assert found["Dutch charge d'affaires"][1:] == ("NLD", "GOV")
    assert found["Russian security software provider Zorkan Labs"][1:] == ("RUS", "BUS")


def test_a_later_mention_keeps_the_role_of_its_first_naming() -> None:
    # "United States peace envoy Anthony Zinni ... Mr Zinni": the role beside the first naming is his
    found = _parties("United States trade envoy Robert Kessler has told a meeting of officials he had decided to "
                     "continue his mission. On Sunday, Mr Kessler walked out of a meeting in Geneva.")
    assert found.get("Mr Kessler", (None, None, None))[1:] == ("USA", "GOV")


def test_a_demonym_counted_names_civilians() -> None:
    # a count of a country's people, with a demonym of two words or counted as one (N4 n 22, N2 n 2)
    found = _parties("Some 50 North Koreans were detained by police in Kuala Lumpur.")
    assert found["50 North Koreans"][1:] == ("PRK", "CVL")
    found = _parties("Not a single Iranian has been killed in a terrorist attack in the US, the senator said.")
    assert found["single Iranian"][1:] == ("IRN", "CVL")


def test_a_bare_plural_demonym_stays_unknown_or_armed() -> None:
    # counter-example: "the Russians" who bomb are a state's forces, not counted people
    found = _parties("The Russians bombed the town.", "2016-05-01")
    assert found["Russians"][2] != "CVL"


def test_an_indefinite_title_names_no_holder() -> None:
    # "a president" is any holder of the office, not the one the story named (N3 n 60)
    text = "President Donald Trump met the Korean envoy on Monday. Korean law says an election must follow within 60 days of a president's impeachment."
    assert _parties(text)["president"][0] is None
    # counter-example: "the president" is the one named before
    assert _parties("President Donald Trump met the Korean envoy on Monday. The president criticized the court.")["president"][0] == "donald_trump"


def test_a_governor_and_local_governments_are_no_national_government() -> None:
    # a body of local or provincial government is its country + GOV, never the national entity (N12 n 56, 85)
    found = _parties("North Carolina lawmakers accused the governor of sabotaging the compromise.", "2017-03-01")
    assert found["governor"] == (None, "USA", "GOV")
    found = _parties("The premier urged ministers and local governments in China to act.", "2017-03-01")
    assert found["local governments"] == (None, "CHN", "GOV")
    # counter-example: the national government keeps its entity
    assert _parties("The Syrian government accused Turkey of shelling Afrin.", "2017-03-01")["Syrian government"][0] == "syrian_government"
