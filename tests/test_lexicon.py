"""The knowledge files: well-formed, broad, and coded with the ontologies' exact labels."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import SHARED
from polybius.code.knowledge import load_cues, load_lexicon
from polybius.model import PLOVER_TYPES
from polybius.resolve.actors import load_actor_base

ACLED_REFERENCE = SHARED / "reference" / "acled-taxonomy.md"
CAMEO_REFERENCE = SHARED / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"


def entries():
    lexicon = load_lexicon()
    yield from lexicon.single.values()
    for phrases in lexicon.phrases.values():
        yield from phrases


def test_lexicon_covers_every_plover_type_broadly():
    counts = Counter(e.event_type for e in entries())
    assert set(counts) == set(PLOVER_TYPES)
    assert sum(counts.values()) >= 500
    assert min(counts.values()) >= 10
    assert sum(1 for e in entries() if len(e.words) > 1) >= 100  # multi-word triggers
    assert sum(1 for e in entries() if e.pos == "NOUN") >= 150  # nominal triggers


def test_cameo_codes_are_codes():
    for entry in entries():
        assert entry.cameo is None or re.fullmatch(r"\d{2,3}", entry.cameo), entry


def test_cameo_codes_exist_in_the_cameo_table():
    if not CAMEO_REFERENCE.exists():
        pytest.skip("the CAMEO table is absent")
    known = set(re.findall(r"^(\d{2,4}):", CAMEO_REFERENCE.read_text(encoding="utf-8"), flags=re.M))
    known |= {c[:2] for c in known}
    # CAMEO roots 10-20 are not all in the PLOVER conversion table: accept their 3-digit children by root
    unknown = {e.cameo for e in entries() if e.cameo and e.cameo not in known and e.cameo[:2] not in known}
    assert not unknown


def test_acled_labels_are_exactly_acleds():
    if not ACLED_REFERENCE.exists():
        pytest.skip("the ACLED taxonomy is absent")
    text = ACLED_REFERENCE.read_text(encoding="utf-8").split("## Actor types")[0]
    event_types = set(re.findall(r"^\*\*(.+?)\*\* —", text, flags=re.M))
    sub_types = set(re.findall(r"^- `(.+?)`", text, flags=re.M))
    assert len(event_types) == 6 and len(sub_types) == 25
    for entry in entries():
        if entry.acled_event_type or entry.acled_sub_event_type:
            assert entry.acled_event_type in event_types, entry
            assert entry.acled_sub_event_type in sub_types, entry


def test_cues_load_as_words():
    cues = load_cues()
    assert "say" in cues.reporting_verbs and "launch" in cues.support_verbs
    assert "on" in cues.recipient_prepositions  # YAML would read a bare `on` as true
    assert all(isinstance(w, str) for w in cues.negation_words)


def test_actor_base_names_the_actors_of_conflict_news():
    base = load_actor_base()
    for alias, entity_id in [("Daesh", "isis"), ("ISIL", "isis"), ("Hizballah", "hezbollah"), ("Hezbollah", "hezbollah")]:
        entity = base.lookup(alias)
        assert entity is not None and entity.entity_id == entity_id, alias
    assert base.adjectives["lebanese"] == "LBN"
    assert base.lookup("the Kremlin").country == "RUS"
    assert base.sectors["army"].sector == "MIL"
    role = base.role_on("saad_hariri", "2017-08-19")
    assert role is not None and (role.country, role.sector) == ("LBN", "GOV")
    assert base.role_on("saad_hariri", "2014-01-01") is None
