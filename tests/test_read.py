"""Readers: every format to the one Article model; errors name the input and the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import polybius
from polybius.read import ColumnMap, InputError
from polybius.analyse import load_pipeline


def collect(path, **options):
    errors: list[InputError] = []
    articles = list(polybius.read(path, on_error=errors.append, **options))
    return articles, errors


def test_text_file_date_line_is_metadata(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2018-03-12 © Some Agency\n\nRebels shelled the town on Monday.", encoding="utf-8")
    (article,) = polybius.read(path)
    assert article.published == "2018-03-12"
    assert article.text == "Rebels shelled the town on Monday."
    assert article.id  # stable content hash


def test_same_text_gives_same_id(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Troops clashed with rebels.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Troops clashed with rebels.", encoding="utf-8")
    ids = {a.id for a in polybius.read(tmp_path)}
    assert len(ids) == 1


def test_html_main_text_title_date_site(tmp_path: Path):
    html = """<html><head><title>Clashes in the north | Daily Example</title>
    <meta property="article:published_time" content="2019-05-21T10:00:00+03:00">
    <meta property="og:site_name" content="Daily Example"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Clashes in the north</h1>
    <p>Government forces clashed with rebel fighters near the town of Kafr Nabl on Tuesday, a monitor said.</p>
    <p>At least six fighters were killed in the fighting, according to the monitor, which relies on a network of sources.</p>
    </article><footer>Cookie notice: we use cookies. Subscribe to our newsletter.</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,) = polybius.read(path)
    assert "clashed with rebel fighters" in article.text
    assert "Cookie" not in article.text and "Home" not in article.text
    assert article.published == "2019-05-21"
    assert article.source == "Daily Example"
    assert article.title.startswith("Clashes in the north")


def test_jsonl_bad_line_is_named_and_the_rest_read(tmp_path: Path):
    path = tmp_path / "wire.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "text": "Police arrested ten protesters.", "published": "2019-01-17", "source": "X", "extra": 1}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "a2", "text": "Troops withdrew from the base."}) + "\n",
        encoding="utf-8",
    )
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a1", "a2"]
    assert articles[0].metadata == {"extra": 1}
    assert len(errors) == 1 and errors[0].line == 2 and str(path) in str(errors[0])


def test_csv_columns_are_mapped_and_others_kept(tmp_path: Path):
    path = tmp_path / "corpus.csv"
    path.write_text("unit_id,article_title,article_content,source,date,location\n"
                    "7,Title,\"Jets struck Idlib on Friday.\",sana,4/5/2017,idlib\n", encoding="utf-8")
    (article,) = polybius.read(path, columns=ColumnMap(text="article_content", id="unit_id", title="article_title", published="date"))
    assert (article.id, article.title, article.published, article.source) == ("7", "Title", "2017-04-05", "sana")
    assert article.metadata == {"location": "idlib"}


def test_csv_without_text_column_is_named(tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    articles, errors = collect(path)
    assert articles == []
    assert "no text column" in str(errors[0]) and str(path) in str(errors[0]) and "--text-column" in str(errors[0])


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00", "binary"), (b"caf\xe9 au lait", "not valid UTF-8")],
)
def test_unreadable_files_are_named(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    articles, errors = collect(path)
    assert articles == [] and reason in str(errors[0]) and str(path) in str(errors[0])


def test_directories_are_read_recursively_in_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article text.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First article text.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    articles, errors = collect(tmp_path)
    assert [a.text for a in articles] == ["First article text.", "Second article text."]
    assert errors == []


def test_sentences_split_without_space_after_full_stop():
    nlp = load_pipeline()
    doc = nlp('Militants surrendered to Hezbollah on Friday.The source said others were ready."IS fighters began to flee," he said.')
    sentences = [s.text for s in doc.sents]
    assert sentences == [
        "Militants surrendered to Hezbollah on Friday.",
        "The source said others were ready.",
        '"IS fighters began to flee," he said.',
    ]


def test_abbreviations_do_not_split_sentences():
    nlp = load_pipeline()
    doc = nlp("U.S. forces met Gen. Smith at 5 p.m. Monday in the north. Then they left.")
    assert len(list(doc.sents)) == 2


# Page furniture: headline lists and keyword tags are not the story.

_STORY = ("At least 22 civilians were killed on Monday in air strikes on the rebel-held town of Douma east of "
          "Damascus, a monitoring group said. The Britain-based Syrian Observatory for Human Rights said "
          "warplanes struck a market and a school. Rescue workers were still pulling bodies from the rubble "
          "late on Monday, and the toll was expected to rise.")


def test_headline_list_after_the_story_is_cut(tmp_path: Path):
    related = " Source AFP Related News Air strike kills 54 in Syrias Deir Ezzor Turkey tells consul to leave"
    path = tmp_path / "a.txt"
    path.write_text(_STORY + related, encoding="utf-8")
    (article,) = polybius.read(path)
    assert article.text == _STORY + " Source AFP"
    assert "Deir Ezzor" not in article.text
    assert article.metadata["furniture_chars_removed"] == len(related) - len(" Source AFP")


def test_keyword_tags_after_the_standfirst_are_cut_up_to_the_story(tmp_path: Path):
    standfirst = "Air strikes hit the rebel-held suburb of Douma on Monday, a monitor said."
    tags = "Syria Damascus Douma Regime Rebels Civilians Airstrikes"
    rows = tmp_path / "corpus.csv"
    rows.write_text('id,text\n1,"' + f"{standfirst} Tags {tags} {_STORY}" + '"\n', encoding="utf-8")
    (article,) = polybius.read(rows)
    assert article.text == f"{standfirst} {_STORY}"
    assert article.metadata["page_tags"] == tags


def test_tags_run_stops_at_a_sentence_opener_not_at_the_keyword_before_it():
    from polybius.read.furniture import strip_furniture

    cleaned = strip_furniture("Toxic gas was used, doctors said. Tags Aleppo Syria chlorine attack Russia " + _STORY)
    assert cleaned.tags == "Aleppo Syria chlorine attack Russia"
    assert cleaned.text.endswith(_STORY) and "Russia" not in cleaned.text


def test_prose_that_begins_like_furniture_is_kept():
    from polybius.read.furniture import strip_furniture

    prose = (_STORY + " Related to the siege, aid agencies said convoys had been blocked for weeks. "
             "Copyright law was not at issue, officials added.")
    assert strip_furniture(prose).text == prose
    link_inside = "Read more: Medics killed in Aleppo. " + _STORY + " " + _STORY  # a link in the first half stays
    assert strip_furniture(link_inside).text == link_inside


def test_a_tag_list_with_no_story_after_it_is_not_guessed_at():
    from polybius.read.furniture import strip_furniture

    text = "Monitors reported shelling. Tags Syria Aleppo Idlib Hama Homs Raqqa " + "Syria Aleppo " * 30 + _STORY
    assert strip_furniture(text).text == text  # no prose within reach: nothing is cut


def test_a_keyword_list_at_the_end_may_start_in_lowercase():
    from polybius.read.furniture import strip_furniture

    text = _STORY + " ... 38 Topic US Missile Attack on Syrian Air Base (200) Tags strike Syria United States Homs Community standards"
    assert strip_furniture(text).text == _STORY + " ... 38"


def test_a_category_box_of_headlines_after_the_story_is_cut():
    # check 30 n 54: "Category News The blunders of MBS and how Saudi Arabia can ..." coded as events
    from polybius.read.furniture import strip_furniture

    text = _STORY + " Category News Iraq dissolves its cabinet How Jordan can rebuild its economy A picture is worth a thousand words."
    assert strip_furniture(text).text == _STORY


def test_a_language_is_named_on_several_of_its_words_not_one_letter_repeated():
    from polybius.read.language import guess

    italian = guess("Il governo ha detto che le forze di sicurezza sono entrate nella città e che non ci sono vittime.")
    assert not italian.english and italian.language == "it"
    code = guess("B0B0B0B0B0B0B0B0B0B0E0E")  # a code: twelve letters between digits, two of them "E"
    assert code.english
