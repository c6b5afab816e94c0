"""State words at arms: whether a state word acting in a sentence — "Syria", "Russia", "the
regime", "the government", "Damascus", "Moscow", "it" of a state — is its military or its
government.

``StateWordRules`` decides it from the sentence: a bare country that bombs, shells, strikes or
carries out military actions ("Russia has been carrying out airstrikes"), is their agent ("bombed
by Russia"), is accused of them or does them in a relative clause; a state word that names whose
strike it is ("Russian airstrikes", "government siege", "regime forces"); a side in a battle
("fighting between the regime and rebels"); the state's aircraft ("the regime jet fighters"). ``forces_at_war`` decides it from the event instead: the coder hands it each state
word that does an act of war it found ("the regime continues its assault", "a campaign waged by
Turkey"), so the convention holds whatever the construction. It
is a mixin of ``polybius.resolve.mentions.MentionResolver``, kept apart so that mentions.py reads
names, descriptions and sectors and this module reads the acts of arms that make a state word its
forces; it relies on the resolver's article and methods (see the class docstring) and never
imports mentions.py. Its last section reads sides of a conflict where the setting is not a
state's own war: a land with no armed forces (descriptions.yaml lands_without_armed_forces) or
no known air force owns no unowned "helicopters", "tanks" or "the army" ("Apache combat
helicopters struck Gaza City" are Israel's, the state the article named at arms), and its people
are civilians one by one ("Another Palestinian was killed") or armed men when they shoot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from polybius.model import Party
from polybius.resolve.actors import _national_phrase
from polybius.resolve.forces import story_at_arms
from polybius.resolve.names import name_key
from polybius.resolve.pronouns import _BARE_FORCES, _FIELDS

if TYPE_CHECKING:
    from polybius.resolve.actors import ActorBase

# Sectors of a target that makes "attacked"/"targeted" political, not armed ("attacked the government").
_POLITICAL_SECTORS = frozenset({"GOV", "OPP", "LEG", "JUD", "PTY", "JRN", "IGO"})


class StateWordRules:
    """State-word rules, mixed into ``MentionResolver`` (a slots dataclass, hence
    ``__slots__ = ()``). Entry points, all called from ``MentionResolver.party``: ``_fights`` (a
    bare country acting with its forces), ``_attacks_with`` ("Russian airstrikes"),
    ``_state_word_of_arms`` ("government siege", "regime forces"), ``_shared_action`` and
    ``_deed_of_subject`` (the military action that says which force acted), ``_side_in_battle``
    ("fighting between the regime and rebels") and ``_a_state_words_aircraft`` ("the regime jet
    fighters"); from the event coder, ``forces_at_war`` (a state word doing an act of war the
    coder found); ``_agent_of_arms`` and ``_between_what`` serve the opposition rules too, and
    ``_clause_of_arms`` the pronouns.

    It relies on the class that inherits it for the article's state — ``base`` and ``doc`` —
    and for these methods of mention resolution: ``_kind`` (the kind of a base entity),
    ``_is_military_action`` (a military_nouns or attack_nouns noun), ``_from_the_air``,
    ``_ground`` (an object of taking that is ground), ``_push_for_ground``, ``_action_in``
    ("wounded in airstrikes"), ``_action_named_after`` (the action named just after a state word),
    ``_noun_of_the_demonym``, ``_a_national_government`` (fields that are a state's government)
    and ``_arms_of_state`` (the fields of the state's force that does an action).
    """

    __slots__ = ()

    if TYPE_CHECKING:
        base: ActorBase
        doc: Doc

        def _kind(self, entity_id: str) -> str | None: ...
        def _is_military_action(self, noun: Token) -> bool: ...
        def _from_the_air(self, noun: Token) -> bool: ...
        def _ground(self, noun: Token) -> bool: ...
        def _push_for_ground(self, noun: Token, verb: Token | None = None) -> bool: ...
        def _action_in(self, verb: Token) -> Token | None: ...
        def _action_named_after(self, head: Token) -> Token | None: ...
        def _noun_of_the_demonym(self, head: Token) -> Token: ...
        def _a_national_government(self, fields: dict[str, Any]) -> bool: ...
        def _arms_of_state(self, iso3: str, head: Token, noun: Token | None = None) -> dict[str, Any]: ...
        def _action_by(self, head: Token) -> Token | None: ...
        def _an_aircraft(self, head: Token) -> bool: ...
        @property
        def known(self) -> list[Any]: ...

    def forces_at_war(self, party: Party, head: Token, deed: Token) -> Party:
        """The doer of an act of war that the event coder found (``deed``, its trigger), when a
        state word names it, is the state's forces: "the regime continues its assault", "targeted
        by both the regime and its Russian ally", "a campaign waged by Turkey", "areas the
        government has retaken" (eval/ACTORS.md: a state word at war is its military; blind checks
        37 n 47, 76, 90, 38 n 18, 47, 74, 40 n 13). The sentence rules read the state word's own
        syntax; this reads the event, so the convention holds whatever the construction. A person,
        a title, a named body other than the state's government, a state named where no doer
        stands ("in support of its ally Damascus"), a state that only asks for,
        brokers or backs the act, one that fights no armed foe ("fought back against the
        sanctions") and one that attacks a state, a person or words keep their resolution; so does a party of no act of war (the
        coder decides which events are: descriptions.yaml war_event_modes, war_event_triggers)."""
        if party.sector != "GOV" or not party.country:
            return party
        if not self._a_national_government({"entity_id": party.entity_id, "country": party.country}) \
                or not self._a_state_word(head) or not self._placed_as_a_doer(head) or self._asks_for_the_deed(head, deed) \
                or self._an_unarmed_foe(self._foes(deed)) or self._attacks_by_word(deed):
            return party
        if self._not_at_arms(party, head, deed):
            return party
        fields = self._arms_of_state(party.country, head, deed)
        return Party(text=party.text, span=party.span, antecedent=party.antecedent, **{k: fields.get(k) for k in _FIELDS})

    def _not_at_arms(self, party: Party, head: Token, deed: Token) -> bool:
        """Whether a deed the coder read as war is none, or its doer no state (News Articles
        checks, 2016-17 world news): a story that names no armed people at all ("China's
        priorities include eliminating financial risks"; forces.py story_at_arms); a pronoun
        that stands for a person or a title ("the president and his press secretary said they
        will fight the ruling in court": people, not the state); a deed done to a company or
        thing of law ("companies have been seized by the government", "targets parents with
        religion rules"), or to an act ("the two governments will target reaching a deal")."""
        if not story_at_arms(self.doc, deed, self.base):
            return True
        if head.pos_ == "PRON" and party.antecedent and self._names_a_person(party.antecedent):
            return True
        return self._done_in_peace(deed)

    def _done_in_peace(self, deed: Token) -> bool:
        """Whether a deed is done to, or with, a thing of peace (``_a_thing_of_peace``): its
        objects, its passive subject ("companies have been seized") and what it is done "with",
        hung on the deed or on its object ("targets parents with new religion rules")."""
        foes = self._foes(deed) + [c for c in deed.children if c.dep_ == "nsubjpass"]
        foes += [o for f in list(foes) for p in f.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj"]
        return any(self._a_thing_of_peace(foe) for foe in foes)

    def _names_a_person(self, text: str) -> bool:
        """Whether an antecedent's words end in a title or name a person of the base ("the
        president", "White House press secretary", "Donald Trump")."""
        words = text.split()
        if words and name_key(words[-1]) in self.base.titles:
            return True
        entity = self.base.lookup(text)
        return entity is not None and entity.kind == "person"

    def _a_thing_of_peace(self, foe: Token) -> bool:
        """Whether what a deed is done to is no armed foe and no ground: a business ("600
        companies were seized": sectors.tsv BUS), a thing of law or money (descriptions.yaml
        peaceful_objects: "rules", "risks", "assets") or an act ("target reaching a deal")."""
        if foe.pos_ in ("VERB", "AUX") or foe.tag_ == "VBG":
            return True
        keys = {name_key(foe.lemma_), name_key(foe.text)}
        if keys & self.base.cue("peaceful_objects"):
            return True
        term = next((self.base.sectors[k] for k in keys if k in self.base.sectors), None)
        if term is None or term.sector != "BUS":
            return False
        # "private military contractors", "security firms": armed men for hire, no business
        words = [t.text for t in foe.subtree if t.i <= foe.i]
        phrase = name_key(" ".join(words))
        return not any(self.base.sectors.get(phrase[i:].strip()) is not None and self.base.sectors[phrase[i:].strip()].sector != "BUS"
                       for i in range(len(phrase)) if i == 0 or phrase[i - 1] == " ") \
            and "military" not in {name_key(w) for w in words}

    def _a_state_word(self, head: Token) -> bool:
        """Whether a mention's head names a state itself, not one of its people: a pronoun, a
        country, demonym or seat of power ("Turkey", "Russian", "Moscow"), or a state noun ("the
        regime", "its ally": descriptions.yaml war_state_nouns)."""
        if head.pos_ == "PRON":
            return True
        if head.ent_type_ == "PERSON" or name_key(head.lemma_) in self.base.titles:
            return False
        if head.pos_ in ("PROPN", "ADJ") and (self.base.country_of(head.text) is not None or self.base.is_seat(head.text)):
            return True
        return bool({name_key(head.lemma_), name_key(head.text)} & self.base.cue("war_state_nouns"))

    def _attacks_by_word(self, deed: Token) -> bool:
        """Whether "attack", "target", "hit" has a state, a person or words for its object
        ("Russia attacked the United States over its strikes", "Moscow attacked the report"):
        an attack by words, as in _attacks_a_target; a place or a thing is struck by arms."""
        if deed.lemma_.lower() not in self.base.cue("armed_attack_verbs"):
            return False
        for obj in (c for c in deed.children if c.dep_ == "dobj"):
            term = self.base.sectors.get(name_key(obj.lemma_))
            if obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN" and self.base.country_of(obj.text) is not None \
                    or name_key(obj.lemma_) in self.base.cue("word_objects") or term is not None and term.sector in _POLITICAL_SECTORS:
                return True
        return False

    @staticmethod
    def _placed_as_a_doer(head: Token) -> bool:
        """Whether the state word stands where a doer stands: a subject, the agent after "by" (or
        the side after "alongside"), or the owner before an action noun ("its campaign", "regime
        artillery"), itself or as a conjunct or apposition of one. Not a state named inside
        another phrase ("air strikes in support of its ally Damascus targeting both IS": the
        parser makes Damascus the subject of "targeting", a participle hung on "support";
        forty-third blind check n 46)."""
        node = head
        while node.dep_ in ("conj", "appos") and node.head.i != node.i:
            node = node.head
        verb = node.head
        if node.dep_ == "nsubj" and verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") \
                and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
            # a bare participle hung on a noun has no subject of its own: the parse joined two
            # phrases ("concerns that the regime is planning to mount an attack" is a clause)
            return False
        if node.dep_ in ("nsubj", "csubj", "poss", "compound", "amod", "nmod", "npadvmod"):
            return True
        return node.dep_ == "pobj" and (node.head.dep_ == "agent" or node.head.lower_ in ("by", "alongside"))

    def _asks_for_the_deed(self, head: Token, deed: Token) -> bool:
        """Whether the state word does its own verb of asking, brokering or backing over the act
        of war ("the government requested the pilots to carry out strikes", "a freeze on fighting
        brokered by Moscow", "fighters backed by the United States are fighting"): descriptions.yaml
        war_asking_verbs. The state asks by word; whoever strikes is not named by that word."""
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "brokered by the United States and Russia": Russia's verb is the first's
        if head.dep_ in ("nsubj", "nsubjpass"):
            verb = head.head
        elif head.dep_ == "pobj" and head.head.dep_ == "agent":
            verb = head.head.head
        else:
            return False
        return verb.i != deed.i and verb.lemma_.lower() in self.base.cue("war_asking_verbs")

    @staticmethod
    def _between_what(head: Token, prepositions: tuple[str, ...]) -> Token | None:
        """The noun whose sides the mention is one of, after one of ``prepositions``: "fighting"
        in "fighting between the regime and rebels", read from the list's first side when the
        mention is a later conjunct; None when the mention is no such side."""
        node = head
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head  # "between rebels and the regime": the regime is the first side's conjunct
        if node.dep_ != "pobj" or node.head.lower_ not in prepositions:
            return None
        return node.head.head

    def _fights(self, head: Token, start: int, end: int) -> bool:
        """A bare country that bombs, shells or carries out strikes acts with its forces
        ("Israel had struck", "Russia has been carrying out airstrikes")."""
        subject = head
        while subject.dep_ == "conj" and subject.head.i < subject.i:
            subject = subject.head  # "the US and Arab allies had resumed bombing raids" (dev 2301, n 41)
        if self._agent_of_arms(subject):
            return True  # "raids carried out by its Russian ally", "bombed by Russia" (dev sample 2501, n 97)
        if end - start == 1 and self._accused_of_arms(subject):
            return True  # "Russia accused Belgium of killing six civilians in airstrikes" (nineteenth check n 51)
        if end - start == 1 and self._relative_clause_of_arms(subject):
            return True  # "backed by Moscow which stepped up its air strikes" (twenty-fourth check n 44)
        if end - start != 1 or subject.dep_ != "nsubj" or self.base.is_seat(head.text):
            return False
        verb = subject.head
        if verb.lemma_.lower() in self.base.cue("armed_attack_verbs"):
            # "China targets parents with religion rules": a target hit by law, not by arms
            return self._attacks_a_target(verb) and not self._done_in_peace(verb)
        return self._subject_of_arms(subject)

    def _subject_of_arms(self, subject: Token) -> bool:
        """Whether a subject shells, bombs or strikes (descriptions.yaml military_verbs), or
        launches, carries out or conducts a military action (military_support_verbs with a
        military_nouns object): "Israel launched raids", "the regime launched its offensive"."""
        if subject.dep_ != "nsubj":
            return False
        return self._clause_of_arms(subject.head)

    def _clause_of_arms(self, verb: Token) -> bool:
        """Whether a verb, or the verb it begins or goes on with ("began carrying out strikes",
        "continued to shell": an xcomp of a military_support_verbs verb), is an act of arms: a
        military verb, a verb of carrying out with a military_nouns object, or a deed of arms
        (twenty-second blind check n 56)."""
        if verb.lemma_.lower() in self.base.cue("military_support_verbs") | self.base.cue("attempt_verbs"):
            # "has been attempting to seize Al Maleh": the act tried is the act (twenty-eighth check n 97)
            done = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if done is not None and self._clause_of_arms(done):
                return True
        if verb.lemma_.lower() in self.base.cue("military_verbs"):
            return True
        if self._fought_or_taken(verb):
            return True
        if self._purpose_of_arms(verb):
            return True
        if verb.lemma_.lower() not in self.base.cue("military_support_verbs"):
            # "has killed 43 people in a shelling attack", "the Assad regime fired rockets filled with
            # Sarin gas": firing munitions is an act of arms too (table a0356 recoded to the army;
            # thirty-first blind check n 86)
            return self._deed_of_arms(verb) is not None
        return self._action_carried_out(verb) is not None

    def _purpose_of_arms(self, verb: Token) -> bool:
        """Whether a verb is done for a military end: its object is a drive for ground ("stepped up
        its campaign to retake the last stronghold": push_nouns; thirty-fifth blind check n 27), or
        its purpose clause ("to" advcl, or a "to" clause on its object) is an act of arms ("abandoned
        a ceasefire to launch their assault": thirty-sixth check n 74). Not an xcomp: "vowed to
        retake", "called on Russia to strike" are words."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(self._push_for_ground(o, verb) for o in objects):
            return True
        purposes = [c for c in verb.children if c.dep_ == "advcl"] + [c for o in objects for c in o.children if c.dep_ == "acl"]
        return any(c.pos_ == "VERB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                   and (c.lemma_.lower() in self.base.cue("military_verbs")
                        or self._deed_of_arms(c) is not None
                        or self._action_carried_out(c) is not None)
                   for c in purposes)

    def _action_carried_out(self, verb: Token) -> Token | None:
        """The military action a verb of carrying out (military_support_verbs) has as its object:
        a military_nouns one ("launched raids"), or an attack_nouns one from the air ("carried out
        renewed barrel bomb attacks": air_action_words before it; twenty-seventh check n 63). A bare
        "attack" stays out: "a chemical attack carried out by the regime" is the government's
        (eighth check n 89). None otherwise."""
        if verb.lemma_.lower() not in self.base.cue("military_support_verbs"):
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        nouns = self.base.cue("military_nouns")
        for o in objects:
            if name_key(o.lemma_) in nouns or name_key(o.text) in nouns or name_key(f"{o.doc[o.i - 1].text} {o.text}") in nouns:
                return o
            if self._is_military_action(o) and self._from_the_air(o):
                return o
        return None

    def _fought_or_taken(self, verb: Token) -> bool:
        """Whether a verb fights (descriptions.yaml state_fighting_verbs: "The regime is fighting to
        push rebels out", twenty-first check n 65), attacks a physical target (armed_attack_verbs:
        "The regime is intensively attacking rural areas", twenty-sixth check n 27), takes ground
        (state_capture_verbs with a place object: "Israel occupied the Golan Heights", twenty-seventh
        check n 30) or kills (state_harm_verbs: the regime "has killed thousands"): a state word
        that does so acts by its forces (eval/ACTORS.md)."""
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in self.base.cue("state_fighting_verbs"):
            foes = self._foes(verb)
            if self._an_unarmed_foe(foes):
                return False  # "fought back against the sanctions" is no fighting by arms
            # "the Syrian regime is fighting the Islamic State group": fighting any armed foe is war
            # by the state's forces (table a0008 recoded to the army; thirty-third blind check n 76)
            return self._an_operation(verb) or any(o.pos_ in ("NOUN", "PROPN", "PRON") for o in foes)
        if lemma in self.base.cue("armed_attack_verbs"):
            return self._attacks_a_target(verb)
        if lemma in self.base.cue("state_harm_verbs"):
            return bool(objects) and all(o.pos_ in ("NOUN", "NUM", "PRON") for o in objects)
        if lemma in self.base.cue("state_capture_verbs"):
            return any(self._ground(o) for o in objects)
        return False

    @staticmethod
    def _foes(deed: Token) -> list[Token]:
        """What a deed is done to: its objects, and the objects of "against"/"with" after it or
        after its particle ("fought back against the sanctions")."""
        foes = [c for c in deed.children if c.dep_ == "dobj"]
        foes += [o for p in deed.children if p.dep_ == "prep" and p.lower_ in ("against", "with") for o in p.children if o.dep_ == "pobj"]
        foes += [o for p in deed.children if p.dep_ == "prt" for q in p.children if q.dep_ == "prep" for o in q.children if o.dep_ == "pobj"]
        return foes

    def _an_unarmed_foe(self, foes: list[Token]) -> bool:
        """Whether one of ``foes`` is no armed foe: a policy, a law, a disease, words
        (descriptions.yaml unarmed_foes, word_objects)."""
        unarmed = self.base.cue("unarmed_foes") | self.base.cue("word_objects")
        return any(name_key(o.lemma_) in unarmed or name_key(o.text) in unarmed for o in foes)

    def _an_operation(self, verb: Token) -> bool:
        """Whether a verb of fighting names an operation: what it is for ("fighting to push rebels
        out": a "to" clause; table a0104, twenty-first check n 65) or where ("fighting for Aleppo",
        "fighting in the suburbs": ground after in, for, over, around, near). "The government is
        fighting a number of opposition forces" with neither says who is at war, which the table
        codes as the government (a0008)."""
        if any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
            return True
        return any(p.dep_ == "prep" and p.lower_ in ("in", "for", "over", "around", "near", "inside")
                   and any(o.dep_ == "pobj" and self._ground(o) for o in p.children) for p in verb.children)

    def _relative_clause_of_arms(self, head: Token) -> bool:
        """Whether a relative clause on the mention, whose subject is the relative pronoun, is an
        act of arms ("Moscow which stepped up its air strikes", "the regime, which shelled the
        town"): the mention is its subject as much as in a main clause (ACTORS.md; twenty-fourth
        blind check n 44)."""
        return any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that", "who") for s in c.children)
                   and self._clause_of_arms(c) for c in head.children)

    def _agent_of_arms(self, head: Token) -> bool:
        """Is the mention the agent ("by ...") of a military verb, or of a verb of carrying out
        whose object is a military noun ("raids carried out by its Russian ally")?"""
        if head.dep_ != "pobj" or head.head.lower_ != "by" or head.head.dep_ != "agent":
            return False
        verb = head.head.head
        if verb.lemma_.lower() in self.base.cue("military_verbs"):
            return True
        if verb.lemma_.lower() in self.base.cue("siege_verbs"):
            # "areas surrounded by the regime": a siege is laid by forces (thirty-fifth check n 37)
            return True
        if verb.lemma_.lower() in self.base.cue("state_harm_verbs") and self._action_in(verb) is None:
            # "126 people killed by opposition shelling", "civilians killed by Russia": whoever kills
            # in war fights (state_harm_verbs; twenty-second check n 70). With an action "in" which they
            # were killed, _action_by names the force (its air force for air strikes) instead
            return True
        if verb.lemma_.lower() in self.base.cue("firing_verbs"):
            # "shells fired by opposition groups": whoever fires munitions fights (eighteenth check n 30)
            fired = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
            # "dozens of rockets fired by ...": the kind after "of" is what was fired
            fired += [c for o in fired for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
            if any(name_key(o.lemma_) in self.base.cue("attack_nouns") or name_key(o.text) in self.base.cue("attack_nouns")
                   for o in fired):
                return True
        if verb.lemma_.lower() not in self.base.cue("military_support_verbs"):
            return False
        nouns = self.base.cue("military_nouns")
        done = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
        return any(name_key(o.lemma_) in nouns or name_key(o.text) in nouns for o in done)

    def _attacks_a_target(self, verb: Token) -> bool:
        """Whether "attack", "target", "hit" strike something physical ("Israel attacked a Syrian
        army post", "Russia targeted a hospital"), not a state, a person or words ("Russia
        attacked the report", "Moscow attacked Washington"): only then is the subject's force at work."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            return False
        for obj in objects:
            key = name_key(obj.lemma_)
            term = self.base.sectors.get(key)
            if obj.pos_ == "PROPN" or obj.pos_ == "PRON" or key in self.base.cue("word_objects") \
                    or (term is not None and term.sector in _POLITICAL_SECTORS):
                return False
        return True

    def _attacks_with(self, head: Token, start: int, end: int) -> bool:
        """A bare country or demonym that names whose strike, raid or shelling it is acts
        with its forces ("US strikes", "Russian airstrikes", "Israeli air raids")."""
        # an adverb beside the word says no more of whose ("purportedly American airstrikes", dev sample 2501, n 63)
        if sum(t.pos_ != "ADV" for t in self.doc[start:end]) != 1 \
                or not (head.dep_ in ("compound", "amod", "nmod", "poss", "conj") or _subject_noun_read_as_verb(head)) \
                or self.base.is_seat(head.text):
            return False
        # "Russian and Syrian airstrikes": the second demonym shares the first one's noun (base store, ninth round)
        noun, nouns = self._noun_of_the_demonym(head) if head.dep_ == "conj" else head.head, \
            self.base.cue("military_nouns") | self.base.cue("attack_nouns")
        return noun.i > head.i and any(name_key(words) in nouns for words in (noun.lemma_, noun.text, f"{noun.doc[noun.i - 1].text} {noun.text}")) \
            and (name_key(noun.text) not in self.base.cue("trade_words_of_arms") or story_at_arms(self.doc, noun, self.base))
        # "US multinational overseas operations" in a story of trade: a word of business too, and no arms named

    def _owned_fire(self, noun: Token) -> bool:
        """Whether ``noun`` is "fire" as an action (descriptions.yaml owned_fire_nouns) with its
        owner word ("government", "regime") the modifier just before it: "government fire" is
        shooting by the state's forces; "a government cease-fire" has "cease" before "fire"
        (table a0509), and "set fire to" has no owner word."""
        if noun.pos_ != "NOUN" or name_key(noun.text) not in self.base.cue("owned_fire_nouns") or noun.i == 0:
            return False
        before = noun.doc[noun.i - 1]
        return before.head.i == noun.i and before.dep_ in ("compound", "amod", "nmod") and before.pos_ in ("NOUN", "PROPN", "ADJ")

    def _state_word_of_arms(self, head: Token, end: int, fields: dict[str, Any]) -> bool:
        """Whether a state mention ("government", "regime", "the Assad regime") resolved to the
        state or its government body modifies a military action after it ("government siege",
        "Assad regime airstrikes": descriptions.yaml military_nouns and attack_nouns) or a force
        noun ("government forces"). A seat of power ("Damascus and opposition forces") is left
        out: it names the government that acts, as _attacks_with says."""
        entity = fields.get("entity_id")
        leader = entity is not None and self._kind(str(entity)) == "person" and head.ent_type_ == "PERSON" \
            and head.dep_ in ("compound", "amod") and self._is_military_action(head.head)
        # "Assad regime air strikes": the leader's name used as the state word before a military
        # action stands for the state, whose forces strike (twelfth blind check n 72), as "regime air strikes"
        if entity and not leader and (self._kind(str(entity)) == "person" or self.base.national.get((str(fields["country"]), "GOV")) is None
                       or self.base.national[(str(fields["country"]), "GOV")].entity_id != entity):
            return False  # a named body other than the state's government keeps its name
        if self.base.is_seat(head.text):
            return False
        if self._owned_fire(head) or head.head.i == head.i + 1 and self._owned_fire(head.head):
            return True  # "targeted by government fire": the state word's forces shoot (twenty-fourth check n 12)
        if self._gerund_of_arms_after(head, end):
            return True  # "in Syrian government shelling of a town", the parser reading "shelling" as a verb
        if head.i == end - 1 and self._action_named_after(head) is not None:
            return True  # "killed by Syrian regime airstrikes", the parser reading "airstrikes" as a verb
        if self._shared_action(head) is not None:
            return True  # "backed by regime and Russian air strikes": the regime's air strikes too
        if head.pos_ == "NOUN" and name_key(head.lemma_) not in self.base.titles \
                and (self._subject_of_arms(head) or self._relative_clause_of_arms(head)):
            # not a title ("US presidents have rarely attacked their predecessors"): a leader attacks by words
            # "the regime shelled the town", "the regime launched its offensive": by convention
            # (eval/ACTORS.md) a state word acting militarily is its military (fourteenth blind check n 18, 53)
            return True
        if self._shared_force(head):
            return True  # "Regime and Russian forces have violated the law": the regime's forces too
        if self._counted_with_fighters(head):
            return True  # "30 regime and 39 rebel fighters": the regime's fighters (thirty-fifth check n 67)
        if self._capture_of_ground(head):
            return True  # "the governments recapture of Aleppo": taking ground is done by forces (thirty-sixth check n 98)
        if not (head.dep_ in ("compound", "amod", "nmod") or _subject_noun_read_as_verb(head)) or head.head.i < end:
            return False
        return self._attacks_with(head, head.i, head.i + 1) or head.pos_ == "NOUN" and head.head.lower_ in _BARE_FORCES

    def _deed_of_arms(self, verb: Token, fired: bool = True) -> Token | None:
        """The military act a verb does, or None: the verb itself when it shells or bombs
        (descriptions.yaml military_verbs); the munition it fires ("dropping phosphorous bombs":
        firing_verbs with an attack_nouns object); the military action "in" or "with" which a verb
        of harm is done ("has killed 43 people in a revenge shelling attack": harm_verbs;
        twentieth blind check n 9, nineteenth n 51). ``fired`` False leaves out the munitions."""
        lemma = verb.lemma_.lower()
        if lemma in self.base.cue("military_verbs"):
            return verb
        if fired and lemma in self.base.cue("firing_verbs"):
            munitions = self.base.cue("attack_nouns")
            fired = next((c for c in verb.children if c.dep_ == "dobj"
                          and (name_key(c.lemma_) in munitions or name_key(c.text) in munitions)), None)
            if fired is not None:
                return fired
        if lemma in self.base.cue("harm_verbs"):
            # "killing civilians while partaking in coalition strikes": the action of the verb's
            # adverbial clause is the one the harm is done in (twenty-first blind check n 37)
            clauses = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
            for prep in (p for clause in clauses for p in clause.children):
                if prep.dep_ == "prep" and prep.lower_ in ("in", "with"):
                    action = next((c for c in prep.children if c.dep_ == "pobj" and self._is_military_action(c)), None)
                    if action is not None:
                        return action
        return None

    def _deed_of_subject(self, head: Token) -> Token | None:
        """The military action by which a subject's verb of harm is done ("the regime killed
        ten people in airstrikes": the airstrikes), which says which force acted; None otherwise."""
        if head.dep_ != "nsubj":
            return None
        deed = self._deed_of_arms(head.head)
        if deed is None:
            # "The government also carried out renewed barrel bomb attacks": the action carried out
            # says which force acted (twenty-seventh check n 63)
            deed = self._action_carried_out(head.head)
        return deed if deed is not None and deed.i != head.head.i else None

    def _accused_of_arms(self, head: Token) -> bool:
        """Whether the mention is accused or blamed (descriptions.yaml accusing_verbs) of an act
        of arms after "of" ("Russia has accused Belgium ... of killing six civilians in
        airstrikes"): as "Russia was accused of dropping phosphorous bombs" (ACTORS.md, a0190), the
        country is the military actor (nineteenth blind check n 51)."""
        if head.dep_ not in ("dobj", "dative", "nsubjpass") or head.head.lemma_.lower() not in self.base.cue("accusing_verbs"):
            return False
        verb = head.head
        deed = next((t for t in verb.subtree if t.i > head.i and t.dep_ == "pcomp" and t.head.lower_ == "of"
                     and t.tag_ == "VBG"), None)
        return deed is not None and self._deed_of_arms(deed) is not None

    def _shared_action(self, head: Token) -> Token | None:
        """"backed by regime and Russian air strikes": a bare state word joined to a military
        action that has its own owner word ("Russian") shares that action (coordination
        ellipsis; seventeenth blind check n 31). The action, or None."""
        if head.pos_ != "NOUN":
            return None
        for conj in (c for c in head.children if c.dep_ == "conj"):
            if self._is_military_action(conj) and any(
                    m.dep_ in ("amod", "compound") and m.i > head.i and name_key(m.text) in self.base.adjectives
                    for m in conj.children):
                return conj
        return None

    def _shared_force(self, head: Token) -> bool:
        """"Regime and Russian forces have violated human rights law": a bare state word joined to
        a force noun (descriptions.yaml shared_force_nouns, "forces") that has its own owner word
        ("Russian") shares that noun (coordination ellipsis), as "regime and Russian air strikes"
        share the strikes (_shared_action; sixtieth blind check n 72). Only where a doer stands
        (_placed_as_a_doer), and the owner word must be a state's demonym: "the regime and rebel
        forces agreed to a truce" names two sides, and the regime there is itself."""
        if head.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in head.children) or self._action_by(head) is not None:
            return False  # "airstrikes by the regime and Russian forces": the action says which force (_action_by)
        if not self._placed_as_a_doer(head):
            return False  # "called on the government and Russian forces to halt airstrikes": addressed by words
        nouns = self.base.cue("shared_force_nouns") | {"force", "forces"}
        for force in (c for c in head.children if c.dep_ == "conj" and c.i > head.i):
            if not (name_key(force.text) in nouns or name_key(force.lemma_) in nouns):
                continue
            owners = [m for m in force.children if m.dep_ in ("amod", "compound") and m.i > head.i]
            # only a state's demonym: "Syrian opposition forces" are another side ("a ceasefire between
            # the regime and Syrian opposition forces" names the regime itself)
            if owners and all(name_key(m.text) in self.base.adjectives for m in owners):
                return True
        return False

    def _counted_with_fighters(self, head: Token) -> bool:
        """"30 regime and 39 rebel fighters": a counted state word joined to a counted force noun
        (descriptions.yaml shared_force_nouns) shares that noun (coordination ellipsis), so it
        counts the state's fighters (thirty-fifth blind check n 67); so does one count before both
        ("70 regime and rebel fighters": thirty-eighth check n 83). Uncounted, "the regime and rebel
        fighters" are two sides, the regime being what its own clause makes it."""
        if head.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in head.children):
            return False
        forces = self.base.cue("shared_force_nouns")
        return any(c.dep_ == "conj" and c.i > head.i and (name_key(c.text) in forces or name_key(c.lemma_) in forces)
                   for c in head.children)

    def _capture_of_ground(self, head: Token) -> bool:
        """Whether a state word owns or modifies a noun of taking ground (descriptions.yaml
        capture_nouns) whose "of" object is ground: "the governments recapture of Aleppo city",
        "the regime's capture of the town" (thirty-sixth blind check n 98). Not "the capture of a
        ship" (no ground)."""
        noun = head.head
        if head.pos_ != "NOUN" or head.dep_ not in ("compound", "poss", "nmod") or noun.i <= head.i \
                or noun.pos_ != "NOUN" or name_key(noun.lemma_) not in self.base.cue("capture_nouns"):
            return False
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and self._ground(o) for o in p.children)
                   for p in noun.children)

    def _side_in_battle(self, head: Token) -> Token | None:
        """The combat noun (descriptions.yaml battle_nouns) whose sides the mention is one of,
        after "between": "fierce fighting between the regime and rebels", "clashes between rebels
        and the regime" (thirty-first blind check n 54). A side of fighting is at arms, as the
        subject of "fight" is (ACTORS.md). None otherwise ("talks between the government and ...")."""
        battle = self._between_what(head, ("between",))
        words = self.base.cue("battle_nouns")
        if battle is None or battle.pos_ != "NOUN":
            return None
        return battle if name_key(battle.text) in words or name_key(battle.lemma_) in words else None

    def _gerund_of_arms_after(self, head: Token, end: int) -> bool:
        """"killed in Syrian government shelling of an opposition-held town": a military noun
        ending in -ing just after the state word (descriptions.yaml military_nouns), which the
        parser reads as a verb though an "of" phrase shows it is a noun the state word
        modifies (dev sample 2401, n 84)."""
        if end >= len(self.doc) or head.i != end - 1:
            return False
        after = self.doc[end]
        # "in regime shelling on the town": the parser hangs the -ing word on the state word (acl),
        # which shows it is the state's action as well as an "of" phrase does (fourteenth blind check n 53)
        # "killed in government shelling on Douma": after a preposition the state word and the -ing
        # word are one noun phrase, whatever the parser hangs the -ing word on (twentieth check n 31, 80)
        return after.tag_ == "VBG" and name_key(after.text) in self.base.cue("military_nouns") \
            and (any(c.dep_ == "prep" and c.lower_ == "of" for c in after.children)
                 or after.dep_ == "acl" and after.head.i == head.i or head.dep_ == "pobj")

    def _a_state_words_aircraft(self, head: Token, words: list[str]) -> bool:
        """Whether a mention is an aircraft ("warplanes", "jet fighters": descriptions.yaml
        aircraft_words, in the head or a compound before it) owned by a word for the state
        ("regime", "government": a GOV term of sectors.tsv)."""
        keys = {name_key(head.text), name_key(head.lemma_), *(name_key(c.text) for c in head.children if c.dep_ == "compound")}
        if not keys & self.base.cue("aircraft_words"):
            return False
        return any((term := self.base.sectors.get(name_key(w))) is not None and term.sector == "GOV" for w in words[:-1])

    # -- forces of a land at war that is not its state's own war ------------------------

    def _arms_not_the_lands(self, head: Token, home: str) -> str | None:
        """Why a military mention that no word owns ("tanks", "the army", "soldiers", "gunships") may
        not be the force of ``home``, the country the story or its sentence is set in, which is
        where a state fights its own war with its own forces ("Warplanes bombed Douma": Syria's):
        "unarmed" where that land has no armed forces (descriptions.yaml
        lands_without_armed_forces: "Apache combat helicopters struck Gaza City" are not
        Palestine's, which has no air force nor army); "no air force" for an aircraft where the
        base knows no air force of that land ("The B-1 bomber was engaged in the air war over
        Afghanistan": a foreign coalition flies there). None where the land's own force may be
        meant."""
        if name_key(home) in self.base.cue("lands_without_armed_forces"):
            return "unarmed"
        if self._an_aircraft(head) and _national_phrase(home, ["air", "force"], self.base) is None:
            return "no air force"
        return None

    def _military_named_last(self, head: Token, barred: str | None) -> str | None:
        """The country of the state's military (a national force, or a country's MIL with no
        name) that the article named last before ``head``, other than ``barred`` and never of a
        land without armed forces: in "Israeli tanks advanced ... Apache combat helicopters
        struck Gaza City" Israel's. An armed group, a coalition or a militia is no state's
        military, and a person who commands one is no force."""
        unarmed = self.base.cue("lands_without_armed_forces")
        for known in reversed(self.known):
            fields = known.fields
            country = fields.get("country")
            if known.token >= head.i or fields.get("sector") != "MIL" or not country or country == barred \
                    or name_key(str(country)) in unarmed:
                continue
            entity = fields.get("entity_id")
            if entity and self._kind(str(entity)) != "government_body":
                continue
            return str(country)
        return None

    def _a_demonym_of_people(self, head: Token) -> bool:
        """Whether the head is a demonym standing as a noun for people ("Palestinian",
        "Palestinians", "Syrians"), not before a noun ("Palestinian gunmen")."""
        key = name_key(head.text)
        if head.pos_ not in ("NOUN", "PROPN") or not head.text[:1].isupper() or head.dep_ in ("amod", "compound", "nmod", "poss"):
            return False  # "a telephone pole" is no Pole
        if head.tag_ in ("NNS", "NNPS"):
            return key.endswith("s") and key[:-1] in self.base.adjectives
        return key in self.base.adjectives

    def _one_of_a_people(self, head: Token) -> bool:
        """Whether a singular demonym counts one person of a country ("Another Palestinian was
        killed by soldiers", "a Syrian was shot", "one Iraqi died"): a person, a civilian as
        "two Syrians were killed" are (sectors.tsv; Lee corpus, first hand check n 44), not the
        country with no sector. Only with "a", "another" or "one": "the Palestinian" may be a
        man named before."""
        if head.tag_ not in ("NN", "NNP") or not self._a_demonym_of_people(head):
            return False
        fights = self.base.cue("fighting_verbs")
        if any(name_key(t.lemma_) in fights for t in head.subtree) or head.dep_ == "nsubj" and self._a_shot(head.head):
            return False  # "one American who has been captured after fighting for the Taliban": no civilian
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") or c.dep_ == "nummod" and c.lower_ == "one"
                   for c in head.children)

    def _armed_men_of_a_people(self, head: Token, country: str) -> bool:
        """Whether people of a country named by their demonym shoot or fight: the subject of a
        fighting or military verb, of a shot (descriptions.yaml armed_shot_verbs with an
        armed_shot_objects object: "opened fire", "threw two grenades") or of a bare "fired".
        They are armed men of that country (UAF), as "gunmen" are, not its civilians: "The
        three Palestinians opened fire with rifles at the vehicle" (Lee corpus, fourth hand check
        n 82; third n 8). Counted or indefinite people only ("three Syrians", "a Syrian"); a bare
        "the Russians bombed" is a state's military (``_a_people_in_arms``), except where the
        land has no armed forces (descriptions.yaml lands_without_armed_forces)."""
        if head.dep_ != "nsubj" or not self._a_demonym_of_people(head):
            return False
        counted = any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children)
        if not counted and name_key(country) not in self.base.cue("lands_without_armed_forces"):
            return False
        verb = head.head
        acts = [verb, *(v for v in verb.conjuncts if v.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))]
        return any(self._a_shot(act) and not self._fights_for_a_side(act) for act in acts)

    def _fights_for_a_side(self, verb: Token) -> bool:
        """Whether a fighting verb says for whom or beside whom ("another Australian has been
        fighting for Taliban forces"): the fighter is of that side, which other rules read, not
        an armed man of his own country."""
        return name_key(verb.lemma_) in self.base.cue("fighting_verbs") \
            and any(c.dep_ == "prep" and c.lower_ in ("for", "alongside", "beside") for c in verb.children)

    def _a_shot(self, verb: Token) -> bool:
        """Whether a verb fights or shoots: descriptions.yaml fighting_verbs, military_verbs, a bare
        "fire", or armed_shot_verbs with an armed_shot_objects object ("opened fire", "threw two
        grenades"; "threw stones" is no shot)."""
        lemma = name_key(verb.lemma_)
        if lemma in self.base.cue("fighting_verbs") | self.base.cue("military_verbs"):
            return True
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma == "fire" and not objects:
            return True
        shots = self.base.cue("armed_shot_objects")
        return lemma in self.base.cue("armed_shot_verbs") and any(
            name_key(o.lemma_) in shots or name_key(o.text) in shots
            or name_key(f"{o.doc[o.i - 1].text} {o.text}") in shots for o in objects)

    # --- a state word's sector in news of states (News Articles checks N18-N28) ---

    def _demonym_as_a_state(self, head: Token) -> bool:
        """Whether a demonym used as a noun is one side of what states hold or do together: the
        object of "with" or a side after "between" of a relation noun (descriptions.yaml
        bilateral_nouns, cooperation_nouns, state_relation_nouns): "We are working towards a
        cooperation with the Chinese", "Cooperation between Chinese and the Philippines in the
        defense field" (News Articles checks N28 n 20, N27 n 88). A demonym before its own noun
        ("talks with Chinese students") is no noun, and a plural people word ("with the Russians")
        may be people, so only the form that is also the adjective counts."""
        if head.pos_ not in ("PROPN", "NOUN") or any(c.dep_ in ("amod", "compound", "nummod") for c in head.children):
            return False
        if name_key(head.text) not in self.base.adjectives:
            return False
        if head.text[-1:] == "s" and not head.text.lower().endswith(("ese", "ss")):
            return False  # "the Russians", "Americans": people as often as the state
        if any(name_key(a.text) in self.base.adjectives for c in head.conjuncts for a in c.children if a.dep_ in ("amod", "compound")):
            return False  # "cooperation between the Vietnamese and the Chinese police": both police
        relation = self._between_what(head, ("with", "between"))
        if relation is None or relation.pos_ not in ("NOUN", "PROPN"):  # a capital after a headline: "trust-builder Cooperation"
            return False
        words = self.base.cue("bilateral_nouns") | self.base.cue("cooperation_nouns") | self.base.cue("state_relation_nouns")
        return name_key(relation.lemma_) in words or name_key(relation.text) in words

    def _dashed_pair_before_a_relation(self, head: Token) -> bool:
        """Whether a demonym is one of two joined by a dash ("Russian-Japanese") before a
        bilateral_nouns noun with only modifiers, numbers or quoted words between, which the
        parser often tears apart: "The first Russian-Japanese 'two plus two' meeting was held in
        Tokyo" (News Articles check N28 n 72). Read on the tokens, not the parse."""
        doc = head.doc
        if name_key(head.text) not in self.base.adjectives:
            return False
        before = head.i >= 2 and doc[head.i - 1].text in ("-", "–") and name_key(doc[head.i - 2].text) in self.base.adjectives
        after = head.i + 2 < len(doc) and doc[head.i + 1].text in ("-", "–") and name_key(doc[head.i + 2].text) in self.base.adjectives
        if not (before or after):
            return False
        i = head.i + (3 if after else 1)
        while i < len(doc) and i <= head.i + 9 and (doc[i].pos_ in ("ADJ", "NUM", "PUNCT", "CCONJ") and doc[i].text not in (",", ".", ";", ":")
                                                    or doc[i].dep_ in ("compound", "amod", "nummod")):
            i += 1
        return i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and name_key(doc[i].lemma_) in self.base.cue("bilateral_nouns")

    def _state_inquiry(self, head: Token) -> bool:
        """Whether a demonym stands before an inquiry (descriptions.yaml state_inquiry_nouns) that
        names its matter with "into" just after it: "North Korea has questioned the Malaysian
        investigation into the death" is the Malaysian authorities' (News Articles check N26 n 42).
        "The Russian investigation", with no "into", is as often the inquiry into Russia."""
        noun = head.head
        if head.dep_ not in ("amod", "compound") or noun.i <= head.i or name_key(noun.lemma_) not in self.base.cue("state_inquiry_nouns"):
            return False
        return noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "into"

    def _tests_arms(self, head: Token) -> bool:
        """Whether a country's possessive or a demonym owns the test or deployment of a weapon
        (descriptions.yaml weapon_test_nouns, weapon_test_arms): "we're very angry at North
        Korea's ballistic missile tests", "sanctions over an Iranian ballistic missile test", "the
        Russian deployment of a ground-based cruise missile" (News Articles checks N27 n 55, N18 n
        65, N26 n 18). A state's military tests and deploys its weapons."""
        noun = head.head
        if head.dep_ not in ("poss", "amod", "compound") or noun.i <= head.i or noun.pos_ != "NOUN" \
                or name_key(noun.lemma_) not in self.base.cue("weapon_test_nouns") and name_key(noun.text) not in self.base.cue("weapon_test_nouns"):
            return False
        arms = self.base.cue("weapon_test_arms")
        words = [t for t in head.doc[head.i + 1:noun.i]]
        words += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
        return any(name_key(t.text) in arms or name_key(t.lemma_) in arms for t in words)

    def _destroys_a_site_of_arms(self, head: Token) -> bool:
        """Whether a state word is the subject of a destroying verb (descriptions.yaml
        destroying_verbs) whose object is a site of arms (armed_site_words in its phrase): "Since
        Israel destroyed our main security centres in 2002" (News Articles check N26 n 4): a
        state destroys a force's sites with its forces. "Beijing destroyed fake goods" is no site."""
        if head.dep_ != "nsubj" or name_key(head.head.lemma_) not in self.base.cue("destroying_verbs"):
            return False
        sites = self.base.cue("armed_site_words")
        return any(name_key(t.text) in sites or name_key(t.lemma_) in sites
                   for o in head.head.children if o.dep_ == "dobj" for t in o.subtree if t.i <= o.i)

    def _target_of_an_offensive(self, head: Token) -> Token | None:
        """The military action of armed groups a state word is the target of, after "against": "if the armed
        groups had undertaken offensives against the regime" (News Articles check N25 n 48): the
        side fought is its forces, as a side "between" is (_side_in_battle). None for words,
        sanctions or protests against it ("an uprising against the regime" is against its rule).
        Only a noun for the state at war ("the regime", "the government": descriptions.yaml
        war_state_nouns): "suicide bombings against Israel" are against the country and its people,
        and "military strikes against Syria" against the state (Lee and FA-KES stores)."""
        if head.pos_ != "NOUN" or name_key(head.lemma_) not in self.base.cue("war_state_nouns") \
                or not any(c.dep_ in ("det", "poss") for c in head.children):
            return None  # "attacks against government, military and civilian targets": a kind of target
        action = self._between_what(head, ("against",))
        words = self.base.cue("military_nouns") | self.base.cue("attack_nouns")
        if action is not None and action.pos_ == "VERB" and action.lemma_.lower() in self.base.cue("military_support_verbs"):
            # "should launch offensives against the regime": the parser hangs "against" on the verb
            action = next((c for c in action.children if c.dep_ == "dobj"), None)
        if action is None or action.pos_ != "NOUN":
            return None
        if any(c.dep_ in ("compound", "amod", "poss") and self.base.country_of(c.text) is not None for c in action.children):
            # "threats of further US strikes against the regime": one state punishing another's
            # state, not armed groups fighting its forces (FA-KES check 25 n 13, blind answer the government)
            return None
        return action if name_key(action.lemma_) in words or name_key(action.text) in words else None


def _subject_noun_read_as_verb(head: Token) -> bool:
    """"Regime advances cut the road": the parser reads the noun "advances" as a verb whose
    subject is "Regime", though that "verb" is itself the subject of the next verb. The word
    before it then modifies a noun, as in a compound (seventh hand check n 91)."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.i == head.i + 1 and verb.pos_ == "VERB" and verb.dep_ in ("nsubj", "nsubjpass")
