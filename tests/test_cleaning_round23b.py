"""Round 23 (helper b), the issue's class 2: line-wrap dots, spaced ellipses, sentence ends
after "a.m."/"p.m.", a press release's boilerplate, long headlines.

Synthetic passages written for these tests (invented people, firms and places of no
consequence; Irish, Kenyan, Singaporean, Canadian, Australian, Nigerian, US wire, UK
local and press-release copy):

- a spaced ellipsis whose last dot touches a closing quote ("we wait . . .\\"") is text
  of the quote, not three page separators.
"""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.core.segments import sentences


def _clean(text: str) -> str:
    return clean_article(ArticleInput(text=text)).text


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (
            '"We will carry on . . ." she said, before leaving the court in Nairobi.',
            '"We will carry on . . ." she said',
        ),
        (
            "'It was a long night . . .' the driver told reporters in Ballina.",
            "'It was a long night . . .' the driver",
        ),
        (
            'Mr Adeyemi said: "They told us to wait . . ."\n\nThe hearing continues.',
            '"They told us to wait . . ."',
        ),
        (
            "The sign read 'Closed until further notice . . .' and nothing more.",
            "notice . . .' and nothing",
        ),
    ],
)
def test_a_spaced_ellipsis_before_a_closing_mark_stays_in_the_quote(page: str, kept: str) -> None:
    cleaned = _clean(page)
    assert kept in cleaned
    assert len(sentences(cleaned.split("\n\n")[0])) == 1
