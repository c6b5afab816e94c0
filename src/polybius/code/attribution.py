"""Who says so: the reporting chain around an event ("a source in Hezbollah told Sputnik",
"according to SANA", "..., the army said")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from polybius.code.knowledge import Cues
from polybius.model import Attribution

_MAX_STEPS = 8


def reporting_verb(node: Token, cues: Cues) -> Token | None:
    """The nearest reporting verb that governs ``node``."""
    steps = 0
    while node.head != node and steps < _MAX_STEPS:
        head = node.head
        if head.lemma_ in cues.reporting_verbs and head.pos_ == "VERB" and node.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj", "dobj"):
            return head
        node, steps = head, steps + 1
    return None


_SOURCE_PREPOSITIONS = frozenset({"in", "from", "of", "at", "within", "close", "inside", "with"})


def _phrase(token: Token) -> tuple[int, int]:
    """The words naming a source: its noun phrase and the prepositions that say where it
    stands ("a source in Hezbollah"), not when it spoke ("on August 19")."""
    from polybius.code.arguments import party_bounds

    start, end = party_bounds(token)
    doc = token.doc
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in _SOURCE_PREPOSITIONS and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            end = max(end, child.right_edge.i + 1)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _according_to(sentence: Span) -> Token | None:
    for token in sentence:
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                return obj
    return None


def attribution_for(anchor: Token, sentence: Span, cues: Cues, article_text: str, offset: int) -> Attribution | None:
    """The source of the claim about the event at ``anchor``, quoted from ``article_text``
    (of which the parsed document starts at ``offset``)."""
    text = article_text[offset:]
    verb = reporting_verb(anchor, cues)
    speaker = None
    outlet = None
    if verb is not None:
        speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.lemma_ == "tell":
            outlet = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if speaker is None:
        speaker = _according_to(sentence)
    if speaker is None:
        return None
    start, end = _phrase(speaker) if speaker.lower_ not in ("it", "they", "he", "she") else (speaker.idx, speaker.idx + len(speaker))
    outlet_span = _phrase(outlet) if outlet is not None else None
    return Attribution(
        text=text[start:end],
        span=(start + offset, end + offset),
        outlet=text[outlet_span[0]:outlet_span[1]] if outlet_span else None,
        outlet_span=(outlet_span[0] + offset, outlet_span[1] + offset) if outlet_span else None,
    )
