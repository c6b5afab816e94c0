"""Who did it and to whom: actor and recipient from the dependency parse.

Covers active and passive voice, control ("began to surrender", "ready to lay down"),
conjoined verbs, participles (", killing six"), relative clauses, support verbs with event
nouns ("launched an operation"), prepositional recipients ("against", "on", "to", "with"),
conjoined and accompanied actors ("Hezbollah along with the Syrian army"), partitives
("groups of militants") and purpose clauses ("an operation to defeat Daesh").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Span, Token

from polybius.code.knowledge import DATA_DIR, Cues
from polybius.resolve.actors import MAX_NAME_WORDS, ActorBase, load_actor_base, name_length
from polybius.resolve.names import name_key

_SUBJECTS = frozenset({"nsubj", "csubj"})
_ACTOR_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})
# Common nouns for places: never an actor, whatever modifies them ("Syrian cities").
PLACE_NOUNS = frozenset({"city", "town", "village", "neighbourhood", "neighborhood", "district", "suburb", "province",
                         "region", "area", "countryside", "outskirts", "street", "square", "road", "highway"})
PRONOUNS = frozenset({"it", "they", "them", "he", "she", "him", "her", "we", "us", "who", "which", "that"})
_RELATIVE = frozenset({"who", "which", "that"})
# Prepositions that take any noun as recipient; others ("on", "at") only an actor-like one,
# since "on the Syrian side" and "at a checkpoint" are places.
_OPEN_PREPOSITIONS = frozenset({"against", "targeting", "to", "toward", "towards", "with"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "nummod", "quantmod", "case", "det", "predet", "advmod"})
_LEADING_SKIP = frozenset({"det", "predet", "punct", "cc", "prep"})
# Relative words as the parser tags them ("which" WDT, "who"/"whom" WP); a demonstrative
# "that" (DT) is a pronoun of its own and stays one.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_RELATIVE_WORDS = _RELATIVE | {"whom", "what", "whoever", "whatever"}
# Links at which a clause ends: a relative word is not looked for beyond them.
_CLAUSE_BREAKS = frozenset({"ccomp", "advcl", "parataxis", "csubj", "ROOT"})
_NOT_PARTY_ENTITIES = frozenset({"DATE", "TIME"})
_OBJECT_CONTROL = frozenset({"order", "ask", "urge", "force", "call", "tell", "instruct", "allow", "authorize", "authorise", "command", "direct", "push", "compel"})


@dataclass(frozen=True, slots=True)
class PartyWords:
    """The word lists of ``data/parties.yaml`` (what is no party), as sets."""

    setting_nouns: frozenset[str]
    setting_partner_prepositions: frozenset[str]
    holding_participles: frozenset[str]
    outlet_descriptions: frozenset[str]
    struck_things: frozenset[str]
    locative_prepositions: frozenset[str]
    place_parts: frozenset[str]
    kind_adjectives: frozenset[str]
    event_nouns: frozenset[str]
    abstract_nouns: frozenset[str]
    material_things: frozenset[str]
    nominal_suffixes: frozenset[str]
    group_nominals: frozenset[str]
    direction_words: frozenset[str]
    calendar_words: frozenset[str]
    page_words: frozenset[str]
    aiming_verbs: frozenset[str]
    warfare_agents: frozenset[str]
    agent_kinds: frozenset[str]
    equipment_nouns: frozenset[str]
    owner_participles: frozenset[str]
    container_contents: frozenset[str]
    owner_prepositions: frozenset[str]
    blast_nouns: frozenset[str]
    victim_verbs: frozenset[str]
    count_nouns: frozenset[str]
    negotiation_nouns: frozenset[str]
    document_names: frozenset[str]
    side_sites: frozenset[str]
    place_roles: frozenset[str]
    vague_quantifiers: frozenset[str]
    front_nouns: frozenset[str]
    credit_words: frozenset[str]
    facility_nouns: frozenset[str]
    topic_nouns: frozenset[str]
    topic_prepositions: frozenset[str]
    maker_participles: frozenset[str]
    source_verbs: frozenset[str]
    occasion_nouns: frozenset[str]
    page_outlets: frozenset[str]
    sign_off_owners: frozenset[str]
    land_nouns: frozenset[str]
    venue_event_types: frozenset[str]
    run_together_kinds: frozenset[str]
    giving_event_types: frozenset[str]
    debated_strike_verbs: frozenset[str]
    deciding_words: frozenset[str]
    dwelling_nouns: frozenset[str]
    manner_adjectives: frozenset[str]
    terrain_nouns: frozenset[str]
    last_stand_nouns: frozenset[str]
    planning_nouns: frozenset[str]
    destination_event_types: frozenset[str]
    workplace_participles: frozenset[str]
    agented_fire_nouns: frozenset[str]
    equipment_kinds: frozenset[str]
    entry_prepositions: frozenset[str]
    measure_nouns: frozenset[str]
    disarming_verbs: frozenset[str]
    stockpile_nouns: frozenset[str]
    reach_prepositions: frozenset[str]
    civil_place_nouns: frozenset[str]
    civil_kinds: frozenset[str]
    pause_nouns: frozenset[str]
    possessed_place_nouns: frozenset[str]
    byline_participles: frozenset[str]
    topic_verbs: frozenset[str]
    gathering_nouns: frozenset[str]
    two_sided_battle_nouns: frozenset[str]
    enemy_prefixes: frozenset[str]
    mission_buildings: frozenset[str]
    weapon_sets: frozenset[str]
    weapon_set_kinds: frozenset[str]
    trade_verbs: frozenset[str] = frozenset()
    trade_nouns: frozenset[str] = frozenset()
    traded_goods: frozenset[str] = frozenset()
    feature_nouns: frozenset[str] = frozenset()
    side_count_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def party_words() -> PartyWords:
    raw = yaml.safe_load((DATA_DIR / "parties.yaml").read_text(encoding="utf-8"))
    return PartyWords(**{name: frozenset(str(w) for w in words) for name, words in raw.items()})


_PARSE_ERROR_POS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART", "INTJ", "SYM", "X"})


def is_calendar_word(token: Token) -> bool:
    """A month or a weekday name, also with a plural or possessive "s" whose apostrophe the
    copy lost ("at Wednesdays U.N. Security Council meeting"). The "s" is cut only from a
    full name (four letters or more), so that "Sats" or "Mars" do not become "sat" or "mar"."""
    calendar = party_words().calendar_words
    text = token.lower_.rstrip(".")
    if text in calendar:
        return True
    if not token.text[:1].isupper():
        return False
    for stem in (text[:-1] if text.endswith("s") else "", text[:-2] if text.endswith("'s") else "", token.lemma_.lower()):
        if len(stem) >= 4 and stem in calendar:
            return True
    return False


def is_parse_error(token: Token, base: ActorBase) -> bool:
    """A verb, a function word or a date the parse made the head of a party ("clashed",
    "kills" in a headline, "Mon Jun 20 2016 Daesh on the Run"), or a phrase with a link
    in it (an embedded post copied with the page), names no one. A name the model tagged
    as a verb stays ("Hezbollah" read as VERB), and so does a relative word."""
    if token.ent_type_ in _NOT_PARTY_ENTITIES:
        return True
    if is_calendar_word(token):
        return True  # no month or weekday name is anyone; "May" is not in the list
    start, end = party_bounds(token)
    if any("\ufffd" in t.text and not any(ch.isalnum() for ch in t.text) for t in token.doc[start:token.i + 1]):
        return True  # "Sputnik \ufffd\ufffd Years of Living Next": characters the page lost (U+FFFD) mark a headline's debris
    if any(t.like_url or "twitter.com" in t.lower_ for t in token.doc[start:end]):
        return True  # "Retaliation ... pic.twitter.com/... DOAM": a page's embedded post
    if token.pos_ not in _PARSE_ERROR_POS or token.lower_ in _RELATIVE_WORDS:
        return False
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return False  # "the injured", "the wounded": a participle used as a noun, for people
    # a noun for people the model took for a verb ("militants" VBZ, "rebel" VB) stays
    return not (token.ent_type_ in _ACTOR_ENTITIES or token.ent_type_ == "GPE" or is_actor_like(token, base))


def is_event_word(token: Token, event_lemmas: frozenset[str], base: ActorBase | None = None) -> bool:
    """A noun for what happened ("the attack", "Airstrikes", "rebel shelling", "the fall"),
    also when the model tagged it a verb in a subject's or an object's place ("Missile
    strikes on schools killed": "strikes" VBZ nsubj). ``event_lemmas`` are the trigger
    lexicon's event nouns. With ``base``, a country's name run into a capitalised event
    noun that the model made one organisation ("Russia Airstrikes") is the event too."""
    if base is not None and is_country_event_run_in(token, base):
        return True
    if token.ent_type_ in _ACTOR_ENTITIES:
        return False
    if token.pos_ == "PROPN":
        return _is_capitalised_event_noun(token)
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "aux"):
        return False
    forms = _noun_forms(token)
    return bool(forms & event_lemmas) or bool(forms & party_words().event_nouns)


def _is_capitalised_event_noun(token: Token) -> bool:
    """A listed event noun that a headline's or a sentence's capital made a name
    ("Airstrikes targeting the town killed five", tagged PROPN with no entity type): still
    what happened. A word of a longer name ("Strikes Force", "the Liberation Army") is not."""
    if token.ent_type_ not in ("", "WORK_OF_ART") or not token.text.istitle():
        return False  # a title-case headline may be tagged a work's title: "Russian Airstrikes Hit MSF Hospital"
    if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP") for c in token.children):
        return False  # "Russia Airstrikes" stays an event noun, its doer named before it
    if token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
        return False
    return token.lower_ in party_words().event_nouns or token.lower_.rstrip("s") in party_words().event_nouns


def is_country_event_run_in(token: Token, base: ActorBase) -> bool:
    """"Russia Airstrikes in opposition areas struck a market": the model tags the country
    and the capitalised event noun after it as one organisation, but no body of that name
    exists; the event noun is what happened and the country, its compound, is the doer
    (as "Russian airstrikes" in lower case). A name the actor base knows as a whole
    ("Syria Strikes Force" would be one) stays a name."""
    if token.pos_ != "PROPN" or token.ent_type_ not in _ACTOR_ENTITIES or not token.text.istitle():
        return False
    words = party_words().event_nouns
    if token.lower_ not in words and token.lower_.rstrip("s") not in words:
        return False
    if token.dep_ in ("compound", "flat"):
        return False  # a word inside a longer name
    before = [c for c in token.lefts if c.dep_ in ("compound", "flat")]
    if not before or any(c.i != token.i - 1 - k for k, c in enumerate(reversed(before))):
        return False  # only names right before the noun: "Russia Airstrikes"
    country = base.lookup(token.doc[before[0].i:token.i].text)
    if country is None or country.kind != "country":
        return False
    return base.lookup(token.doc[before[0].i:token.i + 1].text) is None


def _noun_forms(token: Token) -> set[str]:
    """The forms a noun may be listed under: its lemma, its lowercase text, and the text
    without a plural ending (the model leaves "Airstrikes" unlemmatised at a headline's start)."""
    text = token.lower_
    forms = {token.lemma_.lower(), text}
    if text.endswith("s") and len(text) > 3:
        forms.add(text[:-1])
    return forms


def names_no_one(token: Token, base: ActorBase, targets: frozenset[str] = frozenset()) -> bool:
    """Is the head of this phrase an abstraction or a thing, which can neither act nor
    suffer as a side ("the draft calls for", "rejected excuses", "meeting resistance",
    "in the vicinity", "burned tyres")? An abstraction is a listed word or a lowercase
    common noun formed with a nominal ending ("insistence", "violation"); things are
    listed. A word the actor base knows ("opposition", "administration") or a noun for
    a group ("coalition", "witness") is someone; a place or an object an event may hit
    (``targets``: "entrance", "ambulance") is not read by its ending."""
    if is_warfare_agent(token) or is_container(token):
        return True  # "VX" (tagged a name), "chlorine", "nerve agents", "a gas tank": a substance or a thing, never a side
    if token.pos_ != "NOUN" or token.ent_type_ in _ACTOR_ENTITIES or token.ent_type_ == "GPE":
        return False
    words = party_words()
    forms = _noun_forms(token)
    if is_occasion(token) or is_own_page(token):
        return True  # "a student graduation celebration", "our Telegram channel": no side, whatever modifies it
    if forms & (words.group_nominals | words.outlet_descriptions) or is_actor_like(token, base):
        return False
    if forms & words.material_things:
        return True
    lemma = token.lemma_.lower()
    if forms & targets or lemma in words.struck_things:
        return False  # "bases" (which the model may lemmatise "basis"), "entrance"
    if forms & words.abstract_nouns:
        return True
    return token.text.islower() and len(lemma) > 5 and any(lemma.endswith(s) for s in words.nominal_suffixes)


def is_terrain_name(token: Token) -> bool:
    """"Qalmoun Barrens", "the Latakia Mountains": a capitalised word for a stretch of
    terrain ending a name is a place, where the fighting is, not a side."""
    if token.lower_ not in party_words().terrain_nouns or not token.text[:1].isupper():
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() for c in token.lefts)


def is_last_stand(token: Token) -> bool:
    """"they will fight to the last person/man/drop": the idiom of fighting whatever it costs
    names no one; the object of "to" with "last" on it and a word of the idiom as head."""
    if token.lower_ not in party_words().last_stand_nouns or token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    return any(c.lower_ == "last" for c in token.lefts)


def is_occasion(token: Token) -> bool:
    """A common noun for an occasion ("a student graduation celebration", "a wedding"): what
    happens, where and when. The words before it say whose occasion it is, not who takes a
    side in the event (parties.yaml ``occasion_nouns``)."""
    return token.pos_ == "NOUN" and bool(_noun_forms(token) & party_words().occasion_nouns)


def is_own_page(token: Token) -> bool:
    """The publisher's own outlet in a page's sign-off ("sign up to our Telegram channel"):
    a page noun owned by "our" or "your" is page furniture, never a party of the news."""
    words = party_words()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words.page_outlets:
        return False
    return any(c.dep_ == "poss" and c.lower_ in words.sign_off_owners for c in token.children)


def is_name_of_a_site(token: Token, base: ActorBase) -> bool:
    """A name that only modifies a capitalised site noun (descriptions.yaml ``site_name_heads``:
    a bridge, a street, a square), and so is part of the site's name, or that site noun itself:
    "candles burn on Westminster Bridge" (the bridge, not the British government that sits at
    Westminster), "rallies in Tahrir Square" (News Articles check N30 n 78). A university or a
    school named so can act and is no site; "Downing Street", a seat the base knows, acts."""
    if token.ent_type_ == "PERSON":
        return False  # "Brexit minister Lord Bridges of Headley": a peer's name, not a bridge
    if token.pos_ == "PROPN" and token.text[:1].isupper() and name_key(token.text) in base.cue("site_name_heads") and any(
            c.dep_ == "compound" and c.text[:1].isupper() for c in token.lefts):
        return not _a_known_seat_or_body(token, base)  # the head of the name itself: "Westminster Bridge", "Tahrir Square"
    head = token.head
    if token.dep_ != "compound" or head is token or head.pos_ != "PROPN" or head.i != token.i + 1:
        return False
    if _a_known_seat_or_body(head, base):
        return False  # "Downing Street said", "Wall Street": a seat or a body the base knows acts
    return head.text[:1].isupper() and token.text[:1].isupper() and head.ent_type_ != "PERSON" \
        and name_key(head.text) in base.cue("site_name_heads")


def _a_known_seat_or_body(head: Token, base: ActorBase) -> bool:
    """Is the name that ``head`` ends a seat of power or an actor the base knows ("Downing
    Street", "Wall Street"), which may act, unlike a bridge or a square?"""
    start, end = party_bounds(head)
    name = head.doc[start:end].text
    return any(base.lookup(n) is not None or base.is_seat(n) for n in (name, name.removeprefix("the "), head.doc[head.i - 1: head.i + 1].text))


def is_personal_page_or_conduit(token: Token) -> bool:
    """A web page owned by a person ("contact him or visit his website at ..."), or a bare
    "channel" that is a conduit, with "for", "of" or "between" after it and no word that makes it
    a broadcaster ("provided a channel for Western investors"): a thing, not the media (News
    Articles check N29 n 11, n 62). A page that acts ("his blog said") and "the channel
    reported" stay the media."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in party_words().page_outlets or token.dep_ in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "my") for c in token.children):
        return True
    if token.lemma_.lower() != "channel" or any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in token.children):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in ("for", "of", "between")


def is_material_thing(token: Token) -> bool:
    """A listed material, supply or natural thing ("tents", "tyres", "flames"), a
    chemical warfare agent ("sarin", "VX nerve agents") or a container ("a gas tank")."""
    if is_warfare_agent(token) or is_container(token):
        return True
    return token.pos_ == "NOUN" and bool(_noun_forms(token) & party_words().material_things)


_AGENT_HEADS = frozenset({"agent", "gas", "weapon", "munition"})


def is_warfare_agent(token: Token) -> bool:
    """A chemical warfare agent named by itself ("sarin", "VX", which the model may tag as a
    name) or a word for a substance with a kind of agent before it ("nerve agents", "chlorine
    gas", "toxic gas"). "agent" alone may be a person (a secret agent), so only its modifier
    decides. A listed word in a longer capitalised name ("Mustard Seed Foundation") stays a name."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    words = party_words()
    if _noun_forms(token) & words.warfare_agents:
        return not (token.pos_ == "PROPN" and token.text.istitle() and any(
            c.pos_ == "PROPN" and c.dep_ == "compound" for c in token.children))
    if token.lemma_.lower() not in _AGENT_HEADS:
        return False
    kinds = words.warfare_agents | words.agent_kinds
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in kinds for c in token.children)


def is_unconventional_stockpile(token: Token) -> bool:
    """A stockpile of unconventional weapons: a word of ``stockpile_nouns`` with a kind of
    agent before it ("its chemical weapons", "his chemical arsenal"), not weapons in general."""
    words = party_words()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words.stockpile_nouns:
        return False
    kinds = words.warfare_agents | words.agent_kinds
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in kinds for c in token.children)


def is_disarmament(head: Token) -> bool:
    """A trigger that reports a state giving up its unconventional weapons, not an attack:
    a disarming verb whose object is such a stockpile ("agreed to destroy its chemical
    weapons") or the stockpile as the object of one ("had given up its chemical weapons")."""
    verbs = party_words().disarming_verbs
    if head.pos_ == "VERB" and head.lemma_.lower() in verbs:
        return any(c.dep_ in ("dobj", "nsubjpass") and is_unconventional_stockpile(c) for c in head.children)
    return (is_unconventional_stockpile(head) and head.dep_ in ("dobj", "nsubjpass")
            and head.head.pos_ == "VERB" and head.head.lemma_.lower() in verbs)


def is_aimed_measure(head: Token) -> bool:
    """An aiming verb that describes a measure ("sanctions targeting officials", "targeted
    sanctions") names whom the measure is for: no attack."""
    words = party_words()
    return (head.lemma_.lower() in words.aiming_verbs and head.dep_ in ("acl", "amod")
            and head.head.lemma_.lower() in words.measure_nouns)


def is_civil_place(token: Token) -> bool:
    """A place or a site named by its civil kind ("civilian locations", "residential areas"):
    where an attack fell, the people in it unnamed."""
    words = party_words()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words.civil_place_nouns:
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words.civil_kinds for c in token.lefts)


def aimed_object(head: Token) -> Token | None:
    """Whom a measure is aimed at: the object of the aiming participle that describes it
    ("sanctions targeting Syrian government officials": the officials)."""
    for child in head.children:
        if is_aimed_measure(child):
            return next((c for c in child.children if c.dep_ == "dobj"), None)
    return None


def is_equipment(token: Token) -> bool:
    """A common noun for a vehicle, a craft or a heavy weapon ("tanks", "a helicopter",
    "artillery batteries"), not a container named by what it holds ("a gas tank")."""
    return token.pos_ == "NOUN" and (bool(_noun_forms(token) & party_words().equipment_nouns) or is_weapon_set(token)) and (
        not is_container(token))


def is_weapon_set(token: Token) -> bool:
    """A noun for a set of heavy weapons with a weapon word before it ("two artillery
    batteries were destroyed", "air defence batteries"): equipment, as "artillery" alone
    is (parties.yaml ``weapon_sets``, ``weapon_set_kinds``). Bare, "battery" may be a cell
    or a series of tests: no equipment."""
    words = party_words()
    if token.pos_ != "NOUN" or not _noun_forms(token) & words.weapon_sets:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in words.weapon_set_kinds for c in token.lefts)


def is_facility_noun(token: Token) -> bool:
    """A common noun for a building that serves the public or a state's mission abroad
    (parties.yaml ``facility_nouns``, ``mission_buildings``): "a hospital", "the embassy"."""
    words, lemma = party_words(), token.lemma_.lower()
    return lemma in words.facility_nouns or lemma in words.mission_buildings or token.lower_ in words.mission_buildings


def is_container(token: Token) -> bool:
    """An equipment word with what it holds before it ("a gas tank", "fuel trucks"): a
    container or a makeshift bomb, a thing that no force stands behind."""
    words = party_words()
    if token.pos_ != "NOUN" or not _noun_forms(token) & words.equipment_nouns:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in words.container_contents for c in token.lefts)


def is_made_thing(token: Token) -> bool:
    """A common noun with a maker's participle before it, joined to a demonym or a name by
    a hyphen ("30 American-made all-terrain vehicles arms", "Russian-built jets"): the
    phrase says who made or sent the thing, not whose it is, so it names no party. Also when
    the participle hangs on a compound noun of the phrase ("vehicles" before "arms")."""
    if token.pos_ != "NOUN":
        return False
    makers = party_words().maker_participles
    nouns = [token, *(c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN")]
    for noun in nouns:
        for child in noun.lefts:
            if child.dep_ not in ("amod", "compound") or child.lemma_.lower() not in makers or child.tag_ != "VBN":
                continue
            doc = token.doc
            if child.i >= 2 and doc[child.i - 1].text == "-" and not doc[child.i - 1].whitespace_ and (
                    doc[child.i - 2].text[:1].isupper()):
                return True
    return False


def equipment_owner(token: Token, base: ActorBase) -> Token | None:
    """The owner that a phrase names after a piece of equipment: "tanks belonging to the
    militants", "vehicles used by the terrorists", "the tanks of the regime". What an
    attack destroys or seizes is then the owner's loss, and the owner is the party."""
    if not is_equipment(token):
        return None
    words = party_words()
    for child in token.children:
        links: list[Token] = []
        if child.dep_ == "acl" and child.lemma_.lower() in words.owner_participles:
            links = [p for p in child.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")]
        elif child.dep_ == "prep" and child.lower_ in words.owner_prepositions:
            links = [child]
        for link in links:
            owner = next((g for g in link.children if g.dep_ == "pobj"), None)
            if owner is not None and is_actor_like(owner, base):
                return owner
    return None


def listed_owner(token: Token, base: ActorBase) -> Token | None:
    """The owner named at the end of a list of things hit that the parse hangs on its first
    item ("destroyed a tank two mortar positions a building used as headquarters and three
    vehicles belonging to the terrorists"): the owner goes for the whole list, which is the
    owner's loss, never the attacker's (eval/actor_check_36.jsonl n 38). The first item must
    be equipment or a site; the owned item must reach it through the list only (objects,
    conjuncts, appositions, "used as"), not through a preposition of place ("a position
    near tanks belonging to X" is not said to be X's)."""
    words = party_words()
    if token.pos_ != "NOUN" or not _noun_forms(token) & (words.equipment_nouns | words.side_sites):
        return None
    # the parse may hang the later items on the verb as further objects ("destroyed a tank
    # two positions a building ..." with "building" a second object)
    items = [token]
    if token.dep_ == "dobj":
        items += [c for c in token.head.children if c.dep_ == "dobj" and c.i > token.i]
    end = items[-1].right_edge.i
    for first in items:
        for item in first.subtree:
            if item.i <= token.i or not is_equipment(item) or not _in_the_list(item, first):
                continue
            owner = equipment_owner(item, base)
            if owner is not None and owner.right_edge.i == end:
                return owner  # the owner closes the list
    return None


def _in_the_list(item: Token, first: Token) -> bool:
    """Does ``item`` hang on ``first`` as a further item of one list (a conjunct, a second
    object, an apposition, or inside "used as ...")?"""
    node = item
    while node != first:
        if node.dep_ in ("conj", "dobj", "appos", "nmod", "compound"):
            pass
        elif node.dep_ == "pobj" and node.head.lower_ == "as":
            pass
        elif node.dep_ == "prep" and node.lower_ == "as" or node.dep_ == "acl" and node.tag_ == "VBN":
            pass  # "a building used as headquarters and three vehicles ..."
        else:
            return False
        node = node.head
        if node.head == node and node != first:
            return False
    return True


def is_unowned_equipment(token: Token, base: ActorBase) -> bool:
    """Equipment whose phrase names no owner ("destroyed two tanks", "shot down a
    helicopter"): as what an event on the ground hits it is a thing, not a party. Words
    before it that name a side ("Syrian army tanks", "a Russian jet", "rebel vehicles")
    name its owner, and the phrase stays a party; a word for a kind ("military vehicles",
    "armoured vehicles") names none."""
    if not is_equipment(token) or equipment_owner(token, base) is not None:
        return False
    kinds = party_words().kind_adjectives
    for child in token.lefts:
        if child.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        if child.pos_ == "ADJ" and child.lower_ in kinds:
            continue
        if child.lower_ in party_words().equipment_kinds:
            continue  # "civilian vehicles were burned": the kind of vehicle, not whose (actor_check_33 n 37)
        if is_equipment(child):
            continue  # "destroying 1 tank 3 armored vehicles": a counted run that lost its commas, no owner
        if is_actor_like(child, base, allow_places=True) or name_key(child.text) in base.adjectives:
            return False
    return named_part(token, base) is None


_NAME_FUNCTION_WORDS = frozenset({"of", "to", "the", "for", "in", "on", "and", "&", "de", "al"})


def spelled_name(token: Token) -> tuple[int, int] | None:
    """``[start, end)`` of a name spelt out before its bracketed acronym that holds this
    word ("Aid to the Church in Need (ACN)", "the Syrian Observatory for Human Rights
    (SOHR)"): the capitalised words whose initials make the acronym, with the lowercase
    function words between them. Such a name is one actor; a word inside it ("Aid",
    "Church") is neither an event nor a party of its own."""
    doc = token.doc
    if not token.text[:1].isupper():
        return None
    limit = min(len(doc) - 2, token.i + 12)
    for i in range(token.i + 1, limit + 1):
        if doc[i].text != "(":
            continue
        acronym = doc[i + 1].text
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
            return None
        capitals = []
        for j in range(i - 1, -1, -1):
            word = doc[j]
            if word.text[:1].isupper() and word.is_alpha:
                capitals.append(j)
                if len(capitals) == len(acronym):
                    break
            elif word.lower_ not in _NAME_FUNCTION_WORDS:
                return None
        if len(capitals) != len(acronym):
            return None
        start = capitals[-1]
        initials = "".join(doc[j].text[0] for j in reversed(capitals)).upper()
        return (start, i) if initials == acronym and start <= token.i else None
    return None


def in_titled_name(token: Token) -> bool:
    """A word inside a title-case name that a capitalised "The" opens in mid-sentence and
    that goes on after the word ("The Syria Campaign", an attribution line's organisation,
    "The Syria Justice Network"): the name of a group or a publication, so a country's
    word in it is no country, and its last word no event. A "The" that opens the sentence
    is only its first word."""
    doc = token.doc
    if not token.text[:1].isupper():
        return False
    i = token.i - 1
    while i >= 0 and doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].text != "The":
        i -= 1
    if i < 0 or doc[i].text != "The" or i == token.sent.start:
        return False
    if i - 1 >= 0 and doc[i - 1].is_sent_end is True:
        return False
    # the name goes on after the word, or the word ends a run of two capitalised words at least
    return (token.i + 1 < len(doc) and doc[token.i + 1].is_alpha and doc[token.i + 1].text[:1].isupper()) or token.i - i >= 2


def inside_spelled_name(token: Token) -> bool:
    """A word of a spelt-out name ("Church" in "Aid to the Church in Need (ACN)") whose
    syntactic head is in the same name: a piece of the name, not the actor it names."""
    span = spelled_name(token)
    return span is not None and token.head != token and span[0] <= token.head.i < span[1]


def is_named_facility(token: Token) -> bool:
    """A building's or a site's name whose head word is a facility noun ("al-Furqan School
    for Basic Education", "al-Razi Hospital"): the building, a place like "the town", not
    the sector it serves. The head only: "School" as a modifier ("the School Board") is
    not the head of the phrase."""
    return token.pos_ == "PROPN" and token.dep_ not in ("compound", "nmod", "poss") and (
        token.lower_ in party_words().facility_nouns or is_facility_noun(token))


def is_hit_facility(token: Token) -> bool:
    """A common noun for a facility ("the same police station", "an army hospital") in an
    event on the ground is the building hit, a place like "the town", even when its modifier
    is a sector word: the sector's people are a party only where the text names them
    (ACTORS.md, facilities hit; eval/actor_check_23.jsonl n 58). An apposition that names
    who was there keeps the phrase a party; so does a dwelling, which stands for the people
    in it ("citizens houses", parties.yaml ``dwelling_nouns``)."""
    words, lemma = party_words(), token.lemma_.lower()
    if token.pos_ != "NOUN" or not is_facility_noun(token) or lemma in words.dwelling_nouns:
        return False
    return not any(c.dep_ == "appos" for c in token.children)


def is_enemy_word(token: Token) -> bool:
    """A word after "anti-" or "counter-" ("tank" of "anti-tank missiles", "ISIS" of "the
    anti-ISIS coalition", "terrorism" of "counter-terrorism forces") names what the thing or
    the force is against: it modifies the phrase's head, and it is never the doer of the
    event (parties.yaml ``enemy_prefixes``)."""
    doc, prefixes = token.doc, party_words().enemy_prefixes
    if any(token.lower_.startswith(f"{p}-") for p in prefixes):
        return True
    return token.i >= 2 and doc[token.i - 1].text in ("-", "–") and not doc[token.i - 1].whitespace_ \
        and doc[token.i - 2].lower_ in prefixes


def is_gathering(token: Token) -> bool:
    """"an attack targeting a party": a word for a gathering (parties.yaml ``gathering_nouns``)
    with nothing before it but a determiner is the occasion hit, like "a wedding", not a
    political party; a word for politics or a name ("the ruling party", "the Baath party", "a
    Kurdish party") or an "of" after it ("a party of gunmen") keeps the group. "A wedding
    party" is left to the resolver: the words name the guests, civilians."""
    if token.pos_ != "NOUN" or not token.is_lower or token.lemma_.lower() not in party_words().gathering_nouns:
        return False
    for child in token.children:
        if child.dep_ in ("det", "punct") or child.dep_ in ("acl", "relcl") or child.dep_ == "prep" and child.lower_ != "of":
            continue  # "a party in the northeastern province": where it was
        return False
    return True


def is_struck_facility(token: Token, attack_word) -> bool:
    """A facility named by a common noun that an attack word in its own phrase strikes,
    whatever event the sentence's verb is typed as: "condemned air raids on four hospitals"
    (the model hangs "on" on the verb of criticism), "denied bombing hospitals" (the attack
    word a modifier of the facility). Hit, the building is a place (ACTORS.md, facilities
    hit), and the criticism or the denial is about it; its people are a party only where
    the text names them. ``attack_word`` says whether a word is a noun of attack."""
    if not is_hit_facility(token):
        return False
    if any(c.dep_ in ("compound", "amod") and c.i < token.i and attack_word(c) for c in token.children):
        return True  # "bombing hospitals", "shelled schools"
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _TARGET_PREPOSITIONS:
        return False
    holder = prep.head
    if attack_word(holder):
        return True  # "air raids on four hospitals"
    return holder.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < prep.i and attack_word(c) for c in holder.children)


def is_topic_object(token: Token) -> bool:
    """The object of a verb of talking about something (parties.yaml ``topic_verbs``:
    "will meet his Russian counterpart to discuss Syria", "ministers debated Syria") is
    what the talk is about, like "a meeting on Syria" (ACTORS.md, a country that is the
    topic of a meeting): no party; the participants are. Only a place's or a country's
    name: "discussed with Russia" names the partner after "with"."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in party_words().topic_verbs:
        return False
    return token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC")


def is_place_before_battle(token: Token, base: ActorBase) -> bool:
    """A country's bare name right before a word for two-sided fighting that it heads as a
    headline's subject ("Syria fighting kills 132 Islamic State fighters", "Iraq clashes
    leave 20 dead"): the fighting in the country, so the name says where, not who fights
    (parties.yaml ``two_sided_battle_nouns``). A verb with an object ("Russia fighting ISIS")
    keeps its doer."""
    doc = token.doc
    country = base.lookup(token.text)
    if token.pos_ != "PROPN" or token.i + 1 >= len(doc) or country is None or country.kind != "country":
        return False
    battle = doc[token.i + 1]
    if battle.lower_ not in party_words().two_sided_battle_nouns or any(c.dep_ == "dobj" for c in battle.children):
        return False
    if battle.head == token and battle.dep_ in ("acl", "amod", "appos"):
        return token.dep_ in ("nsubj", "nsubjpass")  # the model read "fighting" as describing the country
    return token.head == battle and token.dep_ == "compound" and battle.dep_ in ("nsubj", "nsubjpass")


def is_entered_facility(token: Token) -> bool:
    """A common noun for a facility reached by a preposition of entry ("a rocket slammed
    into a hospital"): the building hit, whatever event the verb was typed as (the model may
    read "slammed" as criticism). A facility is a place (ACTORS.md, facilities hit;
    eval/actor_check_34.jsonl n 45)."""
    head = token.head
    return (token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in party_words().entry_prepositions
            and is_hit_facility(token))


def is_dateline_place(token: Token, base: ActorBase) -> bool:
    """A place in capitals that opens a sentence and stands before an agency in brackets or
    a dash ("MOSCOW (Sputnik) Kurdish-led forces ...", "BEIRUT -- Rebels ...") is the
    dateline where the story was filed, never a side (eval/actor_check_23.jsonl n 94). A
    place is a name the model tags as one, or a country or a seat of power the actor base
    knows (the model may tag no entity on a word in capitals: "ANKARA")."""
    if token.ent_type_ not in ("GPE", "LOC") and not (base.is_seat(token.text.title()) or base.country_of(token.text.title())):
        return False
    doc = token.doc
    start, end = party_bounds(token)
    if any(t.is_alpha for t in doc[token.sent.start:start]):
        return False
    names = [t for t in doc[start:end] if t.is_alpha]
    if not names or not all(t.is_upper and len(t.text) > 2 for t in names) or end >= len(doc):
        return False
    after = doc[end]
    if after.text in ("-", "--", "–", "—") or _date_after_comma(doc, end):
        return True  # "MOSCOW, February 8. /TASS/. Russian President ...": a date after a comma ends the dateline
    if after.text != "(":
        return False
    close = next((i for i in range(end + 1, min(end + 6, len(doc))) if doc[i].text == ")"), None)
    return close is not None and close > end + 1 and all(t.text[:1].isupper() for t in doc[end + 1:close] if t.is_alpha)


def is_debated_strike_object(node: Token) -> bool:
    """The object of a verb of strikes that is itself what a vote, a decision or a debate is
    about ("voted against bombing Syria", "approved bombing Syria") is the land the strikes
    would hit, a place as in "strikes on Syria" (eval/actor_check_24.jsonl n 43). The deciding
    words are parties.yaml ``deciding_words``, the verbs ``debated_strike_verbs``."""
    verb = node.head
    if node.dep_ != "dobj" or verb.tag_ not in ("VBG", "VB") or verb.lemma_.lower() not in party_words().debated_strike_verbs:
        return False
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head
    elif verb.dep_ not in ("dobj", "xcomp", "pobj"):
        return False
    return governor.lemma_.lower() in party_words().deciding_words


def is_planned_action(head: Token) -> bool:
    """An event noun that is what a plan, a role or a debate is about ("plan for Syria
    strikes", "a partner in Syria operations"): the object of a preposition that hangs on a
    noun of ``planning_nouns``. A country's name on it is where, not who."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "in", "on", "about", "over"):
        return False
    return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in party_words().planning_nouns


def is_directed_place(token: Token, base: ActorBase, lowercase: bool = False) -> bool:
    """A place's name with a word for a part of it by direction ("eastern Aleppo", "the
    rebel-held east Aleppo", "Northern Lattakia", "rural Hama") or with a noun for a place
    before it ("the provincial capital Idlib", "two villages Tokhar"): a place, not the
    people who hold it. A name the actor base knows as a whole ("North Korea", "South
    Sudan") is a country. With ``lowercase``, only lowercase words before the name count."""
    if token.pos_ != "PROPN":
        return False
    start, end = party_bounds(token)
    doc = token.doc
    words = party_words()
    directed = [t for t in doc[start:token.i] if t.lower_ in words.direction_words or (
        t.pos_ == "NOUN" and t.head == token and t.dep_ in ("compound", "nmod", "appos") and t.lemma_.lower() in PLACE_NOUNS | words.struck_things | words.place_roles)]
    if lowercase:
        # a capitalised word may open a group's name that the model did not tag ("The Near
        # East Foundation delivered aid"): as a doer, only a lowercase word makes a place
        directed = [t for t in directed if t.is_lower]
    if not directed or directed[0].text[:1].isupper() and token.ent_type_ in _ACTOR_ENTITIES:
        return False  # "the Southern Front": a capitalised direction in a group's name
    name = doc[directed[0].i:end].text
    if base.lookup(name) is not None or base.lookup_variant(name) is not None:
        return False
    return base.lookup(token.text) is None or base.lookup(token.text).kind == "country"


def through_relative(token: Token) -> Token | None:
    """A relative word stands for the noun its clause describes: "a town that the SDF
    have been trying to capture" → "town". A relative word outside any relative clause
    names no one: a complementizer the parser took for a pronoun ("reported, citing the
    ministry, that the attackers tried to storm ..."), the word of a question ("it was
    unclear who carried out the attack") or a free relative ("what Washington has decried
    as ..."). Any other word is returned as it is."""
    if token.lower_ not in _RELATIVE_WORDS or token.tag_ not in _RELATIVE_TAGS:
        return token
    node = token
    for _ in range(8):
        if node.dep_ == "relcl":
            head = person_before_a_place(token, node.head)
            return head if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None
        if node.dep_ in _CLAUSE_BREAKS or node.head == node:
            return None
        node = node.head
    return None


def person_before_a_place(relative: Token, head: Token) -> Token:
    """"who" takes persons, never a place: when the parse hangs "who" on a country or a
    town after "in" or "at" ("the cases of two employees in Belgium and in France, who
    were dismissed for refusing to remove their headscarves"), it stands for the noun that
    the place locates, the employees (News Articles check N5 n 77: France read as the
    dismissed). So after "from", where the place is an origin ("an asylum seeker from
    Afghanistan who had attacked a student": the asylum seeker, not the Afghan government;
    check N15 n 8). Any other head is returned as it is."""
    if relative.lower_ not in ("who", "whom") or head.ent_type_ not in ("GPE", "LOC") or head.dep_ != "pobj":
        return head
    prep = head.head
    while prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "in Belgium and in France"
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "from") or prep.head.pos_ != "NOUN":
        return head
    return prep.head


def is_actor_like(token: Token, base: ActorBase, allow_places: bool = False) -> bool:
    """Could this noun name an actor (not a place, a thing or an abstraction)?"""
    if token.lower_ in PRONOUNS and token.pos_ == "PRON":
        return True
    if token.ent_type_ in ("DATE", "TIME"):
        return False  # "around 6:00 pm" is a time, not the prime minister
    if token.lemma_.lower() in PLACE_NOUNS:
        return False  # "several Syrian cities" are places
    if token.ent_type_ in _ACTOR_ENTITIES:
        return True
    if token.ent_type_ == "GPE":
        return allow_places
    key = name_key(token.lemma_)
    if key in base.sectors or name_key(token.text) in base.sectors:
        return True
    entity = base.lookup(token.text) or base.lookup(token.lemma_)
    if entity is not None and (entity.kind != "country" or allow_places):
        return True
    # a name across a spaced dash is another segment of a headline ("Syria - Chlorine Gas Attack")
    return any(child.dep_ == "compound" and not across_a_spaced_dash(child, token) and is_actor_like(child, base, allow_places)
               for child in token.children)


def subject_of(verb: Token, cues: Cues, depth: int = 0) -> Token | None:
    """The doer of ``verb``: its subject, passive agent, or the subject it inherits."""
    if depth > 6:
        return None
    if elliptic_passive_subject(verb) is not None:
        return None  # "were killed and dozens wounded", "Hundreds killed as ...": they suffered it
    doer = _doer_before_gerund(verb)
    if doer is not None:
        return doer  # "died in rebel shelling", "killed by opposition shelling"
    children = list(verb.children)
    child = own_subject(verb)
    if child is not None:
        if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return person_before_a_place(child, verb.head)  # "an asylum seeker from Afghanistan who had raped"
        if _is_located(child, verb):
            outer = subject_of(verb.head.head, cues, depth + 1) if verb.head.head != verb.head else None
            return None if outer is None or _is_place(outer) else outer
        return child
    for child in children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if any(child.dep_ == "nsubjpass" for child in children):
        return None  # passive without "by": the doer != stated
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "xcomp" and head.lemma_ in _OBJECT_CONTROL:
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj  # "ordered troops to attack": the troops attack
    if verb.dep_ in ("xcomp", "acomp", "conj") or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return subject_of(head, cues, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return head  # "militants attacking the town"
    if verb.dep_ == "relcl":
        return head
    if verb.dep_ == "dobj" and head.lemma_ in cues.support_verbs:
        return subject_of(head, cues, depth + 1)
    return None


def own_subject(verb: Token) -> Token | None:
    """The verb's subject child. Of two nominal subjects before it, the later one when the
    words from the first up to it are a title-case headline and the later one opens the
    story in prose: "Syrian Army Strikes Scores of Terrorists across Country The Syrian army
    continued ... to launch military operations" (the copy lost the full stop after the
    headline, and the parse hung both "Scores" and "army" on "continued"). A clause has
    one subject; the headline's words are no doer of the story's event. Two subjects in
    prose are an apposition that lost its commas ("The US its Arab and European allies
    launch airstrikes", "Russia a key ally of Assad has called"): the first stays."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    nominal = [c for c in subjects if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    if len(nominal) > 1 and _headline_before(nominal[0], nominal[-1], verb):
        return nominal[-1]
    return subjects[0] if subjects else None


def _headline_before(first: Token, story: Token, verb: Token) -> bool:
    """Whether the words from ``first``'s phrase up to ``story``'s are a title-case
    headline (three capitalised words at least, and two in three of its words) and
    ``story``'s phrase, up to the verb, is prose: a capital to open it and a lowercase
    word in it ("The Syrian army")."""
    doc = first.doc
    start, opening = first.left_edge.i, story.left_edge.i
    title = [t for t in doc[start:opening] if t.is_alpha]
    capitals = [t for t in title if t.text[:1].isupper()]
    prose = [t for t in doc[opening:verb.i] if t.is_alpha]
    return (len(capitals) >= 3 and 3 * len(capitals) >= 2 * len(title) and doc[opening].text[:1].isupper()
            and any(t.is_lower for t in prose))


def _doer_before_gerund(verb: Token) -> Token | None:
    """An event noun in "-ing" after a preposition and one word ("died in rebel shelling",
    "killed by opposition shelling") that the model read as a verb, with the word before it
    as the preposition's object: that word modifies the noun and names its doer. The
    subject the verb would inherit ("Nine civilians died in ...") is the victim."""
    if verb.tag_ != "VBG" or verb.i < 2 or any(c.dep_ in ("nsubj", "dobj", "ccomp", "xcomp", "mark") for c in verb.children):
        return None  # "in the country adding that ...": a clause of its own
    doc = verb.doc
    word = doc[verb.i - 1]
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ not in ("prep", "agent") or prep.i > word.i or word.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("det", "poss") for c in word.children):
        return None  # "in the country": a noun phrase of its own, not a modifier of the "-ing" noun
    return word if word.right_edge.i == word.i else None  # "in Syrian regime shelling": the word just before


def _is_located(subject: Token, verb: Token) -> bool:
    """A place the parse made the subject of a verb that follows it inside a locative
    phrase ("A U.N. team is in Syria investigating ...": "Syria" nsubj of "investigating",
    the pcomp of "in") is where the doer is, not the doer: the doer is the subject of the
    verb the phrase hangs on."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in party_words().locative_prepositions or subject.i < verb.head.i:
        return False
    return _is_place(subject)


def _is_place(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in PLACE_NOUNS


def is_held_place(head: Token, cues: Cues, base: ActorBase) -> bool:
    """A noun phrase whose head is a place and follows a holding participle joined to its
    holder by a hyphen ("rebel-held east Aleppo", "opposition-held cities", "the ISIS-held
    parts", "Daesh-controlled territory") names the place, never an actor. The head
    decides: a name the actor base knows or a group ("the Kurdish-dominated SDF", "the
    Kurdish-dominated alliance") stays an actor."""
    doc = head.doc
    start = party_bounds(head)[0]
    held = any(doc[i].lower_ in party_words().holding_participles and doc[i - 1].text == "-" and doc[i - 2].i >= start - 1
               for i in range(max(start, 2), head.i))
    if not held or _held_head_is_actor(head, base):
        return False
    lemma = head.lemma_.lower()
    # a place's name the model mistagged ("regime-held Tartous" as an adjective) is still a name
    named = head.pos_ == "PROPN" or (head.ent_type_ in ("GPE", "LOC", "FAC") and head.text[:1].isupper())
    return named or lemma in PLACE_NOUNS or lemma in cues.non_party_targets or lemma in party_words().struck_things or (
        lemma in party_words().place_parts)


def _held_head_is_actor(head: Token, base: ActorBase) -> bool:
    """Does the head after a holding participle name an actor ("the Kurdish-dominated SDF")?
    A proper name decides by the actor base alone: after "government-held" a town's name is a
    place even when the model tags it a group or a people ("government-held Aleppo", Aleppo
    tagged NORP; eval/actor_check_16.jsonl n 57), since a held name the base does not know
    as an actor is where the holding is."""
    if head.pos_ != "PROPN" or head.ent_type_ not in _ACTOR_ENTITIES:
        return is_actor_like(head, base)
    start, end = party_bounds(head)
    for name in {head.doc[start:end].text, head.text}:
        entity = base.lookup(name)
        if entity is not None and entity.kind != "country":
            return True
    return name_key(head.lemma_) in base.sectors or name_key(head.text) in base.sectors


def expand_party(token: Token, cues: Cues, base: ActorBase) -> list[Token]:
    """The heads of all parties a noun phrase names: conjuncts, accompaniments, partitives."""
    heads: list[Token] = []
    _collect(token, cues, base, heads, depth=0)
    return heads


def _collect(token: Token, cues: Cues, base: ActorBase, heads: list[Token], depth: int) -> None:
    if depth > 5 or token in heads:
        return
    head = _through_partitive(token, cues)
    if head.lower_ in _RELATIVE_WORDS and head.tag_ in _RELATIVE_TAGS:
        antecedent = through_relative(head)
        if antecedent is None or antecedent in heads:
            return  # "it was unclear who ...", "reported that ...": no one named
        token = head = antecedent
    counted = count_run_into_outlet(head)
    if counted is not None:
        token = head = counted  # "wounding dozens more Syrias state-run news agency": the dozens
    cut = headline_before_source(head)
    if cut is not None:
        token = head = cut  # "Kill 3 Civilians - Reports Sputnik ...": the civilians; the rest is a byline
    lost = source_run_into_object(head, cues)
    if lost is not None:
        token = head = lost  # "raids by Russian aircraft residents and a monitoring group said": the aircraft
    fused = next_subject_fused(head, cues.reporting_verbs)
    if fused is not None:
        token = head = fused  # "committed by rebels Pillay said": the rebels; Pillay says
    shared = _coordinated_demonyms(head, base)
    # "Kurds Iraqis and Syrians": a comma lost; "Russian and Syrian jets": two parties that share a noun
    ran = names_run_together(head, base)  # "Faylaq al-Rahman Jaysh al-Islam": two groups, a comma lost
    heads.extend(persons_run_together(head) + people_run_together(head) + countries_run_together(head, base)[0]
                 + ([ran[0]] if ran is not None else []) + (shared or [head]))
    for child in list(token.children) + ([c for c in head.children] if head != token else []):
        if child.dep_ == "conj" and _inside_a_name_before(child):
            continue  # "Islamic State of Iraq and the Levant (ISIL) militant group": the name took its words in
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON") and child.lemma_.lower() not in PLACE_NOUNS:
            _collect(child, cues, base, heads, depth + 1)  # "Damascus and several other cities": places
        elif child.dep_ == "prep":
            partner = accompaniment(child, cues)
            if partner is not None:
                _collect(partner, cues, base, heads, depth + 1)


def _inside_a_name_before(conjunct: Token) -> bool:
    """Whether a conjunct's first words are the end of a name before its "and" ("Syria" in
    "Fighters of the Islamic State of Iraq and Syria"; "the Levant (ISIL) militant group"):
    the name's phrase, on the word before "and" or on a word it hangs on, reaches past the
    "and" (``_alias_across_and``), so the conjunct is no party of its own."""
    doc, first = conjunct.doc, conjunct.left_edge.i
    if first < 2 or doc[first - 1].lower_ != "and":
        return False
    word = doc[first - 2]
    for _ in range(4):
        if word.pos_ == "PROPN" and party_bounds(word)[1] > first:
            return True
        if word.head == word:
            break
        word = word.head
    return False


def count_run_into_outlet(head: Token) -> Token | None:
    """"wounding dozens more Syrias state-run news agency and Kurdish media reported": the
    copy lost the comma after the count, and the model hung the count on the outlet that
    reports next. An outlet is never counted: a count noun ("dozens", "scores") hung on an
    outlet's description is the party (the people counted), and the outlet is the source."""
    words = party_words()
    if head.lower_ not in words.outlet_descriptions:
        return None
    return next((c for c in head.lefts if c.dep_ == "nummod" and c.lower_ in words.count_nouns), None)


_DASHES = frozenset({"-", "–", "—"})


def _is_source_tail(dash: Token) -> bool:
    """A dash followed by a capitalised source verb ("- Reports", "- Says"): the start of a
    headline's attribution, the outlet and the byline after it."""
    doc = dash.doc
    if dash.text not in _DASHES or dash.i + 1 >= len(doc) or dash.i == 0:
        return False
    word = doc[dash.i + 1]
    verbs = party_words().source_verbs
    return word.text[:1].isupper() and (word.lower_ in verbs or word.lower_.endswith("s") and word.lower_[:-1] in verbs)


def headline_before_source(head: Token) -> Token | None:
    """"... Kill 3 Civilians - Reports Sputnik Mikhail Voskresenskiy Middle East": a
    headline's " - Reports <outlet> <byline>" tail run into the text, the model making the
    headline's object a compound of the byline's last word. The party is the noun just
    before the dash (the outlet and the byline are no words of it); eval/actor_check_20.jsonl
    n 96, where the whole run resolved as Sputnik."""
    doc = head.doc
    for i in range(head.left_edge.i + 1, head.i):
        if _is_source_tail(doc[i]) and doc[i - 1].pos_ in ("NOUN", "PROPN") and doc[i - 1].head.i > doc[i - 1].i:
            return doc[i - 1]
    return None


def _count_before_source(doc, start: int, head: Token) -> int:
    """The count of a headline's object cut at its source tail ("3 Civilians - Reports ..."):
    the model hung the number on the byline's last word, so the phrase takes it back."""
    if head.i + 1 >= len(doc) or not _is_source_tail(doc[head.i + 1]):
        return start
    while start > 0 and doc[start - 1].like_num and not _is_year(doc[start - 1]):
        start -= 1
    return start


def source_run_into_object(head: Token, cues: Cues) -> Token | None:
    """"raids by Russian and Syrian government aircraft residents and a monitoring group
    said": the copy lost the comma before the sources, and the model made the object's
    noun a compound of the first source's word (check 22/77). A lowercase plural source
    noun ("residents", "activists", "witnesses") ending an object, with the object's own
    noun just before it and a reporting verb whose subject joins it ("and a monitoring
    group said"): the object ends at that noun. A source noun with the verb right after it
    ("Turkey security sources said") is left alone: "security sources" is one phrase."""
    if head.tag_ != "NNS" or not head.is_lower or head.lemma_.lower() not in cues.source_nouns or head.dep_ not in ("pobj", "dobj"):
        return None
    doc = head.doc
    noun = doc[head.i - 1] if head.i > 0 else None
    if noun is None or noun.dep_ != "compound" or noun.head != head or noun.pos_ != "NOUN":
        return None
    words = party_words()
    if noun.lemma_.lower() in PLACE_NOUNS | words.land_nouns | words.facility_nouns | words.dwelling_nouns:
        return None  # "camp residents", "village residents": the people of a place, who they are
    after = doc[head.i + 1:head.i + 7]
    if len(after) == 0:
        return None
    if after[0].lower_ != "and":
        return None
    for word in after[1:]:
        if word.pos_ == "VERB":
            subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
            # the sources are the verb's subject, or, hung on the object as its conjuncts, its lost one
            return noun if word.lemma_.lower() in cues.reporting_verbs and (subject is None or subject.i > head.i) else None
    return None


def next_subject_fused(head: Token, reporting_verbs: frozenset[str] = frozenset()) -> Token | None:
    """"the atrocities committed by rebels Pillay said": the copy lost the comma after the
    object, and the model ran it into the name of who speaks next, making the plural noun a
    compound of the name. A person's or a group's name whose phrase starts with a lowercase
    plural noun, hangs on a preposition and is followed at once by a finite verb with no
    subject of its own is that verb's subject; the preposition's object is the plural noun."""
    # also an object or a conjunct ("to attack our homelands and personnel Carter stated":
    # eval/actor_check_31.jsonl n 9)
    if head.pos_ != "PROPN" or head.ent_type_ not in ("PERSON", "ORG") or head.dep_ not in ("pobj", "dobj", "conj"):
        return None
    doc = head.doc
    nouns = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.is_lower]
    if not nouns:
        return None
    noun = nouns[-1]
    if any(not (t.pos_ == "PROPN" and t.ent_type_ == head.ent_type_) for t in doc[noun.i + 1:head.i + 1]):
        return None  # only the name between the noun and the head
    if head.i + 1 >= len(doc):
        return None
    verb = doc[head.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS | {"nsubjpass"}]
    if subjects and verb.lemma_.lower() in reporting_verbs and all(c.i < noun.i and c.i < head.head.i for c in subjects):
        # "operators who were plotting to attack our homelands and personnel Carter stated": the
        # model gave the reporting verb a subject before the clause the name ends; the name right
        # before the verb is who reports (eval/actor_check_31.jsonl n 9)
        return noun
    return None if subjects else noun


def is_count_run_into_a_word(token: Token, base: ActorBase) -> bool:
    """"... kills 19 Monitor At least 19 civilians were killed": a headline's count run into
    the byline word after it, and the story starting right after. A singular capitalised
    word that no entity type marks cannot be counted: with a number above one before it,
    it is no party. A unit's number after
    its name ("Division 30"), plurals ("19 Syrians") and a group's name the actor base
    knows, counted for its members ("some 120 Daesh militants"), are left alone."""
    if token.pos_ != "PROPN" or token.tag_ != "NNP" or token.ent_type_ or not token.text.istitle():
        return False
    if base.lookup(token.text) is not None or name_key(token.text) in base.adjectives or token.lower_.endswith("s"):
        return False  # "6 ISIS Bombers": a plural, counted
    doc = token.doc
    if token.i + 1 >= len(doc) or not (doc[token.i + 1].is_alpha and doc[token.i + 1].text[:1].isupper()):
        return False  # the story or the byline starts right after the word ("19 Monitor At least"); "350 Militia." ends
    # a year is a date run into a name ("July 19 2014 Islamic State killed"), no count
    return any(c.dep_ == "nummod" and c.i < token.i and c.like_num and c.lower_ not in ("1", "one") and not _is_year(c)
               and c.ent_type_ not in _NOT_PARTY_ENTITIES for c in token.children)


def _is_people_plural(token: Token) -> bool:
    """A plural name of a people ("Kurds", "Iraqis", "Syrians"), as the model tags it."""
    return token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS") and token.text[:1].isupper() and token.lower_.endswith("s")


def people_run_together(head: Token) -> list[Token]:
    """The peoples a list names before its head when the copy lost its commas: "Kurds
    Iraqis and Syrians" (the model makes "Kurds" a compound of "Iraqis"). Two plural names
    of peoples side by side are two parties; a people never modifies another ("Syrian
    Kurds" has an adjective, which stays part of the phrase)."""
    if not _is_people_plural(head):
        return []
    run = [c for c in head.lefts if c.dep_ == "compound" and _is_people_plural(c)]
    if not run or run[-1].i != head.i - 1 or any(t.text == "-" for t in head.doc[run[0].i:head.i]):
        return []
    return run


def persons_run_together(head: Token) -> list[Token]:
    """"Abu Osama al-Iraqi and Amer al-Rafdan were killed": the model hung the first name's
    words on the second name's last word, making two people one phrase. The first person
    (returned as the last word of their name) is a party of their own; see ``_ran_persons``."""
    pair = _ran_persons(head)
    return [head.doc[pair[0].end - 1]] if pair is not None and pair[1].end - 1 == head.i else []


def _ran_persons(token: Token) -> tuple[Span, Span] | None:
    """The two names the model tagged as people ("Abu Osama al-Iraqi", "Amer al-Rafdan")
    joined by "and" in one phrase, when ``token`` is the last word of either and the first
    hangs inside the second's phrase (the parse ran them together; a proper coordination
    makes the second a ``conj`` with its own phrase and needs no help)."""
    if token.ent_type_ != "PERSON":
        return None  # the last word of a person's name, or no such pair (checked first: it is asked of every head)
    doc = token.doc
    names = [e for e in doc.ents if e.label_ == "PERSON"]
    for first, second in zip(names, names[1:]):
        if second.start != first.end + 1 or doc[first.end].dep_ != "cc" or doc[first.end].lower_ != "and":
            continue
        if token.i not in (first.end - 1, second.end - 1):
            continue
        last = doc[second.end - 1]
        if all(t.head == last or t.head.i in range(first.start, first.end) for t in first) and len(first) > 1 and len(second) > 1:
            return first, second
    return None


def _country_name(tokens, base: ActorBase) -> bool:
    """Do these words name a country the actor base knows ("Britain", "the United States")?"""
    entity = base.lookup(tokens.text) if len(tokens) else None
    return entity is not None and entity.kind == "country"


def _same_entity(one: Token, other: Token) -> bool:
    """Are both words inside one name the model tagged ("Islamic States")?"""
    return any(e.start <= one.i < e.end and e.start <= other.i < e.end for e in one.doc.ents)


def countries_run_together(head: Token, base: ActorBase) -> tuple[list[Token], int]:
    """A list of countries whose commas the copy lost ("Britain France and the United
    States", "The US Britain France and Russia", "Russia Syria Iran"), or a dateline's place
    run into the country after it ("Aleppo Russia has accused Belgium"): the model makes
    the names before the country's name its compounds, and the whole resolves to the first.
    Each country named before the head is a party of its own (returned, in order); a word
    the actor base does not know ("Aleppo") is a place and no party. Also returns where the
    head's own phrase starts (``head.i`` when it is cut, else -1). A name the base knows as
    a whole ("North Korea", "Saudi Arabia") is one name; a name it knows before the head
    that is no country ("Hezbollah Iran") leaves the phrase alone."""
    doc = head.doc
    if head.pos_ != "PROPN":
        return [], -1
    # the head's country name may take more than one word ("the United States")
    first = head.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head == head and _country_name(doc[first - 1:head.i + 1], base):
        first -= 1
    if not _country_name(doc[first:head.i + 1], base):
        return [], -1
    run: list[int] = []
    i = first - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound" and (doc[i].head == head or doc[i].head.i in run):
        run.append(i)  # "United" hangs on "States", which hangs on the head
        i -= 1
    if not run:
        return [], -1
    start = run[-1]
    if base.lookup(doc[start:head.i + 1].text) is not None or base.lookup_variant(doc[start:head.i + 1].text) is not None:
        return [], -1  # a name known as a whole
    countries: list[Token] = []
    k = start
    while k < first:
        # the longest country name from here ("United States" before "States")
        stop = next((e for e in range(first, k, -1) if _country_name(doc[k:e], base)), None)
        if stop is not None:
            countries.append(doc[stop - 1])
            k = stop
        elif (base.lookup(doc[k].text) is not None or base.lookup_variant(doc[k].text) is not None
              or name_key(doc[k].text) in base.adjectives or doc[k].ent_type_ in _ACTOR_ENTITIES or _same_entity(doc[k], head)
              or not doc[k].text.istitle()):
            # a known body, a people or a name before the country, one name with it ("Islamic
            # States advances", the apostrophe lost), or an acronym ("IS Syria stronghold"):
            # no list of countries; only a title-case place's name ("Aleppo") is dropped
            return [], -1
        else:
            k += 1  # a place's name ("Aleppo"): no party
    return countries, first


def names_run_together(head: Token, base: ActorBase) -> tuple[Token, int, int] | None:
    """Two names of groups whose comma the copy lost ("clashes between Faylaq al-Rahman Jaysh
    al-Islam and Jabhat Fatah al Sham"): the model hangs the first name's words on the
    second's last word, and the whole resolves to one of them. When the phrase's words split
    into two names the actor base knows, of two different entities, both of a kind listed
    in ``run_together_kinds`` (armed groups), and the whole is no known name, each is a
    party. Returns the first name's last word, where the run starts and where the second
    name starts; None for any other phrase."""
    if head.pos_ != "PROPN" or head.dep_ == "compound":
        return None
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and doc[start].pos_ == "DET":
        start += 1
    if head.i - start < 2 or any(t.pos_ != "PROPN" and t.text != "-" for t in doc[start:head.i]):
        return None
    if base.lookup(doc[start:head.i + 1].text) is not None:
        return None  # a name known as a whole
    for split in range(start + 1, head.i + 1):
        if doc[split].text == "-" or doc[split - 1].text == "-":
            continue
        first, second = base.lookup(doc[start:split].text), base.lookup(doc[split:head.i + 1].text)
        kinds = party_words().run_together_kinds
        if first is None or second is None or first == second or first.kind not in kinds or second.kind not in kinds:
            continue
        return doc[split - 1], start, split
    return None


def _run_name_bounds(token: Token) -> tuple[int, int] | None:
    """The bounds of the first of two names run together (``names_run_together``) when
    ``token`` is its last word, else None."""
    if token.dep_ != "compound" or token.pos_ != "PROPN":
        return None
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    ran = names_run_together(head, load_actor_base())
    return (ran[1], ran[2]) if ran is not None and ran[0] == token else None


def _listed_country_start(token: Token) -> int | None:
    """Where the name starts of a country that ``countries_run_together`` split from the
    head of its run ("Britain" of "US Britain France"), or None for any other word."""
    if token.dep_ != "compound" or token.head.i <= token.i:
        return None
    countries = countries_run_together(token.head, load_actor_base())[0]
    if token not in countries:
        return None
    before = [c.i for c in countries if c.i < token.i]
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound" and (
            not before or start - 1 > before[-1]):
        start -= 1  # back to the run's start or to the country before, then forward to this name
    if before:
        start = max(start, before[-1] + 1)
    while start < token.i and not _country_name(token.doc[start:token.i + 1], load_actor_base()):
        start += 1  # a place's word between two countries ("Aleppo") is no word of either
    return start


def headline_passive_subject(verb: Token) -> Token | None:
    """The subject of a verb of harm with no object, no auxiliary and no clause of its own
    ("Hundreds killed as street battles rage", "Tens killed and wounded in a car bomb
    explosion"): a headline that dropped "were", so the subject was harmed. "Kill" and
    "wound" always take an object when they name the doer. A pronoun is left as it is."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in party_words().victim_verbs or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dative", "agent", "ccomp", "xcomp", "attr", "oprd") for c in verb.children):
        return None
    if any(c.dep_ == "dobj" and not _is_casualty_count(c, verb) for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.pos_ == "PRON" else subject


def _is_casualty_count(obj: Token, verb: Token) -> bool:
    """An "object" that is the next count of a casualty headline: "Two children killed 5
    others injured in terrorist rocket attack", "Nine persons killed 12 injured": a verb of
    harm follows it at once (hung on it or on the first verb), so both counts were harmed."""
    doc = obj.doc
    after = obj.i + 1  # the word after the object's head, not after its subtree (which holds "injured")
    if after >= len(doc):
        return False
    nxt = doc[after]
    return (nxt.lemma_.lower() in party_words().victim_verbs and nxt.tag_ in ("VBN", "VBD")
            and nxt.head in (obj, verb) and nxt.dep_ in ("acl", "advcl", "conj", "relcl"))


def _coordinated_demonyms(noun: Token, base: ActorBase) -> list[Token]:
    """The demonyms of "Russian and Syrian warplanes" (each stands for its own party
    with the shared noun), or [] when the noun has fewer than two."""
    for child in noun.lefts:
        if child.dep_ == "amod" and name_key(child.text) in base.adjectives:
            group = [child] + [c for c in child.conjuncts if name_key(c.text) in base.adjectives]
            if len(group) >= 2:
                return sorted(group, key=lambda t: t.i)
    return []


def accompaniment(prep: Token, cues: Cues) -> Token | None:
    """The partner in "along with X", "together with X", "alongside X", "backed by X"."""
    words = [prep.lower_]
    node = prep
    while True:
        nested = next((c for c in node.children if c.dep_ in ("prep", "pcomp")), None)
        obj = next((c for c in node.children if c.dep_ == "pobj"), None)
        if obj is not None:
            break
        if nested is None:
            return None
        words.append(nested.lower_)
        node = nested
    if prep.head.tag_ == "VBN" and prep.head.dep_ in ("acl", "amod"):
        words = [prep.head.lower_, *words]  # "backed by": the participle heads the preposition
    return obj if tuple(words) in cues.accompaniment_prepositions else None


def _through_partitive(token: Token, cues: Cues) -> Token:
    """"groups of Daesh militants" → "militants"; "some of the militants" → "militants".
    A count names the kind after its "of" also when the parse hung the "of" elsewhere
    ("destroyed command centers and scores of vehicles", "of" on "centers"): the word just
    after a count is its own "of"."""
    seen = 0
    while (token.lemma_.lower() in cues.partitive_heads or token.lower_ in cues.partitive_heads) and seen < 3:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            of = _adjacent_of(token)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            break
        token, seen = obj, seen + 1
    return token


def is_territory_of_a_part(token: Token) -> bool:
    """"seized large parts of Syria and Iraq": a country or a region after "parts of" is the
    ground taken, not its people or its state (check 26/6); the words stay the target, a
    place that resolves to no one. "part of the rebels" still counts the rebels."""
    node = token
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head  # "parts of Syria and Iraq": Iraq hangs on Syria
    of = node.head
    if node.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return False
    part = of.head
    if part.lemma_.lower() not in party_words().place_parts and part.lower_ not in party_words().place_parts:
        return False
    if token.ent_type_ in ("GPE", "LOC"):
        return True
    entity = load_actor_base().lookup(token.text)
    return entity is not None and entity.kind == "country"


def _adjacent_of(token: Token) -> Token | None:
    """The "of" just after a count that the parse hung on another word ("centers and scores
    of vehicles", "of" attached to "centers"), when it has an object."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    nxt = doc[token.i + 1]
    if nxt.lower_ != "of" or nxt.dep_ != "prep" or nxt.head == token:
        return None
    return nxt if any(c.dep_ == "pobj" for c in nxt.children) else None


# The bounds of the phrases of the document being coded, by head index: the coder and the
# resolver ask for the same heads over and over (about four times each on FA-KES), and the
# answer depends on the parse alone. The strong reference to the document keeps its id from
# being reused; a new document clears the cache.
_bounds_doc: list[Doc | None] = [None]
_bounds_of: dict[int, tuple[int, int]] = {}


def party_bounds(head: Token) -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by ``head``, without
    determiners, relative clauses or prepositional tails; appositive names are kept
    ("Lebanese militia Hezbollah")."""
    if _bounds_doc[0] is not head.doc:
        _bounds_doc[0] = head.doc
        _bounds_of.clear()
    bounds = _bounds_of.get(head.i)
    if bounds is None:
        bounds = _bounds_of[head.i] = _phrase_bounds(head)
    return bounds


def _phrase_bounds(head: Token) -> tuple[int, int]:
    """``party_bounds`` worked out."""
    ran = _ran_persons(head)
    if ran is not None:  # "Abu Osama al-Iraqi and Amer al-Rafdan": each name is a phrase of its own
        name = ran[0] if head.i == ran[0].end - 1 else ran[1]
        return name.start, name.end
    start = head.i
    for child in head.lefts:
        if child.dep_ in _MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("appos", "flat") and child.pos_ == "PROPN" and child.i == end:
            end = child.right_edge.i + 1 if _is_contiguous_name(child) else child.i + 1
        elif child.dep_ == "compound" and child.i == end:
            end = child.i + 1
        elif child.dep_ == "nummod" and child.i == end and head.pos_ == "PROPN" and head.text.istitle() and child.is_digit and len(child) <= 3 and (
                not child.ent_type_ or child.ent_type_ == head.ent_type_) and head.ent_type_ not in ("DATE", "TIME", "GPE"):
            end = child.i + 1  # "Division 30", "Brigade 46": a unit's number is part of its name
        elif child.dep_ == "prep" and child.i == end and child.lower_ in ("of", "for") and _is_name_word(head) and _is_name_tail(child):
            end = child.right_edge.i + 1  # "Syrian Observatory for Human Rights", "Storm of North Brigade"
    doc = head.doc
    if head.dep_ == "compound" and head.pos_ == "NOUN":
        # "Syrian government denials": the demonym hangs beside the body's word on the same
        # head; it is the body's own modifier ("Syrian government"), so the phrase takes it in
        demonyms = load_actor_base().adjectives
        while start > 0 and doc[start - 1].head == head.head and doc[start - 1].dep_ == "amod" and (
                name_key(doc[start - 1].text) in demonyms):
            start -= 1
    if head.dep_ in _NAME_DEPS and head.pos_ == "PROPN":
        start = min(start, name_run(head)[0])
    if head.lower_ in party_words().count_nouns:
        start = max(start, _after_names(doc, start, head))  # "SOHR Tens killed": a byline before the count
    listed = people_run_together(head)
    if listed:
        start = max(start, listed[-1].i + 1)  # "Kurds Iraqis": "Iraqis" alone, "Kurds" a party of its own
    own = countries_run_together(head, load_actor_base())[1]
    if own >= 0:
        start = max(start, own)  # "Britain France": "France" alone, "Britain" a party of its own
    ran = names_run_together(head, load_actor_base())
    if ran is not None:
        start = max(start, ran[2])  # "Faylaq al-Rahman Jaysh al-Islam": "Jaysh al-Islam" alone
    first_name = _run_name_bounds(head)
    if first_name is not None:
        return first_name  # "Faylaq al-Rahman": the first of the two names, a party of its own
    listed_before = _listed_country_start(head)
    if listed_before is not None:
        start, end = listed_before, head.i + 1  # "US Britain France": "Britain" alone
    start = _count_before_source(doc, start, head)
    start = _after_count_of_another_noun(doc, start, head)
    start = _after_credit(doc, start, head)
    start = _after_dates(doc, start, head)
    start = _after_calendar_words(doc, start, head)
    start = _after_page_words(doc, start, head)
    start = _after_dateline_dash(doc, start, head)
    start = _after_place_participle(doc, start, head)
    start = _after_plural_place(doc, start, head)
    start = _after_place_before_demonym(doc, start, head)
    start = _after_label_before_count(doc, start, head)
    start = _after_outlet_before_count(doc, start, head)
    end = _before_source_outlet(doc, start, end, head)
    start = _from_article(doc, start, head)
    # a relative word the model hung on the phrase ("Jarabulus which Turkish-led forces captured":
    # "which" nmod of "forces") introduces the clause; it is no word of the party
    # "numerous opposition groups": a vague quantity word says how many, it is no word of the name
    while start < head.i and (doc[start].dep_ in _LEADING_SKIP or doc[start].is_punct or doc[start].lower_ in ("some", "any", "all")
                              or _is_hedge(doc[start], head)
                              or doc[start].lower_ in party_words().vague_quantifiers
                              or (doc[start].tag_ in _RELATIVE_TAGS and doc[start].lower_ in _RELATIVE_WORDS)):
        start += 1
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    end = max(end, _name_continued(doc, start, end, head))
    return _with_leader(doc, start, head), end


def _from_article(doc, start: int, head: Token) -> int:
    """"Damascus Countryside A key position for the terrorists": an article opens its noun
    phrase, so words before the phrase's own article are a heading or a headline the copy
    ran into it (check 25/42), never words of the party."""
    for child in head.lefts:
        if child.dep_ == "det" and child.lower_ in ("a", "an", "the") and child.i > start and all(
                t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") for t in doc[start:child.i]):
            return child.i  # capitalised words only: "nearly half the population" keeps its count
    return start


def _with_leader(doc, start: int, head: Token) -> int:
    """"US-led coalition", "Saudi-led alliance": the leader's name and "-led" are one name
    with the body they lead; the party is the whole of it, not the bare body, whose
    country would be guessed from the article (check 26/5)."""
    if start >= 3 and start <= head.i and doc[start - 1].lower_ == "led" and doc[start - 2].text in _DASHES and (
            doc[start - 3].pos_ in ("PROPN", "ADJ") and doc[start - 3].text[:1].isupper()):
        return start - 3
    return start


def led_body(token: Token) -> Token | None:
    """The body word right after "X-led" ("Coalition" of "US-Led Coalition Bombing"), when
    ``token`` is the "led" of such a run: the model often hangs "led" itself on the event noun."""
    doc = token.doc
    if token.lower_ != "led" or token.i < 2 or doc[token.i - 1].text not in _DASHES or token.i + 1 >= len(doc):
        return None
    body = doc[token.i + 1]
    base = load_actor_base()
    if body.pos_ not in ("NOUN", "PROPN") or body.head.i < body.i:
        return None
    # a body the actor base has a sector word for ("coalition", "forces"), not "US-led air strikes";
    # a headline's plural in capitals ("Coalitions") is left unlemmatised by the model
    forms = {body.lemma_, body.text, body.text[:-1] if body.text.lower().endswith("s") else body.text}
    return body if any(base.sectors.get(name_key(form)) for form in forms) else None


def _after_count_of_another_noun(doc, start: int, head: Token) -> int:
    """"30 regime and allied fighters", "three regime airstrikes": a count above one before
    a state body's word in the singular counts the noun the model lost after it (fighters,
    strikes), not the body; the party's words start after the count (check 1/36, 27/27)."""
    if head.tag_ != "NN" or not head.is_lower or head.i == 0:
        return start  # "2016 Syrian Army", "17 Turkish servicemen": not a lowercase singular
    term = load_actor_base().sectors.get(name_key(head.lemma_)) or load_actor_base().sectors.get(name_key(head.text))
    if term is None or term.acled_inter != 1:
        return start
    count = head.doc[head.i - 1]  # right before the body's word: "30 regime", not "17 Turkish servicemen"
    if count.dep_ == "nummod" and count.head == head and count.i >= start and count.like_num and not _is_year(count) and (
            count.lower_ not in ("one", "1")):
        return count.i + 1
    return start


def _after_outlet_before_count(doc, start: int, head: Token) -> int:
    """"28 November 2016 SANA Seven people were killed": a dateline's source, a news outlet
    the actor base knows, run into the count that opens the story's first clause. The
    outlet reports; the counted people are the party, whose words start at the count. Only
    a known outlet's name that ends right before the count ("AFP 12 soldiers")."""
    count = next((c for c in reversed(list(head.lefts)) if c.dep_ == "nummod" and c.like_num and not _is_year(c)), None)
    if count is None or count.i <= start:
        return start
    base = load_actor_base()
    media = base.media_ids()
    for first in range(start, count.i):
        entity = base.lookup(doc[first:count.i].text)
        if entity is not None and entity.entity_id in media and doc[first].text[:1].isupper():
            return count.i
    return start


def _before_source_outlet(doc, start: int, end: int, head: Token) -> int:
    """"killing the Imam Sheikh Salman al-Afandi state-run TV reported": the copy lost the
    comma before the source, and the model ran a person's name into the outlet whose verb
    follows. An outlet's description as the head, a source verb right after the phrase,
    and lowercase words ("state-run") between the outlet and a name before it: the party
    ends at the name. A name the actor base knows or a demonym ("Syrian state TV", "Russia
    state TV") is the outlet's own and stays."""
    words = party_words()
    if head.lower_ not in words.outlet_descriptions or end != head.i + 1 or end >= len(doc):
        return end
    if doc[end].pos_ != "VERB" or doc[end].lemma_.lower() not in words.source_verbs:
        return end
    i = head.i - 1
    while i > start and (doc[i].is_lower or doc[i].text == "-"):
        i -= 1
    if i == head.i - 1 or doc[i].pos_ != "PROPN" or i - start < 1:
        return end  # a name of two words at least before the lowercase words
    base = load_actor_base()
    name = doc[start:i + 1]
    if any(name_key(t.text) in base.adjectives for t in name) or base.lookup(name.text) is not None:
        return end
    if not all(t.pos_ == "PROPN" or t.dep_ in _LEADING_SKIP or t.text == "-" for t in name):
        return end
    return i + 1


def _is_hedge(word: Token, head: Token) -> bool:
    """An adverb that hedges the adjective after it ("a series of purportedly American
    airstrikes", "allegedly Russian jets", "mostly Sunni rebels"): it says how sure the
    story is, it is no word of the party, whose demonym then stands alone before its noun.
    Only an adverb in "-ly" on an adjective of the phrase; a count's adverb ("nearly 100
    people") hangs on the number and stays."""
    return (word.pos_ == "ADV" and word.dep_ == "advmod" and word.lower_.endswith("ly") and word.head.pos_ == "ADJ"
            and word.head.i == word.i + 1 and head in (word.head, word.head.head))


def _name_continued(doc, start: int, end: int, head: Token) -> int:
    """Where a capitalised name ends that the parse cut after its first words ("Doctors"
    in "Doctors Without Borders (MSF)", the rest hung on it as a prepositional tail): the
    capitalised words right after the phrase belong to it when the whole run is a name the
    actor base knows, or when a bracketed acronym made of the initials of its capitalised
    words follows the run ("Medical Relief Without Borders (MRWB)"). Otherwise ``end`` stays."""
    if not head.text[:1].isupper() or end >= len(doc):
        return end
    joined = _alias_across_and(doc, start, end, head)
    if joined is not None:
        return joined
    if not doc[end].text[:1].isupper():
        return end
    limit = min(len(doc), end + 6)
    k = end
    while k < limit and doc[k].is_alpha and (doc[k].text[:1].isupper() or doc[k].lower_ in _NAME_FUNCTION_WORDS):
        k += 1
    base = load_actor_base()
    for stop in range(k, end, -1):  # the longest known name first
        if doc[stop - 1].text[:1].isupper() and base.lookup(doc[start:stop].text) is not None:
            return stop
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        acronym = doc[k + 1].text
        initials = "".join(t.text[0] for t in doc[start:k] if t.text[:1].isupper())
        if acronym.isupper() and acronym.isalpha() and initials.upper() == acronym:
            return k
    return end


def _alias_across_and(doc, start: int, end: int, head: Token) -> int | None:
    """Where a name ends that the parse cut at an "and" of its own: "The so-called Islamic
    State of Iraq and the Levant (ISIL) militant group" is read as two conjuncts, "Islamic
    State of Iraq" (another group, al-Qaeda in Iraq) and "the Levant ... group". When the
    name's words with "and" and up to four words after it are a name the actor base knows
    ("Islamic State of Iraq and Syria"), the longest such run is the name; the words before
    its first capital ("so-called") are no part of the lookup. None when no longer run is a
    known name other than a country ("Syria and Iraq" stays two countries)."""
    if doc[end].lower_ != "and" or end + 1 >= len(doc):
        return None
    first = next((t.i for t in doc[start:end] if t.text[:1].isupper()), None)
    if first is None:
        return None
    base = load_actor_base()
    for stop in range(min(len(doc), end + 5), end + 1, -1):  # the longest known name first
        words = doc[end + 1:stop]
        if any(not (t.is_alpha or "-" in t.text) for t in words) or not doc[stop - 1].text[:1].isalpha():
            continue
        if name_length([t.text for t in doc[first:stop]]) > MAX_NAME_WORDS:
            continue  # longer than any name the resolver looks up: it would read the short one
        entity = base.lookup(" ".join(t.text for t in doc[first:stop]))  # as the resolver joins the words
        if entity is not None and entity.kind != "country" and base.lookup(doc[first:end].text) != entity:
            return stop
    return None


def _after_names(doc, start: int, head: Token) -> int:
    """Where a count's phrase starts when capitalised words stand before it: after the last
    of them ("SOHR Tens", "Watchdog Thousands"). Numbers and lowercase words ("tens of
    thousands", "several hundreds") stay."""
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].text[:1].isupper() and doc[i].is_alpha and (doc[i].pos_ == "PROPN" or doc[i].dep_ == "compound"):
            return i + 1
    return start


def _after_dateline_dash(doc, start: int, head: Token) -> int:
    """A dateline's dash ("Beirut London- Warplanes releasing toxic gas", "DAMASCUS -
    Syrian troops") ends the place names that head a story: the phrase starts after it.
    The dash is a word ending in one, or one on its own, with a space after it; the words
    before it are all names. A dash inside a word ("rebel-held", "US-Russian") is not one."""
    for i in range(head.i - 1, start - 1, -1):
        token = doc[i]
        if token.text[-1:] not in ("-", "–", "—") or not token.whitespace_:
            continue
        names = doc[start:i + 1] if len(token.text) > 1 else doc[start:i]
        if len(names) and all(t.pos_ == "PROPN" or t.is_punct or t.dep_ in _LEADING_SKIP for t in names):
            return i + 1
    return start


def _after_plural_place(doc, start: int, head: Token) -> int:
    """"one of the areas regime forces have been battling to recapture": a relative clause
    without "that" (or a possessive with its apostrophe lost: "the towns residents") runs a
    place noun into the party after it. English compounds take a singular first noun ("area
    commanders"), so a plural place noun before the head ends the place; the phrase starts
    after it. A place noun as the head itself is left alone."""
    struck = party_words().struck_things
    if head.lemma_.lower() in struck:
        return start
    for i in range(head.i - 1, start - 1, -1):
        word = doc[i]
        if word.pos_ == "NOUN" and word.tag_ == "NNS" and word.lemma_.lower() in struck and word.lower_ != word.lemma_.lower():
            return i + 1
    return start


def _after_place_before_demonym(doc, start: int, head: Token) -> int:
    """"On a separate front Syrian Kurds fighting IS made advances", "an offensive on
    northern Aleppo Russian sources reported": a comma lost after a place runs the place
    into the party that opens the next clause. A demonym that follows a word for a part
    of a place ("front", "side") or a place's name with a direction before it ("northern
    Aleppo") opens the party: the phrase starts at the demonym. A name the actor base
    knows as a whole stays."""
    demonyms = load_actor_base().adjectives
    words = party_words()
    parts = words.place_parts | words.place_roles | words.front_nouns | PLACE_NOUNS
    for i in range(head.i - 1, start, -1):
        if name_key(doc[i].text) not in demonyms or doc[i].pos_ not in ("ADJ", "PROPN"):
            continue
        before = doc[i - 1]
        place_part = before.lower_ in parts and before.is_lower
        directed = (before.pos_ == "PROPN" and i - 2 >= start and doc[i - 2].lower_ in words.direction_words
                    and _no_body(before.text) and name_key(before.text) not in demonyms)
        if (place_part or directed) and load_actor_base().lookup(doc[start:head.i + 1].text) is None:
            return i
    return start


def _no_body(text: str) -> bool:
    """Do these words name no actor the base knows, or only a country? A direction before a
    country's name ("northeastern Syria") makes a region, a place, as before a town's."""
    entity = load_actor_base().lookup(text)
    return entity is None or entity.kind == "country"


def _after_label_before_count(doc, start: int, head: Token) -> int:
    """"28-04-2016 Syria 20 Civilians Killed Scores Injured": a headline filed under a
    country's name runs the name into the count that opens its story. A count opens its
    noun phrase, so names before a number that counts the head are a label: the phrase
    starts at the number. A year is no count, nor a number before a singular noun, which
    is a word of a name ("Israels Channel 10 television", eval/actors.jsonl a0417)."""
    if head.tag_ not in ("NNS", "NNPS"):
        return start
    for i in range(start + 1, head.i):
        word = doc[i]
        if word.like_num and word.dep_ == "nummod" and word.head == head and not _is_year(word) and all(
                t.pos_ == "PROPN" for t in doc[start:i]):
            return i
    return start


def _after_place_participle(doc, start: int, head: Token) -> int:
    """"a camp near the Jordanian border housing civilians fleeing the war": the model
    fused a place noun and the participle after it ("housing", "sheltering") with the
    people the participle takes into one phrase. The place and its words are where the
    people are, not who they are: the phrase starts after the participle."""
    struck = party_words().struck_things
    for i in range(head.i - 1, start, -1):
        word, before = doc[i], doc[i - 1]
        if not word.lower_.endswith("ing") or word.dep_ != "compound" or word.pos_ != "NOUN":
            # only the fused noun reading; a participle the model read as one ("a region
            # leading opposition figure", "a hospital treating victims") is left to the parse
            continue
        if before.pos_ == "NOUN" and before.lemma_.lower() in struck:
            return i + 1
    return start


def _after_dates(doc, start: int, head: Token) -> int:
    """The phrase starts after the last calendar date or clock time before its head: a
    headline's or a dateline's date fused with the words after it names no one ("October
    5 2017 Syria", "Sun 22 Feb 2015 Suicide bomber", "Tuesday army units"). A date is a
    time, or a date with a name or a number in it; an age or a span ("a 10-year-old girl",
    "last week's victims") is part of the phrase. A count the model merged into the date
    stays with the phrase ("On Thursday 23 civilians"), and so does a word the model
    wrongly took into the date after its last name or number ("Aug 2016 Rebel fire")."""
    if head.ent_type_ in _NOT_PARTY_ENTITIES:
        return start
    i = head.i - 1
    while i >= start:
        if _is_written_date(doc, i):
            return i + 1  # "20:22 Syrian Coalition", "05-05-2016 Several Syrians": the model saw a number
        if doc[i].ent_type_ not in _NOT_PARTY_ENTITIES:
            i -= 1
            continue
        first = i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        words = doc[first:i + 1]
        if i + 1 < len(doc) and doc[i + 1].text == "-" or any(t.text == "-" for t in words):
            i = first - 1  # "a 12-hour deadline", "a 10-year-old girl": a span or an age
            continue
        named = [t for t in words if t.pos_ == "PROPN" or t.like_num]
        if doc[i].ent_type_ == "TIME" or named and any(t.pos_ == "PROPN" or _is_year(t) for t in words):
            cut = max(t.i for t in named) + 1 if named else i + 1
            while cut - 1 > first and doc[cut - 1].like_num and not _is_year(doc[cut - 1]) and doc[cut - 1].head.ent_type_ not in _NOT_PARTY_ENTITIES:
                cut -= 1  # "Thursday 23 civilians": 23 counts the civilians
            return max(start, cut)
        i = first - 1
    return start


def _after_calendar_words(doc, start: int, head: Token) -> int:
    """A headline's date that the model took for a name ("Tue Mar 8 2016 Gunmen kill",
    tagged PERSON) opens the phrase with month or weekday names, a day and a year: the
    phrase starts after them. The month may stand just before the phrase ("Tue May 3 |
    2016 Syrian Army"). Without a year it is no date ("On Thursday 23 civilians": a count;
    "Sun reporters")."""
    calendar = party_words().calendar_words

    def is_calendar(t: Token) -> bool:
        if t.text == "May":  # the month only before a day: "May 3"
            return t.i + 1 < len(doc) and doc[t.i + 1].like_num
        return t.lower_.rstrip(".") in calendar and t.text[:1].isupper()

    before = start - 1
    while before >= 0 and doc[before].like_num:
        before -= 1
    named = before >= 0 and is_calendar(doc[before])
    i, year = start, False
    while i < head.i and (is_calendar(doc[i]) or doc[i].like_num or doc[i].text == ","):
        named = named or is_calendar(doc[i])
        year = year or _is_year(doc[i])
        i += 1
    if not (named and year):
        return start
    if i - 2 >= start and doc[i - 1].like_num and not _is_year(doc[i - 1]) and _is_year(doc[i - 2]):
        i -= 1  # "Sun Aug 17 2014 23 civilians": the count after the year stays with them
    return i


def _after_page_words(doc, start: int, head: Token) -> int:
    """A word of the page around the story ("YouTube", "Tags", "URL") inside a phrase
    ends the debris the copy glued to it: "Syrian Army Destroys ... - YouTube Russia said"
    is "Russia". Only capitalised words, never the head itself ("a YouTube video")."""
    words = party_words().page_words
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].lower_ in words and doc[i].text[:1].isupper():
            return _after_counters(doc, i + 1, head)
    return start


def _after_counters(doc, start: int, head: Token) -> int:
    """"Get short URL 0 55 Daesh terrorists attacked": after a page word, two or more bare
    numbers in a row are the page's comment and share counters, no count of the party (a
    count of people is one number)."""
    end = start
    while end < head.i and doc[end].is_digit:
        end += 1
    return end if end - start >= 2 else start


def _after_credit(doc, start: int, head: Token) -> int:
    """Where a phrase starts when a photo or agency credit stands before its head: after
    the closing bracket of a bracket that holds a credit word ("(TRT World and Agencies)
    Three more civilians", the opening bracket often outside the phrase), or after the
    photographer's name that follows a credit word and a slash ("REUTERS/Jason Reed
    Secretary of State John Kerry"), or after an agency's name in capitals followed by a
    date ("NGO AFP Thursday 6 Mar 2014 At least five people"; the date is cut next). The
    credit names who took or sent the copy, not who acts ("AFP correspondent" stays)."""
    credits = party_words().credit_words
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].text == ")" and _bracket_holds_credit(doc, i, credits):
            return i + 1
        if doc[i].text == "/" and i > 0 and doc[i - 1].lower_ in credits:
            return _after_photographer(doc, i + 1, head)
        if doc[i].text.isupper() and doc[i].lower_ in credits and (
                doc[i + 1].ent_type_ in ("DATE", "TIME") or doc[i + 1].lower_ in party_words().calendar_words):
            return i + 1  # "... in central Syria NGO AFP Thursday 6 Mar 2014 At least five people": a byline and its date
    return start


def _bracket_holds_credit(doc, close: int, credits: frozenset[str]) -> bool:
    """Is the bracket closed at ``close`` a credit: a bracket that opens its sentence (or
    whose opening bracket the page lost) and holds a credit word? A bracket inside the text
    ("the Syrian Arab News Agency (SANA) reporter") is an acronym or an aside, no credit."""
    floor = doc[close].sent.start
    held = False
    for k in range(close - 1, floor - 1, -1):
        if doc[k].text == "(":
            return held and k == floor
        held = held or doc[k].lower_ in credits
    return held


def _after_photographer(doc, start: int, head: Token) -> int:
    """The end of a photographer's name after a credit's slash: the person the model tagged
    there ("Jason Reed"), else two capitalised words (a first name and a surname). Never
    past the head's own name run."""
    end = start
    if start < head.i and doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B":
        end = start + 1
        while end < head.i and doc[end].ent_iob_ == "I":
            end += 1
    else:
        while end < min(start + 2, head.i) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
    return min(end, head.i)


def _is_written_date(doc, i: int) -> bool:
    """A clock time ("20:22") or the year of a date written in figures ("05-05-2016",
    "18.05.2017"), which the model often takes for a plain number."""
    token = doc[i]
    if token.shape_ in ("d:dd", "dd:dd"):
        return True
    return _is_year(token) and i > 1 and doc[i - 1].text in ("-", "/", ".") and doc[i - 2].like_num


def _is_year(token: Token) -> bool:
    return token.shape_ == "dddd" and token.text[:2] in ("19", "20")


def _is_name_word(token: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence that the model tagged a common
    noun although it heads a name ("Storm" in "Storm of North Brigade", "Army" in "Army of
    Islam"): a name running across "of" keeps its whole span, the first word alone names no one."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper() and token.text[1:].islower()
                                     and not token.is_sent_start)


def _is_name_tail(prep: Token) -> bool:
    """Is the phrase after "of"/"for" part of a proper name ("for Human Rights")?"""
    words = [t for t in prep.subtree if t.i != prep.i and t.lower_ not in ("the", "and", "of", "for")]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def _is_contiguous_name(token: Token) -> bool:
    return all(t.pos_ in ("PROPN", "PART") or t.is_punct is False and t.text[:1].isupper() for t in token.subtree)


_NAME_DEPS = frozenset({"compound", "poss", "nmod"})


def named_part(head: Token, base: ActorBase) -> Token | None:
    """For a non-actor noun that carries a name ("Daesh positions", "an Islamic State
    (IS) enclave"), the last word of the name; ``party_bounds`` widens it to the name.
    The name before a noun for a place is the place's own ("al-Zahraa neighbourhood",
    "Harfa village", the model often calling it a person or an organisation): no one.
    So is the name before a stretch of land or a camp ("the Palestinian Yarmuk camp"): it
    says which place it is, not who was hit."""
    if is_actor_like(head, base) or head.lemma_.lower() in PLACE_NOUNS | party_words().land_nouns:
        return None
    if is_terrain_name(head):
        return None  # "from East Jerusalem to the Jordan Valley": a country's name in a place's (N7 n 90)
    run = [c for c in head.lefts if c.dep_ in _NAME_DEPS]
    if not run or across_a_spaced_dash(run[-1], head):
        return None
    start, end = name_run(run[-1])
    words = head.doc[start:end]
    if any(t.ent_type_ in _ACTOR_ENTITIES for t in words) or base.lookup(words.text) is not None or any(
        base.lookup(t.lemma_) is not None and base.lookup(t.lemma_).kind != "country" for t in words
    ):
        return run[-1]
    return None


def across_a_spaced_dash(word: Token, head: Token) -> bool:
    """Whether a dash with a space on each side stands between ``word`` and ``head``: it
    parts the segments of a headline or a page title ("Syria Death in Damascus - Rocket
    attack shakes Syrian capital - YouTube"), so a name before it is no modifier of a noun
    after it, whatever the parse hung on what ("Damascus" is where, not whose "Rocket"). A
    hyphen inside a word ("Daesh-held") has no spaces, and a dash between two names ("Russia -
    Turkey talks") pairs them."""
    low, high = sorted((word.i, head.i))
    doc = word.doc
    return any(doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_
               and not (_a_named_entity(doc[i - 1]) and _a_named_entity(doc[i + 1])) for i in range(low + 1, high))


def _a_named_entity(token: Token) -> bool:
    """A word of a name the model recognised (a place, a people, an organisation, a person)."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC")


def name_run(token: Token) -> tuple[int, int]:
    """``[start, end)`` of a multi-word name whose words all modify the same noun
    ("Islamic State" in "an Islamic State enclave": both words hang on "enclave")."""
    start = token.left_edge.i if token.dep_ == "poss" else token.i
    for sibling in reversed(list(token.head.lefts)):
        if sibling.i < start and sibling.dep_ in _NAME_DEPS and sibling.right_edge.i == start - 1:
            start = sibling.left_edge.i
    for child in token.lefts:
        if child.dep_ in _MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    doc = token.doc
    while start < token.i and (doc[start].dep_ in _LEADING_SKIP or doc[start].is_punct):
        start += 1
    if token.dep_ == "poss" and end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


def object_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "NUM"), None)


def passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or elliptic_passive_subject(verb) or _described_by_participle(verb)


def _described_by_participle(verb: Token) -> Token | None:
    """The noun a passive participle describes with its doer ("126 people killed by
    opposition shelling", "the town captured by the rebels"): what the deed was done to."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return verb.head if any(c.dep_ == "agent" for c in verb.children) else None


def elliptic_passive_subject(verb: Token) -> Token | None:
    """The subject of a passive participle whose "were" is left out after a passive verb
    it is joined to ("29 people were killed and dozens wounded", "five were killed and
    seven others injured"): the parse makes it an active subject, but it is who suffered.
    Only a participle with no object and no auxiliary of its own."""
    headline = headline_passive_subject(verb)
    if headline is not None:
        return headline
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or verb.i < verb.head.i:
        return None
    if verb.head.lemma_ == "be" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "agent") for c in verb.children):
        # "Women and children were among the dead and injured": the participle shares the "were"
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if not any(c.dep_ == "auxpass" for c in verb.head.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def prepositional_recipients(node: Token, cues: Cues, base: ActorBase, event_type: str) -> list[Token]:
    """Objects of recipient prepositions hanging on ``node``."""
    found: list[Token] = []
    for child in node.children:
        if child.dep_ != "prep" or child.lower_ not in cues.recipient_prepositions:
            continue
        if accompaniment(child, cues) is not None:
            continue
        if _names_a_topic(node, child):
            continue  # "a meeting on Syria": what the meeting is about, not who takes part
        if event_type in party_words().giving_event_types and _gives_the_means(node, child, base):
            continue  # "support Assad with militiamen weapons money": what is given, Assad the recipient
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is None or _date_is_the_object(child, obj):
            continue
        if is_destination(child, obj, event_type):
            continue  # "deployed warplanes to Syria": where the forces go
        open_prep = child.lower_ in _OPEN_PREPOSITIONS
        if event_type == "ASSAULT" and child.lower_ in _TARGET_PREPOSITIONS and _is_target(obj):
            found.append(obj)  # what an attack hits is its recipient: "fired rockets at the airport"
            continue
        verbal = event_type not in ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "PROTEST")
        if open_prep or is_actor_like(obj, base, allow_places=verbal) or named_part(obj, base) is not None:
            if child.lower_ == "to" and not (is_actor_like(obj, base, allow_places=True) or named_part(obj, base)):
                continue  # "to the border": a destination, not a recipient
            found.append(obj)
    return found


def is_destination(prep: Token, obj: Token, event_type: str) -> bool:
    """"Russia deployed warplanes to Syria", "Iran sent fighters to Syria": in an event of
    moving forces (``destination_event_types``), a place's name after "to" is where the
    forces go, not a party they act on (eval/actor_check_30.jsonl n 7)."""
    if prep.lower_ != "to" or event_type not in party_words().destination_event_types:
        return False
    return obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in PLACE_NOUNS


def fire_agent(token: Token) -> Token | None:
    """"artillery fire by Turkish troops": the object of "by" on a noun of firing
    (``agented_fire_nouns``) names who fires; the noun itself is no party
    (eval/actor_check_29.jsonl n 1)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in party_words().agented_fire_nouns:
        return None
    for prep in token.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def is_workplace(token: Token) -> bool:
    """"a nurse based in a hospital", "doctors working at a clinic": a facility that a
    participle of ``workplace_participles`` places someone in is where they work, a place,
    not the sector it serves (eval/actor_check_30.jsonl n 81)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("in", "at") or token.lemma_.lower() not in party_words().facility_nouns:
        return False
    return prep.head.lower_ in party_words().workplace_participles


def is_possessed_place(token: Token, base: ActorBase) -> bool:
    """"Syria's Raqqa", "Syrias Aleppo" (the apostrophe lost): a name the actor base does not
    know after a country's possessive is one of the country's places, not a party
    (eval/actor_check_30.jsonl n 37, resolved as the country)."""
    if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    if base.lookup(token.text) is not None:
        return False  # "Syria's Assad", "Russia's Kremlin": an actor of the country
    owners = [c for c in token.children if c.dep_ in ("poss", "compound") and c.i < token.i and c.pos_ == "PROPN"]
    if len(owners) != 1 or owners[0].i != token.i - 1 - (1 if owners[0].dep_ == "poss" else 0):
        return False
    owner = owners[0]
    if owner.dep_ == "poss":
        name = owner.text if any(c.tag_ == "POS" for c in owner.children) else None
    else:
        name = owner.text[:-1] if owner.text.endswith("s") else None  # "Syrias": the copy lost the apostrophe
    entity = base.lookup(name) if name else None
    return entity is not None and entity.kind == "country"


def is_possessive_before_place(token: Token, base: ActorBase) -> bool:
    """"With Syrias largest city devastated", "Syria's north": a country's possessive (its
    apostrophe lost, or with "'s") that adjectives and a place noun of
    ``possessed_place_nouns`` follow owns the place; the parse left it a word of its own,
    but it names no party (eval/actor_check_44.jsonl n 58, "Syrias" resolved as the
    Syrian government)."""
    doc = token.doc
    following = token.i + 1
    if following < len(doc) and doc[following].tag_ == "POS":
        name = token.text
        following += 1
    elif token.tag_ == "NNP" and token.text.endswith("s") and not token.text.endswith(("ss", "'s", "’s")) and len(token.text) > 3:
        name = token.text[:-1]  # "Syrias": the copy lost the apostrophe
    else:
        return False
    entity = base.lookup(name)
    if entity is None or entity.kind != "country":
        return False
    while following < len(doc) and doc[following].pos_ == "ADJ":
        following += 1  # "largest", "northern"
    if following >= len(doc) or doc[following].pos_ != "NOUN" or doc[following].lemma_.lower() not in party_words().possessed_place_nouns:
        return False
    # the place noun ends the phrase: "Turkeys border guards" names guards, a party
    return following + 1 >= len(doc) or doc[following + 1].pos_ not in ("NOUN", "PROPN")


def is_byline_name(token: Token) -> bool:
    """"Posted on August 3 2016 by Jordan Dakamseh Toxic Gas Dropped ...", "By Jordan
    Smith": a capitalised name right after the "by" of a byline names who wrote the page,
    never a party, even where it is a country's name (eval/actor_check_44.jsonl n 32). The
    "by" is a byline's when a capitalised participle of ``byline_participles`` opens it,
    with only a date between ("killed in 2015 by Russian jets" is no byline), or when it
    opens the sentence as "By"."""
    doc = token.doc
    start, _ = party_bounds(token)
    first = min(start, token.i)
    if first == 0 or doc[first - 1].lower_ != "by" or not doc[first].text[:1].isupper():
        return False
    by = doc[first - 1]
    if by.text == "By" and by.is_sent_start:
        return doc[first].ent_type_ == "PERSON"
    i = by.i - 1
    while i >= 0 and (doc[i].ent_type_ in ("DATE", "TIME") or doc[i].like_num or doc[i].is_punct or doc[i].lower_ in ("on", "at")):
        i -= 1  # "on August 3 2016", "at 10:30"
    return i >= 0 and i < by.i - 1 and doc[i].text.istitle() and doc[i].lower_ in party_words().byline_participles


def _gives_the_means(node: Token, prep: Token, base: ActorBase) -> bool:
    """"support Assad with money and men", "supplied the rebels with weapons": in an event
    of giving (``giving_event_types``), "with" on a verb whose direct object is already a party says what the party is given or how, not
    a second recipient (eval/actor_check_18.jsonl n 68, "militiamen weapons money" resolved
    as a militia). A thing as the object ("signed a deal with Russia", "shared intelligence
    with Moscow") leaves "with" naming the partner."""
    if prep.lower_ != "with" or node.pos_ != "VERB":
        return False
    obj = next((c for c in node.children if c.dep_ == "dobj"), None)
    return obj is not None and (is_actor_like(obj, base) or named_part(obj, base) is not None or any(
        c.dep_ == "amod" and is_actor_like(c, base) for c in obj.children))  # "extremist organizations"


def _names_a_topic(node: Token, prep: Token) -> bool:
    """"an emergency U.N. Council meeting on Syria", "talks over Syria", "a resolution about
    the chemical attack": a preposition of subject matter on a noun for a meeting, a talk, a
    text or a vote says what it is about; who takes part is its subject or its owner, and
    the object of the preposition is no recipient. Only nouns (a verb's "on" may be a target:
    "fired on the town"), and only the listed nouns ("an attack on Syria" keeps its target)."""
    words = party_words()
    if node.pos_ not in ("NOUN", "PROPN") or prep.lower_ not in words.topic_prepositions:
        return False
    return node.lower_ in words.topic_nouns or node.lemma_.lower() in words.topic_nouns


def _date_is_the_object(prep: Token, obj: Token) -> bool:
    """"on Monday Syrian Observatory for Human Rights reported": the copy lost the comma
    after a date, and the model ran the date and the name of who reports into one object
    of "on". The date is what the preposition takes; the name after it (which
    ``party_bounds`` cuts from the date) is the subject of the finite verb that follows it
    and has no subject of its own, no recipient. "on Sunday worshippers leaving a church"
    keeps its recipient: no verb lacks a subject there."""
    doc = obj.doc
    first = prep.i + 1
    if first >= obj.i or not (doc[first].ent_type_ in _NOT_PARTY_ENTITIES or is_calendar_word(doc[first])):
        return False
    start, end = party_bounds(obj)
    if start <= first or end >= len(doc):
        return False
    verb = doc[end]  # the name is the subject of the finite verb right after it, which has none of its own
    # (a subject the model found far before the preposition, "3 Oct 2016 ... reported", is a misparse)
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in _SUBJECTS | {"nsubjpass"} and c.i > prep.i for c in verb.children)


_TARGET_PREPOSITIONS = frozenset({"at", "on", "upon", "into", "against", "targeting"})
# Nouns that place an attack rather than name what it hit.
_NOT_TARGETS = frozenset({"side", "border", "outskirts", "edge", "front", "frontline", "road", "way", "ground", "behalf", "basis", "time", "day", "night", "morning", "evening", "occasion", "part", "charge", "order", "top"})


def _is_target(obj: Token) -> bool:
    return obj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") and obj.lemma_.lower() not in _NOT_TARGETS and obj.pos_ in ("NOUN", "PROPN")


def purpose_object(node: Token) -> Token | None:
    """"an operation to defeat Daesh" → "Daesh" (the object of an infinitive purpose clause)."""
    for child in node.children:
        if child.dep_ in ("acl", "advcl", "relcl", "xcomp") and child.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in child.children
        ):
            obj = object_of(child)
            if obj is not None:
                return obj
    return None


def between_parties(node: Token) -> list[Token]:
    """"clashes between A and B" → [A, B]."""
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "among", "amongst"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                sides = [obj, *[c for c in obj.conjuncts if c.i > obj.i]]
                # "between Faylaq al-Rahman Jaysh al-Islam and ...": a comma lost between two names
                ran = [names_run_together(side, load_actor_base()) for side in sides]
                return [t for side, r in zip(sides, ran) for t in ([r[0]] if r is not None else []) + [side]]
    return []


# -- non-actors of general news (News Articles checks N1-N4) ------------------------------


def _date_after_comma(doc: Doc, i: int) -> bool:
    """A comma at ``i`` followed by a date ("MOSCOW, February 8. /TASS/.", "WASHINGTON, Jan 5
    (Reuters)"): the tail of an agency's dateline."""
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    after = doc[i + 1]
    return after.ent_type_ == "DATE" or after.lower_.rstrip(".") in party_words().calendar_words


def is_bound_prefix(token: Token, base: ActorBase) -> bool:
    """A word that only lives bound before a hyphen ("intra" of "The fifth round of the
    intra-Syrian talks began", "inter" of "an inter-Korean summit"): the model tags it with
    the demonym it is glued to, but it is a fragment of the adjective, no party (descriptions.yaml
    ``bound_prefixes``)."""
    doc = token.doc
    return (token.lower_ in base.cue("bound_prefixes") and not token.whitespace_ and token.i + 1 < len(doc)
            and doc[token.i + 1].text in ("-", "\u2013"))


def is_national_attribute(token: Token, base: ActorBase) -> bool:
    """A noun for what a country has rather than what it does ("Trump pledged to boost the
    U.S. economy", "Russia's GDP shrank"): a thing, so the country's name on it names no
    party, unlike a side's site ("Daesh positions"). Words: descriptions.yaml
    ``national_attribute_nouns``."""
    return token.pos_ == "NOUN" and bool(_noun_forms(token) & base.cue("national_attribute_nouns"))


def is_field_label(token: Token, base: ActorBase) -> bool:
    """A common word in capitals right before a colon is a label of a table or a fact box
    ("TARGET: One civilian killed ... ATTACKER: Yasin Salhi"): the field's name, not a party
    (the value after the colon may be one). A name the actor base knows ("ISIS: ...",
    a headline's speaker) stays."""
    doc = token.doc
    if not (token.is_upper and token.is_alpha and len(token.text) > 2) or token.i + 1 >= len(doc) or doc[token.i + 1].text != ":":
        return False
    return base.lookup(token.text) is None and base.lookup(token.text.title()) is None


def is_caption_credit(token: Token, base: ActorBase) -> bool:
    """A name after "to" of a bare participle of giving that opens a credit line ("Provided
    to China Daily", "Photo supplied to Reuters"): a picture's credit run into the story,
    naming the outlet the picture was given to, not a party. The participle is capitalised
    or follows a picture word (parties.yaml ``page_words``, ``credit_words``); a clause with
    its own subject or auxiliary ("the documents were provided to the BBC") or a participle
    inside a phrase ("weapons provided to Syria") keeps its recipient."""
    prep = token.head
    if token.dep_ != "pobj" or token.pos_ != "PROPN" or prep.lower_ != "to" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in base.cue("caption_credit_verbs"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    start, end = party_bounds(token)
    if any(t.ent_type_ == "PERSON" for t in token.doc[start:end]):
        return False  # "Provided to China Daily  Mao Donghui, executive director ... explains": a person run into it
    words = party_words()
    before = token.doc[verb.i - 1] if verb.i > 0 else None
    return verb.text[:1].isupper() or before is not None and before.lower_ in words.page_words | words.credit_words


def is_topic_under_an_owner(word: Token, head: Token, base: ActorBase) -> bool:
    """A country's name between an owner and an event noun ("the Senate Intelligence Committee
    hosts its first public hearing in its Russia investigation", "Mueller's Russia probe")
    says what the event is about: the owner is its doer, the country no party."""
    if word.dep_ != "compound" or word.head != head or word.pos_ != "PROPN":
        return False
    if not any(c.dep_ == "poss" and c.i < word.i for c in head.children):
        return False
    entity = base.lookup(word.text)
    return entity is not None and entity.kind == "country" or word.ent_type_ == "GPE"



_DASHES = ("-", "--", "–", "—")


def is_titled_dateline(token: Token, base: ActorBase) -> bool:
    """A place in title case that opens a sentence as a dateline, before a spaced dash:
    "Dhaka, Bangladesh - The United Nations has criticised ..." (a town, a comma and its
    country) or "Kabul (Reuters) - Taliban fighters ..." (an agency in brackets). Where the
    story was filed, never a side (News Articles check N13 n 19: Dhaka read as the government
    of Bangladesh); the capitals' form is ``is_dateline_place``. Both words of "Dhaka,
    Bangladesh" are the dateline. A country's name alone before a dash ("Syria - Chlorine Gas
    Attack") is a headline's label, read elsewhere; "Russia - Turkey talks" has no comma."""
    doc = token.doc
    sent = token.sent
    words = [t for t in doc[sent.start:min(sent.end, sent.start + 12)]]
    dash = next((t.i for t in words if t.text in _DASHES and t.whitespace_ and t.i > sent.start), None)
    if dash is None or not sent.start <= token.i < dash or dash + 1 >= len(doc) or not doc[dash + 1].text[:1].isupper():
        return False
    line = doc[sent.start:dash]
    if any(t.is_alpha and not t.text[:1].isupper() for t in line):
        return False  # "Russia said - in a statement - that ...": a clause, no dateline
    if doc[dash - 1].text == ")":
        opening = next((t.i for t in line if t.text == "("), None)
        if opening is None or opening <= sent.start or token.i >= opening:
            return False
        place = doc[sent.start:opening].text
        return _a_place_name(place, doc[sent.start:opening], base)
    comma = next((t.i for t in line if t.text == ","), None)
    if comma is None or comma <= sent.start or comma + 1 >= dash:
        return False
    town, country = doc[sent.start:comma], doc[comma + 1:dash]
    return _a_place_name(town.text, town, base) and base.country_of(country.text) is not None \
        and base.lookup(country.text) is not None and base.lookup(country.text).kind == "country"


def _a_place_name(text: str, words: Span, base: ActorBase) -> bool:
    """A name of a town or a country: tagged a place, or a seat or a country the base knows."""
    return bool(text) and (all(t.ent_type_ in ("GPE", "LOC") for t in words if t.is_alpha)
                           or base.is_seat(text) or base.country_of(text) is not None)


def story_subject_after_dateline(token: Token, base: ActorBase) -> Token | None:
    """The subject of a story whose dateline the parse took as the subject ("Dhaka,
    Bangladesh - The United Nations has criticised ...": "Nations" hangs on "Dhaka" as an
    apposition after the dash). None where there is no such apposition."""
    if not is_titled_dateline(token, base):
        return None
    doc, sent = token.doc, token.sent
    dash = next(t.i for t in doc[sent.start:sent.end] if t.text in _DASHES and t.whitespace_ and t.i > sent.start)
    return next((c for c in token.subtree if c.dep_ in ("appos", "conj") and c.i > dash and c.head.i < dash), None)


def is_platform_medium(token: Token, base: ActorBase) -> bool:
    """A social platform after a preposition of means ("complaining on Twitter that the show
    is unwatchable", "announced via Facebook"): the medium a person speaks through, not a
    party (News Articles check N16 n 76: Twitter coded as the US government). Platforms:
    descriptions.yaml ``social_platforms``; prepositions ``medium_prepositions``. The platform
    as a subject or an object ("Twitter suspended the account", "sued Facebook") stays."""
    if token.dep_ != "pobj" or name_key(token.text) not in base.cue("social_platforms"):
        return False
    return token.head.lower_ in base.cue("medium_prepositions")


def is_animal(token: Token, base: ActorBase) -> bool:
    """An animal or a germ, lowercase (descriptions.yaml ``animal_nouns``), is never a party:
    "the lion 'passenger'" of a film trailer, "a dozen dangerous families of bacteria" (News
    Articles checks N15 n 86, N16 n 84: coded civilians). Also a person noun or a collective
    noun (``animal_collective_nouns``: "families", "flock") that an animal word names: the
    animal in apposition ("the lion 'passenger'"), the kind after "of" ("families of
    bacteria"), as a count with "of" is its kind. Capitalised words ("the Lions", "Tamil
    Tigers") are names; "owners of dogs" and "animal activists" are people."""
    animals = base.cue("animal_nouns")

    def animal(word: Token) -> bool:
        return word.is_lower and word.pos_ == "NOUN" and (word.lower_ in animals or word.lemma_.lower() in animals)

    if any(c.dep_ == "compound" and name_key(c.lemma_) in base.sectors for c in token.children):
        return False  # "a police dog", "army dogs": a force's animal acts for the force, as its equipment does
    if animal(token):
        return True
    if token.dep_ == "appos" and animal(token.head):
        return True  # 'the lion "passenger"'
    if name_key(token.lemma_) not in base.cue("animal_collective_nouns") and name_key(token.text) not in base.cue("animal_collective_nouns"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and animal(o) for o in c.children) for c in token.children)


# --- Round 44 (helper h61): things traded, a state's sea or grounds, counts of sides, topics ---

def is_traded_thing(token: Token, base: ActorBase) -> bool:
    """Equipment or goods that a verb or a noun of trade takes as its object ("NATO members
    agreed to buy planes and submarines jointly", "the jets were sold to Riyadh", "the
    purchase of 36 fighter jets"): what changes hands is a thing (ACTORS.md, equipment),
    whoever will own it; the buyer and the seller are the parties (parties.yaml
    ``trade_verbs``, ``trade_nouns``, ``traded_goods``). A conjunct shares the object's role
    ("planes and submarines")."""
    if token.pos_ != "NOUN" or not (is_equipment(token) or _noun_forms(token) & (
            party_words().traded_goods | base.cue("machine_nouns"))):
        return False
    words, head = party_words(), token
    while head.dep_ == "conj" and head.head.pos_ == "NOUN":
        head = head.head
    if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
        return head.head.lemma_.lower() in words.trade_verbs
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in words.trade_nouns)


def is_state_feature(token: Token, base: ActorBase) -> bool:
    """A feature of land or water, or the grounds of a seat, that a country's or a seat's
    name qualifies ("fired missiles into the Sea of Japan", "the Korean Peninsula", "his
    visit to the White House grounds", "Chinese waters"): where something happens, never
    the state (parties.yaml ``feature_nouns``). A side's own site ("a Hamas compound")
    is not touched: only a country, a people's adjective or a seat of power names it."""
    if token.pos_ not in ("NOUN", "PROPN") or not _noun_forms(token) & party_words().feature_nouns:
        return False
    doc = token.doc
    for child in token.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < token.i:
            words = [t for t in doc[child.left_edge.i:child.i + 1] if t.dep_ not in ("det", "case")]
            if words and base.country_of(" ".join(t.text for t in words)) is not None:
                return True  # "the White House grounds", "Japan's coast", "Chinese waters"
        if child.dep_ == "prep" and child.lower_ == "of":
            names = [c for c in child.children if c.dep_ == "pobj"]
            if names and base.country_of(doc[names[0].left_edge.i:names[0].i + 1].text.removeprefix("the ")) is not None:
                return True  # "the Sea of Japan", "the Gulf of Oman" stays a name the gazetteer may not know
    return False


def is_count_of_sides(token: Token) -> bool:
    """A number joined by a hyphen to a word for sides, before a noun ("the six-party talks",
    "a four-nation tour", "the two-state solution"): how many take part, not a party
    (parties.yaml ``side_count_nouns``)."""
    doc = token.doc
    if token.lower_ not in party_words().side_count_nouns or token.i < 2 or doc[token.i - 1].text != "-":
        return False
    number = doc[token.i - 2]
    return number.like_num and not doc[token.i - 2].whitespace_ and token.head.pos_ in ("NOUN", "PROPN") and (
        token.head.i > token.i)


def is_discussed_topic(token: Token) -> bool:
    """A country's or a place's name that is the passive subject of a verb of talking about
    ("Syria, Yemen and Ukraine will be discussed", "Ukraine was debated"), or a conjunct of
    a topic object ("to discuss Syria and Yemen"): what the talk is about, as an object of
    the same verb is (``is_topic_object``), no party."""
    head = token
    while head.dep_ == "conj":
        head = head.head
    if token.pos_ != "PROPN" or head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "LOC"):
        return False  # a conjunct goes with the first name ("Iraq, Libya and Mali": "Mali" tagged a person)
    if head.dep_ not in ("nsubjpass", "dobj") or head is token and head.dep_ == "dobj":
        return False
    return head.head.lemma_.lower() in party_words().topic_verbs


def has_email_address(token: Token) -> bool:
    """A phrase with an e-mail address in it ("wangxiaodong@example.com (China Daily)"): a
    reporter's sign-off line, who wrote the page, never a party of the news."""
    start, end = party_bounds(token)
    doc = token.doc
    return any(t.like_email or "@" in t.text and "." in t.text for t in doc[max(0, start - 1):end])


# --- Things and places that look like parties: money, places of an act, nature's patients, seats visited, titled towns ---

def is_sum_of_money(token: Token, base: ActorBase) -> bool:
    """A bare "millions" or "billions" that a verb of money takes ("The foundation is investing
    millions in fighting malaria", "the firm raised billions"), or that a currency sign or
    word stands beside ("$ millions"): a sum, never people (descriptions.yaml ``money_verbs``).
    "millions of refugees" counts the kind after "of", and "Millions fled" are people."""
    if token.pos_ not in ("NOUN", "NUM") or not _noun_forms(token) & base.cue("sum_nouns"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "millions of Syrians": the kind after "of"
    doc = token.doc
    if any(t.text in ("$", "€", "£", "¥") or t.lower_ in base.cue("currency_words")
           for t in doc[max(token.i - 2, token.sent.start):min(token.i + 3, token.sent.end)]):
        return True  # "$ 2 billions", "billions of euros" (a currency word beside it)
    head = token
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in base.cue("money_verbs")


def is_place_of_an_act(token: Token, base: ActorBase) -> bool:
    """A country's or a capital's name after "from" on a verb of running or putting out
    something ("Dundar launched a news website from Germany", "the channel broadcasts from
    London", "rockets launched from Lebanon"): where the doer does it, not a party that
    acts or suffers (descriptions.yaml ``acting_from_verbs``). "aid from Germany", "a letter
    from Paris" hang on a noun and a verb of receiving or asking is not one of them: those
    senders stay."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("GPE", "LOC") or token.dep_ != "pobj":
        return False
    start, end = party_bounds(token)
    name = token.doc[start:end].text.removeprefix("the ")
    if base.country_of(name) is None and not base.is_seat(name):
        return False
    prep = token.head
    return (prep.lower_ == "from" and prep.dep_ == "prep" and prep.head.pos_ == "VERB"
            and prep.head.lemma_.lower() in base.cue("acting_from_verbs"))


def is_struck_by_nature(token: Token, base: ActorBase) -> bool:
    """A country or a place that a storm, a quake or a flood strikes ("Hurricane Matthew,
    which struck the Caribbean and the US", "a quake hit Italy", "Italy was hit by an
    earthquake"): where nature did harm, no party that a side attacked (descriptions.yaml
    ``disaster_nouns``). Its people, when named ("killing thousands"), stay."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("GPE", "LOC"):
        return False
    head = token
    while head.dep_ == "conj":
        head = head.head
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ == "VERB":
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(d.tag_ in ("WDT", "WP") for d in doers):
            doers = [verb.head]  # "Hurricane Matthew, which struck ...": the relative's noun
    elif head.dep_ == "nsubjpass":
        doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        return False
    disasters = base.cue("disaster_nouns")
    return any(_noun_forms(d) & disasters or any(c.dep_ == "compound" and c.lower_ in disasters for c in d.children)
               for d in doers)


def is_seat_visited(token: Token, base: ActorBase) -> bool:
    """A seat of power after "to" of a verb of going, bringing or inviting ("Merkel invited
    the actor to the Chancellery", "welcomed him to the White House", "his trip to the
    Kremlin"): the building one comes to, a place, as a capital one visits is
    (descriptions.yaml ``travel_words``, ``inviting_verbs``). The seat that says or decides
    ("the Kremlin said") stays its government."""
    if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in ("to", "into", "inside"):
        return False
    start, end = party_bounds(token)
    name = token.doc[start:end].text
    if not (base.is_seat(name) or base.is_seat(name.removeprefix("the "))):
        return False
    governor = token.head.head
    return name_key(governor.lemma_) in base.cue("travel_words") | base.cue("inviting_verbs")


def is_titled_town(token: Token, base: ActorBase) -> bool:
    """A name whose first word is a title that also opens place names ("Sheikh Zuweid",
    "Sidi Bouzid", "Ras al-Ain", "San Bernardino"), in a list with a place or after a
    preposition or a verb of going or leaving, that the gazetteer knows as a town: the
    place, not a cleric or a saint (descriptions.yaml ``place_opening_titles``). "Sheikh
    Tamim said" or a name the actor base knows keeps its reading."""
    from polybius.resolve.gazetteer import load_gazetteer

    if token.pos_ != "PROPN":
        return False
    start, end = party_bounds(token)
    doc = token.doc
    if end - start < 2 or name_key(doc[start].text) not in base.cue("place_opening_titles") or token.i != end - 1:
        return False
    name = doc[start:end].text
    if base.lookup(name) is not None:
        return False
    head = token
    while head.dep_ == "conj":
        head = head.head
    framed = head is not token and head.ent_type_ in ("GPE", "LOC", "FAC")
    framed = framed or head.dep_ == "pobj" and head.head.lower_ in ("in", "from", "to", "into", "near", "around", "outside")
    framed = framed or head.dep_ == "dobj" and name_key(head.head.lemma_) in base.cue("crossing_verbs") | base.cue("travel_words")
    if not framed:
        return False
    towns = ("city", "town", "village", "neighbourhood", "admin1", "admin2", "district")
    return any(p.feature in towns for p in load_gazetteer().candidates(name))


def is_field_system(token: Token, base: ActorBase) -> bool:
    """A system of a field ("China's financial system", "the US health care system", "the
    Russian banking system"): what a country has, the topic of talk, no party, as its economy
    is (descriptions.yaml ``system_fields``). A weapon system ("air defence systems") is
    equipment and is not touched."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "system":
        return False
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in base.cue("system_fields") for c in token.children)


def is_goods_ordered_from(token: Token, base: ActorBase) -> bool:
    """Equipment or goods that a buyer orders from a seller ("Chinese airlines have ordered
    dozens of planes worth $7.4 billion from Boeing", "the navy ordered two frigates from a
    French yard"): what changes hands, a thing, as with the verbs of trade (``is_traded_thing``;
    "order" alone is left out there: "ordered troops to withdraw"). The "from" of a seller or a
    price makes the order a purchase; a count of goods ("dozens of planes") is its object."""
    if token.pos_ != "NOUN" or not (is_equipment(token) or _noun_forms(token) & (
            party_words().traded_goods | base.cue("machine_nouns"))):
        return False
    head = token
    while head.dep_ == "conj" and head.head.pos_ == "NOUN":
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj":
        head = head.head.head  # "dozens of planes": the count is the object
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() != "order":
        return False
    if any(t.lower_ == "worth" or t.text in ("$", "€", "£") for t in head.subtree):
        return True  # "dozens of planes worth $7.4 billion": a price makes the order a purchase
    return any(t.dep_ == "prep" and t.lower_ == "from" for t in verb.subtree)  # "from Boeing": a seller


def is_thing_not_party(token: Token, base: ActorBase) -> bool:
    """Things and places that look like parties: a sum of money, a place where an act is done from, a place
    nature strikes, a seat one goes to, a town whose name opens with a title, a field's system,
    goods ordered from a seller."""
    return (is_sum_of_money(token, base) or is_place_of_an_act(token, base) or is_struck_by_nature(token, base)
            or is_seat_visited(token, base) or is_titled_town(token, base) or is_field_system(token, base) or is_goods_ordered_from(token, base))
