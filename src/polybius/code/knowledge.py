"""Loading the coder's knowledge files (``polybius/data``) once per process."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from polybius.model import PLOVER_TYPES

DATA_DIR = Path(str(resources.files("polybius") / "data"))

# spaCy coarse POS → the lexicon's part of speech.
POS_CLASS: dict[str, str] = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One line of ``triggers.tsv``: a word or phrase and how it is coded."""

    words: tuple[str, ...]
    pos: str
    event_type: str
    mode: str | None
    cameo: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    context: tuple[str, ...]

    @property
    def head_index(self) -> int:
        """Verb phrases are headed by their first word, noun phrases by their last."""
        return 0 if self.pos == "VERB" else len(self.words) - 1


@dataclass(slots=True)
class Lexicon:
    single: dict[tuple[str, str], TriggerEntry] = field(default_factory=dict)
    # first word → phrases starting with it, longest first
    phrases: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    words: frozenset[str] = frozenset()  # every word of every trigger: the cheap pre-check

    def __len__(self) -> int:
        return len(self.single) + sum(len(v) for v in self.phrases.values())


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def parse_triggers(path: Path) -> Lexicon:
    lexicon = Lexicon()
    vocabulary: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        for line_number, row in enumerate(rows, start=2):
            event_type = (row.get("event_type") or "").strip().upper()
            if event_type not in PLOVER_TYPES:
                raise ValueError(f"{path}:{line_number}: unknown PLOVER type {event_type!r}")
            words = tuple((row["trigger"] or "").strip().lower().split())
            if not words:
                continue
            entry = TriggerEntry(
                words=words,
                pos=(row.get("pos") or "VERB").strip().upper(),
                event_type=event_type,
                mode=_blank(row.get("mode")),
                cameo=_blank(row.get("cameo")),
                acled_event_type=_blank(row.get("acled_event_type")),
                acled_sub_event_type=_blank(row.get("acled_sub_event_type")),
                context=tuple(c.strip() for c in (row.get("context") or "").split(",") if c.strip()),
            )
            vocabulary.update(words)
            if len(words) == 1:
                lexicon.single.setdefault((words[0], entry.pos), entry)
            else:
                lexicon.phrases.setdefault(words[0], []).append(entry)
    for entries in lexicon.phrases.values():
        entries.sort(key=lambda e: -len(e.words))
    lexicon.words = frozenset(vocabulary)
    return lexicon


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return parse_triggers(DATA_DIR / "triggers.tsv")


@dataclass(frozen=True, slots=True)
class Cues:
    """Grammatical cue words (``cues.yaml``), as sets for constant-time lookups."""

    support_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    source_nouns: frozenset[str]
    negation_words: frozenset[str]
    negating_governors: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hypothetical_markers: frozenset[str]
    hypothetical_determiners: frozenset[str]
    future_auxiliaries: frozenset[str]
    intention_governors: frozenset[str]
    intention_adjectives: frozenset[str]
    aspectual_governors: frozenset[str]
    habitual_adverbs: frozenset[str]
    casualty_words: dict[str, frozenset[str]]
    partitive_heads: frozenset[str]
    labelling_verbs: frozenset[str]
    pejorative_labels: frozenset[str]
    recipient_prepositions: frozenset[str]
    accompaniment_prepositions: tuple[tuple[str, ...], ...]
    joint_markers: frozenset[str]
    non_event_objects: dict[str, frozenset[str]]
    place_by_focus_types: frozenset[str]
    outlets_never_do: frozenset[str]
    non_party_targets: frozenset[str]
    non_party_objects: frozenset[str]
    control_verbs: frozenset[str]
    control_prepositions: frozenset[str]
    control_nouns: frozenset[str]
    contest_triggers: frozenset[str]
    contest_nouns: frozenset[str]
    election_nouns: frozenset[str]
    score_units: frozenset[str]
    dismissal_triggers: frozenset[str]
    dismissal_objects: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    raw = yaml.safe_load((DATA_DIR / "cues.yaml").read_text(encoding="utf-8"))
    values: dict[str, object] = {}
    for name, value in raw.items():
        if name in ("casualty_words", "non_event_objects"):
            values[name] = {kind: frozenset(str(w) for w in words) for kind, words in value.items()}
        elif name == "accompaniment_prepositions":
            values[name] = tuple(tuple(str(p).split()) for p in value)
        else:
            values[name] = frozenset(str(w) for w in value)
    return Cues(**values)  # type: ignore[arg-type]
