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
  "p.m. EST", "p.m. Eastern time", "a.m. Jakarta time");
- a press release's tail: "About <Firm>" whose next paragraph opens with the firm named
  in the story, to the end (more About blocks, "Media contact:", phone, e-mail, "SOURCE
  <Firm>"), a contact block alone at the end, and "News provided by <Firm>" go; an
  "About <Place>" crosshead followed by the story's quotes stays;
- a first line of more than 160 characters in title case with no sentence end is the
  headline.
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
        ("The shop opens at 10 a.m. Saturdays and shuts at 4 p.m. Staff then restock.", 2),
        ("Polls close at 8 p.m. Eastern and at 9 p.m. Officials will count overnight.", 2),
        ("The curfew starts at 9 p.m. Residents of Kano must stay indoors. Shops shut at 8.", 3),
    ],
)
def test_a_clock_abbreviation_before_a_new_sentence_ends_it(text: str, count: int) -> None:
    assert len(sentences(text)) == count


_RELEASE = (
    "TORONTO, Jan. 9, 2026 /CNW/ - Maple Fintech Inc. announced a partnership with Harbour "
    "Credit Union to offer instant loans to members.\n\n"
    '"Members asked for this," said Harbour Credit Union president Rosa Delgado.\n\n'
    "About Maple Fintech Inc.\n\nMaple Fintech Inc. builds lending software for credit "
    "unions across Canada.\n\nAbout Harbour Credit Union\n\nHarbour Credit Union serves "
    "80,000 members in Nova Scotia.\n\nSOURCE Maple Fintech Inc.\n\nMedia contact:\n\n"
    "Jo Bell, +1 902 555 0100\n\nmedia@maple.example"
)


def test_a_press_release_about_block_and_contacts_go() -> None:
    cleaned = clean_article(ArticleInput(text=_RELEASE))
    assert cleaned.text.endswith("said Harbour Credit Union president Rosa Delgado.")
    assert "builds lending software" not in cleaned.text
    assert "media@maple.example" in cleaned.removed


@pytest.mark.parametrize(
    ("page", "gone", "kept"),
    [
        (
            "Kestrel Pay, a Lagos start-up, raised $30 million on Monday.\n\nMedia Contact\n\n"
            "Ada Obi\n\n+234 1 555 0199",
            "Ada Obi",
            "raised $30 million",
        ),
        (
            "Acme Foods cut 40 jobs.\n\nNews provided by\n\nAcme Foods Ltd\n\n12 Mar, 2026, "
            "09:00 SGT\n\nThe union objected to the cuts at the Jurong plant.",
            "News provided by",
            "The union objected",
        ),
        (
            "Councillors in Tarrow approved the Orrin Ltd bypass.\n\nAbout Tarrow\n\nTarrow is a "
            "village of 3,000 people.\n\n'We were never asked,' said Joan Pike.\n\n"
            "About Orrin Ltd\n\nOrrin Ltd builds roads.\n\nContact: orrin@example.com",
            "Orrin Ltd builds roads",
            "'We were never asked,' said Joan Pike.",
        ),
    ],
)
def test_release_furniture_goes_and_a_crosshead_stays(page: str, gone: str, kept: str) -> None:
    cleaned = _clean(page)
    assert gone not in cleaned
    assert kept in cleaned


def test_a_long_title_case_headline_is_the_title() -> None:
    headline = (
        "Brennock Dairies and Westmoor Council Agree Plan to Reopen Creamery, Restoring 140 "
        "Jobs and Securing Milk Collection for 600 Farms Across the County Through 2030"
    )
    lede = (
        "Brennock Dairies said on Monday it would reopen its creamery in Westmoor next spring, "
        "restoring 140 jobs lost when the plant shut in 2023 and securing milk for 600 farms"
    )
    cleaned = clean_article(ArticleInput(text=f"{headline}\n\nIt said so on Monday.\n\nEnd."))
    assert len(headline) > 160
    assert cleaned.title == headline
    assert headline not in cleaned.text
    # A long lede in sentence case is still story text.
    kept = clean_article(ArticleInput(text=f"{lede}\n\nIt said so on Monday.\n\nEnd."))
    assert kept.title is None
    assert lede in kept.text


def test_a_contact_heading_over_a_sentence_is_story_text() -> None:
    page = (
        "Residents of Kibera met on Monday.\n\nContact\n\nResidents said contact with the "
        "council had broken down.\n\nMedia contact:\n\nAda Obi\n\n+254 20 555 0199"
    )
    cleaned = _clean(page)
    assert "contact with the council had broken down." in cleaned
    assert "Ada Obi" not in cleaned


def test_a_wrap_dot_after_a_preposition_before_a_name_a_dot_ends() -> None:
    page = (
        "Jo Roe, 32, was found dead at her home in . Leeds . Police said her death was not "
        "suspicious. Fans came from . Cork . They sang all night."
    )
    cleaned = _clean(page)
    assert "at her home in Leeds." in cleaned
    assert "Fans came from Cork." in cleaned
    assert "Police said her death" in cleaned


def test_a_title_word_that_ends_a_sentence_keeps_its_end() -> None:
    page = (
        "The hymn, chosen by Rev . Tomas Kerrigan, was sung to praise the Lord . The choir "
        "then left the hall."
    )
    cleaned = _clean(page)
    assert "chosen by Rev Tomas Kerrigan, was" in cleaned
    assert "praise the Lord." in cleaned
    assert "Lord The" not in cleaned


def test_an_about_crosshead_with_the_story_reported_after_it_stays() -> None:
    page = (
        "Acme Foods was fined $2m in Winnipeg.\n\nAbout Acme Foods\n\nAcme Foods was founded "
        "in 1950. The fine is its second this year.\n\nThe regulator said Orrin Labs found "
        "the breaches.\n\nAbout Orrin Labs\n\nOrrin Labs tests food for 300 firms."
    )
    cleaned = _clean(page)
    assert "The fine is its second this year." in cleaned
    assert cleaned.endswith("The regulator said Orrin Labs found the breaches.")


def test_a_function_word_after_a_stranded_preposition_opens_a_sentence() -> None:
    page = (
        "The levy was passed on to . Lagos State traders. It was never paid for . Nobody knows "
        "who paid. Officials did not say what it came from . Many fear the worst."
    )
    cleaned = _clean(page)
    assert "passed on to Lagos State traders." in cleaned
    assert "paid for." in cleaned
    assert "came from." in cleaned
    assert "for Nobody" not in cleaned
