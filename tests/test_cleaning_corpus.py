"""Cleaning on hand-made news pages (tests/cleaning_corpus/, format in its README):
furniture out, every sentence of the story kept, word for word."""

from pathlib import Path

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

CORPUS = Path(__file__).parent / "cleaning_corpus"
CASES = sorted(p.name.removesuffix(".page.txt") for p in CORPUS.glob("*.page.txt"))


def expected(case: str) -> tuple[str | None, str]:
    text = (CORPUS / f"{case}.clean.txt").read_text(encoding="utf-8").strip()
    if text.startswith("title: "):
        title_line, text = text.split("\n\n", 1)
        return title_line.removeprefix("title: "), text
    return None, text


def test_the_corpus_is_big_enough_and_complete():
    assert len(CASES) >= 15
    for case in CASES:
        assert (CORPUS / f"{case}.clean.txt").is_file(), case


@pytest.mark.parametrize("case", CASES)
def test_page_cleans_to_exactly_the_expected_text(case):
    page = (CORPUS / f"{case}.page.txt").read_text(encoding="utf-8")
    article = clean_article(ArticleInput(text=page))
    title, text = expected(case)
    assert article.text == text
    assert article.title == title


@pytest.mark.parametrize("case", CASES)
def test_nothing_removed_is_a_story_paragraph(case):
    page = (CORPUS / f"{case}.page.txt").read_text(encoding="utf-8")
    article = clean_article(ArticleInput(text=page))
    kept = article.text.split("\n\n")
    for removed in article.removed:
        assert removed not in kept
        # Furniture is short; a removed story paragraph would be long.
        assert len(removed) <= 80, removed


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister told Reuters that the delegation would not return next week.",
        "Reuters reported that the mine had closed.",
        "A photographer for AFP was injured in the blast.",
        "Getty Images said it had removed the picture.",
        "By Tuesday the strike had spread to three more ports.",
        "Published figures show the deficit narrowed to 4% in March.",
        "Follow-up tests found no trace of the virus.",
        "Share prices fell 2% on the news.",
        "Comments made by the coach were later withdrawn.",
    ],
)
def test_a_story_sentence_that_looks_like_furniture_is_kept(sentence):
    text = f"The first sentence of the story is here.\n\n{sentence}\n\nThe story goes on."
    article = clean_article(ArticleInput(text=text))
    assert sentence in article.text.split("\n\n")
    assert article.removed == []


@pytest.mark.parametrize(
    "credit",
    ["Reuters", "Photo: Getty Images", "AP Photo/Evan Vucci", "Picture by Ann Lee/Shutterstock"],
)
def test_a_credit_on_its_own_line_is_removed(credit):
    text = f"The first sentence of the story is here.\n\n{credit}\n\nThe story goes on."
    article = clean_article(ArticleInput(text=text))
    assert article.removed == [credit]


def test_every_removed_piece_says_where_it_stood_in_the_cleaned_text():
    """Synthetic page: a byline, a caption between paragraphs and a trailer. Each
    removed piece's offset is the start of the kept paragraph that followed it (the end
    of the text for the trailer), so a viewer can show it in place."""
    from briefsmith.core.cleaning import clean_article
    from briefsmith.core.schema import ArticleInput

    first = "The ferry operator said on Friday that crossings would resume next week."
    second = "Passengers with tickets for cancelled sailings will be refunded in full."
    page = (
        "By Priya Natarajan\n\n"
        f"{first}\n\n"
        "The harbour at dawn (Photo: Getty Images)\n\n"
        f"{second}\n\n"
        "You may also like\n\nTen ferries worth a trip"
    )
    article = clean_article(ArticleInput(text=page, title="Ferries to resume"))
    assert article.text == f"{first}\n\n{second}"
    where = dict(zip(article.removed, article.removed_at, strict=True))
    assert where["By Priya Natarajan"] == 0
    assert where["The harbour at dawn (Photo: Getty Images)"] == article.text.index(second)
    assert where["You may also like"] == len(article.text)
    assert where["Ten ferries worth a trip"] == len(article.text)
