"""Straight single quotes as quote marks, apostrophes inside words not, and line-wrap
dots rejoined (issue 21, items 1 and 2). Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.extraction.quotes import find_quotes
from briefsmith.core.schema import ArticleInput


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "'The bridge will reopen on Friday after repairs,' council engineer Ada Brill said.",
            ["The bridge will reopen on Friday after repairs"],
        ),
        (
            "'It's the growers' co-op that won't sign the deal,' a buyer said.",
            ["It's the growers' co-op that won't sign the deal"],
        ),
        (
            "The Hendersons' barn hosted rock 'n' roll nights, and 'we never missed one "
            "of them,' said a neighbour.",
            ["we never missed one of them"],
        ),
        (
            "Back in the '80s the Lees' van was 'a rolling disaster zone', she said.",
            ["a rolling disaster zone"],
        ),
        ("Fans don't care about 'em and won't say so in public.", []),
    ],
)
def test_synthetic_straight_single_quotes_open_and_close_but_apostrophes_do_not(text, wanted):
    assert [q.text for q in find_quotes(text)] == wanted


def test_synthetic_straight_single_quote_text_is_the_exact_span():
    text = "Officials said 'the levee held better than anyone had feared' on Monday."
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == quote.text


def test_synthetic_single_quote_nested_in_a_double_quoted_question_is_part_of_it():
    text = "A reporter asked the mayor: \"Would you ever say 'we gave up on the ferry'?\""
    assert [q.text for q in find_quotes(text, min_words=1)] == [
        "Would you ever say 'we gave up on the ferry'?"
    ]


def _cleaned(body: str) -> str:
    return clean_article(ArticleInput(text="Synthetic headline for a test\n\n" + body)).text


def test_synthetic_line_wrap_dot_before_a_lower_case_word_is_rejoined():
    text = _cleaned("A driver who . claims to have seen the crash . was questioned by police.")
    assert "A driver who claims to have seen the crash was questioned by police." in text


def test_synthetic_lone_dots_before_capitals_still_split_bylines_and_sentences():
    text = _cleaned("By . Mary Ostrander . The harbour board met on Monday .")
    assert "By . Mary" not in text and "The harbour board met on Monday." in text


def test_synthetic_spaced_ellipsis_is_kept():
    assert "and then . . . silence" in _cleaned("The lights flickered and then . . . silence fell.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The club spent £17.5million on the new stand.", 17_500_000),
        ("Profits reached $2.3bn last year.", 2_300_000_000),
        ("About 1.2 million people voted.", 1_200_000),
        ("The county paid €4million for the bridge.", 4_000_000),
    ],
)
def test_synthetic_numbers_keep_their_multiplier_written_without_a_space(text, value):
    from briefsmith.core.extraction.figures import find_figures

    (figure,) = find_figures(text)
    assert figure.value == value
    assert text[figure.start : figure.end] == figure.text
