"""Non-actors and pronouns of general world news (News Articles checks N1-N4): datelines with
a date, hyphen fragments, a country's attributes, fact-box labels, caption credits, a country
that is the topic of an owned inquiry; expletive "it", nouns of one sex, a name an editor
bracketed after a pronoun, and "he" inside the quote of the one who speaks. Paraphrased
sentences through the real pipeline, each with a case where the rule must not fire."""

from __future__ import annotations

from party_support import parties_by_text as _parties

from polybius.analyse import load_pipeline
from polybius.code import arguments as args
from polybius.resolve.actors import load_actor_base


def test_dateline_with_a_comma_and_a_date_is_no_party():
    parties = _parties("BEIJING, March 3. /TASS/. The Chinese Foreign Minister met his Australian counterpart on Friday.",
                       published="2017-03-03")
    assert "BEIJING" not in parties


def test_capital_that_opens_a_sentence_without_a_date_still_acts():
    parties = _parties("Moscow, meanwhile, condemned the strike on the convoy.", published="2017-03-03")
    assert parties["Moscow"].country == "RUS"


def test_bound_prefix_of_a_demonym_is_no_party():
    parties = _parties("A new round of inter-Korean talks opened in Panmunjom on Tuesday.", published="2017-03-03")
    assert "inter" not in parties


def test_demonym_on_talks_without_a_prefix_stays():
    parties = _parties("Syrian talks resumed in Geneva on Tuesday.", published="2017-03-03")
    assert "inter" not in parties and "intra" not in parties


def test_a_countrys_economy_is_no_party():
    parties = _parties("The president vowed to strengthen the Russian economy by cutting taxes.", published="2017-03-03")
    assert not any(p.country == "RUS" for p in parties.values())


def test_a_countrys_forces_still_are_a_party():
    parties = _parties("The president vowed to strengthen the Russian army by raising pay.", published="2017-03-03")
    assert any(p.country == "RUS" for p in parties.values())


def test_table_label_in_capitals_is_no_party():
    # the corpus frame (a fact box run into one sentence) rarely yields an event on a short
    # paraphrase, so the rule is checked on the parsed words themselves
    doc = load_pipeline()("TARGET: Three soldiers wounded in a bomb attack near a chemical plant ATTACKER: Unidentified gunmen")
    base = load_actor_base()
    labels = {t.text for t in doc if args.is_field_label(t, base)}
    assert labels == {"TARGET", "ATTACKER"}


def test_known_name_before_a_colon_is_no_label():
    doc = load_pipeline()("NATO: Russian jets violated Turkish airspace again")
    base = load_actor_base()
    assert not any(args.is_field_label(t, base) for t in doc)


def test_photo_credit_outlet_is_no_party():
    parties = _parties("The minister opened the new bridge in Wuhan. Provided to Xinhua  The bridge cost 2 billion yuan.",
                       published="2017-03-03")
    assert "Xinhua" not in parties


def test_things_provided_to_a_country_keep_it():
    parties = _parties("The rebels said weapons provided to Syria by Iran were seized.", published="2017-03-03")
    assert parties["Syria"].country == "SYR"


def test_country_topic_of_an_owned_inquiry_is_no_doer():
    parties = _parties("The House committee opened hearings in its China investigation on Monday.", published="2017-03-03")
    assert not any(p.country == "CHN" for p in parties.values())


def test_country_that_investigates_stays_the_doer():
    parties = _parties("A Chinese investigation found that the ferry had been overloaded.", published="2017-03-03")
    assert any(p.country == "CHN" for p in parties.values())


def test_expletive_it_with_an_adjective_and_infinitive():
    parties = _parties("Kenya has fertile land and it is natural to continue investment in farming.", published="2017-03-03")
    assert parties["it"].country is None


def test_it_that_is_ready_to_fight_keeps_its_party():
    parties = _parties("The army said it was ready to attack the rebels.", published="2017-03-03")
    assert parties["it"].country is not None or parties["it"].sector is not None


def test_he_never_takes_up_a_wife():
    parties = _parties("Senator Paul Dupont is under investigation. He said he hired his wife because he trusted her "
                       "and accused the press of attacking him.", published="2017-03-03")
    assert parties["he"].antecedent != "his wife"


def test_she_still_takes_up_a_woman_named_by_a_noun():
    parties = _parties("Police said the woman died of her wounds after she was injured in the blast.", published="2017-03-03")
    assert parties["she"].antecedent is not None and "woman" in parties["she"].antecedent


def test_name_bracketed_after_a_pronoun_is_its_referent():
    parties = _parties("\"In efforts to make it easier for the travellers, they [Qatar Airways] are offering free meals during flights.\"",
                       published="2017-03-03")
    assert parties["they"].antecedent == "Qatar Airways"


def test_he_in_the_speakers_own_quote_is_someone_else():
    parties = _parties("Senator John McCain said on Sunday: \"He will visit Kiev next week to meet officials.\"",
                       published="2017-03-03")
    assert parties["He"].antecedent is None or "McCain" not in parties["He"].antecedent


def test_he_in_reported_speech_is_the_speaker():
    parties = _parties("Senator John McCain said on Sunday that he will visit Kiev next week.", published="2017-03-03")
    assert "McCain" in (parties["he"].antecedent or "")
