"""Round 23 (helper b), the issue's class 2: line-wrap dots, spaced ellipses, sentence ends
after "a.m."/"p.m.", a press release's boilerplate, long headlines.

Synthetic passages written for these tests (invented people, firms and places of no
consequence; Irish, Kenyan, Singaporean, Canadian, Australian, Nigerian, US wire, UK
local and press-release copy):

- a spaced ellipsis whose last dot touches a closing quote ("we wait . . .\\"") is text
  of the quote, not three page separators;
- a lone dot after a preposition a sentence may end on ("moved to . Brisbane", "met
  with . Prime Minister Anil Varma", "a statement from . Acme Logistics") or after a title
  ("Prof . Aisha Bello", "Sgt . Ana Ruiz") wraps a line; it still ends a sentence when a
  wh-word stranded the preposition ("where the money came from . Police ...") or what
  follows opens a sentence ("hoped for . Analysts were", "grew up in . It was");
- after "a.m."/"p.m.", capitalized words and then a lower-case word open a new sentence
  ("at 11 p.m. Firefighters were"), unless they still tell the time ("p.m. Friday",
  "p.m. EST", "p.m. Eastern time", "a.m. Jakarta time").
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


@pytest.mark.parametrize(
    ("page", "joined"),
    [
        ("The family moved to . Brisbane in 2019 after the floods.", "moved to Brisbane in 2019"),
        (
            "She met with . Prime Minister Anil Varma on Tuesday to discuss the levy.",
            "met with Prime Minister Anil Varma on",
        ),
        (
            "The firm received a statement from . Acme Logistics late on Friday.",
            "from Acme Logistics late",
        ),
        ("Talks with . Kenya Ports Authority officials ended.", "Talks with Kenya Ports Authority"),
        ("The singer was born in . Abuja and moved to London at 19.", "born in Abuja and"),
        ("The case was adjourned until . Thursday, the magistrate said.", "until Thursday, the"),
        ("The study was led by Prof . Aisha Bello of the university.", "by Prof Aisha Bello of"),
        ("The patrol was commanded by Sgt . Ana Ruiz, police said.", "by Sgt Ana Ruiz, police"),
        ("The inquest heard from Insp . Dev Sharma on Monday.", "from Insp Dev Sharma on"),
        ("The plant supplies power to . Jurong Island users, it said.", "to Jurong Island users"),
    ],
)
def test_a_wrap_dot_after_a_preposition_or_a_title_is_rejoined(page: str, joined: str) -> None:
    cleaned = _clean(page)
    assert joined in cleaned
    assert len(cleaned.split("\n\n")) == 1


@pytest.mark.parametrize(
    ("page", "joined", "ended"),
    [
        (
            "Shares were sold to . Orrin Capital. Nobody knows where the money came from . "
            "Police are investigating.",
            "sold to Orrin Capital.",
            "came from.",
        ),
        (
            "The contract went to . Tarwin Civil. It was the deal she had hoped for . "
            "Analysts were not so sure.",
            "went to Tarwin Civil.",
            "hoped for.",
        ),
        (
            "The mayor flew to . Ottawa on Monday. It is a cause he has long fought for . "
            "Critics say he has gone too far.",
            "flew to Ottawa on Monday.",
            "fought for.",
        ),
        (
            "Police were called to . Harlow Road at noon. The house they grew up in . It was "
            "sold in 1998.",
            "called to Harlow Road at noon.",
            "grew up in.",
        ),
    ],
)
def test_a_lone_dot_after_a_stranded_preposition_still_ends_the_sentence(
    page: str, joined: str, ended: str
) -> None:
    cleaned = _clean(page)
    assert joined in cleaned
    assert ended in cleaned


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blaze broke out at 11 p.m. Firefighters were at the scene within minutes.", 2),
        ("Trading halted at 10.30 a.m. Brokers said the screens went blank.", 2),
        ("The alarm sounded at 2 a.m. Neighbours rushed out in their nightclothes.", 2),
        ("He was held at 4 p.m. Monday and charged at 11 p.m. Ms Ruiz was released.", 2),
        ("The jet left at 6 a.m. Jakarta time and landed at 9 p.m. Crews were waiting.", 2),
        ("Polls close at 8 p.m. Eastern and at 9 p.m. Officials will count overnight.", 2),
        ("The curfew starts at 9 p.m. Residents of Kano must stay indoors. Shops shut at 8.", 3),
    ],
)
def test_a_clock_abbreviation_before_a_new_sentence_ends_it(text: str, count: int) -> None:
    assert len(sentences(text)) == count
