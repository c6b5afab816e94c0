"""Actor mentions in their article: names, pronouns, definite descriptions, people
introduced by role.

One ``MentionResolver`` reads one document. It remembers every actor the article has
named so far, so that "it" after "The Lebanese army said", "the group" in a story about
Islamic State, or "General Ali Kanso" after "a Lebanese army spokesman" resolve to what
a reader would take them for — and stay unresolved when nothing fits.

Pronouns and antecedents ("it", "they", "he", "we", "others", the speaker) are read by
``polybius.resolve.pronouns.PronounResolution``, which ``MentionResolver`` inherits.
Whether a state word acting in a sentence ("Russia has been carrying out airstrikes",
"government siege", "regime forces") is its military or its government is decided by
``polybius.resolve.state_words.StateWordRules``, which it inherits too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

from polybius.code.arguments import PRONOUNS, countries_run_together, party_bounds, party_words, subject_of
from polybius.code.knowledge import Cues
from polybius.model import Party
from polybius.resolve.actors import (
    ActorBase,
    Entity,
    _a_member_of_a_bloc,
    _entity_fields,
    _longest_named_span,
    _national_phrase,
    _says_pro_government,
    says_allied,
    says_unidentified,
    in_country,
    is_local_body,
    is_regional_government,
    regional_government_body,
    resolve_words,
    sector_name,
    state_of_a_title,
)
from polybius.resolve.geocode import in_a_ban_note
from polybius.resolve.names import name_key
from polybius.resolve.pronouns import (
    _ARMED_SECTORS,
    _BARE_FORCES,
    _DOMESTIC,
    _FIELDS,
    _FIRST_PERSON,
    _NOT_PEOPLE,
    _OTHERS,
    _PLURAL,
    _STATE_SECTORS,
    PronounResolution,
    _apply,
)
from polybius.resolve.claims import ClaimRules
from polybius.resolve.forces import (bombers_on_the_ground, ground_bomber_fields, is_bare_officer, officer_fields,
                                     officers_sector, shared_rank_sector)
from polybius.resolve.state_words import StateWordRules

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "any", "every", "each", "another", "no"})
_NAME_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# Nouns that name a body of people: a definite one refers back to an earlier actor.
_GROUP_KINDS = frozenset({"armed_group", "party"})
# Bodies that are groups but bear no arms: "the monitoring group", "the charity".
_CIVIL_KINDS = frozenset({"ngo"})
_GROUP_NOUNS = frozenset({"group", "organization", "organisation", "movement", "faction", "charity", "alliance"})
_ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "commander", "general", "minister", "officer", "source", "envoy", "ambassador", "chief", "head", "leader"})
_ROLE_WINDOW = 3  # sentences
# Nouns that name a party only by whose side it is on: "its allies", "his Iranian backers".
_ALLY_NOUNS = frozenset({"ally", "allies", "backer", "patron", "sponsor"})
# "its members", "their fighters": the people of the group the possessive stands for
_MEMBER_NOUNS = frozenset({"member", "fighter", "militant"})
# "backed by tanks", "supported by warplanes": the support belongs to the party it backs
_BACKING_VERBS = frozenset({"back", "support", "cover", "accompany", "escort", "assist", "aid", "reinforce"})
# Kinds of organisation a "the <demonym> group" may point back to.
_NAMED_GROUP_KINDS = frozenset({"armed_group", "party", "ngo"})
# Modifiers that leave a noun bare: "other volunteers", "several rescuers".
_OTHERS_WORDS = frozenset({"other", "several", "many", "more", "few", "some", "remaining"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# the small words a spelt-out name may hold that its acronym skips ("Islamic State of Iraq and the Levant")
_NAME_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "al", "el"})


@lru_cache(maxsize=1024)
def _initials_pattern(letters: str) -> re.Pattern[str]:
    """Capitalised words with these initials in a row, small linking words allowed between
    them and a hyphen inside a word counting twice ("Self-Defense Forces" for SDF)."""
    link = r"(?:\s+(?:of|and|for|the|&))*(?:\s+|-)"
    return re.compile(r"\b" + link.join(rf"{letter}[\w']*" for letter in letters) + r"\b")
_ASKING = frozenset({"whose", "which", "what"})  # determiners that ask whose a noun is
# Prepositions that put a name on the map: what follows them is where, not who.
_PLACE_PREPOSITIONS = frozenset({"near", "outside", "into", "towards", "toward", "around", "inside", "across"})


@dataclass(slots=True)
class _Known:
    """An actor the article has named: where, and what it resolved to."""

    token: int
    sentence: int
    fields: dict[str, Any]
    kind: str | None
    surname: str | None = None
    role_noun: bool = False
    key: str = ""
    head_lemma: str = ""
    plural: bool = False


@dataclass(slots=True)
class MentionResolver(PronounResolution, StateWordRules, ClaimRules):
    base: ActorBase
    cues: Cues
    doc: Doc
    text: str  # the article text
    offset: int  # where the document starts in it
    published: str | None
    by_token: dict[int, _Known] = field(default_factory=dict)
    _ordered: list[_Known] | None = None
    _pending: bool = True
    entities: list[Span] = field(default_factory=list)
    sentence_start: list[int] = field(default_factory=list)
    setting: str | None = None  # the country the story happens in (ArticlePlaces.setting); None when unknown
    _local: list[Party] = field(default_factory=list)  # parties whose country is only the story's
    _countries: set[str] | None = None
    _origins: dict[str, bool] = field(default_factory=dict)  # place → named only as where people come from
    _positions: dict[str, list[int]] | None = None  # token text → its indexes in the document
    _parliaments: set[str] | None = None  # the countries of the legislatures the article speaks of
    named_counts: dict[str, int] = field(default_factory=dict)  # ISO3 → the article's words of it (ArticlePlaces.countries)
    _spelt_out: dict[str, list[tuple[str, bool]]] | None = None  # initials → the article's names of them, bracketed after?

    def __post_init__(self) -> None:
        # Token.sent walks the document each time: map tokens to their sentence once
        self.sentence_start = [0] * len(self.doc)
        for sentence in self.doc.sents:
            self.sentence_start[sentence.start: sentence.end] = [sentence.start] * (sentence.end - sentence.start)
        self.entities = list(self.doc.ents)
        if self.setting is not None and self._named_only_in_legal_notes(self.setting):
            self.setting = None  # "Jabhat Fatah al Sham (banned in Russia)": Russia's law, not where it happens
        if self.setting is None:
            self.setting = self._sole_named_country()
        if self.setting is None:
            self.setting = self._country_of_the_articles_state()
        self._pending = True  # the article's names are read when a pronoun or description first needs them

    def _read_names(self) -> None:
        """Remember every actor the article names (spaCy's names, and descriptions built
        on a demonym: "a Lebanese army spokesman")."""
        self._pending = False
        for ent in self.entities:
            if ent.label_ not in _NAME_ENTITIES:
                continue
            root = self._name_root(ent)
            if root is None:
                continue
            if root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN":
                head = root.head
                while head.dep_ == "compound" and head.head.pos_ == "NOUN":
                    head = head.head
                start, end = party_bounds(head)
            else:
                head, start, end = root, ent.start, ent.end
            if head.i not in self.by_token:  # what the coder resolved itself stays
                self._remember(head, start, end)

    def _sides_of_a_conflict(self, head: Token) -> bool:
        """Is the noun "parties" (or "party") that a word of descriptions.yaml ``conflict_party_words``
        makes the sides of a conflict ("all parties", "the warring parties", "both parties")?"""
        return head.pos_ == "NOUN" and name_key(head.lemma_) == "party" and any(
            c.dep_ in ("det", "predet", "amod", "nummod") and name_key(c.text) in self.base.cue("conflict_party_words")
            for c in head.children)

    def _a_civil_pilot(self, head: Token, fields: dict[str, Any], sentence: Span) -> bool:
        """Is a pilot that sectors.tsv reads as a force's airman flying in a sentence of civil
        flying (descriptions.yaml ``civil_flying_words``: stunts, air shows, airlines)? "Flight
        trials indicated the pilot could have pulled out of the stunt" (News Articles check N8 n
        51: the Shoreham airshow pilot read as Italy's military). A civil pilot is a civilian."""
        if head.pos_ != "NOUN" or name_key(head.lemma_) != "pilot" or fields.get("sector") != "MIL":
            return False
        for child in (c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")):
            term = self.base.sectors.get(name_key(child.text))
            if term is not None and term.sector in _ARMED_SECTORS or name_key(child.text) in self.base.cue("machine_nouns"):
                return False  # "a fighter pilot", "the army pilot": a force's airman, whatever the sentence
        words = {name_key(t.text) for t in sentence} | {name_key(f"{t.text} {t.nbor().text}") for t in sentence if t.i + 1 < len(t.doc)}
        return bool(words & self.base.cue("civil_flying_words"))

    def _sides_of_a_deal(self, head: Token, sentence: Span) -> bool:
        """Is a bare plural "parties" the sides of talks, a deal, a contract or a conflict
        (descriptions.yaml ``deal_party_words`` in its sentence) in an article that names no
        political party? "The company is in talks with some parties to finalize investment
        terms", "the resolutions called on the parties to work towards a political solution",
        "the parties will discuss bilateral relations" (News Articles checks N13 n 94, N15 n 2,
        N16 n 88: read as political parties). A party word says otherwise ("opposition parties",
        "the two main parties"), and so does a party the article names ("the DUP and Sinn Fein
        ... the parties agreed"): then the other rules decide."""
        if head.pos_ != "NOUN" or head.lower_ != "parties":
            return False
        if any(c.dep_ in ("amod", "compound", "poss", "nmod", "appos") and name_key(c.text) not in self.base.cue("deal_party_modifiers")
               for c in head.children):
            return False
        words = {name_key(t.lemma_) for t in sentence} | {name_key(t.text) for t in sentence}
        if not words & self.base.cue("deal_party_words") or words & self.base.cue("party_politics_words"):
            return False
        return not any(known.kind == "party" or known.fields.get("sector") == "PTY" for known in self.known)

    def _name_root(self, ent: Span) -> Token | None:
        """The word a name hangs on. spaCy's ``ent.root`` may be the article ("the Al Qaeda" of
        "the Al Qaeda-linked Nusra Front" has "the" as root), and a determiner remembered as an
        actor became the antecedent "the" of "the group" (twentieth blind check n 36). None for a
        name that only qualifies another ("Al Qaeda-linked", "Iran-backed"): a modifier, not an
        actor the article names."""
        words = [t for t in ent if t.pos_ != "DET"]
        if not words:
            return None
        root = next((t for t in words if not ent.start <= t.head.i < ent.end or t.head == t), words[-1])
        if root.dep_ == "npadvmod" and root.head.dep_ == "amod" and root.head.tag_ == "VBN":
            return None
        return root

    # -- public ----------------------------------------------------------------------

    def party(self, head: Token, sentence: Span, exclude: set[int]) -> Party:
        """The ``Party`` for the noun phrase headed by ``head``; ``exclude`` holds the
        tokens of the clause's other role (a pronoun never refers to its own clause's actor)."""
        start, end = party_bounds(head)
        party = Party(text=self._quote(start, end), span=self._span(start, end))
        if head.lower_ in _RELATIVE and head.head.dep_ == "relcl" and head.head.head.pos_ in ("NOUN", "PROPN"):
            return self._through(party, head.head.head)  # "150 civilians who were captured"
        if head.lower_ in _FIRST_PERSON and head.pos_ == "PRON":
            return self._first_person(party, head)
        if head.lower_ in _RELATIVE:
            return party  # "it was unclear who carried out the strike": a question, no one named
        if self._asked(head, start):
            return party  # "it determines whose planes carry out raids", "which countrys planes": a question too
        if self._sides_of_a_conflict(head):
            return party  # "a cease-fire by all parties", "the warring parties": no one actor, and no party
        if self._sides_of_a_deal(head, sentence):
            return party  # "the parties will discuss bilateral relations": the sides of talks, no political party
        if self._no_actor_in_context(head):
            return party  # "in general agreement", "the final assembly operation": the sector word in another sense
        politics = self._coalition_of_parties(head)
        if politics is not None:  # "protracted coalition talks": the parties that would govern, no military coalition
            _apply(party, politics)
            self._remember(head, start, end, party)
            return party
        if head.pos_ == "NOUN" and (body := self._body_of_its_people(head)) is not None:
            return self._through(party, body)  # "officials and workers from a great American company": the company's
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            return self._through(party, self._pronoun(head, sentence, exclude))
        if head.pos_ == "NOUN" and name_key(head.lemma_) in self.base.cue("person_or_machine_nouns") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            before = self._same_noun_before(head)
            if before is not None:  # "Suicide bombers blew up two vehicles ... The bombers hit": those people
                return self._through(party, before)
        described = self._name_described(head, start, end)
        if described is not None:  # "the Nusra Front a terrorist group": the Front (dev sample 2301, n 25)
            return self._through(party, described)
        first = self._plural_first_conjunct(head, start)
        if first is not None:
            # "Rebels and opposition officials have expressed concerns": the parser reads "(Rebels and
            # opposition) officials"; a coordination resolves by its first head (twenty-ninth blind check n 14)
            kin = self._resolve(first.i, first.i + 1, first)
            if kin.get("sector") in _ARMED_SECTORS and not kin.get("entity_id"):
                if self.setting and not kin.get("country"):
                    kin = {**kin, **self._in_country(str(kin["sector"]), self.setting)}
                party.antecedent = self._quote(first.i, first.i + 1)
                _apply(party, kin)
                return party
        if head.pos_ == "NOUN" and head.dep_ == "conj" and head.head.pos_ == "NOUN" and name_key(head.lemma_) in self.base.titles \
                and not any(c.dep_ in ("amod", "compound", "poss", "nmod", "det") for c in head.children):
            first = head.head  # "18 jihadist fighters and leaders": the fighters' leaders, not the story's government
            kin = self._resolve(first.left_edge.i, first.i + 1, first)
            if kin.get("sector") in _ARMED_SECTORS and not kin.get("entity_id"):
                if self.setting and not kin.get("country"):
                    kin = {**kin, **self._in_country(str(kin["sector"]), self.setting)}
                party.antecedent = self._quote(first.left_edge.i, first.i + 1)
                _apply(party, kin)
                return party
            if kin.get("entity_id") and self._kind(str(kin["entity_id"])) not in ("person", "country", None):
                return self._through(party, first)
        fellows = self._other_members_after(head)
        if fellows is not None:
            # "his son and 12 other militants were killed": the son is one of the militants, not a
            # civilian (sixty-third blind check n 3); "a commander and five other fighters"
            return self._through(party, fellows)
        kind = self._count_before_its_kind(head)
        if kind is not None:  # "dozens terrorist and mercenaries": the terrorists
            return self._through(party, kind)
        if self._partitive(head) is not None:  # "Five of them died": the people counted just before
            return self._through(party, self._counted_before(head))
        members = self._whose_most_of_them(head, end)
        if members is not None:  # "At least 23 people most of them from the Ahrar al-Sham militant group"
            return self._through(party, members)
        counted = next((c for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of" for c in prep.children
                        if c.dep_ == "pobj" and c.lower_ in _OTHERS), None)
        if counted is not None and (head.pos_ == "NUM" or head.lower_ in party_words().count_nouns):
            # "60 terrorists were killed and tens of others were wounded": the others of the count
            # are of the kind named before them, as "others" alone (dev sample 3, n 75)
            return self._others(party, counted, sentence)
        counted = self._counted_before_more(head, end, sentence)
        if counted is not None:
            # "Over 100 terrorists have been killed and scores more wounded": more of those just
            # counted (fifty-sixth blind check n 45: the wounded were civilians)
            return party if self._thing_word(counted) else self._through(party, counted)
        if head.lower_ in _OTHERS or (head.pos_ == "NUM" and self._bare_count(head, start, end) and (
                head.dep_ in ("nsubjpass", "conj") or head.dep_ == "nsubj" and head.head.tag_ == "VBN")):
            # "one person had been killed and six injured": a bare number counts the people just named
            return self._others(party, head, sentence)
        if head.lemma_.lower() in _ALLY_NOUNS and head.pos_ == "NOUN":
            return self._allies(party, head, start, end, sentence, exclude)
        if head.lemma_.lower() in _MEMBER_NOUNS and head.pos_ == "NOUN" and end - start == 2:
            owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "whose")), None)
            if owner is not None:  # "its members" are the group's people: the group
                if owner.lower_ == "whose":  # "a terrorist group whose members tried to infiltrate": the noun the clause describes
                    clause = head.head
                    found = clause.head if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") else None
                else:
                    found = self._pronoun(owner, sentence, exclude)
                    if owner.lower_ == "their" and (found is None or found.pos_ != "NOUN" and self._named(found) is None):
                        found = self._armed_plural_before(head) or found  # "Aleppo ... their members" are no city's
                known = self.by_token.get(found.i) if found is not None else None
                fields = known.fields if known is not None else (self._resolve(*self._name_bounds(found), found) if found is not None else {})
                if fields.get("entity_id") and self._kind(str(fields["entity_id"])) not in ("person", "country", None):
                    return self._through(party, found)
                if found is not None and found.pos_ == "NOUN" and (fields.get("sector") in _ARMED_SECTORS or (
                        not fields and self.base.sectors.get(name_key(found.lemma_)) is not None
                        and self.base.sectors[name_key(found.lemma_)].sector in _ARMED_SECTORS)):
                    # "the terrorist organizations ... their members": members of armed groups the
                    # article describes are those groups' people, of the same country and sector
                    return self._through(party, found)
                return party
        if head.pos_ == "NOUN" and self._a_person_who_kills(head):
            # "the man who beheaded two American journalists": whoever he is, no civilian; the
            # clause names no group, so he stays unknown (sixth hand check n 17)
            return party
        envoy = self._envoy_of_its_owner(party, head, sentence, exclude)
        if envoy is not None:  # "Trump ... his UN ambassador": the envoy of Trump's state, not the UN
            return envoy
        if head.pos_ == "NOUN" and self._role_of_its(head):
            # "its top leadership", "its spokesman": the role is of the body "its" stands for (the
            # last-named organisation), or stays unknown, never the setting's government (sixth check n 6)
            found = self._pronoun(next(c for c in head.children if c.dep_ == "poss"), sentence, exclude)
            known = self.by_token.get(found.i) if found is not None else None
            fields = known.fields if known is not None else (self._resolve(*self._name_bounds(found), found) if found is not None else {})
            if fields.get("entity_id") and self._kind(str(fields["entity_id"])) not in ("person", "country", None):
                return self._through(party, found)
            return party
        fields = self._resolve(start, end, head)
        if is_bare_officer(head, start, end, fields, self.base):
            before = self._the_same_noun_named_before(head)
            if before is not None:  # "two Detroit police officers ... the officers": those
                return self._through(party, before)
            # "two officers were wounded" in a police story: the police; the story decides (forces.py)
            fields = officer_fields(officers_sector(head, self.base), self.base)
        elif fields.get("country") and fields.get("sector") in (None, "GOV") and not fields.get("entity_id"):
            fields = self._country_sharing_a_noun(head, fields)  # "the US and Russian military chiefs": the US military
        elif bombers_on_the_ground(head, fields, self.base):
            fields = ground_bomber_fields(self.base)  # "bombers killed 30 people in twin blasts": people, not planes
        elif (force := self._force_of_officers(head, fields)) is not None:
            return self._through(party, force)  # "officers of the Northern Fleet": the Russian Navy's
        if self._a_civil_pilot(head, fields, sentence):
            fields = self._in_country("CVL", str(fields["country"])) if fields.get("country") else {"sector": "CVL"}
        if not fields.get("entity_id") and (society := self._society_of_the_setting(start, end)) is not None:
            # "12 Red Crescent volunteers" in a Syria story: the Syrian Arab Red Crescent's people
            fields = self._by_id_fields(society)
        if not fields.get("entity_id") and fields.get("sector") in (None, "CVL", "MED", "LAB") \
                and (body := self._body_in_apposition(head)) is not None:
            # "22 Red Crescent [SARC] volunteers" parsed as apposition: the body's people, not civilians
            party.antecedent = body.name
            _apply(party, self._by_id_fields(body))
            self._remember(head, start, end, party)
            return party
        if not fields.get("entity_id") and head.pos_ == "NOUN" and (group := self._members_of_a_named_coalition(head)) is not None:
            # "the Syrian Democratic Forces (SDF) a coalition of militias": the named coalition's fighters
            return self._through(party, group)
        if head.pos_ == "NOUN" and fields.get("sector") == "PTY" and not fields.get("entity_id") and self._parties_to_a_conflict(head):
            # "parties directly or indirectly involved in the conflict", "the warring parties": the
            # belligerents (states and armed groups), not political parties (first blind check n 83)
            return party
        group = (self._armed_group_of_a_role(head) or self._group_of_a_named_unit(head) or self._tied_to_a_group(head)) \
            if head.pos_ in ("NOUN", "PROPN") and not fields.get("entity_id") else None
        if group is None and head.pos_ == "NOUN" and fields.get("sector") == "UAF" and not fields.get("entity_id"):
            group = self._claimant_of_the_attack(head, sentence, exclude)  # "IS said a suicide bomber ...": IS's
        if group is not None:
            # "officials with the Nusra Front", "officials with al-Qaida's affiliate known as Fatah
            # al-Sham Front": the group's people, not the story's government (twenty-fifth check n 60)
            return self._through(party, group)
        if head.pos_ == "NOUN" and fields.get("sector") and fields["sector"] not in _DOMESTIC | {"UNK"} \
                and not (fields.get("entity_id") or fields.get("country")):
            # only a sector the story's country does not give by default (media, aid workers)
            struck_in = self._struck_in_a_country(head)
            if struck_in is not None:
                # "23 journalists had been killed in Syria": people of no country of their own struck
                # in a country the text names are of it (second blind check n 36)
                fields = {**fields, "country": struck_in, "cameo_code": f"{struck_in}{fields.get('cameo_code') or fields['sector']}"}
        if head.pos_ == "NOUN" and not fields.get("entity_id") and self._civilian_victims(head, fields):
            # "casualties" of a blast that names no side, "tribesmen who were summarily executed",
            # "regime loyalists evacuated the day before": civilians of the mention's (else the
            # story's) country, not UNK, a militia or the government (checks 23/38, 25/61, 27/59, 28/23)
            fields = {"country": fields.get("country"), "sector": "CVL", "acled_inter": 7, "cameo_code": "CVL"}
        if head.pos_ in ("NOUN", "PROPN") and name_key(head.lemma_) in self.base.titles and fields.get("sector") == "GOV" \
                and self._a_national_government(fields):
            # only a title read as the story's government: "leaders of the Southern Front alliance" stay rebels
            holder = self._title_holder(head)
            if holder is not None:  # "Leader of the Islamic Revolution in Iran Imam Sayyed Ali Khamenei": him
                return self._through(party, holder)
            titled = self._country_of_a_title(head)
            if titled is not None and titled != fields.get("country") and titled != self.setting:
                # "Leader of the Islamic Revolution in Iran": the title's phrase says whose office (nineteenth check n 2)
                fields = {**self._in_country(str(fields["sector"]), titled), "sector": fields["sector"]}
        crew = self._crew_of(head) if not (fields.get("entity_id") or fields.get("country")) else None
        if crew is not None:  # "a Russian helicopter was shot down killing all five people on board": Russia's military
            _apply(party, self._in_country("MIL", crew))
            self._remember(head, start, end, party)
            return party
        owner = (self._owner_after(head) or self._owner_believed(head)) if not (fields.get("entity_id") or fields.get("country")) else None
        if owner is not None:  # "artillery positions belonging to Takfiri terrorists": the terrorists'
            return self._as_its_owner(party, head, owner)
        owner = self._armed_group_supplied(head, fields)
        if owner is not None:  # "providing fresh forces for ISIS": ISIS's forces (forty-second check n 26)
            return self._through(party, owner)
        owner = self._named_owner_of_a_site(head, start, end)
        if owner is not None:  # "the military base of the National Defense Forces": the NDF's
            return self._through(party, owner)
        owner = self._holder_of_the_site_struck(head, fields)
        if owner is not None:  # "a drone hit a Hezbollah position killing eight fighters": Hezbollah's
            return self._through(party, owner)
        if self._where_one_goes_or_strikes(head, fields):
            return party  # "on a visit to Paris", "airstrikes on Syria": the place, no party
        if fields.get("sector") in _ARMED_SECTORS and not (fields.get("entity_id") or fields.get("country")):
            # irregulars only: "forces loyal to President Assad" is news English for his army (eval a0156, a0576)
            side = self._on_the_states_side(head)
            if side is not None:  # "fighters loyal to Assads regime": the state's militia, not rebels
                fields = {**fields, **self._in_country("PRM", side), "sector": "PRM", "acled_inter": 3}
        named_after = self._name_right_after(head, end, fields)
        if named_after is not None:  # "the Lebanese terrorist group Hezbollah" parsed apart: Hezbollah (41st check n 50)
            return self._through(party, named_after)
        apposed = self._offspring_in_apposition(head, fields)
        if apposed is not None:  # "a former al Qaeda affiliate the Islamic State of Iraq": that group (43rd check n 100)
            party.antecedent = self._quote(*apposed[:2])
            _apply(party, apposed[2])
            self._remember(head, start, end, party)
            return party
        if head.pos_ == "NOUN" and name_key(head.lemma_) in self.base.cue("offspring_nouns") and fields.get("entity_id") \
                and self._kind(str(fields["entity_id"])) == "armed_group" and not any(c.dep_ == "appos" for c in head.children):
            offspring = self._offspring_named_in(head, end, str(fields["entity_id"])) \
                or self._offspring_named_before(head, str(fields["entity_id"]))
            if offspring is not None:  # "Islamic State militants ... the al Qaeda offshoot": IS
                return self._through(party, offspring)
            # no group of its own named: of the parent's sector, whose name is not its name
            fields = {"sector": fields.get("sector"), "acled_inter": fields.get("acled_inter")}
        group = self._group_of_its_country(head, fields)
        if group is not None:  # "the Lebanese group" after "Hezbollah": that group
            return self._through(party, group)
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") in (None, "CVL", "MED"):
            body = self._rescue_body(head)
            if body is not None:  # "Three volunteers were killed" after "the Syrian civil defence team"
                return self._through(party, body)
        if fields.get("sector") == "LAB" and not fields.get("entity_id") and head.pos_ == "NOUN" \
                and (staff := self._staff_of_a_body(head, fields)) is not None:
            # "executive branch employees", "paid party employees", "bank staff": a body's own people
            # are of its sector, not a labour group (News Articles checks N23 n 2, n 30)
            fields = staff
        if fields.get("sector") == "LAB" and not fields.get("entity_id") and self._bare_workers(head):
            # "attacks on health facilities and workers", "SARC volunteers and staff": in war news bare
            # workers are whoever the words around them say, not labour (nineteenth/twentieth checks)
            owner = self._body_on_a_conjunct(head)
            if owner is not None:
                party.antecedent = owner.name
                _apply(party, self._by_id_fields(owner))
                self._remember(head, start, end, party)
                return party
            sector = self._sector_of_workers(head, sentence)
            if sector is not None:
                country = fields.get("country") or self.setting
                fields = {**self._in_country(sector, str(country)), "sector": sector} if country else {"sector": sector}
            elif (rescuers := self._rescue_body_of_workers(head)) is not None:
                return self._through(party, rescuers)
        if fields.get("country") and not (fields.get("sector") or fields.get("entity_id")) \
                and name_key(head.text) in self.base.cue("kurdish_words") and self._people_who_fight(head):
            # "Syrian Kurds fighting the Islamic State group made fresh advances": the Kurdish
            # force (descriptions.yaml kurdish_force), fighters, not the Kurdish people
            force = next((self.base.entities[e] for e in self.base.cue("kurdish_force") if e in self.base.entities), None)
            if force is not None:
                fields = dict(self._by_id_fields(force))
        if fields.get("sector") == "CVL" and not fields.get("entity_id") and head.pos_ == "NOUN" \
                and head.tag_ == "NNS" and (self._who_fight(head) or self._fighting_participle(head)):
            # "their brethren in Syria who are fighting against ISIS militants": people whose own
            # clause fights are armed, never civilians (ACTORS.md; dev 2801 n 2): rebels of their
            # country, or of the country the story places them in
            rebels = self.base.sectors.get("rebels")
            fields = {**self._in_country("REB", str(fields["country"])), "sector": "REB"} if fields.get("country") \
                else {"sector": "REB", "acled_inter": rebels.acled_inter if rebels else None, "cameo_code": "REB"}
        if fields.get("sector") in (None, "CVL") and not fields.get("entity_id") and head.pos_ == "NOUN" \
                and (group := self._group_joined(head)) is not None:
            # "his elder brother who was training with IS": a recruit or fighter of a named group is
            # the group's, not a civilian (ACTORS.md; twenty-first blind check n 15)
            fields = group
        if fields.get("country") and not (fields.get("sector") or fields.get("entity_id")) \
                and head.pos_ == "NOUN" and name_key(head.lemma_) in self.base.cue("state_nouns"):
            # "Western states", "member states": a state acts by its government (PLOVER)
            fields = {**fields, **self._in_country("GOV", str(fields["country"])), "sector": "GOV"}
        if fields.get("country") and fields.get("sector") in (None, "CVL") and not fields.get("entity_id") \
                and self._armed_men_of_a_people(head, str(fields["country"])):
            # "The three Palestinians opened fire with rifles": people who shoot are armed men of
            # their country, as "gunmen" are, not its civilians (eval/ACTORS.md: fighters are never civilians)
            fields = {**fields, **self._in_country("UAF", str(fields["country"])), "sector": "UAF"}
        if not fields.get("entity_id") and head.pos_ == "NOUN" and self._fighters_in_a_sport(head):
            # "the bout blossomed into a fascinating battle with the fighters engaging freely":
            # boxers in a bout are sportsmen, civilians, not rebels (News Articles check N24 n 97)
            fields = {**self._in_country("CVL", str(fields["country"])), "sector": "CVL"} if fields.get("country") \
                else {"sector": "CVL", "acled_inter": 7, "cameo_code": "CVL"}
        if fields.get("sector") == "CVL" and not fields.get("entity_id") and head.pos_ == "NOUN" \
                and self._a_person_doing_violence(head):
            # "Two men stormed the church and beheaded the priest", "held hostage by a man": whoever
            # does the violence is armed, no civilian (News Articles checks N17, N22): an
            # unidentified armed man, of the country the mention or the story gives
            uaf = self.base.sectors.get("gunmen")
            fields = {**self._in_country("UAF", str(fields["country"])), "sector": "UAF"} if fields.get("country") \
                else {"sector": "UAF", "acled_inter": uaf.acled_inter if uaf else None, "cameo_code": "UAF"}
        if fields.get("country") and not (fields.get("sector") or fields.get("entity_id")) and (
                self._counted_people(head) or self._people_of_a_country(head) or self._one_of_a_people(head)):
            # "Tens of thousands of Syrians displaced": a count of a country's people, as "two Syrians"
            fields = {**fields, **self._in_country("CVL", str(fields["country"])), "sector": "CVL"}
        if fields.get("country") and not (fields.get("sector") or fields.get("entity_id")) and self._a_people_in_arms(head):
            # "The Russians can secure this zone with their air power": the state's military (check 37 n 69)
            fields = {**fields, **self._in_country("MIL", str(fields["country"])), "sector": "MIL"}
        if fields.get("country") and not (fields.get("sector") or fields.get("entity_id")):
            fields = self._state_act(head, fields)  # "the Russian proposal": Russia's government
        if fields.get("country") and not (fields.get("sector") or fields.get("entity_id")) and (
                self._demonym_as_a_state(head) or self._dashed_pair_before_a_relation(head) or self._state_inquiry(head)):
            # "a cooperation with the Chinese", "the Russian-Japanese 'two plus two' meeting", "the
            # Malaysian investigation into the death": the state as a party, its government (News Articles checks)
            fields = {**fields, **self._in_country("GOV", str(fields["country"])), "sector": "GOV"}
        if fields.get("country") and not (fields.get("sector") or fields.get("entity_id")) \
                and name_key(self._noun_of_the_demonym(head).lemma_) in self.base.cue("counterpart_nouns"):
            # "Kerry will meet his Russian counterpart": the office-holder of that state who matches
            # a minister or president, its government (seventh hand check). When a name follows,
            # "Turkish counterpart Recep Tayyip Erdogan" names the man, who decides if the base knows him
            named = next((e for e in self.entities if e.label_ == "PERSON" and start <= e.start <= end), None)
            person = self._resolve(named.start, named.end, named.root) if named is not None else {}
            if person.get("entity_id") and self._kind(str(person["entity_id"])) == "person" and person.get("sector"):
                fields = person
            else:
                fields = {**fields, **self._in_country("GOV", str(fields["country"])), "sector": "GOV"}
        if head.pos_ == "PROPN" and not (fields.get("entity_id") or fields.get("country") or fields.get("sector")):
            owner = self._owner_group(start, end)
            if owner is not None:  # "the groups leader Abu Abdelrahman Salqeen": one of the group's people
                self._of_the_group(party, owner, sentence)
                if party.sector:
                    party.name = party.name or party.text
                    self._remember(head, start, end, party)
                    return party
        if head.pos_ == "NOUN" and (not fields or fields.get("sector") in _ARMED_SECTORS and not (
                fields.get("entity_id") or fields.get("country")) and any(c.lower_ == "another" for c in head.children)):
            # "10 IS militants were killed ... Another militant was killed": one more of those
            same = self._other_of_the_same(head)
            if same is not None:
                return self._through(party, same)
        if not (fields.get("entity_id") or fields.get("country")) and head.pos_ == "NOUN" and (
                head.lower_ in _BARE_FORCES or head.lemma_.lower() in _MEMBER_NOUNS or self._is_machine_or_force(head)
                and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.children)
                # "many terrorists of Al-Nusra Front", "militants from Jaish al-Fateh": armed
                # people of the group named after them (dev sample 2401, n 89)
                or fields.get("sector") in _ARMED_SECTORS and head.tag_ == "NNS"
                # "two men from Hezbollah": people of no side of their own are the group's
                or name_key(head.lemma_) in self.base.cue("group_person_nouns")):
            group = self._from_group(head)  # also "planes from the US-led coalition": the coalition's
            # "the fighters from Faylaq al-Sham and al-Nusra Front": theirs, no antecedent
            if group is not None:
                party.antecedent = group.pop("antecedent")
                _apply(party, group)
                self._remember(head, start, end, party)
                return party
        if fields.get("entity_id") and head.pos_ == "PROPN" and self._kind(str(fields["entity_id"])) == "media" and self._placed(head):
            return party  # "strikes on Al-Mayadin in the eastern province": the town the channel is named after
        if fields.get("sector") == "PRM" and says_allied([t.text for t in self.doc[start:end]], self.base):
            fields = self._allied_with(head, fields)  # "Rebels and allied militants" are rebels too
        if fields.get("country") and not fields.get("sector") and not fields.get("entity_id"):
            fields = self._shared_noun(head, fields)
        if fields.get("entity_id") and end - start == 1 and self._kind(str(fields["entity_id"])) == "person":
            fields = self._same_surname(head, fields)  # "Hariri" after "Nasr al-Hariri"
        if not fields.get("entity_id") and head.pos_ == "PROPN":
            fields = self._named_in_full_before(head, start, end, fields)  # "Prince Saud" after "Prince Saud al-Faisal"
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") in _STATE_SECTORS:
            fields = self._body_of_state(head, fields)  # "the government in Damascus", "the regime of Bashar al Assad"
        national = fields.get("entity_id") in self.base.national_ids()
        if (not fields.get("entity_id") or national) and fields.get("sector") in (None, "MIL") and self._multinational(start, end):
            # "the coalition", "coalition aircraft": the coalition the article names, never the story's army
            named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            entity = self._named(named) if named is not None else None
            if entity is not None and entity.kind not in ("person", "country"):
                # "the Arab-Kurdish armed coalition Syrian Democratic Forces": the name in apposition
                # says which alliance, not the coalition named before (dev sample 2201, n 96)
                return self._through(party, named)
            members = (self._from_group(head) or self._alliance_of_armed_men(head)) if head.pos_ == "NOUN" else None
            if members is not None:  # "an alliance of rebels including a former Al-Qaeda affiliate": those rebels (dev 2601, n 17)
                party.antecedent = members.pop("antecedent")
                _apply(party, members)
                self._remember(head, start, end, party)
                return party
            own = self._coalition_of_armed_groups(head) if head.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ in ("between", "of") for c in head.rights) else None
            if own is not None:
                # "a newly-formed coalition between the Nusra Front and other factions": a coalition
                # the article makes of armed groups is rebels, not a military of no country (fifty-ninth check n 43)
                _apply(party, own)
                self._remember(head, start, end, party)
                return party
            coalition = self._coalition(head)
            if coalition is not None:
                return self._through(party, coalition)
            alliance = self._body_named_by_its_noun(head) if head.pos_ == "NOUN" and not fields.get("entity_id") else None
            if alliance is not None:  # "Montenegro's NATO membership ... All members of the alliance": NATO
                return self._through(party, alliance)
            default = self._coalition_of_the_setting(head) if not fields.get("entity_id") else None
            if default is not None:  # "Turkey and the coalition have carried out regular strikes against IS" in Syria
                fields = default
            if national:  # "the US coalition" with no coalition named: the country, not its army
                fields = {k: v for k, v in fields.items() if k not in ("entity_id", "name", "acled_name")}
            _apply(party, fields)
            self._remember(head, start, end, party)
            return party
        if fields.get("country") and not fields.get("entity_id") and (
                fields.get("sector") == "GOV" and (self._fights(head, start, end) or end - start == 1 and self._destroys_a_site_of_arms(head))
                or fields.get("sector") in ("GOV", None) and (self._attacks_with(head, start, end) or self._tests_arms(head))):
            if not fields.get("sector") and self._arms_not_the_lands(head, str(fields["country"])) == "unarmed":
                # "a new Palestinian suicide bombing in Haifa": a land with no armed forces strikes by
                # its armed men, as "gunmen" are (UAF), not by a military it has not got
                fields = {**fields, **self._in_country("UAF", str(fields["country"])), "sector": "UAF"}
            else:
                name = sector_name("MIL", fields["country"], self.base)  # "Russia has been carrying out airstrikes"
                fields = {**fields, "sector": "MIL", "name": name, "acled_name": name, "cameo_code": f"{fields['country']}MIL"}
        if head.pos_ in ("NOUN", "PROPN") and name_key(head.lemma_) in self.base.titles and (
                not fields.get("entity_id") or self._kind(str(fields["entity_id"])) != "person"):
            # "Hadi al-Bahra president of the Syrian Coalition": the named person holds the title,
            # the title word does not make him the state's government (dev sample 3, n 31)
            for named in self.doc[start:end].ents:
                if named.label_ == "PERSON" and head.i not in range(named.start, named.end):
                    whole = self._resolve(named.start, named.end, named.root)
                    if whole.get("entity_id") and self._kind(str(whole["entity_id"])) == "person":
                        fields = whole
                    elif named.start == start and not whole.get("entity_id") and fields.get("entity_id") and self._kind(str(fields["entity_id"])) not in ("person", "country", None):
                        # "Nasr al-Hariri Secretary General of the Syrian Coalition": a person the base
                        # does not know, of the body his title names (ACTORS.md, unknown; dev 2202, n 35)
                        fields = {"name": self._quote(named.start, named.end), "country": fields.get("country"),
                                  "sector": fields.get("sector"), "acled_inter": fields.get("acled_inter")}
                    break
        entity = self._entity_around(head)
        if entity is not None and self._country_split_off(head):
            entity = None  # "Britain France and the United States" tagged one ORG: each country is its own
        if entity is not None and self._dateline_around_a_machine(head, entity, start, end):
            entity = None  # "Beirut London- Warplanes releasing toxic gas": a dateline owns no machine
        if not fields.get("entity_id") and entity is not None and (entity.start < start or entity.end > end):
            fields = self._resolve(entity.start, entity.end, head) or fields  # "Jaish al-Islam" tagged PERSON
            if fields.get("country") and not (fields.get("entity_id") or fields.get("sector")) and self._attacks_with(head, start, end):
                # "Russia Airstrikes" tagged as one name: the name says no more than the country,
                # whose strikes they are (sixth hand check n 54)
                name = sector_name("MIL", fields["country"], self.base)
                fields = {**fields, "sector": "MIL", "name": name, "acled_name": name, "cameo_code": f"{fields['country']}MIL"}
        elif fields.get("entity_id") and entity is not None and entity.label_ == "PERSON" and (entity.start < start or entity.end > end) \
                and self._kind(str(fields["entity_id"])) == "person":
            # "Hadi" cut from the name "Hadi al-Bahra": the whole name decides, and a person
            # the base does not know is not the namesake
            whole = self._resolve(entity.start, entity.end, head)
            fields = whole if whole.get("entity_id") and self._kind(str(whole["entity_id"])) == "person" else {"name": self._quote(entity.start, entity.end)}
        if head.pos_ == "NOUN" and not (fields.get("entity_id") or fields.get("country")) and (
                head.lemma_ in _GROUP_NOUNS or fields.get("sector")):
            # "the group, Jaish al-Islam": the name in apposition, when it is of the kind the noun says
            named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and self._named(c) is not None), None)
            entity = self._named(named) if named is not None else None
            if entity is not None and entity.kind != "person" and (head.lemma_ in _GROUP_NOUNS or entity.sector == fields.get("sector")):
                return self._through(party, named)
        if head.pos_ == "NOUN" and name_key(head.lemma_) in self.base.titles and not (fields.get("entity_id") or fields.get("country")):
            self._titled_by_body(party, head)  # "the head of the Observatory", "a commander of the Nusra Front"
            if party.country:
                self._remember(head, start, end, party)
                return party
        if not (fields.get("entity_id") or fields.get("country")) and self._is_definite_description(head):
            # "the group" is one group the article named; "the militants" after "Islamic
            # State militants" are those. Other plurals ("the rebels", "the terrorist groups")
            # may be several groups: the story's rebels, as any bare sector word
            armed = fields.get("sector") in _ARMED_SECTORS
            singular = head.tag_ == "NN" and (head.lemma_ in _GROUP_NOUNS or armed)  # "the group", "the attacker"
            if (singular or armed) and not (fields.get("sector") == "UAF" and self._authorship_unknown(head)):
                # "members of the group" name the group as their owner, like "the groups leader": it
                # may be a group of the same sentence (dev sample 2202, n 1: the Nusra Front, not IS)
                owner_of_members = self._owner_of_members(head)
                referent = self._description(head, sentence, fields.get("sector"), same_head_only=not singular,
                                             possessor=owner_of_members, nearest_in_sentence=owner_of_members)
                if referent is not None:
                    return self._through(party, referent)
        if (fields.get("sector") == "GOV" and not fields.get("entity_id")) or (
                fields.get("entity_id") and self._kind(str(fields["entity_id"])) == "government_body"):
            fields = self._sharing_the_noun(start, end, head, fields)  # "Syrian regime or Russian warplanes"
        if not (fields.get("country") or fields.get("entity_id")) and fields.get("sector") in _ARMED_SECTORS | {"MIL"}:
            again = self._the_same_noun_named_before(head)
            if again is not None:  # "the two Russian pilots ... requested the pilots": Russia's (ninth blind check n 60)
                return self._through(party, again)
            owned = self._owned_force(head, sentence, exclude)  # "Russia ... their planes": Russia's
            if owned is not None:
                _apply(party, owned)
                self._remember(head, start, end, party)
                return party
            partner = self._listed_with(head)  # "Turkish special forces tanks and jets": Turkish jets too
            if partner is not None:
                return self._through(party, partner)
            shared = self._owner_of_the_list(head) if fields.get("sector") == "MIL" else None
            if shared is not None:  # "US-led coalition air strikes and special forces advisers": the coalition's
                party.antecedent = shared.pop("antecedent")
                _apply(party, shared)
                self._remember(head, start, end, party)
                return party
            sender = self._sent_by(head)  # "Hezbollah has dispatched fighters": Hezbollah's fighters
            if isinstance(sender, dict):
                _apply(party, sender)
                self._remember(head, start, end, party)
                return party
            if sender is not None:
                return self._through(party, sender)
            backed = self._backed(head)  # "Turkish forces backed by tanks": the tanks are theirs
            if backed is not None:
                return self._through(party, backed)
            named = self._the_forces(head)  # "the forces captured 16 villages" after "the SDF"
            if named is not None:
                return self._through(party, named)
            speakers = self._speakers_fighters(head)
            if speakers is not None:  # "The NDF official told AFP that two fighters were wounded": the NDF's
                party.antecedent = speakers.pop("antecedent")
                _apply(party, speakers)
                self._remember(head, start, end, party)
                return party
        if self._a_capitalised_bare_title(head):
            holder = self._holder_named_before(head)
            if holder is not None:  # "signed off by the President" after "President Donald Trump": Trump, not the story's state
                return self._through(party, holder)
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") in _STATE_SECTORS:
            holder = self._holder_named_before(head)
            if holder is not None:  # "the presidents closest advisers" after "Trump": Trump, not the story's state
                return self._through(party, holder)
            holder = self._titled_person_named_before(head)
            if holder is not None:  # "the minister" after "Finance Minister Pravin Gordhan": Gordhan, not the dateline's state
                return self._through(party, holder)
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") == "OPP":
            named = self._country_of_the_opposition_named_before(head)
            if named is not None:  # "the opposition boycott" after "the Syrian opposition delegation": Syria's, not the dateline's
                fields = {**fields, **self._in_country("OPP", named), "sector": "OPP"}
        if fields.get("country") and not fields.get("entity_id") and fields.get("sector") in _ARMED_SECTORS | {"MIL"}:
            body = self._the_national_force(head, str(fields["country"]))
            if body is not None and fields.get("sector") == "PRM" and body.fields.get("sector") != "PRM":
                # "the supporting forces" fight beside the army, never as the insurgents named before (dev 2501, n 86);
                # "the popular forces" beside "the Syrian army forces" say their own kind, a militia, and are
                # never the army (tenth blind check n 45)
                body = None
            if body is not None:  # "the roughly 150 Iraqi fighters" after "Iraqi peshmerga forces"
                return self._through(party, body)
        # before the story's country is given: "Homss governor" is Homs's, a local office (dev 2301, n 19)
        if fields.get("sector") in _DOMESTIC and not (fields.get("country") or fields.get("entity_id")):
            country = self._office_of_a_place(start, end)
            if country is not None:  # "Aleppo Governor Hussein Diab": Aleppo's country, Syria
                # a governor governs his province for the state, but is no national body (ACTORS.md)
                fields = {**fields, **in_country(str(fields["sector"]), country, self.base, self.published, local=True)}
        defaulted, named = False, None
        words = [self.text[t.idx + self.offset: t.idx + self.offset + len(t)] for t in self.doc[start:end]]
        if not (fields.get("country") or fields.get("entity_id")) and fields.get("sector") and head.pos_ == "NOUN":
            restated = self._count_restated_with_a_country(head)
            if restated is not None:  # "kills 20 rebels ... At least 20 Syrian rebels were killed": Syria's
                fields = {**fields, **self._in_country(str(fields["sector"]), restated, words)}
        if not (fields.get("country") or fields.get("entity_id")) and fields.get("sector") in _FROM_ORIGIN_KINDS \
                and head.pos_ == "NOUN" and (origin := self._origin_after_from(head) or self._kin_of_a_people_before(head)) is not None:
            # "refugees from Syria", "nine Malaysians - three diplomats and their families": the
            # people of the country the sentence ties them to, not the story's country
            fields = {**fields, **self._in_country(str(fields["sector"]), origin, words), "sector": fields["sector"]}
        if not (fields.get("country") or fields.get("entity_id")) and fields.get("sector") in _ARMED_SECTORS | {"MIL"} \
                and any(name_key(w) in self.base.cue("partner_force_words") for w in words[:-1]) and self._names_a_coalition():
            partner = self._coalition_partner()
            if partner is not None:  # "the partnered forces" of the US-led coalition: its local partner, the SDF
                fields = partner
            elif self.setting:  # no partner listed: the story's country, an armed group, never its army
                fields = {**self._in_country("REB", self.setting), "sector": "REB", "acled_inter": 2}
        domestic = fields.get("sector") in _DOMESTIC or (fields.get("sector") == "PRM" and (_says_pro_government(
            [t.text for t in self.doc[start:end]], self.base) or self._home_militia(words, head)))
        # "pro-government fighters" fight for the story's state; "popular forces" are its local militia
        if fields.get("sector") == "PRM" and not (fields.get("country") or fields.get("entity_id")):
            backed = self._country_backed(head)
            if backed is not None:  # "Iraqi forces backed by Shiite militias": Iraq's militias
                fields = {**fields, **self._in_country("PRM", backed, words)}
            else:  # "Iranian-backed militias", "Shiite militias", "tribesmen": on the side of the story's state (ACTORS.md)
                domestic = True
        if fields.get("sector") == "JRN" and not (fields.get("country") or fields.get("entity_id")) \
                and any(name_key(w) in self.base.cue("state_media_words") for w in words[:-1]):
            domestic = True  # "state news agency", "official television": the story's state's media
        if domestic and fields.get("sector") in _STATE_SECTORS and says_unidentified(words, self.base):
            domestic = False  # "unidentified aircraft" are no one's known army, not the story's
        if domestic and fields.get("sector") == "GOV" and not (fields.get("country") or fields.get("entity_id")) \
                and (self._of_a_region(head) or self._of_other_states(head) or self._counted_states(head)
                     or self._one_member_of_a_bloc(start, end)):
            domestic = False  # "Arab ministers", "leaders of Pacific Rim countries", "some G20 member": no one country's government
        if domestic and fields.get("sector") not in _ARMED_SECTORS | {"MIL"} and not (fields.get("country") or fields.get("entity_id")) \
                and self._of_no_one_state(head):
            domestic = False  # "foreign companies", "three European banks", "citizens of seven countries": not the story's
        if domestic and fields.get("sector") not in _ARMED_SECTORS | {"MIL"} and not (fields.get("country") or fields.get("entity_id")) \
                and (self._envoys_of_several_states(head) or self._bare_plural_states(head) or self._kept_out_by_a_state(head, fields)):
            domestic = False  # "other ambassadors", "governments", "a ban on refugees": of other states, not the story's
        if fields.get("country") and fields.get("sector") not in _ARMED_SECTORS | {"MIL"} \
                and self._counterparts_of_a_state(head, str(fields["country"])):
            # "Washington's trading partners": other states than the one that owns them (N5 n 93)
            fields = {"sector": fields.get("sector"), "acled_inter": fields.get("acled_inter"),
                      "cameo_code": fields.get("sector"), "why": "partners of a state: other states, no one country"}
            domestic = False
        if domestic and fields.get("sector") == "MIL" and not fields.get("entity_id") and self._owner_in_doubt(head, words):
            domestic = False  # "a drone strike", "warplanes either Russian or Syrian": no one's army by default
        owner = self._machine_owner(head) if domestic and fields.get("sector") == "MIL" and not fields.get("country") \
            and not fields.get("entity_id") and self._is_machine_or_force(head) and head.lower_ not in _BARE_FORCES else None
        if owner is not None:
            # "Israeli air raids ... Nine missiles were fired by aircraft": the raid's state flew them
            fields = {**fields, **self._in_country("MIL", owner, words)}
            if head.dep_ == "nsubj" and self._an_aircraft(head) and self._air_force_named_last(head) == owner:
                fields = self._air_force_of(owner, fields)  # the aircraft of the air force the article named
            elif self._an_aircraft(head) and owner in (self._owner_in_predicate(head), self._machine_from_a_country(head)):
                fields = self._air_force_of(owner, fields)  # "jets believed to be Russian": as "Russian jets", its air force
            domestic = False
        if domestic and fields.get("sector") == "MIL" and not (fields.get("country") or fields.get("entity_id")):
            side = self._beside_or_against_the_state(head)
            if side is not None:  # "other forces fighting alongside them", "Islamic brigades fighting Assad"
                sector, country = side
                fields = {**fields, **self._in_country(sector, country), "sector": sector,
                          "acled_inter": 3 if sector == "PRM" else 2}
                domestic = False
        if fields.get("sector") == "PRM" and not (fields.get("country") or fields.get("entity_id")) \
                and (foe := self._fought_by_the_state(head)) is not None:
            # "The Syrian government has been fighting a number of militias": the state's foes are
            # its rebels, not its militia (forty-eighth blind check n 2)
            fields = {**fields, **self._in_country("REB", foe), "sector": "REB", "acled_inter": 2}
            domestic = False
        if fields.get("sector") == "REB" and not (fields.get("country") or fields.get("entity_id")):
            side = self._beside_or_against_the_state(head)
            if side is not None and side[0] == "REB":
                # "rebels fighting Assad": the rebels of the state they fight, whatever the story's
                # dateline (fourteenth blind check n 34, left with no country)
                fields = {**fields, **self._in_country("REB", side[1])}
                domestic = False
        if not fields.get("country") and not fields.get("entity_id") and domestic and self.setting and head.ent_type_ != "PERSON":
            # "rebels", "government forces" in a story about one country; but "In Iraq ... government
            # forces repelled an attack" in a Syria story: the state of the country the sentence is set in
            home = self._the_countrys(head, start, end) \
                or (self._city_in_its_name(head) if fields.get("sector") != "MIL" else None) \
                or (self._own_place_abroad(head, fields) if fields.get("sector") != "MIL" else None) \
                or (self._parliament_of_the_article() if fields.get("sector") == "LEG" else None) \
                or (self._force_of_the_speaker(head, words) if fields.get("sector") == "MIL" else None) \
                or self._framed_abroad(head, opening=fields.get("sector") not in _STATE_SECTORS) \
                or self._placed_abroad(head) or self.setting
            barred = self._arms_not_the_lands(head, home) if fields.get("sector") == "MIL" else None
            named = self._military_named_last(head, home if barred == "unarmed" else None) if barred else None
            if barred == "unarmed" and named is None:
                domestic = False  # "soldiers" in a Gaza story that names no state at arms: no one country
        if not fields.get("country") and not fields.get("entity_id") and domestic and self.setting and head.ent_type_ != "PERSON":
            # "Apache combat helicopters struck Gaza City": a land with no armed forces flies no
            # helicopters; the state the article named at arms does. An aircraft where the base knows
            # no air force of the land is of the military named last ("a US B-1 bomber ... The B-1
            # bomber was engaged in the air war over Afghanistan"). Not the place's: kept from localise
            home = named or home
            before_default = fields
            fields = {**fields, **self._in_country(fields["sector"], home, words)}
            # "the armys air force": the Syrian air force; but "pro-government fighters" are no body of the state
            body = None if _says_pro_government(words, self.base) else _national_phrase(home, words, self.base)
            if body is not None:
                fields = {k: v for k, v in self._by_id_fields(body).items()}
            elif fields.get("sector") == "MIL" and self._a_state_words_aircraft(head, words):
                # "the regime jet fighters attacked the city": the state's air force flies them,
                # as "Syrian fighter jets" (ACTORS.md; dev sample 2601, n 99)
                fields = self._machine_force(home, head)
            elif named is not None and self._an_aircraft(head):
                fields = {**fields, **self._machine_force(home, head)}  # the helicopters of the state named at arms: its air force
            defaulted = named is None
            if self._strikes_its_own(head, fields):
                # "The bombers had also targeted the Syrian army troops": the doers of a strike on
                # the story's army are not that army (dev 1801 n 22); the coalition the article
                # names, else no country at all
                coalition = self._coalition_of_the_setting(head) if self._names_a_coalition() else None
                fields, defaulted = coalition or before_default, False
        if fields.get("sector") == "GOV" and fields.get("country") and self._state_word_of_arms(head, end, fields):
            # "a government siege", "government air strikes", "regime forces": the state's forces
            # act, not its government (sixth hand check n 22, 29, 52, 75, 92), as in "regime positions"
            fields = self._arms_of_state(str(fields["country"]), head, self._shared_action(head) or self._deed_of_subject(head))
        elif fields.get("sector") == "GOV" and fields.get("country") and self._a_national_government(fields) \
                and (action := self._action_by(head) or self._side_in_battle(head)) is not None:
            # "aerial attacks by Syrias government", "an aerial campaign by the Assad regime": the agent
            # of a military action is the state's military, its air force for one from the air
            # (eval/ACTORS.md; ninth and tenth blind checks, borderline); so is a side of fighting
            fields = self._arms_of_state(str(fields["country"]), head, action)
        elif fields.get("sector") == "GOV" and fields.get("country") and self._a_national_government(fields) \
                and self._target_of_an_offensive(head) is not None:
            # "offensives against the regime": the side an armed offensive is against is the state's
            # military, not its air force whatever the offensive's kind (News Articles check N25 n 48)
            fields = {**{k: v for k, v in fields.items() if k != "entity_id"}, **self._in_country("MIL", str(fields["country"])), "sector": "MIL"}
        if not (fields.get("entity_id") or fields.get("country")) and self._is_definite_description(head):
            # "the rival groups", "the groups" are several: one group named before is not them
            several = head.tag_ == "NNS" and head.lemma_ in _GROUP_NOUNS
            referent = self._description(head, sentence, fields.get("sector"), several=several)
            if referent is not None:
                return self._through(party, referent)
            kin = self._description(head, sentence, fields.get("sector")) if several else None
            if kin is not None and kin.fields.get("country") and kin.fields.get("sector") in _ARMED_SECTORS:
                # "the rival groups" after named armed groups: armed groups of that country, none of them by name
                sector = str(kin.fields["sector"])
                fields = {**self._in_country(sector, str(kin.fields["country"])), "sector": sector,
                          "acled_inter": kin.fields.get("acled_inter")}
        if fields.get("sector") == "OPP" and not fields.get("entity_id") and self._armed_opposition(head):
            # "the opposition groups fighting Bashar al-Assads regime" bear arms: rebels
            fields = {**fields, "sector": "REB", "acled_inter": 2}
            if fields.get("country"):
                fields = {**fields, **self._in_country("REB", str(fields["country"]))}
            else:
                fields = {k: v for k, v in fields.items() if k not in ("name", "acled_name", "cameo_code")}
        state_word = not defaulted or any((t := self.base.sectors.get(name_key(w))) is not None and t.sector == "GOV" for w in words)
        if fields.get("sector") == "MIL" and fields.get("country") and state_word and self._air_noun(head):
            # a state word or name with the air noun ("Syrian aviation", "the air forces of Syria"); a bare
            # "warplanes" the story's country gave keeps the default (the owner is not named)
            fields = self._air_force_of(str(fields["country"]), fields)
        if fields.get("country") and not fields.get("entity_id") and fields.get("sector") \
                and self._a_division_of_the_setting(head, str(fields["country"])):
            # "the Georgia man who was found guilty" in a US story: the state of Georgia, not the country
            fields = {**fields, **self._in_country(str(fields["sector"]), str(self.setting), words), "sector": fields["sector"]}
        if not (fields.get("entity_id") or fields.get("country")) and head.pos_ in ("NOUN", "PROPN"):
            fields = self._country_of_a_states_title(start, end, fields)  # "Union Minister Venkaiah Naidu": India's
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") == "LEG" and head.pos_ in ("NOUN", "PROPN"):
            fields = self._country_of_a_representative(start, end, fields)  # "Rep. John Lewis": a US Representative
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") in _LOCAL_KINDS \
                and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON" and not self._of_no_one_state(head) \
                and not any(name_key(w) in self.base.cue("foreign_words") for w in words) \
                and (town := self._country_of_the_sentences_city(head, start, end)) is not None:
            # "A woman was rescued from a fire in a house in Dublin": the people of a local
            # happening are of the one country whose city the sentence puts it in; a named person's
            # nationality the text does not state stays unknown (FA-KES check 13 n 29, "activist
            # Marcel Shehwaro ... in Aleppo")
            fields = {**fields, **self._in_country(str(fields["sector"]), town, words), "sector": fields["sector"]}
        rank_sector = shared_rank_sector(head, start, end, fields, self.base)
        if rank_sector in ("COP", "CVL"):
            # "Sergeant Maurice McCabe" in a story of the garda is a policeman, "England captain Joe Root" a sportsman
            fields = {**fields, "sector": rank_sector, "acled_inter": 1 if rank_sector == "COP" else 7}
            if fields.get("country"):
                fields["cameo_code"] = f"{fields['country']}{rank_sector}"
        if fields:
            _apply(party, fields)
        town = head.ent_type_ == "PERSON" and party.entity_id is None and not party.country and self._a_town_called_a_person(start, end)
        if head.ent_type_ == "PERSON" and party.entity_id is None and not town:
            # a town spaCy calls a person ("French ambassador Eric Chevallier visited Hama") is no
            # official of the country just named: it stays unresolved (sixteenth blind check n 53)
            self._person_by_role(party, head, sentence)
        if party.name is None and head.ent_type_ in ("ORG", "PERSON") and not town:
            party.name = party.text
        self._remember(head, start, end, party)
        if defaulted or (not party.country and not party.entity_id and domestic and head.ent_type_ != "PERSON"):
            self._local.append(party)
        return party

    def localise(self, party: Party, iso3: str | None, place: str | None = None) -> None:
        """Give a party that names no country of its own ("31 civilians", "rebels") the
        country where its event happened, which says more than the story's country.
        A place outside the story's country counts only when it is no seat of power and its
        country is one the article names: "brokered by Moscow and Washington", "Washington
        accuses the regime of killing 1400 people" name governments, not where the people
        were; a village the gazetteer reads in a country the article never names is a
        namesake ("Arbin", France)."""
        if place and name_key(place) in self.base.cue("region_names"):
            return  # "in the Middle East": a region, no country's ground (dev 1801 n 72)
        if place and self._near_a_country(party, place):
            # "Syria troops kill 50 jihadists near Lebanon": beside a country is outside it, so
            # its name gives the people no country (twenty-fifth blind check n 91)
            return
        if place and self._only_an_origin(place):
            # "up to 80 fighters including nine natives of the Northern Caucasus": where some
            # of them come from, not where the event happened (fourteenth blind check n 61)
            return
        if iso3 and self.setting and iso3 != self.setting and (
                (place and (self.base.is_seat(place) or self.base.country_of(place))) or iso3 not in self._named_countries()
                or not (self._named_near(party, iso3) or self._a_city_abroad(place, iso3))):
            # "Four people were killed ... near the Research and Tests Center" (a namesake in the US) in
            # a Damascus story that names the US two sentences before as a possible attacker: the
            # victims stay in the story's country (tenth blind check n 10)
            return
        if iso3 and self.setting is None and not (place and (self.base.is_seat(place) or self.base.country_of(place))):
            # a story whose places named no country of their own ("Rocket Attack on Western Aleppo"):
            # the place its first event happens at is its setting for the people named after
            # (dev sample 2201, n 13: "At least three people" in Aleppo lost Syria)
            self.setting = iso3
        if iso3 and iso3 != party.country and any(p is party for p in self._local):
            fields = self._in_country(party.sector or "", iso3, party.text.split())
            for name in ("entity_id", "name", "acled_name", "cameo_code"):
                setattr(party, name, fields.get(name))  # the story country's body, if any, goes
            for name, value in fields.items():
                if value is not None:
                    setattr(party, name, value)

    def _a_city_abroad(self, place: str | None, iso3: str) -> bool:
        """Whether the event's place is a city of note of ``iso3`` (no namesake comes near its
        size), so that it needs no word of its country near it: "rockets fired from an area in
        Syria hit the border city of Kilis one police officer killed" puts the policeman in
        Turkey, whose police he is (ACLED codes victims by the country they are hit in; fifty-ninth
        blind check n 11). A village or a building shares its name too often to say so."""
        return bool(place) and _country_of_a_city_of_note(str(place)) == iso3

    def _parliament_of_the_article(self) -> str | None:
        """The one other country whose legislature the article speaks of: a legislature word
        (a LEG term of sectors.tsv: "parliament", "MPs") with a country word of its own ("the
        British parliament"), or the object of a saying verb whose speaker is of that country
        ("British Foreign Secretary Boris Johnson told MPs"). "Several lawmakers" of that
        debate are its legislators, not the Syrian parliament of the story's war (twentieth
        blind check n 87). None when the article names none, or several."""
        if self._parliaments is not None:
            found = next(iter(self._parliaments)) if len(self._parliaments) == 1 else None
            return found if found != self.setting else None
        countries: set[str] = set()
        for token in self.doc:
            # "MPs" lemmatised as "mps": the word less its plural "s" too
            term = self.base.sectors.get(name_key(token.lemma_)) or self.base.sectors.get(name_key(token.text)) \
                or self.base.sectors.get(name_key(token.text.removesuffix("s")))
            if term is None or term.sector != "LEG" or token.pos_ not in ("NOUN", "PROPN"):
                continue
            for child in token.children:
                if child.dep_ in ("amod", "compound", "nmod", "poss") and child.text[:1].isupper() \
                        and (iso3 := self.base.country_of(child.text)):
                    countries.add(iso3)
            verb = token.head
            if token.dep_ in ("dobj", "dative") and verb.lemma_.lower() in self.base.cue("addressing_verbs"):
                speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                country = self._resolve(*self._name_bounds(speaker), speaker).get("country") if speaker is not None else None
                if country:
                    countries.add(str(country))
        self._parliaments = countries
        return self._parliament_of_the_article()

    def _near_a_country(self, party: Party, place: str) -> bool:
        """Whether the event's place is a country's own name that the party's sentence puts
        after a preposition of nearness (descriptions.yaml proximity_prepositions: "near Lebanon",
        "close to Turkey"): a place beside the country, not in it."""
        if not self.base.country_of(place) or not place[:1].isupper():
            return False
        token = next((t for t in self.doc if t.idx <= party.span[0] - self.offset < t.idx + len(t)), None)
        if token is None:
            return False
        first = place.split()[0]
        nearness = self.base.cue("proximity_prepositions")
        for word in token.sent:
            if word.text != first or self.doc[word.i:word.i + len(place.split())].text != place:
                continue
            # the word before, not the parse: a headline's "near Lebanon Monitor" is read as a compound
            before = self.doc[word.i - 1] if word.i > 0 else None
            if before is not None and (before.lower_ in nearness or before.lower_ == "to" and before.i > 0
                                       and self.doc[before.i - 1].lower_ in nearness):
                return True
        return False

    def _parties_to_a_conflict(self, head: Token) -> bool:
        """Whether a bare "parties" (no "political", no name) are the sides of a conflict: "parties
        to the conflict", "parties involved in the war" (descriptions.yaml conflict_nouns),
        "the warring parties" (conflict_party_modifiers)."""
        if name_key(head.lemma_) not in ("party", "parties"):
            return False
        conflicts = self.base.cue("conflict_nouns")
        for child in head.children:
            if child.dep_ == "amod" and child.lower_ in self.base.cue("conflict_party_modifiers"):
                return True
            preps = [child] if child.dep_ == "prep" else [g for g in child.children if g.dep_ == "prep"] \
                if child.dep_ in ("acl", "relcl", "amod") else []
            if any(o.dep_ == "pobj" and o.lemma_.lower() in conflicts for p in preps for o in p.children):
                return True
        return False

    def _no_actor_in_context(self, head: Token) -> bool:
        """Does the word around the mention give its sector word another sense, naming no actor?
        A rank word that is also an adjective (descriptions.yaml ``adjectival_ranks``) before the
        noun it modifies, or in "in general" ("they were in general agreement with the president":
        News Articles check N4 n 35, read as the US armed forces); a word that makes a thing
        compound with the word before or after it (``thing_compounds``: "the final assembly
        operation", N2 n 77, a legislature; "social media campaigns", N4 n 44, the press)."""
        key = name_key(head.text)
        if key in self.base.cue("adjectival_ranks"):
            if head.dep_ in ("amod", "compound") and head.head.pos_ == "NOUN" and head.head.i > head.i:
                return True  # "a general agreement", "the general election"
            if _a_general_meeting(head, self.base):
                return True  # "the company's Annual General Meeting": an occasion, no general
            if head.head.lower_ == "in" and head.i == head.head.i + 1 and not any(c.dep_ == "det" for c in head.children):
                return True  # "in general"
        compounds = self.base.cue("thing_compounds")
        for left, right in ((self.doc[head.i - 1] if head.i > 0 else None, head),
                            (head, self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None)):
            if left is None or right is None:
                continue
            if {name_key(f"{left.text} {right.text}"), name_key(f"{left.text} {right.lemma_}")} & compounds:
                return True
        return False

    def _coalition_of_parties(self, head: Token) -> dict[str, Any] | None:
        """The political parties that a bare "coalition" before a noun of party politics stands
        for (descriptions.yaml ``coalition_politics_nouns``): "Eyeing weeks of protracted
        coalition talks, Wilders offered to work with the new government" (News Articles check
        N2 n 36, read as a military coalition): of the story's country, whose government they
        would form. A coalition word with a word of its own ("US-led coalition talks") is left
        to the other rules."""
        if head.pos_ != "NOUN" or head.lower_ != "coalition" or head.dep_ != "compound" \
                or name_key(head.head.lemma_) not in self.base.cue("coalition_politics_nouns") and head.head.lower_ not in self.base.cue("coalition_politics_nouns"):
            return None
        if party_bounds(head) != (head.i, head.i + 1):
            return None
        fields = resolve_words(["parties"], "party", self.base, self.published)
        fields.pop("why", None)
        if fields and self.setting:
            fields = {**fields, **self._in_country("PTY", self.setting)}  # talks of the story's own parties
        return fields or None

    def _body_of_its_people(self, head: Token) -> Token | None:
        """The company or aid body whose people a role noun names by "of"/"from"/"at"/"with"
        (descriptions.yaml ``body_role_nouns``, ``bare_worker_nouns``, titles.tsv): "I just met
        with officials and workers from a great American company, Harley-Davidson" (News
        Articles check N2 n 49, read as the US government). A preposition on a conjunct counts
        ("officials and workers from"). Only bodies that are no state or armed side (a sector
        of sectors.tsv BUS or SOC, or a base entity of kind company or ngo): "officials of the
        ministry" are left to the other rules. Workers, staff and employees of an international
        body (a base entity of kind igo) are that body's too: "An employee of the World Bank was
        hurt by a parcel bomb at its Paris office", "case workers from the International
        Organization for Migration" (News Articles checks N8 n 35, N14 n 52: labour of the
        setting's country). The token of the body's noun or name."""
        key = name_key(head.lemma_)
        if key not in self.base.cue("body_role_nouns") and key not in self.base.cue("bare_worker_nouns") \
                and key not in self.base.titles:
            return None
        start, end = party_bounds(head)
        if any(t.pos_ == "PROPN" for t in self.doc[start:end]) or any(c.dep_ == "appos" for c in head.children):
            return None  # "Rami Abdel Rahman director of the Syrian Observatory": a person, named
        holders = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
        for holder in holders:
            after = party_bounds(holder)[1]
            preps = [c for c in holder.children if c.dep_ == "prep"]
            if after < len(self.doc) and self.doc[after].dep_ == "prep" and self.doc[after] not in preps:
                preps.append(self.doc[after])  # "met with officials from a company": the parser hangs "from" on the verb
            for prep in (p for p in preps if p.lower_ in ("of", "from", "at", "with")):
                body = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
                if body is None:
                    continue
                bounds = self._name_bounds(body) if body.pos_ == "PROPN" else party_bounds(body)
                fields = self._resolve(*bounds, body)
                entity = fields.get("entity_id")
                if entity and self._kind(str(entity)) in ("company", "ngo") or not entity and fields.get("sector") in ("BUS", "SOC"):
                    return body
                if entity and self._kind(str(entity)) == "igo" and key in self.base.cue("bare_worker_nouns"):
                    return body  # "case workers from the International Organization for Migration": its people
        return None

    def _armed_group_of_a_role(self, head: Token) -> Token | None:
        """The armed group named with a role noun (titles.tsv, descriptions.yaml body_role_nouns:
        "officials", "leaders") by "with"/"of" ("officials with the Nusra Front"), or by "known
        as" after such a phrase ("officials with al-Qaida's affiliate in Syria known as Fatah
        al-Sham Front", the "known as" read as the role's): the token of its name."""
        key = name_key(head.lemma_)
        if key not in self.base.titles and key not in self.base.cue("body_role_nouns"):
            return None
        if head.pos_ == "PROPN" and key not in self.base.titles:
            return None  # a capitalised title ("the local Emir of the ISIL group") only
        naming = self.base.cue("naming_verbs")
        candidates: list[Token] = []
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "of"):
                objects = [o for o in child.children if o.dep_ == "pobj"]
                candidates += objects
                candidates += [n for o in objects for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in naming
                               for p in a.children if p.dep_ == "prep" and p.lower_ == "as" for n in p.children if n.dep_ == "pobj"]
        if candidates:  # the "known as" of the whole phrase, when the parser hangs it on the role
            candidates += [n for a in head.children if a.dep_ == "acl" and a.lemma_.lower() in naming
                           for p in a.children if p.dep_ == "prep" and p.lower_ == "as" for n in p.children if n.dep_ == "pobj"]
        return next((token for token in candidates if self._names_an_armed_group(token)), None)

    def _names_an_armed_group(self, token: Token) -> bool:
        """Does the object of an "of"/"with" name an armed group the base knows: a name, or a
        group's noun phrase (descriptions.yaml group_nouns: "the local Emir of the ISIL terrorist
        group", check 34 n 2; "of the so-called free Syrian army", check 38 n 65)?"""
        if token.pos_ == "PROPN":
            entity_id = self._resolve(*self._name_bounds(token), token).get("entity_id")
        elif token.pos_ == "NOUN" and name_key(token.lemma_) in self.base.cue("group_nouns"):
            entity_id = self._resolve(*party_bounds(token), token).get("entity_id")
        else:
            return False
        return bool(entity_id) and self._kind(str(entity_id)) == "armed_group"

    def _tied_to_a_group(self, head: Token) -> Token | None:
        """The named armed group people are said to be tied to (descriptions.yaml tie_words:
        "operatives tied to Jabhat Fath al-Sham", "fighters affiliated with ISIS", "men loyal to
        Ahrar al-Sham"): they are that group's (check 34 n 55: "operatives" read as Syria's
        intelligence). Only people nouns (group_person_nouns, or a noun with a sector term that
        is no group noun): "a group linked to al-Qaeda" is a group of its own."""
        if head.pos_ != "NOUN" or name_key(head.lemma_) in self.base.cue("group_nouns"):
            return None
        key = name_key(head.lemma_)
        if key not in self.base.cue("group_person_nouns") and self.base.sectors.get(key) is None:
            return None
        ties = self.base.cue("tie_words")
        for clause in head.children:
            if clause.dep_ not in ("acl", "amod", "relcl") or name_key(clause.lemma_) not in ties and clause.lower_ not in ties:
                continue
            for prep in clause.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("to", "with"):
                    continue
                group = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
                if group is None or self._one_of_a_list(group):
                    continue  # "terrorists affiliated to al-Nusra Front the so-called Ahrar al-Sham Movement and ...": many groups' rebels
                entity_id = self._resolve(*self._name_bounds(group), group).get("entity_id")
                if entity_id and self._kind(str(entity_id)) == "armed_group":
                    return group
        return None

    def _one_of_a_list(self, name: Token) -> bool:
        """Is the name one of several listed: with conjuncts of its own, or followed at once by
        "and", a comma or another noun phrase (the parser hangs the rest of a list elsewhere)?"""
        if name.conjuncts:
            return True
        end = self._name_bounds(name)[1]
        after = self.doc[end] if end < len(self.doc) else None
        return after is not None and (after.pos_ in ("CCONJ", "DET", "PROPN") or after.text == ",")

    def _group_of_a_named_unit(self, head: Token) -> Token | None:
        """The named armed group after "of" a capitalised unit name the base does not know, whose
        words hold a formation noun (descriptions.yaml unit_nouns): "Storm of North Brigade of the
        so-called free Syrian army" is the FSA's (check 38 n 65), never the state's army its word
        "Brigade" would give. The token of the group's name, else None."""
        start, end = self._name_bounds(head) if head.pos_ == "PROPN" else party_bounds(head)
        words = [t for t in self.doc[start:end] if t.pos_ in ("NOUN", "PROPN")]
        units = self.base.cue("unit_nouns")
        if not words or not all(t.text[:1].isupper() for t in words) or not any(name_key(t.text) in units for t in words):
            return None
        for prep in (c for t in self.doc[start:end] for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= end):
            group = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if group is not None and self._names_an_armed_group(group):
                return group
        return None

    def _struck_in_a_country(self, head: Token) -> str | None:
        """The country a passive verb of harm (descriptions.yaml harm_verbs: "killed", "wounded")
        puts its subject in by the country's own name ("had been killed in Syria"); a town
        says less (the people may be foreign), so only a country's name counts."""
        verb = head.head
        if head.dep_ != "nsubjpass" or verb.lemma_.lower() not in self.base.cue("harm_verbs"):
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for place in prep.children:
                    ent = next((e for e in self.entities if e.start <= place.i < e.end and e.label_ == "GPE"), None)
                    if place.dep_ == "pobj" and ent is not None and ent.text[:1].isupper() \
                            and not self.base.is_seat(ent.text) and name_key(ent.text) not in self.base.adjectives:
                        iso3 = self.base.country_of(ent.text)
                        if iso3:
                            return iso3
        return None

    def _civilian_victims(self, head: Token, fields: dict[str, Any]) -> bool:
        """Whether a mention that the sector words leave undecided or armed is, by what befalls
        it, civilians: a victim count noun (descriptions.yaml victim_count_nouns: "casualties")
        that names no side of its own, or a people noun that may be armed or civilian
        (victim_people_nouns: "tribesmen", "loyalists") struck by a civilian fate
        (civilian_fate_verbs: executed, massacred, evacuated, displaced)."""
        key = name_key(head.lemma_)
        if key in self.base.cue("victim_count_nouns") and fields.get("sector") == "UNK":
            return not self._side_of_victims(head)
        if key not in self.base.cue("victim_people_nouns") or fields.get("sector") not in ("PRM", "GOV", "MIL"):
            return False
        fates = self.base.cue("civilian_fate_verbs")
        node = head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "NUM") \
                and head.head.head.ent_type_ == "CARDINAL":
            node = head.head.head  # "dozens of tribesmen", "thousands of regime loyalists": the count's role
        if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in fates:
            return True  # "ISIS executed tribesmen", "tribesmen were massacred"
        for clause in [*head.children, *node.children]:
            if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in fates:
                continue
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                return True  # "thousands of regime loyalists evacuated the day before"
            if any(c.dep_ == "nsubjpass" for c in clause.children):
                return True  # "tribesmen who were summarily executed"
        return False

    def _side_of_victims(self, head: Token) -> bool:
        """Whether a victim count names whose people they are: a modifier or an "of"/"among"/
        "on" object that is a side ("regime casualties", "casualties among the rebels",
        "casualties inflicted on the terrorists"), a sector word, a country or a named body."""
        sides: list[Token] = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        for child in head.children:
            preps = [child] if child.dep_ == "prep" else [g for g in child.children if g.dep_ in ("prep", "agent")] \
                if child.dep_ in ("acl", "relcl") else []
            sides += [o for p in preps if p.lower_ in ("of", "among", "on", "by", "to") for o in p.children if o.dep_ == "pobj"]
        for token in sides:
            term = self.base.sectors.get(name_key(token.lemma_)) or self.base.sectors.get(name_key(token.text))
            if term is not None and term.sector not in ("CVL", "UNK") or self.base.country_of(token.text) \
                    or token.pos_ == "PROPN" and self._named(token) is not None:
                return True
        return False

    def _framed_abroad(self, head: Token, opening: bool = False) -> str | None:
        """The country of an "in <country>" frame that opens the clauses over a mention, when it
        is another country than the story's: "In Iraq a Defense Ministry statement said government
        forces repelled an ISIS attack" in a Syria story sets "government forces" in Iraq (FA-KES
        article 1918398782, the paragraph of fifteenth blind check n 42). The safeguards of ``localise``: the frame names the country
        itself (so it is named near), a seat of power ("In Moscow the government said") says whose
        government speaks, not where the body is, and an origin ("natives of") is no frame. Only a
        frame before the mention counts: "the army fought in Lebanon" says where it went.
        For people of no state (``opening``: "In Iraq meanwhile ... a suicide bomber attacked",
        twenty-eighth blind check n 63) the frame must open its clause, before the verb ("Sabra
        said in Turkey the attack killed 1300 people" says where he spoke), and a mention with
        a place of its own ("their brethren in Syria") keeps it."""
        if not self.setting:
            return None
        if opening and any(c.dep_ == "prep" and c.lower_ == "in" for c in head.children):
            return None
        for node in head.ancestors:
            if node.pos_ not in ("VERB", "AUX"):
                continue  # "peace talks in Switzerland between the government and the opposition": a noun's place
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > head.i or opening and prep.i > node.i:
                    continue
                for place in prep.children:
                    if place.dep_ != "pobj":
                        continue
                    ent = next((e for e in self.entities if e.start <= place.i < e.end and e.label_ == "GPE"), None)
                    text = ent.text if ent is not None else place.text
                    iso3 = self.base.country_of(text) if text[:1].isupper() else None
                    if iso3 and iso3 != self.setting and iso3 in self._named_countries() \
                            and not self.base.is_seat(text) and not self._only_an_origin(text):
                        return iso3
        return None

    def _placed_abroad(self, head: Token) -> str | None:
        """The other country where every place of the mention's sentence lies (its towns and
        cities, not a country's own word), when there are two places or more and that country
        is named in the sentence or the one before: "It has been driven out of ... Fallujah and
        pro-government forces have also renewed an offensive around Mosul" after "IS has also
        been under attack in neighbouring Iraq" sets the forces in Iraq,
        not in the Syria of the story (dev 1801 n 46). A seat of power ("Moscow said") speaks for a
        government and is no place of fighting, so a sentence with one decides nothing."""
        if not self.setting:
            return None
        sentence = head.sent
        countries: list[str] = []
        for ent in self.entities:
            if ent.label_ not in ("GPE", "LOC", "FAC") or not (sentence.start <= ent.start < sentence.end):
                continue
            if self.base.is_seat(ent.text):
                return None
            if self.base.country_of(ent.text) or self.base.adjectives.get(name_key(ent.text)) \
                    or name_key(ent.text) in self.base.cue("region_names"):
                continue  # "the US journalist", "US-led": a country's word says whose, not where
            iso3 = _country_of_a_city_of_note(ent.text)
            if iso3:
                countries.append(iso3)
        if len(countries) < 2 or len(set(countries)) != 1 or countries[0] == self.setting:
            return None
        iso3 = countries[0]
        start = self._window_start(sentence.start)
        named = any(t.text[:1].isupper() and not _origin_of_a_person(t) and self.base.country_of(t.text) == iso3
                    for t in self.doc[start:sentence.end])
        return iso3 if named and iso3 in self._named_countries() else None

    def _only_an_origin(self, place: str) -> bool:
        """Whether every mention of a place in the article follows "natives of", "citizens of",
        "a native of" (descriptions.yaml origin_nouns): it says where people come from."""
        if place not in self._origins:
            if self._positions is None:  # asked for every event's place: index the tokens once
                self._positions = {}
                for token in self.doc:
                    self._positions.setdefault(token.text, []).append(token.i)
            words = place.split()
            found = [self.doc[i] for i in self._positions.get(words[0], []) if self.doc[i:i + len(words)].text == place]
            self._origins[place] = bool(found) and all(self._after_an_origin_noun(t) for t in found)
        return self._origins[place]

    def _after_an_origin_noun(self, token: Token) -> bool:
        """Whether a place's first word is in the "of"/"from" phrase of an origin noun ("natives of")."""
        node = token
        while node.dep_ in ("compound", "amod", "det") and node.head.i > node.i:
            node = node.head
        prep = node.head
        return node.dep_ == "pobj" and prep.lower_ in ("of", "from") \
            and name_key(prep.head.lemma_) in self.base.cue("origin_nouns")

    def _named_near(self, party: Party, iso3: str) -> bool:
        """Whether a word of ``iso3`` (its name, demonym, capital) stands in the party's
        sentence or the one before: a foreign place takes people of the story out of its
        country only when the text near them speaks of that country."""
        token = next((t for t in self.doc if t.idx <= party.span[0] - self.offset < t.idx + len(t)), None)
        if token is None:
            return True  # a party of another reading: nothing to go by, as before
        start, end = self._window_start(token.i), token.sent.end
        return any(t.text[:1].isupper() and not _origin_of_a_person(t) and self.base.country_of(t.text) == iso3
                   and not self._owner_of_a_force(t) for t in self.doc[start:end]) or any(
            e.label_ in ("GPE", "NORP") and start <= e.start < end and self.base.country_of(e.text) == iso3
            and not self._owner_of_a_force(e.root) for e in self.entities)

    def _owner_of_a_force(self, token: Token) -> bool:
        """Whether a country word only says whose a machine of war or a force is ("the US
        warplanes targeted the residential areas", descriptions.yaml machine_nouns, a MIL noun
        of sectors.tsv): the attacker's country, not where its victims are (thirty-fourth blind
        check n 54: "over 60 civilians" in a village near Aleppo became American)."""
        if token.dep_ in ("npadvmod", "compound", "amod") and token.head.lower_ in self.base.cue("sponsor_participles"):
            return True  # "the US-led coalition"
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i == token.i:
            return False
        key = name_key(token.head.lemma_)
        term = self.base.sectors.get(key)
        return key in self.base.cue("machine_nouns") or name_key(token.head.text) in self.base.cue("machine_nouns") \
            or term is not None and term.sector == "MIL"

    def _a_person_who_kills(self, head: Token) -> bool:
        """Whether a noun of a civilian person ("man", "woman", "person") is the subject of a
        relative clause of violence (descriptions.yaml violent_act_verbs): "the man who
        beheaded", "a person who shot". "the man who was killed" is a victim and stays."""
        term = self.base.sectors.get(name_key(head.lemma_))
        if term is None or term.sector != "CVL":
            return False
        for clause in head.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in self.base.cue("violent_act_verbs") and any(
                    c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in clause.children):
                return True
        return False

    def _fighters_in_a_sport(self, head: Token) -> bool:
        """Whether "fighters" (descriptions.yaml sport_fighter_nouns) are sportsmen: their sentence
        speaks of a bout or a contest of sport (sport_event_words: "bout", "boxing", "title fight",
        "Olympics"). "The fighters engaging freely in a thrilling duel" after "the bout" are boxers."""
        if name_key(head.text) not in self.base.cue("sport_fighter_nouns") \
                or any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.children):
            return False  # "the opposition fighters" in "the latest bout of attacks" stay rebels (eval a0080)
        words = self.base.cue("sport_event_words")
        tokens = [t for t in head.sent if not (t.i + 1 < len(t.doc) and t.nbor().lower_ == "of")]  # "a bout of fighting"
        return any(name_key(t.text) in words or t.i + 1 < len(t.doc) and name_key(f"{t.text} {t.nbor().text}") in words
                   for t in tokens)

    def _a_person_doing_violence(self, head: Token) -> bool:
        """Whether a bare noun of persons (descriptions.yaml violent_doer_nouns: "man", "two men",
        "a woman") does violence in its own clause: the subject of a violent act (violent_act_verbs,
        on its verb or a verb joined to it: "Two men stormed the church and beheaded the priest"),
        the agent after "by" of one ("the priest was stabbed by a man"), or who holds or takes
        someone hostage ("was being held hostage by a man in his 40s"). "Two men were killed" and
        "a man killed himself" are no such acts."""
        if name_key(head.lemma_) not in self.base.cue("violent_doer_nouns") and name_key(head.text) not in self.base.cue("violent_doer_nouns"):
            return False
        if head.dep_ == "nsubj" and head.head.pos_ == "VERB":
            verb = head.head
            acts = [verb, *(v for v in verb.conjuncts if v.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))]
            return any(self._violent_act(act) for act in acts)
        if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.pos_ == "VERB":
            return self._violent_act(head.head.head, passive=True)
        return False

    def _violent_act(self, verb: Token, passive: bool = False) -> bool:
        """Whether a verb is a violent act on someone else (violent_act_verbs with no reflexive
        object, or "hold"/"take" with "hostage": hostage_verbs, hostage_words)."""
        lemma = name_key(verb.lemma_)
        if lemma in self.base.cue("hostage_verbs") and any(
                name_key(c.lower_) in self.base.cue("hostage_words") for c in verb.children):
            return True
        if lemma not in self.base.cue("violent_act_verbs"):
            return False
        if passive:
            return True
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(self._a_headline_toll(o) for o in objects):
            return False  # "8 persons killed 58 others injured": a headline's toll, the persons are victims
        return bool(objects) and not any(o.lower_.endswith(("self", "selves")) or name_key(o.lemma_) in self.base.cue("word_objects")
                                         or name_key(o.text) in self.base.cue("word_objects") for o in objects)

    @staticmethod
    def _a_headline_toll(obj: Token) -> bool:
        """Whether a verb's "object" is the second count of a headline toll ("8 persons killed 58
        others injured", "A woman killed 30 injured"): a number, "others", or a word followed by
        "injured" or "wounded", which the parser reads as the object of "killed"."""
        after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
        return obj.pos_ == "NUM" or obj.lower_ in ("others", "other") \
            or after is not None and after.lower_ in ("injured", "wounded", "hurt")

    def _same_noun_before(self, head: Token) -> Token | None:
        """The last noun with the same lemma and words of its own in this sentence or the one
        before ("Suicide bombers" before "The bombers"): what "the" points back to."""
        for token in reversed(self.doc[self._window_start(head.i): head.i]):
            if token.pos_ == "NOUN" and token.lemma_ == head.lemma_ and any(
                    c.dep_ in ("amod", "compound") for c in token.children):
                return token
        return None

    def _named_before_as(self, antecedent: Token) -> Token | None:
        """"Six ISIS suicide bombers attacked the base ... The bodies of the suicide bombers were blown
        to pieces after they were shot": a pronoun's antecedent that is itself "the" + a noun of
        people or machines (descriptions.yaml ``person_or_machine_nouns``), not taken as a party of
        its own, points back as the description would to the last such noun with words of its own;
        that earlier phrase says whose they are (twenty-first blind check n 57: "they" became an
        unidentified armed group, the ISIS of the bombers lost)."""
        if antecedent.pos_ != "NOUN" or name_key(antecedent.lemma_) not in self.base.cue("person_or_machine_nouns") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in antecedent.children):
            return None
        return self._same_noun_before(antecedent)

    def _name_described(self, head: Token, start: int, end: int) -> Token | None:
        """The name an indefinite group noun stands in apposition to ("the Nusra Front a
        terrorist group", the comma dropped by the corpus and missed by the parser): a named
        organisation just before it, of the sector the noun's words give."""
        article = start if self.doc[start].lower_ in ("a", "an") else start - 1  # the bounds may leave "a" out
        if head.pos_ != "NOUN" or head.lemma_ not in _GROUP_NOUNS or article < 1 or self.doc[article].lower_ not in ("a", "an"):
            return None
        name = self.doc[article - 1]
        if name.pos_ != "PROPN" or name.ent_type_ not in ("ORG", "NORP", "PERSON", ""):
            return None
        entity = self._named(name)
        if entity is None or entity.kind in ("person", "country"):
            return None
        return name if entity.sector and entity.sector == self._resolve(start, end, head).get("sector") else None

    def _role_of_its(self, head: Token) -> bool:
        """Whether the noun is a role in a body (titles.tsv, descriptions.yaml body_role_nouns)
        owned by "its": "its top leadership", "its spokesman"."""
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            return False
        key = name_key(head.lemma_)
        return key in self.base.titles or key in self.base.cue("body_role_nouns")

    def _named_only_in_legal_notes(self, iso3: str) -> bool:
        """Whether every time the article names ``iso3`` by its name it is in a legal note:
        then its name says nothing of where the story happens (sixth hand check n 58)."""
        names = [t for t in self.doc if t.text[:1].isupper() and name_key(t.text) not in self.base.adjectives
                 and self.base.country_of(t.text) == iso3]
        return bool(names) and all(in_a_ban_note(t, self.base) for t in names)

    def _sole_named_country(self) -> str | None:
        """The story's country when the places give none but the article's country words
        point to one: named at least twice and more than twice as often as any other
        ("Syrian army missile kills 23 ... in a rebel-held town in the north": no town named,
        Syria three times, "British-based" once). Its unnamed people and forces are that
        country's (blind check 4: "23 people", "government forces" left with no country)."""
        counts: dict[str, int] = {}
        for token in self.doc:
            # a seat of power ("Washington") names a government that acts, not where things happen
            if token.text[:1].isupper() and (not self.base.is_seat(token.text) or self._seat_as_a_place(token)) \
                    and not in_a_ban_note(token, self.base) and (iso3 := self.base.country_of(token.text)):
                counts[iso3] = counts.get(iso3, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    def _country_of_the_articles_state(self) -> str | None:
        """The story's country when neither its places nor a clear lead of country words give
        one, read from the state the article speaks of: the country words the geocoder counted
        (``named_counts``: names, demonyms, a dateline) and the article's KB bodies of state and
        people in office on its date, one each body however often quoted ("President Donald Trump ... the White
        House said ... the FBI" is a US story though it never names the United States; "Deputies
        of the State Duma" are Russia's). The leading country must be named at least twice and
        more than twice as often as any other: a country named once ("talks later that month in
        Thailand" in a Sri Lanka story) is no story's country (News Articles checks: N1 n 54,
        n 75; N2 n 68; N4 n 24 had no country)."""
        counts = dict(self.named_counts)
        bodies: dict[str, str] = {}  # entity → its country: a leader quoted ten times is one body of state
        for ent in self.entities:
            if ent.label_ in ("PERSON", "ORG", "FAC", "GPE") and (found := self._state_of_a_named_body(ent)) is not None:
                bodies[found[0]] = found[1]
        for iso3 in bodies.values():
            counts[iso3] = counts.get(iso3, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked:
            return None
        if ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
            return ranked[0][0]
        return None

    def _state_of_a_named_body(self, ent: Span) -> tuple[str, str] | None:
        """The entity and country of a KB body of state (a government body, a seat of power:
        "the White House", "the Kremlin") or of a person in office on the article's date
        ("Trump" in 2017) that ``ent`` names; None for other names (companies, armed groups, parties,
        people out of office or in no office of state: "bin Laden"), which say nothing of where
        the story is, and for a seat named as a place ("the attacks on New York and Washington")."""
        entity = self.base.lookup(self._quote(ent.start, ent.end))
        if entity is None:
            return None
        if entity.kind == "person":
            role = self.base.role_on(entity.entity_id, self.published)
            return (entity.entity_id, role.country) if role is not None and role.country and role.sector in _STATE_SECTORS else None
        if entity.country and (entity.kind == "government_body" or entity.kind == "country" and entity.sector == "GOV"
                               and self.base.is_seat(ent.text) and not self._seat_as_a_place(ent.root)):
            return entity.entity_id, entity.country
        return None

    def _seat_as_a_place(self, token: Token) -> bool:
        """Whether a seat of power is named as a place ("the Damascus suburb of Jaramana",
        "a bomb in Damascus": descriptions.yaml seat_place_nouns, seat_place_prepositions),
        not as the government that sits there ("Damascus accused Ankara")."""
        if token.dep_ in ("compound", "nmod", "amod") and name_key(token.head.lemma_) in self.base.cue("seat_place_nouns"):
            return True
        return token.dep_ == "pobj" and token.head.lower_ in self.base.cue("seat_place_prepositions")

    def _named_countries(self) -> set[str]:
        """The countries the article names by a word of their own (name, demonym, capital)."""
        if self._countries is None:
            self._countries = {iso3 for t in self.doc if t.text[:1].isupper() and not _origin_of_a_person(t)
                               and (iso3 := self.base.country_of(t.text))}
            for ent in self.entities:
                if ent.label_ in ("GPE", "NORP") and len(ent) > 1 and (iso3 := self.base.country_of(ent.text)):
                    self._countries.add(iso3)  # "Saudi Arabia", "United States"
        return self._countries

    def _in_country(self, sector: str, iso3: str, words: list[str] | None = None) -> dict[str, Any]:
        # a body of local government ("the local council") is never the national body
        body = regional_government_body(words or [], self.base) if sector == "GOV" else None
        if body is not None and body.country == iso3:  # "Scottish ministers": the Scottish Government
            return dict(self._by_id_fields(body))
        return in_country(sector, iso3, self.base, self.published, local=is_local_body(words or [], self.base)
                          or is_regional_government(words or [], self.base))

    def _shared_noun(self, head: Token, fields: dict[str, Any]) -> dict[str, Any]:
        """"Russian and Syrian jets": a demonym standing for a noun it shares with another
        ("Russian" for "Russian jets") takes that noun's sector."""
        if name_key(head.text) not in self.base.adjectives:
            return fields
        node = head
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        noun = node.head if node.dep_ in ("amod", "compound", "nmod") else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return fields
        # the noun with its own compounds: "Syrian and Russian air fleets" share "air fleets"
        tokens = [head, *(c for c in noun.lefts if c.dep_ == "compound" and c.i > head.i), noun]
        words = [self.text[t.idx + self.offset: t.idx + self.offset + len(t)] for t in tokens]
        shared = resolve_words(words, noun.lemma_, self.base, self.published)
        shared.pop("why", None)
        if not shared.get("sector") and fields.get("country") and self._is_machine_or_force(noun):
            # a machine or force noun the base has no phrase for: the state's military
            shared = {**fields, **self._in_country("MIL", str(fields["country"]), words), "sector": "MIL"}
        if not shared.get("sector") and noun.lemma_.lower() in _ALLY_NOUNS and fields.get("country"):
            # "his Russian and Iranian backers": a state that backs a side is its government, as "his backer Russia"
            country = str(fields["country"])
            name = sector_name("GOV", country, self.base)
            return {**fields, "sector": "GOV", "acled_inter": 1, "name": name, "acled_name": name, "cameo_code": f"{country}GOV"}
        return shared if shared.get("sector") else fields

    def _same_surname(self, head: Token, fields: dict[str, Any]) -> dict[str, Any]:
        """A one-word name that an earlier person of the article bears as surname is that
        person, not the base's namesake: "Hariri" after "Nasr al-Hariri" (not Saad Hariri),
        "Golani" after "Abu Omar al-Golani"."""
        word = _surname_key(head.text)
        for known in reversed(self.known):
            if known.token >= head.i:
                continue
            if known.surname and _surname_key(known.surname) == word and known.key != fields.get("entity_id") \
                    and not known.fields.get("entity_id") and len(str(known.fields.get("name") or "").split()) > 1:
                return dict(known.fields)
        return fields

    def _named_in_full_before(self, head: Token, start: int, end: int, fields: dict[str, Any]) -> dict[str, Any]:
        """A short form of a person the article named in full before is that person: "Prince
        Saud" after "Foreign Minister Prince Saud al-Faisal" (twenty-sixth blind check n 43),
        whom the base knows only by the full name. The words past the titles (titles.tsv and
        descriptions.yaml male_titles/female_titles) must all be words of that person's names,
        and the person the last one named who has them."""
        titles = self.base.titles | self.base.cue("male_titles") | self.base.cue("female_titles")
        words = [t for t in self.doc[start:end] if t.pos_ == "PROPN" or t.text[:1].isupper()]
        while words and name_key(words[0].text) in titles:
            words = words[1:]
        if not words or not all(t.text[:1].isupper() and t.i >= start for t in words):
            return fields
        keys = {name_key(t.text) for t in words}
        for known in reversed(self.known):
            entity_id = known.fields.get("entity_id")
            if known.token >= start or not entity_id or known.kind != "person":
                continue
            if keys <= self.base.name_words(str(entity_id)):
                return dict(known.fields)
        return fields

    def _body_of_state(self, head: Token, fields: dict[str, Any]) -> dict[str, Any]:
        """A state body named with its country after "of" or "in": "the government in
        Damascus", "the regime of Bashar al Assad", "the government of President Assad"
        (the country of the role held on the day)."""
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "in"):
                continue
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            following = self._entity_around(self.doc[prep.i + 1]) if prep.i + 1 < len(self.doc) else None
            if following is not None and following.start == prep.i + 1 and following.label_ in ("PERSON", "NORP"):
                named = self._resolve(following.start, following.end, following.root)  # "of Bashar al-Assad" misparsed
            elif following is None and prep.i + 1 < len(self.doc) and self.doc[prep.i + 1].ent_type_ == "GPE":
                named = self._resolve(prep.i + 1, prep.i + 2, self.doc[prep.i + 1])  # "in Damascus"
            elif body is not None and body.pos_ == "PROPN":
                named = self._resolve(*self._name_bounds(body), body)
            else:
                continue
            country = named.get("country") if named.get("entity_id") is None or self._kind(str(named["entity_id"])) in ("person", "country", None) else None
            if country:
                found = self._in_country(str(fields["sector"]), str(country), [t.text for t in self.doc[slice(*party_bounds(head))]])
                return {**fields, **{k: v for k, v in found.items() if v is not None}}
        return fields

    def _from_group(self, head: Token) -> dict[str, Any] | None:
        """"The fighters from the Faylaq al-Sham faction and al-Nusra Front", "members of
        the National Defence Forces": the groups named after "from" or "of". One group is
        itself; several of one country and sector are that country's sector, none by name.
        None when the words after the preposition name no armed group or state force."""
        preps = list(head.rights)
        end = party_bounds(head)[1]
        if end < len(self.doc) and self.doc[end].dep_ == "prep" and self.doc[end].head == head.head and head.dep_ in ("dobj", "nsubjpass"):
            # "killing two men from Hezbollah", the parser hanging "from" on the verb (tenth blind check n 17)
            preps.append(self.doc[end])
        preps += self._trailing_owner_of_conjunct(head)
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                continue
            first = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if first is None:
                return None
            first = self._bracketed_name(self._name_after_a_gloss(first))
            unnamed = self._unnamed_armed_group(first)
            if unnamed is not None:  # "seven people of a local armed group": that group's side
                return unnamed
            named: list[dict[str, Any]] = []
            # "two men from Hezbollah and three men from the committees": the next count is no group
            conjuncts = [c for c in first.conjuncts if name_key(c.lemma_) not in self.base.cue("group_person_nouns")]
            for token in [first, *conjuncts]:
                bounds = self._entity_bounds(token)
                found = self._resolve(*bounds, token)
                if not found.get("entity_id") and self._multinational(*bounds):
                    found = self._coalition_named(token)  # "warplanes from the international coalition" (fourteenth blind check n 28)
                entity = found.get("entity_id")
                kind = self._kind(str(entity)) if entity else None
                if not (entity and kind not in ("person", "country", "media") and found.get("sector") in _ARMED_SECTORS | {"MIL"}):
                    return None  # "fighters from Idlib", "members of the family": no group named
                named.append(found)
            start, end = party_bounds(first)
            if len(named) == 1:
                return {**named[0], "antecedent": self._quote(start, end)}
            if len({(f.get("country"), f.get("sector")) for f in named}) == 1 and named[0].get("country"):
                sector, country = str(named[0]["sector"]), str(named[0]["country"])
                return {**self._in_country(sector, country), "country": country, "sector": sector,
                        "acled_inter": named[0].get("acled_inter"), "antecedent": self._quote(start, end)}
            return None
        return None

    def _unnamed_armed_group(self, group: Token) -> dict[str, Any] | None:
        """The fields of an armed group no name identifies, after "of"/"from" people ("another
        seven people of a local armed group were killed in the clash": check 36 n 48, read as
        civilians): a group noun (descriptions.yaml group_nouns) whose words give an armed
        sector of no state ("armed group", "rebel faction"), alone, not in a list; None otherwise.
        A home militia's term (``_militia_of_the_land``) is such a body too."""
        militia = self._militia_of_the_land(group)
        if militia is not None:
            return militia
        if group.pos_ != "NOUN" or name_key(group.lemma_) not in self.base.cue("group_nouns") or group.conjuncts:
            return None
        start, end = party_bounds(group)
        found = self._resolve(start, end, group)
        if found.get("entity_id") or found.get("sector") not in ("REB", "UAF"):
            return None
        if self.setting and not found.get("country"):  # the story's armed group, as other rebels of no country word
            found = {**found, **self._in_country(str(found["sector"]), self.setting), "sector": found["sector"]}
        return {**found, "antecedent": self._quote(start, end)}

    def _militia_of_the_land(self, group: Token) -> dict[str, Any] | None:
        """The fields of a militia that a term of descriptions.yaml ``home_militias`` names
        after "of"/"from" people ("Three fighters from the Popular committees in Quneitra were
        killed": fifty-ninth blind check n 12, read as rebels): armed people from a described
        body are that body's, here the story's pro-government militia (PRM), as the term alone
        resolves. None for any other noun, a name the base knows, or a term in a list."""
        if group.pos_ not in ("NOUN", "PROPN") or group.conjuncts:
            return None
        start, end = party_bounds(group)
        words = [self.text[t.idx + self.offset: t.idx + self.offset + len(t)] for t in self.doc[start:end]]
        if not self._home_militia(words, group):
            return None
        found = self._resolve(start, end, group)
        if found.get("entity_id") or found.get("sector") != "PRM":
            return None
        country = found.get("country") or self.setting
        if country:
            found = {**found, **self._in_country("PRM", str(country), words), "sector": "PRM"}
        return {**found, "antecedent": self._quote(start, end)}

    def _plural_first_conjunct(self, head: Token, start: int) -> Token | None:
        """The plural noun that opens a mention as a modifier of its head and has a conjunct
        ("Rebels and opposition officials": "Rebels" nmod of "officials", "opposition" its
        conjunct). A plural noun modifies no noun in English ("rebels officials" is not said): it
        is the first head of a coordination the parser misread. None otherwise."""
        if head.pos_ != "NOUN":
            return None
        return next((c for c in head.children if c.dep_ in ("nmod", "compound") and c.i == start and c.tag_ == "NNS"
                     and c.pos_ == "NOUN" and any(k.dep_ == "conj" for k in c.children)), None)

    def _trailing_owner_of_conjunct(self, head: Token) -> list[Token]:
        """"by regime aircraft and warplanes of the US-led international coalition": the parser
        hangs an "of" or "from" phrase that follows the last of two joined machines
        (descriptions.yaml machine_nouns) on the first, yet it names the owner of the last one
        (thirty-first blind check n 99; ACTORS.md, equipment of a coalition). The phrase, for a
        machine with none of its own; else nothing."""
        if head.dep_ != "conj" or name_key(head.lemma_) not in self.base.cue("machine_nouns") \
                and name_key(head.text) not in self.base.cue("machine_nouns"):
            return []
        if any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in head.children):
            return []
        return [c for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i > head.i]

    def _coalition_named(self, token: Token) -> dict[str, Any]:
        """The fields of a bare coalition noun after "from" or "of" ("planes from the coalition"):
        the coalition the article names, else the one that fights in the story's country, as a
        bare "the coalition" resolves; empty when there is none."""
        named = self._coalition(token)
        if named is not None:
            return self._resolve(*party_bounds(named), named)
        return self._coalition_of_the_setting(token) or {}

    def _bracketed_name(self, token: Token) -> Token:
        """"snipers from Jabhat al-Nusra-linked terrorist groups (Nusra Front)": a common noun
        whose bracketed apposition is a name stands for the name (sixteenth blind check n 73).
        Else the token itself."""
        if token.pos_ != "NOUN":
            return token
        for appos in token.children:
            if appos.dep_ == "appos" and appos.pos_ == "PROPN" and appos.i > token.i and self.doc[token.i + 1].text == "(" \
                    and self._named(appos) is not None:
                return appos
        return token

    def _name_after_a_gloss(self, token: Token) -> Token:
        """"from (Lebanese Shia group) Hezballah": an editor's gloss in brackets before a name
        (quotes in agency copy) is no group of its own; the name after the bracket is the one
        meant (tenth blind check n 17). Else the token itself."""
        closing = next((c for c in token.children if c.dep_ == "punct" and c.text == ")" and c.i > token.i), None)
        if closing is None or not any(c.text == "(" for c in token.children) or closing.i + 1 >= len(self.doc):
            return token
        name = self.doc[closing.i + 1]
        return name if name.pos_ == "PROPN" else token

    def _alliance_of_armed_men(self, head: Token) -> dict[str, Any] | None:
        """"an alliance of rebels", "a coalition of jihadist groups": a multinational noun whose
        "of" names armed men of no group by name is those men, in their country or the
        story's, not the coalition the article named (dev sample 2601, n 17)."""
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        member = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if member is None or member.pos_ != "NOUN":
            return None
        start, end = party_bounds(member)
        found = self._resolve(start, end, member)
        sector, country = found.get("sector"), found.get("country") or self.setting
        if sector not in _ARMED_SECTORS or found.get("entity_id") or not country:
            return None
        return {**self._in_country(str(sector), str(country)), "country": country, "sector": sector,
                "acled_inter": found.get("acled_inter"), "antecedent": self._quote(start, end)}

    def _entity_bounds(self, token: Token) -> tuple[int, int]:
        """The words that name ``token``'s group: its name, else its noun phrase."""
        entity = self._entity_around(token)
        if entity is not None:
            return entity.start, entity.end
        return self._name_bounds(token) if token.pos_ == "PROPN" else party_bounds(token)

    def _backed(self, head: Token) -> Token | None:
        """"Turkish forces backed by tanks", "troops supported by warplanes": forces or
        weapons with no owner of their own that back a party are that party's."""
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "by" or prep.head.lemma_.lower() not in _BACKING_VERBS:
            return None
        if not self._is_machine_or_force(head) or head.lower_ in _BARE_FORCES and any(
                c.dep_ in ("amod", "compound", "nmod") for c in head.children):
            # "the Iraqi army backed by the Kurdish fighters", "backed by popular defense forces":
            # a force that names its own kind is a second party, not the army's own men (dev 2201, n 33, n 100)
            return None
        backed = prep.head.head
        if prep.head.dep_ not in ("acl", "amod", "relcl") or backed.pos_ not in ("NOUN", "PROPN"):
            return None
        known = self.by_token.get(backed.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(backed), backed)
        ok = fields.get("sector") in _ARMED_SECTORS | {"MIL"} and (fields.get("country") or fields.get("entity_id"))
        return backed if ok else None

    def _the_national_force(self, head: Token, country: str) -> _Known | None:
        """"the Iraqi fighters" with "the": the armed body of that country named just
        before, in its sentence or the one before ("heavily armed Iraqi peshmerga forces ...
        The roughly 150 Iraqi fighters": the peshmerga, not Iraqi rebels; fifth check, n 6)."""
        if head.lemma_.lower() not in _BARE_FORCES | _MEMBER_NOUNS:
            return None
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
            return None  # "Iraqi fighters" with no "the" may be any of that country's
        for known in self._known_just_before(head):
            fields = known.fields
            if fields.get("entity_id") and known.kind not in ("person", "country") and fields.get("country") == country \
                    and fields.get("sector") in _ARMED_SECTORS | {"MIL"}:
                return known
        return None

    def _speakers_fighters(self, head: Token) -> dict[str, Any] | None:
        """Fighters with no owner word in a clause that an armed group's own spokesman or
        official reports ("The NDF official told AFP that two fighters were also wounded"):
        the speaker's group counts its own men (dev sample 2201, n 51: they were rebels)."""
        if head.lemma_.lower() not in _BARE_FORCES | _MEMBER_NOUNS or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return None
        node = head
        while node.dep_ != "ccomp" and node.head.i != node.i and node.head.i >= self.sentence_start[head.i]:
            node = node.head
        if node.dep_ != "ccomp" or node.head.lemma_ not in self.cues.reporting_verbs:
            return None
        speaker = self._reporter(node.head)
        if speaker is None or speaker.pos_ != "NOUN" or name_key(speaker.lemma_) not in self.base.titles:
            return None  # only a titled speaker ("official", "spokesman") speaks for a body
        start, end = party_bounds(speaker)
        fields = self._resolve(start, end, speaker)
        if not self._armed_group(fields) and not (fields.get("entity_id") and fields.get("sector") == "PRM"):
            return None
        return {**fields, "antecedent": self._quote(start, end)}

    def _moves_a_front(self, head: Token) -> bool:
        """Is the noun the subject of an act of arms, or of a verb that moves a front line with
        no object (descriptions.yaml ``front_moving_verbs``: "the opposition has not advanced",
        "opposition shelled the town")? "advanced a proposal" is words."""
        if head.dep_ != "nsubj":
            return False
        verb = head.head
        if verb.lemma_.lower() in self.base.cue("front_moving_verbs"):
            return not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
        return self._subject_of_arms(head)

    def _armed_opposition(self, head: Token) -> bool:
        """Does a clause on the noun say it fights ("opposition groups fighting the regime",
        "opposition factions that attacked the town"; descriptions.yaml ``fighting_verbs``), or
        is it what troops fight ("troops fighting against numerous opposition and terrorist
        groups", "the army battled the opposition"; eighth hand check n 87)? Armed opposition
        is REB by convention (ACTORS.md)."""
        verbs = self.base.cue("fighting_verbs")
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs for c in head.children):
            return True
        if any(c.dep_ in ("amod", "compound") and name_key(c.text) in self.base.cue("armed_opposition_words")
               for c in head.children):
            return True  # "militant opposition groups", "the armed opposition" (twelfth blind check n 17)
        if head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and self._is_military_action(head.head):
            return True  # "an opposition offensive", "opposition shelling" (ACTORS.md; nineteenth check n 66)
        if self._agent_of_arms(head):
            return True  # "shells fired by opposition groups" (eighteenth check n 30)
        if self._moves_a_front(head):
            return True  # "The opposition has not advanced because of the bombardment" (64/52)
        if self._strife_of_the_opposition(head):
            return True  # "intra-opposition violence", "infighting between opposition factions"
        if self._blamed_for_arms(head):
            return True  # "seeking to blame opposition groups" for a massacre
        if self._counts_an_armed_group(head):
            return True  # "Ahrar al-Sham was among the opposition groups that agreed to join the ceasefire"
        if self._wages_a_military_action(head):
            return True  # "opposition groups are mounting an offensive" (forty-third blind check n 21, n 91)
        node = head
        while node.dep_ in ("conj", "amod", "compound") and node.head.i != node.i:
            node = node.head  # "opposition and terrorist groups": the phrase the word is part of
        if node.dep_ == "dobj":
            return node.head.lemma_.lower() in verbs
        if node.dep_ == "pobj" and node.head.lower_ in self.base.cue("fighting_prepositions"):
            # "fought against / with / alongside the opposition": foe or partner in arms, it is armed
            return node.head.head.lemma_.lower() in verbs
        if node.dep_ == "nsubj" and node.head.lemma_.lower() in self.base.cue("capture_verbs"):
            # "the opposition seized Handarat": taking ground is armed (sixteenth blind check n 26)
            return any(c.dep_ == "dobj" and self._ground_taken(c) for c in node.head.children)
        return False

    def _wages_a_military_action(self, head: Token) -> bool:
        """Whether the noun carries out a military action: the subject of a waging verb
        (descriptions.yaml ``waging_verbs``) whose object is a military action ("opposition groups
        are mounting an offensive"), or the noun that such a participle qualifies ("the opposition
        making large incursions into the capital"). Who wages war bears arms (ACTORS.md)."""
        verbs = self.base.cue("waging_verbs")
        node = head
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # "rebels and opposition groups launched an offensive"
        if node.dep_ == "nsubj" and node.head.lemma_.lower() in verbs:
            governor = node.head
        else:
            governor = next((c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in verbs), None)
        if governor is None:
            return False
        return any(c.dep_ == "dobj" and self._is_military_action(c) for c in governor.children)

    def _counts_an_armed_group(self, head: Token) -> bool:
        """Whether an armed group of the base is one of the opposition groups: "Ahrar al-Sham was
        among the opposition groups" (the subject of "be among"), "opposition groups including
        Jaish al-Islam". Groups one of which bears arms are the armed opposition (thirty-second
        blind check n 50; ACTORS.md, REB by the Opposition convention)."""
        members: list[Token] = []
        if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_ == "be":
            members += [c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        members += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "including"
                    for o in p.children if o.dep_ == "pobj"]
        for member in members:
            entity = self._named(member) if member.pos_ == "PROPN" else None
            if entity is not None and entity.kind == "armed_group" and entity.sector in _ARMED_SECTORS:
                return True
        return False

    def _strife_of_the_opposition(self, head: Token) -> bool:
        """Whether the opposition word modifies a noun of armed strife ("intra-opposition
        violence", "opposition infighting") or is between whose sides it is ("clashes between
        opposition factions"; descriptions.yaml battle_nouns and armed_strife_nouns): an
        opposition at arms with itself bears arms (twenty-first blind check n 60)."""
        strife = self.base.cue("battle_nouns") | self.base.cue("armed_strife_nouns")
        if head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
            noun: Token | None = head.head
        else:
            noun = self._between_what(head, ("between", "among", "within"))
        return noun is not None and noun.pos_ == "NOUN" and (name_key(noun.lemma_) in strife or name_key(noun.text) in strife)

    def _blamed_for_arms(self, head: Token) -> bool:
        """Whether the opposition word is the one blamed or accused (descriptions.yaml
        accusing_verbs) where the sentence names the deed "for" which: an attack or a massacre
        (military_nouns, attack_nouns, blamed_deed_nouns). "The regime denied responsibility for
        the Ghouta Massacre while seeking to blame opposition groups": the accused of an attack
        bear arms (twenty-sixth blind check n 26). Blame for a failure of talks leaves them OPP."""
        node = head
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head
        if node.dep_ not in ("dobj", "nsubjpass") or node.head.lemma_.lower() not in self.base.cue("accusing_verbs"):
            return False
        deeds = self.base.cue("military_nouns") | self.base.cue("attack_nouns") | self.base.cue("blamed_deed_nouns")
        return any(t.dep_ == "pobj" and t.head.lower_ == "for" and (name_key(t.lemma_) in deeds or name_key(t.text) in deeds)
                   for t in head.sent)

    def _ground_taken(self, token: Token) -> bool:
        """Is the object of a capture verb ground: a place name, a place or position noun
        ("an area", "the base"), or "control" ("took control of the town")?"""
        key = name_key(token.lemma_)
        return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC") or key in self.base.cue("place_heads") \
            or key in self.base.cue("force_sites") or name_key(token.text) in self.base.cue("force_sites") \
            or key in self.base.cue("capture_objects")

    def _count_before_its_kind(self, head: Token) -> Token | None:
        """"killing and injuring dozens terrorist and mercenaries": a count that lost its "of"
        stands beside the noun it counts, parsed as a second object of the same verb."""
        if head.lower_ not in party_words().count_nouns or head.i + 1 >= len(self.doc):
            return None
        kind = self.doc[head.i + 1]
        if kind.pos_ != "NOUN" or kind.head.i != head.head.i or kind.dep_ != head.dep_:
            return None
        return kind if name_key(kind.lemma_) in self.base.sectors else None

    def _owner_of_members(self, head: Token) -> bool:
        """Is the noun the owner in "members of the group", "fighters of the organisation"?"""
        if head.dep_ != "pobj" or head.head.lower_ != "of":
            return False
        whole = head.head.head
        return whole.lemma_.lower() in _MEMBER_NOUNS or whole.lemma_.lower() in _ROLE_NOUNS

    def _holder_named_before(self, head: Token) -> _Known | None:
        """"the president" with no country word: the person the article named before who
        holds exactly that title on the day (people.yaml roles), the nearest first (dev
        sample 2202, n 63: "Trumps National Security Council ... the presidents closest
        advisers" were Trump's, not the Syrian government's)."""
        if head.pos_ != "NOUN" and not self._a_capitalised_bare_title(head) or name_key(head.lemma_) not in self.base.titles:
            return None
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        lost_possessive = head.dep_ in ("poss", "compound", "nmod", "amod") or after is not None and after.pos_ in ("ADJ", "NOUN")
        if head.tag_ in ("NNS", "NNPS") and not lost_possessive:
            # "his discussions with senators, including Sen. Blumenthal": many holders, not the one
            # named; "the presidents closest advisers" is a possessive that lost its apostrophe
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.children):
            return None  # "the rebel leader", "its president": words of its own say whose
        if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children):
            # "an election within 60 days of a president's impeachment": any holder of the
            # office, no one named before (News Articles check N3 n 60: Trump in a Korean story)
            return None
        title = name_key(head.lemma_)
        for known in reversed(self.known):
            if known.token >= head.i or known.kind != "person" or not known.fields.get("entity_id"):
                continue
            role = self.base.role_on(str(known.fields["entity_id"]), self.published)
            if role is not None and name_key(role.title) == title:
                return known
        return None

    def _titled_person_named_before(self, head: Token) -> _Known | None:
        """"Speaking in London, he said it was calculated to humiliate the minister": a bare
        singular "the minister" with no word of its own is the nearest person the article named
        before with that title word in their own mention ("Finance Minister Pravin Gordhan"),
        whose country that mention gave; not the state of the story's dateline or city (News
        Articles check N19 n 95: South Africa's finance minister became the UK government). The
        people.yaml title need not match ("finance minister" is no bare "minister"); a person
        whose mention gave no country is no help, and a title word that two persons of
        different countries bore before leaves it open."""
        if head.tag_ != "NN" or name_key(head.lemma_) not in self.base.titles:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "poss", "appos") or c.dep_ == "prep" and c.lower_ == "of"
               for c in head.children):
            return None  # "the foreign minister", "the minister of defence": words of its own say which
        title = head.lower_
        found: _Known | None = None
        for known in reversed(self.known):
            if known.token >= head.i or not (known.kind == "person" or self.doc[known.token].ent_type_ == "PERSON"):
                continue
            name = self.doc[known.token]
            start, end = party_bounds(name)
            # the title just before a name read alone ("foreign minister Gebran Bassil"), or the one it is set beside
            first = start
            while first > max(name.sent.start, start - 3) and self.doc[first - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                first -= 1  # "foreign minister" before the name; not "the minister met Gebran Bassil"
            words = list(self.doc[first:end]) + ([name.head] if name.dep_ == "appos" else [])
            if title not in (t.lower_ for t in words):
                continue
            if not known.fields.get("country"):
                continue
            if found is None:
                found = known
            elif known.fields.get("country") != found.fields.get("country"):
                return None  # "Foreign Minister Lavrov ... his Turkish counterpart Minister Cavusoglu": which one?
        return found

    def _country_of_the_opposition_named_before(self, head: Token) -> str | None:
        """"Istanbul, Turkey - ... head of the Syrian opposition delegation ... the opposition
        boycott has to do with disagreements between Russia and Turkey": a bare "the opposition"
        with no word of its own is the opposition the article named before with a country word
        ("the Syrian opposition"), not one of the state of the dateline or of a city (News
        Articles checks N18 n 86, N20 n 38, N24 n 76: Turkey's). The nearest such phrase wins."""
        if head.lower_ != "opposition" or any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.children):
            return None
        for token in reversed(self.doc[:head.i]):
            if token.lower_ != "opposition":
                continue
            # the words just before it, not the parse: "the Syrian opposition delegation" hangs
            # "Syrian" on "delegation"; "the Syrian armed opposition" puts a word between
            for word in reversed(self.doc[max(token.sent.start, token.i - 2):token.i]):
                if word.pos_ not in ("ADJ", "PROPN", "NOUN"):
                    break  # "said in Astana that opposition groups": a place of the saying, not theirs
                if word.text[:1].isupper() and not self.base.is_seat(word.text) and (iso3 := self.base.country_of(word.text)):
                    return iso3
        return None

    def _a_capitalised_bare_title(self, head: Token) -> bool:
        """"There are decisions that have to be signed off by the President": a title written with a
        capital after "the", with no name, country or "of" phrase of its own, is the holder the
        story named before, as its lower-case form is (News Articles checks N16 n 31 and N6 n 75:
        "the President" in a White House story became the Yemeni and the Russian government, the
        states of the story's places). The parser calls such a word a proper noun."""
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or name_key(head.lemma_) not in self.base.titles:
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if after is not None and after.pos_ == "PROPN":
            return False  # "the President Donald Trump": the name says who
        return not any(c.dep_ in ("prep", "compound", "amod", "nmod", "poss", "appos") for c in head.children)

    def _counted_people(self, head: Token) -> bool:
        """Is a plural demonym the kind of a count with "of" ("tens of thousands of Syrians",
        "hundreds of Iraqis")? Counted, a country's people are people, not its state."""
        if head.tag_ not in ("NNS", "NNPS") or head.dep_ != "pobj" or head.head.lower_ != "of":
            return False
        count = head.head.head
        return count.pos_ == "NUM" or count.lower_ in party_words().count_nouns

    def _whose_most_of_them(self, head: Token, end: int) -> Token | None:
        """"23 people most of them from the Ahrar al-Sham militant group", "twelve fighters
        many of them belonging to the Nusra Front": the share word with "of them" just after
        the count says who the counted people were, the group after "from" or "belonging to"
        (seventh hand check n 15). None unless that group is a named organisation or an armed
        sector. Share words: descriptions.yaml share_words."""
        if end >= len(self.doc) or self.doc[end].lower_ not in self.base.cue("share_words"):
            return None
        share = self.doc[end]
        if not any(p.lower_ == "of" and any(c.lower_ in _PLURAL for c in p.children) for p in share.children):
            return None  # "most of them": not "most of the town"
        for owner in (share, head):
            for child in owner.children:
                if child.i <= share.i:
                    continue
                prep = child if child.dep_ == "prep" and child.lower_ == "from" else next(
                    (p for p in child.children if p.dep_ == "prep" and p.lower_ == "to"), None) \
                    if child.dep_ == "acl" and name_key(child.lemma_) in party_words().owner_participles else None
                group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if group is None:
                    continue
                fields = self._resolve(*(self._name_bounds(group) if group.pos_ == "PROPN" else party_bounds(group)), group)
                entity = fields.get("entity_id")
                if entity and self._kind(str(entity)) not in ("person", "country", None) or fields.get("sector") in _ARMED_SECTORS:
                    return group
        return None

    def _state_of(self, token: Token) -> str | None:
        """The country of a state body, its army or its head that ``token`` names ("Assad",
        "government soldiers", "the regime"), else None."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        start, end = self._name_bounds(token) if token.pos_ == "PROPN" else party_bounds(token)
        fields = self._resolve(start, end, token)
        country = fields.get("country") or (self.setting if fields.get("sector") in _STATE_SECTORS and not fields.get("entity_id") else None)
        return str(country) if country and fields.get("sector") in ("GOV", "MIL") else None

    def _beside_or_against_the_state(self, head: Token) -> tuple[str, str] | None:
        """A bare force that a clause sets beside or against a state's forces: "government
        soldiers and other forces fighting alongside them" are not the army but fight for the
        state, its militia (PRM; seventh hand check n 40); "Islamic brigades fighting Assad"
        fight the state, so they are no part of it: its rebels (REB; n 69). A clause that names
        its enemy cannot be naming the force itself. Verbs: descriptions.yaml fighting_verbs."""
        verbs = self.base.cue("fighting_verbs")
        if head.dep_ == "conj" and any(c.lower_ == "other" for c in head.children if c.dep_ == "amod"):
            country = self._state_of(head.head)
            if country is not None:
                return ("PRM", country)
        if head.dep_ == "conj" and (patron := self._backed_from_abroad(head)) is not None:
            country = self._state_of(head.head)
            if country is not None and country != patron:  # "the Syrian army and Iranian-backed forces": its militia
                return ("PRM", country)
        for clause in (c for c in head.children if c.dep_ in ("acl", "relcl") and name_key(c.lemma_) in verbs):
            overthrown = self._overthrown_state(clause)
            if overthrown is not None:
                return ("REB", overthrown)
            for child in clause.children:
                if child.dep_ == "dobj" or child.dep_ == "prep" and child.lower_ == "against":
                    enemy = child if child.dep_ == "dobj" else next((c for c in child.children if c.dep_ == "pobj"), None)
                    country = self._state_of(enemy) if enemy is not None else None
                    if country is not None:
                        return ("REB", country)
                if child.dep_ == "prep" and child.lower_ in ("alongside", "beside"):
                    ally = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if ally is not None and ally.pos_ == "PRON" and head.dep_ == "conj":
                        ally = head.head  # "soldiers and other forces fighting alongside them"
                    country = self._state_of(ally) if ally is not None else None
                    if country is not None:
                        return ("PRM", country)
        return None

    def _backed_from_abroad(self, head: Token) -> str | None:
        """The patron country of a force noun named by "<country>-backed" ("Iranian-backed forces",
        "Russian-supported troops": descriptions.yaml patron_participles), else None. A patron backs
        a force that is not its own army; joined by "and" to a state's army ("Islamist rebels are
        battling the Syrian army and Iranian-backed forces"), the force is the militia beside that
        army, not the army again (sixty-first blind check n 80)."""
        for participle in (c for c in head.children if c.dep_ == "amod" and c.lower_ in self.base.cue("patron_participles")):
            for word in (c for c in participle.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")):
                iso3 = self.base.adjectives.get(name_key(word.text)) or self.base.country_of(word.text)
                if iso3:
                    return str(iso3)
        return None

    def _overthrown_state(self, clause: Token) -> str | None:
        """The country whose state a fighting clause means to overthrow ("troops fighting to
        topple him", "forces fighting to oust the regime": a "to" clause of descriptions.yaml
        overthrow_verbs; forty-eighth blind check n 88): those who fight to bring a state down
        are its rebels, whatever their noun. The state is the object's (_state_of), else the
        story's country for a pronoun ("him" after "Assad"). None otherwise."""
        for purpose in (c for c in clause.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"):
            if name_key(purpose.lemma_) not in self.base.cue("overthrow_verbs") \
                    or not any(a.dep_ == "aux" and a.lower_ == "to" for a in purpose.children):
                continue
            obj = next((c for c in purpose.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            if obj.pos_ == "PRON":
                return self.setting
            return self._state_of(obj)
        return None

    def _offspring_named_in(self, head: Token, end: int, parent: str) -> Token | None:
        """"Al-Qaedas affiliate in Syria Al-Nusra Front": the group named after the offspring
        noun, in the mention or a phrase on it ("in Syria ..."; not a clause, which may name
        its enemy), when it is an armed group other than ``parent``."""
        tail = [t for c in head.rights if c.dep_ in ("appos", "prep", "compound", "flat") for t in c.subtree]
        for token in [*self.doc[head.i + 1:end], *tail]:
            if token.pos_ != "PROPN" or token.dep_ == "compound":
                continue
            first, last = self._name_bounds(token)
            for begin in range(first, token.i + 1):  # "Syria Al-Nusra Front": the place word is no part of the name
                entity_id = self._resolve(begin, last, token).get("entity_id")
                if entity_id and entity_id != parent and self._kind(str(entity_id)) == "armed_group":
                    return self.doc[begin] if begin == token.i else token
        return None

    def _name_right_after(self, head: Token, end: int, fields: dict[str, Any]) -> Token | None:
        """The name of the base that directly follows a singular group noun ending the mention,
        with no comma: "the Lebanese terrorist group Hezbollah" when the parser makes "Hezbollah"
        the subject of the next verb (forty-first blind check n 50, read as Lebanese rebels). The
        description names that group. Only a group of the description's own country (when it
        names one), of no person or state; None otherwise."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in _GROUP_NOUNS \
                or fields.get("entity_id") or head.i != end - 1 or end >= len(self.doc):
            return None
        after = self.doc[end]
        if after.pos_ != "PROPN" or after.head.i == head.i or self._name_bounds(after)[0] != end:
            return None  # an apposition the parser saw is the apposition rule's; a name inside a longer phrase is not
        entity = self._named(after)
        if entity is None or entity.kind in ("person", "country"):
            return None
        if fields.get("country") and entity.country != fields["country"]:
            return None  # "the Syrian group Hezbollah" would be no description of it
        return after

    def _offspring_in_apposition(self, head: Token, fields: dict[str, Any]) -> tuple[int, int, dict[str, Any]] | None:
        """The armed group an "affiliate", "offshoot" or "branch" of an armed group (descriptions.yaml
        ``offspring_nouns``) stands in apposition to: "a former al Qaeda affiliate the Islamic State
        of Iraq and the Levant" is ISIL, not al-Qaeda (forty-third blind check n 100). The name's
        words and its fields; the longest name of the base from the apposition's first word, since
        the parser cuts long names at "and" ("of Iraq | and the Levant"). None when no other armed
        group of the base is apposed."""
        if head.pos_ != "NOUN" or name_key(head.lemma_) not in self.base.cue("offspring_nouns") or not fields.get("entity_id") \
                or self._kind(str(fields["entity_id"])) != "armed_group":
            return None
        for child in head.rights:
            if child.dep_ != "appos" or child.pos_ != "PROPN" or self._named(child) is None:
                continue
            start, end = self._name_bounds(child)
            for stop in range(min(end + 3, len(self.doc)), end - 1, -1):
                if any(t.is_punct for t in self.doc[end:stop]):
                    continue
                named = self._resolve(start, stop, child)
                if named.get("entity_id") and named["entity_id"] != fields["entity_id"] \
                        and self._kind(str(named["entity_id"])) == "armed_group":
                    return start, stop, named
        return None

    def _offspring_named_before(self, head: Token, parent: str) -> _Known | None:
        """The armed group other than ``parent`` named last before an "offshoot", "affiliate"
        or "branch" of ``parent``, in its sentence or the one before (descriptions.yaml
        ``offspring_nouns``), else None."""
        for known in self._known_just_before(head):
            entity = known.fields.get("entity_id")
            if entity and entity != parent and known.kind == "armed_group":
                return known
        return None

    def _group_of_its_country(self, head: Token, fields: dict[str, Any]) -> _Known | None:
        """"the Lebanese group", "the Syrian organisation": a definite group noun with a
        demonym is the last group of that country the article named (Hezbollah; seventh hand
        check), not the country's people or state. None for a group noun the base reads as a
        body of its own, or when no such group was named."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in _GROUP_NOUNS or not fields.get("country") \
                or fields.get("entity_id") or fields.get("sector"):
            return None  # "the popular defense groups" say their kind: no pointer to a named group
        if not any(c.dep_ in ("amod", "compound") and name_key(c.text) in self.base.adjectives for c in head.children):
            return None  # the country must be the noun's own demonym, not one the context gave
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
            return None  # "a Lebanese group" may be one not named yet
        for known in reversed(self.known):
            if known.token < head.i and known.fields.get("entity_id") and known.kind in _NAMED_GROUP_KINDS \
                    and known.fields.get("country") == fields["country"]:
                return known
        return None

    def _rescue_body(self, head: Token) -> _Known | None:
        """The rescue or aid body (kind ngo, sector MED or SOC) last named before a bare
        "volunteers", "rescuers", "paramedics" (descriptions.yaml ``rescue_member_nouns``): the
        article's rescuers are that body's people (eighth hand check n 93: the White Helmets'
        volunteers), not civilians. None when words of the noun's own say whose ("Kurdish
        volunteers", "volunteers from the Red Crescent") or no such body was named."""
        nouns = self.base.cue("rescue_member_nouns")
        compounds = [c for c in head.children if c.dep_ == "compound"]
        phrase = " ".join([*(name_key(c.text) for c in compounds), name_key(head.lemma_)])
        if phrase not in nouns and name_key(head.text) not in nouns:
            return None
        if any(c.dep_ in ("poss", "nmod", "prep", "acl") or c.dep_ == "amod" and c.lower_ not in _OTHERS_WORDS
               for c in head.children):
            return None
        for known in reversed(self.known):
            if known.token < head.i and known.kind == "ngo" and known.fields.get("sector") in ("MED", "SOC") \
                    and self._a_rescue_body(str(known.fields.get("entity_id"))):
                return known
        return self._rescue_body_unparsed(head)

    def _a_rescue_body(self, entity_id: str) -> bool:
        """Whether an aid body is one that rescues or treats people (descriptions.yaml
        rescue_bodies: the White Helmets, SARC, MSF), whose "volunteers" the article may
        speak of; a monitor or rights group (the Syrian Observatory, Human Rights Watch) has none."""
        return entity_id in self.base.cue("rescue_bodies")

    def _rescue_body_unparsed(self, head: Token) -> _Known | None:
        """The rescue body whose name the article wrote before ``head`` but spaCy did not read as a
        name, so no actor was remembered: "Airstrikes struck a center of Syrias rescuers known as
        the White Helmets ... The volunteers have often been targeted" (fifty-eighth blind check
        n 32, read as civilians). The last run of capitalised words (up to four) that the base
        knows as a rescue body; None when there is none."""
        found: _Known | None = None
        for i in range(head.i):
            if not self.doc[i].text[:1].isupper() or i and self.doc[i - 1].text[:1].isupper() and self.doc[i - 1].pos_ == "PROPN":
                continue  # a run starts at its first capitalised word
            for j in range(min(i + 4, head.i), i, -1):
                if any(t.is_punct for t in self.doc[i:j]):
                    continue  # "the White Helmets.": the name, not its sentence's full stop
                entity = self.base.lookup(self.doc[i:j].text)
                if entity is not None and entity.kind == "ngo" and self._a_rescue_body(entity.entity_id):
                    found = _Known(token=j - 1, sentence=self.sentence_start[i], fields=dict(self._by_id_fields(entity)),
                                   kind=entity.kind, key=entity.entity_id)
                    break
        return found

    def _society_of_the_setting(self, start: int, end: int) -> Entity | None:
        """The national society a mention names without its country ("12 Red Crescent
        volunteers"; descriptions.yaml ``bare_society_names``) in a story set in a country:
        that country's society ("Syrian Red Crescent", a name of SARC), which the story means
        (forty-eighth blind check n 8, n 82). None without a setting, with a country word in
        the mention, or when the base knows no such society of the setting."""
        if self.setting is None:
            return None
        words = [name_key(t.text) for t in self.doc[start:end]]
        if any(self.base.country_of(t.text) for t in self.doc[start:end]):
            return None  # "Turkish Red Crescent" is named by its own words
        text = f" {' '.join(words)} "
        for name in self.base.cue("bare_society_names"):
            if f" {name} " not in text:
                continue
            for adjective, iso3 in self.base.adjectives.items():
                entity = self.base.lookup(f"{adjective} {name}") if iso3 == self.setting else None
                if entity is not None and entity.kind == "ngo":
                    return entity
        return None

    def _body_in_apposition(self, head: Token) -> Entity | None:
        """The aid body (kind ngo) a member noun ("volunteers", "staff": descriptions.yaml
        rescue_member_nouns, bare_worker_nouns) stands in apposition to, as the parser reads
        "22 Red Crescent [SARC] volunteers": the body's people (ACTORS.md; forty-eighth blind
        check n 82), not civilians. None for any other noun or head."""
        if head.dep_ != "appos" or head.head.i >= head.i:
            return None
        nouns = self.base.cue("rescue_member_nouns") | self.base.cue("bare_worker_nouns")
        if name_key(head.text) not in nouns and name_key(head.lemma_) not in nouns:
            return None
        body = self._named(head.head) if head.head.pos_ == "PROPN" else None
        if body is None and head.head.pos_ == "PROPN":
            body = self._society_of_the_setting(*self._name_bounds(head.head))  # "Red Crescent": the setting's
        return body if body is not None and body.kind == "ngo" else None

    def _members_of_a_named_coalition(self, head: Token) -> _Known | None:
        """The named armed group that a coalition noun (descriptions.yaml multinational_nouns) in
        apposition to it says is made of the noun's people: "the Syrian Democratic Forces (SDF) a
        coalition of militias backed by the United States" (forty-eighth blind check n 74): the
        militias are the SDF's, not pro-government militia. None for any other phrase."""
        if head.dep_ != "pobj" or head.head.lower_ != "of":
            return None
        coalition = head.head.head
        if name_key(coalition.lemma_) not in self.base.cue("multinational_nouns") or coalition.left_edge.i == 0:
            return None
        # the group it is in apposition to, or whose phrase ends right before it: the parser often
        # hangs the appositive elsewhere ("the SDF) a coalition of militias ... a monitor said")
        before = self.doc[coalition.left_edge.i - 1]
        anchors = {before.i, before.head.i} | ({coalition.head.i} if coalition.dep_ == "appos" else set())
        return next((k for k in reversed(self.known) if k.token in anchors and k.kind == "armed_group"), None)

    def _fought_by_the_state(self, head: Token) -> str | None:
        """The country whose state (its government, army or head: _state_of) is the subject of an
        armed fighting verb with the noun as object, directly or through a quantity ("has been
        fighting a number of militias"): those it fights are no militia of its own. Else None."""
        target = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" else head
        verb = target.head
        if target.dep_ != "dobj" or name_key(verb.lemma_) not in self._armed_fighting_verbs():
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self._state_of(subject) if subject is not None else None

    def _fighting_participle(self, head: Token) -> bool:
        """Does an active participle on the noun say the people fight ("the governments term for
        people fighting to overthrow President Bashar al-Assad"; armed fighting_verbs)? A present
        participle (VBG) is their own act, unlike a passive one ("people killed by shelling");
        fighters are never civilians (forty-fifth blind check n 18)."""
        verbs = self._armed_fighting_verbs()
        # the clause must start right after the noun: the parser hangs a gerund of someone else's
        # act on it too ("126 people killed by opposition shelling of ...": shelling is no act of theirs)
        return any(c.dep_ == "acl" and c.tag_ == "VBG" and name_key(c.lemma_) in verbs and c.left_edge.i == head.i + 1
                   for c in head.children)

    def _on_the_states_side(self, head: Token) -> str | None:
        """The country whose state an armed noun is said to be loyal or allied to ("fighters
        loyal to Assads regime", "militias allied with the army"; descriptions.yaml
        ``side_words``), or whose forces work with it ("Army units in cooperation with the
        popular defense groups"; ``cooperation_nouns``). Armed people on a state's side are
        its militia (PRM, ACTORS.md; eighth hand check n 4, n 9), else None."""
        for child in head.children:
            if child.dep_ in ("amod", "acl", "relcl", "advmod") and (name_key(child.lemma_) in self.base.cue("side_words")
                                                                      or child.lower_ in self.base.cue("side_words")):
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                        state = next((c for c in prep.children if c.dep_ == "pobj"), None)
                        country = self._state_of(state) if state is not None else None
                        if country is not None:
                            return country
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ in ("with", "alongside", "beside") \
                and name_key(prep.head.lemma_) in self.base.cue("cooperation_nouns"):
            force = prep.head.head.head if prep.head.head.dep_ == "prep" else prep.head.head
            # "Army units in cooperation with X": the force that works with X
            return self._state_of(force) if force.i != head.i else None
        return None

    def _people_of_a_country(self, head: Token) -> bool:
        """Is a plural demonym noun ("disappointed Syrians", "Syrians fleeing the fighting",
        "Syrian Kurds") a country's or a nation's people? Not with "the" ("the Russians can
        secure this zone" is the state, as English uses it), and not when they fight
        (descriptions.yaml fighting_verbs): fighters are never civilians (ACTORS.md)."""
        if head.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
            return False
        key = name_key(head.text)
        if not (key in self.base.cue("kurdish_words") or key.endswith("s") and key[:-1] in self.base.adjectives
                or self._plural_demonym_of_two_words(head)):
            return False
        return not self._people_who_fight(head)

    def _plural_demonym_of_two_words(self, head: Token) -> bool:
        """Is a plural noun the end of a demonym of two words ("a travel ban on North Koreans
        leaving the country", "All South Africans should stop blaming foreigners": News Articles
        checks N8 n 92, N7 n 24, a country and no sector)? "Koreans" alone names no one country."""
        before = head.i - 1
        if before < 0 or self.doc[before].head.i != head.i or not self.doc[before].text[:1].isupper():
            return False
        return name_key(f"{self.doc[before].text} {head.text}") in self.base.adjectives

    def _people_who_fight(self, head: Token) -> bool:
        """Do the people a noun names fight (descriptions.yaml fighting_verbs), as the subject
        of the verb or in a clause on the noun ("Syrian Kurds fighting the Islamic State group")?"""
        verbs = self.base.cue("fighting_verbs")
        acts = [head.head] if head.dep_ == "nsubj" else []
        # "Syrias Kurds have carved out a region ... and are attacking ISIS": a verb joined to
        # theirs, with no subject of its own, is theirs too (dev 1801 n 74)
        acts += [v for v in acts[:1] for v in v.conjuncts if v.pos_ in ("VERB", "AUX")
                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
        acts += [c for c in head.children if c.dep_ in ("acl", "relcl")]
        return any(name_key(v.lemma_) in verbs for v in acts)

    def _group_joined(self, head: Token) -> dict[str, Any] | None:
        """The named armed group a relative clause on the noun says the person trains, fights or
        serves with ("his brother who was training with IS": descriptions.yaml joining_verbs, the
        clause's subject its relative pronoun), as that group's fields; None otherwise."""
        for clause in (c for c in head.children if c.dep_ == "relcl" and name_key(c.lemma_) in self.base.cue("joining_verbs")):
            if not any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in clause.children):
                continue
            for group in (g for p in clause.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"):
                # its noun phrase ("the Free Syrian Army"), else the word alone: spaCy's entity may
                # run on past it ("IS the Observatory said")
                for bounds in (party_bounds(group), (group.i, group.i + 1)):
                    found = self._resolve(*bounds, group)
                    entity = found.get("entity_id")
                    if entity and self._kind(str(entity)) not in ("person", "country", "media") \
                            and found.get("sector") in _ARMED_SECTORS | {"MIL"}:
                        return found
        return self._side_enlisted_in(head)

    def _side_enlisted_in(self, head: Token) -> dict[str, Any] | None:
        """The armed side a relative clause on the noun says the person joined (descriptions.yaml
        enlisting_verbs, the verb itself or its "to"-infinitive): "a former army officer who had
        defected from the loyalist army to join opposition forces" is a rebel (check 38 n 99),
        not a civilian. A named group, or an armed sector of no state (REB, UAF) of the story's country."""
        verbs = self.base.cue("enlisting_verbs")
        for clause in (c for c in head.children if c.dep_ == "relcl"):
            if not any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in clause.children):
                continue
            for verb in [clause, *(x for x in clause.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB")]:
                if name_key(verb.lemma_) not in verbs:
                    continue
                side = next((o for o in verb.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
                if side is None:
                    continue
                bounds = self._name_bounds(side) if side.pos_ == "PROPN" else party_bounds(side)
                found = self._resolve(*bounds, side)
                entity = found.get("entity_id")
                if entity and self._kind(str(entity)) == "armed_group":
                    return found
                if not entity and found.get("sector") in ("REB", "UAF"):
                    country = found.get("country") or self.setting
                    return {**found, **self._in_country(str(found["sector"]), country), "sector": found["sector"]} if country else found
        return None

    def _armed_fighting_verbs(self) -> frozenset[str]:
        """The fighting_verbs only armed people do (all but descriptions.yaml unarmed_fighting_verbs)."""
        return self.base.cue("fighting_verbs") - self.base.cue("unarmed_fighting_verbs")

    def _who_fight(self, head: Token) -> bool:
        """Does a relative clause on the noun, whose subject is its relative pronoun, say the people
        fight ("their brethren in Syria who are fighting against ISIS militants"; descriptions.yaml
        armed ones of fighting_verbs)? Only a clause of their own: the parser hangs a verb of someone else
        on the noun often enough ("126 people killed by opposition shelling"), and a passive
        clause says what was done to them."""
        verbs = self._armed_fighting_verbs()
        return any(name_key(c.lemma_) in verbs and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)
                   for c in head.children if c.dep_ == "relcl")

    def _owner_after(self, head: Token) -> Token | None:
        """The owner a clause after the noun names: "positions belonging to Takfiri
        terrorists", "tanks used by the militants" (parties.yaml ``owner_participles``).
        A thing or a site whose owner the phrase names stands for that owner (ACTORS.md,
        2026-11-26), never for the story's army its own words would give."""
        if head.pos_ != "NOUN" or not (self._is_machine_or_force(head) or name_key(head.lemma_) in self.base.cue("force_sites")):
            return None  # "areas held by the rebels" stay places: only equipment and sites of forces
        verbs = party_words().owner_participles
        for clause in head.rights:
            if clause.dep_ == "acl" and clause.lemma_.lower() in verbs and (owner := _owner_of_the_verb(clause)) is not None:
                return owner
        return None

    def _owner_believed(self, head: Token) -> Token | None:
        """The owner a belief or report about a machine names with a verb of owning: "Jets
        believed to belong to the international coalition struck the town" (sixtieth blind
        check n 53, left an unknown "Jets"), "helicopters thought to be operated by the regime".
        As "believed to be Russian" says whose (``_owner_in_predicate``), so does "believed to
        belong to": the machine stands for that owner (ACTORS.md, equipment named by its owner).
        The machine is the belief's subject or carries it as a reduced clause."""
        if head.pos_ not in ("NOUN", "PROPN") or not self._is_machine_or_force(head):
            return None
        verbs = [head.head] if head.dep_ in ("nsubj", "nsubjpass") else [c for c in head.children if c.dep_ == "acl"]
        owning = party_words().owner_participles
        for verb in verbs:
            if verb.lemma_.lower() not in self.base.cue("owner_belief_verbs"):
                continue
            for clause in verb.children:
                if clause.dep_ != "xcomp":
                    continue
                # "to belong to X", "to be operated by X": the owning verb, or "be" with it as a participle
                owned = [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "acomp", "attr", "auxpass") and c.pos_ == "VERB"]
                if clause.lemma_ == "be":
                    owned = [c for c in clause.children if c.pos_ == "VERB"]
                for own in owned:
                    if own.lemma_.lower() in owning and (owner := _owner_of_the_verb(own)) is not None:
                        return owner
        return None

    def _armed_group_supplied(self, head: Token, fields: dict[str, Any]) -> Token | None:
        """The named armed group a force noun is "for": "providing fresh forces for ISIS", "fighters
        for the Nusra Front" (the "for" on the noun or on the verb it is the object of). The forces
        are that group's, as equipment "belonging to" a group is (ACTORS.md; forty-second blind
        check n 26, read as the story's army). Only a force noun with no owner of its own words
        and an armed group of the base; None otherwise."""
        term = self.base.sectors.get(name_key(head.lemma_)) or self.base.sectors.get(name_key(head.text))
        if head.pos_ != "NOUN" or term is None or term.sector not in _ARMED_SECTORS | {"MIL"} \
                or fields.get("entity_id") or fields.get("country"):
            return None
        holders = [head] + ([head.head] if head.dep_ == "dobj" else [])
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i < head.i:
                    continue
                # the tagger reads an acronym name ("ISIS") as a noun as often as a proper noun
                owner = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
                entity = self._named(owner) if owner is not None else None
                if entity is not None and entity.kind == "armed_group":
                    return owner
        return None

    def _named_owner_of_a_site(self, head: Token, start: int, end: int) -> Token | None:
        """The named body after "of" a site of forces (descriptions.yaml force_sites) whose own
        words name no one: "struck the military base of the Damascus-backed National Defense
        Forces" is the NDF's (check 38 n 41; ACTORS.md: a site named by its force gives that
        force), not the story's army its word "military" would give. Only a name the base knows
        as a body (no person, country or outlet): "positions of the regime" keep their own rules."""
        compound = name_key(f"{self.doc[head.i - 1].text} {head.text}") if head.i > 0 else ""
        if head.pos_ != "NOUN" or not (name_key(head.lemma_) in self.base.cue("force_sites")
                                       or compound in self.base.cue("site_compounds")):
            return None
        if any(t.pos_ == "PROPN" or self.base.country_of(t.text) for t in self.doc[start:end]):
            return None  # "the Syrian army base of ...": the words say whose
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < end:
                continue
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ == "NOUN":
                # "assembly points of ISIL terrorists": the name before the armed noun owns the site
                owner = next((c for c in owner.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"), None)
            if owner is None or owner.pos_ != "PROPN":
                return None
            entity_id = self._resolve(*self._name_bounds(owner), owner).get("entity_id")
            if entity_id and self._kind(str(entity_id)) not in ("person", "country", "media", None):
                return owner
            return None
        return None

    def _holder_of_the_site_struck(self, head: Token, fields: dict[str, Any]) -> Token | None:
        """The named group whose site a strike hits, for the bare fighters the strike kills there:
        "a drone hit a Hezbollah position near Sukhna killing eight fighters" (fifty-ninth blind
        check n 13, read as rebels). A site named by its force stands for that force (ACTORS.md),
        and the fighters killed at it are its people, not the story's rebels. Only fighters with no
        word of their own (descriptions.yaml struck_site_people_nouns), objects of a verb of harm
        on the strike itself, and a site (force_sites) named by a group the base knows."""
        if head.pos_ != "NOUN" or name_key(head.lemma_) not in self.base.cue("struck_site_people_nouns") \
                or fields.get("entity_id") or fields.get("country") or fields.get("sector") not in (None, "REB", "UAF"):
            return None
        if head.dep_ != "dobj" or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return None
        harm = head.head
        if harm.lemma_.lower() not in self.base.cue("harm_verbs"):
            return None
        strike = harm.head
        while strike.dep_ == "conj" and strike.head.i < strike.i:
            strike = strike.head  # "killing eight and injuring": the first of the verbs
        if harm.dep_ not in ("advcl", "xcomp", "conj") or strike.pos_ != "VERB" or strike is harm:
            return None
        site = next((c for c in strike.children if c.dep_ == "dobj" and name_key(c.lemma_) in self.base.cue("force_sites")), None)
        if site is None:
            return None
        owner = next((c for c in site.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None)
        entity = self._named(owner) if owner is not None else None
        if entity is None or entity.kind != "armed_group":
            return None
        return owner

    def _office_of_a_place(self, start: int, end: int) -> str | None:
        """The country of the place a local office is named by ("Aleppo Governor Hussein
        Diab", descriptions.yaml ``place_offices``): the gazetteer's most populous place of
        that name, when it is a city of note and no namesake abroad comes close."""
        words = list(self.doc[start:end])
        offices = self.base.cue("place_offices")
        at = next((i for i, t in enumerate(words) if name_key(t.text) in offices or name_key(t.lemma_) in offices), None)
        if at is None or at == 0:
            return None
        place = " ".join(t.text for t in words[:at] if t.text[:1].isupper() and t.lower_ not in _DEFINITE)
        if not place or self.base.country_of(place):
            return None  # "Syrian governor" says its country by itself
        country = _country_of_a_city_of_note(place)
        if country is None and place.endswith("s") and len(place) > 3:
            # "Homss governor": a possessive whose apostrophe the corpus stripped (dev sample 2301, n 19)
            country = _country_of_a_city_of_note(place[:-1])
        return country

    def _a_town_called_a_person(self, start: int, end: int) -> bool:
        """Is a one-word "person" the base does not know a city of note of the story's country
        (or of a country the article names) in the gazetteer: "Hama", "Homs"?"""
        if end - start != 1 or not self.doc[start].text[:1].isupper():
            return False
        country = _country_of_a_city_of_note(self.doc[start].text)
        return country is not None and (country == self.setting or country in self._named_countries())

    def _names_a_coalition(self) -> bool:
        """Whether the article speaks of a coalition (descriptions.yaml multinational_nouns)."""
        nouns = self.base.cue("multinational_nouns")
        return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in self.doc)

    def _coalition_partner(self) -> dict[str, Any] | None:
        """The coalition's local partner force in the story's country (descriptions.yaml
        coalition_partner_forces), None when the base lists none there."""
        for key in self.base.cue("coalition_partner_forces"):
            entity = self.base.entities.get(key)
            if entity is not None and entity.country == self.setting:
                return dict(self._by_id_fields(entity))
        return None

    def _the_same_noun_named_before(self, head: Token) -> _Known | None:
        """"the pilots", "the soldiers" with no word of their own: the same plural noun named
        with its country or body in this sentence or the one before ("the two Russian pilots"),
        which says whose they are better than the story's country."""
        if head.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return None  # "the Syrian pilots" say their own country
        for known in self._known_just_before(head):
            if known.head_lemma == head.lemma_.lower() and known.plural and known.kind != "person" \
                    and (known.fields.get("country") or known.fields.get("entity_id")):
                return known
        return None

    def _window_start(self, i: int) -> int:
        """The first token of the sentence before token ``i``'s (of its own in the first
        sentence): how far back "just before" looks for an antecedent."""
        start = self.sentence_start[i]
        return self.sentence_start[start - 1] if start > 0 else start

    def _known_just_before(self, head: Token) -> Iterator[_Known]:
        """The mentions resolved before ``head`` in its sentence or the one before, the
        nearest first."""
        earliest = self._window_start(head.i)
        for known in reversed(self.known):
            if known.token >= head.i:
                continue
            if known.token < earliest:
                break
            yield known

    def _the_forces(self, head: Token) -> Token | None:
        """"the forces" with no owner named: the force named last before it, in its sentence
        or the one before, when that is a named armed body ("the SDF ... the forces captured
        16 villages")."""
        if head.lemma_.lower() not in _BARE_FORCES or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
            return None
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return None  # "the Turkish forces", "the government forces": their own words decide
        for known in self._known_just_before(head):
            if self._backs(self.doc[known.token]):
                continue  # "Backed by Russian airpower the troops": the backer is not the troops
            if known.fields.get("entity_id") and known.kind != "person" and known.fields.get("sector") in _ARMED_SECTORS | {"MIL"}:
                return self.doc[known.token]
        return None

    def _backs(self, token: Token) -> bool:
        """Is the token the backer in "backed by X", "supported by X"?"""
        prep = token.head
        return token.dep_ == "pobj" and prep.lower_ == "by" and prep.head.lemma_.lower() in _BACKING_VERBS

    def _multinational(self, start: int, end: int) -> bool:
        """Is the mention built on a noun of several states ("coalition")?"""
        nouns = self.base.cue("multinational_nouns")
        return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in self.doc[start:end])

    def _coalition(self, head: Token) -> Token | None:
        """The coalition the article names ("the US-led coalition", "the National
        Coalition"): the nearest before the mention, else the first after it. A coalition is
        an entity of the base one of whose names has the multinational noun."""
        nouns = self.base.cue("multinational_nouns")
        before: Token | None = None
        after: Token | None = None
        for token in self.doc:
            if not (token.lemma_.lower() in nouns or token.lower_ in nouns):
                continue
            node = token
            while node.dep_ in ("compound", "amod", "nmod") and node.head.pos_ == "NOUN" and node.head != node:
                node = node.head  # "US-led coalition fighter jets": the whole noun phrase
            if node.i == head.i and token.i != head.i:
                continue  # the mention's own words, already read
            entity_id = self._resolve(*party_bounds(node), node).get("entity_id")
            if not entity_id or not any(n in self.base.name_words(str(entity_id)) for n in nouns):
                continue
            if token.i == head.i:
                return node  # "US-led coalition strikes" parsed with "coalition" as the mention
            if token.i < head.i:
                before = node
            elif after is None:
                after = node
        return before or after

    def _body_named_by_its_noun(self, head: Token) -> Token | None:
        """"the Senate vote on Montenegro's NATO membership ... All members of the alliance must ratify":
        a bare multinational noun ("the alliance") after a body the article names by a short name only
        ("NATO"), whose full names in the base carry that noun ("North Atlantic Alliance"), is that
        body, the nearest such before it: not the coalition the base takes by default where none is
        named (News Articles check N16 n 87: the alliance became the US-led coalition in a story on
        NATO's enlargement). Only a body of several states (an IGO: NATO, the Saudi-led coalition),
        as eval/ACTORS.md has it: an armed group or party whose names carry the noun (the SDF, "an
        alliance" of factions) is no multinational coalition a bare "the coalition" means."""
        noun = head.lemma_.lower()
        if noun not in self.base.cue("multinational_nouns") or any(c.dep_ == "compound" for c in head.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None  # "a new alliance" is one the article makes; "the Gulf alliance" says which
        for ent in reversed(self.entities):
            if ent.end > head.i or ent.label_ not in _NAME_ENTITIES:
                continue
            entity = self.base.lookup(ent.text)
            if entity is not None and entity.kind == "igo" and noun in self.base.name_words(entity.entity_id):
                return ent.root
        return None

    def _from_the_air(self, noun: Token) -> bool:
        """Whether a word before an action noun, in its own phrase, says it comes from the air
        ("barrel bomb attacks", "aerial assault": descriptions.yaml air_action_words)."""
        words = [t for t in noun.subtree if t.i < noun.i]
        keys = {name_key(t.text) for t in words} | {name_key(f"{a.text} {b.text}") for a, b in zip(words, words[1:])}
        return bool(keys & self.base.cue("air_action_words"))

    def _ground(self, noun: Token) -> bool:
        """Whether an object of taking is ground: a named place ("Al Maleh", "the Golan Heights") or
        a noun of land, places or control (descriptions.yaml state_ground_nouns, place_heads)."""
        if noun.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN" and self._named(noun) is None:
            return True  # the parser often takes a town for a person ("to seize Al Maleh"); no known person
        if noun.ent_type_ in ("PERSON", "ORG", "NORP"):
            return False
        key = name_key(noun.lemma_)
        return noun.pos_ == "PROPN" or key in self.base.cue("state_ground_nouns") or key in self.base.cue("place_heads") \
            or name_key(noun.text) in self.base.cue("state_ground_nouns")

    def _strikes_its_own(self, head: Token, fields: dict[str, Any]) -> bool:
        """Does the clause whose subject ``head`` is attack (descriptions.yaml fighting_verbs,
        armed_attack_verbs, strike_verbs) an object that resolves, by its own words, to the very
        party ``fields`` give ("The bombers had also targeted the Syrian army troops" read as the
        Syrian army)?
        No party strikes itself: the default was wrong."""
        if head.dep_ != "nsubj" or not (fields.get("entity_id") or fields.get("country") and fields.get("sector")):
            return False
        verb = head.head
        if name_key(verb.lemma_) not in self.base.cue("fighting_verbs") | self.base.cue("armed_attack_verbs") | self.base.cue("strike_verbs"):
            return False
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")):
            other = self._resolve(*party_bounds(obj), obj)
            if fields.get("entity_id") and other.get("entity_id") == fields.get("entity_id"):
                return True
            # "Rebels have been fighting IS": a named group is another party than a country's rebels
            if not (fields.get("entity_id") or other.get("entity_id")) \
                    and (other.get("country"), other.get("sector")) == (fields.get("country"), fields.get("sector")):
                return True
        return False

    def _title_holder(self, head: Token) -> Token | None:
        """The person the base knows whose name stands in apposition to a title ("Leader of the
        Islamic Revolution in Iran Imam Sayyed Ali Khamenei": Khamenei), or None."""
        for named in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            whole = self._resolve(*self._name_bounds(named), named)
            if whole.get("entity_id") and self._kind(str(whole["entity_id"])) == "person":
                return named
        return None

    def _country_of_a_title(self, head: Token) -> str | None:
        """The country that the "of ..." or "in <country>" phrases after a title name ("Leader of
        the Islamic Revolution in Iran": Iran; nineteenth blind check n 2), or None. Only names
        and demonyms count, through a chain of "of"/"in" phrases."""
        nodes = [head]
        while nodes:
            node = nodes.pop()
            for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    body = self._named(obj)
                    if body is not None and body.kind not in ("country", "government_body"):
                        return None  # "leaders of the Southern Front alliance in southern Syria": the group's
                    for word in [obj, *(c for c in obj.children if c.dep_ in ("amod", "compound"))]:
                        iso3 = self.base.country_of(word.text) if word.text[:1].isupper() and not self.base.is_seat(word.text) else None
                        if iso3 is not None:
                            return iso3
                    nodes.append(obj)
        return None

    def _the_countrys(self, head: Token, start: int, end: int) -> str | None:
        """"the countrys air force" (the corpus strips apostrophes): the country of the party named
        last before it in its sentence or the one before ("Belgian defence ministry spokeswoman
        Laurence Mortier denied the countrys air force was active": Belgium's; twentieth blind
        check n 21), not the story's. None without such a word or such a party."""
        words = self.base.cue("own_country_words")
        said = any(t.lower_ in words or t.lower_ == "country" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].tag_ == "POS"
                   for t in self.doc[start:end] if t.i != head.i)
        if not said:
            return None
        return next((str(k.fields["country"]) for k in self._known_just_before(head) if k.fields.get("country")), None)

    def _bare_workers(self, head: Token) -> bool:
        """Whether the mention is a bare noun of employed people ("workers", "staff":
        descriptions.yaml bare_worker_nouns) with no word of its own but a count or "other"."""
        if head.pos_ != "NOUN" or name_key(head.text) not in self.base.cue("bare_worker_nouns"):
            return False
        return not any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.lower_ not in _OTHERS_WORDS
                       for c in head.children)

    def _labour_talk(self, sentence: Span) -> bool:
        """Whether the sentence speaks of labour (a union, a factory, wages: labour_words)."""
        words = self.base.cue("labour_words")
        return any(name_key(t.text) in words for t in sentence)

    def _body_on_a_conjunct(self, head: Token) -> Entity | None:
        """The aid or international body (kind ngo or igo) named on the noun bare workers are
        joined to ("54 SARC volunteers and staff": SARC's staff; seventeenth check n 82)."""
        for conj in self._conjuncts(head):
            for mod in (c for c in conj.children if c.dep_ in ("amod", "compound", "nmod") and c.i < conj.i):
                entity = self._named(mod)
                if entity is not None and entity.kind in ("ngo", "igo"):
                    return entity
        return None

    def _rescue_body_of_workers(self, head: Token) -> _Known | None:
        """The rescue or medical body (kind ngo, sector MED: the White Helmets, MSF) the article
        named before bare workers whose sentence speaks of no labour ("the workers were targeted
        by a guided missile" in a White Helmets story; nineteenth check n 32). A monitor or a
        rights group (SOC) has no workers in the field: "workers" are not SOHR's."""
        if self._labour_talk(head.sent):
            return None
        for known in reversed(self.known):
            if known.token < head.i and known.kind == "ngo" and known.fields.get("sector") == "MED":
                return known
        return None

    def _conjuncts(self, head: Token) -> list[Token]:
        """The nouns ``head`` is coordinated with ("health facilities and workers")."""
        found = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            found.insert(0, head.head)
        return found

    def _staff_of_a_body(self, head: Token, fields: dict[str, Any]) -> dict[str, Any] | None:
        """The fields of the body whose people employed staff are: "a regulation barring executive
        branch employees from endorsing products" (the US government's staff: GOV), "Tom Perez is
        asking all paid party employees to resign" (the party's: PTY), "bank employees" (BUS).
        A modifier of the staff noun (descriptions.yaml staff_nouns) that names a body by a word
        of sectors.tsv, or by staff_government_words / staff_party_words, gives its sector, with
        the mention's country, else the story's. LAB is for workers acting as workers: None when
        the sentence speaks of labour (labour_words: wages, a union) or the staff strike or
        protest (labour_action_verbs): "government employees went on strike over pay"."""
        if name_key(head.lemma_) not in self.base.cue("staff_nouns") and name_key(head.text) not in self.base.cue("staff_nouns"):
            return None
        if self._labour_talk(head.sent) or self._staff_act_as_labour(head):
            return None
        sector = None
        for mod in (c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i):
            words = self.doc[mod.left_edge.i: mod.i + 1]
            keys = [name_key(words.text), name_key(f"{mod.lemma_}"), name_key(mod.text)]
            if any(k in self.base.cue("staff_government_words") for k in keys):
                sector = "GOV"
            elif any(k in self.base.cue("staff_party_words") for k in keys):
                sector = "PTY"
            else:
                term = next((self.base.sectors[k] for k in keys if k in self.base.sectors), None)
                if term is not None and term.sector and term.sector not in ("LAB", "CVL", "UNK"):
                    sector = term.sector
            if sector is not None:
                break
        if sector is None:
            return None
        country = fields.get("country") or self.setting
        return {**self._in_country(sector, str(country)), "sector": sector} if country else \
            {"sector": sector, "cameo_code": sector}

    def _staff_act_as_labour(self, head: Token) -> bool:
        """Whether staff are the subject of a labour act ("embassy staff went on strike",
        "government employees protested"): descriptions.yaml labour_action_verbs, on the verb or
        its object ("staged a strike")."""
        acts = self.base.cue("labour_action_verbs")
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            return False
        return name_key(verb.lemma_) in acts or any(
            c.dep_ in ("dobj", "prep") and (name_key(c.lemma_) in acts or any(name_key(g.lemma_) in acts for g in c.children))
            for c in verb.children)

    def _sector_of_workers(self, head: Token, sentence: Span) -> str | None:
        """The sector the words around bare workers give them: health words on a conjunct or in
        the sentence (worker_health_words: MED; "attacks on health facilities and workers",
        nineteenth check n 55), aid words (worker_aid_words: SOC; "UN organizations and their
        partners ... sixty nine workers", twentieth check n 42). None (they stay as they are) when
        the sentence speaks of labour or names neither."""
        if self._labour_talk(sentence):
            return None
        health, aid = self.base.cue("worker_health_words"), self.base.cue("worker_aid_words")
        modifiers = [c for conj in self._conjuncts(head) for c in conj.children if c.dep_ in ("amod", "compound", "nmod")]
        for words in (modifiers, list(sentence)):
            keys = {name_key(t.text) for t in words} | {name_key(f"{t.text} {t.nbor().text}") for t in words if t.i + 1 < len(t.doc)}
            if keys & health:
                return "MED"
            if keys & aid:
                return "SOC"
        return None

    def _a_national_government(self, fields: dict[str, Any]) -> bool:
        """Whether the fields are a state's government: its national GOV body or no body at all."""
        entity = fields.get("entity_id")
        national = self.base.national.get((str(fields.get("country")), "GOV"))
        return not entity or national is not None and national.entity_id == entity

    def _is_military_action(self, noun: Token) -> bool:
        """Whether a noun is a military action (descriptions.yaml military_nouns, attack_nouns),
        alone or with the word before it ("aerial campaign")."""
        nouns = self.base.cue("military_nouns") | self.base.cue("attack_nouns")
        before = noun.doc[noun.i - 1].text if noun.i > 0 else ""
        return noun.pos_ == "NOUN" and any(name_key(w) in nouns for w in (noun.lemma_, noun.text, f"{before} {noun.text}"))

    def _action_by(self, head: Token) -> Token | None:
        """The military action whose agent the mention is, after "by": "aerial attacks by the
        government" (the action), "killed in the aerial bombing of Aleppo by regime and Russian
        forces" (the verb's "in" action). None when "by" follows no such action."""
        node = head
        while node.dep_ in ("conj", "appos") and node.head != node:
            node = node.head  # "by the Assad regime and its ally Russia": Russia in apposition to a conjunct
        if node.dep_ != "pobj" or node.head.lower_ != "by":
            return None
        governor = node.head.head
        if self._is_military_action(governor) or self._push_for_ground(governor):
            return governor
        if node.head.dep_ == "agent" and governor.lemma_.lower() in self.base.cue("siege_verbs"):
            return governor  # "areas surrounded by the regime": a siege is laid by forces (thirty-fifth check n 37)
        if node.head.dep_ == "agent" and governor.lemma_.lower() in self.base.cue("state_harm_verbs"):
            # "civilians have been killed in the war mostly by the regime": the agent of killing is
            # the state's forces (twenty-second check n 70, twenty-sixth n 44); a military action
            # "in" which they were killed says which force (below), else the verb stands for it
            return self._action_in(governor) or governor
        if governor.dep_ == "acl" and governor.lemma_.lower() in self.base.cue("military_support_verbs") \
                and governor.head.pos_ == "NOUN" and any(name_key(w) in self.base.cue("military_nouns") for w in (
                    governor.head.lemma_, governor.head.text, f"{governor.doc[governor.head.i - 1].text} {governor.head.text}")):
            # "an air campaign carried out by the two governments": the strikes or campaign the verb
            # carries out (military_nouns; twenty-first blind check n 59). Not an attack_nouns "chemical
            # attack carried out by the regime", which the checks code as the government (eighth check n 89)
            return governor.head
        if governor.pos_ == "VERB":
            # "wounded in intensifying aerial bombing ... by regime forces": the verb's object is the action
            action = next((c for c in governor.children if c.dep_ == "dobj" and self._is_military_action(c)), None)
            if action is not None:
                return action
            return self._action_in(governor)
        return None

    def _push_for_ground(self, noun: Token, verb: Token | None = None) -> bool:
        """Whether a noun of drive or campaign (descriptions.yaml push_nouns) has a "to" clause that
        takes ground ("a push by the Syrian government ... to take the last rebel stronghold":
        thirty-third blind check n 28): a drive for ground is a military one, whoever drives it."""
        if noun.pos_ != "NOUN" or name_key(noun.lemma_) not in self.base.cue("push_nouns"):
            return False
        takers = self.base.cue("state_capture_verbs") | self.base.cue("ground_taking_verbs")
        # "stepped up its campaign to retake ...": the parser hangs the "to" clause on the verb; "a push
        # by the government and allied forces to take ...": on a conjunct or further up, yet the
        # clause begins just after the noun's phrase
        # ("allied militias to seize" misparsed as a verb and its object: any "to" clause in the phrase)
        clauses = list(noun.subtree) + ([c for c in verb.children if c.dep_ == "advcl"] if verb is not None else [])
        after = noun.right_edge.i + 2
        if after < len(self.doc) and self.doc[after - 1].lower_ == "to":
            clauses.append(self.doc[after])
        return any(c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.pos_ == "VERB" and c.lemma_.lower() in takers
                   and any(a.lower_ == "to" for a in c.children)
                   and any(o.dep_ == "dobj" and self._ground(o) for o in c.children) for c in clauses)

    def _action_in(self, verb: Token) -> Token | None:
        """The military action "in" which a verb is done ("wounded in intensifying aerial
        bombing"), or None."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                action = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if action is not None and self._is_military_action(action):
                    return action
        return None

    def _action_named_after(self, head: Token) -> Token | None:
        """The military action named by the word just after a state word ("killed by Syrian regime
        airstrikes", "three regime airstrikes hit a market": descriptions.yaml military_nouns,
        attack_nouns), whatever the parser made of it: it reads "airstrikes" as a verb there
        (twenty-sixth check n 7, twenty-seventh n 27), yet a state word followed by a military
        word is that state's forces either way ("the regime strikes" too). None otherwise."""
        if head.i + 1 >= len(self.doc) or head.pos_ not in ("NOUN", "PROPN"):
            return None
        after = self.doc[head.i + 1]
        if after.pos_ not in ("NOUN", "VERB") or after.is_sent_start:
            return None
        nouns = self.base.cue("military_nouns") | self.base.cue("attack_nouns")
        return after if name_key(after.text) in nouns else None

    def _machine_force(self, iso3: str, head: Token) -> dict[str, Any]:
        """The state's force that flies or drives a machine: its air force for an aircraft
        (descriptions.yaml aircraft_words), else its military."""
        keys = {name_key(head.text), name_key(head.lemma_), *(name_key(c.text) for c in head.children if c.dep_ == "compound")}
        if keys & self.base.cue("aircraft_words"):  # "jet fighters" too
            air = _national_phrase(iso3, ["air", "force"], self.base)
            if air is not None:
                return self._by_id_fields(air)
        return self._in_country("MIL", iso3)

    def _of_a_region(self, head: Token) -> bool:
        """Whether a regional adjective ("Arab", "European", "Western": descriptions.yaml
        regional_words) describes the noun: several states' people, none of them the story's
        own (eleventh blind check n 63: "Arab ministers" from Bahrain, Egypt, Kuwait...)."""
        # "International leaders have condemned ...": the world's words name no one country either
        # (descriptions.yaml worldwide_words; thirty-fifth blind check n 94)
        regions = self.base.cue("regional_words") | self.base.cue("worldwide_words")
        for c in head.children:
            if c.dep_ not in ("amod", "compound") or c.i >= head.i:
                continue
            before = self.doc[c.i - 1].text if c.i > 0 else ""
            if name_key(c.text) in regions or name_key(f"{before} {c.text}") in regions:
                return True
        return False

    def _counted_states(self, head: Token) -> bool:
        """Whether a plural noun of states (descriptions.yaml state_nouns: "governments") is
        counted or quantified ("11 governments", "several governments"): many states, no one
        country, and never the story's own, which they may oppose ("a meeting of 11 governments
        opposing Assads rule": thirty-ninth blind check n 55). GOV with no country, as "Arab
        ministers" are (ACTORS.md)."""
        if head.tag_ != "NNS" or name_key(head.text) not in self.base.cue("state_nouns"):
            return False
        if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
            return False  # "the two governments" are two named before (Syria and Russia: twenty-first check n 59)
        return any(c.dep_ == "nummod" or c.dep_ in ("amod", "det") and c.lower_ in _OTHERS_WORDS - {"other", "remaining"}
                   for c in head.children)

    def _of_other_states(self, head: Token) -> bool:
        """Whether a role noun is of states the "of" phrase after it names as a class ("leaders
        of Pacific Rim countries", "ministers of Gulf states": descriptions.yaml state_nouns, a
        plural): other states, not the story's (twelfth blind check n 11)."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.tag_ == "NNS" and name_key(obj.text) in self.base.cue("state_nouns"):
                        return True
        return False

    def _a_division_of_the_setting(self, head: Token, country: str) -> bool:
        """Whether the word that gave a person noun its country ("a Georgia man") is the name
        of a first-level division of the story's own country as well as of that other
        country: a US story's "Georgia man" is from the state (News Articles check N2 n 33),
        as the geocoder reads a name in the story's country first. Only a proper noun before
        the head, the country's own name, never a demonym ("a Georgian man" is Georgia's)."""
        if not self.setting or country == self.setting or head.pos_ != "NOUN" \
                or name_key(head.lemma_) not in self.base.cue("person_heads") | self.base.cue("group_person_nouns"):
            return False
        from polybius.resolve.gazetteer import load_gazetteer  # opened once per process

        for word in head.children:
            if word.dep_ not in ("compound", "nmod") or word.pos_ != "PROPN" or word.i > head.i \
                    or name_key(word.text) in self.base.adjectives or self.base.country_of(word.text) != country:
                continue
            if any(p.feature == "admin1" and p.country == self.setting and name_key(p.name) == name_key(word.text)
                   for p in load_gazetteer().candidates(word.text, fuzzy=False)):
                return True
        return False

    def _one_member_of_a_bloc(self, start: int, end: int) -> bool:
        """Whether the mention is one unnamed member state of a bloc ("some G20 member": actors.py
        _a_member_of_a_bloc), which is no more the story's state than any other member."""
        words = [t.text for t in self.doc[start:end]]
        named, _, named_end = _longest_named_span(words, self.base)  # the name resolve_words reads
        return named is not None and _a_member_of_a_bloc(words, named, named_end, self.base)

    def _of_no_one_state(self, head: Token) -> bool:
        """Whether an unarmed group noun is of many states or of others than the story's: a
        regional or worldwide word ("three European banks", "global investors"), a foreign word
        on a plural that is no office ("foreign companies and governments", descriptions.yaml
        foreign_words; "foreign ministers" are an office), or an "of"/"from" phrase or a
        possessive of plural states ("citizens from seven Muslim-majority countries", "other
        countries' firms"). Such people are of no one country, least of all the story's (News
        Articles checks N1 n 55, N2 n 64 and n 92, N4 n 25 and n 52). A conjunct shares the
        words of the first ("foreign companies and governments"). Armed people keep the story's
        country ("foreign fighters" are its unidentified armed men: ACTORS.md)."""
        nouns = [head] + ([head.head] if head.dep_ == "conj" and head.head.pos_ == "NOUN" else [])
        return any(self._of_a_region(noun) or self._foreign_plural(noun) or self._of_states_phrase(noun)
                   or self._spread_over_states(noun) for noun in nouns)

    def _spread_over_states(self, noun: Token) -> bool:
        """Whether the noun's own "in"/"across"/"around"/"throughout" phrase spreads it over
        many states: plural states ("universities in other countries", "companies in many
        nations": descriptions.yaml state_nouns), the world ("activists around the world",
        "fans across the globe": worldwide_words) or a world region ("banks across Europe":
        region_names). Such people are of no one country, least of all the story's (News
        Articles checks N27 n 58, N25 n 28)."""
        if any(c.tag_ == "JJS" for c in noun.children):
            return False  # "the best doctors in the world": a superlative's range, not where they are
        states, world, regions = self.base.cue("state_nouns"), self.base.cue("worldwide_words"), self.base.cue("region_names")
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _SPREAD_PREPOSITIONS):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.tag_ == "NNS" and name_key(obj.text) in states and not self._states_named_before(obj) \
                        or name_key(obj.text) in world:
                    return True
                ent = next((e for e in self.entities if e.start <= obj.i < e.end and e.label_ in ("GPE", "LOC")), None)
                if ent is not None and name_key(ent.text.removeprefix("the ")) in regions:
                    return True
        return False

    def _origin_after_from(self, head: Token) -> str | None:
        """The country of the place in an unarmed people noun's own "from" phrase: "The draft
        order no longer rejects refugees from Syria", "migrants from Honduras were turned back at
        the border" are Syria's and Honduras's people, not the story's country that keeps them
        out (News Articles checks N15 n 23, N29 n 71). A "from" the parser hangs on the verb
        ("bars refugees from the United States") may say where they are kept from, so only the
        noun's own phrase counts. Only a country's name or capital or a place
        noun with a country word (_country_of_a_place_word); a region ("migrants from Africa")
        or plural states ("citizens from seven countries", _of_no_one_state) name no one
        country, nor does a list of states ("refugees from El Salvador, Guatemala and
        Honduras"). The caller keeps it to refugees and civilians (_FROM_ORIGIN_KINDS): students,
        workers or staff "from China" at a German university are of the body they serve."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if any(c.dep_ == "conj" for c in obj.children):
                    return None  # "citizens from Yemen, Iran and Somalia": people of several states, no one's
                iso3 = self._country_of_a_place_word(obj)
                if iso3 and iso3 != self.setting:
                    return iso3
        return None

    def _kin_of_a_people_before(self, head: Token) -> str | None:
        """The country of the people a plural possessive ties a kin noun to, when the nearest
        name before it in the sentence is a nationality said as a noun: "Pyongyang held nine
        Malaysians - three diplomats and their six family members" are Malaysians, not the
        North Koreans of the story (News Articles check N4 n 14). The kin noun is the head or
        its compound ("family members", descriptions.yaml kin_nouns); a country, a body or a
        person named nearer ("Russia ... their families") may own "their" instead, so any
        other name nearer decides nothing."""
        if not any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children):
            return None
        kin = self.base.cue("kin_nouns")
        if name_key(head.lemma_) not in kin and name_key(head.text) not in kin \
                and not any(c.dep_ == "compound" and name_key(c.text) in kin for c in head.children):
            return None
        before = [e for e in self.entities if head.sent.start <= e.start and e.end <= head.i and e.label_ not in _NUMBER_LABELS]
        if not before:
            return None
        nearest = max(before, key=lambda e: e.end)
        if nearest.label_ != "NORP" or nearest.root.tag_ not in ("NNS", "NNPS"):
            return None  # "Malaysian diplomats and their families": an adjective, not people named
        iso3 = self.base.country_of(nearest.text)
        return iso3 if iso3 and iso3 != self.setting else None

    def _own_place_abroad(self, head: Token, fields: dict[str, Any]) -> str | None:
        """The country of a place in the mention's own "in" phrase, when it is another than the
        story's: "Activists in Berlin demonstrated against the journalist's detention" in a story
        set in Turkey are in Germany, "authorities in the German city of Cologne" are Germany's
        (News Articles checks N10 n 69, N7 n 2). The place is a country's name or capital, or a
        place noun with a country word ("the German city of"). Not for refugees, who are by
        definition outside their own country, for envoys ("the ambassador in Moscow"), nor for
        citizens ("urged citizens in Turkey"); a town that is no capital ("delegations in Geneva")
        may host visitors, so only a country word counts."""
        if fields.get("sector") == "REF" or name_key(head.text) in self.base.cue("envoy_titles") \
                or name_key(head.lemma_) in self.base.cue("origin_nouns"):
            # "urged citizens in Turkey" are the urging state's nationals abroad
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                iso3 = self._country_of_a_place_word(obj)
                if iso3 is None and fields.get("sector") in _LOCAL_KINDS:
                    iso3 = self._division_of_a_place_word(obj)
                if iso3 and iso3 != self.setting:
                    return iso3
        return None

    @staticmethod
    def _states_named_before(states: Token) -> bool:
        """Whether a plural state noun is of states the article named ("in both countries",
        "in the two countries", "in their countries"): those are known ones, not many states."""
        return any(c.dep_ == "poss" or c.dep_ in ("det", "predet") and c.lower_ in {"both", "the", "these", "those", "their"}
                   for c in states.children)

    def _division_of_a_place_word(self, obj: Token) -> str | None:
        """The country of a first-level division (a US state, a province) that a place word
        spaCy reads as a GPE names: "Students in Bavaria protested" in an Austrian story are
        Germany's. For local people only (_LOCAL_KINDS): a division hosts no envoys or
        delegations the way a capital does, but its students, police and workers are its own."""
        ent = next((e for e in self.entities if e.start <= obj.i < e.end), None)
        return self._country_of_a_division(ent.text) if ent is not None and ent.label_ == "GPE" else None

    def _country_of_a_division(self, name: str) -> str | None:
        """The country of a first-level division called ``name`` (Gazetteer.countries_of_a_division):
        the story's own country when it has a division so called ("Georgia" in a US story is the
        state, "Punjab" in an Indian story India's), else the one country whose division it is.
        None for a country's, a capital's or a region's own name, which other rules read."""
        if name_key(name) in self.base.cue("region_names") or self.base.country_of(name):
            return None
        from polybius.resolve.gazetteer import load_gazetteer  # opened once per process

        countries = load_gazetteer().countries_of_a_division(name)
        if self.setting in countries:
            return self.setting
        return countries[0] if len(countries) == 1 else None

    def _city_in_its_name(self, head: Token) -> str | None:
        """The country of a city of note named in the mention's own "of" phrase, when it is
        another than the story's: "The Queen visited the University of Sheffield" in a DW story
        set in Germany is a British university, "residents of Istanbul" are Turkey's (News
        Articles check N17 n 31). Only a city of note (no namesake comes near its size), never
        a region or a country, whose own word the mention's resolution reads already."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.text[:1].isupper()):
                ent = next((e for e in self.entities if e.start <= obj.i < e.end), None)
                if ent is not None and ent.label_ == "ORG" and ent.start <= head.i:
                    # "the University of Sheffield" tagged one ORG: the city is the name's last words
                    place = self.doc[obj.left_edge.i:obj.i + 1].text
                elif ent is not None and ent.label_ == "GPE":
                    place = ent.text
                else:
                    continue
                iso3 = self._country_of_a_city(place, capitals=False)
                if iso3 and iso3 != self.setting:
                    return iso3
        return None

    def _country_of_a_city(self, name: str, capitals: bool = True) -> str | None:
        """The country of a city of note called ``name`` (no namesake comes near its size);
        None for a country's or a region's name, and for a capital unless ``capitals`` (where
        the mention's resolution reads a capital as its country's word already)."""
        if name_key(name) in self.base.cue("region_names"):
            return None
        if self.base.country_of(name) and not (capitals and self.base.is_seat(name)):
            return None
        return _country_of_a_city_of_note(name)

    def _country_of_the_sentences_city(self, head: Token, start: int, end: int) -> str | None:
        """The country of the city of note (Gazetteer.country_of_a_city_of_note) that the
        mention's own sentence puts its happening in: the object of "in", "at", "near" or
        "outside" ("A woman and her baby were rescued from a blaze at a flat in Dublin",
        "a reporter was detained at the rally in Moscow", "police in Los Angeles arrested two
        men"; News Articles checks N24 n 47, N7 n 17, N23 n 32: the sector right, the country
        missing), or that the mention's own name holds ("The Los Angeles Police Department said
        it was investigating": N23 n 73). A country's own name is no city ("deported back to Afghanistan" says where
        they go, not who they are); two cities of two countries name no one country."""
        found: set[str] = set()
        for ent in self.entities:
            if ent.start < head.sent.start or ent.start >= head.sent.end or ent.label_ not in ("GPE", "LOC", "FAC"):
                continue
            own = start <= ent.start and ent.end <= end
            root = ent.root
            while root.dep_ == "conj" and root.head is not root:
                root = root.head  # "in Baghdad and Damascus": both are where it happened
            if not own and (root.dep_ != "pobj" or root.head.lower_ not in _CITY_PREPOSITIONS):
                continue
            iso3 = self._country_of_a_city(ent.text)  # a country or a region is no city; a capital is ("in Moscow")
            if iso3 is None and ent.label_ == "GPE" and (own or root.head.head.i == head.i):
                # "Journalists in Balochistan": a province in the mention's own phrase, not one the
                # sentence names elsewhere ("an inspector warned of trusts in England" leaves the
                # story's setting to the place of its first event)
                iso3 = self._country_of_a_division(ent.text)
            if iso3:
                found.add(iso3)
        if not found and self.doc[start:end].root.pos_ == "PROPN":
            found.update(filter(None, [self._city_opening_a_name(start, end)]))
        return next(iter(found)) if len(found) == 1 else None

    def _city_opening_a_name(self, start: int, end: int) -> str | None:
        """The country of a city of note whose name opens a body's name that spaCy read whole
        ("The Los Angeles Police Department", "the Dublin Fire Brigade"): its longest opening
        run of capitalised words, up to three, that is such a city."""
        words = [t.text for t in self.doc[start:end] if t.lower_ != "the"]
        for size in (3, 2, 1):
            if size < len(words) and all(w[:1].isupper() for w in words[:size]):
                name = " ".join(words[:size])
                if self.base.country_of(name) and not self.base.is_seat(name):
                    return None  # "The Georgia State Patrol": a state's name opens it, no city
                if (iso3 := self._country_of_a_city(name)) is not None:
                    return iso3
        return None

    def _country_of_a_place_word(self, obj: Token) -> str | None:
        """The country a place word names: "Berlin", "Germany", "Seoul", or a place noun
        (descriptions.yaml place_heads) with a demonym or an "of" name ("the German city of
        Cologne"). None for region names and for words of no country."""
        if obj.text[:1].isupper():
            ent = next((e for e in self.entities if e.start <= obj.i < e.end and e.label_ in ("GPE", "LOC")), None)
            text = ent.text if ent is not None else obj.text
            if name_key(text) in self.base.cue("region_names"):
                return None
            return self.base.country_of(text)  # a city of note alone may host visitors: "delegations in Geneva"
        if name_key(obj.lemma_) not in self.base.cue("place_heads"):
            return None
        for c in obj.children:
            if c.dep_ in ("amod", "compound") and c.i < obj.i and c.text[:1].isupper() and (iso3 := self.base.country_of(c.text)):
                return iso3
        return None

    def _envoys_of_several_states(self, head: Token) -> bool:
        """Whether a plural head of mission (descriptions.yaml mission_head_nouns: "ambassadors",
        "envoys") with no country word of its own is of several states: a state has one ambassador
        to a host, so "Sessions met several other ambassadors", "26 meetings with foreign ambassadors",
        "members of Congress meet ambassadors" name the envoys of other states, not the story's state
        that receives them (News Articles checks N6 n 100, N9 n 5, n 8, n 97). A possessive ("their
        ambassadors") or a definite article ("the ambassadors" named before) keeps its reading."""
        if head.tag_ != "NNS" or name_key(head.text) not in self.base.cue("mission_head_nouns"):
            return False
        return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE
                       or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in head.children)

    def _bare_plural_states(self, head: Token) -> bool:
        """Whether a plural state noun ("governments", "nations": descriptions.yaml state_nouns)
        stands bare, with no article, possessive or word of its own: several states, none of them
        named, so not the story's own ("the general's contact with governments and peoples in his
        area" in a story set in Israel; News Articles check N10 n 8). "The two governments" (named
        before) and "Western governments" (a region) are read elsewhere."""
        if head.tag_ != "NNS" or head.pos_ != "NOUN" or name_key(head.text) not in self.base.cue("state_nouns"):
            return False
        if head.dep_ in ("compound", "nmod", "poss") or head.i > 0 and self.doc[head.i - 1].lower_ in _DEFINITE:
            return False  # "the governments recapture of Aleppo": a possessive that lost its apostrophe (FA-KES)
        return not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod") for c in head.children)

    def _kept_out_by_a_state(self, head: Token, fields: dict[str, Any]) -> bool:
        """Whether people who cross borders (refugees, or a noun of descriptions.yaml
        border_crosser_nouns: "travellers", "citizens", "refugee admissions") are the object of a
        state's ban or bar (entry_ban_verbs, entry_ban_nouns): "Trump's ban on refugees and
        travelers", "banning Syrian refugees", "suspending all refugee admissions". Those kept out
        are foreigners, not the banning state's people (News Articles checks N6 n 76, N7 n 43)."""
        crossers = self.base.cue("border_crosser_nouns")
        words = {name_key(head.lemma_)} | {name_key(c.lemma_) for c in head.children if c.dep_ in ("compound", "amod")}
        if fields.get("sector") != "REF" and not words & crossers:
            return False
        node = head
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head  # "a ban on refugees and travelers": the first conjunct's frame
        if node.dep_ == "dobj":
            return name_key(node.head.lemma_) in self.base.cue("entry_ban_verbs")
        if node.dep_ == "pobj" and node.head.lower_ in ("on", "against"):
            return name_key(node.head.head.lemma_) in self.base.cue("entry_ban_nouns")
        return False

    def _counterparts_of_a_state(self, head: Token, country: str) -> bool:
        """Whether the mention is a counterpart noun (descriptions.yaml counterpart_state_nouns:
        "partners", "allies", "neighbours") owned by the possessive of the very state that gave it
        its country: "Washington's trading partners", "Russia's allies" are other states (News
        Articles check N5 n 93). A person's possessive ("Assad's allies") says no state."""
        if name_key(head.lemma_) not in self.base.cue("counterpart_state_nouns") and \
                name_key(head.text) not in self.base.cue("counterpart_state_nouns"):
            return False
        for c in head.children:
            if c.dep_ == "poss" and c.text[:1].isupper():
                ent = next((e for e in self.entities if e.start <= c.i < e.end), None)
                text = ent.text if ent is not None and ent.label_ in ("GPE", "NORP") else c.text
                text = text.removesuffix("'s").removesuffix("’s").strip()
                if self.base.country_of(text) == country:
                    return True
        return False

    def _foreign_plural(self, noun: Token) -> bool:
        """"foreign investors", "overseas companies": a foreign word on a plural noun that
        names no office ("foreign ministers" is the office of each country)."""
        if noun.tag_ != "NNS" or name_key(noun.lemma_) in self.base.titles:
            return False
        return any(c.dep_ in ("amod", "compound") and c.i < noun.i and name_key(c.text) in self.base.cue("foreign_words")
                   for c in noun.children)

    def _of_states_phrase(self, noun: Token) -> bool:
        """"citizens of seven countries", "leaders from the SAARC nations", "other countries'
        companies": plural states (descriptions.yaml state_nouns) after "of"/"from", or as a
        possessive."""
        states = self.base.cue("state_nouns")
        for child in noun.children:
            if child.dep_ == "poss" and child.tag_ == "NNS" and name_key(child.text) in states:
                return True
            if child.dep_ == "prep" and child.lower_ in ("of", "from") and any(
                    o.dep_ == "pobj" and o.tag_ == "NNS" and name_key(o.text) in states for o in child.children):
                return True
        return False

    def _crew_of(self, head: Token) -> str | None:
        """The country whose machine of war people are "on board"/"aboard" (descriptions.yaml
        person_heads, machine_nouns): the machine after the phrase ("people on board a Russian
        military helicopter") or the subject of the clause ("a Russian helicopter was shot down
        killing all five people on board"), when a demonym on it names its owner and no word
        makes it a civilian craft (civilian_craft_words). Those people are its owner's military
        (eleventh blind check n 40), not civilians."""
        if name_key(head.lemma_) not in self.base.cue("person_heads") and name_key(head.text) not in self.base.cue("person_heads"):
            return None
        board = next((c for c in head.children if c.lower_ == "aboard" or c.dep_ == "prep" and c.lower_ == "on"
                      and any(g.lower_ == "board" for g in c.children)), None)
        if board is None:
            return None
        machines = [t for t in board.subtree if t.i > board.i and t.pos_ == "NOUN" and t.lower_ != "board"]
        machines += [c for c in head.children if c.dep_ == "appos"]
        if not machines:
            verb = head.head
            while verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head.i != verb.i:
                verb = verb.head  # "killing" → "shot": the clause whose subject the machine is
            machines = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        machine = next((m for m in machines if name_key(m.lemma_) in self.base.cue("machine_nouns")), None)
        if machine is None:
            return None
        words = {name_key(c.text) for c in machine.children if c.dep_ in ("amod", "compound")}
        if words & self.base.cue("civilian_craft_words"):
            return None  # "all 224 people on board the Russian passenger plane": passengers
        owners = {self.base.adjectives[w] for w in words if w in self.base.adjectives}
        return owners.pop() if len(owners) == 1 else None

    def _air_noun(self, head: Token) -> bool:
        """Whether a military mention names an air arm (descriptions.yaml air_force_words: "air
        forces", "aviation", "war planes"), itself or as the noun a coordinated state word
        shares ("regime and Russian war planes"): the state's air force, not its army
        (twelfth blind check, borderline n 89, 92, 96)."""
        words = self.base.cue("air_force_words")
        nouns = [head]
        term = self.base.sectors.get(name_key(head.lemma_))
        if term is not None and term.sector == "GOV" or name_key(head.text) in self.base.adjectives:
            # only a bare state word shares the noun after it: "Syrian troops and warplanes" are troops
            nouns += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        for noun in nouns:
            before = self.doc[noun.i - 1].text if noun.i > 0 else ""
            if name_key(noun.text) in words or name_key(f"{before} {noun.text}") in words:
                return True
        return False

    def _air_force_of(self, iso3: str, fields: dict[str, Any]) -> dict[str, Any]:
        """The state's air force for fields that are its military (the national MIL body or none)."""
        national = self.base.national.get((iso3, "MIL"))
        if fields.get("entity_id") and (national is None or national.entity_id != fields["entity_id"]):
            return fields  # a named force keeps its name
        air = _national_phrase(iso3, ["air", "force"], self.base)
        return self._by_id_fields(air) if air is not None else fields

    def _arms_of_state(self, iso3: str, head: Token, noun: Token | None = None) -> dict[str, Any]:
        """The state's force that an action or force noun after its word (or ``noun``, the
        action it is the agent of) names: its air force for an action from the air
        (descriptions.yaml air_action_words), else its military."""
        noun = (self._action_named_after(head) or head.head) if noun is None else noun
        keys = {name_key(noun.text), name_key(noun.lemma_), name_key(f"{noun.doc[noun.i - 1].text} {noun.text}"),
                *(name_key(c.text) for c in noun.children if c.dep_ in ("amod", "compound"))}  # "aerial assault"
        if any(k in self.base.cue("air_action_words") for k in keys) or noun.pos_ == "NOUN" and self._from_the_air(noun):
            air = _national_phrase(iso3, ["air", "force"], self.base)
            if air is not None:
                return self._by_id_fields(air)
        if noun.pos_ == "VERB" and noun.lemma_.lower() in self.base.cue("armed_attack_verbs") and self._arms_so_far_from_the_air(iso3, head):
            air = _national_phrase(iso3, ["air", "force"], self.base)
            if air is not None:  # "The regime is attacking rural areas" after its airstrikes: the same strikes
                return self._by_id_fields(air)
        return self._in_country("MIL", iso3)

    def _arms_so_far_from_the_air(self, iso3: str, head: Token) -> bool:
        """Whether the article, before ``head``, has named the state's forces at least once and
        only as its air force ("regime airstrikes", "airstrikes carried out by the regime"): a
        later "the regime is attacking rural areas" is those strikes, of its air force, not its
        army (twenty-sixth blind check n 27). Any other force of the state named before (its
        army, "regime forces") leaves the attack to its military."""
        air = _national_phrase(iso3, ["air", "force"], self.base)
        if air is None:
            return False
        forces = [k.fields.get("entity_id") for k in self.known if k.token < head.i and k.fields.get("country") == iso3
                  and k.fields.get("sector") == "MIL"]
        return bool(forces) and all(f == air.entity_id for f in forces)

    def _country_split_off(self, head: Token) -> bool:
        """Whether the mention is a country of a list whose commas the copy lost, which
        extraction split into parties of their own (code/arguments.py countries_run_together):
        "France" of "Britain France and the United States", which the model tags as one name
        with "Britain" (twenty-sixth blind check n 97). The whole name is no name of it."""
        if countries_run_together(head, self.base)[0]:
            return True  # the run's last country, whose phrase was cut after the ones before
        return head.dep_ == "compound" and head.head.i > head.i and head in countries_run_together(head.head, self.base)[0]

    def _dateline_around_a_machine(self, head: Token, entity: Span, start: int, end: int) -> bool:
        """Whether a name spaCy runs over a machine of war adds to it only places: "... Defies the
        World Beirut London- Warplanes releasing toxic gas targeted Tuesday the town of Khan
        Sheikhoun" (a headline and dateline run into the lead; sixtieth blind check n 18 made the
        warplanes Lebanon's army). A dateline says where the story was filed, a seat or a city
        where planes took off at most (as ``_machine_from_a_country`` reads "jets from
        Incirlik"); only a demonym or a country's own name owns a machine."""
        if not self._is_machine_or_force(head) or head.lower_ in _BARE_FORCES:
            return False
        extra = [t for t in entity if not start <= t.i < end]
        if not extra:
            return False
        return not any(name_key(t.text) in self.base.adjectives
                       or self.base.country_of(t.text) is not None and not self.base.is_seat(t.text) for t in extra)

    def _entity_around(self, head: Token) -> Span | None:
        return next((e for e in self.entities if e.start <= head.i < e.end and e.label_ in ("ORG", "PERSON", "NORP", "FAC")), None)

    # -- memory ----------------------------------------------------------------------

    @property
    def known(self) -> list[_Known]:
        """Every actor remembered so far, in text order."""
        if self._pending:
            self._read_names()
        if self._ordered is None:
            self._ordered = sorted(self.by_token.values(), key=lambda k: k.token)
        return self._ordered

    def _remember(self, head: Token, start: int, end: int, party: Party | None = None) -> None:
        fields = {k: getattr(party, k) for k in _FIELDS} if party is not None else self._resolve(start, end, head)
        if not fields or not any(fields.get(k) for k in ("entity_id", "country", "sector", "name")):
            if head.ent_type_ != "PERSON":
                return
            fields = {"name": self._quote(start, end)}
        entity = self.base.entities.get(name_key(fields.get("name") or "")) if fields.get("entity_id") else None
        kind = entity.kind if entity is not None else None
        words = [t.lower_ for t in self.doc[start:end]]
        known = _Known(
            token=head.i, sentence=self.sentence_start[head.i], fields=dict(fields), kind=kind,
            surname=self.doc[end - 1].lower_ if head.ent_type_ == "PERSON" else None,
            role_noun=any(w in _ROLE_NOUNS for w in words),
            key=fields.get("entity_id") or fields.get("name") or "",
            head_lemma=head.lemma_.lower(), plural=head.tag_ == "NNS",
        )
        self.by_token[known.token] = known  # a later reading of the same words is richer
        self._ordered = None

    def _resolve(self, start: int, end: int, head: Token) -> dict[str, Any]:
        words = [self.text[t.idx + self.offset: t.idx + self.offset + len(t)] for t in self.doc[start:end]]
        fields = resolve_words(words, head.lemma_, self.base, self.published)
        fields.pop("why", None)
        if self._a_given_name_like_a_country(start, end, fields):
            return {}  # "fatally shooting Chad Oulson": a man's name, not Chad's state
        spelt = self._acronym_of_another_name(words, fields)
        if spelt is not None:
            again = resolve_words(spelt, spelt[-1].lower(), self.base, self.published)
            again.pop("why", None)
            return again if again.get("entity_id") else {**again, "name": " ".join(spelt)}
        if (name := self._sector_word_as_a_given_name(head, start, end, fields)) is not None:
            # "Marine Le Pen": a woman's name, not the marines; the other words still say what she
            # is ("French far-right presidential candidate Marine Le Pen": France's party politician)
            rest = [w for t, w in zip(self.doc[start:end], words) if t.i != name.start]
            again = resolve_words(rest, head.lemma_, self.base, self.published)
            again.pop("why", None)
            return again if again.get("sector") else {"name": self._quote(name.start, name.end)}
        return fields

    def _a_given_name_like_a_country(self, start: int, end: int, fields: dict[str, Any]) -> bool:
        """Is a mention a person's name whose given name is also a country's (descriptions.yaml
        ``country_given_names``: Chad, Jordan, Georgia, India, Israel)? "after fatally shooting
        Chad Oulson in a dispute" (News Articles check N28 n 18: Chad's state). spaCy reads the
        whole run as a person's name; the country's word opens it and no other word follows
        that names a state or a body."""
        if fields.get("entity_id") or not fields.get("country") or end - start < 2:
            return False
        words = [t for t in self.doc[start:end] if t.pos_ != "DET"]
        if len(words) < 2:
            return False
        if name_key(words[0].text) not in self.base.cue("country_given_names") or not words[1].text[:1].isupper():
            return False
        return all(t.ent_type_ == "PERSON" for t in words)

    def _acronym_of_another_name(self, words: list[str], fields: dict[str, Any]) -> list[str] | None:
        """The name an acronym stands for in this article when that name is not the base's body
        of the acronym: "The committee eliminated the Election Assistance Commission ... eliminating
        the EAC" is that commission, not the East African Community; "the Post Office and the
        Automobile Association (AA)" name no Arakan Army (News Articles checks N24 n 55, N22 n 53).
        News spells a body out before it abbreviates it, so the article's own name of those
        initials decides. A name that shares a word with the body's names ("Syrian Observatory of
        Human Rights ... SOHR") is a variant of it and keeps it; a two-letter acronym counts only in
        brackets right after its name, where initials rarely meet by chance. None otherwise."""
        entity_id = fields.get("entity_id")
        if not entity_id:
            return None
        for word in words:
            if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 6) or name_key(word) not in self.base.acronyms:
                continue
            known = self.base.lookup(word)
            if known is None or known.entity_id != entity_id:
                continue
            own = self.base.name_words(str(entity_id)) - _NAME_LINKS
            spelt = [(name, bracketed) for name, bracketed in self._names_of_initials(word) if len(word) > 2 or bracketed]
            if not spelt or any(
                    (found := self.base.lookup(name)) is not None and found.entity_id == entity_id
                    or {name_key(w) for w in re.split(r"[\s-]+", name)} & own for name, _ in spelt):
                return None
            return spelt[0][0].split()
        return None

    def _names_of_initials(self, letters: str) -> list[tuple[str, bool]]:
        """The article's runs of capitalised words (with "of", "and", "for", "the" between)
        whose initials are ``letters``, and whether the initials follow each in brackets:
        "Election Assistance Commission" for EAC; "the Automobile Association (AA)" for AA,
        bracketed. Found once per article and acronym."""
        if self._spelt_out is None:
            self._spelt_out = {}
        if letters not in self._spelt_out:
            found = []
            for match in _initials_pattern(letters).finditer(self.text):
                after = self.text[match.end(): match.end() + len(letters) + 6]
                found.append((match.group(0), re.match(rf"\s*\(\s*{letters}\s*\)", after) is not None))
            self._spelt_out[letters] = found
        return self._spelt_out[letters]

    # -- descriptions (pronouns: pronouns.py) ----------------------------------------

    def _machine_owner(self, head: Token) -> str | None:
        """The country of a machine of war with no owner word of its own ("aircraft", "the
        Mi-8 helicopter"), when the nearest machine or air attack before it, in its sentence
        or the one before, has one ("Israeli air raids", "a Russian military helicopter").
        Only one country in that window: two ("Russian and Syrian jets") leave it open."""
        reported = self._reporting_military(head) or self._reporting_state(head) or self._machine_from_a_country(head)
        if reported is not None:
            return reported
        believed = self._owner_in_predicate(head)
        if believed is not None:
            return believed
        earliest = self._window_start(head.i)
        owners: list[str] = []
        for token in self.doc[earliest:head.i]:
            if token.dep_ not in ("amod", "compound") or (iso3 := self.base.adjectives.get(name_key(token.text))) is None:
                continue
            noun = token.head
            keys = (name_key(noun.lemma_), name_key(noun.text))
            if any(k in self.base.cue("machine_nouns") or k in self.base.cue("military_nouns") for k in keys):
                owners.append(iso3)
        if not owners and any(t.lower_ == "the" for t in head.lefts):
            # "the Mi-8 helicopter" after "a Russian military helicopter": the one named before
            for token in self.doc[:head.i]:
                if token.dep_ in ("amod", "compound") and token.head.lemma_ == head.lemma_ \
                        and (iso3 := self.base.adjectives.get(name_key(token.text))) is not None:
                    owners.append(iso3)
        if not owners and head.dep_ == "nsubj" and self._an_aircraft(head) and not self._owner_word_on(head):
            # "a Sukhoi-34 bomber carried out another attack" in an account of Russian Aerospace
            # Forces strikes: an acting aircraft no word owns is of the air force the article
            # named last, before the story's army (seventeenth blind check n 15)
            return self._air_force_named_last(head)
        return owners[-1] if owners and len(set(owners)) == 1 else None

    def _owner_in_predicate(self, head: Token) -> str | None:
        """The country a belief or report about a machine names as its owner: "War jets also
        believed to be Russian struck", "planes thought to be Syrian" (descriptions.yaml
        owner_belief_verbs; a demonym or country after "to be"). The predicate says whose the
        machine is as a demonym before it would (twenty-second blind check n 91)."""
        # the machine as the subject of the belief, or the belief as a reduced clause on it
        verbs = [head.head] if head.dep_ in ("nsubj", "nsubjpass") else [c for c in head.children if c.dep_ == "acl"]
        for verb in verbs:
            if verb.lemma_.lower() not in self.base.cue("owner_belief_verbs"):
                continue
            for be in verb.children:
                if be.dep_ != "xcomp" or be.lemma_ != "be":
                    continue
                owners = {iso3 for c in be.children if c.dep_ in ("acomp", "attr")
                          if (iso3 := self.base.adjectives.get(name_key(c.text)) or self.base.country_of(c.text))}
                if len(owners) == 1:
                    return owners.pop()
        return None

    def _owner_word_on(self, head: Token) -> bool:
        """Whether a word on the noun says whose it is: a state word ("Regime aircraft": a GOV term
        of sectors.tsv), a demonym or country, or a possessive."""
        for child in head.children:
            if child.dep_ == "poss":
                return True
            if child.dep_ in ("amod", "compound", "nmod"):
                term = self.base.sectors.get(name_key(child.text))
                if term is not None and term.sector == "GOV" or self.base.country_of(child.text) is not None:
                    return True
        return False

    def _an_aircraft(self, head: Token) -> bool:
        """Whether a machine mention is an aircraft (descriptions.yaml aircraft_words, in the
        head or a compound before it: "Sukhoi-34 bomber", "warplanes")."""
        compounds = [c for c in head.children if c.dep_ == "compound"]
        keys = {name_key(head.text), name_key(head.lemma_), *(name_key(c.text) for c in compounds),
                *(name_key(c.text).split(" ")[0] for c in compounds if name_key(c.text))}
        return bool(keys & self.base.cue("aircraft_words"))

    def _air_force_named_last(self, head: Token) -> str | None:
        """The country of the national air force (the base's "<country> air force" body) of
        another state than the story's that the article named last before ``head``, or None. An
        aircraft named since ("a helicopter believed to belong to Syrian government forces",
        fifth check n 22) ends the search: the aircraft may be the same, and the story's default
        stays."""
        for known in reversed(self.known):
            country, entity = known.fields.get("country"), known.fields.get("entity_id")
            if known.token >= head.i or known.kind == "person":
                continue
            if self._an_aircraft(self.doc[known.token]):
                return None
            if country and entity:
                air = _national_phrase(str(country), ["air", "force"], self.base)
                if air is not None and air.entity_id == entity:
                    # the story's own air force leaves the default: "a bare 'warplanes' the story's
                    # country gives stays its military" (ACTORS.md)
                    return str(country) if country != self.setting else None
        return None

    def _reporting_military(self, head: Token) -> str | None:
        """The country of a state's military that reports what a machine did: "Russias military
        said six long-range bombers ... carried out strikes" (seventh hand check n 49). A
        military tells of its own aircraft; another state's it would name."""
        fields = self._speaker_of_its_clause(head, conjuncts=True)
        return str(fields["country"]) if fields.get("sector") == "MIL" and fields.get("country") else None

    def _reporting_state(self, head: Token) -> str | None:
        """The country of a foreign state that reports, in its own voice, what an aircraft with
        no owner word did: "Russia confirmed that six Tupolev warplanes carried out airstrikes
        around Raqqa" (fifty-eighth blind check n 31, read as the story's army). A state tells
        of its own aircraft's strikes; another state's it would name, as its military does
        (``_reporting_military``). Only a verb that reports (descriptions.yaml
        own_deed_reporting_verbs; "Russia denied that warplanes struck" says no such thing),
        only another state than the story's (whose planes are its own by default anyway), and
        not when the clause names the speaker's country again ("Turkey said warplanes struck a
        Turkish border post": the strike fell on it)."""
        if not self._an_aircraft(head):
            return None
        fields = self._speaker_of_its_clause(head, conjuncts=True)
        country = fields.get("country")
        if not country or country == self.setting or fields.get("sector") not in (None, "GOV"):
            return None
        entity = fields.get("entity_id")
        if entity and self._kind(str(entity)) not in ("country", "government_body"):
            return None
        clause = head.head
        while clause.dep_ == "conj":
            clause = clause.head
        if clause.head.lemma_.lower() not in self.base.cue("own_deed_reporting_verbs"):
            return None
        if any(t.lower_ in ("its", "it", "their", "them") or t.text[:1].isupper() and self.base.country_of(t.text) == country
               for t in clause.subtree if t.i != head.i):
            return None
        return str(country)

    def _speaker_of_its_clause(self, head: Token, conjuncts: bool = False) -> dict[str, Any]:
        """The resolved fields of the speaker ("Russias military said", "U.S. officials said")
        whose reported clause has ``head`` for its subject, through the clause's conjuncts when
        ``conjuncts``; empty when the head is no such subject or the speaker is no noun."""
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        while conjuncts and verb is not None and verb.dep_ == "conj":
            verb = verb.head
        if verb is None or verb.dep_ != "ccomp":
            return {}
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
            return {}
        return self._resolve(*party_bounds(speaker), speaker)

    def _force_of_the_speaker(self, head: Token, words: list[str]) -> str | None:
        """The country of a state's speaker who reports what a bare "the military" or "the army"
        did (descriptions.yaml own_force_words): "U.S. officials said the military fired dozens
        of cruise missiles" is the US military, not the story's army (thirty-sixth blind check
        n 13). A state's officials or body call their own forces so; another state's they would
        name. Only a government or military speaker of another country than the story's counts."""
        if [w.lower() for w in words] != [head.lower_] or head.lower_ not in self.base.cue("own_force_words") \
                or [c.lower_ for c in head.children] != ["the"]:
            return None
        fields = self._speaker_of_its_clause(head)
        country = fields.get("country")
        if not country or country == self.setting or fields.get("sector") not in ("GOV", "MIL"):
            return None
        return str(country)

    def _machine_from_a_country(self, head: Token) -> str | None:
        """The country named after "from" on a machine of war: "six long-range bombers from
        Russia had struck around Deir Ezzor" are Russia's (its air force, as "Russian bombers"),
        not the story's army (thirty-third blind check n 21, thirty-fourth n 68), as "warplanes
        from the coalition" are the coalition's (ACTORS.md). Only a country's own name counts: a
        seat or a town after "from" ("jets from Incirlik") says where they took off."""
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ent = next((e for e in self.entities if place is not None and e.start <= place.i < e.end), None)
            if ent is None or ent.label_ != "GPE" or self.base.is_seat(ent.text):
                return None
            iso3 = self.base.country_of(ent.text)
            return str(iso3) if iso3 else None
        return None

    def _a_people_in_arms(self, head: Token) -> bool:
        """Whether a plural demonym of a people ("the Russians", "the Americans") is the subject
        of an act of arms ("the Russians bombed the town") or acts with means of war
        (descriptions.yaml machine_nouns, armed_means_words: "The Russians can secure this zone
        with their air power and their S-400 missile systems", thirty-seventh blind check n 69):
        the state's military acts, not its people nor its government."""
        if head.ent_type_ != "NORP" or head.tag_ not in ("NNPS", "NNS") or head.dep_ != "nsubj" \
                or [c.lower_ for c in head.children] not in ([], ["the"]):
            return False
        if self._subject_of_arms(head):
            return True
        machines, means = self.base.cue("machine_nouns"), self.base.cue("armed_means_words")
        for prep in head.head.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for noun in [obj, *obj.conjuncts]:
                    before = self.doc[noun.i - 1].text if noun.i > 0 else ""
                    if name_key(noun.text) in machines | means or name_key(f"{before} {noun.text}") in means \
                            or any(c.dep_ == "compound" and name_key(c.text) in machines for c in noun.children):
                        return True
        return False

    def _count_restated_with_a_country(self, head: Token) -> str | None:
        """The country of the same count of the same people restated with a demonym in this
        sentence or the next: a headline's "Blast at Syria-Turkey border kills 20 rebels" is
        told again as "At least 20 Syrian rebels were killed" (thirty-eighth blind check n 72:
        the border's Turkey made them Turkish). Only a bare counted plural ("20 rebels")."""
        count = [c for c in head.children if c.dep_ == "nummod"]
        if head.tag_ != "NNS" or len(count) != 1 or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return None
        stop = head.sent.end
        if stop < len(self.doc):
            stop = self.doc[stop].sent.end
        for token in self.doc[head.i + 1:stop]:
            if token.lemma_ != head.lemma_ or token.tag_ != "NNS" \
                    or not any(c.dep_ == "nummod" and c.lower_ == count[0].lower_ for c in token.children):
                continue
            demonyms = {self.base.adjectives.get(name_key(c.text)) for c in token.children if c.dep_ in ("amod", "compound")}
            demonyms.discard(None)
            if len(demonyms) == 1:
                return str(demonyms.pop())
        return None

    def _home_militia(self, words: list[str], head: Token) -> bool:
        """Whether a militia is named by a term of descriptions.yaml ``home_militias``
        ("popular forces", "shabiha"), in the plural too ("the popular defense groups", eighth
        hand check n 9), or by a people without a state ("Druze militia", descriptions.yaml
        ``stateless_peoples``): local irregulars, so of the story's country, unlike a bare
        "militia" that may be foreign (Iraqi, Afghan militias in Syria)."""
        keys = [name_key(w) for w in words]
        if any(k in self.base.cue("stateless_peoples") for k in keys):
            return True
        singular = [*keys[:-1], name_key(head.lemma_)] if keys else keys
        return any(" ".join(ks[-n:]) in self.base.cue("home_militias") for ks in (keys, singular)
                   for n in (1, 2, 3, 4) if len(ks) >= n)

    def _reporter(self, verb: Token) -> Token | None:
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
                t.dep_ == "cc" and t.head == verb.head for t in self.doc[verb.head.i + 1: verb.i]):
            return None  # a conjunct with no "and"/"but" before it is a misparse, not a shared subject
        speaker = subject_of(verb, self.cues)
        if speaker is None or speaker.lower_ in _FIRST_PERSON:
            return None
        return speaker

    def _by_id_fields(self, entity: Entity) -> dict[str, Any]:
        fields = _entity_fields(entity, self.base, self.published)
        fields.pop("why", None)
        return fields

    def _kind(self, entity_id: str) -> str | None:
        entity = self.base.by_id(entity_id)
        return entity.kind if entity is not None else None

    def _country_sharing_a_noun(self, head: Token, fields: dict[str, Any]) -> dict[str, Any]:
        """A country's name coordinated before a noun it shares ("the US and Russian military
        chiefs met", "US and British troops"): the parser hangs the name on the noun and the
        coder splits the conjuncts, so the name alone would be read as the state. It is the body
        that the name with the shared noun's words names, as a demonym sharing a noun is
        (``_shared_noun``; News Articles check N1 n 53). A name with no conjunct keeps its reading."""
        if head.pos_ != "PROPN" or head.dep_ not in ("nmod", "compound") or not any(c.dep_ == "conj" for c in head.children):
            return fields
        noun = head.head
        if noun.pos_ != "NOUN" or noun.i < head.i:
            return fields
        between = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i > head.i and c.i not in {t.i for t in head.subtree}]
        words = [head.text, *(t.text for t in between), noun.text]
        shared = resolve_words(words, noun.lemma_, self.base, self.published)
        shared.pop("why", None)
        return shared if shared.get("sector") and shared.get("country") == fields.get("country") else fields

    def _sector_word_as_a_given_name(self, head: Token, start: int, end: int, fields: dict[str, Any]) -> Span | None:
        """The person's name of the phrase when it begins with a capitalised force word that is
        a given name ("Marine Le Pen": "Marine" of sectors.tsv "marine") and no word of the name
        is a title ("General", "Sgt" are titles, and keep their reading): spaCy tags the name a
        person, and the name says nothing of a sector (News Articles check N1 n 23: Le Pen read
        as the military). None when the phrase has no such name or resolves to a person."""
        if head.ent_type_ != "PERSON" or not fields.get("sector"):
            return None
        if fields.get("entity_id") and self._kind(str(fields["entity_id"])) == "person":
            return None
        name = next((e for e in self.entities if e.label_ == "PERSON" and e.start <= head.i < e.end
                     and start <= e.start and e.end <= end), None)
        if name is None or len(name) < 2 or any(name_key(t.text) in self.base.titles for t in name):
            return None
        first = name[0]
        term = self.base.sectors.get(name_key(first.text))
        if not first.is_title or term is None or term.sector not in _ARMED_SECTORS | {"MIL", "COP"}:
            return None  # "Bishop Casey": a title of the church; "Marine", a force word, is a given name
        acts = self.base.cue("military_nouns") | self.base.cue("attack_nouns")
        # "Terrorist Attack on Damascus" in a headline: capitalised words, no one's name
        return None if any(name_key(t.text) in self.base.sectors or name_key(t.text) in acts for t in name[1:]) else name

    def _force_of_officers(self, head: Token, fields: dict[str, Any]) -> Token | None:
        """The state force named after "of" or "from" that bare "officers" serve ("Putin met
        officers of the Northern Fleet", "officers from the Metropolitan Police"): one of its
        people, not the army of the story's setting (News Articles check N4 n 49)."""
        if head.pos_ != "NOUN" or name_key(head.lemma_) != "officer" or fields.get("entity_id") or fields.get("country"):
            return None
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for body in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                entity = self._named(body)
                if entity is not None and entity.kind not in ("person", "country") and entity.sector in ("MIL", "COP", "SPY"):
                    return body
        return None

    def _named(self, token: Token) -> Entity | None:
        """The entity of the base a proper name (its whole run: "the Islamic State", or
        the name spaCy tagged around it when the parse splits it) names."""
        entity_id = self._resolve(*self._name_bounds(token), token).get("entity_id")
        return self.base.by_id(entity_id) if entity_id else None

    def _name_bounds(self, token: Token) -> tuple[int, int]:
        """The words of the name ``token`` is part of: its noun phrase, else the entity
        spaCy tagged ("Jaish al-Islam" parsed as four subjects)."""
        start, end = party_bounds(token)
        if not self._resolve(start, end, token).get("entity_id"):
            entity = self._entity_around(token)
            if entity is not None and (entity.start < start or entity.end > end):
                return entity.start, entity.end
        return start, end

    def _country_of_a_states_title(self, start: int, end: int, fields: dict[str, Any]) -> dict[str, Any]:
        """The state of a person or office whose title only one state gives (state_titles.tsv:
        "Union Minister Venkaiah Naidu" is India's, "Congressman Cummings" the United States'),
        or of a legislator whose name is followed by the US party and state tag ("Sen. Richard
        Blumenthal, D-Conn.", "Rep. Elijah Cummings (D-Md.)"). News Articles checks N5 n 21, n 69,
        N11 n 19, n 43: the country was missing although the title makes it plain. A title any
        state may use ("Prime Minister", "Sen.") leaves the country to the other rules."""
        words = [t.text for t in self.doc[start:end]]
        found = state_of_a_title(words)
        if found is None and fields.get("sector") == "LEG" and _US_PARTY_TAG.match(self.text[self._span(start, end)[1]:][:40]):
            found = ("USA", "LEG")
        if found is None:
            return fields
        country, own = found
        sector = str(fields.get("sector") or own)
        term = self.base.sectors.get(name_key(sector))
        return {**fields, "country": country, "sector": sector, "cameo_code": f"{country}{sector}",
                "acled_inter": fields.get("acled_inter") or (term.acled_inter if term is not None else None)}

    def _country_of_a_representative(self, start: int, end: int, fields: dict[str, Any]) -> dict[str, Any]:
        """"Rep." written before a name is a member of the US House of Representatives ("Rep.
        John Lewis led a sit-in in the House", "protesting Rep. Davis for not holding a town
        hall"; News Articles checks N24 n 34, n 71: LEG with no country). The only other
        House whose members English news calls "Rep." is the Philippines': an article that
        names the Philippines keeps the country to the other rules. The abbreviation must
        carry its full stop and a capitalised name must follow it ("a sales rep" is none)."""
        tokens = list(self.doc[start:end])
        titled = any(t.text in ("Rep.", "Reps.") and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
                     for i, t in enumerate(tokens))
        if not titled or "PHL" in self._named_countries():
            return fields
        return {**fields, "country": "USA", "sector": "LEG", "cameo_code": "USALEG"}

    def _titled_by_body(self, party: Party, head: Token) -> None:
        """A title with the body it serves after "of"/"for" is one of that body's people:
        its country and sector, never the body itself ("the head of the Syrian Observatory"
        is not the Observatory)."""
        body = self._body_of(head)
        if body is head or body.pos_ not in ("NOUN", "PROPN"):
            return
        bounds = self._name_bounds(body) if body.pos_ == "PROPN" else party_bounds(body)
        fields = self._resolve(*bounds, body)
        if fields.get("country") and fields.get("sector"):
            party.antecedent = self._quote(*bounds)
            party.country, party.sector, party.acled_inter = fields["country"], fields["sector"], fields.get("acled_inter")
            party.cameo_code = f"{party.country}{party.sector}"

    def _body_of(self, speaker: Token) -> Token:
        """"a spokesman for the coalition", "the head of the Observatory": the body a
        titled speaker speaks for; the speaker itself otherwise."""
        if name_key(speaker.lemma_) not in self.base.titles:
            return speaker
        for prep in speaker.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                body = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if body is not None:
                    return body
        return speaker

    def _owner_in_doubt(self, head: Token, words: list[str]) -> bool:
        """Is a bare machine of war with no owner word one whose owner the story's army
        is not, by default? Drones ("a drone strike killed an al-Qaeda official": US,
        coalition, Israeli or Russian far more often than Syrian), and planes in a sentence
        that offers two owners ("warplanes either Russia or Syrian", "jets of the Syrian
        regime or its ally Russia", "the US-led coalition or the regime"). FA-KES dev sample 3
        of 2026-11-26: 11 of 20 bare planes, jets, drones read as the Syrian army were not
        (all 4 drones)."""
        if len(words) > 3 or not self._is_machine_or_force(head) or head.lower_ in _BARE_FORCES:
            return False
        if name_key(head.lemma_) in self.base.cue("doubtful_machines"):
            return True
        sentence = head.sent
        ors = [t for t in sentence if t.lower_ in ("or", "whether", "either")]
        if not ors:
            return False
        owners = set()
        for t in sentence:
            iso3 = self.base.country_of(t.text)
            if iso3:
                owners.add(iso3)
            elif t.lower_ in ("regime", "coalition"):
                owners.add(t.lower_ if t.lower_ == "coalition" else self.setting or "regime")
        return len(owners) >= 2

    def _is_machine_or_force(self, token: Token) -> bool:
        """Is the noun a bare force ("forces", "troops") or a machine of war ("jets", "tanks")?"""
        keys = (name_key(token.lemma_), name_key(token.text))
        return token.lower_ in _BARE_FORCES or any(k in self.base.cue("machine_nouns") for k in keys)

    def _listed_with(self, head: Token) -> _Known | None:
        """A bare force or machine noun listed after a state's force ("Turkish special forces
        tanks and jets") belongs to the same force: the list shares its first words. A noun
        with words of its own ("Russian jets") says whose it is instead."""
        if head.dep_ != "conj" or not self._is_machine_or_force(head):
            return None
        if any(c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") for c in head.children):
            return None
        partner = head.head
        start = party_bounds(partner)[0]
        if not any(name_key(t.text) in self.base.adjectives or self.base.country_of(t.text) or t.pos_ == "PROPN"
                   for t in self.doc[start:partner.i + 1]):
            return None  # "Ankara has massed forces and tanks": the list names no owner, other rules decide
        known = next((k for k in reversed(self.known) if k.token == partner.i), None)
        if known is None or known.fields.get("sector") != "MIL" or not (known.fields.get("country") or known.fields.get("entity_id")):
            return None
        return known

    def _owner_of_the_list(self, head: Token) -> dict[str, Any] | None:
        """The owner that the first item of a list of means of war names for a force listed after
        it with no owner word of its own: "supported by US-led coalition air strikes and special
        forces advisers" (fifty-seventh blind check n 15, read as the story's army), "Turkish
        artillery and special forces". The owner word (a coalition noun, a demonym or a
        country) stands before the first item and is shared, as "Turkish special forces tanks
        and jets" share theirs (``_listed_with``). The parser may hang "and" on the first item
        and start a new clause with the force: the "and" right before the mention counts then.
        The coalition's fields (the one the article names), or the country's military; None
        when the first item is no military action or machine, names no owner, or names the
        story's own country, whose forces the default gives ("The Syrian army troops and air
        force": its air force, not its army)."""
        if not (self._is_machine_or_force(head) or name_key(head.lemma_) in self.base.cue("sent_force_nouns")):
            return None
        start = party_bounds(head)[0]
        if head.dep_ == "conj" and head.head.i < head.i:
            first = head.head
        elif start > 0 and self.doc[start - 1].lower_ == "and" and self.doc[start - 1].dep_ == "cc" \
                and self.doc[start - 1].head.i < start - 1 and self.doc[start - 1].head.pos_ == "NOUN":
            first = self.doc[start - 1].head
        else:
            return None
        if not (self._is_military_action(first) or self._is_machine_or_force(first)):
            return None
        first_start = party_bounds(first)[0]
        for token in reversed(self.doc[first_start:first.i]):
            if token.lemma_.lower() in self.base.cue("multinational_nouns"):
                coalition = self._coalition_named(token)
                if coalition.get("entity_id"):
                    return {**coalition, "antecedent": self._quote(*party_bounds(token))}
                return None
            iso3 = self.base.adjectives.get(name_key(token.text)) or (
                self.base.country_of(token.text) if token.text[:1].isupper() and not self.base.is_seat(token.text) else None)
            if iso3 == self.setting:
                return None  # the story's own forces: its default gives them, with their own words ("air force")
            if iso3:
                words = [t.text for t in self.doc[start:head.i + 1]]
                body = _national_phrase(iso3, words, self.base)  # "Russian air strikes and air force": its air force
                fields = self._by_id_fields(body) if body is not None else {**self._in_country("MIL", iso3), "sector": "MIL"}
                return {**fields, "antecedent": token.text}
        return None

    def _sharing_the_noun(self, start: int, end: int, head: Token, fields: dict[str, Any]) -> dict[str, Any]:
        """"by Syrian regime or Russian warplanes": a state's name coordinated with a
        demonym + machine noun shares that noun (the regime's warplanes): its military."""
        if self._is_machine_or_force(head):
            return fields
        noun = next((c for c in head.children if c.dep_ == "conj" and c.tag_ == "NNS" and self._is_machine_or_force(c)), None)
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")] if noun is not None else []
        if not modifiers or not all(name_key(c.text) in self.base.adjectives for c in modifiers):
            return fields  # "Assads regime and Syrian opposition forces": the noun has words of its own
        if any(c.dep_ == "det" for c in head.children) and not any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
            return fields  # "The Assad regime and Russian jets raided": a whole noun phrase, the regime itself
        words = [self.text[t.idx + self.offset: t.idx + self.offset + len(t)] for t in self.doc[start:end]] + [noun.text]
        shared = resolve_words(words, noun.lemma_, self.base, self.published)
        shared.pop("why", None)
        if shared.get("sector") == "MIL" and not shared.get("country") and fields.get("country") and self._a_national_government(fields):
            # "by regime and Russian forces": "regime forces", the state's military (its air force
            # when they are the agent of an action from the air; ninth blind check n 21)
            action = self._action_by(head)
            return self._arms_of_state(str(fields["country"]), head, action) if action is not None \
                else self._in_country("MIL", str(fields["country"]))
        if shared.get("sector") == "MIL" and shared.get("country") == (fields.get("country") or self.setting):
            return shared
        return fields

    def _where_one_goes_or_strikes(self, head: Token, fields: dict[str, Any]) -> bool:
        """Is a country or capital named alone the place where someone goes ("said on a
        visit to Paris", "fled to Turkey") or where strikes fall ("airstrikes on Syria")? The
        hand checks judge such words places, not actors (ACTOR_CHECK.md, second check W1a)."""
        if fields.get("entity_id") or not fields.get("country") or head.ent_type_ != "GPE":
            return False
        if not (self.base.country_of(head.text) or self.base.is_seat(head.text)) or party_bounds(head) != (head.i, head.i + 1):
            return False
        head = _first_place_of_a_list(head)
        if head.dep_ not in ("pobj", "dobj"):
            return False
        if head.dep_ == "dobj":
            # "Most of them fled Afghanistan", "infiltrated Lebanon": the country left or entered (Lee check L1 n 59)
            return name_key(head.head.lemma_) in self.base.cue("crossing_verbs") or self._visited_by_a_visitor(head)
        prep, governor = head.head, head.head.head
        if prep.lower_ in ("to", "into"):
            return name_key(governor.lemma_) in self.base.cue("travel_words") | self.base.cue("crossing_verbs")
        if prep.lower_ == "on":
            return name_key(governor.lemma_) in self.base.cue("military_nouns") or name_key(governor.text) in self.base.cue("military_nouns")
        return False

    def _visited_by_a_visitor(self, head: Token) -> bool:
        """Whether ``head`` is the bare object of a verb of visiting (descriptions.yaml
        ``visiting_verbs``), a country that private people go to: "a Shanghai student who visited the UK for a
        summer programme", "2.4 million tourists are forecast to visit Iceland" went to a place, not
        to its government (News Articles checks N29 n 52, N20 n 61), as "on a visit to Paris" is a
        place. The visitor is a common noun of a private sector (``private_visitor_sectors``): a
        statesman's visit ("Tillerson, after visiting Japan") meets the host government and keeps
        it (checks N28 n 88, N9 n 72), and a capital is left to the seat rules."""
        verb = head.head
        if head.dep_ != "dobj" or self.base.is_seat(head.text) or name_key(verb.lemma_) not in self.base.cue("visiting_verbs"):
            return False
        visitor = _visitor_of(verb)
        term = self.base.sectors.get(name_key(visitor.lemma_)) if visitor is not None and visitor.pos_ == "NOUN" else None
        return term is not None and (term.sector or "").lower() in self.base.cue("private_visitor_sectors")

    def _state_act(self, head: Token, fields: dict[str, Any]) -> dict[str, Any]:
        """"the Russian proposal", "the Turkish position": a demonym before what a state
        proposes or says is its government; so is one before what a state decides by law or
        by its sovereignty ("The international community has not recognized the Israeli
        annexation": fifty-seventh blind check n 51, left with no sector; descriptions.yaml
        state_political_act_nouns)."""
        nouns = self.base.cue("state_act_nouns") | self.base.cue("state_political_act_nouns")
        undertaking = self._states_undertaking(head)
        if undertaking is not None:
            # "a Russian campaign aimed at undermining our election": the state that wages it
            return {**fields, **self._in_country(undertaking, str(fields["country"])), "sector": undertaking}
        if head.dep_ not in ("amod", "compound", "poss") or name_key(head.head.lemma_) not in nouns:
            return fields
        country = str(fields["country"])
        name = sector_name("GOV", country, self.base)
        return {**fields, "sector": "GOV", "acled_inter": 1, "name": name, "acled_name": name, "cameo_code": f"{country}GOV"}

    def _states_undertaking(self, head: Token) -> str | None:
        """The sector of a state word before what a state runs or wages (descriptions.yaml
        state_undertaking_nouns: "In the midst of a Russian campaign aimed at undermining our
        election", News Articles checks N1 n 73, N8 n 43), GOV; MIL when a word of arms says
        what kind ("the Russian air campaign"). Also a demonym dashed to another one before
        what two states hold together (bilateral_nouns: "German-Namibian talks", check N2 n 45),
        GOV. A mention whose own head is the undertaking, its owner named before it ("support
        Iran's ballistic missile programme", check N3 n 83), is the owner. None otherwise."""
        arms = self.base.cue("state_military_undertaking_words")
        if head.pos_ == "NOUN" and name_key(head.lemma_) in self.base.cue("state_undertaking_nouns"):
            owner = next((c for c in head.children if c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper()
                          and (name_key(c.text) in self.base.adjectives or self.base.country_of(c.text))), None)
            if owner is None:
                return None
            # "Iran's ballistic missile programme": the state that runs it (owner named, as equipment's is)
            return "MIL" if any(name_key(t.text) in arms for t in self.doc[owner.i + 1:head.i]) else "GOV"
        noun = head.head
        if head.dep_ == "amod" and noun.dep_ == "amod" and noun.head.i > noun.i \
                and any(t.text in ("-", "–") for t in self.doc[head.i + 1:noun.i]):
            if name_key(noun.head.lemma_) in self.base.cue("bilateral_nouns"):
                return "GOV"  # "German-Namibian talks": the first of two dashed demonyms
            noun = noun.head
        if head.dep_ == "amod" and noun.i > head.i and name_key(noun.lemma_) in self.base.cue("bilateral_nouns") \
                and any(t.text in ("-", "–") for t in self.doc[max(head.i - 2, 0):head.i]):
            return "GOV"  # "US-Russian relations": the second demonym
        if head.dep_ not in ("amod", "compound", "poss") or noun.i < head.i \
                or any(t.text in ("-", "–") for t in self.doc[max(head.i - 1, 0):noun.i]) \
                or name_key(noun.lemma_) not in self.base.cue("state_undertaking_nouns"):
            # "the German-language program": the demonym names a language, no state
            return None
        return "MIL" if any(name_key(t.text) in arms for t in self.doc[head.i + 1:noun.i]) else "GOV"

    def _owned_force(self, head: Token, sentence: Span, exclude: set[int]) -> dict[str, Any] | None:
        """"whether it was their planes", "its warplanes": a force or machine noun owned by
        a pronoun is the force of what the pronoun stands for, when that is a state or an
        armed body; None (other rules decide) when the pronoun finds no such owner."""
        if not self._is_machine_or_force(head):
            return None
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("its", "their", "his", "her")), None)
        owner = self._pronoun(poss, sentence, exclude) if poss is not None else None
        if owner is None and poss is not None:
            owner = self._state_subject_over(poss)  # "Russia has denied its aircraft ... were involved"
        if owner is None or owner.dep_ not in ("nsubj", "nsubjpass") and not (
                owner.dep_ == "appos" and owner.head.dep_ in ("nsubj", "nsubjpass")):
            return None  # a name in brackets after the subject is the subject: "The Syrian Democratic Forces (SDF)"
        known = self.by_token.get(owner.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(owner), owner)
        if owner.i < sentence.start and not (poss.i == sentence.start and self._armed_group(fields)):
            # only a subject of the same sentence is sure ("Moscow denied that its jets ..."); the
            # nearest name further back is often the enemy ("the militants offensive ... its forces").
            # A sentence that opens on "Its forces" after "IS has attacked Hasakeh" continues with
            # that armed group, the subject just before (fifth check, n 1)
            return None
        country = fields.get("country")
        kind = self._kind(str(fields["entity_id"])) if fields.get("entity_id") else None
        if fields.get("sector") in _ARMED_SECTORS and (kind == "armed_group" or country):
            return dict(fields)  # an armed group's own fighters or drones
        if not country or fields.get("sector") not in (None, "GOV", "MIL"):
            return None
        # a state's planes (its own, or its defence ministry's): the state's military, its air
        # force for aircraft ("Russia said its warplanes", table a0668; thirtieth blind check n 70)
        return {**self._machine_force(str(country), head), "country": country, "sector": "MIL", "acled_inter": 1}

    def _state_subject_over(self, poss: Token) -> Token | None:
        """"Russia has denied its aircraft or those of its allies were involved": the state named
        as the subject of the clause that holds the owned machine, or of a clause that reports it
        (the parser may make the machine the object of "denied"), is what "its" stands for (thirtieth
        blind check n 70). The nearest such subject, before the pronoun and a country; else None."""
        noun = poss.head
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else None
        while verb is not None and verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i < poss.i:
                country = subject.pos_ == "PROPN" and not self.base.is_seat(subject.text) \
                    and self.base.country_of(subject.text) is not None
                return subject if country else None
            verb = verb.head if verb.dep_ == "ccomp" and verb.head != verb else None
        return None

    def _armed_group(self, fields: dict[str, Any]) -> bool:
        """Do the fields name an armed group of the base (not a state, not a sector word)?"""
        return bool(fields.get("entity_id")) and self._kind(str(fields["entity_id"])) == "armed_group" \
            and fields.get("sector") in _ARMED_SECTORS

    def _asked(self, head: Token, start: int) -> bool:
        """Does a question word say that whose the noun is is not known ("whose planes",
        "which aircraft", "which countrys planes")? A relative "whose" ("a group whose
        members") refers back instead."""
        if head.head.dep_ == "relcl":
            return False
        if head.pos_ != "NOUN":
            return False  # "what it said": the question word asks about another word
        if any(c.dep_ in ("det", "poss") and c.lower_ in _ASKING for c in head.children):
            return True
        # the parser often hangs "what"/"which" on the verb ("determines what planes carried
        # out raids"); just before a force or machine noun it still asks whose they are, where
        # before other nouns it may be the verb's object ("what Kremlin officials call ...")
        before = [t for t in self.doc[max(start - 2, self.sentence_start[head.i]):start]]
        return start == head.i and self._is_machine_or_force(head) and any(t.lower_ in _ASKING and t.tag_ in ("WDT", "WP", "WP$")
                                                       and t.head.dep_ != "relcl" for t in before)  # not a relative "which"

    def _owner_group(self, start: int, end: int) -> Token | None:
        """The group noun that owns a title in a titled name ("the groups leader X", "the
        movement's spokesman Y"): a common noun of a group just before a title."""
        for token in self.doc[start:end - 1]:
            after = self.doc[token.i + 1]
            if token.lemma_.lower() in _GROUP_NOUNS and token.text[:1].islower() and name_key(after.text) in self.base.titles:
                return token
        return None

    def _of_the_group(self, party: Party, owner: Token, sentence: Span) -> None:
        """Give a titled person the country and sector of the group the article named
        before (the same sentence counts: "the headquarters of Ahrar al-Sham ... killing
        the groups leader"), never the group's entity: the person is not the group."""
        referent = self._description(owner, sentence, None, possessor=True)
        if referent is None or not (referent.fields.get("country") and referent.fields.get("sector")):
            return
        party.antecedent = self._quote(*party_bounds(self.doc[referent.token]))
        party.country, party.sector = referent.fields["country"], referent.fields["sector"]
        party.acled_inter = referent.fields.get("acled_inter")
        party.cameo_code = f"{party.country}{party.sector}"

    def _placed(self, head: Token) -> bool:
        """Is a name used as a place: after "near", "outside", "into" ..., or followed by
        where it lies ("Al-Mayadin in the eastern province of Deir Ezzor")?"""
        if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS:
            return True
        end = party_bounds(head)[1]
        if end >= len(self.doc) or self.doc[end].lower_ not in ("in", "near") or self.sentence_start[end] != self.sentence_start[head.i]:
            return False
        return any(t.ent_type_ in ("GPE", "LOC") or name_key(t.lemma_) in self.base.cue("place_heads") for t in self.doc[end + 1: end + 5])

    def _sent_by(self, head: Token) -> Token | dict[str, Any] | None:
        """"Hezbollah has dispatched fighters", "Iran sent troops": bare forces that a named
        armed body or a country sends are its own; a state sends its military. Words of
        their own ("Kurdish fighters") decide instead."""
        if head.dep_ != "dobj" or head.head.lemma_.lower() not in self.base.cue("sending_verbs"):
            return None
        if head.lemma_.lower() not in _BARE_FORCES and name_key(head.lemma_) not in self.base.cue("sent_force_nouns"):
            return None
        if any(c.dep_ == "poss" for c in head.children):
            return None
        start, end = party_bounds(head)
        if self._named_country(start, end, head) is not None or any(
                c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                for c in head.subtree if c.i != head.i):
            return None  # "Kurdish fighters", "Hezbollah fighters": their own words decide
        subject = subject_of(head.head, self.cues) or _subject_around_a_gerund(head.head)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        known = self.by_token.get(subject.i)
        fields = known.fields if known is not None else self._resolve(*self._entity_bounds(subject), subject)
        kind = self._kind(str(fields["entity_id"])) if fields.get("entity_id") else None
        if kind in ("armed_group",) or fields.get("entity_id") and fields.get("sector") == "MIL":
            return subject
        if fields.get("country") and fields.get("sector") in ("GOV", "MIL", None) and (
                not fields.get("entity_id") or kind in ("government_body", "country")):
            # "Washington has provided special forces military advisers": a state sends its military
            return self._in_country("MIL", str(fields["country"]))
        return None

    def _allied_with(self, head: Token, fields: dict[str, Any]) -> dict[str, Any]:
        """"allied forces" are militia beside a state's army, unless the party they are
        coordinated with is an insurgent one ("Rebels and allied militants"): then they are
        insurgents of its country."""
        partner = head.head if head.dep_ == "conj" else next((c for c in head.children if c.dep_ == "conj"), None)
        if partner is None and head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lemma_.lower() in _BACKING_VERBS \
                and head.head.head.dep_ in ("acl", "amod", "relcl") and head.head.head.head.pos_ in ("NOUN", "PROPN"):
            # "The Syrian army backed by allied militia": militia beside that state's army, not the army
            backed = head.head.head.head
            known = self.by_token.get(backed.i)
            theirs = known.fields if known is not None else self._resolve(*party_bounds(backed), backed)
            if theirs.get("country") and theirs.get("sector") in ("MIL", "GOV") and not fields.get("country"):
                described = self._in_country("PRM", str(theirs["country"]))
                return {**{k: v for k, v in fields.items() if k not in ("entity_id", "name", "acled_name", "cameo_code")},
                        **{k: v for k, v in described.items() if k != "entity_id"}, "sector": "PRM"}
            return fields
        if partner is None or partner.pos_ not in ("NOUN", "PROPN"):
            return fields
        known = self.by_token.get(partner.i)
        theirs = known.fields if known is not None else self._resolve(*party_bounds(partner), partner)
        if theirs.get("sector") in ("REB", "UAF", "OPP"):
            country = theirs.get("country") or self.setting
            described = self._in_country("REB", str(country)) if country else {}
            return {**{k: v for k, v in fields.items() if k not in ("name", "acled_name", "cameo_code")}, **described,
                    "sector": "REB", "acled_inter": 2}
        return fields

    def _counted_before(self, head: Token) -> Token | None:
        """The people counted last before ``head`` (this sentence or the one before: "at
        least 54 members ... Eight of them"), when their words say who they are; the
        count of a thing or of no kind the base knows stops the search."""
        earliest = self._window_start(head.i)
        for token in reversed(self.doc[earliest:head.i]):
            if token.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in token.children):
                continue
            known = self.by_token.get(token.i)
            fields = known.fields if known is not None else self._resolve(*party_bounds(token), token)
            people = fields.get("sector") and fields.get("sector") not in _NOT_PEOPLE
            return token if people and (fields.get("entity_id") or fields.get("country") or fields.get("sector") in _DOMESTIC) else None
        return None

    def _armed_plural_before(self, head: Token) -> Token | None:
        """The nearest plural noun before ``head`` (this sentence or the one before) that
        names armed groups by their sector ("the terrorist organizations ... their members")."""
        earliest = self._window_start(head.i)
        for token in reversed(self.doc[earliest:head.i]):
            if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.dep_ in ("compound", "amod"):
                continue
            known = self.by_token.get(token.i)
            fields = known.fields if known is not None else self._resolve(*party_bounds(token), token)
            if fields.get("sector") in _ARMED_SECTORS and not fields.get("entity_id"):
                return token
        return None

    def _other_of_the_same(self, head: Token) -> Token | None:
        """"Army units ... other units": a noun with no sector of its own after "other" is
        of the kind the same noun was just before (this sentence or the one before)."""
        if not any(c.dep_ == "amod" and c.lower_ == "other" or c.dep_ == "det" and c.lower_ == "another" for c in head.children):
            return None
        for known in self._known_just_before(head):
            if known.head_lemma == head.lemma_.lower() and (known.fields.get("entity_id") or known.fields.get("country")):
                return self.doc[known.token]
        return None

    def _partitive(self, head: Token) -> Token | None:
        """The pronoun of a count "of them" ("Eight of them", "most of them"), if any."""
        if head.pos_ != "NUM" and head.lower_ not in ("most", "some", "many", "all", "several", "dozens", "hundreds"):
            return None
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        pronoun = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "them"), None) if prep is not None else None
        return pronoun

    def _other_members_after(self, head: Token) -> Token | None:
        """The conjunct "N other Bs" after a noun ("his son and 12 other militants", "a commander
        and five other fighters"): "other" makes the first one of the Bs. Only for a noun whose
        own words say no more than a person or a civilian ("son", "man", "commander"), and Bs of
        an armed or official sector: "a soldier and two other civilians" is no soldier's count."""
        if head.pos_ != "NOUN":
            return None
        fellow = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                       and any(a.dep_ == "amod" and a.lower_ == "other" for a in c.children)), None)
        if fellow is None:
            return None
        own = self._resolve(*party_bounds(head), head)
        if own.get("entity_id") or own.get("sector") not in (None, "CVL"):
            return None
        term = self.base.sectors.get(name_key(fellow.lemma_)) or self.base.sectors.get(name_key(fellow.text))
        if term is None or term.sector not in _ARMED_SECTORS | {"MIL", "COP", "GOV"}:
            return None
        return fellow

    def _counted_before_more(self, head: Token, end: int, sentence: Span) -> Token | None:
        """For a count followed by "more" ("scores more", "dozens more", "20 more"), the nearest
        noun the sentence counts before it ("Over 100 terrorists have been killed and scores more
        wounded": the terrorists). spaCy hangs "more" on the verb or the number; either way it
        counts more of that kind. None when the sentence counts no noun ("killing at least 100 and
        wounding hundreds more"): the count is read as any other."""
        if not (head.pos_ == "NUM" or head.lower_ in party_words().count_nouns) or end != head.i + 1 \
                or head.i + 1 >= len(self.doc) or self.doc[head.i + 1].lower_ != "more":
            return None
        return next((t for t in (self.doc[i] for i in range(head.i - 1, sentence.start - 1, -1))
                     if t.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in t.children)), None)

    def _bare_count(self, head: Token, start: int, end: int) -> bool:
        """Is the mention a number alone, or with words that only say how exact it is
        ("six", "more than 170", "around 32", "at least 11")? "18 of the 31 lorries"
        counts lorries."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return False
        return end - start <= 2 or all(t.i == head.i or t.dep_ in ("advmod", "quantmod", "amod", "pobj", "prep") and t.pos_ != "NOUN"
                                       for t in self.doc[start:end]) and end - start <= 4

    def _allies(self, party: Party, head: Token, start: int, end: int, sentence: Span, exclude: set[int]) -> Party:
        """"his Iranian allies", "his allies in Moscow", "his chief backer Russia": the
        government of the country named. "the Nusra Front and its allies", "opposition
        fighters and their allies": an armed group's allies are armed groups of its country.
        A state's allies ("the army and its allies") may be militias, other states or both:
        unknown."""
        country = self._named_country(start, end, head) or self._apposed_to_the_ally(head)
        if country is not None:
            arms = self._ally_in_arms(head)
            if arms is not None:  # "carried out by regime warplanes or their Russian allies": Russia's forces
                _apply(party, self._ally_force(country, arms))
                return party
            # the country acting as itself, as a bare "Russia" does: no body of the base
            name = sector_name("GOV", country, self.base)
            _apply(party, {"country": country, "sector": "GOV", "acled_inter": 1, "name": name, "acled_name": name,
                           "cameo_code": f"{country}GOV"})
            return party
        owner = self._owner(head, sentence, exclude)
        if owner is None:
            return party
        fields = owner.fields if isinstance(owner, _Known) else self._resolve(*party_bounds(owner), owner)
        if not fields.get("country") and fields.get("sector") in _ARMED_SECTORS and self.setting:
            fields = {**fields, "country": self.setting}
        if fields.get("sector") == "MIL" and not fields.get("country") and not fields.get("entity_id") and self.setting:
            fields = {**fields, "country": self.setting}  # "the army and its allies" in a story of Syria
        if fields.get("sector") in _ARMED_SECTORS and fields.get("country"):
            start_, end_ = party_bounds(self.doc[owner.token] if isinstance(owner, _Known) else owner)
            party.antecedent = self._quote(start_, end_)
            _apply(party, {**self._in_country("REB", str(fields["country"])), "sector": "REB", "acled_inter": 2})
        elif fields.get("sector") == "MIL" and fields.get("country") and fields.get("country") == self.setting:
            # a state's forces fighting at home ("the army and its allies", "regime forces and
            # their allies"): their allies on the ground are pro-government militias
            start_, end_ = party_bounds(self.doc[owner.token] if isinstance(owner, _Known) else owner)
            party.antecedent = self._quote(start_, end_)
            _apply(party, {**self._in_country("PRM", str(fields["country"])), "sector": "PRM", "acled_inter": 3})
        return party

    def _ally_in_arms(self, head: Token) -> Token | None:
        """The military act or machine that allies take part in, if any: "raids carried out by
        regime warplanes or their Russian allies" (the warplanes they stand beside), "his Russian
        allies bombed the town" (the verb). Allies doing a military act are their state's forces,
        not its government (seventh hand check n 90). None when the allies only back or speak."""
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            if self._is_machine_or_force(first.head):
                return first.head  # coordinated with a force or machine: of the same kind
            first = first.head
        if first.dep_ == "nsubj" and first.head.lemma_.lower() in self.base.cue("military_verbs"):
            return first.head
        if first.dep_ == "pobj" and first.head.dep_ == "agent":
            nouns = self.base.cue("military_nouns") | self.base.cue("attack_nouns")
            done = next((c for c in first.head.head.children if c.dep_ == "nsubjpass"), None)
            if done is not None and (name_key(done.lemma_) in nouns or name_key(done.text) in nouns):
                return done  # "the raids were carried out by ... their Russian allies"
            act = first.head.head.head if first.head.head.dep_ == "acl" else None
            if act is not None and (name_key(act.lemma_) in nouns or name_key(act.text) in nouns):
                return act  # "raids carried out by its Russian ally" (dev sample 2501, n 97)
        if first.dep_ == "pobj" and first.head.lower_ == "by" and first.head.dep_ == "prep":
            act = first.head.head  # "bombardment by the Assad regime and its ally Russia": the action's doer
            nouns = self.base.cue("military_nouns") | self.base.cue("attack_nouns")
            if act.pos_ == "NOUN" and (name_key(act.lemma_) in nouns or name_key(act.text) in nouns):
                return act  # twenty-seventh blind check n 46
        return None

    def _ally_force(self, country: str, act: Token) -> dict[str, Any]:
        """The allied state's force for the act: its air force beside aircraft or for an act
        from the air (descriptions.yaml aircraft_words, air_action_words), else its military."""
        keys = {name_key(act.lemma_), name_key(act.text), name_key(f"{act.doc[act.i - 1].text} {act.text}")}
        keys |= {name_key(c.text) for c in act.children if c.dep_ in ("amod", "compound")}
        if keys & (self.base.cue("aircraft_words") | self.base.cue("air_action_words")):
            air = _national_phrase(country, ["air", "force"], self.base)
            if air is not None:
                return self._by_id_fields(air)
        return self._in_country("MIL", country)

    def _apposed_to_the_ally(self, head: Token) -> str | None:
        """"A key ally of the Syrian government Russia began ...": the parser hangs the
        country that names the ally on the ally's partner; another country apposed there is
        the ally (a state is no ally of itself)."""
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        partner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if partner is None:
            return None
        own = self._resolve(*party_bounds(partner), partner).get("country")
        for child in partner.children:
            if child.dep_ == "appos" and child.ent_type_ == "GPE" and (iso3 := self.base.country_of(child.text)) and iso3 != own:
                return iso3
        return None

    def _named_country(self, start: int, end: int, head: Token) -> str | None:
        """The country an ally noun names in its own words or its "in"/"from" tail."""
        words = [t for t in self.doc[start:end] if t.i != head.i and t.dep_ != "poss"]
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
                words += [c for c in prep.children if c.dep_ == "pobj"]
        words += [c for c in head.rights if c.dep_ == "appos"]  # "his chief backer Russia"
        if head.i + 1 < len(self.doc) and self.doc[head.i + 1].pos_ == "PROPN":
            words.append(self.doc[head.i + 1])  # "Key regime ally Iran welcomed", parsed as two subjects
        return next((iso3 for t in words if (iso3 := self.base.country_of(t.text))), None)

    def _owner(self, head: Token, sentence: Span, exclude: set[int]) -> Token | _Known | None:
        """Whose allies: the possessor ("its", "Assad's"), else the party they are
        coordinated with ("the army and allies")."""
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if possessor is not None and possessor.pos_ == "PRON":
            if head.dep_ == "conj":
                return head.head  # "the Nusra Front and its allies": "its" is the Front
            return self._pronoun(possessor, sentence, exclude)
        if possessor is not None:
            return possessor
        if head.dep_ == "conj":
            return head.head
        return None

    def _is_definite_description(self, head: Token) -> bool:
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
            return False
        if any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in _NAME_ENTITIES for c in head.children):
            return False
        return name_key(head.lemma_) in self.base.sectors or head.lemma_ in _GROUP_NOUNS

    def _description(self, head: Token, sentence: Span, sector: str | None = None, same_head_only: bool = False,
                     several: bool = False, possessor: bool = False, nearest_in_sentence: bool = False) -> _Known | None:
        """"the group", "the militants", "the army": the most salient earlier actor of a
        fitting kind. Actors named in the same sentence are left out: a writer who means
        them names them; but a possessor ("the groups leader") may be one of them
        (``possessor``)."""
        wanted = self._wanted(head, sector)
        apposed = self._name_in_apposition(head) or self._name_after_an_object(head)
        if apposed is not None and wanted(apposed):  # "The other large group in the coalition the Nusra Front attacked"
            return apposed
        if same_head_only and not possessor:
            again = self._its_word_named_in_the_sentence(head, sentence, wanted)
            if again is not None:  # "an attempt by al-Nusra terrorist groups ... killing most of the terrorists"
                return again
        same_sentence = set() if possessor else {k.key for k in self.known if k.sentence == sentence.start and k.token != head.i}
        counts: dict[str, int] = {}
        same_head: set[str] = set()  # "the militants" after "Daesh militants"
        last: dict[str, _Known] = {}
        for known in self.known:
            if known.token >= head.i:
                break
            if several and known.fields.get("entity_id"):
                continue  # "the rival groups" are several: not the one group named before
            if self._a_site(self.doc[known.token]) and not self._a_site(head) \
                    and not any(t.pos_ == "PROPN" for t in self.doc[slice(*party_bounds(self.doc[known.token]))]):
                # "an army checkpoint" is a place the army holds, never "the second bomber" who hit it
                # (thirteenth blind check n 64): a description of people or arms keeps its own sector;
                # a name before the site ("the Jaish al-Islam headquarters") still names its group
                continue
            if known.key and known.key not in same_sentence and wanted(known):
                counts[known.key] = counts.get(known.key, 0) + 1
                last[known.key] = known
                if known.head_lemma == head.lemma_.lower() and known.plural == (head.tag_ == "NNS"):
                    same_head.add(known.key)  # "the militants" after "Daesh militants", not after "an ISIS militant"
        if same_head_only:
            counts = {key: n for key, n in counts.items() if key in same_head}
        if not counts:
            return None
        if nearest_in_sentence:
            # "the Nusra Front which ... killed 10 members of the group": the group of its own
            # sentence, however often the article named another before (dev sample 2202, n 1)
            here = [k for k in last.values() if k.key in counts and k.sentence == sentence.start]
            if here:
                return max(here, key=lambda k: k.token)
        # "the jihadists", "the extremist group": CAMEO's insurgents (INS, IMG) before other rebels
        insurgent = self._says_insurgent(head)
        best = max(counts, key=lambda key: (key in same_head, insurgent and _is_insurgent(last[key]), counts[key], last[key].token))
        return last[best]

    def _name_in_apposition(self, head: Token) -> _Known | None:
        """"The other large group in the coalition the al-Qaeda-linked Nusra Front reportedly attacked":
        the corpus drops the commas of an apposition, and the parser makes the name right after the
        description's phrase a second subject of the same verb. That name is what the description
        means, not a group named before (first blind check n 16: the group became Ahrar al-Sham).
        The name must start just where the description's words end and be a named body."""
        if head.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() not in _GROUP_NOUNS:
            return None
        name = next((c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i and c.pos_ == "PROPN"), None)
        if name is None or name.left_edge.i != head.right_edge.i + 1:
            return None
        entity = self._named(name)
        if entity is None or entity.kind in ("person", "country"):
            return None
        self._remember(name, *self._name_bounds(name))
        return self.by_token.get(name.i)

    def _name_after_an_object(self, head: Token) -> _Known | None:
        """"a bomb claimed by the terrorist group Nusra Front tore apart a bus": an object of a verb
        or preposition ("the group", "the terrorist group") followed at once by a name, the comma of
        the apposition dropped, is that name, though the parser makes the name the subject of the
        next verb (thirty-first blind check n 51: the group became Jaish al-Islam, named before).
        The name must be a named body, not a person or country, and not the speaker of a reporting
        verb ("killed by the group Hezbollah said": a new clause)."""
        if head.dep_ not in ("pobj", "dobj", "agent") or head.lemma_.lower() not in _GROUP_NOUNS:
            return None
        after = head.right_edge.i + 1
        if after >= len(self.doc) or self.doc[after].pos_ != "PROPN" or self.doc[after].sent.start != head.sent.start:
            return None
        name = self.doc[after]
        while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN" and name.head.i > name.i:
            name = name.head  # "Nusra Front": the name's head
        if name.dep_ in ("nsubj", "nsubjpass") and name.head.lemma_.lower() in self.cues.reporting_verbs:
            return None
        start, end = self._name_bounds(name)
        entity = self._named(name)
        if start != after or entity is None or entity.kind in ("person", "country"):
            return None
        self._remember(name, start, end)
        return self.by_token.get(name.i)

    def _its_word_named_in_the_sentence(self, head: Token, sentence: Span, wanted: Any) -> _Known | None:
        """"an army unit foiled an attempt by al-Nusra terrorist groups to infiltrate ... after killing
        most of the terrorists": a plural description whose noun the same sentence has just used in
        naming a group ("al-Nusra terrorist groups") takes up that group, the nearest such before it,
        not a group further back that the article names more often (twenty-third blind check n 81:
        the terrorists became an earlier "ISIS gatherings"). The writer who names a group and goes on
        with "the terrorists" means the group just named."""
        lemma = head.lemma_.lower()
        for known in reversed(self.known):
            if known.token >= head.i or known.sentence != sentence.start:
                continue
            if not known.fields.get("entity_id") or not wanted(known):
                continue
            start, end = party_bounds(self.doc[known.token])
            if any(t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "ADJ") for t in self.doc[start:end]):
                return known
        return None

    def _a_site(self, token: Token) -> bool:
        """Whether a token is a site where forces stand (descriptions.yaml force_sites:
        "checkpoint", "positions"), or a word before one ("army" of "army checkpoint")."""
        sites = self.base.cue("force_sites")
        while token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i:
            token = token.head
        return token.pos_ == "NOUN" and (name_key(token.lemma_) in sites or name_key(token.text) in sites)

    def _says_insurgent(self, head: Token) -> bool:
        """Does the description use a word CAMEO codes as insurgents ("militants",
        "jihadist", "extremist", "terrorist")?"""
        start, end = party_bounds(head)
        return any((term := self.base.sectors.get(name_key(t.lemma_)) or self.base.sectors.get(name_key(t.text))) is not None
                   and term.cameo == "INS" for t in self.doc[start:end])

    def _wanted(self, head: Token, described: str | None = None):
        """What an earlier actor must be for a description to refer to it: "the group" any
        named group; "the monitoring group" one of the description's own sector (SOC);
        "the jihadist group", "the militants" an armed group."""
        term = self.base.sectors.get(name_key(head.lemma_))
        sector = term.sector if term is not None else None
        if head.lemma_ in _GROUP_NOUNS:
            if described in _ARMED_SECTORS:
                return lambda k: k.kind == "armed_group" or (k.kind is None and k.fields.get("sector") in _ARMED_SECTORS and k.fields.get("entity_id"))
            if described:  # "the monitoring group", "the rights group", "the medical charity"
                return lambda k: k.kind in _CIVIL_KINDS and k.fields.get("sector") == described
            # a bare "the group" is an armed group or party: monitors and charities are
            # named often in war news, and "the group" after them is rarely them
            kinds = _GROUP_KINDS | self._bodies_an_organization_noun_fits(head)
            return lambda k: k.kind in kinds or (
                k.kind is None and k.fields.get("sector") in _ARMED_SECTORS and k.fields.get("entity_id"))
        if described in _ARMED_SECTORS and sector not in _ARMED_SECTORS:
            # "the suicide bomber" is an armed man, though "bomber" alone is an aircraft (MIL): never
            # the army named before (dev sample 2801, n 29), nor any group named before ("the bomber"
            # after "a member of the Syrian Democratic Forces" is not the SDF: fifteenth check n 80)
            return lambda k: False
        if sector in _ARMED_SECTORS:
            return lambda k: k.kind in _GROUP_KINDS or (k.kind is None and k.fields.get("sector") in _ARMED_SECTORS and k.fields.get("entity_id"))
        if sector:
            # a body is no person: "the government" is never "British Foreign Secretary Boris Johnson"
            own = self._words_of_its_own(head)
            return lambda k: k.fields.get("sector") == sector and (k.fields.get("country") or k.fields.get("entity_id")) \
                and k.kind != "person" and not k.role_noun and not (own and k.head_lemma != head.lemma_.lower())
        return lambda k: False

    def _bodies_an_organization_noun_fits(self, head: Token) -> frozenset[str]:
        """"According to the UNHCR, Yemen is hosting 255,000 Somali refugees. In February, the
        organization launched a campaign": "the organization" (unlike "the group") is also what news
        calls an intergovernmental body (the UN agencies, NATO, the OSCE), which the article names by
        name before, not the armed group it names in between (News Articles check N15 n 97: the
        organization became the Houthis). Salience still decides between them."""
        if head.lemma_.lower() not in ("organization", "organisation"):
            return frozenset()
        if any(k.kind == "igo" and k.sentence == self.sentence_start[head.i] and k.token < head.i for k in self.known):
            # "The UN has 19,000 troops in the DRC, making it the organization's largest mission": the body of
            # its own sentence, which descriptions leave out: never another IGO named before (the UN's mission)
            return frozenset()
        return frozenset({"igo"})

    def _words_of_its_own(self, head: Token) -> bool:
        """"The international community must show a serious reaction": a description whose noun
        carries an adjective of its own is a full noun phrase, which goes back only to an earlier
        mention of the same noun, never to another kind of the same sector (twenty-first blind check
        n 39: the international community became the "over 1000 civilians" before). A bare "the
        residents" may still take up the civilians counted before."""
        return any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in head.children)

    def _as_its_owner(self, party: Party, head: Token, owner: Token) -> Party:
        """Resolve a machine or site whose phrase names its owner as that owner."""
        self._through(party, owner)
        if party.sector == "GOV" and party.country and self._is_machine_or_force(head):
            # "a helicopter belonging to the regime": the state's forces fly it, not its
            # government (ACTORS.md: a site or machine named by its force is that state's military)
            for name in ("entity_id", "name", "acled_name", "cameo_code"):
                setattr(party, name, None)
            _apply(party, self._machine_force(str(party.country), head))
        return party

    def _through(self, party: Party, antecedent: Token | _Known | None) -> Party:
        """Resolve ``party`` (a pronoun or description) as what it stands for."""
        if antecedent is None:
            return party
        if isinstance(antecedent, Token) and antecedent.i not in self.by_token:
            antecedent = self._named_before_as(antecedent) or antecedent
        owner = self._owner_after(antecedent) if isinstance(antecedent, Token) and antecedent.pos_ == "NOUN" else None
        if owner is not None:
            # "shot down three aircrafts belonging to the terrorist organizations and destroyed them":
            # the pronoun stands for the machines, whose owner the phrase names (sixteenth blind check n 16)
            return self._as_its_owner(party, antecedent, owner)
        if isinstance(antecedent, _Known):
            start, end = party_bounds(self.doc[antecedent.token])
            party.antecedent = self._quote(start, end)
            _apply(party, antecedent.fields)
            return party
        start, end = self._name_bounds(antecedent) if antecedent.pos_ == "PROPN" else party_bounds(antecedent)
        party.antecedent = self._quote(start, end)
        fields = self._resolve(start, end, antecedent)
        if fields.get("country") and not (fields.get("sector") or fields.get("entity_id")) and self._people_of_a_country(antecedent):
            # "many disappointed Syrians ... to offer them": a people, as the antecedent itself is (seventh check n 42)
            fields = {**fields, **self._in_country("CVL", str(fields["country"])), "sector": "CVL"}
        if antecedent.pos_ == "NOUN" and not fields.get("entity_id"):
            group = self._group_of_its_country(antecedent, fields)
            if group is not None:  # "The Lebanese group said it": Hezbollah named before
                fields = group.fields
        if not (fields.get("entity_id") or fields.get("country")):
            # what the article made of it is richer: "the jihadist group" it took for Islamic State
            known = next((k for k in reversed(self.known) if k.token == antecedent.i), None)
            if known is not None and (known.fields.get("entity_id") or known.fields.get("country") or not fields):
                fields = known.fields
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") in (None, "MIL") \
                and antecedent.pos_ == "NOUN" and self._multinational(start, end):
            coalition = self._coalition(antecedent)
            if coalition is not None:  # "the coalition said it": the coalition the article names (US-led), not no one's army
                known = self.by_token.get(coalition.i)
                fields = known.fields if known is not None else self._resolve(*party_bounds(coalition), coalition)
            else:
                fields = self._coalition_of_armed_groups(antecedent) or self._coalition_of_the_setting(antecedent) or fields
        elif not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") in _STATE_SECTORS \
                and self.setting and self._a_body_of_the_story(antecedent, start, end):
            # "Government fighters ... allowed them", "a helicopter belonging to the regime": the story's
            # state, as the bare words are where they stand (base store: 8 state pronouns with no country)
            words = [t.text for t in self.doc[start:end]]
            fields = {**fields, **self._in_country(str(fields["sector"]), self.setting, words)}
            body = _national_phrase(self.setting, words, self.base)
            if body is not None:
                fields = dict(self._by_id_fields(body))
        if fields.get("country") and not fields.get("entity_id") and fields.get("sector") in _ARMED_SECTORS | {"MIL"} \
                and antecedent.pos_ == "NOUN":
            body = self._the_national_force(antecedent, str(fields["country"]))
            if body is not None:  # "The roughly 150 Iraqi fighters ... as they crossed": the peshmerga named before
                fields = body.fields
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") and antecedent.pos_ == "NOUN":
            country = self._country_of_the_same_noun_before(antecedent, str(fields["sector"]))
            if country is not None:
                # "Syrian tribal leaders ... the tribal leaders said they": the country the same noun
                # had when first named (thirteenth blind check n 21)
                fields = {**fields, **self._in_country(str(fields["sector"]), country)}
        if not (fields.get("entity_id") or fields.get("country")) and fields.get("sector") in _DOMESTIC - _STATE_SECTORS \
                and self.setting:
            # "the woman ... she", "civilians ... they": people of the story's country, as a bare "civilians" is;
            # not a state body ("the coalition ... it", "officials ... they" may be any state's)
            fields = {**fields, **self._in_country(str(fields["sector"]), self.setting)}
        if antecedent.pos_ == "NOUN" and fields.get("country") and fields.get("sector") == "MIL" and self._machines(antecedent) \
                and fields.get("entity_id") in (None, self._in_country("MIL", str(fields["country"])).get("entity_id")):
            # "the warplane crashed ... whether it was shot down": a machine's state's force that flies it,
            # its air force, as the machine itself resolves; not the army (twenty-second blind check n 47)
            fields = {**fields, **self._machine_force(str(fields["country"]), antecedent)}
        fields = self._state_pronoun_of_arms(party, fields)  # "Ankara said it is targeting IS": its military
        _apply(party, fields)
        if party.name is None and antecedent.ent_type_ in ("ORG", "PERSON"):
            party.name = party.antecedent
        return party

    def _coalition_of_armed_groups(self, noun: Token) -> dict[str, Any] | None:
        """"a newly-formed coalition between the Nusra Front and other factions ... The coalition
        which calls itself Ansar al-Sharia has said it": a coalition whose members, named after
        "between" or "of" at this noun or at the same noun earlier in the article, are armed
        groups of the base or armed men of no state is rebels of the story's country, not a
        military of no country (eighteenth blind check n 55). None when a member is a state."""
        if not self.setting:
            return None
        for token in [noun, *reversed([t for t in self.doc[:noun.i] if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN"])]:
            preps = [c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("between", "of")]
            members = [m for p in preps for c in p.children if c.dep_ == "pobj" for m in (c, *c.conjuncts)]
            if not members:
                continue
            armed = 0
            for member in members:
                entity = self._named(member) if member.pos_ == "PROPN" else None
                fields = self._by_id_fields(entity) if entity is not None else self._resolve(*party_bounds(member), member)
                if entity is not None and entity.kind == "country" or fields.get("sector") in _STATE_SECTORS:
                    return None
                if entity is not None and entity.kind == "armed_group" or fields.get("sector") in _ARMED_SECTORS:
                    armed += 1
            if not armed:
                return None
            term = self.base.sectors.get("rebels") or self.base.sectors.get("rebel")
            return {**self._in_country("REB", self.setting), "country": self.setting, "sector": "REB",
                    "acled_inter": term.acled_inter if term is not None else 2}
        return None

    def _country_of_the_same_noun_before(self, noun: Token, sector: str) -> str | None:
        """The country of the nearest earlier mention with the same head noun, number and sector
        and a country of its own ("Syrian tribal leaders" before "the tribal leaders"), no person."""
        for known in reversed(self.known):
            if known.token >= noun.i or known.kind == "person" or known.fields.get("entity_id"):
                continue
            if known.head_lemma == noun.lemma_.lower() and known.plural == (noun.tag_ == "NNS") \
                    and known.fields.get("sector") == sector and known.fields.get("country"):
                return str(known.fields["country"])
        return None

    def _noun_of_the_demonym(self, head: Token) -> Token:
        """The noun a coordinated demonym shares ("his Russian Omani Syrian and Algerian
        counterparts": "Algerian" is of "counterparts"), else the mention's own head."""
        noun = head
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        return noun.head if noun.dep_ == "amod" and noun.head.pos_ == "NOUN" else head

    def _coalition_of_the_setting(self, head: Token) -> dict[str, Any] | None:
        """A bare "the coalition" in an article that names none: the coalition the base knows by
        "coalition forces" when it fights in the story's country (the US-led coalition in
        Syria and Iraq, organizations.yaml; not in Yemen). Not a coalition the article
        introduces itself ("a newly-formed coalition between the Nusra Front and other
        factions", "a coalition of Islamist insurgents")."""
        entity = self.base.lookup("coalition forces")
        if entity is None or entity.country is None or entity.country not in self._named_countries() | {self.setting}:
            return None  # "Turkish army ... in northern Syria" counts: the article names Syria, where the coalition fights
        if any(c.dep_ in ("prep", "relcl", "acl", "appos") and c.lower_ not in ("in", "on", "at") for c in head.rights):
            return None
        nouns = self.base.cue("multinational_nouns")
        for token in self.doc[: head.i + 1]:
            if token.lemma_.lower() in nouns and any(c.lower_ in ("a", "an") for c in token.children):
                return None  # the article made a coalition of its own
        return dict(self._by_id_fields(entity))

    def _country_backed(self, head: Token) -> str | None:
        """The country of the force a militia backs ("Iraqi forces backed by Shiite militias"):
        the militia serves that state, not the story's."""
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "by" or name_key(prep.head.lemma_) not in self.base.cue("backing_verbs"):
            return None
        force = prep.head.head
        if force.pos_ not in ("NOUN", "PROPN") or force == prep.head:
            return None
        country = self._resolve(*party_bounds(force), force).get("country")
        return str(country) if country else None

    def _a_body_of_the_story(self, head: Token, start: int, end: int) -> bool:
        """Is a state word an antecedent stands on ("the regime", "Government fighters", "soldiers")
        the story's own state's body? Not a role ("officials ... they" may be any state's), not
        a coalition, not a machine whose owner is in doubt or unidentified."""
        words = [t.text for t in self.doc[start:end]]
        if head.pos_ != "NOUN" or head.lemma_.lower() in _ROLE_NOUNS or name_key(head.lemma_) in self.base.cue("body_role_nouns"):
            return False
        return not (self._multinational(start, end) or says_unidentified(words, self.base) or self._owner_in_doubt(head, words))

    def _person_by_role(self, party: Party, head: Token, sentence: Span) -> None:
        """A person the base does not know: the same surname earlier in the article, else
        the country and sector of the role set beside the name ("Abu Hassan, an al-Nusra
        leader"; _role_beside_the_name), else the name alone."""
        surname = head.lower_
        start, end = party_bounds(head)
        given = [t for t in self.doc[start:end] if t.i != head.i and t.pos_ == "PROPN" and t.text[:1].isupper()
                 and name_key(t.text) not in self.base.titles and name_key(t.text) not in _PARTICLES]
        for known in [] if given else reversed(self.known):  # "Hafez al-Assad" is not the "Bashar al-Assad" named before
            if known.token >= head.i:
                continue
            if known.surname == surname and known.fields.get("country"):
                _apply(party, known.fields)
                return
        first = self._first_named(head)
        first_start, first_end = party_bounds(first)
        for known in reversed(self.known):
            if known.token == head.i or not (self._role_beside_the_name(known, head, start, end)
                                             # "United States peace envoy Anthony Zinni ... Mr Zinni": his first naming's role
                                             or known.token != first.i and self._role_beside_the_name(known, first, first_start, first_end)
                                             or self._role_that_introduces(known, head, first)):
                continue  # "McCain" after "the Russian ambassador": another person's role says nothing of him
            if known.role_noun and known.fields.get("country"):
                party.country = party.country or known.fields["country"]
                party.sector = party.sector or known.fields.get("sector")
                party.acled_inter = party.acled_inter or known.fields.get("acled_inter")
                if party.sector:
                    party.cameo_code = f"{party.country}{party.sector}"
                return

    def _first_named(self, head: Token) -> Token:
        """The last word of the article's first name that ends in the person's surname
        ("Flynn" of "Michael Flynn" for a later "Flynn"), else the head itself."""
        surname = _surname_key(head.text)
        first = next((e for e in self.entities if e.label_ == "PERSON" and e.start <= head.i
                      and _surname_key(e[-1].text) == surname), None)
        return self.doc[first.end - 1] if first is not None else head

    def _role_that_introduces(self, known: _Known, head: Token, first: Token) -> bool:
        """Does an unnamed role in the sentences just before the person's first naming
        introduce him? "The spokesman for the Nusra Front was killed ... 'Abu Firas al-Suri
        and at least 20 jihadists were killed'" (FA-KES). The role must come in an earlier
        sentence than the name and name no person itself: "McCain", named before "the Russian
        ambassador", or "Flynn", named in the same sentence as the Justice Department's
        inspector general, is not that official (news check N1 n 15, 16)."""
        role_sentence = known.sentence
        first_sentence = self.sentence_start[first.i]
        if self.sentence_start[head.i] != first_sentence:
            return False  # a later "Masood" takes the first naming's reading (the same surname), no role of its own
        if not known.role_noun or role_sentence >= first_sentence or known.kind == "person":
            return False
        earliest = first_sentence
        for _ in range(_ROLE_WINDOW):
            if earliest == 0:
                break
            earliest = self.sentence_start[earliest - 1]
        if role_sentence < earliest:
            return False
        role_start, role_end = party_bounds(self.doc[known.token])
        return not any(e.label_ == "PERSON" and role_start <= e.start < role_end for e in self.entities)

    def _role_beside_the_name(self, known: _Known, head: Token, start: int, end: int) -> bool:
        """Is the role ``known`` the person's own, set beside the name in the same sentence:
        "Abu Hassan, an al-Nusra leader", "the Al-Nusra Front commander Abu Abdul Rahman"?
        Only then does the role say who the person is. A role named elsewhere in the story is
        another person's: "McCain's campaign" after "the Russian ambassador" is no Russian
        official (news check N1 n 16), "Flynn" after "the Justice Department inspector general"
        no general (N1 n 15); such a person stays the name alone."""
        if known.sentence != self.sentence_start[head.i]:
            return False
        role = self.doc[known.token]
        if (role.dep_ == "appos" and role.head.i == head.i) or (head.dep_ == "appos" and head.head.i == role.i):
            return True  # "Abu Hassan, an al-Nusra leader"
        role_start, role_end = party_bounds(role)
        if role_start <= head.i < role_end:
            return True  # the name inside the role's phrase: "army spokesman General Ali Kanso"
        between = self.doc[role_end:start] if role_end <= start else self.doc[end:role_start]
        return len(between) <= 2 and all(t.is_punct or t.lower_ in ("the", "a", "an") for t in between)

    # -- text ------------------------------------------------------------------------

    def _quote(self, start: int, end: int) -> str:
        first, last = self.doc[start], self.doc[end - 1]
        return self.text[first.idx + self.offset: last.idx + len(last) + self.offset]

    def _span(self, start: int, end: int) -> tuple[int, int]:
        first, last = self.doc[start], self.doc[end - 1]
        return first.idx + self.offset, last.idx + len(last) + self.offset


# The tag US news sets after a member of Congress: ", D-Conn.", " (R-Texas)", ", I-Vt.".
# Sectors of people and bodies of a town (people, police, schools, hospitals, the local press,
# workers) whom the city of their happening places in its country (_country_of_the_sentences_city).
_LOCAL_KINDS = frozenset({"CVL", "COP", "EDU", "MED", "JRN", "LAB"})
# Sectors of people whom a "from <country>" phrase makes that country's ("refugees from Syria",
# "tourists from Germany"); students or workers "from China" are of the body they serve.
_FROM_ORIGIN_KINDS = frozenset({"REF", "CVL"})
# Entity labels of numbers and times, which name no one ("nine Malaysians - three diplomats").
_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "DATE", "TIME", "MONEY", "PERCENT"})
# Prepositions that put a happening in a city: "in Dublin", "at a rally near Moscow".
_CITY_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})
# Prepositions that spread a group over the places after them: "universities in other
# countries", "volunteers around the world", "banks across Europe" (_spread_over_states).
_SPREAD_PREPOSITIONS = frozenset({"in", "across", "around", "throughout"})

_US_PARTY_TAG = re.compile(r"^\s*[,(]\s*[DRI]\s*[-\u2013]\s*[A-Z][A-Za-z]")

_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "ar", "at", "az", "bin", "ibn", "abu", "de", "di", "da", "van", "von", ""})


@lru_cache(maxsize=4096)
def _country_of_a_city_of_note(name: str) -> str | None:
    """The country of a city of note called ``name`` (``Gazetteer.country_of_a_city_of_note``)."""
    from polybius.resolve.gazetteer import load_gazetteer  # opened once per process

    return load_gazetteer().country_of_a_city_of_note(name)


def _surname_key(word: str) -> str:
    """"al-Hariri", "Hariri", "Harirí" → "hariri"."""
    parts = name_key(word).split()
    return parts[-1] if parts else ""


def _origin_of_a_person(token: Token) -> bool:
    """"Fayez Jarboua from Palestine": a country named as where a person comes from says
    where he is from, not that the story happens there; a village read in that country is
    a namesake (seventh hand check n 95: Homs villages read in Gaza made the story's
    "terrorists" Palestinian). "shells fired from Turkey" (a verb's "from") still names it."""
    if token.i < 2 or token.doc[token.i - 1].lower_ != "from":
        return False
    named = token.doc[token.i - 2]  # by the words, not the parse, which often hangs "from" on the verb
    return named.pos_ == "PROPN" and named.ent_type_ in ("PERSON", "ORG") and not named.text.isupper()


def _is_insurgent(known: _Known) -> bool:
    """A group whose CAMEO code says insurgent or international militant ("SYRINSHTS",
    "IMGMOSISI") rather than rebel ("SYRREBFSA")."""
    code = str(known.fields.get("cameo_code") or "")
    return code.startswith("IMG") or code[3:6] == "INS"


def _subject_around_a_gerund(verb: Token) -> Token | None:
    """The subject of the clause that a bare gerund after a preposition hangs on: "The Turkish
    army stepped up security following days of deploying troops" (forty-fifth blind check n 9):
    a gerund with no subject of its own in a phrase of the clause has that clause's subject for
    its doer (subject control). None when the gerund has a subject, or no clause above it has."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return None
    node = verb.head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.tag_ == "VBG" and node.dep_ == "prep":
        # "following days of ...": a participle used as a preposition has no subject; go on up
        node = node.head
    return next((c for c in node.children if c.dep_ == "nsubj"), None)


def _owner_of_the_verb(verb: Token) -> Token | None:
    """The owner a verb of owning names after "to" or "by" ("belonging to Takfiri terrorists",
    "used by the militants", "to be operated by the regime"), else None."""
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by"):
            owner = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None:
                return owner
    return None


def _visitor_of(verb: Token) -> Token | None:
    """Who does the visiting: the subject of ``verb``, the noun that a relative clause on it
    hangs from ("a student who visited the UK"), or the subject of the verb that it completes
    ("tourists are forecast to visit Iceland")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return _visitor_of(verb.head)
    if subject is None and verb.dep_ in ("relcl", "acl"):
        return verb.head
    return subject


def _first_place_of_a_list(head: Token) -> Token:
    """The first of the places a place name is listed with ("people fleeing Syria, Iraq and
    Afghanistan", "Roma were deported to Romania and Bulgaria"): a later conjunct hangs on the
    first, whose verb or preposition says where people go for them all (News Articles checks
    N18 n 87, N20 n 77: Bulgaria and Afghanistan read as their governments). Only names of
    places are climbed: "to Turkey and its allies" keeps the allies a party."""
    first = head
    while first.dep_ == "conj" and first.head is not first and first.head.ent_type_ == "GPE":
        first = first.head
    return first


def _a_general_meeting(head: Token, base: ActorBase) -> bool:
    """Is a capitalised rank word the "General" of a meeting's name ("a vote at the company's
    Annual General Meeting", "an Extraordinary General Meeting", "the General Assembly of
    shareholders")? The name's last word may be the event the parse took apart, leaving
    "Annual General" as a mention (News Articles check N26 n 96, read as a military): an
    occasion, no officer (descriptions.yaml ``general_occasion_nouns``). "General Petraeus"
    stays a rank: a person's name is no occasion."""
    doc = head.doc
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return after is not None and name_key(after.text) in base.cue("general_occasion_nouns")
