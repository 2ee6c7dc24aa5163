# ruff: noqa: E501 - each page line is one line, as pages deliver them
"""Page furniture lines that survived the cleaning, on synthetic pages written for these
tests (invented outlets, reporters and people; a US metro page, a UK tabloid page and a
regional broadcaster's page): navigation ("Next article", "Back to top"), promotion slots
("Promoted stories", "Paid content", "Ad Feedback", "Skip Ad"), player and picture
labels ("Play video", "Video player", "File photo", "Stock photo"), calls to the reader
("Join the conversation", "Have your say in the comments below", "Download our free
app", "Contact the newsdesk", "Send us your news and pictures"), reader notices ("This
article is more than 2 years old", "Was this article helpful?", "Already a subscriber?
Log in", "This content is not available in your region", "Please enable JavaScript ..."),
pleas for funding, "Additional reporting by agencies" and the help line under a story
("If you have been affected by any of the issues in this story ..."); embedded posts'
furniture (a picture link, a post's signature, "View this post on Instagram"), bare web
addresses, a wire writer's "contributed." line, labels and breadcrumbs ("BREAKING",
"News › Local"), "Written by"/"Posted by ... on <date>" bylines, more link-box headings
("More stories", "In other news") and an outlet's disclaimer about external sites. Story
sentences that start with the same words stay, word for word."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

METRO = """Transit agency approves fare freeze

Skip Ad

The Lakeshore Transit Authority voted 7-2 on Thursday to freeze bus and rail fares until 2027.

Play video

Board chair Delia Moreno said riders had "carried enough of the burden" since the pandemic.

Promoted stories

Ad Feedback

Fares rose twice in 2024, and ridership has not recovered, agency figures show.

Already a subscriber? Log in

Next article"""

TABLOID = """Grandmother, 81, wins fight to keep her allotment

File photo

A grandmother who has tended the same allotment for 52 years has won her fight to keep it.

Have your say in the comments below

Edna Pryce, 81, was told in March that her plot would go to make way for a car park.

Download our free app for the latest news

Paid content

The council backed down on Friday after a petition gathered 4,000 names.

Send us your news and pictures

This article is more than 2 years old

Back to top"""

BROADCASTER = """Coroner calls for review after student's death

Video player

A coroner has called for a national review of student mental health support after the death of a 19-year-old.

Join the conversation

The inquest heard Liam Carver had been waiting eight weeks for counselling.

If you have been affected by any of the issues in this story, help is available.

Additional reporting by agencies

Our journalism relies on your support. Subscribe today.

Was this article helpful?

This content is not available in your region

Please enable JavaScript to view this content"""


@pytest.mark.parametrize(
    ("page", "furniture", "story"),
    [
        (
            METRO,
            [
                "Skip Ad",
                "Play video",
                "Promoted stories",
                "Ad Feedback",
                "Already a subscriber? Log in",
                "Next article",
            ],
            [
                "The Lakeshore Transit Authority voted 7-2",
                "Board chair Delia Moreno said",
                "Fares rose twice in 2024",
            ],
        ),
        (
            TABLOID,
            [
                "File photo",
                "Have your say in the comments below",
                "Download our free app for the latest news",
                "Paid content",
                "Send us your news and pictures",
                "This article is more than 2 years old",
                "Back to top",
            ],
            [
                "A grandmother who has tended",
                "Edna Pryce, 81,",
                "The council backed down on Friday",
            ],
        ),
        (
            BROADCASTER,
            [
                "Video player",
                "Join the conversation",
                "If you have been affected by any of the issues in this story",
                "Additional reporting by agencies",
                "Our journalism relies on your support",
                "Was this article helpful?",
                "This content is not available",
                "Please enable JavaScript",
            ],
            ["A coroner has called for a national review", "The inquest heard Liam Carver"],
        ),
    ],
    ids=["us-metro", "uk-tabloid", "broadcaster"],
)
def test_page_controls_and_reader_notices_are_cleaned(
    page: str, furniture: list[str], story: list[str]
) -> None:
    cleaned = clean_article(ArticleInput(text=page))
    for line in furniture:
        assert line not in cleaned.text, line
    assert any(
        "Skip Ad" in piece or "File photo" in piece or "Video player" in piece
        for piece in cleaned.removed
    )
    for sentence in story:
        assert sentence in cleaned.text, sentence


# Story sentences that open with the same words as a page control or a reader notice.
STORY_LOOKALIKES = [
    "Have your say on the plans at a consultation event on Friday.",
    "Contact us if you see him, a police spokesman said.",
    "Newsletter sales rose by a third last year.",
    "File photographs released by police show the suspect at a petrol station.",
    "Next year the club will play in the Championship.",
    "Back to top form, the striker scored twice.",
    "Paid content creators will face new rules, the regulator said.",
    "Join the conversation about knife crime, the campaign urges young people.",
    "Play resumed after a 40-minute delay.",
    "If you have been affected by the closure, the council said, you can claim a refund.",
    "Our journalism students won three national awards, the university said.",
    "Additional police patrols will be in place over the weekend.",
    "Download speeds will double under the plan, the company said.",
    "This article of the constitution is more than 200 years old, the judge said.",
    "Thank you for your support, the family said in a statement.",
    "Previous articles in the series looked at rents.",
]


@pytest.mark.parametrize("sentence", STORY_LOOKALIKES)
def test_story_sentences_with_the_same_openings_stay(sentence: str) -> None:
    page = "\n\n".join(
        [
            "Flood defences to be rebuilt",
            "Work to rebuild flood defences along the river will begin in the spring.",
            sentence,
            "The scheme is expected to cost £12m.",
        ]
    )
    cleaned = clean_article(ArticleInput(text=page))
    assert sentence in cleaned.text
    assert cleaned.removed == []


WIRE_WITH_EMBEDS = """Club confirms signing of striker

BREAKING

News › Sport › Football

Posted by Carla Mendes on March 4, 2026

Harbour City FC have signed striker Tomas Varga on a three-year deal.

We are delighted to welcome Tomas to the club.

— Harbour City FC (@harbourcityfc) March 4, 2026

pic.twitter.com/Qw3rTy12

The 26-year-old scored 19 goals last season, the club said.

View this post on Instagram

A post shared by Tomas Varga (@tvarga9)

Follow our transfer coverage at https://www.example-sport.test/transfers

Associated Press writer Lena Dorn in Lisbon contributed.

In other news

Rovers appoint new assistant manager

Town fans protest over ticket prices

The BBC is not responsible for the content of external sites."""


def test_embeds_labels_breadcrumbs_and_foot_credits_are_cleaned() -> None:
    cleaned = clean_article(ArticleInput(text=WIRE_WITH_EMBEDS))
    for line in [
        "BREAKING",
        "News › Sport",
        "Posted by Carla Mendes",
        "(@harbourcityfc)",
        "pic.twitter.com",
        "View this post on Instagram",
        "A post shared by",
        "https://",
        "contributed.",
        "In other news",
        "Rovers appoint new assistant manager",
        "external sites",
    ]:
        assert line not in cleaned.text, line
    for sentence in [
        "Harbour City FC have signed striker Tomas Varga on a three-year deal.",
        # The embedded post's own words are the story's, and stay.
        "We are delighted to welcome Tomas to the club.",
        "The 26-year-old scored 19 goals last season, the club said.",
    ]:
        assert sentence in cleaned.text, sentence


MORE_LOOKALIKES = [
    "Written by a pupil, the letter was read out in court.",
    "Edited by Peter Gold and published in 2020, the diaries sold well.",
    "Posted by mistake, the message was deleted within minutes.",
    "Live music will return to the park in June.",
    "Exclusive talks with the club are at an advanced stage, sources said.",
    "Get in touch with your MP, the charity urged supporters.",
    "Terms and conditions of the loan were not disclosed.",
    "Hundreds of volunteers contributed.",
    "Staff at the hospital contributed £2,000 to the appeal.",
    "More stories like hers emerged after the broadcast.",
    "Latest figures show unemployment at 4.1%.",
    "In other news from the meeting, the mayor resigned.",
    "Read the full report at www.gov.uk, the department said.",
    "Story by story, the book builds a portrait of the town.",
]


@pytest.mark.parametrize("sentence", MORE_LOOKALIKES)
def test_story_sentences_like_bylines_labels_and_links_stay(sentence: str) -> None:
    page = "\n\n".join(
        [
            "Bridge to close for repairs",
            "The town's main bridge will close for six weeks from Monday.",
            sentence,
            "Diversions will add up to 20 minutes to journeys.",
        ]
    )
    cleaned = clean_article(ArticleInput(text=page))
    assert sentence in cleaned.text
    assert cleaned.removed == []


# Captions in a caption's present tense that stand between story paragraphs without a
# stop (verbs of rescue, mourning, protest, sport and the stage), and crossheads that
# must stay.
CAPTIONS = [
    "Rescuers search the rubble for survivors in the town of Kalvia on Monday",
    "Mourners lay flowers at the gates of the school on Friday",
    "Residents wade through floodwater in the centre of Ashby on Sunday",
    "Police officers carry a stretcher from the scene on Tuesday",
    "Players train at the club's training ground ahead of the final",
    "Workers picket outside the depot in Leeds on Thursday",
    "A rescue worker comforts a child at the scene in Hatay",
    "Engineers inspect the damaged bridge over the River Lune",
]
CROSSHEADS = [
    "What happens next",
    "How children play in the new park",
    "Free school meals for all primary pupils from September",
    "£4.5m for new roads in the north of the county",
]


def _page_with(line: str) -> str:
    return "\n\n".join(
        [
            "Town counts the cost of the floods",
            "Hundreds of homes were flooded when the river burst its banks on Saturday.",
            line,
            "The council said clean-up work would take weeks.",
        ]
    )


@pytest.mark.parametrize("caption", CAPTIONS)
def test_present_tense_captions_between_paragraphs_are_cleaned(caption: str) -> None:
    cleaned = clean_article(ArticleInput(text=_page_with(caption)))
    assert caption not in cleaned.text
    assert caption in cleaned.removed


@pytest.mark.parametrize("crosshead", CROSSHEADS)
def test_crossheads_and_list_lines_stay(crosshead: str) -> None:
    cleaned = clean_article(ArticleInput(text=_page_with(crosshead)))
    assert crosshead in cleaned.text


# An Indian wire page, a US paper's page and an Australian page (synthetic): agency
# names on their own, print-edition notes, "developing story" notes, the page's notes on
# corrections and its author, "MORE:" links.
AGENCY_AND_NOTES = """Monsoon rains close schools across three districts

This is a developing story and will be updated.

Schools in three districts were closed on Thursday after heavy monsoon rains flooded roads.

(PTI)

District collector Anjali Rao said classes would resume once the water receded.

MORE: Rains lash coastal towns for a third day

Comment

Spotted a mistake? Let us know

Corrections and clarifications

More by Arjun Mehta

A version of this article appears in print on July 9, 2026, Section A, Page 4 with the headline: Schools Shut by Floods.

With inputs from PTI

AAP

More to follow."""


def test_agency_names_print_notes_and_page_notes_are_cleaned() -> None:
    cleaned = clean_article(ArticleInput(text=AGENCY_AND_NOTES))
    for line in [
        "developing story",
        "(PTI)",
        "MORE:",
        "Spotted a mistake",
        "Corrections and clarifications",
        "More by Arjun Mehta",
        "appears in print",
        "With inputs from",
        "AAP",
        "More to follow",
    ]:
        assert line not in cleaned.text, line
    assert "\n\nComment\n\n" not in cleaned.text
    assert cleaned.text.startswith("Schools in three districts were closed on Thursday")
    assert "District collector Anjali Rao said classes would resume" in cleaned.text


AGENCY_LOOKALIKES = [
    "More to follow on the plan was promised by the mayor.",
    "Reuters reported the deal on Monday.",
    "Comment was sought from the company.",
    "Ad agencies have lost business, the report found.",
    "Originally published in 1952, the novel was banned for a decade.",
    "More: the mayor said the plan was sound.",
    "This is a developing story for the town, the mayor said, and it will take years.",
    "With inputs from residents, the council drew up the plan.",
    "AP reporters were among those detained.",
]


@pytest.mark.parametrize("sentence", AGENCY_LOOKALIKES)
def test_story_sentences_like_agency_and_page_notes_stay(sentence: str) -> None:
    cleaned = clean_article(ArticleInput(text=_page_with(sentence)))
    assert sentence in cleaned.text
    assert cleaned.removed == []


STORY = "\n\n".join(
    [
        "Warehouse fire under control",
        "Fire crews were called to a warehouse on Tuesday night.",
        "Station manager Tom Avery said the blaze was out by midnight.",
        "Nobody was hurt.",
    ]
)


@pytest.mark.parametrize(
    "note",
    [
        "Jane Holt is the Post's crime reporter.",
        "Anna Clark is a freelance journalist based in Leeds.",
        "Tom Fry covers courts and crime for the Herald.",
        "Jane Doe is a reporter at the Westbridge Post covering crime and courts.",
    ],
)
def test_a_note_on_who_wrote_the_page_at_its_foot_is_cleaned(note: str) -> None:
    cleaned = clean_article(ArticleInput(text=f"{STORY}\n\n{note}"))
    assert note not in cleaned.text
    assert note in cleaned.removed
    assert cleaned.text.endswith("Nobody was hurt.")


@pytest.mark.parametrize(
    "last",
    [
        # the story's own people, a story about a reporter, a former post, no reporter
        "Avery is a firefighter with 20 years' experience.",
        "Tom Avery is the station's longest-serving firefighter.",
        "Ruth Gale is a reporter who was arrested in Minsk last year.",
        "Dan Webb is a former editor of the Post who now runs a charity.",
        "Kate Moss is a model.",
    ],
)
def test_a_last_line_about_someone_in_the_story_stays(last: str) -> None:
    cleaned = clean_article(ArticleInput(text=f"{STORY}\n\n{last}"))
    assert cleaned.text.endswith(last)


# A UK broadcaster's regional page and an Australian broadcaster's page (synthetic).
BROADCASTER_FOOT = """Crews rescue walkers cut off by tide

Posted 4h ago

Two walkers were rescued by lifeboat crews after being cut off by the tide near Selsby Point on Sunday.

Tap to unmute

Show more

Coastguard officer Fiona Grady said the pair had ignored warning signs.

Have you been affected by the tides? Share your experiences by emailing yoursay@example-broadcaster.test.

Listen to the best of BBC Radio Selsby on Sounds and follow BBC Selsby on Facebook, X and Instagram.

Follow Selsby Live on Google News

Get in touch with us at news@selsbylive.test or on WhatsApp.

For the latest news, download the Selsby Live app.

Elsewhere on the BBC

Help keep family & friends informed by sharing this article

This material may not be published, broadcast, rewritten or redistributed.

selsbylive.test/news/walkers-rescued-4411

Selsby Live is not responsible for the content of external internet sites"""


def test_a_broadcasters_controls_and_calls_to_the_reader_are_cleaned() -> None:
    cleaned = clean_article(ArticleInput(text=BROADCASTER_FOOT))
    assert cleaned.text == (
        "Two walkers were rescued by lifeboat crews after being cut off by the tide near "
        "Selsby Point on Sunday.\n\nCoastguard officer Fiona Grady said the pair had ignored "
        "warning signs."
    )


CALL_LOOKALIKES = [
    "Sign up for the scheme closes on Friday.",
    "For more information, visit the council's website.",
    "Close friends said she had been unhappy for months.",
    "Show more respect, the judge told the defendant.",
    "Anyone with information should contact police on 101.",
    "Elsewhere on the coast, crews rescued two walkers.",
    "Listen to the victims, campaigners urged ministers.",
    "Help keep the park tidy, the council urged visitors.",
    "Email us your views, the council told residents in a leaflet.",
]


@pytest.mark.parametrize("sentence", CALL_LOOKALIKES)
def test_story_sentences_like_controls_and_calls_stay(sentence: str) -> None:
    cleaned = clean_article(ArticleInput(text=_page_with(sentence)))
    assert sentence in cleaned.text
    assert cleaned.removed == []


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Doe",
        "Jane Doe and Tom Fry",
        "JANE DOE",
        "Priya Shah, Owen Lloyd",
        "Jane Doe\n\n@janedoe",
    ],
)
def test_a_reporters_bare_name_over_the_first_sentence_is_cleaned(byline: str) -> None:
    page = f"Warehouse fire under control\n\n{byline}\n\n{STORY.split(chr(10) * 2, 1)[1]}"
    cleaned = clean_article(ArticleInput(text=page))
    assert cleaned.text.startswith("Fire crews were called to a warehouse on Tuesday night.")
    assert byline.split("\n")[0] in cleaned.removed


@pytest.mark.parametrize("line", ["Tom Avery", "Westbridge Fire Service", "Harbour Lights"])
def test_a_name_line_the_story_is_about_or_a_label_stays(line: str) -> None:
    page = f"Warehouse fire under control\n\n{line}\n\n{STORY.split(chr(10) * 2, 1)[1]}"
    cleaned = clean_article(ArticleInput(text=page))
    assert cleaned.text.startswith(line)
