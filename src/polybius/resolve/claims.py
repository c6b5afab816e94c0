"""Attackers a claim names: whose an unnamed attacker ("a suicide bomber", "gunmen") is.

ACLED attributes a claimed attack to the claimant, and sectors.tsv codes an attacker as an
unidentified armed group (UAF) only while no group claims the attack. ``ClaimRules`` finds the
named armed group the text ties the attacker to: the group that says he did it ("IS in a
statement said a suicide bomber detonated ..."), that fights back with him ("the Takfiris who
fought back with suicide bombers"), that claims the attack in his sentence or the next, or the
one group that claims this attack anywhere in the article ("a blast claimed by the Daesh terror
group ... the attack was carried out by a suicide bomber"). It leaves him unidentified where the
article says no one is known to have done it, where two groups claim attacks, or where the claim
is of other attacks ("previous bombings", "Last month bombings claimed by ...").

It is a mixin of ``polybius.resolve.mentions.MentionResolver``, kept apart as the state-word and
pronoun rules are; it relies on the resolver's article and methods (see the class docstring)
and never imports mentions.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from polybius.code.arguments import PRONOUNS, party_bounds
from polybius.resolve.names import name_key

if TYPE_CHECKING:
    from polybius.code.knowledge import Cues
    from polybius.resolve.actors import ActorBase


class ClaimRules:
    """Claim rules, mixed into ``MentionResolver`` (a slots dataclass, hence ``__slots__ = ()``).
    Entry points, called from ``MentionResolver.party``: ``_claimant_of_the_attack`` (the group
    an unnamed attacker is) and ``_authorship_unknown`` (the article says no one is known).

    It relies on the class that inherits it for the article's state — ``base``, ``cues``, ``doc``
    and ``by_token`` (what the article resolved each token to) — and for these methods of mention
    resolution: ``_resolve`` (the base's reading of a run of words), ``_name_bounds``, ``_kind``,
    ``_reporter`` (the speaker of a reporting verb), ``_pronoun`` (what a pronoun stands for) and
    ``_armed_fighting_verbs``.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        base: ActorBase
        cues: Cues
        doc: Doc
        by_token: dict[int, Any]

        def _resolve(self, start: int, end: int, head: Token) -> dict[str, Any]: ...
        def _name_bounds(self, token: Token) -> tuple[int, int]: ...
        def _kind(self, entity_id: str) -> str | None: ...
        def _reporter(self, verb: Token) -> Token | None: ...
        def _pronoun(self, pronoun: Token, sentence: Span, exclude: set[int]) -> Token | None: ...
        def _armed_fighting_verbs(self) -> frozenset[str]: ...

    def _authorship_unknown(self, head: Token) -> bool:
        """Does the article say, before the mention, that no one is known to have done the
        attack (descriptions.yaml ``authorship_unknown_phrases``)? Then an unidentified
        attacker stays unidentified, whoever the article names as a suspect."""
        before = " ".join(name_key(t.text) for t in self.doc[:head.i])
        return any(phrase in before for phrase in self.base.cue("authorship_unknown_phrases"))

    def _claimant_of_the_attack(self, head: Token, sentence: Span, exclude: set[int]) -> Token | None:
        """The named armed group the text ties an unnamed attacker ("a suicide bomber", "gunmen") to:
        the group that says he did it, that claims the attack, or that fights with him (checks 44 n 62
        and 73, 45 n 23 and 96, 47 n 49). sectors.tsv: UAF only while no group claims the attack;
        ACLED attributes a claimed attack to the claimant. None when the article says no one is known
        to have done it."""
        if self._authorship_unknown(head):
            return None
        return self._speaker_of_the_attack(head, sentence, exclude) or self._fighter_with(head) \
            or self._claimant_nearby(head)

    def _an_armed_group(self, token: Token | None) -> bool:
        """Is ``token`` (a name, a group's noun phrase, or a word the article has resolved) an armed
        group of the base? Never a monitor, a government or a media outlet: their kind differs."""
        entity_id = self._entity_of(token) if token is not None else None
        return bool(entity_id) and self._kind(str(entity_id)) == "armed_group"

    def _speaker_of_the_attack(self, head: Token, sentence: Span, exclude: set[int]) -> Token | None:
        """"IS in a statement said a suicide bomber detonated an explosive belt", "it said the attack
        was carried out by a bomber" (it = the group): the attacker is the subject (or the agent) of
        the clause a named armed group reports; the group speaks of its own man (checks 45 n 96,
        47 n 49, 44 n 62)."""
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "agent":
            verb = verb.head
        elif head.dep_ != "nsubj":
            return None
        for _ in range(2):  # the reported clause, or a conjunct of it
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues.reporting_verbs:
                break
            if verb.dep_ != "conj":
                return None
            verb = verb.head
        else:
            return None
        speaker = self._reporter(verb.head)
        if speaker is not None and speaker.lower_ in PRONOUNS and speaker.pos_ == "PRON":
            speaker = self._pronoun(speaker, sentence, exclude)
        return speaker if self._an_armed_group(speaker) else None

    def _fighter_with(self, head: Token) -> Token | None:
        """"the Takfiris who have fought back with suicide bombers and car bombs": what an armed group
        fights back (or retaliates) with is its own (check 45 n 23). Only with a particle "back" or a
        verb of retaliation (descriptions.yaml retaliation_verbs): "fought with gunmen" is a clash."""
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
            return None
        verb = prep.head
        lemma = name_key(verb.lemma_)
        if not (lemma in self.base.cue("retaliation_verbs") or lemma in self._armed_fighting_verbs()
                and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head  # "the Takfiris who have fought back"
        return subject if self._an_armed_group(subject) else None

    def _claimant_nearby(self, head: Token) -> Token | None:
        """"A suicide bomber blew himself up in Hasakah ... The Islamic State group claimed the attack":
        a named armed group that claims the attack (descriptions.yaml claim_verbs with a claimed_objects
        object, responsibility_verbs with "responsibility") in the attacker's sentence or the next one
        is whose he is (check 44 n 73)."""
        sentences = list(self.doc.sents)
        at = next(n for n, s in enumerate(sentences) if s.start <= head.i < s.end)
        for sent in sentences[at:at + 2]:
            claimants = self._claimants_in(sent)
            if claimants:
                return claimants[0]
        # "Daesh claims Qamishli bombing ... Kurdish officials said the attack was carried out by a
        # suicide bomber": one armed group, the only one that claims an attack anywhere in the
        # article, is whose the attacker is (fifty-third check n 32, fifty-fifth n 59); two
        # claimants, or none, leave him unidentified
        if self._authorship_unknown(self.doc[-1]):
            return None  # "It was not immediately clear who carried out the attack", anywhere in the article
        claimants = [c for sent in sentences for c in self._claimants_in(sent, this_attack=True)]
        groups = {self._entity_of(c) for c in claimants}
        return claimants[0] if len(groups) == 1 and None not in groups else None

    def _claimants_in(self, sent: Span, this_attack: bool = False) -> list[Token]:
        """The named armed groups that claim an attack in a sentence (descriptions.yaml
        claim_verbs with a claimed_objects object, responsibility_verbs with "responsibility").
        ``this_attack``: not a claim of other attacks ("ISIL has claimed previous bombings in the
        city": descriptions.yaml other_attack_words)."""
        found = []
        for verb in sent:
            lemma = name_key(verb.lemma_)
            objects = self.base.cue("claimed_objects") if lemma in self.base.cue("claim_verbs") \
                else frozenset({"responsibility"}) if lemma in self.base.cue("responsibility_verbs") else frozenset()
            claimed = [c for c in verb.children if c.dep_ == "dobj" and name_key(c.lemma_) in objects]
            agent = self._agent_of_a_claimed_attack(verb)
            if agent is not None:
                # "a suicide blast claimed by the Daesh terror group" (sixty-third check n 97); not
                # "previous bombings claimed by IS" or "Last month bombings claimed by IS" where only
                # this attack counts
                if not (this_attack and (self._another_attack(verb.head) or self._at_another_time(sent))):
                    found.append(agent)
                continue
            if any(c.dep_ == "neg" for c in verb.children) or not claimed:
                continue
            if this_attack and (any(self._another_attack(c) for c in claimed) or self._at_another_time(sent)):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if self._an_armed_group(subject):
                found.append(subject)
        return found

    def _another_attack(self, noun: Token) -> bool:
        """Whether an attack noun is said to be another one than the story's ("previous
        bombings", "earlier attacks": descriptions.yaml other_attack_words)."""
        return any(m.dep_ in ("amod", "advmod") and name_key(m.text) in self.base.cue("other_attack_words")
                   for m in noun.children)

    def _at_another_time(self, sent: Span) -> bool:
        """Whether a sentence dates itself to another time than the story's ("Last month bombings
        claimed by the Islamic State group ... killed 170"): a date with a word of descriptions.yaml
        other_attack_words or "last", "ago"."""
        words = self.base.cue("other_attack_words") | {"last", "ago"}
        return any(e.label_ == "DATE" and any(name_key(t.text) in words for t in e) for e in sent.ents)

    def _agent_of_a_claimed_attack(self, verb: Token) -> Token | None:
        """The named armed group after "by" of an attack noun's participle of claiming ("a blast
        claimed by the Daesh terror group", "the attack, claimed by IS"), else None."""
        if name_key(verb.lemma_) not in self.base.cue("claim_verbs") or verb.dep_ != "acl" \
                or name_key(verb.head.lemma_) not in self.base.cue("claimed_objects"):
            return None
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        group = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        return group if self._an_armed_group(group) else None

    def _entity_of(self, token: Token) -> str | None:
        """The entity id of a name, a group's noun phrase ("the Islamic State group") or a word
        the article has resolved; None for any other word."""
        known = self.by_token.get(token.i)
        entity_id = known.fields.get("entity_id") if known is not None else None
        if entity_id is None and token.pos_ == "NOUN" and name_key(token.lemma_) in self.base.cue("group_nouns"):
            entity_id = self._resolve(*party_bounds(token), token).get("entity_id")  # "the Islamic State group"
        elif entity_id is None and (token.pos_ == "PROPN" or token.text[:1].isupper()):
            entity_id = self._resolve(*self._name_bounds(token), token).get("entity_id")  # "ISIS" parsed as a verb too
        return str(entity_id) if entity_id else None
