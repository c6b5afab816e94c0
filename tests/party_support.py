"""What the actor and pronoun tests share: the parties ``polybius.extract`` finds in a text,
by their words."""

from __future__ import annotations

import polybius
from polybius.model import Party


def parties_by_text(text: str, published: str = "2016-08-01") -> dict[str, Party]:
    """Every actor and recipient of every event of ``text``, keyed by its words."""
    return {p.text: p for e in polybius.extract(text, published=published) for p in e.actors + e.recipients}
