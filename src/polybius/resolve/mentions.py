"""Actor mentions in their article: names, pronouns, definite descriptions, people
introduced by role.

One ``MentionResolver`` reads one document. It remembers every actor the article has
named so far, so that "it" after "The Lebanese army said", "the group" in a story about
Islamic State, or "General Ali Kanso" after "a Lebanese army spokesman" resolve to what
a reader would take them for — and stay unresolved when nothing fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from polybius.code.arguments import PRONOUNS, party_bounds
from polybius.code.knowledge import Cues
from polybius.model import Party
from polybius.resolve.actors import ActorBase, in_country, resolve_words
from polybius.resolve.names import name_key

_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_NAME_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# Nouns that name a body of people: a definite one refers back to an earlier actor.
_GROUP_KINDS = frozenset({"armed_group", "party"})
_ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "commander", "general", "minister", "officer", "source", "envoy", "ambassador", "chief", "head", "leader"})
_ROLE_WINDOW = 3  # sentences
# Sectors that belong to one country: "rebels" in a Syria story are Syrian rebels.
_DOMESTIC = frozenset({"GOV", "MIL", "COP", "REB", "OPP", "CVL", "JUD", "LEG", "PTY", "REF", "SPY", "UAF", "MED", "EDU", "REL",
                       "LAB", "BUS", "AGR", "CRM"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
_PLURAL = frozenset({"they", "them", "their"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_FIELDS = ("entity_id", "name", "country", "sector", "acled_inter", "cameo_code", "acled_name")


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


@dataclass(slots=True)
class MentionResolver:
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

    def __post_init__(self) -> None:
        # Token.sent walks the document each time: map tokens to their sentence once
        self.sentence_start = [0] * len(self.doc)
        for sentence in self.doc.sents:
            self.sentence_start[sentence.start: sentence.end] = [sentence.start] * (sentence.end - sentence.start)
        self.entities = list(self.doc.ents)
        self._pending = True  # the article's names are read when a pronoun or description first needs them

    def _read_names(self) -> None:
        """Remember every actor the article names (spaCy's names, and descriptions built
        on a demonym: "a Lebanese army spokesman")."""
        self._pending = False
        for ent in self.entities:
            if ent.label_ not in _NAME_ENTITIES:
                continue
            root = ent.root
            if root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN":
                head = root.head
                while head.dep_ == "compound" and head.head.pos_ == "NOUN":
                    head = head.head
                start, end = party_bounds(head)
            else:
                head, start, end = root, ent.start, ent.end
            if head.i not in self.by_token:  # what the coder resolved itself stays
                self._remember(head, start, end)

    # -- public ----------------------------------------------------------------------

    def party(self, head: Token, sentence: Span, exclude: set[int]) -> Party:
        """The ``Party`` for the noun phrase headed by ``head``; ``exclude`` holds the
        tokens of the clause's other role (a pronoun never refers to its own clause's actor)."""
        start, end = party_bounds(head)
        party = Party(text=self._quote(start, end), span=self._span(start, end))
        if head.lower_ in _RELATIVE and head.head.dep_ == "relcl" and head.head.head.pos_ in ("NOUN", "PROPN"):
            return self._through(party, head.head.head)  # "150 civilians who were captured"
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            return self._through(party, self._pronoun(head, sentence, exclude))
        fields = self._resolve(start, end, head)
        if fields.get("country") and not fields.get("sector") and not fields.get("entity_id"):
            fields = self._shared_noun(head, fields)
        entity = self._entity_around(head)
        if not fields.get("entity_id") and entity is not None and (entity.start < start or entity.end > end):
            fields = self._resolve(entity.start, entity.end, head) or fields  # "Jaish al-Islam" tagged PERSON
        defaulted = False
        if not fields.get("country") and not fields.get("entity_id") and fields.get("sector") in _DOMESTIC and self.setting and head.ent_type_ != "PERSON":
            # "rebels", "government forces" in a story about one country
            fields = {**fields, **self._in_country(fields["sector"], self.setting)}
            defaulted = True
        if not (fields.get("entity_id") or fields.get("country")) and self._is_definite_description(head):
            referent = self._description(head, sentence)
            if referent is not None:
                return self._through(party, referent)
        if fields:
            _apply(party, fields)
        if head.ent_type_ == "PERSON" and party.entity_id is None:
            self._person_by_role(party, head, sentence)
        if party.name is None and head.ent_type_ in ("ORG", "PERSON"):
            party.name = party.text
        self._remember(head, start, end, party)
        if defaulted or (not party.country and not party.entity_id and party.sector in _DOMESTIC and head.ent_type_ != "PERSON"):
            self._local.append(party)
        return party

    def localise(self, party: Party, iso3: str | None) -> None:
        """Give a party that names no country of its own ("31 civilians", "rebels") the
        country where its event happened, which says more than the story's country."""
        if iso3 and iso3 != party.country and any(p is party for p in self._local):
            fields = self._in_country(party.sector or "", iso3)
            for name in ("entity_id", "name", "acled_name", "cameo_code"):
                setattr(party, name, fields.get(name))  # the story country's body, if any, goes
            for name, value in fields.items():
                if value is not None:
                    setattr(party, name, value)

    def _in_country(self, sector: str, iso3: str) -> dict[str, Any]:
        return in_country(sector, iso3, self.base, self.published)

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
        words = [self.text[t.idx + self.offset: t.idx + self.offset + len(t)] for t in (head, noun)]
        shared = resolve_words(words, noun.lemma_, self.base, self.published)
        shared.pop("why", None)
        return shared if shared.get("sector") else fields

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
            head_lemma=head.lemma_.lower(),
        )
        self.by_token[known.token] = known  # a later reading of the same words is richer
        self._ordered = None

    def _resolve(self, start: int, end: int, head: Token) -> dict[str, Any]:
        words = [self.text[t.idx + self.offset: t.idx + self.offset + len(t)] for t in self.doc[start:end]]
        fields = resolve_words(words, head.lemma_, self.base, self.published)
        fields.pop("why", None)
        return fields

    # -- pronouns and descriptions ----------------------------------------------------

    def _pronoun(self, pronoun: Token, sentence: Span, exclude: set[int]) -> Token | None:
        """The speaker for "X said it ...", else the nearest preceding actor outside the
        clause's own actor, within this sentence and the one before."""
        if pronoun.lower_ in _SUBJECT_PRONOUNS and pronoun.dep_ in ("nsubj", "nsubjpass"):
            node = pronoun.head
            while node.dep_ == "conj" and node.head != node:
                node = node.head
            if node.dep_ == "ccomp" and node.head.lemma_ in self.cues.reporting_verbs:
                speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
                if speaker is not None and speaker.pos_ != "PRON":
                    return speaker
        doc = pronoun.doc
        earliest = self.sentence_start[sentence.start - 1] if sentence.start > 0 else sentence.start
        for i in range(pronoun.i - 1, earliest - 1, -1):
            token = doc[i]
            if i in exclude or token.pos_ not in ("PROPN", "NOUN") or token.dep_ == "amod":
                continue
            entity = self.base.lookup(token.lemma_) or self.base.lookup(token.text)
            if pronoun.lower_ in _PERSONAL:  # "he" is a person, never an organisation
                if token.ent_type_ == "PERSON" or (entity is not None and entity.kind == "person"):
                    return token
                continue
            named = entity is not None and entity.kind != "country"
            if named or (token.ent_type_ in ("ORG", "NORP") and token.dep_ != "compound"):
                return token  # a name inside a noun phrase counts ("Daesh positions")
            if pronoun.lower_ in _PLURAL and token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                    and name_key(token.lemma_) in self.base.sectors:
                return token  # "civilians ... as they fled": a body of people named by its sector
        return None

    def _is_definite_description(self, head: Token) -> bool:
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
            return False
        if any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in _NAME_ENTITIES for c in head.children):
            return False
        return name_key(head.lemma_) in self.base.sectors or head.lemma_ in ("group", "organization", "organisation", "movement", "faction")

    def _description(self, head: Token, sentence: Span) -> _Known | None:
        """"the group", "the militants", "the army": the most salient earlier actor of a
        fitting kind. Actors named in the same sentence are left out: a writer who means
        them names them."""
        wanted = self._wanted(head)
        same_sentence = {k.key for k in self.known if k.sentence == sentence.start and k.token != head.i}
        counts: dict[str, int] = {}
        same_head: set[str] = set()  # "the militants" after "Daesh militants"
        last: dict[str, _Known] = {}
        for known in self.known:
            if known.token >= head.i:
                break
            if known.key and known.key not in same_sentence and wanted(known):
                counts[known.key] = counts.get(known.key, 0) + 1
                last[known.key] = known
                if known.head_lemma == head.lemma_.lower():
                    same_head.add(known.key)
        if not counts:
            return None
        best = max(counts, key=lambda key: (key in same_head, counts[key], last[key].token))
        return last[best]

    def _wanted(self, head: Token):
        term = self.base.sectors.get(name_key(head.lemma_))
        sector = term.sector if term is not None else None
        if head.lemma_ in ("group", "organization", "organisation", "movement", "faction") or sector in ("REB", "UAF", "PRM"):
            return lambda k: k.kind in _GROUP_KINDS or (k.kind is None and k.fields.get("sector") in ("REB", "UAF", "PRM") and k.fields.get("entity_id"))
        if sector:
            return lambda k: k.fields.get("sector") == sector and (k.fields.get("country") or k.fields.get("entity_id"))
        return lambda k: False

    def _through(self, party: Party, antecedent: Token | _Known | None) -> Party:
        """Resolve ``party`` (a pronoun or description) as what it stands for."""
        if antecedent is None:
            return party
        if isinstance(antecedent, _Known):
            start, end = party_bounds(self.doc[antecedent.token])
            party.antecedent = self._quote(start, end)
            _apply(party, antecedent.fields)
            return party
        start, end = party_bounds(antecedent)
        party.antecedent = self._quote(start, end)
        fields = self._resolve(start, end, antecedent)
        if not fields:
            known = next((k for k in reversed(self.known) if k.token == antecedent.i), None)
            fields = known.fields if known is not None else {}
        _apply(party, fields)
        if party.name is None and antecedent.ent_type_ in ("ORG", "PERSON"):
            party.name = party.antecedent
        return party

    def _person_by_role(self, party: Party, head: Token, sentence: Span) -> None:
        """A person the base does not know: the same surname earlier in the article, else
        the country and sector of an official just introduced by role ("a Lebanese army
        spokesman ... General Ali Kanso")."""
        surname = head.lower_
        earliest = sentence.start
        for _ in range(_ROLE_WINDOW):  # the official may be introduced a few sentences before
            if earliest == 0:
                break
            earliest = self.sentence_start[earliest - 1]
        for known in reversed(self.known):
            if known.token >= head.i:
                continue
            if known.surname == surname and known.fields.get("country"):
                _apply(party, known.fields)
                return
        for known in reversed(self.known):
            if known.token >= head.i or known.sentence < earliest:
                continue
            if known.role_noun and known.fields.get("country"):
                party.country = party.country or known.fields["country"]
                party.sector = party.sector or known.fields.get("sector")
                party.acled_inter = party.acled_inter or known.fields.get("acled_inter")
                if party.sector:
                    party.cameo_code = f"{party.country}{party.sector}"
                return

    # -- text ------------------------------------------------------------------------

    def _quote(self, start: int, end: int) -> str:
        first, last = self.doc[start], self.doc[end - 1]
        return self.text[first.idx + self.offset: last.idx + len(last) + self.offset]

    def _span(self, start: int, end: int) -> tuple[int, int]:
        first, last = self.doc[start], self.doc[end - 1]
        return first.idx + self.offset, last.idx + len(last) + self.offset


def _apply(party: Party, fields: dict[str, Any]) -> None:
    for name in _FIELDS:
        value = fields.get(name)
        if value is not None:
            setattr(party, name, value)
