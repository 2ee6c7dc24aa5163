"""A line that tells the reader where to ask, written as a sentence of its own ("For
queries on results, call the exams helpline on ...", "For more information, visit ...")
is page furniture, like the support lines cleaning already drops. A story sentence that
opens the same way but tells the news, or that gives no number, address or help line,
stays word for word.

Synthetic lines written for these tests (invented outlets, bodies and numbers).
"""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput


def _cleaned(line: str) -> str:
    page = (
        "Exam board apologises for grading error\n\n"
        "The exam board said on Monday that 2,300 results had been graded wrongly.\n\n"
        f"{line}\n\n"
        "Corrected results will be sent to schools by Friday, a spokesman said."
    )
    text = clean_article(ArticleInput(text=page)).text
    assert "Corrected results will be sent to schools by Friday" in text
    return text


@pytest.mark.parametrize(
    "line",
    [
        "For queries on results, call the exams helpline on 0800 123 4567.",
        "For more information, visit www.example.gov.uk/results.",
        "For further details, please contact the box office on 01632 960000.",
        "For queries about the scheme, email grants@example.org.",
        "For advice on energy bills, call the free helpline on 0800 444 202.",
        "For help with a claim, ring the council's hardship team on 0161 496 0000.",
    ],
)
def test_a_help_line_written_as_a_sentence_is_furniture(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        "For information on how the scheme worked, the inquiry heard from three officials.",
        "For help with the move, the club called in a removal firm from Leeds.",
        "Anyone with information is asked to call police on 101, quoting incident 245.",
        "Parents who want advice can call the school, the head teacher said.",
        # No number, address or help line: the story's own advice, as round 12 settled.
        "For more information, visit the council's website.",
    ],
)
def test_news_that_opens_the_same_way_stays(line: str) -> None:
    assert line in _cleaned(line)
