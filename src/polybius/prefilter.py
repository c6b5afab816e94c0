"""The pre-filter: does an article hold any word of the trigger lexicon at all?

The coder only codes events where a token's lower-case form or lemma is a lexicon word
(``code/triggers.py``, the ``Lexicon.words`` pre-check). An article in which no word can
have such a lemma cannot yield an event, so it need not go through the statistical model.

Lemmas are what the model's rule lemmatiser would give, but without the tagger: the same
tables (``lemma_exc``, ``lemma_rules``, ``lemma_index`` of ``en_core_web_sm``) are applied
for every part of speech the lexicon uses, so the candidates are a superset of the lemma
the full pipeline picks. The answer for each word form is cached: news repeats words.

Why whole articles and not sentences: resolution reads the whole article (the places and
actors of other sentences, the story's country, antecedents of pronouns), so cutting
sentences out of an article changes the events of the sentences kept. On conflict news
nearly every article holds a trigger (all FA-KES articles do; 97% of their sentences do),
so the filter saves time on mixed feeds (sport, markets, culture), not on such a corpus.
The same word test picks the sentences that get the dependency parse under the opt-in
``--sentence-filter`` (``analyse.SentenceParser``). See docs/SCALE.md for the figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language

from polybius.code.knowledge import Lexicon, load_cues, load_lexicon

# Word-like runs; the spaCy tokenizer splits at the same hyphens and apostrophes.
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_POS = ("verb", "noun", "adj")


class Prefilter:
    """Decides, cheaply, whether an article can hold an event."""

    def __init__(self, nlp: Language, lexicon: Lexicon | None = None) -> None:
        # A match starts at a single-word trigger or the first word of a phrase (the other
        # words of "open fire on" prove nothing alone); the labelling verbs make an ACCUSE
        # and the nouns of control a seizure without a lexicon trigger ("characterized the
        # fighters as terrorists", "came under the control of the rebels").
        lexicon = lexicon or load_lexicon()
        cues = load_cues()
        starts = {word for word, _pos in lexicon.single} | set(lexicon.phrases)
        self.words = frozenset(starts | set(cues.labelling_verbs) | set(cues.control_nouns))
        lookups = nlp.get_pipe("lemmatizer").lookups
        self._exc = lookups.get_table("lemma_exc")
        self._rules = lookups.get_table("lemma_rules")
        self._seen: dict[str, bool] = {}

    def candidates(self, lower: str) -> set[str]:
        """Every lemma the rule lemmatiser could give ``lower``, whatever its tag."""
        forms = {lower}
        for pos in _POS:
            forms.update(self._exc.get(pos, {}).get(lower, ()))
            for old, new in self._rules.get(pos, ()):
                if lower.endswith(old):
                    forms.add(lower[: len(lower) - len(old)] + new)
        return forms

    def is_trigger_word(self, word: str) -> bool:
        lower = word.lower()
        known = self._seen.get(lower)
        if known is None:
            known = not self.words.isdisjoint(self.candidates(lower))
            if len(self._seen) < 500_000:  # bounded: a long run meets endless rare words
                self._seen[lower] = known
        return known

    def wanted(self, text: str) -> bool:
        """True when some word of ``text`` may be a trigger: the article needs the model."""
        return any(self.is_trigger_word(m.group(0)) for m in _WORDS.finditer(text))

    def count(self, texts: Iterable[str]) -> int:
        return sum(1 for t in texts if self.wanted(t))
