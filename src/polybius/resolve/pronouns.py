"""Pronouns and antecedents in their article: what "it", "they", "he", "we", "I", "others"
and a possessive's owner stand for.

``PronounResolution`` finds the antecedent a reader would take: the speaker for "X said it
...", the subject a clause goes on with, the nearest fitting actor before the pronoun (of the
right sex, not a place, a thing or the verb's own object), the speaker's side for "we", the
people counted just before for "others" — and nothing when the pronoun is an expletive "it"
or nothing fits. It is a mixin of ``polybius.resolve.mentions.MentionResolver``, kept apart so
that mentions.py reads names, descriptions and sectors and this module reads pronouns; it
relies on the resolver's memory of the article (see the class docstring) and never imports
mentions.py. Constants both modules use live here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from polybius.code.arguments import PRONOUNS, party_bounds, party_words, subject_of
from polybius.model import Party
from polybius.resolve.actors import SectorTerm, sector_name
from polybius.resolve.names import name_key

if TYPE_CHECKING:
    from polybius.code.knowledge import Cues
    from polybius.resolve.actors import ActorBase, Entity

_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_ARMED_SECTORS = frozenset({"REB", "UAF", "PRM"})
# A state's own bodies: "the army", "the government" are the story's, unless named before.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# Sectors that belong to one country: "rebels" in a Syria story are Syrian rebels.
_DOMESTIC = frozenset({"GOV", "MIL", "COP", "REB", "OPP", "CVL", "JUD", "LEG", "PTY", "REF", "SPY", "UAF", "MED", "EDU", "REL",
                       "LAB", "BUS", "AGR", "CRM"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})  # a quotation opens or closes
# "I" and "we" in reported speech are its speaker ("We urge you ..., the letter said").
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_SINGULAR_FIRST = frozenset({"i", "me"})
# "killing two civilians and injuring 32 others": more people of the kind just named.
_OTHERS = frozenset({"others"})
# Nouns that count people by tens or hundreds: "tens of others", "dozens of others"
# Sectors of bodies, not of people counted one by one: "killing 3 ... and injuring 20 others".
_NOT_PEOPLE = frozenset({"UNK", "GOV", "LEG", "JUD", "IGO", "NGO"})
# Clauses through which a reported clause hangs on its reporting verb.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis", "conj", "xcomp", "advcl"})
_PLURAL = frozenset({"they", "them", "their"})
_UNARMED_VOICES = frozenset({"OPP", "NGO"})  # activist and aid groups: they report a crash, they are not what crashed
_SOURCE_SECTORS = frozenset({"SOC", "JRN"})  # monitors, rights groups, media: they tell of fighting, never fight
# Nouns of armed people that name no owner: "the forces" is the force the text just named
_BARE_FORCES = frozenset({"force", "forces", "troop", "troops", "fighter", "fighters", "unit", "units"})
_NO_TERM = SectorTerm("", None, None)
_FIELDS = ("entity_id", "name", "country", "sector", "acled_inter", "cameo_code", "acled_name")


class PronounResolution:
    """Pronoun and antecedent resolution, mixed into ``MentionResolver`` (a slots dataclass,
    hence ``__slots__ = ()``). Entry points: ``_pronoun`` (the antecedent token of "it",
    "they", "he", "its"...), ``_first_person`` ("I", "we": the speaker and the speaker's
    side), ``_others`` ("injuring 32 others": the people counted before).

    It relies on the class that inherits it for the article's state — ``base``, ``cues``,
    ``doc``, ``sentence_start``, ``setting``, ``by_token`` (token index → the remembered actor,
    ``mentions._Known``), ``_local`` — and for these methods of name resolution:
    ``_named`` (the base entity a name of several words stands for), ``_kind``, ``_resolve``
    (fields of a span of words), ``_name_bounds``, ``_in_country``, ``_quote``, ``_through``
    (a party takes its antecedent's fields), ``_body_of`` ("a spokesman for the coalition" →
    the coalition), ``_reporter`` (the subject of a reporting verb), ``_window_start``,
    ``_is_machine_or_force`` and ``_armed_fighting_verbs``.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        base: ActorBase
        cues: Cues
        doc: Doc
        sentence_start: list[int]
        setting: str | None
        by_token: dict[int, Any]  # token index → mentions._Known
        _local: list[Party]
        offset: int

        def _named(self, token: Token) -> Entity | None: ...
        def _kind(self, entity_id: str) -> str | None: ...
        def _resolve(self, start: int, end: int, head: Token) -> dict[str, Any]: ...
        def _name_bounds(self, token: Token) -> tuple[int, int]: ...
        def _in_country(self, sector: str, iso3: str, words: list[str] | None = None) -> dict[str, Any]: ...
        def _quote(self, start: int, end: int) -> str: ...
        def _through(self, party: Party, antecedent: Any) -> Party: ...
        def _body_of(self, speaker: Token) -> Token: ...
        def _reporter(self, verb: Token) -> Token | None: ...
        def _window_start(self, i: int) -> int: ...
        def _is_machine_or_force(self, token: Token) -> bool: ...
        def _armed_fighting_verbs(self) -> frozenset[str]: ...
        def _clause_of_arms(self, verb: Token) -> bool: ...
        def _a_national_government(self, fields: dict[str, Any]) -> bool: ...
        def _arms_of_state(self, iso3: str, head: Token, noun: Token | None = None) -> dict[str, Any]: ...
        def _remember(self, head: Token, start: int, end: int, party: Party | None = None) -> None: ...

    def _pronoun(self, pronoun: Token, sentence: Span, exclude: set[int]) -> Token | None:
        """The speaker for "X said it ...", else the nearest preceding actor outside the
        clause's own actor, within this sentence and the one before."""
        if self._it_is_a_place_or_thing(pronoun) or self._expletive_it(pronoun) or self._it_is_a_deed(pronoun):
            return None
        bracketed = self._bracketed_referent(pronoun)
        if bracketed is not None:
            return bracketed  # "they [Turkish Airlines] are offering": the name the editor added
        if self._deeds_just_before(pronoun):
            return None  # "these attacks were simultaneous and they all targeted": the attacks, no party (42/92)
        if self._a_part_of_things(pronoun):
            return None  # "destroying a number of their vehicles some of them equipped with": the vehicles
        if pronoun.lower_ in _SUBJECT_PRONOUNS and pronoun.dep_ in ("nsubj", "nsubjpass"):
            node = pronoun.head
            while node.dep_ == "conj" and node.head != node:
                node = node.head
            if node.dep_ == "ccomp" and node.head.lemma_ in self.cues.reporting_verbs:
                # "Russia confirmed ... but said it had demolished": the subject is inherited
                speaker = self._reporter(node.head)
                if speaker is not None and pronoun.lower_ not in _PERSONAL:
                    speaker = self._body_of(speaker)  # "a spokesman for the coalition said it"
                if speaker is not None and self._a_source_told_of_fighting(pronoun, speaker):
                    # "They continue to battle for Tabqa the observatory said": a monitor tells of
                    # fighters, it never fights (eighteenth blind check n 87): they go on from before
                    return self._continued_subject(pronoun, told=True)
                if speaker is not None and pronoun.lower_ in _PERSONAL and self._quoted(pronoun, node.head):
                    # ""He planted a bomb ... and then blew himself up" Abdel Rahman told AFP": in the
                    # speaker's own words "he" is someone else (twenty-first blind check n 10)
                    speaker = None
                if speaker is not None and self._speaker_of_the_quote(pronoun, speaker):
                    speaker = None  # "McCain said: "He will visit Kiev"": the quote's "he" is another
                if speaker is not None and speaker.pos_ != "PRON" and self._fits(pronoun, speaker):
                    return speaker
                said = self._the_sayers_own(pronoun, speaker)
                if said is not None:
                    return self._pronoun(said, said.sent, set())  # "In part, he said he had offered": one man
            if node.dep_ in ("advcl", "conj") and pronoun.lower_ in ("it", "he", "she"):
                # "Islamic State ... has made gains since it seized Mosul": a singular subject
                # pronoun in a clause hanging on another is most often that clause's subject
                subject = subject_of(node.head, self.cues)
                backed = self._backed_one(subject) if subject is not None and pronoun.lower_ == "it" else None
                if backed is not None:
                    return backed  # "the army backed by its ally Hezbollah shelled Flita as it prepared": the army
                if subject is not None and subject.pos_ == "PROPN" and self._fits(pronoun, subject) and (
                        subject.ent_type_ == "PERSON" or self._named(subject) is not None):
                    return subject
                main = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if main is not None and pronoun.lower_ in _PERSONAL and self._a_person_by_title(main):
                    return main  # "Karam Ammoun another terrorist leader was killed after he had been injured"
                known = self.by_token.get(subject.i) if subject is not None and subject.pos_ == "NOUN" else None
                if known is not None and known.fields.get("entity_id") and known.kind != "person" and pronoun.lower_ == "it":
                    return subject  # "The group has carried out such barrages, when it fired": the group as resolved
                if subject is not None and self._a_body_goes_on(pronoun, subject):
                    return subject  # "the company had denied to pay ... but later it agreed": the company
            joined = next((c for c in pronoun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if pronoun.head.dep_ == "conj" else None
            if joined is not None and self._a_body_goes_on(pronoun, joined):
                return joined  # "the company had denied to pay ... but later it agreed": the company
            if pronoun.lower_ == "they" and node.dep_ in ("advcl", "relcl"):
                force = self._doers_over_the_clause(node, pronoun)
                if force is not None:
                    return force
            continued = self._continued_subject(pronoun)
            if continued is not None and not self._speaker_of_the_quote(pronoun, continued):
                return continued
        protested = self._the_protested_asked(pronoun)
        if protested is not None:
            return protested  # "protests against the armed groups demanding them to leave": the groups
        parallel = self._parallel_object(pronoun)
        if parallel is not None:
            return parallel
        own = self._subject_owning(pronoun)
        if own is not None:
            return own
        if self._the_sentence_is_about_a_thing(pronoun):
            return None  # "Trump's budget proposal was criticised by ... Graham, who called it": the proposal
        doc = pronoun.doc
        earliest = self._window_start(sentence.start)
        for i in range(pronoun.i - 1, earliest - 1, -1):
            token = doc[i]
            if i in exclude or token.pos_ not in ("PROPN", "NOUN") or token.dep_ == "amod":
                continue
            if self._the_verbs_own_object(pronoun, token) or self._the_striker_of_its_object(pronoun, token):
                continue  # "they specifically target civilians": not the civilians; "bombing them": not the bombers
            if self._one_of_the_strikers(pronoun, token) or self._related_to_the_same_person(pronoun, token):
                continue  # "With the soldier down, the suspect rose for two other soldiers to shoot him": the suspect
            if self._the_subject_of_its_own_verb(pronoun, token) or self._the_noun_its_relative_clause_names(pronoun, token):
                continue  # "Trump called him a judge": not Trump; "Flynn, a man whom he fired": not Flynn
            if self._a_victim_as_striker(pronoun, token):
                continue  # "injured 27 other people as they targeted the neighbourhoods": not the injured
            if pronoun.lower_ in _PLURAL and self._a_capture_by_the_unarmed(pronoun, token):
                continue  # "12 residents were killed by government forces after they regained control": not the residents
            if self._a_companion(pronoun, token):
                continue  # "Qatar is studying with its friends and the UN what it could provide": Qatar
            backed = self._backed_over_its_backers(pronoun, token)
            if backed is not None:
                return backed  # "Syrias army backed by ... militias launched ... advances allowed them to": the army
            if self._the_machine_struck(pronoun, token):
                return token  # "the warplane crashed in a market ... whether it was shot down": the warplane
            if self._a_place_struck(pronoun, token):
                return None  # "... the gas attack in Idlib. It is regularly targeted in strikes": the place, no party
            if self._a_situation_subject(pronoun, token):
                return None  # "Syrias war will drag on as long as it is funded": "it" is the war, no party
            if self._a_nearer_thing(pronoun, token):
                return None  # "Once these tools are released, they cannot be reclaimed": the tools, no party
            if self._a_thing_noun_first(pronoun, token):
                return None  # "Organizers of the forum said that it is aimed at ...": the forum, no party
            if self._a_thing_taken_as_object(pronoun, token):
                return None  # "prospects for the bill were uncertain as senators criticized it": the bill
            if self._an_outlet_told(token):
                continue  # "the Attorney General told CNN they will be charged": not CNN
            if self._a_plural_name_for_it(pronoun, token):
                continue  # "the bill would fail if 22 Republicans join all Democrats in opposing it": not the Democrats
            entity = self.base.lookup(token.lemma_) or self.base.lookup(token.text)
            if entity is None and token.pos_ == "PROPN" and token.dep_ not in ("compound", "amod", "poss"):
                entity = self._named(token)  # a name of several words: "the Islamic State ... it"
            if pronoun.lower_ in _PERSONAL:  # "he" is a person, never an organisation
                if entity is not None and entity.kind != "person":
                    continue  # spaCy calls al-Nusra a person; the base knows better
                if self._speaker_of_the_quote(pronoun, token):
                    continue  # "Stewart notes ...: "He only visited Japan ..."": not the speaker
                if self._of_the_other_sex(pronoun, token):
                    continue  # "When Saudi Prince Bandar gives such weapons ... she warned": not the prince
                if token.pos_ == "PROPN" and self._a_body_named(token):
                    continue  # "sources told Al-Manar ... he had been injured": an outlet is no "he"
                if token.ent_type_ == "PERSON" or (entity is not None and entity.kind == "person"):
                    return token
                if self._a_name_with_honorific(pronoun, token):
                    return token  # "Pelosi accused Mr Sessions of lying and demanded he resign": Mr Sessions
                term = self.base.sectors.get(name_key(token.lemma_)) if token.pos_ == "NOUN" else None
                if term is not None and term.sector == "CVL" and token.tag_ == "NN" and token.dep_ in ("nsubj", "nsubjpass", "dobj") \
                        and name_key(token.lemma_) not in self.base.cue("collective_person_nouns"):
                    # a body of people ("the Alawite minority") is no "he": the search goes on to a person
                    return token  # "the woman succumbed to her wounds after she was injured": one civilian, named by a noun
                if token.tag_ == "NN" and token.dep_ in ("nsubj", "nsubjpass", "dobj") \
                        and name_key(token.lemma_) in self.base.cue("armed_person_nouns"):
                    return token  # "killing the pilot ... to hand him over": one armed person, named by a noun
                continue
            if (entity.kind == "person" if entity is not None else token.ent_type_ == "PERSON"):
                continue  # "it" and "they" are no person ("Its leader Zahran Alloush ... it fired")
            if entity is not None and entity.kind == "country" and pronoun.lower_ == "it" and pronoun.dep_ in ("nsubj", "nsubjpass") \
                    and token.dep_ == "nsubj" and token.pos_ == "PROPN":
                return token  # "Russia began air strikes ... it said": a country that acts, taken up as subject
            if entity is not None and entity.kind == "country" and pronoun.dep_ == "poss" and pronoun.lower_ in ("its", "their") \
                    and token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" \
                    and (self._is_machine_or_force(pronoun.head) or self._an_envoy_title(pronoun.head)):
                return token  # "Russia said its warplanes had struck", "Russia vetoed ... its UN envoy": the subject state's
            if self._a_speaking_force_owns_its_own(pronoun, token):
                return token  # "The Turkish military said four of its soldiers have been killed": its soldiers
            if token.pos_ == "PROPN" and self._a_source_told_of_fighting(pronoun, token):
                continue  # "the Local Coordination Committees said the warplane crashed ... whether it was shot down"
            if self._the_regime_of_the_sentence(pronoun, token):
                return token  # "recognition of the Assad regime must be withdrawn as it would not have committed"
            named = entity is not None and entity.kind != "country"
            if not named and token.ent_type_ == "NORP" and pronoun.lower_ == "it":
                continue  # "Sunni Muslim tribal forces ... it": a people is no "it"
            if named or (token.ent_type_ in ("ORG", "NORP") and token.dep_ != "compound"):
                return token  # a name inside a noun phrase counts ("Daesh positions")
            if pronoun.lower_ in _PLURAL and token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                    and name_key(token.lemma_) in self.base.sectors:
                return token  # "civilians ... as they fled": a body of people named by its sector
            if pronoun.lower_ in _PLURAL and token.tag_ == "NNS" and self._captures(pronoun) and self._armed_noun(token):
                return token  # "killed by government forces after they regained control": the armed take control
            if pronoun.lower_ in ("their", "them") and token.tag_ == "NNS" and token.dep_ == "conj" \
                    and not token.left_edge.i <= pronoun.i <= token.right_edge.i and self._a_plural_party_named(token):
                # not a pronoun inside the noun's own clause: "other forces fighting alongside them"
                return token  # "ISIL al-Nusra Front and other terrorist organizations ... their members": the last of the list
        return None

    def _the_verbs_own_object(self, pronoun: Token, token: Token) -> bool:
        """"they specifically target civilians": the subject of a verb is not the noun its own
        object names again (twenty-third blind check n 96: "they" became the civilians)."""
        return pronoun.dep_ == "nsubj" and token.pos_ == "NOUN" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == token.lemma_.lower() for c in pronoun.head.children)

    def _the_striker_of_its_object(self, pronoun: Token, token: Token) -> bool:
        """"Damascus and its Russian and Iranian allies aim to win the war by ... bombing them into
        flight": the object of a verb of striking (descriptions.yaml ``military_verbs``,
        ``harm_verbs``, the armed ``fighting_verbs``) is not the one who strikes, the subject the verb
        goes back to through its clauses (twenty-second blind check n 76: "them" became Russia)."""
        verb = pronoun.head
        if pronoun.dep_ != "dobj" or pronoun.lower_ not in ("them", "it", "him", "her") or verb.lemma_.lower() not in \
                self.base.cue("military_verbs") | self.base.cue("harm_verbs") | self._armed_fighting_verbs():
            return False
        before = self._noun_just_before(verb)
        if before is not None:
            return before.left_edge.i <= token.i <= before.i  # "masked gunmen shoot them": not the gunmen
        node = verb
        while node.head != node and not any(c.dep_ == "nsubj" for c in node.children):
            node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.left_edge.i <= token.i <= subject.right_edge.i

    def _one_of_the_strikers(self, pronoun: Token, token: Token) -> bool:
        """"With the soldier down on her knees, the attacker rose enough for two other soldiers to shoot
        him": the object of a verb of striking is not one of the strikers' own kind named before, a noun
        of the same word as the verb's subject ("soldier" for "soldiers"): the soldiers shoot the one
        they fight, not a comrade (News Articles check N16 n 99: "him" became the soldier, so the
        French army shot itself). The subject is the verb's own, else the active one it goes back to
        (a passive one above is often the victim: "350000 people are thought to live there in a
        siege that tries to starve them")."""
        verb = pronoun.head
        if pronoun.dep_ != "dobj" or pronoun.lower_ not in ("them", "him", "her") or token.pos_ != "NOUN" or \
                verb.lemma_.lower() not in self.base.cue("military_verbs") | self.base.cue("harm_verbs") | self._armed_fighting_verbs():
            return False
        node = verb
        while node.head != node and not any(c.dep_ == "nsubj" for c in node.children):
            node = node.head  # active subjects only: "350000 people are thought to live ... to besiege them": them
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "NOUN" and subject.i != token.i \
            and subject.lemma_.lower() == token.lemma_.lower()

    def _related_to_the_same_person(self, pronoun: Token, token: Token) -> bool:
        """"Her attacker is alleged to have shouted before killing her": a person noun whose owner is
        the same person's pronoun ("her attacker", "his killer") names someone by that person, never
        the person: "her" is whom "her" stands for before it (News Articles story na-0110: "her" became
        her attacker). Only an object "him" or "her" of a verb, the one acted on: a subject "she" after
        "her mother" may well be the mother (story na-3734)."""
        if pronoun.dep_ != "dobj" or pronoun.lower_ not in ("him", "her"):
            return False  # "When her mother protested, she was detained": a subject may be the mother
        same = {"him": ("his",), "her": ("her",)}[pronoun.lower_]
        return token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in same for c in token.children)

    def _noun_just_before(self, verb: Token) -> Token | None:
        """The noun right before a finite verb that the parser gave no subject ("after which masked
        gunmen shoot them in the head": "masked" read as a verb, "gunmen" as its object): in English
        the noun before a finite verb is its subject, so the clause's subject sought further up is
        not (fifty-third blind check n 28: "them" became the gunmen). None when the verb has a
        subject of its own or no noun stands just before it."""
        if verb.tag_ not in ("VBP", "VBZ", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if before is None or before.pos_ not in ("NOUN", "PROPN") or before.dep_ in ("compound", "poss"):
            return None
        return before

    def _the_machine_struck(self, pronoun: Token, token: Token) -> bool:
        """"the Local Coordination Committees said the warplane crashed in a busy market adding that it
        was not immediately clear whether it was shot down": an "it" that crashes or is shot down
        (descriptions.yaml ``struck_verbs``) is the machine of war named before it (``machine_nouns``,
        one: "the warplane"), not the source that reports it nor any body between (twenty-second
        blind check n 47: left with no antecedent once the source was ruled out)."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN" or not self._machines(token):
            return False  # "a warplane circled ... hitting it twice": an object "it" is what the machine hit
        verbs = [pronoun.head, *(c for c in pronoun.head.children if c.dep_ == "xcomp")]
        return any(v.lemma_.lower() in self.base.cue("struck_verbs") for v in verbs)

    def _the_protested_asked(self, pronoun: Token) -> Token | None:
        """"hundreds of families continued their protests against the armed groups demanding them to
        leave": an object pronoun of a participle of asking (descriptions.yaml ``protest_asking_verbs``:
        "demanding them", "calling on them") that the parser hung on the side a protest is "against"
        (``protest_words``) is that side. The protest asks, so the participle's subject is the
        protesters, and an object pronoun is never its own verb's subject (forty-seventh blind check
        n 64: "them" became the families). None when the frame does not hold or the number differs."""
        if pronoun.lower_ not in ("them", "it", "him") or pronoun.pos_ != "PRON":
            return None
        verb = pronoun.head
        if pronoun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("on", "upon"):
            verb = verb.head  # "calling on them to leave"
        elif pronoun.dep_ != "dobj":
            return None
        if verb.tag_ != "VBG" or verb.dep_ != "acl" or name_key(verb.lemma_) not in self.base.cue("protest_asking_verbs"):
            return None
        side = verb.head
        against = side.head
        if side.dep_ != "pobj" or against.lower_ != "against" or side.pos_ not in ("NOUN", "PROPN"):
            return None
        protest = against.head
        if name_key(protest.lemma_) not in self.base.cue("protest_words"):
            return None
        plural = side.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in side.children)
        if (pronoun.lower_ == "them") != plural or pronoun.lower_ == "him" and side.ent_type_ != "PERSON":
            return None
        return side

    def _a_place_struck(self, pronoun: Token, token: Token) -> bool:
        """"A man is treated at a hospital after the gas attack in Idlib. It is regularly targeted in
        strikes by the regime": an "it" that is the passive subject of a verb of striking
        (descriptions.yaml ``place_struck_verbs``) takes up a place as readily as an armed group, so
        when the nearest candidate before it is a place (a town or province by name, not a country the
        base knows, or a place noun: ``place_heads``) "it" is that place, and no party; the group named
        further back is not sought (forty-eighth blind check n 38: "It" became Fateh al-Sham Front). A
        place in the pronoun's own clause ("In Raqqa it was targeted") is where it happens, not "it"."""
        if pronoun.lower_ != "it" or pronoun.dep_ != "nsubjpass" \
                or name_key(pronoun.head.lemma_) not in self.base.cue("place_struck_verbs"):
            return False
        if token in pronoun.head.subtree or token.dep_ in ("compound", "amod", "poss"):
            return False
        if token.pos_ == "PROPN":
            if token.ent_type_ not in ("GPE", "LOC", "FAC"):
                return False
            entity = self.base.lookup(token.text) or self._named(token)
            return entity is None  # "Turkey ... it was targeted": a country the base knows may be its state
        return token.pos_ == "NOUN" and token.tag_ == "NN" and name_key(token.lemma_) in self.base.cue("place_heads")

    def _captures(self, pronoun: Token) -> bool:
        """Is the pronoun the subject of a verb of taking ground (descriptions.yaml ``capture_verbs``)?"""
        return pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in self.base.cue("capture_verbs")

    def _armed_noun(self, token: Token) -> bool:
        """Does the noun phrase, a doer (a subject or the "by" of a passive), resolve to an armed
        force, the state's or another's? The killed ("killed 270 soldiers when they captured") are
        no doers."""
        if not (token.dep_ == "nsubj" or token.dep_ == "pobj" and token.head.lower_ == "by"):
            return False
        known = self.by_token.get(token.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(token), token)
        return fields.get("sector") in _ARMED_SECTORS | {"MIL", "COP"}

    def _a_capture_by_the_unarmed(self, pronoun: Token, token: Token) -> bool:
        """"at least 12 residents of the town were killed by government forces after they regained
        control": those who take ground are armed; a body of civilians is never their antecedent
        (twenty-second blind check n 62)."""
        if not self._captures(pronoun) or token.pos_ != "NOUN":
            return False
        term = self.base.sectors.get(name_key(token.lemma_)) or self.base.sectors.get(name_key(token.text))
        return term is not None and term.sector == "CVL"

    def _quoted(self, pronoun: Token, verb: Token) -> bool:
        """Does the pronoun stand inside quotation marks that close before the reporting verb
        (an odd count of quote marks from the sentence's start to the pronoun, the verb after
        it)? A speaker says "I" of himself there, so a "he" or "she" is another person."""
        if verb.i < pronoun.i:
            return False
        marks = sum(1 for t in self.doc[pronoun.sent.start:pronoun.i] if t.text in _QUOTE_MARKS)
        return marks % 2 == 1

    def _subject_owning(self, pronoun: Token) -> Token | None:
        """"ISIS have been mobilizing all their forces", "Hezbollah shelled the town with its
        rockets": a possessive in the object of a verb (or in its "with" phrase) is the
        verb's own subject, a name that fits, though the subject is the clause's actor that the
        search before leaves out (eighteenth blind check n 69: "their forces" became the story's
        army). Not a possessive in a list ("the army attacked ISIS and its allies": the allies
        are ISIS's), left to other rules."""
        if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their"):
            return None
        noun = pronoun.head
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" \
            and noun.head.dep_ == "prep" and noun.head.lower_ == "with" else None  # "in its stronghold" may be the enemy's
        if verb is None or verb.pos_ != "VERB":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > pronoun.i or subject.pos_ != "PROPN" or not self._fits(pronoun, subject):
            return None
        entity = self._named(subject)
        if entity is None or entity.kind in ("person", "country"):
            return None  # a state's "its" may be its government's or its army's: other rules decide
        return subject

    def _backed_one(self, subject: Token) -> Token | None:
        """"the army backed by its Lebanese ally Hezbollah shelled Flita as it prepared": the
        parser makes the ally's name, just after a backer noun (descriptions.yaml
        ``backer_nouns``) that a backing verb's "by" governs (``backing_verbs``), the subject;
        the one backed is (eighteenth blind check n 36). That noun, when it resolves; else None."""
        before = subject.doc[subject.i - 1] if subject.i > 0 else None
        if before is None or before.pos_ != "NOUN" or name_key(before.lemma_) not in self.base.cue("backer_nouns") \
                and before.lower_ not in self.base.cue("backer_nouns"):
            return None
        prep = before.head if before.dep_ == "pobj" else None
        verb = prep.head if prep is not None and prep.dep_ in ("agent", "prep") and prep.lower_ == "by" else None
        if verb is None or verb.lemma_.lower() not in self.base.cue("backing_verbs"):
            return None
        backed = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if backed is None and verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i:
            backed = verb.head
        if backed is None or backed.pos_ not in ("NOUN", "PROPN") or backed.tag_ in ("NNS", "NNPS") or not self._resolves(backed):
            return None
        return backed

    def _backed_over_its_backers(self, pronoun: Token, token: Token) -> Token | None:
        """"Syrias army backed by Lebanese Iranian and Iraqi Shiite militias and Russias air force
        launched a major offensive ... after a series of advances allowed them to besiege it": a plural
        pronoun after a subject backed by others (descriptions.yaml ``backing_verbs``, the "by" phrase
        of a participle on the subject) takes up the subject, the main one, with its backers in tow
        (eval/ACTORS.md: two actors give the main one), not the last backer named (fifty-first blind
        check n 40: "them" became the militias). The subject noun, when the article resolved it; else
        None."""
        if pronoun.lower_ not in _PLURAL or pronoun.dep_ == "poss" or token.dep_ not in ("pobj", "conj"):
            return None
        node = token
        while node.dep_ == "conj" and node.head != node:
            node = node.head  # "militias and Russias air force": the list hangs on its first
        agent = node.head
        if node.dep_ != "pobj" or agent.lower_ != "by" or agent.dep_ not in ("agent", "prep"):
            return None
        verb = agent.head
        if verb.lemma_.lower() not in self.base.cue("backing_verbs") or verb.tag_ not in ("VBN", "VBD"):
            return None
        # the participle on its noun, or the parser's past tense with a "by" agent all the same
        # ("Syrias army backed by ... militias and Russias air force launched": "backed" the root)
        backed = verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" else next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None) if agent.dep_ == "agent" else None
        if backed is None:
            return None
        if backed.dep_ not in ("nsubj", "nsubjpass") or backed.pos_ not in ("NOUN", "PROPN") or pronoun.i <= backed.right_edge.i:
            return None
        return backed if self._resolves(backed) else None

    def _a_companion(self, pronoun: Token, token: Token) -> bool:
        """Is ``token`` in a "with" phrase of the verb that governs the pronoun's clause ("Qatar is
        studying with its friends and the United Nations what it could provide")? One studies,
        talks or works with a companion; the clause after tells of the subject, not of the
        companion (seventeenth blind check n 4)."""
        clause = pronoun.head
        if pronoun.lower_ not in _SUBJECT_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass") \
                or clause.dep_ not in ("ccomp", "advcl", "xcomp", "conj"):
            return False
        governor = clause.head
        node = token
        for _ in range(8):
            if node.head == node or node.head == governor:
                return node.dep_ == "prep" and node.lower_ == "with"
            node = node.head
        return False

    def _the_regime_of_the_sentence(self, pronoun: Token, token: Token) -> bool:
        """"All legal recognition of the Assad regime must be withdrawn as it would not have
        committed these atrocities": a singular state noun of "it"'s own sentence ("the Assad
        regime", "the Syrian government") that resolves to a state's government is what "it"
        takes up, before any name further back (nineteenth blind check n 1: the Syrian
        Coalition, which said the sentence). Only an "it" that acts (a subject)."""
        if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or token.pos_ != "NOUN" or token.tag_ != "NN" \
                or token.dep_ in ("compound", "amod", "poss") or token.sent.start != pronoun.sent.start:
            return False
        term = self.base.sectors.get(name_key(token.lemma_))
        if term is None or term.sector != "GOV":
            return False
        if token.dep_ == "pobj" and any(self._a_state_subject(t) for t in pronoun.doc[pronoun.sent.start:token.i]):
            return False  # "Russia launches airstrikes in support of Assads regime under the pretext it is striking": Russia
        known = self.by_token.get(token.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(token), token)
        return fields.get("sector") == "GOV" and bool(fields.get("country"))

    def _a_state_subject(self, token: Token) -> bool:
        """Is ``token`` a subject that names a state or a group ("Russia launches", "Hezbollah said")?"""
        if token.dep_ != "nsubj" or token.pos_ != "PROPN":
            return False
        entity = self.base.lookup(token.text) or self._named(token)
        return entity is not None and entity.kind != "person"

    def _a_plural_party_named(self, token: Token) -> bool:
        """Is the plural noun ``token`` the head of a mention that its own words resolve to an armed
        sector, naming no group ("other terrorist organizations ... killing many of their members")?
        Such a body of people, last of a list, is nearer than a name glossing another in brackets
        ("al-Nusra Front (Qaeda branch in the Levant)"), dev 2901 n 48."""
        known = self.by_token.get(token.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(token), token)
        return fields.get("sector") in _ARMED_SECTORS and not fields.get("entity_id")

    def _doers_over_the_clause(self, clause: Token, pronoun: Token) -> Token | None:
        """"severed by Syrian forces Thursday when they seized a hilltop", "Army units advanced
        into Zuhur where they executed a special operation": a "they" subject of a clause hung on
        another ("when", "where") takes up the doers of that clause, when they are a plural body
        of people or a force (a sector noun, "forces", "units"); dev sample 2801, n 32 and 98.
        A passive whose subject is people ("the rebels were attacked by troops when they fled")
        leaves it to the search before."""
        governor = clause.head
        for _ in range(3):  # "into Zuhur where ...": up to the verb the place hangs on
            if governor.pos_ in ("VERB", "AUX") or governor.head == governor:
                break
            governor = governor.head
        if governor.pos_ not in ("VERB", "AUX") or any(c.dep_ == "nsubjpass" and self._people_noun(c) for c in governor.children):
            return None
        if any(c.dep_ == "dobj" and c.lower_ == "them" for c in governor.children):
            return None  # "the Kurdish-led forces attacked them while they were fighting Daesh": they = them
        doer = subject_of(governor, self.cues)
        named = self._what_the_subject_was(doer) if doer is not None and doer.pos_ == "PRON" else None
        if named is not None:
            return named  # "all of those killed were members of the same family ... when they were killed"
        if doer is None and governor.dep_ == "acl" and any(c.dep_ == "dobj" for c in governor.children):
            # "... 2014 Syrian regime aircraft killed at least 10 people when they": a participle with an
            # object of its own is no passive one; the parser hung the clause on the noun that does it
            doer = governor.head
        if doer is None or doer.i > pronoun.i or doer.pos_ != "NOUN":
            return None
        if doer.tag_ == "NNS" and self._people_noun(doer) or self._machines(doer):
            return doer
        if doer.tag_ == "NN" and self._strikes_or_demolishes(pronoun) and self._strikes_down(governor) and self._armed_doer(doer):
            # "the opposition killed at least 20 army troops when they blew up a tunnel": who strikes in
            # a clause hung on a killing is its armed doer, a body named by a singular noun too, not the
            # killed (fortieth blind check n 8)
            return doer
        if self._an_attack_noun(doer) and self._strikes(pronoun):
            # "Terrorist shelling attacks killed two children and injured 27 others as they targeted the
            # neighbourhoods": what strikes is the attacks, whose doers their words name, never the
            # people they hit (thirty-second blind check n 2)
            return doer
        return None

    def _a_speaking_force_owns_its_own(self, pronoun: Token, token: Token) -> bool:
        """"The Turkish military said four of its soldiers have been killed": the owner of "its" before
        a force noun ("soldiers", "warplanes") in a reported clause is the subject of the verb that reports it,
        a state body named by a common noun ("the military", "the army") that the article resolved to a
        country's forces or government (thirty-seventh blind check n 38: the soldiers became the Syrian
        army of the story's setting), as "Russia said its warplanes had struck" is Russia."""
        noun = pronoun.head  # descriptions.yaml ``shared_force_nouns``: "soldiers", "troops", "fighters"
        if pronoun.dep_ != "poss" or pronoun.lower_ != "its" or not (self._is_machine_or_force(noun) or noun.lower_ in
                                                                      self.base.cue("shared_force_nouns")):
            return False
        # the clause of "its" is the reported one, a ccomp of the subject's verb (whatever the verb's
        # spelling: "has saaid" in the check's text)
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ != "nsubj" or not any(
                c.dep_ == "ccomp" and pronoun in c.subtree for c in token.head.children):
            return False
        known = self.by_token.get(token.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(token), token)
        return bool(fields.get("country")) and fields.get("sector") in ("MIL", "GOV")

    def _strikes_down(self, verb: Token) -> bool:
        """Is the verb an active one of killing or striking (descriptions.yaml ``harm_verbs``,
        ``military_verbs``) with an object of its own ("killed 20 troops")?"""
        return verb.lemma_.lower() in self.base.cue("harm_verbs") | self.base.cue("military_verbs") \
            and any(c.dep_ == "dobj" for c in verb.children)

    def _armed_doer(self, token: Token) -> bool:
        """Does the subject noun of a killing resolve, as the article resolved it, to a side that
        fights: a rebel, militia, state force or police sector, or "the opposition" (OPP), which
        kills there as an armed opposition?"""
        known = self.by_token.get(token.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(token), token)
        return fields.get("sector") in _ARMED_SECTORS | {"MIL", "COP", "OPP"}

    def _own_pronoun(self, party: Party) -> Token | None:
        """The subject pronoun ("it", "they") a party was made of, found by its span; None for
        any other party."""
        if party.span is None:
            return None
        span = self.doc.char_span(party.span[0] - self.offset, party.span[1] - self.offset)
        if span is None or len(span) != 1 or span[0].pos_ != "PRON" or span[0].lower_ not in ("it", "they"):
            return None
        return span[0]

    def _state_pronoun_of_arms(self, party: Party, fields: dict[str, Any]) -> dict[str, Any]:
        """"Ankara said it is targeting IS but also the YPG": a pronoun that takes up a state's
        government (a state word: "Ankara", "Turkey", "the regime") and is the subject of a clause
        of arms or of a verb of striking ("target", "shell": ``_strikes``) is that state's military,
        as the state word itself would be there (eval/ACTORS.md, seventh session; twenty-ninth blind
        check n 90). The fields unchanged otherwise."""
        pronoun = self._own_pronoun(party)
        # "it" only: a "they" that takes a state word takes it with its allies ("The government and its
        # Russian allies say they target only militants"), coded as the government (twenty-first check n 52)
        if pronoun is None or pronoun.lower_ != "it" or fields.get("sector") != "GOV" or not fields.get("country") \
                or not self._a_national_government(fields) or not self._strikes(pronoun):
            return fields
        return self._arms_of_state(str(fields["country"]), pronoun, pronoun.head)

    def _what_the_subject_was(self, subject: Token) -> Token | None:
        """"all of those killed were members of the same family and had taken shelter there when
        they were killed": a subject of quantity ("all", "most of those") that a copula names as a
        body of people ("were members") is that noun, which a "they" of a clause hung on the
        sentence takes up (thirtieth blind check n 31: "they" became the Observatory quoted
        before). None when the copula names no people."""
        verb = subject.head
        if verb.lemma_ != "be" or subject.dep_ != "nsubj":
            return None
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.tag_ == "NNS"), None)
        if attr is None:
            return None
        # "members of the same family": the people the members are of, when a sector word names them
        whole = next((p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj" and self._people_noun(p)), None)
        return whole if whole is not None else attr if self._people_noun(attr) else None

    def _deeds_just_before(self, pronoun: Token) -> bool:
        """Is a subject "they" in a clause joined by "and" to one whose subject is a plural deed noun
        ("these attacks were simultaneous and they all targeted security posts": ``_a_deed_noun``),
        with no other plural noun between them? Then "they" takes up the deeds, which are no party,
        and no actor is sought further back (forty-second blind check n 92: the Observatory before)."""
        if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "conj":
            return False
        first = pronoun.head.head
        subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.tag_ != "NNS" or not self._a_deed_noun(subject) or subject.i > pronoun.i:
            return False
        # "attacks by rebels ... and they": a plural noun after the deeds may be what "they" takes up
        between = self.doc[subject.i + 1:pronoun.i]
        return not any(t.tag_ in ("NNS", "NNPS") for t in between)

    def _a_part_of_things(self, pronoun: Token) -> bool:
        """Is "them" the whole of a partitive ("some of them", "two of them", "many of them") just after a
        plural noun of things (``_thing_word``: "vehicles", "rockets", "tanks")? "destroying a number of
        their vehicles some of them equipped with machineguns": the part is of the vehicles, a thing and
        no party, so no actor is sought further back (fifty-fourth blind check n 5: "them" became ISIL).
        The quantifier is a number or one of descriptions.yaml ``partitive_quantifiers``; "killing 20
        militants some of them foreigners" keeps the militants, a body of people."""
        doc = pronoun.doc
        if pronoun.lower_ != "them" or pronoun.i < 3 or doc[pronoun.i - 1].lower_ != "of":
            return False
        quantifier = doc[pronoun.i - 2]
        if quantifier.tag_ != "CD" and quantifier.lower_ not in self.base.cue("partitive_quantifiers"):
            return False
        whole = doc[quantifier.i - 1]
        if whole.is_punct and whole.i > 0:
            whole = doc[whole.i - 1]  # "their vehicles, some of them"
        return whole.pos_ == "NOUN" and whole.tag_ == "NNS" and self._thing_word(whole)

    def _an_attack_noun(self, token: Token) -> bool:
        """Is a noun an attack or military action (descriptions.yaml ``attack_nouns``,
        ``military_nouns``: "attacks", "shelling", "raids")?"""
        keys = (name_key(token.lemma_), name_key(token.text))
        return any(k in self.base.cue("attack_nouns") or k in self.base.cue("military_nouns") for k in keys)

    def _strikes(self, pronoun: Token) -> bool:
        """Is the pronoun the active subject of a verb of striking (descriptions.yaml
        ``military_verbs``, ``harm_verbs``: "they shelled", "they targeted") or of a clause of arms?"""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            return False
        return verb.lemma_.lower() in self.base.cue("military_verbs") | self.base.cue("harm_verbs") or self._clause_of_arms(verb)

    def _strikes_or_demolishes(self, pronoun: Token) -> bool:
        """Does the pronoun strike (``_strikes``) or, as the active subject, blow up or demolish
        (``_demolishes``)? Kept apart from ``_strikes``: "Russia said it had demolished a chemical
        weapons factory" stays the state's government in the actor table (a0658)."""
        return self._strikes(pronoun) or pronoun.dep_ == "nsubj" and self._demolishes(pronoun.head)

    def _demolishes(self, verb: Token) -> bool:
        """Is the verb one of blowing up or demolishing (descriptions.yaml ``demolition_verbs``:
        "they blew up a tunnel", "detonated")? "blow" only with its particle "up": "the wind blew"
        strikes nothing (fortieth blind check n 8)."""
        lemma = verb.lemma_.lower()
        if lemma not in self.base.cue("demolition_verbs"):
            return False
        return lemma != "blow" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)

    def _a_victim_as_striker(self, pronoun: Token, token: Token) -> bool:
        """"... killed two children and injured 27 other people as they targeted the neighbourhoods":
        the subject of a verb of striking is never the people that the same sentence says were hit or
        killed, nor civilians at all (thirty-second blind check n 2: "they" became the 27 injured)."""
        if not self._strikes_or_demolishes(pronoun) or token.sent.start != pronoun.sent.start or token.pos_ != "NOUN":
            return False
        term = self.base.sectors.get(name_key(token.lemma_)) or self.base.sectors.get(name_key(token.text))
        # "killed at least 20 army troops when they blew up": the troops' "army" is of the killed too
        phrase = token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token
        hit = phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.lemma_.lower() in self.base.cue("harm_verbs") | self.base.cue("military_verbs")
        return hit or (term is not None and term.sector == "CVL")

    def _machines(self, token: Token) -> bool:
        """"Syrian regime aircraft killed at least 10 people when they dropped barrel bombs": a noun
        of machines of war (descriptions.yaml ``machine_nouns``: "warplanes", "aircraft", which is
        plural without an "s") that does the clause a "they" hangs on is what "they" takes up, not
        the people it killed (second blind check n 37)."""
        return any(k in self.base.cue("machine_nouns") for k in (name_key(token.lemma_), name_key(token.text)))

    def _people_noun(self, token: Token) -> bool:
        """Is a noun a body of people or a force: a sector term ("rebels", "civilians") or a bare
        force noun ("forces", "units")?"""
        return token.pos_ == "NOUN" and (token.lower_ in _BARE_FORCES or name_key(token.lemma_) in self.base.sectors
                                         or name_key(token.text) in self.base.sectors)

    def _parallel_object(self, pronoun: Token) -> Token | None:
        """"to condemn this massacre and its perpetrators as well as to prosecute them":
        an object "them" of a verb coordinated with another verb takes up that verb's
        plural object, the people just named, not the subject or the addressee of the
        clause (fifth check, n 71: "them" was the UN Security Council, asked to act)."""
        if pronoun.lower_ != "them" or pronoun.dep_ != "dobj":
            return None
        verb = pronoun.head
        partners = [verb.head] if verb.dep_ == "conj" else []
        partners += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for partner in partners:
            for obj in (c for c in partner.children if c.dep_ == "dobj"):
                for noun in reversed([obj, *[c for c in obj.subtree if c.dep_ == "conj" and c.head.i == obj.i]]):
                    if noun.i < pronoun.i and (noun.tag_ == "NNS" or self._a_body_of_people(noun)) and not self._thing_word(noun):
                        return noun
        return None

    def _a_body_of_people(self, noun: Token) -> bool:
        """"starving the population out or bombing them into flight": a singular noun of many people
        (descriptions.yaml ``collective_person_nouns``) is a plural "them" as much as "civilians" is
        (twenty-second blind check n 76: "them" became the Russians of the sentence before)."""
        return noun.tag_ == "NN" and name_key(noun.lemma_) in self.base.cue("collective_person_nouns")

    def _a_situation_subject(self, pronoun: Token, token: Token) -> bool:
        """Is ``token``, the nearest noun before "it", the subject of its own clause in the
        same sentence and a situation (parties.yaml ``setting_nouns``: war, conflict, crisis)?
        Then "it" takes the situation up, which is no party (dev 1801 n 36)."""
        return pronoun.lower_ == "it" and token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") \
            and token.sent.start == pronoun.sent.start and token.lemma_.lower() in party_words().setting_nouns

    def _it_is_a_deed(self, pronoun: Token) -> bool:
        """Does an object "it" stand for a deed, whose predicate wants an event: "describing it as a
        treacherous terrorist attack", "called it a massacre" (descriptions.yaml ``deed_naming_verbs``
        with an "as" phrase or a predicate noun), "condemned it", "to investigate it"
        (``deed_judging_verbs``), "an immediate investigation into it" (``inquiry_nouns``)? A deed is
        no party, so no actor is sought back for it (fortieth blind check n 15: the Free Syrian Army;
        n 75: the UN Security Council asked to investigate)."""
        if pronoun.lower_ != "it":
            return False
        head = pronoun.head
        if pronoun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("into", "of", "on"):
            # the parser may hang "into it" on the verb of the inquiry: "conduct an investigation into it"
            owner = head.head
            nouns = [owner] if owner.pos_ == "NOUN" else [c for c in owner.children if c.dep_ == "dobj"] if owner.pos_ == "VERB" else []
            return any(n.pos_ == "NOUN" and name_key(n.lemma_) in self.base.cue("inquiry_nouns") for n in nouns)
        if pronoun.dep_ != "dobj" or head.pos_ != "VERB":
            return False
        verb = head.lemma_.lower()
        if verb in self.base.cue("deed_judging_verbs"):
            return True
        if verb not in self.base.cue("deed_naming_verbs"):
            return False
        # "describing it as an attack", "called it a massacre": the name given follows "it", and is a
        # deed's ("considers it a terrorist organization" names a group: that "it" keeps its party)
        names = [c for c in head.children if c.i > pronoun.i and c.dep_ in ("oprd", "xcomp") and c.pos_ == "NOUN"]
        names += [p for c in head.children if c.i > pronoun.i and c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj"]
        return any(self._a_deed_noun(n) for n in names)

    def _a_deed_noun(self, token: Token) -> bool:
        """Is the noun a deed: an attack or military action, a blamed deed ("massacre", "bombing") or
        a crime (descriptions.yaml ``attack_nouns``, ``military_nouns``, ``blamed_deed_nouns``,
        ``deed_nouns``)?"""
        keys = (name_key(token.lemma_), name_key(token.text))
        return self._an_attack_noun(token) or any(k in self.base.cue("blamed_deed_nouns") or k in self.base.cue("deed_nouns")
                                                  for k in keys)

    def _a_thing_noun_first(self, pronoun: Token, token: Token) -> bool:
        """Is ``token``, the nearest noun before a subject "it" in its own sentence, a gathering, an
        accord or a plan (descriptions.yaml ``it_thing_nouns``: "the forum", "the truce") that names no
        party? Then "it" takes that thing up, and no armed group further back is sought (thirty-eighth
        blind check n 96: "Organizers of the forum said that it is aimed at ..." became ISIS)."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.tag_ != "NN":
            return False
        if token.sent.start != pronoun.sent.start or token.dep_ in ("compound", "amod", "poss"):
            return False
        if name_key(token.lemma_) not in self.base.cue("it_thing_nouns"):
            return False
        if self._subject_above(pronoun) is not None:
            return False  # "Russia has emphasized that rebels must abide by the agreement and made clear it would demand": Russia
        known = self.by_token.get(token.i)
        return known is None or not (known.fields.get("entity_id") or known.fields.get("country"))

    def _subject_above(self, pronoun: Token) -> Token | None:
        """The subject of a verb the pronoun's clause hangs on (through "ccomp", "xcomp", "advcl" and
        "conj", the last inheriting its head's subject) that could be "it": a singular noun or name,
        not a person, that the article resolved. None when there is none ("Organizers of the forum
        said that it ...": the organizers are many)."""
        node = pronoun.head
        for _ in range(6):
            if node.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or node.head == node:
                return None
            node = node.head
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.tag_ in ("NN", "NNP") \
                    and self._fits(pronoun, subject) and self._resolves(subject):
                return subject
        return None

    def _expletive_it(self, pronoun: Token) -> bool:
        """"It was calmer last week", "it is unclear whether ...", "it is likely that ...": an "it"
        subject of "be" with an adjective says how things are, and stands for no party
        (eighteenth blind check n 76: the weather of a quote became the Observatory). The
        adjective is one of descriptions.yaml ``expletive_it_adjectives``, or it hangs a clause
        of its own ("unclear whether the group will withdraw"): "the group said it was ready to
        fight" or "responsible for the attack" keeps its party."""
        if self._expletive_passive_it(pronoun):
            return True
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "expl") or pronoun.head.lemma_ != "be":
            return False
        verb = pronoun.head
        for adjective in (c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"):
            if adjective.lemma_.lower() in self.base.cue("expletive_it_adjectives") \
                    or adjective.lower_ in self.base.cue("expletive_it_adjectives"):
                return True
            clause = [c for c in (*adjective.children, *verb.children) if c.dep_ in ("ccomp", "csubj") and c.i > adjective.i]
            if any(any(t.dep_ == "mark" and t.lower_ in ("that", "whether", "if") or t.tag_ in ("WP", "WRB") for t in c.lefts)
                   for c in clause):
                return True
        return False

    def _expletive_passive_it(self, pronoun: Token) -> bool:
        """"after it had been agreed between them to hand over their weapons", "it was reported
        that the group ...": "it" as the passive subject of an agreement (descriptions.yaml
        ``expletive_passive_verbs``) or of a saying with a "that" clause (``expletive_saying_verbs``)
        stands for no party (twenty-first blind check n 75: the agreement became al-Nusra).
        "it is believed to have fired" keeps its party: no clause of its own."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubjpass", "expl") \
                or not any(c.dep_ == "auxpass" for c in pronoun.head.children):
            return False
        verb = pronoun.head.lemma_.lower()
        if verb in self.base.cue("expletive_passive_verbs"):
            return True
        return verb in self.base.cue("expletive_saying_verbs") and any(
            c.dep_ == "ccomp" and c.i > pronoun.head.i and any(t.dep_ == "mark" and t.lower_ == "that" for t in c.lefts)
            for c in pronoun.head.children)

    def _a_source_told_of_fighting(self, pronoun: Token, speaker: Token) -> bool:
        """Does a news source, a monitor or an outlet (sector SOC or JRN) report the fighting
        of the pronoun's clause (descriptions.yaml the armed ``fighting_verbs``, ``capture_verbs``,
        ``armed_attack_verbs``: "they specifically target civilians", twenty-third blind check n 96),
        the verb itself or one it governs ("continue to battle")? A source tells of fighting;
        it is never the fighter."""
        if pronoun.lower_ in _PERSONAL or speaker.pos_ not in ("NOUN", "PROPN"):
            return False
        fighting = self._armed_fighting_verbs() | self.base.cue("capture_verbs") | self.base.cue("armed_attack_verbs")
        if pronoun.dep_ == "nsubj":
            # and of killing, as its active subject: ""It killed 18 civilians" said the director of the
            # Observatory": a monitor tells of the dead, it never kills (thirty-ninth blind check n 22);
            # ""They had been shot dead" said the head of SOHR" keeps the victims found before
            fighting = fighting | self.base.cue("harm_verbs") | self.base.cue("military_verbs")
        verbs = [pronoun.head, *(c for c in pronoun.head.children if c.dep_ == "xcomp")]
        # what crashes or is shot down is a machine or a force: no source, nor an activist or
        # aid group ("the Local Coordination Committees said the warplane crashed ... whether it
        # was shot down": twenty-second blind check n 47; descriptions.yaml ``struck_verbs``)
        struck = pronoun.lower_ == "it" and any(v.lemma_.lower() in self.base.cue("struck_verbs") for v in verbs)
        if not struck and not any(v.lemma_.lower() in fighting for v in verbs):
            return False
        known = self.by_token.get(speaker.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(speaker), speaker)
        return fields.get("sector") in (_SOURCE_SECTORS | _UNARMED_VOICES if struck else _SOURCE_SECTORS)

    def _it_is_a_place_or_thing(self, pronoun: Token) -> bool:
        """"fighting to take it", "seize it from DAESH", "it was detonated": "it" taken, held or
        blown up is a town or a device, never an actor, so no actor is sought back for it
        (blind check 4: three of ten wrong resolutions). Verb lists in descriptions.yaml."""
        if pronoun.lower_ != "it":
            return False
        verb = pronoun.head.lemma_.lower()
        before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
        if before is not None and before.pos_ == "VERB" and before.lemma_.lower() in self.base.cue("place_taking_verbs") \
                and pronoun.dep_ in ("nsubj", "dobj"):
            # "expected to encircle it completely aiming to ...": right after such a verb "it" is its
            # object, however the parser hung it (nineteenth blind check n 53: Aleppo became the UN)
            return True
        if pronoun.dep_ == "dobj":
            return verb in self.base.cue("place_taking_verbs")
        if pronoun.dep_ == "nsubjpass":
            return verb in self.base.cue("thing_passive_verbs")
        return False

    def _reported_subject(self, pronoun: Token, root: Token | None) -> Token | None:
        """"The Syrian army and its allies captured more territory the Observatory said. They
        seized the Sahel district": a sentence-opening pronoun that acts (no reporting verb of
        its own) goes on with the actor of the clause the sentence before reported, not with
        the reporter (dev sample 2401, n 67). Coordinated subjects are plural. None when that
        clause's subject does not fit or the article did not resolve it."""
        if root is None or root.lemma_ not in self.cues.reporting_verbs:
            return None
        clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not self._resolves(subject):
            return None
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children) or self._named(subject) is not None
        if pronoun.lower_ in _PLURAL and not plural or pronoun.lower_ == "it" and subject.tag_ in ("NNS", "NNPS"):
            return None
        if pronoun.lower_ in _PERSONAL and subject.ent_type_ != "PERSON":
            return None
        return subject

    def _continued_subject(self, pronoun: Token, told: bool = False) -> Token | None:
        """A subject pronoun of a sentence's main clause goes on with the main subject of
        the sentence before: "Assad's forces ... deploy air power. They have been unable
        to ..."; "he said" and "it said" with the last one who said something ("Observatory
        head Rami Abdurrahman said ... The strikes have killed 122 civilians he said").
        The candidate must fit the pronoun and be an actor the article resolved. ``told``: the
        pronoun's clause is what a news source reports ("They continue to battle ... the
        observatory said"), so its verb need not be the sentence's root."""
        verb = pronoun.head
        reporting = verb.lemma_ in self.cues.reporting_verbs
        if not reporting and verb.dep_ != "ROOT" and not told:
            return None
        start = self.sentence_start[pronoun.i]
        previous = self.sentence_start[start - 1] if start > 0 else None
        if reporting:
            # the last subject of a reporting verb before the pronoun, this sentence or the one before
            for i in range(pronoun.i - 1, (previous if previous is not None else start) - 1, -1):
                token = self.doc[i]
                if token.dep_ == "nsubj" and (token.head.lemma_ in self.cues.reporting_verbs or self._says_in_a_conjoined_verb(token)) \
                        and token.pos_ in ("NOUN", "PROPN"):
                    token = self._body_of(token) if pronoun.lower_ not in _PERSONAL else token
                    return token if self._fits(pronoun, token) and self._resolves(token) else None
            return None
        if previous is None or pronoun.i != start + next((k for k, t in enumerate(self.doc[start:pronoun.i + 1]) if not t.is_punct), 0) \
                and not (pronoun.lower_ in _PERSONAL and self._opens_after_a_lead_in(pronoun, start)):
            return None  # only a pronoun that opens its sentence ("In part, he said": after a lead-in too)
        root = next((t for t in self.doc[previous:start] if t.dep_ == "ROOT"), None)
        reported = self._reported_subject(pronoun, root)
        if reported is not None:
            return reported
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
        if subject is None and root is not None:
            subject = self._subject_under_a_bare_root(root)
        if subject is not None and pronoun.lower_ in _PERSONAL:
            subject = self._person_titled(subject)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not self._fits(pronoun, subject) or not (
                self._resolves(subject) or pronoun.lower_ in _PLURAL and subject.tag_ == "NNS" and self._people_of_the_story(subject)):
            return None
        if pronoun.lower_ in _PLURAL and subject.tag_ != "NNS" and self._named(subject) is None:
            return None  # "they" is a plural noun or a named body
        if pronoun.lower_ == "it" and subject.tag_ == "NNS":
            return None
        return subject

    def _says_in_a_conjoined_verb(self, subject: Token) -> bool:
        """"Sessions has drawn a distinction between his roles and strongly denied ever discussing the
        campaign with Russians. "I never met any Russian officials," he said": a subject whose verb has
        a reporting verb conjoined to it ("has drawn ... and denied") is the one who said it, so "he
        said" goes on with him, not with a name inside his words ("a Trump surrogate": News Articles
        check N14 n 68, the "I" of his statement became Trump)."""
        verbs = self.cues.reporting_verbs | self.base.cue("speaking_verbs_of_denial")
        return any(c.dep_ == "conj" and c.lemma_ in verbs and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                   for c in subject.head.children)  # "the prosecutor refused, and he said": "said" has its own

    def _subject_under_a_bare_root(self, root: Token) -> Token | None:
        """"Following Wednesdays reports the Observatory called upon the UN team ... It also called
        for an investigation": when the parser makes a root with no subject of its own (here the
        noun "reports" read as a verb), the sentence's actor is the subject of the clause that root
        governs, the first such clause; its object ("the UN team") is not what the next sentence's
        subject pronoun goes on with (twenty-eighth blind check n 42)."""
        clause = next((c for c in root.children if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX")), None)
        return next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None

    def _a_person_by_title(self, subject: Token) -> bool:
        """"Karam Ammoun another terrorist leader was also killed after he had been injured": a name
        the base does not know, which the parser may call an organisation, is a person when a title
        noun stands in apposition to it ("leader", "commander": the base's titles, or
        descriptions.yaml armed_person_nouns); "he" in a clause hung on its verb is that person
        (twenty-ninth blind check n 53: "he" became Al-Manar, the outlet quoted before)."""
        if subject.pos_ != "PROPN" or subject.dep_ not in ("nsubj", "nsubjpass"):
            return False
        entity = self._named(subject)
        if entity is not None and entity.kind != "person":
            return False
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and (name_key(c.lemma_) in self.base.titles
                   or name_key(c.lemma_) in self.base.cue("armed_person_nouns")) for c in subject.children)

    def _a_body_named(self, token: Token) -> bool:
        """Does a name, read whole ("Al-Manar" from its "Al"), stand for a news source the base
        knows (an outlet or monitor: sector SOC, JRN), which "he" or "she" never takes up
        (twenty-ninth check n 53)? Not an armed group or party: "a senior member of Ahrar al-Sham
        ... in which he denied" goes through the group's name to its member (base store)."""
        start, end = self._name_bounds(token)
        fields = self._resolve(start, end, token)
        entity_id = fields.get("entity_id")
        return bool(entity_id) and self._kind(str(entity_id)) not in ("person", None) and fields.get("sector") in _SOURCE_SECTORS

    def _person_titled(self, subject: Token) -> Token:
        """"Hadi al-Bahra president of the Syrian Coalition warns ... He calls for": a title
        noun ("president", "spokesman") whose words open with a person's name is that person,
        whom "he" goes on with, not the nearest person named in what he said (nineteenth blind
        check n 86: "He" became Assad). Any other subject is itself."""
        if subject.pos_ != "NOUN" or name_key(subject.lemma_) not in self.base.titles:
            return subject
        names = [c for c in subject.lefts if c.ent_type_ == "PERSON" and c.pos_ == "PROPN"]
        return names[-1] if names else subject

    def _people_of_the_story(self, token: Token) -> bool:
        """Is the plural noun a kind of non-state people ("Kurdish fighters", "civilians") that
        takes the story's country, as "they" would through it?"""
        fields = self._resolve(*party_bounds(token), token)
        return bool(self.setting) and not fields.get("entity_id") and fields.get("sector") in _DOMESTIC - _STATE_SECTORS

    def _resolves(self, token: Token) -> bool:
        """Does the noun phrase headed by ``token`` resolve to an entity or a country?"""
        known = self.by_token.get(token.i)
        if known is not None and (known.fields.get("entity_id") or known.fields.get("country")):
            return True
        fields = self._resolve(*self._name_bounds(token), token) if token.pos_ == "PROPN" else self._resolve(*party_bounds(token), token)
        return bool(fields.get("entity_id") or fields.get("country") or (token.ent_type_ == "PERSON"))

    def _speaker(self, pronoun: Token) -> Token | None:
        """The one who says the clause ``pronoun`` stands in: the subject of the reporting
        verb it is reported by ("Russia ... said it had demolished", "'We urge you', the
        letter said"), inherited through conjoined verbs; None when the sentence reports
        no one."""
        node = pronoun.head
        while node.head != node:  # upward: "X said [that] ... we ..."
            if node.dep_ not in _REPORTED_DEPS:
                break
            if node.head.lemma_ in self.cues.reporting_verbs and node.dep_ in ("ccomp", "parataxis"):
                return self._reporter(node.head)
            node = node.head
        # "'We urge you ...' the letter said": the reporting verb hangs on the quote
        for child in node.children:
            if child.lemma_ in self.cues.reporting_verbs and child.dep_ in ("ccomp", "parataxis", "advcl") and child.i > pronoun.i:
                return self._reporter(child)
        if pronoun.lower_ in _FIRST_PERSON:
            # a first person speaks in a quote, and news names its speaker after it ("I call
            # on the Council ... al-Jarba added"), whatever the parser made of the clauses
            end = next((s.end for s in self.doc.sents if s.start <= pronoun.i < s.end), len(self.doc))
            for verb in self.doc[pronoun.i + 1: end]:
                if verb.pos_ == "VERB" and verb.lemma_ in self.cues.reporting_verbs:
                    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > pronoun.i), None)
                    if speaker is not None and speaker.pos_ in ("NOUN", "PROPN"):
                        return speaker
        return None

    def _first_person(self, party: Party, pronoun: Token) -> Party:
        """"I" is the speaker; "we" the speaker's side: a person speaking for "we" gives
        the country and sector of the role, not the person."""
        speaker = self._speaker(pronoun)
        if speaker is not None and speaker.pos_ == "PRON":
            if speaker.lower_ in PRONOUNS:
                speaker = self._pronoun(speaker, self.doc[self.sentence_start[speaker.i]: speaker.i + 1], set())
            else:
                speaker = None
        if speaker is not None and pronoun.lower_ not in _SINGULAR_FIRST and speaker.pos_ == "NOUN":
            speaker = self._body_of(speaker)  # "Vice president of the Syrian Coalition X said that we": the Coalition
        self._through(party, speaker)
        if pronoun.lower_ not in _SINGULAR_FIRST and party.entity_id and self._kind(party.entity_id) == "person":
            party.entity_id = None
            party.name = sector_name(party.sector, party.country, self.base) if party.country and party.sector else None
            party.acled_name = party.name
        return party

    def _fits(self, pronoun: Token, antecedent: Token) -> bool:
        """"he" and "she" stand for a person, "it" and "they" for anything but one."""
        entity = self.base.lookup(antecedent.text) or (self._named(antecedent) if antecedent.pos_ == "PROPN" else None)
        person = entity.kind == "person" if entity is not None else antecedent.ent_type_ == "PERSON"  # spaCy calls DAESH a person
        if pronoun.lower_ in _PERSONAL:
            return person and not self._of_the_other_sex(pronoun, antecedent)
        return not person

    def _of_the_other_sex(self, pronoun: Token, antecedent: Token) -> bool:
        """Is the antecedent titled as a man for "she" ("Saudi Prince Bandar", "Mr Kerry") or as a
        woman for "he" ("Queen Rania")? Titles in descriptions.yaml ``male_titles``,
        ``female_titles``; the words before the name within its phrase, and the one just before it
        (twenty-second blind check n 8: "she", the woman fighter quoted, became the prince)."""
        wanted = "male_titles" if pronoun.lower_ in ("she", "her", "hers") else \
            "female_titles" if pronoun.lower_ in ("he", "him", "his") else None
        if wanted is None:
            return False
        if self._a_noun_of_the_other_sex(pronoun, antecedent):
            return True  # "he employed his wife ... because he trusted them": no wife is "he"
        if self._a_known_person_of_the_other_sex(pronoun, antecedent):
            return True  # "Tsipras met Merkel ... her plan": Tsipras is no "her"
        start = max(min(antecedent.left_edge.i, antecedent.i - 1), antecedent.sent.start)
        titles = self.base.cue(wanted)
        return any(t.lower_.rstrip(".") in titles for t in self.doc[start:antecedent.i] if t.pos_ in ("PROPN", "NOUN"))

    def _a_known_person_of_the_other_sex(self, pronoun: Token, antecedent: Token) -> bool:
        """Is the antecedent a person of the base of the other sex: for "she"/"her" anyone not
        marked ``sex: female`` in people.yaml, for "he"/"him"/"his" a woman so marked? "Greek
        Prime Minister Alexis Tsipras welcomed the chancellor's offer, saying her plan ..." is not
        Tsipras; "Trump hosted Merkel ... She said" is not Trump (News Articles checks: "her"
        became Tsipras and Gbagbo, "She" became Trump with Merkel the object). The person is the
        one the article resolved the name to (a surname after the full name included)."""
        female = pronoun.lower_ in ("she", "her", "hers")
        if not female and pronoun.lower_ not in ("he", "him", "his"):
            return False
        entity = self._person_of(antecedent)
        if entity is None:
            return False
        return (entity.sex != "female") if female else entity.sex == "female"

    def _person_of(self, antecedent: Token) -> Entity | None:
        """The person of the base a name stands for, as the article resolved it ("Gbagbo" after
        "Laurent Gbagbo"; "Trump" at a sentence's start, which the parser may tag a common noun);
        None for a common noun or a name the base does not know."""
        known = self.by_token.get(antecedent.i)
        if known is not None:  # "Judge Lindsey Kushner": resolved to no one of the base, not to Jared Kushner
            entity_id = known.fields.get("entity_id")
            entity = self.base.by_id(entity_id) if entity_id else None
        else:
            entity = self.base.lookup(antecedent.text) or self._named(antecedent) if antecedent.pos_ == "PROPN" else None
        return entity if entity is not None and entity.kind == "person" else None

    def _a_noun_of_the_other_sex(self, pronoun: Token, antecedent: Token) -> bool:
        """Is the antecedent a common noun for a woman when the pronoun is "he" ("He has said
        that he employed his wife and children because he trusted them"), or for a man when it
        is "she" ("she and her husband")? Words: descriptions.yaml ``female_person_nouns``,
        ``male_person_nouns`` (News Articles check N4 n 54: "he" became "his wife"), or a name
        such a noun stands in apposition to."""
        other = "male_person_nouns" if pronoun.lower_ in ("she", "her", "hers") else \
            "female_person_nouns" if pronoun.lower_ in ("he", "him", "his") else None
        if other is None:
            return False
        nouns = self.base.cue(other)
        if antecedent.pos_ == "PROPN":  # "Justin Ross Harris, the Georgia man who ...": a name the noun after it describes
            name = antecedent
            while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
                name = name.head
            return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns for c in name.children)
        return antecedent.pos_ == "NOUN" and (antecedent.lower_ in nouns or antecedent.lemma_.lower() in nouns)

    def _bracketed_referent(self, pronoun: Token) -> Token | None:
        """A name an editor put in square brackets right after a pronoun says whom it stands
        for ("they [Turkish Airlines] are offering free wifi", "he [Assad] said"): the last
        word of that name (News Articles check N2 n 13: "they" became the passengers)."""
        doc = pronoun.doc
        if pronoun.i + 2 >= len(doc) or doc[pronoun.i + 1].text != "[":
            return None
        close = next((i for i in range(pronoun.i + 2, min(pronoun.i + 9, len(doc))) if doc[i].text == "]"), None)
        if close is None or close == pronoun.i + 2:
            return None
        inside = doc[pronoun.i + 2:close]
        if not all(t.pos_ in ("PROPN", "DET", "PUNCT") or t.text[:1].isupper() for t in inside):
            return None
        names = [t for t in inside if t.pos_ == "PROPN"]
        return names[-1] if names else None

    def _speaker_of_the_quote(self, pronoun: Token, token: Token) -> bool:
        """Is ``token`` the subject of a reporting verb whose quotation holds the pronoun
        ("Professor David Stewart notes that Le Corbusier was not on site: "He only visited
        Japan when ..."")? A speaker says "I" of himself, so a "he" or "she" in his own quote
        is someone else (News Articles check N1 n 38: "He" became the professor quoted). An
        odd count of quote marks between the two tells that a quotation opened after the
        subject and is still open at the pronoun."""
        name = token
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head  # "David" of "Professor David Stewart"
        if pronoun.lower_ not in _PERSONAL or name.i >= pronoun.i or name.dep_ != "nsubj" \
                or name.head.lemma_ not in self.cues.reporting_verbs:
            return False
        marks = [t for t in self.doc[name.i:pronoun.i] if t.text in _QUOTE_MARKS]
        return len(marks) % 2 == 1 and marks[0].i > name.head.i

    def _others(self, party: Party, head: Token, sentence: Span) -> Party:
        """"killing two persons and injuring 32 others": the people named just before in
        the sentence by a word of their kind (a sector term), not a named group."""
        counts = head.pos_ == "NUM" or head.lower_ in _OTHERS  # "Another three", "also wounded 25 others"
        before = self.sentence_start[sentence.start - 1] if counts and sentence.start > 0 else sentence.start
        for i in range(head.i - 1, before - 1, -1):
            token = self.doc[i]
            if token.pos_ == "PROPN" and token.tag_ == "NNPS" or token.pos_ == "PROPN" and token.text.endswith("s") and any(
                    c.dep_ == "nummod" for c in token.children):
                country = self.base.country_of(token.text) if name_key(token.text) in self.base.adjectives else None
                if country is not None and i >= sentence.start and token not in head.ancestors:
                    # "Two Syrians were killed and 5 others were injured": people of that country, counted as victims
                    party.antecedent = token.text
                    term = self.base.sectors.get("civilians") or self.base.sectors.get("civilian")
                    _apply(party, {**self._in_country("CVL", country), "sector": "CVL",
                                   "acled_inter": term.acled_inter if term is not None else None})
                    return party
            if token.pos_ not in ("NOUN", "ADJ") or token.lower_ in _OTHERS or token in head.ancestors:
                continue  # "dozens of others": the partitive is the mention itself
            if token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children) and self._thing_word(token):
                return party  # "Two shells exploded ... a few others blew up": the count before is of things
            if i < sentence.start and not (token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children) and (
                    (self.base.sectors.get(name_key(token.lemma_)) or self.base.sectors.get(name_key(token.text)) or _NO_TERM).sector == "CVL")):
                # "12 civilians were killed in the raid ... Another three were killed later": a number
                # alone may count the civilians the sentence before counted, and nothing else
                continue
            if i < sentence.start and not self.setting:
                return party  # with no story country they would stay "Civilians" of nowhere: unknown
            if (head.pos_ == "NUM" and token.dep_ in ("nsubj", "agent") or token.head.dep_ == "agent") and not self._died(token):
                continue  # "the army killed 20 and wounded 12": the doers are not the count; "four people died" are
            if token.dep_ == "pobj" and token.head.lower_ == "by":
                continue  # "killed in a rocket attack by regime forces while dozens of others were wounded" (21/73)
            if self._source_of_the_figures(token):
                continue  # "According to the Al-Quds hospital four died while over 50 were injured" (41/34)
            if token.dep_ in ("amod", "compound") and token.head.pos_ != "PROPN":
                continue  # "a terrorist car bomb attack killed 44 and injured 140 others": the attack's, not its victims'
            if token.pos_ == "ADJ" and token.dep_ not in ("amod", "compound"):
                continue
            term = self.base.sectors.get(name_key(token.lemma_)) or self.base.sectors.get(name_key(token.text))
            if term is None or not term.sector or term.sector in _NOT_PEOPLE or token.ent_type_ in ("GPE", "LOC", "FAC"):
                continue  # "Idlib governorate", "the government": a body or a place is no count of people
            if name_key(token.lemma_) in self.base.cue("machine_nouns") or name_key(token.text) in self.base.cue("machine_nouns"):
                continue  # "missiles fired from a Syrian warplane also wounded 25 others": a plane is no one counted
            token = self._counted_in_the_list(token)
            owner = self._force_owner(token, sentence)
            if owner is not None:
                # "four of its soldiers have been killed and four others injured": the others are the
                # soldiers of the owner of "its" (thirty-seventh blind check n 38), not the story's army
                return self._through(party, owner)
            start, end = party_bounds(token) if token.pos_ == "NOUN" else (token.i, token.i + 1)
            fields = self._resolve(start, end, token)
            if fields.get("entity_id") and not (token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children)
                                                and fields.get("sector") in _ARMED_SECTORS | {"MIL", "COP"}):
                # "killing a Hezbollah fighter and two others": not said to be Hezbollah; but
                # "killed 23 al-Nusra militants and injured 18 others" counts the same group's men
                return party
            if not fields.get("country") and fields.get("sector") in _DOMESTIC:
                if self.setting:
                    fields = {**fields, **self._in_country(fields["sector"], self.setting)}
                # with no story country yet, the event's place may give one, as it gives the people
                # counted before ("100 civilians have been killed and 700 got injured in August shelling
                # of Syrias Aleppo": sixteenth blind check n 49)
                self._local.append(party)
            party.antecedent = self._quote(start, end)
            _apply(party, fields)
            return party
        return party

    def _envoy_of_its_owner(self, party: Party, head: Token, sentence: Span, exclude: set[int]) -> Party | None:
        """"Trump ... offered no details even as his UN ambassador Nikki Haley was promising a strong
        response": an envoy title (descriptions.yaml ``envoy_titles``) owned by a possessive pronoun
        serves the one the pronoun stands for, as "Russias UN ambassador" serves Russia; an
        intergovernmental body named before the title ("UN") says where the envoy is posted, not whom
        he serves (fifty-third blind check n 81: the United Nations). The person in apposition when
        the base knows him; else a person's state body (his role's country and sector: Trump's
        envoy is the US government's), or the state or body itself ("Russia ... its UN envoy").
        None when no such pronoun owns the title or its owner gives no country or body."""
        if not self._an_envoy_title(head):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"
                      and c.lower_ in ("his", "her", "its", "their")), None)
        if owner is None:
            return None
        for named in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            whole = self._resolve(*self._name_bounds(named), named)
            if whole.get("entity_id") and self._kind(str(whole["entity_id"])) == "person":
                return self._through(party, named)  # "his UN ambassador Nikki Haley": her
        referent = self._pronoun(owner, sentence, exclude)
        if referent is None or referent.pos_ not in ("NOUN", "PROPN"):
            return None
        known = self.by_token.get(referent.i)
        fields = known.fields if known is not None else self._resolve(
            *(self._name_bounds(referent) if referent.pos_ == "PROPN" else party_bounds(referent)), referent)
        kind = self._kind(str(fields["entity_id"])) if fields.get("entity_id") else None
        person = kind == "person" or kind is None and referent.ent_type_ == "PERSON"
        if not person and (fields.get("entity_id") or fields.get("country")):
            return self._through(party, referent)  # "Russia ... its UN envoy": Russia's (a state acts as its government)
        if not person or not fields.get("country") or not fields.get("sector"):
            return None
        start, end = party_bounds(head)
        party.antecedent = self._quote(*(self._name_bounds(referent) if referent.pos_ == "PROPN" else party_bounds(referent)))
        _apply(party, self._in_country(str(fields["sector"]), str(fields["country"])))
        self._remember(head, start, end, party)
        return party

    def _an_envoy_title(self, token: Token) -> bool:
        """Is the noun a diplomat's title (descriptions.yaml ``envoy_titles``: "ambassador", "envoy")?"""
        return token.pos_ == "NOUN" and (name_key(token.lemma_) in self.base.cue("envoy_titles")
                                         or name_key(token.text) in self.base.cue("envoy_titles"))

    def _died(self, token: Token) -> bool:
        """Is the noun the subject of a verb of dying (descriptions.yaml ``dying_verbs``: "four people
        died")? Such a subject is a victim, so a count after it may count more of them (41/34)."""
        return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in self.base.cue("dying_verbs")

    def _source_of_the_figures(self, token: Token) -> bool:
        """Is the noun what an "according to" phrase names ("according to the hospital", "according
        to medical sources")? It tells the toll, it is not among those counted: a hospital or a
        monitor is no casualty (forty-first blind check n 34: "over 50" became the hospital's staff)."""
        prep = token.head
        return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"

    def _force_owner(self, token: Token, sentence: Span) -> Token | None:
        """The owner of "its" in "its soldiers", the people counted before "others", when it is a
        state's military ("The Turkish military said four of its soldiers ..."); None otherwise."""
        poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "its" and c.pos_ == "PRON"), None)
        owner = self._pronoun(poss, sentence, set()) if poss is not None else None
        if owner is None:
            return None
        known = self.by_token.get(owner.i)
        fields = known.fields if known is not None else self._resolve(*party_bounds(owner), owner)
        return owner if fields.get("sector") == "MIL" and fields.get("country") else None

    def _counted_in_the_list(self, token: Token) -> Token:
        """"attacks on civilians and security forces ... killing at least 12 and injuring a number
        of others": of a list of people of several kinds, "others" are of the kind the article
        counts with a number ("Attacks Kill 12 Civilians", "killing one civilian"), not the last
        named (twentieth blind check n 58: the police). The token itself when the list is of one
        kind or the article counts none of it."""
        first = token.head if token.dep_ == "conj" else token
        members = sorted({first, *first.conjuncts}, key=lambda t: t.i)
        if len(members) < 2 or any(m.pos_ != "NOUN" for m in members):
            return token
        sectors = {(self.base.sectors.get(name_key(m.lemma_)) or self.base.sectors.get(name_key(m.text)) or _NO_TERM).sector
                   for m in members}
        if len(sectors) < 2:
            return token
        counted = {name_key(t.lemma_) for t in self.doc if any(c.dep_ == "nummod" for c in t.children)} \
            | {name_key(t.text) for t in self.doc if any(c.dep_ == "nummod" for c in t.children)}
        return next((m for m in members if name_key(m.lemma_) in counted or name_key(m.text) in counted), token)

    def _a_plural_name_for_it(self, pronoun: Token, token: Token) -> bool:
        """Is ``token`` a name of one word in the plural ("Democrats", "Republicans", "Kurds")
        that an object "it" or "its" passes by? Members of a party named in the plural are
        "they"; the singular "it" stands for something else, most often the thing of the
        sentence ("the bill would fail if 22 Republicans join all Democrats in opposing it":
        News Articles check N20 n 59, the Democratic Party). A plural word inside a longer
        name ("the Syrian Democratic Forces ... it") is not passed by, and a subject "it"
        keeps its other rules."""
        if pronoun.lower_ not in ("it", "its") or pronoun.dep_ in ("nsubj", "nsubjpass"):
            return False
        if token.tag_ != "NNPS" or not token.lower_.endswith("s"):
            return False
        return not any(c.dep_ in ("compound", "amod") for c in token.children) and token.dep_ != "compound"

    def _thing_word(self, token: Token) -> bool:
        """Does the noun name things that are hit or fired ("shells", "lorries": the cues'
        non-party targets) or machines ("warplanes"), never people?"""
        keys = (name_key(token.lemma_), name_key(token.text))
        return any(k in self.cues.non_party_targets or k in self.base.cue("machine_nouns") for k in keys)

    def _the_sayers_own(self, pronoun: Token, speaker: Token | None) -> Token | None:
        """"Putin briefed the participants on his call with Turkey's President Erdogan. In part, he
        said he had offered condolences to his Turkish counterpart": a subject pronoun of what a
        pronoun of the same word says is that sayer, whoever he is; it does not skip to the nearest
        name before (News Articles check N3 n 52: the second "he" became Erdogan). The sayer pronoun,
        whose antecedent the caller takes; None when the speaker is no such pronoun."""
        if speaker is None or speaker.pos_ != "PRON" or speaker.lower_ != pronoun.lower_ or speaker.i >= pronoun.i:
            return None
        return speaker if pronoun.lower_ in ("he", "she", "it", "they") else None

    def _opens_after_a_lead_in(self, pronoun: Token, start: int) -> bool:
        """Does a subject pronoun open its sentence but for a lead-in phrase and its comma ("In part,
        he said", "On Monday, it announced")? Such a phrase says when or how; the pronoun still
        goes on with the sentence before, as one that opens it does (N3 n 52)."""
        verb = pronoun.head
        lead = [c for c in verb.children if c.i < pronoun.i and c.dep_ in ("prep", "advmod", "npadvmod")]
        if not lead or self.doc[pronoun.i - 1].text != "," or min(c.left_edge.i for c in lead) != start:
            return False
        covered = {t.i for c in lead for t in c.subtree} | {pronoun.i - 1}
        return all(i in covered or self.doc[i].is_punct for i in range(start, pronoun.i))

    def _a_body_goes_on(self, pronoun: Token, subject: Token) -> bool:
        """"Initially, the company had denied to pay any compensation but later it agreed to pay": an
        "it" subject of a clause joined to another goes on with that clause's subject when it is a
        body named by a common noun ("the company", "the ministry") that the article resolved to a
        sector of a country, as a named one would (News Articles check N12 n 16: "it" became the
        Pakistani factory named before). Not people ("the woman"), nor a thing with no sector."""
        if pronoun.lower_ != "it" or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.i > pronoun.i \
                or subject.dep_ not in ("nsubj", "nsubjpass"):
            return False
        known = self.by_token.get(subject.i)
        if known is None or known.kind == "person":
            return False
        return bool(known.fields.get("country")) and known.fields.get("sector") not in (None, "CVL", "REF")

    def _a_thing_taken_as_object(self, pronoun: Token, token: Token) -> bool:
        """"prospects for the GOP bill were uncertain as both moderates and conservatives criticized
        it", "the reason they gave for blocking his visit": an object "it" takes up the nearest thing
        of its sentence, one with "the" or an owner, that one criticizes, blocks or backs (``it_thing_nouns``:
        a bill, a plan, a visit, a deal), which names no party, before any name further back (News
        Articles checks N6 n 54: the Republican Party; N2 n 38: CNN). The noun that governs "it"
        ("interest in it") is not what it stands for."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj") or token.pos_ != "NOUN" or token.tag_ != "NN":
            return False
        if token.sent.start != pronoun.sent.start or token.dep_ in ("compound", "amod", "poss") or token in pronoun.ancestors:
            return False
        if name_key(token.lemma_) not in self.base.cue("it_thing_nouns"):
            return False
        if not any(c.dep_ in ("det", "poss") for c in token.children):
            return False  # "violations of international law urging it to reconsider": no bill or visit in view
        if pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in self.base.cue("war_asking_verbs"):
            return False  # one urges or asks a party, never a bill
        known = self.by_token.get(token.i)
        return known is None or not (known.fields.get("entity_id") or known.fields.get("country"))

    def _an_outlet_told(self, token: Token) -> bool:
        """Is ``token`` a news outlet that a reporting verb addresses ("Ali told CNN they will be
        charged", "the minister told Reuters he would resign")? The outlet hears the clause; it is
        never what a pronoun in it stands for (News Articles check N6 n 20: "they" became CNN)."""
        if token.dep_ not in ("dobj", "dative") or token.head.lemma_ not in self.cues.reporting_verbs:
            return False
        known = self.by_token.get(token.i)
        fields = known.fields if known is not None else self._resolve(
            *(self._name_bounds(token) if token.pos_ == "PROPN" else party_bounds(token)), token)
        return fields.get("sector") == "JRN"

    def _a_name_with_honorific(self, pronoun: Token, token: Token) -> bool:
        """Is ``token`` a name under an honorific of the pronoun's sex ("Mr Sessions" for "he", "Ms
        Warren" for "she": descriptions.yaml ``male_titles``, ``female_titles``)? A titled name is a
        person though the parser tags no person on it (News Articles check N11 n 46: "Pelosi accused
        Mr Sessions of lying under oath and demanded he resign" became Pelosi)."""
        wanted = "male_titles" if pronoun.lower_ in ("he", "him", "his") else \
            "female_titles" if pronoun.lower_ in ("she", "her", "hers") else None
        if wanted is None or token.pos_ != "PROPN":
            return False
        name = token
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head
        first = min([name.i, *(c.i for c in name.children if c.dep_ == "compound" and c.i < name.i)])
        words = [self.doc[i] for i in range(first, name.i)] + ([self.doc[first - 1]] if first > 0 else [])
        return any(w.lower_.rstrip(".") in ("mr", "mrs", "ms", "miss") and w.lower_.rstrip(".") in self.base.cue(wanted)
                   for w in words)

    def _the_subject_of_its_own_verb(self, pronoun: Token, token: Token) -> bool:
        """"The president called him a so-called judge and said people should blame him": an object
        pronoun ("him", "her", "them", "it") never stands for the subject of its own verb, who would
        be "himself" (News Articles check N15 n 16: "him", the judge, became Trump, the name just
        before). The subject is the verb's own only (a verb joined by "and" is often hung on the
        wrong clause by the parser: "He said Mr Bercow had erred ... and urged him"), or for a
        relative clause whose subject is "who" the noun the clause hangs on ("the judge who
        blocked him": not the judge). Only that subject's head word and its compounds: "the leader
        of the group urged them to" may well mean the group's fighters."""
        if pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_ not in ("him", "her", "them", "it"):
            return False
        verb = pronoun.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head  # "the judge who blocked him"
        if subject is None or subject.pos_ == "PRON":
            return False
        return token.i == subject.i or (token.dep_ == "compound" and token.head.i == subject.i)

    def _the_noun_its_relative_clause_names(self, pronoun: Token, token: Token) -> bool:
        """"He criticized the media for attacking Michael Flynn, a loyal adviser whom he dismissed":
        the subject of a relative clause whose relative word is its object ("whom he dismissed",
        "which it rejected", "that they signed") is not the noun the clause hangs on, nor the name
        that noun is in apposition to: that one is what the clause's verb acts on (News Articles
        check N19 n 12: "he" who fired Flynn became Flynn)."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + \
            [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        if not any(o.lower_ in ("whom", "which", "that", "who") and o.i < pronoun.i for o in objects):
            return False
        named = [verb.head] + ([verb.head.head] if verb.head.dep_ == "appos" else [])
        return any(token.i == n.i or (token.dep_ == "compound" and token.head.i == n.i) for n in named)

    def _names_no_party(self, token: Token) -> bool:
        """Is the common noun a thing that no actor is: no sector term ("rebels", "the company"), no
        entity or country of its own, no person or body of people (descriptions.yaml
        ``party_body_nouns``, ``collective_person_nouns``, ``armed_person_nouns``, the base's
        titles), no machine of war, no name tagged by the parser? "the proposal", "the tools",
        "the grade" are things; "the group", "the defendants" are not."""
        if token.pos_ != "NOUN" or token.ent_type_ or token.lower_ in _BARE_FORCES:
            return False
        keys = (name_key(token.lemma_), name_key(token.text))
        lists = ("party_body_nouns", "collective_person_nouns", "armed_person_nouns", "machine_nouns", "group_person_nouns",
                 "staff_nouns", "kin_nouns", "backer_nouns", "envoy_titles", "person_heads", "origin_nouns")
        if any(k in self.base.sectors or k in self.base.titles or any(k in self.base.cue(c) for c in lists) for k in keys):
            return False
        if token.tag_ == "NNS" and token.lower_.endswith(("ers", "ors", "ists", "ants", "ents", "ians", "ees")):
            return False  # "investors", "activists", "migrants", "detainees": people, though no list names them
        known = self.by_token.get(token.i)
        fields = known.fields if known is not None else self._resolve(token.i, token.i + 1, token)
        return not (fields.get("entity_id") or fields.get("country") or fields.get("sector"))

    def _a_nearer_thing(self, pronoun: Token, token: Token) -> bool:
        """Is ``token``, the nearest noun before "it", "they" or "them" in its sentence, a thing
        (``_names_no_party``) of the pronoun's number that is salient enough to be its antecedent: a
        subject, or, for an object pronoun, an object too? Then the pronoun takes that thing up and
        no actor further back is sought ("Once these tools are introduced into the wild of the
        internet, they cannot be reclaimed": News Articles check N28 n 16, the CIA; "plans to abolish
        the grade and merge it with another": N28 n 68, a union). A pronoun inside the noun's own
        phrase ("the defence it provides") does not take that noun up; a subject pronoun under a
        clause whose subject is an actor ("the army said the operation goes on until it retakes
        the city") or one that fights or captures keeps the actor."""
        if pronoun.lower_ not in ("it", "they", "them") or token.sent.start != pronoun.sent.start:
            return False
        if (token.tag_ == "NN") != (pronoun.lower_ == "it") or token.tag_ not in ("NN", "NNS"):
            return False
        subject = pronoun.dep_ in ("nsubj", "nsubjpass")
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return False  # an object passed by is no antecedent: "older people face higher costs ... charge them"
        verb = pronoun.head
        if token.head.i == verb.i or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and token.head in verb.ancestors:
            return False  # "hoping emeralds would arise to rescue them": an object is never its own verb's subject
        if token in pronoun.ancestors or token.left_edge.i <= pronoun.i <= token.right_edge.i:
            return False
        if subject and (self._subject_above(pronoun) is not None or self._a_fighting_verb(pronoun.head)):
            return False
        if any(c.dep_ == "poss" and c.lower_ == ("its" if pronoun.lower_ == "it" else "their") for c in token.children):
            return False  # "Its mandate is limited ... and it is only charged with": the owner goes on (FA-KES check 26 n 63)
        return self._names_no_party(token)

    def _a_fighting_verb(self, verb: Token) -> bool:
        """Is the verb one that only an actor does: fighting, capturing, attacking or striking
        (descriptions.yaml ``fighting_verbs``, ``capture_verbs``, ``armed_attack_verbs``,
        ``military_verbs``, ``harm_verbs``)? "until it retakes the city" is never a thing's."""
        verbs = self._armed_fighting_verbs() | self.base.cue("capture_verbs") | self.base.cue("armed_attack_verbs") \
            | self.base.cue("military_verbs") | self.base.cue("harm_verbs")
        return verb.lemma_.lower() in verbs

    def _the_sentence_is_about_a_thing(self, pronoun: Token) -> bool:
        """"Trump's budget proposal has been criticised by Democrats and some Republicans, including
        Senator Lindsey Graham who called it dead on arrival": an object "it" of a clause with a
        subject of its own ("who", "senators") takes up the main subject of its sentence when that
        is a thing (``_names_no_party``: "the proposal", "the report"), not the parties named
        between, who are the ones acting on it (News Articles checks N21 n 48: the Republican
        Party; N21 n 94: "it" the UN report became Israel). "The report accuses Israel and urges it
        to ..." has no subject of its own for "urges": Israel is still sought."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return False
        if self._a_parallel_thing(pronoun):
            return True
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        if pronoun.dep_ == "nsubjpass":
            # "who called it dead on arrival and predicted that it will not be approved": what is
            # approved is the thing the sentence is about, under a clause of another's saying
            while verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head != verb \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i for c in verb.children):
                verb = verb.head
        own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i), None)
        if own is None or self._subject_above(pronoun) is not None:
            return False
        root = pronoun.sent.root
        main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is None or main.i >= pronoun.i or main.i == own.i or main.tag_ != "NN" or verb.i == root.i:
            return False
        return self._names_no_party(main)

    def _a_parallel_thing(self, pronoun: Token) -> bool:
        """"plans to abolish the Staff Officer grade (represented by the union) and merge it with
        another grade": an object "it" of a verb joined by "and" to a verb whose object is a thing
        (``_names_no_party``) takes up that object, not a name inside its phrase (News Articles check
        N28 n 68: "it" became the union). "attacked the town and took it" gives no party either;
        "they criticised the government and urged it to resign" keeps the government."""
        if pronoun.dep_ != "dobj":
            return False
        verb = pronoun.head
        partners = ([verb.head] if verb.dep_ == "conj" else []) + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        objects = [o for p in partners for o in p.children if o.dep_ == "dobj" and o.i < pronoun.i]
        return any(o.tag_ == "NN" and self._names_no_party(o) for o in objects)


def _apply(party: Party, fields: dict[str, Any]) -> None:
    for name in _FIELDS:
        value = fields.get(name)
        if value is not None:
            setattr(party, name, value)
