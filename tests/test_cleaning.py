import pytest
from briefsmith.core.cleaning import clean_article, decode_article_bytes, normalize_text
from briefsmith.core.errors import ArticleTooLarge, EmptyArticle, NotText
from briefsmith.core.schema import ArticleInput

from tests.seed_articles import SEED_IDS, cleaned_seed, raw_seed

# What cleaning may remove from each seed, written down from reading them. Everything
# else in the raw file must survive cleaning word for word.
EXPECTED_REMOVALS = {
    "000": [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    ],
    "001": [
        "You may also like...",
        "Dr. Olena Molchanova, a family doctor who lives in a makeshift shelter below her "
        "Bakhmut clinic.Dean Taylor/NBC News",
    ],
    "002": ["Russia steps up its offensive against Bakhmout"],  # the repeated headline
    "003": [
        "Ukrainian forces seek to evacute Bakhmut’s last remaining children and elderly before "
        "Russia seizes control of the city (Picture: Getty)",
        "Russia looks to be on the verge of capturing Bakhmut after waging a bloody months-long "
        "battle (Picture: Reuters)",
        "Police groups have been seeking to build rapport with families to allow them to safely "
        "evacuate thir children (Picture: Getty)",
        "Russia has abducted thousands of children from Ukraine since the start of the war, which "
        "consitutues a genocide under international law (Picture: Getty)",
        "However, Ukrainian troops are still fighting in the city and are not prepared to abandon "
        "it yet (Picture: Getty)",
    ],
    "004": [],
}
EXPECTED_TITLES = {
    "000": "As Russia Closes In on Bakhmut, Ukraine Bars Aid Workers From the City",
    "001": "Ukraine’s Bakhmut almost surrounded as Russia pushes for a bloody victory",
    "002": "Russia steps up its offensive against Bakhmout",
    "003": None,
    "004": None,
}


@pytest.mark.parametrize("seed", SEED_IDS)
def test_cleaning_removes_exactly_the_boilerplate_and_keeps_every_body_paragraph(seed):
    article = cleaned_seed(seed)
    assert sorted(article.removed) == sorted(EXPECTED_REMOVALS[seed])
    assert article.title == EXPECTED_TITLES[seed]
    body = article.text.split("\n\n")
    raw_paragraphs = [
        " ".join(line.split()) for line in raw_seed(seed).splitlines() if line.strip()
    ]
    removed = list(EXPECTED_REMOVALS[seed])
    for paragraph in raw_paragraphs:
        if paragraph == article.title and paragraph not in body:
            continue
        if paragraph in removed:
            removed.remove(paragraph)
            continue
        assert paragraph in body, f"body paragraph lost: {paragraph[:70]}"


def test_seed_004_loses_nothing_at_all():
    raw = [" ".join(line.split()) for line in raw_seed("004").splitlines() if line.strip()]
    assert cleaned_seed("004").text.split("\n\n") == raw


def test_headline_repeated_at_the_end_is_removed_only_when_it_matches_the_title():
    text = "Big news today\n\nThe body says things.\n\nBig news today"
    article = clean_article(ArticleInput(text=text))
    assert article.title == "Big news today"
    assert article.text == "The body says things."
    article = clean_article(ArticleInput(text="The body says things.\n\nA closing line."))
    assert article.text == "The body says things.\n\nA closing line."


def test_given_title_is_removed_from_the_top_of_the_body():
    article = clean_article(ArticleInput(text="Headline\nBody sentence.", title="Headline"))
    assert (article.title, article.text) == ("Headline", "Body sentence.")


def test_normalization_unifies_unicode_spaces_and_line_endings():
    text = "Cafe\u0301 sits\u00a0here.\r\nZero\u200bwidth\tgone."
    assert normalize_text(text) == "Café sits here.\nZerowidth gone."


def test_caption_credits_are_removed_but_a_sentence_mentioning_a_photo_is_kept():
    text = (
        "Soldiers at the front (Photo: AP)\n\n"
        "The photo shows soldiers at the front, the agency said."
    )
    article = clean_article(ArticleInput(text=text))
    assert article.text == "The photo shows soldiers at the front, the agency said."


@pytest.mark.parametrize("text", ["", "   \n\t  ", "Leave a Reply\nRequired fields are marked *"])
def test_empty_articles_are_refused(text):
    with pytest.raises(EmptyArticle):
        clean_article(ArticleInput(text=text))


def test_size_limit_is_checked_in_bytes():
    with pytest.raises(ArticleTooLarge) as error:
        clean_article(ArticleInput(text="é" * 600), max_bytes=1000)
    assert "1,200 bytes" in error.value.message


def test_decoding_rejects_binary_and_non_utf8_with_clear_messages():
    with pytest.raises(NotText, match="binary"):
        decode_article_bytes(b"\x89PNG\r\n\x1a\n\x00\x00", 1000)
    with pytest.raises(NotText, match="not valid UTF-8"):
        decode_article_bytes("Kyiv — café".encode("latin-1", errors="replace"), 1000)
    with pytest.raises(ArticleTooLarge):
        decode_article_bytes(b"a" * 1001, 1000)
    assert decode_article_bytes("\ufeffHello".encode("utf-8"), 1000) == "Hello"
