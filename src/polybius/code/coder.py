"""The coder: a parsed article → coded ``Event``s, sentence by sentence.

For each trigger the lexicon finds, the coder works out the clause verb that carries it
(the trigger itself, or a support verb for an event noun), then the actor and recipient,
modality, counts, place, date and the reporting chain. Every field keeps its evidence
as character offsets into the article text.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from polybius.code import arguments as args
from polybius.code.attribution import attribution_for
from polybius.code.counts import casualty_counts
from polybius.code.knowledge import Cues, Lexicon, TriggerEntry, load_cues, load_lexicon
from polybius.code.modality import classify
from polybius.code.triggers import TriggerMatch, find_triggers
from polybius.model import Article, Event, Party, PartyField, Place, Trigger, stable_id
from polybius.resolve.actors import ActorBase, SectorTerm, in_country, load_actor_base
from polybius.resolve.confidence import annotate
from polybius.resolve.gazetteer import Gazetteer, load_gazetteer
from polybius.resolve.geocode import ArticlePlaces, names_talks
from polybius.resolve.mentions import MentionResolver
from polybius.resolve.names import lost_apostrophe, name_key
from polybius.resolve.dates import resolve_date
from polybius.resolve.places import article_focus, event_place, named_as_source, place_mentions

_MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_ACTOR_ENTITIES = frozenset({"ORG", "PERSON", "NORP"})
_NOTABLE_PLACE = 15000  # inhabitants
_COOPERATION = TriggerEntry(("joint",), "ADJ", "COOPERATE", None, "062", None, None, ("military",))
_DENOUNCE = TriggerEntry(("characterize",), "VERB", "ACCUSE", "disapprove", "111", None, None, ())
_SEIZED = TriggerEntry(("come", "under", "control"), "VERB", "COERCE", "seize", "192", "Battles", "Non-state actor overtakes territory", ())


@dataclass(slots=True)
class Knowledge:
    lexicon: Lexicon
    cues: Cues
    actors: ActorBase


def load_knowledge(actors: tuple[str, ...] = ()) -> Knowledge:
    return Knowledge(load_lexicon(), load_cues(), load_actor_base(tuple(actors)))


# key of the document's user_data under which code() keeps the country the article is set in
_SETTING = "polybius.setting"
_HIT_BUILDINGS = "polybius.hit_buildings"  # spans of buildings read as hit, per document
_SPORTS_TITLE = "polybius.sports_title"  # whether the article's headline speaks of a game


@dataclass(slots=True)
class _Draft:
    """An event being assembled from one trigger, before it becomes an ``Event``."""

    entry: TriggerEntry
    trigger_start: int  # token indices
    trigger_end: int
    head: Token
    anchor: Token
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    modality: str = "asserted"
    counts: dict[str, int] = field(default_factory=dict)


class Coder:
    """Codes parsed documents. Holds only read-only knowledge: safe to share."""

    def __init__(self, knowledge: Knowledge | None = None, gazetteer: Gazetteer | None = None, geocode: bool = True) -> None:
        self.knowledge = knowledge or load_knowledge()
        self.gazetteer = gazetteer or (load_gazetteer() if geocode else None)
        self._casualty_lemmas = frozenset().union(*self.knowledge.cues.casualty_words.values())
        self._event_lemmas = frozenset(lemma for lemma, pos in self.knowledge.lexicon.single if pos == "NOUN")

    def code(self, doc: Doc, article: Article, offset: int = 0, first_sentence: int = 0) -> list[Event]:
        """Events of ``article`` found in ``doc`` (the analysed ``article.text``, or a part
        of it starting at character ``offset``). Words are always quoted from the article
        text, never from the model's copy of it."""
        events: list[Event] = []
        entities = list(doc.ents)  # Span.ents re-scans the document: read them once
        places = ArticlePlaces.of(doc, self.gazetteer, self.knowledge.actors, article.text, offset) if self.gazetteer is not None else None
        setting = places.setting() if places is not None else None
        doc.user_data[_SETTING] = setting  # per document, so that one Coder stays safe to share
        mentions = MentionResolver(self.knowledge.actors, self.knowledge.cues, doc, article.text, offset, article.published,
                                   setting=setting, named_counts=dict(places.countries) if places is not None else {})
        # every place the article names, resolved once, before any event: each name is
        # then read with the whole article's places as context, whatever its position
        named = place_mentions(doc, article.text, self.knowledge.actors, places, offset) if places is not None else []
        doc.user_data[_SPORTS_TITLE] = self._match_report(article.title or "")
        cursor = 0
        starts: list[int] = []  # where each sentence begins in the article
        for index, sentence in enumerate(doc.sents, start=first_sentence):
            starts.append(sentence.start_char + offset)
            while cursor < len(entities) and entities[cursor].start < sentence.start:
                cursor += 1
            first = cursor
            while cursor < len(entities) and entities[cursor].end <= sentence.end:
                cursor += 1
            ents = entities[first:cursor]
            drafts = self._drafts(sentence)
            if drafts:
                start, end = sentence.start_char + offset, sentence.end_char + offset
                in_sentence = [p for p in named if start <= p.span[0] < end]
            doc.user_data[_HIT_BUILDINGS] = set()
            coded = [self._event(draft, sentence, ents, index, article, offset, mentions, places, in_sentence) for draft in drafts]
            events.extend(self._one_reading_of_hit_buildings(coded, doc.user_data[_HIT_BUILDINGS]))
        if places is not None:
            self._place_by_focus(events, doc, article, named, starts, offset, places)
        for event in events:
            self._victims_not_the_attackers(event, setting, article.published)
            self._national_teams(event, article)
        annotate(events, self.knowledge.actors, places.countries if places is not None else {})
        return events

    def _sports_frame(self, text: str, key: str = "match_words") -> bool:
        """Does a sentence speak of a game ("Ex-England scrum-half Matt Dawson ...")?
        descriptions.yaml ``match_words``; a headline may use ``sport_names`` too."""
        lowered = f" {re.sub(r'[^a-z0-9]+', ' ', text.lower())} "
        return any(f" {word} " in lowered for word in self.knowledge.actors.cue(key))

    def _match_report(self, title: str) -> bool:
        """A headline of a game's result: a sport's word and a score ("Six Nations 2017:
        Ireland 13-9 England"). A headline with the word alone may be a story of states
        ("Russia denies its football hooligans were state-backed")."""
        return (self._sports_frame(title) or self._sports_frame(title, "sport_names")) and re.search(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])", title) is not None

    def _is_a_sport_result(self, head: Token) -> bool:
        """A result verb ("beat", "defeat") under a match report's headline: "leaving them
        level with New Zealand, who were also beaten by Ireland" in a rugby report is a
        score, not an attack. A sentence's own sport word is not enough: "beaten with
        baseball bats" is an attack."""
        if head.lemma_.lower() not in self.knowledge.actors.cue("sport_result_verbs"):
            return False
        return bool(head.doc.user_data.get(_SPORTS_TITLE))

    def _national_teams(self, event: Event, article: Article) -> None:
        """A country's bare name in a sports frame is its national team, which is not its
        government (eval/ACTORS.md, Conventions): "I'm applauding Ireland, that was one of
        the finest Ireland displays" in a Six Nations report is the team, coded as the
        country's civilians. A seat ("Dublin"), a body ("the Irish government") or any other
        word keeps its reading: only a party whose words are the country's own name changes.
        Under a match report's headline every such party is a team; in a sentence that
        only speaks of a game, only a recipient (the one praised or beaten) is."""
        if self._match_report(article.title or ""):
            parties = _as_list(event.actor) + _as_list(event.recipient)
        elif self._sports_frame(event.sentence):
            parties = _as_list(event.recipient)  # "Russia denied that its football fans ...": a state may speak
        else:
            return
        base = self.knowledge.actors
        for party in parties:
            words = re.sub(r"^the\s+", "", party.text.strip(), flags=re.IGNORECASE)
            entity = base.lookup(words)
            if entity is None or entity.kind != "country" or base.is_seat(words) or party.sector not in _STATE_FORCES or not party.country:
                continue
            for name, value in in_country("CVL", party.country, base, article.published).items():
                setattr(party, name, value)
            party.entity_id, party.sector, party.acled_inter = None, "CVL", 7

    def _victims_not_the_attackers(self, event: Event, setting: str | None, published: str | None) -> None:
        """Civilians hit by a foreign force are not its people: "over 25 civilians were killed
        ... in US Air Forces attacks on an ISIL-held village near Manbij" are Syrians, though the
        sentence's only country word is the attacker's. A civilian recipient of an attack that
        names no entity and took the attacker's country gets the country of the event's place
        (whatever tied it: the sentence or the article's focus), else the story's; where
        neither differs from the attacker's, or where the phrase names a country of its own
        ("two American aid workers"), it is left as it is. Foreign: a state's force (MIL, GOV,
        COP, SPY) of another country than the story's; "Syrian government air strikes killed
        39 people" in a Syria story keep the Syrians, whatever a dateline ("Beirut") places."""
        if event.event_type not in _LOSS_TYPES:
            return
        attackers = {p.country for p in _as_list(event.actor) if p.country and p.sector in _STATE_FORCES and p.country != setting}
        if not attackers:
            return
        place = event.location
        home = place.country if place is not None and place.country and place.country not in attackers else None
        home = home or (setting if setting and setting not in attackers else None)
        if home is None:
            return
        for party in _as_list(event.recipient):
            if party.sector == "CVL" and not party.entity_id and party.country in attackers and not any(
                    self.knowledge.actors.country_of(w) for w in party.text.split()):  # "two American aid workers" keep theirs
                for name, value in in_country("CVL", home, self.knowledge.actors, published).items():
                    setattr(party, name, value)

    def _place_by_focus(self, events: list[Event], doc: Doc, article: Article, named: list[Place], starts: list[int],
                        offset: int, places: ArticlePlaces) -> None:
        """Events on the ground whose sentence names no place happen at the article's
        focus ("Aleppo" in a story of shelling there), and those whose only place is a
        name no gazetteer knows happen somewhere in the focus's province; the place says
        so (basis "article")."""
        kinds = self.knowledge.cues.place_by_focus_types
        unplaced = [e for e in events if e.event_type in kinds and e.modality != "habitual" and _vague(e.location)]
        unknown = [e for e in events if e.event_type in kinds and e.location is not None and e.location.lat is None
                   and e.location.precision is None]
        if not unplaced and not unknown:
            return
        tied = [e for e in events if e.location is not None and e.location.basis == "event" and e.event_type in kinds]
        where = [p for p in named if not named_as_source(doc, p, offset)]
        lead_end = starts[1] if len(starts) > 1 else len(article.text)
        focus = article_focus(where, places.setting(), lead_end, len(article.text))
        for event in unplaced:
            # an actor fights on where the article last placed it ("the Lebanese army ...
            # on its side of the border ... the most difficult battle"), else at the focus.
            # (Carrying the place of the sentences just before over to it was tried: it
            # spreads a story's events over the places of its background paragraphs.)
            earlier = [e for e in tied if e.sentence_index <= event.sentence_index and _same_party(e.actor, event.actor)]
            place = earlier[-1].location if earlier else focus
            if place is not None and (event.location is None or event.location.country == place.country):
                event.location = replace(place, basis="article")
        province = self._province(focus) if unknown else None
        for event in unknown if province is not None else []:
            # a village the gazetteer does not know ("the district of Sevre"), in a story
            # of Idlib, is somewhere in Idlib province: said with that precision
            event.location = replace(province, text=event.location.text, span=event.location.span, basis="article")

    def _province(self, focus: Place | None) -> Place | None:
        """The first-level division the article's focus lies in, as a place of precision 3."""
        if focus is None or not focus.admin1 or self.gazetteer is None:
            return None
        division = next((p for p in self.gazetteer.candidates(focus.admin1, fuzzy=False)
                         if p.feature == "admin1" and p.country == focus.country), None)
        if division is None:
            return None
        return Place(text=focus.text, span=focus.span, name=division.name, lat=division.lat, lon=division.lon, country=division.country,
                     admin1=division.admin1, feature="admin1", geonameid=division.geonameid, precision=3)

    @staticmethod
    def _quote(article: Article, offset: int, start: int, end: int) -> str:
        return article.text[start + offset: end + offset]

    # -- finding and shaping drafts -------------------------------------------------

    def _drafts(self, sentence: Span) -> list[_Draft]:
        k = self.knowledge
        matches = find_triggers(sentence, k.lexicon)
        drafts = [d for d in (self._draft(m) for m in matches) if not (_is_reference(d) or self._is_not_an_event(d))]
        denunciations = self._denunciations(sentence, {m.head.i for m in matches})
        if denunciations:
            # what a speaker calls someone ("as suicide bombers") is a label, not an event
            labels = {t.i for d in denunciations for t in d.head.subtree if t.dep_ == "pobj" and t.head.lower_ == "as"}
            drafts = [d for d in drafts if d.head.i not in labels]
        drafts.extend(denunciations)
        drafts.extend(self._changes_of_hands(sentence, {d.head.i for d in drafts} | {d.anchor.i for d in drafts}))
        drafts = self._fold_one_attack(drafts, sentence)
        drafts.extend(self._cooperation(drafts))
        return drafts

    def _draft(self, match: TriggerMatch) -> _Draft:
        cues = self.knowledge.cues
        head = match.head
        anchor = self._anchor(head, match.entry)
        draft = _Draft(match.entry, match.start, match.end, head, anchor)
        draft.actors, draft.recipients = self._parties(head, anchor, match.entry.event_type)
        inside = range(match.start, match.end)
        draft.actors = [t for t in draft.actors if t.i not in inside and not self._is_city(t, head, match.entry.event_type)]
        draft.recipients = [t for t in draft.recipients if t.i not in inside and not self._is_city(t, head, match.entry.event_type)]
        draft.modality = classify(head, anchor, cues)
        if draft.modality == "asserted" and self._is_denied_report(anchor):
            draft.modality = "negated"
        return draft

    def _anchor(self, head: Token, entry: TriggerEntry) -> Token:
        """The verb that carries an event noun ("launched an operation"), else the trigger."""
        cues = self.knowledge.cues
        if entry.pos == "VERB" or head.pos_ == "VERB":
            return head
        if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_ in cues.support_verbs:
            return head.head
        if head.dep_ == "conj" and head.head.dep_ in ("dobj", "nsubjpass") and head.head.head.lemma_ in cues.support_verbs:
            return head.head.head
        return head

    def _is_denied_report(self, anchor: Token) -> bool:
        """"X denied that it attacked": a reporting frame that negates what it reports."""
        cues = self.knowledge.cues
        head = anchor.head
        return anchor.dep_ == "ccomp" and head.lemma_ in cues.negating_governors

    def _parties(self, head: Token, anchor: Token, event_type: str) -> tuple[list[Token], list[Token]]:
        cues, base = self.knowledge.cues, self.knowledge.actors
        actors: list[Token] = []
        recipients: list[Token] = []
        if anchor.pos_ in ("VERB", "AUX"):
            subject = args.subject_of(anchor, cues)
            if subject is not None:
                actors = args.expand_party(subject, cues, base)
            for prep in anchor.children:
                partner = args.accompaniment(prep, cues) if prep.dep_ == "prep" else None
                if partner is not None:
                    actors.extend(args.expand_party(partner, cues, base))
        if head == anchor and head.pos_ == "VERB":
            target = args.passive_subject(head) or args.object_of(head)
            if target is not None:
                recipients.extend(args.expand_party(target, cues, base))
        elif not actors:
            actors = self._noun_actors(head)
        if not recipients:
            sides = args.between_parties(head)
            if sides and not actors:
                actors, recipients = sides[:1], sides[1:]
        nodes = [head] if anchor == head else [head, anchor]
        nodes += [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for node in nodes:
            for obj in args.prepositional_recipients(node, cues, base, event_type):
                recipients.extend(t for t in args.expand_party(obj, cues, base) if t not in recipients)
        if not recipients:
            purpose = (args.purpose_object(head) or (args.purpose_object(anchor) if anchor != head else None)
                       or args.aimed_object(head))  # "sanctions targeting Syrian officials": whom they are for
            if purpose is not None:
                recipients = args.expand_party(purpose, cues, base)
        on_the_ground = event_type in cues.place_by_focus_types
        if event_type in _LOSS_TYPES:  # "destroyed tanks belonging to the militants": the owner loses them
            recipients = [args.equipment_owner(t, base) or args.listed_owner(t, base) or t for t in recipients]
        actors = [args.story_subject_after_dateline(t, base) or t for t in actors]  # "Dhaka, Bangladesh - The UN has criticised"
        recipients = [t for t in recipients if not self._across_a_dateline(head, t)]
        actors = [t for t in actors if not self._across_a_dateline(head, t)]
        recipients = [self._named(t) for t in recipients if t not in actors and self._may_be_party(t)]
        actors = [a for t in actors for a in self._doers_of(t, head)]
        # "anti-government protests", "the anti-ISIS campaign": the word after "anti-" on the
        # event's own noun is what the event is against, its recipient, never its doer
        against = [t for t in actors if args.is_enemy_word(t) and t.head == head]
        recipients += [t for t in against if t not in recipients and self._may_be_party(t)]
        actors = [self._named(t) for t in actors if self._may_be_party(t, as_actor=True) and not self._is_setting(t, head)
                  and not (on_the_ground and (self._is_place_name(t) or _is_place_noun(t))) and not args.is_held_place(t, cues, base)
                  and not (event_type in _LOSS_TYPES and (self._is_struck_thing(t) or _is_count_of_the_object(t)))
                  and not (event_type in _MOVING_TYPES and self._is_struck_thing(t) and not self._body_named_before(t))
                  and not self._is_site_of_no_side(t) and not args.is_directed_place(t, base, lowercase=True)]
        # the name a phrase carries ("Syria" of "Syria - Chlorine Gas Attack") is checked as a word of its own
        # so is an outlet's dateline before a place ("ALALAM Syria At least 45 civilians ..."),
        # which the naming above may have split from the place
        actors = [t for t in actors if not (self._is_label_or_name_word(t) or self._is_outlet_dateline(t))]
        recipients = [t for t in recipients if not (self._is_label_or_name_word(t) or self._is_outlet_dateline(t))]
        return _unique(actors), _unique(recipients)

    def _is_not_an_event(self, draft: _Draft) -> bool:
        """Uses of a trigger word that report no event: a casualty word used as a
        description ("the 23 killed", "294 wounded"), or a sense fixed by its object
        ("released a video", "requested anonymity")."""
        head = draft.head
        if args.spelled_name(head) is not None:
            return True  # "Aid to the Church in Need (ACN)": a word of a charity's name
        if head.pos_ == "PROPN" and args.in_titled_name(head):
            return True  # "Laila Kiki The Syria Campaign": a group's name in an attribution line
        if self._place_hit_by_a_situation(head):
            return True  # "Syria was hit by the unrest": a country where a situation is
        if draft.entry.event_type == "ASSAULT" and (args.is_disarmament(head) or args.is_aimed_measure(head)):
            return True  # "agreed to destroy its chemical weapons", "sanctions targeting officials"
        if self._is_a_contest(draft):
            return True  # "Australia has beaten South Africa by 246 runs in the first Test": a result, no attack
        if self._is_a_dismissal(head):
            return True  # "Zuma fired his finance minister": a dismissal from a post, no shooting
        if draft.entry.event_type == "ASSAULT" and self._is_a_sport_result(head):
            return True  # "New Zealand, who were also beaten by Ireland" in a Six Nations report: a score
        if head.lemma_ in self._casualty_lemmas and draft.entry.event_type == "ASSAULT" and not _names_its_doer(head):
            if head.dep_ in ("acl", "amod") or head.pos_ in ("NOUN", "ADJ") or (head.dep_ in ("pobj", "attr", "acomp", "oprd") and head.tag_ == "VBN"):
                return True
        excluded = self.knowledge.cues.non_event_objects.get(head.lemma_.lower())
        if excluded:
            objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "prep")]
            if head.pos_ == "NOUN":
                objects += [c for c in head.children if c.dep_ == "compound"]  # "a press release" is a document
            objects += [g for c in objects if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            return any(o.lemma_.lower() in excluded for o in objects)
        return False

    def _is_a_dismissal(self, head: Token) -> bool:
        """A trigger that also means dismissing (cues.yaml ``dismissal_triggers``: "fire",
        "sack", "dismiss") whose object is a person: a name ("President Jacob Zuma fired Pravin
        Gordhan"), a noun of a post ("fired his national security adviser", "the coach was
        sacked"; ``dismissal_objects``) or a person pronoun ("fired him"). Weapons and
        rounds are fired, people are fired at or on, so the object decides; claims are
        dismissed, officials too."""
        cues = self.knowledge.cues
        if head.pos_ != "VERB" or head.lemma_.lower() not in cues.dismissal_triggers:
            return False
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in cues.dismissal_objects
                   or o.lower_ in ("him", "her", "them") and o.dep_ == "dobj" for o in objects)

    def _is_a_contest(self, draft: _Draft) -> bool:
        """A match told in the words of a fight: "Australia has beaten South Africa by 246
        runs in the first Test", "Hewitt teamed with Molik to beat Switzerland 3-0", "Spain
        has begun its Hopman Cup campaign". Sport news borrows fight words for results; a
        fight word of that kind (cues.yaml ``contest_triggers``) that a score, a margin ("by
        five wickets"), a match it is "in" ("in the final") or a contest noun before it
        ("Davis Cup campaign", "pace attack", "the election campaign") ties to a contest is
        a result: no event, and its countries are teams, not states at war. Other triggers
        stay attacks at any contest ("two fans were killed in the final")."""
        cues, head = self.knowledge.cues, draft.head
        if draft.entry.event_type != "ASSAULT" or head.lemma_.lower() not in cues.contest_triggers:
            return False
        if head.pos_ in ("NOUN", "PROPN"):
            return any(c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") and (
                c.lemma_.lower() in cues.contest_nouns or c.lemma_.lower() in cues.election_nouns) for c in head.children)
        # "beaten by Nadal in the final": the model may hang the match on the other side
        sides = [o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        sides += [c for c in head.children if c.dep_ == "dobj"]
        for prep in [c for node in (head, *sides) for c in node.children if c.dep_ in ("prep", "agent")]:
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ == "in" and any(o.lemma_.lower() in cues.contest_nouns for o in objects):
                return True  # "in the first Test", "in the Davis Cup", "in straight sets"
            if prep.lower_ == "by" and any(o.lemma_.lower() in cues.score_units and any(
                    c.dep_ in ("nummod", "det") for c in o.children) for o in objects):
                return True  # "by 246 runs", "by an innings"
        return any(_is_score(t) for t in _own_clause(head))

    def _place_hit_by_a_situation(self, head: Token) -> bool:
        """A passive verb whose doer is a situation ("unrest", "war", "the violence") and
        whose subject is a country or a place ("Syria was hit by the unrest", "a region
        ravaged by war") says where the situation is: no deed, and the place no side. A
        person or group as the subject ("five people killed by the violence") keeps the event."""
        settings = args.party_words().setting_nouns
        situation = any(o.dep_ == "pobj" and o.lemma_.lower() in settings
                        for a in head.children if a.dep_ == "agent" for o in a.children)
        if not situation:
            return False
        subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
        if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            subjects.append(head.head)
        return any(s.ent_type_ in ("GPE", "LOC") or s.lemma_.lower() in args.PLACE_NOUNS for s in subjects)

    def _doers_of(self, token: Token, head: Token) -> list[Token]:
        """An event noun named as the doer of another event ("rebel shelling killed two",
        "Russian airstrikes killed", "shots fired by terrorists injured three") stands for
        whoever it names as its own doer, or for no one ("Airstrikes kill seven")."""
        agent = args.fire_agent(token) if token != head else None
        if agent is not None:
            return args.expand_party(agent, self.knowledge.cues, self.knowledge.actors)  # "artillery fire by Turkish troops"
        if token == head or not args.is_event_word(token, self._event_lemmas, self.knowledge.actors):
            return [token]
        return [t for t in self._noun_actors(token) if t != head]

    def _may_be_party(self, token: Token, as_actor: bool = False) -> bool:
        """Not an event, a time or an amount, not an abstraction, not a word the parse got
        wrong ("clashed", "Oct"), and not a byline: "(TRT World and Agencies)" names who
        reports, not who acts. A thing ("tents", "tyres") may be what an event is done to,
        as a thing that resolves to no one, but it does nothing."""
        base = self.knowledge.actors
        if self._is_event_noun(token) or _is_quantity(token) or token.lemma_.lower() in self.knowledge.cues.non_party_objects:
            return False  # "the attack", "50 km", "denied responsibility"
        if self._is_document_name(token):
            return False  # "the Framework for Elimination of Syrian Chemical Weapons": a text, no side
        if args.is_dateline_place(token, base):
            return False  # "MOSCOW (Sputnik) Kurdish-led forces ...": where the story was filed, no side
        if args.is_titled_dateline(token, base) or args.is_platform_medium(token, base) or args.is_animal(token, base):
            return False  # "Dhaka, Bangladesh - ...", "complained on Twitter", "a turkey flock": a dateline, a medium, animals
        if args.is_bound_prefix(token, base) or args.is_field_label(token, base) or args.is_caption_credit(token, base):
            return False  # "intra-Syrian talks", "ATTACKER: Yasin Salhi", "Provided to China Daily": no one
        if args.is_national_attribute(token, base):
            return False  # "boost the U.S. economy": what a country has, not who acts
        if self._is_headline_debris(token):
            return False  # "Syrian Town Kills", "Turkey Near Jarablus", "KHAN SHEIKHUN Syria": a headline's or dateline's words
        if self._is_label_or_name_word(token):
            return False  # "Syria - Chlorine Gas Attack in Saraqeb", "The Syria Campaign": a label, a name's word
        if args.is_count_run_into_a_word(token, base):
            return False  # "kills 19 Monitor At least 19 civilians": a headline's count and its byline
        if args.is_last_stand(token) or as_actor and args.is_terrain_name(token):
            return False  # "fight to the last person": an idiom; "Qalmoun Barrens" does nothing (a target: a place)
        if args.is_workplace(token) or args.is_possessed_place(token, base) or args.is_possessive_before_place(token, base):
            return False  # "a nurse based in a hospital", "Syria's Raqqa", "Syrias largest city": places
        if args.is_byline_name(token):
            return False  # "Posted on August 3 2016 by Jordan Dakamseh": who wrote the page
        if args.is_enemy_word(token) and (as_actor or args.party_words().equipment_nouns & {token.lemma_.lower(), token.lower_}):
            return False  # "anti-tank missiles": what the weapon is against; never the doer ("anti-ISIS coalition")
        if args.is_topic_object(token):
            return False  # "to discuss Syria": what the talk is about
        if args.is_discussed_topic(token) or args.is_count_of_sides(token) or args.has_email_address(token):
            return False  # "Syria will be discussed", "the six-party talks", "name@paper.com (China Daily)": no one
        if args.is_traded_thing(token, base) or args.is_state_feature(token, base):
            return False  # "agreed to buy planes", "into the Sea of Japan", "the White House grounds": a thing, a place
        if args.is_thing_not_party(token, base):
            return False  # "investing millions", "a website from Germany", "struck the US", "to the Chancellery": things, places
        if args.is_name_of_a_site(token, base) or args.is_personal_page_or_conduit(token):
            return False  # "on Westminster Bridge", "visit his website": a place, a thing
        if args.is_place_before_battle(token, base):
            return False  # "Syria fighting kills 132 Islamic State fighters": where the fighting is
        if args.inside_spelled_name(token):
            return False  # "Church" in "Aid to the Church in Need (ACN)": a piece of a name
        if args.is_parse_error(token, base) or args.is_event_word(token, self._event_lemmas, base):
            return False  # "clashed", "Mon Jun", "Airstrikes" (unlemmatised), "the fall"
        if args.names_no_one(token, base, self.knowledge.cues.non_party_targets) and (as_actor or not args.is_material_thing(token)) and (
                args.named_part(token, base) is None):
            return False  # "the draft", "excuses", "insistence"; "debris" as a doer; but "Daesh captivity" names Daesh
        if _in_brackets(token):
            start, end = args.party_bounds(token)
            entity = base.lookup(token.text) or base.lookup(token.lemma_) or base.lookup(token.doc[start:end].text)
            if entity is not None and entity.kind == "media" or token.lower_ in ("agencies", "agency", "afp", "reuters", "ap"):
                return False
        return not (self._is_fused_byline(token) or self._holds_a_place(token))

    def _is_headline_debris(self, token: Token) -> bool:
        """Words of a title-case headline or a dateline that the model ran into one name:
        a headline's verb of harm as the head ("Israeli Strike on Syrian Town Kills 5
        Soldiers"), a capitalised preposition inside the phrase ("Killed by Turkey Near
        Jarablus": what follows it is where), or a place in capitals before a country
        ("KHAN SHEIKHUN Syria A suspected chemical attack", an agency's dateline). None is
        a side; a name the actor base knows as a whole stays."""
        if token.pos_ != "PROPN":
            return False
        doc, words = token.doc, args.party_words()
        start, end = args.party_bounds(token)
        if self.knowledge.actors.lookup(doc[start:end].text) is not None:
            return False
        text = token.lower_
        if token.text.istitle() and text.endswith("s") and text[:-1] in words.victim_verbs and (
                not token.ent_type_ or self._names_no_side(doc[start:token.i])):
            return True  # "Attack on Qalamoun Kills 10": the model may tag the run an ORG; a place before the verb is no side
        if any(t.text.istitle() and t.pos_ == "PROPN" and t.lower_ in words.locative_prepositions for t in doc[start + 1:token.i]):
            return True
        before = doc[start:token.i]
        return (self._names_a_country(token) and len(before) > 0
                and all(t.is_upper and len(t.text) > 2 and self.knowledge.actors.lookup(t.text) is None for t in before))

    def _is_outlet_dateline(self, token: Token) -> bool:
        """A news outlet's name in capitals that opens a sentence right before a place's name
        ("ALALAM Syria At least 45 civilians were killed ...", "SANA Damascus ..."): the
        outlet's dateline, who files the story and from where, never a side of its events
        (as a place in capitals before an agency is, ``is_dateline_place``)."""
        base, doc = self.knowledge.actors, token.doc
        start, end = args.party_bounds(token)
        if any(t.is_alpha for t in doc[token.sent.start:start]) or end >= len(doc):
            return False
        words = [t for t in doc[start:end] if t.is_alpha]
        if not words or not all(t.is_upper and len(t.text) > 2 for t in words):
            return False
        entity = base.lookup(doc[start:end].text)
        if entity is None or entity.kind != "media":
            return False
        after = doc[end]
        return after.pos_ == "PROPN" and (after.ent_type_ in ("GPE", "LOC") or base.country_of(after.text) is not None)

    def _names_no_side(self, words: Span) -> bool:
        """Words before a headline's verb run into a name ("Qalamoun" of "Qalamoun Kills"):
        some, and none of them a sector word, a name the actor base knows or a demonym, so
        the verb glued to them is no part of a group's name ("Daesh Kills" keeps Daesh)."""
        base = self.knowledge.actors
        return len(words) > 0 and not any(
            self._sector_of(w) is not None or base.lookup(w.text) is not None or name_key(w.text) in base.adjectives for w in words)

    def _is_label_or_name_word(self, token: Token) -> bool:
        """A country's name that is a title's label or a word of a longer name ("The Syria
        Campaign"), not the country as a side."""
        return self._is_title_label(token) or self._names_a_country(token) and args.in_titled_name(token)

    def _is_title_label(self, token: Token) -> bool:
        """A country's name that opens its sentence and stands before a spaced dash and a
        capitalised title ("Syria - Chlorine Gas Attack in Saraqeb."): the place a headline
        or a video's title is filed under, not a side of its event. A dash inside a word
        ("Syria-Turkey") or a lowercase story after the dash is not such a label."""
        doc = token.doc
        if not self._names_a_country(token) or token.i + 2 >= len(doc):
            return False
        dash, after = doc[token.i + 1], doc[token.i + 2]
        if dash.text not in ("-", "–", "—") or not token.whitespace_ or not dash.whitespace_ or not after.text[:1].isupper():
            return False
        opening = doc[token.sent.start:token.i]
        if not all(not t.is_alpha or args.is_calendar_word(t) or t.ent_type_ in ("DATE", "TIME") for t in opening):
            return False
        # a title is written in title case ("Chlorine Gas Attack in Saraqeb"); a story after
        # a dash is not ("Russia - Turkey talks ended without agreement")
        title = [t for t in doc[token.i + 2:token.sent.end] if t.is_alpha]
        capitals = [t for t in title if t.text[:1].isupper()]
        return len(capitals) >= 2 and 3 * len(capitals) >= 2 * len(title)

    def _is_document_name(self, token: Token) -> bool:
        """A capitalised name whose head word names an agreement or a document ("the
        Framework for ...", "the Chemical Weapons Convention", "Resolution 2118") is a text,
        not a side, unless the actor base knows the whole name."""
        if not token.text[:1].isupper() or token.lower_ not in args.party_words().document_names:
            return False
        start, end = args.party_bounds(token)
        base = self.knowledge.actors
        return base.lookup(token.doc[start:end].text) is None and base.lookup(token.doc[token.i:end].text) is None

    def _is_fused_byline(self, token: Token) -> bool:
        """A news outlet's name glued to other words is a byline or dateline run into a
        headline or a place ("terrorist attacks on Aleppo SANA", "clashes with Syria Kurds
        Monitor AFP"): no party. Named as an outlet ("the state news agency SANA",
        "Turkish broadcaster TRT World") it may be one."""
        base, doc = self.knowledge.actors, token.doc
        start, end = args.party_bounds(token)
        if self._is_dateline(start, end, doc):
            return True  # "... New toll AFP Friday 12 Sep 2014 Syrian government air raids ...": a dateline
        for cut in range(start + 1, end):  # the longest name at the end that leaves words before it
            entity = base.lookup(doc[cut:end].text)
            if entity is not None and entity.kind == "media":
                described = args.party_words().outlet_descriptions
                return not any(t.lemma_.lower() in described or t.lower_ in described for t in doc[start:cut])
        return False

    def _is_dateline(self, start: int, end: int, doc: Doc) -> bool:
        """A news outlet's name followed at once by a weekday or a month ("AFP Friday 12 Sep
        2014", "Reuters Sunday 12 Jun 2016") is the dateline a copied page puts between a
        headline and its story, never a party of the story's events. Right after a verb or
        a preposition it is their object ("gunmen attacked Reuters Monday", "an attack on
        AFP Friday"): a party, the weekday its date."""
        if start > 0 and doc[start - 1].pos_ in ("VERB", "ADP") and doc[start - 1].is_lower:
            return False
        if end >= len(doc) or doc[end].lower_.rstrip(".") not in args.party_words().calendar_words or not doc[end].text[:1].isupper():
            return False
        entity = self.knowledge.actors.lookup(doc[start:end].text)
        return entity is not None and entity.kind == "media"

    def _across_a_dateline(self, word: Token, token: Token) -> bool:
        """A copied page runs a headline, a dateline and the story into one sentence ("Syria
        regime bombing kills 21 ... AFP Friday 10 Oct 2014 The Syrian Observatory ... said"):
        a word after the dateline is in the story, and a headline's event word that the
        parse joined to it (an apposition over the date) does not take it as a party. The
        story's events may take up the headline's words ("12 civilians dead in Syrian raid
        ... AFP Wednesday 22 Jul 2015 At least 12 civilians ... were killed"): the same people."""
        doc = token.doc
        for i in range(word.i + 1, token.i):
            if doc[i].pos_ != "PROPN" or i + 1 >= len(doc):
                continue
            if any(self._is_dateline(k, i + 1, doc) for k in range(max(word.i + 1, i - 2), i + 1)):
                return True
        return False

    def _holds_a_place(self, token: Token) -> bool:
        """"an airstrike on Aleppo's opposition held Kadi Askar": with the hyphen lost, the
        word before "held" names who holds the place, which is what was struck; it is no
        party of the event (unless it is the subject of "held": "the opposition held talks")."""
        doc = token.doc
        if token.i + 1 >= len(doc) or token.dep_ not in ("pobj", "dobj", "nsubjpass", "compound", "appos"):
            return False
        held = doc[token.i + 1]
        if held.lower_ not in args.party_words().holding_participles or held.tag_ not in ("VBD", "VBN") or held.head == token:
            return False
        if any(c == token for c in held.children) or args.party_bounds(token)[1] != token.i + 1:
            return False
        place = next((c for c in held.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("PROPN", "NOUN")), None)
        if place is None and held.dep_ in ("amod", "acl") and held.head.i > held.i and held.head.pos_ in ("NOUN", "PROPN"):
            place = held.head  # "opposition held areas"
        return place is not None

    def _is_setting(self, token: Token, head: Token) -> bool:
        """A country or place that owns a situation is where it is, not a side of it:
        "Syria's fragile ceasefire", "the Syrian war", "Syria fighting" (a headline). The
        owner is a party when the phrase places the situation elsewhere or names the other
        side ("Russia's war in Syria", "Israel's truce with Hamas"), or when two names own
        it ("the Russia-Ukraine ceasefire"); names before a participle are who brought it
        about ("a US-Russian brokered ceasefire"), not its sides either."""
        words = args.party_words()
        forms = _situation_forms(head)
        if not forms & words.setting_nouns and not (forms & words.negotiation_nouns and self._is_state_adjective(token)):
            return False
        owned = token.head == head and token.dep_ in ("poss", "compound", "amod", "nmod")
        headline = (token.head == head and token.dep_ == "nsubj" and head.tag_ == "VBG"
                    and not any(c.dep_ in ("aux", "auxpass") for c in head.children))
        if not (owned or headline):
            return False
        doc = token.doc
        if any(t.tag_ == "VBN" for t in doc[token.i + 1:head.i]):
            return True  # "a US-Russian brokered ceasefire": who brokered it, not its sides
        if token.conjuncts or "-" in token.text.strip("-") or any(doc[i].text == "-" for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)):
            return False  # "the Russia-Ukraine ceasefire": two names, its two sides
        base = self.knowledge.actors
        entity = base.lookup(token.text) or base.lookup(token.lemma_)
        if entity is None and lost_apostrophe(token.text):
            entity = base.lookup(token.text[:-1])  # "Syrias fragile ceasefire": the apostrophe lost
        place = token.ent_type_ in ("GPE", "LOC") or entity is not None and entity.kind == "country" or name_key(token.text) in base.adjectives
        if not place or entity is not None and entity.kind != "country":
            return False
        return not any(c.dep_ == "prep" and c.lower_ in words.setting_partner_prepositions for c in head.children) and not any(
            c.dep_ in ("dobj", "dative") for c in head.children)

    def _is_state_adjective(self, token: Token) -> bool:
        """A demonym of a state written as an adjective ("Syrian", "Turkish"), not a
        state's name or a people without a state ("Kurdish")."""
        base = self.knowledge.actors
        return token.dep_ == "amod" and name_key(token.text) in base.adjectives and base.lookup(token.text) is None

    def _names_a_state(self, token: Token) -> bool:
        """A state's name, also with the apostrophe of a possessive lost ("Syrias"), or its demonym."""
        base = self.knowledge.actors
        if name_key(token.text) in base.adjectives and base.lookup(token.text) is None:
            return True
        entity = base.lookup(token.text) or (base.lookup(token.text[:-1]) if lost_apostrophe(token.text) else None)
        return entity is not None and entity.kind == "country"

    def _is_site_of_no_side(self, token: Token) -> bool:
        """A site of a side ("base", "convoy", "position") whose phrase names no force, only a
        state ("a Syrian air base", "Syrias Shairat airbase", "a crowded Syrian bus convoy"):
        a place or a thing hit, not the state (a bare site is left to the other rules). A
        force named in the phrase ("an army base", "Daesh positions", "a Hezbollah convoy")
        makes it that force's site."""
        if token.pos_ != "NOUN" or not _noun_forms_of(token) & args.party_words().side_sites:
            return False
        start, _ = args.party_bounds(token)
        modifiers = [t for t in token.doc[start:token.i] if t.pos_ in ("PROPN", "NOUN", "ADJ")]
        modifiers += [t for c in token.children if c.dep_ == "prep" and c.lower_ in args.party_words().owner_prepositions
                      for t in c.subtree if t.pos_ in ("PROPN", "NOUN", "ADJ")]
        return any(self._names_a_state(t) for t in modifiers) and not any(self._names_a_force(t) for t in modifiers)

    def _phrase_names_a_side(self, token: Token) -> bool:
        """Whether a word of the phrase headed by ``token`` names a side: a sector word
        ("regime", "terrorist"), a name the actor base knows or a demonym. "Air" of "Air
        strikes" or "Barrel" of "Barrel bombs", capitalised in a headline, names none."""
        base = self.knowledge.actors
        start, end = args.party_bounds(token)
        return any(self._sector_of(w) is not None or base.lookup(w.text) is not None or name_key(w.text) in base.adjectives
                   for w in token.doc[start:end])

    def _names_a_force(self, token: Token) -> bool:
        """A word for a side that is not a bare state: a sector word ("army", "regime",
        "rebel"), a known group or body ("Daesh", "Hezbollah"), or a name the model calls an
        organisation or a people without a state ("Kurdish")."""
        if self._names_a_state(token):
            return False
        base = self.knowledge.actors
        entity = base.lookup(token.text) or base.lookup(token.lemma_)
        return self._sector_of(token) is not None or entity is not None or token.ent_type_ in ("ORG", "NORP")

    def _is_attack_word(self, token: Token) -> bool:
        """A noun of attack in the trigger lexicon ("raids", "bombing", "airstrikes"), also
        one the model tagged a verb or an adjective before the noun it modifies ("bombing
        hospitals": "bombing" a compound)."""
        lexicon = self.knowledge.lexicon.single
        entry = lexicon.get((token.lemma_.lower(), "NOUN")) or lexicon.get((token.lower_, "NOUN"))
        return entry is not None and entry.event_type == "ASSAULT"

    def _is_event_noun(self, token: Token) -> bool:
        """An event is not a party: "the offensive seeks to end ...", "the attack killed"."""
        return token.pos_ == "NOUN" and (token.lemma_.lower(), "NOUN") in self.knowledge.lexicon.single

    def _noun_actors(self, head: Token) -> list[Token]:
        """Actors written on an event noun: "Israel's attack", "attack by rebels",
        "Russian air strikes", "rebel shelling"."""
        cues, base = self.knowledge.cues, self.knowledge.actors
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return args.expand_party(child, cues, base)
            if child.dep_ == "prep" and child.lower_ == "by":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return args.expand_party(obj, cues, base)
            if child.dep_ == "acl" and child.tag_ == "VBN":  # "the battle waged by the army"
                if self._is_outer_event_participle(child, head):
                    continue  # "a freeze on fighting brokered by Moscow": the brokers, not the fighters
                agent = args.subject_of(child, cues)
                if agent is not None and agent != head:
                    return args.expand_party(agent, cues, base)
        for child in head.lefts:
            if child.dep_ not in ("amod", "compound", "nmod"):
                continue
            if args.is_topic_under_an_owner(child, head, base):
                continue  # "its Russia investigation": the owner investigates, Russia is the topic
            body = args.led_body(child)
            if body is not None and body.i < head.i:
                return [body]  # "US-Led Coalition Bombing": the coalition, its leader's name with it
            if child.ent_type_ in ("GPE", "LOC", "FAC") and not self._names_a_country(child) or self._is_place_name(child):
                continue  # "the Astana talks", "the Aleppo offensive", "the Idlib strikes": where, not who
            if self._demonym_of_a_place(child, head):
                continue  # "Syrian gas field battle", "the Syrian border clashes": the demonym says where
            if self._country_as_place(child, head):
                continue  # "central Syria attack", "Syria rebel rocket": where, the doer named after it or not at all
            if child.pos_ == "ADJ" and child.lower_ in args.party_words().kind_adjectives:
                continue  # "military operations", "armed clashes": what kind of event, not who
            if child.lower_ in args.party_words().manner_adjectives:
                continue  # "Fierce clashes" in a headline, tagged a name: how hard, not who
            if self._is_form_of_the_event(child, head):
                continue  # "official sanctions", "an official visit": how it was done, not who did it
            if self._is_topic_of_the_deal(child, head):
                continue  # "the refugee deal", "a family visit", "the Minsk agreements": what or where, not who
            if args.is_actor_like(child, base, allow_places=True) or child.lower_ in base.adjectives:
                return [self._state_body_after(child, head) or child]
        return []

    def _is_topic_of_the_deal(self, modifier: Token, head: Token) -> bool:
        """A modifier of a deal, a visit, talks or aid that says what they are about or
        where they were made, not who made them (News Articles checks N7 n 61, N10 n 10,
        n 24, n 68, n 73, N6 n 10): a lowercase noun for private people ("The refugee deal
        was signed at the summit", "on a family visit", "driver-assistance systems": the
        refugees signed nothing), an adjective of form ("official consultations"), or a
        capital's name before an agreement's word ("implementing the Minsk agreements").
        A state's or a group's word keeps its place as the doer ("a government deal",
        "rebel talks"), and so does a country's own name ("the Iran deal" is Iran's)."""
        base = self.knowledge.actors
        entry = self.knowledge.lexicon.single.get((head.lemma_.lower(), "NOUN"))
        if entry is None or entry.event_type not in _DEAL_TYPES or modifier.i > head.i:
            return False
        if modifier.pos_ == "ADJ" and modifier.dep_ == "amod" and modifier.lower_ in base.cue("form_adjectives"):
            return entry.event_type != "AID"  # "more official aid": aid from governments
        if modifier.pos_ in ("NOUN", "ADJ") and modifier.dep_ in ("compound", "amod") and modifier.is_lower:
            term = self._sector_of(modifier)  # "migrant" may be tagged an adjective
            return term is not None and term.acled_inter == 7 and base.lookup(modifier.text) is None
        return modifier.pos_ == "PROPN" and base.is_seat(modifier.text) and names_talks(modifier, base)

    def _is_form_of_the_event(self, modifier: Token, head: Token) -> bool:
        """An adjective of form (descriptions.yaml ``form_adjectives``) before any event noun
        but aid says how the event was done, never who did it: "discussing 'petty' actions of
        the administration, including official sanctions" (News Articles check N13 n 87: read
        as the Russian government), "an official visit". ``_is_topic_of_the_deal`` reads it
        on deals; "official aid" is aid from governments and keeps its reading."""
        if modifier.pos_ != "ADJ" or modifier.dep_ != "amod" or modifier.i > head.i \
                or modifier.lower_ not in self.knowledge.actors.cue("form_adjectives"):
            return False
        entry = self.knowledge.lexicon.single.get((head.lemma_.lower(), "NOUN"))
        return entry is not None and entry.event_type != "AID"

    def _is_outer_event_participle(self, participle: Token, head: Token) -> bool:
        """A participle after an event noun that sits in the phrase of a stop or a truce ("a
        freeze on fighting brokered by Moscow") and is itself a trigger of another event type
        belongs to that outer phrase, as the parse often cannot say: its doer brokered the
        freeze and did not fight. "a wave of shelling carried out by the army" keeps the army,
        since "carried out" reports no event of its own; "the collapse of a ceasefire brokered
        by Russia" keeps the brokers' tie to the ceasefire, "collapse" being no stop."""
        words = args.party_words()
        if head.dep_ != "pobj" or head.head.head.lemma_.lower() not in words.pause_nouns | words.negotiation_nouns:
            return False
        single = self.knowledge.lexicon.single
        own, outer = single.get((head.lemma_.lower(), "NOUN")), single.get((participle.lemma_.lower(), "VERB"))
        return outer is not None and (own is None or own.event_type != outer.event_type)

    def _demonym_of_a_place(self, demonym: Token, head: Token) -> bool:
        """A demonym before a compound noun for a place or a site that modifies an event
        noun ("in Syrian gas field battle", "Turkish border clashes"): it belongs to the
        place, where the event is, and names no doer. A state body's word between them
        ("Syrian army shelling") keeps the demonym as that body's."""
        if demonym.dep_ != "amod" or name_key(demonym.text) not in self.knowledge.actors.adjectives:
            return False
        words = args.party_words()
        places = args.PLACE_NOUNS | words.struck_things | words.front_nouns | words.place_parts
        between = demonym.doc[demonym.i + 1:head.i]
        return any(t.pos_ == "NOUN" and t.dep_ == "compound" and t.lemma_.lower() in places for t in between) and not any(
            self._sector_of(t) is not None for t in between)

    def _state_body_after(self, demonym: Token, head: Token) -> Token | None:
        """"Syrian government denials", "Heavy Syrian regime bombing", "Syrian army missile":
        the model hangs the demonym and the state body's word side by side on the event noun.
        The party is the body ("Syrian regime", whose phrase takes the demonym in), not the
        bare demonym, which names a country with no sector."""
        if demonym.dep_ != "amod":
            return None
        adjectives = self.knowledge.actors.adjectives
        for word in demonym.doc[demonym.i + 1:head.i]:
            if word.head != head:
                return None
            if word.dep_ == "compound" and self._is_state_body(word) and not args.is_equipment(word) and name_key(word.doc[word.i - 1].text) in adjectives:
                return word  # "Heavy Syrian regime bombing": the regime, the demonym its own
            if word.dep_ != "amod":
                return None
        return None

    def _country_as_place(self, modifier: Token, head: Token) -> bool:
        """A country's name that modifies an event noun names where the event is, not who
        did it, when a word for a part of a place comes before it ("central Syria attack",
        "northern Iraq raids") or when a word for a non-state side follows it in the same
        compound ("Syria rebel rocket kills": the rebels fired it). Alone ("US strikes",
        "Israel raid") or before its own state body ("Syria regime air strikes") it is the doer."""
        if modifier.pos_ != "PROPN" or not self._names_a_country(modifier):
            return False
        doc, base, words = modifier.doc, self.knowledge.actors, args.party_words()
        if head.lemma_.lower() in words.blast_nouns or head.lower_ in words.blast_nouns:
            return True  # "Syria car bomb kills 5", "Turkey blast": where it went off
        if modifier.i > 0 and doc[modifier.i - 1].lower_ in words.direction_words:
            return True
        if args.is_planned_action(head):
            return True  # "plan for Syria strikes", "a partner in Syria operations": where
        if self._is_setting_country(modifier) and not self._strikes_on_its_own(head):
            return True  # "86 dead in suspected Syria chemical attack" in a story set in Syria: where (actor_check_40 n 60)
        return any(t.dep_ in ("amod", "compound", "nmod") and not self._names_a_country(t) and (
            self._sector_of(t) is not None or t.ent_type_ in ("ORG", "NORP") or t.lower_ in base.adjectives)
            and not (t.pos_ == "ADJ" and t.lower_ in words.kind_adjectives)  # "US military operations": the US
            and t.lemma_.lower() not in self.knowledge.cues.non_party_targets  # "Syria school": a building, no side
            and not self._is_state_body(t)  # "Syria regime air strikes", "U.S. military strikes": the state's own
            for t in doc[modifier.i + 1:head.i])

    def _is_setting_country(self, token: Token) -> bool:
        """Is this the name of the country the story is set in? Its name before an attack
        noun says where the attack was ("Syria chemical attack"), where another country's
        name ("US air strikes" in a story set in Syria) names the striker."""
        entity = self.knowledge.actors.lookup(token.text)
        setting = token.doc.user_data.get(_SETTING)
        return setting is not None and entity is not None and entity.country == setting

    def _strikes_on_its_own(self, noun: Token) -> bool:
        """Is the event noun the subject of a verb of attack ("Syria air strikes kill 32")?
        A headline's subject of such a verb keeps its country's name as the striker (AFP's
        "Syria strikes kill ..."); as the object of a preposition or the subject of another
        verb ("in suspected Syria chemical attack", "Syria attack cannot be tolerated") the
        name says only where."""
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
            return False
        entry = self.knowledge.lexicon.single.get((noun.head.lemma_.lower(), "VERB"))
        return entry is not None and entry.event_type == "ASSAULT"

    def _is_state_body(self, token: Token) -> bool:
        """A sector word for a state's own body (government, army, police: ACLED's state
        forces), which a country's name before it owns ("Syria regime" is the Syrian regime)."""
        term = self._sector_of(token)
        return term is not None and term.acled_inter == 1

    def _sector_of(self, token: Token) -> SectorTerm | None:
        """The sector term the actor base lists for this very word ("rebel" → REB), if any."""
        sectors = self.knowledge.actors.sectors
        return sectors.get(name_key(token.lemma_)) or sectors.get(name_key(token.text))

    def _is_place_name(self, token: Token) -> bool:
        """A name the gazetteer knows as a town or a region and the actor base does not
        know at all, whatever entity type the model gave it: where an event on the ground
        is, never who does it ("the Idlib strikes", Idlib tagged ORG; "Palmyra fell to
        IS"; "a rocket hit al-Hamadaniye neighbourhood, killing a girl"). Capitals and
        seats that stand for a government ("Damascus denied") are in the actor base and
        stay actors; who speaks or asks is left alone ("Ban demanded", "the West accused")."""
        if token.pos_ != "PROPN" or not token.ent_type_ or self.gazetteer is None:
            return False  # a capitalised word the model sees as no name at all ("Artillery shelling")
        start, end = args.party_bounds(token)
        words = token.doc[start:end]
        if not all(t.pos_ in ("PROPN", "DET") or t.is_punct for t in words):
            return False  # "Aleppo city", "Kurdish positions": the head decides
        base = self.knowledge.actors
        for name in {words.text, token.text, token.lemma_}:
            if base.lookup(name) is not None or name_key(name) in base.adjectives or base.lookup_variant(name) is not None:
                return False
        # the model may call a town an organisation ("Idlib" ORG): then only a town of
        # some size or a province overrules it, not a hamlet that shares a word ("Congress")
        least = _NOTABLE_PLACE if token.ent_type_ in _ACTOR_ENTITIES else 1
        return any(p.population >= least or p.source == "supplement" or p.feature == "admin1"
                   for p in self.gazetteer.candidates(words.text, fuzzy=False))

    def _names_a_country(self, token: Token) -> bool:
        entity = self.knowledge.actors.lookup(token.text)
        return entity is not None and entity.kind == "country"

    def _named(self, token: Token) -> Token:
        part = args.named_part(token, self.knowledge.actors)
        return part if part is not None else token

    def _denunciations(self, sentence: Span, taken: set[int]) -> list[_Draft]:
        """"characterized the fighters as suicide bombers": labelling someone with a
        pejorative term is an accusation (ACCUSE, disapprove)."""
        cues = self.knowledge.cues
        drafts: list[_Draft] = []
        for token in sentence:
            if token.i in taken or token.pos_ != "VERB" or token.lemma_ not in cues.labelling_verbs:
                continue
            label = next((t for t in token.subtree if t.dep_ == "prep" and t.lower_ == "as" and _clause_of(t) in (token, _clause_of(t))
                          and (t.head == token or t.head.head == token)), None)
            if label is None or not _mentions_label(label, cues):
                continue
            draft = _Draft(_DENOUNCE, token.i, token.i + 1, token, token)
            draft.actors, draft.recipients = self._parties(token, token, "ACCUSE")
            if not draft.recipients and label.head != token:
                # "characterized the fighters as ..." misparsed as a clause: its noun is the one labelled
                labelled = next((c for c in label.head.children if c.dep_ in ("attr", "nsubj", "dobj") and c.pos_ in ("NOUN", "PROPN")), None)
                if labelled is not None:
                    draft.recipients = [self._named(labelled)]
            draft.modality = classify(token, token, cues)
            drafts.append(draft)
        return drafts

    def _changes_of_hands(self, sentence: Span, taken: set[int]) -> list[_Draft]:
        """"the checkpoint came under full control of Hezbollah": a seizure told from the
        place's side (COERCE, seize); the new holder, "of X" or "X control", is the actor."""
        cues = self.knowledge.cues
        drafts: list[_Draft] = []
        for noun in sentence:
            prep = noun.head
            verb = prep.head
            if (noun.lemma_.lower() not in cues.control_nouns or noun.dep_ != "pobj" or prep.lower_ not in cues.control_prepositions
                    or verb.lemma_ not in cues.control_verbs or verb.pos_ != "VERB" or verb.i in taken):
                continue
            holders = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            holders += [c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN")]
            holders = [h for h in holders if args.is_actor_like(h, self.knowledge.actors)]
            if not holders:
                continue  # "came under fire" is no seizure; "under control" alone names no one
            draft = _Draft(_SEIZED, verb.i, noun.i + 1, verb, verb)
            draft.actors = [self._named(h) for h in holders[:1]]
            draft.modality = classify(verb, verb, cues)
            drafts.append(draft)
        return drafts

    def _fold_one_attack(self, drafts: list[_Draft], sentence: Span) -> list[_Draft]:
        """One attack told with several words is one event: "fired rockets ... killing
        one", "an air strike killed six", "shells that hit the market". Casualty words
        that only describe ("the 23 killed", "civilians were killed" beside an attack)
        give their numbers to the attack. Counts then join their event."""
        if not drafts:
            return drafts  # no event to fold or to give a count to
        cues = self.knowledge.cues
        casualty = self._casualty_lemmas
        assaults = [d for d in drafts if d.entry.event_type == "ASSAULT"]

        def rank(d: _Draft) -> tuple[bool, bool, int]:  # the best host sorts first
            return (d.head.lemma_ in casualty, d.head.pos_ != "VERB", d.head.i)

        host_of: dict[int, _Draft] = {}
        for draft in assaults:
            candidates = [o for o in assaults if o is not draft and _compatible(o, draft)
                          and (_near(o.head, draft.head) or (o.anchor != o.head and _near(o.anchor, draft.head)))]
            if draft.head.lemma_ in casualty and _describes_casualties(draft.head):
                candidates += [o for o in assaults if o is not draft and o.head.lemma_ not in casualty]
            if candidates:
                best = min([*candidates, draft], key=rank)
                if best is not draft:
                    host_of[id(draft)] = best
        kept: list[_Draft] = []
        for draft in drafts:
            host = host_of.get(id(draft))
            if host is None:
                kept.append(draft)
                continue
            while id(host) in host_of:
                host = host_of[id(host)]
            # a modifier inside the host's trigger that names no side is no party of the folded
            # word ("Air strikes ... killed 22": the subject "Air strikes" of "killed" gave its
            # capitalised "Air" as the doer, eval/actor_check_19.jsonl n 26); the trigger's head
            # word may stand for its doer ("A suicide bomber killed", "heavy artillery fire ...
            # killed"), and so may a side's word ("Terrorist attacks kill", "a regime barrel bomb")
            inside = set(range(host.trigger_start, host.trigger_end)) - {host.head.i}
            draft.actors = [t for t in draft.actors if t.i not in inside or self._phrase_names_a_side(t)]
            draft.recipients = [t for t in draft.recipients if t.i not in inside or self._phrase_names_a_side(t)]
            if draft.head not in host.recipients:
                host.actors = host.actors or draft.actors
            # else the folded word is what the host is done to ("a plan to eliminate Syrias
            # chemical weapons"): the word's possessor owns the thing, it does not do the deed
            # the folded word's targets are the same attack's: "eliminated terrorists in operations against al-Nusra"
            host.recipients = host.recipients + [t for t in draft.recipients if t not in host.recipients and t not in host.actors]
        for kind, number, word in casualty_counts(sentence, cues):
            target = _count_target(kept, word, kind)
            if target is not None and kind not in target.counts:
                target.counts[kind] = number
        return kept

    def _cooperation(self, drafts: list[_Draft]) -> list[_Draft]:
        """Acting jointly is cooperating: "a joint operation with the Syrian army",
        "Hezbollah along with the Syrian army is conducting operations"."""
        cues = self.knowledge.cues
        derived: list[_Draft] = []
        for draft in drafts:
            if draft.entry.event_type not in _MATERIAL_CONFLICT:
                continue
            joint = next((c for c in draft.head.children if c.dep_ == "amod" and c.lemma_ in cues.joint_markers), None)
            if joint is not None:
                partners = [r for r in draft.recipients if _preposition_of(r) in ("with", "between")]
                draft.recipients = [r for r in draft.recipients if r not in partners]
                if _preposition_of(draft.actors[0] if draft.actors else draft.head) == "between":
                    partners, draft.actors = draft.actors[1:] + partners, draft.actors[:1]
                draft.actors = draft.actors + [p for p in partners if p not in draft.actors]
                if draft.actors and partners:
                    coop = _Draft(_COOPERATION, joint.i, joint.i + 1, joint, draft.anchor, [a for a in draft.actors if a not in partners], partners, draft.modality)
                    derived.append(coop)
                continue
            if len(draft.actors) > 1 and any(_joined_by_accompaniment(a, cues) for a in draft.actors[1:]):
                marker = draft.actors[1]
                coop = _Draft(_COOPERATION, marker.i, marker.i + 1, marker, draft.anchor, draft.actors[:1], draft.actors[1:], draft.modality)
                coop.trigger_start, coop.trigger_end = _accompaniment_words(marker)
                derived.append(coop)
        return derived

    # -- building the record ----------------------------------------------------------

    def _event(self, draft: _Draft, sentence: Span, ents: list[Span], index: int, article: Article, offset: int,
               mentions: MentionResolver, places: ArticlePlaces | None, named: list[Place]) -> Event:
        doc = sentence.doc
        first, last = doc[draft.trigger_start], doc[draft.trigger_end - 1]
        trigger_span = (first.idx + offset, last.idx + len(last) + offset)
        when = self._date(draft, ents, article, offset)
        entry = draft.entry
        deed = draft.head if self._an_act_of_war(entry) else None
        actor = self._without_bylines(self._party_field(draft.actors, sentence, mentions, exclude=set(), deed=deed), entry.event_type)
        event = Event(
            event_id=stable_id(article.id, trigger_span[0], entry.event_type),
            article_id=article.id,
            sentence_index=index,
            sentence=self._quote(article, offset, sentence.start_char, sentence.end_char),
            sentence_span=(sentence.start_char + offset, sentence.end_char + offset),
            trigger=Trigger(self._quote(article, offset, first.idx, last.idx + len(last)), trigger_span, " ".join(entry.words)),
            event_type=entry.event_type,
            mode=entry.mode,
            context=list(entry.context),
            cameo_code=entry.cameo,
            acled_event_type=entry.acled_event_type,
            acled_sub_event_type=entry.acled_sub_event_type,
            modality=draft.modality,
            actor=actor,
            recipient=self._party_field(draft.recipients, sentence, mentions, exclude={t.i for t in draft.actors},
                                        things=entry.event_type in self.knowledge.cues.place_by_focus_types, attacker=actor),
            location=event_place([draft.head, draft.anchor], ents, self.knowledge.actors, article.text, offset, _party_tokens(draft), places,
                                 own_country=_actor_country(actor),
                                 targets=draft.recipients if entry.event_type in self.knowledge.cues.place_by_focus_types else [],
                                 named=named),
            fatalities=draft.counts.get("killed"),
            injured=draft.counts.get("injured"),
            arrested=draft.counts.get("arrested"),
            reported_by=attribution_for(draft.anchor, sentence, self.knowledge.cues, article.text, offset),
        )
        if when is not None:
            event.date, event.date_end, event.date_precision, event.date_span = when
        event.confidence = _confidence(draft)
        self._localise(event, mentions)
        return event

    def _an_act_of_war(self, entry: TriggerEntry) -> bool:
        """Whether a trigger is an act of war, whose state-word doer is the state's forces: its
        type and mode (descriptions.yaml war_event_modes) or, for the types that mix war with acts
        of law, its words (war_event_triggers: "retake", "besiege", "deploy"; not "ban", "arrest")."""
        base = self.knowledge.actors
        return name_key(f"{entry.event_type}/{entry.mode or ''}") in base.cue("war_event_modes") \
            or entry.event_type in ("COERCE", "MOBILIZE") and name_key(" ".join(entry.words)) in base.cue("war_event_triggers")

    def _is_city(self, token: Token, head: Token, event_type: str) -> bool:
        """A capital's name is its government when it speaks or acts ("Damascus denied"),
        but a place when it is bombed ("car bombs targeted Damascus") or names where talks
        are held ("the Astana talks"): then it is where the event is, not a party."""
        if not self.knowledge.actors.is_seat(token.text):
            return False
        if token.dep_ == "compound" and token.head == head:
            return True
        if event_type == "ASSAULT" and token.dep_ == "nsubj" and token.head.tag_ == "VBG" and token.head.dep_ == "pcomp":
            # "fired rockets on Damascus killing three civilians": the model made the capital
            # struck the subject of the gerund after it, which belongs to the outer clause
            return True
        return event_type == "ASSAULT" and token.dep_ in ("dobj", "pobj", "nsubjpass")

    def _without_bylines(self, actor: PartyField, event_type: str) -> PartyField:
        """A news outlet does not fight, arrest or retreat: named as the doer of such an
        event, it is the story's byline ("(TRT World and Agencies) A bomb blast ...")."""
        if event_type not in self.knowledge.cues.outlets_never_do:
            return actor
        media = self.knowledge.actors.media_ids()
        parties = [p for p in (actor if isinstance(actor, list) else [actor] if actor is not None else []) if p.entity_id not in media]
        return None if not parties else parties[0] if len(parties) == 1 else parties

    @staticmethod
    def _localise(event: Event, mentions: MentionResolver) -> None:
        """"31 civilians killed in Aleppo" are Syrian civilians: a party that names no
        country of its own takes the country of the place its sentence ties the event to."""
        place = event.location
        if place is None or not place.country or not (place.basis == "event" or place.basis == "sentence" and (place.precision or 4) <= 3):
            return
        if event.event_type in args.party_words().venue_event_types:
            return  # talks in Switzerland are where the parties met, not whose they are
        # an attacker may strike across a border ("rebels fired into Kilis"): the actor
        # takes the place's country only when the story gives it none
        for value, overrides in ((event.actor, False), (event.recipient, True)):
            for party in value if isinstance(value, list) else ([value] if value is not None else []):
                if overrides or not party.country:
                    mentions.localise(party, place.country, place.text)

    def _party_field(self, heads: list[Token], sentence: Span, mentions: MentionResolver, exclude: set[int],
                     things: bool | None = None, deed: Token | None = None, attacker: PartyField = None) -> PartyField:
        """``things``: None for actors; for recipients, whether the event happens on the
        ground, where buildings and objects hit are things too (not only held places).
        ``deed``: the trigger of an act of war the parties do, for which a state word is the
        state's forces (resolve/state_words.py forces_at_war). ``attacker``: the event's
        actor, whose own force an unowned site or weapon hit on the ground cannot be."""
        parties = [mentions.party(h, sentence, exclude) for h in heads]
        if deed is not None:
            parties = [mentions.forces_at_war(p, h, deed) for h, p in zip(heads, parties)]
        if things is not None:  # a thing keeps its words and span and resolves to no one
            parties = [Party(text=p.text, span=p.span) if self._is_thing(h, things) or (
                things and self._is_attackers_own_site(h, p, attacker)) else p for h, p in zip(heads, parties)]
            if things:
                hit = sentence.doc.user_data.setdefault(_HIT_BUILDINGS, set())
                hit.update(tuple(p.span) for h, p in zip(heads, parties) if p.entity_id is None and p.sector is None and self._is_building(h))
        if not parties:
            return None
        return parties[0] if len(parties) == 1 else parties

    def _is_thing(self, token: Token, on_the_ground: bool) -> bool:
        """A recipient that is a place, a building or an unmanned object is what the event
        is done to, not a party ("Airstrikes hit a school", "hit the Syrian capital",
        "Airstrikes on rebel-held east Aleppo"): the words that own or modify it name no one
        it stands for. A name ("the SDF") and a site of a side ("Daesh positions") are no
        things. A held place, a place named with a direction ("eastern Aleppo") and a
        material thing ("tents"), a place noun ("the Palestinian territories") and a town's
        name the gazetteer knows ("visited Hama") are things in any event; a building or a
        capital only in an event on the ground ("urged Western capitals" names governments)."""
        words, lemma = args.party_words(), token.lemma_.lower()
        if _is_common_noun(token) and (on_the_ground and lemma in words.struck_things or lemma in args.PLACE_NOUNS | words.land_nouns):
            # a place noun is a place in any event ("a visit to the Palestinian territories"),
            # a building or an object only in an event on the ground ("urged Western capitals")
            return not any(c.dep_ == "appos" for c in token.children)
        if on_the_ground and args.is_civil_place(token):
            return True  # "shelling on civilian locations": a place hit, its people unnamed (actor_check_37 n 78)
        if self._is_site_of_no_side(token):
            return True  # "missile strikes on a Syrian airfield": a site hit, no force named
        if on_the_ground and self._is_side_of_a_place(token):
            return True  # "The Israeli side is hit by stray rounds": the Israeli-held ground, where
        if on_the_ground and args.is_unowned_equipment(token, self.knowledge.actors):
            return True  # "destroyed two tanks", "shot down a helicopter": whose, the phrase does not say
        if args.is_made_thing(token):
            return True  # "equipped with 30 American-made vehicles": who made it, not whose
        if args.is_struck_facility(token, self._is_attack_word):
            return True  # "condemned air raids on four hospitals", "denied bombing hospitals": the buildings hit
        if on_the_ground and args.is_gathering(token):
            return True  # "an attack targeting a party": the occasion hit, not a political party
        if on_the_ground and args.is_hit_facility(token):
            return True  # "the police station was targeted": the building hit, not the police (actor_check_23 n 58)
        if args.is_entered_facility(token):
            return True  # "a rocket slammed into a hospital": the building hit, in any event type
        if on_the_ground and args.is_named_facility(token):
            return True  # "fired a mortar shell on al-Furqan School for Basic Education": the building hit
        if on_the_ground and self._is_part_of_a_building(token):
            return True  # "a school complex", "the hospital building": the building hit
        if on_the_ground and self._is_named_or_located_site(token):
            return True  # "the government stronghold of Qardaha", "a blast at an opposition checkpoint"
        if args.is_terrain_name(token):
            return True  # "clash on Qalmoun Barrens", "occupied the Golan Heights": a stretch of land
        if on_the_ground and args.is_territory_of_a_part(token):
            return True  # "seized large parts of Syria and Iraq": the ground taken
        if on_the_ground and self._is_struck_country(token):
            return True  # "US missile strikes on Syria": the country struck is where, not who
        if args.is_material_thing(token) or args.is_directed_place(token, self.knowledge.actors):
            return True  # "burned tyres", "air raids on east Aleppo": a thing, a place
        if self._is_place_name(token):
            # "rockets hit al-Fouaa": where the event is, its people unnamed; in any event, a
            # town is where it happens ("ambassadors visited Hama"), not the side met
            return True
        return args.is_held_place(token, self.knowledge.cues, self.knowledge.actors)

    @staticmethod
    def _is_building(token: Token) -> bool:
        """A facility named by a common noun or by its own name ("a hospital", "al-Razi Hospital")."""
        return args.is_hit_facility(token) or args.is_named_facility(token)

    @staticmethod
    def _one_reading_of_hit_buildings(events: list[Event], hit: set[tuple[int, int]]) -> list[Event]:
        """One span, one reading: "A hospital supported by Doctors Without Borders (MSF) ... was
        hit by Russian air strikes" codes the support and the strike, and the hospital is the
        recipient of both. Hit, it is a building, a place (ACTORS.md, a named facility that is
        hit); the support event must not read the same words as Health Workers. A building that
        an event on the ground hits in a sentence is a thing in every event of that sentence."""
        if not hit:
            return events
        for event in events:
            value = event.recipient
            parties = value if isinstance(value, list) else [value] if value is not None else []
            things = [Party(text=p.text, span=p.span) if tuple(p.span) in hit else p for p in parties]
            if parties and things != parties:
                event.recipient = things[0] if len(things) == 1 else things
        return events

    def _is_attackers_own_site(self, token: Token, party: Party, attacker: PartyField) -> bool:
        """A site or a weapon hit on the ground whose phrase names no owner ("artillery
        positions", "a number of mortar launchers") that the resolver gave the very force
        that hits it: "Army units ... destroyed a number of mortar launchers and artillery
        positions" are the foe's, a force does not destroy its own positions, so they are a
        thing, as an unowned site is (ACTORS.md, places and things). A site named by its
        force ("regime positions", "army checkpoints") keeps that force."""
        if token.pos_ != "NOUN" or not (_noun_forms_of(token) & args.party_words().side_sites or args.is_equipment(token)):
            return False
        if party.sector is None or not any(
                (a.entity_id, a.country, a.sector) == (party.entity_id, party.country, party.sector)
                for a in (attacker if isinstance(attacker, list) else [attacker] if attacker is not None else [])):
            return False
        return not self._site_names_its_owner(token)

    def _site_names_its_owner(self, token: Token) -> bool:
        """Whether a site's or a weapon's phrase names whose it is: a possessive, an owner
        after it ("tanks belonging to the militants", "positions of the regime") or a word
        before it for a side, a state or a known name ("army checkpoints", "Syrian tanks").
        A weapon's own word ("artillery" of "artillery positions") names no owner."""
        base = self.knowledge.actors
        if any(c.dep_ == "poss" for c in token.children) or args.equipment_owner(token, base) is not None:
            return True
        if any(c.dep_ == "prep" and c.lower_ in args.party_words().owner_prepositions for c in token.children):
            return True
        start, _ = args.party_bounds(token)
        return any(not args.is_equipment(w) and (self._sector_of(w) is not None or base.lookup(w.text) is not None
                                                or name_key(w.text) in base.adjectives)
                   for w in token.doc[start:token.i])

    def _body_named_before(self, token: Token) -> bool:
        """Whether a word before a place or building noun names a body whose place it is
        ("the Syrian military media center released a video": the centre is the army's
        outlet, a body that acts). Another place or building noun before it ("Hospitals
        schools") names none."""
        base, struck = self.knowledge.actors, args.party_words().struck_things
        start, _ = args.party_bounds(token)
        return any(w.lemma_.lower() not in struck and (self._sector_of(w) is not None or base.lookup(w.text) is not None
                                                        or name_key(w.text) in base.adjectives)
                   for w in token.doc[start:token.i])

    def _is_side_of_a_place(self, token: Token) -> bool:
        """A part of a territory named by a common noun with only a demonym or a direction
        before it ("the Israeli side", "the Syrian side of the border", "the eastern part")
        is ground that an attack hits, not the state or force that holds it."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in args.party_words().place_parts:
            return False
        return all(c.dep_ in ("det", "amod", "prep", "punct") for c in token.children) and not any(
            c.dep_ == "amod" and self._sector_of(c) is not None for c in token.children)

    def _is_struck_thing(self, token: Token) -> bool:
        """A building, a place or an unmanned object named by a common noun ("a hospital",
        "the camp"), which an attack or a seizure can hit but which does neither: parsed as
        the doer ("struck a market a hospital and a village", the commas lost) it is no party."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in args.party_words().struck_things:
            return False
        return args.named_part(token, self.knowledge.actors) is None

    def _is_part_of_a_building(self, token: Token) -> bool:
        """A target noun ("complex", "building", "compound") whose compound modifier is a
        civil building or place ("school", "hospital", "market") names that building: a
        thing hit, not the people or the sector the building serves ("a school complex" is
        no school staff). Sites of a side ("an army compound") keep their side."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.knowledge.cues.non_party_targets:
            return False
        struck = args.party_words().struck_things | args.party_words().mission_buildings  # "the embassy compound"
        return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in struck for c in token.children)

    def _is_named_or_located_site(self, token: Token) -> bool:
        """A site of a side ("stronghold", "checkpoint", "base") stands for the side when it
        is what is hit ("strikes on Daesh positions"), but not when the phrase names it as a
        place: by the place's name after "of" ("the government stronghold of Qardaha") or
        by a locative preposition that says where the event was ("a car bomb blast at an
        opposition checkpoint", "an attack near an army base"); "fired missiles at a base" aims."""
        words = args.party_words()
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in self.knowledge.cues.non_party_targets or lemma in words.direction_words:
            return False  # "against Islamic State east of Palmyra": a direction says where the group is
        if token.dep_ == "pobj" and token.head.lower_ in words.locative_prepositions and token.head.head.lemma_.lower() not in words.aiming_verbs:
            return True  # "killed in a blast at a checkpoint"; but "fired missiles at a base" aims at it
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                named = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if named is not None and named.pos_ == "PROPN" and (named.ent_type_ in ("GPE", "LOC", "FAC") or self._is_place_name(named)):
                    return True
        return False

    def _is_struck_country(self, token: Token) -> bool:
        """A bare country's name after "on" that hangs on an event noun ("strikes on Syria",
        "a US attack on Iraq") is the land struck, as "strikes on Aleppo" is a town: a
        place, which names no side of its own; so is a country joined to it ("strikes on Syria
        and Iraq", eval/actor_check_20.jsonl n 7). A country with a word for a side ("strikes
        on Syrian forces") or the object of a verb ("attacked Syria") is left to the resolver."""
        node = token
        while node.dep_ == "compound" and node.head.i > node.i:
            node = node.head  # "strikes on Syria chief of staff said": a headline run into a byline
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head  # "strikes on Syria and Iraq": a conjunct hangs on the first country, not on "on"
        if token.pos_ == "PROPN" and args.is_debated_strike_object(node):
            return _is_lone_country(token, self)  # "voted against bombing Syria": the land a strike would hit
        if token.pos_ == "PROPN" and node.dep_ == "pobj" and node.head.lower_ in args.party_words().reach_prepositions:
            noun = node.head.head  # "strikes into Syria", "extended its airstrikes ... into Syria": where they reached
            if noun.pos_ == "VERB":
                noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
        elif token.pos_ != "PROPN" or node.dep_ != "pobj" or node.head.lower_ not in ("on", "upon"):
            return False
        else:
            noun = node.head.head
        if noun.pos_ != "NOUN" or not (self._is_event_noun(noun) or args.is_event_word(noun, self._event_lemmas)):
            return False
        start, end = args.party_bounds(token)
        return end - start == 1 and self._names_a_country(token)

    def _date(self, draft: _Draft, ents: list[Span], article: Article, offset: int) -> tuple[str | None, str | None, str | None, tuple[int, int] | None] | None:
        if draft.modality == "habitual":
            return None
        future = draft.modality == "intended"
        tied = [e for e in ents if e.label_ in ("DATE", "TIME") and _attached(e.root, draft.anchor)]
        relative = any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in draft.anchor.children)
        others = [] if relative else [e for e in ents if e.label_ == "DATE" and e not in tied]
        for ent in tied + others:
            when = resolve_date(self._quote(article, offset, ent.start_char, ent.end_char), article.published, future)
            if when is None:
                continue
            if draft.modality in ("asserted", "negated") and article.published and when.date and when.date > article.published[:10]:
                continue  # what is told as done is not after the story: "(updated 2042 ...)" is a time
            return when.date, when.date_end, when.precision, (ent.start_char + offset, ent.end_char + offset)
        if article.published:
            return article.published[:10], None, "publication", None
        return None


def _is_lone_country(token: Token, coder: "Coder") -> bool:
    """A country's name alone, no other words in its phrase."""
    start, end = args.party_bounds(token)
    return end - start == 1 and coder._names_a_country(token)


def _as_list(value: PartyField) -> list[Party]:
    """An event's actor or recipient field as a list of parties."""
    return value if isinstance(value, list) else [value] if value is not None else []


def _is_common_noun(token: Token) -> bool:
    """A common noun, also one a headline's context made the model tag a name although it
    is written in lower case ("Syria air strike on jihadist camp kills 18": "camp" PROPN)."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower


# Events that destroy, seize or hit what they are done to: equipment named with its owner
# after it is the owner's loss ("destroyed tanks belonging to the militants").
_LOSS_TYPES = frozenset({"ASSAULT", "COERCE"})

# Sectors of a state's own forces and bodies, whose country an attacker carries abroad.
_STATE_FORCES = frozenset({"MIL", "GOV", "COP", "SPY"})

# Events of moving people or forces: a building or a place does not flee or deploy ("Hospitals
# schools and people fleeing violence have been targeted": the buildings are what was hit).
_MOVING_TYPES = frozenset({"RETREAT", "MOBILIZE"})
# Event types of deals, meetings and aid, whose modifiers often say what they are about
# ("a refugee deal", "a family visit") rather than who made them (Coder._is_topic_of_the_deal).
_DEAL_TYPES = frozenset({"AGREE", "CONSULT", "AID"})

_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


def _situation_forms(head: Token) -> set[str]:
    """The forms a situation noun may be listed under: its lemma and text, and the word it
    ends when the tokenizer split a hyphenated word ("cease-fire" is "cease", "-", "fire")."""
    forms = {head.lemma_.lower(), head.lower_}
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].whitespace_ == "":
        forms |= {doc[head.i - 2].lower_ + "-" + head.lower_, doc[head.i - 2].lower_ + head.lower_}
    return forms


def _noun_forms_of(token: Token) -> set[str]:
    """A noun's lemma and its lowercase text ("airbases" may keep its plural as lemma)."""
    return {token.lemma_.lower(), token.lower_}


def _is_place_noun(token: Token) -> bool:
    """A common noun for a place ("rocket shells fell on al-Midan neighbourhood", parsed
    as its subject; "the Damascus suburb of Daraya which fell"): where an event on the
    ground happens, never who does it."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in args.PLACE_NOUNS


def _names_its_doer(head: Token) -> bool:
    """A casualty participle with its doer after "by" ("126 people killed by opposition
    shelling") tells a deed, not only who is dead ("the 23 killed")."""
    return head.dep_ == "acl" and head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children)


def _is_count_of_the_object(token: Token) -> bool:
    """A bare number parsed as the subject of a verb that has an object ("saw at least one
    destroyed incubator": "one" counts the incubators, "destroyed" is an adjective the model
    took for a verb). People counted by a bare number are victims ("one killed") or carry
    their noun or "of" ("three of them attacked"); a number with a determiner ("the two") may
    name people already told of, and stays."""
    if token.pos_ != "NUM" or token.dep_ != "nsubj" or any(c.dep_ in ("prep", "det") for c in token.children):
        return False
    verb = token.head
    return verb.i == token.i + 1 and any(c.dep_ == "dobj" for c in verb.children)


def _is_reference(draft: _Draft) -> bool:
    """"the operation", "the offensive" with nothing of its own: a mention of an event
    told elsewhere, not a new event (incidents join such mentions later)."""
    head = draft.head
    return (
        draft.entry.pos == "NOUN" and draft.anchor == head and not draft.actors and not draft.recipients
        and any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children)
        and not any(c.dep_ in ("nummod", "amod", "compound") for c in head.children if c.ent_type_ in ("NORP", "GPE", "ORG"))
    )


def _is_score(token: Token) -> bool:
    """A result in figures ("beat Switzerland 3-0", "winning 6-3, 6-4"): a number, a dash
    and a number that count nothing. A range that counts people or things ("killed 10-15
    people") is no score, and a score that counts another result ("beat fans after the 3-0
    defeat") is that result's, not the trigger's; the model may take a team's name for
    what the first number counts ("Switzerland 3"), so a name does not count, unless it
    is a month's ("on 2-3 October": days)."""
    doc = token.doc
    if not (token.like_num and token.text.isdigit() and len(token.text) <= 2 and token.i + 2 < len(doc)):
        return False
    dash, second = doc[token.i + 1], doc[token.i + 2]
    if dash.text not in ("-", "–") or dash.whitespace_ or token.whitespace_ or not (second.text.isdigit() and len(second.text) <= 2):
        return False
    counted = token.head if token.dep_ == "nummod" else None
    return counted is None or counted.pos_ == "PROPN" and not args.is_calendar_word(counted)


def _own_clause(head: Token) -> list[Token]:
    """The words of a verb's own clause and of the clauses that say how it went (", winning
    6-3, 6-4"), not those of a clause that describes one of its nouns ("fans who watched the
    3-0 win") or reports a speech."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        node = stack.pop()
        kept.append(node)
        stack.extend(c for c in node.children if c.dep_ not in ("relcl", "acl", "ccomp", "parataxis"))
    return kept


def _clause_of(token: Token) -> Token:
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return node


def _mentions_label(prep: Token, cues: Cues) -> bool:
    lemmas = [t.lemma_.lower() for t in prep.subtree]
    if any(lemma in cues.pejorative_labels for lemma in lemmas):
        return True
    return any(f"{a} {b}" in cues.pejorative_labels for a, b in zip(lemmas, lemmas[1:]))


_CLAUSE_LINKS = frozenset({"ccomp", "parataxis", "advcl"})


def _near(a: Token, b: Token) -> bool:
    """Are two words parts of one description: one governs the other within three
    links, through nouns and prepositions only ("fired dozens of rockets") or through a
    participle or a coordinated verb ("attacked ... and killed 35", ", killing six")?"""
    for top, low in ((a, b), (b, a)):
        node, steps = low, 0
        while steps < 3 and node.head != node:
            if node.dep_ in _CLAUSE_LINKS and not (node.dep_ == "advcl" and node.tag_ == "VBG"):
                break
            node, steps = node.head, steps + 1
            if node == top:
                return True
            if node.pos_ in ("VERB", "AUX"):
                break
    return False


def _compatible(a: _Draft, b: _Draft) -> bool:
    """Two actors named for two words mean two events ("X shelled A and Y bombed B")."""
    return not (a.actors and b.actors and {t.i for t in a.actors}.isdisjoint({t.i for t in b.actors}))


def _describes_casualties(word: Token) -> bool:
    """"the 23 killed", "civilians killed", or a passive with no doer ("were killed")."""
    if word.dep_ in ("acl", "amod", "attr", "acomp", "pobj", "nsubj", "dobj"):
        return True
    return word.tag_ == "VBN" and not any(c.dep_ == "agent" for c in word.children)


def _count_target(drafts: list[_Draft], word: Token, kind: str) -> _Draft | None:
    """The event a count belongs to: the one it is syntactically part of, else the only
    event of the fitting type in the sentence — unless the count sits in a relative
    clause, which describes something else ("the war, which has claimed 400000 lives")."""
    if not drafts:
        return None
    for draft in drafts:
        if draft.head == word or draft.head.is_ancestor(word) or word.is_ancestor(draft.head) or word.head == draft.anchor:
            return draft
    if any(node.dep_ == "relcl" for node in [word, *word.ancestors]):
        return None
    wanted = ("COERCE",) if kind == "arrested" else ("ASSAULT",)
    candidates = [d for d in drafts if d.entry.event_type in wanted]
    return candidates[0] if len(candidates) == 1 else None


def _attached(token: Token, anchor: Token, steps: int = 3) -> bool:
    node = token
    for _ in range(steps):
        if node.head == node:
            return False
        node = node.head
        if node == anchor:
            return True
    return False


def _preposition_of(token: Token) -> str | None:
    """The preposition that introduces ``token`` (through conjuncts: "between A and B")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.head.lower_ if token.dep_ == "pobj" else None


def _joined_by_accompaniment(token: Token, cues: Cues) -> bool:
    node = token.head
    while node.dep_ in ("prep", "pcomp") and node.head != node:
        if args.accompaniment(node, cues) == token:
            return True
        node = node.head
    return args.accompaniment(node, cues) == token if node.dep_ == "prep" else False


def _accompaniment_words(partner: Token) -> tuple[int, int]:
    """Token range of the preposition words before the partner ("along with")."""
    start = partner.i
    node = partner.head
    while node.dep_ in ("prep", "pcomp") and node.i < start:
        start = node.i
        node = node.head
    while start < partner.i and partner.doc[start].dep_ not in ("prep", "pcomp", "advmod"):
        start += 1
    end = start
    while end < partner.i and partner.doc[end].dep_ in ("prep", "pcomp", "advmod"):
        end += 1
    return (start, end) if start < end else (partner.i, partner.i + 1)


def _vague(place: Place | None) -> bool:
    """No place, or only the country that the sentence happens to name."""
    return place is None or place.basis == "sentence" and place.precision == 4


def _same_party(one: PartyField, other: PartyField) -> bool:
    """Both name the same known actor: one entity, or one country's same sector."""
    if not isinstance(one, Party) or not isinstance(other, Party):
        return False
    if one.entity_id and one.entity_id == other.entity_id:
        return True
    return bool(one.country and one.sector) and (one.country, one.sector) == (other.country, other.sector)


def _actor_country(actor: PartyField) -> str | None:
    first = actor[0] if isinstance(actor, list) and actor else actor
    return first.country if first is not None and not isinstance(first, list) else None


_NOT_PARTIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _in_brackets(token: Token) -> bool:
    """Is ``token`` inside round brackets in its sentence?"""
    # Token.sent and Doc.text walk the whole document: look back token by token instead
    doc = token.doc
    depth = 0
    for i in range(token.i - 1, max(-1, token.i - 80), -1):
        other = doc[i]
        if other.text == ")":
            depth -= 1
        elif other.text == "(":
            depth += 1
            if depth > 0:
                return True
        if other.is_sent_start:
            break  # the sentence's first word is read too: "(TRT World and Agencies) A bomb ..."
    return False


def _is_quantity(token: Token) -> bool:
    """Times, dates and amounts are never actors ("around 600 pm", "last week")."""
    return token.ent_type_ in _NOT_PARTIES


def _party_tokens(draft: _Draft) -> set[int]:
    """Token indices inside the actor and recipient phrases ("Lebanon's ... group")."""
    taken: set[int] = set()
    for head in draft.actors + draft.recipients:
        start, end = args.party_bounds(head)
        taken.update(range(start, end))
    return taken


def _unique(tokens: list[Token]) -> list[Token]:
    seen: set[int] = set()
    return [t for t in tokens if not (t.i in seen or seen.add(t.i))]


def _confidence(draft: _Draft) -> float:
    """A plain score in 0..1 from what the parse gave: a clause verb, an actor, a recipient."""
    score = 0.45
    if draft.actors:
        score += 0.2
    if draft.recipients:
        score += 0.15
    if draft.anchor != draft.head or draft.head.pos_ == "VERB":
        score += 0.1
    elif not draft.actors and not draft.recipients:
        score -= 0.15
    return max(0.05, min(0.95, score))
