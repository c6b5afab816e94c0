"""The sentence filter (``--sentence-filter``): the parser runs only on sentences that may
hold a trigger, from the tok2vec output of the whole article, and the rest of the analysis
is the full pipeline's."""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import SENT_START

from polybius.analyse import load_pipeline, set_sentence_boundaries, shadow_text
from polybius.model import Article
from polybius.pipeline import process
from polybius.read import read

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXT = (
    "The orchestra played Brahms in Damascus on Sunday, and the hall was full. "
    "Government forces shelled the rebel-held town of Douma, killing 12 civilians, the observatory said. "
    "The weather was mild for the season. "
    "Rebels accused the army of attacking a hospital."
)


def _records(results) -> list[tuple[str, int, list[dict]]]:
    return [(r.article.id, r.sentences, [e.to_dict() for e in r.events]) for r in results]


def test_only_sentences_with_a_possible_trigger_are_parsed() -> None:
    full = load_pipeline()(TEXT)
    doc = load_pipeline(sentence_filter=True)(TEXT)
    assert [s.text for s in doc.sents] == [s.text for s in full.sents]  # the rule boundaries, kept
    parsed = [any(t.dep_ for t in s) for s in doc.sents]
    assert parsed == [False, True, False, True]
    for sentence, reference in zip(doc.sents, full.sents):
        if any(t.dep_ for t in sentence):
            assert [(t.head.i, t.dep_) for t in sentence] == [(t.head.i, t.dep_) for t in reference]
        else:
            assert all(t.head.i == t.i for t in sentence)  # no parse: each token its own head
    # tags, lemmas and entities are the full pipeline's everywhere
    assert [(t.tag_, t.lemma_, t.ent_type_) for t in doc] == [(t.tag_, t.lemma_, t.ent_type_) for t in full]


def test_the_parser_reads_the_articles_tensor_and_tok2vec_runs_once() -> None:
    nlp = load_pipeline(sentence_filter=True)
    tok2vec = nlp.get_pipe("tok2vec")
    calls = []
    original = tok2vec.predict
    tok2vec.predict = lambda docs: calls.append(len(docs)) or original(docs)
    try:
        docs = list(nlp.pipe([TEXT, TEXT], batch_size=8))
    finally:
        del tok2vec.predict
    assert calls == [2]  # one pass over the batch of articles, none for the sentences
    sentence = list(docs[0].sents)[1]
    assert nlp.get_pipe("polybius_sentence_parser")._part(docs[0], sentence.start, sentence.end).tensor.shape == (len(sentence), docs[0].tensor.shape[1])


def test_events_are_the_same_with_and_without_the_sentence_filter() -> None:
    articles = list(read(SAMPLES)) + [Article(text=TEXT, id="mixed", published="2024-03-02")]
    assert _records(process(articles, sentence_filter=True)) == _records(process(articles))


def test_the_sentence_filter_with_workers_gives_the_same_results() -> None:
    articles = list(read(SAMPLES)) * 3
    articles = [Article(text=a.text, id=f"{a.id}-{k}", published=a.published) for k, a in enumerate(articles)]
    one = _records(process(articles, sentence_filter=True))
    from polybius.workers import process_parallel

    two = _records(process_parallel(articles, workers=2, chunk_size=4, min_articles=1, sentence_filter=True))
    assert two == one


def test_rule_sentences_from_arrays_match_the_token_rules() -> None:
    """The array-based splitter against a token-by-token statement of the same rules."""
    nlp = load_pipeline()
    texts = [
        '"Hello," he said. "IS fighters (in Raqqa. Or not.) left." Then it ended.',
        " \n\nLeading space. Mr. Smith went to the U.S. on Friday.The source said so.",
        'He said: "We will fight." [Unverified.] 3 people died.',
        "", '"', "No full stop at all",
    ]
    for text in texts:
        doc = set_sentence_boundaries(nlp.make_doc(shadow_text(text)[0]))
        assert doc.to_array([SENT_START]).tolist() == _reference(nlp.make_doc(shadow_text(text)[0])), text


def _reference(doc) -> list[int]:
    quotes, opening, closing, ends = {'"', "“", "”"}, {"(", "["}, {")", "]"}, {".", "!", "?"}
    abbreviations = {"mr.", "u.s."}
    starts, quote_open, depth, start_next = [], False, 0, True
    for token in doc:
        if token.is_space:
            starts.append(token.i == 0 and start_next)
            continue
        if token.text in quotes:
            starts.append(start_next and not quote_open)
            quote_open, start_next = (False, start_next) if quote_open else (True, False)
            continue
        starts.append(start_next and depth == 0)
        start_next = False
        if token.text in opening:
            depth += 1
        elif token.text in closing:
            depth = max(0, depth - 1)
        elif token.text in ends and depth == 0:
            previous = doc[token.i - 1] if token.i else None
            if previous is not None and previous.lower_ + "." in abbreviations and not previous.whitespace_:
                continue
            nxt = token.i + 1
            while nxt < len(doc) and (doc[nxt].is_space or doc[nxt].text in quotes):
                nxt += 1
            word = doc[nxt].text if nxt < len(doc) else ""
            start_next = bool(word) and (word[:1].isupper() or word[:1].isdigit() or word in opening)
    return [1 if s else (2**64 - 1) for s in starts]


def test_an_article_with_no_sentence_to_parse_goes_through_without_a_parse() -> None:
    quiet = Article(text="The orchestra played Brahms in Vienna on Sunday. The hall was full.", id="quiet")
    [result] = process([quiet], prefilter=False, sentence_filter=True)
    assert result.events == [] and result.sentences == 2
    assert list(load_pipeline(sentence_filter=True).pipe(["", "x"])) is not None  # empty and one-word texts
