# ruff: noqa: E501 - page lines are one line each, as pages deliver them
"""A broadcaster's bare link line ("READ: <headline>"), a credit for other reporters'
work at the foot of a story ("—With a report from Jo Roe", "With files from The
Canadian Press", "With reporting by ..."), an editor's note on a correction and an
Indian wire's sign-off ("PTI KMS SKY AH") are page furniture. A story sentence that
opens with the same words stays word for word.

Synthetic lines written for these tests (invented reporters, outlets and stories).
"""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput


def _cleaned(line: str) -> str:
    page = (
        "Harbour board approves dredging plan\n\n"
        "The harbour board approved the dredging plan on Tuesday after a two-hour debate.\n\n"
        f"{line}\n\n"
        "Fishing crews said the decision came too late for the winter season."
    )
    text = clean_article(ArticleInput(text=page)).text
    assert "Fishing crews said the decision came too late" in text
    return text


@pytest.mark.parametrize(
    "line",
    [
        "READ: Harbour master quits after budget row",
        "Read: How the night of the storm unfolded",
        "READ | Ferry operator cuts winter sailings",
        "—With a report from Dana Okafor",
        "— With files from The Canadian Press",
        "-- With a report from Amir Khalid in Lagos",
        "With reporting by Tomas Reyes and Ana Cruz",
        "—With files from Reuters",
        "With files from CBC's Ellen Mauro",
        "With inputs from Kiran Bhatt in Pune",
        "Editor's note: An earlier version of this story misstated the date of the vote.",
        "Editor’s Note: This story contains descriptions of violence.",
        "PTI KMS SKY AH",
        "IANS ab/vd",
    ],
)
def test_a_link_line_a_credit_or_an_editors_note_is_furniture(line: str) -> None:
    assert line.strip("—- ") not in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read: the note said he was sorry.",
        "With reporting from the scene, the station confirmed that the fire was out.",
        "With files from the inquiry now public, the board said it had nothing to hide.",
        "With a report from the auditors due next week, the board delayed its decision.",
        "Readers wrote in their hundreds to complain about the plan.",
        "PTI reported that the harbour board had met in private.",
    ],
)
def test_story_sentences_opening_the_same_way_stay(line: str) -> None:
    assert line in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        "Normal text size",
        "Larger text size",
        "Very large text size",
        "Text size",
        "Fans queue outside the stadium on Saturday morning. Credit: Lee Tran",
        "Dock workers walk out at the port gates. Credit: Samira Holt/Getty",
        "Stay ahead of the market with our analysts. Readers can sign up to our free Money Daily newsletter.",
        "Subscribe to our weekly Health Check newsletter for the latest on the NHS.",
        "RELATED ARTICLE",
    ],
)
def test_a_broadsheets_page_controls_captions_and_promotions_are_furniture(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        "The bank said it would extend credit to small firms for another year.",
        "The union said members could sign up to the scheme until March.",
        "The paper said it would close its weekly newsletter after 40 years.",
        "Text messages shown to the jury were sent in the hours before the crash.",
    ],
)
def test_story_sentences_about_credit_text_or_newsletters_stay(line: str) -> None:
    assert line in _cleaned(line)


def test_an_author_note_under_a_newsletter_promotion_is_furniture() -> None:
    page = (
        "Harbour board approves dredging plan\n\n"
        "By Ruth Okonjo\n\n"
        "The harbour board approved the dredging plan on Tuesday after a two-hour debate.\n\n"
        "Fishing crews said the decision came too late for the winter season.\n\n"
        "Ruth Okonjo is the transport reporter for The Coast Star.\n\n"
        "Get the week's best reads. Readers can sign up to our Weekend Edition newsletter."
    )
    text = clean_article(ArticleInput(text=page)).text
    assert text.endswith("Fishing crews said the decision came too late for the winter season.")
