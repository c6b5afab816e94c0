"""The specimen article read as a trained coder reads it (shared/examples/seed-article.reading.md)."""

from __future__ import annotations

from polybius.model import Event


def words(party) -> str:
    parties = party if isinstance(party, list) else ([party] if party else [])
    return " | ".join(f"{p.text} {p.name or ''} {p.antecedent or ''}" for p in parties).lower()


def find(events: list[Event], event_type: str, actor: str, recipient: str | None, modality: str = "asserted") -> list[Event]:
    return [
        e for e in events
        if e.event_type == event_type and e.modality == modality
        and actor.lower() in words(e.actor)
        and (recipient is None or recipient.lower() in words(e.recipient))
    ]


def test_publication_date_comes_from_the_date_line(specimen_events):
    article, _ = specimen_events
    assert article.published == "2017-08-19"
    assert article.text.startswith("Small groups of Daesh militants")


def test_i1_militants_surrender_to_hezbollah(specimen_events):
    _, events = specimen_events
    found = find(events, "RETREAT", "militants", "hezbollah")
    assert found, "I1: Daesh militants surrendering to Hezbollah"
    assert found[0].sentence_index == 0
    assert found[0].reported_by is not None and "hezbollah" in found[0].reported_by.text.lower()
    assert found[0].reported_by.outlet == "Sputnik"
    assert found[0].date == "2017-08-18"  # "told Sputnik on Friday", published Saturday 19 August


def test_i3_lebanese_army_offensive_against_islamic_state(specimen_events):
    _, events = specimen_events
    s4 = find(events, "ASSAULT", "lebanese army", "daesh")
    s8 = find(events, "ASSAULT", "lebanese army", "islamic state")
    assert s4 and s8, "I3 is told in S4 and S8"
    assert {e.sentence_index for e in s4 + s8} >= {3, 7}
    assert s4[0].date == "2017-08-19"
    army = s4[0].actors[0]
    assert (army.country, army.sector) == ("LBN", "MIL")


def test_i4_hezbollah_with_syrian_army_against_daesh(specimen_events):
    _, events = specimen_events
    found = [e for e in find(events, "ASSAULT", "hezbollah", "daesh") if "syrian army" in words(e.actor)]
    assert found, "I4: Hezbollah along with the Syrian army, against Daesh (two actors)"
    assert len(found[0].actors) == 2


def test_i5_hezbollah_cooperates_with_syrian_army(specimen_events):
    _, events = specimen_events
    found = find(events, "COOPERATE", "hezbollah", "syrian army") + find(events, "COOPERATE", "hizballah", "syrian army")
    assert {e.sentence_index for e in found} >= {4, 8}, "I5 is told in S5 (along with) and S9 (a joint operation)"


def test_i7_hariri_accuses_islamic_state(specimen_events):
    _, events = specimen_events
    found = find(events, "ACCUSE", "saad hariri", "daesh")
    assert found, "I7: Saad Hariri accused them (Daesh) of mounting attacks"
    assert found[0].recipients[0].text == "them"


def test_i8_kanso_denounces_the_fighters(specimen_events):
    _, events = specimen_events
    found = find(events, "ACCUSE", "kanso", "fighters")
    assert found, "I8: General Ali Kanso characterized the IS fighters as suicide bombers"


def test_negated_cooperation_is_not_asserted(specimen_events):
    _, events = specimen_events
    s10 = [e for e in events if e.sentence_index == 9 and e.event_type == "COOPERATE"]
    assert s10, "the denied coordination is recorded"
    assert all(e.modality == "negated" for e in s10)


def test_hypothetical_joint_operation_is_not_asserted(specimen_events):
    _, events = specimen_events
    s13 = [e for e in events if e.sentence_index == 12]
    assert all(e.modality != "asserted" for e in s13)
    assert any(e.modality == "hypothetical" for e in s13)


def test_intentions_are_not_asserted(specimen_events):
    _, events = specimen_events
    ready = [e for e in events if e.sentence_index == 1 and e.trigger.text.startswith("lay down")]
    assert ready and ready[0].modality == "intended", "S2: 'ready to lay down the arms'"


def _spans(event: Event):
    yield event.trigger.text, event.trigger.span
    yield event.sentence, event.sentence_span
    for party in event.actors + event.recipients:
        yield party.text, party.span
    if event.location:
        yield event.location.text, event.location.span
    if event.reported_by:
        yield event.reported_by.text, event.reported_by.span
        if event.reported_by.outlet:
            yield event.reported_by.outlet, event.reported_by.outlet_span


def test_every_span_slices_the_article_to_its_words(specimen_events):
    article, events = specimen_events
    assert events
    for event in events:
        for text, (start, end) in _spans(event):
            assert article.text[start:end] == text
