"""Did it happen? ``asserted``, ``negated``, ``hypothetical``, ``intended`` or ``habitual``.

Read from the trigger, the verb that carries it, and the chain of governors above them,
up to the first reporting verb. Precedence: negated > hypothetical > intended > habitual.
"""

from __future__ import annotations

from spacy.tokens import Token

from polybius.code.knowledge import Cues

# Dependencies through which a governor's meaning passes to the event below it.
# Not subjects: what is said of an event ("the attack cannot be tolerated") does not
# change whether it happened.
_GOVERNED = frozenset({"xcomp", "ccomp", "acomp", "advcl", "acl", "pcomp", "pobj", "prep", "dobj", "relcl", "attr", "conj", "oprd"})
_PROGRESSIVE_OR_PERFECT = frozenset({"be", "have"})
_MAX_STEPS = 5
# Governors that make an intention of what they govern only through these links
# ("plans to attack", "ready to surrender", "a threat of attack"), not through adverbial
# clauses ("approved X after Y accused Z": the accusation is no plan).
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acomp", "acl", "pcomp", "pobj", "prep", "dobj", "oprd"})


def _has_negation(node: Token, cues: Cues) -> bool:
    return any(
        child.dep_ == "neg" or (child.lower_ in cues.negation_words and child.dep_ in ("det", "advmod", "preconj", "neg"))
        for child in node.children
    )


def _auxiliaries(node: Token) -> list[Token]:
    return [c for c in node.children if c.dep_ in ("aux", "auxpass")]


def _is_infinitive(node: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)


def _in_past_report(node: Token, cues: Cues) -> bool:
    """Is ``node`` inside what a past-tense reporting verb reports ("said it would ...")?"""
    steps = 0
    while node.dep_ != "ROOT" and steps < _MAX_STEPS:
        head = node.head
        if head.lemma_ in cues.reporting_verbs and node.dep_ in ("ccomp", "parataxis", "advcl"):
            return head.tag_ in ("VBD", "VBN")
        node, steps = head, steps + 1
    return False


def classify(trigger: Token, anchor: Token, cues: Cues) -> str:
    """The modality of the event whose trigger is ``trigger`` and clause verb ``anchor``."""
    nodes = [trigger] if anchor == trigger else [trigger, anchor]
    if any(_has_negation(n, cues) for n in nodes):
        return "negated"
    if anchor.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in anchor.children
    ):
        return "negated"  # "offered no details", "carried out no strikes"
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in cues.hypothetical_determiners for c in trigger.children):
        return "hypothetical"

    verdict: str | None = None
    node, steps = anchor, 0
    via_conj = False
    while steps <= _MAX_STEPS:
        # "was not a party ... and denied that": a conjunct shares its neighbour's auxiliaries, not its negation
        found = _clause_modality(node, cues, is_event=(steps == 0 or via_conj))
        if found == "negated":
            return "negated"
        if found == "hypothetical":
            return "hypothetical"
        if found and verdict is None:
            verdict = found
        if node.dep_ not in _GOVERNED or node.head == node or _is_own_clause(node):
            break
        head = node.head
        if head.lemma_ in cues.reporting_verbs and head.pos_ == "VERB":
            break  # what a source says keeps the modality it was said with
        if head.lemma_ in cues.negating_governors:
            return "negated"
        if verdict is None and node.dep_ in _COMPLEMENTS and (head.lemma_ in cues.intention_governors or head.lemma_ in cues.intention_adjectives):
            verdict = "intended"
        if verdict is None and _is_infinitive(node) and head.lemma_ not in cues.aspectual_governors and node.dep_ in ("advcl", "acl", "xcomp"):
            verdict = "intended"  # a purpose clause: "an operation to defeat Daesh"
        via_conj = node.dep_ == "conj"
        node, steps = head, steps + 1
    if verdict:
        return verdict
    if _is_habitual(trigger, anchor, cues):
        return "habitual"
    return "asserted"


def _clause_modality(node: Token, cues: Cues, is_event: bool) -> str | None:
    for aux in _auxiliaries(node):
        lemma = aux.lemma_.lower()
        if lemma in cues.hypothetical_auxiliaries or aux.lower_ in cues.hypothetical_auxiliaries:
            if aux.lower_ == "would" and _in_past_report(node, cues) and not _has_condition(node, cues):
                return "intended"  # reported future: "said the operation would continue"
            return "hypothetical"
        if aux.lower_ in cues.future_auxiliaries or lemma in cues.future_auxiliaries:
            return "intended"
    if _has_condition(node, cues):
        return "hypothetical"
    if not is_event and _has_negation(node, cues) and node.pos_ in ("VERB", "AUX", "ADJ"):
        return "negated"
    return None


def _is_own_clause(node: Token) -> bool:
    """An adverbial clause with a conjunction ("because ...", "after ...") asserts on its own."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.tag_ != "TO" and c.lower_ not in ("if", "unless") for c in node.children)


def _has_condition(node: Token, cues: Cues) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_markers for c in node.children)


def _clause_verb(token: Token) -> Token:
    """The finite verb of the clause a noun sits in ("is a recipient of aid" → "is")."""
    node, steps = token, 0
    while node.pos_ not in ("VERB", "AUX") and node.head != node and steps < 6:
        node, steps = node.head, steps + 1
    return node


_WARS = frozenset({"war", "conflict", "fighting", "violence", "crisis", "uprising", "revolution", "insurgency"})


def _is_cumulative(verb: Token) -> bool:
    """A running total, not an event: "have been killed since the conflict began",
    "Syria's war has killed 400000"."""
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in verb.children)
    if not perfect:
        return False
    war_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _WARS for c in verb.children)
    if war_subject:
        return True
    counted = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(g.like_num for g in c.subtree) for c in verb.children)
    return counted and any(c.lower_ == "since" and c.dep_ in ("prep", "mark") for c in verb.subtree)


def _is_habitual(trigger: Token, anchor: Token, cues: Cues) -> bool:
    """Background states: simple present ("Washington classifies ..."), "used to",
    frequency adverbs ("regularly fly"), "has long supported"."""
    if anchor == trigger and trigger.dep_ == "attr":
        return False  # "It's the most difficult battle": the event itself is described
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else _clause_verb(anchor)
    for node in (trigger, verb):
        if any(c.dep_ == "advmod" and c.lower_ in cues.habitual_adverbs for c in node.children):
            return True
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _is_cumulative(verb):
        return True
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    auxiliaries = {a.lemma_.lower() for a in _auxiliaries(verb)}
    return not (auxiliaries & _PROGRESSIVE_OR_PERFECT) and verb.lemma_ not in cues.reporting_verbs
