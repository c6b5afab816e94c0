"""Is an article in English? A stop-word and script count, no model, no download.

Polybius codes English only (spaCy's ``en_core_web_sm``), so an article in another
language is refused with a message that names it, rather than coded into nonsense.
The test is deliberately one-sided: a text is called non-English only on clear
evidence (enough words, few English function words and many of another language's,
or mostly letters of a non-Latin script). Short or odd texts ("Troops fired.") stay
English, so nothing English is ever lost to a wrong guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# The commonest function words of each language: together about a third of running text.
# Words shared with English ("a", "in", "on", "die", "des"...) are left out of the others.
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in a is that for on was with as by at from his it be are were has have had "
                    "not but they which this said an their its been who would will after he she or".split()),
    "fr": frozenset("le la les du et est une pour dans qui sur au aux pas par avec ce cette ont été sont "
                    "mais ou leur été selon contre".split()),
    "es": frozenset("el los las del y que por con una para es se su al lo como más pero sus fue ha según "
                    "entre este".split()),
    "de": frozenset("der und den von zu mit sich auf für ist nicht dem eine auch es ein wird bei nach "
                    "wurde sind aus hat dass".split()),
    "it": frozenset("il di che e è per una della sono nel alla gli dei con non le anche ha del più".split()),
    "pt": frozenset("o e do da em um para com uma os no na não se por mais as dos como foi ao pelo".split()),
    "nl": frozenset("de het een van en is dat op te zijn met voor niet aan er ook werd bij".split()),
    "tr": frozenset("ve bir bu da de için ile olarak çok daha gibi sonra kadar olan".split()),
    "id": frozenset("yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke".split()),
}
NAMES: dict[str, str] = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "tr": "Turkish", "id": "Indonesian",
}
# Unicode name prefixes of scripts English is not written in.
SCRIPTS: tuple[str, ...] = ("ARABIC", "CYRILLIC", "HEBREW", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "GREEK",
                            "DEVANAGARI", "THAI", "ARMENIAN", "GEORGIAN", "ETHIOPIC", "BENGALI", "TAMIL", "PERSIAN")

SAMPLE_CHARS = 20_000  # the head of a long text says its language as well as the whole
MIN_WORDS = 12
MIN_LETTERS = 40
MIN_DISTINCT_STOP_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Guess:
    """What the text looks like: a language code (or a script name) and why."""

    english: bool
    language: str  # "en", "fr", ... or a script: "Arabic script"
    evidence: str


@lru_cache(maxsize=4096)
def _script_of(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return next((script for script in SCRIPTS if name.startswith(script)), None)


def _script(letters: str) -> tuple[str | None, float]:
    """The non-Latin script most letters are written in, with its share of all letters."""
    counts: dict[str, int] = {}
    for char in letters:
        if char.isascii():  # Latin: the common case, skipped cheaply
            continue
        script = _script_of(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None, 0.0
    script, n = max(counts.items(), key=lambda kv: kv[1])
    return script, n / len(letters)


def guess(text: str) -> Guess:
    sample = text[:SAMPLE_CHARS]
    letters = "".join(ch for ch in sample if ch.isalpha())
    if len(letters) >= MIN_LETTERS:
        script, share = _script(letters)
        if script is not None and share > 0.5:
            name = script.title() if script != "CJK" else "Chinese/Japanese (CJK)"
            return Guess(False, f"{name} script", f"{share:.0%} of its letters are {name}")
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return Guess(True, "en", "too short to tell: taken as English")
    shares = {code: sum(w in stop for w in words) / len(words) for code, stop in STOP_WORDS.items()}
    best = max((code for code in shares if code != "en"), key=lambda code: shares[code])
    english = shares["en"]
    # English news runs at 25-40% of these words; another language's text at under 8%. A
    # language is named only on several of its words, not on one repeated: a stray letter
    # ("E" in a code like "B0B0E0E") is no Italian "e".
    distinct = len({w for w in words if w in STOP_WORDS[best]})
    if shares[best] >= 0.15 and shares[best] > 2.5 * english and distinct >= MIN_DISTINCT_STOP_WORDS:
        return Guess(False, best, f"{shares[best]:.0%} {NAMES[best]} function words, {english:.0%} English ones")
    return Guess(True, "en", f"{english:.0%} English function words")


def describe(found: Guess) -> str:
    """'French (fr)', or the script's name."""
    return f"{NAMES[found.language]} ({found.language})" if found.language in NAMES else found.language
