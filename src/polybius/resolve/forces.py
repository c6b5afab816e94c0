"""Which of a state's arms a word means when the word itself does not say: "officers" are the
police in a story about the police and the military in a story about an army, and a state
word is its military only where the story is about arms at all.

Plain functions over the parsed article and the actor base, called from
``MentionResolver.party`` (mentions.py) and ``StateWordRules.forces_at_war`` (state_words.py);
the word lists live in descriptions.yaml (officer_police_words, officer_army_words,
story_arms_sectors).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from polybius.resolve.actors import ActorBase
from polybius.resolve.names import name_key

# The head nouns whose sector the story decides; sectors.tsv gives the bare word MIL.
_OFFICER_LEMMAS = frozenset({"officer"})


def _keys_at(doc: Doc, i: int) -> set[str]:
    """The word at ``i`` as a name key, alone and with the next word ("law enforcement")."""
    keys = {name_key(doc[i].lemma_), name_key(doc[i].text)}
    if i + 1 < len(doc):
        keys.add(f"{name_key(doc[i].text)} {name_key(doc[i + 1].text)}")
    return keys


def _force_word_sector(doc: Doc, i: int, base: ActorBase) -> str | None:
    """COP when the word at ``i`` names the police ("police", "sheriff", "law enforcement"), MIL
    when it names an army ("army", "troops", "fleet"); None otherwise."""
    keys = _keys_at(doc, i)
    if keys & base.cue("officer_police_words"):
        return "COP"
    if keys & base.cue("officer_army_words"):
        return "MIL"
    return None


def is_bare_officer(head: Token, start: int, end: int, fields: dict[str, Any], base: ActorBase) -> bool:
    """Whether the phrase is an "officer" noun whose only sector word is "officer" itself, with
    no body after it ("the officers", "two officers", "trained officers"): sectors.tsv reads the
    word as MIL, but news uses it for policemen as often as for soldiers ("Two officers were
    wounded when the suspect opened fire, the police chief said"). "Army officers" and "police
    officers" are sectors.tsv phrases of their own; "Russian officers", "their officers" and
    "officers of the Northern Fleet" say whose they are. A force word the base does not join to
    the noun ("law enforcement officers") is the nearest word ``officers_sector`` reads."""
    if head.pos_ != "NOUN" or name_key(head.lemma_) not in _OFFICER_LEMMAS or fields.get("sector") != "MIL" \
            or fields.get("entity_id") or fields.get("country"):
        return False
    doc = head.doc
    if any(t.dep_ == "poss" for t in doc[start:end] if t.i != head.i):
        return False  # "Russia's officers", "their officers": the owner decides, not the story
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "from", "with") for c in head.rights)


def officers_sector(head: Token, base: ActorBase) -> str | None:
    """The sector of bare "officers": that of the police or army word nearest in the sentence
    ("Police Commissioner Mark Rowley said officers would investigate": COP), else the one the
    article names more often (a story of a shooting in which "police" recurs: COP; a story about
    a fleet or an army: MIL; an even count keeps MIL, the word's sector), else None: "officers"
    of a story that names no force ("the company's officers") are of no force at all."""
    doc = head.doc
    sentence = head.sent
    near: list[tuple[int, str]] = []
    for i in range(sentence.start, sentence.end):
        if i == head.i:
            continue
        found = _force_word_sector(doc, i, base)
        if found is not None:
            near.append((abs(i - head.i), found))
    if near:
        return min(near)[1]
    counts = {"COP": 0, "MIL": 0}
    for i in range(len(doc)):
        found = _force_word_sector(doc, i, base)
        if found is not None:
            counts[found] += 1
    if counts["COP"] > counts["MIL"]:
        return "COP"
    if counts["MIL"]:
        return "MIL"
    return None


def shared_rank_sector(head: Token, start: int, end: int, fields: dict[str, Any], base: ActorBase) -> str | None:
    """The sector of a person titled by a rank that police forces share with armies
    (descriptions.yaml shared_ranks: "Sergeant Maurice McCabe", "Lieutenant Joe Kenda"):
    sectors.tsv reads the rank as MIL, but in a story of the police the sergeant is a
    policeman (News Articles check N5 n 67: an Irish garda sergeant read as the military).
    The nearest force word decides, as for bare "officers" (``officers_sector``); where the
    story names no force, a team's "captain" in a sentence of sport is a sportsman (CVL; check
    N4 n 39). None when the phrase is no such person or names a body of its own ("Army
    Sergeant Bowe Bergdahl")."""
    if head.ent_type_ != "PERSON" or fields.get("sector") != "MIL" or fields.get("entity_id"):
        return None
    doc = head.doc
    ranks = [t for t in doc[start:head.i] if name_key(t.text) in base.cue("shared_ranks")]
    if not ranks or not all(t.text[:1].isupper() for t in doc[ranks[-1].i + 1:head.i + 1]):
        return None
    before = doc[start:ranks[-1].i]
    if any(_force_word_sector(doc, t.i, base) or name_key(t.text) in base.adjectives for t in before):
        return None  # "Army Sergeant", "Syrian Lieutenant": the phrase says whose rank
    found = officers_sector(head, base)
    if found is None and name_key(ranks[-1].text) in base.cue("team_ranks") \
            and any(name_key(t.lemma_) in base.cue("sport_words") for t in head.sent):
        return "CVL"  # "England captain Joe Root" in a story of a match: a sportsman (sectors.tsv: people of sport)
    return found


def story_at_arms(doc: Doc, deed: Token, base: ActorBase) -> bool:
    """Whether the article names any armed actor or act of arms apart from the deed: a force,
    fighters, rebels, militants, police (a sectors.tsv word of a sector in descriptions.yaml
    story_arms_sectors) or an armed body the base knows ("the Nusra Front"), or bombing, shelling,
    fighting, killing (military_nouns, attack_nouns, military_verbs, fighting_verbs, harm_verbs).
    The event coder reads "eliminating financial risks", "a campaign to upgrade its
    manufacturing sector" or "multinational overseas operations" as acts of war; in a story that
    names no armed people at all, a state that does them is its government, not its forces."""
    spans = _arms_in_the_story(doc, base)
    return any(not start <= deed.i < end for start, end in spans)


_ARMS_KEY = "polybius_arms_in_the_story"


def _arms_in_the_story(doc: Doc, base: ActorBase) -> list[tuple[int, int]]:
    """The token ranges of the article's armed bodies, armed people and acts of arms, found
    once per document (``doc.user_data``): ``story_at_arms`` asks for every state word at war."""
    if _ARMS_KEY in doc.user_data:
        return doc.user_data[_ARMS_KEY]
    wanted = base.cue("story_arms_sectors")
    # acts of arms ("Heavy bombing of Aleppo went on"), less words of trade and labour too
    # ("operations", "a general strike": descriptions.yaml story_arms_ambiguous)
    acts = (base.cue("military_nouns") | base.cue("attack_nouns") | base.cue("military_verbs") | base.cue("fighting_verbs")
            | base.cue("harm_verbs")) - base.cue("story_arms_ambiguous")
    found: list[tuple[int, int]] = []
    for ent in doc.ents:  # "the Nusra Front and its allies": an armed body the base knows
        entity = base.lookup(ent.text)
        if entity is not None and entity.sector and name_key(entity.sector) in wanted:
            found.append((ent.start, ent.end))
    for token in doc:
        if token.pos_ in ("NOUN", "VERB") and {name_key(token.lemma_), name_key(token.text)} & acts:
            found.append((token.i, token.i + 1))
            continue
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or name_key(token.text) in base.cue("story_arms_ambiguous"):
            continue
        for key in (name_key(token.lemma_), name_key(token.text)):
            term = base.sectors.get(key)
            if term is not None and name_key(term.sector) in wanted:
                found.append((token.i, token.i + 1))
                break
    doc.user_data[_ARMS_KEY] = found
    return found


def officer_fields(sector: str | None, base: ActorBase) -> dict[str, Any]:
    """The fields of bare "officers" of ``sector``, as sectors.tsv gives a bare sector word (the
    story's country is added later, as for "police"); none for no sector."""
    if sector is None:
        return {}
    term = base.sectors.get("police" if sector == "COP" else "officer")
    return {"country": None, "sector": sector, "acled_inter": term.acled_inter if term else 1, "cameo_code": sector}


def bombers_on_the_ground(head: Token, fields: dict[str, Any], base: ActorBase) -> bool:
    """Whether plural "bombers" (sectors.tsv: the aircraft) are people who set off bombs: their
    sentence names blasts or explosives ("bombers killed 30 people in twin blasts in Kabul",
    "the bombers detonated their vests") and nothing of the air ("bombers struck in an air
    raid"). Such bombers are armed men, as a "suicide bomber" is, not the setting's air force
    (News Articles check N1 n 90: Kabul bombers read as the Afghan security forces)."""
    if head.pos_ != "NOUN" or name_key(head.lemma_) != "bomber" or head.tag_ != "NNS" \
            or fields.get("sector") != "MIL" or fields.get("entity_id") or fields.get("country"):
        return False
    if any(name_key(t.text) in base.cue("aircraft_words") for t in head.subtree if t.i != head.i):
        return False  # "B-52 bombers", "Russian strategic bombers"
    words = {name_key(t.lemma_) for t in head.sent} | {name_key(t.text) for t in head.sent}
    return bool(words & base.cue("ground_blast_words")) and not words & base.cue("bomber_air_words")


def ground_bomber_fields(base: ActorBase) -> dict[str, Any]:
    """The fields of people who bomb on the ground: those of "suicide bomber" in sectors.tsv (UAF)."""
    term = base.sectors.get("suicide bomber")
    return {"country": None, "sector": term.sector if term else "UAF", "acled_inter": term.acled_inter if term else 3,
            "cameo_code": term.cameo if term else "UAF"}
